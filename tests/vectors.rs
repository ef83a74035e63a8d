//! Every row of the shared identifier vectors, in strict and lenient mode.

use crate::util::{crosscheck_rows, lenient, parse_kind, strict, vector_rows};

#[test]
fn vector_files_have_all_rows() {
    let rows = crosscheck_rows();
    assert_eq!(rows.len(), 322);
    assert_eq!(rows.iter().filter(|r| r.own_valid).count(), 187);
    let vectors = vector_rows();
    assert_eq!(vectors.len(), 322);
    for (row, vector) in rows.iter().zip(&vectors) {
        assert_eq!((&row.kind, &row.input), (&vector.kind, &vector.input));
    }
}

#[test]
fn strict_mode_matches_own_valid_on_every_row() {
    let mut failures = Vec::new();
    for row in crosscheck_rows() {
        let got = parse_kind(&row.kind, &row.input, &strict());
        if got.is_ok() != row.own_valid {
            failures.push(format!(
                "line {} {} {:?}: expected {} ({}), got {got:?}",
                row.line, row.kind, row.input, row.own_valid, row.own_reason
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn lenient_mode_matches_own_or_stdnum_on_every_row() {
    let mut failures = Vec::new();
    for row in crosscheck_rows() {
        let expected = row.own_valid || row.stdnum_valid == Some(true);
        let got = parse_kind(&row.kind, &row.input, &lenient());
        if got.is_ok() != expected {
            failures.push(format!(
                "line {} {} {:?}: expected {expected}, got {got:?}",
                row.line, row.kind, row.input
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn normalized_form_matches_the_vectors() {
    let mut checked = 0;
    for vector in vector_rows() {
        if vector.normalized.is_empty() {
            continue;
        }
        assert!(
            vector.valid,
            "a normalized form is only given for valid rows: {vector:?}"
        );
        for options in [strict(), lenient()] {
            if let Ok(compact) = parse_kind(&vector.kind, &vector.input, &options) {
                assert_eq!(compact, vector.normalized, "{vector:?}");
                checked += 1;
            }
        }
        // Lenient accepts every row python-stdnum accepts, so each normalized form is checked.
        assert!(
            parse_kind(&vector.kind, &vector.input, &lenient()).is_ok(),
            "{vector:?}"
        );
    }
    assert!(checked > 300, "only {checked} normalized forms compared");
}

#[test]
fn strict_rejections_give_the_expected_error_code() {
    // The vectors' reasons mapped to the codes the crate gives for them.
    let expected_codes = |reason: &str| -> &'static [&'static str] {
        match reason {
            "checksum" => &[
                "insz.checksum",
                "enterprise.checksum",
                "establishment.checksum",
                "vat.checksum",
                "ogm.checksum",
                "rf.checksum",
                "eid.checksum",
            ],
            "month" => &["insz.month"],
            "serial 000/999" => &["insz.serial"],
            "day out of range" => &["insz.day"],
            "future" => &["insz.future"],
            "is BIS" => &["insz.not_rrn"],
            "is NN" => &["insz.not_bis"],
            "first digit" => &[
                "enterprise.first_digit",
                "establishment.first_digit",
                "vat.first_digit",
            ],
            "missing BE" => &["vat.prefix"],
            "check digits outside 02..98" => &["rf.check_digits", "iban.check_digits"],
            "national check" => &["iban.national_check"],
            "iso checksum" => &["iban.checksum"],
            "country" => &["bic.country"],
            "OVO000000 never assigned" => &["ovo.reserved"],
            _ => &[],
        }
    };
    let mut compared = 0;
    for row in crosscheck_rows().into_iter().filter(|r| !r.own_valid) {
        let codes = expected_codes(&row.own_reason);
        if codes.is_empty() {
            continue;
        }
        let code = parse_kind(&row.kind, &row.input, &strict()).unwrap_err();
        assert!(
            codes.contains(&code),
            "line {} {:?} ({}): got {code}",
            row.line,
            row.input,
            row.own_reason
        );
        compared += 1;
    }
    assert!(compared > 50, "only {compared} rows compared");
}

/// The rules of the policy that no vector exercises (the shared identifiers note, §12.5).
#[test]
fn policy_rules_without_vectors() {
    let strict = strict();
    // A BE prefix on an establishment unit number is rejected.
    assert_eq!(
        parse_kind("vestiging", "BE2147812701", &strict),
        Err("establishment.character")
    );
    // Whitespace inside a NIS code is removed.
    for input in ["44 021", "44\t021", "44\u{00A0}021"] {
        assert_eq!(
            parse_kind("nis", input, &strict),
            Ok("44021".to_owned()),
            "{input:?}"
        );
    }
    // Mixed OGM delimiters are not stripped, so the value is rejected, in both modes.
    for input in ["+++123/4567/89002***", "***123/4567/89002+++"] {
        assert_eq!(
            parse_kind("ogm", input, &strict),
            Err("ogm.delimiter"),
            "{input:?}"
        );
        assert!(parse_kind("ogm", input, &lenient()).is_err(), "{input:?}");
    }
    // A future date on a BIS number is rejected: 31 December 2026, sex known and unknown.
    assert_eq!(
        parse_kind("bis", "26523100108", &strict),
        Err("insz.future")
    );
    assert_eq!(
        parse_kind("bis", "26323100162", &strict),
        Err("insz.future")
    );
    // A future year on a number with an incomplete birth date is rejected.
    for input in ["27000000113", "27010000120", "27200000156"] {
        assert_eq!(
            parse_kind("insz", input, &strict),
            Err("insz.future"),
            "{input:?}"
        );
    }
    // U+001C..U+001F are not whitespace in Rust: strict rejects them; python-stdnum strips them
    // at the ends, so lenient accepts them there.
    assert_eq!(
        parse_kind("rrn", "\u{1C}85073003328", &strict),
        Err("insz.character")
    );
    assert_eq!(
        parse_kind("rrn", "\u{1C}85073003328", &lenient()),
        Ok("85073003328".to_owned())
    );
    assert!(parse_kind("rrn", "85073\u{1F}003328", &lenient()).is_err());
}

/// Lenient is the union of the strict verdict and python-stdnum's, not a mix of their rules:
/// inputs that need a strict normalisation *and* a python-stdnum relaxation are rejected.
#[test]
fn lenient_does_not_mix_the_two_policies() {
    let lenient = lenient();
    for (kind, input) in [
        ("rrn", "85/07/30-000/61"), // slashes (strict only) and serial 000 (stdnum only)
        ("rrn", "85073\t000061"),   // inner tab (strict only) and serial 000
        ("kbo", "403\t019\t261"),   // inner tabs and 9 digits (stdnum only)
        ("ogm", "+++123.4567.89002"), // dots (strict only) and unbalanced +++ (stdnum only)
        ("rf", "RF99\t36"),         // inner tab and check digits 99 (stdnum only)
        ("iban_be", "BE99/0010/0000/6140"), // slashes and check digits 99
        ("bic", "GEBA.BE.BB\u{1C}"), // dots (strict only) and U+001C (stdnum only)
    ] {
        assert!(
            parse_kind(kind, input, &lenient).is_err(),
            "{kind} {input:?}"
        );
    }
}
