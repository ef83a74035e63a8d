#![no_main]

//! The session reader: any bytes either fail to read or build, or give a session whose JSON
//! form reads back to the same session, and whose documents render without panicking.

use bouwstenen::decision::{BuildOptions, SessionBuilder, Zitting};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(builder) = serde_json::from_slice::<SessionBuilder>(data) else {
        return;
    };
    let base = "https://data.voorbeeldgem.be/id/"
        .parse()
        .expect("a valid base IRI");
    let options = BuildOptions::default()
        .with_base(base)
        .expect("a valid base");
    let Ok(zitting) = builder.build(&options) else {
        return;
    };
    let json = serde_json::to_string(&zitting).expect("serialises");
    let back: Zitting = serde_json::from_str(&json).expect("its JSON form reads back");
    assert_eq!(back, zitting);
});
