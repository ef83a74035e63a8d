//! The graph projection of a session: one list of nodes per document kind, the single source
//! that the JSON-LD writer ([`crate::decision::Zitting::to_jsonld`]) and the RDFa writer
//! serialise.
//!
//! Every node is an IRI subject (no blank nodes), with its `rdf:type`s (primary class first)
//! and its properties in a fixed order; properties and vocabulary classes are compact IRIs
//! whose prefixes are in [`PREFIXES`]. Each subject appears exactly once: a node reached twice
//! (a concept, a mandate, a legal basis cited by two decisions) is merged.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::Language;
use crate::decision::{
    Agendapunt, BehandelingVanAgendapunt, Besluit, Bestuursorgaan, DecisionError, DocumentKind,
    Mandataris, MandatarisSoort, NodeId, Stemming, Zitting,
};

/// The prefixes of every compact IRI in the projection (note `http` against `https`).
pub(crate) const PREFIXES: [(&str, &str); 13] = [
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

/// Expands a compact IRI (`besluit:Zitting`) with [`PREFIXES`]; anything else is returned as
/// it is.
#[allow(dead_code)] // for the RDFa writer and tests
pub(crate) fn expand(compact: &str) -> Cow<'_, str> {
    if let Some((prefix, local)) = compact.split_once(':') {
        if let Some((_, namespace)) = PREFIXES.iter().find(|(p, _)| *p == prefix) {
            return Cow::Owned(format!("{namespace}{local}"));
        }
    }
    Cow::Borrowed(compact)
}

/// Vocabulary classes (compact IRIs).
pub(crate) mod class {
    #![allow(missing_docs)]
    pub const ZITTING: &str = "besluit:Zitting";
    pub const AGENDAPUNT: &str = "besluit:Agendapunt";
    pub const BEHANDELING: &str = "besluit:BehandelingVanAgendapunt";
    pub const STEMMING: &str = "besluit:Stemming";
    pub const BESLUIT: &str = "besluit:Besluit";
    pub const ARTIKEL: &str = "besluit:Artikel";
    pub const BESTUURSORGAAN: &str = "besluit:Bestuursorgaan";
    pub const BESTUURSEENHEID: &str = "besluit:Bestuurseenheid";
    pub const LEGAL_EXPRESSION: &str = "eli:LegalExpression";
    pub const LEGAL_RESOURCE: &str = "eli:LegalResource";
    pub const LEGAL_RESOURCE_SUBDIVISION: &str = "eli:LegalResourceSubdivision";
    pub const RESOURCE_TYPE: &str = "eli:ResourceType";
    pub const LOCATION: &str = "prov:Location";
    pub const CONCEPT: &str = "skos:Concept";
    pub const DOCUMENT: &str = "foaf:Document";
    pub const MANDATARIS: &str = "mandaat:Mandataris";
    pub const MANDAAT: &str = "mandaat:Mandaat";
    pub const FUNCTIONARIS: &str = "leidinggevenden:Functionaris";
    pub const PERSON: &str = "person:Person";
}

/// Properties (compact IRIs).
pub(crate) mod prop {
    #![allow(missing_docs)]
    pub const IS_GEHOUDEN_DOOR: &str = "besluit:isGehoudenDoor";
    pub const GEPLANDE_START: &str = "besluit:geplandeStart";
    pub const STARTED_AT_TIME: &str = "prov:startedAtTime";
    pub const ENDED_AT_TIME: &str = "prov:endedAtTime";
    pub const AT_LOCATION: &str = "prov:atLocation";
    pub const HEEFT_VOORZITTER: &str = "besluit:heeftVoorzitter";
    pub const HEEFT_SECRETARIS: &str = "besluit:heeftSecretaris";
    pub const HEEFT_AANWEZIGE_BIJ_START: &str = "besluit:heeftAanwezigeBijStart";
    pub const BEHANDELT: &str = "besluit:behandelt";
    pub const HEEFT_AGENDA: &str = "besluit:heeftAgenda";
    pub const HEEFT_BESLUITENLIJST: &str = "besluit:heeftBesluitenlijst";
    pub const HEEFT_NOTULEN: &str = "besluit:heeftNotulen";
    pub const HEEFT_UITTREKSEL: &str = "besluit:heeftUittreksel";
    pub const PREF_LABEL: &str = "skos:prefLabel";
    pub const ORG_CLASSIFICATION: &str = "org:classification";
    pub const CLASSIFICATIE: &str = "besluit:classificatie";
    pub const BESTUURT: &str = "besluit:bestuurt";
    pub const WERKINGSGEBIED: &str = "besluit:werkingsgebied";
    pub const IS_TIJDSPECIALISATIE_VAN: &str = "mandaat:isTijdspecialisatieVan";
    pub const LABEL: &str = "rdfs:label";
    pub const TITLE: &str = "dct:title";
    pub const DESCRIPTION: &str = "dct:description";
    pub const GEPLAND_OPENBAAR: &str = "besluit:geplandOpenbaar";
    pub const AGENDAPUNT_TYPE: &str = "besluit:Agendapunt.type";
    pub const AANGEBRACHT_NA: &str = "besluit:aangebrachtNa";
    pub const REFERENCES: &str = "dct:references";
    pub const HEEFT_ONTWERPBESLUIT: &str = "besluit:heeftOntwerpbesluit";
    pub const IS_BESTUURLIJKE_ALIAS_VAN: &str = "mandaat:isBestuurlijkeAliasVan";
    pub const HOLDS: &str = "org:holds";
    pub const ROLE: &str = "org:role";
    pub const STATUS: &str = "mandaat:status";
    pub const GEBRUIKTE_VOORNAAM: &str = "persoon:gebruikteVoornaam";
    pub const FAMILY_NAME: &str = "foaf:familyName";
    /// `dct:subject`: a treatment's agenda item (OSLO), and the treatment an extract
    /// document (*uittreksel*) is about. For the extract, `dct:subject` ("the topic of the
    /// resource") was chosen because DCMI gives it no domain or range, OSLO already uses it
    /// for "what a treatment is about", and neither the official 2025-12-11 shapes nor
    /// LBLOD's shapes constrain it on a `foaf:Document` (LBLOD's only on a treatment);
    /// `prov:wasDerivedFrom` would make the treatment, a `prov:Activity`, a `prov:Entity`.
    pub const SUBJECT: &str = "dct:subject";
    pub const OPENBAAR: &str = "besluit:openbaar";
    pub const GEBEURT_NA: &str = "besluit:gebeurtNa";
    pub const HEEFT_AANWEZIGE: &str = "besluit:heeftAanwezige";
    pub const HEEFT_STEMMING: &str = "besluit:heeftStemming";
    pub const GENERATED: &str = "prov:generated";
    pub const GEHEIM: &str = "besluit:geheim";
    pub const ONDERWERP: &str = "besluit:onderwerp";
    pub const GEVOLG: &str = "besluit:gevolg";
    pub const AANTAL_VOORSTANDERS: &str = "besluit:aantalVoorstanders";
    pub const AANTAL_TEGENSTANDERS: &str = "besluit:aantalTegenstanders";
    pub const AANTAL_ONTHOUDERS: &str = "besluit:aantalOnthouders";
    pub const HEEFT_VOORSTANDER: &str = "besluit:heeftVoorstander";
    pub const HEEFT_TEGENSTANDER: &str = "besluit:heeftTegenstander";
    pub const HEEFT_ONTHOUDER: &str = "besluit:heeftOnthouder";
    pub const HEEFT_STEMMER: &str = "besluit:heeftStemmer";
    pub const WAS_GENERATED_BY: &str = "prov:wasGeneratedBy";
    pub const ELI_TITLE: &str = "eli:title";
    pub const TITLE_SHORT: &str = "eli:title_short";
    pub const ELI_DESCRIPTION: &str = "eli:description";
    pub const LANGUAGE: &str = "eli:language";
    pub const DATE_PUBLICATION: &str = "eli:date_publication";
    pub const MOTIVERING: &str = "besluit:motivering";
    pub const VALUE: &str = "prov:value";
    pub const REALIZES: &str = "eli:realizes";
    pub const HAS_PART: &str = "eli:has_part";
    pub const CITES: &str = "eli:cites";
    pub const FIRST_DATE_ENTRY_IN_FORCE: &str = "eli:first_date_entry_in_force";
    pub const DATE_NO_LONGER_IN_FORCE: &str = "eli:date_no_longer_in_force";
    pub const TYPE_DOCUMENT: &str = "eli:type_document";
    pub const PASSED_BY: &str = "eli:passed_by";
    pub const NUMBER: &str = "eli:number";
    pub const IS_PART_OF: &str = "eli:is_part_of";
}

/// Properties whose values are references (`"@type": "@id"` in the JSON-LD context).
pub(crate) const REFERENCE_PROPERTIES: [&str; 40] = [
    prop::IS_GEHOUDEN_DOOR,
    prop::AT_LOCATION,
    prop::HEEFT_AGENDA,
    prop::HEEFT_BESLUITENLIJST,
    prop::HEEFT_NOTULEN,
    prop::HEEFT_UITTREKSEL,
    prop::ORG_CLASSIFICATION,
    prop::CLASSIFICATIE,
    prop::BESTUURT,
    prop::WERKINGSGEBIED,
    prop::IS_TIJDSPECIALISATIE_VAN,
    prop::BEHANDELT,
    prop::AGENDAPUNT_TYPE,
    prop::AANGEBRACHT_NA,
    prop::REFERENCES,
    prop::HEEFT_ONTWERPBESLUIT,
    prop::HEEFT_VOORZITTER,
    prop::HEEFT_SECRETARIS,
    prop::HEEFT_AANWEZIGE_BIJ_START,
    prop::IS_BESTUURLIJKE_ALIAS_VAN,
    prop::HOLDS,
    prop::ROLE,
    prop::STATUS,
    prop::SUBJECT,
    prop::GEBEURT_NA,
    prop::HEEFT_AANWEZIGE,
    prop::HEEFT_STEMMING,
    prop::HEEFT_STEMMER,
    prop::HEEFT_VOORSTANDER,
    prop::HEEFT_TEGENSTANDER,
    prop::HEEFT_ONTHOUDER,
    prop::GENERATED,
    prop::WAS_GENERATED_BY,
    prop::LANGUAGE,
    prop::REALIZES,
    prop::TYPE_DOCUMENT,
    prop::PASSED_BY,
    prop::HAS_PART,
    prop::IS_PART_OF,
    prop::CITES,
];

/// Properties whose values are `xsd:dateTime`.
pub(crate) const DATE_TIME_PROPERTIES: [&str; 3] = [
    prop::GEPLANDE_START,
    prop::STARTED_AT_TIME,
    prop::ENDED_AT_TIME,
];

/// Properties whose values are `xsd:date`.
pub(crate) const DATE_PROPERTIES: [&str; 3] = [
    prop::DATE_PUBLICATION,
    prop::FIRST_DATE_ENTRY_IN_FORCE,
    prop::DATE_NO_LONGER_IN_FORCE,
];

/// Properties that may have more than one value: written as arrays in JSON-LD, always.
pub(crate) const MULTI_VALUED_PROPERTIES: [&str; 17] = [
    prop::BEHANDELT,
    prop::HEEFT_AANWEZIGE_BIJ_START,
    prop::HEEFT_UITTREKSEL,
    prop::AGENDAPUNT_TYPE,
    prop::REFERENCES,
    prop::HEEFT_ONTWERPBESLUIT,
    prop::HEEFT_AANWEZIGE,
    prop::HEEFT_STEMMING,
    prop::GENERATED,
    prop::HEEFT_STEMMER,
    prop::HEEFT_VOORSTANDER,
    prop::HEEFT_TEGENSTANDER,
    prop::HEEFT_ONTHOUDER,
    prop::ELI_TITLE,
    prop::HAS_PART,
    prop::CITES,
    prop::TYPE_DOCUMENT,
];

/// A type of a node: a vocabulary class (compact IRI) or a concept used as a class
/// (absolute IRI, such as a decision type or a document type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TypeRef<'a> {
    /// A class of [`class`], as a compact IRI.
    Class(&'static str),
    /// A concept IRI used as a class.
    Iri(&'a str),
}

impl TypeRef<'_> {
    /// The type as written in JSON-LD `@type` and RDFa `typeof`: compact or absolute.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            TypeRef::Class(class) => class,
            TypeRef::Iri(iri) => iri,
        }
    }
}

/// A property value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    /// A reference to a node (absolute IRI).
    Ref(&'a str),
    /// A plain `xsd:string`.
    Str(Cow<'a, str>),
    /// An `rdf:langString`: the text and its language.
    Lang(&'a str, Language),
    /// An `xsd:date`.
    Date(NaiveDate),
    /// An `xsd:dateTime`.
    DateTime(DateTime<FixedOffset>),
    /// An `xsd:boolean`.
    Bool(bool),
    /// An `xsd:integer`.
    Int(u32),
}

impl Value<'_> {
    /// The canonical lexical form of a literal (for RDFa `content`), or the IRI of a
    /// reference.
    pub(crate) fn lexical(&self) -> Cow<'_, str> {
        match self {
            Value::Ref(iri) => Cow::Borrowed(iri),
            Value::Str(text) => Cow::Borrowed(text),
            Value::Lang(text, _) => Cow::Borrowed(text),
            Value::Date(date) => Cow::Owned(date.format("%Y-%m-%d").to_string()),
            Value::DateTime(time) => Cow::Owned(date_time(time)),
            Value::Bool(value) => Cow::Borrowed(if *value { "true" } else { "false" }),
            Value::Int(value) => Cow::Owned(value.to_string()),
        }
    }
}

/// `YYYY-MM-DDThh:mm:ss±hh:mm`: no fraction, explicit offset.
pub(crate) fn date_time(time: &DateTime<FixedOffset>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// One subject of the graph: its IRI, its types (primary class first) and its properties in
/// document order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node<'a> {
    /// The subject, an absolute IRI.
    pub(crate) id: &'a str,
    /// `rdf:type`s, primary class first.
    pub(crate) types: Vec<TypeRef<'a>>,
    /// Properties (compact IRIs) and values, in order; a property may repeat.
    pub(crate) props: Vec<(&'static str, Value<'a>)>,
}

impl<'a> Node<'a> {
    fn new(id: &'a str, types: Vec<TypeRef<'a>>) -> Self {
        Self {
            id,
            types,
            props: Vec::new(),
        }
    }

    fn push(&mut self, property: &'static str, value: Value<'a>) {
        self.props.push((property, value));
    }

    fn reference(&mut self, property: &'static str, iri: &'a str) {
        self.push(property, Value::Ref(iri));
    }

    fn text(&mut self, property: &'static str, text: &'a str) {
        self.push(property, Value::Str(Cow::Borrowed(text)));
    }
}

/// How a session is rendered as a document: whether treatments link their decisions with
/// `prov:generated`, and which extract (*uittreksel*) [`DocumentKind::Uittreksel`] renders.
///
/// ```
/// use bouwstenen::decision::RenderOptions;
/// let options = RenderOptions::default();
/// assert!(!options.emits_prov_generated());
/// assert_eq!(options.uittreksel_index(), 0);
/// assert!(options.emit_prov_generated(true).emits_prov_generated());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RenderOptions {
    emit_prov_generated: bool,
    uittreksel: usize,
}

impl RenderOptions {
    /// Also link each treatment to its decisions with `prov:generated` (the inverse of the
    /// `prov:wasGeneratedBy` that every decision has). Off by default: the LBLOD validator
    /// (lib-decision-validation 1.0.51) follows the cycle and marks treatments with two or
    /// more decisions as invalid.
    ///
    /// ```
    /// use bouwstenen::decision::{DocumentKind, RenderOptions, Zitting};
    /// let options = RenderOptions::default().emit_prov_generated(true);
    /// let jsonld = Zitting::example().to_jsonld(DocumentKind::Notulen, &options)?;
    /// assert!(jsonld.to_string().contains("prov:generated"));
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    #[must_use]
    pub fn emit_prov_generated(mut self, emit: bool) -> Self {
        self.emit_prov_generated = emit;
        self
    }

    /// Whether treatments link their decisions with `prov:generated`.
    ///
    /// ```
    /// assert!(!bouwstenen::decision::RenderOptions::default().emits_prov_generated());
    /// ```
    pub fn emits_prov_generated(&self) -> bool {
        self.emit_prov_generated
    }

    /// Which extract a [`DocumentKind::Uittreksel`] document renders: its index (0-based) in
    /// the session's `documenten.uittreksels`; the first one by default. Ignored by the other
    /// kinds.
    ///
    /// ```
    /// use bouwstenen::decision::{DecisionError, DocumentKind, RenderOptions, Zitting};
    /// let zitting = Zitting::example();
    /// let second = RenderOptions::default().uittreksel(1);
    /// assert_eq!(second.uittreksel_index(), 1);
    /// // The example has fewer extracts: nothing to render.
    /// assert_eq!(
    ///     zitting.to_jsonld(DocumentKind::Uittreksel, &RenderOptions::default().uittreksel(99)),
    ///     Err(DecisionError::Required)
    /// );
    /// ```
    #[must_use]
    pub fn uittreksel(mut self, index: usize) -> Self {
        self.uittreksel = index;
        self
    }

    /// The index (0-based) in `documenten.uittreksels` of the extract that
    /// [`DocumentKind::Uittreksel`] renders.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::RenderOptions::default().uittreksel_index(), 0);
    /// ```
    pub fn uittreksel_index(&self) -> usize {
        self.uittreksel
    }
}

/// The EU authority language concept of a language (`eli:language`).
pub(crate) const fn language_concept(language: Language) -> &'static str {
    match language {
        Language::Nl => "http://publications.europa.eu/resource/authority/language/NLD",
        Language::Fr => "http://publications.europa.eu/resource/authority/language/FRA",
        Language::De => "http://publications.europa.eu/resource/authority/language/DEU",
        Language::En => "http://publications.europa.eu/resource/authority/language/ENG",
    }
}

/// The link from a session to its document of a kind.
pub(crate) const fn document_link(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Agenda => prop::HEEFT_AGENDA,
        DocumentKind::Besluitenlijst => prop::HEEFT_BESLUITENLIJST,
        DocumentKind::Notulen => prop::HEEFT_NOTULEN,
        DocumentKind::Uittreksel => prop::HEEFT_UITTREKSEL,
    }
}

/// The sections of the document, in order (§6.2 of the design).
#[derive(Clone, Copy)]
enum Section {
    Zitting,
    Documents,
    Organs,
    Units,
    Locations,
    Concepts,
    People,
    Agenda,
    Treatments,
    Decisions,
    LegalResources,
    Articles,
    Subdivisions,
    Cited,
}

const SECTIONS: usize = 14;

/// Nodes by section, each subject once.
struct Graph<'a> {
    sections: [Vec<Node<'a>>; SECTIONS],
    index: HashMap<&'a str, (usize, usize)>,
}

impl<'a> Graph<'a> {
    fn new() -> Self {
        Self {
            sections: Default::default(),
            index: HashMap::new(),
        }
    }

    /// Adds a node, or merges it into the node with the same subject (types and properties
    /// not there yet are appended).
    fn add(&mut self, section: Section, node: Node<'a>) {
        if let Some(&(s, i)) = self.index.get(node.id) {
            if let Some(existing) = self.sections.get_mut(s).and_then(|nodes| nodes.get_mut(i)) {
                for t in node.types {
                    if !existing.types.contains(&t) {
                        existing.types.push(t);
                    }
                }
                for p in node.props {
                    if !existing.props.contains(&p) {
                        existing.props.push(p);
                    }
                }
            }
            return;
        }
        let s = section as usize;
        if let Some(nodes) = self.sections.get_mut(s) {
            self.index.insert(node.id, (s, nodes.len()));
            nodes.push(node);
        }
    }

    fn concept(&mut self, iri: &'a str) {
        self.add(
            Section::Concepts,
            Node::new(iri, vec![TypeRef::Class(class::CONCEPT)]),
        );
    }

    fn into_nodes(self) -> Vec<Node<'a>> {
        self.sections.into_iter().flatten().collect()
    }
}

/// The IRI of a built node (every identifier in a built [`Zitting`] is one).
fn iri(id: &NodeId) -> &str {
    id.as_str()
}

/// The IRI of an optional identifier, which a built [`Zitting`] always has.
fn some_iri(id: Option<&NodeId>) -> Result<&str, DecisionError> {
    id.map(NodeId::as_str).ok_or(DecisionError::Required)
}

/// Projects a session on the graph of one document kind: the nodes in document order.
///
/// The agenda holds the planned data only; the list of decisions (*besluitenlijst*) adds the
/// outcome (start, end, chair, secretary, members, treatments, votes with counts and voters,
/// decisions); the minutes (*notulen*) add the names of those for, against and abstaining in
/// open votes, and carry everything the session holds (each extract document with the
/// treatment it is about, `dct:subject`). An extract (*uittreksel*, the one of
/// `documenten.uittreksels` that [`RenderOptions::uittreksel`] selects) is the minutes
/// restricted to one treatment: the session node (with its outcome, `besluit:behandelt` only
/// the extract's agenda item), its own document only (`besluit:heeftUittreksel`, typed with
/// the Uittreksel concept, and `dct:subject` its treatment), the bodies and places, the office holders that the session or the
/// treatment refer to, the agenda item, the treatment with its votes (with names, as in the
/// minutes) and its decisions. An item's `dct:references` to other items are left out of an
/// extract (those items are not in it).
///
/// # Errors
///
/// [`DecisionError::Required`] when a list of decisions, minutes or extract is asked of a
/// session built for an agenda only (no start, end, chair, secretary or entry into force), or
/// an extract of a session without that extract;
/// [`DecisionError::ReferenceUnknown`] when the extract's treatment is not in the session.
pub(crate) fn project<'a>(
    zitting: &'a Zitting,
    kind: DocumentKind,
    options: &RenderOptions,
) -> Result<Vec<Node<'a>>, DecisionError> {
    let data = &zitting.data;
    let outcome = kind != DocumentKind::Agenda;
    // An extract: its document and the one treatment it is about.
    let extract = match kind {
        DocumentKind::Uittreksel => {
            let uittreksel = data
                .documenten
                .uittreksels
                .get(options.uittreksel)
                .ok_or(DecisionError::Required)?;
            let behandeling = data
                .behandelingen
                .iter()
                .find(|b| b.id.as_ref() == Some(&uittreksel.behandeling))
                .ok_or(DecisionError::ReferenceUnknown)?;
            Some((uittreksel, behandeling))
        }
        _ => None,
    };
    let behandelingen: Vec<&'a BehandelingVanAgendapunt> = match extract {
        Some((_, behandeling)) => vec![behandeling],
        None => data.behandelingen.iter().collect(),
    };
    let agendapunten: Vec<&'a Agendapunt> = match extract {
        Some((_, behandeling)) => data
            .agendapunten
            .iter()
            .filter(|p| p.id.as_ref() == Some(&behandeling.agendapunt))
            .collect(),
        None => data.agendapunten.iter().collect(),
    };
    let mut g = Graph::new();
    let mut session = Node::new(zitting.iri.as_str(), vec![TypeRef::Class(class::ZITTING)]);
    let orgaan = &data.bestuursorgaan;
    session.reference(prop::IS_GEHOUDEN_DOOR, iri(&orgaan.id));
    session.push(prop::GEPLANDE_START, Value::DateTime(data.geplande_start));
    if outcome {
        let start = data.start.ok_or(DecisionError::Required)?;
        let einde = data.einde.ok_or(DecisionError::Required)?;
        session.push(prop::STARTED_AT_TIME, Value::DateTime(start));
        session.push(prop::ENDED_AT_TIME, Value::DateTime(einde));
        session.reference(prop::HEEFT_VOORZITTER, some_iri(data.voorzitter.as_ref())?);
        session.reference(prop::HEEFT_SECRETARIS, some_iri(data.secretaris.as_ref())?);
        if data.aanwezigen_bij_start.is_empty() {
            return Err(DecisionError::Required);
        }
        for m in &data.aanwezigen_bij_start {
            session.reference(prop::HEEFT_AANWEZIGE_BIJ_START, iri(m));
        }
    }
    if let Some(locatie) = &data.locatie {
        session.reference(prop::AT_LOCATION, iri(&locatie.id));
    }
    for punt in &agendapunten {
        session.reference(prop::BEHANDELT, some_iri(punt.id.as_ref())?);
    }

    // Documents: the own one typed with its kind; the others (after the session) as siblings.
    let docs = &data.documenten;
    let mut documents: Vec<(
        DocumentKind,
        &'a NodeId,
        Option<NaiveDate>,
        Option<&'a NodeId>,
    )> = Vec::new();
    let own = [
        (DocumentKind::Agenda, docs.agenda.as_ref()),
        (DocumentKind::Besluitenlijst, docs.besluitenlijst.as_ref()),
        (DocumentKind::Notulen, docs.notulen.as_ref()),
    ];
    if let Some((uittreksel, _)) = extract {
        // An extract links its own document only.
        documents.push((
            DocumentKind::Uittreksel,
            uittreksel.id.as_ref().ok_or(DecisionError::Required)?,
            uittreksel.publicatiedatum,
            Some(&uittreksel.behandeling),
        ));
    }
    for (k, doc) in own {
        if let Some(doc) = doc {
            if extract.is_none() && (k == kind || outcome) {
                documents.push((
                    k,
                    doc.id.as_ref().ok_or(DecisionError::Required)?,
                    doc.publicatiedatum,
                    None,
                ));
            }
        }
    }
    if outcome && extract.is_none() {
        for extract in &docs.uittreksels {
            documents.push((
                DocumentKind::Uittreksel,
                extract.id.as_ref().ok_or(DecisionError::Required)?,
                extract.publicatiedatum,
                Some(&extract.behandeling),
            ));
        }
    }
    // The own document first.
    documents.sort_by_key(|(k, _, _, _)| *k != kind);
    for (k, id, date, behandeling) in documents {
        session.reference(document_link(k), iri(id));
        let mut types = vec![TypeRef::Class(class::DOCUMENT)];
        if k == kind {
            types.push(TypeRef::Iri(kind.document_type().iri()));
        }
        let mut node = Node::new(iri(id), types);
        if let Some(date) = date {
            node.push(prop::DATE_PUBLICATION, Value::Date(date));
        }
        // An extract: the treatment it is about.
        if let Some(behandeling) = behandeling {
            node.reference(prop::SUBJECT, iri(behandeling));
        }
        g.add(Section::Documents, node);
    }
    g.add(Section::Zitting, session);

    organs(&mut g, orgaan);
    if let Some(locatie) = &data.locatie {
        let mut node = Node::new(iri(&locatie.id), vec![TypeRef::Class(class::LOCATION)]);
        node.text(prop::LABEL, &locatie.naam);
        g.add(Section::Locations, node);
    }

    if outcome {
        let secretaries: Vec<&NodeId> = data
            .secretaris
            .iter()
            .chain(
                data.behandelingen
                    .iter()
                    .filter_map(|b| b.secretaris.as_ref()),
            )
            .collect();
        // An extract: only the office holders that the session or its treatment refer to.
        let referenced: Option<Vec<&NodeId>> = extract.map(|(_, b)| {
            let mut ids: Vec<&NodeId> = data
                .voorzitter
                .iter()
                .chain(data.secretaris.iter())
                .chain(data.aanwezigen_bij_start.iter())
                .chain(b.voorzitter.iter())
                .chain(b.secretaris.iter())
                .chain(b.aanwezigen.iter())
                .collect();
            for s in &b.stemmingen {
                ids.extend(s.aanwezigen.iter());
                ids.extend(s.stemmers());
                ids.extend(s.voorstanders.iter());
                ids.extend(s.tegenstanders.iter());
                ids.extend(s.onthouders.iter());
            }
            ids
        });
        for m in &data.mandatarissen {
            if referenced.as_ref().is_none_or(|ids| ids.contains(&&m.id)) {
                mandataris(&mut g, m, secretaries.contains(&&m.id));
            }
        }
    }

    let mut previous: Option<&str> = None;
    for punt in agendapunten {
        let id = some_iri(punt.id.as_ref())?;
        let mut node = Node::new(id, vec![TypeRef::Class(class::AGENDAPUNT)]);
        node.text(prop::TITLE, &punt.titel);
        node.push(prop::GEPLAND_OPENBAAR, Value::Bool(punt.gepland_openbaar));
        for t in &punt.types {
            node.reference(prop::AGENDAPUNT_TYPE, t.iri());
            g.concept(t.iri());
        }
        if let Some(beschrijving) = &punt.beschrijving {
            node.text(prop::DESCRIPTION, beschrijving);
        }
        if let Some(previous) = previous {
            node.reference(prop::AANGEBRACHT_NA, previous);
        }
        if extract.is_none() {
            for r in &punt.verwijst_naar {
                node.reference(prop::REFERENCES, iri(r));
            }
        }
        for o in &punt.ontwerpbesluiten {
            node.reference(prop::HEEFT_ONTWERPBESLUIT, o.as_str());
            g.add(
                Section::Documents,
                Node::new(o.as_str(), vec![TypeRef::Class(class::DOCUMENT)]),
            );
        }
        g.add(Section::Agenda, node);
        previous = Some(id);
    }
    if !outcome {
        return Ok(g.into_nodes());
    }

    let mut previous: Option<&str> = None;
    for behandeling in behandelingen {
        let id = some_iri(behandeling.id.as_ref())?;
        let mut node = Node::new(id, vec![TypeRef::Class(class::BEHANDELING)]);
        node.reference(prop::SUBJECT, iri(&behandeling.agendapunt));
        node.push(prop::OPENBAAR, Value::Bool(behandeling.openbaar));
        if let Some(previous) = previous {
            node.reference(prop::GEBEURT_NA, previous);
        }
        if let Some(v) = &behandeling.voorzitter {
            node.reference(prop::HEEFT_VOORZITTER, iri(v));
        }
        if let Some(s) = &behandeling.secretaris {
            node.reference(prop::HEEFT_SECRETARIS, iri(s));
        }
        for m in &behandeling.aanwezigen {
            node.reference(prop::HEEFT_AANWEZIGE, iri(m));
        }
        let mut votes = Vec::new();
        for stemming in &behandeling.stemmingen {
            let vote = vote(stemming, data.taal, kind)?;
            node.reference(prop::HEEFT_STEMMING, vote.id);
            votes.push(vote);
        }
        for besluit in &behandeling.besluiten {
            let besluit_id = some_iri(besluit.id.as_ref())?;
            if options.emit_prov_generated {
                node.reference(prop::GENERATED, besluit_id);
            }
            decision(&mut g, besluit, id, orgaan, data.taal)?;
        }
        g.add(Section::Treatments, node);
        for vote in votes {
            g.add(Section::Treatments, vote);
        }
        previous = Some(id);
    }
    Ok(g.into_nodes())
}

/// The governing body, its abstract body (when given), the administrative unit and its area.
fn organs<'a>(g: &mut Graph<'a>, orgaan: &'a Bestuursorgaan) {
    let eenheid = &orgaan.bestuurseenheid;
    let classificatie = orgaan.classificatie.iri();
    let describe = |id: &'a str| {
        let mut node = Node::new(id, vec![TypeRef::Class(class::BESTUURSORGAAN)]);
        node.text(prop::PREF_LABEL, &orgaan.naam);
        node.reference(prop::ORG_CLASSIFICATION, classificatie);
        node.reference(prop::CLASSIFICATIE, classificatie);
        node.reference(prop::BESTUURT, iri(&eenheid.id));
        node
    };
    let mut node = describe(iri(&orgaan.id));
    if let Some(abstract_orgaan) = &orgaan.tijdspecialisatie_van {
        node.reference(prop::IS_TIJDSPECIALISATIE_VAN, iri(abstract_orgaan));
        g.add(Section::Organs, node);
        g.add(Section::Organs, describe(iri(abstract_orgaan)));
    } else {
        g.add(Section::Organs, node);
    }
    let unit_classificatie = eenheid.classificatie.iri();
    let mut unit = Node::new(
        iri(&eenheid.id),
        vec![TypeRef::Class(class::BESTUURSEENHEID)],
    );
    unit.text(prop::PREF_LABEL, &eenheid.naam);
    unit.reference(prop::ORG_CLASSIFICATION, unit_classificatie);
    unit.reference(prop::CLASSIFICATIE, unit_classificatie);
    unit.reference(prop::WERKINGSGEBIED, iri(&eenheid.werkingsgebied.id));
    g.add(Section::Units, unit);
    let mut area = Node::new(
        iri(&eenheid.werkingsgebied.id),
        vec![TypeRef::Class(class::LOCATION)],
    );
    area.text(prop::LABEL, &eenheid.werkingsgebied.naam);
    g.add(Section::Locations, area);
    g.concept(classificatie);
    g.concept(unit_classificatie);
}

/// An office holder, its person and its mandate; a secretary (or an official) is also a
/// `leidinggevenden:Functionaris`, after `mandaat:Mandataris`.
fn mandataris<'a>(g: &mut Graph<'a>, m: &'a Mandataris, secretary: bool) {
    let mut types = vec![TypeRef::Class(class::MANDATARIS)];
    if secretary || m.soort == MandatarisSoort::Functionaris {
        types.push(TypeRef::Class(class::FUNCTIONARIS));
    }
    let mut node = Node::new(iri(&m.id), types);
    node.reference(prop::IS_BESTUURLIJKE_ALIAS_VAN, iri(&m.persoon.id));
    if let Some(mandaat) = &m.mandaat {
        node.reference(prop::HOLDS, iri(&mandaat.id));
    }
    if let Some(status) = m.status {
        node.reference(prop::STATUS, status.iri());
    }
    g.add(Section::People, node);
    let mut person = Node::new(iri(&m.persoon.id), vec![TypeRef::Class(class::PERSON)]);
    person.text(prop::GEBRUIKTE_VOORNAAM, &m.persoon.gebruikte_voornaam);
    person.text(prop::FAMILY_NAME, &m.persoon.familienaam);
    g.add(Section::People, person);
    if let Some(mandaat) = &m.mandaat {
        let mut node = Node::new(iri(&mandaat.id), vec![TypeRef::Class(class::MANDAAT)]);
        node.reference(prop::ROLE, mandaat.bestuursfunctie.iri());
        g.add(Section::People, node);
        g.concept(mandaat.bestuursfunctie.iri());
    }
    if let Some(status) = m.status {
        g.concept(status.iri());
    }
}

/// A vote: counts and voters always; the names of an open vote only in the minutes (and
/// their extracts); never
/// names for a secret vote.
fn vote<'a>(
    stemming: &'a Stemming,
    taal: Language,
    kind: DocumentKind,
) -> Result<Node<'a>, DecisionError> {
    let id = some_iri(stemming.id.as_ref())?;
    let mut node = Node::new(id, vec![TypeRef::Class(class::STEMMING)]);
    node.push(prop::GEHEIM, Value::Bool(stemming.geheim));
    node.push(prop::ONDERWERP, Value::Lang(&stemming.onderwerp, taal));
    node.push(prop::GEVOLG, Value::Lang(&stemming.gevolg, taal));
    node.push(
        prop::AANTAL_VOORSTANDERS,
        Value::Int(stemming.aantal_voorstanders()),
    );
    node.push(
        prop::AANTAL_TEGENSTANDERS,
        Value::Int(stemming.aantal_tegenstanders()),
    );
    node.push(
        prop::AANTAL_ONTHOUDERS,
        Value::Int(stemming.aantal_onthouders()),
    );
    for m in &stemming.aanwezigen {
        node.reference(prop::HEEFT_AANWEZIGE, iri(m));
    }
    for m in stemming.stemmers() {
        node.reference(prop::HEEFT_STEMMER, iri(m));
    }
    let names = matches!(kind, DocumentKind::Notulen | DocumentKind::Uittreksel);
    if names && !stemming.geheim {
        for (property, list) in [
            (prop::HEEFT_VOORSTANDER, &stemming.voorstanders),
            (prop::HEEFT_TEGENSTANDER, &stemming.tegenstanders),
            (prop::HEEFT_ONTHOUDER, &stemming.onthouders),
        ] {
            for m in list {
                node.reference(property, iri(m));
            }
        }
    }
    Ok(node)
}

/// A decision with the legal resource it realises, its articles and their subdivisions, and
/// the legal bases it cites.
fn decision<'a>(
    g: &mut Graph<'a>,
    besluit: &'a Besluit,
    behandeling: &'a str,
    orgaan: &'a Bestuursorgaan,
    session_language: Language,
) -> Result<(), DecisionError> {
    let id = some_iri(besluit.id.as_ref())?;
    let resource = some_iri(besluit.realiseert.as_ref())?;
    let taal = besluit.taal.unwrap_or(session_language);
    let language = language_concept(taal);
    let besluittype = besluit.besluittype.iri();
    let mut node = Node::new(
        id,
        vec![
            TypeRef::Class(class::BESLUIT),
            TypeRef::Class(class::LEGAL_EXPRESSION),
            TypeRef::Iri(besluittype),
        ],
    );
    node.reference(prop::WAS_GENERATED_BY, behandeling);
    node.text(prop::ELI_TITLE, &besluit.titel);
    if let Some(short) = &besluit.citeeropschrift {
        node.text(prop::TITLE_SHORT, short);
    }
    if let Some(beschrijving) = &besluit.beschrijving {
        node.text(prop::ELI_DESCRIPTION, beschrijving);
    }
    node.reference(prop::LANGUAGE, language);
    if let Some(date) = besluit.publicatiedatum {
        node.push(prop::DATE_PUBLICATION, Value::Date(date));
    }
    node.push(prop::MOTIVERING, Value::Lang(&besluit.motivering, taal));
    node.text(prop::VALUE, &besluit.inhoud);
    node.reference(prop::REALIZES, resource);
    for artikel in &besluit.artikels {
        node.reference(prop::HAS_PART, some_iri(artikel.id.as_ref())?);
    }
    for grond in &besluit.rechtsgronden {
        node.reference(prop::CITES, grond.id.as_str());
    }
    g.add(Section::Decisions, node);
    g.concept(language);
    g.add(
        Section::Concepts,
        Node::new(
            besluittype,
            vec![
                TypeRef::Class(class::CONCEPT),
                TypeRef::Class(class::RESOURCE_TYPE),
            ],
        ),
    );

    let mut legal = Node::new(resource, vec![TypeRef::Class(class::LEGAL_RESOURCE)]);
    let in_force = besluit.inwerkingtreding.ok_or(DecisionError::Required)?;
    legal.push(prop::FIRST_DATE_ENTRY_IN_FORCE, Value::Date(in_force));
    if let Some(date) = besluit.buitenwerkingtreding {
        legal.push(prop::DATE_NO_LONGER_IN_FORCE, Value::Date(date));
    }
    legal.reference(prop::TYPE_DOCUMENT, besluittype);
    legal.reference(prop::PASSED_BY, iri(&orgaan.id));
    for artikel in &besluit.artikels {
        legal.reference(prop::HAS_PART, some_iri(artikel.realiseert.as_ref())?);
    }
    g.add(Section::LegalResources, legal);

    for artikel in &besluit.artikels {
        let artikel_id = some_iri(artikel.id.as_ref())?;
        let subdivision = some_iri(artikel.realiseert.as_ref())?;
        let mut node = Node::new(
            artikel_id,
            vec![
                TypeRef::Class(class::ARTIKEL),
                TypeRef::Class(class::LEGAL_EXPRESSION),
            ],
        );
        node.text(prop::NUMBER, &artikel.nummer);
        node.push(
            prop::ELI_TITLE,
            Value::Str(Cow::Owned(artikel.titel_of_default())),
        );
        node.reference(prop::LANGUAGE, language);
        node.text(prop::VALUE, &artikel.inhoud);
        node.reference(prop::REALIZES, subdivision);
        g.add(Section::Articles, node);
        let mut lrs = Node::new(
            subdivision,
            vec![TypeRef::Class(class::LEGAL_RESOURCE_SUBDIVISION)],
        );
        lrs.reference(prop::IS_PART_OF, resource);
        g.add(Section::Subdivisions, lrs);
    }

    for grond in &besluit.rechtsgronden {
        let grond_language = language_concept(grond.taal.unwrap_or(taal));
        let mut node = Node::new(
            grond.id.as_str(),
            vec![TypeRef::Class(class::LEGAL_EXPRESSION)],
        );
        node.text(prop::ELI_TITLE, &grond.titel);
        node.reference(prop::LANGUAGE, grond_language);
        node.text(prop::VALUE, &grond.inhoud);
        g.add(Section::Cited, node);
        g.concept(grond_language);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prefix_is_used_by_some_term_or_is_xsd() {
        for (prefix, namespace) in PREFIXES {
            assert!(namespace.starts_with("http"), "{prefix}");
        }
        assert_eq!(
            expand("persoon:gebruikteVoornaam"),
            "http://data.vlaanderen.be/ns/persoon#gebruikteVoornaam"
        );
        assert_eq!(expand("https://x.example/a"), "https://x.example/a");
    }

    #[test]
    fn example_projection_has_no_duplicate_subjects() {
        let zitting = Zitting::example();
        for kind in [
            DocumentKind::Agenda,
            DocumentKind::Besluitenlijst,
            DocumentKind::Notulen,
        ] {
            let nodes = project(&zitting, kind, &RenderOptions::default()).unwrap();
            let mut ids: Vec<&str> = nodes.iter().map(|n| n.id).collect();
            ids.sort_unstable();
            let len = ids.len();
            ids.dedup();
            assert_eq!(ids.len(), len);
            assert!(nodes.iter().all(|n| n.id.starts_with("http")));
        }
        assert_eq!(
            project(
                &zitting,
                DocumentKind::Uittreksel,
                &RenderOptions::default().uittreksel(usize::MAX)
            ),
            Err(DecisionError::Required)
        );
    }
}
