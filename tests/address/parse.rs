//! Address tests: parse.
