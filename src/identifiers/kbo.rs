//! The number scheme shared by enterprise numbers, establishment unit numbers and VAT numbers:
//! ten digits whose last two are `97 − (first eight mod 97)`.

use core::ops::RangeInclusive;

use crate::check::{mod97_complement, split_check_digits};
use crate::text::{self, AsciiBuf, SEPARATORS, TextError};

/// What may or must precede the ten digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BePrefix {
    Forbidden,
    Optional,
    Required,
}

/// Why a text is not a valid number of this scheme; each type maps it to its own error.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fault {
    Text(TextError),
    MissingPrefix,
    Length(usize),
    FirstDigit,
    Checksum,
}

impl From<TextError> for Fault {
    fn from(err: TextError) -> Self {
        Self::Text(err)
    }
}

/// Parses the ten digits, after an optional or required `BE` prefix (strict policy; the lenient
/// additions are python-stdnum's, in the `stdnum` module).
pub(crate) fn parse(
    input: &str,
    prefix: BePrefix,
    first_digit: RangeInclusive<u8>,
) -> Result<AsciiBuf<10>, Fault> {
    let compact = text::compact::<12>(input.chars(), SEPARATORS)?;
    let has_be = compact.text.as_bytes().starts_with(b"BE");
    match (prefix, has_be) {
        (BePrefix::Forbidden, true) => return Err(Fault::Text(TextError::Character('B'))),
        (BePrefix::Required, false) => return Err(Fault::MissingPrefix),
        _ => {}
    }
    let skip = if has_be { 2 } else { 0 };
    let found = compact.count.saturating_sub(skip);
    let digits = compact
        .complete()
        .and_then(|all| all.get(skip..))
        .filter(|d| d.len() == 10)
        .ok_or(Fault::Length(found))?;
    if let Some(c) = text::first_non_digit(digits) {
        return Err(Fault::Text(TextError::Character(c)));
    }
    if !digits
        .first()
        .is_some_and(|d| first_digit.contains(&d.wrapping_sub(b'0')))
    {
        return Err(Fault::FirstDigit);
    }
    match split_check_digits(digits) {
        Some((body, check)) if mod97_complement(body) == check => {
            AsciiBuf::from_ascii(digits).ok_or(Fault::Length(found))
        }
        _ => Err(Fault::Checksum),
    }
}
