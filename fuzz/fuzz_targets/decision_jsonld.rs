#![no_main]

//! The JSON-LD reader: any bytes either fail to read, or give a session whose minutes read
//! back to the same session (and to the same minutes).

use bouwstenen::decision::{DocumentKind, RenderOptions, Zitting};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Ok(zitting) = Zitting::from_jsonld(&value) else {
        return;
    };
    let minutes = zitting
        .to_jsonld(DocumentKind::Notulen, &RenderOptions::default())
        .expect("a session read from minutes has minutes");
    let back = Zitting::from_jsonld(&minutes).expect("its minutes read back");
    assert_eq!(back, zitting);
    let again = back
        .to_jsonld(DocumentKind::Notulen, &RenderOptions::default())
        .expect("minutes");
    assert_eq!(again, minutes);
});
