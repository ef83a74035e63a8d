//! Node identifiers: validated absolute IRIs, local keys, and the minting of
//! `{base}{collection}/{key}`.

use core::fmt;
use core::str::FromStr;

use crate::decision::DecisionError;

/// The longest IRI the crate accepts, in bytes.
const MAX_IRI: usize = 4096;

/// The longest local key, in characters.
const MAX_KEY: usize = 128;

/// An absolute `http` or `https` IRI, as the subject or object of a triple: the identifier of
/// a node in the published graph.
///
/// The scheme is `http://` or `https://` (lower case), followed by a non-empty authority. The
/// IRI may hold non-ASCII characters (it is an IRI, not a URI) but no whitespace, no control
/// character and none of `<` `>` `"` `{` `}` `|` `\` `^` `` ` ``, which would break RDFa
/// attributes or N-Triples; a `%` starts two hexadecimal digits. It is kept exactly as given:
/// IRIs are compared character by character, as RDF compares them.
///
/// ```
/// use bouwstenen::decision::{DecisionError, Iri};
///
/// let iri: Iri = "http://data.lblod.info/id/bestuurseenheden/974816591f269bb7d74aa1720922651529f3d3b2".parse()?;
/// assert_eq!(iri.as_str(), "http://data.lblod.info/id/bestuurseenheden/974816591f269bb7d74aa1720922651529f3d3b2");
/// assert_eq!("urn:uuid:1234".parse::<Iri>(), Err(DecisionError::IriInvalid));
/// assert_eq!("https://example.org/a b".parse::<Iri>(), Err(DecisionError::IriInvalid));
/// assert_eq!("/id/zittingen/1".parse::<Iri>(), Err(DecisionError::IriInvalid));
/// # Ok::<(), DecisionError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iri(String);

impl Iri {
    /// The IRI as text.
    ///
    /// ```
    /// let iri: bouwstenen::decision::Iri = "https://codex.vlaanderen.be/doc/document/1029017".parse()?;
    /// assert_eq!(iri.as_str(), "https://codex.vlaanderen.be/doc/document/1029017");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the IRI has a query (`?`) or a fragment (`#`); a base IRI may have neither.
    ///
    /// ```
    /// use bouwstenen::decision::Iri;
    /// assert!("https://example.org/a#b".parse::<Iri>()?.has_query_or_fragment());
    /// assert!(!"https://example.org/id/".parse::<Iri>()?.has_query_or_fragment());
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn has_query_or_fragment(&self) -> bool {
        self.0.contains(['?', '#'])
    }

    /// Mints the IRI of a session-local node: `{base}{collection}/{key}`, where `base` ends
    /// with `/` (as [`BuildOptions::with_base`](crate::decision::BuildOptions::with_base) makes
    /// sure) and `collection` is one of the [`collection`] names.
    ///
    /// ```
    /// use bouwstenen::decision::{Iri, LocalKey, collection};
    /// let base: Iri = "https://data.voorbeeldgem.be/id/".parse()?;
    /// let key: LocalKey = "2025-01-13-gr".parse()?;
    /// let iri = Iri::mint(&base, collection::ZITTINGEN, &key);
    /// assert_eq!(iri.as_str(), "https://data.voorbeeldgem.be/id/zittingen/2025-01-13-gr");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn mint(base: &Iri, collection: &str, key: &LocalKey) -> Iri {
        // A valid base, a collection of unreserved characters and a valid key give a valid IRI.
        Iri(format!("{}{collection}/{}", base.0, key.0))
    }

    /// The last segment of the IRI's path, when it is a valid local key: the key that the
    /// defaults of child nodes are derived from (§ "Node IRIs" of the module docs).
    ///
    /// ```
    /// use bouwstenen::decision::Iri;
    /// let iri: Iri = "http://data.lblod.info/id/zittingen/5f2a9c".parse()?;
    /// assert_eq!(iri.last_segment().map(|k| k.to_string()).as_deref(), Some("5f2a9c"));
    /// assert_eq!("https://example.org/".parse::<Iri>()?.last_segment(), None);
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn last_segment(&self) -> Option<LocalKey> {
        let path = self.0.split(['?', '#']).next().unwrap_or_default();
        let after_scheme = path.split_once("://").map_or(path, |(_, rest)| rest);
        let (_, path) = after_scheme.split_once('/')?;
        path.rsplit('/').next().and_then(|s| s.parse().ok())
    }

    /// An IRI the crate writes itself (the example session); a unit test checks them.
    pub(crate) fn unchecked(text: &str) -> Iri {
        Iri(text.to_owned())
    }

    /// The IRI with a final `/` added when it has none: the form of a base IRI.
    pub(crate) fn with_trailing_slash(mut self) -> Iri {
        if !self.0.ends_with('/') {
            self.0.push('/');
        }
        self
    }
}

impl FromStr for Iri {
    type Err = DecisionError;

    fn from_str(s: &str) -> Result<Self, DecisionError> {
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or(DecisionError::IriInvalid)?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.is_empty() || s.len() > MAX_IRI {
            return Err(DecisionError::IriInvalid);
        }
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            if c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
                || matches!(c, '\u{FFFE}' | '\u{FFFF}')
                || crate::text::is_forbidden(c)
            {
                return Err(DecisionError::IriInvalid);
            }
            if c == '%' {
                let hex = |c: Option<char>| c.is_some_and(|c| c.is_ascii_hexdigit());
                if !hex(chars.next()) || !hex(chars.next()) {
                    return Err(DecisionError::IriInvalid);
                }
            }
        }
        Ok(Iri(s.to_owned()))
    }
}

impl fmt::Display for Iri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Iri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iri({:?})", self.0)
    }
}

impl serde::Serialize for Iri {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Iri {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The JSON Schema pattern of an [`Iri`].
const IRI_PATTERN: &str = r#"^https?://[^/?#\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]*$"#;

/// The JSON Schema pattern of a [`LocalKey`].
const KEY_PATTERN: &str = "^[A-Za-z0-9._~-]{1,128}$";

impl schemars::JsonSchema for Iri {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Iri".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::decision::Iri".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "IRI",
            "description": "An absolute http or https IRI without whitespace, control characters or any of < > \" { } | \\ ^ `.",
            "type": "string",
            "format": "iri",
            "maxLength": MAX_IRI,
            "pattern": IRI_PATTERN,
        })
    }
}

/// A local key: 1 to 128 characters `A`–`Z`, `a`–`z`, `0`–`9`, `.`, `_`, `~` or `-` (the
/// characters an IRI path segment needs no percent-encoding for). The builder mints it into
/// `{base}{collection}/{key}`; vendors pass their database ids.
///
/// ```
/// use bouwstenen::decision::{DecisionError, LocalKey};
///
/// let key: LocalKey = "2025-01-13-gr".parse()?;
/// assert_eq!(key.as_str(), "2025-01-13-gr");
/// assert_eq!("a/b".parse::<LocalKey>(), Err(DecisionError::IriKey));
/// assert_eq!("".parse::<LocalKey>(), Err(DecisionError::IriKey));
/// # Ok::<(), DecisionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalKey(String);

impl LocalKey {
    /// The key as text.
    ///
    /// ```
    /// let key: bouwstenen::decision::LocalKey = "ap-1".parse()?;
    /// assert_eq!(key.as_str(), "ap-1");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key of a child node: `{self}-{suffix}`, when it still fits 128 characters.
    pub(crate) fn child(&self, suffix: &str) -> Result<LocalKey, DecisionError> {
        format!("{}-{suffix}", self.0).parse()
    }

    /// A key made from free text (an article number such as `2bis` or `1.3`): the characters
    /// a key allows are kept, runs of others become one `-`; `None` when nothing is left.
    pub(crate) fn slug(text: &str) -> Option<String> {
        let mut slug = String::new();
        let mut gap = false;
        for c in text.chars() {
            if is_key_char(c) {
                if gap && !slug.is_empty() {
                    slug.push('-');
                }
                slug.push(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        (!slug.is_empty()).then_some(slug)
    }
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '~' | '-')
}

impl FromStr for LocalKey {
    type Err = DecisionError;

    fn from_str(s: &str) -> Result<Self, DecisionError> {
        if s.is_empty() || s.len() > MAX_KEY || !s.chars().all(is_key_char) {
            return Err(DecisionError::IriKey);
        }
        Ok(LocalKey(s.to_owned()))
    }
}

impl fmt::Display for LocalKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The identifier of a node in the input: an absolute [`Iri`], used as it is, or a
/// [`LocalKey`], minted into `{base}{collection}/{key}` by the
/// [`SessionBuilder`](crate::decision::SessionBuilder). References to other nodes (the chair,
/// the members present, an agenda item) are `NodeId`s too, and name the node the same way it
/// names itself: by its key or by its IRI.
///
/// In JSON it is a string; a string that starts with `http://` or `https://` is an IRI,
/// anything else a key. After [`build`](crate::decision::SessionBuilder::build), every
/// identifier and reference of a [`Zitting`](crate::decision::Zitting) is an IRI.
///
/// ```
/// use bouwstenen::decision::{DecisionError, NodeId};
///
/// let key: NodeId = "m1".parse()?;
/// assert!(key.as_iri().is_none());
/// let iri: NodeId = "http://data.lblod.info/id/mandatarissen/5fed9b6d".parse()?;
/// assert_eq!(iri.as_iri().map(|i| i.as_str()), Some("http://data.lblod.info/id/mandatarissen/5fed9b6d"));
/// assert_eq!("http://a b".parse::<NodeId>(), Err(DecisionError::IriInvalid));
/// assert_eq!("m 1".parse::<NodeId>(), Err(DecisionError::IriKey));
/// assert_eq!(serde_json::to_string(&key).unwrap(), r#""m1""#);
/// # Ok::<(), DecisionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeId {
    /// An absolute IRI, used verbatim.
    Iri(Iri),
    /// A local key, minted under the base IRI.
    Key(LocalKey),
}

impl NodeId {
    /// The IRI, when the identifier is one.
    ///
    /// ```
    /// use bouwstenen::decision::NodeId;
    /// let id: NodeId = "https://data.voorbeeldgem.be/id/zittingen/1".parse()?;
    /// assert!(id.as_iri().is_some());
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn as_iri(&self) -> Option<&Iri> {
        match self {
            NodeId::Iri(iri) => Some(iri),
            NodeId::Key(_) => None,
        }
    }

    /// The identifier as text: the IRI or the key.
    ///
    /// ```
    /// let id: bouwstenen::decision::NodeId = "ap-1".parse()?;
    /// assert_eq!(id.as_str(), "ap-1");
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            NodeId::Iri(iri) => iri.as_str(),
            NodeId::Key(key) => key.as_str(),
        }
    }

    /// The IRI this identifier stands for in `collection`: the IRI itself, or the key minted
    /// under `base`.
    ///
    /// # Errors
    ///
    /// [`DecisionError::IriBase`] for a key when there is no base IRI.
    ///
    /// ```
    /// use bouwstenen::decision::{DecisionError, Iri, NodeId, collection};
    /// let base: Iri = "https://data.voorbeeldgem.be/id/".parse()?;
    /// let id: NodeId = "m1".parse()?;
    /// assert_eq!(id.resolve(Some(&base), collection::MANDATARISSEN)?.as_str(),
    ///            "https://data.voorbeeldgem.be/id/mandatarissen/m1");
    /// assert_eq!(id.resolve(None, collection::MANDATARISSEN), Err(DecisionError::IriBase));
    /// # Ok::<(), DecisionError>(())
    /// ```
    pub fn resolve(&self, base: Option<&Iri>, collection: &str) -> Result<Iri, DecisionError> {
        match self {
            NodeId::Iri(iri) => Ok(iri.clone()),
            NodeId::Key(key) => base
                .map(|base| Iri::mint(base, collection, key))
                .ok_or(DecisionError::IriBase),
        }
    }

    /// The key that child nodes derive their default keys from: the key itself, or the last
    /// path segment of the IRI when that is a valid key.
    pub(crate) fn key(&self) -> Option<LocalKey> {
        match self {
            NodeId::Iri(iri) => iri.last_segment(),
            NodeId::Key(key) => Some(key.clone()),
        }
    }
}

impl From<Iri> for NodeId {
    fn from(iri: Iri) -> Self {
        NodeId::Iri(iri)
    }
}

impl From<LocalKey> for NodeId {
    fn from(key: LocalKey) -> Self {
        NodeId::Key(key)
    }
}

impl FromStr for NodeId {
    type Err = DecisionError;

    fn from_str(s: &str) -> Result<Self, DecisionError> {
        if s.starts_with("http://") || s.starts_with("https://") {
            s.parse().map(NodeId::Iri)
        } else {
            s.parse().map(NodeId::Key)
        }
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NodeId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for NodeId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for NodeId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NodeId".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::decision::NodeId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Node identifier",
            "description": "The identifier of a node, or a reference to one: an absolute http or https IRI, used as it is, or a local key of 1 to 128 characters A-Z a-z 0-9 . _ ~ -, minted into {base}{collection}/{key}.",
            "type": "string",
            "anyOf": [
                {"format": "iri", "maxLength": MAX_IRI, "pattern": IRI_PATTERN},
                {"pattern": KEY_PATTERN},
            ],
        })
    }
}

/// The collection names of minted IRIs, `{base}{collection}/{key}` (the LBLOD conventions).
///
/// ```
/// use bouwstenen::decision::collection;
/// assert_eq!(collection::BEHANDELINGEN, "behandelingen-van-agendapunten");
/// ```
pub mod collection {
    /// Sessions (`besluit:Zitting`).
    pub const ZITTINGEN: &str = "zittingen";
    /// Agendas (`foaf:Document`).
    pub const AGENDAS: &str = "agendas";
    /// Lists of decisions (`foaf:Document`).
    pub const BESLUITENLIJSTEN: &str = "besluitenlijsten";
    /// Minutes (`foaf:Document`).
    pub const NOTULEN: &str = "notulen";
    /// Extracts (`foaf:Document`).
    pub const UITTREKSELS: &str = "uittreksels";
    /// Agenda items (`besluit:Agendapunt`).
    pub const AGENDAPUNTEN: &str = "agendapunten";
    /// Treatments of agenda items (`besluit:BehandelingVanAgendapunt`).
    pub const BEHANDELINGEN: &str = "behandelingen-van-agendapunten";
    /// Votes (`besluit:Stemming`).
    pub const STEMMINGEN: &str = "stemmingen";
    /// Decisions (`besluit:Besluit`).
    pub const BESLUITEN: &str = "besluiten";
    /// What a decision enacts (`eli:LegalResource`).
    pub const RECHTSGRONDEN: &str = "rechtsgronden";
    /// Articles (`besluit:Artikel`).
    pub const ARTIKELS: &str = "artikels";
    /// What an article enacts (`eli:LegalResourceSubdivision`).
    pub const RECHTSGRONDONDERDELEN: &str = "rechtsgrondonderdelen";
    /// Locations (`prov:Location`).
    pub const LOCATIES: &str = "locaties";
    /// Governing bodies (`besluit:Bestuursorgaan`).
    pub const BESTUURSORGANEN: &str = "bestuursorganen";
    /// Administrative units (`besluit:Bestuurseenheid`).
    pub const BESTUURSEENHEDEN: &str = "bestuurseenheden";
    /// Areas of jurisdiction (`prov:Location`).
    pub const WERKINGSGEBIEDEN: &str = "werkingsgebieden";
    /// Office holders (`mandaat:Mandataris`).
    pub const MANDATARISSEN: &str = "mandatarissen";
    /// Persons (`person:Person`).
    pub const PERSONEN: &str = "personen";
    /// Mandates (`mandaat:Mandaat`).
    pub const MANDATEN: &str = "mandaten";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_rules() {
        for ok in [
            "http://a",
            "https://data.vlaanderen.be/id/concept/x",
            "https://example.org/é/%C3%A9?q=1#f",
            "http://[::1]:8080/x",
        ] {
            assert!(ok.parse::<Iri>().is_ok(), "{ok}");
        }
        for bad in [
            "",
            "http://",
            "HTTP://a",
            "ftp://a",
            "http:///x",
            "https://a/b c",
            "https://a/<b>",
            "https://a/%zz",
            "https://a/%4",
            "https://a/\u{0}",
            "https://a/\u{200B}",
            "https://a/{x}",
        ] {
            assert_eq!(
                bad.parse::<Iri>(),
                Err(DecisionError::IriInvalid),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn slugs_and_keys() {
        assert_eq!(LocalKey::slug("2bis").as_deref(), Some("2bis"));
        assert_eq!(LocalKey::slug(" § 3, lid 2 ").as_deref(), Some("3-lid-2"));
        assert_eq!(LocalKey::slug("§"), None);
        let long = "a".repeat(128);
        let key: LocalKey = long.parse().unwrap();
        assert_eq!(key.child("1"), Err(DecisionError::IriKey));
        assert_eq!(
            "a".repeat(129).parse::<LocalKey>(),
            Err(DecisionError::IriKey)
        );
    }

    #[test]
    fn last_segment() {
        let iri: Iri = "https://a/b/c?x#y".parse().unwrap();
        assert_eq!(iri.last_segment().unwrap().as_str(), "c");
        let iri: Iri = "https://a".parse().unwrap();
        assert_eq!(iri.last_segment(), None);
    }
}
