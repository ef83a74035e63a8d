//! The check-digit algorithms, each written once. Belgian identifiers use two different mod-97
//! schemes, and mixing them up is the most common mistake in published validators:
//!
//! | scheme | formula | used by |
//! |---|---|---|
//! | [`mod97_complement`] | `97 − (n mod 97)` | INSZ (RRN and BIS), enterprise and establishment unit numbers |
//! | [`mod97_or_97`] | `n mod 97`, with 0 written as 97 | OGM/VCS, the national check in a Belgian IBAN, eID card numbers |
//! | [`iso7064_mod97_10`] | ISO 7064 MOD 97-10 over digits and letters (A = 10 … Z = 35) | IBAN, ISO 11649 creditor references |

/// `97 − (n mod 97)`: always in 1..=97.
pub(crate) const fn mod97_complement(n: u64) -> u64 {
    97_u64.saturating_sub(n % 97)
}

/// `n mod 97`, with a remainder of 0 written as 97: always in 1..=97.
pub(crate) const fn mod97_or_97(n: u64) -> u64 {
    match n % 97 {
        0 => 97,
        r => r,
    }
}

/// Splits ASCII digits into the number before the last two digits and the last two (the check
/// digits); `None` unless there are at least three digits and all are ASCII digits.
pub(crate) fn split_check_digits(digits: &[u8]) -> Option<(u64, u64)> {
    let at = digits.len().checked_sub(2).filter(|&at| at > 0)?;
    let body = crate::text::digits_value(digits.get(..at)?)?;
    let check = crate::text::digits_value(digits.get(at..)?)?;
    Some((body, check))
}

/// Whether the last two digits are the number before them modulo 97, with 0 written as 97
/// (OGM/VCS, eID card numbers, Belgian account numbers).
pub(crate) fn has_mod97_or_97_check(digits: &[u8]) -> bool {
    split_check_digits(digits).is_some_and(|(body, check)| mod97_or_97(body) == check)
}

/// The check digits that an ISO 7064 MOD 97-10 alias stands for: 00, 01 and 99 pass the
/// arithmetic as 97, 98 and 02 do, but ISO 11649 and ISO 13616 only generate 02 to 98.
pub(crate) fn iso7064_alias(check: &[u8]) -> Option<&'static [u8; 2]> {
    match check {
        b"00" => Some(b"97"),
        b"01" => Some(b"98"),
        b"99" => Some(b"02"),
        _ => None,
    }
}

/// The ISO 7064 MOD 97-10 remainder of a string of ASCII digits and upper-case letters, each
/// letter counting as the two digits of its value (A = 10 … Z = 35). `None` for any other byte.
/// The computation is streaming, so the length of the input is not limited.
pub(crate) fn iso7064_mod97_10<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> Option<u32> {
    let mut remainder: u32 = 0;
    for part in parts {
        for &b in part {
            remainder = match b {
                b'0'..=b'9' => {
                    remainder
                        .wrapping_mul(10)
                        .wrapping_add(u32::from(b.wrapping_sub(b'0')))
                        % 97
                }
                b'A'..=b'Z' => {
                    remainder
                        .wrapping_mul(100)
                        .wrapping_add(u32::from(b.wrapping_sub(b'A')))
                        .wrapping_add(10)
                        % 97
                }
                _ => return None,
            };
        }
    }
    Some(remainder)
}

/// The two check digits that make `body` followed by `suffix` and the check digits pass
/// ISO 7064 MOD 97-10: `98 − remainder(body ‖ suffix ‖ "00")`, always 02..=98.
pub(crate) fn iso7064_check_digits(body: &[u8], suffix: &[u8]) -> Option<u8> {
    let remainder = iso7064_mod97_10([body, suffix, b"00".as_slice()])?;
    u8::try_from(98_u32.saturating_sub(remainder)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complement_matches_worked_examples() {
        // Enterprise number 0566.988.259: 05669882 mod 97 = 38, 97 − 38 = 59.
        assert_eq!(mod97_complement(5_669_882), 59);
        // Flemish Confluence example: a 2000s INSZ body 2000125567 gives check digits 77.
        assert_eq!(mod97_complement(2_000_125_567), 77);
        assert_eq!(mod97_complement(97), 97);
    }

    #[test]
    fn or_97_never_gives_zero() {
        assert_eq!(mod97_or_97(1_234_567_890), 2);
        assert_eq!(mod97_or_97(0), 97);
        assert_eq!(mod97_or_97(97), 97);
    }

    #[test]
    fn iso7064_matches_iso_11649_annex_b() {
        // ISO 11649 Annex B: reference 2348231 gets check digits 71.
        assert_eq!(iso7064_check_digits(b"2348231", b"RF"), Some(71));
        assert_eq!(iso7064_mod97_10([b"2348231RF71".as_slice()]), Some(1));
        assert_eq!(iso7064_mod97_10([b"a".as_slice()]), None);
    }
}
