//! The session builder: it resolves node identifiers and checks a session as a whole,
//! collecting every violation with the JSON Pointer of where it is.

use crate::text::contains_national_number;
use core::fmt;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate, SubsecRound, TimeDelta};

use crate::Language;
use crate::decision::model::ZittingData;
use crate::decision::{
    Agendapunt, BehandelingVanAgendapunt, Besluit, Bestuursorgaan, DecisionError, Document,
    DocumentKind, Documenten, Iri, LocalKey, Locatie, Mandataris, MandatarisSoort, NodeId,
    Stemming, Uittreksel, Zitting, collection,
};

/// The longest single-line text (names, titles, numbers), in characters.
const MAX_SHORT_TEXT: usize = 1_000;

/// The longest multi-line text (descriptions, motivations, full texts), in characters.
const MAX_LONG_TEXT: usize = 1_000_000;

/// How far the actual start may lie from the planned start.
const MAX_START_OFFSET_HOURS: i64 = 24;

/// How a session is built: the base IRI that local keys are minted under, the document kind
/// whose profile is checked, and the checks that can be relaxed.
///
/// ```
/// use bouwstenen::decision::{BuildOptions, DecisionError, DocumentKind};
///
/// let options = BuildOptions::default()
///     .with_base("https://data.voorbeeldgem.be/id".parse()?)?
///     .for_document(DocumentKind::Agenda);
/// assert_eq!(options.base().map(|b| b.as_str()), Some("https://data.voorbeeldgem.be/id/"));
///
/// let query = BuildOptions::default().with_base("https://example.org/?x=1".parse()?);
/// assert_eq!(query.err(), Some(DecisionError::IriBase));
/// # Ok::<(), DecisionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BuildOptions {
    base: Option<Iri>,
    document: Option<DocumentKind>,
    allow_deprecated_codes: bool,
    allow_start_far_from_planned: bool,
}

impl BuildOptions {
    /// The base IRI that local keys are minted under, `{base}{collection}/{key}`: an absolute
    /// `http(s)` IRI without query or fragment; a final `/` is added when missing. Without a
    /// base, every identifier must be an IRI.
    ///
    /// # Errors
    ///
    /// [`DecisionError::IriBase`] when the IRI has a query or a fragment.
    ///
    /// ```
    /// use bouwstenen::decision::BuildOptions;
    /// let options = BuildOptions::default().with_base("https://data.voorbeeldgem.be/id/".parse()?)?;
    /// assert!(options.base().is_some());
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn with_base(mut self, base: Iri) -> Result<Self, DecisionError> {
        if base.has_query_or_fragment() {
            return Err(DecisionError::IriBase);
        }
        self.base = Some(base.with_trailing_slash());
        Ok(self)
    }

    /// The base IRI, ending with `/`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::BuildOptions::default().base(), None);
    /// ```
    pub fn base(&self) -> Option<&Iri> {
        self.base.as_ref()
    }

    /// Checks the profile of one document kind. An agenda needs the planned data only; the
    /// other kinds (and no kind, the default) need the outcome too: start, end, chair,
    /// secretary and the members present at the start.
    ///
    /// ```
    /// use bouwstenen::decision::{BuildOptions, DocumentKind};
    /// let options = BuildOptions::default().for_document(DocumentKind::Agenda);
    /// assert_eq!(options.document(), Some(DocumentKind::Agenda));
    /// ```
    pub fn for_document(mut self, kind: DocumentKind) -> Self {
        self.document = Some(kind);
        self
    }

    /// The document kind whose profile is checked; `None` checks the full profile.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::BuildOptions::default().document(), None);
    /// ```
    pub fn document(&self) -> Option<DocumentKind> {
        self.document
    }

    /// Accepts concepts that their code list marks as deprecated (such as the decision type
    /// "Andere" that many older decisions use); by default they are a violation
    /// (`decision.code.deprecated`).
    ///
    /// ```
    /// let options = bouwstenen::decision::BuildOptions::default().allow_deprecated_codes(true);
    /// assert!(options.allows_deprecated_codes());
    /// ```
    pub fn allow_deprecated_codes(mut self, allow: bool) -> Self {
        self.allow_deprecated_codes = allow;
        self
    }

    /// Whether deprecated concepts are accepted.
    ///
    /// ```
    /// assert!(!bouwstenen::decision::BuildOptions::default().allows_deprecated_codes());
    /// ```
    pub fn allows_deprecated_codes(&self) -> bool {
        self.allow_deprecated_codes
    }

    /// Accepts a start more than 24 hours from the planned start (a session that was
    /// postponed); by default that is a violation (`decision.zitting.start_far_from_planned`),
    /// because it usually means a wrong date or offset.
    ///
    /// ```
    /// let options = bouwstenen::decision::BuildOptions::default().allow_start_far_from_planned(true);
    /// assert!(options.allows_start_far_from_planned());
    /// ```
    pub fn allow_start_far_from_planned(mut self, allow: bool) -> Self {
        self.allow_start_far_from_planned = allow;
        self
    }

    /// Whether a start far from the planned start is accepted.
    ///
    /// ```
    /// assert!(!bouwstenen::decision::BuildOptions::default().allows_start_far_from_planned());
    /// ```
    pub fn allows_start_far_from_planned(&self) -> bool {
        self.allow_start_far_from_planned
    }

    fn full_profile(&self) -> bool {
        self.document != Some(DocumentKind::Agenda)
    }
}

/// One violation of the rules: the error, and where it is, as a JSON Pointer (RFC 6901) into
/// the session's JSON form, such as `/behandelingen/2/stemmingen/0/voorstanders/1`. The path
/// names a place, never the offending value.
///
/// ```
/// use bouwstenen::decision::{DecisionError, Violation};
/// let v = Violation::new(DecisionError::EndBeforeStart, "/einde");
/// assert_eq!(v.code(), "decision.zitting.end_before_start");
/// assert_eq!(v.to_string(), "/einde: the session ends before it starts");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    error: DecisionError,
    path: String,
}

impl Violation {
    /// A violation at a path.
    ///
    /// ```
    /// let v = bouwstenen::decision::Violation::new(bouwstenen::decision::DecisionError::Required, "/start");
    /// assert_eq!(v.path(), "/start");
    /// ```
    pub fn new(error: DecisionError, path: impl Into<String>) -> Self {
        Self {
            error,
            path: path.into(),
        }
    }

    /// The error.
    ///
    /// ```
    /// use bouwstenen::decision::{DecisionError, Violation};
    /// assert_eq!(Violation::new(DecisionError::NoArticle, "").error(), DecisionError::NoArticle);
    /// ```
    pub fn error(&self) -> DecisionError {
        self.error
    }

    /// The error's stable code.
    ///
    /// ```
    /// use bouwstenen::decision::{DecisionError, Violation};
    /// assert_eq!(Violation::new(DecisionError::NoArticle, "").code(), "decision.besluit.no_article");
    /// ```
    pub fn code(&self) -> &'static str {
        self.error.code()
    }

    /// Where: a JSON Pointer into the session's JSON form (`""` is the whole session).
    ///
    /// ```
    /// use bouwstenen::decision::{DecisionError, Violation};
    /// assert_eq!(Violation::new(DecisionError::NoAgendapunt, "/agendapunten").path(), "/agendapunten");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

impl serde::Serialize for Violation {
    /// `{"code": …, "path": …, "message": …}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("Violation", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("path", &self.path)?;
        s.serialize_field("message", &self.error.to_string())?;
        s.end()
    }
}

/// Every violation found in a session, in the order of the JSON form; never empty when
/// returned by [`SessionBuilder::build`].
///
/// ```
/// use bouwstenen::decision::{BuildOptions, Zitting};
///
/// let mut builder = Zitting::example().to_builder();
/// builder = builder.einde("2025-01-13T19:00:00+01:00".parse().unwrap());
/// let violations = builder.build(&BuildOptions::default()).unwrap_err();
/// assert_eq!(violations.codes(), ["decision.zitting.end_before_start"]);
/// assert_eq!(violations.as_slice()[0].path(), "/einde");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(transparent)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// The violations, in the order of the JSON form.
    ///
    /// ```
    /// assert!(bouwstenen::decision::Violations::default().as_slice().is_empty());
    /// ```
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }

    /// The distinct codes, sorted.
    ///
    /// ```
    /// assert!(bouwstenen::decision::Violations::default().codes().is_empty());
    /// ```
    pub fn codes(&self) -> Vec<&'static str> {
        let mut codes: Vec<_> = self.0.iter().map(Violation::code).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }

    /// The number of violations.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::Violations::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(bouwstenen::decision::Violations::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The violations, to iterate over.
    ///
    /// ```
    /// assert_eq!(bouwstenen::decision::Violations::default().iter().count(), 0);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, Violation> {
        self.0.iter()
    }
}

impl From<Vec<Violation>> for Violations {
    fn from(violations: Vec<Violation>) -> Self {
        Self(violations)
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = core::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Violations {
    /// `2 violations: /einde: …; /start: …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} violation{}", if n == 1 { "" } else { "s" })?;
        for (i, violation) in self.0.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            fmt::Display::fmt(violation, f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

/// Collects a session and checks it as a whole: [`build`](Self::build) resolves every
/// identifier into an IRI and gives a [`Zitting`], or every violation found. It is also the
/// form in which JSON is read (the JSON form of [`Zitting`]).
///
/// ```
/// use bouwstenen::decision::{
///     Agendapunt, BuildOptions, DocumentKind, SessionBuilder, Zitting,
/// };
///
/// let orgaan = Zitting::example().bestuursorgaan().clone();
/// let options = BuildOptions::default()
///     .with_base("https://data.voorbeeldgem.be/id/".parse()?)?
///     .for_document(DocumentKind::Agenda);
/// let agenda = SessionBuilder::new("2025-02-10-gr".parse()?, orgaan,
///         "2025-02-10T19:30:00+01:00".parse().unwrap())
///     .agendapunt(Agendapunt::new("Goedkeuring van de notulen", true))
///     .agendapunt(Agendapunt::new("Belastingreglement tweede verblijven", true))
///     .build(&options)
///     .map_err(|v| v.to_string())?;
/// assert_eq!(
///     agenda.agendapunten()[1].id.as_ref().map(|id| id.as_str()),
///     Some("https://data.voorbeeldgem.be/id/agendapunten/2025-02-10-gr-2")
/// );
///
/// // The full profile needs the outcome: start, end, chair, secretary, members present.
/// let err = agenda.to_builder().build(&BuildOptions::default()).unwrap_err();
/// assert_eq!(err.codes(), ["decision.required"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SessionBuilder(ZittingData);

impl SessionBuilder {
    /// A session with its identifier, the governing body that holds it and its planned start
    /// (the same as [`Zitting::builder`]).
    ///
    /// ```
    /// use bouwstenen::decision::{SessionBuilder, Zitting};
    /// let b = SessionBuilder::new("z1".parse()?, Zitting::example().bestuursorgaan().clone(),
    ///     "2025-02-10T19:30:00+01:00".parse().unwrap());
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn new(
        id: NodeId,
        bestuursorgaan: Bestuursorgaan,
        geplande_start: DateTime<FixedOffset>,
    ) -> Self {
        Self(ZittingData {
            id,
            taal: Language::default(),
            bestuursorgaan,
            geplande_start,
            start: None,
            einde: None,
            locatie: None,
            voorzitter: None,
            secretaris: None,
            aanwezigen_bij_start: Vec::new(),
            mandatarissen: Vec::new(),
            agendapunten: Vec::new(),
            behandelingen: Vec::new(),
            documenten: Documenten::default(),
        })
    }

    pub(crate) fn from_data(data: ZittingData) -> Self {
        Self(data)
    }

    /// The language of the texts (Dutch by default).
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder().taal(bouwstenen::Language::Fr);
    /// ```
    pub fn taal(mut self, taal: Language) -> Self {
        self.0.taal = taal;
        self
    }

    /// The actual start (`prov:startedAtTime`).
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .start("2025-01-13T19:35:00+01:00".parse().unwrap());
    /// ```
    pub fn start(mut self, start: DateTime<FixedOffset>) -> Self {
        self.0.start = Some(start);
        self
    }

    /// The end (`prov:endedAtTime`).
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .einde("2025-01-13T23:00:00+01:00".parse().unwrap());
    /// ```
    pub fn einde(mut self, einde: DateTime<FixedOffset>) -> Self {
        self.0.einde = Some(einde);
        self
    }

    /// Where the session is held (`prov:atLocation`).
    ///
    /// ```
    /// use bouwstenen::decision::Locatie;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .locatie(Locatie::new("trouwzaal".parse()?, "Trouwzaal, Markt 1"));
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn locatie(mut self, locatie: Locatie) -> Self {
        self.0.locatie = Some(locatie);
        self
    }

    /// The chair (`besluit:heeftVoorzitter`), one of the office holders.
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder().voorzitter("m1".parse()?);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn voorzitter(mut self, id: NodeId) -> Self {
        self.0.voorzitter = Some(id);
        self
    }

    /// The secretary (`besluit:heeftSecretaris`), one of the office holders.
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder().secretaris("f1".parse()?);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn secretaris(mut self, id: NodeId) -> Self {
        self.0.secretaris = Some(id);
        self
    }

    /// Adds a member present at the start (`besluit:heeftAanwezigeBijStart`).
    ///
    /// ```
    /// let b = bouwstenen::decision::Zitting::example().to_builder().aanwezige_bij_start("m3".parse()?);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn aanwezige_bij_start(mut self, id: NodeId) -> Self {
        self.0.aanwezigen_bij_start.push(id);
        self
    }

    /// Adds an office holder that the session refers to.
    ///
    /// ```
    /// use bouwstenen::decision::{Mandataris, Persoon};
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .mandataris(Mandataris::new("m3".parse()?, Persoon::new("p3".parse()?, "Dirk", "Maes")));
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn mandataris(mut self, mandataris: Mandataris) -> Self {
        self.0.mandatarissen.push(mandataris);
        self
    }

    /// Adds an agenda item, after those added before.
    ///
    /// ```
    /// use bouwstenen::decision::Agendapunt;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .agendapunt(Agendapunt::new("Varia", true));
    /// ```
    pub fn agendapunt(mut self, agendapunt: Agendapunt) -> Self {
        self.0.agendapunten.push(agendapunt);
        self
    }

    /// Adds a treatment, after those added before (the order in which the items were treated).
    ///
    /// ```
    /// use bouwstenen::decision::BehandelingVanAgendapunt;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .behandeling(BehandelingVanAgendapunt::new("ap-2".parse()?, true, vec![]));
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn behandeling(mut self, behandeling: BehandelingVanAgendapunt) -> Self {
        self.0.behandelingen.push(behandeling);
        self
    }

    /// The agenda (`besluit:heeftAgenda`).
    ///
    /// ```
    /// use bouwstenen::decision::Document;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .agenda(Document::published(chrono::NaiveDate::from_ymd_opt(2025, 1, 3).unwrap()));
    /// ```
    pub fn agenda(mut self, document: Document) -> Self {
        self.0.documenten.agenda = Some(document);
        self
    }

    /// The list of decisions (`besluit:heeftBesluitenlijst`).
    ///
    /// ```
    /// use bouwstenen::decision::Document;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .besluitenlijst(Document::published(chrono::NaiveDate::from_ymd_opt(2025, 1, 16).unwrap()));
    /// ```
    pub fn besluitenlijst(mut self, document: Document) -> Self {
        self.0.documenten.besluitenlijst = Some(document);
        self
    }

    /// The minutes (`besluit:heeftNotulen`).
    ///
    /// ```
    /// use bouwstenen::decision::Document;
    /// let b = bouwstenen::decision::Zitting::example().to_builder()
    ///     .notulen(Document::published(chrono::NaiveDate::from_ymd_opt(2025, 2, 20).unwrap()));
    /// ```
    pub fn notulen(mut self, document: Document) -> Self {
        self.0.documenten.notulen = Some(document);
        self
    }

    /// Adds an extract of the minutes (`besluit:heeftUittreksel`).
    ///
    /// ```
    /// use bouwstenen::decision::Uittreksel;
    /// let zitting = bouwstenen::decision::Zitting::example();
    /// let treatment = zitting.behandelingen()[0].id.clone().unwrap();
    /// let b = zitting.to_builder().uittreksel(Uittreksel::new(treatment));
    /// ```
    pub fn uittreksel(mut self, uittreksel: Uittreksel) -> Self {
        self.0.documenten.uittreksels.push(uittreksel);
        self
    }

    /// Resolves every identifier and checks the session as a whole.
    ///
    /// Identifiers without an `id` get their default key; keys are minted under the base IRI
    /// of the options; references are resolved the same way and must name a node of the
    /// session. Then every rule of the module documentation is checked, and every violation is
    /// reported, not only the first.
    ///
    /// The session is built in one canonical form, the one its minutes
    /// ([`Zitting::to_jsonld`], [`Zitting::from_jsonld`]) read back to: times are cut to the
    /// second; what equals its default is left out (an open vote's counts, and its voters
    /// when they are the names in order; an article title "Artikel {nummer}"; a decision's
    /// language equal to the session's, a legal basis's equal to the decision's); a secretary
    /// listed nowhere among the members present or the voters is an official.
    ///
    /// # Errors
    ///
    /// [`Violations`], never empty, in the order of the JSON form.
    ///
    /// ```
    /// use bouwstenen::decision::{BuildOptions, DecisionError, Zitting};
    ///
    /// let zitting = Zitting::example();
    /// let chair = zitting.voorzitter().unwrap().id.clone();
    /// // The chair must be among those present at the start.
    /// let mut json = serde_json::to_value(&zitting).unwrap();
    /// json["aanwezigenBijStart"].as_array_mut().unwrap().retain(|m| m != chair.as_str());
    /// let builder: bouwstenen::decision::SessionBuilder = serde_json::from_value(json).unwrap();
    /// let violations = builder.build(&BuildOptions::default()).unwrap_err();
    /// assert!(violations.iter().any(|v| v.error() == DecisionError::ChairNotPresent && v.path() == "/voorzitter"));
    /// ```
    pub fn build(self, options: &BuildOptions) -> Result<Zitting, Violations> {
        build(self.0, options)
    }
}

impl TryFrom<SessionBuilder> for Zitting {
    type Error = Violations;

    /// Builds with the default options: no base IRI (every identifier an IRI), the full
    /// profile.
    fn try_from(builder: SessionBuilder) -> Result<Self, Violations> {
        builder.build(&BuildOptions::default())
    }
}

impl schemars::JsonSchema for SessionBuilder {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Zitting as schemars::JsonSchema>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <Zitting as schemars::JsonSchema>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Zitting as schemars::JsonSchema>::json_schema(generator)
    }
}

/// The kinds of node, to tell a reused IRI from a shared node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Zitting,
    Bestuursorgaan,
    Bestuurseenheid,
    Werkingsgebied,
    Locatie,
    Mandataris,
    Persoon,
    Mandaat,
    Agendapunt,
    Ontwerpbesluit,
    Behandeling,
    Stemming,
    Besluit,
    LegalResource,
    Artikel,
    Onderdeel,
    Rechtsgrond,
    Document,
}

/// Single-line texts (names, titles) or multi-line texts (descriptions, full texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    Line,
    Multiline,
}

/// A node registered under an IRI: its kind and, for nodes that may be shared (a person with
/// two mandates, the mandate of every council member, a legal basis cited twice), what it
/// says, which must be the same each time.
struct Registered {
    kind: Kind,
    shared: Option<String>,
}

struct Checker<'o> {
    options: &'o BuildOptions,
    violations: Vec<Violation>,
    nodes: HashMap<Iri, Registered>,
}

impl<'o> Checker<'o> {
    fn new(options: &'o BuildOptions) -> Self {
        Self {
            options,
            violations: Vec::new(),
            nodes: HashMap::new(),
        }
    }

    fn report(&mut self, error: DecisionError, path: impl Into<String>) {
        self.violations.push(Violation::new(error, path));
    }

    fn text(&mut self, path: &str, text: &str, kind: Text) {
        if text.trim().is_empty() {
            self.report(DecisionError::TextEmpty, path);
            return;
        }
        let line_break_forbidden = kind == Text::Line;
        if text.chars().any(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}')
                || (line_break_forbidden && matches!(c, '\n' | '\t'))
        }) {
            self.report(DecisionError::TextControl, path);
        }
        if contains_national_number(text) {
            self.report(DecisionError::TextNationalNumber, path);
        }
        let max = match kind {
            Text::Line => MAX_SHORT_TEXT,
            Text::Multiline => MAX_LONG_TEXT,
        };
        // Bytes bound characters from above: count only when it may matter.
        if text.len() > max && text.chars().count() > max {
            self.report(DecisionError::TextTooLong { max }, path);
        }
    }

    fn opt_text(&mut self, path: &str, text: Option<&String>, kind: Text) {
        if let Some(text) = text {
            self.text(path, text, kind);
        }
    }

    fn deprecated(&mut self, path: &str, deprecated: bool) {
        if deprecated && !self.options.allow_deprecated_codes {
            self.report(DecisionError::CodeDeprecated, path);
        }
    }

    /// Resolves a node's identifier in place, checks it and registers the node.
    fn node(
        &mut self,
        id: &mut NodeId,
        path: &str,
        collection: &str,
        kind: Kind,
        shared: Option<String>,
    ) -> Option<Iri> {
        let iri = match id.resolve(self.options.base.as_ref(), collection) {
            Ok(iri) => iri,
            Err(error) => {
                self.report(error, path);
                return None;
            }
        };
        self.register(&iri, path, kind, shared);
        *id = NodeId::Iri(iri.clone());
        Some(iri)
    }

    /// Registers a node under its IRI; the IRI must not hold a national number (a vendor's
    /// key may be one), and must not name another node.
    fn register(&mut self, iri: &Iri, path: &str, kind: Kind, shared: Option<String>) {
        if contains_national_number(iri.as_str()) {
            self.report(DecisionError::TextNationalNumber, path);
        }
        match self.nodes.get(iri) {
            Some(known)
                if known.kind == kind && known.shared.is_some() && known.shared == shared => {}
            Some(_) => self.report(DecisionError::IriDuplicate, path),
            None => {
                self.nodes.insert(iri.clone(), Registered { kind, shared });
            }
        }
    }

    /// A session-local node whose identifier may be left out: the default key is the parent's
    /// key, or `{parent}-{suffix}`. Returns the node's IRI and its key (for its children).
    fn local_node(
        &mut self,
        id: &mut Option<NodeId>,
        path: &str,
        parent: Option<&LocalKey>,
        suffix: Option<&str>,
        collection: &str,
        kind: Kind,
    ) -> (Option<Iri>, Option<LocalKey>) {
        let given = match id.take() {
            Some(given) => given,
            None => {
                let key = match (parent, suffix) {
                    (Some(parent), Some(suffix)) => parent.child(suffix).ok(),
                    (Some(parent), None) => Some(parent.clone()),
                    (None, _) => None,
                };
                match key {
                    Some(key) => NodeId::Key(key),
                    None => {
                        // No key to derive from (a parent IRI without a usable last segment,
                        // or a key that would grow past 128 characters): the id is needed.
                        self.report(DecisionError::IriKey, path);
                        return (None, None);
                    }
                }
            }
        };
        let key = given.key();
        let mut resolved = given;
        let iri = self.node(&mut resolved, path, collection, kind, None);
        *id = Some(resolved);
        (iri, key)
    }

    /// Resolves a reference in place; `None` (and a violation) when it names no node of
    /// `known`.
    fn reference(
        &mut self,
        reference: &mut NodeId,
        path: &str,
        collection: &str,
        known: &HashSet<Iri>,
        unknown: DecisionError,
    ) -> Option<Iri> {
        let iri = match reference.resolve(self.options.base.as_ref(), collection) {
            Ok(iri) => iri,
            Err(error) => {
                self.report(error, path);
                return None;
            }
        };
        *reference = NodeId::Iri(iri.clone());
        if known.contains(&iri) {
            Some(iri)
        } else {
            self.report(unknown, path);
            None
        }
    }

    /// Resolves a list of references to office holders: each must be known, listed once, and
    /// (when `members_only`) not an official. Returns the resolved IRIs with their positions.
    fn members(
        &mut self,
        list: &mut [NodeId],
        path: &str,
        people: &People,
        members_only: bool,
    ) -> Vec<(usize, Iri)> {
        let mut seen = HashSet::new();
        let mut resolved = Vec::new();
        for (k, reference) in list.iter_mut().enumerate() {
            let item = format!("{path}/{k}");
            let Some(iri) = self.reference(
                reference,
                &item,
                collection::MANDATARISSEN,
                &people.all,
                DecisionError::ReferenceUnknown,
            ) else {
                continue;
            };
            if !seen.insert(iri.clone()) {
                self.report(DecisionError::Duplicate, item);
                continue;
            }
            if members_only && people.officials.contains(&iri) {
                self.report(DecisionError::FunctionarisPresent, item.as_str());
            }
            resolved.push((k, iri));
        }
        resolved
    }

    fn not_before_session(
        &mut self,
        path: &str,
        date: Option<NaiveDate>,
        session: NaiveDate,
        error: DecisionError,
    ) {
        if date.is_some_and(|date| date < session) {
            self.report(error, path);
        }
    }
}

/// The office holders of a session: all of them, and the officials among them.
#[derive(Default)]
struct People {
    all: HashSet<Iri>,
    officials: HashSet<Iri>,
}

/// Resolves and checks a session (see [`SessionBuilder::build`]).
pub(crate) fn build(mut data: ZittingData, options: &BuildOptions) -> Result<Zitting, Violations> {
    // Canonical form: times to the second, as every document writes them.
    data.geplande_start = data.geplande_start.trunc_subsecs(0);
    data.start = data.start.map(|t| t.trunc_subsecs(0));
    data.einde = data.einde.map(|t| t.trunc_subsecs(0));
    let mut c = Checker::new(options);
    let session_key = data.id.key();
    let session_iri = c.node(
        &mut data.id,
        "/id",
        collection::ZITTINGEN,
        Kind::Zitting,
        None,
    );

    check_bestuursorgaan(&mut c, &mut data.bestuursorgaan);
    if let Some(locatie) = &mut data.locatie {
        c.node(
            &mut locatie.id,
            "/locatie/id",
            collection::LOCATIES,
            Kind::Locatie,
            None,
        );
        c.text("/locatie/naam", &locatie.naam, Text::Line);
    }
    let people = check_mandatarissen(&mut c, &mut data.mandatarissen);
    check_session_outcome(&mut c, &mut data, &people);
    let agenda = check_agendapunten(&mut c, &mut data.agendapunten, session_key.as_ref());
    let session_date = data.date();
    let treatments = check_behandelingen(
        &mut c,
        &mut data.behandelingen,
        &agenda,
        &people,
        data.voorzitter.as_ref(),
        session_date,
        data.taal,
    );
    normalise_secretaries(&mut data);
    check_documenten(
        &mut c,
        &mut data.documenten,
        session_key.as_ref(),
        &treatments,
        data.geplande_start.date_naive(),
        session_date,
    );

    match session_iri {
        Some(iri) if c.violations.is_empty() => Ok(Zitting {
            iri,
            data,
            checked_for: options.document,
        }),
        _ => Err(Violations(c.violations)),
    }
}

fn check_bestuursorgaan(c: &mut Checker<'_>, orgaan: &mut Bestuursorgaan) {
    c.node(
        &mut orgaan.id,
        "/bestuursorgaan/id",
        collection::BESTUURSORGANEN,
        Kind::Bestuursorgaan,
        None,
    );
    c.text("/bestuursorgaan/naam", &orgaan.naam, Text::Line);
    c.deprecated(
        "/bestuursorgaan/classificatie",
        orgaan.classificatie.is_deprecated(),
    );
    if let Some(abstract_orgaan) = &mut orgaan.tijdspecialisatie_van {
        c.node(
            abstract_orgaan,
            "/bestuursorgaan/tijdspecialisatieVan",
            collection::BESTUURSORGANEN,
            Kind::Bestuursorgaan,
            None,
        );
    }
    let eenheid = &mut orgaan.bestuurseenheid;
    c.node(
        &mut eenheid.id,
        "/bestuursorgaan/bestuurseenheid/id",
        collection::BESTUURSEENHEDEN,
        Kind::Bestuurseenheid,
        None,
    );
    c.text(
        "/bestuursorgaan/bestuurseenheid/naam",
        &eenheid.naam,
        Text::Line,
    );
    c.deprecated(
        "/bestuursorgaan/bestuurseenheid/classificatie",
        eenheid.classificatie.is_deprecated(),
    );
    c.node(
        &mut eenheid.werkingsgebied.id,
        "/bestuursorgaan/bestuurseenheid/werkingsgebied/id",
        collection::WERKINGSGEBIEDEN,
        Kind::Werkingsgebied,
        None,
    );
    c.text(
        "/bestuursorgaan/bestuurseenheid/werkingsgebied/naam",
        &eenheid.werkingsgebied.naam,
        Text::Line,
    );
}

fn check_mandatarissen(c: &mut Checker<'_>, mandatarissen: &mut [Mandataris]) -> People {
    let mut people = People::default();
    for (i, m) in mandatarissen.iter_mut().enumerate() {
        let path = format!("/mandatarissen/{i}");
        if let Some(iri) = c.node(
            &mut m.id,
            &format!("{path}/id"),
            collection::MANDATARISSEN,
            Kind::Mandataris,
            None,
        ) {
            if m.soort == MandatarisSoort::Functionaris {
                people.officials.insert(iri.clone());
            }
            people.all.insert(iri);
        }
        let person = &mut m.persoon;
        let fingerprint = format!("{}\u{0}{}", person.gebruikte_voornaam, person.familienaam);
        c.node(
            &mut person.id,
            &format!("{path}/persoon/id"),
            collection::PERSONEN,
            Kind::Persoon,
            Some(fingerprint),
        );
        c.text(
            &format!("{path}/persoon/gebruikteVoornaam"),
            &person.gebruikte_voornaam,
            Text::Line,
        );
        c.text(
            &format!("{path}/persoon/familienaam"),
            &person.familienaam,
            Text::Line,
        );
        if let Some(mandaat) = &mut m.mandaat {
            let function = mandaat.bestuursfunctie.iri().to_owned();
            c.node(
                &mut mandaat.id,
                &format!("{path}/mandaat/id"),
                collection::MANDATEN,
                Kind::Mandaat,
                Some(function),
            );
            c.deprecated(
                &format!("{path}/mandaat/bestuursfunctie"),
                mandaat.bestuursfunctie.is_deprecated(),
            );
        }
        if let Some(status) = m.status {
            c.deprecated(&format!("{path}/status"), status.is_deprecated());
        }
    }
    people
}

/// The session's chair, secretary, members present, start and end.
fn check_session_outcome(c: &mut Checker<'_>, data: &mut ZittingData, people: &People) {
    let chair = data.voorzitter.as_mut().and_then(|id| {
        c.reference(
            id,
            "/voorzitter",
            collection::MANDATARISSEN,
            &people.all,
            DecisionError::ReferenceUnknown,
        )
    });
    if let Some(id) = &mut data.secretaris {
        c.reference(
            id,
            "/secretaris",
            collection::MANDATARISSEN,
            &people.all,
            DecisionError::ReferenceUnknown,
        );
    }
    let present = c.members(
        &mut data.aanwezigen_bij_start,
        "/aanwezigenBijStart",
        people,
        true,
    );
    if c.options.full_profile() {
        let missing = [
            ("/start", data.start.is_none()),
            ("/einde", data.einde.is_none()),
            ("/voorzitter", data.voorzitter.is_none()),
            ("/secretaris", data.secretaris.is_none()),
            ("/aanwezigenBijStart", data.aanwezigen_bij_start.is_empty()),
        ];
        for (path, missing) in missing {
            if missing {
                c.report(DecisionError::Required, path);
            }
        }
    }
    if let Some(chair) = chair {
        if !data.aanwezigen_bij_start.is_empty() && !present.iter().any(|(_, iri)| *iri == chair) {
            c.report(DecisionError::ChairNotPresent, "/voorzitter");
        }
    }
    if let (Some(start), Some(einde)) = (data.start, data.einde) {
        if einde <= start {
            c.report(DecisionError::EndBeforeStart, "/einde");
        }
    }
    if let Some(start) = data.start {
        let offset = start.signed_duration_since(data.geplande_start).abs();
        if offset > TimeDelta::hours(MAX_START_OFFSET_HOURS)
            && !c.options.allow_start_far_from_planned
        {
            c.report(DecisionError::StartFarFromPlanned, "/start");
        }
    }
}

/// The IRIs of the agenda items.
struct Agenda {
    iris: HashSet<Iri>,
}

fn check_agendapunten(
    c: &mut Checker<'_>,
    items: &mut [Agendapunt],
    session_key: Option<&LocalKey>,
) -> Agenda {
    let mut agenda = Agenda {
        iris: HashSet::new(),
    };
    if items.is_empty() {
        c.report(DecisionError::NoAgendapunt, "/agendapunten");
    }
    let mut own = Vec::with_capacity(items.len());
    for (n, item) in items.iter_mut().enumerate() {
        let path = format!("/agendapunten/{n}");
        let position = n.saturating_add(1).to_string();
        let (iri, _) = c.local_node(
            &mut item.id,
            &format!("{path}/id"),
            session_key,
            Some(&position),
            collection::AGENDAPUNTEN,
            Kind::Agendapunt,
        );
        agenda.iris.extend(iri.clone());
        own.push(iri);
        c.text(&format!("{path}/titel"), &item.titel, Text::Line);
        c.opt_text(
            &format!("{path}/beschrijving"),
            item.beschrijving.as_ref(),
            Text::Multiline,
        );
        if item.types.is_empty() {
            c.report(DecisionError::AgendapuntNoType, format!("{path}/type"));
        }
        for (j, kind) in item.types.iter().enumerate() {
            if item
                .types
                .get(..j)
                .is_some_and(|before| before.contains(kind))
            {
                c.report(DecisionError::Duplicate, format!("{path}/type/{j}"));
            }
            c.deprecated(&format!("{path}/type/{j}"), kind.is_deprecated());
        }
        for (j, draft) in item.ontwerpbesluiten.iter().enumerate() {
            let draft_path = format!("{path}/ontwerpbesluiten/{j}");
            if item
                .ontwerpbesluiten
                .get(..j)
                .is_some_and(|before| before.contains(draft))
            {
                c.report(DecisionError::Duplicate, draft_path);
                continue;
            }
            c.register(
                draft,
                &draft_path,
                Kind::Ontwerpbesluit,
                Some(String::new()),
            );
        }
    }
    // References between items, once every item's IRI is known.
    for ((n, item), own) in items.iter_mut().enumerate().zip(own) {
        let mut seen = HashSet::new();
        for (j, reference) in item.verwijst_naar.iter_mut().enumerate() {
            let path = format!("/agendapunten/{n}/verwijstNaar/{j}");
            let Some(iri) = c.reference(
                reference,
                &path,
                collection::AGENDAPUNTEN,
                &agenda.iris,
                DecisionError::ReferenceUnknown,
            ) else {
                continue;
            };
            if own.as_ref() == Some(&iri) {
                c.report(DecisionError::AgendapuntReferenceSelf, path);
            } else if !seen.insert(iri) {
                c.report(DecisionError::Duplicate, path);
            }
        }
    }
    agenda
}

fn check_behandelingen(
    c: &mut Checker<'_>,
    treatments: &mut [BehandelingVanAgendapunt],
    agenda: &Agenda,
    people: &People,
    session_chair: Option<&NodeId>,
    session_date: NaiveDate,
    taal: Language,
) -> HashSet<Iri> {
    let session_chair = session_chair.and_then(NodeId::as_iri).cloned();
    let mut treated = HashSet::new();
    let mut iris = HashSet::new();
    for (i, treatment) in treatments.iter_mut().enumerate() {
        let path = format!("/behandelingen/{i}");
        let subject_path = format!("{path}/agendapunt");
        let subject_key = treatment.agendapunt.key();
        if let Some(subject) = c.reference(
            &mut treatment.agendapunt,
            &subject_path,
            collection::AGENDAPUNTEN,
            &agenda.iris,
            DecisionError::SubjectNotOnAgenda,
        ) {
            if !treated.insert(subject) {
                c.report(DecisionError::TreatedTwice, subject_path);
            }
        }
        let (iri, _) = c.local_node(
            &mut treatment.id,
            &format!("{path}/id"),
            subject_key.as_ref(),
            None,
            collection::BEHANDELINGEN,
            Kind::Behandeling,
        );
        iris.extend(iri);
        let present = c.members(
            &mut treatment.aanwezigen,
            &format!("{path}/aanwezigen"),
            people,
            true,
        );
        let present: HashSet<Iri> = present.into_iter().map(|(_, iri)| iri).collect();
        if treatment.aanwezigen.is_empty() {
            c.report(DecisionError::NoPresent, format!("{path}/aanwezigen"));
        }
        let own_chair = treatment.voorzitter.as_mut().and_then(|id| {
            c.reference(
                id,
                &format!("{path}/voorzitter"),
                collection::MANDATARISSEN,
                &people.all,
                DecisionError::ReferenceUnknown,
            )
        });
        if let Some(id) = &mut treatment.secretaris {
            c.reference(
                id,
                &format!("{path}/secretaris"),
                collection::MANDATARISSEN,
                &people.all,
                DecisionError::ReferenceUnknown,
            );
        }
        let (chair, chair_path) = match (own_chair, treatment.voorzitter.is_some()) {
            (Some(chair), _) => (Some(chair), format!("{path}/voorzitter")),
            (None, true) => (None, String::new()),
            (None, false) => (session_chair.clone(), format!("{path}/aanwezigen")),
        };
        if let Some(chair) = chair {
            if !treatment.aanwezigen.is_empty() && !present.contains(&chair) {
                c.report(DecisionError::TreatmentChairNotPresent, chair_path);
            }
        }
        let item_key = subject_key.as_ref();
        for (j, vote) in treatment.stemmingen.iter_mut().enumerate() {
            check_stemming(
                c,
                vote,
                &format!("{path}/stemmingen/{j}"),
                item_key,
                j,
                people,
                &present,
            );
        }
        for (j, besluit) in treatment.besluiten.iter_mut().enumerate() {
            check_besluit(
                c,
                besluit,
                &format!("{path}/besluiten/{j}"),
                item_key,
                j,
                session_date,
                taal,
            );
        }
    }
    iris
}

fn check_stemming(
    c: &mut Checker<'_>,
    vote: &mut Stemming,
    path: &str,
    item_key: Option<&LocalKey>,
    j: usize,
    people: &People,
    treatment_present: &HashSet<Iri>,
) {
    let position = j.saturating_add(1).to_string();
    c.local_node(
        &mut vote.id,
        &format!("{path}/id"),
        item_key,
        Some(&position),
        collection::STEMMINGEN,
        Kind::Stemming,
    );
    c.text(
        &format!("{path}/onderwerp"),
        &vote.onderwerp,
        Text::Multiline,
    );
    c.text(&format!("{path}/gevolg"), &vote.gevolg, Text::Multiline);

    let present_path = format!("{path}/aanwezigen");
    let present = c.members(&mut vote.aanwezigen, &present_path, people, true);
    if vote.aanwezigen.is_empty() {
        c.report(DecisionError::Required, present_path.as_str());
    }
    for (k, iri) in &present {
        if !treatment_present.is_empty() && !treatment_present.contains(iri) {
            c.report(
                DecisionError::PresentNotInTreatment,
                format!("{present_path}/{k}"),
            );
        }
    }
    let present: HashSet<Iri> = present.into_iter().map(|(_, iri)| iri).collect();
    let not_present = |c: &mut Checker<'_>, list: &[(usize, Iri)], list_path: &str| {
        for (k, iri) in list {
            if !present.is_empty() && !present.contains(iri) {
                c.report(DecisionError::VoterNotPresent, format!("{list_path}/{k}"));
            }
        }
    };

    let voters_path = format!("{path}/stemmers");
    let voters = c.members(&mut vote.stemmers, &voters_path, people, true);
    not_present(c, &voters, &voters_path);

    if vote.geheim {
        for (name, list) in [
            ("voorstanders", &vote.voorstanders),
            ("tegenstanders", &vote.tegenstanders),
            ("onthouders", &vote.onthouders),
        ] {
            if !list.is_empty() {
                c.report(DecisionError::SecretWithNames, format!("{path}/{name}"));
            }
        }
        if vote.stemmers.is_empty() {
            c.report(DecisionError::NoVoters, voters_path.as_str());
        }
        let counts = [
            ("aantalVoorstanders", vote.aantal_voorstanders),
            ("aantalTegenstanders", vote.aantal_tegenstanders),
            ("aantalOnthouders", vote.aantal_onthouders),
        ];
        let mut total: u64 = 0;
        let mut complete = true;
        for (name, count) in counts {
            match count {
                Some(count) => total = total.saturating_add(u64::from(count)),
                None => {
                    complete = false;
                    c.report(DecisionError::Required, format!("{path}/{name}"));
                }
            }
        }
        let len = |list: &[NodeId]| u64::try_from(list.len()).unwrap_or(u64::MAX);
        if complete {
            if !vote.aanwezigen.is_empty() && total > len(&vote.aanwezigen) {
                c.report(DecisionError::TotalExceedsPresent, path);
            } else if !vote.stemmers.is_empty() && total != len(&vote.stemmers) {
                c.report(DecisionError::TotalMismatch, path);
            }
        }
    } else {
        let mut cast: HashMap<Iri, &'static str> = HashMap::new();
        let mut names = Vec::new();
        for (name, count_name, list, count) in [
            (
                "voorstanders",
                "aantalVoorstanders",
                &mut vote.voorstanders,
                vote.aantal_voorstanders,
            ),
            (
                "tegenstanders",
                "aantalTegenstanders",
                &mut vote.tegenstanders,
                vote.aantal_tegenstanders,
            ),
            (
                "onthouders",
                "aantalOnthouders",
                &mut vote.onthouders,
                vote.aantal_onthouders,
            ),
        ] {
            let list_path = format!("{path}/{name}");
            let resolved = c.members(list, &list_path, people, true);
            not_present(c, &resolved, &list_path);
            for (k, iri) in &resolved {
                match cast.get(iri) {
                    Some(other) if *other != name => {
                        c.report(DecisionError::VotedTwice, format!("{list_path}/{k}"));
                    }
                    _ => {
                        cast.insert(iri.clone(), name);
                    }
                }
            }
            if count.is_some_and(|count| usize::try_from(count).ok() != Some(list.len())) {
                c.report(DecisionError::CountMismatch, format!("{path}/{count_name}"));
            }
            names.extend(resolved.into_iter().map(|(_, iri)| iri));
        }
        if vote.stemmers.is_empty() && names.is_empty() {
            c.report(DecisionError::NoVoters, path);
        }
        if !vote.stemmers.is_empty() {
            let named: HashSet<&Iri> = names.iter().collect();
            let listed: HashSet<&Iri> = voters.iter().map(|(_, iri)| iri).collect();
            if named != listed {
                c.report(DecisionError::CountMismatch, voters_path);
            }
        }
        // Canonical form: an open vote's counts, and its voters when they are those named in
        // the order for, against, abstaining, are derived from the names, so left out.
        vote.aantal_voorstanders = None;
        vote.aantal_tegenstanders = None;
        vote.aantal_onthouders = None;
        if vote.stemmers.iter().eq(vote
            .voorstanders
            .iter()
            .chain(&vote.tegenstanders)
            .chain(&vote.onthouders))
        {
            vote.stemmers.clear();
        }
    }
}

fn check_besluit(
    c: &mut Checker<'_>,
    besluit: &mut Besluit,
    path: &str,
    item_key: Option<&LocalKey>,
    j: usize,
    session_date: NaiveDate,
    session_taal: Language,
) {
    // Canonical form: a language equal to the one it defaults to is left out.
    if besluit.taal == Some(session_taal) {
        besluit.taal = None;
    }
    let taal = besluit.taal.unwrap_or(session_taal);
    for basis in &mut besluit.rechtsgronden {
        if basis.taal == Some(taal) {
            basis.taal = None;
        }
    }
    let position = j.saturating_add(1).to_string();
    let (_, key) = c.local_node(
        &mut besluit.id,
        &format!("{path}/id"),
        item_key,
        Some(&position),
        collection::BESLUITEN,
        Kind::Besluit,
    );
    c.deprecated(
        &format!("{path}/besluittype"),
        besluit.besluittype.is_deprecated(),
    );
    c.text(&format!("{path}/titel"), &besluit.titel, Text::Line);
    c.opt_text(
        &format!("{path}/citeeropschrift"),
        besluit.citeeropschrift.as_ref(),
        Text::Line,
    );
    c.opt_text(
        &format!("{path}/beschrijving"),
        besluit.beschrijving.as_ref(),
        Text::Multiline,
    );
    c.text(
        &format!("{path}/motivering"),
        &besluit.motivering,
        Text::Multiline,
    );
    c.text(&format!("{path}/inhoud"), &besluit.inhoud, Text::Multiline);
    match besluit.inwerkingtreding {
        None => c.report(DecisionError::Required, format!("{path}/inwerkingtreding")),
        Some(start) => {
            if besluit.buitenwerkingtreding.is_some_and(|end| end < start) {
                c.report(
                    DecisionError::InForceOrder,
                    format!("{path}/buitenwerkingtreding"),
                );
            }
        }
    }
    c.not_before_session(
        &format!("{path}/publicatiedatum"),
        besluit.publicatiedatum,
        session_date,
        DecisionError::BesluitPublishedBeforeSession,
    );
    c.local_node(
        &mut besluit.realiseert,
        &format!("{path}/realiseert"),
        key.as_ref(),
        None,
        collection::RECHTSGRONDEN,
        Kind::LegalResource,
    );
    for (k, basis) in besluit.rechtsgronden.iter().enumerate() {
        let basis_path = format!("{path}/rechtsgronden/{k}");
        if besluit
            .rechtsgronden
            .get(..k)
            .is_some_and(|before| before.iter().any(|b| b.id == basis.id))
        {
            c.report(DecisionError::Duplicate, format!("{basis_path}/id"));
            continue;
        }
        // What the node says: its fields and its effective language.
        let fingerprint = format!(
            "{}\u{0}{}",
            serde_json::to_string(basis).unwrap_or_default(),
            basis.taal.unwrap_or(taal).code()
        );
        c.register(
            &basis.id,
            &format!("{basis_path}/id"),
            Kind::Rechtsgrond,
            Some(fingerprint),
        );
        c.text(&format!("{basis_path}/titel"), &basis.titel, Text::Line);
        c.text(
            &format!("{basis_path}/inhoud"),
            &basis.inhoud,
            Text::Multiline,
        );
    }
    if besluit.artikels.is_empty() {
        c.report(DecisionError::NoArticle, format!("{path}/artikels"));
    }
    let mut numbers: HashSet<String> = HashSet::new();
    for (k, artikel) in besluit.artikels.iter_mut().enumerate() {
        let article_path = format!("{path}/artikels/{k}");
        c.text(
            &format!("{article_path}/nummer"),
            &artikel.nummer,
            Text::Line,
        );
        if !numbers.insert(artikel.nummer.trim().to_owned()) {
            c.report(
                DecisionError::ArticleNumberDuplicate,
                format!("{article_path}/nummer"),
            );
        }
        let slug = LocalKey::slug(&artikel.nummer);
        for (slot, slot_path, collection, kind) in [
            (
                &mut artikel.id,
                format!("{article_path}/id"),
                collection::ARTIKELS,
                Kind::Artikel,
            ),
            (
                &mut artikel.realiseert,
                format!("{article_path}/realiseert"),
                collection::RECHTSGRONDONDERDELEN,
                Kind::Onderdeel,
            ),
        ] {
            match (&slug, slot.is_some()) {
                (Some(slug), _) => {
                    c.local_node(slot, &slot_path, key.as_ref(), Some(slug), collection, kind);
                }
                (None, true) => {
                    c.local_node(slot, &slot_path, None, None, collection, kind);
                }
                (None, false) => c.report(DecisionError::IriKey, slot_path),
            }
        }
        c.opt_text(
            &format!("{article_path}/titel"),
            artikel.titel.as_ref(),
            Text::Line,
        );
        // Canonical form: the default title is left out.
        if artikel
            .titel
            .as_ref()
            .is_some_and(|titel| *titel == format!("Artikel {}", artikel.nummer))
        {
            artikel.titel = None;
        }
        c.text(
            &format!("{article_path}/inhoud"),
            &artikel.inhoud,
            Text::Multiline,
        );
    }
}

fn check_documenten(
    c: &mut Checker<'_>,
    documenten: &mut Documenten,
    session_key: Option<&LocalKey>,
    treatments: &HashSet<Iri>,
    planned_date: NaiveDate,
    session_date: NaiveDate,
) {
    if let Some(agenda) = &mut documenten.agenda {
        c.local_node(
            &mut agenda.id,
            "/documenten/agenda/id",
            session_key,
            None,
            collection::AGENDAS,
            Kind::Document,
        );
        if agenda
            .publicatiedatum
            .is_some_and(|date| date > planned_date)
        {
            c.report(
                DecisionError::AgendaAfterSession,
                "/documenten/agenda/publicatiedatum",
            );
        }
    }
    for (name, document, collection) in [
        (
            "besluitenlijst",
            &mut documenten.besluitenlijst,
            collection::BESLUITENLIJSTEN,
        ),
        ("notulen", &mut documenten.notulen, collection::NOTULEN),
    ] {
        if let Some(document) = document {
            let path = format!("/documenten/{name}");
            c.local_node(
                &mut document.id,
                &format!("{path}/id"),
                session_key,
                None,
                collection,
                Kind::Document,
            );
            c.not_before_session(
                &format!("{path}/publicatiedatum"),
                document.publicatiedatum,
                session_date,
                DecisionError::DocumentPublishedBeforeSession,
            );
        }
    }
    for (n, extract) in documenten.uittreksels.iter_mut().enumerate() {
        let path = format!("/documenten/uittreksels/{n}");
        let position = n.saturating_add(1).to_string();
        c.local_node(
            &mut extract.id,
            &format!("{path}/id"),
            session_key,
            Some(&position),
            collection::UITTREKSELS,
            Kind::Document,
        );
        c.reference(
            &mut extract.behandeling,
            &format!("{path}/behandeling"),
            collection::BEHANDELINGEN,
            treatments,
            DecisionError::ReferenceUnknown,
        );
        c.not_before_session(
            &format!("{path}/publicatiedatum"),
            extract.publicatiedatum,
            session_date,
            DecisionError::DocumentPublishedBeforeSession,
        );
    }
}

/// Canonical form of the secretaries: a secretary that is listed nowhere among the members
/// present or the voters is written as an official (`leidinggevenden:Functionaris`) whatever
/// its kind, and the kind changes nothing else for it, so it becomes an official.
fn normalise_secretaries(data: &mut ZittingData) {
    let secretaries: HashSet<NodeId> = data
        .secretaris
        .iter()
        .chain(
            data.behandelingen
                .iter()
                .filter_map(|b| b.secretaris.as_ref()),
        )
        .cloned()
        .collect();
    if secretaries.is_empty() {
        return;
    }
    let mut listed: HashSet<&NodeId> = data.aanwezigen_bij_start.iter().collect();
    for treatment in &data.behandelingen {
        listed.extend(&treatment.aanwezigen);
        for vote in &treatment.stemmingen {
            listed.extend(
                vote.aanwezigen
                    .iter()
                    .chain(&vote.stemmers)
                    .chain(&vote.voorstanders)
                    .chain(&vote.tegenstanders)
                    .chain(&vote.onthouders),
            );
        }
    }
    for m in &mut data.mandatarissen {
        if secretaries.contains(&m.id) && !listed.contains(&m.id) {
            m.soort = MandatarisSoort::Functionaris;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_numbers_are_found_in_text() {
        for text in [
            "85073003328",
            "rijksregisternummer 85.07.30-033.28 van de aanvrager",
            "RRN85073003328.",
            "85 07 30 033 28",
            "85.07.30 - 033.28",
            "bis 00400100184",
            "Peeters 1 85073003328",
            "2025-85073003328",
            "85073003328 2",
            "http://data.lblod.info/id/bestuursorganen/v1/85073003328",
        ] {
            assert!(contains_national_number(text), "{text}");
        }
        for text in [
            "85073003329",
            "850730033280",
            "BE68 5390 0754 7034",
            "+++010/8068/17183+++",
            "0403.019.261",
            "2025-2031",
            "85.07.30.   033.28",
            "",
        ] {
            assert!(!contains_national_number(text), "{text}");
        }
    }

    #[test]
    fn the_example_is_valid() {
        let example = Zitting::example();
        let built = example.to_builder().build(&BuildOptions::default());
        assert_eq!(built, Ok(example));
    }
}
