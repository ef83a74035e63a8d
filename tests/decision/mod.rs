//! The decision component: its code lists.

mod codes;
