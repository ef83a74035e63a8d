#![no_main]
//! The command line's line handling: any bytes give exactly one JSON object per line, each
//! echoing its input, with the valid flag matching the library's verdict.

use bouwstenen::ParseOptions;
use bouwstenen_cli::{Kind, check_stream};

const KINDS: [Kind; 13] = [
    Kind::Insz,
    Kind::Rrn,
    Kind::Bis,
    Kind::Enterprise,
    Kind::Establishment,
    Kind::Vat,
    Kind::Ogm,
    Kind::Rf,
    Kind::Iban,
    Kind::Bic,
    Kind::Eid,
    Kind::Nis,
    Kind::Ovo,
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&selector, input)) = data.split_first() else {
        return;
    };
    let kind = KINDS[usize::from(selector) % KINDS.len()];
    let options = if selector & 0x80 == 0 {
        ParseOptions::strict()
    } else {
        ParseOptions::lenient()
    };
    let mut output = Vec::new();
    let summary = check_stream(kind, &options, input, &mut output).expect("writing to a Vec");
    let text = String::from_utf8(output).expect("the output is UTF-8");
    let expected_lines = input.split(|&b| b == b'\n').count()
        - usize::from(input.ends_with(b"\n") || input.is_empty());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected_lines);
    assert_eq!((summary.valid + summary.invalid) as usize, expected_lines);
    for (line, raw) in lines.iter().zip(input.split(|&b| b == b'\n')) {
        let value: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        assert_eq!(
            value["input"].as_str(),
            Some(&*String::from_utf8_lossy(raw))
        );
        assert!(value["valid"].is_boolean());
    }
});
