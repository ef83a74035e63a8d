//! The crate's integration tests, in one binary (one link step instead of one per file).

mod util;

mod address;
mod consent;
mod decision;
mod errors;
mod payment;
mod roundtrip;
mod schemas;
mod vectors;
