//! Consent records: the worked examples, tamper evidence, the rules, the lifecycle, exports.

mod examples;
