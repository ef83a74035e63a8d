//! The RDFa writer: a session's document as a readable, self-contained HTML5 page whose RDFa
//! says exactly what the JSON-LD of the same document says.
//!
//! The page is written from the graph projection ([`graph::project`]), the single source that
//! the JSON-LD writer serialises too: every node of the projection is described exactly once,
//! with all its types and properties, and nothing else carries RDFa. The nodes are arranged
//! for people (the session, the agenda, each treatment with its votes and decisions, the
//! decisions with their articles); a node that the arrangement does not reach is described in
//! a last section, so that the graph is complete whatever the projection holds.
//!
//! The markup follows the rules of the design (§4.2), which keep the extracted graph equal to
//! the JSON-LD and independent of where the page is served: every prefix declared in a
//! `prefix` attribute (no `vocab`, no reliance on the RDFa initial context), no `rel`, `rev`,
//! `role` or `href`, every subject an absolute IRI (`about`, or `property` + `resource` +
//! `typeof` for a node described inside its link), no blank node, no triple about the page,
//! `datatype="xsd:string"` on every plain string (`<html lang>` would tag it otherwise) and
//! `lang` only on the language-tagged strings, machine values in `content`, literal elements
//! holding their escaped text only. Block elements are never put inside a `<p>` or a heading,
//! so that an HTML parser builds the tree as it is written.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use crate::decision::graph::{self, Node, RenderOptions, Value, class, prop};
use crate::decision::{
    AgendapuntType, BesluitType, BestuurseenheidClassificatie, Bestuursfunctie,
    BestuursorgaanClassificatie, DecisionError, DocumentKind, DocumentType, FunctionarisStatus,
    MandatarisStatus, Zitting,
};

impl Zitting {
    /// The session's document of one kind as an HTML5 page with RDFa: readable as it is, and
    /// holding exactly the graph of [`to_jsonld`](Zitting::to_jsonld) with the same kind and
    /// options (an RDFa 1.1 processor extracts the same triples, whatever base IRI the page is
    /// served under).
    ///
    /// The page shows the session (governing body, planned start, place; for a list of
    /// decisions or minutes the start and end, the members present, the chair and the
    /// secretary), the agenda, and each treatment with the members present, its votes and its
    /// decisions, their articles and the legal bases they cite. In a list of decisions the
    /// full text of a decision is folded (`<details>`), in the minutes and in an extract
    /// (*uittreksel*, one treatment: the one of [`RenderOptions::uittreksel`]) it is open. All
    /// texts
    /// and attribute values are HTML-escaped; the page needs nothing else (no script, no
    /// external style sheet).
    ///
    /// # Errors
    ///
    /// As [`to_jsonld`](Zitting::to_jsonld): [`DecisionError::Required`] for a list of
    /// decisions, minutes or extract of a session built for an agenda only, or for an extract
    /// that the session does not have. [`DecisionError::TextNationalNumber`] when the page
    /// would show a national number that no single text held (a number split over a first and
    /// a last name, which the page writes side by side): the page is refused, not written.
    ///
    /// ```
    /// use bouwstenen::decision::{DocumentKind, RenderOptions, Zitting};
    ///
    /// let html = Zitting::example().to_rdfa(DocumentKind::Besluitenlijst, &RenderOptions::default())?;
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\" prefix=\"besluit: http://data.vlaanderen.be/ns/besluit# "));
    /// assert!(html.contains(r#"<main about="https://data.voorbeeldgem.be/id/zittingen/2025-01-13-gr" typeof="besluit:Zitting">"#));
    /// assert!(html.contains(r#"<span property="besluit:onderwerp" lang="nl">"#));
    /// assert!(!html.contains("vocab=") && !html.contains(" rel=") && !html.contains("href="));
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn to_rdfa(
        &self,
        kind: DocumentKind,
        options: &RenderOptions,
    ) -> Result<String, DecisionError> {
        let nodes = graph::project(self, kind, options)?;
        let mut writer = Writer::new(&nodes, kind);
        writer.document(self);
        // The page joins texts that were checked one by one (a person's first and last name,
        // the title with the date): check what it shows as a whole.
        if crate::text::contains_national_number(&writer.out) {
            return Err(DecisionError::TextNationalNumber);
        }
        Ok(writer.out)
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped: safe as element text and as a
/// double- or single-quoted attribute value.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// What each property is called on the page, in the order the rows of a node are shown.
/// Properties not listed follow, under their compact IRI.
const ROWS: [(&str, &str); 60] = [
    (prop::IS_GEHOUDEN_DOOR, "Bestuursorgaan"),
    (prop::HEEFT_AGENDA, "Agenda"),
    (prop::HEEFT_BESLUITENLIJST, "Besluitenlijst"),
    (prop::HEEFT_NOTULEN, "Notulen"),
    (prop::HEEFT_UITTREKSEL, "Uittreksels"),
    (prop::GEPLANDE_START, "Gepland"),
    (prop::STARTED_AT_TIME, "Begin"),
    (prop::ENDED_AT_TIME, "Einde"),
    (prop::AT_LOCATION, "Plaats"),
    (prop::HEEFT_AANWEZIGE_BIJ_START, "Aanwezig bij de start"),
    (prop::HEEFT_VOORZITTER, "Voorzitter"),
    (prop::HEEFT_SECRETARIS, "Secretaris"),
    (prop::BEHANDELT, "Agendapunten"),
    (prop::PREF_LABEL, "Naam"),
    (prop::LABEL, "Naam"),
    (prop::ORG_CLASSIFICATION, "Soort"),
    (prop::CLASSIFICATIE, "Soort"),
    (prop::BESTUURT, "Bestuurt"),
    (prop::IS_TIJDSPECIALISATIE_VAN, "Tijdsspecialisatie van"),
    (prop::WERKINGSGEBIED, "Werkingsgebied"),
    (prop::IS_BESTUURLIJKE_ALIAS_VAN, "Persoon"),
    (prop::GEBRUIKTE_VOORNAAM, "Voornaam"),
    (prop::FAMILY_NAME, "Familienaam"),
    (prop::HOLDS, "Mandaat"),
    (prop::ROLE, "Functie"),
    (prop::STATUS, "Status"),
    (prop::TITLE, "Titel"),
    (prop::GEPLAND_OPENBAAR, "Gepland"),
    (prop::AGENDAPUNT_TYPE, "Soort agendapunt"),
    (prop::DESCRIPTION, "Beschrijving"),
    (prop::AANGEBRACHT_NA, "Na agendapunt"),
    (prop::REFERENCES, "Verwijst naar"),
    (prop::HEEFT_ONTWERPBESLUIT, "Ontwerpbesluit"),
    (prop::SUBJECT, "Agendapunt"),
    (prop::OPENBAAR, "Behandeling"),
    (prop::GEBEURT_NA, "Na"),
    (prop::HEEFT_AANWEZIGE, "Aanwezig"),
    (prop::HEEFT_STEMMING, "Stemming"),
    (prop::GENERATED, "Besluiten"),
    (prop::ONDERWERP, "Onderwerp"),
    (prop::GEHEIM, "Stemwijze"),
    (prop::AANTAL_VOORSTANDERS, "Voor"),
    (prop::AANTAL_TEGENSTANDERS, "Tegen"),
    (prop::AANTAL_ONTHOUDERS, "Onthoudingen"),
    (prop::HEEFT_VOORSTANDER, "Voorstanders"),
    (prop::HEEFT_TEGENSTANDER, "Tegenstanders"),
    (prop::HEEFT_ONTHOUDER, "Onthouders"),
    (prop::HEEFT_STEMMER, "Stemmers"),
    (prop::GEVOLG, "Gevolg"),
    (prop::ELI_TITLE, "Titel"),
    (prop::TITLE_SHORT, "Citeeropschrift"),
    (prop::ELI_DESCRIPTION, "Beschrijving"),
    (prop::NUMBER, "Nummer"),
    (prop::WAS_GENERATED_BY, "Behandeling"),
    (prop::LANGUAGE, "Taal"),
    (prop::DATE_PUBLICATION, "Gepubliceerd op"),
    (prop::FIRST_DATE_ENTRY_IN_FORCE, "In werking op"),
    (prop::DATE_NO_LONGER_IN_FORCE, "Niet meer in werking op"),
    (prop::TYPE_DOCUMENT, "Soort besluit"),
    (prop::PASSED_BY, "Aangenomen door"),
];

/// Rows after [`ROWS`], in this order; with the full text of a decision.
const TEXT_ROWS: [(&str, &str); 6] = [
    (prop::MOTIVERING, "Motivering"),
    (prop::CITES, "Rechtsgronden"),
    (prop::VALUE, "Tekst"),
    (prop::REALIZES, "Realiseert"),
    (prop::HAS_PART, "Artikels"),
    (prop::IS_PART_OF, "Deel van"),
];

/// The properties of a decision that are its full text, folded in a list of decisions.
const FULL_TEXT: [&str; 5] = [
    prop::MOTIVERING,
    prop::CITES,
    prop::VALUE,
    prop::REALIZES,
    prop::HAS_PART,
];

/// The position and the name of a property's row.
fn row_of(property: &str) -> (usize, &str) {
    ROWS.iter()
        .chain(TEXT_ROWS.iter())
        .enumerate()
        .find(|(_, (p, _))| *p == property)
        .map_or((usize::MAX, property), |(rank, (_, name))| (rank, *name))
}

/// Classes whose nodes the page places itself (the agenda, the treatments, the decisions):
/// a reference to one of them elsewhere is a link, never its description.
const PLACED: [&str; 3] = [class::AGENDAPUNT, class::BEHANDELING, class::BESLUIT];

/// Classes whose nodes are written on one line (a person, an office holder, a mandate, a
/// place, a document), when all their values are short.
const INLINE: [&str; 5] = [
    class::PERSON,
    class::MANDATARIS,
    class::MANDAAT,
    class::LOCATION,
    class::DOCUMENT,
];

/// Properties that repeat another row's value (`besluit:classificatie` next to
/// `org:classification`): written as links without a row of their own, unless they are the
/// place to describe their node.
const SILENT: [&str; 1] = [prop::CLASSIFICATIE];

/// The property whose single plain-string value heads a node of a class.
const HEADINGS: [(&str, &str); 3] = [
    (class::AGENDAPUNT, prop::TITLE),
    (class::BESLUIT, prop::ELI_TITLE),
    (class::ARTIKEL, prop::ELI_TITLE),
];

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `13 januari 2025`.
fn human_date(date: NaiveDate) -> String {
    let month = usize::try_from(date.month0())
        .ok()
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// `13 januari 2025, 19:30` (the time as given, in its own offset).
fn human_date_time(time: &DateTime<FixedOffset>) -> String {
    format!(
        "{}, {:02}:{:02}",
        human_date(time.date_naive()),
        time.hour(),
        time.minute()
    )
}

/// The label of a concept of one of the crate's code lists, or of a language.
fn concept_label(iri: &str) -> Option<&'static str> {
    fn label<T: std::str::FromStr>(
        iri: &str,
        label: fn(T) -> &'static str,
    ) -> Option<&'static str> {
        iri.parse::<T>().ok().map(label)
    }
    label(iri, BesluitType::label)
        .or_else(|| label(iri, DocumentType::label))
        .or_else(|| label(iri, BestuursorgaanClassificatie::label))
        .or_else(|| label(iri, BestuurseenheidClassificatie::label))
        .or_else(|| label(iri, Bestuursfunctie::label))
        .or_else(|| label(iri, MandatarisStatus::label))
        .or_else(|| label(iri, FunctionarisStatus::label))
        .or_else(|| label(iri, AgendapuntType::label))
        .or(
            match iri.strip_prefix("http://publications.europa.eu/resource/authority/language/") {
                Some("NLD") => Some("Nederlands"),
                Some("FRA") => Some("Frans"),
                Some("DEU") => Some("Duits"),
                Some("ENG") => Some("Engels"),
                _ => None,
            },
        )
}

fn has_type(node: &Node<'_>, class: &str) -> bool {
    node.types.iter().any(|t| t.as_str() == class)
}

/// The first plain or language-tagged string of a property.
fn text_of<'n>(node: &'n Node<'_>, property: &str) -> Option<&'n str> {
    node.props.iter().find_map(|(p, v)| match v {
        Value::Str(text) if *p == property => Some(text.as_ref()),
        Value::Lang(text, _) if *p == property => Some(*text),
        _ => None,
    })
}

/// The first reference of a property.
fn ref_of<'a>(node: &Node<'a>, property: &str) -> Option<&'a str> {
    node.props.iter().find_map(|(p, v)| match v {
        Value::Ref(iri) if *p == property => Some(*iri),
        _ => None,
    })
}

/// Writes the page: one pass over the layout, marking each node when it is described.
struct Writer<'n, 'a> {
    nodes: &'n [Node<'a>],
    index: HashMap<&'a str, usize>,
    described: Vec<bool>,
    kind: DocumentKind,
    out: String,
}

impl<'n, 'a> Writer<'n, 'a> {
    fn new(nodes: &'n [Node<'a>], kind: DocumentKind) -> Self {
        Self {
            nodes,
            index: nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect(),
            described: vec![false; nodes.len()],
            kind,
            out: String::with_capacity(nodes.len().saturating_mul(400)),
        }
    }

    fn node(&self, iri: &str) -> Option<(usize, &'n Node<'a>)> {
        let i = *self.index.get(iri)?;
        Some((i, self.nodes.get(i)?))
    }

    fn is_described(&self, i: usize) -> bool {
        self.described.get(i).copied().unwrap_or(true)
    }

    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// ` name="value"`, escaped.
    fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value);
        self.out.push('"');
    }

    /// What a node is called on the page (plain text, no RDFa).
    fn label(&self, iri: &str) -> String {
        let Some((_, node)) = self.node(iri) else {
            return concept_label(iri).unwrap_or(iri).to_owned();
        };
        if let Some(person) = ref_of(node, prop::IS_BESTUURLIJKE_ALIAS_VAN) {
            if let Some((_, person)) = self.node(person) {
                return self.person_name(person).unwrap_or_else(|| iri.to_owned());
            }
        }
        if let Some(name) = self.person_name(node) {
            return name;
        }
        if let Some(role) = ref_of(node, prop::ROLE) {
            return concept_label(role).unwrap_or(role).to_owned();
        }
        if has_type(node, class::BEHANDELING) {
            if let Some((_, punt)) = ref_of(node, prop::SUBJECT).and_then(|s| self.node(s)) {
                if let Some(title) = text_of(punt, prop::TITLE) {
                    return format!("behandeling van “{title}”");
                }
            }
        }
        [prop::TITLE, prop::ELI_TITLE, prop::PREF_LABEL, prop::LABEL]
            .iter()
            .find_map(|p| text_of(node, p))
            .or_else(|| node.types.iter().find_map(|t| concept_label(t.as_str())))
            .or_else(|| concept_label(iri))
            .unwrap_or(iri)
            .to_owned()
    }

    fn person_name(&self, node: &Node<'_>) -> Option<String> {
        let first = text_of(node, prop::GEBRUIKTE_VOORNAAM);
        let last = text_of(node, prop::FAMILY_NAME);
        match (first, last) {
            (Some(first), Some(last)) => Some(format!("{first} {last}")),
            (one, other) => one.or(other).map(str::to_owned),
        }
    }

    fn document(&mut self, zitting: &Zitting) {
        let kind_name = match self.kind {
            DocumentKind::Agenda => "Agenda",
            DocumentKind::Besluitenlijst => "Besluitenlijst",
            DocumentKind::Notulen => "Notulen",
            DocumentKind::Uittreksel => "Uittreksel",
        };
        let orgaan = &zitting.bestuursorgaan().naam;
        let date = human_date(zitting.date());
        self.push("<!DOCTYPE html>\n<html");
        self.attribute("lang", zitting.taal().code());
        let prefixes: Vec<String> = graph::PREFIXES
            .iter()
            .map(|(prefix, namespace)| format!("{prefix}: {namespace}"))
            .collect();
        self.attribute("prefix", &prefixes.join(" "));
        self.push(">\n<head><meta charset=\"utf-8\"><title>");
        self.text(&format!("{kind_name} {orgaan} {date}"));
        self.push("</title>\n<style>");
        self.push(STYLE);
        self.push("</style></head>\n<body>\n");

        let session = self.nodes.iter().position(|n| has_type(n, class::ZITTING));
        match session.and_then(|i| Some((i, self.nodes.get(i)?))) {
            Some((i, node)) => self.session(i, node, kind_name, orgaan, &date),
            None => self.push("<main>\n"),
        }

        // Whatever the arrangement did not reach: described on its own.
        let rest: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| !self.is_described(i))
            .collect();
        if !rest.is_empty() {
            self.push("<section class=\"overige\"><h2>Overige gegevens</h2>\n");
            for i in rest {
                if !self.is_described(i) {
                    self.describe(i, "div", None, 3);
                }
            }
            self.push("</section>\n");
        }
        self.push("</main>\n</body>\n</html>\n");
    }

    /// The session: its header and rows, the agenda, the treatments with their decisions.
    fn session(&mut self, i: usize, node: &'n Node<'a>, kind: &str, orgaan: &str, date: &str) {
        self.open("main", i, None);
        self.push("<header><h1>");
        self.text(kind);
        self.push("</h1><p class=\"ondertitel\">");
        self.text(&format!("{orgaan}, zitting van {date}"));
        self.push("</p></header>\n<section class=\"zitting\"><h2>Zitting</h2>\n");
        let (agenda, rows): (Vec<_>, Vec<_>) =
            node.props.iter().partition(|(p, _)| *p == prop::BEHANDELT);
        self.rows(node, rows, 3);
        self.push("</section>\n");

        if !agenda.is_empty() {
            self.push("<section class=\"agenda\"><h2>Agenda</h2>\n<ol>\n");
            for (property, value) in agenda {
                let target = match value {
                    Value::Ref(iri) => self.node(iri).filter(|(t, _)| !self.is_described(*t)),
                    _ => None,
                };
                match target {
                    Some((t, _)) => {
                        self.describe(t, "li", Some(property), 3);
                        self.push("\n");
                    }
                    None => {
                        self.push("<li>");
                        self.value(property, value);
                        self.push("</li>\n");
                    }
                }
            }
            self.push("</ol>\n</section>\n");
        }

        let treatments: Vec<usize> = (0..self.nodes.len())
            .filter(|&t| {
                self.nodes
                    .get(t)
                    .is_some_and(|n| has_type(n, class::BEHANDELING))
            })
            .collect();
        if !treatments.is_empty() {
            self.push(
                "<section class=\"behandelingen\"><h2>Behandeling van de agendapunten</h2>\n",
            );
            for t in treatments {
                if !self.is_described(t) {
                    self.describe(t, "section", None, 3);
                }
            }
            self.push("</section>\n");
        }
    }

    /// The opening tag of a node's description: `about` on its own, or `property` +
    /// `resource` inside the element of its subject's link; `typeof` with its types.
    fn open(&mut self, tag: &str, i: usize, link: Option<&str>) {
        let Some(node) = self.nodes.get(i) else {
            return;
        };
        if let Some(flag) = self.described.get_mut(i) {
            *flag = true;
        }
        self.push("<");
        self.push(tag);
        match link {
            Some(property) => {
                self.attribute("property", property);
                self.attribute("resource", node.id);
            }
            None => self.attribute("about", node.id),
        }
        let types: Vec<&str> = node.types.iter().map(|t| t.as_str()).collect();
        if !types.is_empty() {
            self.attribute("typeof", &types.join(" "));
        }
        self.push(">");
    }

    /// Describes a node: its heading, its rows; a treatment also its decisions.
    fn describe(&mut self, i: usize, tag: &str, link: Option<&str>, level: u8) {
        let Some(node) = self.nodes.get(i) else {
            return;
        };
        let nodes = self.nodes;
        self.open(tag, i, link);
        let level = level.min(6);
        let heading = HEADINGS
            .iter()
            .find(|(c, _)| has_type(node, c))
            .map(|(_, p)| *p)
            .filter(|p| {
                node.props.iter().filter(|(q, _)| q == p).count() == 1
                    && matches!(
                        node.props.iter().find(|(q, _)| q == p),
                        Some((_, Value::Str(_)))
                    )
            });
        let h = format!("h{level}");
        if let Some(property) = heading {
            if let Some(title) = text_of(node, property) {
                self.push("<");
                self.push(&h);
                self.attribute("property", property);
                self.attribute("datatype", "xsd:string");
                self.push(">");
                self.text(title);
                self.push("</");
                self.push(&h);
                self.push(">");
            }
        } else if has_type(node, class::BEHANDELING) || has_type(node, class::STEMMING) {
            let title = if has_type(node, class::STEMMING) {
                "Stemming".to_owned()
            } else {
                let label = self.label(node.id);
                let mut chars = label.chars();
                chars.next().map_or(label.clone(), |c| {
                    c.to_uppercase().chain(chars).collect::<String>()
                })
            };
            self.push("<");
            self.push(&h);
            self.push(">");
            self.text(&title);
            self.push("</");
            self.push(&h);
            self.push(">");
        }
        let rows: Vec<&(&'static str, Value<'a>)> = node
            .props
            .iter()
            .filter(|(p, _)| Some(*p) != heading)
            .collect();
        let next = level.saturating_add(1);
        if has_type(node, class::BESLUIT) {
            let (text, rows): (Vec<_>, Vec<_>) =
                rows.into_iter().partition(|(p, _)| FULL_TEXT.contains(p));
            self.rows(node, rows, next);
            if !text.is_empty() {
                let open = matches!(self.kind, DocumentKind::Notulen | DocumentKind::Uittreksel);
                self.push(if open {
                    "<details open><summary>Volledige tekst</summary>\n"
                } else {
                    "<details><summary>Volledige tekst</summary>\n"
                });
                self.rows(node, text, next);
                self.push("</details>\n");
            }
        } else {
            self.rows(node, rows, next);
        }
        if has_type(node, class::BEHANDELING) {
            let decisions: Vec<usize> = nodes
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    has_type(d, class::BESLUIT)
                        && ref_of(d, prop::WAS_GENERATED_BY) == Some(node.id)
                })
                .map(|(d, _)| d)
                .collect();
            for d in decisions {
                if !self.is_described(d) {
                    self.describe(d, "article", None, next);
                }
            }
        }
        self.push("</");
        self.push(tag);
        self.push(">\n");
    }

    /// A node's properties as rows `<dt>name</dt><dd>values</dd>`, in the order of [`ROWS`].
    fn rows(&mut self, node: &Node<'a>, props: Vec<&(&'static str, Value<'a>)>, level: u8) {
        let mut groups: Vec<(&'static str, Vec<&Value<'a>>)> = Vec::new();
        for (property, value) in props {
            match groups.iter_mut().find(|(p, _)| p == property) {
                Some((_, values)) => values.push(value),
                None => groups.push((property, vec![value])),
            }
        }
        groups.sort_by_key(|(p, _)| row_of(p).0);
        let (silent, groups): (Vec<_>, Vec<_>) = groups.into_iter().partition(|(p, values)| {
            SILENT.contains(p)
                && values.iter().all(|v| match v {
                    Value::Ref(iri) => {
                        self.nests(node, p, iri).is_none()
                            || node.props.iter().any(|(q, w)| q != p && w == *v)
                    }
                    _ => false,
                })
        });
        if !groups.is_empty() {
            self.push("<dl>\n");
        }
        for (property, values) in &groups {
            let (property, values) = (*property, values.clone());
            self.push("<dt>");
            self.text(row_of(property).1);
            self.push("</dt><dd>");
            let mut first = true;
            for value in values {
                let block = self.is_block(node, property, value);
                if !first && !block {
                    self.push(", ");
                }
                self.value_of(node, property, value, level);
                first = block;
            }
            self.push("</dd>\n");
        }
        if !groups.is_empty() {
            self.push("</dl>\n");
        }
        for (property, values) in silent {
            for value in values {
                if let Value::Ref(iri) = value {
                    self.push("<span");
                    self.attribute("property", property);
                    self.attribute("resource", iri);
                    self.push("></span>");
                }
            }
        }
    }

    /// Whether a reference is the place to describe its node: not yet described, not a node
    /// the page places itself, and not a subdivision from its legal resource (it goes with its
    /// article).
    fn nests(&self, subject: &Node<'_>, property: &str, iri: &str) -> Option<usize> {
        let (t, target) = self.node(iri)?;
        let placed = PLACED.iter().any(|c| has_type(target, c));
        let subdivision = property == prop::HAS_PART && has_type(subject, class::LEGAL_RESOURCE);
        (!self.is_described(t) && !target.types.is_empty() && !placed && !subdivision).then_some(t)
    }

    /// Whether a value is written as a block (a described node with properties, a long text).
    fn is_block(&self, subject: &Node<'_>, property: &str, value: &Value<'_>) -> bool {
        match value {
            Value::Ref(iri) => self
                .nests(subject, property, iri)
                .and_then(|t| self.nodes.get(t))
                .is_some_and(|n| !is_inline(n)),
            Value::Str(text) => is_long(property, text),
            Value::Lang(text, _) => is_long(property, text),
            _ => false,
        }
    }

    /// A value of a subject's property: a nested description, a link or a literal.
    fn value_of(&mut self, subject: &Node<'a>, property: &str, value: &Value<'a>, level: u8) {
        if let Value::Ref(iri) = value {
            if let Some(t) = self.nests(subject, property, iri) {
                if self.nodes.get(t).is_some_and(is_inline) {
                    self.inline(t, property, level);
                } else {
                    let tag = if self
                        .nodes
                        .get(t)
                        .is_some_and(|n| has_type(n, class::ARTIKEL))
                    {
                        "section"
                    } else {
                        "div"
                    };
                    self.describe(t, tag, Some(property), level);
                }
                return;
            }
        }
        self.value(property, value);
    }

    /// A node described on one line, inside the element of its link: its name (a concept),
    /// or its first value followed by the others in parentheses (a person's names follow
    /// each other).
    fn inline(&mut self, t: usize, property: &str, level: u8) {
        let Some(node) = self.nodes.get(t) else {
            return;
        };
        let label = self.label(node.id);
        self.open("span", t, Some(property));
        if node.props.is_empty() {
            self.text(&label);
        }
        let mut props: Vec<&(&'static str, Value<'a>)> = node.props.iter().collect();
        props.sort_by_key(|(p, _)| row_of(p).0);
        let person = has_type(node, class::PERSON);
        let count = props.len();
        for (k, (p, v)) in props.into_iter().enumerate() {
            match k {
                0 => {}
                _ if person => self.push(" "),
                1 => self.push(" ("),
                _ => self.push(", "),
            }
            if *p == prop::DATE_PUBLICATION {
                self.push("gepubliceerd op ");
            }
            // Only inline nodes nest here; anything else is a link (and described later).
            match v {
                Value::Ref(iri)
                    if self
                        .nests(node, p, iri)
                        .and_then(|n| self.nodes.get(n))
                        .is_some_and(|n| !is_inline(n)) =>
                {
                    self.value(p, v);
                }
                _ => self.value_of(node, p, v, level),
            }
        }
        if !person && count > 1 {
            self.push(")");
        }
        self.push("</span>");
    }

    /// A link (an empty element, then the node's name as text) or a literal.
    fn value(&mut self, property: &str, value: &Value<'_>) {
        let (datatype, human) = match value {
            Value::Ref(iri) => {
                self.push("<span");
                self.attribute("property", property);
                self.attribute("resource", iri);
                self.push("></span>");
                let label = self.label(iri);
                self.text(&label);
                return;
            }
            Value::Str(text) => {
                let tag = if is_long(property, text) {
                    "div"
                } else {
                    "span"
                };
                self.push("<");
                self.push(tag);
                if tag == "div" {
                    self.attribute("class", "tekst");
                }
                self.attribute("property", property);
                self.attribute("datatype", "xsd:string");
                self.push(">");
                self.text(text);
                self.push("</");
                self.push(tag);
                self.push(">");
                return;
            }
            Value::Lang(text, language) => {
                let tag = if is_long(property, text) {
                    "div"
                } else {
                    "span"
                };
                self.push("<");
                self.push(tag);
                if tag == "div" {
                    self.attribute("class", "tekst");
                }
                self.attribute("property", property);
                self.attribute("lang", language.code());
                self.push(">");
                self.text(text);
                self.push("</");
                self.push(tag);
                self.push(">");
                return;
            }
            Value::Date(date) => ("xsd:date", human_date(*date)),
            Value::DateTime(time) => ("xsd:dateTime", human_date_time(time)),
            Value::Bool(b) => ("xsd:boolean", human_bool(property, *b).to_owned()),
            Value::Int(n) => ("xsd:integer", n.to_string()),
        };
        self.push("<span");
        self.attribute("property", property);
        self.attribute("datatype", datatype);
        self.attribute("content", &value.lexical());
        self.push(">");
        self.text(&human);
        self.push("</span>");
    }
}

/// Whether a node is written on one line: types only, or an [`INLINE`] class with short
/// values.
fn is_inline(node: &Node<'_>) -> bool {
    node.props.is_empty()
        || (INLINE.iter().any(|c| has_type(node, c))
            && node.props.iter().all(|(p, v)| match v {
                Value::Str(text) => !is_long(p, text),
                Value::Lang(text, _) => !is_long(p, text),
                _ => true,
            }))
}

/// Texts shown as paragraphs: the motivation, the text of a decision or an article, any text
/// with a line break.
fn is_long(property: &str, text: &str) -> bool {
    property == prop::MOTIVERING || property == prop::VALUE || text.contains('\n')
}

fn human_bool(property: &str, value: bool) -> &'static str {
    match (property, value) {
        (prop::GEPLAND_OPENBAAR | prop::OPENBAAR, true) => "openbaar",
        (prop::GEPLAND_OPENBAAR | prop::OPENBAAR, false) => "besloten",
        (prop::GEHEIM, true) => "geheim",
        (prop::GEHEIM, false) => "openbaar",
        (_, true) => "ja",
        (_, false) => "nee",
    }
}

/// The page's style sheet: readable rows, texts with their line breaks.
const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;line-height:1.45}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}\
dt{font-weight:600}dd{margin:0}\
dd>div,dd>section{border-left:2px solid #ccc;padding-left:.6rem}\
section.behandelingen>section{border-top:1px solid #999;margin-top:1.2rem}\
article{margin:1rem 0 1rem 1rem}.tekst{white-space:pre-line}.ondertitel{font-size:1.2rem}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut out = String::new();
        escape_into(&mut out, r#"<script>alert("x") & 'y'</script>"#);
        assert_eq!(
            out,
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn dates_are_written_in_dutch() {
        let date = NaiveDate::from_ymd_opt(2025, 1, 13).unwrap();
        assert_eq!(human_date(date), "13 januari 2025");
        let time = DateTime::parse_from_rfc3339("2025-12-01T09:05:00+01:00").unwrap();
        assert_eq!(human_date_time(&time), "1 december 2025, 09:05");
    }

    #[test]
    fn every_node_is_described_once() {
        let zitting = Zitting::example();
        for kind in [
            DocumentKind::Agenda,
            DocumentKind::Besluitenlijst,
            DocumentKind::Notulen,
            DocumentKind::Uittreksel,
        ] {
            let options = RenderOptions::default().emit_prov_generated(true);
            let Ok(nodes) = graph::project(&zitting, kind, &options) else {
                assert_eq!(kind, DocumentKind::Uittreksel, "{kind}");
                continue;
            };
            let html = zitting.to_rdfa(kind, &options).unwrap();
            for node in &nodes {
                let about = format!("about=\"{}\"", node.id);
                let resource = format!("resource=\"{}\" typeof=", node.id);
                let described = html.matches(&about).count() + html.matches(&resource).count();
                assert_eq!(described, 1, "{kind}: {}", node.id);
            }
        }
    }
}
