//! Pure types and rules: no I/O.

#[macro_use]
pub mod codes;
pub mod amounts;
pub mod code_lists;
pub mod directory;
pub mod en16931;
pub mod files;
pub mod identifier;
pub mod identity;
pub mod invoice;
pub mod records;
pub mod space;
pub mod text;
pub mod tickets;
pub mod works;

pub use codes::*;
pub use records::*;
