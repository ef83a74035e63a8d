//! The error model: stable, documented, unique codes; lower-case messages; no personal data in
//! messages or `Debug` output.

use std::collections::BTreeSet;

use bouwstenen::{
    BicError, CreditorReferenceError, EidCardNumberError, EnterpriseNumberError, ErrorCode,
    EstablishmentUnitNumberError, IbanError, Insz, InszError, NisCodeError, OvoCodeError,
    StructuredCommunicationError, VatNumberError,
};

use crate::util::{crosscheck_rows, lenient, strict};

fn all_codes() -> Vec<(&'static str, &'static [&'static str])> {
    #[cfg_attr(not(feature = "jws"), allow(unused_mut))]
    let mut codes = vec![
        ("insz", InszError::CODES),
        ("enterprise", EnterpriseNumberError::CODES),
        ("establishment", EstablishmentUnitNumberError::CODES),
        ("vat", VatNumberError::CODES),
        ("ogm", StructuredCommunicationError::CODES),
        ("rf", CreditorReferenceError::CODES),
        ("iban", IbanError::CODES),
        ("bic", BicError::CODES),
        ("eid", EidCardNumberError::CODES),
        ("nis", NisCodeError::CODES),
        ("ovo", OvoCodeError::CODES),
        ("payment", bouwstenen::PaymentError::CODES),
        ("position", bouwstenen::address::PositionError::CODES),
        ("address", bouwstenen::AddressError::CODES),
        ("address", bouwstenen::address::Finding::CODES),
        ("language", bouwstenen::LanguageError::CODES),
        ("decision", bouwstenen::decision::DecisionError::CODES),
        ("consent", bouwstenen::consent::ConsentError::CODES),
    ];
    #[cfg(feature = "jws")]
    codes.push(("jws", bouwstenen::consent::JwsError::CODES));
    codes
}

/// Codes documented in the table whose error type is behind a feature that is off.
fn feature_gated(code: &str) -> bool {
    !cfg!(feature = "jws") && code.starts_with("jws.")
}

#[test]
fn codes_are_unique_prefixed_and_documented_in_one_table() {
    let docs = include_str!("../src/error.rs");
    let documented: BTreeSet<&str> = docs
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    let mut seen = BTreeSet::new();
    for (prefix, codes) in all_codes() {
        for code in codes {
            assert!(seen.insert(*code), "duplicate code {code}");
            assert!(
                code.starts_with(&format!("{prefix}.")),
                "{code} lacks the prefix {prefix}"
            );
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'),
                "{code}"
            );
            assert!(
                documented.contains(code),
                "{code} is missing from the table in src/error.rs"
            );
        }
    }
    let undocumented: Vec<_> = documented
        .iter()
        .filter(|c| !seen.contains(**c) && !feature_gated(c))
        .collect();
    assert!(
        undocumented.is_empty(),
        "the table lists unknown codes {undocumented:?}"
    );
}

#[test]
fn every_rejection_has_a_known_code_and_a_lowercase_message_without_the_value() {
    let known: BTreeSet<&str> = all_codes()
        .into_iter()
        .flat_map(|(_, c)| c.iter().copied())
        .collect();
    for row in crosscheck_rows() {
        for options in [strict(), lenient()] {
            let err: Box<dyn ErrorCode> = match row.kind.as_str() {
                "rrn" | "bis" | "insz" => match Insz::parse_with(&row.input, &options) {
                    Err(e) => Box::new(e),
                    Ok(_) => continue,
                },
                "eid_card" => match bouwstenen::EidCardNumber::parse_with(&row.input, &options) {
                    Err(e) => Box::new(e),
                    Ok(_) => continue,
                },
                "kbo" => match bouwstenen::EnterpriseNumber::parse_with(&row.input, &options) {
                    Err(e) => Box::new(e),
                    Ok(_) => continue,
                },
                "iban_be" => match bouwstenen::Iban::parse_with(&row.input, &options) {
                    Err(e) => Box::new(e),
                    Ok(_) => continue,
                },
                _ => continue,
            };
            assert!(known.contains(err.code()), "{}", err.code());
            let message = err.to_string();
            assert!(
                message.chars().next().is_some_and(|c| c.is_lowercase()),
                "{message:?}"
            );
            assert!(!message.ends_with('.'), "{message:?}");
            // No run of digits from the input survives in the message.
            let digits: String = row.input.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 4 {
                for window in digits.as_bytes().windows(4) {
                    let window = std::str::from_utf8(window).unwrap();
                    assert!(
                        !message.contains(window),
                        "{message:?} repeats {window} of {:?}",
                        row.input
                    );
                }
            }
        }
    }
}

#[test]
fn debug_output_hides_national_and_card_numbers() {
    for row in crosscheck_rows().into_iter().filter(|r| r.own_valid) {
        let debug = match row.kind.as_str() {
            "rrn" | "bis" | "insz" => {
                format!("{:?}", Insz::parse_with(&row.input, &strict()).unwrap())
            }
            "eid_card" => format!(
                "{:?}",
                row.input.parse::<bouwstenen::EidCardNumber>().unwrap()
            ),
            _ => continue,
        };
        let digits: String = debug.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(digits.len(), 2, "{debug} shows more than the check digits");
    }
}

#[test]
fn public_types_are_send_sync_and_copy() {
    fn check<T: Send + Sync + Unpin + Copy + 'static>() {}
    check::<bouwstenen::Insz>();
    check::<bouwstenen::EnterpriseNumber>();
    check::<bouwstenen::EstablishmentUnitNumber>();
    check::<bouwstenen::VatNumber>();
    check::<bouwstenen::StructuredCommunication>();
    check::<bouwstenen::CreditorReference>();
    check::<bouwstenen::Iban>();
    check::<bouwstenen::Bic>();
    check::<bouwstenen::EidCardNumber>();
    check::<bouwstenen::NisCode>();
    check::<bouwstenen::OvoCode>();
    check::<bouwstenen::ParseOptions>();
    check::<InszError>();
    check::<IbanError>();
    fn error<E: std::error::Error + ErrorCode + Send + Sync + 'static>() {}
    error::<InszError>();
    error::<EnterpriseNumberError>();
    error::<EstablishmentUnitNumberError>();
    error::<VatNumberError>();
    error::<StructuredCommunicationError>();
    error::<CreditorReferenceError>();
    error::<IbanError>();
    error::<BicError>();
    error::<EidCardNumberError>();
    error::<NisCodeError>();
    error::<OvoCodeError>();
}
