//! Pure types and rules: no I/O.

pub mod codes;
pub mod identifier;
pub mod records;
pub mod space;

pub use codes::*;
pub use records::*;
