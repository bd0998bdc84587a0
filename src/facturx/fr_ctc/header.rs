//! (to be written)

use crate::domain::en16931::Finding;
use crate::facturx::xml::{Document, N};

pub fn check(_doc: &Document, _root: N, _out: &mut Vec<Finding>) {}
