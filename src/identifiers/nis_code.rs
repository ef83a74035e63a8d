//! NIS/REFNIS code: Statbel's code for municipalities and the levels above them.

use core::fmt;

use crate::ParseOptions;
use crate::error::error_enum;
use crate::identifiers::identifier_traits;
use crate::text::{self, AsciiBuf};

/// A NIS code (REFNIS, *NIS-code*, *code INS*): Statbel's five-digit code for Belgium, its
/// regions, provinces, arrondissements and municipalities, and for foreign countries.
///
/// # Format
///
/// Five digits. The first is the province, the second the arrondissement, the last three the
/// municipality within the arrondissement: `71066` is Zonhoven, `71000` the arrondissement
/// Hasselt, `70000` the province Limburg. Special codes: `01000` Belgium, `02000`, `03000` and
/// `04000` the Flemish, Walloon and Brussels regions, `20001` and `20002` the provinces Flemish
/// and Walloon Brabant; codes starting with `00` are foreign countries.
///
/// This is structural validation only: there is no check digit, and whether a code exists
/// (and when) needs Statbel's dated table, which the addresses component brings. Only whitespace
/// is removed on input; `44.021` is rejected.
///
/// ```
/// use bouwstenen::{NisCode, NisLevel};
///
/// let gent: NisCode = "44021".parse()?;
/// assert_eq!(gent.level(), NisLevel::Municipality);
/// assert_eq!(gent.province().map(|p| p.to_string()), Some("40000".to_owned()));
/// assert_eq!(gent.arrondissement().map(|a| a.to_string()), Some("44000".to_owned()));
/// # Ok::<(), bouwstenen::NisCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NisCode(AsciiBuf<5>);

/// The level of the territory a [`NisCode`] stands for, read from its structure.
///
/// ```
/// use bouwstenen::{NisCode, NisLevel};
/// assert_eq!("02000".parse::<NisCode>()?.level(), NisLevel::Region);
/// assert_eq!("20001".parse::<NisCode>()?.level(), NisLevel::Province);
/// assert_eq!("00111".parse::<NisCode>()?.level(), NisLevel::ForeignCountry);
/// # Ok::<(), bouwstenen::NisCodeError>(())
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
#[serde(rename_all = "snake_case")]
#[schemars(
    rename = "NisLevel",
    title = "NIS level",
    description = "The level of the territory a NIS code stands for, read from its structure."
)]
#[non_exhaustive]
pub enum NisLevel {
    /// `01000`: Belgium.
    Country,
    /// `02000`, `03000`, `04000`: the Flemish, Walloon and Brussels-Capital regions.
    Region,
    /// `X0000`, and `20001`/`20002` for Flemish and Walloon Brabant.
    Province,
    /// `XY000` with Y not 0.
    Arrondissement,
    /// Any other code with a first digit from 1 to 9.
    Municipality,
    /// `00XXX`: a foreign country.
    ForeignCountry,
    /// A code starting with 0 that is none of the above.
    Other,
}

error_enum! {
    /// Why a text is not a valid [`NisCode`].
    ///
    /// ```
    /// use bouwstenen::{NisCode, NisCodeError};
    /// assert_eq!("44.021".parse::<NisCode>(), Err(NisCodeError::InvalidCharacter('.')));
    /// ```
    pub enum NisCodeError {
        /// The value is empty or only whitespace.
        #[error("the value is empty")]
        Empty = "nis.empty",
        /// A character that a NIS code cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "nis.character",
        /// Not 5 digits.
        #[error("expected 5 digits, found {found}")]
        Length {
            /// How many digits (and letters) were found.
            found: usize,
        } = "nis.length",
    }
}

impl NisCode {
    /// Parses a NIS code. Lenient and strict are the same for this type.
    ///
    /// ```
    /// use bouwstenen::{NisCode, ParseOptions};
    /// let code = NisCode::parse_with(" 44021 ", &ParseOptions::strict())?;
    /// assert_eq!(code.as_str(), "44021");
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn parse_with(input: &str, _options: &ParseOptions) -> Result<Self, NisCodeError> {
        Ok(Self(text::fixed_digits::<5>(input, b"")?))
    }

    /// A code from a table the crate generates (the municipality register), which only holds
    /// five ASCII digits; the tests parse every code of those tables. Infallible: bytes that
    /// were not ASCII would give an empty code rather than a panic.
    pub(crate) fn from_generated(digits: &[u8; 5]) -> NisCode {
        NisCode(AsciiBuf::from_ascii(digits).unwrap_or_default())
    }

    /// The five digits.
    ///
    /// ```
    /// let code: bouwstenen::NisCode = "01000".parse()?;
    /// assert_eq!(code.as_str(), "01000");
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The level of territory this code stands for.
    ///
    /// ```
    /// use bouwstenen::{NisCode, NisLevel};
    /// assert_eq!("71000".parse::<NisCode>()?.level(), NisLevel::Arrondissement);
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn level(&self) -> NisLevel {
        let b = self.0.as_bytes();
        match b {
            b"01000" => NisLevel::Country,
            b"02000" | b"03000" | b"04000" => NisLevel::Region,
            b"20001" | b"20002" => NisLevel::Province,
            [b'0', b'0', ..] => NisLevel::ForeignCountry,
            [b'0', ..] => NisLevel::Other,
            [_, b'0', b'0', b'0', b'0'] => NisLevel::Province,
            [_, _, b'0', b'0', b'0'] => NisLevel::Arrondissement,
            _ => NisLevel::Municipality,
        }
    }

    /// The province code of a province, arrondissement or municipality code: `X0000` from the
    /// first digit, except in the former province of Brabant (first digit 2), where the
    /// arrondissements 23 and 24 give Flemish Brabant `20001`, 25 gives Walloon Brabant `20002`,
    /// and the Brussels-Capital Region (21) has no province. The digits of a code are
    /// historical: a municipality that moved arrondissement in a merger keeps its old code.
    ///
    /// ```
    /// let zonhoven: bouwstenen::NisCode = "71066".parse()?;
    /// assert_eq!(zonhoven.province().map(|p| p.to_string()), Some("70000".to_owned()));
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn province(&self) -> Option<NisCode> {
        match self.level() {
            NisLevel::Province | NisLevel::Arrondissement | NisLevel::Municipality => {
                let code: &[u8; 5] = match self.0.as_bytes() {
                    [b'2', b'0', b'0', b'0', b'1' | b'2'] => return Some(*self),
                    [b'2', b'1', ..] => return None,
                    [b'2', b'3' | b'4', ..] => b"20001",
                    [b'2', b'5', ..] => b"20002",
                    [first, ..] => &[*first, b'0', b'0', b'0', b'0'],
                    [] => return None,
                };
                AsciiBuf::from_ascii(code).map(Self)
            }
            _ => None,
        }
    }

    /// The arrondissement code (`XY000`) of an arrondissement or municipality code.
    ///
    /// ```
    /// let zonhoven: bouwstenen::NisCode = "71066".parse()?;
    /// assert_eq!(zonhoven.arrondissement().map(|a| a.to_string()), Some("71000".to_owned()));
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn arrondissement(&self) -> Option<NisCode> {
        match self.level() {
            NisLevel::Arrondissement | NisLevel::Municipality => {
                let [a, b, ..] = self.0.as_bytes() else {
                    return None;
                };
                AsciiBuf::from_ascii(&[*a, *b, b'0', b'0', b'0']).map(Self)
            }
            _ => None,
        }
    }
}

impl fmt::Display for NisCode {
    /// The five digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

identifier_traits!(
    NisCode,
    NisCodeError,
    kind: "nis",
    title: "NIS code",
    description: "Statbel NIS/REFNIS code of Belgium, a region, province, arrondissement or municipality (or a foreign country) as 5 digits. Structural validity only: whether a code exists at a given date needs Statbel's table.",
    pattern: "^[0-9]{5}$",
    example: "44021",
    debug_hides: 0,
);
