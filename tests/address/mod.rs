//! The address component: positions, the register, the free-form parser and interoperability.

mod interop;
mod parse;
mod parts;
mod position;
mod register;
mod validate;
