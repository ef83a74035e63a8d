//! The DPV-27560 JSON-LD export of a record ([`ConsentRecord::to_dpv_jsonld`]): ISO/IEC TS
//! 27560's record in the terms of the W3C Data Privacy Vocabulary 2.3, as the DPVCG guide
//! "Consent Records and Receipts as per ISO/IEC TS 27560:2023 using DPV" describes it. The
//! mapping reproduces the consent note's worked examples
//! (`data/consent/examples/example-record-{A,B}.dpv27560.jsonld`); the public items carry the
//! documentation, since this module is private.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::consent::{
    ConsentEvent, ConsentRecord, ConsentStatus, EventKind, Key, NoticeVersion, PurposeSpec,
    Validity, terms,
};

/// The profile of DPV-27560 for a record (`dct:conformsTo`).
const PROFILE_RECORD: &str = "https://w3id.org/dpv/schema/dpv-27560#record";
/// The profile of DPV-27560 for a record under the GDPR.
const PROFILE_RECORD_EU_GDPR: &str = "https://w3id.org/dpv/schema/dpv-27560#record-eu-gdpr";

/// The rights a purpose has under the GDPR profile when its notice lists none: withdrawal
/// (art. 7(3)), access (15), erasure (17), portability (20) and a complaint (77), as in the
/// worked examples.
const GDPR_RIGHTS: [&str; 5] = [
    "eu-gdpr:A7-3",
    "eu-gdpr:A15",
    "eu-gdpr:A17",
    "eu-gdpr:A20",
    "eu-gdpr:A77",
];

/// The DPV entity concepts a purpose may name as a recipient category instead of a party
/// (`recipients: ["dpv:ThirdParty"]`), in byte order. A `dpv:` recipient outside this list is
/// not exported: the record's rules accept any `dpv:` word there, DPV does not.
const RECIPIENT_CATEGORIES: [&str; 20] = [
    "dpv:Authority",
    "dpv:DataController",
    "dpv:DataProcessor",
    "dpv:DataProtectionAuthority",
    "dpv:DataSubProcessor",
    "dpv:EducationalOrganisation",
    "dpv:EmergencyServiceProvider",
    "dpv:GovernmentalOrganisation",
    "dpv:HealthcareOrganisation",
    "dpv:JointDataControllers",
    "dpv:LawEnforcementOrganisation",
    "dpv:LegalEntity",
    "dpv:NationalAuthority",
    "dpv:NonProfitOrganisation",
    "dpv:Organisation",
    "dpv:PublicSectorBody",
    "dpv:Recipient",
    "dpv:RegionalAuthority",
    "dpv:ServiceProvider",
    "dpv:ThirdParty",
];

/// DPV's notice classes that a notice version's `noticeKind` may name (without `dpv:`), in
/// byte order; the export types every notice `dpv:ConsentNotice` and adds this class.
const NOTICE_KINDS: [&str; 10] = [
    "ConsentNotice",
    "DashboardNotice",
    "DeviceNotice",
    "GraphicalNotice",
    "JITNotice",
    "LayeredNotice",
    "OralNotice",
    "PostedNotice",
    "PrintedNotice",
    "PrivacyNotice",
];

/// The commit of the W3C DPV repository (`github.com/w3c/dpv`, DPV 2.3) whose published term
/// lists the crate's term tables were generated from: every DPV term that
/// [`ConsentRecord::to_dpv_jsonld`] writes is a term of this version.
///
/// ```
/// assert_eq!(bouwstenen::consent::DPV_COMMIT.len(), 40);
/// ```
pub const DPV_COMMIT: &str = terms::DPV_COMMIT;

/// The JSON-LD context document of the DPV-27560 export: the prefixes (`dpv`, `pd`, `loc`,
/// `eu-gdpr`, `legal-eu`, `legal-be`, `sector-publicservices`, `dpv-27560`, `dct`, `skos`, `rdf`, `xsd`, `schema`, `spdx`,
/// and `party` for `urn:x-party:`) and the object properties declared `"@type": "@id"`, so that
/// `"dpv:hasPurpose": "dpv:Marketing"` is the concept and not the string (the pitfall of the
/// consent note, §3.3). It is the context of the consent note's worked examples
/// (`consent-record.context.jsonld`) with the prefix `sector-publicservices` added, which the
/// examples do not need; [`ConsentRecord::to_dpv_jsonld`] embeds its `@context`
/// value, so that the export needs no network. Publish this document to let others refer to
/// it by URL.
///
/// ```
/// let context = bouwstenen::consent::dpv_context();
/// assert_eq!(context["@context"]["dpv"], "https://w3id.org/dpv#");
/// assert_eq!(context["@context"]["dpv:hasPurpose"]["@type"], "@id");
/// ```
pub fn dpv_context() -> Value {
    // The constant is JSON (a unit test parses it); `Null` is unreachable.
    serde_json::from_str(DPV_CONTEXT).unwrap_or(Value::Null)
}

/// The context document: the consent note's `consent-record.context.jsonld` with one more
/// prefix, `sector-publicservices`, for the purposes of DPV's public-services extension
/// (`sector-publicservices:PublicServiceProvision`), which a record may use.
const DPV_CONTEXT: &str = r#"{
  "@context": {
    "@version": 1.1,
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "loc": "https://w3id.org/dpv/loc#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "legal-eu": "https://w3id.org/dpv/legal/eu#",
    "legal-be": "https://w3id.org/dpv/legal/be#",
    "sector-publicservices": "https://w3id.org/dpv/sector/publicservices#",
    "dpv-27560": "https://w3id.org/dpv/schema/dpv-27560#",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "spdx": "http://spdx.org/rdf/terms#",
    "party": "urn:x-party:",

    "dct:conformsTo": {"@type": "@id"},
    "dct:created": {"@type": "xsd:dateTime"},
    "dct:issued": {"@type": "xsd:dateTime"},
    "schema:url": {"@type": "@id"},
    "skos:broader": {"@type": "@id"},
    "spdx:algorithm": {"@type": "@id"},

    "dpv:hasDataSubject": {"@type": "@id"},
    "dpv:hasJurisdiction": {"@type": "@id"},
    "dpv:hasApplicableLaw": {"@type": "@id"},
    "dpv:hasEntity": {"@type": "@id"},
    "dpv:hasNotice": {"@type": "@id"},
    "dpv:hasProcess": {"@type": "@id"},
    "dpv:hasPurpose": {"@type": "@id"},
    "dpv:hasPersonalData": {"@type": "@id"},
    "dpv:hasProcessing": {"@type": "@id"},
    "dpv:hasDataController": {"@type": "@id"},
    "dpv:hasDataProcessor": {"@type": "@id"},
    "dpv:hasRecipient": {"@type": "@id"},
    "dpv:hasLegalBasis": {"@type": "@id"},
    "dpv:hasStorageCondition": {"@type": "@id"},
    "dpv:hasLocation": {"@type": "@id"},
    "dpv:hasDuration": {"@type": "@id"},
    "dpv:hasConsentControl": {"@type": "@id"},
    "dpv:hasConsentStatus": {"@type": "@id"},
    "dpv:hasRight": {"@type": "@id"},
    "dpv:isIndicatedBy": {"@type": "@id"},
    "dpv:isIndicatedAtTime": {"@type": "xsd:dateTime"},
    "dpv:isExercisedAt": {"@type": "xsd:anyURI"},
    "dpv:hasRecordOfActivity": {"@type": "@id"}
  }
}"#;

impl ConsentRecord {
    /// The record as a DPV-27560 consent record in JSON-LD (ISO/IEC TS 27560 with the terms of
    /// DPV 2.3), with the [`dpv_context`] embedded, so that a JSON-LD processor reads it
    /// without the network. The whole history is exported, not a state: one `dpv:Process` per
    /// purpose of each notice version, with a consent status per decision about it.
    ///
    /// ```
    /// let record = bouwstenen::consent::ConsentRecord::example();
    /// let doc = record.to_dpv_jsonld();
    /// assert_eq!(doc["@type"], "dpv:ConsentRecord");
    /// assert_eq!(doc["dct:conformsTo"], "https://w3id.org/dpv/schema/dpv-27560#record-eu-gdpr");
    /// assert_eq!(doc["dpv:hasApplicableLaw"], "legal-eu:law-GDPR");
    ///
    /// let newsletter = &doc["dpv:hasProcess"][0];
    /// assert_eq!(newsletter["dct:identifier"], "nieuwsbrief-wegenwerken");
    /// let given = &newsletter["dpv:hasConsentStatus"][0];
    /// assert_eq!(given["@type"], serde_json::json!(["dpv:ConsentGiven", "dpv:ExpressedConsent"]));
    /// assert_eq!(given["dpv:hasIndicationMethod"], "Web/CheckboxAndSubmit");
    /// assert_eq!(given["dpv:isIndicatedBy"], "dpv:DataSubject");
    /// assert_eq!(given["dpv:hasDuration"]["rdf:value"], "P2Y");
    /// ```
    ///
    /// # Mapping
    ///
    /// | record | DPV-27560 |
    /// |---|---|
    /// | `header.recordId` | `@id`; its UUID is `dct:identifier`; type `dpv:ConsentRecord` |
    /// | `header.applicableLaw` has `eu-gdpr` | `dct:conformsTo` `dpv-27560:record-eu-gdpr` (else `dpv-27560:record`) |
    /// | `header.createdAt` | `dct:created` |
    /// | `header.subject.ref` | `dpv:hasDataSubject`, a `dpv:DataSubject` |
    /// | `header.jurisdictions` | `dpv:hasJurisdiction` `loc:BE`, … (a code without a `loc:` concept in the crate's tables, such as `BE-VLG`: a `dpv:Location` with the code as `dct:identifier`) |
    /// | `header.applicableLaw` | `dpv:hasApplicableLaw`: `eu-gdpr` is `legal-eu:law-GDPR`, a law CURIE of DPV stays, another law is a `dpv:Law` with its name as `dct:identifier`; one law is written as a single value |
    /// | party | `dpv:hasEntity`: `@id` the `partyId`, `@type` the DPV classes of its roles, `dpv:hasName`, `dpv:hasIdentifier` `"SCHEME:value"` (only when it has identifiers) |
    /// | notice version | `dpv:hasNotice`: a `dpv:ConsentNotice` (plus the DPV class its `noticeKind` names) with `dct:hasVersion`, `dct:language`, `dct:issued`, `schema:url`, and its digest as `spdx:checksum`; `@id` the `noticeId`, or, when the record has several versions of the notice, a blank node per version with `dct:isVersionOf` the `noticeId` |
    /// | purpose of a notice version | a `dpv:Process` in `dpv:hasProcess` with `dct:identifier` the `purposeId`, `dpv:hasPurpose` (a `dpv:Purpose` with `skos:broader` the DPV purposes, `skos:prefLabel` the label in the notice's language, `dct:description`), `dpv:hasPersonalData`, `dpv:hasProcessing`, `dpv:hasDataController`, `dpv:hasRecipient` (parties, and DPV recipient categories such as `dpv:ThirdParty`), `dpv:hasLegalBasis`, `dpv:hasStorageCondition` (a `dpv:StorageLocation` and a `dpv:StorageDuration` with the retention), `dpv:hasProcessingCondition` (a `dpv:ProcessingLocation`), `dpv:hasConsentControl` (`dpv:ProvideConsent` and `dpv:WithdrawConsent`, `dpv:isExercisedAt` the withdrawal URL), `dpv:hasRight` (the purpose's rights; under the GDPR profile, when it has none, `eu-gdpr:A7-3`, `A15`, `A17`, `A20`, `A77`), `dpv:hasNecessity` (`dpv:Required`, `dpv:Optional`, `dpv:NotRequired`), `dpv:hasNotice` |
    /// | decision event | a status in the `dpv:hasConsentStatus` of each purpose it is about, in the process of its notice version (an event without one, such as `Withdrawn`, goes to the process of the grant it ends): `@id` the `eventId`, `@type` the DPV status and the consent type (`dpv:ExpressedConsent`, …), `dpv:isIndicatedAtTime` `occurredAt`, `dpv:hasIndicationMethod` `"Channel/Method"`, `dpv:isIndicatedBy` (the party, or for a person with a pseudonym a node of the role's class, or `dpv:DataSubject`), `dpv:hasDuration` the validity, `dct:description` the reason |
    /// | validity, retention | a `dpv:TemporalDuration`, `UntilTimeDuration`, `UntilEventDuration`, `FixedOccurrencesDuration` or `EndlessDuration` with the value as `rdf:value` |
    ///
    /// # What is lost
    ///
    /// | record | in DPV-27560 |
    /// |---|---|
    /// | `header.schema`, `header.subject.refScheme`, `header.subject.categories` (e.g. `dpv:Child`) | not exported: the subject is a `dpv:DataSubject`, as in the worked examples |
    /// | party `address`, `contact` | not exported (as in the worked examples) |
    /// | notice `mediaType`, an unknown `noticeKind` | not exported |
    /// | purpose `specialCategory` | implied by the personal-data categories (`pd:Health` is special), not stated |
    /// | `withdrawal.methods` (other than the URL) | not exported |
    /// | a `dpv:` recipient that is not a DPV entity concept | left out |
    /// | event `recordedAt`, `language`, `workflow`, `evidence`, `subjectContext` (age band, art. 8), actor `authorityBasis` and `verification`, `seq`, `prevHash`, `hash`, and the record's `head` | not exported: the export is not tamper-evident; verify the record itself |
    /// | administrative events (`ReceiptIssued`, `PropagationConfirmed`, `NoticeSuperseded`) and event types this version does not know | not exported |
    /// | a request or deferral while consent is valid (a prompt that leaves the consent in force) | exported as `dpv:ConsentRequested` / `dpv:ConsentRequestDeferred` at its time: DPV cannot say that the grant stays valid, so read the statuses with the lifecycle of the record |
    /// | an expiry derived from the validity, without an `Expired` event | no status: the grant's `dpv:hasDuration` says when it ends |
    /// | an actor `System` without party | no `dpv:isIndicatedBy` |
    /// | a jurisdiction or location code outside DPV's `loc:` concepts of the crate's tables (BE, its regions and provinces, EU, EEA) | a `dpv:Location` node with the code as `dct:identifier`, not a `loc:` concept |
    pub fn to_dpv_jsonld(&self) -> Value {
        let header = self.header();
        let gdpr = header.is_gdpr();
        let mut doc = Map::new();
        let context = match dpv_context() {
            Value::Object(mut map) => map.remove("@context").unwrap_or(Value::Null),
            other => other,
        };
        doc.insert("@context".into(), context);
        doc.insert("@id".into(), header.record_id.as_str().into());
        doc.insert("@type".into(), "dpv:ConsentRecord".into());
        let profile = if gdpr {
            PROFILE_RECORD_EU_GDPR
        } else {
            PROFILE_RECORD
        };
        doc.insert("dct:conformsTo".into(), profile.into());
        doc.insert("dct:identifier".into(), header.record_id.uuid().into());
        doc.insert("dct:created".into(), header.created_at.as_str().into());
        doc.insert(
            "dpv:hasDataSubject".into(),
            json!({"@id": header.subject.reference.as_str(), "@type": "dpv:DataSubject"}),
        );
        let jurisdictions: Vec<Value> = header.jurisdictions.iter().map(|c| location(c)).collect();
        if !jurisdictions.is_empty() {
            doc.insert("dpv:hasJurisdiction".into(), jurisdictions.into());
        }
        let mut laws: Vec<Value> = header.applicable_law.iter().map(|l| law(l)).collect();
        let laws = match laws.len() {
            0 => None,
            1 => laws.pop(),
            _ => Some(laws.into()),
        };
        if let Some(laws) = laws {
            doc.insert("dpv:hasApplicableLaw".into(), laws);
        }
        let entities: Vec<Value> = self.parties().iter().map(party_node).collect();
        doc.insert("dpv:hasEntity".into(), entities.into());
        let notice_ids = self.notice_ids();
        let notices: Vec<Value> = self
            .notices()
            .iter()
            .zip(&notice_ids)
            .map(|(notice, id)| notice_node(notice, id))
            .collect();
        doc.insert("dpv:hasNotice".into(), notices.into());
        let mut statuses = self.statuses_by_process();
        let mut processes = Vec::new();
        for (index, (notice, id)) in self.notices().iter().zip(&notice_ids).enumerate() {
            for spec in &notice.purposes {
                let events = statuses.remove(&(index, &spec.purpose_id));
                processes.push(process_node(notice, id, spec, gdpr, events));
            }
        }
        doc.insert("dpv:hasProcess".into(), processes.into());
        Value::Object(doc)
    }

    /// The `@id` of each notice version: its `noticeId` when it is the only version of its
    /// notice in the record, else a blank node per version.
    fn notice_ids(&self) -> Vec<String> {
        let notices = self.notices();
        notices
            .iter()
            .enumerate()
            .map(|(index, notice)| {
                let versions = notices
                    .iter()
                    .filter(|n| n.notice_id == notice.notice_id)
                    .count();
                if versions > 1 {
                    format!("_:notice-{index}")
                } else {
                    notice.notice_id.as_str().to_owned()
                }
            })
            .collect()
    }

    /// The consent statuses of the decision events, by (notice version, purpose): an event
    /// with a notice goes to that version; one without to the version of the grant it ends,
    /// or the last version the purpose was decided on, or the last version that has it.
    fn statuses_by_process(&self) -> HashMap<(usize, &Key), Vec<Value>> {
        let notices = self.notices();
        let mut grant: HashMap<&Key, usize> = HashMap::new();
        let mut last: HashMap<&Key, usize> = HashMap::new();
        let mut out: HashMap<(usize, &Key), Vec<Value>> = HashMap::new();
        for event in self.events() {
            let Some(status) = ConsentStatus::of_decision(&event.kind) else {
                continue; // administrative, or a type this version does not know
            };
            let own = event.notice.as_ref().and_then(|r| {
                notices
                    .iter()
                    .position(|n| n.notice_id == r.notice_id && n.version == r.version)
            });
            for purpose in &event.purposes {
                let ends_grant = matches!(
                    event.kind,
                    EventKind::Withdrawn
                        | EventKind::Expired
                        | EventKind::Revoked
                        | EventKind::Invalidated
                );
                let target = own
                    .or_else(|| ends_grant.then(|| grant.get(purpose).copied()).flatten())
                    .or_else(|| last.get(purpose).copied())
                    .or_else(|| notices.iter().rposition(|n| n.purpose(purpose).is_some()));
                let Some(target) = target else {
                    continue;
                };
                if matches!(event.kind, EventKind::Given | EventKind::Reaffirmed) {
                    grant.insert(purpose, target);
                }
                last.insert(purpose, target);
                out.entry((target, purpose))
                    .or_default()
                    .push(status_node(event, status));
            }
        }
        out
    }
}

/// The IRI or CURIE of a party in the export: its `partyId` when that is a CURIE or IRI
/// (`party:gemeente` expands to `urn:x-party:gemeente`), else `party:` and the key.
fn party_ref(key: &Key) -> String {
    if key.as_str().contains(':') {
        key.as_str().to_owned()
    } else {
        format!("party:{key}")
    }
}

/// A jurisdiction or location code as DPV's `loc:` concept, or a `dpv:Location` node.
fn location(code: &str) -> Value {
    let curie = format!("loc:{code}");
    if terms::is_location(&curie) {
        curie.into()
    } else {
        json!({"@type": "dpv:Location", "dct:identifier": code})
    }
}

/// An applicable law as DPV's concept, or a `dpv:Law` node.
fn law(name: &str) -> Value {
    let curie = match name {
        "eu-gdpr" => "legal-eu:law-GDPR",
        other => other,
    };
    if terms::is_law(curie) {
        curie.into()
    } else {
        json!({"@type": "dpv:Law", "dct:identifier": name})
    }
}

fn party_node(party: &crate::consent::Party) -> Value {
    let mut node = Map::new();
    node.insert("@id".into(), party_ref(&party.party_id).into());
    let types: Vec<Value> = party
        .roles
        .iter()
        .filter_map(|r| r.dpv_class())
        .map(Value::from)
        .collect();
    if !types.is_empty() {
        node.insert("@type".into(), types.into());
    }
    if let Some(name) = &party.name {
        node.insert("dpv:hasName".into(), name.as_str().into());
    }
    let identifiers: Vec<Value> = party
        .identifiers
        .iter()
        .flatten()
        .map(|id| Value::from(format!("{}:{}", id.scheme, id.value)))
        .collect();
    if !identifiers.is_empty() {
        node.insert("dpv:hasIdentifier".into(), identifiers.into());
    }
    Value::Object(node)
}

fn notice_node(notice: &NoticeVersion, id: &str) -> Value {
    let mut node = Map::new();
    node.insert("@id".into(), id.into());
    let kind = notice
        .notice_kind
        .as_deref()
        .filter(|k| *k != "ConsentNotice" && NOTICE_KINDS.binary_search(k).is_ok());
    let types = match kind {
        Some(kind) => json!(["dpv:ConsentNotice", format!("dpv:{kind}")]),
        None => json!("dpv:ConsentNotice"),
    };
    node.insert("@type".into(), types);
    if id.starts_with("_:") {
        node.insert(
            "dct:isVersionOf".into(),
            json!({"@id": notice.notice_id.as_str()}),
        );
    }
    node.insert("dct:hasVersion".into(), notice.version.as_str().into());
    node.insert("dct:language".into(), notice.language.as_str().into());
    node.insert("dct:issued".into(), notice.published_at.as_str().into());
    if let Some(url) = &notice.url {
        node.insert("schema:url".into(), url.as_str().into());
    }
    node.insert(
        "spdx:checksum".into(),
        json!({
            "spdx:algorithm": "spdx:checksumAlgorithm_sha256",
            "spdx:checksumValue": notice.digest.hex(),
        }),
    );
    Value::Object(node)
}

/// A duration of DPV: its class and, but for `Endless`, its value.
fn duration(validity: &Validity) -> Value {
    let mut node = Map::new();
    node.insert("@type".into(), validity.dpv_class().into());
    if let Some(value) = validity.value() {
        node.insert("rdf:value".into(), value);
    }
    Value::Object(node)
}

fn strings<'a>(items: impl IntoIterator<Item = &'a String>) -> Value {
    items
        .into_iter()
        .map(|s| Value::from(s.as_str()))
        .collect::<Vec<_>>()
        .into()
}

/// A text of a localized map in a language, or else the first one.
fn localized<'a>(text: &'a crate::consent::LocalizedText, language: &str) -> Option<&'a String> {
    text.get(language).or_else(|| text.values().next())
}

fn process_node(
    notice: &NoticeVersion,
    notice_id: &str,
    spec: &PurposeSpec,
    gdpr: bool,
    statuses: Option<Vec<Value>>,
) -> Value {
    let mut node = Map::new();
    node.insert("@type".into(), "dpv:Process".into());
    node.insert("dct:identifier".into(), spec.purpose_id.as_str().into());
    let mut purpose = Map::new();
    purpose.insert("@type".into(), "dpv:Purpose".into());
    purpose.insert("skos:broader".into(), strings(&spec.dpv_purposes));
    if let Some(label) = localized(&spec.label, &notice.language) {
        purpose.insert("skos:prefLabel".into(), label.as_str().into());
    }
    if let Some(description) = spec
        .description
        .as_ref()
        .and_then(|d| localized(d, &notice.language))
    {
        purpose.insert("dct:description".into(), description.as_str().into());
    }
    node.insert("dpv:hasPurpose".into(), Value::Object(purpose));
    node.insert("dpv:hasPersonalData".into(), strings(&spec.personal_data));
    if let Some(processing) = &spec.processing {
        node.insert("dpv:hasProcessing".into(), strings(processing));
    }
    let controllers: Vec<Value> = spec
        .controllers
        .iter()
        .map(|c| Value::from(party_ref(c)))
        .collect();
    node.insert("dpv:hasDataController".into(), controllers.into());
    let recipients: Vec<Value> = spec
        .recipients
        .iter()
        .filter_map(|r| {
            if r.as_str().starts_with("dpv:") {
                RECIPIENT_CATEGORIES
                    .binary_search(&r.as_str())
                    .is_ok()
                    .then(|| Value::from(r.as_str()))
            } else {
                Some(Value::from(party_ref(r)))
            }
        })
        .collect();
    if !recipients.is_empty() {
        node.insert("dpv:hasRecipient".into(), recipients.into());
    }
    node.insert("dpv:hasLegalBasis".into(), spec.legal_basis.as_str().into());
    let locations: Vec<Value> = spec.storage_locations.iter().map(|c| location(c)).collect();
    node.insert(
        "dpv:hasStorageCondition".into(),
        json!([
            {"@type": "dpv:StorageLocation", "dpv:hasLocation": locations},
            {"@type": "dpv:StorageDuration", "dpv:hasDuration": duration(&spec.retention)},
        ]),
    );
    if let Some(places) = spec.processing_locations.as_ref().filter(|p| !p.is_empty()) {
        let places: Vec<Value> = places.iter().map(|c| location(c)).collect();
        node.insert(
            "dpv:hasProcessingCondition".into(),
            json!([{"@type": "dpv:ProcessingLocation", "dpv:hasLocation": places}]),
        );
    }
    let mut control = Map::new();
    control.insert(
        "@type".into(),
        json!(["dpv:ProvideConsent", "dpv:WithdrawConsent"]),
    );
    if let Some(url) = &spec.withdrawal.url {
        control.insert("dpv:isExercisedAt".into(), url.as_str().into());
    }
    node.insert("dpv:hasConsentControl".into(), Value::Object(control));
    let rights: Vec<Value> = match &spec.rights {
        Some(rights) => rights.iter().map(|r| Value::from(r.as_str())).collect(),
        None if gdpr => GDPR_RIGHTS.iter().map(|r| Value::from(*r)).collect(),
        None => Vec::new(),
    };
    if !rights.is_empty() {
        node.insert("dpv:hasRight".into(), rights.into());
    }
    if let Some(necessity) = spec
        .necessity
        .as_deref()
        .filter(|n| matches!(*n, "Required" | "Optional" | "NotRequired"))
    {
        node.insert(
            "dpv:hasNecessity".into(),
            json!({"@id": format!("dpv:{necessity}")}),
        );
    }
    node.insert("dpv:hasNotice".into(), notice_id.into());
    if let Some(statuses) = statuses.filter(|s| !s.is_empty()) {
        node.insert("dpv:hasConsentStatus".into(), statuses.into());
    }
    Value::Object(node)
}

fn status_node(event: &ConsentEvent, status: ConsentStatus) -> Value {
    let mut node = Map::new();
    node.insert("@id".into(), event.event_id.as_str().into());
    let mut types = vec![Value::from(status.dpv())];
    if let Some(class) = event.consent_type.as_ref().and_then(|t| t.dpv_class()) {
        types.push(class.into());
    }
    node.insert("@type".into(), types.into());
    node.insert(
        "dpv:isIndicatedAtTime".into(),
        event.occurred_at.as_str().into(),
    );
    if event.channel.is_some() || event.method.is_some() {
        let channel = event.channel.as_ref().map_or("", |c| c.as_str());
        let method = event.method.as_ref().map_or("", |m| m.as_str());
        node.insert(
            "dpv:hasIndicationMethod".into(),
            format!("{channel}/{method}").into(),
        );
    }
    let actor = &event.actor;
    let class = actor.role.dpv_class();
    let indicated_by = match (&actor.reference, &actor.party_id, class) {
        (Some(reference), _, Some(class)) => {
            Some(json!({"@id": reference.as_str(), "@type": class}))
        }
        (Some(reference), _, None) => Some(json!({"@id": reference.as_str()})),
        (None, Some(party), _) => Some(party_ref(party).into()),
        (None, None, class) => class.map(Value::from),
    };
    if let Some(by) = indicated_by {
        node.insert("dpv:isIndicatedBy".into(), by);
    }
    if let Some(validity) = &event.validity {
        node.insert("dpv:hasDuration".into(), duration(validity));
    }
    if let Some(reason) = &event.reason {
        node.insert("dct:description".into(), reason.as_str().into());
    }
    Value::Object(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a text is a CURIE with a DPV prefix.
    fn is_dpv_curie(text: &str) -> bool {
        text.split_once(':').is_some_and(|(prefix, _)| {
            [
                "dpv",
                "pd",
                "loc",
                "eu-gdpr",
                "legal-eu",
                "legal-be",
                "sector-publicservices",
                "dpv-27560",
            ]
            .contains(&prefix)
        })
    }

    /// Every CURIE of a DPV prefix in a document, outside its `@context`.
    fn curies(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) if is_dpv_curie(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| curies(v, out)),
            Value::Object(map) => {
                for (key, v) in map.iter().filter(|(k, _)| *k != "@context") {
                    if is_dpv_curie(key) {
                        out.push(key.clone());
                    }
                    curies(v, out);
                }
            }
            _ => {}
        }
    }

    /// The DPV terms the exporter writes itself (classes and properties), besides the data
    /// terms the record carries (purposes, personal data, legal bases, rights, locations,
    /// laws, processing, data subjects), which the term tables hold.
    const STRUCTURE: &[&str] = &[
        "dpv:ConsentRecord",
        "dpv:DataSubject",
        "dpv:Process",
        "dpv:Purpose",
        "dpv:ConsentNotice",
        "dpv:StorageLocation",
        "dpv:StorageDuration",
        "dpv:ProcessingLocation",
        "dpv:ProvideConsent",
        "dpv:WithdrawConsent",
        "dpv:Location",
        "dpv:Law",
        "dpv:Required",
        "dpv:Optional",
        "dpv:NotRequired",
        "dpv:hasDataSubject",
        "dpv:hasJurisdiction",
        "dpv:hasApplicableLaw",
        "dpv:hasEntity",
        "dpv:hasName",
        "dpv:hasIdentifier",
        "dpv:hasNotice",
        "dpv:hasProcess",
        "dpv:hasPurpose",
        "dpv:hasPersonalData",
        "dpv:hasProcessing",
        "dpv:hasDataController",
        "dpv:hasRecipient",
        "dpv:hasLegalBasis",
        "dpv:hasStorageCondition",
        "dpv:hasProcessingCondition",
        "dpv:hasLocation",
        "dpv:hasDuration",
        "dpv:hasConsentControl",
        "dpv:isExercisedAt",
        "dpv:hasRight",
        "dpv:hasNecessity",
        "dpv:hasConsentStatus",
        "dpv:isIndicatedAtTime",
        "dpv:hasIndicationMethod",
        "dpv:isIndicatedBy",
        "dpv:DataController",
        "dpv:JointDataControllers",
        "dpv:DataProcessor",
        "dpv:ThirdParty",
        "dpv:Recipient",
        "dpv:Authority",
        "dpv:Representative",
        "dpv:ParentOfDataSubject",
        "dpv:GuardianOfDataSubject",
        "dpv:ExpressedConsent",
        "dpv:ExplicitlyExpressedConsent",
        "dpv:ImpliedConsent",
        "dpv:TemporalDuration",
        "dpv:UntilTimeDuration",
        "dpv:UntilEventDuration",
        "dpv:FixedOccurrencesDuration",
        "dpv:EndlessDuration",
    ];

    fn known(term: &str) -> bool {
        STRUCTURE.contains(&term)
            || ConsentStatus::ALL.iter().any(|s| s.dpv() == term)
            || RECIPIENT_CATEGORIES.contains(&term)
            || NOTICE_KINDS.iter().any(|k| format!("dpv:{k}") == term)
            || terms::is_purpose(term)
            || terms::is_personal_data(term)
            || terms::is_processing(term)
            || terms::is_legal_basis(term)
            || terms::is_right(term)
            || terms::is_location(term)
            || terms::is_law(term)
            || terms::is_data_subject(term)
    }

    /// The rows (`iri` column) of every DPV CSV of the shared folder.
    fn dpv_iris() -> std::collections::HashSet<String> {
        let root = format!("{}/../shared/data/consent/dpv", env!("CARGO_MANIFEST_DIR"));
        let mut iris = std::collections::HashSet::new();
        let mut folders = vec![std::path::PathBuf::from(root)];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "csv") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for line in text.lines().skip(1) {
                        // The third column: "term","type","iri",…
                        if let Some(iri) = line.split("\",\"").nth(2) {
                            iris.insert(iri.to_owned());
                        }
                    }
                }
            }
        }
        iris
    }

    #[test]
    fn the_exporters_own_terms_are_dpv_2_3_terms() {
        let iris = dpv_iris();
        assert!(iris.len() > 1000, "{}", iris.len());
        let own = STRUCTURE
            .iter()
            .map(|t| (*t).to_owned())
            .chain(RECIPIENT_CATEGORIES.iter().map(|t| (*t).to_owned()))
            .chain(NOTICE_KINDS.iter().map(|k| format!("dpv:{k}")))
            .chain(GDPR_RIGHTS.iter().map(|t| (*t).to_owned()));
        for term in own {
            assert!(iris.contains(&terms::iri(&term).unwrap()), "{term}");
        }
        let mut sorted = RECIPIENT_CATEGORIES.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, RECIPIENT_CATEGORIES);
        let mut sorted = NOTICE_KINDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, NOTICE_KINDS);
    }

    #[test]
    fn the_example_emits_only_terms_of_the_tables() {
        let doc = ConsentRecord::example().to_dpv_jsonld();
        let mut found = Vec::new();
        curies(&doc, &mut found);
        assert!(found.len() > 40, "{found:?}");
        for term in found {
            assert!(known(&term), "{term}");
        }
    }

    /// A record read from JSON may hold an event type this version does not know (written by
    /// a newer version): it is carried and verified, and the export leaves it out.
    #[test]
    fn unknown_event_types_are_not_exported() {
        let record = ConsentRecord::example();
        let mut value: Value = serde_json::from_str(&record.to_json()).unwrap();
        let head = record.head().unwrap();
        let mut event = json!({
            "eventId": "urn:uuid:a0000000-0000-4000-8000-0000000000ff",
            "type": "ConsentPaused",
            "purposes": ["nieuwsbrief-wegenwerken"],
            "occurredAt": "2026-03-01T00:00:00Z",
            "recordedAt": "2026-03-01T00:00:00Z",
            "actor": {"role": "DataSubject"},
            "channel": "Web",
            "method": "PauseButton",
            "seq": 2,
            "prevHash": head.hash.to_string(),
        });
        let parsed: ConsentEvent = serde_json::from_value(event.clone()).unwrap();
        let hash = crate::consent::rules::event_hash(&parsed).unwrap();
        event["hash"] = hash.to_string().into();
        value["events"].as_array_mut().unwrap().push(event);
        value["head"] = json!({"seq": 2, "hash": hash.to_string()});
        let imported = ConsentRecord::from_value(value).unwrap();
        assert_eq!(imported.events().len(), 3);
        let doc = imported.to_dpv_jsonld();
        assert_eq!(doc, record.to_dpv_jsonld());
        assert!(!doc.to_string().contains("0000000000ff"));
    }

    #[test]
    fn the_context_constant_is_json() {
        let context = dpv_context();
        assert_eq!(context["@context"]["@version"], 1.1);
        assert_eq!(
            context["@context"]["dpv:isIndicatedAtTime"]["@type"],
            "xsd:dateTime"
        );
    }

    #[test]
    fn codes_without_a_dpv_concept_become_nodes() {
        assert_eq!(location("BE"), json!("loc:BE"));
        assert_eq!(
            location("BE-VLG"),
            json!({"@type": "dpv:Location", "dct:identifier": "BE-VLG"})
        );
        assert_eq!(law("eu-gdpr"), json!("legal-eu:law-GDPR"));
        assert_eq!(law("legal-eu:law-DGA"), json!("legal-eu:law-DGA"));
        assert_eq!(
            law("be-archiefwet"),
            json!({"@type": "dpv:Law", "dct:identifier": "be-archiefwet"})
        );
    }
}
