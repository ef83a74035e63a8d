//! The decision component: its code lists, the typed model and the session builder.

mod build;
mod codes;
mod jsonld;
mod model;
mod rdfa;
mod read;
