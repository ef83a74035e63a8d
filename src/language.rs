//! The languages of Belgian public data, as used in language-tagged names.

use core::fmt;
use core::str::FromStr;

/// A language in which Belgian registers publish names: Dutch, French, German and English.
///
/// It reads and prints the two-letter ISO 639-1 code that OSLO uses as the language tag of a
/// name (`"spelling": "Gent", "taal": "nl"`). Parsing ignores case and surrounding whitespace,
/// and also accepts the Dutch, French and German names of the language.
///
/// ```
/// use bouwstenen::Language;
///
/// let fr: Language = "FR".parse()?;
/// assert_eq!(fr, Language::Fr);
/// assert_eq!(fr.to_string(), "fr");
/// assert_eq!("Deutsch".parse::<Language>()?, Language::De);
/// # Ok::<(), bouwstenen::LanguageError>(())
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
    Default,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(
    rename = "Language",
    title = "Language",
    description = "An ISO 639-1 language code as OSLO uses it to tag names: nl, fr, de or en."
)]
#[non_exhaustive]
pub enum Language {
    /// Dutch (`nl`), the default.
    #[default]
    Nl,
    /// French (`fr`).
    Fr,
    /// German (`de`).
    De,
    /// English (`en`).
    En,
}

/// Why a text is not a [`Language`].
///
/// ```
/// use bouwstenen::{Language, LanguageError};
/// assert_eq!("xx".parse::<Language>(), Err(LanguageError));
/// assert_eq!(LanguageError.code(), "language.unknown");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown language; expected nl, fr, de or en")]
pub struct LanguageError;

impl LanguageError {
    /// Every machine code this error can have: just `language.unknown`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::LanguageError::CODES, ["language.unknown"]);
    /// ```
    pub const CODES: &'static [&'static str] = &["language.unknown"];

    /// The stable machine code, `language.unknown`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::LanguageError.code(), "language.unknown");
    /// ```
    pub const fn code(&self) -> &'static str {
        "language.unknown"
    }
}

impl crate::error::ErrorCode for LanguageError {
    fn code(&self) -> &'static str {
        LanguageError::code(self)
    }
}

impl Language {
    /// All languages, in declaration order.
    ///
    /// ```
    /// assert_eq!(bouwstenen::Language::ALL.len(), 4);
    /// ```
    pub const ALL: [Language; 4] = [Language::Nl, Language::Fr, Language::De, Language::En];

    /// The two-letter code: `nl`, `fr`, `de` or `en`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::Language::De.code(), "de");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::De => "de",
            Language::En => "en",
        }
    }
}

impl FromStr for Language {
    type Err = LanguageError;

    fn from_str(s: &str) -> Result<Self, LanguageError> {
        let s = s.trim();
        const NAMES: [(&str, Language); 20] = [
            ("nl", Language::Nl),
            ("fr", Language::Fr),
            ("de", Language::De),
            ("en", Language::En),
            ("nederlands", Language::Nl),
            ("dutch", Language::Nl),
            ("néerlandais", Language::Nl),
            ("niederländisch", Language::Nl),
            ("frans", Language::Fr),
            ("français", Language::Fr),
            ("french", Language::Fr),
            ("französisch", Language::Fr),
            ("duits", Language::De),
            ("deutsch", Language::De),
            ("german", Language::De),
            ("allemand", Language::De),
            ("engels", Language::En),
            ("english", Language::En),
            ("anglais", Language::En),
            ("englisch", Language::En),
        ];
        NAMES
            .iter()
            .find(|(name, _)| s.eq_ignore_ascii_case(name) || s.to_lowercase() == *name)
            .map(|&(_, language)| language)
            .ok_or(LanguageError)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
