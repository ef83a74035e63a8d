//! The validated parts of an address: [`Postcode`], [`HouseNumber`] and [`BoxNumber`].

use core::fmt;

use crate::address::AddressError;
use crate::text::AsciiBuf;

/// Writes the shared trait impls of a validated text type: `FromStr` through `parse`, `Display`
/// and serde through `as_str`, `TryFrom<&str>`, `Debug`, and a string `JsonSchema`.
macro_rules! text_part {
    (
        $ty:ident,
        title: $title:literal,
        description: $description:literal,
        pattern: $pattern:literal,
        examples: [$($example:literal),+ $(,)?] $(,)?
    ) => {
        impl core::str::FromStr for $ty {
            type Err = AddressError;

            fn from_str(s: &str) -> Result<Self, AddressError> {
                Self::parse(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = AddressError;

            fn try_from(s: &str) -> Result<Self, AddressError> {
                Self::parse(s)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                crate::text::fmt_debug(f, stringify!($ty), self.as_str(), 0)
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("bouwstenen::", stringify!($ty)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": $description,
                    "type": "string",
                    "pattern": $pattern,
                    "examples": [$($example),+],
                })
            }
        }
    };
}

/// A Belgian postcode: four digits, `1000` to `9999`, or bpost's `0612` (Sinterklaas).
///
/// Parsing removes whitespace and a `B-`, `B`, `BE-` or `BE` country prefix, as on old
/// envelopes (`B-9000`). Whether the code is in use and which municipalities it serves comes
/// from the register ([`Postcode::municipalities`], [`Postcode::special`]); this type only
/// guarantees the form.
///
/// ```
/// use bouwstenen::address::Postcode;
///
/// let gent: Postcode = "B-9000".parse()?;
/// assert_eq!(gent.as_str(), "9000");
/// assert_eq!(gent.value(), 9000);
/// assert!("900".parse::<Postcode>().is_err());
/// assert!("0999".parse::<Postcode>().is_err());
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Postcode(AsciiBuf<4>);

impl Postcode {
    /// Parses a postcode (see the type's documentation for what is accepted).
    ///
    /// ```
    /// use bouwstenen::address::{AddressError, Postcode};
    /// assert_eq!(Postcode::parse(" BE-1000 ")?.as_str(), "1000");
    /// assert_eq!(Postcode::parse("10000"), Err(AddressError::Postcode));
    /// # Ok::<(), AddressError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(AddressError::Empty);
        }
        let upper = compact.to_ascii_uppercase();
        let digits = ["BE-", "B-", "BE", "B"]
            .iter()
            .find_map(|prefix| upper.strip_prefix(prefix))
            .unwrap_or(&upper);
        let bytes = digits.as_bytes();
        if bytes.len() != 4 || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(AddressError::Postcode);
        }
        if bytes.first() == Some(&b'0') && bytes != b"0612" {
            return Err(AddressError::Postcode);
        }
        AsciiBuf::from_ascii(bytes)
            .map(Self)
            .ok_or(AddressError::Postcode)
    }

    /// A postcode from a table the crate generates (the municipality register), which only
    /// holds codes from 1000 to 9999 and bpost's 0612; the tests parse every one. The value is
    /// written as four digits, zero-padded (`612` → `0612`); only its last four digits count.
    pub(crate) fn from_generated(value: u16) -> Postcode {
        let digits = [
            value / 1000 % 10,
            value / 100 % 10,
            value / 10 % 10,
            value % 10,
        ]
        .map(|digit| b'0'.saturating_add(u8::try_from(digit).unwrap_or(0)));
        Postcode(AsciiBuf::from_ascii(&digits).unwrap_or_default())
    }

    /// The four digits.
    ///
    /// ```
    /// let code: bouwstenen::address::Postcode = "3500".parse()?;
    /// assert_eq!(code.as_str(), "3500");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The code as a number (`612` for `0612`).
    ///
    /// ```
    /// let code: bouwstenen::address::Postcode = "0612".parse()?;
    /// assert_eq!(code.value(), 612);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn value(&self) -> u16 {
        self.0.as_bytes().iter().fold(0u16, |acc, &b| {
            acc.wrapping_mul(10)
                .wrapping_add(u16::from(b.wrapping_sub(b'0')))
        })
    }
}

text_part!(
    Postcode,
    title: "Postcode",
    description: "A Belgian postcode: four digits from 1000 to 9999, or bpost's special code 0612.",
    pattern: "^([1-9][0-9]{3}|0612)$",
    examples: ["9000"],
);

/// The suffix of a [`HouseNumber`]: a letter (`12A`) or a Latin ordinal (`12bis`).
///
/// ```
/// use bouwstenen::address::{HouseNumber, HouseNumberSuffix};
/// let number: HouseNumber = "12 bis".parse()?;
/// assert_eq!(number.suffix(), Some(HouseNumberSuffix::Bis));
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HouseNumberSuffix {
    /// An upper-case letter, `A` to `Z`.
    Letter(char),
    /// `bis` (second).
    Bis,
    /// `ter` (third).
    Ter,
    /// `quater` (fourth).
    Quater,
}

/// A house number (*huisnummer*, *numéro*, *Hausnummer*): a number without leading zeros, with
/// an optional suffix letter (`12A`) or `bis`, `ter`, `quater`, or a range of such numbers
/// (`12-14`), which bpost writes with a hyphen.
///
/// Parsing is lenient about how people write it and prints one form: surrounding spaces are
/// removed, leading zeros dropped (`0030` → `30`), letters upper-cased and attached
/// (`12 a` → `12A`), Latin suffixes lower-cased (`12 BIS` → `12bis`), and a range's parts
/// joined with `-` (`12 - 14` → `12-14`). Other separators (`12 14`, `12/14`, `12+14`) are not
/// accepted here: whether `30/20` is a range or a house number with a box is the free-form
/// parser's decision ([`Address::parse`](crate::address::Address::parse)). A range must go
/// up: `30-20` is not a house number.
///
/// The Flemish register is stricter (no `bis`, no ranges, no `I`, `J`, `O`, `Q`, `U` as
/// suffix); [`HouseNumber::is_register_form`] tells whether a number is one the register's
/// municipal editors can enter.
///
/// ```
/// use bouwstenen::address::HouseNumber;
///
/// let number: HouseNumber = " 12 a ".parse()?;
/// assert_eq!(number.to_string(), "12A");
/// assert_eq!(number.number(), 12);
/// assert!(number.is_register_form());
///
/// let range: HouseNumber = "21-27".parse()?;
/// assert_eq!(range.range_end(), Some(27));
/// assert!(!range.is_register_form());
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HouseNumber(AsciiBuf<{ HouseNumber::MAX_LEN }>);

/// One number of a house number: its value and suffix.
struct NumberPart {
    value: u32,
    suffix: Option<HouseNumberSuffix>,
}

impl HouseNumber {
    /// The longest printed form, in characters (a range of two nine-digit numbers with `quater`).
    pub const MAX_LEN: usize = 31;

    /// Parses a house number (see the type's documentation for the accepted forms).
    ///
    /// ```
    /// use bouwstenen::address::{AddressError, HouseNumber};
    /// assert_eq!(HouseNumber::parse("0030")?.as_str(), "30");
    /// assert_eq!(HouseNumber::parse("12 - 14")?.as_str(), "12-14");
    /// assert_eq!(HouseNumber::parse("30-20"), Err(AddressError::HouseNumber));
    /// assert_eq!(HouseNumber::parse("A12"), Err(AddressError::HouseNumber));
    /// # Ok::<(), AddressError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(AddressError::Empty);
        }
        let (first, last) = match text.split_once('-') {
            Some((first, last)) => (first.trim(), Some(last.trim())),
            None => (text, None),
        };
        let first = Self::part(first)?;
        let last = last.map(Self::part).transpose()?;
        if let Some(last) = &last {
            let ascending = (last.value, last.suffix) > (first.value, first.suffix);
            if !ascending {
                return Err(AddressError::HouseNumber);
            }
        }
        let mut text = String::new();
        Self::write_part(&mut text, &first);
        if let Some(last) = &last {
            text.push('-');
            Self::write_part(&mut text, last);
        }
        AsciiBuf::from_ascii(text.as_bytes())
            .map(Self)
            .ok_or(AddressError::HouseNumber)
    }

    fn part(text: &str) -> Result<NumberPart, AddressError> {
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (digits, suffix) = text.split_at(split);
        // Whitespace may separate the number from its suffix (`12 a`), nothing else.
        let suffix = suffix.trim_start();
        if suffix.contains(char::is_whitespace) {
            return Err(AddressError::HouseNumber);
        }
        let value: u32 = digits.parse().map_err(|_| AddressError::HouseNumber)?;
        if value == 0 || value > 999_999_999 {
            return Err(AddressError::HouseNumber);
        }
        let suffix = match suffix.to_ascii_lowercase().as_str() {
            "" => None,
            "bis" => Some(HouseNumberSuffix::Bis),
            "ter" => Some(HouseNumberSuffix::Ter),
            "quater" => Some(HouseNumberSuffix::Quater),
            other => {
                let mut chars = other.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if c.is_ascii_alphabetic() => {
                        Some(HouseNumberSuffix::Letter(c.to_ascii_uppercase()))
                    }
                    _ => return Err(AddressError::HouseNumber),
                }
            }
        };
        Ok(NumberPart { value, suffix })
    }

    fn write_part(text: &mut String, part: &NumberPart) {
        text.push_str(&part.value.to_string());
        match part.suffix {
            None => {}
            Some(HouseNumberSuffix::Letter(c)) => text.push(c),
            Some(HouseNumberSuffix::Bis) => text.push_str("bis"),
            Some(HouseNumberSuffix::Ter) => text.push_str("ter"),
            Some(HouseNumberSuffix::Quater) => text.push_str("quater"),
        }
    }

    fn parts(&self) -> (NumberPart, Option<NumberPart>) {
        let text = self.as_str();
        let (first, last) = match text.split_once('-') {
            Some((first, last)) => (first, Some(last)),
            None => (text, None),
        };
        // The stored text was produced by `parse`, so re-reading it cannot fail; the fallback
        // only keeps this function total.
        let read = |t: &str| {
            Self::part(t).unwrap_or(NumberPart {
                value: 0,
                suffix: None,
            })
        };
        (read(first), last.map(read))
    }

    /// The printed form: `12`, `12A`, `12bis` or `12-14`.
    ///
    /// ```
    /// let number: bouwstenen::address::HouseNumber = "7 b".parse()?;
    /// assert_eq!(number.as_str(), "7B");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The (first) number, without its suffix.
    ///
    /// ```
    /// let number: bouwstenen::address::HouseNumber = "15-23".parse()?;
    /// assert_eq!(number.number(), 15);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn number(&self) -> u32 {
        self.parts().0.value
    }

    /// The suffix of the (first) number, if any.
    ///
    /// ```
    /// use bouwstenen::address::{HouseNumber, HouseNumberSuffix};
    /// let number: HouseNumber = "12a".parse()?;
    /// assert_eq!(number.suffix(), Some(HouseNumberSuffix::Letter('A')));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn suffix(&self) -> Option<HouseNumberSuffix> {
        self.parts().0.suffix
    }

    /// The last number of a range (`27` for `21-27`), or `None` for a single number.
    ///
    /// ```
    /// let number: bouwstenen::address::HouseNumber = "12".parse()?;
    /// assert_eq!(number.range_end(), None);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn range_end(&self) -> Option<u32> {
        self.parts().1.map(|part| part.value)
    }

    /// Whether this number is a range such as `12-14`.
    ///
    /// ```
    /// let number: bouwstenen::address::HouseNumber = "12-14".parse()?;
    /// assert!(number.is_range());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_range(&self) -> bool {
        self.as_str().contains('-')
    }

    /// Whether the Flemish address register accepts this number from a municipal editor:
    /// at most 10 characters, no range, and at most one suffix letter other than `I`, `J`, `O`,
    /// `Q` and `U` (`HouseNumberValidator` in the register's back office).
    ///
    /// ```
    /// use bouwstenen::address::HouseNumber;
    /// assert!("12B".parse::<HouseNumber>()?.is_register_form());
    /// assert!(!"12I".parse::<HouseNumber>()?.is_register_form());
    /// assert!(!"12bis".parse::<HouseNumber>()?.is_register_form());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_register_form(&self) -> bool {
        let (first, last) = self.parts();
        last.is_none()
            && self.as_str().len() <= 10
            && match first.suffix {
                None => true,
                Some(HouseNumberSuffix::Letter(c)) => !matches!(c, 'I' | 'J' | 'O' | 'Q' | 'U'),
                Some(_) => false,
            }
    }
}

text_part!(
    HouseNumber,
    title: "House number",
    description: "A house number: a number without leading zeros with an optional upper-case letter or bis/ter/quater, or an ascending range of such numbers joined by a hyphen.",
    pattern: "^[1-9][0-9]{0,8}([A-Z]|bis|ter|quater)?(-[1-9][0-9]{0,8}([A-Z]|bis|ter|quater)?)?$",
    examples: ["12", "12A", "21-27"],
);

/// A box number (*busnummer*, *boîte*, *Postfach*): the letterbox within a building, written
/// after `bus`, `bte` or `box`.
///
/// It is kept exactly as written, leading zeros and case included (`0201`, `RDC`, `A02`,
/// `1.02`): 1 to 10 ASCII letters, digits, `.`, `/` or `-`, starting and ending with a letter
/// or digit. The marker itself (`bus 3`) is not part of the value; the free-form parser
/// removes it. [`BoxNumber::is_register_form`] applies the Flemish register's stricter rule.
///
/// ```
/// use bouwstenen::address::BoxNumber;
///
/// let b: BoxNumber = "0201".parse()?;
/// assert_eq!(b.as_str(), "0201");
/// assert!("bus 3".parse::<BoxNumber>().is_err());
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BoxNumber(AsciiBuf<{ BoxNumber::MAX_LEN }>);

impl BoxNumber {
    /// The longest box number, in characters (the register's limit).
    pub const MAX_LEN: usize = 10;

    /// Parses a box number; surrounding whitespace is removed.
    ///
    /// ```
    /// use bouwstenen::address::{AddressError, BoxNumber};
    /// assert_eq!(BoxNumber::parse(" A02 ")?.as_str(), "A02");
    /// assert_eq!(BoxNumber::parse("3/"), Err(AddressError::BoxNumber));
    /// # Ok::<(), AddressError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(AddressError::Empty);
        }
        let bytes = text.as_bytes();
        let inner_ok = bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/' | b'-'));
        let ends_ok = bytes.first().is_some_and(u8::is_ascii_alphanumeric)
            && bytes.last().is_some_and(u8::is_ascii_alphanumeric);
        if !inner_ok || !ends_ok || bytes.len() > Self::MAX_LEN {
            return Err(AddressError::BoxNumber);
        }
        AsciiBuf::from_ascii(bytes)
            .map(Self)
            .ok_or(AddressError::BoxNumber)
    }

    /// The box number as written.
    ///
    /// ```
    /// let b: bouwstenen::address::BoxNumber = "1.02".parse()?;
    /// assert_eq!(b.as_str(), "1.02");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether the Flemish address register accepts this box number from a municipal editor:
    /// letters, digits, `.` and `/` only, no two separators in a row, not `0`, and not
    /// containing `bus` (`BoxNumberValidator` in the register's back office).
    ///
    /// ```
    /// use bouwstenen::address::BoxNumber;
    /// assert!("0201".parse::<BoxNumber>()?.is_register_form());
    /// assert!(!"0".parse::<BoxNumber>()?.is_register_form());
    /// assert!(!"A-1".parse::<BoxNumber>()?.is_register_form());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_register_form(&self) -> bool {
        let text = self.as_str();
        let bytes = text.as_bytes();
        let no_double_separator = bytes
            .windows(2)
            .all(|w| !matches!(w, [b'.' | b'/', b'.' | b'/']));
        text != "0"
            && !text.to_ascii_lowercase().contains("bus")
            && !text.contains('-')
            && no_double_separator
    }
}

text_part!(
    BoxNumber,
    title: "Box number",
    description: "A box number as written, leading zeros and case kept: 1 to 10 ASCII letters, digits, '.', '/' or '-', starting and ending with a letter or digit.",
    pattern: "^[A-Za-z0-9]([A-Za-z0-9./-]{0,8}[A-Za-z0-9])?$",
    examples: ["3", "0201", "RDC"],
);
