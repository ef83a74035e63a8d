//! The OSLO-Toestemming export of a record ([`ConsentRecord::to_oslo_toestemming`]): the state
//! of its consents at an instant in the Flemish government's consent vocabulary. The public
//! items carry the documentation, since this module is private.

use serde_json::{Map, Value, json};

use crate::consent::{ConsentEvent, ConsentRecord, EventKind, Key, Timestamp};

/// The namespace of the OSLO-Toestemming vocabulary (standard of 2019-02-07).
const TOESTEMMING: &str = "https://data.vlaanderen.be/ns/toestemming#";

/// The concept scheme of the code list ToestemmingStatus.
const STATUS_SCHEME: &str = "https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus";

/// The JSON-LD context of the OSLO-Toestemming export: Dutch terms for the vocabulary's
/// classes and properties (`Toestemming`, `gegevenVoor`, `gegevenOp` as `xsd:date`, `status`,
/// `vervalt` = `schema:expires` as `xsd:date`, `toestemmingsvraag`, `verwerkingsgrond`), the
/// SKOS terms of the status concepts, `gerelateerd` (`dcterms:relation`), and the prefixes
/// `toestemming`, `dcterms`, `schema` (`http://schema.org/`, as OSLO writes it), `skos`, `xsd`
/// and DPV's `dpv` and `eu-gdpr` for the legal grounds.
/// [`ConsentRecord::to_oslo_toestemming`] embeds it.
///
/// ```
/// let context = bouwstenen::consent::oslo_context();
/// assert_eq!(context["toestemming"], "https://data.vlaanderen.be/ns/toestemming#");
/// assert_eq!(context["gegevenOp"]["@type"], "xsd:date");
/// ```
pub fn oslo_context() -> Value {
    let mut context = Map::new();
    for (term, iri) in [
        ("toestemming", TOESTEMMING),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("schema", "http://schema.org/"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("dpv", "https://w3id.org/dpv#"),
        ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
        ("Toestemming", "toestemming:Toestemming"),
        ("Verwerkingsactiviteit", "toestemming:Verwerkingsactiviteit"),
        ("Privacyverklaring", "toestemming:Privacyverklaring"),
        ("Concept", "skos:Concept"),
    ] {
        context.insert(term.into(), iri.into());
    }
    for (term, iri, kind) in [
        ("gegevenVoor", "toestemming:gegevenVoor", "@id"),
        ("gegevenOp", "toestemming:gegevenOp", "xsd:date"),
        ("status", "toestemming:status", "@id"),
        ("vervalt", "schema:expires", "xsd:date"),
        (
            "toestemmingsvraag",
            "toestemming:toestemmingsvraag",
            "xsd:string",
        ),
        ("verwerkingsgrond", "toestemming:verwerkingsgrond", "@id"),
        ("gerelateerd", "dcterms:relation", "@id"),
        ("inSchema", "skos:inScheme", "@id"),
    ] {
        context.insert(term.into(), json!({"@id": iri, "@type": kind}));
    }
    context.insert(
        "prefLabel".into(),
        json!({"@id": "skos:prefLabel", "@language": "nl"}),
    );
    Value::Object(context)
}

/// The calendar date (UTC) of an instant, as `xsd:date`.
fn date(instant: &Timestamp) -> String {
    instant.instant().date_naive().to_string()
}

impl ConsentRecord {
    /// The consents of the record at `at` in the vocabulary OSLO-Toestemming of Digitaal
    /// Vlaanderen, as JSON-LD with its [`oslo_context`] embedded: one `Toestemming` per purpose
    /// that was consented to at or before `at`, with its status in the code list
    /// ToestemmingStatus, `actief` while the consent is valid for processing and `inactief`
    /// once it was withdrawn, expired, revoked or invalidated.
    ///
    /// ```
    /// let record = bouwstenen::consent::ConsentRecord::example();
    /// let doc = record.to_oslo_toestemming(&"2026-03-01T00:00:00Z".parse()?);
    /// let consent = &doc["@graph"][0];
    /// assert_eq!(consent["@type"], "Toestemming");
    /// assert_eq!(consent["gegevenOp"], "2026-02-10");
    /// assert_eq!(consent["vervalt"], "2028-02-10");
    /// assert_eq!(consent["status"]["prefLabel"], "actief");
    /// assert_eq!(consent["gegevenVoor"]["toestemmingsvraag"], "Nieuwsbrief over wegenwerken");
    /// assert_eq!(doc["@graph"].as_array().unwrap().len(), 1); // the refused purpose has none
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    ///
    /// # Mapping
    ///
    /// | OSLO-Toestemming | from the record |
    /// |---|---|
    /// | `Toestemming` | a purpose with a grant (`Given` or `Reaffirmed`) at or before `at`; `@id` the record's identifier with the purpose as fragment (`urn:uuid:…#nieuwsbrief-wegenwerken`) |
    /// | `gegevenOp` (`xsd:date`) | the date of the latest grant |
    /// | `status` | a `skos:Concept` in the scheme `https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus` with `skos:prefLabel` `actief` or `inactief` (see below) |
    /// | `vervalt` (`schema:expires`, `xsd:date`) | while active: the end of the validity, when the record can tell (`Temporal`, `UntilTime`); once inactive: the date it ended (the withdrawal, expiry, revocation or invalidation, or the end of the validity) |
    /// | `gegevenVoor` → `Verwerkingsactiviteit` | the purpose as the grant's notice version describes it: `toestemmingsvraag` its label in the notice's language, `verwerkingsgrond` its legal basis as DPV's concept (`eu-gdpr:A6-1-a-non-explicit-consent`) |
    /// | `gerelateerd` (`dcterms:relation`) → `Privacyverklaring` | the notice version of the grant, by its `url` (else its `noticeId`) |
    ///
    /// The concepts of ToestemmingStatus and Verwerkingsgronden are not in the crate's sources
    /// (only the schemes' IRIs are), so the status is a concept node with the scheme and the
    /// label rather than a guessed IRI, and the legal ground is DPV's concept.
    ///
    /// # What is lost
    ///
    /// | record | in OSLO-Toestemming |
    /// |---|---|
    /// | the event history, notice digests, actors, channels, methods, evidence, the hash chain | not in the vocabulary: it is a state snapshot |
    /// | the time of day | `gegevenOp` and `vervalt` are dates (UTC) |
    /// | purposes never consented to (requested, deferred, refused) | no `Toestemming` |
    /// | which of withdrawn, expired, revoked or invalidated | all `inactief` |
    /// | the data subject | not linked (the summary of the vocabulary names no property for it); the record's identifier is in the `@id` |
    /// | DPV purposes, personal data, recipients, retention, locations, rights, withdrawal | not in the vocabulary |
    /// | contact channel, notification category, `beperking`, processing type (`dcterms:type`) | the record has no such data; the code lists are not in the crate's sources |
    pub fn to_oslo_toestemming(&self, at: &Timestamp) -> Value {
        let mut graph = Vec::new();
        for purpose in self.purposes() {
            if let Some(node) = self.toestemming(purpose, at) {
                graph.push(node);
            }
        }
        json!({"@context": oslo_context(), "@graph": graph})
    }

    /// The `Toestemming` of a purpose at `at`, if it was consented to by then.
    fn toestemming(&self, purpose: &Key, at: &Timestamp) -> Option<Value> {
        let decisions: Vec<&ConsentEvent> = self
            .events()
            .iter()
            .filter(|e| e.kind.is_decision() && e.purposes.contains(purpose))
            .filter(|e| e.occurred_at.instant() <= at.instant())
            .collect();
        let (index, grant) = decisions
            .iter()
            .enumerate()
            .rev()
            .find(|(_, e)| matches!(e.kind, EventKind::Given | EventKind::Reaffirmed))?;
        let notice = self.notice_of(grant)?;
        let spec = notice.purpose(purpose)?;
        let state = self.state_at(purpose, at).ok()?;
        let active = state.valid_for_processing;
        let ends = if active {
            state.valid_until.clone()
        } else {
            let ended = decisions.iter().skip(index.saturating_add(1)).find(|e| {
                matches!(
                    e.kind,
                    EventKind::Withdrawn
                        | EventKind::Expired
                        | EventKind::Revoked
                        | EventKind::Invalidated
                )
            });
            let lapsed = state
                .valid_until
                .clone()
                .filter(|end| end.instant() <= at.instant());
            match (ended.map(|e| e.occurred_at.clone()), lapsed) {
                (Some(a), Some(b)) => Some(if a.instant() <= b.instant() { a } else { b }),
                (a, b) => a.or(b),
            }
        };
        let label = spec
            .label
            .get(&notice.language)
            .or_else(|| spec.label.values().next())?;
        let mut activity = Map::new();
        activity.insert("@type".into(), "Verwerkingsactiviteit".into());
        activity.insert("toestemmingsvraag".into(), label.as_str().into());
        activity.insert("verwerkingsgrond".into(), spec.legal_basis.as_str().into());
        let status = if active { "actief" } else { "inactief" };
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            format!("{}#{purpose}", self.header().record_id).into(),
        );
        node.insert("@type".into(), "Toestemming".into());
        node.insert("gegevenVoor".into(), Value::Object(activity));
        node.insert("gegevenOp".into(), date(&grant.occurred_at).into());
        node.insert(
            "status".into(),
            json!({"@type": "Concept", "inSchema": STATUS_SCHEME, "prefLabel": status}),
        );
        if let Some(end) = ends {
            node.insert("vervalt".into(), date(&end).into());
        }
        let document = notice.url.as_ref().unwrap_or(&notice.notice_id);
        node.insert(
            "gerelateerd".into(),
            json!({"@id": document.as_str(), "@type": "Privacyverklaring"}),
        );
        Some(Value::Object(node))
    }
}
