//! Address tests: register.
