//! ISO 11649 structured creditor reference ("RF reference").

use core::fmt;

use crate::ParseOptions;
use crate::check::{iso7064_alias, iso7064_check_digits, iso7064_mod97_10};
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// An ISO 11649 structured creditor reference: `RF`, two check digits and a reference of 1 to 21
/// letters and digits, used as the payment reference on SEPA credit transfers across Europe.
///
/// # Format
///
/// 5 to 25 characters, printed in groups of four (`RF71 2348 231`). The check digits make the
/// whole pass ISO 7064 MOD 97-10 with `RF` and the check digits moved to the end. ISO 11649 only
/// generates check digits 02 to 98; the aliases 00, 01 and 99 pass the arithmetic but are
/// rejected (the [lenient mode](crate::ParseOptions::lenient) accepts them, as python-stdnum
/// does). A Belgian structured communication can be carried inside an RF reference.
///
/// ```
/// use bouwstenen::CreditorReference;
///
/// let rf: CreditorReference = "rf71 2348 231".parse()?;
/// assert_eq!(rf.as_str(), "RF712348231");
/// assert_eq!(rf.to_string(), "RF71 2348 231");
/// assert_eq!(rf.reference(), "2348231");
///
/// // Make one for your own reference:
/// assert_eq!(CreditorReference::from_reference("2348231")?, rf);
/// # Ok::<(), bouwstenen::CreditorReferenceError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CreditorReference(AsciiBuf<25>);

error_enum! {
    /// Why a text is not a valid [`CreditorReference`].
    ///
    /// ```
    /// use bouwstenen::{CreditorReference, CreditorReferenceError};
    /// assert_eq!("RF0072".parse::<CreditorReference>(), Err(CreditorReferenceError::CheckDigits));
    /// ```
    pub enum CreditorReferenceError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "rf.empty",
        /// A character that a creditor reference cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "rf.character",
        /// The value does not start with `RF` and two check digits.
        #[error("a creditor reference starts with RF and two check digits")]
        Prefix = "rf.prefix",
        /// Not 5 to 25 characters.
        #[error("expected 5 to 25 letters and digits, found {found}")]
        Length {
            /// How many letters and digits were found.
            found: usize,
        } = "rf.length",
        /// Check digits 00, 01 or 99, which ISO 11649 never generates.
        #[error("the check digits must be 02 to 98")]
        CheckDigits = "rf.check_digits",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "rf.checksum",
    }
}

impl CreditorReference {
    /// Parses a creditor reference with the given options.
    ///
    /// ```
    /// use bouwstenen::{CreditorReference, ParseOptions};
    /// assert!(CreditorReference::parse_with("RF9936", &ParseOptions::strict()).is_err());
    /// assert!(CreditorReference::parse_with("RF9936", &ParseOptions::lenient()).is_ok());
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, CreditorReferenceError> {
        or_stdnum(Self::parse_strict(input), options, || {
            stdnum::creditor_reference(input).map(Self)
        })
    }

    fn parse_strict(input: &str) -> Result<Self, CreditorReferenceError> {
        let compact = text::compact::<25>(input.chars(), text::SEPARATORS)?;
        if !compact.text.as_bytes().starts_with(b"RF") && compact.count >= 2 {
            return Err(CreditorReferenceError::Prefix);
        }
        let all =
            compact
                .complete()
                .filter(|t| t.len() >= 5)
                .ok_or(CreditorReferenceError::Length {
                    found: compact.count,
                })?;
        let (Some(check), Some(reference)) = (all.get(2..4), all.get(4..)) else {
            return Err(CreditorReferenceError::Prefix);
        };
        if !check.iter().all(u8::is_ascii_digit) {
            return Err(CreditorReferenceError::Prefix);
        }
        if iso7064_alias(check).is_some() {
            return Err(CreditorReferenceError::CheckDigits);
        }
        if iso7064_mod97_10([reference, b"RF".as_slice(), check]) != Some(1) {
            return Err(CreditorReferenceError::Checksum);
        }
        Ok(Self(compact.text))
    }

    /// Makes the creditor reference for a reference of 1 to 21 letters and digits (spaces and
    /// separators are removed, letters upper-cased), adding `RF` and the check digits.
    ///
    /// ```
    /// use bouwstenen::CreditorReference;
    /// // An OGM's digits wrapped in an RF reference:
    /// let rf = CreditorReference::from_reference("010806817183")?;
    /// assert_eq!(rf.as_str(), "RF61010806817183");
    /// # Ok::<(), bouwstenen::CreditorReferenceError>(())
    /// ```
    pub fn from_reference(reference: &str) -> Result<Self, CreditorReferenceError> {
        let compact = text::compact::<21>(reference.chars(), text::SEPARATORS)?;
        let body = compact.complete().ok_or(CreditorReferenceError::Length {
            found: compact.count.saturating_add(4),
        })?;
        let check = iso7064_check_digits(body, b"RF").ok_or(CreditorReferenceError::Checksum)?;
        let mut text = AsciiBuf::<25>::new();
        for &b in b"RF"
            .iter()
            .chain(
                [
                    b'0'.saturating_add(check / 10),
                    b'0'.saturating_add(check % 10),
                ]
                .iter(),
            )
            .chain(body)
        {
            text.push(b);
        }
        Ok(Self(text))
    }

    /// The compact electronic form: `RF`, the check digits and the reference, without spaces.
    ///
    /// ```
    /// let rf: bouwstenen::CreditorReference = "RF18 5390 0754 7034".parse()?;
    /// assert_eq!(rf.as_str(), "RF18539007547034");
    /// # Ok::<(), bouwstenen::CreditorReferenceError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The reference without `RF` and the check digits.
    ///
    /// ```
    /// let rf: bouwstenen::CreditorReference = "RF68AB2G5".parse()?;
    /// assert_eq!(rf.reference(), "AB2G5");
    /// # Ok::<(), bouwstenen::CreditorReferenceError>(())
    /// ```
    pub fn reference(&self) -> &str {
        self.0.tail(4)
    }
}

impl fmt::Display for CreditorReference {
    /// The paper form: groups of four characters separated by spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_in_fours(f, self.as_str())
    }
}

identifier_traits!(
    CreditorReference,
    CreditorReferenceError,
    kind: "rf",
    title: "Creditor reference (ISO 11649)",
    description: "ISO 11649 structured creditor reference: RF, two check digits (02 to 98) and 1 to 21 upper-case letters and digits, without spaces. The whole passes ISO 7064 MOD 97-10 with the first four characters moved to the end.",
    pattern: "^RF(0[2-9]|[1-8][0-9]|9[0-8])[0-9A-Z]{1,21}$",
    example: "RF712348231",
    debug_hides: 0,
);
