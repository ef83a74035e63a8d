//! The decision code lists, cross-checked against the shared Turtle files
//! (`../shared/data/oslo/besluit/codelijsten/`), which this test reads with its own line-based
//! scanner, independently of `scripts/gen_decision_codes.py`.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::path::PathBuf;
use std::str::FromStr;

use bouwstenen::decision::{
    AgendapuntType, BesluitType, BestuurseenheidClassificatie, Bestuursfunctie,
    BestuursorgaanClassificatie, DecisionError, DocumentType, FunctionarisStatus, MandatarisStatus,
};
use bouwstenen::schema::{self, Dialect};

/// A concept as a file has it, or as an enum gives it: label and deprecated flag, by IRI.
type Concepts = BTreeMap<String, (String, bool)>;

/// A code list of the shared data, read at run time (never copied into the project).
fn shared(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/oslo/besluit/codelijsten")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// The concepts of a Turtle code list, by a line-based scan: a line that starts (in column 0)
/// with `<iri>` or `prefix:local` starts the statements of that subject, and the indented lines
/// after it continue them. A subject is a concept when its statements contain the object
/// `skos:Concept`; its label is the string after `skos:prefLabel`, its deprecated flag the
/// boolean after `owl:deprecated`.
fn scan(name: &str) -> Concepts {
    let text = shared(name);
    let mut prefixes: BTreeMap<String, String> = BTreeMap::new();
    let mut statements: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("@prefix ") {
            let (prefix, iri) = rest.split_once(':').unwrap();
            let iri = iri.trim().trim_end_matches('.').trim();
            let iri = iri.strip_prefix('<').unwrap().strip_suffix('>').unwrap();
            prefixes.insert(prefix.trim().to_owned(), iri.to_owned());
            current = None;
            continue;
        }
        if line.starts_with(|c: char| c == '<' || c.is_ascii_alphabetic()) {
            let token = line.split_whitespace().next().unwrap();
            let subject = expand(token, &prefixes);
            statements
                .entry(subject.clone())
                .or_default()
                .push_str(&line[token.len()..]);
            current = Some(subject);
        } else if let Some(subject) = &current {
            let text = statements.get_mut(subject).unwrap();
            text.push('\n');
            text.push_str(line);
        }
    }
    let mut concepts = Concepts::new();
    for (subject, text) in statements {
        let is_concept = text.split_whitespace().any(|token| {
            let token = token.trim_end_matches([',', ';', '.']);
            expand(token, &prefixes) == format!("{SKOS}Concept")
        });
        if !is_concept {
            continue;
        }
        let labels: Vec<String> = [
            "skos:prefLabel",
            "<http://www.w3.org/2004/02/skos/core#prefLabel>",
        ]
        .iter()
        .flat_map(|predicate| text.match_indices(predicate).map(|(at, p)| at + p.len()))
        .map(|at| string_at(&text[at..]))
        .collect();
        assert_eq!(labels.len(), 1, "{name}: {subject} has labels {labels:?}");
        let deprecated = match text.split_once("<http://www.w3.org/2002/07/owl#deprecated>") {
            None => false,
            Some((_, rest)) => match rest.trim_start() {
                r if r.starts_with("true") => true,
                r if r.starts_with("false") => false,
                r => panic!("{name}: {subject}: owl:deprecated {r:.20}"),
            },
        };
        assert!(
            !text.contains("owl:deprecated"),
            "{name}: an unexpected prefix"
        );
        let label = labels.into_iter().next().unwrap();
        assert!(
            concepts
                .insert(subject.clone(), (label, deprecated))
                .is_none(),
            "{name}: {subject} twice"
        );
    }
    concepts
}

/// A full IRI `<…>` or a prefixed name `prefix:local`, expanded.
fn expand(token: &str, prefixes: &BTreeMap<String, String>) -> String {
    if let Some(iri) = token.strip_prefix('<') {
        return iri.strip_suffix('>').unwrap().to_owned();
    }
    match token.split_once(':') {
        Some(("skos", local)) => format!("{SKOS}{local}"),
        Some((prefix, local)) => match prefixes.get(prefix) {
            Some(iri) => format!("{iri}{local}"),
            None => token.to_owned(),
        },
        None => token.to_owned(),
    }
}

/// The string literal that follows (after whitespace): `"…"` with `\"`, `\\` and `\uXXXX`.
fn string_at(text: &str) -> String {
    let mut chars = text.trim_start().chars();
    assert_eq!(chars.next(), Some('"'), "{text:.40}");
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return out,
            '\\' => match chars.next().unwrap() {
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                }
                c @ ('"' | '\\' | '\'') => out.push(c),
                c => panic!("escape \\{c}"),
            },
            c => out.push(c),
        }
    }
    panic!("unterminated string {text:.40}")
}

/// What a code-list enum offers, so that one test checks them all.
trait Code:
    Copy
    + Eq
    + Ord
    + Debug
    + FromStr<Err = DecisionError>
    + ToString
    + serde::Serialize
    + serde::de::DeserializeOwned
    + 'static
{
    const NAME: &'static str;
    fn all() -> &'static [Self];
    fn iri(self) -> &'static str;
    fn label(self) -> &'static str;
    fn is_deprecated(self) -> bool;
}

macro_rules! code {
    ($($ty:ident),+) => {$(
        impl Code for $ty {
            const NAME: &'static str = stringify!($ty);
            fn all() -> &'static [Self] {
                $ty::ALL
            }
            fn iri(self) -> &'static str {
                $ty::iri(self)
            }
            fn label(self) -> &'static str {
                $ty::label(self)
            }
            fn is_deprecated(self) -> bool {
                $ty::is_deprecated(self)
            }
        }
    )+};
}

code!(
    BesluitType,
    DocumentType,
    BestuursorgaanClassificatie,
    BestuurseenheidClassificatie,
    Bestuursfunctie,
    MandatarisStatus,
    FunctionarisStatus,
    AgendapuntType
);

fn concepts<T: Code>() -> Concepts {
    T::all()
        .iter()
        .map(|c| {
            (
                c.iri().to_owned(),
                (c.label().to_owned(), c.is_deprecated()),
            )
        })
        .collect()
}

/// The enum has exactly the file's concepts, with the same IRIs, labels and deprecated flags,
/// and the counts of the design note's inventory; every IRI starts with `prefix`.
fn same_as_file<T: Code>(file: &str, count: usize, deprecated: usize, prefix: &str) {
    let expected = scan(file);
    let actual = concepts::<T>();
    assert_eq!(expected.len(), count, "{file}: concepts in the file");
    assert_eq!(actual.len(), count, "{}: variants", T::NAME);
    for (iri, concept) in &expected {
        assert_eq!(actual.get(iri), Some(concept), "{}: {iri}", T::NAME);
    }
    assert_eq!(actual, expected, "{}", T::NAME);
    let flagged = T::all().iter().filter(|c| c.is_deprecated()).count();
    assert_eq!(flagged, deprecated, "{}: deprecated concepts", T::NAME);
    for code in T::all() {
        assert!(
            code.iri().starts_with(prefix),
            "{}: {}",
            T::NAME,
            code.iri()
        );
    }
}

#[test]
fn every_concept_of_every_shared_code_list_is_in_its_enum() {
    let https = "https://data.vlaanderen.be/id/concept/";
    let http = "http://data.vlaanderen.be/id/concept/";
    same_as_file::<BesluitType>("besluit-type.ttl", 95, 32, &format!("{https}BesluitType/"));
    same_as_file::<DocumentType>(
        "document-type.ttl",
        11,
        1,
        &format!("{https}BesluitDocumentType/"),
    );
    same_as_file::<BestuursorgaanClassificatie>(
        "bestuursorgaan-classificatie-code.ttl",
        38,
        0,
        &format!("{http}BestuursorgaanClassificatieCode/"),
    );
    same_as_file::<BestuurseenheidClassificatie>(
        "bestuurseenheid-classificatie-code.ttl",
        23,
        0,
        &format!("{http}BestuurseenheidClassificatieCode/"),
    );
    same_as_file::<Bestuursfunctie>(
        "bestuursfunctie-code.ttl",
        50,
        0,
        &format!("{http}BestuursfunctieCode/"),
    );
    same_as_file::<MandatarisStatus>(
        "mandataris-status-code.ttl",
        4,
        0,
        &format!("{http}MandatarisStatusCode/"),
    );
    // Lower-case `f` in the concept IRIs, unlike the scheme `FunctionarisStatusCode`.
    same_as_file::<FunctionarisStatus>(
        "functionaris-status-code.ttl",
        2,
        0,
        &format!("{http}functionarisStatusCode/"),
    );
}

/// Parsing, `Display` and serde agree for every concept, and accept the IRI only.
fn round_trips<T: Code>() {
    assert!(!T::all().is_empty());
    assert!(
        T::all().windows(2).all(|w| w[0] < w[1]),
        "{}: ALL is not in order",
        T::NAME
    );
    for &code in T::all() {
        let iri = code.iri();
        assert_eq!(iri.parse::<T>(), Ok(code));
        assert_eq!(code.to_string(), iri);
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, serde_json::to_string(iri).unwrap());
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), code);
        assert_eq!(
            serde_json::from_value::<T>(serde_json::json!(iri)).unwrap(),
            code
        );

        let swapped = match iri.strip_prefix("https:") {
            Some(rest) => format!("http:{rest}"),
            None => format!("https:{}", iri.strip_prefix("http:").unwrap()),
        };
        let local = iri.rsplit('/').next().unwrap();
        for wrong in [
            swapped,
            format!(" {iri}"),
            format!("{iri} "),
            format!("<{iri}>"),
            format!("{iri}/"),
            iri.to_uppercase(),
            iri.replace(local, &local.to_uppercase()),
            local.to_owned(),
            code.label().to_owned(),
        ] {
            if wrong == iri {
                continue; // a local id without letters
            }
            assert_eq!(wrong.parse::<T>(), Err(DecisionError::Code), "{wrong:?}");
            let json = serde_json::to_string(&wrong).unwrap();
            assert!(serde_json::from_str::<T>(&json).is_err(), "{json}");
        }
    }
    for wrong in ["", "http://", "https://data.vlaanderen.be/id/concept/"] {
        assert_eq!(wrong.parse::<T>(), Err(DecisionError::Code), "{wrong:?}");
    }
    assert!(serde_json::from_str::<T>("12").is_err());
    assert!(serde_json::from_str::<T>("null").is_err());
    let err = "x".parse::<T>().unwrap_err();
    assert_eq!(err.code(), "decision.code.unknown");
}

#[test]
fn every_concept_round_trips_through_from_str_display_and_serde() {
    round_trips::<BesluitType>();
    round_trips::<DocumentType>();
    round_trips::<BestuursorgaanClassificatie>();
    round_trips::<BestuurseenheidClassificatie>();
    round_trips::<Bestuursfunctie>();
    round_trips::<MandatarisStatus>();
    round_trips::<FunctionarisStatus>();
    round_trips::<AgendapuntType>();
}

/// The JSON Schema of every code list lists exactly its IRIs, in both dialects.
fn schema_lists_the_iris<T: Code>() {
    for dialect in Dialect::ALL {
        let schemas = schema::all(dialect);
        let (_, schema) = schemas.iter().find(|(name, _)| name == T::NAME).unwrap();
        let listed: Vec<&str> = schema.as_value()["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let iris: Vec<&str> = T::all().iter().map(|c| c.iri()).collect();
        assert_eq!(listed, iris, "{}", T::NAME);
        let validator = jsonschema::validator_for(schema.as_value()).unwrap();
        for &code in T::all() {
            assert!(validator.is_valid(&serde_json::to_value(code).unwrap()));
        }
        assert!(!validator.is_valid(&serde_json::json!(T::all()[0].label())));
    }
}

#[test]
fn schemas_list_the_concept_iris() {
    schema_lists_the_iris::<BesluitType>();
    schema_lists_the_iris::<DocumentType>();
    schema_lists_the_iris::<BestuursorgaanClassificatie>();
    schema_lists_the_iris::<BestuurseenheidClassificatie>();
    schema_lists_the_iris::<Bestuursfunctie>();
    schema_lists_the_iris::<MandatarisStatus>();
    schema_lists_the_iris::<FunctionarisStatus>();
    schema_lists_the_iris::<AgendapuntType>();
}

#[test]
fn well_known_concepts_have_their_names_iris_and_flags() {
    let besluit = "https://data.vlaanderen.be/id/concept/BesluitType/";
    let orgaan = "http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/";
    let eenheid = "http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/";
    let functie = "http://data.vlaanderen.be/id/concept/BestuursfunctieCode/";

    // The two BesluitTypes labelled "Andere".
    let andere = BesluitType::Andere;
    assert_eq!(
        andere.iri(),
        format!("{besluit}84121221-4217-40e3-ada2-cd1379b168e1")
    );
    assert_eq!(andere.label(), "Andere");
    assert!(!andere.is_deprecated());
    let old = BesluitType::AndereDeprecated;
    assert_eq!(
        old.iri(),
        format!("{besluit}e96ec8af-6480-4b32-876a-fefe5f0a3793")
    );
    assert_eq!(old.label(), "Andere");
    assert!(old.is_deprecated());

    for (code, id, label) in [
        (
            BesluitType::Belastingreglement,
            "efa4ec5a-b006-453f-985f-f986ebae11bc",
            "Belastingreglement",
        ),
        (
            BesluitType::Akteneming,
            "2ee9e3fa-88f0-40f8-a545-bb4cfef2b06d",
            "Akteneming",
        ),
    ] {
        assert_eq!(code.iri(), format!("{besluit}{id}"));
        assert_eq!(code.label(), label);
        assert!(!code.is_deprecated());
    }

    let deprecated_document = DocumentType::AanduidingEnEedafleggingVanDeAangewezenBurgemeester;
    assert!(deprecated_document.is_deprecated());
    assert!(
        deprecated_document
            .iri()
            .ends_with("/a48f2ded-78a5-45e5-a5d8-077814cec39f")
    );
    assert!(deprecated_document.label().starts_with("[BUITEN GEBRUIK] "));
    assert!(
        DocumentType::ALL
            .iter()
            .filter(|d| **d != deprecated_document)
            .all(|d| !d.is_deprecated())
    );
    assert_eq!(
        DocumentType::Besluitenlijst.iri(),
        "https://data.vlaanderen.be/id/concept/BesluitDocumentType/3fa67785-ffdc-4b30-8880-2b99d97b4dee"
    );

    assert_eq!(
        BestuursorgaanClassificatie::Gemeenteraad.iri(),
        format!("{orgaan}5ab0e9b8a3b2ca7c5e000005")
    );
    assert_eq!(
        BestuursorgaanClassificatie::CollegeVanBurgemeesterEnSchepenen.iri(),
        format!("{orgaan}5ab0e9b8a3b2ca7c5e000006")
    );
    assert_eq!(
        BestuursorgaanClassificatie::CollegeVanBurgemeesterEnSchepenen.label(),
        "College van Burgemeester en Schepenen"
    );
    assert_eq!(
        BestuurseenheidClassificatie::Gemeente.iri(),
        format!("{eenheid}5ab0e9b8a3b2ca7c5e000001")
    );
    assert_eq!(
        BestuurseenheidClassificatie::Ocmw.iri(),
        format!("{eenheid}5ab0e9b8a3b2ca7c5e000002")
    );
    assert_eq!(BestuurseenheidClassificatie::Ocmw.label(), "OCMW");
    assert_eq!(
        Bestuursfunctie::Burgemeester.iri(),
        format!("{functie}5ab0e9b8a3b2ca7c5e000013")
    );
    assert_eq!(
        Bestuursfunctie::Schepen.iri(),
        format!("{functie}5ab0e9b8a3b2ca7c5e000014")
    );
    // Labels are kept verbatim, double space included.
    assert_eq!(
        Bestuursfunctie::BestuurslidVanRechtswegeVanHetBestuurVanDeEredienst.label(),
        "Bestuurslid (van rechtswege)  van het bestuur van de eredienst"
    );
    assert_eq!(
        MandatarisStatus::Effectief.iri(),
        "http://data.vlaanderen.be/id/concept/MandatarisStatusCode/21063a5b-912c-4241-841c-cc7fb3c73e75"
    );
    assert_eq!(
        FunctionarisStatus::Aangesteld.iri(),
        "http://data.vlaanderen.be/id/concept/functionarisStatusCode/45b4b155-d22a-4eaf-be3a-97022c6b7fcd"
    );
    // A concept of another code list is not a concept of this one.
    assert_eq!(
        MandatarisStatus::Waarnemend
            .iri()
            .parse::<FunctionarisStatus>(),
        Err(DecisionError::Code)
    );
}

#[test]
fn agenda_item_types_are_lblods_concepts() {
    let prefix = "http://lblod.data.gift/concepts/";
    let expected = [
        (
            AgendapuntType::Aanvullend,
            "b122db75-fd93-4f03-b57a-2a9269289782",
            "aanvullend",
        ),
        (
            AgendapuntType::Gepland,
            "bdf68a65-ce15-42c8-ae1b-19eeb39e20d0",
            "gepland",
        ),
        (
            AgendapuntType::Spoedeisend,
            "8c143571-175c-4d13-acaa-9f471180a8c9",
            "spoedeisend",
        ),
    ];
    assert_eq!(AgendapuntType::ALL.len(), expected.len());
    for (code, id, label) in expected {
        assert_eq!(code.iri(), format!("{prefix}{id}"));
        assert_eq!(code.label(), label);
        assert!(!code.is_deprecated());
    }
}
