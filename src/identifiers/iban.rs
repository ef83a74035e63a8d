//! IBAN: the international bank account number, with Belgium's own account check.

use core::fmt;
use core::str::FromStr;

use iban::{ParseBaseIbanError, ParseIbanError};

use crate::ParseOptions;
use crate::check::{has_mod97_or_97_check, iso7064_alias};
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// An IBAN (ISO 13616 international bank account number) of any country, validated with
/// [`iban_validate`](https://docs.rs/iban_validate) for the country's account format, plus the
/// checks that crate leaves out:
///
/// - check digits 00, 01 and 99 are rejected: they pass the ISO 7064 arithmetic but are never
///   generated (the [lenient mode](crate::ParseOptions::lenient) accepts them, as python-stdnum
///   does);
/// - a Belgian IBAN's account number must pass the Belgian national check: its last two digits
///   are the first ten modulo 97, with 0 written as 97.
///
/// Whether the bank code is assigned is deliberately not checked: bank lists change, and the
/// documentation IBAN `BE68 5390 0754 7034` (bank code 539) is valid.
///
/// ```
/// use bouwstenen::Iban;
///
/// let iban: Iban = "be68 5390 0754 7034".parse()?;
/// assert_eq!(iban.as_str(), "BE68539007547034");
/// assert_eq!(iban.to_string(), "BE68 5390 0754 7034");
/// assert_eq!(iban.country_code(), "BE");
/// assert_eq!(iban.bban(), "539007547034");
/// # Ok::<(), bouwstenen::IbanError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iban(AsciiBuf<34>);

error_enum! {
    /// Why a text is not a valid [`Iban`].
    ///
    /// ```
    /// use bouwstenen::{Iban, IbanError};
    /// assert_eq!("BE41091811735141".parse::<Iban>(), Err(IbanError::NationalCheck));
    /// ```
    pub enum IbanError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "iban.empty",
        /// A character that an IBAN cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "iban.character",
        /// More than 34 letters and digits.
        #[error("expected at most 34 letters and digits, found {found}")]
        Length {
            /// How many letters and digits were found.
            found: usize,
        } = "iban.length",
        /// Not a country code, two check digits and an account number of at most 30 characters.
        #[error("an IBAN is a country code, two check digits and an account number")]
        Format = "iban.format",
        /// Check digits 00, 01 or 99, which ISO 13616 never generates.
        #[error("the check digits must be 02 to 98")]
        CheckDigits = "iban.check_digits",
        /// The ISO 7064 check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "iban.checksum",
        /// The country does not use IBAN.
        #[error("the country does not use IBAN")]
        Country = "iban.country",
        /// The account number does not have the country's format.
        #[error("the account number does not have the country's format")]
        Bban = "iban.bban",
        /// The check digits of a Belgian account number do not match.
        #[error("the Belgian account number's check digits do not match")]
        NationalCheck = "iban.national_check",
    }
}

impl Iban {
    /// Parses an IBAN with the given options.
    ///
    /// ```
    /// use bouwstenen::{Iban, ParseOptions};
    /// assert!(Iban::parse_with("BE99001000006140", &ParseOptions::strict()).is_err());
    /// assert!(Iban::parse_with("BE99001000006140", &ParseOptions::lenient()).is_ok());
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, IbanError> {
        let strict = text::compact::<34>(input.chars(), text::SEPARATORS)
            .map_err(IbanError::from)
            .and_then(|compact| Self::validate(compact, false));
        or_stdnum(strict, options, || {
            let cleaned = stdnum::iban(input)?;
            let compact = text::compact::<34>(cleaned.chars(), b"").ok()?;
            Self::validate(compact, true).ok()
        })
    }

    /// Validates a compact IBAN; `aliases` accepts the check digits 00, 01 and 99 (lenient).
    fn validate(compact: text::Compact<34>, aliases: bool) -> Result<Self, IbanError> {
        let all = compact.complete().ok_or(IbanError::Length {
            found: compact.count,
        })?;
        // iban_validate rejects 00 and 01 itself but not 99; leniently, an alias is validated as
        // the check digits it stands for.
        let mut checked = compact.text;
        if let Some(genuine) = all.get(2..4).and_then(iso7064_alias) {
            if !aliases {
                return Err(IbanError::CheckDigits);
            }
            checked = AsciiBuf::new();
            for (i, &b) in all.iter().enumerate() {
                checked.push(match i {
                    2 => genuine[0],
                    3 => genuine[1],
                    _ => b,
                });
            }
        }
        iban::Iban::from_str(checked.as_str()).map_err(|err| match err {
            ParseIbanError::InvalidBaseIban {
                source: ParseBaseIbanError::InvalidChecksum,
            } => IbanError::Checksum,
            ParseIbanError::InvalidBaseIban { .. } => IbanError::Format,
            ParseIbanError::InvalidBban(_) => IbanError::Bban,
            ParseIbanError::UnknownCountry(_) => IbanError::Country,
        })?;
        let iban = Self(compact.text);
        if iban.country_code() == "BE" && !belgian_check(iban.bban()) {
            return Err(IbanError::NationalCheck);
        }
        Ok(iban)
    }

    /// The electronic form, without spaces, as payment files and QR codes carry it.
    ///
    /// ```
    /// let iban: bouwstenen::Iban = "BE71 0961 2345 6769".parse()?;
    /// assert_eq!(iban.as_str(), "BE71096123456769");
    /// # Ok::<(), bouwstenen::IbanError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The ISO 3166-1 country code.
    ///
    /// ```
    /// let iban: bouwstenen::Iban = "NL91ABNA0417164300".parse()?;
    /// assert_eq!(iban.country_code(), "NL");
    /// # Ok::<(), bouwstenen::IbanError>(())
    /// ```
    pub fn country_code(&self) -> &str {
        self.as_str().get(..2).unwrap_or_default()
    }

    /// The two ISO 7064 check digits.
    ///
    /// ```
    /// let iban: bouwstenen::Iban = "BE71096123456769".parse()?;
    /// assert_eq!(iban.check_digits(), "71");
    /// # Ok::<(), bouwstenen::IbanError>(())
    /// ```
    pub fn check_digits(&self) -> &str {
        self.as_str().get(2..4).unwrap_or_default()
    }

    /// The basic bank account number: the country's own account number.
    ///
    /// ```
    /// let iban: bouwstenen::Iban = "BE71096123456769".parse()?;
    /// assert_eq!(iban.bban(), "096123456769");
    /// # Ok::<(), bouwstenen::IbanError>(())
    /// ```
    pub fn bban(&self) -> &str {
        self.0.tail(4)
    }
}

/// The Belgian national check: the last two digits of the 12-digit account number are the first
/// ten modulo 97, with 0 written as 97.
fn belgian_check(bban: &str) -> bool {
    bban.len() == 12 && has_mod97_or_97_check(bban.as_bytes())
}

impl fmt::Display for Iban {
    /// The paper form: groups of four characters separated by spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_in_fours(f, self.as_str())
    }
}

identifier_traits!(
    Iban,
    IbanError,
    kind: "iban",
    title: "IBAN",
    description: "International bank account number (ISO 13616) in electronic form: a country code, two check digits (02 to 98) and the account number, upper case without spaces. Belgian IBANs also pass the national check of the account number.",
    pattern: "^[A-Z]{2}(0[2-9]|[1-8][0-9]|9[0-8])[0-9A-Z]{1,30}$",
    example: "BE68539007547034",
    debug_hides: 0,
);
