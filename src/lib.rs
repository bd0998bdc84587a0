//! chorus: the Chorus Pro model (accounts, structures, attachments, services, spaces) on a
//! local SQLite store, driven from the command line.

pub mod backend;
pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod facturx;
pub mod io;
pub mod ops;
pub mod output;
pub mod pdf;
pub mod store;
