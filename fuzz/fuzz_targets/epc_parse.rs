#![no_main]
//! The EPC payload parser: never panics, and whatever parses regenerates a canonical payload
//! that parses to the same request.

use bouwstenen::payment::EpcPayload;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok((request, options)) = EpcPayload::parse(data) {
        let canonical = request
            .to_epc(&options)
            .expect("a parsed request regenerates");
        assert!(canonical.as_bytes().len() <= 331);
        let again = EpcPayload::parse(canonical.as_bytes()).expect("a canonical payload parses");
        assert_eq!(again, (request, options));
    }
});
