//! chorus: the Chorus Pro model (accounts, structures, attachments, services, spaces,
//! invoices, the public directory) on a local SQLite store or a remote `chorus serve`, driven
//! from the command line.

pub mod backend;
pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod facturx;
#[doc(hidden)]
pub mod fuzzing;
pub mod io;
pub mod ops;
pub mod output;
pub mod pdf;
#[cfg(feature = "server")]
pub mod server;
pub mod store;
