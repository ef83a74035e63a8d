//! Shared by every parser target: parse in both modes, and when a value parses, its compact and
//! display forms (and serde) must give it back.

use bouwstenen::{Identifier, ParseOptions};
use chrono::NaiveDate;

pub fn roundtrip<T: Identifier>(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    for options in [
        ParseOptions::strict().with_today(today),
        ParseOptions::lenient().with_today(today),
    ] {
        if let Ok(value) = T::parse_with(input, &options) {
            let compact = T::parse_with(value.as_str(), &options).expect("compact form parses");
            assert_eq!(compact, value, "compact form round trip of {input:?}");
            let display = T::parse_with(&value.to_string(), &options).expect("display form parses");
            assert_eq!(display, value, "display form round trip of {input:?}");
            assert!(value.as_str().is_ascii());
            let json = serde_json_string(value.as_str());
            if !options.is_lenient() {
                let back: T = serde_json::from_str(&json).expect("serde round trip");
                assert_eq!(back, value);
            }
        }
    }
}

fn serde_json_string(s: &str) -> String {
    format!("\"{s}\"")
}
