//! INSZ / NISS / SSIN: the social-security identification number, which is either a national
//! register number (RRN) or a BIS number.

use core::fmt;

use chrono::NaiveDate;

use crate::ParseOptions;
use crate::check::{mod97_complement, split_check_digits};
use crate::error::error_enum;
use crate::identifiers::{identifier_traits, or_stdnum, stdnum};
use crate::text::{self, AsciiBuf, SEPARATORS};

/// A Belgian INSZ (NISS in French, SSIN in English): a national register number (RRN,
/// *rijksregisternummer*) or a BIS number for people who are not in the national register.
///
/// # Format
///
/// Eleven digits `YYMMDD SSS CC`, displayed `YY.MM.DD-SSS.CC`:
///
/// - `YYMMDD` is the birth date. A BIS number adds 20 to the month when the sex was unknown at
///   issuance and 40 when it was known. A month or day of `00` means "unknown"; when serial
///   numbers run out for an incomplete date, the day field counts on (`YY0001`, `YY0002` …, and
///   since 2024 past 31).
/// - `SSS` is a serial number: odd for men, even for women (for a BIS number only when the sex
///   was known). An RRN never has 000 or 999.
/// - `CC = 97 − (YYMMDDSSS mod 97)` for people born before 2000, and
///   `97 − (2YYMMDDSSS mod 97)` for people born from 2000 on. The two can never both match, so
///   the check digits tell the century.
///
/// The parser rejects impossible calendar days when the month is known (29 February 1900, 35
/// July), serial numbers 000 and 999 for an RRN, and birth dates after today (for an incomplete
/// date, a year after this year). The lenient mode accepts the first two, and birth dates later
/// this year, as python-stdnum does.
///
/// # Derived information
///
/// [`birth_date`](Self::birth_date), [`birth_year`](Self::birth_year) and
/// [`sex_at_issuance`](Self::sex_at_issuance) are *derivations* from the number, not facts about
/// the person: a date may be unknown or fictitious, and a person who changes their registered
/// sex gets a new number. Treat them as hints, never as authoritative data.
///
/// # Privacy
///
/// `Debug` shows only the check digits (`Insz("*********28")`), and errors never contain the
/// number. `Display`, [`as_str`](Self::as_str) and serde give the full number, as they must.
///
/// ```
/// use bouwstenen::{Insz, InszKind, Sex};
/// use chrono::NaiveDate;
///
/// let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// let insz = Insz::parse_at("85 07 30 033 28", today)?;
/// assert_eq!(insz.as_str(), "85073003328");
/// assert_eq!(insz.to_string(), "85.07.30-033.28");
/// assert_eq!(insz.kind(), InszKind::Rrn);
/// assert_eq!(insz.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
/// assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
/// assert_eq!(format!("{insz:?}"), r#"Insz("*********28")"#);
/// # Ok::<(), bouwstenen::InszError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Insz {
    digits: AsciiBuf<11>,
    born_2000s: bool,
}

/// Which kind of INSZ a number is, from its month field.
///
/// ```
/// use bouwstenen::{Insz, InszKind};
/// let bis: Insz = "00400100184".parse()?;
/// assert_eq!(bis.kind(), InszKind::BisSexKnown);
/// assert!(bis.kind().is_bis());
/// # Ok::<(), bouwstenen::InszError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(
    rename = "InszKind",
    title = "INSZ kind",
    description = "Which kind of INSZ a number is, from its month field: a national register number (rrn, month 00-12), a BIS number issued when the sex was unknown (month + 20) or known (month + 40)."
)]
#[non_exhaustive]
pub enum InszKind {
    /// A national register number (*rijksregisternummer*): month 00–12.
    Rrn,
    /// A BIS number issued when the sex was unknown: month + 20.
    BisSexUnknown,
    /// A BIS number issued when the sex was known: month + 40.
    BisSexKnown,
}

impl InszKind {
    /// Whether this is one of the two kinds of BIS number.
    ///
    /// ```
    /// use bouwstenen::InszKind;
    /// assert!(!InszKind::Rrn.is_bis());
    /// assert!(InszKind::BisSexUnknown.is_bis());
    /// ```
    pub const fn is_bis(self) -> bool {
        !matches!(self, Self::Rrn)
    }
}

/// The sex registered when a number was issued, derived from the parity of the serial number.
///
/// ```
/// use bouwstenen::{Insz, Sex};
/// let insz: Insz = "85073003328".parse()?;
/// assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
/// # Ok::<(), bouwstenen::InszError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(
    rename = "Sex",
    title = "Sex at issuance",
    description = "The sex registered when an INSZ was issued, derived from the parity of its serial number: a hint, not authoritative data."
)]
#[non_exhaustive]
pub enum Sex {
    /// Odd serial number.
    Male,
    /// Even serial number.
    Female,
}

error_enum! {
    /// Why a text is not a valid [`Insz`]. Messages never contain the number.
    ///
    /// ```
    /// use bouwstenen::{Insz, InszError};
    /// assert_eq!("85.07.30-033".parse::<Insz>(), Err(InszError::Length { found: 9 }));
    /// assert_eq!("85133003328".parse::<Insz>().unwrap_err().code(), "insz.month");
    /// ```
    pub enum InszError {
        /// The value is empty or only whitespace and separators.
        #[error("the value is empty")]
        Empty = "insz.empty",
        /// A character that an INSZ cannot contain.
        #[error("invalid character {0:?}")]
        InvalidCharacter(char) = "insz.character",
        /// Not 11 digits.
        #[error("expected 11 digits, found {found}")]
        Length {
            /// How many letters and digits were found.
            found: usize,
        } = "insz.length",
        /// The check digits match neither the 19xx nor the 20xx formula.
        #[error("the check digits do not match")]
        Checksum = "insz.checksum",
        /// The month field is not 00–12, 20–32 or 40–52.
        #[error("the month must be 00-12 (national register number), 20-32 or 40-52 (BIS number)")]
        Month = "insz.month",
        /// A national register number with serial 000 or 999, which are never assigned.
        #[error("the serial number 000 or 999 is never assigned to a national register number")]
        Serial = "insz.serial",
        /// The day does not exist in that month.
        #[error("the birth date is not a calendar date")]
        Day = "insz.day",
        /// The birth date lies after today.
        #[error("the birth date lies in the future")]
        FutureBirthDate = "insz.future",
        /// A BIS number where only a national register number is accepted.
        #[error("a BIS number, not a national register number")]
        NotRrn = "insz.not_rrn",
        /// A national register number where only a BIS number is accepted.
        #[error("a national register number, not a BIS number")]
        NotBis = "insz.not_bis",
    }
}

impl Insz {
    /// Parses an INSZ with the given options (strict or lenient, and the date of today).
    ///
    /// ```
    /// use bouwstenen::{Insz, ParseOptions};
    /// use chrono::NaiveDate;
    ///
    /// let options = ParseOptions::strict().with_today(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
    /// // Serial 000 is never assigned to a national register number.
    /// assert_eq!(Insz::parse_with("85073000061", &options).unwrap_err().code(), "insz.serial");
    /// let lenient = ParseOptions::lenient().with_today(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
    /// assert!(Insz::parse_with("85073000061", &lenient).is_ok());
    /// ```
    pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Self, InszError> {
        or_stdnum(Self::parse_strict(input, options), options, || {
            let (digits, born_2000s) = stdnum::insz(input, options.effective_today())?;
            Some(Self { digits, born_2000s })
        })
    }

    fn parse_strict(input: &str, options: &ParseOptions) -> Result<Self, InszError> {
        let text = text::fixed_digits::<11>(input, SEPARATORS)?;
        let digits = text.as_bytes();
        let field = |from: usize, to: usize| field_of(digits, from, to);
        let (Some((body, check)), Some(yy), Some(mm), Some(dd), Some(serial)) = (
            split_check_digits(digits),
            field(0, 2),
            field(2, 4),
            field(4, 6),
            field(6, 9),
        ) else {
            return Err(InszError::Length {
                found: digits.len(),
            });
        };
        let kind = kind_of_month(mm).ok_or(InszError::Month)?;
        if kind == InszKind::Rrn && (serial == 0 || serial == 999) {
            return Err(InszError::Serial);
        }
        let born_2000s = if mod97_complement(body) == check {
            false
        } else if mod97_complement(body.saturating_add(2_000_000_000)) == check {
            true
        } else {
            return Err(InszError::Checksum);
        };
        let year = birth_year_of(born_2000s, yy);
        // With a complete date the day may not lie after today; with an incomplete one only the
        // year is compared (policy §12.2).
        let earliest = match full_date(year, mm, dd) {
            Some(Some(date)) => Some(date),
            Some(None) => return Err(InszError::Day),
            None => NaiveDate::from_ymd_opt(year, 1, 1),
        };
        if earliest.is_some_and(|date| options.is_after_today(date)) {
            return Err(InszError::FutureBirthDate);
        }
        Ok(Self {
            digits: text,
            born_2000s,
        })
    }

    /// Parses an INSZ with the strict policy, checking birth dates against `today` instead of the
    /// system clock. Use it in tests and where the clock is not to be trusted (WebAssembly).
    ///
    /// ```
    /// use bouwstenen::Insz;
    /// use chrono::NaiveDate;
    ///
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // Born on 29 November 2026: valid from that day on, not before.
    /// assert!(Insz::parse_at("26112900172", day(2026, 11, 29)).is_ok());
    /// assert!(Insz::parse_at("26112900172", day(2026, 11, 28)).is_err());
    /// ```
    pub fn parse_at(input: &str, today: NaiveDate) -> Result<Self, InszError> {
        Self::parse_with(input, &ParseOptions::strict().with_today(today))
    }

    /// Parses a national register number (RRN) only: a BIS number is rejected with
    /// [`InszError::NotRrn`].
    ///
    /// ```
    /// use bouwstenen::{Insz, InszError, ParseOptions};
    /// let options = ParseOptions::strict();
    /// assert!(Insz::parse_rrn_with("85073003328", &options).is_ok());
    /// assert_eq!(Insz::parse_rrn_with("00400100184", &options), Err(InszError::NotRrn));
    /// ```
    pub fn parse_rrn_with(input: &str, options: &ParseOptions) -> Result<Self, InszError> {
        let insz = Self::parse_with(input, options)?;
        if insz.kind().is_bis() {
            return Err(InszError::NotRrn);
        }
        Ok(insz)
    }

    /// Parses a BIS number only: a national register number is rejected with
    /// [`InszError::NotBis`].
    ///
    /// ```
    /// use bouwstenen::{Insz, InszError, ParseOptions};
    /// let options = ParseOptions::strict();
    /// assert!(Insz::parse_bis_with("00400100184", &options).is_ok());
    /// assert_eq!(Insz::parse_bis_with("85073003328", &options), Err(InszError::NotBis));
    /// ```
    pub fn parse_bis_with(input: &str, options: &ParseOptions) -> Result<Self, InszError> {
        let insz = Self::parse_with(input, options)?;
        if !insz.kind().is_bis() {
            return Err(InszError::NotBis);
        }
        Ok(insz)
    }

    /// The compact electronic form: 11 digits.
    ///
    /// ```
    /// let insz: bouwstenen::Insz = "85.07.30-033.28".parse()?;
    /// assert_eq!(insz.as_str(), "85073003328");
    /// # Ok::<(), bouwstenen::InszError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.digits.as_str()
    }

    /// Whether this is a national register number or a BIS number, and which kind of BIS number.
    ///
    /// ```
    /// use bouwstenen::{Insz, InszKind};
    /// let insz: Insz = "92200006963".parse()?;
    /// assert_eq!(insz.kind(), InszKind::BisSexUnknown);
    /// # Ok::<(), bouwstenen::InszError>(())
    /// ```
    pub fn kind(&self) -> InszKind {
        kind_of_month(self.field(2, 4)).unwrap_or(InszKind::Rrn)
    }

    /// The birth year, when it is known. It is unknown only for the fictitious date `000001`
    /// (and its BIS forms `002001`, `004001`). A derivation; see the type's documentation.
    ///
    /// ```
    /// use bouwstenen::Insz;
    /// let insz: Insz = "00022900244".parse()?; // born 29 February 2000
    /// assert_eq!(insz.birth_year(), Some(2000));
    /// let unknown: Insz = "00000100195".parse()?;
    /// assert_eq!(unknown.birth_year(), None);
    /// # Ok::<(), bouwstenen::InszError>(())
    /// ```
    pub fn birth_year(&self) -> Option<i32> {
        let fictitious =
            self.field(0, 2) == 0 && self.field(2, 4) % 20 == 0 && self.field(4, 6) == 1;
        (!fictitious).then(|| birth_year_of(self.born_2000s, self.field(0, 2)))
    }

    /// The birth date, when the number encodes a complete, existing date. A derivation; see the
    /// type's documentation.
    ///
    /// ```
    /// use bouwstenen::Insz;
    /// use chrono::NaiveDate;
    /// let insz: Insz = "85073003328".parse()?;
    /// assert_eq!(insz.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
    /// let day_unknown: Insz = "90070000195".parse()?;
    /// assert_eq!(day_unknown.birth_date(), None);
    /// # Ok::<(), bouwstenen::InszError>(())
    /// ```
    pub fn birth_date(&self) -> Option<NaiveDate> {
        let year = birth_year_of(self.born_2000s, self.field(0, 2));
        full_date(year, self.field(2, 4), self.field(4, 6)).flatten()
    }

    /// The sex registered at issuance, from the parity of the serial number: known for a national
    /// register number and a BIS number with month + 40, unknown (`None`) for a BIS number with
    /// month + 20. A derivation; see the type's documentation.
    ///
    /// ```
    /// use bouwstenen::{Insz, Sex};
    /// let insz: Insz = "00400100184".parse()?; // BIS number, sex known, serial 001
    /// assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
    /// let unknown: Insz = "92200006963".parse()?;
    /// assert_eq!(unknown.sex_at_issuance(), None);
    /// # Ok::<(), bouwstenen::InszError>(())
    /// ```
    pub fn sex_at_issuance(&self) -> Option<Sex> {
        if self.kind() == InszKind::BisSexUnknown {
            return None;
        }
        Some(if self.field(6, 9) % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        })
    }

    fn field(&self, from: usize, to: usize) -> u64 {
        field_of(self.digits.as_bytes(), from, to).unwrap_or(0)
    }
}

/// The number in digits `from..to`.
fn field_of(digits: &[u8], from: usize, to: usize) -> Option<u64> {
    digits.get(from..to).and_then(text::digits_value)
}

fn kind_of_month(mm: u64) -> Option<InszKind> {
    match mm {
        0..=12 => Some(InszKind::Rrn),
        20..=32 => Some(InszKind::BisSexUnknown),
        40..=52 => Some(InszKind::BisSexKnown),
        _ => None,
    }
}

fn birth_year_of(born_2000s: bool, yy: u64) -> i32 {
    let yy = i32::try_from(yy % 100).unwrap_or(0);
    let century: i32 = if born_2000s { 2000 } else { 1900 };
    century.saturating_add(yy)
}

/// `None` when month or day is unknown, `Some(None)` when the date does not exist, else the date.
fn full_date(year: i32, mm: u64, dd: u64) -> Option<Option<NaiveDate>> {
    let month = u32::try_from(mm % 20).ok().filter(|&m| m != 0)?;
    let day = u32::try_from(dd).ok().filter(|&d| d != 0)?;
    Some(NaiveDate::from_ymd_opt(year, month, day))
}

impl fmt::Display for Insz {
    /// The display form `YY.MM.DD-SSS.CC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text::write_grouped(f, self.as_str(), &[2, 2, 2, 3, 2], &[".", ".", "-", "."])
    }
}

identifier_traits!(
    Insz,
    InszError,
    kind: "insz",
    title: "INSZ",
    description: "Belgian social-security identification number (INSZ/NISS/SSIN): a national register number (rijksregisternummer) or a BIS number, as 11 digits without separators. The check digits are 97 - (first 9 digits mod 97), with 2 prefixed to the digits for people born from 2000 on.",
    pattern: "^[0-9]{11}$",
    example: "85073003328",
    debug_hides: 9,
);
