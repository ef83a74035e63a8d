//! The typed model of decision records: the fixture session reads, builds, mints the documented
//! IRIs and survives JSON → typed → JSON unchanged; the JSON form rejects unknown keys and
//! invalid identifiers; the schema accepts the fixture.

use bouwstenen::decision::{
    BuildOptions, DecisionError, DocumentKind, Iri, NodeId, SessionBuilder, Stemwijze, Zitting,
};
use bouwstenen::schema::{self, Dialect};
use serde_json::{Value, json};

pub(super) const BASE: &str = "https://data.voorbeeldgem.be/id/";

/// The council session fixture as JSON.
pub(super) fn fixture() -> Value {
    serde_json::from_str(include_str!("../data/decision/gemeenteraad.json")).unwrap()
}

pub(super) fn options() -> BuildOptions {
    BuildOptions::default()
        .with_base(BASE.parse().unwrap())
        .unwrap()
}

/// Reads and builds a session's JSON with the fixture's base IRI.
pub(super) fn build(json: Value) -> Result<Zitting, bouwstenen::decision::Violations> {
    let builder: SessionBuilder = serde_json::from_value(json).unwrap();
    builder.build(&options())
}

fn built() -> Zitting {
    build(fixture()).unwrap_or_else(|v| panic!("the fixture does not build: {v}"))
}

fn minted(collection: &str, key: &str) -> String {
    format!("{BASE}{collection}/{key}")
}

fn id_of(id: &Option<NodeId>) -> &str {
    id.as_ref().map(NodeId::as_str).unwrap_or_default()
}

#[test]
fn the_fixture_builds() {
    let zitting = built();
    assert_eq!(zitting.id().as_str(), minted("zittingen", "2025-01-13-gr"));
    assert_eq!(zitting.agendapunten().len(), 3);
    assert_eq!(zitting.behandelingen().len(), 3);
    assert_eq!(zitting.mandatarissen().len(), 6);
    assert_eq!(zitting.checked_for(), None);
    assert_eq!(zitting.voorzitter().unwrap().persoon.naam(), "An Peeters");
    assert_eq!(
        zitting.secretaris().unwrap().persoon.naam(),
        "Frank Wouters"
    );
    assert_eq!(zitting.date().to_string(), "2025-01-13");
    let decisions: usize = zitting
        .behandelingen()
        .iter()
        .map(|b| b.besluiten.len())
        .sum();
    assert_eq!(decisions, 4);
}

#[test]
fn default_identifiers_are_minted_as_documented() {
    let zitting = built();
    let items = zitting.agendapunten();
    assert_eq!(
        id_of(&items[0].id),
        minted("agendapunten", "2025-01-13-gr-1")
    );
    assert_eq!(
        id_of(&items[1].id),
        minted("agendapunten", "2025-01-13-gr-2")
    );
    assert_eq!(
        id_of(&items[2].id),
        minted("agendapunten", "2025-01-13-gr-besloten-1")
    );
    assert_eq!(
        items[1].verwijst_naar[0].as_str(),
        minted("agendapunten", "2025-01-13-gr-1")
    );

    let treatments = zitting.behandelingen();
    assert_eq!(
        id_of(&treatments[0].id),
        minted("behandelingen-van-agendapunten", "2025-01-13-gr-1")
    );
    assert_eq!(treatments[0].agendapunt.as_str(), id_of(&items[0].id));
    assert_eq!(
        id_of(&treatments[1].stemmingen[1].id),
        minted("stemmingen", "2025-01-13-gr-2-2")
    );
    let second = &treatments[1].besluiten;
    assert_eq!(
        id_of(&second[0].id),
        minted("besluiten", "2025-01-13-gr-2-tweede-verblijven")
    );
    assert_eq!(
        id_of(&second[1].id),
        minted("besluiten", "2025-01-13-gr-2-2")
    );
    assert_eq!(
        id_of(&second[0].realiseert),
        minted("rechtsgronden", "2025-01-13-gr-2-tweede-verblijven")
    );
    assert_eq!(
        id_of(&second[0].artikels[1].id),
        minted("artikels", "2025-01-13-gr-2-tweede-verblijven-2")
    );
    assert_eq!(
        id_of(&second[0].artikels[1].realiseert),
        minted(
            "rechtsgrondonderdelen",
            "2025-01-13-gr-2-tweede-verblijven-2"
        )
    );
    let docs = zitting.documenten();
    assert_eq!(
        id_of(&docs.agenda.as_ref().unwrap().id),
        minted("agendas", "2025-01-13-gr")
    );
    assert_eq!(
        id_of(&docs.notulen.as_ref().unwrap().id),
        minted("notulen", "2025-01-13-gr")
    );
    assert_eq!(
        id_of(&docs.uittreksels[0].id),
        minted("uittreksels", "2025-01-13-gr-1")
    );
    assert_eq!(
        docs.uittreksels[0].behandeling.as_str(),
        minted("behandelingen-van-agendapunten", "2025-01-13-gr-besloten-1")
    );
    assert_eq!(
        zitting.locatie().unwrap().id.as_str(),
        minted("locaties", "raadzaal")
    );
    // Registry IRIs are kept as given.
    assert_eq!(
        zitting.bestuursorgaan().id.as_str(),
        "http://data.lblod.info/id/bestuursorganen/7c5d2b1e-3f4a-4e8b-9a61-voorbeeldgem-gr-2025"
    );
}

#[test]
fn every_identifier_and_reference_is_an_iri_after_build() {
    let json = serde_json::to_value(built()).unwrap();
    let mut checked = 0;
    walk(&json, "", &mut |path, value| {
        let key = path
            .rsplit('/')
            .find(|s| s.parse::<usize>().is_err())
            .unwrap_or_default();
        let is_id = matches!(
            key,
            "id" | "agendapunt"
                | "behandeling"
                | "voorzitter"
                | "secretaris"
                | "realiseert"
                | "tijdspecialisatieVan"
                | "aanwezigenBijStart"
                | "aanwezigen"
                | "stemmers"
                | "voorstanders"
                | "tegenstanders"
                | "onthouders"
                | "verwijstNaar"
        );
        if is_id {
            let text = value.as_str().unwrap();
            assert!(text.parse::<Iri>().is_ok(), "{path}: {text}");
            checked += 1;
        }
    });
    assert!(checked > 100, "{checked}");
}

fn walk(value: &Value, path: &str, f: &mut impl FnMut(&str, &Value)) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &format!("{path}/{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}/{i}"), f);
            }
        }
        other => f(path, other),
    }
}

#[test]
fn json_to_typed_to_json_is_idempotent() {
    let zitting = built();
    let first = serde_json::to_string_pretty(&zitting).unwrap();
    // The output is valid input without a base: every identifier is an IRI.
    let again: Zitting = serde_json::from_str(&first).unwrap();
    assert_eq!(again, zitting);
    let second = serde_json::to_string_pretty(&again).unwrap();
    assert_eq!(first, second);
    // And it builds to the same session with the base too.
    let rebuilt = build(serde_json::from_str(&first).unwrap()).unwrap();
    assert_eq!(rebuilt, zitting);
    // The input's fields all survive (only ids and references were resolved).
    let input = fixture();
    let output: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(output["titel"], input["titel"]);
    assert_eq!(
        output["behandelingen"][1]["besluiten"][0]["motivering"],
        input["behandelingen"][1]["besluiten"][0]["motivering"]
    );
    assert_eq!(
        output["documenten"]["notulen"]["publicatiedatum"],
        "2025-02-20"
    );
}

#[test]
fn the_example_session_round_trips() {
    let example = Zitting::example();
    let json = serde_json::to_value(&example).unwrap();
    assert_eq!(
        serde_json::from_value::<Zitting>(json.clone()).unwrap(),
        example
    );
    assert_eq!(json["agendapunten"][0]["geplandOpenbaar"], true);
}

#[test]
fn reading_a_zitting_without_base_rejects_keys() {
    let err = serde_json::from_value::<Zitting>(fixture()).unwrap_err();
    assert!(err.to_string().contains("no base IRI"), "{err}");
}

#[test]
fn unknown_keys_are_rejected_everywhere() {
    for pointer in [
        "",
        "/bestuursorgaan",
        "/mandatarissen/0",
        "/mandatarissen/0/persoon",
        "/agendapunten/0",
        "/behandelingen/0",
        "/behandelingen/0/stemmingen/0",
        "/behandelingen/0/besluiten/0",
        "/behandelingen/0/besluiten/0/artikels/0",
        "/behandelingen/0/besluiten/0/rechtsgronden/0",
        "/documenten",
        "/documenten/agenda",
        "/documenten/uittreksels/0",
        "/locatie",
    ] {
        let mut json = fixture();
        json.pointer_mut(pointer)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert("rijksregisternummer".into(), json!("85073003328"));
        let err = serde_json::from_value::<SessionBuilder>(json).unwrap_err();
        assert!(
            err.to_string().contains("unknown field"),
            "{pointer}: {err}"
        );
        assert!(!err.to_string().contains("85073003328"), "{err}");
    }
}

#[test]
fn invalid_identifiers_and_codes_are_rejected_when_read() {
    let cases: [(&str, Value, &str); 4] = [
        (
            "/id",
            json!("zitting 1"),
            DecisionError::IriKey.to_string().leak(),
        ),
        (
            "/locatie/id",
            json!("https://example.org/a b"),
            DecisionError::IriInvalid.to_string().leak(),
        ),
        (
            "/voorzitter",
            json!("ftp://example.org/m1"),
            DecisionError::IriKey.to_string().leak(),
        ),
        (
            "/bestuursorgaan/classificatie",
            json!(
                "https://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/5ab0e9b8a3b2ca7c5e000005"
            ),
            "a concept IRI of",
        ),
    ];
    for (pointer, value, message) in cases {
        let mut json = fixture();
        *json.pointer_mut(pointer).unwrap() = value;
        let err = serde_json::from_value::<SessionBuilder>(json).unwrap_err();
        assert!(err.to_string().contains(message), "{pointer}: {err}");
    }
}

#[test]
fn votes_have_an_open_and_a_secret_form() {
    let zitting = built();
    let open = &zitting.behandelingen()[0].stemmingen[0];
    match open.wijze() {
        Stemwijze::Openbaar {
            voorstanders,
            tegenstanders,
            onthouders,
        } => assert_eq!(
            (voorstanders.len(), tegenstanders.len(), onthouders.len()),
            (4, 1, 0)
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(open.stemmers().len(), 5);
    assert_eq!(
        (
            open.aantal_voorstanders(),
            open.aantal_tegenstanders(),
            open.aantal_onthouders()
        ),
        (4, 1, 0)
    );
    let secret = &zitting.behandelingen()[2].stemmingen[0];
    match secret.wijze() {
        Stemwijze::Geheim {
            aantal_voorstanders,
            aantal_tegenstanders,
            aantal_onthouders,
            stemmers,
        } => assert_eq!(
            (
                aantal_voorstanders,
                aantal_tegenstanders,
                aantal_onthouders,
                stemmers.len()
            ),
            (2, 1, 1, 4)
        ),
        other => panic!("{other:?}"),
    }
    // The secret vote's JSON has counts and voters, never names.
    let json = serde_json::to_value(secret).unwrap();
    for key in ["voorstanders", "tegenstanders", "onthouders"] {
        assert!(json.get(key).is_none(), "{key}");
    }
}

#[test]
fn lookups_follow_references() {
    let zitting = built();
    for treatment in zitting.behandelingen() {
        assert!(zitting.agendapunt(&treatment.agendapunt).is_some());
        for id in &treatment.aanwezigen {
            assert!(zitting.mandataris(id).is_some());
        }
    }
    assert!(zitting.mandataris(&"nobody".parse().unwrap()).is_none());
}

#[test]
fn document_kinds() {
    for kind in DocumentKind::ALL {
        assert_eq!(kind.as_str().parse::<DocumentKind>(), Ok(kind));
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        assert!(
            kind.document_type()
                .iri()
                .starts_with("https://data.vlaanderen.be/id/concept/BesluitDocumentType/")
        );
    }
    assert_eq!(
        "Notulen".parse::<DocumentKind>(),
        Err(DecisionError::DocumentKind)
    );
    assert_eq!(DecisionError::DocumentKind.code(), "decision.document.kind");
}

#[test]
fn the_schema_accepts_the_fixture_and_its_output() {
    let schemas = schema::all(Dialect::Draft2020_12);
    let (_, zitting) = schemas.iter().find(|(name, _)| name == "Zitting").unwrap();
    let validator = jsonschema::validator_for(zitting.as_value()).unwrap();
    let input = fixture();
    let errors: Vec<String> = validator
        .iter_errors(&input)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let output = serde_json::to_value(built()).unwrap();
    assert!(validator.is_valid(&output));
    let mut extra = fixture();
    extra["mandatarissen"][0]["persoon"]["rijksregisternummer"] = json!("85073003328");
    assert!(!validator.is_valid(&extra));
    let mut bad_id = fixture();
    bad_id["locatie"]["id"] = json!("zaal 1");
    assert!(!validator.is_valid(&bad_id));
}

#[test]
fn messages_are_lowercase_and_without_values() {
    for code in DecisionError::CODES {
        assert!(code.starts_with("decision."), "{code}");
    }
    let v = build({
        let mut json = fixture();
        json["agendapunten"][0]["beschrijving"] = json!("aanvrager 85.07.30-033.28");
        json
    })
    .unwrap_err();
    let text = v.to_string();
    assert!(!text.contains("85.07.30"), "{text}");
    let first = text.split(": ").nth(2).unwrap();
    assert!(first.starts_with(|c: char| c.is_lowercase()), "{text}");
}
