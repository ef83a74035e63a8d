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

/// Parses the ten digits, after an optional or required `BE` prefix.
///
/// Lenient mode (python-stdnum's `be.vat`) also accepts a `(0)` in front of the digits, nine
/// digits from before 2003 (a `0` is put in front), check digits `00` when the first eight
/// digits are a multiple of 97, and Unicode digit look-alikes.
pub(crate) fn parse(
    input: &str,
    prefix: BePrefix,
    first_digit: RangeInclusive<u8>,
    lenient: bool,
) -> Result<AsciiBuf<10>, Fault> {
    let compact = match lenient.then(|| split_paren_zero(input)).flatten() {
        Some((before, after)) => text::compact::<12>(
            before.chars().chain(['0']).chain(after.chars()),
            SEPARATORS,
            true,
        )?,
        None => text::compact::<12>(input.chars(), SEPARATORS, lenient)?,
    };
    let all = compact.complete().ok_or(Fault::Length(compact.count))?;
    let digits = match all.strip_prefix(b"BE") {
        Some(rest) if prefix != BePrefix::Forbidden => rest,
        Some(_) => return Err(Fault::Text(TextError::Character('B'))),
        None if prefix == BePrefix::Required && !lenient => return Err(Fault::MissingPrefix),
        None => all,
    };
    if let Some(c) = text::first_non_digit(digits) {
        return Err(
            if prefix == BePrefix::Required && all.first().is_some_and(u8::is_ascii_alphabetic) {
                Fault::MissingPrefix
            } else {
                Fault::Text(TextError::Character(c))
            },
        );
    }
    let mut number = AsciiBuf::<10>::new();
    if lenient && digits.len() == 9 {
        // Enterprise numbers are the 9-digit VAT numbers from before 2003 with a 0 in front.
        number.push(b'0');
    } else if digits.len() != 10 {
        return Err(Fault::Length(digits.len()));
    }
    for &d in digits {
        number.push(d);
    }
    let bytes = number.as_bytes();
    if !bytes
        .first()
        .is_some_and(|d| first_digit.contains(&(d.wrapping_sub(b'0'))))
    {
        return Err(Fault::FirstDigit);
    }
    let Some((body, check)) = split_check_digits(bytes) else {
        return Err(Fault::Length(digits.len()));
    };
    let official = mod97_complement(body) == check;
    // python-stdnum tests (body + check) mod 97 == 0, which also lets check digits 00 through
    // (but it rejects the number 0).
    let sum_formula = lenient && body.saturating_add(check) % 97 == 0 && body != 0;
    if !(official || sum_formula) {
        return Err(Fault::Checksum);
    }
    Ok(number)
}

/// Splits `input` around a `(0)` that is preceded by nothing but whitespace, separators and an
/// optional `BE` (python-stdnum's `(0)` handling).
fn split_paren_zero(input: &str) -> Option<(&str, &str)> {
    let at = input.find("(0)")?;
    let before = input.get(..at)?;
    let after = input.get(at..)?.strip_prefix("(0)")?;
    let mut significant = before
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '/'))
        .map(|c| c.to_ascii_uppercase());
    let ok = match significant.next() {
        None => true,
        Some('B') => significant.next() == Some('E') && significant.next().is_none(),
        Some(_) => false,
    };
    ok.then_some((before, after))
}
