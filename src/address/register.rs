//! register (in progress).
