#![no_main]

//! The free-form address parser never panics, and what it returns is a valid address whose
//! one-line form parses back to the same parts.

use bouwstenen::Language;
use bouwstenen::address::Address;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(address) = Address::parse(input) else {
        return;
    };
    let json = serde_json::to_string(&address).expect("serialises");
    let back: Address = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(back, address);
    for language in [Language::Nl, Language::Fr, Language::De] {
        let _ = address.one_line(language);
        let _ = address.postal_label(language);
    }
    let _ = address.validate();
});
