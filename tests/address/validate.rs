//! Validation against the municipality register: every development vector, and each finding.

use bouwstenen::address::{Address, Finding, Severity};
use bouwstenen::{ErrorCode, Language};

fn validate(input: &str) -> (Vec<Finding>, Option<String>) {
    let address = Address::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
    let validation = address.validate();
    assert_eq!(
        validation.is_valid(),
        validation
            .findings()
            .iter()
            .all(|f| f.severity() == Severity::Warning)
    );
    (
        validation.findings().to_vec(),
        validation.nis_code().map(|c| c.to_string()),
    )
}

/// Every development vector: its REFNIS code is one of the expected ones (`21004|21009` when
/// the postcode spans two municipalities and the street decides), and only the row marked
/// `mismatch` has an error.
#[test]
fn every_dev_vector_gets_its_refnis_code() {
    let text = include_str!("../data/addr/parse_vectors.dev.tsv");
    let mut rows = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (input, nis, category) = (col("input"), col("nis_2025"), col("category"));
    let mut checked = 0;
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        let (findings, code) = validate(&f[input].replace("\\n", "\n"));
        let expected: Vec<&str> = f[nis].split('|').collect();
        assert!(
            code.as_deref().is_some_and(|c| expected.contains(&c)),
            "{}: {code:?}, expected {expected:?}",
            f[input]
        );
        let errors: Vec<_> = findings
            .iter()
            .filter(|x| x.severity() == Severity::Error)
            .collect();
        if f[category] == "mismatch" {
            assert_eq!(errors, [&Finding::PostcodeMunicipality], "{}", f[input]);
        } else {
            assert!(errors.is_empty(), "{}: {findings:?}", f[input]);
        }
        checked += 1;
    }
    assert_eq!(checked, 48);
}

#[test]
fn each_finding_is_reported_where_it_applies() {
    let cases: &[(&str, &[Finding], Option<&str>)] = &[
        (
            "Kerkstraat 12, Gent",
            &[Finding::PostcodeMissing],
            Some("44021"),
        ),
        (
            "Kerkstraat 12, 1001 Brussel",
            &[Finding::PostcodeUnknown],
            Some("21004"),
        ),
        (
            "Auguste Reyerslaan 52, 1043 Brussel",
            &[Finding::PostcodeSpecial],
            Some("21004"),
        ),
        ("Kerkstraat 12, 9000 Gent", &[], Some("44021")),
        (
            "Kerkstraat 12, 9000",
            &[Finding::MunicipalityMissing],
            Some("44021"),
        ),
        (
            "Kerkstraat 12, 9000 Atlantis",
            &[Finding::MunicipalityUnknown],
            Some("44021"),
        ),
        (
            "Meir 78, 9000 Antwerpen",
            &[Finding::PostcodeMunicipality],
            Some("11002"),
        ),
        // Merged municipalities keep their postal names: Bertogne is part of Bastogne since
        // 2025, Meulebeke of Tielt.
        ("Route de Marche 1, 6687 Bertogne", &[], Some("82039")),
        ("Oude Heerweg 1, 8760 Meulebeke", &[], Some("37022")),
        (
            "Kerkstraat, 9000 Gent",
            &[Finding::HouseNumberMissing],
            Some("44021"),
        ),
        (
            "Kerkstraat 12bis, 9000 Gent",
            &[Finding::HouseNumberForm],
            Some("44021"),
        ),
        (
            "Kerkstraat 12I, 9000 Gent",
            &[Finding::HouseNumberForm],
            Some("44021"),
        ),
        (
            "Kerkstraat 12 bus 0, 9000 Gent",
            &[Finding::BoxNumberForm],
            Some("44021"),
        ),
        // Names in any language, exonyms, sub-municipalities, bilingual labels.
        ("Rue Royale 1, 1000 Bruxelles - Brussel", &[], Some("21004")),
        ("Meir 1, 2000 Anvers", &[], Some("11002")),
        ("Kouter 1, 9000 Gand", &[], Some("44021")),
        ("Dorpsstraat 1, 9120 Burcht", &[], Some("46030")),
        ("Kerkstraat 1, 2070 Zwijndrecht", &[], Some("46030")),
        ("Avenue Louise 54, 1050 Ixelles", &[], Some("21009")),
        ("Avenue Louise 54, 1050 Bruxelles", &[], Some("21004")),
        // A partial reading that contradicts the postcode is not a mismatch: Louvain-la-Neuve
        // (Ottignies, 1348) is not Louvain (Leuven); Walloon localities are not in open data.
        (
            "Rue de la Station 1, 1348 Louvain-la-Neuve",
            &[Finding::MunicipalityUnknown],
            Some("25121"),
        ),
        (
            "Rue de la Station 1, Louvain-la-Neuve",
            &[Finding::PostcodeMissing, Finding::MunicipalityUnknown],
            None,
        ),
        ("Vrasenestraat 10, 9120 Beveren-Waas", &[], Some("46030")),
        // 1050 alone spans two municipalities: no REFNIS code without a name.
        (
            "Avenue Louise 54, 1050",
            &[Finding::MunicipalityMissing],
            None,
        ),
    ];
    for (input, expected, nis) in cases {
        let (findings, code) = validate(input);
        assert_eq!(&findings, expected, "{input}");
        assert_eq!(code.as_deref(), *nis, "{input}");
    }
}

#[test]
fn foreign_addresses_are_not_checked() {
    let address = Address::builder()
        .street("Dam")
        .house_number("1".parse().unwrap())
        .municipality("Amsterdam")
        .country("Nederland")
        .build()
        .unwrap();
    let validation = address.validate();
    assert!(validation.is_valid());
    assert!(validation.findings().is_empty());
    assert_eq!(validation.nis_code(), None);
}

#[test]
fn findings_serialise_with_code_severity_and_message() {
    let (findings, _) = validate("Meir 78, 9000 Antwerpen");
    let json = serde_json::to_value(&findings).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{
            "code": "address.postcode_municipality",
            "severity": "error",
            "message": "the postcode does not belong to the municipality"
        }])
    );
    for finding in Finding::CODES {
        assert!(finding.starts_with("address."));
    }
    let finding = Finding::HouseNumberForm;
    assert_eq!(ErrorCode::code(&finding), "address.house_number_form");
    let address: Address = "Kerkstraat 12, 9000 Gent".parse().unwrap();
    let validation = serde_json::to_value(address.validate()).unwrap();
    assert_eq!(
        validation,
        serde_json::json!({"valid": true, "nisCode": "44021", "findings": []})
    );
    assert_eq!(address.language(), Some(Language::Nl));
}
