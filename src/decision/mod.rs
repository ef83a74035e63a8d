//! Decision records of local governments: OSLO/LBLOD *Besluit publicatie* (application profile
//! of 11 December 2025, with the LBLOD shapes that the Flemish decision database applies).
//!
//! A municipal council, a college, an OCMW council or a church board publishes, for every
//! session, an agenda before it and a list of decisions (*besluitenlijst*), minutes (*notulen*)
//! and extracts (*uittreksels*) after it. This module holds the data of those publications as
//! typed Rust values: a [`Zitting`] (session) with its agenda, the treatment of each item, the
//! votes and the decisions, checked as a whole by a [`SessionBuilder`].
//! [`Zitting::to_rdfa`] writes a session's agenda, list of decisions or minutes as a readable
//! HTML page whose RDFa holds exactly the graph of its JSON-LD.
//!
//! # A session in five steps
//!
//! 1. Describe the governing body ([`Bestuursorgaan`]) and its administrative unit
//!    ([`Bestuurseenheid`]) with the LBLOD IRIs you have for them.
//! 2. List the office holders the session refers to ([`Mandataris`], each with a [`Persoon`] by
//!    name only and optionally the [`Mandaat`] held), once.
//! 3. Add the agenda items ([`Agendapunt`]) in order, and the treatments
//!    ([`BehandelingVanAgendapunt`]) in the order the items were treated, with their votes
//!    ([`Stemming`]) and decisions ([`Besluit`], with [`Artikel`]s and [`Rechtsgrond`]s).
//! 4. Refer to nodes by a local key (your database id) or by an IRI: the builder mints keys into
//!    `{base}{collection}/{key}` under the base IRI of the [`BuildOptions`].
//! 5. [`build`](SessionBuilder::build) it: you get a [`Zitting`] whose identifiers are all IRIs,
//!    or *every* [`Violation`] found, each with a stable code and a JSON Pointer.
//!
//! ```
//! use bouwstenen::decision::*;
//! use chrono::NaiveDate;
//!
//! let lblod = |path: &str| format!("http://data.lblod.info/id/{path}").parse::<NodeId>();
//! let orgaan = Bestuursorgaan::new(
//!     lblod("bestuursorganen/gr-voorbeeldgem-2025")?,
//!     "Gemeenteraad Voorbeeldgem",
//!     BestuursorgaanClassificatie::Gemeenteraad,
//!     Bestuurseenheid::new(
//!         lblod("bestuurseenheden/voorbeeldgem")?,
//!         "Voorbeeldgem",
//!         BestuurseenheidClassificatie::Gemeente,
//!         Werkingsgebied::new(lblod("werkingsgebieden/voorbeeldgem")?, "Voorbeeldgem"),
//!     ),
//! );
//! let member = |key: &str, first: &str, last: &str| -> Result<Mandataris, DecisionError> {
//!     Ok(Mandataris::new(lblod(&format!("mandatarissen/{key}"))?,
//!         Persoon::new(lblod(&format!("personen/{key}"))?, first, last)))
//! };
//! let an = member("an", "An", "Peeters")?;
//! let bart = member("bart", "Bart", "Janssens")?;
//! let carine = Mandataris::functionaris(lblod("mandatarissen/carine")?,
//!     Persoon::new(lblod("personen/carine")?, "Carine", "Wouters"));
//! let present = vec![an.id.clone(), bart.id.clone()];
//!
//! let mut besluit = Besluit::new(
//!     BesluitType::Retributiereglement,
//!     "Retributiereglement gemeentelijke zalen",
//!     "Gelet op het decreet over het lokaal bestuur, artikel 40 en 41.",
//!     "Artikel 1. De retributie bedraagt 50 euro per dag.",
//! );
//! besluit.artikels.push(Artikel::new("1", "De retributie bedraagt 50 euro per dag."));
//! besluit.inwerkingtreding = NaiveDate::from_ymd_opt(2025, 2, 1);
//!
//! let mut behandeling = BehandelingVanAgendapunt::new("2025-01-13-gr-1".parse()?, true, present.clone());
//! behandeling.stemmingen.push(Stemming::openbaar(
//!     "Retributiereglement gemeentelijke zalen", "Het voorstel wordt goedgekeurd.",
//!     present.clone(), present.clone(), vec![], vec![],
//! ));
//! behandeling.besluiten.push(besluit);
//!
//! let options = BuildOptions::default().with_base("https://data.voorbeeldgem.be/id/".parse()?)?;
//! let zitting = Zitting::builder("2025-01-13-gr".parse()?, orgaan,
//!         "2025-01-13T19:30:00+01:00".parse().unwrap())
//!     .start("2025-01-13T19:34:00+01:00".parse().unwrap())
//!     .einde("2025-01-13T21:05:00+01:00".parse().unwrap())
//!     .voorzitter(an.id.clone())
//!     .secretaris(carine.id.clone())
//!     .aanwezige_bij_start(an.id.clone())
//!     .aanwezige_bij_start(bart.id.clone())
//!     .mandataris(an).mandataris(bart).mandataris(carine)
//!     .agendapunt(Agendapunt::new("Retributiereglement gemeentelijke zalen", true))
//!     .behandeling(behandeling)
//!     .build(&options)
//!     .map_err(|violations| violations.to_string())?;
//!
//! let besluit = &zitting.behandelingen()[0].besluiten[0];
//! assert_eq!(besluit.id.as_ref().unwrap().as_str(),
//!            "https://data.voorbeeldgem.be/id/besluiten/2025-01-13-gr-1-1");
//! assert_eq!(besluit.realiseert.as_ref().unwrap().as_str(),
//!            "https://data.voorbeeldgem.be/id/rechtsgronden/2025-01-13-gr-1-1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The JSON form
//!
//! Every type has one JSON form, read and written by serde, with the OSLO term names in Dutch
//! camelCase (`geplandeStart`, `aanwezigenBijStart`, `geplandOpenbaar`, `gebruikteVoornaam`,
//! `aantalVoorstanders` …), the code-list values as concept IRIs, dates as `YYYY-MM-DD` and
//! times as RFC 3339 with their offset. Unknown keys are rejected at every level, so that a
//! national number cannot slip in through an extra field. [`SessionBuilder`] reads it; a
//! [`Zitting`] writes it, with every identifier resolved to an IRI, and reads it back (with the
//! default options), so JSON → [`Zitting`] → JSON is idempotent. [`Zitting::from_jsonld`]
//! reads a session back from the JSON-LD of its minutes. The JSON Schema is
//! `schemas/Zitting.json` ([`crate::schema`]).
//!
//! ```
//! use bouwstenen::decision::{BuildOptions, SessionBuilder};
//!
//! let json = r#"{
//!   "id": "2025-02-10-cbs",
//!   "bestuursorgaan": {
//!     "id": "http://data.lblod.info/id/bestuursorganen/cbs-voorbeeldgem-2025",
//!     "naam": "College van burgemeester en schepenen Voorbeeldgem",
//!     "classificatie": "http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/5ab0e9b8a3b2ca7c5e000006",
//!     "bestuurseenheid": {
//!       "id": "http://data.lblod.info/id/bestuurseenheden/voorbeeldgem",
//!       "naam": "Voorbeeldgem",
//!       "classificatie": "http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/5ab0e9b8a3b2ca7c5e000001",
//!       "werkingsgebied": {"id": "http://data.lblod.info/id/werkingsgebieden/voorbeeldgem", "naam": "Voorbeeldgem"}
//!     }
//!   },
//!   "geplandeStart": "2025-02-10T09:00:00+01:00",
//!   "agendapunten": [
//!     {"titel": "Goedkeuring van de notulen", "geplandOpenbaar": false,
//!      "type": ["http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0"]}
//!   ]
//! }"#;
//! let builder: SessionBuilder = serde_json::from_str(json)?;
//! let options = BuildOptions::default()
//!     .with_base("https://data.voorbeeldgem.be/id/".parse()?)?
//!     .for_document(bouwstenen::decision::DocumentKind::Agenda);
//! let agenda = builder.build(&options).map_err(|v| v.to_string())?;
//! let written = serde_json::to_value(&agenda)?;
//! assert_eq!(written["agendapunten"][0]["id"],
//!            "https://data.voorbeeldgem.be/id/agendapunten/2025-02-10-cbs-1");
//!
//! // An unknown key is an error, wherever it is.
//! let sneaky = json.replace(r#""geplandOpenbaar""#, r#""rijksregisternummer": "85073003328", "geplandOpenbaar""#);
//! assert!(serde_json::from_str::<SessionBuilder>(&sneaky).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Classes
//!
//! | type | class | application profile |
//! |---|---|---|
//! | [`Zitting`] | `http://data.vlaanderen.be/ns/besluit#Zitting` | [Zitting](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Zitting) |
//! | [`Agendapunt`] | `http://data.vlaanderen.be/ns/besluit#Agendapunt` | [Agendapunt](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Agendapunt) |
//! | [`BehandelingVanAgendapunt`] | `http://data.vlaanderen.be/ns/besluit#BehandelingVanAgendapunt` | [BehandelingVanAgendapunt](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#BehandelingVanAgendapunt) |
//! | [`Stemming`] | `http://data.vlaanderen.be/ns/besluit#Stemming` | [Stemming](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Stemming) |
//! | [`Besluit`] | `http://data.vlaanderen.be/ns/besluit#Besluit` and `http://data.europa.eu/eli/ontology#LegalExpression`; it realises an `http://data.europa.eu/eli/ontology#LegalResource` | [Besluit](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Besluit) |
//! | [`Artikel`] | `http://data.vlaanderen.be/ns/besluit#Artikel` and `eli:LegalExpression`; it realises an `http://data.europa.eu/eli/ontology#LegalResourceSubdivision` | [Artikel](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Artikel) |
//! | [`Rechtsgrond`] (a legal basis cited) | `http://data.europa.eu/eli/ontology#LegalExpression` | [LegaleVerschijningsvorm](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#LegaleVerschijningsvorm) |
//! | [`Bestuursorgaan`] | `http://data.vlaanderen.be/ns/besluit#Bestuursorgaan` | [Bestuursorgaan](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Bestuursorgaan) |
//! | [`Bestuurseenheid`] | `http://data.vlaanderen.be/ns/besluit#Bestuurseenheid` | [Bestuurseenheid](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Bestuurseenheid) |
//! | [`Locatie`], [`Werkingsgebied`] | `http://www.w3.org/ns/prov#Location` | |
//! | [`Mandataris`] | `http://data.vlaanderen.be/ns/mandaat#Mandataris` (an official also `http://data.lblod.info/vocabularies/leidinggevenden/Functionaris`) | [Mandataris](https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Mandataris) |
//! | [`Persoon`] | `http://www.w3.org/ns/person#Person` | |
//! | [`Mandaat`] | `http://data.vlaanderen.be/ns/mandaat#Mandaat` | |
//! | [`Document`], [`Uittreksel`] | `http://xmlns.com/foaf/0.1/Document`, with its [`DocumentType`] concept | |
//!
//! # Node IRIs
//!
//! Every node has an identifier ([`NodeId`]): an absolute `http(s)` [`Iri`], used as it is, or
//! a [`LocalKey`], minted into `{base}{collection}/{key}` (the [`collection`] names follow
//! LBLOD's: `zittingen`, `agendapunten`, `behandelingen-van-agendapunten`, `stemmingen`,
//! `besluiten`, `artikels` …). For the registry nodes (governing body, administrative unit, its
//! area, office holders, persons, mandates) pass the real LBLOD IRIs
//! (`http://data.lblod.info/id/…`): the LBLOD validator looks them up. The session-local nodes
//! may leave out their `id`; the default key follows from the parent's key and the position:
//!
//! | node | default key |
//! |---|---|
//! | [`Agendapunt`] | `{zitting}-{n}`, `n` its 1-based position on the agenda |
//! | [`BehandelingVanAgendapunt`] | the key of its agenda item |
//! | [`Stemming`], [`Besluit`] | `{agendapunt}-{m}`, `m` its 1-based position in the treatment |
//! | what a [`Besluit`] realises (`rechtsgronden`) | the decision's key |
//! | [`Artikel`] and what it realises (`rechtsgrondonderdelen`) | `{besluit}-{nummer}` |
//! | agenda, list of decisions, minutes | the session's key |
//! | [`Uittreksel`] | `{zitting}-{n}` |
//!
//! The parent's key is its local key, or the last segment of its IRI. Inserting an item shifts
//! the defaults of those after it, so vendors should pass their own database ids as keys.
//! References (the chair, those present, the item a treatment is about) name a node the same
//! way as it names itself.
//!
//! # Rules
//!
//! [`SessionBuilder::build`] checks everything the typed model does not already guarantee,
//! and reports every violation, not only the first, each with its path:
//!
//! - **the profile**: what the official 2025-12-11 shapes and LBLOD's require (a session's
//!   start, end, chair, secretary and members present; not for an agenda, see
//!   [`BuildOptions::for_document`]), agenda item types, articles, entry into force;
//! - **texts**: not empty, no control characters (HTML and JSON-LD would disagree), no
//!   national number (a valid INSZ in any text or identifier), not too long;
//! - **identifiers**: keys, a base IRI to mint them, one IRI per node (a person, a mandate or
//!   a legal basis may be shared when described the same way), references that resolve, no
//!   value listed twice;
//! - **the session**: it ends after it starts, within 24 hours of its planned start; its chair
//!   is present; officials are never among those present or voting; documents are published
//!   after the session (the agenda before it);
//! - **treatments**: each about an item on the agenda, at most one per item, with members
//!   present including their chair;
//! - **votes**: voters are present for the vote and those present at the treatment; nobody
//!   votes twice; an open vote's counts match its names; a secret vote has counts that add up
//!   to its voters and never names;
//! - **decisions**: at least one article, article numbers unique, end of validity after entry
//!   into force, published after the session, no deprecated decision type (unless
//!   [`BuildOptions::allow_deprecated_codes`]).
//!
//! The codes are listed in [`DecisionError`] and the crate's [error table](crate::error).
//!
//! ```
//! use bouwstenen::decision::{BuildOptions, Zitting};
//!
//! let mut json = serde_json::to_value(Zitting::example()).unwrap();
//! json["einde"] = "2025-01-13T19:00:00+01:00".into();
//! json["agendapunten"][0]["beschrijving"] = "Aanvraag van 85.07.30-033.28".into();
//! let builder: bouwstenen::decision::SessionBuilder = serde_json::from_value(json).unwrap();
//! let violations = builder.build(&BuildOptions::default()).unwrap_err();
//! let found: Vec<(&str, &str)> = violations.iter().map(|v| (v.code(), v.path())).collect();
//! assert_eq!(found, [
//!     ("decision.zitting.end_before_start", "/einde"),
//!     ("decision.text.national_number", "/agendapunten/0/beschrijving"),
//! ]);
//! ```
//!
//! # Code lists
//!
//! Decisions, governing bodies and mandates refer to concepts of SKOS code lists, and each code
//! list is an enum here: [`BesluitType`] (decision types), [`DocumentType`],
//! [`BestuursorgaanClassificatie`] (governing bodies), [`BestuurseenheidClassificatie`]
//! (administrative units), [`Bestuursfunctie`] (functions of mandates), [`MandatarisStatus`],
//! [`FunctionarisStatus`] and [`AgendapuntType`]. They are generated from the Turtle files of
//! OSLO/LBLOD "lokale besluiten" by `scripts/gen_decision_codes.py`; only [`AgendapuntType`],
//! which no published code list holds, is written by hand. A concept is read and written as its
//! IRI, exactly as the code list writes it (`http` for the LBLOD lists, `https` for
//! [`BesluitType`] and [`DocumentType`]); its label is for people. Deprecated concepts are kept
//! so that older data can still be read.
//!
//! ```
//! use bouwstenen::decision::{BestuursorgaanClassificatie, DecisionError};
//!
//! let iri = "http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/5ab0e9b8a3b2ca7c5e000005";
//! let organ: BestuursorgaanClassificatie = iri.parse()?;
//! assert_eq!(organ, BestuursorgaanClassificatie::Gemeenteraad);
//! assert_eq!(organ.label(), "Gemeenteraad");
//! assert_eq!(organ.to_string(), iri);
//!
//! let https = iri.replace("http:", "https:");
//! assert_eq!(https.parse::<BestuursorgaanClassificatie>(), Err(DecisionError::Code));
//! # Ok::<(), DecisionError>(())
//! ```

mod build;
mod codes;
#[rustfmt::skip]
mod codes_data;
pub(crate) mod graph;
mod iri;
mod jsonld;
mod model;
mod rdfa;
mod read;

pub use build::{BuildOptions, SessionBuilder, Violation, Violations};
pub use codes::AgendapuntType;
pub use codes_data::{
    BesluitType, BestuurseenheidClassificatie, Bestuursfunctie, BestuursorgaanClassificatie,
    DocumentType, FunctionarisStatus, MandatarisStatus,
};
pub use graph::RenderOptions;
pub use iri::{Iri, LocalKey, NodeId, collection};
pub use jsonld::context;
pub use model::{
    Agendapunt, Artikel, BehandelingVanAgendapunt, Besluit, Bestuurseenheid, Bestuursorgaan,
    Document, DocumentKind, Documenten, Locatie, Mandaat, Mandataris, MandatarisSoort, Persoon,
    Rechtsgrond, Stemming, Stemwijze, Uittreksel, Werkingsgebied, Zitting,
};

use crate::error::error_enum;

error_enum! {
    /// Why decision data is not valid.
    ///
    /// ```
    /// use bouwstenen::decision::{BesluitType, DecisionError};
    ///
    /// let err = "Belastingreglement".parse::<BesluitType>().unwrap_err();
    /// assert_eq!(err, DecisionError::Code);
    /// assert_eq!(err.code(), "decision.code.unknown");
    /// assert_eq!(err.to_string(), "not a concept of the code list");
    /// ```
    pub enum DecisionError in decision {
        /// Not a concept of the code list: code-list values are concept IRIs, exactly as the
        /// code list writes them.
        #[error("not a concept of the code list")]
        Code = "decision.code.unknown",
        /// A concept that its code list marks as deprecated (`owl:deprecated`), such as the
        /// decision type "Andere" that Gelinkt Notuleren used; accepted with
        /// [`BuildOptions::allow_deprecated_codes`].
        #[error("a deprecated concept of the code list")]
        CodeDeprecated = "decision.code.deprecated",
        /// A value that the profile requires is missing: the start, end, chair, secretary or
        /// members present of a session (not for an agenda), a decision's entry into force, the
        /// members present for a vote, the counts of a secret vote.
        #[error("a value that the profile requires is missing")]
        Required = "decision.required",
        /// A text is empty or only whitespace.
        #[error("the text is empty")]
        TextEmpty = "decision.text.empty",
        /// A text holds a control character (CR, NUL, other C0 or C1 controls except line
        /// feed and tab), U+FFFE or U+FFFF, or a line break or tab in a single-line text
        /// (names, titles, numbers). RDFa and JSON-LD would otherwise disagree.
        #[error("the text contains a control character or a line break where none is allowed")]
        TextControl = "decision.text.control",
        /// A text or identifier holds a national number (a valid INSZ: RRN or BIS number),
        /// which a publication must never contain.
        #[error("the text contains a national number")]
        TextNationalNumber = "decision.text.national_number",
        /// A text is longer than the crate accepts.
        #[error("the text is longer than {max} characters")]
        TextTooLong {
            /// The limit, in characters.
            max: usize,
        } = "decision.text.too_long",
        /// Not an absolute `http` or `https` IRI, or one with whitespace, a control character
        /// or one of `<` `>` `"` `{` `}` `|` `\` `^` `` ` ``.
        #[error("not an absolute http or https IRI")]
        IriInvalid = "decision.iri.invalid",
        /// A local key but no base IRI to mint it under, or a base IRI with a query or a
        /// fragment.
        #[error("no base IRI to mint a local key under, or a base IRI with a query or fragment")]
        IriBase = "decision.iri.base",
        /// Not a local key (1 to 128 of `A`–`Z`, `a`–`z`, `0`–`9`, `.`, `_`, `~`, `-`), or no
        /// default key can be derived (give the `id`).
        #[error("not a local key of 1 to 128 letters, digits, '.', '_', '~' or '-', or no default key")]
        IriKey = "decision.iri.key",
        /// The same IRI for two different nodes (also when minted, such as two articles whose
        /// numbers give the same key).
        #[error("the same IRI for two different nodes")]
        IriDuplicate = "decision.iri.duplicate",
        /// A reference to an office holder, agenda item or treatment that the session does not
        /// define.
        #[error("a reference to a node that the session does not define")]
        ReferenceUnknown = "decision.reference.unknown",
        /// A value listed twice: an office holder among those present or voting, an agenda item
        /// type, a reference, a draft decision, a legal basis.
        #[error("a value is listed twice")]
        Duplicate = "decision.duplicate",
        /// The session ends before (or when) it starts.
        #[error("the session ends before it starts")]
        EndBeforeStart = "decision.zitting.end_before_start",
        /// The session starts more than 24 hours from its planned start (a wrong date or
        /// offset, usually); accepted with [`BuildOptions::allow_start_far_from_planned`].
        #[error("the session starts more than 24 hours from its planned start")]
        StartFarFromPlanned = "decision.zitting.start_far_from_planned",
        /// The session has no agenda item.
        #[error("the session has no agenda item")]
        NoAgendapunt = "decision.zitting.no_agendapunt",
        /// The session's chair is not among the members present at the start.
        #[error("the chair is not among the members present at the start")]
        ChairNotPresent = "decision.zitting.chair_not_present",
        /// An official (*functionaris*) is listed among the members present or the voters.
        #[error("an official is listed among the members present or the voters")]
        FunctionarisPresent = "decision.zitting.functionaris_present",
        /// A list of decisions, minutes or extract published before the session's date.
        #[error("a document is published before the session's date")]
        DocumentPublishedBeforeSession = "decision.document.published_before_session",
        /// An agenda published after the planned start date.
        #[error("the agenda is published after the planned start")]
        AgendaAfterSession = "decision.document.agenda_after_session",
        /// Not a document kind: `agenda`, `besluitenlijst`, `notulen` or `uittreksel`.
        #[error("not a document kind (agenda, besluitenlijst, notulen or uittreksel)")]
        DocumentKind = "decision.document.kind",
        /// The input is not the JSON form of a session (not JSON, a missing or unknown field, a
        /// value of the wrong form).
        #[error("not the JSON form of a session")]
        Json = "decision.json",
        /// An agenda item without a type.
        #[error("an agenda item without a type")]
        AgendapuntNoType = "decision.agendapunt.no_type",
        /// An agenda item refers to itself.
        #[error("an agenda item refers to itself")]
        AgendapuntReferenceSelf = "decision.agendapunt.reference_self",
        /// A treatment of an item that is not on the session's agenda.
        #[error("a treatment of an item that is not on the agenda")]
        SubjectNotOnAgenda = "decision.behandeling.subject_not_on_agenda",
        /// An agenda item is treated twice.
        #[error("an agenda item is treated twice")]
        TreatedTwice = "decision.behandeling.treated_twice",
        /// A treatment without members present.
        #[error("a treatment without members present")]
        NoPresent = "decision.behandeling.no_present",
        /// The chair of a treatment (its own, or the session's) is not among its members
        /// present.
        #[error("the chair of a treatment is not among its members present")]
        TreatmentChairNotPresent = "decision.behandeling.chair_not_present",
        /// A voter is not among the members present for the vote.
        #[error("a voter is not among the members present for the vote")]
        VoterNotPresent = "decision.stemming.voter_not_present",
        /// A member present for a vote is not present at its treatment.
        #[error("a member present for the vote is not present at the treatment")]
        PresentNotInTreatment = "decision.stemming.present_not_in_treatment",
        /// An office holder is listed in two of for, against and abstaining.
        #[error("a member is listed in two of for, against and abstaining")]
        VotedTwice = "decision.stemming.voted_twice",
        /// An open vote's count differs from the number of names given, or its voters are not
        /// exactly those named.
        #[error("an open vote's counts or voters do not match its names")]
        CountMismatch = "decision.stemming.count_mismatch",
        /// A secret vote's counts do not add up to the number of voters.
        #[error("a secret vote's counts do not add up to the number of voters")]
        TotalMismatch = "decision.stemming.total_mismatch",
        /// A secret vote has more votes than members present.
        #[error("more votes than members present")]
        TotalExceedsPresent = "decision.stemming.total_exceeds_present",
        /// A secret vote names those for, against or abstaining.
        #[error("a secret vote names who voted for, against or abstained")]
        SecretWithNames = "decision.stemming.secret_with_names",
        /// A vote without voters.
        #[error("a vote without voters")]
        NoVoters = "decision.stemming.no_voters",
        /// A decision without articles.
        #[error("a decision without articles")]
        NoArticle = "decision.besluit.no_article",
        /// A decision's end of validity lies before its entry into force.
        #[error("the end of validity lies before the entry into force")]
        InForceOrder = "decision.besluit.in_force_order",
        /// A decision's publication date lies before the session's date.
        #[error("a decision is published before the session's date")]
        BesluitPublishedBeforeSession = "decision.besluit.published_before_session",
        /// Two articles of one decision have the same number.
        #[error("two articles of a decision have the same number")]
        ArticleNumberDuplicate = "decision.artikel.number_duplicate",
        /// Reading JSON-LD ([`Zitting::from_jsonld`]): a decision that is not generated by
        /// exactly one treatment (`prov:wasGeneratedBy`), or that a treatment's
        /// `prov:generated` contradicts.
        #[error("a decision is not generated by exactly one treatment")]
        GeneratedBy = "decision.besluit.generated_by",
        /// Reading JSON-LD: the document is not `{"@context", "@graph"}` with the crate's own
        /// [`context`].
        #[error("the JSON-LD context is not the crate's")]
        JsonldContext = "decision.jsonld.context",
        /// Reading JSON-LD: a node without an IRI, with an unknown or wrong `@type` set, given
        /// twice or not used, or a reference to a node the document does not hold.
        #[error("a JSON-LD node is missing, unknown or of the wrong type")]
        JsonldNode = "decision.jsonld.node",
        /// Reading JSON-LD: an unknown property, a missing one, a wrong number of values or a
        /// value of the wrong form (a text where a reference is required, a string without its
        /// language tag …).
        #[error("a JSON-LD property is unknown, missing or has a value of the wrong form")]
        JsonldProperty = "decision.jsonld.property",
    }
}
