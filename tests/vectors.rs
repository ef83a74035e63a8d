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
