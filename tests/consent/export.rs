//! The three exports of a consent record: DPV-27560 JSON-LD (against the consent note's worked
//! exports and DPV 2.3's published term lists), Kantara v1.1 receipts and OSLO-Toestemming
//! (against the summary of the vocabulary). The richer record is the one of
//! `examples/consent_export.rs`, which CI also pipes through `dpv_check.py` and
//! `kantara_check.py`.

use std::collections::HashSet;

use bouwstenen::consent::{ConsentError, ConsentRecord, Timestamp, dpv_context};
use serde_json::{Value, json};

use super::examples::{example, shared};

#[allow(dead_code)] // its `main` and output helpers
#[path = "../../examples/consent_export.rs"]
mod consent_export;

fn rich() -> ConsentRecord {
    consent_export::rich_record().unwrap()
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn shared_file(path: &str) -> String {
    let full = format!("{}/../shared/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The published context with the one prefix the crate adds for DPV's public-services
/// purposes (which the worked examples do not use).
fn expected_context() -> Value {
    let file: Value = serde_json::from_str(&shared("consent-record.context.jsonld")).unwrap();
    let mut context = file["@context"].clone();
    context["sector-publicservices"] = json!("https://w3id.org/dpv/sector/publicservices#");
    context
}

/// A worked DPV-27560 export as published, with the documented differences applied: (a) the
/// context is embedded; (b) the placeholder enterprise numbers are the valid ones of
/// `example()`; (c) a party without identifiers has no `dpv:hasIdentifier` (the example
/// writes its partyId there as a literal, a CURIE literal in RDF).
fn expected_dpv(name: &str) -> Value {
    let text = shared(&format!("example-record-{name}.dpv27560.jsonld"))
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261");
    let mut expected: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(expected["@context"], "consent-record.context.jsonld");
    expected["@context"] = expected_context();
    for entity in expected["dpv:hasEntity"].as_array_mut().unwrap() {
        if entity["dpv:hasIdentifier"] == json!([entity["@id"]]) {
            entity.as_object_mut().unwrap().remove("dpv:hasIdentifier");
        }
    }
    expected
}

#[test]
fn dpv_a_and_b_are_the_worked_examples() {
    for name in ["A", "B"] {
        let got = example(name).to_dpv_jsonld();
        let want = expected_dpv(name);
        assert!(
            got == want,
            "{name}\n{}\n---\n{}",
            serde_json::to_string_pretty(&got).unwrap(),
            serde_json::to_string_pretty(&want).unwrap()
        );
    }
    // Difference (c) is the only change to the parties: the third party of A has none.
    let a = example("A").to_dpv_jsonld();
    assert_eq!(a["dpv:hasEntity"][2]["@id"], "party:toerisme-vzw");
    assert!(a["dpv:hasEntity"][2].get("dpv:hasIdentifier").is_none());
}

#[test]
fn dpv_context_is_the_worked_examples_context_with_one_prefix() {
    let file: Value = serde_json::from_str(&shared("consent-record.context.jsonld")).unwrap();
    let context = dpv_context();
    assert_eq!(context["@context"], expected_context());
    let added: Vec<&String> = context["@context"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| file["@context"].get(k.as_str()).is_none())
        .collect();
    assert_eq!(added, ["sector-publicservices"]);
}

#[test]
fn dpv_b_has_the_parents_consent_until_a_time() {
    let doc = example("B").to_dpv_jsonld();
    let given = &doc["dpv:hasProcess"][0]["dpv:hasConsentStatus"][0];
    assert_eq!(
        given["dpv:isIndicatedBy"],
        json!({"@id": "urn:uuid:9d8c7b6a-5e4f-4a3b-9c2d-1e0f9a8b7c66", "@type": "dpv:ParentOfDataSubject"})
    );
    assert_eq!(
        given["dpv:hasDuration"],
        json!({"@type": "dpv:UntilTimeDuration", "rdf:value": "2026-12-31T23:59:59Z"})
    );
}

/// DPV 2.3's terms: the `iri` column of every CSV under `../shared/data/consent/dpv/` (the
/// published term lists, the same files `dpv_check.py` reads).
fn dpv_terms() -> HashSet<String> {
    let mut iris = HashSet::new();
    let mut folders = vec![std::path::PathBuf::from(format!(
        "{}/../shared/data/consent/dpv",
        env!("CARGO_MANIFEST_DIR")
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "csv") {
                let text = std::fs::read_to_string(&path).unwrap();
                let mut lines = text.lines();
                let header: Vec<&str> = lines.next().unwrap().split(',').collect();
                let column = header.iter().position(|h| *h == "\"iri\"").unwrap();
                for line in lines {
                    // The first columns are quoted and hold no commas.
                    let iri = line.split("\",\"").nth(column).unwrap().trim_matches('"');
                    iris.insert(iri.to_owned());
                }
            }
        }
    }
    iris
}

const DPV_PREFIXES: [(&str, &str); 8] = [
    ("dpv", "https://w3id.org/dpv#"),
    ("pd", "https://w3id.org/dpv/pd#"),
    ("loc", "https://w3id.org/dpv/loc#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("legal-eu", "https://w3id.org/dpv/legal/eu#"),
    ("legal-be", "https://w3id.org/dpv/legal/be#"),
    (
        "sector-publicservices",
        "https://w3id.org/dpv/sector/publicservices#",
    ),
    ("dpv-27560", "https://w3id.org/dpv/schema/dpv-27560#"),
];

/// Whether a text is a CURIE with a DPV prefix.
fn is_dpv_curie(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(prefix, _)| DPV_PREFIXES.iter().any(|(p, _)| *p == prefix))
}

/// Every CURIE with a DPV prefix in a document (keys, types, values), outside its context.
fn dpv_curies(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) if is_dpv_curie(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| dpv_curies(v, out)),
        Value::Object(map) => {
            for (key, v) in map.iter().filter(|(k, _)| *k != "@context") {
                if is_dpv_curie(key) {
                    out.push(key.clone());
                }
                dpv_curies(v, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_emitted_dpv_term_is_a_dpv_2_3_term() {
    let terms = dpv_terms();
    assert!(terms.len() > 1400, "{}", terms.len());
    let records = [example("A"), example("B"), ConsentRecord::example(), rich()];
    let mut checked = HashSet::new();
    for record in &records {
        let doc = record.to_dpv_jsonld();
        let mut curies = Vec::new();
        dpv_curies(&doc, &mut curies);
        for curie in curies {
            let (prefix, local) = curie.split_once(':').unwrap();
            let namespace = DPV_PREFIXES.iter().find(|(p, _)| *p == prefix).unwrap().1;
            let iri = format!("{namespace}{local}");
            assert!(terms.contains(&iri), "{curie} is not a DPV 2.3 term");
            checked.insert(curie);
        }
        // The profile IRI is written in full.
        let profile = doc["dct:conformsTo"].as_str().unwrap();
        assert!(profile.starts_with("https://w3id.org/dpv/schema/dpv-27560#record"));
    }
    assert!(checked.len() > 80, "{}", checked.len());
}

fn process<'a>(doc: &'a Value, purpose: &str, notice: &str) -> &'a Value {
    doc["dpv:hasProcess"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["dct:identifier"] == purpose && p["dpv:hasNotice"] == notice)
        .unwrap_or_else(|| panic!("no process {purpose} {notice}"))
}

/// The statuses of a process: (event number, types).
fn statuses(process: &Value) -> Vec<(String, Value)> {
    process["dpv:hasConsentStatus"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|s| {
                    let id = s["@id"].as_str().unwrap();
                    (id[id.len() - 2..].to_owned(), s["@type"].clone())
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn dpv_exports_the_whole_lifecycle_of_the_rich_record() {
    let record = rich();
    let doc = record.to_dpv_jsonld();
    assert_eq!(
        doc["dct:conformsTo"],
        "https://w3id.org/dpv/schema/dpv-27560#record-eu-gdpr"
    );
    // Three versions of the app's notice: a node each, tied to the notice; the medical form's
    // only version keeps the notice's identifier.
    let notices = doc["dpv:hasNotice"].as_array().unwrap();
    assert_eq!(notices.len(), 4);
    let app = "urn:uuid:7a1c0000-0000-4000-8000-00000000000a";
    let versions: Vec<(&str, &str)> = notices
        .iter()
        .filter(|n| n["dct:isVersionOf"]["@id"] == app)
        .map(|n| {
            (
                n["@id"].as_str().unwrap(),
                n["dct:hasVersion"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        versions,
        [
            ("_:notice-0", "1"),
            ("_:notice-2", "2"),
            ("_:notice-3", "3")
        ]
    );
    assert_eq!(
        notices[0]["@type"],
        json!(["dpv:ConsentNotice", "dpv:LayeredNotice"])
    );
    assert_eq!(
        notices[1]["@id"],
        "urn:uuid:7a1c0000-0000-4000-8000-00000000000b"
    );
    // A process per purpose of each version: 2 + 1 + 2 + 2.
    assert_eq!(doc["dpv:hasProcess"].as_array().unwrap().len(), 7);

    // The messages: requested and given on version 1, reaffirmed on version 2 and withdrawn
    // (the grant of version 2 ends), requested and given again on version 3 (its processing
    // changed), then invalidated by the authority.
    let v1 = process(&doc, "jeugdapp-meldingen", "_:notice-0");
    assert_eq!(
        statuses(v1),
        [
            ("00".into(), json!(["dpv:ConsentRequested"])),
            (
                "01".into(),
                json!(["dpv:ConsentGiven", "dpv:ExpressedConsent"])
            ),
        ]
    );
    let v2 = process(&doc, "jeugdapp-meldingen", "_:notice-2");
    assert_eq!(
        statuses(v2),
        [
            (
                "06".into(),
                json!(["dpv:RenewedConsentGiven", "dpv:ExpressedConsent"])
            ),
            ("09".into(), json!(["dpv:ConsentWithdrawn"])),
        ]
    );
    let v3 = process(&doc, "jeugdapp-meldingen", "_:notice-3");
    assert_eq!(
        statuses(v3),
        [
            ("0a".into(), json!(["dpv:ConsentRequested"])),
            (
                "0b".into(),
                json!(["dpv:ConsentGiven", "dpv:ExpressedConsent"])
            ),
            ("0d".into(), json!(["dpv:ConsentInvalidated"])),
        ]
    );
    let parent = json!({"@id": "urn:uuid:5a7e0000-0000-4000-8000-0000000000c1", "@type": "dpv:ParentOfDataSubject"});
    assert_eq!(v1["dpv:hasConsentStatus"][1]["dpv:isIndicatedBy"], parent);
    assert_eq!(
        v1["dpv:hasConsentStatus"][0]["dpv:isIndicatedBy"],
        "party:gemeente-voorbeeld"
    );
    assert_eq!(
        v1["dpv:hasConsentStatus"][0]["dpv:hasIndicationMethod"],
        "MobileApp/"
    );
    let invalidated = &v3["dpv:hasConsentStatus"][2];
    assert_eq!(invalidated["dpv:isIndicatedBy"], "party:toezichthouder");
    assert_eq!(
        invalidated["dct:description"],
        "de leeftijdscontrole van de app volstond niet"
    );
    // The purpose's own rights, not the defaults; its necessity; version 3's new recipient
    // category and processing locations.
    assert_eq!(
        v1["dpv:hasRight"],
        json!([
            "eu-gdpr:A7-3",
            "eu-gdpr:A15",
            "eu-gdpr:A16",
            "eu-gdpr:A17",
            "eu-gdpr:A21"
        ])
    );
    assert_eq!(v1["dpv:hasNecessity"], json!({"@id": "dpv:Optional"}));
    assert_eq!(
        v3["dpv:hasRecipient"],
        json!([
            "party:gemeente-voorbeeld",
            "party:jeugdapp-bv",
            "dpv:DataSubProcessor"
        ])
    );
    assert_eq!(
        v3["dpv:hasProcessingCondition"],
        json!([{"@type": "dpv:ProcessingLocation", "dpv:hasLocation": ["loc:BE", "loc:EU"]}])
    );
    assert!(v1.get("dpv:hasProcessingCondition").is_none());

    // Sharing with the sports club: given for six months, expired by the system (no actor to
    // name, no channel).
    let sharing = process(&doc, "delen-met-sportclub", "_:notice-0");
    assert_eq!(
        statuses(sharing).last().unwrap().1,
        json!(["dpv:ConsentExpired"])
    );
    let expired = &sharing["dpv:hasConsentStatus"][2];
    assert!(expired.get("dpv:isIndicatedBy").is_none());
    assert!(expired.get("dpv:hasIndicationMethod").is_none());
    assert_eq!(
        sharing["dpv:hasConsentStatus"][1]["dpv:hasDuration"],
        json!({"@type": "dpv:TemporalDuration", "rdf:value": "P6M"})
    );
    assert_eq!(
        sharing["dpv:hasRight"],
        json!([
            "eu-gdpr:A7-3",
            "eu-gdpr:A15",
            "eu-gdpr:A17",
            "eu-gdpr:A20",
            "eu-gdpr:A77"
        ])
    );
    assert_eq!(
        sharing["dpv:hasPurpose"]["dct:description"],
        "De sportclub stuurt u zijn zomeraanbod voor kinderen."
    );
    // The later versions were never decided on for sharing.
    assert!(
        process(&doc, "delen-met-sportclub", "_:notice-3")
            .get("dpv:hasConsentStatus")
            .is_none()
    );

    // Explicit consent for health data, by electronic signature; revoked by the controller.
    let form = process(
        &doc,
        "medische-fiche",
        "urn:uuid:7a1c0000-0000-4000-8000-00000000000b",
    );
    let signed = &form["dpv:hasConsentStatus"][0];
    assert_eq!(
        signed["@type"],
        json!(["dpv:ConsentGiven", "dpv:ExplicitlyExpressedConsent"])
    );
    assert_eq!(
        signed["dpv:hasIndicationMethod"],
        "CitizenPortal/ElectronicSignature"
    );
    assert_eq!(form["dpv:hasLegalBasis"], "eu-gdpr:A9-2-a");
    assert_eq!(
        form["dpv:hasPurpose"]["skos:broader"],
        json!(["sector-publicservices:PublicServiceProvision"])
    );
    assert_eq!(
        form["dpv:hasRecipient"],
        json!(["party:gemeente-voorbeeld", "dpv:EmergencyServiceProvider"])
    );
    let revoked = &form["dpv:hasConsentStatus"][1];
    assert_eq!(revoked["@type"], json!(["dpv:ConsentRevoked"]));
    assert_eq!(revoked["dpv:isIndicatedBy"], "party:gemeente-voorbeeld");

    // Every decision is there once per purpose; the administrative events are not.
    let text = doc.to_string();
    for seq in ["03", "05", "0c"] {
        assert!(!text.contains(&format!("8000-0000000000{seq}\"")), "{seq}");
    }
    let decisions = record
        .events()
        .iter()
        .filter(|e| e.kind.is_decision())
        .count();
    let exported: usize = doc["dpv:hasProcess"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| statuses(p).len())
        .sum();
    assert_eq!((decisions, exported), (11, 12)); // the first request is about two purposes
}

#[test]
fn dpv_without_the_gdpr_has_the_plain_profile_and_no_default_rights() {
    let record = ConsentRecord::example();
    let mut header = record.header().clone();
    header.applicable_law = vec!["legal-eu:law-DGA".to_owned(), "be-archiefwet".to_owned()];
    let plain =
        ConsentRecord::new(header, record.parties().to_vec(), record.notices().to_vec()).unwrap();
    let doc = plain.to_dpv_jsonld();
    assert_eq!(
        doc["dct:conformsTo"],
        "https://w3id.org/dpv/schema/dpv-27560#record"
    );
    assert_eq!(
        doc["dpv:hasApplicableLaw"],
        json!(["legal-eu:law-DGA", {"@type": "dpv:Law", "dct:identifier": "be-archiefwet"}])
    );
    for process in doc["dpv:hasProcess"].as_array().unwrap() {
        assert!(process.get("dpv:hasRight").is_none());
        assert!(process.get("dpv:hasConsentStatus").is_none());
    }
}

const RECEIPT: &str = "c1befd3e-b7e5-4ea6-8688-e9a565aade21";

fn services(receipt: &Value) -> Vec<&str> {
    receipt["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["service"].as_str().unwrap())
        .collect()
}

#[test]
fn kantara_a_in_march_has_the_newsletter_and_not_the_refused_purpose() {
    let receipt = example("A")
        .to_kantara(&at("2026-03-01T00:00:00Z"), RECEIPT)
        .unwrap();
    assert_eq!(services(&receipt), ["Nieuwsbrief over wegenwerken"]);
    assert!(!receipt.to_string().contains("Toerisme"));
    assert_eq!(receipt["version"], "KI-CR-v1.1.0");
    assert_eq!(receipt["consentReceiptID"], RECEIPT);
    assert_eq!(receipt["jurisdiction"], "BE");
    assert_eq!(receipt["consentTimestamp"], 1_770_714_941); // 2026-02-10T09:15:41Z
    assert_eq!(
        receipt["collectionMethod"],
        "web form: box ticked and submitted, by the data subject"
    );
    assert_eq!(receipt["language"], "nl");
    assert_eq!(
        receipt["piiPrincipalId"],
        "urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77"
    );
    assert_eq!(
        receipt["policyUrl"],
        "https://voorbeeld.invalid/privacy/nieuwsbrief/v3"
    );
    assert_eq!(
        receipt["piiControllers"],
        json!([{
            "piiController": "Gemeente Voorbeeld",
            "contact": "privacy@voorbeeld.invalid, https://voorbeeld.invalid/privacy",
            "address": {
                "streetAddress": "Marktplein 1",
                "postalCode": "9999",
                "addressLocality": "Voorbeeld",
                "addressCountry": "BE"
            },
            "email": "privacy@voorbeeld.invalid",
            "phone": "N/A",
            "piiControllerUrl": "https://voorbeeld.invalid/privacy"
        }])
    );
    assert_eq!(
        receipt["services"][0]["purposes"],
        json!([{
            "purpose": "Nieuwsbrief over wegenwerken",
            "purposeCategory": ["https://w3id.org/dpv#CommunicationManagement"],
            "consentType": "EXPRESSED",
            "piiCategory": ["2 - Contact"],
            "termination": "P2Y after consent, until 2028-02-10T09:15:41.007Z; withdraw at any time: https://voorbeeld.invalid/toestemmingen, link-in-every-email, citizen-portal",
            "thirdPartyDisclosure": false
        }])
    );
    assert_eq!(receipt["sensitive"], false);
    assert_eq!(receipt["spiCat"], json!([]));
}

#[test]
fn kantara_a_after_the_withdrawal_has_no_receipt() {
    let record = example("A");
    assert_eq!(
        record.to_kantara(&at("2026-06-02T00:00:00Z"), RECEIPT),
        Err(ConsentError::NothingValid)
    );
    assert_eq!(
        record.to_kantara(&at("2026-03-01T00:00:00Z"), " "),
        Err(ConsentError::Text)
    );
}

#[test]
fn kantara_b_names_the_parent_and_ends_with_the_validity() {
    let record = example("B");
    let receipt = record
        .to_kantara(&at("2026-06-01T00:00:00Z"), RECEIPT)
        .unwrap();
    assert_eq!(receipt["consentTimestamp"], 1_773_592_750); // 2026-03-15T16:39:10Z
    assert_eq!(
        receipt["collectionMethod"],
        "citizen portal: box ticked and submitted, by a parent of the data subject (verified: eID-authentication, eIDAS-high)"
    );
    let purpose = &receipt["services"][0]["purposes"][0];
    assert_eq!(
        purpose["termination"],
        "until 2026-12-31T23:59:59Z; withdraw at any time: https://voorbeeld.invalid/toestemmingen"
    );
    assert_eq!(
        purpose["piiCategory"],
        json!(["https://w3id.org/dpv/pd#Picture"])
    );
    assert_eq!(
        record.to_kantara(&at("2027-01-15T00:00:00Z"), RECEIPT),
        Err(ConsentError::NothingValid)
    );
}

#[test]
fn kantara_rich_lists_sensitive_data_third_parties_and_the_latest_grant() {
    let record = rich();
    let receipt = record
        .to_kantara(&at("2026-03-15T00:00:00Z"), RECEIPT)
        .unwrap();
    assert_eq!(
        services(&receipt),
        [
            "Berichten over activiteiten in de jeugdapp",
            "Naam en e-mailadres delen met Sportclub Voorbeeld vzw",
            "Medische fiche voor de zorg tijdens het speelplein",
        ]
    );
    // The latest grant is the signed medical form.
    assert_eq!(receipt["consentTimestamp"], 1_772_479_800); // 2026-03-02T19:30:00Z
    assert_eq!(
        receipt["policyUrl"],
        "https://voorbeeld.invalid/privacy/medische-fiche/v1"
    );
    assert_eq!(
        receipt["collectionMethod"],
        "citizen portal: electronic signature, by a parent of the data subject (verified: eID-authentication, eIDAS-high)"
    );
    assert_eq!(receipt["sensitive"], true);
    assert_eq!(receipt["spiCat"], json!(["6 - Health"]));
    assert_eq!(receipt["piiControllers"][0]["phone"], "+32 9 000 00 00");
    let purpose = |i: usize| &receipt["services"][i]["purposes"][0];
    assert_eq!(purpose(0)["primaryPurpose"], false);
    assert_eq!(purpose(1)["thirdPartyDisclosure"], true);
    assert_eq!(purpose(1)["thirdPartyName"], "Sportclub Voorbeeld vzw");
    assert_eq!(purpose(1)["purposeCategory"], json!(["6 - Marketing"]));
    assert_eq!(
        purpose(1)["purpose"],
        "De sportclub stuurt u zijn zomeraanbod voor kinderen."
    );
    assert_eq!(purpose(2)["consentType"], "EXPLICIT");
    assert_eq!(purpose(2)["primaryPurpose"], true);
    assert_eq!(purpose(2)["purposeCategory"], json!(["1 - Core Function"]));
    assert_eq!(
        purpose(2)["piiCategory"],
        json!(["1 - Biographical", "6 - Health"])
    );

    // After the reaffirmation on version 2 of the app's notice, that is the latest grant.
    let may = record
        .to_kantara(&at("2026-05-01T00:00:00Z"), RECEIPT)
        .unwrap();
    assert_eq!(may["consentTimestamp"], 1_775_235_600); // 2026-04-03T17:00:00Z
    assert_eq!(
        may["policyUrl"],
        "https://voorbeeld.invalid/privacy/jeugdapp/v2"
    );
    assert!(
        may["services"][0]["purposes"][0]["termination"]
            .as_str()
            .unwrap()
            .ends_with("(consent reaffirmed)")
    );
    // In November only the new grant on version 3 is in force.
    let november = record
        .to_kantara(&at("2026-11-01T00:00:00Z"), RECEIPT)
        .unwrap();
    assert_eq!(services(&november).len(), 1);
    assert_eq!(november["consentTimestamp"], 1_792_497_600); // 2026-10-20T12:00:00Z
    assert_eq!(november["sensitive"], false);
    assert_eq!(
        record.to_kantara(&at("2027-02-01T00:00:00Z"), RECEIPT),
        Err(ConsentError::NothingValid)
    );
}

#[test]
fn kantara_categories_map_where_dpv_is_clear() {
    use bouwstenen::consent::{kantara_pii_category, kantara_purpose_category};
    assert_eq!(
        kantara_purpose_category("dpv:Marketing"),
        Some("6 - Marketing")
    );
    assert_eq!(
        kantara_purpose_category("dpv:ServicePersonalisation"),
        Some("5 - Personalize Experience")
    );
    assert_eq!(kantara_purpose_category("dpv:LegalCompliance"), None);
    assert_eq!(
        kantara_pii_category("pd:MentalHealth"),
        Some("13 - Mental Health")
    );
    assert_eq!(kantara_pii_category("pd:Genetic"), None);
    // Every `pd:` concept under pd:Contact in DPV's taxonomy is a contact, and every concept
    // under pd:Financial financial (read from pd.csv, its `hasbroader` column).
    let text = shared_file("data/consent/dpv/pd/pd.csv");
    let rows: Vec<(String, Vec<String>)> = text
        .lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split("\",\"").collect();
            let term = cells[0].trim_matches('"').to_owned();
            let broader = cells[7]
                .split(';')
                .filter(|b| !b.is_empty())
                .map(|b| b.rsplit('#').next().unwrap().to_owned())
                .collect();
            (term, broader)
        })
        .collect();
    let under = |root: &str, term: &str| {
        let mut todo = vec![term.to_owned()];
        let mut seen = HashSet::new();
        while let Some(t) = todo.pop() {
            if t == root {
                return true;
            }
            if seen.insert(t.clone()) {
                if let Some((_, broader)) = rows.iter().find(|(name, _)| *name == t) {
                    todo.extend(broader.iter().cloned());
                }
            }
        }
        false
    };
    let mut contacts = 0;
    for (term, _) in &rows {
        let curie = format!("pd:{term}");
        if under("Contact", term) {
            assert_eq!(kantara_pii_category(&curie), Some("2 - Contact"), "{curie}");
            contacts += 1;
        } else if under("Financial", term) {
            assert_eq!(
                kantara_pii_category(&curie),
                Some("7 - Financial"),
                "{curie}"
            );
        } else if kantara_pii_category(&curie) == Some("2 - Contact") {
            panic!("{curie} is not under pd:Contact");
        }
    }
    assert_eq!(contacts, 13);
}

fn toestemmingen(doc: &Value) -> &Vec<Value> {
    doc["@graph"].as_array().unwrap()
}

#[test]
fn oslo_a_turns_inactive_with_the_withdrawal() {
    let record = example("A");
    assert!(toestemmingen(&record.to_oslo_toestemming(&at("2026-02-01T00:00:00Z"))).is_empty());
    let march = record.to_oslo_toestemming(&at("2026-03-01T00:00:00Z"));
    let june = record.to_oslo_toestemming(&at("2026-06-02T00:00:00Z"));
    for doc in [&march, &june] {
        // Only the newsletter was ever consented to; the refused purpose has no Toestemming.
        assert_eq!(toestemmingen(doc).len(), 1);
        let consent = &toestemmingen(doc)[0];
        assert_eq!(
            consent["@id"],
            "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01#nieuwsbrief-wegenwerken"
        );
        assert_eq!(consent["@type"], "Toestemming");
        assert_eq!(consent["gegevenOp"], "2026-02-10");
        assert_eq!(
            consent["gegevenVoor"],
            json!({
                "@type": "Verwerkingsactiviteit",
                "toestemmingsvraag": "Nieuwsbrief over wegenwerken",
                "verwerkingsgrond": "eu-gdpr:A6-1-a-non-explicit-consent"
            })
        );
        assert_eq!(
            consent["gerelateerd"],
            json!({"@id": "https://voorbeeld.invalid/privacy/nieuwsbrief/v3", "@type": "Privacyverklaring"})
        );
        assert_eq!(
            consent["status"]["inSchema"],
            "https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus"
        );
    }
    let march = &toestemmingen(&march)[0];
    let june = &toestemmingen(&june)[0];
    assert_eq!(march["status"]["prefLabel"], "actief");
    assert_eq!(march["vervalt"], "2028-02-10"); // P2Y after the grant
    assert_eq!(june["status"]["prefLabel"], "inactief");
    assert_eq!(june["vervalt"], "2026-06-01"); // the withdrawal
}

#[test]
fn oslo_b_has_the_parents_consent_until_the_end_of_2026() {
    let record = example("B");
    let june = record.to_oslo_toestemming(&at("2026-06-01T00:00:00Z"));
    let consent = &toestemmingen(&june)[0];
    assert_eq!(consent["status"]["prefLabel"], "actief");
    assert_eq!(consent["gegevenOp"], "2026-03-15");
    assert_eq!(consent["vervalt"], "2026-12-31");
    let later = record.to_oslo_toestemming(&at("2027-01-15T00:00:00Z"));
    let consent = &toestemmingen(&later)[0];
    assert_eq!(consent["status"]["prefLabel"], "inactief");
    assert_eq!(consent["vervalt"], "2026-12-31");
}

#[test]
fn oslo_rich_shows_each_end() {
    let record = rich();
    let doc = record.to_oslo_toestemming(&at("2026-08-15T00:00:00Z"));
    let by_id = |purpose: &str| {
        toestemmingen(&doc)
            .iter()
            .find(|t| t["@id"].as_str().unwrap().ends_with(purpose))
            .unwrap()
            .clone()
    };
    let messages = by_id("#jeugdapp-meldingen");
    assert_eq!(messages["status"]["prefLabel"], "actief");
    assert_eq!(messages["gegevenOp"], "2026-04-03"); // the reaffirmation
    assert_eq!(messages["vervalt"], "2027-04-03");
    assert_eq!(
        messages["gerelateerd"]["@id"],
        "https://voorbeeld.invalid/privacy/jeugdapp/v2"
    );
    let sharing = by_id("#delen-met-sportclub");
    assert_eq!(sharing["status"]["prefLabel"], "inactief");
    assert_eq!(sharing["vervalt"], "2026-08-01"); // expired
    let form = by_id("#medische-fiche");
    assert_eq!(form["status"]["prefLabel"], "inactief");
    assert_eq!(form["vervalt"], "2026-07-15"); // revoked
    assert_eq!(form["gegevenVoor"]["verwerkingsgrond"], "eu-gdpr:A9-2-a");
}

/// The classes and properties the summary of OSLO-Toestemming documents, as CURIEs with the
/// prefixes it uses (`toestemming:`, `dcterms:`, `schema:`, `skos:`).
fn oslo_summary_terms() -> HashSet<String> {
    let text = shared_file("data/consent/oslo/oslo-toestemming-summary.md");
    let mut terms = HashSet::new();
    for prefix in ["toestemming:", "dcterms:", "schema:", "skos:"] {
        for (i, _) in text.match_indices(prefix) {
            let boundary = i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric();
            let local: String = text[i + prefix.len()..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if boundary && !local.is_empty() {
                terms.insert(format!("{prefix}{local}"));
            }
        }
    }
    for (class, _) in [
        ("Toestemming", 0),
        ("Verwerkingsactiviteit", 0),
        ("Privacyverklaring", 0),
    ] {
        // The classes table lists them without prefix, in a `toestemming:` column.
        assert!(text.contains(&format!("| `{class}` |")), "{class}");
        terms.insert(format!("toestemming:{class}"));
    }
    terms
}

/// The CURIE a term of the export's context stands for.
fn resolve(context: &Value, term: &str) -> String {
    match &context[term] {
        Value::String(curie) => curie.clone(),
        Value::Object(definition) => definition["@id"].as_str().unwrap().to_owned(),
        _ => panic!("{term} is not in the context"),
    }
}

/// The classes and properties of an OSLO export, as CURIEs.
fn oslo_terms(context: &Value, node: &Value, out: &mut HashSet<String>) {
    match node {
        Value::Array(items) => items.iter().for_each(|v| oslo_terms(context, v, out)),
        Value::Object(map) => {
            for (key, value) in map {
                match key.as_str() {
                    "@context" | "@graph" | "@id" => {}
                    "@type" => {
                        out.insert(resolve(context, value.as_str().unwrap()));
                    }
                    _ => {
                        out.insert(resolve(context, key));
                    }
                }
                oslo_terms(context, value, out);
            }
        }
        _ => {}
    }
}

#[test]
fn oslo_classes_and_properties_are_those_of_the_summary() {
    let documented = oslo_summary_terms();
    for term in [
        "toestemming:gegevenVoor",
        "toestemming:gegevenOp",
        "toestemming:status",
        "schema:expires",
        "dcterms:relation",
    ] {
        assert!(documented.contains(term), "{term} {documented:?}");
    }
    // The status concept's scheme and label: SKOS, outside the vocabulary (its code list's
    // concepts are not in the sources).
    let skos = ["skos:inScheme", "skos:prefLabel"];
    let mut emitted = HashSet::new();
    for (name, record) in consent_export::records().unwrap() {
        for instant in consent_export::instants(name) {
            let doc = record.to_oslo_toestemming(&at(instant));
            let context = &doc["@context"];
            // The prefixes are the namespaces of the vocabulary and of its reused terms.
            assert_eq!(
                context["toestemming"],
                "https://data.vlaanderen.be/ns/toestemming#"
            );
            assert_eq!(context["dcterms"], "http://purl.org/dc/terms/");
            oslo_terms(context, &doc["@graph"], &mut emitted);
        }
    }
    assert!(emitted.len() >= 10, "{emitted:?}");
    for term in &emitted {
        assert!(
            documented.contains(term) || skos.contains(&term.as_str()),
            "{term} is not documented"
        );
    }
}
