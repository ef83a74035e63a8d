//! JSON Schemas of every public data type, for tenders, API contracts and validators in other
//! languages.
//!
//! Each schema has a unique, explicit name (the Rust type's name), a title and a description,
//! and describes the form the crate serialises: the compact form of an identifier. The
//! repository's `schemas/` folder holds them as files, written by `bouwstenen schema --out
//! schemas` from [`files`]; a test fails when the committed files differ from what the code
//! generates.
//!
//! ```
//! use bouwstenen::schema::{self, Dialect};
//!
//! let schemas = schema::all(Dialect::Draft2020_12);
//! let (name, insz) = schemas.iter().find(|(name, _)| name == "Insz").unwrap();
//! assert_eq!(insz.get("$schema").and_then(|v| v.as_str()),
//!            Some("https://json-schema.org/draft/2020-12/schema"));
//! assert_eq!(insz.get("pattern").and_then(|v| v.as_str()), Some("^[0-9]{11}$"));
//! ```

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};

/// The JSON Schema dialect to write.
///
/// ```
/// use bouwstenen::schema::Dialect;
/// assert_eq!(Dialect::default(), Dialect::Draft2020_12);
/// assert_eq!(Dialect::Draft07.folder(), "draft-07");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Dialect {
    /// JSON Schema 2020-12 (also OpenAPI 3.1), the default.
    #[default]
    Draft2020_12,
    /// JSON Schema draft-07, for older validators.
    Draft07,
}

impl Dialect {
    /// Every dialect, in the order [`files`] writes them.
    ///
    /// ```
    /// assert_eq!(bouwstenen::schema::Dialect::ALL.len(), 2);
    /// ```
    pub const ALL: [Dialect; 2] = [Dialect::Draft2020_12, Dialect::Draft07];

    /// The folder (relative to the schema folder) where [`files`] puts this dialect's schemas:
    /// `""` for 2020-12, `"draft-07"` for draft-07.
    ///
    /// ```
    /// assert_eq!(bouwstenen::schema::Dialect::Draft2020_12.folder(), "");
    /// ```
    pub const fn folder(self) -> &'static str {
        match self {
            Dialect::Draft2020_12 => "",
            Dialect::Draft07 => "draft-07",
        }
    }

    fn generator(self) -> SchemaGenerator {
        match self {
            Dialect::Draft2020_12 => SchemaSettings::draft2020_12(),
            Dialect::Draft07 => SchemaSettings::draft07(),
        }
        .into_generator()
    }
}

/// The JSON Schema of every public data type of the crate, by name, sorted by name.
///
/// ```
/// use bouwstenen::schema::{self, Dialect};
/// let names: Vec<String> = schema::all(Dialect::Draft07).into_iter().map(|(n, _)| n).collect();
/// assert!(names.contains(&"EnterpriseNumber".to_owned()));
/// ```
pub fn all(dialect: Dialect) -> Vec<(String, Schema)> {
    let mut schemas = Vec::new();
    let mut add = |name: std::borrow::Cow<'static, str>, schema: Schema| {
        schemas.push((name.into_owned(), schema));
    };
    macro_rules! add {
        ($($ty:ty),* $(,)?) => {
            // A generator per type, so that each file holds only the definitions it uses.
            $( add(<$ty>::schema_name(), dialect.generator().root_schema_for::<$ty>()); )*
        };
    }
    add![
        crate::address::Address,
        crate::address::AddressStatus,
        crate::address::BoxNumber,
        crate::address::Crs,
        crate::address::Finding,
        crate::address::HouseNumber,
        crate::address::LanguageArea,
        crate::address::Municipality,
        crate::address::Point,
        crate::address::Position,
        crate::address::PositionMethod,
        crate::address::PositionSpecification,
        crate::address::Postcode,
        crate::address::Province,
        crate::address::Region,
        crate::address::Severity,
        crate::address::Validation,
        crate::Language,
        crate::decision::Agendapunt,
        crate::decision::AgendapuntType,
        crate::decision::Artikel,
        crate::decision::BehandelingVanAgendapunt,
        crate::decision::Besluit,
        crate::decision::Bestuurseenheid,
        crate::decision::Bestuursorgaan,
        crate::decision::Document,
        crate::decision::DocumentKind,
        crate::decision::Documenten,
        crate::decision::Iri,
        crate::decision::Locatie,
        crate::decision::Mandaat,
        crate::decision::Mandataris,
        crate::decision::MandatarisSoort,
        crate::decision::NodeId,
        crate::decision::Persoon,
        crate::decision::Rechtsgrond,
        crate::decision::Stemming,
        crate::decision::Uittreksel,
        crate::decision::Zitting,
        crate::Amount,
        crate::decision::BesluitType,
        crate::decision::BestuurseenheidClassificatie,
        crate::decision::Bestuursfunctie,
        crate::decision::BestuursorgaanClassificatie,
        crate::Bic,
        crate::CreditorReference,
        crate::decision::DocumentType,
        crate::EidCardNumber,
        crate::EnterpriseNumber,
        crate::EstablishmentUnitNumber,
        crate::decision::FunctionarisStatus,
        crate::Iban,
        crate::Insz,
        crate::InszKind,
        crate::address::Lambert2008,
        crate::address::Lambert72,
        crate::decision::MandatarisStatus,
        crate::NisCode,
        crate::NisLevel,
        crate::OvoCode,
        crate::payment::Party,
        crate::payment::PaymentRequest,
        crate::payment::PurposeCode,
        crate::payment::Remittance,
        crate::Sex,
        crate::StructuredCommunication,
        crate::VatNumber,
        crate::address::Wgs84,
    ];
    // A consent record is hashed over its JSON, where `null` is not a value: an absent field
    // is left out. Their schemas say so, where schemars allows `null` for an `Option`.
    macro_rules! add_without_null {
        ($($ty:ty),* $(,)?) => {
            $(
                let mut schema = dialect.generator().root_schema_for::<$ty>();
                without_null(schema.as_object_mut());
                add(<$ty>::schema_name(), schema);
            )*
        };
    }
    add_without_null![
        crate::consent::ActorRole,
        crate::consent::Channel,
        crate::consent::ConsentEvent,
        crate::consent::ConsentRecord,
        crate::consent::ConsentStatus,
        crate::consent::ConsentType,
        crate::consent::EventKind,
        crate::consent::Method,
        crate::consent::NoticeVersion,
        crate::consent::PurposeSpec,
        crate::consent::PurposeState,
        crate::consent::RecordHeader,
        crate::consent::Validity,
    ];
    schemas.sort_by(|a, b| a.0.cmp(&b.0));
    schemas
}

/// Removes `null` from a schema and its subschemas: `"type": ["string", "null"]` becomes
/// `"string"`, and `"anyOf": [{"$ref": …}, {"type": "null"}]` becomes the `$ref`.
fn without_null(schema: Option<&mut serde_json::Map<String, serde_json::Value>>) {
    use serde_json::Value;
    let Some(map) = schema else { return };
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if let [single] = types.as_slice() {
            let single = single.clone();
            map.insert("type".to_owned(), single);
        }
    }
    let null = serde_json::json!({"type": "null"});
    if let Some(Value::Array(any_of)) = map.get("anyOf") {
        if any_of.contains(&null) {
            let rest: Vec<Value> = any_of.iter().filter(|s| **s != null).cloned().collect();
            map.remove("anyOf");
            match rest.as_slice() {
                [Value::Object(only)] => {
                    for (key, value) in only {
                        map.entry(key.clone()).or_insert_with(|| value.clone());
                    }
                }
                _ => {
                    map.insert("anyOf".to_owned(), Value::Array(rest));
                }
            }
        }
    }
    if map.get("default") == Some(&Value::Null) {
        map.remove("default");
    }
    for value in map.values_mut() {
        match value {
            Value::Object(inner) => without_null(Some(inner)),
            Value::Array(items) => items
                .iter_mut()
                .for_each(|item| without_null(item.as_object_mut())),
            _ => {}
        }
    }
}

/// The schema files as the repository's `schemas/` folder holds them: `(relative path,
/// contents)`, with 2020-12 schemas at the top (`Insz.json`) and draft-07 schemas in
/// `draft-07/`. The contents are pretty-printed JSON with a final newline.
///
/// ```
/// let files = bouwstenen::schema::files();
/// assert!(files.iter().any(|(path, _)| path == "Insz.json"));
/// assert!(files.iter().any(|(path, _)| path == "draft-07/Insz.json"));
/// ```
pub fn files() -> Vec<(String, String)> {
    Dialect::ALL
        .into_iter()
        .flat_map(|dialect| {
            all(dialect).into_iter().map(move |(name, schema)| {
                let path = match dialect.folder() {
                    "" => format!("{name}.json"),
                    folder => format!("{folder}/{name}.json"),
                };
                let mut contents = serde_json::to_string_pretty(&schema).unwrap_or_default();
                contents.push('\n');
                (path, contents)
            })
        })
        .collect()
}
