//! KBO/BCE establishment unit number (*vestigingseenheidsnummer*).

use core::fmt;

use crate::ParseOptions;
use crate::error::error_enum;
use crate::identifiers::identifier_traits;
use crate::identifiers::kbo::{self, BePrefix, Fault};
use crate::text::{self, AsciiBuf};

/// A Belgian establishment unit number (*vestigingseenheidsnummer*, *numéro d'unité
/// d'établissement*): a place where an enterprise carries out its activity, registered in the
/// Crossroads Bank for Enterprises.
///
/// # Format
///
/// Ten digits, the first `2` to `8`, displayed `2.147.812.701`. The last two digits are
/// `97 − (first eight digits mod 97)`, as for enterprise numbers. There is no `BE` prefix.
/// python-stdnum has no module for it, so the lenient mode is the strict one.
///
/// ```
/// use bouwstenen::EstablishmentUnitNumber;
///
/// let unit: EstablishmentUnitNumber = "2.147.812.701".parse()?;
/// assert_eq!(unit.as_str(), "2147812701");
/// assert_eq!(unit.to_string(), "2.147.812.701");
/// # Ok::<(), bouwstenen::EstablishmentUnitNumberError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EstablishmentUnitNumber(AsciiBuf<10>);

error_enum! {
    /// Why a text is not a valid [`EstablishmentUnitNumber`].
    ///
    /// ```
    /// use bouwstenen::{EstablishmentUnitNumber, EstablishmentUnitNumberError};
    /// // An enterprise number is not an establishment unit number.
    /// assert_eq!(
    ///     "0403019261".parse::<EstablishmentUnitNumber>(),
    ///     Err(EstablishmentUnitNumberError::FirstDigit)
    /// );
    /// ```
    pub enum EstablishmentUnitNumberError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "establishment.empty",
        /// A character that an establishment unit number cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "establishment.character",
        /// Not 10 digits.
        #[error("expected 10 digits, found {found}")]
        Length {
            /// How many digits (and letters) were found.
            found: usize,
        } = "establishment.length",
        /// The first digit is not 2 to 8.
        #[error("the first digit must be 2 to 8")]
        FirstDigit = "establishment.first_digit",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "establishment.checksum",
    }
}

impl From<Fault> for EstablishmentUnitNumberError {
    fn from(fault: Fault) -> Self {
        match fault {
            Fault::Text(err) => err.into(),
            Fault::Length(found) => Self::Length { found },
            Fault::FirstDigit => Self::FirstDigit,
            // An establishment unit number never has a prefix.
            Fault::Checksum | Fault::MissingPrefix => Self::Checksum,
        }
    }
}

impl EstablishmentUnitNumber {
    /// Parses an establishment unit number. Lenient and strict are the same for this type.
    ///
    /// ```
    /// use bouwstenen::{EstablishmentUnitNumber, ParseOptions};
    /// let unit = EstablishmentUnitNumber::parse_with("8000000071", &ParseOptions::strict())?;
    /// assert_eq!(unit.to_string(), "8.000.000.071");
    /// # Ok::<(), bouwstenen::EstablishmentUnitNumberError>(())
    /// ```
    pub fn parse_with(
        input: &str,
        _options: &ParseOptions,
    ) -> Result<Self, EstablishmentUnitNumberError> {
        Ok(Self(kbo::parse(input, BePrefix::Forbidden, 2..=8)?))
    }

    /// The compact electronic form: 10 digits.
    ///
    /// ```
    /// let unit: bouwstenen::EstablishmentUnitNumber = "2 147 812 897".parse()?;
    /// assert_eq!(unit.as_str(), "2147812897");
    /// # Ok::<(), bouwstenen::EstablishmentUnitNumberError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for EstablishmentUnitNumber {
    /// The display form `X.XXX.XXX.XXX`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_grouped(f, self.as_str(), &[1, 3, 3, 3], &[".", ".", "."])
    }
}

identifier_traits!(
    EstablishmentUnitNumber,
    EstablishmentUnitNumberError,
    kind: "establishment",
    title: "Establishment unit number",
    description: "Belgian establishment unit number (vestigingseenheidsnummer) from the Crossroads Bank for Enterprises (KBO/BCE), as 10 digits without separators. The first digit is 2 to 8; the last two are 97 - (first 8 digits mod 97).",
    pattern: "^[2-8][0-9]{9}$",
    example: "2147812701",
    debug_hides: 0,
);
