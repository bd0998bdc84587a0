//! Where operations run. Local: in this process against the SQLite file. Remote: the same
//! operation values posted to `chorus serve`, which runs them with [`run_on`].

mod credentials;
pub mod remote;

use std::path::PathBuf;

pub use credentials::{Credential, Credentials};
pub use remote::{API_VERSION, RemoteBackend};

use crate::error::{Error, Result};
use crate::ops::{Acting, Actor, Context, Operation, secrets};
use crate::store::Store;

pub struct LocalBackend {
    path: PathBuf,
    store: Option<Store>,
    acting: Acting,
    /// Opened with [`Store::open_read_only`]: never created, migrated or written.
    read_only: bool,
}

pub enum Backend {
    Local(LocalBackend),
    Remote(RemoteBackend),
}

/// What `--store` names.
#[derive(Debug, Clone)]
pub enum StoreUrl {
    Local(PathBuf),
    /// `http(s)://host:port`, without a trailing slash.
    Remote(String),
}

impl StoreUrl {
    pub fn parse(url: &str) -> Result<StoreUrl> {
        if url.starts_with("http://") || url.starts_with("https://") {
            return Ok(StoreUrl::Remote(url.trim_end_matches('/').to_string()));
        }
        let path = url.strip_prefix("sqlite:").unwrap_or(url);
        if path.is_empty() {
            return Err(Error::usage("empty_store", "--store is empty"));
        }
        Ok(StoreUrl::Local(PathBuf::from(path)))
    }
}

impl std::fmt::Display for StoreUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreUrl::Local(path) => write!(f, "{}", path.display()),
            StoreUrl::Remote(url) => f.write_str(url),
        }
    }
}

impl Backend {
    /// A local backend acting as `acting`. A remote one is made by [`RemoteBackend::new`].
    pub fn local(path: PathBuf, acting: Acting) -> Backend {
        Backend::Local(LocalBackend {
            path,
            store: None,
            acting,
            read_only: false,
        })
    }

    /// A local backend for read-only operations on an existing store: it is never created,
    /// migrated or written, and operations that write are refused.
    pub fn local_read_only(path: PathBuf, acting: Acting) -> Backend {
        Backend::Local(LocalBackend {
            path,
            store: None,
            acting,
            read_only: true,
        })
    }

    pub fn is_remote(&self) -> bool {
        matches!(self, Backend::Remote(_))
    }

    /// Runs one operation: pure preparation first, then one transaction.
    pub fn call<O: Operation>(&mut self, op: O) -> Result<O::Output> {
        match self {
            Backend::Local(local) => {
                if local.read_only && O::WRITES {
                    return Err(Error::internal(format!(
                        "{} writes, and the store was opened read-only",
                        O::NAME
                    )));
                }
                let acting = local.acting.clone();
                run_on(local.store()?, &acting, secrets::now()?, op)
            }
            Backend::Remote(remote) => remote.call(&op),
        }
    }

    /// Runs operations in one transaction: all are applied, or none. On failure, says which
    /// one failed (its index) and why.
    pub fn call_all<O: Operation>(
        &mut self,
        ops: Vec<O>,
    ) -> Result<Vec<O::Output>, (usize, Error)> {
        match self {
            Backend::Local(local) => {
                let acting = local.acting.clone();
                let now = secrets::now().map_err(|e| (0, e))?;
                let store = local.store().map_err(|e| (0, e))?;
                run_all_on(store, &acting, now, ops)
            }
            Backend::Remote(remote) => remote.call_all(&ops),
        }
    }
}

/// Runs one operation on a store for `acting` at `now`: preparation (outside the
/// transaction), then one transaction that checks the actor and executes.
pub fn run_on<O: Operation>(
    store: &mut Store,
    acting: &Acting,
    now: String,
    mut op: O,
) -> Result<O::Output> {
    op.prepare()?;
    run_prepared(store, acting, now, op)
}

/// [`run_on`] for an operation already prepared.
pub fn run_prepared<O: Operation>(
    store: &mut Store,
    acting: &Acting,
    now: String,
    op: O,
) -> Result<O::Output> {
    store.transaction(O::WRITES, |tx| {
        let actor = actor_of::<O>(tx, acting)?;
        op.execute(&mut Context {
            db: tx,
            actor,
            now,
            token_hash: acting.token_hash(),
        })
    })
}

/// [`run_on`] for many operations in one transaction; a failure names the operation's index.
pub fn run_all_on<O: Operation>(
    store: &mut Store,
    acting: &Acting,
    now: String,
    mut ops: Vec<O>,
) -> Result<Vec<O::Output>, (usize, Error)> {
    for (i, op) in ops.iter_mut().enumerate() {
        op.prepare().map_err(|e| (i, e))?;
    }
    run_all_prepared(store, acting, now, ops)
}

/// [`run_all_on`] for operations already prepared.
pub fn run_all_prepared<O: Operation>(
    store: &mut Store,
    acting: &Acting,
    now: String,
    ops: Vec<O>,
) -> Result<Vec<O::Output>, (usize, Error)> {
    let failed = std::cell::Cell::new(0);
    store
        .transaction(true, |tx| {
            let mut out = Vec::with_capacity(ops.len());
            for (i, op) in ops.into_iter().enumerate() {
                failed.set(i);
                let actor = actor_of::<O>(tx, acting)?;
                out.push(op.execute(&mut Context {
                    db: tx,
                    actor,
                    now: now.clone(),
                    token_hash: acting.token_hash(),
                })?);
            }
            Ok(out)
        })
        .map_err(|e| (failed.get(), e))
}

fn actor_of<O: Operation>(tx: &rusqlite::Connection, acting: &Acting) -> Result<Actor> {
    if O::ANONYMOUS {
        Ok(Actor::anonymous(tx, acting))
    } else {
        Actor::resolve(tx, acting)
    }
}

impl LocalBackend {
    /// The store is opened on first use, so that `--help` and usage errors never touch it.
    fn store(&mut self) -> Result<&mut Store> {
        let store = match self.store.take() {
            Some(store) => store,
            None if self.read_only => Store::open_read_only(&self.path)?,
            None => Store::open(&self.path)?,
        };
        Ok(self.store.insert(store))
    }
}
