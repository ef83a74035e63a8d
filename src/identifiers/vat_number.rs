//! Belgian VAT number (*btw-nummer*, *numéro de TVA*).

use core::fmt;

use crate::error::error_enum;
use crate::identifiers::kbo::{self, BePrefix, Fault};
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::AsciiBuf;
use crate::{EnterpriseNumber, ParseOptions};

/// A Belgian VAT number: `BE` followed by the 10-digit enterprise number.
///
/// The `BE` prefix is required (in any case, separators may follow it); without it the value is
/// an [`EnterpriseNumber`]. The [lenient mode](crate::ParseOptions::lenient) accepts a missing
/// prefix and the 9-digit numbers from before 2003, as python-stdnum does.
///
/// ```
/// use bouwstenen::VatNumber;
///
/// let vat: VatNumber = "be 0403.019.261".parse()?;
/// assert_eq!(vat.as_str(), "BE0403019261");
/// assert_eq!(vat.to_string(), "BE 0403.019.261");
/// assert_eq!(vat.enterprise_number().as_str(), "0403019261");
/// # Ok::<(), bouwstenen::VatNumberError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VatNumber(AsciiBuf<12>);

error_enum! {
    /// Why a text is not a valid [`VatNumber`].
    ///
    /// ```
    /// use bouwstenen::{VatNumber, VatNumberError};
    /// assert_eq!("0403019261".parse::<VatNumber>(), Err(VatNumberError::Prefix));
    /// ```
    pub enum VatNumberError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "vat.empty",
        /// A character that a VAT number cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "vat.character",
        /// The `BE` prefix is missing (or another country's prefix is given).
        #[error("a Belgian VAT number starts with BE")]
        Prefix = "vat.prefix",
        /// Not 10 digits after `BE`.
        #[error("expected 10 digits after BE, found {found}")]
        Length {
            /// How many digits (and letters) were found after the prefix.
            found: usize,
        } = "vat.length",
        /// The first digit after `BE` is not 0 or 1.
        #[error("the first digit after BE must be 0 or 1")]
        FirstDigit = "vat.first_digit",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "vat.checksum",
    }
}

impl From<Fault> for VatNumberError {
    fn from(fault: Fault) -> Self {
        match fault {
            Fault::Text(err) => err.into(),
            Fault::MissingPrefix => Self::Prefix,
            Fault::Length(found) => Self::Length { found },
            Fault::FirstDigit => Self::FirstDigit,
            Fault::Checksum => Self::Checksum,
        }
    }
}

impl VatNumber {
    /// Parses a VAT number with the given options.
    ///
    /// ```
    /// use bouwstenen::{ParseOptions, VatNumber};
    /// let vat = VatNumber::parse_with("BE 428759497", &ParseOptions::lenient())?;
    /// assert_eq!(vat.as_str(), "BE0428759497");
    /// # Ok::<(), bouwstenen::VatNumberError>(())
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, VatNumberError> {
        let vat = |digits| Self::from_enterprise_number(EnterpriseNumber::from_digits(digits));
        let strict = kbo::parse(input, BePrefix::Required, 0..=1).map_err(Into::into);
        or_stdnum(strict.map(vat), options, || {
            stdnum::enterprise(input).map(vat)
        })
    }

    /// The VAT number of an enterprise.
    ///
    /// ```
    /// use bouwstenen::{EnterpriseNumber, VatNumber};
    /// let kbo: EnterpriseNumber = "0403.019.261".parse()?;
    /// assert_eq!(VatNumber::from_enterprise_number(kbo).as_str(), "BE0403019261");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_enterprise_number(enterprise: EnterpriseNumber) -> Self {
        let mut text = AsciiBuf::<12>::new();
        for &b in b"BE".iter().chain(enterprise.as_str().as_bytes()) {
            text.push(b);
        }
        Self(text)
    }

    /// The compact electronic form: `BE` and 10 digits.
    ///
    /// ```
    /// let vat: bouwstenen::VatNumber = "BE-0403-019-261".parse()?;
    /// assert_eq!(vat.as_str(), "BE0403019261");
    /// # Ok::<(), bouwstenen::VatNumberError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The enterprise number inside the VAT number.
    ///
    /// ```
    /// let vat: bouwstenen::VatNumber = "BE1001686633".parse()?;
    /// assert_eq!(vat.enterprise_number().to_string(), "1001.686.633");
    /// # Ok::<(), bouwstenen::VatNumberError>(())
    /// ```
    pub fn enterprise_number(&self) -> EnterpriseNumber {
        EnterpriseNumber::from_digits(
            AsciiBuf::from_ascii(self.0.tail(2).as_bytes()).unwrap_or_default(),
        )
    }
}

impl fmt::Display for VatNumber {
    /// The display form `BE 0XXX.XXX.XXX`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BE {}", self.enterprise_number())
    }
}

identifier_traits!(
    VatNumber,
    VatNumberError,
    kind: "vat",
    title: "Belgian VAT number",
    description: "Belgian VAT number (btw-nummer): BE followed by the 10-digit enterprise number, without separators.",
    pattern: "^BE[01][0-9]{9}$",
    example: "BE0403019261",
    debug_hides: 0,
);
