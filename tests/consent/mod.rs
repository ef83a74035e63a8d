//! Consent records: the worked examples, tamper evidence, the rules, the lifecycle, exports.

pub mod examples;
mod export;
#[cfg(feature = "jws")]
mod jws;
mod lifecycle;
mod rules;
mod tamper;
