//! OVO code: the identifier of the Flemish organisation register (Wegwijs).

use core::fmt;

use crate::ParseOptions;
use crate::error::error_enum;
use crate::identifiers::identifier_traits;
use crate::text::{self, AsciiBuf};

/// An OVO code: the stable identifier of an organisation in the Flemish organisation register
/// (*organisatieregister*, Wegwijs), such as a municipality, an OCMW or an intermunicipal
/// association.
///
/// # Format
///
/// `OVO` followed by six digits, assigned in sequence from `OVO000001`; the code carries no
/// meaning and no check digit. Only whitespace is removed on input (no separators), the prefix
/// may be in lower case, and `OVO000000` is rejected because it is never assigned.
///
/// ```
/// use bouwstenen::OvoCode;
///
/// let ovo: OvoCode = "ovo 002949".parse()?;
/// assert_eq!(ovo.as_str(), "OVO002949");
/// assert_eq!(ovo.number(), 2949);
/// # Ok::<(), bouwstenen::OvoCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OvoCode(AsciiBuf<9>);

error_enum! {
    /// Why a text is not a valid [`OvoCode`].
    ///
    /// ```
    /// use bouwstenen::{OvoCode, OvoCodeError};
    /// assert_eq!("OVO000000".parse::<OvoCode>(), Err(OvoCodeError::Reserved));
    /// ```
    pub enum OvoCodeError {
        /// The value is empty or only whitespace.
        #[error("the value is empty")]
        Empty = "ovo.empty",
        /// A character that an OVO code cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "ovo.character",
        /// The `OVO` prefix is missing.
        #[error("an OVO code starts with OVO")]
        Prefix = "ovo.prefix",
        /// Not six digits after `OVO`.
        #[error("expected 6 digits after OVO, found {found}")]
        Length {
            /// How many letters and digits were found after the prefix.
            found: usize,
        } = "ovo.length",
        /// `OVO000000`, which is never assigned.
        #[error("the code OVO000000 is never assigned")]
        Reserved = "ovo.reserved",
    }
}

impl OvoCode {
    /// Parses an OVO code. Lenient and strict are the same for this type.
    ///
    /// ```
    /// use bouwstenen::{OvoCode, ParseOptions};
    /// assert!(OvoCode::parse_with("OVO-002949", &ParseOptions::lenient()).is_err());
    /// ```
    pub fn parse_with(input: &str, _options: &ParseOptions) -> Result<Self, OvoCodeError> {
        let compact = text::compact::<9>(input.chars(), b"")?;
        let Some(digits) = compact.text.as_bytes().strip_prefix(b"OVO") else {
            return Err(OvoCodeError::Prefix);
        };
        let found = compact.count.saturating_sub(3);
        if found != 6 {
            return Err(OvoCodeError::Length { found });
        }
        if let Some(c) = text::first_non_digit(digits) {
            return Err(OvoCodeError::InvalidCharacter(c));
        }
        if digits == b"000000" {
            return Err(OvoCodeError::Reserved);
        }
        Ok(Self(compact.text))
    }

    /// The code: `OVO` and six digits.
    ///
    /// ```
    /// let ovo: bouwstenen::OvoCode = " OVO002037 ".parse()?;
    /// assert_eq!(ovo.as_str(), "OVO002037");
    /// # Ok::<(), bouwstenen::OvoCodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The sequence number after `OVO`, from 1 to 999 999.
    ///
    /// ```
    /// let ovo: bouwstenen::OvoCode = "OVO000001".parse()?;
    /// assert_eq!(ovo.number(), 1);
    /// # Ok::<(), bouwstenen::OvoCodeError>(())
    /// ```
    pub fn number(&self) -> u32 {
        text::digits_value(self.0.tail(3).as_bytes())
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    }
}

impl fmt::Display for OvoCode {
    /// The code as written: `OVO` and six digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

identifier_traits!(
    OvoCode,
    OvoCodeError,
    kind: "ovo",
    title: "OVO code",
    description: "Identifier of an organisation in the Flemish organisation register (Wegwijs): OVO followed by 6 digits, never OVO000000.",
    pattern: "^OVO(00000[1-9]|0000[1-9][0-9]|000[1-9][0-9]{2}|00[1-9][0-9]{3}|0[1-9][0-9]{4}|[1-9][0-9]{5})$",
    example: "OVO002949",
    debug_hides: 0,
);
