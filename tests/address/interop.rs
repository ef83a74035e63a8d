//! Address tests: interop.
