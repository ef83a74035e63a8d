//! BIC: the ISO 9362 business identifier code of a bank.

use core::fmt;

use crate::ParseOptions;
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// A BIC (business identifier code, ISO 9362, often called the SWIFT code) of a bank.
///
/// # Format
///
/// 8 or 11 characters: a 4-letter party prefix, the 2-letter ISO 3166-1 country code (or `XK`
/// for Kosovo), a 2-character location code and an optional 3-character branch code. The party
/// prefix must be letters, as SWIFT's policy requires (ISO 9362:2022 would also allow digits).
///
/// ```
/// use bouwstenen::Bic;
///
/// let bic: Bic = "geba-be-bb".parse()?;
/// assert_eq!(bic.as_str(), "GEBABEBB");
/// assert_eq!(bic.country_code(), "BE");
/// assert_eq!(bic.branch_code(), None);
/// # Ok::<(), bouwstenen::BicError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bic(AsciiBuf<11>);

error_enum! {
    /// Why a text is not a valid [`Bic`].
    ///
    /// ```
    /// use bouwstenen::{Bic, BicError};
    /// assert_eq!("GEBAXXBB".parse::<Bic>(), Err(BicError::Country));
    /// ```
    pub enum BicError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "bic.empty",
        /// A character that a BIC cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "bic.character",
        /// Not 8 or 11 characters.
        #[error("expected 8 or 11 letters and digits, found {found}")]
        Length {
            /// How many letters and digits were found.
            found: usize,
        } = "bic.length",
        /// A digit in the party prefix or the country code.
        #[error("the party prefix and the country code must be letters")]
        Format = "bic.format",
        /// The country code is not an ISO 3166-1 code.
        #[error("unknown country code")]
        Country = "bic.country",
    }
}

impl Bic {
    /// Parses a BIC with the given options.
    ///
    /// ```
    /// use bouwstenen::{Bic, ParseOptions};
    /// let bic = Bic::parse_with("GEBA BE BB 021", &ParseOptions::strict())?;
    /// assert_eq!(bic.branch_code(), Some("021"));
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, BicError> {
        or_stdnum(Self::parse_strict(input), options, || {
            Self::parse_strict(&stdnum::bic(input)?).ok()
        })
    }

    fn parse_strict(input: &str) -> Result<Self, BicError> {
        let compact = text::compact::<11>(input.chars(), text::SEPARATORS)?;
        let all = compact
            .complete()
            .filter(|t| t.len() == 8 || t.len() == 11)
            .ok_or(BicError::Length {
                found: compact.count,
            })?;
        let letters = all.get(..6).unwrap_or_default();
        if !letters.iter().all(u8::is_ascii_uppercase) {
            return Err(BicError::Format);
        }
        if !is_country_code(letters.get(4..6).unwrap_or_default()) {
            return Err(BicError::Country);
        }
        Ok(Self(compact.text))
    }

    /// The compact form: 8 or 11 characters.
    ///
    /// ```
    /// let bic: bouwstenen::Bic = "KREDBEBB".parse()?;
    /// assert_eq!(bic.as_str(), "KREDBEBB");
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The 4-letter party prefix (formerly the bank code).
    ///
    /// ```
    /// let bic: bouwstenen::Bic = "GKCCBEBB".parse()?;
    /// assert_eq!(bic.party_prefix(), "GKCC");
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn party_prefix(&self) -> &str {
        self.as_str().get(..4).unwrap_or_default()
    }

    /// The ISO 3166-1 alpha-2 country code.
    ///
    /// ```
    /// let bic: bouwstenen::Bic = "ARSPBE22".parse()?;
    /// assert_eq!(bic.country_code(), "BE");
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn country_code(&self) -> &str {
        self.as_str().get(4..6).unwrap_or_default()
    }

    /// The 2-character location code.
    ///
    /// ```
    /// let bic: bouwstenen::Bic = "BPOTBEB1".parse()?;
    /// assert_eq!(bic.location_code(), "B1");
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn location_code(&self) -> &str {
        self.as_str().get(6..8).unwrap_or_default()
    }

    /// The 3-character branch code of an 11-character BIC.
    ///
    /// ```
    /// let bic: bouwstenen::Bic = "GEBABEBBXXX".parse()?;
    /// assert_eq!(bic.branch_code(), Some("XXX"));
    /// # Ok::<(), bouwstenen::BicError>(())
    /// ```
    pub fn branch_code(&self) -> Option<&str> {
        self.as_str().get(8..11)
    }
}

/// ISO 3166-1 alpha-2 codes (as listed by pycountry 26.2.16) and `XK` (Kosovo), which SWIFT uses.
const COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG \
BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX \
CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN \
GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI \
KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ \
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR \
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC \
TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE \
YT ZA ZM ZW";

fn is_country_code(code: &[u8]) -> bool {
    code.len() == 2
        && COUNTRY_CODES
            .as_bytes()
            .chunks(3)
            .any(|entry| entry.get(..2) == Some(code))
}

impl fmt::Display for Bic {
    /// The BIC as written: 8 or 11 characters without spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

identifier_traits!(
    Bic,
    BicError,
    kind: "bic",
    title: "BIC",
    description: "Business identifier code (ISO 9362, SWIFT policy) of a bank: 4 letters, an ISO 3166-1 country code, 2 letters or digits and an optional 3-character branch code, in upper case without spaces.",
    pattern: "^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$",
    example: "GEBABEBB",
    debug_hides: 0,
);
