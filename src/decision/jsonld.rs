//! JSON-LD: the crate's flat context for decision records and the writer of a session's
//! document of one kind, from the graph projection ([`super::graph`]).

use serde_json::{Map, Value as Json, json};

use crate::decision::graph::{
    self, DATE_PROPERTIES, DATE_TIME_PROPERTIES, MULTI_VALUED_PROPERTIES, PREFIXES,
    REFERENCE_PROPERTIES, Value,
};
use crate::decision::{DecisionError, DocumentKind, RenderOptions, Zitting};

/// The crate's JSON-LD context for decision records: flat, no `@vocab`, no scoped contexts.
///
/// Its keys are the prefixes (exactly as LBLOD writes them: `http` for `besluit`, `mandaat`,
/// `persoon`…) and, for the properties whose values need it, a coercion: `xsd:dateTime` for
/// `besluit:geplandeStart`, `prov:startedAtTime`, `prov:endedAtTime`; `xsd:date` for
/// `eli:date_publication`, `eli:first_date_entry_in_force`, `eli:date_no_longer_in_force`;
/// `@id` for every object property (a safety net: the documents write references as
/// `{"@id": …}` anyway). The properties of a document are compact IRIs (`besluit:motivering`),
/// so each key names its namespace. Plain strings are `xsd:string`; `besluit:motivering`,
/// `besluit:onderwerp` and `besluit:gevolg` are language-tagged strings
/// (`{"@value", "@language"}`); booleans and integers are native JSON.
///
/// ```
/// let context = bouwstenen::decision::context();
/// assert_eq!(context["besluit"], "http://data.vlaanderen.be/ns/besluit#");
/// assert_eq!(context["persoon"], "http://data.vlaanderen.be/ns/persoon#");
/// assert_eq!(context["besluit:geplandeStart"]["@type"], "xsd:dateTime");
/// assert_eq!(context["eli:realizes"]["@type"], "@id");
/// assert!(context.get("@vocab").is_none());
/// ```
pub fn context() -> Json {
    let mut context = Map::new();
    for (prefix, namespace) in PREFIXES {
        context.insert(prefix.to_owned(), Json::from(namespace));
    }
    for property in DATE_TIME_PROPERTIES {
        context.insert(
            property.to_owned(),
            json!({"@id": property, "@type": "xsd:dateTime"}),
        );
    }
    for property in DATE_PROPERTIES {
        context.insert(
            property.to_owned(),
            json!({"@id": property, "@type": "xsd:date"}),
        );
    }
    for property in REFERENCE_PROPERTIES {
        context.insert(
            property.to_owned(),
            json!({"@id": property, "@type": "@id"}),
        );
    }
    Json::Object(context)
}

/// One value in its JSON-LD form.
fn value(property: &str, value: &Value<'_>) -> Json {
    match value {
        Value::Ref(iri) => json!({ "@id": iri }),
        Value::Str(text) => Json::from(text.as_ref()),
        Value::Lang(text, language) => json!({"@value": text, "@language": language.code()}),
        Value::Date(_) if DATE_PROPERTIES.contains(&property) => Json::from(value.lexical()),
        Value::Date(_) => json!({"@value": value.lexical(), "@type": "xsd:date"}),
        Value::DateTime(_) if DATE_TIME_PROPERTIES.contains(&property) => {
            Json::from(value.lexical())
        }
        Value::DateTime(_) => json!({"@value": value.lexical(), "@type": "xsd:dateTime"}),
        Value::Bool(b) => Json::from(*b),
        Value::Int(n) => Json::from(*n),
    }
}

impl Zitting {
    /// The session's document of one kind as JSON-LD: `{"@context": …, "@graph": [...]}`,
    /// with the [`context`] embedded (nothing is fetched to read it) and one node per
    /// subject, in document order: the session, its documents, the governing body, the
    /// administrative unit, places, concepts, office holders, agenda items, treatments and
    /// votes, decisions, what they realise, articles, and the legal bases cited.
    ///
    /// - [`DocumentKind::Agenda`]: the planned data only (no start, end, chair, members,
    ///   treatments). It conforms to LBLOD's agenda shape, not to the official `ZittingShape`,
    ///   which requires the outcome.
    /// - [`DocumentKind::Besluitenlijst`]: the outcome, votes with counts and voters.
    /// - [`DocumentKind::Notulen`]: also the names of those for, against and abstaining in
    ///   open votes (never for a secret vote).
    /// - [`DocumentKind::Uittreksel`]: an extract of the minutes about one treatment, the
    ///   extract of `documenten.uittreksels` that [`RenderOptions::uittreksel`] selects (the
    ///   first by default): the session (`besluit:behandelt` only the extract's agenda item),
    ///   the extract's own document (`besluit:heeftUittreksel`, typed with the Uittreksel
    ///   concept), bodies, places, the office holders referred to, the agenda item, the
    ///   treatment with its votes (names as in the minutes) and its decisions.
    ///
    /// Types are arrays with the primary class first; properties that can repeat are always
    /// arrays; references are `{"@id": …}`; there are no blank nodes.
    ///
    /// # Errors
    ///
    /// [`DecisionError::Required`] for a list of decisions, minutes or extract of a session
    /// built for an agenda only, or for an extract that the session does not have
    /// ([`RenderOptions::uittreksel`]); [`DecisionError::ReferenceUnknown`] when the extract's
    /// treatment is not in the session.
    ///
    /// ```
    /// use bouwstenen::decision::{BuildOptions, DocumentKind, RenderOptions, Uittreksel, Zitting};
    ///
    /// let doc = Zitting::example().to_jsonld(DocumentKind::Besluitenlijst, &RenderOptions::default())?;
    /// let graph = doc["@graph"].as_array().unwrap();
    /// assert_eq!(graph[0]["@type"][0], "besluit:Zitting");
    /// assert_eq!(graph[0]["besluit:isGehoudenDoor"]["@id"],
    ///            "http://data.lblod.info/id/bestuursorganen/voorbeeldgem-gr-2025");
    /// assert_eq!(graph[1]["@type"][1],
    ///            "https://data.vlaanderen.be/id/concept/BesluitDocumentType/3fa67785-ffdc-4b30-8880-2b99d97b4dee");
    ///
    /// // An extract: one treatment, its own document first after the session.
    /// let zitting = Zitting::example();
    /// let treatment = zitting.behandelingen()[0].id.clone().unwrap();
    /// let extract = Uittreksel {
    ///     id: Some("https://data.voorbeeldgem.be/id/uittreksels/2025-01-13-gr-1".parse()?),
    ///     ..Uittreksel::new(treatment)
    /// };
    /// let zitting = zitting.to_builder().uittreksel(extract).build(&BuildOptions::default()).unwrap();
    /// let doc = zitting.to_jsonld(DocumentKind::Uittreksel, &RenderOptions::default())?;
    /// let graph = doc["@graph"].as_array().unwrap();
    /// assert_eq!(graph[0]["besluit:heeftUittreksel"].as_array().unwrap().len(), 1);
    /// assert_eq!(graph[1]["@type"][1],
    ///            "https://data.vlaanderen.be/id/concept/BesluitDocumentType/9d5bfaca-bbf2-49dd-a830-769f91a6377b");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn to_jsonld(
        &self,
        kind: DocumentKind,
        options: &RenderOptions,
    ) -> Result<Json, DecisionError> {
        let nodes = graph::project(self, kind, options)?;
        let mut out = Vec::with_capacity(nodes.len());
        for node in nodes {
            let mut object = Map::new();
            object.insert("@id".to_owned(), Json::from(node.id));
            object.insert(
                "@type".to_owned(),
                Json::Array(node.types.iter().map(|t| Json::from(t.as_str())).collect()),
            );
            for (property, v) in &node.props {
                let v = value(property, v);
                let multi = MULTI_VALUED_PROPERTIES.contains(property);
                match object.get_mut(*property) {
                    Some(Json::Array(values)) => values.push(v),
                    Some(single) => {
                        let first = single.take();
                        *single = Json::Array(vec![first, v]);
                    }
                    None => {
                        object.insert(
                            (*property).to_owned(),
                            if multi { Json::Array(vec![v]) } else { v },
                        );
                    }
                }
            }
            out.push(Json::Object(object));
        }
        Ok(json!({"@context": context(), "@graph": out}))
    }
}
