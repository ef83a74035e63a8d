//! The typed model of a session and what it decided: one Rust type per OSLO class, one JSON
//! form for input and output.

use core::fmt;
use core::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::Language;
use crate::decision::{
    AgendapuntType, BesluitType, BestuurseenheidClassificatie, Bestuursfunctie,
    BestuursorgaanClassificatie, DecisionError, DocumentType, Iri, MandatarisStatus, NodeId,
    SessionBuilder, collection,
};

/// A session (*zitting*, [`besluit:Zitting`]) of a governing body, with everything a
/// publication about it says: when and where, who chaired it and who was present, its agenda,
/// how each item was treated and what was decided, and its documents.
///
/// A value of this type has been checked as a whole by [`SessionBuilder::build`] (or by
/// deserialising, which builds with the default [`BuildOptions`](crate::decision::BuildOptions)):
/// every identifier and reference is an absolute [`Iri`], every reference names a node of the
/// session, and the rules of the module documentation hold. The parts are plain data (the
/// types of this module with public fields); a `Zitting` only hands out shared references to
/// them, so it stays valid. To change one, take [`to_builder`](Self::to_builder), change it
/// and build again.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Zitting`, application profile
/// <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Zitting>.
///
/// # JSON
///
/// One JSON form is read and written, with the OSLO term names in Dutch camelCase (`id`,
/// `taal`, `bestuursorgaan`, `geplandeStart`, `start`, `einde`, `locatie`, `voorzitter`,
/// `secretaris`, `aanwezigenBijStart`, `mandatarissen`, `agendapunten`, `behandelingen`,
/// `documenten`); unknown keys are rejected everywhere, so a national number cannot ride along
/// in an extra field. Serialising a `Zitting` gives valid input, so JSON → `Zitting` → JSON is
/// idempotent.
///
/// ```
/// use bouwstenen::decision::Zitting;
///
/// let zitting = Zitting::example();
/// let json = serde_json::to_string(&zitting)?;
/// assert_eq!(serde_json::from_str::<Zitting>(&json)?, zitting);
/// assert_eq!(zitting.agendapunten().len(), 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// [`besluit:Zitting`]: http://data.vlaanderen.be/ns/besluit#Zitting
#[derive(Debug, Clone, PartialEq)]
pub struct Zitting {
    pub(crate) iri: Iri,
    pub(crate) data: ZittingData,
    pub(crate) checked_for: Option<DocumentKind>,
}

/// The fields of a session: what [`SessionBuilder`] collects and [`Zitting`] holds once
/// checked. Its serde form is the JSON form of both.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    rename = "Zitting",
    title = "Zitting",
    description = "A session of a governing body (besluit:Zitting, OSLO Besluit publicatie 2025-12-11) with its agenda, treatments, votes, decisions and documents, in the JSON form of the bouwstenen crate: Dutch camelCase OSLO term names; identifiers are absolute http(s) IRIs or local keys minted into {base}{collection}/{key}."
)]
pub(crate) struct ZittingData {
    /// The session (`zittingen`).
    pub(crate) id: NodeId,
    /// The language of the texts.
    #[serde(default)]
    pub(crate) taal: Language,
    /// The governing body that holds the session (`besluit:isGehoudenDoor`).
    pub(crate) bestuursorgaan: Bestuursorgaan,
    /// The planned start (`besluit:geplandeStart`).
    pub(crate) geplande_start: DateTime<FixedOffset>,
    /// The actual start (`prov:startedAtTime`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) start: Option<DateTime<FixedOffset>>,
    /// The end (`prov:endedAtTime`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) einde: Option<DateTime<FixedOffset>>,
    /// Where it is held (`prov:atLocation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locatie: Option<Locatie>,
    /// The chair (`besluit:heeftVoorzitter`), a reference to one of the `mandatarissen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) voorzitter: Option<NodeId>,
    /// The secretary (`besluit:heeftSecretaris`), a reference to one of the `mandatarissen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) secretaris: Option<NodeId>,
    /// The members present at the start (`besluit:heeftAanwezigeBijStart`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) aanwezigen_bij_start: Vec<NodeId>,
    /// Every office holder that the session refers to, described once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) mandatarissen: Vec<Mandataris>,
    /// The agenda, in order (`besluit:behandelt`, `besluit:aangebrachtNa`).
    #[serde(default)]
    pub(crate) agendapunten: Vec<Agendapunt>,
    /// The treatments, in the order the items were treated (`besluit:gebeurtNa`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) behandelingen: Vec<BehandelingVanAgendapunt>,
    /// The session's documents.
    #[serde(default, skip_serializing_if = "Documenten::is_empty")]
    pub(crate) documenten: Documenten,
}

impl Zitting {
    /// Starts building a session: its identifier, the governing body that holds it and its
    /// planned start are required; everything else is added with the builder's methods.
    ///
    /// ```
    /// use bouwstenen::decision::{BuildOptions, Zitting};
    ///
    /// let example = Zitting::example();
    /// let options = BuildOptions::default()
    ///     .with_base("https://data.voorbeeldgem.be/id/".parse()?)?
    ///     .for_document(bouwstenen::decision::DocumentKind::Agenda);
    /// let agenda = Zitting::builder("2025-02-10-gr".parse()?, example.bestuursorgaan().clone(),
    ///         "2025-02-10T19:30:00+01:00".parse().unwrap())
    ///     .agendapunt(example.agendapunten()[0].clone())
    ///     .build(&options)
    ///     .map_err(|v| v.to_string())?;
    /// assert_eq!(agenda.id().as_str(), "https://data.voorbeeldgem.be/id/zittingen/2025-02-10-gr");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(
        id: NodeId,
        bestuursorgaan: Bestuursorgaan,
        geplande_start: DateTime<FixedOffset>,
    ) -> SessionBuilder {
        SessionBuilder::new(id, bestuursorgaan, geplande_start)
    }

    /// A builder holding this session, to change it and build it again.
    ///
    /// ```
    /// use bouwstenen::decision::{BuildOptions, Zitting};
    /// let zitting = Zitting::example();
    /// let same = zitting.to_builder().build(&BuildOptions::default()).map_err(|v| v.to_string())?;
    /// assert_eq!(same, zitting);
    /// # Ok::<(), String>(())
    /// ```
    pub fn to_builder(&self) -> SessionBuilder {
        SessionBuilder::from_data(self.data.clone())
    }

    /// The session's IRI.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.id().as_str(), "https://data.voorbeeldgem.be/id/zittingen/2025-01-13-gr");
    /// ```
    pub fn id(&self) -> &Iri {
        &self.iri
    }

    /// The language of the session's texts (the tag of `besluit:motivering`,
    /// `besluit:onderwerp` and `besluit:gevolg`, unless a decision says otherwise).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.taal(), bouwstenen::Language::Nl);
    /// ```
    pub fn taal(&self) -> Language {
        self.data.taal
    }

    /// The governing body that holds the session (`besluit:isGehoudenDoor`).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.bestuursorgaan().naam, "Gemeenteraad Voorbeeldgem");
    /// ```
    pub fn bestuursorgaan(&self) -> &Bestuursorgaan {
        &self.data.bestuursorgaan
    }

    /// The planned start (`besluit:geplandeStart`).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.geplande_start().to_rfc3339(), "2025-01-13T19:30:00+01:00");
    /// ```
    pub fn geplande_start(&self) -> DateTime<FixedOffset> {
        self.data.geplande_start
    }

    /// The actual start (`prov:startedAtTime`); always there unless the session was checked
    /// for an agenda only.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.start().map(|t| t.to_rfc3339()).as_deref(), Some("2025-01-13T19:34:00+01:00"));
    /// ```
    pub fn start(&self) -> Option<DateTime<FixedOffset>> {
        self.data.start
    }

    /// The end (`prov:endedAtTime`), after the start.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert!(zitting.einde() > zitting.start());
    /// ```
    pub fn einde(&self) -> Option<DateTime<FixedOffset>> {
        self.data.einde
    }

    /// Where the session is held (`prov:atLocation`).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.locatie().map(|l| l.naam.as_str()), Some("Raadzaal, Markt 1"));
    /// ```
    pub fn locatie(&self) -> Option<&Locatie> {
        self.data.locatie.as_ref()
    }

    /// The chair (`besluit:heeftVoorzitter`).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// let chair = zitting.voorzitter().unwrap();
    /// assert_eq!(chair.persoon.familienaam, "Peeters");
    /// ```
    pub fn voorzitter(&self) -> Option<&Mandataris> {
        self.data
            .voorzitter
            .as_ref()
            .and_then(|id| self.mandataris(id))
    }

    /// The secretary (`besluit:heeftSecretaris`).
    ///
    /// ```
    /// use bouwstenen::decision::MandatarisSoort;
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.secretaris().map(|s| s.soort), Some(MandatarisSoort::Functionaris));
    /// ```
    pub fn secretaris(&self) -> Option<&Mandataris> {
        self.data
            .secretaris
            .as_ref()
            .and_then(|id| self.mandataris(id))
    }

    /// The IRIs of the members present at the start (`besluit:heeftAanwezigeBijStart`); look
    /// them up with [`mandataris`](Self::mandataris).
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.aanwezigen_bij_start().len(), 2);
    /// ```
    pub fn aanwezigen_bij_start(&self) -> &[NodeId] {
        &self.data.aanwezigen_bij_start
    }

    /// Every office holder the session refers to, each described once.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.mandatarissen().len(), 3);
    /// ```
    pub fn mandatarissen(&self) -> &[Mandataris] {
        &self.data.mandatarissen
    }

    /// The office holder a reference names.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// for id in zitting.aanwezigen_bij_start() {
    ///     assert!(zitting.mandataris(id).is_some());
    /// }
    /// ```
    pub fn mandataris(&self, id: &NodeId) -> Option<&Mandataris> {
        self.data.mandatarissen.iter().find(|m| &m.id == id)
    }

    /// The agenda, in order.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.agendapunten()[0].titel, "Retributiereglement gemeentelijke zalen 2025-2030");
    /// ```
    pub fn agendapunten(&self) -> &[Agendapunt] {
        &self.data.agendapunten
    }

    /// The agenda item a reference names.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// let treatment = &zitting.behandelingen()[0];
    /// assert!(zitting.agendapunt(&treatment.agendapunt).is_some());
    /// ```
    pub fn agendapunt(&self, id: &NodeId) -> Option<&Agendapunt> {
        self.data
            .agendapunten
            .iter()
            .find(|a| a.id.as_ref() == Some(id))
    }

    /// The treatments, in the order the items were treated.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].besluiten.len(), 1);
    /// ```
    pub fn behandelingen(&self) -> &[BehandelingVanAgendapunt] {
        &self.data.behandelingen
    }

    /// The session's documents.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert!(zitting.documenten().besluitenlijst.is_some());
    /// ```
    pub fn documenten(&self) -> &Documenten {
        &self.data.documenten
    }

    /// The document kind whose profile the session was checked for
    /// ([`BuildOptions::for_document`](crate::decision::BuildOptions::for_document)), `None`
    /// for the full profile. Only [`DocumentKind::Agenda`] relaxes it: a session checked for an
    /// agenda may lack its outcome (start, end, chair, secretary, members present), so only an
    /// agenda should be written from it.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.checked_for(), None);
    /// ```
    pub fn checked_for(&self) -> Option<DocumentKind> {
        self.checked_for
    }

    /// The date of the session, to compare publication dates with: the local date (in the
    /// offset the time was given in) of the end, else of the start, else of the planned start.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.date().to_string(), "2025-01-13");
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.data.date()
    }

    /// A small valid session for examples: the municipal council of "Voorbeeldgem" on 13
    /// January 2025, one agenda item, one treatment with an open vote and one decision of
    /// one article, and a list of decisions.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].stemmingen[0].aantal_voorstanders(), 2);
    /// ```
    pub fn example() -> Zitting {
        example::zitting()
    }
}

impl ZittingData {
    pub(crate) fn date(&self) -> NaiveDate {
        self.einde
            .or(self.start)
            .unwrap_or(self.geplande_start)
            .date_naive()
    }
}

impl serde::Serialize for Zitting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Zitting {
    /// Reads the JSON form and builds it with the default options (no base IRI, so every
    /// identifier must be an IRI; the full profile).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let builder = SessionBuilder::deserialize(deserializer)?;
        Zitting::try_from(builder).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Zitting {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Zitting".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::decision::Zitting".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <ZittingData as schemars::JsonSchema>::json_schema(generator)
    }
}

/// A governing body (*bestuursorgaan*, [`besluit:Bestuursorgaan`]), in its term of office
/// (*in bestuursperiode*): the council, the college, the board that holds the session.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Bestuursorgaan`. Give the LBLOD IRI
/// (`http://data.lblod.info/id/bestuursorganen/…`): the LBLOD validator looks it up.
///
/// ```
/// use bouwstenen::decision::{Bestuurseenheid, BestuurseenheidClassificatie, Bestuursorgaan,
///     BestuursorgaanClassificatie, Locatie};
///
/// let eenheid = Bestuurseenheid::new(
///     "http://data.lblod.info/id/bestuurseenheden/voorbeeldgem".parse()?,
///     "Voorbeeldgem",
///     BestuurseenheidClassificatie::Gemeente,
///     Locatie::new("http://data.lblod.info/id/werkingsgebieden/voorbeeldgem".parse()?, "Voorbeeldgem"),
/// );
/// let orgaan = Bestuursorgaan::new(
///     "http://data.lblod.info/id/bestuursorganen/gr-voorbeeldgem-2025".parse()?,
///     "Gemeenteraad Voorbeeldgem",
///     BestuursorgaanClassificatie::Gemeenteraad,
///     eenheid,
/// );
/// assert_eq!(orgaan.bestuurseenheid.naam, "Voorbeeldgem");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`besluit:Bestuursorgaan`]: http://data.vlaanderen.be/ns/besluit#Bestuursorgaan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Bestuursorgaan",
    description = "A governing body in its term of office (besluit:Bestuursorgaan): name (skos:prefLabel), classification, the administrative unit it governs, and optionally the body it is a time specialisation of."
)]
pub struct Bestuursorgaan {
    /// The body (`bestuursorganen`).
    pub id: NodeId,
    /// Its name (`skos:prefLabel`), such as "Gemeenteraad Voorbeeldgem".
    pub naam: String,
    /// Its kind (`org:classification` and `besluit:classificatie`).
    pub classificatie: BestuursorgaanClassificatie,
    /// The administrative unit it governs (`besluit:bestuurt`).
    pub bestuurseenheid: Bestuurseenheid,
    /// The body outside any term of office that this one specialises
    /// (`mandaat:isTijdspecialisatieVan`, `bestuursorganen`); it is written with the same
    /// name, classification and unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tijdspecialisatie_van: Option<NodeId>,
}

impl Bestuursorgaan {
    /// A governing body with its name, classification and unit.
    ///
    /// ```
    /// let orgaan = bouwstenen::decision::Zitting::example().bestuursorgaan().clone();
    /// let same = bouwstenen::decision::Bestuursorgaan::new(orgaan.id.clone(), orgaan.naam.clone(),
    ///     orgaan.classificatie, orgaan.bestuurseenheid.clone());
    /// assert_eq!(same.tijdspecialisatie_van, None);
    /// ```
    pub fn new(
        id: NodeId,
        naam: impl Into<String>,
        classificatie: BestuursorgaanClassificatie,
        bestuurseenheid: Bestuurseenheid,
    ) -> Self {
        Self {
            id,
            naam: naam.into(),
            classificatie,
            bestuurseenheid,
            tijdspecialisatie_van: None,
        }
    }
}

/// An administrative unit (*bestuurseenheid*, [`besluit:Bestuurseenheid`]): the municipality,
/// OCMW, province, police zone … that a governing body governs.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Bestuurseenheid`. Give the LBLOD IRI
/// (`http://data.lblod.info/id/bestuurseenheden/…`).
///
/// ```
/// use bouwstenen::decision::{Bestuurseenheid, BestuurseenheidClassificatie, Locatie};
/// let eenheid = Bestuurseenheid::new(
///     "http://data.lblod.info/id/bestuurseenheden/voorbeeldgem".parse()?,
///     "Voorbeeldgem",
///     BestuurseenheidClassificatie::Gemeente,
///     Locatie::new("http://data.lblod.info/id/werkingsgebieden/voorbeeldgem".parse()?, "Voorbeeldgem"),
/// );
/// assert_eq!(eenheid.classificatie.label(), "Gemeente");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`besluit:Bestuurseenheid`]: http://data.vlaanderen.be/ns/besluit#Bestuurseenheid
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Bestuurseenheid",
    description = "An administrative unit (besluit:Bestuurseenheid): name (skos:prefLabel), classification and area of jurisdiction (besluit:werkingsgebied)."
)]
pub struct Bestuurseenheid {
    /// The unit (`bestuurseenheden`).
    pub id: NodeId,
    /// Its name (`skos:prefLabel`), such as "Voorbeeldgem".
    pub naam: String,
    /// Its kind (`org:classification` and `besluit:classificatie`).
    pub classificatie: BestuurseenheidClassificatie,
    /// Its area of jurisdiction (`besluit:werkingsgebied`, `werkingsgebieden`).
    pub werkingsgebied: Werkingsgebied,
}

impl Bestuurseenheid {
    /// An administrative unit.
    ///
    /// ```
    /// let eenheid = bouwstenen::decision::Zitting::example().bestuursorgaan().bestuurseenheid.clone();
    /// assert_eq!(eenheid.werkingsgebied.naam, "Voorbeeldgem");
    /// ```
    pub fn new(
        id: NodeId,
        naam: impl Into<String>,
        classificatie: BestuurseenheidClassificatie,
        werkingsgebied: Werkingsgebied,
    ) -> Self {
        Self {
            id,
            naam: naam.into(),
            classificatie,
            werkingsgebied,
        }
    }
}

/// A place ([`prov:Location`]) with a name (`rdfs:label`): where a session is held, or the
/// area of jurisdiction of an administrative unit ([`Werkingsgebied`]).
///
/// Class: `http://www.w3.org/ns/prov#Location`. A session's location is a node with a label,
/// never a bare text (LBLOD's shape gives every `prov:Location` one `rdfs:label`).
///
/// ```
/// use bouwstenen::decision::Locatie;
/// let zaal = Locatie::new("raadzaal".parse()?, "Raadzaal, Markt 1");
/// assert_eq!(serde_json::to_string(&zaal).unwrap(), r#"{"id":"raadzaal","naam":"Raadzaal, Markt 1"}"#);
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`prov:Location`]: http://www.w3.org/ns/prov#Location
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Locatie",
    description = "A place (prov:Location) with a name (rdfs:label): a session's location or an administrative unit's area of jurisdiction."
)]
pub struct Locatie {
    /// The place (`locaties`, or `werkingsgebieden` for an area of jurisdiction).
    pub id: NodeId,
    /// Its name (`rdfs:label`).
    pub naam: String,
}

impl Locatie {
    /// A place with its name.
    ///
    /// ```
    /// let place = bouwstenen::decision::Locatie::new("raadzaal".parse()?, "Raadzaal");
    /// assert_eq!(place.naam, "Raadzaal");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(id: NodeId, naam: impl Into<String>) -> Self {
        Self {
            id,
            naam: naam.into(),
        }
    }
}

/// The area of jurisdiction (*werkingsgebied*) of an administrative unit: a [`Locatie`]
/// (`prov:Location`); give the LBLOD IRI (`http://data.lblod.info/id/werkingsgebieden/…`).
///
/// ```
/// use bouwstenen::decision::Werkingsgebied;
/// let area = Werkingsgebied::new("http://data.lblod.info/id/werkingsgebieden/x".parse()?, "Voorbeeldgem");
/// assert_eq!(area.naam, "Voorbeeldgem");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
pub type Werkingsgebied = Locatie;

/// An office holder (*mandataris*, [`mandaat:Mandataris`]): a person in a mandate, such as a
/// council member, or an official (*functionaris*) such as the general director who acts as
/// secretary.
///
/// Class: `http://data.vlaanderen.be/ns/mandaat#Mandataris` (an official is also
/// `http://data.lblod.info/vocabularies/leidinggevenden/Functionaris` when written as the
/// secretary). Give the LBLOD IRI (`http://data.lblod.info/id/mandatarissen/…`): the LBLOD
/// validator looks it up for its maturity levels.
///
/// The person is given by name only (see [`Persoon`]): the model has no field for a national
/// number, and the JSON form rejects unknown fields.
///
/// ```
/// use bouwstenen::decision::{Bestuursfunctie, Mandaat, Mandataris, Persoon};
///
/// let mut raadslid = Mandataris::new(
///     "http://data.lblod.info/id/mandatarissen/m1".parse()?,
///     Persoon::new("http://data.lblod.info/id/personen/p1".parse()?, "An", "Peeters"),
/// );
/// raadslid.mandaat = Some(Mandaat::new(
///     "http://data.lblod.info/id/mandaten/gr-lid".parse()?,
///     Bestuursfunctie::Gemeenteraadslid,
/// ));
/// assert_eq!(raadslid.persoon.naam(), "An Peeters");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`mandaat:Mandataris`]: http://data.vlaanderen.be/ns/mandaat#Mandataris
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Mandataris",
    description = "An office holder (mandaat:Mandataris) or official (leidinggevenden:Functionaris): the person by name (mandaat:isBestuurlijkeAliasVan), the mandate held (org:holds) and the status (mandaat:status)."
)]
pub struct Mandataris {
    /// The office holder (`mandatarissen`).
    pub id: NodeId,
    /// The person (`mandaat:isBestuurlijkeAliasVan`).
    pub persoon: Persoon,
    /// An elected office holder or an official; officials do not vote and are not counted
    /// among the members present. A secretary listed nowhere among the members present or
    /// the voters is built as an official (it is written as one either way).
    #[serde(default, skip_serializing_if = "MandatarisSoort::is_default")]
    pub soort: MandatarisSoort,
    /// The mandate held (`org:holds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandaat: Option<Mandaat>,
    /// The status (`mandaat:status`): effective, acting …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MandatarisStatus>,
}

impl Mandataris {
    /// An elected office holder without mandate or status.
    ///
    /// ```
    /// use bouwstenen::decision::{Mandataris, MandatarisSoort, Persoon};
    /// let m = Mandataris::new("m1".parse()?, Persoon::new("p1".parse()?, "An", "Peeters"));
    /// assert_eq!(m.soort, MandatarisSoort::Mandataris);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(id: NodeId, persoon: Persoon) -> Self {
        Self {
            id,
            persoon,
            soort: MandatarisSoort::Mandataris,
            mandaat: None,
            status: None,
        }
    }

    /// An official (*functionaris*), such as the general director acting as secretary.
    ///
    /// ```
    /// use bouwstenen::decision::{Mandataris, MandatarisSoort, Persoon};
    /// let f = Mandataris::functionaris("f1".parse()?, Persoon::new("p9".parse()?, "Carine", "Wouters"));
    /// assert_eq!(f.soort, MandatarisSoort::Functionaris);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn functionaris(id: NodeId, persoon: Persoon) -> Self {
        Self {
            soort: MandatarisSoort::Functionaris,
            ..Self::new(id, persoon)
        }
    }
}

/// Whether an office holder is elected (*mandataris*) or an official (*functionaris*).
///
/// ```
/// use bouwstenen::decision::MandatarisSoort;
/// assert_eq!(serde_json::to_string(&MandatarisSoort::Functionaris).unwrap(), r#""functionaris""#);
/// assert_eq!(MandatarisSoort::default(), MandatarisSoort::Mandataris);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(
    title = "MandatarisSoort",
    description = "mandataris: an elected office holder (the default); functionaris: an official, such as the general director acting as secretary, who does not vote."
)]
#[non_exhaustive]
pub enum MandatarisSoort {
    /// An elected office holder (`mandaat:Mandataris`), the default.
    #[default]
    Mandataris,
    /// An official (`leidinggevenden:Functionaris`).
    Functionaris,
}

impl MandatarisSoort {
    fn is_default(&self) -> bool {
        *self == MandatarisSoort::Mandataris
    }
}

/// A person ([`person:Person`]) by the name they use: first name used
/// (`persoon:gebruikteVoornaam`) and family name (`foaf:familyName`). Nothing else: never a
/// national number or a birth date.
///
/// Class: `http://www.w3.org/ns/person#Person`. Give the LBLOD IRI
/// (`http://data.lblod.info/id/personen/…`); never put a national number in a key or IRI (the
/// builder rejects one).
///
/// ```
/// use bouwstenen::decision::Persoon;
/// let p = Persoon::new("http://data.lblod.info/id/personen/p1".parse()?, "An", "Peeters");
/// assert_eq!(serde_json::to_value(&p).unwrap()["gebruikteVoornaam"], "An");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`person:Person`]: http://www.w3.org/ns/person#Person
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Persoon",
    description = "A person (person:Person) by name only: first name used (persoon:gebruikteVoornaam) and family name (foaf:familyName)."
)]
pub struct Persoon {
    /// The person (`personen`).
    pub id: NodeId,
    /// The first name used (`persoon:gebruikteVoornaam`).
    pub gebruikte_voornaam: String,
    /// The family name (`foaf:familyName`).
    pub familienaam: String,
}

impl Persoon {
    /// A person with the first name they use and their family name.
    ///
    /// ```
    /// let p = bouwstenen::decision::Persoon::new("p1".parse()?, "An", "Peeters");
    /// assert_eq!(p.familienaam, "Peeters");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(
        id: NodeId,
        gebruikte_voornaam: impl Into<String>,
        familienaam: impl Into<String>,
    ) -> Self {
        Self {
            id,
            gebruikte_voornaam: gebruikte_voornaam.into(),
            familienaam: familienaam.into(),
        }
    }

    /// The full name: first name used, a space, family name.
    ///
    /// ```
    /// let p = bouwstenen::decision::Persoon::new("p1".parse()?, "An", "Peeters");
    /// assert_eq!(p.naam(), "An Peeters");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn naam(&self) -> String {
        format!("{} {}", self.gebruikte_voornaam, self.familienaam)
    }
}

/// A mandate ([`mandaat:Mandaat`]): a function in a governing body (`org:role`), such as
/// council member of the council of 2025–2030. All council members hold the same mandate.
///
/// Class: `http://data.vlaanderen.be/ns/mandaat#Mandaat`. Give the LBLOD IRI
/// (`http://data.lblod.info/id/mandaten/…`).
///
/// ```
/// use bouwstenen::decision::{Bestuursfunctie, Mandaat};
/// let m = Mandaat::new("http://data.lblod.info/id/mandaten/x".parse()?, Bestuursfunctie::Schepen);
/// assert_eq!(m.bestuursfunctie.label(), "Schepen");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`mandaat:Mandaat`]: http://data.vlaanderen.be/ns/mandaat#Mandaat
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Mandaat",
    description = "A mandate (mandaat:Mandaat) with its function (org:role, a BestuursfunctieCode concept)."
)]
pub struct Mandaat {
    /// The mandate (`mandaten`).
    pub id: NodeId,
    /// The function (`org:role`).
    pub bestuursfunctie: Bestuursfunctie,
}

impl Mandaat {
    /// A mandate with its function.
    ///
    /// ```
    /// use bouwstenen::decision::{Bestuursfunctie, Mandaat};
    /// let m = Mandaat::new("gr-lid".parse()?, Bestuursfunctie::Gemeenteraadslid);
    /// assert_eq!(m.id.as_str(), "gr-lid");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(id: NodeId, bestuursfunctie: Bestuursfunctie) -> Self {
        Self {
            id,
            bestuursfunctie,
        }
    }
}

/// An agenda item ([`besluit:Agendapunt`]): its title, whether it is planned to be public, its
/// type, and the items and draft decisions it refers to. Its place in the agenda is its
/// position in [`SessionBuilder::agendapunt`]'s list (`besluit:aangebrachtNa` is derived).
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Agendapunt`,
/// <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Agendapunt>.
/// Without an `id`, the key is `{zitting}-{n}` (1-based position).
///
/// ```
/// use bouwstenen::decision::{Agendapunt, AgendapuntType};
/// let ap = Agendapunt::new("Goedkeuring van de notulen", true);
/// assert_eq!(ap.types, [AgendapuntType::Gepland]);
/// assert_eq!(
///     serde_json::to_string(&ap).unwrap(),
///     r#"{"titel":"Goedkeuring van de notulen","geplandOpenbaar":true,"type":["http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0"]}"#
/// );
/// ```
///
/// [`besluit:Agendapunt`]: http://data.vlaanderen.be/ns/besluit#Agendapunt
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Agendapunt",
    description = "An agenda item (besluit:Agendapunt): title (dct:title), planned public or not (besluit:geplandOpenbaar), at least one type (besluit:Agendapunt.type), description, references to other items (dct:references) and draft decisions (besluit:heeftOntwerpbesluit)."
)]
pub struct Agendapunt {
    /// The item (`agendapunten`); default key `{zitting}-{n}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// The title (`dct:title`).
    pub titel: String,
    /// A description (`dct:description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschrijving: Option<String>,
    /// Whether the item is planned to be treated in public (`besluit:geplandOpenbaar`).
    pub gepland_openbaar: bool,
    /// Its types (`besluit:Agendapunt.type`), at least one.
    #[serde(rename = "type", default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<AgendapuntType>,
    /// Other items of the same session it refers to (`dct:references`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verwijst_naar: Vec<NodeId>,
    /// Draft decisions (`besluit:heeftOntwerpbesluit`, `foaf:Document`s).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ontwerpbesluiten: Vec<Iri>,
}

impl Agendapunt {
    /// A planned agenda item ([`AgendapuntType::Gepland`]) with its title.
    ///
    /// ```
    /// let ap = bouwstenen::decision::Agendapunt::new("Belastingreglement tweede verblijven", true);
    /// assert!(ap.gepland_openbaar);
    /// ```
    pub fn new(titel: impl Into<String>, gepland_openbaar: bool) -> Self {
        Self {
            id: None,
            titel: titel.into(),
            beschrijving: None,
            gepland_openbaar,
            types: vec![AgendapuntType::Gepland],
            verwijst_naar: Vec::new(),
            ontwerpbesluiten: Vec::new(),
        }
    }
}

/// The treatment of an agenda item ([`besluit:BehandelingVanAgendapunt`]) at the session:
/// whether it was public, who was present, who chaired it when not the session's chair, the
/// votes and the decisions it led to. Treatments are listed in the order they happened
/// (`besluit:gebeurtNa` is derived); each agenda item is treated at most once.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#BehandelingVanAgendapunt`,
/// <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#BehandelingVanAgendapunt>.
/// Without an `id`, the key is the agenda item's key.
///
/// ```
/// use bouwstenen::decision::BehandelingVanAgendapunt;
/// let b = BehandelingVanAgendapunt::new("2025-01-13-gr-1".parse()?, true,
///     vec!["m1".parse()?, "m2".parse()?]);
/// assert!(b.besluiten.is_empty());
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`besluit:BehandelingVanAgendapunt`]: http://data.vlaanderen.be/ns/besluit#BehandelingVanAgendapunt
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "BehandelingVanAgendapunt",
    description = "The treatment of an agenda item (besluit:BehandelingVanAgendapunt): the item (dct:subject), public or not (besluit:openbaar), members present (besluit:heeftAanwezige), chair and secretary when not the session's, votes (besluit:heeftStemming) and decisions (prov:wasGeneratedBy)."
)]
pub struct BehandelingVanAgendapunt {
    /// The treatment (`behandelingen-van-agendapunten`); default key: the item's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// The agenda item treated (`dct:subject`), a reference to one of the session's items.
    pub agendapunt: NodeId,
    /// Whether it was treated in public (`besluit:openbaar`).
    pub openbaar: bool,
    /// The members present (`besluit:heeftAanwezige`), at least one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aanwezigen: Vec<NodeId>,
    /// The chair, when not the session's (`besluit:heeftVoorzitter`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voorzitter: Option<NodeId>,
    /// The secretary, when not the session's (`besluit:heeftSecretaris`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretaris: Option<NodeId>,
    /// The votes (`besluit:heeftStemming`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stemmingen: Vec<Stemming>,
    /// The decisions it led to (`prov:wasGeneratedBy` on each decision).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub besluiten: Vec<Besluit>,
}

impl BehandelingVanAgendapunt {
    /// The treatment of an agenda item, public or not, with the members present.
    ///
    /// ```
    /// use bouwstenen::decision::BehandelingVanAgendapunt;
    /// let b = BehandelingVanAgendapunt::new("ap-3".parse()?, false, vec!["m1".parse()?]);
    /// assert!(!b.openbaar);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(agendapunt: NodeId, openbaar: bool, aanwezigen: Vec<NodeId>) -> Self {
        Self {
            id: None,
            agendapunt,
            openbaar,
            aanwezigen,
            voorzitter: None,
            secretaris: None,
            stemmingen: Vec::new(),
            besluiten: Vec::new(),
        }
    }
}

/// A vote ([`besluit:Stemming`]): open, with the names of those for, against and abstaining,
/// or secret, with the counts and the names of those who voted only.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Stemming`,
/// <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Stemming>.
/// Without an `id`, the key is `{agendapunt}-{m}` (1-based position in the treatment).
///
/// The JSON form is flat, as the vocabulary is: `geheim` says which form it is. An open vote
/// lists `voorstanders`, `tegenstanders` and `onthouders` (its counts are derived; given
/// counts must match, and `stemmers`, when given, must be exactly those names; once checked,
/// [`SessionBuilder::build`] drops the counts, and the voters when they are the names in the
/// order for, against, abstaining, so that a built vote has one form). A secret vote
/// gives `aantalVoorstanders`, `aantalTegenstanders`, `aantalOnthouders` (blank, invalid and
/// refused votes count as abstentions) and `stemmers`, and never names. Build one with
/// [`Stemming::openbaar`] or [`Stemming::geheim`], and read it with [`Stemming::wijze`].
///
/// ```
/// use bouwstenen::decision::{Stemming, Stemwijze};
///
/// let ids = |keys: &[&str]| keys.iter().map(|k| k.parse().unwrap()).collect::<Vec<_>>();
/// let open = Stemming::openbaar("Goedkeuring", "Goedgekeurd", ids(&["m1", "m2", "m3"]),
///     ids(&["m1", "m2"]), ids(&["m3"]), vec![]);
/// assert_eq!((open.aantal_voorstanders(), open.aantal_tegenstanders()), (2, 1));
/// let secret = Stemming::geheim("Benoeming", "Benoemd", ids(&["m1", "m2", "m3"]),
///     ids(&["m1", "m2", "m3"]), 2, 0, 1);
/// assert!(matches!(secret.wijze(), Stemwijze::Geheim { aantal_onthouders: 1, .. }));
/// ```
///
/// [`besluit:Stemming`]: http://data.vlaanderen.be/ns/besluit#Stemming
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Stemming",
    description = "A vote (besluit:Stemming): subject (besluit:onderwerp), result (besluit:gevolg), secret or not (besluit:geheim), members present (besluit:heeftAanwezige); an open vote names those for (heeftVoorstander), against (heeftTegenstander) and abstaining (heeftOnthouder); a secret vote gives the counts and the voters (heeftStemmer) only."
)]
pub struct Stemming {
    /// The vote (`stemmingen`); default key `{agendapunt}-{m}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// What was voted on (`besluit:onderwerp`, tagged with the session's language).
    pub onderwerp: String,
    /// The result (`besluit:gevolg`), such as "Het voorstel wordt goedgekeurd."
    pub gevolg: String,
    /// Whether the vote was secret (`besluit:geheim`).
    pub geheim: bool,
    /// The members present for the vote (`besluit:heeftAanwezige`), at least one, all present
    /// at the treatment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aanwezigen: Vec<NodeId>,
    /// Those who voted (`besluit:heeftStemmer`): given for a secret vote; for an open vote,
    /// derived from the names (and, when given, exactly those).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stemmers: Vec<NodeId>,
    /// Open vote: those for (`besluit:heeftVoorstander`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voorstanders: Vec<NodeId>,
    /// Open vote: those against (`besluit:heeftTegenstander`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tegenstanders: Vec<NodeId>,
    /// Open vote: those abstaining (`besluit:heeftOnthouder`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub onthouders: Vec<NodeId>,
    /// The number for (`besluit:aantalVoorstanders`): required for a secret vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aantal_voorstanders: Option<u32>,
    /// The number against (`besluit:aantalTegenstanders`): required for a secret vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aantal_tegenstanders: Option<u32>,
    /// The number abstaining, blank and invalid votes included (`besluit:aantalOnthouders`):
    /// required for a secret vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aantal_onthouders: Option<u32>,
}

/// The two forms of a [`Stemming`], as [`Stemming::wijze`] reads them.
///
/// ```
/// use bouwstenen::decision::{Stemwijze, Zitting};
/// let zitting = Zitting::example();
/// match zitting.behandelingen()[0].stemmingen[0].wijze() {
///     Stemwijze::Openbaar { voorstanders, .. } => assert_eq!(voorstanders.len(), 2),
///     Stemwijze::Geheim { .. } => unreachable!(),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stemwijze<'a> {
    /// An open vote, with names.
    Openbaar {
        /// Those for.
        voorstanders: &'a [NodeId],
        /// Those against.
        tegenstanders: &'a [NodeId],
        /// Those abstaining.
        onthouders: &'a [NodeId],
    },
    /// A secret vote: counts, and who voted.
    Geheim {
        /// The number for.
        aantal_voorstanders: u32,
        /// The number against.
        aantal_tegenstanders: u32,
        /// The number abstaining (blank and invalid votes included).
        aantal_onthouders: u32,
        /// Those who voted.
        stemmers: &'a [NodeId],
    },
}

/// A list's length as a count.
fn count(list: &[NodeId]) -> u32 {
    u32::try_from(list.len()).unwrap_or(u32::MAX)
}

impl Stemming {
    /// An open vote: the members present and the names of those for, against and abstaining.
    ///
    /// ```
    /// use bouwstenen::decision::Stemming;
    /// let m: Vec<bouwstenen::decision::NodeId> = vec!["m1".parse()?, "m2".parse()?];
    /// let vote = Stemming::openbaar("Notulen", "Goedgekeurd", m.clone(), m, vec![], vec![]);
    /// assert!(!vote.geheim);
    /// assert_eq!(vote.stemmers().len(), 2);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn openbaar(
        onderwerp: impl Into<String>,
        gevolg: impl Into<String>,
        aanwezigen: Vec<NodeId>,
        voorstanders: Vec<NodeId>,
        tegenstanders: Vec<NodeId>,
        onthouders: Vec<NodeId>,
    ) -> Self {
        Self {
            id: None,
            onderwerp: onderwerp.into(),
            gevolg: gevolg.into(),
            geheim: false,
            aanwezigen,
            stemmers: Vec::new(),
            voorstanders,
            tegenstanders,
            onthouders,
            aantal_voorstanders: None,
            aantal_tegenstanders: None,
            aantal_onthouders: None,
        }
    }

    /// A secret vote: the members present, those who voted, and the counts.
    ///
    /// ```
    /// use bouwstenen::decision::Stemming;
    /// let m: Vec<bouwstenen::decision::NodeId> = vec!["m1".parse()?, "m2".parse()?];
    /// let vote = Stemming::geheim("Benoeming", "Benoemd", m.clone(), m, 1, 0, 1);
    /// assert!(vote.geheim);
    /// assert_eq!(vote.aantal_onthouders(), 1);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn geheim(
        onderwerp: impl Into<String>,
        gevolg: impl Into<String>,
        aanwezigen: Vec<NodeId>,
        stemmers: Vec<NodeId>,
        aantal_voorstanders: u32,
        aantal_tegenstanders: u32,
        aantal_onthouders: u32,
    ) -> Self {
        Self {
            geheim: true,
            stemmers,
            aantal_voorstanders: Some(aantal_voorstanders),
            aantal_tegenstanders: Some(aantal_tegenstanders),
            aantal_onthouders: Some(aantal_onthouders),
            ..Self::openbaar(onderwerp, gevolg, aanwezigen, vec![], vec![], vec![])
        }
    }

    /// The vote's form: open with names, or secret with counts.
    ///
    /// ```
    /// use bouwstenen::decision::{Stemming, Stemwijze};
    /// let vote = Stemming::geheim("Benoeming", "Benoemd", vec![], vec![], 0, 0, 0);
    /// assert!(matches!(vote.wijze(), Stemwijze::Geheim { .. }));
    /// ```
    pub fn wijze(&self) -> Stemwijze<'_> {
        if self.geheim {
            Stemwijze::Geheim {
                aantal_voorstanders: self.aantal_voorstanders(),
                aantal_tegenstanders: self.aantal_tegenstanders(),
                aantal_onthouders: self.aantal_onthouders(),
                stemmers: &self.stemmers,
            }
        } else {
            Stemwijze::Openbaar {
                voorstanders: &self.voorstanders,
                tegenstanders: &self.tegenstanders,
                onthouders: &self.onthouders,
            }
        }
    }

    /// The number for: the given count, else the number of names.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].stemmingen[0].aantal_voorstanders(), 2);
    /// ```
    pub fn aantal_voorstanders(&self) -> u32 {
        self.aantal_voorstanders
            .unwrap_or_else(|| count(&self.voorstanders))
    }

    /// The number against: the given count, else the number of names.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].stemmingen[0].aantal_tegenstanders(), 0);
    /// ```
    pub fn aantal_tegenstanders(&self) -> u32 {
        self.aantal_tegenstanders
            .unwrap_or_else(|| count(&self.tegenstanders))
    }

    /// The number abstaining: the given count, else the number of names.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].stemmingen[0].aantal_onthouders(), 0);
    /// ```
    pub fn aantal_onthouders(&self) -> u32 {
        self.aantal_onthouders
            .unwrap_or_else(|| count(&self.onthouders))
    }

    /// Those who voted (`besluit:heeftStemmer`): the given voters, or for an open vote without
    /// them, those for, against and abstaining, in that order.
    ///
    /// ```
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// assert_eq!(zitting.behandelingen()[0].stemmingen[0].stemmers().len(), 2);
    /// ```
    pub fn stemmers(&self) -> Vec<&NodeId> {
        if self.geheim || !self.stemmers.is_empty() {
            self.stemmers.iter().collect()
        } else {
            self.voorstanders
                .iter()
                .chain(&self.tegenstanders)
                .chain(&self.onthouders)
                .collect()
        }
    }
}

/// A decision ([`besluit:Besluit`], also an [`eli:LegalExpression`]): its type, title,
/// motivation (which cites the legal bases), full text and articles, its dates, and what it
/// enacts (an `eli:LegalResource`, minted as `{base}rechtsgronden/{besluit}`).
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Besluit`,
/// <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/erkendestandaard/2025-12-11#Besluit>.
/// Without an `id`, the key is `{agendapunt}-{m}` (1-based position in the treatment). The
/// official profile requires a motivation, a full text (`prov:value`), an entry into force
/// and at least one article also for decisions of closed items: pass a redacted text there.
///
/// ```
/// use bouwstenen::decision::{Artikel, Besluit, BesluitType};
/// let mut besluit = Besluit::new(BesluitType::Belastingreglement,
///     "Belastingreglement op tweede verblijven 2025-2031",
///     "Gelet op het decreet over het lokaal bestuur, artikel 40 en 41.",
///     "Artikel 1. Er wordt een belasting geheven.");
/// besluit.artikels.push(Artikel::new("1", "Er wordt een belasting geheven."));
/// besluit.inwerkingtreding = chrono::NaiveDate::from_ymd_opt(2025, 2, 1);
/// assert_eq!(besluit.artikels[0].titel_of_default(), "Artikel 1");
/// ```
///
/// [`besluit:Besluit`]: http://data.vlaanderen.be/ns/besluit#Besluit
/// [`eli:LegalExpression`]: http://data.europa.eu/eli/ontology#LegalExpression
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Besluit",
    description = "A decision (besluit:Besluit, eli:LegalExpression): type (BesluitType), title (eli:title), short title (eli:title_short), description (eli:description), motivation (besluit:motivering), full text (prov:value), language, publication date, entry into force and end of validity (on the eli:LegalResource it realises), legal bases (eli:cites) and articles (eli:has_part)."
)]
pub struct Besluit {
    /// The decision (`besluiten`); default key `{agendapunt}-{m}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// Its type (an extra `rdf:type`, and `eli:type_document` of what it enacts).
    pub besluittype: BesluitType,
    /// The title (`eli:title`).
    pub titel: String,
    /// The short title to cite it by (`eli:title_short`, *citeeropschrift*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citeeropschrift: Option<String>,
    /// A short description (`eli:description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschrijving: Option<String>,
    /// The motivation (`besluit:motivering`), with the legal bases it cites.
    pub motivering: String,
    /// The full text (`prov:value`).
    pub inhoud: String,
    /// The language of the texts, when not the session's (`eli:language`); the session's
    /// language given here is dropped by [`SessionBuilder::build`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taal: Option<Language>,
    /// The publication date (`eli:date_publication`), not before the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicatiedatum: Option<NaiveDate>,
    /// The entry into force (`eli:first_date_entry_in_force` of what it enacts): required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inwerkingtreding: Option<NaiveDate>,
    /// The end of validity (`eli:date_no_longer_in_force`), not before the entry into force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buitenwerkingtreding: Option<NaiveDate>,
    /// The legal bases it cites (`eli:cites`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rechtsgronden: Vec<Rechtsgrond>,
    /// Its articles (`eli:has_part`), at least one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artikels: Vec<Artikel>,
    /// What it enacts (`eli:realizes`, an `eli:LegalResource`, `rechtsgronden`); default key:
    /// the decision's key. The builder fills it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realiseert: Option<NodeId>,
}

impl Besluit {
    /// A decision with its type, title, motivation and full text; add the articles and the
    /// entry into force.
    ///
    /// ```
    /// use bouwstenen::decision::{Besluit, BesluitType};
    /// let b = Besluit::new(BesluitType::Akteneming, "Kennisname", "Gelet op …", "De raad neemt kennis.");
    /// assert!(b.artikels.is_empty());
    /// ```
    pub fn new(
        besluittype: BesluitType,
        titel: impl Into<String>,
        motivering: impl Into<String>,
        inhoud: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            besluittype,
            titel: titel.into(),
            citeeropschrift: None,
            beschrijving: None,
            motivering: motivering.into(),
            inhoud: inhoud.into(),
            taal: None,
            publicatiedatum: None,
            inwerkingtreding: None,
            buitenwerkingtreding: None,
            rechtsgronden: Vec::new(),
            artikels: Vec::new(),
            realiseert: None,
        }
    }
}

/// An article of a decision ([`besluit:Artikel`], also an `eli:LegalExpression`): its number,
/// title and text. It realises an `eli:LegalResourceSubdivision` of what the decision enacts,
/// minted as `{base}rechtsgrondonderdelen/{besluit}-{nummer}`.
///
/// Class: `http://data.vlaanderen.be/ns/besluit#Artikel`. Without an `id`, the key is
/// `{besluit}-{nummer}`, with the number's characters that a key cannot hold replaced by `-`.
///
/// ```
/// let a = bouwstenen::decision::Artikel::new("2bis", "Het tarief bedraagt 900 euro.");
/// assert_eq!(a.titel_of_default(), "Artikel 2bis");
/// ```
///
/// [`besluit:Artikel`]: http://data.vlaanderen.be/ns/besluit#Artikel
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Artikel",
    description = "An article of a decision (besluit:Artikel, eli:LegalExpression): number (eli:number), title (eli:title, default \"Artikel {nummer}\") and text (prov:value)."
)]
pub struct Artikel {
    /// The article (`artikels`); default key `{besluit}-{nummer}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// The number (`eli:number`): "1", "2bis" …, unique in the decision.
    pub nummer: String,
    /// The title (`eli:title`); "Artikel {nummer}" when absent (a title equal to that
    /// default is dropped by the builder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The text (`prov:value`).
    pub inhoud: String,
    /// What it enacts (`eli:realizes`, an `eli:LegalResourceSubdivision`,
    /// `rechtsgrondonderdelen`); default key `{besluit}-{nummer}`. The builder fills it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realiseert: Option<NodeId>,
}

impl Artikel {
    /// An article with its number and text.
    ///
    /// ```
    /// let a = bouwstenen::decision::Artikel::new("1", "De notulen worden goedgekeurd.");
    /// assert_eq!(a.nummer, "1");
    /// ```
    pub fn new(nummer: impl Into<String>, inhoud: impl Into<String>) -> Self {
        Self {
            id: None,
            nummer: nummer.into(),
            titel: None,
            inhoud: inhoud.into(),
            realiseert: None,
        }
    }

    /// The title, or "Artikel {nummer}" when none was given.
    ///
    /// ```
    /// let mut a = bouwstenen::decision::Artikel::new("3", "…");
    /// a.titel = Some("Slotbepaling".into());
    /// assert_eq!(a.titel_of_default(), "Slotbepaling");
    /// ```
    pub fn titel_of_default(&self) -> String {
        self.titel
            .clone()
            .unwrap_or_else(|| format!("Artikel {}", self.nummer))
    }
}

/// A legal basis (*rechtsgrond*) that a decision cites in its motivation, such as the
/// decree on local government: an [`eli:LegalExpression`] with a title and the text cited.
///
/// Class: `http://data.europa.eu/eli/ontology#LegalExpression` (not `eli:LegalResource`,
/// whose official shapes only fit decisions of local governments). Its `id` is an absolute
/// IRI, such as `https://codex.vlaanderen.be/doc/document/1029017`; a legal basis cited by
/// several decisions is one node, described the same way each time.
///
/// ```
/// use bouwstenen::decision::Rechtsgrond;
/// let decreet = Rechtsgrond::new(
///     "https://codex.vlaanderen.be/doc/document/1029017".parse()?,
///     "Decreet over het lokaal bestuur van 22 december 2017",
///     "artikel 40 en 41",
/// );
/// assert_eq!(decreet.taal, None);
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`eli:LegalExpression`]: http://data.europa.eu/eli/ontology#LegalExpression
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Rechtsgrond",
    description = "A legal basis a decision cites (eli:cites an eli:LegalExpression): absolute IRI, title (eli:title), the text cited (prov:value) and its language (eli:language, default the decision's)."
)]
pub struct Rechtsgrond {
    /// The legal expression, an absolute IRI.
    pub id: Iri,
    /// Its title (`eli:title`).
    pub titel: String,
    /// The text cited (`prov:value`), such as "artikel 40 en 41".
    pub inhoud: String,
    /// Its language (`eli:language`), when not the decision's (the decision's language given
    /// here is dropped by the builder; a legal basis cited by decisions in two languages must
    /// give its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taal: Option<Language>,
}

impl Rechtsgrond {
    /// A legal basis with its IRI, title and the text cited.
    ///
    /// ```
    /// use bouwstenen::decision::Rechtsgrond;
    /// let r = Rechtsgrond::new("https://codex.vlaanderen.be/doc/document/1029017".parse()?, "Decreet", "artikel 40");
    /// assert_eq!(r.titel, "Decreet");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(id: Iri, titel: impl Into<String>, inhoud: impl Into<String>) -> Self {
        Self {
            id,
            titel: titel.into(),
            inhoud: inhoud.into(),
            taal: None,
        }
    }
}

/// A document about the session ([`foaf:Document`]): its identifier and publication date
/// (`eli:date_publication`). Which document it is follows from where it is in [`Documenten`].
///
/// Class: `http://xmlns.com/foaf/0.1/Document`, typed with its
/// [`DocumentType`] concept when it is the document being written. Without an `id`, the key
/// is the session's key (`agendas/{zitting}`, `besluitenlijsten/{zitting}`,
/// `notulen/{zitting}`).
///
/// ```
/// use bouwstenen::decision::Document;
/// let d = Document::published(chrono::NaiveDate::from_ymd_opt(2025, 1, 16).unwrap());
/// assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"publicatiedatum":"2025-01-16"}"#);
/// ```
///
/// [`foaf:Document`]: http://xmlns.com/foaf/0.1/Document
#[derive(
    Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Document",
    description = "A document about the session (foaf:Document): identifier and publication date (eli:date_publication)."
)]
pub struct Document {
    /// The document; default key: the session's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// The publication date (`eli:date_publication`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicatiedatum: Option<NaiveDate>,
}

impl Document {
    /// A document published on a date.
    ///
    /// ```
    /// let d = bouwstenen::decision::Document::published(chrono::NaiveDate::from_ymd_opt(2025, 1, 16).unwrap());
    /// assert!(d.id.is_none());
    /// ```
    pub fn published(publicatiedatum: NaiveDate) -> Self {
        Self {
            id: None,
            publicatiedatum: Some(publicatiedatum),
        }
    }
}

/// An extract (*uittreksel*) of the minutes: the part about one treatment, as a
/// [`foaf:Document`] with its publication date.
///
/// Without an `id`, the key is `{zitting}-{n}` (1-based position).
///
/// ```
/// use bouwstenen::decision::Uittreksel;
/// let u = Uittreksel::new("2025-01-13-gr-2".parse()?);
/// assert!(u.publicatiedatum.is_none());
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
///
/// [`foaf:Document`]: http://xmlns.com/foaf/0.1/Document
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Uittreksel",
    description = "An extract of the minutes about one treatment (foaf:Document): identifier, the treatment, publication date."
)]
pub struct Uittreksel {
    /// The document (`uittreksels`); default key `{zitting}-{n}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<NodeId>,
    /// The treatment it is about, a reference to one of the session's treatments.
    pub behandeling: NodeId,
    /// The publication date (`eli:date_publication`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicatiedatum: Option<NaiveDate>,
}

impl Uittreksel {
    /// An extract about a treatment.
    ///
    /// ```
    /// let u = bouwstenen::decision::Uittreksel::new("b-1".parse()?);
    /// assert_eq!(u.behandeling.as_str(), "b-1");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(behandeling: NodeId) -> Self {
        Self {
            id: None,
            behandeling,
            publicatiedatum: None,
        }
    }
}

/// The documents about a session that are known: the agenda (`besluit:heeftAgenda`), the
/// list of decisions (`besluit:heeftBesluitenlijst`), the minutes (`besluit:heeftNotulen`)
/// and extracts (`besluit:heeftUittreksel`).
///
/// ```
/// use bouwstenen::decision::{Document, Documenten};
/// let mut docs = Documenten::default();
/// docs.agenda = Some(Document::published(chrono::NaiveDate::from_ymd_opt(2025, 1, 3).unwrap()));
/// assert_eq!(serde_json::to_string(&docs).unwrap(), r#"{"agenda":{"publicatiedatum":"2025-01-03"}}"#);
/// ```
#[derive(
    Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Documenten",
    description = "The documents about a session: agenda, list of decisions (besluitenlijst), minutes (notulen) and extracts (uittreksels)."
)]
pub struct Documenten {
    /// The agenda (`agendas`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Document>,
    /// The list of decisions (`besluitenlijsten`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub besluitenlijst: Option<Document>,
    /// The minutes (`notulen`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notulen: Option<Document>,
    /// Extracts of the minutes (`uittreksels`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uittreksels: Vec<Uittreksel>,
}

impl Documenten {
    /// Whether no document is known.
    ///
    /// ```
    /// assert!(bouwstenen::decision::Documenten::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.agenda.is_none()
            && self.besluitenlijst.is_none()
            && self.notulen.is_none()
            && self.uittreksels.is_empty()
    }
}

/// The kinds of document published about a session: the agenda before it, and after it the
/// list of decisions, the minutes, and extracts of the minutes.
///
/// ```
/// use bouwstenen::decision::{DocumentKind, DocumentType};
/// let kind: DocumentKind = "besluitenlijst".parse()?;
/// assert_eq!(kind.document_type(), DocumentType::Besluitenlijst);
/// assert_eq!(kind.to_string(), "besluitenlijst");
/// # Ok::<(), bouwstenen::decision::DecisionError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(
    title = "DocumentKind",
    description = "A kind of document about a session: agenda, besluitenlijst (list of decisions), notulen (minutes) or uittreksel (extract)."
)]
#[non_exhaustive]
pub enum DocumentKind {
    /// The agenda (*agenda*): planned data only.
    Agenda,
    /// The list of decisions (*besluitenlijst*).
    Besluitenlijst,
    /// The minutes (*notulen*).
    Notulen,
    /// An extract of the minutes (*uittreksel*).
    Uittreksel,
}

impl DocumentKind {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::DocumentKind::ALL.len(), 4);
    /// ```
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Agenda,
        DocumentKind::Besluitenlijst,
        DocumentKind::Notulen,
        DocumentKind::Uittreksel,
    ];

    /// The name: `agenda`, `besluitenlijst`, `notulen` or `uittreksel`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::DocumentKind::Notulen.as_str(), "notulen");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Agenda => "agenda",
            DocumentKind::Besluitenlijst => "besluitenlijst",
            DocumentKind::Notulen => "notulen",
            DocumentKind::Uittreksel => "uittreksel",
        }
    }

    /// The BesluitDocumentType concept of the kind.
    ///
    /// ```
    /// use bouwstenen::decision::{DocumentKind, DocumentType};
    /// assert_eq!(DocumentKind::Agenda.document_type(), DocumentType::Agenda);
    /// ```
    pub const fn document_type(self) -> DocumentType {
        match self {
            DocumentKind::Agenda => DocumentType::Agenda,
            DocumentKind::Besluitenlijst => DocumentType::Besluitenlijst,
            DocumentKind::Notulen => DocumentType::Notulen,
            DocumentKind::Uittreksel => DocumentType::Uittreksel,
        }
    }

    /// The collection its minted IRIs go in (see [`collection`]).
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::DocumentKind::Besluitenlijst.collection(), "besluitenlijsten");
    /// ```
    pub const fn collection(self) -> &'static str {
        match self {
            DocumentKind::Agenda => collection::AGENDAS,
            DocumentKind::Besluitenlijst => collection::BESLUITENLIJSTEN,
            DocumentKind::Notulen => collection::NOTULEN,
            DocumentKind::Uittreksel => collection::UITTREKSELS,
        }
    }
}

impl FromStr for DocumentKind {
    type Err = DecisionError;

    /// The name, exactly: `agenda`, `besluitenlijst`, `notulen` or `uittreksel`.
    fn from_str(s: &str) -> Result<Self, DecisionError> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or(DecisionError::DocumentKind)
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The session of [`Zitting::example`], written out (it is checked by a unit test).
mod example {
    use super::*;

    fn iri(text: &str) -> Iri {
        Iri::unchecked(text)
    }

    fn id(text: &str) -> NodeId {
        NodeId::Iri(iri(text))
    }

    const BASE: &str = "https://data.voorbeeldgem.be/id/";

    fn local(collection: &str, key: &str) -> NodeId {
        id(&format!("{BASE}{collection}/{key}"))
    }

    fn time(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_default()
    }

    fn person(key: &str, first: &str, last: &str, mandaat: Option<Mandaat>) -> Mandataris {
        Mandataris {
            mandaat,
            status: Some(MandatarisStatus::Effectief),
            ..Mandataris::new(
                id(&format!("http://data.lblod.info/id/mandatarissen/{key}")),
                Persoon::new(
                    id(&format!("http://data.lblod.info/id/personen/{key}")),
                    first,
                    last,
                ),
            )
        }
    }

    pub(super) fn zitting() -> Zitting {
        let raadslid = Mandaat::new(
            id("http://data.lblod.info/id/mandaten/voorbeeldgem-gr-lid"),
            Bestuursfunctie::Gemeenteraadslid,
        );
        let voorzitter = Mandaat::new(
            id("http://data.lblod.info/id/mandaten/voorbeeldgem-gr-voorzitter"),
            Bestuursfunctie::VoorzitterVanDeGemeenteraad,
        );
        let an = person("voorbeeldgem-an", "An", "Peeters", Some(voorzitter));
        let bart = person("voorbeeldgem-bart", "Bart", "Janssens", Some(raadslid));
        let carine = Mandataris {
            soort: MandatarisSoort::Functionaris,
            status: None,
            mandaat: Some(Mandaat::new(
                id("http://data.lblod.info/id/mandaten/voorbeeldgem-ad"),
                Bestuursfunctie::AlgemeenDirecteur,
            )),
            ..person("voorbeeldgem-carine", "Carine", "Wouters", None)
        };
        let present = vec![an.id.clone(), bart.id.clone()];
        let agendapunt = Agendapunt {
            id: Some(local(collection::AGENDAPUNTEN, "2025-01-13-gr-1")),
            beschrijving: Some(
                "Vaststelling van de retributie voor het gebruik van de gemeentelijke zalen."
                    .to_owned(),
            ),
            ..Agendapunt::new("Retributiereglement gemeentelijke zalen 2025-2030", true)
        };
        let vote = Stemming {
            id: Some(local(collection::STEMMINGEN, "2025-01-13-gr-1-1")),
            ..Stemming::openbaar(
                "Retributiereglement gemeentelijke zalen 2025-2030",
                "Het voorstel wordt goedgekeurd.",
                present.clone(),
                present.clone(),
                Vec::new(),
                Vec::new(),
            )
        };
        let besluit = Besluit {
            id: Some(local(collection::BESLUITEN, "2025-01-13-gr-1-1")),
            citeeropschrift: Some("Retributiereglement zalen".to_owned()),
            publicatiedatum: NaiveDate::from_ymd_opt(2025, 1, 16),
            inwerkingtreding: NaiveDate::from_ymd_opt(2025, 2, 1),
            buitenwerkingtreding: NaiveDate::from_ymd_opt(2030, 12, 31),
            rechtsgronden: vec![Rechtsgrond::new(
                iri("https://codex.vlaanderen.be/doc/document/1029017"),
                "Decreet over het lokaal bestuur van 22 december 2017",
                "artikel 40, 41 en 286",
            )],
            artikels: vec![Artikel {
                id: Some(local(collection::ARTIKELS, "2025-01-13-gr-1-1-1")),
                realiseert: Some(local(
                    collection::RECHTSGRONDONDERDELEN,
                    "2025-01-13-gr-1-1-1",
                )),
                ..Artikel::new(
                    "1",
                    "Voor het gebruik van de gemeentelijke zalen wordt een retributie van 50 euro per dag geheven.",
                )
            }],
            realiseert: Some(local(collection::RECHTSGRONDEN, "2025-01-13-gr-1-1")),
            ..Besluit::new(
                BesluitType::Retributiereglement,
                "Retributiereglement voor het gebruik van de gemeentelijke zalen 2025-2030",
                "Gelet op het decreet over het lokaal bestuur, artikel 40, 41 en 286.",
                "Artikel 1. Voor het gebruik van de gemeentelijke zalen wordt een retributie van 50 euro per dag geheven.",
            )
        };
        let behandeling = BehandelingVanAgendapunt {
            id: Some(local(collection::BEHANDELINGEN, "2025-01-13-gr-1")),
            stemmingen: vec![vote],
            besluiten: vec![besluit],
            ..BehandelingVanAgendapunt::new(
                local(collection::AGENDAPUNTEN, "2025-01-13-gr-1"),
                true,
                present.clone(),
            )
        };
        let data = ZittingData {
            id: local(collection::ZITTINGEN, "2025-01-13-gr"),
            taal: Language::Nl,
            bestuursorgaan: Bestuursorgaan::new(
                id("http://data.lblod.info/id/bestuursorganen/voorbeeldgem-gr-2025"),
                "Gemeenteraad Voorbeeldgem",
                BestuursorgaanClassificatie::Gemeenteraad,
                Bestuurseenheid::new(
                    id("http://data.lblod.info/id/bestuurseenheden/voorbeeldgem"),
                    "Voorbeeldgem",
                    BestuurseenheidClassificatie::Gemeente,
                    Locatie::new(
                        id("http://data.lblod.info/id/werkingsgebieden/voorbeeldgem"),
                        "Voorbeeldgem",
                    ),
                ),
            ),
            geplande_start: time("2025-01-13T19:30:00+01:00"),
            start: Some(time("2025-01-13T19:34:00+01:00")),
            einde: Some(time("2025-01-13T22:05:00+01:00")),
            locatie: Some(Locatie::new(
                local(collection::LOCATIES, "raadzaal"),
                "Raadzaal, Markt 1",
            )),
            voorzitter: Some(an.id.clone()),
            secretaris: Some(carine.id.clone()),
            aanwezigen_bij_start: present,
            mandatarissen: vec![an, bart, carine],
            agendapunten: vec![agendapunt],
            behandelingen: vec![behandeling],
            documenten: Documenten {
                besluitenlijst: Some(Document {
                    id: Some(local(collection::BESLUITENLIJSTEN, "2025-01-13-gr")),
                    publicatiedatum: NaiveDate::from_ymd_opt(2025, 1, 16),
                }),
                ..Documenten::default()
            },
        };
        Zitting {
            iri: iri(&format!("{BASE}zittingen/2025-01-13-gr")),
            data,
            checked_for: None,
        }
    }
}
