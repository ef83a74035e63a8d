//! KBO/BCE enterprise number (*ondernemingsnummer*, *numéro d'entreprise*).

use core::fmt;

use crate::ParseOptions;
use crate::error::error_enum;
use crate::identifiers::kbo::{self, BePrefix, Fault};
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// A Belgian enterprise number from the Crossroads Bank for Enterprises (KBO/BCE).
///
/// # Format
///
/// Ten digits, the first `0` or `1` (the `1` series is issued since 2023), displayed
/// `0403.019.261`. The last two digits are `97 − (first eight digits mod 97)`. A `BE` prefix is
/// accepted and dropped, so a VAT number parses as its enterprise number. The 9-digit numbers from
/// before 2003 are rejected; the [lenient mode](crate::ParseOptions::lenient) puts a `0` in front
/// of them, as python-stdnum does.
///
/// ```
/// use bouwstenen::EnterpriseNumber;
///
/// let kbo: EnterpriseNumber = "0403.019.261".parse()?;
/// assert_eq!(kbo.as_str(), "0403019261");
/// assert_eq!(kbo.to_string(), "0403.019.261");
/// assert_eq!(kbo.to_vat_number().to_string(), "BE 0403.019.261");
/// # Ok::<(), bouwstenen::EnterpriseNumberError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnterpriseNumber(AsciiBuf<10>);

error_enum! {
    /// Why a text is not a valid [`EnterpriseNumber`].
    ///
    /// ```
    /// use bouwstenen::{EnterpriseNumber, EnterpriseNumberError};
    /// assert_eq!("2111111111".parse::<EnterpriseNumber>(), Err(EnterpriseNumberError::FirstDigit));
    /// ```
    pub enum EnterpriseNumberError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "enterprise.empty",
        /// A character that an enterprise number cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "enterprise.character",
        /// Not 10 digits.
        #[error("expected 10 digits, found {found}")]
        Length {
            /// How many digits (and letters) were found.
            found: usize,
        } = "enterprise.length",
        /// The first digit is not 0 or 1.
        #[error("the first digit must be 0 or 1")]
        FirstDigit = "enterprise.first_digit",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "enterprise.checksum",
    }
}

impl From<Fault> for EnterpriseNumberError {
    fn from(fault: Fault) -> Self {
        match fault {
            Fault::Text(err) => err.into(),
            Fault::Length(found) => Self::Length { found },
            Fault::FirstDigit => Self::FirstDigit,
            // An enterprise number may have a BE prefix but does not need one.
            Fault::Checksum | Fault::MissingPrefix => Self::Checksum,
        }
    }
}

impl EnterpriseNumber {
    /// Parses an enterprise number with the given options.
    ///
    /// ```
    /// use bouwstenen::{EnterpriseNumber, ParseOptions};
    /// let legacy = EnterpriseNumber::parse_with("(0)403.019.261", &ParseOptions::lenient())?;
    /// assert_eq!(legacy.as_str(), "0403019261");
    /// # Ok::<(), bouwstenen::EnterpriseNumberError>(())
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, EnterpriseNumberError> {
        let strict = kbo::parse(input, BePrefix::Optional, 0..=1).map_err(Into::into);
        or_stdnum(strict.map(Self), options, || {
            stdnum::enterprise(input).map(Self)
        })
    }

    /// Wraps ten digits that have been validated as an enterprise number.
    pub(crate) const fn from_digits(digits: AsciiBuf<10>) -> Self {
        Self(digits)
    }

    /// The compact electronic form: 10 digits.
    ///
    /// ```
    /// let kbo: bouwstenen::EnterpriseNumber = "BE 0403 019 261".parse()?;
    /// assert_eq!(kbo.as_str(), "0403019261");
    /// # Ok::<(), bouwstenen::EnterpriseNumberError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The Belgian VAT number of this enterprise: `BE` followed by the enterprise number.
    ///
    /// ```
    /// let kbo: bouwstenen::EnterpriseNumber = "1001.686.633".parse()?;
    /// assert_eq!(kbo.to_vat_number().as_str(), "BE1001686633");
    /// # Ok::<(), bouwstenen::EnterpriseNumberError>(())
    /// ```
    pub fn to_vat_number(&self) -> crate::VatNumber {
        crate::VatNumber::from_enterprise_number(*self)
    }
}

impl fmt::Display for EnterpriseNumber {
    /// The display form `0XXX.XXX.XXX`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_grouped(f, self.as_str(), &[4, 3, 3], &[".", "."])
    }
}

identifier_traits!(
    EnterpriseNumber,
    EnterpriseNumberError,
    kind: "enterprise",
    title: "Enterprise number",
    description: "Belgian enterprise number (ondernemingsnummer) from the Crossroads Bank for Enterprises (KBO/BCE), as 10 digits without separators. The first digit is 0 or 1; the last two are 97 - (first 8 digits mod 97).",
    pattern: "^[01][0-9]{9}$",
    example: "0403019261",
    debug_hides: 0,
);
