//! Belgian addresses. This release has the first part of the component: positions in the
//! coordinate systems Belgian registers use, with conversions between them ([`Wgs84`],
//! [`Lambert72`], [`Lambert2008`]). The OSLO address type, the free-form parser and the
//! municipality register follow.

mod position;

pub use position::{Lambert72, Lambert2008, PositionError, Wgs84};
