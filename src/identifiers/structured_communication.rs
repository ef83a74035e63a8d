//! OGM/VCS: the Belgian structured communication on a credit transfer.

use core::fmt;

use crate::ParseOptions;
use crate::check::{has_mod97_or_97_check, mod97_or_97};
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf};

/// A Belgian structured communication (*gestructureerde mededeling* OGM, *communication
/// structurée* VCS): the payment reference that Belgian banks match invoices with.
///
/// # Format
///
/// Twelve digits, printed `+++123/4567/89002+++` on paper. The last two digits are the first
/// ten modulo 97, with a remainder of 0 written as 97. On input, `***` may stand for `+++`, and
/// the delimiters may be left out, but they must be balanced: `+++123/4567/89002` is rejected
/// (the [lenient mode](crate::ParseOptions::lenient) accepts it, as python-stdnum does). Only the
/// total of 12 digits is checked, not the 3/4/5 grouping.
///
/// ```
/// use bouwstenen::StructuredCommunication;
///
/// let ogm: StructuredCommunication = "***010/8068/17183***".parse()?;
/// assert_eq!(ogm.as_str(), "010806817183");
/// assert_eq!(ogm.to_string(), "+++010/8068/17183+++");
///
/// // Make one for invoice 1234567890:
/// let ogm = StructuredCommunication::from_base(1_234_567_890)?;
/// assert_eq!(ogm.to_string(), "+++123/4567/89002+++");
/// # Ok::<(), bouwstenen::StructuredCommunicationError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StructuredCommunication(AsciiBuf<12>);

error_enum! {
    /// Why a text is not a valid [`StructuredCommunication`].
    ///
    /// ```
    /// use bouwstenen::{StructuredCommunication, StructuredCommunicationError};
    /// assert_eq!(
    ///     "+++123/4567/89002".parse::<StructuredCommunication>(),
    ///     Err(StructuredCommunicationError::Delimiter)
    /// );
    /// ```
    pub enum StructuredCommunicationError {
        /// The value is empty or only whitespace, delimiters and separators.
        #[error("the value is empty")]
        Empty = "ogm.empty",
        /// A character that a structured communication cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "ogm.character",
        /// `+++` or `***` on one side only, or different delimiters on each side.
        #[error("the +++ or *** delimiters must be on both sides")]
        Delimiter = "ogm.delimiter",
        /// Not 12 digits.
        #[error("expected 12 digits, found {found}")]
        Length {
            /// How many digits (and letters) were found.
            found: usize,
        } = "ogm.length",
        /// The check digits do not match.
        #[error("the check digits do not match")]
        Checksum = "ogm.checksum",
    }
}

impl StructuredCommunication {
    /// Parses a structured communication with the given options.
    ///
    /// ```
    /// use bouwstenen::{ParseOptions, StructuredCommunication};
    /// let ogm = StructuredCommunication::parse_with("+++123/4567/89002", &ParseOptions::lenient())?;
    /// assert_eq!(ogm.as_str(), "123456789002");
    /// # Ok::<(), bouwstenen::StructuredCommunicationError>(())
    /// ```
    pub fn parse_with(
        input: &str,
        options: &ParseOptions,
    ) -> Result<Self, StructuredCommunicationError> {
        or_stdnum(Self::parse_strict(input), options, || {
            Self::parse_strict(&stdnum::structured_communication(input)?).ok()
        })
    }

    fn parse_strict(input: &str) -> Result<Self, StructuredCommunicationError> {
        let body = strip_delimiters(input).ok_or(StructuredCommunicationError::Delimiter)?;
        let digits = text::fixed_digits::<12>(body, text::SEPARATORS)?;
        if !has_mod97_or_97_check(digits.as_bytes()) {
            return Err(StructuredCommunicationError::Checksum);
        }
        Ok(Self(digits))
    }

    /// Makes the structured communication for a number of at most ten digits (an invoice or
    /// customer number), adding the check digits.
    ///
    /// ```
    /// use bouwstenen::{StructuredCommunication, StructuredCommunicationError};
    /// assert_eq!(StructuredCommunication::from_base(0)?.as_str(), "000000000097");
    /// assert_eq!(
    ///     StructuredCommunication::from_base(10_000_000_000),
    ///     Err(StructuredCommunicationError::Length { found: 11 })
    /// );
    /// # Ok::<(), StructuredCommunicationError>(())
    /// ```
    pub fn from_base(base: u64) -> Result<Self, StructuredCommunicationError> {
        if base >= 10_000_000_000 {
            let found = base
                .checked_ilog10()
                .map_or(1, |l| (l as usize).saturating_add(1));
            return Err(StructuredCommunicationError::Length { found });
        }
        let text = format!("{base:010}{:02}", mod97_or_97(base));
        AsciiBuf::from_ascii(text.as_bytes())
            .map(Self)
            .ok_or(StructuredCommunicationError::Length { found: text.len() })
    }

    /// The compact electronic form: 12 digits, as a bank transfer carries it.
    ///
    /// ```
    /// let ogm: bouwstenen::StructuredCommunication = "010/8068/17183".parse()?;
    /// assert_eq!(ogm.as_str(), "010806817183");
    /// # Ok::<(), bouwstenen::StructuredCommunicationError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// The text between balanced `+++` or `***` delimiters (whitespace around and inside them is
/// ignored), the whole input when there are none, `None` when they are unbalanced or mixed.
fn strip_delimiters(input: &str) -> Option<&str> {
    let significant = |(_, c): &(usize, char)| !c.is_whitespace();
    let mut head = input.char_indices().filter(significant);
    let mut tail = input.char_indices().rev().filter(significant);
    let first = [head.next(), head.next(), head.next()];
    let last = [tail.next(), tail.next(), tail.next()];
    match (delimiter(first), delimiter(last)) {
        (None, None) => Some(input),
        (Some((open, prefix_end)), Some((close, suffix_start)))
            if open == close && prefix_end < suffix_start =>
        {
            input.get(prefix_end.saturating_add(1)..suffix_start)
        }
        _ => None,
    }
}

/// The delimiter character, when the three characters are all `+` or all `*`, and the byte
/// position of the third one.
fn delimiter(chars: [Option<(usize, char)>; 3]) -> Option<(char, usize)> {
    let [Some((_, a)), Some((_, b)), Some((at, c))] = chars else {
        return None;
    };
    (matches!(a, '+' | '*') && a == b && b == c).then_some((a, at))
}

impl fmt::Display for StructuredCommunication {
    /// The paper form `+++XXX/XXXX/XXXXX+++`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("+++")?;
        text::write_grouped(f, self.as_str(), &[3, 4, 5], &["/", "/"])?;
        f.write_str("+++")
    }
}

identifier_traits!(
    StructuredCommunication,
    StructuredCommunicationError,
    kind: "ogm",
    title: "Structured communication (OGM/VCS)",
    description: "Belgian structured communication (gestructureerde mededeling, OGM/VCS) as 12 digits without delimiters or separators. The last two digits are the first 10 modulo 97, with 0 written as 97.",
    pattern: "^[0-9]{12}$",
    example: "010806817183",
    debug_hides: 0,
);
