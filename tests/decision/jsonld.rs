//! JSON-LD of decision records: the fixture session's documents have the expected nodes, types
//! and references, the exact http/https namespaces, no blank nodes, and only the documented
//! language-tagged properties.

use std::collections::HashMap;

use bouwstenen::decision::{BuildOptions, DecisionError, DocumentKind, RenderOptions, context};
use serde_json::{Value, json};

use super::model::{build, fixture};

fn document(kind: DocumentKind) -> Value {
    let zitting = build(fixture()).unwrap();
    zitting.to_jsonld(kind, &RenderOptions::default()).unwrap()
}

fn graph(doc: &Value) -> &Vec<Value> {
    doc["@graph"].as_array().unwrap()
}

/// Nodes by `@id`.
fn nodes(doc: &Value) -> HashMap<&str, &Value> {
    graph(doc)
        .iter()
        .map(|n| (n["@id"].as_str().unwrap(), n))
        .collect()
}

fn types(node: &Value) -> Vec<&str> {
    node["@type"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect()
}

fn with_type<'a>(doc: &'a Value, class: &str) -> Vec<&'a Value> {
    graph(doc)
        .iter()
        .filter(|n| types(n).contains(&class))
        .collect()
}

const BASE: &str = "https://data.voorbeeldgem.be/id/";

#[test]
fn context_has_the_exact_namespaces() {
    let c = context();
    let expected = [
        ("besluit", "http://data.vlaanderen.be/ns/besluit#"),
        ("mandaat", "http://data.vlaanderen.be/ns/mandaat#"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("org", "http://www.w3.org/ns/org#"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("person", "http://www.w3.org/ns/person#"),
        ("persoon", "http://data.vlaanderen.be/ns/persoon#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        (
            "leidinggevenden",
            "http://data.lblod.info/vocabularies/leidinggevenden/",
        ),
    ];
    for (prefix, namespace) in expected {
        assert_eq!(c[prefix], namespace, "{prefix}");
    }
    assert!(c.get("@vocab").is_none());
    assert!(c.get("@version").is_none());
    assert_eq!(c["prov:startedAtTime"]["@type"], "xsd:dateTime");
    assert_eq!(c["eli:first_date_entry_in_force"]["@type"], "xsd:date");
    for (key, value) in c.as_object().unwrap() {
        if let Some(term) = value.as_object() {
            assert_eq!(term["@id"], key.as_str());
        }
    }
}

#[test]
fn notulen_has_the_expected_nodes() {
    let doc = document(DocumentKind::Notulen);
    assert_eq!(doc["@context"], context());
    let g = graph(&doc);
    let zitting = &g[0];
    assert_eq!(zitting["@id"], format!("{BASE}zittingen/2025-01-13-gr"));
    assert_eq!(types(zitting), ["besluit:Zitting"]);
    assert_eq!(
        zitting["besluit:isGehoudenDoor"],
        json!({"@id": "http://data.lblod.info/id/bestuursorganen/7c5d2b1e-3f4a-4e8b-9a61-voorbeeldgem-gr-2025"})
    );
    assert_eq!(zitting["besluit:behandelt"].as_array().unwrap().len(), 3);
    assert_eq!(
        zitting["besluit:heeftAanwezigeBijStart"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    assert_eq!(
        zitting["besluit:geplandeStart"],
        "2025-01-13T19:30:00+01:00"
    );
    // The own document second, typed with its kind; the siblings untyped by kind.
    assert_eq!(
        types(&g[1]),
        [
            "foaf:Document",
            "https://data.vlaanderen.be/id/concept/BesluitDocumentType/8e791b27-7600-4577-b24e-c7c29e0eb773"
        ]
    );
    assert_eq!(zitting["besluit:heeftNotulen"]["@id"], g[1]["@id"]);
    assert_eq!(
        zitting["besluit:heeftBesluitenlijst"]["@id"],
        format!("{BASE}besluitenlijsten/2025-01-13-gr")
    );
    assert_eq!(
        zitting["besluit:heeftUittreksel"].as_array().unwrap().len(),
        1
    );

    let counts = [
        ("besluit:Agendapunt", 3),
        ("besluit:BehandelingVanAgendapunt", 3),
        ("besluit:Stemming", 4),
        ("besluit:Besluit", 4),
        ("eli:LegalResource", 4),
        ("besluit:Artikel", 6),
        ("eli:LegalResourceSubdivision", 6),
        ("mandaat:Mandataris", 6),
        ("leidinggevenden:Functionaris", 1),
        ("person:Person", 6),
        ("mandaat:Mandaat", 3),
        ("besluit:Bestuursorgaan", 2),
        ("besluit:Bestuurseenheid", 1),
        ("prov:Location", 2),
        ("eli:ResourceType", 4),
    ];
    for (class, n) in counts {
        assert_eq!(with_type(&doc, class).len(), n, "{class}");
    }
    // Legal bases: expressions, not resources; shared by two decisions, described once.
    let bases: Vec<_> = with_type(&doc, "eli:LegalExpression")
        .into_iter()
        .filter(|n| types(n) == ["eli:LegalExpression"])
        .collect();
    assert_eq!(bases.len(), 2);

    let by_id = nodes(&doc);
    // The secretary: Mandataris first, then Functionaris.
    let secretary = by_id[zitting["besluit:heeftSecretaris"]["@id"].as_str().unwrap()];
    assert_eq!(
        types(secretary),
        ["mandaat:Mandataris", "leidinggevenden:Functionaris"]
    );
    // Bestuursorgaan: both classifications, the same concept.
    let orgaan = by_id[zitting["besluit:isGehoudenDoor"]["@id"].as_str().unwrap()];
    assert_eq!(
        orgaan["org:classification"],
        orgaan["besluit:classificatie"]
    );
    assert!(orgaan["mandaat:isTijdspecialisatieVan"]["@id"].is_string());
    let concept = by_id[orgaan["org:classification"]["@id"].as_str().unwrap()];
    assert_eq!(types(concept), ["skos:Concept"]);

    // A decision: three types, primary first; langString motivation; realises its resource.
    let besluit = with_type(&doc, "besluit:Besluit")[0];
    let t = types(besluit);
    assert_eq!(&t[..2], ["besluit:Besluit", "eli:LegalExpression"]);
    assert!(t[2].starts_with("https://data.vlaanderen.be/id/concept/BesluitType/"));
    assert_eq!(besluit["besluit:motivering"]["@language"], "nl");
    assert!(besluit["prov:value"].is_string());
    assert!(besluit.get("prov:generated").is_none());
    let resource = by_id[besluit["eli:realizes"]["@id"].as_str().unwrap()];
    assert_eq!(resource["eli:first_date_entry_in_force"], "2025-02-01");
    assert_eq!(resource["eli:type_document"][0]["@id"], t[2]);
    assert_eq!(
        resource["eli:has_part"].as_array().unwrap().len(),
        besluit["eli:has_part"].as_array().unwrap().len()
    );
    let treatment = by_id[besluit["prov:wasGeneratedBy"]["@id"].as_str().unwrap()];
    assert_eq!(types(treatment), ["besluit:BehandelingVanAgendapunt"]);

    // Secret vote: counts, voters, no names; open vote in the minutes: names.
    for vote in with_type(&doc, "besluit:Stemming") {
        assert_eq!(vote["besluit:onderwerp"]["@language"], "nl");
        assert!(vote["besluit:aantalVoorstanders"].is_u64());
        assert!(!vote["besluit:heeftStemmer"].as_array().unwrap().is_empty());
        let named = vote.get("besluit:heeftVoorstander").is_some();
        assert_eq!(named, vote["besluit:geheim"] == false);
    }
}

#[test]
fn references_are_ids_and_there_are_no_blank_nodes() {
    let context = context();
    for kind in [
        DocumentKind::Agenda,
        DocumentKind::Besluitenlijst,
        DocumentKind::Notulen,
    ] {
        let doc = document(kind);
        let ids = nodes(&doc);
        for node in graph(&doc) {
            let id = node["@id"].as_str().unwrap();
            assert!(
                id.starts_with("http://") || id.starts_with("https://"),
                "{id}"
            );
            for (key, value) in node.as_object().unwrap() {
                if key.starts_with('@') {
                    continue;
                }
                let (prefix, _) = key.split_once(':').unwrap();
                assert!(context.get(prefix).is_some(), "{key}");
                let is_reference = context[key.as_str()]["@type"] == "@id";
                let values = match value {
                    Value::Array(values) => values.clone(),
                    other => vec![other.clone()],
                };
                for v in values {
                    if is_reference {
                        let target = v["@id"].as_str().unwrap_or_else(|| panic!("{key}: {v}"));
                        assert!(!target.starts_with("_:"), "{key}");
                        // Every reference names a node of the document (closed-world shapes).
                        assert!(ids.contains_key(target), "{kind}: {key} -> {target}");
                    } else if let Some(object) = v.as_object() {
                        assert!(object.contains_key("@language"), "{key}: {v}");
                        assert!(
                            ["besluit:motivering", "besluit:onderwerp", "besluit:gevolg"]
                                .contains(&key.as_str())
                        );
                    }
                }
            }
        }
        let text = doc.to_string();
        assert!(!text.contains("_:"));
        assert!(!text.contains("https://data.vlaanderen.be/ns/besluit#"));
        assert!(!text.contains("https://data.vlaanderen.be/ns/mandaat#"));
    }
}

#[test]
fn agenda_has_planned_data_only() {
    let doc = document(DocumentKind::Agenda);
    let zitting = &graph(&doc)[0];
    for absent in [
        "prov:startedAtTime",
        "prov:endedAtTime",
        "besluit:heeftVoorzitter",
        "besluit:heeftSecretaris",
        "besluit:heeftAanwezigeBijStart",
        "besluit:heeftNotulen",
    ] {
        assert!(zitting.get(absent).is_none(), "{absent}");
    }
    assert!(zitting["besluit:heeftAgenda"]["@id"].is_string());
    assert!(with_type(&doc, "besluit:BehandelingVanAgendapunt").is_empty());
    assert!(with_type(&doc, "mandaat:Mandataris").is_empty());
    let items = with_type(&doc, "besluit:Agendapunt");
    assert_eq!(items.len(), 3);
    assert!(items[0].get("besluit:aangebrachtNa").is_none());
    assert_eq!(items[1]["besluit:aangebrachtNa"]["@id"], items[0]["@id"]);
    assert_eq!(items[1]["dct:references"][0]["@id"], items[0]["@id"]);
}

#[test]
fn besluitenlijst_has_counts_but_no_names() {
    let doc = document(DocumentKind::Besluitenlijst);
    for vote in with_type(&doc, "besluit:Stemming") {
        assert!(vote.get("besluit:heeftVoorstander").is_none());
        assert!(vote.get("besluit:aantalTegenstanders").is_some());
    }
}

#[test]
fn prov_generated_is_an_option() {
    let zitting = build(fixture()).unwrap();
    let doc = zitting
        .to_jsonld(
            DocumentKind::Notulen,
            &RenderOptions::default().emit_prov_generated(true),
        )
        .unwrap();
    let treatments = with_type(&doc, "besluit:BehandelingVanAgendapunt");
    assert_eq!(treatments[1]["prov:generated"].as_array().unwrap().len(), 2);
}

#[test]
fn unsupported_and_incomplete_documents_are_errors() {
    let zitting = build(fixture()).unwrap();
    // The fixture has one extract: no second one to render.
    assert_eq!(
        zitting.to_jsonld(
            DocumentKind::Uittreksel,
            &RenderOptions::default().uittreksel(1)
        ),
        Err(DecisionError::Required)
    );
    // A session built for its agenda only has no outcome to publish.
    let mut json = fixture();
    let object = json.as_object_mut().unwrap();
    for key in [
        "start",
        "einde",
        "voorzitter",
        "secretaris",
        "aanwezigenBijStart",
        "behandelingen",
    ] {
        object.remove(key);
    }
    object["documenten"] = json!({"agenda": {"publicatiedatum": "2025-01-03"}});
    let builder: bouwstenen::decision::SessionBuilder = serde_json::from_value(json).unwrap();
    let options = BuildOptions::default()
        .with_base(BASE.parse().unwrap())
        .unwrap()
        .for_document(DocumentKind::Agenda);
    let agenda = builder.build(&options).unwrap();
    assert!(
        agenda
            .to_jsonld(DocumentKind::Agenda, &RenderOptions::default())
            .is_ok()
    );
    assert_eq!(
        agenda.to_jsonld(DocumentKind::Besluitenlijst, &RenderOptions::default()),
        Err(DecisionError::Required)
    );
}

/// All the `@id`s a node refers to.
fn references(node: &Value) -> Vec<&str> {
    node.as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !k.starts_with('@'))
        .flat_map(|(_, v)| match v {
            Value::Array(values) => values.iter().collect(),
            v => vec![v],
        })
        .filter_map(|v| v.get("@id").and_then(Value::as_str))
        .collect()
}

#[test]
fn uittreksel_is_the_minutes_restricted_to_one_treatment() {
    let zitting = build(fixture()).unwrap();
    let extract = &zitting.documenten().uittreksels[0];
    let treatment = extract.behandeling.as_str();
    let doc = document(DocumentKind::Uittreksel);
    let notulen = document(DocumentKind::Notulen);
    let all = nodes(&notulen);
    let own = nodes(&doc);

    // The session: its outcome, one agenda item, its own document only.
    let session = &graph(&doc)[0];
    assert_eq!(types(session), ["besluit:Zitting"]);
    let extract_id = extract.id.as_ref().unwrap().as_str();
    assert_eq!(
        session["besluit:heeftUittreksel"],
        json!([{ "@id": extract_id }])
    );
    for other in [
        "besluit:heeftAgenda",
        "besluit:heeftBesluitenlijst",
        "besluit:heeftNotulen",
    ] {
        assert!(session.get(other).is_none(), "{other}");
    }
    assert!(session.get("prov:startedAtTime").is_some());
    assert_eq!(
        types(own[extract_id]),
        [
            "foaf:Document",
            "https://data.vlaanderen.be/id/concept/BesluitDocumentType/9d5bfaca-bbf2-49dd-a830-769f91a6377b"
        ]
    );
    assert_eq!(own[extract_id]["eli:date_publication"], "2025-01-20");
    assert_eq!(with_type(&doc, "foaf:Document").len(), 1);

    // One treatment, its agenda item, its votes and decisions.
    let treatments = with_type(&doc, "besluit:BehandelingVanAgendapunt");
    assert_eq!(treatments.len(), 1);
    assert_eq!(treatments[0]["@id"], treatment);
    assert!(treatments[0].get("besluit:gebeurtNa").is_none());
    let items = with_type(&doc, "besluit:Agendapunt");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["@id"], treatments[0]["dct:subject"]["@id"]);
    assert_eq!(
        session["besluit:behandelt"],
        json!([{"@id": items[0]["@id"]}])
    );
    let decisions = with_type(&doc, "besluit:Besluit");
    let generated = |d: &Value| d["prov:wasGeneratedBy"]["@id"] == treatment;
    assert!(!decisions.is_empty() && decisions.iter().all(|d| generated(d)));
    assert_eq!(
        decisions.len(),
        with_type(&notulen, "besluit:Besluit")
            .iter()
            .filter(|d| generated(d))
            .count()
    );
    let votes = with_type(&doc, "besluit:Stemming");
    assert_eq!(
        votes.len(),
        treatments[0]["besluit:heeftStemming"]
            .as_array()
            .unwrap()
            .len()
    );

    // Every other node is the minutes' node, unchanged; every office holder is referred to.
    let referred: Vec<&str> = graph(&doc).iter().flat_map(references).collect();
    for node in graph(&doc) {
        let id = node["@id"].as_str().unwrap();
        let t = types(node);
        if t[0] == "mandaat:Mandataris" {
            assert!(referred.contains(&id), "{id}");
        }
        if [
            "besluit:Zitting",
            "besluit:Agendapunt",
            "besluit:BehandelingVanAgendapunt",
            "foaf:Document",
        ]
        .contains(&t[0])
        {
            assert!(all.contains_key(id), "{id}");
            continue;
        }
        assert_eq!(Some(&node), all.get(id), "{id}");
    }
    // Each reference resolves within the extract (or is a concept or a cited text in it).
    for id in referred {
        assert!(own.contains_key(id), "dangling reference {id}");
    }
    assert!(graph(&doc).len() < graph(&notulen).len());
}
