//! Integration tests: the real `chorus` binary, one test binary, a module per area.

mod harness;

mod accounts;
mod attachments;
mod batch;
mod directory;
mod docs;
mod files;
mod flow;
mod invoices;
mod output;
mod remote;
mod render;
mod services;
mod spaces;
mod store;
mod structures;
mod tickets;
mod validate;
mod works;
