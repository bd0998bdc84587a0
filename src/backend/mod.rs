//! Where operations run. Local: in this process against the SQLite file. A remote store (a
//! later issue) adds a variant that posts the same operation values to `chorus serve`.

use std::path::PathBuf;

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
}

/// What `--store` names.
pub enum StoreUrl {
    Local(PathBuf),
}

impl StoreUrl {
    pub fn parse(url: &str) -> Result<StoreUrl> {
        if url.starts_with("http://") || url.starts_with("https://") {
            return Err(Error::usage(
                "remote_store_unsupported",
                format!("remote stores ({url}) are not supported by this chorus yet"),
            )
            .hint("use a local store path, e.g. --store ./chorus.db"));
        }
        let path = url.strip_prefix("sqlite:").unwrap_or(url);
        if path.is_empty() {
            return Err(Error::usage("empty_store", "--store is empty"));
        }
        Ok(StoreUrl::Local(PathBuf::from(path)))
    }
}

impl Backend {
    pub fn open(url: StoreUrl, acting: Acting) -> Backend {
        match url {
            StoreUrl::Local(path) => Backend::Local(LocalBackend {
                path,
                store: None,
                acting,
                read_only: false,
            }),
        }
    }

    /// A backend for read-only operations on an existing store: it is never created, migrated
    /// or written, and operations that write are refused.
    pub fn open_read_only(url: StoreUrl, acting: Acting) -> Backend {
        let mut backend = Backend::open(url, acting);
        let Backend::Local(local) = &mut backend;
        local.read_only = true;
        backend
    }

    /// Runs one operation: pure preparation first, then one transaction.
    pub fn call<O: Operation>(&mut self, mut op: O) -> Result<O::Output> {
        match self {
            Backend::Local(local) => {
                if local.read_only && O::WRITES {
                    return Err(Error::internal(format!(
                        "{} writes, and the store was opened read-only",
                        O::NAME
                    )));
                }
                op.prepare()?;
                let now = secrets::now()?;
                let acting = local.acting.clone();
                local.store()?.transaction(O::WRITES, |tx| {
                    let actor = if O::ANONYMOUS {
                        Actor::Anonymous
                    } else {
                        Actor::resolve(tx, &acting)?
                    };
                    op.execute(&mut Context { db: tx, actor, now })
                })
            }
        }
    }
}

impl Backend {
    /// Runs operations in one transaction: all are applied, or none. On failure, says which
    /// one failed (its index) and why.
    pub fn call_all<O: Operation>(
        &mut self,
        ops: Vec<O>,
    ) -> Result<Vec<O::Output>, (usize, Error)> {
        match self {
            Backend::Local(local) => {
                let mut ops = ops;
                for (i, op) in ops.iter_mut().enumerate() {
                    op.prepare().map_err(|e| (i, e))?;
                }
                let now = secrets::now().map_err(|e| (0, e))?;
                let acting = local.acting.clone();
                let failed = std::cell::Cell::new(0);
                let store = local.store().map_err(|e| (0, e))?;
                store
                    .transaction(true, |tx| {
                        let mut out = Vec::with_capacity(ops.len());
                        for (i, op) in ops.into_iter().enumerate() {
                            failed.set(i);
                            let actor = if O::ANONYMOUS {
                                Actor::Anonymous
                            } else {
                                Actor::resolve(tx, &acting)?
                            };
                            out.push(op.execute(&mut Context {
                                db: tx,
                                actor,
                                now: now.clone(),
                            })?);
                        }
                        Ok(out)
                    })
                    .map_err(|e| (failed.get(), e))
            }
        }
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
