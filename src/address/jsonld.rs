//! jsonld (in progress).
