//! Belgian identifiers: one validated type per identifier.
//!
//! | type | identifier | compact form | display form |
//! |---|---|---|---|
//! | [`Insz`] | INSZ / NISS / SSIN: national register (RRN) or BIS number | `85073003328` | `85.07.30-033.28` |
//! | [`EnterpriseNumber`] | KBO/BCE enterprise number | `0403019261` | `0403.019.261` |
//! | [`EstablishmentUnitNumber`] | KBO/BCE establishment unit number | `2147812701` | `2.147.812.701` |
//! | [`VatNumber`] | Belgian VAT number | `BE0403019261` | `BE 0403.019.261` |
//! | [`StructuredCommunication`] | OGM/VCS structured communication | `123456789002` | `+++123/4567/89002+++` |
//! | [`CreditorReference`] | ISO 11649 RF creditor reference | `RF712348231` | `RF71 2348 231` |
//! | [`Iban`] | IBAN (with the Belgian national check for `BE`) | `BE68539007547034` | `BE68 5390 0754 7034` |
//! | [`Bic`] | BIC (ISO 9362, SWIFT policy) | `GEBABEBB` | `GEBABEBB` |
//! | [`EidCardNumber`] | Belgian eID card number | `591191706458` | `591-1917064-58` |
//! | [`NisCode`] | NIS/REFNIS statistical code | `44021` | `44021` |
//! | [`OvoCode`] | Flemish organisation register code | `OVO002949` | `OVO002949` |
//!
//! Every type works the same way:
//!
//! - [`FromStr`](core::str::FromStr) (and `TryFrom<&str>`, `TryFrom<String>`) accepts the forms
//!   people write: surrounding and inner whitespace (including no-break spaces), the separators
//!   `.`, `-` and `/` where the format has them, and lower-case letters. It rejects non-ASCII
//!   digits, other punctuation and anything the standard does not allow. Parsing never panics.
//! - [`Display`](core::fmt::Display) prints the official display form, `as_str()` gives the
//!   compact electronic form.
//! - serde serialises the compact form and deserialises whatever `FromStr` accepts.
//! - [`schemars::JsonSchema`] describes the compact form with a `pattern`.
//! - `Debug` of [`Insz`] and [`EidCardNumber`] hides all but the last two digits.
//! - A value of the type is proof that the text was valid: the fields are private.
//!
//! The rules are those of the crate's strict policy (the shared identifiers note, §12); the
//! [lenient mode](ParseOptions::lenient) additionally accepts what python-stdnum 2.2 accepts, for
//! vendors who ingest legacy data.
//!
//! ```
//! use bouwstenen::{EnterpriseNumber, Insz, InszKind, ParseOptions, StructuredCommunication};
//! use chrono::NaiveDate;
//!
//! let kbo: EnterpriseNumber = "BE 0403.019.261".parse()?;
//! assert_eq!(kbo.as_str(), "0403019261");
//! assert_eq!(kbo.to_string(), "0403.019.261");
//!
//! let ogm: StructuredCommunication = "+++010/8068/17183+++".parse()?;
//! assert_eq!(ogm.as_str(), "010806817183");
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
//! let insz = Insz::parse_at("85.07.30-033.28", today)?;
//! assert_eq!(insz.kind(), InszKind::Rrn);
//!
//! // Legacy data: a 9-digit enterprise number from before 2003 is only accepted leniently.
//! assert!("403.019.261".parse::<EnterpriseNumber>().is_err());
//! let legacy = EnterpriseNumber::parse_with("403.019.261", &ParseOptions::lenient())?;
//! assert_eq!(legacy.as_str(), "0403019261");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod bic;
mod creditor_reference;
mod eid_card_number;
mod enterprise_number;
mod establishment_unit_number;
mod iban;
mod insz;
mod kbo;
mod nis_code;
mod ovo_code;
mod stdnum;
mod structured_communication;
mod vat_number;

pub use bic::{Bic, BicError};
pub use creditor_reference::{CreditorReference, CreditorReferenceError};
pub use eid_card_number::{EidCardNumber, EidCardNumberError};
pub use enterprise_number::{EnterpriseNumber, EnterpriseNumberError};
pub use establishment_unit_number::{EstablishmentUnitNumber, EstablishmentUnitNumberError};
pub use iban::{Iban, IbanError};
pub use insz::{Insz, InszError, InszKind, Sex};
pub use nis_code::{NisCode, NisCodeError, NisLevel};
pub use ovo_code::{OvoCode, OvoCodeError};
pub use structured_communication::{StructuredCommunication, StructuredCommunicationError};
pub use vat_number::{VatNumber, VatNumberError};

use chrono::NaiveDate;

/// How to parse an identifier: the strict policy (the default) or the lenient one, and the date
/// that counts as "today" for checks that depend on it.
///
/// **Strict** is the crate's policy (the shared identifiers note, §12). **Lenient** accepts a
/// value when the strict policy accepts it *or* python-stdnum 2.2 does, and nothing else: where
/// strict rejects, the input is run through a reproduction of python-stdnum's own rules (its
/// look-alike character map, the characters each of its modules deletes, its checks), and the
/// value is the compact form python-stdnum gives. So lenient also accepts, for example, Unicode
/// digits and dashes that python-stdnum maps to ASCII; RRN serials 000 and 999; impossible days
/// (read as "day unknown"); birth dates later this year; 9-digit enterprise numbers from before
/// 2003 and the `(0)` prefix; enterprise check digits 00; VAT numbers without `BE`; unbalanced
/// `+++` around a structured communication; IBAN and RF check digits 00, 01 and 99. A test
/// compares this with the real python-stdnum 2.2 on tens of thousands of inputs.
///
/// For identifiers python-stdnum has no module for (establishment unit numbers, NIS and OVO
/// codes) lenient is strict. For IBANs, python-stdnum also requires a bank code from its NBB
/// list; the crate keeps bank lists out of validity, so lenient applies python-stdnum's other
/// IBAN rules, without its look-alike map (which would otherwise accept numbers python-stdnum
/// rejects for their bank code).
///
/// A value accepted only leniently is still a value of the same type, but `FromStr`, serde and
/// the JSON Schemas describe the strict policy and reject its text: store such values with their
/// lenient origin in mind.
///
/// ```
/// use bouwstenen::{Insz, ParseOptions};
/// use chrono::NaiveDate;
///
/// let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// // 35 July does not exist: strict rejects it, lenient reads it as "day unknown".
/// assert!(Insz::parse_with("85073500107", &ParseOptions::strict().with_today(today)).is_err());
/// let insz = Insz::parse_with("85073500107", &ParseOptions::lenient().with_today(today))?;
/// assert_eq!(insz.birth_date(), None);
/// assert_eq!(insz.birth_year(), Some(1985));
/// # Ok::<(), bouwstenen::InszError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ParseOptions {
    lenient: bool,
    today: Option<NaiveDate>,
}

impl ParseOptions {
    /// The crate's strict policy, with "today" taken from the system clock (feature `clock`).
    ///
    /// ```
    /// use bouwstenen::ParseOptions;
    /// assert!(!ParseOptions::strict().is_lenient());
    /// assert_eq!(ParseOptions::strict(), ParseOptions::default());
    /// ```
    pub const fn strict() -> Self {
        Self {
            lenient: false,
            today: None,
        }
    }

    /// The lenient policy: strict plus what python-stdnum 2.2 accepts.
    ///
    /// ```
    /// use bouwstenen::{ParseOptions, VatNumber};
    /// let vat = VatNumber::parse_with("0403019261", &ParseOptions::lenient())?;
    /// assert_eq!(vat.as_str(), "BE0403019261");
    /// # Ok::<(), bouwstenen::VatNumberError>(())
    /// ```
    pub const fn lenient() -> Self {
        Self {
            lenient: true,
            today: None,
        }
    }

    /// The same options with `today` as the date that birth dates may not come after.
    ///
    /// Without it, the system clock is used when the `clock` feature is on (it is by default;
    /// the date is the latest calendar date anywhere on Earth, so that a number issued today in
    /// Belgium is never rejected), and the future-date check is skipped otherwise, and on
    /// `wasm32-unknown-unknown`, which has no clock without JavaScript glue.
    ///
    /// ```
    /// use bouwstenen::{Insz, ParseOptions};
    /// use chrono::NaiveDate;
    ///
    /// let before = NaiveDate::from_ymd_opt(2026, 12, 30).unwrap();
    /// let options = ParseOptions::strict().with_today(before);
    /// assert_eq!(Insz::parse_with("26123100119", &options).unwrap_err().code(), "insz.future");
    /// ```
    pub const fn with_today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    /// Whether the lenient policy is selected.
    ///
    /// ```
    /// assert!(bouwstenen::ParseOptions::lenient().is_lenient());
    /// ```
    pub const fn is_lenient(&self) -> bool {
        self.lenient
    }

    /// The date set with [`with_today`](Self::with_today), if any.
    ///
    /// ```
    /// use bouwstenen::ParseOptions;
    /// assert_eq!(ParseOptions::strict().today(), None);
    /// ```
    pub const fn today(&self) -> Option<NaiveDate> {
        self.today
    }

    /// The date to check against: the given one, else the clock's.
    pub(crate) fn effective_today(&self) -> Option<NaiveDate> {
        self.today.or_else(clock_today)
    }

    /// Whether `date` lies after the given "today", else after the clock's today. The clock is
    /// only read for dates after this release's date, which no correctly set clock is before.
    pub(crate) fn is_after_today(&self, date: NaiveDate) -> bool {
        match self.today {
            Some(today) => date > today,
            None => {
                CLOCK_FLOOR.is_some_and(|floor| date > floor)
                    && clock_today().is_some_and(|today| date > today)
            }
        }
    }
}

/// The date of this release: every date up to it is in the past on a correctly set clock.
const CLOCK_FLOOR: Option<NaiveDate> = NaiveDate::from_ymd_opt(2026, 11, 29);

// `wasm32-unknown-unknown` has no clock that works without JavaScript glue (reading it traps),
// so there the check needs an explicit date.
#[cfg(all(
    feature = "clock",
    not(all(target_arch = "wasm32", target_os = "unknown"))
))]
fn clock_today() -> Option<NaiveDate> {
    // The latest calendar date anywhere on Earth (UTC+14).
    let now = chrono::Utc::now().naive_utc();
    now.checked_add_signed(chrono::TimeDelta::hours(14))
        .map(|t| t.date())
}

#[cfg(not(all(
    feature = "clock",
    not(all(target_arch = "wasm32", target_os = "unknown"))
)))]
fn clock_today() -> Option<NaiveDate> {
    None
}

/// The lenient mode's rule: the strict verdict, or python-stdnum's where strict rejects.
pub(crate) fn or_stdnum<T, E>(
    strict: Result<T, E>,
    options: &ParseOptions,
    stdnum: impl FnOnce() -> Option<T>,
) -> Result<T, E> {
    match strict {
        Err(err) if options.is_lenient() => stdnum().ok_or(err),
        result => result,
    }
}

mod sealed {
    pub trait Sealed {}
}

/// What every identifier type of this module has in common; use it to handle identifiers
/// generically (the command line tool does). The trait is sealed: only this crate implements it.
///
/// ```
/// use bouwstenen::{EnterpriseNumber, ErrorCode, Identifier, ParseOptions};
///
/// fn compact<T: Identifier>(input: &str) -> Result<String, String> {
///     T::parse_with(input, &ParseOptions::strict())
///         .map(|id| id.as_str().to_owned())
///         .map_err(|e| e.code().to_owned())
/// }
///
/// assert_eq!(compact::<EnterpriseNumber>("0403.019.261"), Ok("0403019261".to_owned()));
/// assert_eq!(compact::<EnterpriseNumber>("0403.019.262"), Err("enterprise.checksum".to_owned()));
/// assert_eq!(EnterpriseNumber::KIND, "enterprise");
/// ```
pub trait Identifier:
    sealed::Sealed
    + Sized
    + Copy
    + Eq
    + core::hash::Hash
    + core::fmt::Debug
    + core::fmt::Display
    + serde::Serialize
    + serde::de::DeserializeOwned
    + schemars::JsonSchema
    + Send
    + Sync
    + 'static
{
    /// The error returned when a text is not a valid identifier of this type.
    type Error: crate::ErrorCode + Copy + Eq;

    /// The short name of the identifier, also the prefix of its error codes (`insz`, `vat` …).
    const KIND: &'static str;

    /// Parses `input` with the given options.
    fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, Self::Error>;

    /// The compact electronic form.
    fn as_str(&self) -> &str;
}

/// A serde visitor that parses a string with the type's strict `FromStr`.
pub(crate) struct StrVisitor<T>(core::marker::PhantomData<T>);

impl<T> StrVisitor<T> {
    pub(crate) const fn new() -> Self {
        Self(core::marker::PhantomData)
    }
}

impl<T> serde::de::Visitor<'_> for StrVisitor<T>
where
    T: Identifier,
{
    type Value = T;

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "a {} as a string", T::KIND)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        T::parse_with(v, &ParseOptions::strict()).map_err(E::custom)
    }
}

/// Implements the traits that every identifier type has in the same way: `FromStr`, the
/// conversions, serde through the compact form, `JsonSchema`, `Debug` and [`Identifier`]. Each
/// type itself provides `parse_with`, `as_str` and `Display`, and an error enum with the
/// variants `Empty`, `InvalidCharacter(char)` and `Length { found }`. `debug_hides` is the number
/// of leading characters that `Debug` replaces by `*`.
macro_rules! identifier_traits {
    (
        $ty:ident, $err:ident,
        kind: $kind:literal,
        title: $title:literal,
        description: $description:literal,
        pattern: $pattern:literal,
        example: $example:literal,
        debug_hides: $hidden:literal $(,)?
    ) => {
        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                $crate::text::fmt_debug(f, stringify!($ty), self.as_str(), $hidden)
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $err;

            fn from_str(s: &str) -> Result<Self, $err> {
                Self::parse_with(s, &$crate::ParseOptions::strict())
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $err;

            fn try_from(s: &str) -> Result<Self, $err> {
                s.parse()
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;

            fn try_from(s: String) -> Result<Self, $err> {
                s.parse()
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> String {
                value.as_str().to_owned()
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
                deserializer.deserialize_str($crate::identifiers::StrVisitor::new())
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($ty))
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(concat!("bouwstenen::", stringify!($ty)))
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": $description,
                    "type": "string",
                    "pattern": $pattern,
                    "examples": [$example],
                })
            }
        }

        impl From<$crate::text::TextError> for $err {
            fn from(err: $crate::text::TextError) -> Self {
                match err {
                    $crate::text::TextError::Empty => $err::Empty,
                    $crate::text::TextError::Character(c) => $err::InvalidCharacter(c),
                    $crate::text::TextError::Length(found) => $err::Length { found },
                }
            }
        }

        impl $crate::identifiers::sealed::Sealed for $ty {}

        impl $crate::identifiers::Identifier for $ty {
            type Error = $err;
            const KIND: &'static str = $kind;

            fn parse_with(input: &str, options: &$crate::ParseOptions) -> Result<Self, $err> {
                <$ty>::parse_with(input, options)
            }

            fn as_str(&self) -> &str {
                <$ty>::as_str(self)
            }
        }
    };
}

pub(crate) use identifier_traits;
