//! Reading JSON-LD back: the minutes (*notulen*) of a built session read back to the same
//! session (JSON → typed → JSON-LD → typed), for the fixture, the example and generated
//! sessions; the reader accepts only the crate's shape, with one negative test per code.

use bouwstenen::decision::{
    DocumentKind, MandatarisSoort, RenderOptions, Violations, Zitting, context,
};
use proptest::prelude::*;
use serde_json::{Value, json};

use super::build::{config, session_json, session_spec};
use super::model::{build, fixture};

fn minutes(zitting: &Zitting) -> Value {
    zitting
        .to_jsonld(DocumentKind::Notulen, &RenderOptions::default())
        .unwrap()
}

fn read(doc: &Value) -> Result<Zitting, Violations> {
    Zitting::from_jsonld(doc)
}

/// The position in `@graph` of the first node whose `@type` starts with `class`.
fn node(doc: &Value, class: &str) -> usize {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["@type"][0] == class)
        .unwrap_or_else(|| panic!("no {class} node"))
}

fn nodes(doc: &Value, class: &str) -> Vec<usize> {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, n)| n["@type"][0] == class)
        .map(|(i, _)| i)
        .collect()
}

/// The codes and paths of a document's violations.
fn violations(doc: &Value) -> Vec<(&'static str, String)> {
    let violations = read(doc).expect_err("the document must not read");
    violations
        .iter()
        .map(|v| (v.code(), v.path().to_owned()))
        .collect()
}

#[test]
fn the_fixture_reads_back_from_its_minutes() {
    let zitting = build(fixture()).unwrap();
    for options in [
        RenderOptions::default(),
        RenderOptions::default().emit_prov_generated(true),
    ] {
        let doc = zitting.to_jsonld(DocumentKind::Notulen, &options).unwrap();
        let back = read(&doc).unwrap_or_else(|v| panic!("{v}"));
        // The whole session, with the treatment each extract is about.
        assert_eq!(back, zitting);
        assert_ne!(
            zitting.documenten().uittreksels[0].behandeling,
            zitting.behandelingen()[0].id.clone().unwrap(),
            "the fixture's extract is about another treatment than the first"
        );
        // The minutes written from what was read are the same document.
        assert_eq!(
            back.to_jsonld(DocumentKind::Notulen, &options).unwrap(),
            doc
        );
    }
}

#[test]
fn the_example_reads_back_exactly() {
    let zitting = Zitting::example();
    assert_eq!(read(&minutes(&zitting)).unwrap(), zitting);
}

#[test]
fn build_gives_the_canonical_form_that_reads_back() {
    let mut json = fixture();
    // Defaults given explicitly, and the values the minutes derive.
    let decision = "/behandelingen/1/besluiten/0";
    json.pointer_mut(&format!("{decision}/artikels/0"))
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("titel".into(), "Artikel 1".into());
    json.pointer_mut(decision)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("taal".into(), "nl".into());
    json.pointer_mut(&format!("{decision}/rechtsgronden/0"))
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("taal".into(), "nl".into());
    let vote = json.pointer_mut("/behandelingen/0/stemmingen/0").unwrap();
    vote["aantalVoorstanders"] = 4.into();
    let mut voters = vote["voorstanders"].as_array().unwrap().clone();
    voters.extend(vote["tegenstanders"].as_array().unwrap().clone());
    vote["stemmers"] = voters.into();
    json["start"] = "2025-01-13T19:34:00.250+01:00".into();
    // A secretary of the kind mandataris who is never present.
    json["mandatarissen"][5]
        .as_object_mut()
        .unwrap()
        .remove("soort");

    let zitting = build(json).unwrap();
    let decision = &zitting.behandelingen()[1].besluiten[0];
    assert_eq!(decision.artikels[0].titel, None);
    assert_eq!(decision.artikels[0].titel_of_default(), "Artikel 1");
    assert_eq!(decision.taal, None);
    assert_eq!(decision.rechtsgronden[0].taal, None);
    let vote = &zitting.behandelingen()[0].stemmingen[0];
    assert_eq!(vote.aantal_voorstanders, None);
    assert_eq!(vote.aantal_voorstanders(), 4);
    assert!(vote.stemmers.is_empty());
    assert_eq!(vote.stemmers().len(), 5);
    assert_eq!(
        zitting.start().unwrap().to_rfc3339(),
        "2025-01-13T19:34:00+01:00"
    );
    assert_eq!(
        zitting.secretaris().unwrap().soort,
        MandatarisSoort::Functionaris
    );
    // Built again, the canonical form stays; read back from the minutes, it is the same.
    assert_eq!(
        zitting
            .to_builder()
            .build(&super::model::options())
            .unwrap(),
        zitting
    );
    assert_eq!(read(&minutes(&zitting)).unwrap(), zitting);
}

#[test]
fn voters_in_another_order_are_kept() {
    let mut json = fixture();
    let vote = json.pointer_mut("/behandelingen/0/stemmingen/0").unwrap();
    let mut voters = vote["voorstanders"].as_array().unwrap().clone();
    voters.insert(0, vote["tegenstanders"][0].clone());
    vote["stemmers"] = voters.into();
    let zitting = build(json).unwrap();
    assert_eq!(zitting.behandelingen()[0].stemmingen[0].stemmers.len(), 5);
    assert_eq!(read(&minutes(&zitting)).unwrap(), zitting);
}

#[test]
fn a_member_acting_as_secretary_and_present_stays_a_member() {
    let mut json = fixture();
    // Bart, present everywhere, is the secretary of the first treatment.
    json["behandelingen"][0]["secretaris"] = json["mandatarissen"][1]["id"].clone();
    let zitting = build(json).unwrap();
    let bart = &zitting.mandatarissen()[1];
    assert_eq!(bart.soort, MandatarisSoort::Mandataris);
    let doc = minutes(&zitting);
    let types = &doc["@graph"][node_with_id(&doc, bart.id.as_str())]["@type"];
    assert_eq!(
        types,
        &json!(["mandaat:Mandataris", "leidinggevenden:Functionaris"])
    );
    assert_eq!(read(&doc).unwrap(), zitting);
}

fn node_with_id(doc: &Value, id: &str) -> usize {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["@id"] == id)
        .unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_sessions_read_back_from_their_minutes(spec in session_spec()) {
        let zitting = build(session_json(&spec)).map_err(|v| TestCaseError::fail(v.to_string()))?;
        let doc = minutes(&zitting);
        let back = read(&doc).map_err(|v| TestCaseError::fail(v.to_string()))?;
        prop_assert_eq!(&back, &zitting);
        prop_assert_eq!(minutes(&back), doc);
    }
}

// Negative tests: one per code, and the forms the issue names.

#[test]
fn a_foreign_context_is_rejected() {
    let zitting = Zitting::example();
    let mut doc = minutes(&zitting);
    doc["@context"]["besluit"] = "https://data.vlaanderen.be/ns/besluit#".into();
    assert_eq!(
        violations(&doc),
        [("decision.jsonld.context", "/@context".to_owned())]
    );
    doc["@context"] = "https://data.vlaanderen.be/context/besluit-publicatie.jsonld".into();
    assert_eq!(violations(&doc)[0].0, "decision.jsonld.context");
    assert_eq!(
        violations(&json!([]))[0].0,
        "decision.jsonld.context",
        "not an object"
    );
    assert_eq!(
        violations(&json!({"@graph": []}))[0].0,
        "decision.jsonld.context"
    );
    // The context is the crate's, and the document has nothing else.
    let extra = json!({"@context": context(), "@graph": [], "@id": "https://x.example/"});
    assert_eq!(
        violations(&extra),
        [("decision.jsonld.property", "/@id".to_owned())]
    );
}

#[test]
fn an_unknown_property_is_rejected() {
    let mut doc = minutes(&Zitting::example());
    let z = node(&doc, "besluit:Zitting");
    doc["@graph"][z]["besluit:rijksregisternummer"] = "85073003328".into();
    assert_eq!(
        violations(&doc),
        [(
            "decision.jsonld.property",
            format!("/@graph/{z}/besluit:rijksregisternummer")
        )]
    );
}

#[test]
fn a_literal_where_a_reference_is_required_is_rejected() {
    let mut doc = minutes(&Zitting::example());
    let z = node(&doc, "besluit:Zitting");
    let orgaan = doc["@graph"][z]["besluit:isGehoudenDoor"]["@id"].clone();
    doc["@graph"][z]["besluit:isGehoudenDoor"] = orgaan;
    let found = violations(&doc);
    assert!(
        found.contains(&(
            "decision.jsonld.property",
            format!("/@graph/{z}/besluit:isGehoudenDoor")
        )),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|(code, _)| code.starts_with("decision.jsonld."))
    );
}

#[test]
fn values_of_the_wrong_form_or_number_are_rejected() {
    let doc = minutes(&Zitting::example());
    let v = node(&doc, "besluit:Stemming");
    let b = node(&doc, "besluit:Besluit");
    let z = node(&doc, "besluit:Zitting");
    let cases: Vec<(String, Value)> = vec![
        // An untagged language-tagged string.
        (
            format!("/@graph/{v}/besluit:onderwerp"),
            "Retributiereglement".into(),
        ),
        // Another language than the session's.
        (
            format!("/@graph/{v}/besluit:gevolg"),
            json!({"@value": "Adopté.", "@language": "fr"}),
        ),
        // A single value where the writer writes an array, and the other way round.
        (
            format!("/@graph/{b}/eli:title"),
            "Retributiereglement".into(),
        ),
        (
            format!("/@graph/{z}/prov:startedAtTime"),
            json!(["2025-01-13T19:34:00+01:00"]),
        ),
        // Not the canonical lexical form.
        (
            format!("/@graph/{z}/prov:startedAtTime"),
            "2025-01-13T19:34:00.000+01:00".into(),
        ),
        (format!("/@graph/{v}/besluit:geheim"), "false".into()),
        (
            format!("/@graph/{v}/besluit:aantalVoorstanders"),
            (-1).into(),
        ),
    ];
    for (pointer, value) in cases {
        let mut doc = doc.clone();
        *doc.pointer_mut(&pointer).unwrap() = value;
        assert_eq!(
            violations(&doc),
            [("decision.jsonld.property", pointer.clone())],
            "{pointer}"
        );
    }
    // A required property left out.
    let mut missing = doc.clone();
    missing["@graph"][b]
        .as_object_mut()
        .unwrap()
        .remove("prov:value");
    assert_eq!(
        violations(&missing),
        [(
            "decision.jsonld.property",
            format!("/@graph/{b}/prov:value")
        )]
    );
}

#[test]
fn a_dangling_reference_is_rejected() {
    let mut doc = minutes(&Zitting::example());
    let z = node(&doc, "besluit:Zitting");
    doc["@graph"][z]["besluit:heeftVoorzitter"] =
        json!({"@id": "http://data.lblod.info/id/mandatarissen/unknown"});
    assert_eq!(
        violations(&doc),
        [(
            "decision.jsonld.node",
            format!("/@graph/{z}/besluit:heeftVoorzitter")
        )]
    );
}

#[test]
fn nodes_of_unknown_or_wrong_types_and_unused_nodes_are_rejected() {
    let doc = minutes(&Zitting::example());
    let z = node(&doc, "besluit:Zitting");
    let b = node(&doc, "besluit:Besluit");

    let mut foaf = doc.clone();
    foaf["@graph"][b]["@type"] = json!(["besluit:Besluit", "foaf:Document"]);
    assert_eq!(
        violations(&foaf),
        [("decision.jsonld.node", format!("/@graph/{b}/@type"))]
    );

    // A reference to a node of the wrong kind: the chair is the session's location.
    let mut wrong = doc.clone();
    let location = wrong["@graph"][z]["prov:atLocation"].clone();
    wrong["@graph"][z]["besluit:heeftVoorzitter"] = location.clone();
    let l = node_with_id(&doc, location["@id"].as_str().unwrap());
    assert!(violations(&wrong).contains(&("decision.jsonld.node", format!("/@graph/{l}/@type"))));

    // A node the session does not use.
    let mut extra = doc.clone();
    extra["@graph"]
        .as_array_mut()
        .unwrap()
        .push(json!({"@id": "http://publications.europa.eu/resource/authority/language/FRA", "@type": ["skos:Concept"]}));
    let last = extra["@graph"].as_array().unwrap().len() - 1;
    assert_eq!(
        violations(&extra),
        [("decision.jsonld.node", format!("/@graph/{last}"))]
    );

    // Two nodes with one IRI; a node without an IRI; a blank node.
    let mut twice = doc.clone();
    let copy = twice["@graph"][b].clone();
    twice["@graph"].as_array_mut().unwrap().push(copy);
    assert_eq!(violations(&twice)[0].0, "decision.jsonld.node");
    let mut blank = doc.clone();
    blank["@graph"][b]["@id"] = "_:b0".into();
    assert_eq!(
        violations(&blank),
        [("decision.jsonld.node", format!("/@graph/{b}/@id"))]
    );

    // A secretary written without the Functionaris type.
    let mut secretary = doc.clone();
    let s = node(&doc, "mandaat:Mandataris");
    let carine = nodes(&doc, "mandaat:Mandataris")
        .into_iter()
        .find(|&i| doc["@graph"][i]["@type"].as_array().unwrap().len() == 2)
        .unwrap();
    assert_ne!(s, carine);
    secretary["@graph"][carine]["@type"] = json!(["mandaat:Mandataris"]);
    assert_eq!(
        violations(&secretary),
        [("decision.jsonld.node", format!("/@graph/{carine}/@type"))]
    );
}

#[test]
fn a_decision_generated_by_two_treatments_is_rejected() {
    let zitting = build(fixture()).unwrap();
    let doc = minutes(&zitting);
    let treatments = nodes(&doc, "besluit:BehandelingVanAgendapunt");
    let b = node(&doc, "besluit:Besluit");
    let by = |t: usize| json!({"@id": doc["@graph"][t]["@id"]});

    let mut two = doc.clone();
    two["@graph"][b]["prov:wasGeneratedBy"] = json!([by(treatments[0]), by(treatments[1])]);
    assert_eq!(
        violations(&two),
        [(
            "decision.besluit.generated_by",
            format!("/@graph/{b}/prov:wasGeneratedBy")
        )]
    );

    let mut none = doc.clone();
    none["@graph"][b]
        .as_object_mut()
        .unwrap()
        .remove("prov:wasGeneratedBy");
    assert_eq!(
        violations(&none),
        [(
            "decision.besluit.generated_by",
            format!("/@graph/{b}/prov:wasGeneratedBy")
        )]
    );

    // prov:generated of another treatment contradicts prov:wasGeneratedBy.
    let mut contradicted = doc.clone();
    let t = treatments[1];
    contradicted["@graph"][t]["prov:generated"] = json!([{"@id": doc["@graph"][b]["@id"]}]);
    assert_eq!(
        violations(&contradicted),
        [(
            "decision.besluit.generated_by",
            format!("/@graph/{t}/prov:generated")
        )]
    );
}

#[test]
fn the_order_chains_must_follow_the_document() {
    let zitting = build(fixture()).unwrap();
    let doc = minutes(&zitting);
    let items = nodes(&doc, "besluit:Agendapunt");
    let mut swapped = doc.clone();
    swapped["@graph"][items[2]]["besluit:aangebrachtNa"] =
        json!({"@id": doc["@graph"][items[0]]["@id"]});
    assert_eq!(
        violations(&swapped),
        [(
            "decision.jsonld.property",
            format!("/@graph/{}/besluit:aangebrachtNa", items[2])
        )]
    );
}

#[test]
fn an_unknown_concept_is_rejected() {
    let mut doc = minutes(&Zitting::example());
    let b = node(&doc, "besluit:Besluit");
    let language = doc["@graph"][b]["eli:language"]["@id"].clone();
    let l = node_with_id(&doc, language.as_str().unwrap());
    let other = "http://publications.europa.eu/resource/authority/language/ITA";
    doc["@graph"][l]["@id"] = other.into();
    for i in 0..doc["@graph"].as_array().unwrap().len() {
        if doc["@graph"][i]["eli:language"]["@id"] == language {
            doc["@graph"][i]["eli:language"]["@id"] = other.into();
        }
    }
    let found = violations(&doc);
    assert!(
        found.contains(&("decision.code.unknown", format!("/@graph/{b}/eli:language"))),
        "{found:?}"
    );
}

#[test]
fn the_session_rules_still_hold() {
    // A vote whose counts contradict its names: the builder's own code.
    let mut doc = minutes(&Zitting::example());
    let v = node(&doc, "besluit:Stemming");
    doc["@graph"][v]["besluit:aantalVoorstanders"] = 3.into();
    let violations = read(&doc).unwrap_err();
    assert_eq!(violations.codes(), ["decision.stemming.count_mismatch"]);
}
