#![no_main]
//! The payment request builder and the payload generator: never panic, every built request
//! either gives a payload of at most 331 bytes that parses back to it, or a precise error.

use bouwstenen::payment::{
    EpcCharset, EpcOptions, EpcPayload, LineEnding, PaymentRequest, Remittance,
};
use bouwstenen::{Amount, CreditorReference, StructuredCommunication};

type Input = (
    String,
    u8,
    Option<u64>,
    Option<String>,
    u8,
    u64,
    String,
    Option<String>,
    u8,
);

const IBANS: [&str; 4] = [
    "BE68539007547034",
    "BE71096123456769",
    "NL91ABNA0417164300",
    "MT84MALT011000012345MTLCAST001S",
];

libfuzzer_sys::fuzz_target!(|input: Input| {
    let (name, iban, cents, purpose, kind, base, text, note, flags) = input;
    let iban = IBANS[usize::from(iban) % IBANS.len()].parse().unwrap();
    let mut builder = PaymentRequest::builder(name, iban);
    if let Some(amount) = cents.and_then(|c| Amount::from_cents(c).ok()) {
        builder = builder.amount(amount);
    }
    if let Some(purpose) = purpose.and_then(|p| p.parse().ok()) {
        builder = builder.purpose(purpose);
    }
    builder = match kind % 4 {
        1 => match StructuredCommunication::from_base(base % 10_000_000_000) {
            Ok(ogm) => builder.remittance(Remittance::StructuredCommunication(ogm)),
            Err(_) => builder,
        },
        2 => match CreditorReference::from_reference(&text) {
            Ok(rf) => builder.remittance(Remittance::CreditorReference(rf)),
            Err(_) => builder,
        },
        3 => builder.remittance(Remittance::Text(text)),
        _ => builder,
    };
    if let Some(note) = note {
        builder = builder.note(note);
    }
    let Ok(request) = builder.build() else { return };
    let mut options = EpcOptions::default();
    if flags & 1 == 1 {
        options = options.with_charset(EpcCharset::Iso8859_1);
    }
    if flags & 2 == 2 {
        options = options.with_line_ending(LineEnding::CrLf);
    }
    if let Ok(payload) = request.to_epc(&options) {
        assert!(payload.as_bytes().len() <= 331);
        let (parsed, parsed_options) =
            EpcPayload::parse(payload.as_bytes()).expect("our payload parses");
        assert_eq!(parsed, request);
        assert_eq!(parsed_options, options);
    }
});
