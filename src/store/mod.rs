//! The local store: one SQLite file (WAL, foreign keys, busy timeout), schema through numbered
//! migrations tracked by `PRAGMA user_version`, one transaction per operation. Only this module
//! writes SQL.

pub mod accounts;
pub mod attachments;
pub mod directory;
pub mod events;
pub mod invoices;
pub mod services;
pub mod spaces;
pub mod structures;
pub mod tickets;
pub mod tokens;
pub mod works;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// The numbered migrations; the store's `user_version` is the count applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_organisation.sql"),
    include_str!("migrations/0002_invoices.sql"),
    include_str!("migrations/0003_deposit_keys.sql"),
    include_str!("migrations/0004_directory.sql"),
    include_str!("migrations/0005_tokens.sql"),
    include_str!("migrations/0006_works.sql"),
    include_str!("migrations/0007_tickets.sql"),
    include_str!("migrations/0008_identities.sql"),
];

/// Steps written in Rust, each run right after the SQL migration of its number.
type RustStep = fn(&Connection) -> Result<()>;
const RUST_STEPS: &[(usize, RustStep)] = &[(8, accounts::normalize_stored_emails)];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Generous: eight parallel depositors must queue, never fail.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating and migrating on first use) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            return Err(Error::unavailable(
                "store_folder_missing",
                format!(
                    "cannot open store {shown}: folder {} does not exist",
                    parent.display()
                ),
            )
            .hint("create the folder first, or point --store / CHORUS_STORE elsewhere"));
        }
        create_private(path);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| at_path(e, path))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure().map_err(|e| at_path(e, path))?;
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing store for reading only (`invoice validate`): it is never created,
    /// migrated or written (`PRAGMA query_only`). A store of another schema version is refused;
    /// any other command upgrades an older one.
    ///
    /// The file is opened read-write when it may be, so that SQLite removes the WAL index files
    /// it creates to read (a read-only connection must leave them behind), else read-only.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::unavailable(
                "store_not_found",
                format!("store {} does not exist", path.display()),
            ));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .or_else(|_| {
                let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                Connection::open_with_flags(path, flags)
            })
            .map_err(|e| at_path(e, path))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .and_then(|_| stable_plans(&conn))
            .and_then(|_| conn.execute_batch("PRAGMA query_only=ON;"))
            .map_err(|e| at_path(e, path))?;
        let version = Self::user_version(&conn).map_err(|e| at_path(e, path))?;
        if version > SCHEMA_VERSION {
            return Err(newer_store(path, version));
        }
        if version < SCHEMA_VERSION {
            return Err(Error::unavailable(
                "store_outdated",
                format!(
                    "store {} has schema version {version}; this chorus reads version {SCHEMA_VERSION}",
                    path.display()
                ),
            )
            .hint("any other chorus command upgrades it (e.g. `chorus structure search --limit 1`)"));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn configure(&self) -> rusqlite::Result<()> {
        stable_plans(&self.conn)?;
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode = self.switch_to_wal()?;
        if !mode.eq_ignore_ascii_case("wal") {
            // A read-only folder cannot hold the WAL files; SQLite then keeps the old mode.
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
                Some(format!("cannot switch the store to WAL mode (got {mode})")),
            ));
        }
        self.conn.execute_batch(
            "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000;
             PRAGMA temp_store=MEMORY;",
        )?;
        Ok(())
    }

    /// Switches the file to WAL mode (a lasting property of the file). SQLite answers "database
    /// is locked" at once, without waiting on the busy timeout, when another process holds the
    /// file while it is new, so that eight processes creating one store race here: retry for
    /// as long as the busy timeout would have waited.
    fn switch_to_wal(&self) -> rusqlite::Result<String> {
        let started = std::time::Instant::now();
        let mut pause = Duration::from_millis(2);
        loop {
            match self
                .conn
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                other => return other,
            }
        }
    }

    fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
    }

    fn migrate(&mut self) -> Result<()> {
        let path = self.path.clone();
        let version = Self::user_version(&self.conn).map_err(|e| at_path(e, &path))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        if version > SCHEMA_VERSION {
            return Err(newer_store(&path, version));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| at_path(e, &path))?;
        // Another process may have migrated while we waited for the lock.
        let version = Self::user_version(&tx)?;
        if version > SCHEMA_VERSION {
            return Err(newer_store(&path, version));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)
                .map_err(|e| Error::internal(format!("migration {} failed: {e}", i + 1)))?;
            for (_, step) in RUST_STEPS.iter().filter(|(n, _)| *n == i + 1) {
                step(&tx).map_err(|mut e| {
                    e.message = format!("store {}: {}", path.display(), e.message);
                    e
                })?;
            }
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back otherwise.
    /// Writers take the write lock up front so that concurrent writers queue on the busy
    /// timeout instead of failing on a lock upgrade.
    pub fn transaction<T>(
        &mut self,
        writes: bool,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let behavior = if writes {
            TransactionBehavior::Immediate
        } else {
            TransactionBehavior::Deferred
        };
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(behavior)
            .map_err(|e| at_path(e, &path))?;
        let out = f(&tx)?;
        tx.commit().map_err(|e| at_path(e, &path))?;
        Ok(out)
    }
}

/// Query plans that do not depend on bound values. Otherwise SQLite 3.54 marks some
/// statements to be re-prepared whenever their parameters change, and rusqlite clears the
/// parameters of every cached statement it takes back: each reuse would compile it again.
fn stable_plans(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

fn newer_store(path: &Path, version: i64) -> Error {
    Error::unavailable(
        "store_too_new",
        format!(
            "store {} was written by a newer chorus (schema version {version}; this chorus knows up to {SCHEMA_VERSION})",
            path.display()
        ),
    )
    .hint("upgrade chorus to open this store")
}

/// Errors while opening name the store's path.
/// Creates a new store file readable by its owner only (it holds password hashes, tokens and
/// every invoice). SQLite gives its -wal and -shm files the mode of the database file. An
/// existing file is left as it is; any failure here is SQLite's to report when it opens.
fn create_private(path: &Path) {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let _ = options.open(path);
}

fn at_path(e: rusqlite::Error, path: &Path) -> Error {
    let mut err = Error::from(e);
    if err.kind == crate::error::ErrorKind::Internal {
        err.kind = crate::error::ErrorKind::Unavailable;
    }
    err.message = format!("store {}: {}", path.display(), err.message);
    err
}

/// Reads a boolean column stored as 0/1.
pub(crate) fn flag(
    row: &rusqlite::Row<'_>,
    idx: impl rusqlite::RowIndex,
) -> rusqlite::Result<bool> {
    Ok(row.get::<_, i64>(idx)? != 0)
}

/// A list of ids for `IN (…)`; an empty list matches nothing.
pub(crate) fn join_ids(ids: &[i64]) -> String {
    if ids.is_empty() {
        return "NULL".into();
    }
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// `WHERE a AND b …`, or nothing when there is no condition.
pub(crate) fn where_clause(clauses: &[String]) -> String {
    if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    }
}
