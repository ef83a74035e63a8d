//! Text handling shared by every parser: the input normalisation of the identifier policy and a
//! small fixed-capacity ASCII buffer that lets validated values be `Copy` without allocating.

use core::fmt::{self, Write as _};

/// Up to `CAP` ASCII bytes stored inline. Unused bytes are always zero, so the derived
/// comparisons agree with comparing the text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct AsciiBuf<const CAP: usize> {
    bytes: [u8; CAP],
    len: u8,
}

impl<const CAP: usize> AsciiBuf<CAP> {
    pub(crate) const fn new() -> Self {
        Self {
            bytes: [0; CAP],
            len: 0,
        }
    }

    /// Builds a buffer from ASCII bytes; `None` when they do not fit or are not ASCII.
    pub(crate) fn from_ascii(bytes: &[u8]) -> Option<Self> {
        let mut buf = Self::new();
        for &b in bytes {
            if !b.is_ascii() || !buf.push(b) {
                return None;
            }
        }
        Some(buf)
    }

    /// Appends a byte; `false` when the buffer is full.
    pub(crate) fn push(&mut self, byte: u8) -> bool {
        match self.bytes.get_mut(usize::from(self.len)) {
            Some(slot) => {
                *slot = byte;
                self.len = self.len.saturating_add(1);
                true
            }
            None => false,
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII is ever stored, so this never falls back.
        core::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    pub(crate) fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// The text from byte `start` on (empty when out of range).
    pub(crate) fn tail(&self, start: usize) -> &str {
        self.as_str().get(start..).unwrap_or_default()
    }
}

impl<const CAP: usize> Default for AsciiBuf<CAP> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const CAP: usize> fmt::Debug for AsciiBuf<CAP> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Why an input could not be normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextError {
    /// Nothing but whitespace and separators.
    Empty,
    /// A character that no identifier allows (non-ASCII, punctuation other than the separators).
    Character(char),
    /// Not the expected number of letters and digits; how many there were.
    Length(usize),
}

/// The result of [`compact`]: the significant characters, upper-cased, and how many there were
/// (which can exceed the buffer's capacity; the excess is counted, not stored).
pub(crate) struct Compact<const CAP: usize> {
    pub(crate) text: AsciiBuf<CAP>,
    pub(crate) count: usize,
}

impl<const CAP: usize> Compact<CAP> {
    /// The stored characters, when all of them fitted.
    pub(crate) fn complete(&self) -> Option<&[u8]> {
        (self.count == self.text.len()).then(|| self.text.as_bytes())
    }
}

/// Separators removed from every identifier except NIS and OVO codes (policy §12.1.2).
pub(crate) const SEPARATORS: &[u8] = b".-/";

/// Normalises an identifier as the crate's policy prescribes (the shared identifiers note,
/// §12.1): Unicode whitespace is removed everywhere, the given ASCII `separators` are removed,
/// ASCII letters are upper-cased, and anything else that is not an ASCII letter or digit is
/// rejected.
pub(crate) fn compact<const CAP: usize>(
    input: impl IntoIterator<Item = char>,
    separators: &[u8],
) -> Result<Compact<CAP>, TextError> {
    let mut text = AsciiBuf::new();
    let mut count: usize = 0;
    for c in input {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_ascii() {
            return Err(TextError::Character(c));
        }
        let b = c as u8;
        if separators.contains(&b) {
            continue;
        }
        if !b.is_ascii_alphanumeric() {
            return Err(TextError::Character(c));
        }
        // A full buffer only means the value is too long; keep counting for the error message.
        let _ = text.push(b.to_ascii_uppercase());
        count = count.saturating_add(1);
    }
    if count == 0 {
        return Err(TextError::Empty);
    }
    Ok(Compact { text, count })
}

/// Normalises `input` with [`compact`] and requires exactly `N` ASCII digits.
pub(crate) fn fixed_digits<const N: usize>(
    input: &str,
    separators: &[u8],
) -> Result<AsciiBuf<N>, TextError> {
    let compact = compact::<N>(input.chars(), separators)?;
    let digits = compact
        .complete()
        .filter(|d| d.len() == N)
        .ok_or(TextError::Length(compact.count))?;
    if let Some(c) = first_non_digit(digits) {
        return Err(TextError::Character(c));
    }
    Ok(compact.text)
}

/// Control characters, Unicode line and paragraph separators, and the invisible formatting
/// characters (zero-width, bidirectional controls, byte-order mark, soft hyphen) that could hide
/// or disguise text such as the beneficiary's name.
pub(crate) fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// The words of `text` joined by single spaces: leading and trailing whitespace removed, and
/// every run of whitespace inside made one space.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The `Debug` form of an identifier, `Name("…")`, with the first `hidden` characters replaced by
/// `*` (national numbers and card numbers must not appear in logs).
pub(crate) fn fmt_debug(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    text: &str,
    hidden: usize,
) -> fmt::Result {
    write!(f, "{name}(\"")?;
    for (i, c) in text.chars().enumerate() {
        f.write_char(if i < hidden { '*' } else { c })?;
    }
    f.write_str("\")")
}

/// The value of a run of ASCII digits; `None` for anything else or on overflow.
pub(crate) fn digits_value(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() {
        return None;
    }
    bytes.iter().try_fold(0u64, |acc, &b| {
        if b.is_ascii_digit() {
            acc.checked_mul(10)?
                .checked_add(u64::from(b.wrapping_sub(b'0')))
        } else {
            None
        }
    })
}

/// The first byte that is not an ASCII digit, as a `char`.
pub(crate) fn first_non_digit(bytes: &[u8]) -> Option<char> {
    bytes
        .iter()
        .find(|b| !b.is_ascii_digit())
        .map(|&b| char::from(b))
}

/// Writes `digits` in groups separated by `sep`, e.g. `[4, 3, 3]` and `.` gives `0403.019.261`.
pub(crate) fn write_grouped(
    f: &mut fmt::Formatter<'_>,
    text: &str,
    groups: &[usize],
    separators: &[&str],
) -> fmt::Result {
    let mut start: usize = 0;
    for (i, &len) in groups.iter().enumerate() {
        if i > 0 {
            f.write_str(
                separators
                    .get(i.wrapping_sub(1))
                    .copied()
                    .unwrap_or_default(),
            )?;
        }
        let end = start.saturating_add(len);
        f.write_str(text.get(start..end).unwrap_or_default())?;
        start = end;
    }
    Ok(())
}

/// Writes `text` in groups of four separated by spaces (IBAN and RF paper format).
pub(crate) fn write_in_fours(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for (i, chunk) in text.as_bytes().chunks(4).enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        f.write_str(core::str::from_utf8(chunk).unwrap_or_default())?;
    }
    Ok(())
}

/// Whether a text holds a valid national number (INSZ: RRN or BIS) with any birth date.
///
/// Digits are read in runs, joined across up to three of `.`, `-`, `/` and space (as people
/// write `85.07.30-033.28` or `85 07 30 033 28`). A run of exactly 11 digits is checked whole.
/// In a longer run, every 11 digits that start or end at a separator are checked too, so that
/// a number cannot hide behind a neighbouring figure (`1 85073003328`, `2025-85073003328`); an
/// unbroken longer number (`850730033280`, an account number written without spaces) is
/// another number.
pub(crate) fn contains_national_number(text: &str) -> bool {
    const MAX_GAP: usize = 3;
    const LEN: usize = 11;
    // Any birth date counts, so that the result does not depend on the clock.
    let options = crate::ParseOptions::strict().with_today(chrono::NaiveDate::MAX);
    let is_insz =
        |digits: &str| digits.len() == LEN && crate::Insz::parse_with(digits, &options).is_ok();
    // A run of digits and the places inside it where a separator stood.
    let run_holds_one = |digits: &str, breaks: &[usize]| {
        is_insz(digits)
            || breaks.iter().any(|&at| {
                let starting = digits.get(at..at.saturating_add(LEN));
                let ending = at.checked_sub(LEN).and_then(|from| digits.get(from..at));
                starting.is_some_and(is_insz) || ending.is_some_and(is_insz)
            })
    };
    let mut digits = String::new();
    let mut breaks: Vec<usize> = Vec::new();
    let mut gap: usize = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if gap > 0 {
                breaks.push(digits.len());
            }
            digits.push(c);
            gap = 0;
        } else if matches!(c, '.' | '-' | '/' | ' ') && !digits.is_empty() && gap < MAX_GAP {
            gap = gap.saturating_add(1);
        } else {
            if run_holds_one(&digits, &breaks) {
                return true;
            }
            digits.clear();
            breaks.clear();
            gap = 0;
        }
    }
    run_holds_one(&digits, &breaks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_removes_whitespace_and_separators_and_uppercases() {
        let c: Compact<16> = compact("be 0403.019-261\u{00A0}".chars(), SEPARATORS).unwrap();
        assert_eq!(c.text.as_str(), "BE0403019261");
        assert_eq!(c.count, 12);
    }

    #[test]
    fn compact_counts_past_capacity() {
        let c: Compact<4> = compact("123456".chars(), SEPARATORS).unwrap();
        assert_eq!(c.count, 6);
        assert!(c.complete().is_none());
    }

    #[test]
    fn compact_rejects_non_ascii_digits() {
        assert_eq!(
            compact::<4>("\u{FF11}2".chars(), SEPARATORS).err(),
            Some(TextError::Character('\u{FF11}'))
        );
    }

    #[test]
    fn fixed_digits_checks_length_then_digits() {
        assert_eq!(
            fixed_digits::<3>(" 1.2-3 ", SEPARATORS).map(|d| d.len()),
            Ok(3)
        );
        assert_eq!(
            fixed_digits::<3>("1234", SEPARATORS).err(),
            Some(TextError::Length(4))
        );
        assert_eq!(
            fixed_digits::<3>("12A", SEPARATORS).err(),
            Some(TextError::Character('A'))
        );
    }

    #[test]
    fn compact_rejects_empty_and_punctuation() {
        assert_eq!(
            compact::<4>(" .-/ ".chars(), SEPARATORS).err(),
            Some(TextError::Empty)
        );
        assert_eq!(
            compact::<4>("1_2".chars(), SEPARATORS).err(),
            Some(TextError::Character('_'))
        );
    }

    #[test]
    fn digits_value_checks_digits_and_overflow() {
        assert_eq!(digits_value(b"0403019261"), Some(403_019_261));
        assert_eq!(digits_value(b"12a"), None);
        assert_eq!(digits_value(b""), None);
        assert_eq!(digits_value(b"99999999999999999999999"), None);
    }
}
