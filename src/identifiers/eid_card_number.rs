//! Belgian eID card number.

use core::fmt;

use crate::ParseOptions;
use crate::check::has_mod97_or_97_check;
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// The number of a Belgian electronic identity card (eID).
///
/// # Format
///
/// Twelve digits, printed `591-1917064-58`. The last two digits are the first ten modulo 97,
/// with a remainder of 0 written as 97. The number identifies the card, not the person: it
/// changes with every new card, so do not use it as a person identifier.
///
/// # Privacy
///
/// `Debug` shows only the check digits, and errors never contain the number.
///
/// ```
/// use bouwstenen::EidCardNumber;
///
/// let card: EidCardNumber = "591 1917064 58".parse()?;
/// assert_eq!(card.as_str(), "591191706458");
/// assert_eq!(card.to_string(), "591-1917064-58");
/// assert_eq!(format!("{card:?}"), r#"EidCardNumber("**********58")"#);
/// # Ok::<(), bouwstenen::EidCardNumberError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EidCardNumber(AsciiBuf<12>);

error_enum! {
    /// Why a text is not a valid [`EidCardNumber`]. Messages never contain the number.
    ///
    /// ```
    /// use bouwstenen::{EidCardNumber, EidCardNumberError};
    /// assert_eq!("591-2010999-00".parse::<EidCardNumber>(), Err(EidCardNumberError::Checksum));
    /// ```
    pub enum EidCardNumberError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "eid.empty",
        /// A character that an eID card number cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "eid.character",
        /// Not 12 digits.
        #[error("expected 12 digits, found {found}")]
        Length {
            /// How many digits (and letters) were found.
            found: usize,
        } = "eid.length",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "eid.checksum",
    }
}

impl EidCardNumber {
    /// Parses an eID card number with the given options.
    ///
    /// ```
    /// use bouwstenen::{EidCardNumber, ParseOptions};
    /// let card = EidCardNumber::parse_with("000-0011032-71", &ParseOptions::strict())?;
    /// assert_eq!(card.as_str(), "000001103271");
    /// # Ok::<(), bouwstenen::EidCardNumberError>(())
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, EidCardNumberError> {
        or_stdnum(Self::parse_strict(input), options, || {
            Self::parse_strict(&stdnum::eid_card_number(input)?).ok()
        })
    }

    fn parse_strict(input: &str) -> Result<Self, EidCardNumberError> {
        let digits = text::fixed_digits::<12>(input, text::SEPARATORS)?;
        if !has_mod97_or_97_check(digits.as_bytes()) {
            return Err(EidCardNumberError::Checksum);
        }
        Ok(Self(digits))
    }

    /// The compact electronic form: 12 digits.
    ///
    /// ```
    /// let card: bouwstenen::EidCardNumber = "591-2010999-97".parse()?;
    /// assert_eq!(card.as_str(), "591201099997");
    /// # Ok::<(), bouwstenen::EidCardNumberError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for EidCardNumber {
    /// The display form `XXX-XXXXXXX-XX`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_grouped(f, self.as_str(), &[3, 7, 2], &["-", "-"])
    }
}

identifier_traits!(
    EidCardNumber,
    EidCardNumberError,
    kind: "eid",
    title: "eID card number",
    description: "Number of a Belgian electronic identity card as 12 digits without separators. The last two digits are the first 10 modulo 97, with 0 written as 97. It identifies the card, not the person.",
    pattern: "^[0-9]{12}$",
    example: "591191706458",
    debug_hides: 10,
);
