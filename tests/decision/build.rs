//! The session builder's rules: one negative test per violation code (a mutation of the
//! fixture yields exactly that code, at the documented path), the profiles and options, and
//! proptests: generated valid sessions build, and a mutation that breaks one invariant yields
//! exactly its code.

use bouwstenen::decision::{BuildOptions, DecisionError, DocumentKind, SessionBuilder};
use proptest::prelude::*;
use serde_json::{Value, json};

use super::model::{build, fixture, options};

const M1: &str = "http://data.lblod.info/id/mandatarissen/5fed9b6d-an-peeters";
const M2: &str = "http://data.lblod.info/id/mandatarissen/5fed9b6d-bart-janssens";
const F1: &str = "http://data.lblod.info/id/mandatarissen/5fed9b6d-frank-wouters";
const UNKNOWN: &str = "http://data.lblod.info/id/mandatarissen/unknown";
const RRN: &str = "85.07.30-033.28";

const T1: &str = "/behandelingen/0";
const T2: &str = "/behandelingen/1";
const T3: &str = "/behandelingen/2";
const V1: &str = "/behandelingen/0/stemmingen/0";
const V2A: &str = "/behandelingen/1/stemmingen/0";
const V2B: &str = "/behandelingen/1/stemmingen/1";
const V3: &str = "/behandelingen/2/stemmingen/0";
const B1: &str = "/behandelingen/0/besluiten/0";

fn set(json: &mut Value, pointer: &str, value: Value) {
    if let Some(slot) = json.pointer_mut(pointer) {
        *slot = value;
        return;
    }
    // A key that is absent from its object: add it.
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    json.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no {parent}"))
        .insert(key.to_owned(), value);
}

fn push(json: &mut Value, pointer: &str, value: Value) {
    json.pointer_mut(pointer)
        .and_then(Value::as_array_mut)
        .unwrap_or_else(|| panic!("no list {pointer}"))
        .push(value);
}

fn remove(json: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match json.pointer_mut(parent).unwrap() {
        Value::Object(map) => {
            map.remove(key).unwrap_or_else(|| panic!("no {pointer}"));
        }
        Value::Array(items) => {
            items.remove(key.parse().unwrap());
        }
        _ => panic!("{parent} is not a container"),
    }
}

/// A mutation of the fixture, the one code it must yield, and the path of its first violation.
struct Case {
    name: &'static str,
    mutate: fn(&mut Value),
    code: &'static str,
    path: String,
}

fn case(
    name: &'static str,
    code: &'static str,
    path: impl Into<String>,
    mutate: fn(&mut Value),
) -> Case {
    Case {
        name,
        mutate,
        code,
        path: path.into(),
    }
}

fn cases() -> Vec<Case> {
    vec![
        case(
            "deprecated decision type",
            "decision.code.deprecated",
            format!("{B1}/besluittype"),
            |j| {
                set(
                    j,
                    &format!("{B1}/besluittype"),
                    json!(
                        "https://data.vlaanderen.be/id/concept/BesluitType/e96ec8af-6480-4b32-876a-fefe5f0a3793"
                    ),
                );
            },
        ),
        case("no start", "decision.required", "/start", |j| {
            remove(j, "/start")
        }),
        case("no end", "decision.required", "/einde", |j| {
            remove(j, "/einde")
        }),
        case("no chair", "decision.required", "/voorzitter", |j| {
            remove(j, "/voorzitter")
        }),
        case("no secretary", "decision.required", "/secretaris", |j| {
            remove(j, "/secretaris")
        }),
        case(
            "nobody present at the start",
            "decision.required",
            "/aanwezigenBijStart",
            |j| remove(j, "/aanwezigenBijStart"),
        ),
        case(
            "no entry into force",
            "decision.required",
            format!("{B1}/inwerkingtreding"),
            |j| remove(j, &format!("{B1}/inwerkingtreding")),
        ),
        case(
            "secret vote without a count",
            "decision.required",
            format!("{V3}/aantalOnthouders"),
            |j| remove(j, &format!("{V3}/aantalOnthouders")),
        ),
        case(
            "vote without members present",
            "decision.required",
            format!("{V1}/aanwezigen"),
            |j| remove(j, &format!("{V1}/aanwezigen")),
        ),
        case(
            "empty title",
            "decision.text.empty",
            "/agendapunten/0/titel",
            |j| set(j, "/agendapunten/0/titel", json!(" \t ")),
        ),
        case(
            "empty family name",
            "decision.text.empty",
            "/mandatarissen/3/persoon/familienaam",
            |j| set(j, "/mandatarissen/3/persoon/familienaam", json!("")),
        ),
        case(
            "line break in a title",
            "decision.text.control",
            "/agendapunten/0/titel",
            |j| set(j, "/agendapunten/0/titel", json!("Retributie-\nreglement")),
        ),
        case(
            "carriage return in a motivation",
            "decision.text.control",
            format!("{B1}/motivering"),
            |j| {
                set(
                    j,
                    &format!("{B1}/motivering"),
                    json!("Gelet op het decreet.\r\nOverwegende dat."),
                )
            },
        ),
        case(
            "NUL in a vote's result",
            "decision.text.control",
            format!("{V2A}/gevolg"),
            |j| set(j, &format!("{V2A}/gevolg"), json!("Goedgekeurd\u{0}")),
        ),
        case(
            "national number in a description",
            "decision.text.national_number",
            "/agendapunten/0/beschrijving",
            |j| {
                set(
                    j,
                    "/agendapunten/0/beschrijving",
                    json!(format!(
                        "Aanvraag van de burger met rijksregisternummer {RRN}."
                    )),
                )
            },
        ),
        case(
            "national number in an article",
            "decision.text.national_number",
            format!("{B1}/artikels/0/inhoud"),
            |j| {
                set(
                    j,
                    &format!("{B1}/artikels/0/inhoud"),
                    json!("De vergunning van 85073003328 wordt ingetrokken."),
                )
            },
        ),
        case(
            "national number as a person's key",
            "decision.text.national_number",
            "/mandatarissen/1/persoon/id",
            |j| {
                set(
                    j,
                    "/mandatarissen/1/persoon/id",
                    json!("http://data.lblod.info/id/personen/85073003328"),
                )
            },
        ),
        case(
            "title too long",
            "decision.text.too_long",
            "/agendapunten/0/titel",
            |j| set(j, "/agendapunten/0/titel", json!("a".repeat(1001))),
        ),
        case(
            "article number without a key",
            "decision.iri.key",
            format!("{B1}/artikels/1/id"),
            |j| set(j, &format!("{B1}/artikels/1/nummer"), json!("§")),
        ),
        case(
            "location with the area's IRI",
            "decision.iri.duplicate",
            "/locatie/id",
            |j| {
                let area = j["bestuursorgaan"]["bestuurseenheid"]["werkingsgebied"]["id"].clone();
                set(j, "/locatie/id", area);
            },
        ),
        case(
            "one person IRI, two names",
            "decision.iri.duplicate",
            "/mandatarissen/1/persoon/id",
            |j| {
                let person = j["mandatarissen"][0]["persoon"]["id"].clone();
                set(j, "/mandatarissen/1/persoon/id", person);
            },
        ),
        case(
            "article numbers with the same key",
            "decision.iri.duplicate",
            format!("{B1}/artikels/1/id"),
            |j| {
                set(j, &format!("{B1}/artikels/0/nummer"), json!("1-a"));
                set(j, &format!("{B1}/artikels/1/nummer"), json!("1 a"));
            },
        ),
        case(
            "same legal basis, other text",
            "decision.iri.duplicate",
            format!("{T2}/besluiten/0/rechtsgronden/0/id"),
            |j| {
                set(
                    j,
                    &format!("{T2}/besluiten/0/rechtsgronden/0/inhoud"),
                    json!("artikel 40"),
                );
            },
        ),
        case(
            "unknown voter",
            "decision.reference.unknown",
            format!("{V1}/voorstanders/4"),
            |j| push(j, &format!("{V1}/voorstanders"), json!(UNKNOWN)),
        ),
        case(
            "unknown secretary",
            "decision.reference.unknown",
            "/secretaris",
            |j| set(j, "/secretaris", json!(UNKNOWN)),
        ),
        case(
            "unknown treatment of an extract",
            "decision.reference.unknown",
            "/documenten/uittreksels/0/behandeling",
            |j| {
                set(
                    j,
                    "/documenten/uittreksels/0/behandeling",
                    json!("2025-01-13-gr-7"),
                )
            },
        ),
        case(
            "unknown referenced item",
            "decision.reference.unknown",
            "/agendapunten/1/verwijstNaar/0",
            |j| {
                set(
                    j,
                    "/agendapunten/1/verwijstNaar/0",
                    json!("2025-01-13-gr-7"),
                )
            },
        ),
        case(
            "member present twice",
            "decision.duplicate",
            "/aanwezigenBijStart/5",
            |j| push(j, "/aanwezigenBijStart", json!(M2)),
        ),
        case(
            "voter listed twice",
            "decision.duplicate",
            format!("{V1}/voorstanders/4"),
            |j| push(j, &format!("{V1}/voorstanders"), json!(M2)),
        ),
        case(
            "agenda item type twice",
            "decision.duplicate",
            "/agendapunten/0/type/1",
            |j| {
                let kind = j["agendapunten"][0]["type"][0].clone();
                push(j, "/agendapunten/0/type", kind);
            },
        ),
        case(
            "legal basis twice",
            "decision.duplicate",
            format!("{B1}/rechtsgronden/1/id"),
            |j| {
                let basis = j.pointer(&format!("{B1}/rechtsgronden/0")).unwrap().clone();
                push(j, &format!("{B1}/rechtsgronden"), basis);
            },
        ),
        case(
            "end before start",
            "decision.zitting.end_before_start",
            "/einde",
            |j| set(j, "/einde", json!("2025-01-13T19:00:00+01:00")),
        ),
        case(
            "start two days late",
            "decision.zitting.start_far_from_planned",
            "/start",
            |j| {
                set(j, "/start", json!("2025-01-15T19:34:00+01:00"));
                set(j, "/einde", json!("2025-01-15T22:05:00+01:00"));
            },
        ),
        case(
            "no agenda item",
            "decision.zitting.no_agendapunt",
            "/agendapunten",
            |j| {
                set(j, "/agendapunten", json!([]));
                set(j, "/behandelingen", json!([]));
                set(j, "/documenten/uittreksels", json!([]));
            },
        ),
        case(
            "chair absent at the start",
            "decision.zitting.chair_not_present",
            "/voorzitter",
            |j| remove(j, "/aanwezigenBijStart/0"),
        ),
        case(
            "secretary among the present",
            "decision.zitting.functionaris_present",
            format!("{T1}/aanwezigen/5"),
            |j| push(j, &format!("{T1}/aanwezigen"), json!(F1)),
        ),
        case(
            "secretary at the start",
            "decision.zitting.functionaris_present",
            "/aanwezigenBijStart/5",
            |j| push(j, "/aanwezigenBijStart", json!(F1)),
        ),
        case(
            "list of decisions before the session",
            "decision.document.published_before_session",
            "/documenten/besluitenlijst/publicatiedatum",
            |j| {
                set(
                    j,
                    "/documenten/besluitenlijst/publicatiedatum",
                    json!("2025-01-12"),
                )
            },
        ),
        case(
            "extract before the session",
            "decision.document.published_before_session",
            "/documenten/uittreksels/0/publicatiedatum",
            |j| {
                set(
                    j,
                    "/documenten/uittreksels/0/publicatiedatum",
                    json!("2024-12-31"),
                )
            },
        ),
        case(
            "agenda after the session",
            "decision.document.agenda_after_session",
            "/documenten/agenda/publicatiedatum",
            |j| set(j, "/documenten/agenda/publicatiedatum", json!("2025-01-14")),
        ),
        case(
            "agenda item without type",
            "decision.agendapunt.no_type",
            "/agendapunten/0/type",
            |j| set(j, "/agendapunten/0/type", json!([])),
        ),
        case(
            "agenda item refers to itself",
            "decision.agendapunt.reference_self",
            "/agendapunten/1/verwijstNaar/1",
            |j| push(j, "/agendapunten/1/verwijstNaar", json!("2025-01-13-gr-2")),
        ),
        case(
            "treatment of an item not on the agenda",
            "decision.behandeling.subject_not_on_agenda",
            format!("{T1}/agendapunt"),
            |j| set(j, &format!("{T1}/agendapunt"), json!("2025-01-13-gr-9")),
        ),
        case(
            "item treated twice",
            "decision.behandeling.treated_twice",
            format!("{T3}/agendapunt"),
            |j| {
                set(j, &format!("{T3}/agendapunt"), json!("2025-01-13-gr-2"));
                set(j, &format!("{T3}/id"), json!("t-x"));
                set(j, &format!("{V3}/id"), json!("s-x"));
                set(j, &format!("{T3}/besluiten/0/id"), json!("b-x"));
                set(j, "/documenten/uittreksels/0/behandeling", json!("t-x"));
            },
        ),
        case(
            "treatment without members present",
            "decision.behandeling.no_present",
            format!("{T1}/aanwezigen"),
            |j| set(j, &format!("{T1}/aanwezigen"), json!([])),
        ),
        case(
            "treatment chair absent",
            "decision.behandeling.chair_not_present",
            format!("{T3}/voorzitter"),
            |j| set(j, &format!("{T3}/voorzitter"), json!(M1)),
        ),
        case(
            "voter not present",
            "decision.stemming.voter_not_present",
            format!("{V1}/tegenstanders/0"),
            |j| remove(j, &format!("{V1}/aanwezigen/4")),
        ),
        case(
            "secret voter not present",
            "decision.stemming.voter_not_present",
            format!("{V3}/stemmers/3"),
            |j| {
                set(j, &format!("{V3}/stemmers/3"), json!(M1));
            },
        ),
        case(
            "present for the vote, not at the treatment",
            "decision.stemming.present_not_in_treatment",
            format!("{V3}/aanwezigen/4"),
            |j| push(j, &format!("{V3}/aanwezigen"), json!(M1)),
        ),
        case(
            "voted for and against",
            "decision.stemming.voted_twice",
            format!("{V1}/tegenstanders/1"),
            |j| push(j, &format!("{V1}/tegenstanders"), json!(M1)),
        ),
        case(
            "open vote count differs from names",
            "decision.stemming.count_mismatch",
            format!("{V2A}/aantalVoorstanders"),
            |j| set(j, &format!("{V2A}/aantalVoorstanders"), json!(4)),
        ),
        case(
            "open vote voters differ from names",
            "decision.stemming.count_mismatch",
            format!("{V2B}/stemmers"),
            |j| remove(j, &format!("{V2B}/stemmers/4")),
        ),
        case(
            "secret counts do not add up",
            "decision.stemming.total_mismatch",
            V3,
            |j| set(j, &format!("{V3}/aantalOnthouders"), json!(0)),
        ),
        case(
            "secret votes exceed those present",
            "decision.stemming.total_exceeds_present",
            V3,
            |j| set(j, &format!("{V3}/aantalVoorstanders"), json!(7)),
        ),
        case(
            "secret vote with names",
            "decision.stemming.secret_with_names",
            format!("{V3}/voorstanders"),
            |j| set(j, &format!("{V3}/voorstanders"), json!([M2])),
        ),
        case(
            "secret vote without voters",
            "decision.stemming.no_voters",
            format!("{V3}/stemmers"),
            |j| set(j, &format!("{V3}/stemmers"), json!([])),
        ),
        case(
            "open vote without voters",
            "decision.stemming.no_voters",
            V1,
            |j| {
                remove(j, &format!("{V1}/voorstanders"));
                remove(j, &format!("{V1}/tegenstanders"));
            },
        ),
        case(
            "decision without articles",
            "decision.besluit.no_article",
            format!("{B1}/artikels"),
            |j| set(j, &format!("{B1}/artikels"), json!([])),
        ),
        case(
            "end of validity before entry into force",
            "decision.besluit.in_force_order",
            format!("{B1}/buitenwerkingtreding"),
            |j| {
                set(
                    j,
                    &format!("{B1}/buitenwerkingtreding"),
                    json!("2025-01-31"),
                )
            },
        ),
        case(
            "decision published before the session",
            "decision.besluit.published_before_session",
            format!("{B1}/publicatiedatum"),
            |j| set(j, &format!("{B1}/publicatiedatum"), json!("2025-01-12")),
        ),
        case(
            "two articles numbered 1",
            "decision.artikel.number_duplicate",
            format!("{B1}/artikels/1/nummer"),
            |j| {
                set(
                    j,
                    &format!("{B1}/artikels/1"),
                    json!({"id": "a-x", "realiseert": "r-x", "nummer": " 1", "inhoud": "Dubbel."}),
                );
            },
        ),
    ]
}

#[test]
fn each_mutation_of_the_fixture_yields_exactly_its_code() {
    assert!(build(fixture()).is_ok());
    for case in cases() {
        let mut json = fixture();
        (case.mutate)(&mut json);
        let violations = build(json).expect_err(case.name);
        assert_eq!(
            violations.codes(),
            [case.code],
            "{}: {violations}",
            case.name
        );
        assert_eq!(
            violations.as_slice()[0].path(),
            case.path,
            "{}: {violations}",
            case.name
        );
        let text = violations.to_string();
        assert!(
            !text.contains(RRN) && !text.contains("85073003328"),
            "{text}"
        );
    }
}

#[test]
fn every_code_the_builder_reports_has_a_negative_test() {
    let tested: std::collections::BTreeSet<&str> = cases().iter().map(|c| c.code).collect();
    let elsewhere = [
        "decision.code.unknown",  // reading: the code lists' own tests and model.rs
        "decision.iri.invalid",   // reading: model.rs
        "decision.iri.base",      // below
        "decision.document.kind", // model.rs
        "decision.json",          // reading: the command line's tests (cli/tests/cli.rs)
        // reading JSON-LD: tests/decision/read.rs
        "decision.besluit.generated_by",
        "decision.jsonld.context",
        "decision.jsonld.node",
        "decision.jsonld.property",
    ];
    for code in DecisionError::CODES {
        assert!(
            tested.contains(code) || elsewhere.contains(code),
            "no negative test for {code}"
        );
    }
}

#[test]
fn keys_need_a_base_iri() {
    let builder: SessionBuilder = serde_json::from_value(fixture()).unwrap();
    let violations = builder.build(&BuildOptions::default()).unwrap_err();
    assert_eq!(violations.codes(), ["decision.iri.base"]);
    assert_eq!(violations.as_slice()[0].path(), "/id");
    for base in ["https://example.org/id?x", "https://example.org/id#x"] {
        assert_eq!(
            BuildOptions::default().with_base(base.parse().unwrap()),
            Err(DecisionError::IriBase)
        );
    }
    // With or without a final slash, the same IRIs.
    let slash = BuildOptions::default()
        .with_base("https://data.voorbeeldgem.be/id".parse().unwrap())
        .unwrap();
    let builder: SessionBuilder = serde_json::from_value(fixture()).unwrap();
    assert_eq!(builder.build(&slash), build(fixture()));
}

#[test]
fn every_violation_is_reported_not_only_the_first() {
    let mut json = fixture();
    remove(&mut json, "/start");
    set(&mut json, "/agendapunten/0/titel", json!(""));
    push(&mut json, &format!("{V1}/tegenstanders"), json!(M1));
    set(&mut json, &format!("{B1}/artikels"), json!([]));
    let violations = build(json).unwrap_err();
    assert_eq!(
        violations.codes(),
        [
            "decision.besluit.no_article",
            "decision.required",
            "decision.stemming.voted_twice",
            "decision.text.empty",
        ]
    );
    // In the order of the JSON form.
    let paths: Vec<&str> = violations.iter().map(|v| v.path()).collect();
    assert_eq!(
        paths,
        [
            "/start",
            "/agendapunten/0/titel",
            &format!("{V1}/tegenstanders/1"),
            &format!("{B1}/artikels")
        ]
    );
    let json = serde_json::to_value(&violations).unwrap();
    assert_eq!(
        json[0],
        json!({"code": "decision.required", "path": "/start", "message": "a value that the profile requires is missing"})
    );
}

#[test]
fn an_agenda_needs_no_outcome() {
    let mut json = fixture();
    for key in [
        "/start",
        "/einde",
        "/voorzitter",
        "/secretaris",
        "/aanwezigenBijStart",
        "/behandelingen",
        "/documenten",
    ] {
        remove(&mut json, key);
    }
    let builder: SessionBuilder = serde_json::from_value(json).unwrap();
    let agenda = builder
        .clone()
        .build(&options().for_document(DocumentKind::Agenda))
        .unwrap();
    assert_eq!(agenda.checked_for(), Some(DocumentKind::Agenda));
    assert!(agenda.start().is_none());
    let full = builder.build(&options()).unwrap_err();
    assert_eq!(full.codes(), ["decision.required"]);
    assert_eq!(full.len(), 5);
}

#[test]
fn relaxed_checks() {
    let mut json = fixture();
    set(
        &mut json,
        &format!("{B1}/besluittype"),
        json!(
            "https://data.vlaanderen.be/id/concept/BesluitType/e96ec8af-6480-4b32-876a-fefe5f0a3793"
        ),
    );
    set(&mut json, "/start", json!("2025-01-20T19:34:00+01:00"));
    set(&mut json, "/einde", json!("2025-01-20T22:05:00+01:00"));
    for besluit in decisions(&json) {
        set(
            &mut json,
            &format!("{besluit}/publicatiedatum"),
            json!("2025-01-21"),
        );
    }
    set(
        &mut json,
        "/documenten/besluitenlijst/publicatiedatum",
        json!("2025-01-21"),
    );
    set(
        &mut json,
        "/documenten/uittreksels/0/publicatiedatum",
        json!("2025-01-21"),
    );
    let builder: SessionBuilder = serde_json::from_value(json).unwrap();
    assert!(builder.clone().build(&options()).is_err());
    let relaxed = options()
        .allow_deprecated_codes(true)
        .allow_start_far_from_planned(true);
    if let Err(v) = builder.build(&relaxed) {
        panic!("{v}");
    }
}

#[test]
fn shared_nodes_are_one_node() {
    // A person with two mandates, the same mandate for every council member, a legal basis
    // cited by several decisions: the same IRI, described the same way, is fine.
    let mut json = fixture();
    let mut second = json["mandatarissen"][1].clone();
    second["id"] = json!("http://data.lblod.info/id/mandatarissen/5fed9b6d-bart-janssens-ocmw");
    push(&mut json, "/mandatarissen", second);
    assert!(build(json).is_ok());
}

// ------------------------------------------------------------------------------------------
// Generated sessions

/// How one member acts in a vote: for, against, abstaining, or not voting.
const FOR: u8 = 0;
const AGAINST: u8 = 1;
const ABSTAIN: u8 = 2;
const NO_VOTE: u8 = 3;

#[derive(Debug, Clone)]
struct VoteSpec {
    secret: bool,
    choices: Vec<u8>,
}

#[derive(Debug, Clone)]
struct ItemSpec {
    public: bool,
    treated: bool,
    votes: Vec<VoteSpec>,
    /// The number of articles of each decision.
    decisions: Vec<usize>,
}

#[derive(Debug, Clone)]
pub(super) struct SessionSpec {
    members: usize,
    items: Vec<ItemSpec>,
}

pub(super) fn session_spec() -> impl Strategy<Value = SessionSpec> {
    (1usize..=7).prop_flat_map(|members| {
        let vote = (any::<bool>(), proptest::collection::vec(0u8..=3, members))
            .prop_map(|(secret, choices)| VoteSpec { secret, choices });
        let item = (
            any::<bool>(),
            any::<bool>(),
            proptest::collection::vec(vote, 0..=2),
            proptest::collection::vec(1usize..=3, 0..=3),
        )
            .prop_map(|(public, treated, votes, decisions)| ItemSpec {
                public,
                treated,
                votes,
                decisions,
            });
        proptest::collection::vec(item, 1..=6).prop_map(move |items| SessionSpec { members, items })
    })
}

fn member(i: usize) -> String {
    format!("http://data.lblod.info/id/mandatarissen/gen-{i}")
}

const WORDS: [&str; 8] = [
    "reglement",
    "subsidie",
    "wegenis",
    "begroting",
    "personeel",
    "cultuur",
    "sport",
    "erfgoed",
];

/// The JSON of a valid session described by a spec.
pub(super) fn session_json(spec: &SessionSpec) -> Value {
    let members: Vec<String> = (0..spec.members).map(member).collect();
    let mut mandatarissen: Vec<Value> = members
        .iter()
        .enumerate()
        .map(|(i, id)| {
            json!({
                "id": id,
                "persoon": {"id": format!("http://data.lblod.info/id/personen/gen-{i}"), "gebruikteVoornaam": format!("Voornaam{i}"), "familienaam": WORDS[i % WORDS.len()]},
                "mandaat": {"id": "http://data.lblod.info/id/mandaten/gen-lid", "bestuursfunctie": "http://data.vlaanderen.be/id/concept/BestuursfunctieCode/5ab0e9b8a3b2ca7c5e000011"}
            })
        })
        .collect();
    mandatarissen.push(json!({
        "id": "http://data.lblod.info/id/mandatarissen/gen-secretaris",
        "persoon": {"id": "http://data.lblod.info/id/personen/gen-secretaris", "gebruikteVoornaam": "Sam", "familienaam": "Secretaris"},
        "soort": "functionaris"
    }));
    let mut agendapunten = Vec::new();
    let mut behandelingen = Vec::new();
    for (n, item) in spec.items.iter().enumerate() {
        let word = WORDS[n % WORDS.len()];
        agendapunten.push(json!({
            "titel": format!("Agendapunt {} over {word}", n + 1),
            "geplandOpenbaar": item.public,
            "type": ["http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0"]
        }));
        if !item.treated {
            continue;
        }
        let votes: Vec<Value> = item
            .votes
            .iter()
            .map(|vote| {
                let mut choices = vote.choices.clone();
                if choices.iter().all(|c| *c == NO_VOTE) {
                    choices[0] = FOR;
                }
                let with = |choice: u8| -> Vec<&String> {
                    members
                        .iter()
                        .zip(&choices)
                        .filter(|(_, c)| **c == choice)
                        .map(|(m, _)| m)
                        .collect()
                };
                let mut json = json!({
                    "onderwerp": format!("Stemming over {word}"),
                    "gevolg": "Het voorstel wordt aangenomen.",
                    "geheim": vote.secret,
                    "aanwezigen": members,
                });
                if vote.secret {
                    let voters: Vec<&String> = members
                        .iter()
                        .zip(&choices)
                        .filter(|(_, c)| **c != NO_VOTE)
                        .map(|(m, _)| m)
                        .collect();
                    json["stemmers"] = json!(voters);
                    json["aantalVoorstanders"] = json!(with(FOR).len());
                    json["aantalTegenstanders"] = json!(with(AGAINST).len());
                    json["aantalOnthouders"] = json!(with(ABSTAIN).len());
                } else {
                    json["voorstanders"] = json!(with(FOR));
                    json["tegenstanders"] = json!(with(AGAINST));
                    json["onthouders"] = json!(with(ABSTAIN));
                }
                json
            })
            .collect();
        let decisions: Vec<Value> = item
            .decisions
            .iter()
            .enumerate()
            .map(|(m, articles)| {
                json!({
                    "besluittype": "https://data.vlaanderen.be/id/concept/BesluitType/efa4ec5a-b006-453f-985f-f986ebae11bc",
                    "titel": format!("Besluit {} over {word}", m + 1),
                    "motivering": "Gelet op het decreet over het lokaal bestuur.",
                    "inhoud": "Artikel 1. Het voorstel wordt aangenomen.",
                    "inwerkingtreding": "2025-02-01",
                    "rechtsgronden": [{"id": "https://codex.vlaanderen.be/doc/document/1029017", "titel": "Decreet over het lokaal bestuur", "inhoud": "artikel 40"}],
                    "artikels": (1..=*articles).map(|a| json!({"nummer": a.to_string(), "inhoud": format!("Bepaling {a}.")})).collect::<Vec<_>>()
                })
            })
            .collect();
        behandelingen.push(json!({
            "agendapunt": format!("gen-zitting-{}", n + 1),
            "openbaar": item.public,
            "aanwezigen": members,
            "stemmingen": votes,
            "besluiten": decisions,
        }));
    }
    json!({
        "id": "gen-zitting",
        "bestuursorgaan": fixture()["bestuursorgaan"].clone(),
        "geplandeStart": "2025-01-13T19:30:00+01:00",
        "start": "2025-01-13T19:31:00+01:00",
        "einde": "2025-01-13T21:00:00+01:00",
        "voorzitter": members[0],
        "secretaris": "http://data.lblod.info/id/mandatarissen/gen-secretaris",
        "aanwezigenBijStart": members,
        "mandatarissen": mandatarissen,
        "agendapunten": agendapunten,
        "behandelingen": behandelingen,
    })
}

/// The first element of `list` (a JSON Pointer to an array of objects) whose `test` holds.
fn first_where(json: &Value, list: &str, test: impl Fn(&Value) -> bool) -> Option<String> {
    json.pointer(list)?
        .as_array()?
        .iter()
        .position(test)
        .map(|i| format!("{list}/{i}"))
}

fn votes(json: &Value) -> Vec<String> {
    let mut found = Vec::new();
    for (i, t) in json["behandelingen"].as_array().unwrap().iter().enumerate() {
        for j in 0..t["stemmingen"].as_array().unwrap().len() {
            found.push(format!("/behandelingen/{i}/stemmingen/{j}"));
        }
    }
    found
}

fn decisions(json: &Value) -> Vec<String> {
    let mut found = Vec::new();
    for (i, t) in json["behandelingen"].as_array().unwrap().iter().enumerate() {
        for j in 0..t["besluiten"].as_array().unwrap().len() {
            found.push(format!("/behandelingen/{i}/besluiten/{j}"));
        }
    }
    found
}

/// Breaks one invariant of a generated session: the code it must yield, or `None` when the
/// session has nothing to break it on.
fn mutate(json: &mut Value, which: usize) -> Option<&'static str> {
    let members = json["aanwezigenBijStart"].as_array().unwrap().len();
    let secret = votes(json)
        .into_iter()
        .find(|v| json.pointer(v).unwrap()["geheim"] == true);
    let open_named = votes(json).into_iter().find(|v| {
        let vote = json.pointer(v).unwrap();
        vote["geheim"] == false
            && ["voorstanders", "tegenstanders", "onthouders"]
                .iter()
                .any(|k| vote[k].as_array().is_some_and(|l| !l.is_empty()))
    });
    let decision = decisions(json).into_iter().next();
    let treatment = first_where(json, "/behandelingen", |_| true);
    Some(match which {
        0 => {
            set(json, "/einde", json!("2025-01-13T19:31:00+01:00"));
            "decision.zitting.end_before_start"
        }
        1 if members >= 2 => {
            remove(json, "/aanwezigenBijStart/0");
            "decision.zitting.chair_not_present"
        }
        2 => {
            push(json, "/aanwezigenBijStart", json!(member(0)));
            "decision.duplicate"
        }
        3 => {
            push(json, "/aanwezigenBijStart", json!(UNKNOWN));
            "decision.reference.unknown"
        }
        4 => {
            set(json, "/agendapunten/0/titel", json!(""));
            "decision.text.empty"
        }
        5 => {
            json["agendapunten"][0]["beschrijving"] = json!(format!("Op vraag van {RRN}."));
            "decision.text.national_number"
        }
        6 => {
            set(json, "/agendapunten/0/type", json!([]));
            "decision.agendapunt.no_type"
        }
        7 => {
            set(json, &format!("{}/aanwezigen", treatment?), json!([]));
            "decision.behandeling.no_present"
        }
        8 => {
            set(json, &format!("{}/artikels", decision?), json!([]));
            "decision.besluit.no_article"
        }
        9 => {
            set(
                json,
                &format!("{}/buitenwerkingtreding", decision?),
                json!("2025-01-31"),
            );
            "decision.besluit.in_force_order"
        }
        10 => {
            set(
                json,
                &format!("{}/voorstanders", secret?),
                json!([member(0)]),
            );
            "decision.stemming.secret_with_names"
        }
        11 => {
            set(json, &format!("{}/stemmers", secret?), json!([]));
            "decision.stemming.no_voters"
        }
        12 => {
            let secret = secret?;
            let count = json
                .pointer(&format!("{secret}/aantalVoorstanders"))
                .unwrap()
                .as_u64()
                .unwrap();
            let total: u64 = [
                "aantalVoorstanders",
                "aantalTegenstanders",
                "aantalOnthouders",
            ]
            .iter()
            .map(|k| {
                json.pointer(&format!("{secret}/{k}"))
                    .unwrap()
                    .as_u64()
                    .unwrap()
            })
            .sum();
            set(
                json,
                &format!("{secret}/aantalVoorstanders"),
                json!(count + 1),
            );
            if total + 1 > members as u64 {
                "decision.stemming.total_exceeds_present"
            } else {
                "decision.stemming.total_mismatch"
            }
        }
        13 => {
            let vote = open_named?;
            let lists = ["voorstanders", "tegenstanders", "onthouders"];
            let from = lists.iter().position(|k| {
                json.pointer(&vote).unwrap()[k]
                    .as_array()
                    .is_some_and(|l| !l.is_empty())
            })?;
            let voter = json.pointer(&vote).unwrap()[lists[from]][0].clone();
            let to = lists[(from + 1) % 3];
            push(json, &format!("{vote}/{to}"), voter);
            "decision.stemming.voted_twice"
        }
        14 => {
            set(
                json,
                &format!("{}/agendapunt", treatment?),
                json!("gen-zitting-99"),
            );
            "decision.behandeling.subject_not_on_agenda"
        }
        15 => {
            push(
                json,
                &format!("{}/aanwezigen", treatment?),
                json!("http://data.lblod.info/id/mandatarissen/gen-secretaris"),
            );
            "decision.zitting.functionaris_present"
        }
        _ => return None,
    })
}

const MUTATIONS: usize = 16;

/// 256 cases per property (proptest's default; `PROPTEST_CASES` overrides it), and no
/// proptest-regressions files in the source tree.
pub(super) fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_sessions_build_and_round_trip(spec in session_spec()) {
        let json = session_json(&spec);
        let zitting = build(json).map_err(|v| TestCaseError::fail(v.to_string()))?;
        // Defaults follow the positions.
        for (n, item) in zitting.agendapunten().iter().enumerate() {
            prop_assert_eq!(
                item.id.as_ref().unwrap().as_str(),
                format!("https://data.voorbeeldgem.be/id/agendapunten/gen-zitting-{}", n + 1)
            );
        }
        // JSON → typed → JSON is idempotent, and the output needs no base.
        let output = serde_json::to_string(&zitting).unwrap();
        let again: bouwstenen::decision::Zitting = serde_json::from_str(&output).unwrap();
        prop_assert_eq!(serde_json::to_string(&again).unwrap(), output);
        prop_assert_eq!(again, zitting);
    }

    #[test]
    fn breaking_one_invariant_yields_exactly_its_code(spec in session_spec(), which in 0..MUTATIONS) {
        let mut json = session_json(&spec);
        let expected = mutate(&mut json, which);
        prop_assume!(expected.is_some());
        let violations = build(json).err();
        let codes = violations.as_ref().map(|v| v.codes()).unwrap_or_default();
        prop_assert_eq!(codes, vec![expected.unwrap()], "{:?}", violations.map(|v| v.to_string()));
    }
}
