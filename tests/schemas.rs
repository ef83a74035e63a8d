//! The JSON Schemas: the committed files are what the code generates, they are valid schemas,
//! and they accept the compact form of every valid vector and reject malformed shapes.

use std::collections::BTreeSet;
use std::path::Path;

use bouwstenen::schema::{self, Dialect};
use serde_json::Value;

use crate::util::{crosscheck_rows, parse_kind, strict};

fn schema_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas"))
}

fn json_files_under(dir: &Path, prefix: &str, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let path = entry.path();
        if path.is_dir() {
            json_files_under(&path, &format!("{prefix}{name}/"), found);
        } else {
            found.insert(format!("{prefix}{name}"));
        }
    }
}

#[test]
fn committed_schema_files_are_what_the_code_generates() {
    let generated = schema::files();
    let mut stale = Vec::new();
    for (relative, contents) in &generated {
        let committed = std::fs::read_to_string(schema_dir().join(relative)).unwrap_or_default();
        if &committed != contents {
            stale.push(relative.clone());
        }
    }
    let mut on_disk = BTreeSet::new();
    json_files_under(schema_dir(), "", &mut on_disk);
    let expected: BTreeSet<String> = generated.iter().map(|(p, _)| p.clone()).collect();
    let extra: Vec<_> = on_disk.difference(&expected).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "schemas/ is out of date (run `cargo run -p bouwstenen-cli -- schema --out schemas`): \
         differing {stale:?}, not generated {extra:?}"
    );
}

#[test]
fn every_schema_is_valid_named_and_described() {
    for dialect in Dialect::ALL {
        let schemas = schema::all(dialect);
        let names: BTreeSet<_> = schemas.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(names.len(), schemas.len(), "schema names must be unique");
        for (name, schema) in &schemas {
            let value = schema.as_value();
            assert!(
                jsonschema::meta::is_valid(value),
                "{name} is not a valid {dialect:?} schema"
            );
            for key in ["title", "description"] {
                let text = value.get(key).and_then(Value::as_str).unwrap_or_default();
                assert!(!text.is_empty(), "{name} has no {key}");
                assert!(
                    !text.contains("```"),
                    "{name}'s {key} contains a code block"
                );
            }
        }
    }
}

/// The schema name that describes a vector kind.
fn schema_name(kind: &str) -> &'static str {
    match kind {
        "rrn" | "bis" | "insz" => "Insz",
        "kbo" => "EnterpriseNumber",
        "vestiging" => "EstablishmentUnitNumber",
        "vat_be" => "VatNumber",
        "ogm" => "StructuredCommunication",
        "rf" => "CreditorReference",
        "eid_card" => "EidCardNumber",
        "iban_be" => "Iban",
        "bic" => "Bic",
        "nis" => "NisCode",
        "ovo" => "OvoCode",
        other => panic!("unknown kind {other}"),
    }
}

fn validators(dialect: Dialect) -> Vec<(String, jsonschema::Validator)> {
    schema::all(dialect)
        .into_iter()
        .map(|(name, schema)| (name, jsonschema::validator_for(schema.as_value()).unwrap()))
        .collect()
}

fn validator<'a>(
    validators: &'a [(String, jsonschema::Validator)],
    name: &str,
) -> &'a jsonschema::Validator {
    &validators.iter().find(|(n, _)| n == name).unwrap().1
}

#[test]
fn compact_form_of_every_valid_vector_validates_in_both_dialects() {
    for dialect in Dialect::ALL {
        let validators = validators(dialect);
        let mut checked = 0;
        for row in crosscheck_rows().into_iter().filter(|r| r.own_valid) {
            let compact = parse_kind(&row.kind, &row.input, &strict()).unwrap();
            let v = validator(&validators, schema_name(&row.kind));
            assert!(
                v.is_valid(&Value::String(compact.clone())),
                "{dialect:?} rejects {compact:?}"
            );
            checked += 1;
        }
        assert_eq!(checked, 187);
    }
}

#[test]
fn malformed_shapes_do_not_validate() {
    let malformed: &[(&str, &[&str])] = &[
        (
            "Insz",
            &[
                "85.07.30-033.28",
                "8507300332",
                "850730033288",
                "8507300332A",
                "",
                " 85073003328",
            ],
        ),
        (
            "EnterpriseNumber",
            &["0403.019.261", "2403019261", "BE0403019261", "403019261"],
        ),
        (
            "EstablishmentUnitNumber",
            &["2.147.812.701", "0403019261", "9000000092"],
        ),
        (
            "VatNumber",
            &[
                "0403019261",
                "be0403019261",
                "BE 0403019261",
                "BE2403019261",
                "BE403019261",
            ],
        ),
        (
            "StructuredCommunication",
            &["+++010/8068/17183+++", "01080681718", "0108068171830"],
        ),
        (
            "CreditorReference",
            &[
                "rf712348231",
                "RF71 2348 231",
                "RF0072",
                "RF0154",
                "RF9936",
                "RF71",
                "RF88A1B2C3D4E5F6G7H8I9J0KL",
            ],
        ),
        (
            "Iban",
            &[
                "BE68 5390 0754 7034",
                "be68539007547034",
                "BE00001000007049",
                "BE99001000006140",
                "BE68",
            ],
        ),
        (
            "Bic",
            &["gebabebb", "GEB1BEBB", "GEBA1EBB", "GEBABEBB0", "GEBABEB"],
        ),
        ("EidCardNumber", &["591-1917064-58", "59119170645"]),
        ("NisCode", &["4402", "44.021", "440210"]),
        (
            "OvoCode",
            &["OVO000000", "ovo002949", "OVO-002949", "OVO00294", "002949"],
        ),
    ];
    for dialect in Dialect::ALL {
        let validators = validators(dialect);
        for (name, values) in malformed {
            let v = validator(&validators, name);
            for value in *values {
                assert!(
                    !v.is_valid(&Value::String((*value).to_owned())),
                    "{dialect:?} {name} accepts {value:?}"
                );
            }
            assert!(
                !v.is_valid(&serde_json::json!(12345)),
                "{name} accepts a number"
            );
        }
    }
}

#[test]
fn serialised_values_validate_against_their_schema() {
    let validators = validators(Dialect::Draft2020_12);
    let kbo: bouwstenen::EnterpriseNumber = "0403.019.261".parse().unwrap();
    let iban: bouwstenen::Iban = "BE68 5390 0754 7034".parse().unwrap();
    let insz: bouwstenen::Insz = "85.07.30-033.28".parse().unwrap();
    for (name, json) in [
        ("EnterpriseNumber", serde_json::to_value(kbo).unwrap()),
        ("Iban", serde_json::to_value(iban).unwrap()),
        ("Insz", serde_json::to_value(insz).unwrap()),
        ("InszKind", serde_json::to_value(insz.kind()).unwrap()),
        ("Sex", serde_json::to_value(insz.sex_at_issuance()).unwrap()),
        (
            "NisLevel",
            serde_json::to_value("44021".parse::<bouwstenen::NisCode>().unwrap().level()).unwrap(),
        ),
    ] {
        assert!(
            validator(&validators, name).is_valid(&json),
            "{name}: {json}"
        );
    }
}

#[test]
fn payment_requests_validate_against_their_schema() {
    let validators = validators(Dialect::Draft2020_12);
    let v = validator(&validators, "PaymentRequest");
    let request = bouwstenen::payment::PaymentRequest::builder(
        "Stad Gent",
        "BE68539007547034".parse().unwrap(),
    )
    .amount("125.5".parse().unwrap())
    .purpose("TAXS".parse().unwrap())
    .remittance(bouwstenen::payment::Remittance::StructuredCommunication(
        "010806817183".parse().unwrap(),
    ))
    .due_date(chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
    .link("https://gent.be/betalen/42".parse().unwrap())
    .build()
    .unwrap();
    let json = serde_json::to_value(&request).unwrap();
    assert!(v.is_valid(&json), "{json}");
    for broken in [
        serde_json::json!({"creditor": {"name": "N".repeat(71)}, "creditorIban": "BE68539007547034"}),
        serde_json::json!({"creditor": {"name": "Stad Gent"}, "creditorIban": "BE68539007547034", "amount": 12.5}),
        serde_json::json!({"creditor": {"name": "Stad Gent"}, "creditorIban": "BE68 5390 0754 7034"}),
        serde_json::json!({"creditor": {"name": "Stad Gent"}, "creditorIban": "BE68539007547034", "remittance": {"text": "t".repeat(141)}}),
        serde_json::json!({"creditor": {"name": "Stad Gent"}, "creditorIban": "BE68539007547034", "colour": "red"}),
        serde_json::json!({"creditor": {"name": "Stad Gent"}}),
    ] {
        assert!(!v.is_valid(&broken), "{broken}");
    }
}

/// The Address schema says what serde says: every address the crate writes validates, and what
/// the builder rejects the schema rejects too, in both dialects.
#[test]
fn address_schema_agrees_with_serde() {
    use bouwstenen::address::Address;
    let accepted = [
        r#"{"straatnaam":"Kerkstraat","huisnummer":"12","busnummer":"3","postcode":"9000","gemeentenaam":"Gent"}"#,
        r#"{"postbus":"123","postcode":"9000"}"#,
        r#"{"volledigAdres":"10 Downing Street, London","land":"United Kingdom"}"#,
        r#"{"straatnaam":"Meir","gemeentenaam":"Antwerpen","taal":"nl","adresStatus":"inGebruik"}"#,
    ];
    let rejected = [
        r#"{}"#,
        r#"{"straatnaam":"Kerkstraat"}"#,
        r#"{"straatnaam":"","postcode":"9000"}"#,
        r#"{"straatnaam":"   ","postcode":"9000"}"#,
        r#"{"straatnaam":"Kerk\u0007straat","postcode":"9000"}"#,
        r#"{"straatnaam":"Kerk\u202Estraat","postcode":"9000"}"#,
        r#"{"postbus":"12","straatnaam":"Meir","postcode":"2000"}"#,
        r#"{"straatnaam":"Meir","busnummer":"3","postcode":"2000"}"#,
        r#"{"straatnaam":"Meir","postcode":"20000"}"#,
        r#"{"straatnaam":"Meir","postcode":"2000","street":"x"}"#,
    ];
    let long = format!(
        r#"{{"straatnaam":"{}","postcode":"9000"}}"#,
        "x".repeat(201)
    );
    for dialect in Dialect::ALL {
        let validators = validators(dialect);
        let schema = validator(&validators, "Address");
        for json in accepted {
            let value: Value = serde_json::from_str(json).unwrap();
            let address: Address = serde_json::from_value(value.clone()).unwrap();
            assert!(schema.is_valid(&value), "{dialect:?} rejects {json}");
            let written = serde_json::to_value(&address).unwrap();
            assert!(schema.is_valid(&written), "{dialect:?} rejects {written}");
        }
        for json in rejected.iter().copied().chain([long.as_str()]) {
            let value: Value = serde_json::from_str(json).unwrap();
            assert!(
                serde_json::from_value::<Address>(value.clone()).is_err(),
                "serde accepts {json}"
            );
            assert!(!schema.is_valid(&value), "{dialect:?} accepts {json}");
        }
    }
}

#[test]
fn consent_record_schema_agrees_with_the_importer() {
    // The worked examples (as the importer accepts them) validate; what the importer refuses
    // for its shape (a null, an event without its chain fields) does not.
    let records: Vec<Value> = ["A", "B"]
        .iter()
        .map(|name| serde_json::from_str(&crate::consent::examples::example_json(name)).unwrap())
        .chain([serde_json::to_value(bouwstenen::consent::ConsentRecord::example()).unwrap()])
        .collect();
    for dialect in Dialect::ALL {
        let validators = validators(dialect);
        let record_schema = validator(&validators, "ConsentRecord");
        for record in &records {
            let errors: Vec<String> = record_schema
                .iter_errors(record)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{dialect:?}: {errors:?}");
            for event in record["events"].as_array().unwrap() {
                assert!(validator(&validators, "ConsentEvent").is_valid(event));
            }
        }
        let mut null = records[0].clone();
        null["events"][4]["reason"] = Value::Null;
        assert!(!record_schema.is_valid(&null), "{dialect:?}: a null");
        assert!(bouwstenen::consent::ConsentRecord::from_value(null).is_err());
        let mut unchained = records[0].clone();
        unchained["events"][1]
            .as_object_mut()
            .unwrap()
            .remove("hash");
        assert!(
            !record_schema.is_valid(&unchained),
            "{dialect:?}: an event without hash"
        );
        assert!(bouwstenen::consent::ConsentRecord::from_value(unchained).is_err());
    }
}
