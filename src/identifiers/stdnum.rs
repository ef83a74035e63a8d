//! python-stdnum 2.2 compatibility, for the lenient mode.
//!
//! The lenient mode accepts a value when the crate's strict policy accepts it **or**
//! python-stdnum 2.2 does. This module reproduces python-stdnum's verdicts, module by module:
//! its `compact()` (the `stdnum.util.clean` look-alike map, the module's own characters to
//! delete, `str.strip()` and `str.upper()`) and its `validate()` rules. Each function returns the
//! compact form python-stdnum would return, or `None` where python-stdnum raises an error.
//!
//! One deliberate difference: for Belgian IBANs python-stdnum also requires a bank code from its
//! NBB list, which this crate does not ship (bank lists change; validity stays separate from
//! them). Lenient IBANs therefore get python-stdnum's rules without that list and without the
//! look-alike map, which would otherwise accept numbers python-stdnum rejects for their bank code.

use chrono::{Datelike, NaiveDate};

use crate::check::{iso7064_mod97_10, mod97_complement, split_check_digits};
use crate::text::{self, AsciiBuf};

/// `stdnum.util.clean(number, delete)` followed by `.strip()` and `.upper()`.
fn clean(input: &str, delete: &str, lookalikes: bool) -> String {
    let cleaned: String = input
        .chars()
        .map(|c| if lookalikes { ascii_lookalike(c) } else { c })
        .filter(|c| !delete.contains(*c))
        .flat_map(char::to_uppercase)
        .collect();
    cleaned.trim_matches(python_isspace).to_owned()
}

/// Python's `str.isspace()`: Unicode white space and the separators U+001C to U+001F.
fn python_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1C}'..='\u{1F}').contains(&c)
}

/// `stdnum.util.isdigits(number) and int(number) > 0`.
fn positive_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.bytes().any(|b| b != b'0')
}

/// `stdnum.be.nn`, `stdnum.be.bis` and `stdnum.be.ssn` (the caller checks RRN or BIS): the 11
/// digits and whether the number is of the 2000s. python-stdnum only tries the 2000s check
/// digits when `2000 + YY` is not after the current year, and does not check the day.
pub(crate) fn insz(input: &str, today: Option<NaiveDate>) -> Option<(AsciiBuf<11>, bool)> {
    let number = clean(input, " -.", true);
    if !positive_digits(&number) || number.len() != 11 {
        return None;
    }
    let digits = number.as_bytes();
    let (body, check) = split_check_digits(digits)?;
    let yy = digits.get(..2).and_then(text::digits_value)?;
    let mm = digits.get(2..4).and_then(text::digits_value)?;
    let born_2000s = if mod97_complement(body) == check {
        false
    } else if today.is_none_or(|t| 2000_i64.saturating_add(yy as i64) <= i64::from(t.year()))
        && mod97_complement(body.saturating_add(2_000_000_000)) == check
    {
        true
    } else {
        return None;
    };
    if !matches!(mm, 0..=12 | 20..=32 | 40..=52) {
        return None;
    }
    Some((AsciiBuf::from_ascii(digits)?, born_2000s))
}

/// `stdnum.be.vat` (also used for enterprise numbers): the 10 digits.
pub(crate) fn enterprise(input: &str) -> Option<AsciiBuf<10>> {
    let cleaned = clean(input, " -./", true);
    let mut number = cleaned.strip_prefix("BE").unwrap_or(&cleaned).to_owned();
    if let Some(rest) = number.strip_prefix("(0)") {
        number = format!("0{rest}");
    }
    if number.len() == 9 {
        number.insert(0, '0');
    }
    if !positive_digits(&number)
        || number.len() != 10
        || !matches!(number.as_bytes().first(), Some(b'0' | b'1'))
    {
        return None;
    }
    let (body, check) = split_check_digits(number.as_bytes())?;
    (body.saturating_add(check) % 97 == 0)
        .then(|| AsciiBuf::from_ascii(number.as_bytes()))
        .flatten()
}

/// `stdnum.be.ogm_vcs`: the cleaned text, when it is 12 digits (the caller checks them).
pub(crate) fn structured_communication(input: &str) -> Option<String> {
    Some(clean(input, " +/", true)).filter(|n| positive_digits(n))
}

/// `stdnum.be.eid`: the cleaned text, when it is digits (the caller checks them).
pub(crate) fn eid_card_number(input: &str) -> Option<String> {
    Some(clean(input, " -./", true)).filter(|n| positive_digits(n))
}

/// `stdnum.bic`: the cleaned text, when it is letters and digits (the caller checks them).
pub(crate) fn bic(input: &str) -> Option<String> {
    Some(clean(input, " -", true))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `stdnum.iban` as used by `stdnum.be.iban`, without the look-alike map (see the module docs):
/// the cleaned text, when it is letters and digits (the caller checks them).
pub(crate) fn iban(input: &str) -> Option<String> {
    Some(clean(input, " -.", false))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `stdnum.iso11649`: `RF`, 5 to 25 characters, and ISO 7064 MOD 97-10 over the whole (which
/// accepts the check digits 00, 01 and 99, and letters in the check digits' place).
pub(crate) fn creditor_reference(input: &str) -> Option<AsciiBuf<25>> {
    let number = clean(input, " -.,/:", true);
    let bytes = number.as_bytes();
    if !(5..=25).contains(&bytes.len()) || !bytes.starts_with(b"RF") {
        return None;
    }
    let (head, reference) = (bytes.get(..4)?, bytes.get(4..)?);
    (iso7064_mod97_10([reference, head]) == Some(1))
        .then(|| AsciiBuf::from_ascii(bytes))
        .flatten()
}

/// The ASCII character that `stdnum.util.clean` maps a Unicode look-alike to (python-stdnum 2.2's
/// `_char_map`, generated from its source); other characters are returned unchanged.
fn ascii_lookalike(c: char) -> char {
    match u32::from(c) {
        0x00A0 | 0x2000 | 0x2001 | 0x2002 | 0x2003 | 0x2004 | 0x2005 | 0x2006 | 0x2007 | 0x2008
        | 0x2009 | 0x200A | 0x202F | 0x205F | 0x3000 => ' ',
        0x00B4 | 0x02B9 | 0x02BB | 0x02BC | 0x02BE | 0x02BF | 0x02C8 | 0x0300 | 0x0301 | 0x0312
        | 0x0313 | 0x055A | 0x2018 | 0x2019 | 0x201B => '\'',
        0x066D | 0x070D | 0x204E | 0x2055 | 0x2217 | 0x22C6 | 0x2731 | 0x2732 | 0x2733 | 0x273A
        | 0x273B | 0x273C | 0x273D | 0x274A | 0x274B | 0xA60E | 0xFE61 | 0xFF0A => '*',
        0x00B8 | 0x060C | 0x066B | 0x066C | 0x201A | 0x2032 | 0x2E34 | 0x3001 | 0xFE10 | 0xFE50
        | 0xFE51 | 0xFF0C => ',',
        0x00AF | 0x02D7 | 0x058A | 0x05BE | 0x1680 | 0x180A | 0x2010 | 0x2011 | 0x2012 | 0x2013
        | 0x2014 | 0x2015 | 0x203E | 0x2043 | 0x207B | 0x208B | 0x2212 | 0x23AF | 0x23BA
        | 0x23BB | 0x23BC | 0x23BD | 0x23E4 | 0xFE63 | 0xFF0D | 0xFFE3 => '-',
        0x00B7 | 0x02D9 | 0x0387 | 0x06D4 | 0x0701 | 0x0702 | 0x0830 | 0x0F0B | 0x0F0C | 0x16EB
        | 0x2022 | 0x2024 | 0x2027 | 0x2219 | 0x22C5 | 0x2E31 | 0x2E33 | 0x3002 | 0x30FB
        | 0xFBB2 | 0xFBB3 | 0xFE52 | 0xFF0E | 0xFF65 | 0x10101 | 0x1091F | 0x10A50 => '.',
        0x083C | 0x2044 | 0x2215 | 0x27CB | 0x29F8 | 0xFF0F => '/',
        0x1361 | 0x16EC | 0x1804 | 0xFE13 | 0xFE30 | 0xFE55 | 0xFF1A => ':',
        // FULLWIDTH DIGIT ZERO..NINE
        code @ 0xFF10..=0xFF19 => digit(code.wrapping_sub(0xFF10)),
        // MATHEMATICAL BOLD, DOUBLE-STRUCK, SANS-SERIF, SANS-SERIF BOLD and MONOSPACE DIGIT ZERO..NINE
        code @ 0x1D7CE..=0x1D7FF => digit(code.wrapping_sub(0x1D7CE) % 10),
        _ => c,
    }
}

fn digit(value: u32) -> char {
    char::from_digit(value, 10).unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_maps_deletes_strips_and_uppercases() {
        assert_eq!(clean("\u{1C} be\u{2013}0403 ", " -", true), "BE0403");
        assert_eq!(clean("\u{FF11}\u{1D7D0}", "", true), "12");
        assert_eq!(clean("\u{FF11}", "", false), "\u{FF11}");
        assert_eq!(clean("a\tb", " ", true), "A\tB");
    }

    #[test]
    fn insz_follows_python_stdnum() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29);
        // Serial 000 and 35 July: python-stdnum accepts them.
        assert!(insz("85073000061", today).is_some());
        assert!(insz("85073500107", today).is_some());
        // It does not remove slashes or inner tabs.
        assert!(insz("85/07/30-033/28", today).is_none());
        assert!(insz("85073\t003328", today).is_none());
        // 2027 is after the current year, so only the 19xx check digits count.
        assert!(insz("27010100385", today).is_none());
        assert!(insz("27010100356", today).is_some());
    }

    #[test]
    fn enterprise_follows_python_stdnum() {
        assert_eq!(
            enterprise("(0)403019261").map(|n| n.as_str().to_owned()),
            Some("0403019261".to_owned())
        );
        assert!(enterprise("BE 403.019.261").is_some());
        assert!(enterprise("0403035000").is_some());
        assert!(enterprise("0000000000").is_none());
        assert!(enterprise("0403\t019\t261").is_none());
    }
}
