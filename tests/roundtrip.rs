//! Round-trip properties of every identifier type.
//!
//! The valid values are built here from the published check-digit formulas, independently of
//! the crate's own code, and must parse, keep their compact form and survive every round trip
//! (display form, compact form, serde). Arbitrary text must never make a parser panic, and
//! whatever parses must parse back, in the same mode, from its compact and display forms.

use core::fmt::{Debug, Display};

use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, EstablishmentUnitNumber, Iban,
    Identifier, Insz, InszKind, NisCode, OvoCode, Sex, StructuredCommunication, VatNumber,
};
use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

use crate::util::{lenient, strict, vector_today};

/// 256 cases per property (proptest's default; `PROPTEST_CASES` overrides it), and no
/// proptest-regressions files in the source tree.
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Check digits, computed here from the published formulas.
// ---------------------------------------------------------------------------------------------

/// `97 − (n mod 97)`: INSZ, enterprise and establishment unit numbers.
fn complement97(n: u64) -> u64 {
    97 - n % 97
}

/// `n mod 97`, with 0 written as 97: OGM/VCS, eID card numbers, Belgian account numbers.
fn mod97_or_97(n: u64) -> u64 {
    match n % 97 {
        0 => 97,
        r => r,
    }
}

/// The ISO 7064 MOD 97-10 remainder of `text` (ASCII digits and upper-case letters), the
/// textbook way: every letter becomes its two-digit value (A = 10 … Z = 35), then the digit
/// string is reduced piecewise, the running remainder followed by at most 7 more digits at a
/// time, so that no intermediate number exceeds 9 digits.
fn iso7064_remainder(text: &str) -> u64 {
    let digits: String = text
        .chars()
        .map(|c| match c {
            '0'..='9' => c.to_string(),
            'A'..='Z' => (u32::from(c) - u32::from('A') + 10).to_string(),
            other => panic!("not an ISO 7064 character: {other:?}"),
        })
        .collect();
    let mut remainder = 0u64;
    let mut rest = digits.as_str();
    while !rest.is_empty() {
        let (head, tail) = rest.split_at(rest.len().min(7));
        remainder = format!("{remainder}{head}").parse::<u64>().unwrap() % 97;
        rest = tail;
    }
    remainder
}

/// The compact enterprise (first digit 0–1) or establishment unit (2–8) number for the first
/// eight digits.
fn kbo_number(first8: u64) -> String {
    format!("{first8:08}{:02}", complement97(first8))
}

/// The 12 digits of an OGM/VCS or eID card number for the first ten digits.
fn mod97_number(first10: u64) -> String {
    format!("{first10:010}{:02}", mod97_or_97(first10))
}

/// `RF`, the ISO 11649 check digits and the reference.
fn rf_reference(reference: &str) -> String {
    let check = 98 - iso7064_remainder(&format!("{reference}RF00"));
    format!("RF{check:02}{reference}")
}

/// The Belgian IBAN of a 10-digit account number (bank code and account).
fn belgian_iban(account10: u64) -> String {
    let bban = mod97_number(account10);
    let check = 98 - iso7064_remainder(&format!("{bban}BE00"));
    format!("BE{check:02}{bban}")
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        other => panic!("no month {other}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies for valid values.
// ---------------------------------------------------------------------------------------------

/// A valid INSZ and what it encodes.
#[derive(Debug, Clone)]
struct InszCase {
    compact: String,
    kind: InszKind,
    birth_date: Option<NaiveDate>,
    sex: Option<Sex>,
    born_2000s: bool,
}

impl InszCase {
    /// The check digits of the other century (never equal to the real ones).
    fn other_century_check(&self) -> u64 {
        let body: u64 = self.compact[..9].parse().unwrap();
        if self.born_2000s {
            complement97(body)
        } else {
            complement97(body + 2_000_000_000)
        }
    }
}

/// Valid INSZ numbers for today = 2026-11-29: RRN (month 00–12, serial 001–998) and both kinds
/// of BIS number (month + 20, month + 40, any serial). A complete date is a real calendar day
/// not after today; a known month with an unknown day (00) is not after November 2026; an unknown
/// month (00) may have any day field (the counter used when serials run out).
fn insz_case() -> impl Strategy<Value = InszCase> {
    (
        0..3u8,
        any::<bool>(),
        0..100u32,
        0..=12u32,
        0..100u32,
        0..1000u32,
    )
        .prop_filter_map(
            "not a valid INSZ for 2026-11-29",
            |(kind, born_2000s, yy, month, day, serial)| {
                let year = if born_2000s {
                    2000 + yy % 27
                } else {
                    1900 + yy
                };
                let day = if month == 0 { day } else { day % 32 };
                let birth_date = match (month, day) {
                    (0, _) => None,
                    (_, 0) => {
                        if (year, month) > (2026, 11) {
                            return None;
                        }
                        None
                    }
                    _ => {
                        if day > days_in_month(year, month) || (year, month, day) > (2026, 11, 29) {
                            return None;
                        }
                        Some(NaiveDate::from_ymd_opt(year as i32, month, day).unwrap())
                    }
                };
                let (kind, offset) = match kind {
                    0 => (InszKind::Rrn, 0),
                    1 => (InszKind::BisSexUnknown, 20),
                    _ => (InszKind::BisSexKnown, 40),
                };
                if kind == InszKind::Rrn && !(1..=998).contains(&serial) {
                    return None;
                }
                let body = u64::from(year % 100) * 10_000_000
                    + u64::from(month + offset) * 100_000
                    + u64::from(day) * 1_000
                    + u64::from(serial);
                let check = if born_2000s {
                    complement97(body + 2_000_000_000)
                } else {
                    complement97(body)
                };
                let sex = match kind {
                    InszKind::BisSexUnknown => None,
                    _ if serial % 2 == 1 => Some(Sex::Male),
                    _ => Some(Sex::Female),
                };
                Some(InszCase {
                    compact: format!("{body:09}{check:02}"),
                    kind,
                    birth_date,
                    sex,
                    born_2000s,
                })
            },
        )
}

fn insz_compact() -> BoxedStrategy<String> {
    insz_case().prop_map(|c| c.compact).boxed()
}

fn enterprise_compact() -> BoxedStrategy<String> {
    (0..20_000_000u64).prop_map(kbo_number).boxed()
}

fn establishment_compact() -> BoxedStrategy<String> {
    (20_000_000..90_000_000u64).prop_map(kbo_number).boxed()
}

fn vat_compact() -> BoxedStrategy<String> {
    enterprise_compact().prop_map(|e| format!("BE{e}")).boxed()
}

fn ogm_compact() -> BoxedStrategy<String> {
    (0..10_000_000_000u64).prop_map(mod97_number).boxed()
}

fn rf_compact() -> BoxedStrategy<String> {
    "[0-9A-Z]{1,21}".prop_map(|r| rf_reference(&r)).boxed()
}

fn iban_compact() -> BoxedStrategy<String> {
    (0..10_000_000_000u64).prop_map(belgian_iban).boxed()
}

/// A sample of country codes, including `XK` (Kosovo), which SWIFT uses.
const BIC_COUNTRIES: &[&str] = &[
    "BE", "NL", "FR", "DE", "LU", "GB", "XK", "IT", "ES", "CH", "AT", "US", "JP", "PL",
];

fn bic_compact() -> BoxedStrategy<String> {
    (
        "[A-Z]{4}",
        select(BIC_COUNTRIES),
        "[A-Z0-9]{2}",
        "([A-Z0-9]{3})?",
    )
        .prop_map(|(party, country, location, branch)| {
            format!("{party}{country}{location}{branch}")
        })
        .boxed()
}

fn eid_compact() -> BoxedStrategy<String> {
    (0..10_000_000_000u64).prop_map(mod97_number).boxed()
}

fn nis_compact() -> BoxedStrategy<String> {
    "[0-9]{5}".boxed()
}

fn ovo_compact() -> BoxedStrategy<String> {
    (1..=999_999u32).prop_map(|n| format!("OVO{n:06}")).boxed()
}

// ---------------------------------------------------------------------------------------------
// Strategies for arbitrary text.
// ---------------------------------------------------------------------------------------------

/// Characters to insert or substitute: digits, letters, the separators, the OGM delimiters,
/// other punctuation, Unicode whitespace, and non-ASCII digit, dash and dot look-alikes.
const NOISE: &[char] = &[
    '0',
    '1',
    '2',
    '7',
    '9',
    'A',
    'B',
    'E',
    'F',
    'O',
    'R',
    'V',
    'b',
    'e',
    'o',
    'r',
    'x',
    ' ',
    '.',
    '-',
    '/',
    '+',
    '*',
    '(',
    ')',
    ',',
    ':',
    '_',
    '\t',
    '\n',
    '\u{a0}',
    '\u{3000}',
    '\u{200b}',
    '\u{ff10}',
    '\u{ff19}',
    '\u{1d7ce}',
    '\u{1d7ff}',
    '\u{0661}',
    '\u{2013}',
    '\u{2212}',
    '\u{00b7}',
    '\u{ff0f}',
    'é',
    'ß',
    '€',
];

/// Text that looks a bit like identifiers.
fn noise_text() -> impl Strategy<Value = String> {
    "[0-9A-Za-z .\\-/+*(),:\u{a0}\u{3000}\u{ff10}-\u{ff19}\u{2013}\u{2212}\u{00b7}é€]{0,36}"
}

/// A valid value written the way people write it: separators and whitespace between the
/// characters, lower case, something around it, and (in one case out of three) Unicode digit and
/// dash look-alikes, which only the lenient mode accepts.
fn decorated(valid: BoxedStrategy<String>) -> impl Strategy<Value = String> {
    const AROUND: &[&str] = &[
        "", "", "", "", "", " ", "\u{a0}", "\t\n", "+++", "***", "BE", "be ", "(0)", "RF", "OVO",
    ];
    (
        valid,
        vec(0u8..20, 36),
        any::<bool>(),
        0u8..3,
        select(AROUND),
        select(AROUND),
    )
        .prop_map(|(text, choices, lower, lookalikes, before, after)| {
            let lookalikes = lookalikes == 0;
            let mut out = String::from(before);
            for (c, &k) in text.chars().zip(choices.iter().cycle()) {
                match k {
                    0 => out.push(' '),
                    1 => out.push('.'),
                    2 => out.push('-'),
                    3 => out.push('/'),
                    4 => out.push('\u{a0}'),
                    5 if lookalikes => out.push('\u{2013}'),
                    _ => {}
                }
                let digit = c.to_digit(10).filter(|_| lookalikes);
                out.push(match (k, digit) {
                    (6, Some(d)) => char::from_u32(0xFF10 + d).unwrap(),
                    (7, Some(d)) => char::from_u32(0x1D7F6 + d).unwrap(),
                    _ if lower => c.to_ascii_lowercase(),
                    _ => c,
                });
            }
            out.push_str(after);
            out
        })
}

/// A valid value with one to three characters inserted, replaced, removed or swapped.
fn mutated(valid: BoxedStrategy<String>) -> impl Strategy<Value = String> {
    (valid, vec((0usize..40, 0u8..4, select(NOISE)), 1..4)).prop_map(|(text, edits)| {
        let mut chars: Vec<char> = text.chars().collect();
        for (pos, op, c) in edits {
            let i = pos % (chars.len() + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => chars[i] = c,
                2 if i < chars.len() => {
                    chars.remove(i);
                }
                _ if i + 1 < chars.len() => chars.swap(i, i + 1),
                _ => chars.push(c),
            }
        }
        chars.into_iter().collect()
    })
}

/// Arbitrary text: any string, identifier-like noise, and decorated or mutated valid values.
fn any_text(valid: BoxedStrategy<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => noise_text(),
        2 => decorated(valid.clone()),
        2 => mutated(valid),
    ]
}

// ---------------------------------------------------------------------------------------------
// The checks.
// ---------------------------------------------------------------------------------------------

/// `compact` is valid: it parses with `parse` (strict) and in lenient mode, `as_str()` gives it
/// back, the display and compact forms parse back to the same value, and serde round-trips
/// through the JSON string of the compact form.
fn check_valid<T, E>(
    compact: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<T, TestCaseError>
where
    T: Identifier + Display,
    E: Debug + PartialEq,
{
    let x = parse(compact)
        .map_err(|e| TestCaseError::fail(format!("valid {compact:?} rejected: {e:?}")))?;
    prop_assert_eq!(x.as_str(), compact);
    let display = x.to_string();
    prop_assert_eq!(parse(&display), Ok(x), "display form {:?}", display);
    prop_assert_eq!(parse(x.as_str()), Ok(x));
    // Lenient accepts everything strict accepts, as the same value.
    prop_assert_eq!(T::parse_with(compact, &lenient()), Ok(x));
    prop_assert_eq!(T::parse_with(&display, &lenient()), Ok(x));

    // serde parses with the strict `FromStr`, which for an INSZ checks the birth date against
    // the system clock: the generated dates are not after 2026-11-29, so this holds from then on.
    let json = serde_json::to_string(&x).unwrap();
    prop_assert_eq!(&json, &serde_json::to_string(compact).unwrap());
    let back: T = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("{json} does not deserialize: {e}")))?;
    prop_assert_eq!(back, x);
    // Deserialisation accepts what `FromStr` accepts, so the display form too.
    let display_json = serde_json::to_string(&display).unwrap();
    let back: T = serde_json::from_str(&display_json)
        .map_err(|e| TestCaseError::fail(format!("{display_json} does not deserialize: {e}")))?;
    prop_assert_eq!(back, x);
    Ok(x)
}

/// `check_valid` with the type's strict `FromStr`.
fn check_valid_from_str<T>(compact: &str) -> Result<T, TestCaseError>
where
    T: Identifier + Display + core::str::FromStr,
    <T as core::str::FromStr>::Err: Debug + PartialEq,
{
    check_valid(compact, str::parse::<T>)
}

/// Arbitrary text never panics, in strict and lenient mode; whatever parses, parses back from
/// `as_str()` and `to_string()` in the same mode to an equal value; and whatever strict accepts,
/// lenient accepts as the same value.
fn check_any<T: Identifier + Display>(input: &str) -> Result<(), TestCaseError> {
    let strict_result = T::parse_with(input, &strict());
    let lenient_result = T::parse_with(input, &lenient());
    for (options, result) in [(strict(), strict_result), (lenient(), lenient_result)] {
        if let Ok(x) = result {
            let mode = if options.is_lenient() {
                "lenient"
            } else {
                "strict"
            };
            prop_assert_eq!(
                T::parse_with(x.as_str(), &options),
                Ok(x),
                "{} {:?}: as_str {:?}",
                mode,
                input,
                x.as_str()
            );
            let display = x.to_string();
            prop_assert_eq!(
                T::parse_with(&display, &options),
                Ok(x),
                "{} {:?}: display {:?}",
                mode,
                input,
                display
            );
        }
    }
    if let Ok(x) = strict_result {
        prop_assert_eq!(lenient_result, Ok(x), "strict accepts {:?}", input);
    }
    Ok(())
}

/// Strict parsing rejects `compact` with its last two characters replaced by `check`.
fn check_rejects<T: Identifier>(compact: &str, check: u64) -> Result<(), TestCaseError> {
    let altered = format!("{}{check:02}", &compact[..compact.len() - 2]);
    prop_assume!(altered != compact);
    prop_assert!(
        T::parse_with(&altered, &strict()).is_err(),
        "{:?} (from {:?}) accepted",
        altered,
        compact
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn insz_valid_round_trips(case in insz_case()) {
        let today = vector_today();
        let insz = check_valid(&case.compact, |s: &str| Insz::parse_at(s, today))?;
        prop_assert_eq!(insz.kind(), case.kind);
        prop_assert_eq!(insz.birth_date(), case.birth_date);
        prop_assert_eq!(insz.sex_at_issuance(), case.sex);
        let expected = if case.kind == InszKind::Rrn {
            Insz::parse_rrn_with(&case.compact, &strict())
        } else {
            Insz::parse_bis_with(&case.compact, &strict())
        };
        prop_assert_eq!(expected, Ok(insz));
    }

    #[test]
    fn enterprise_valid_round_trips(compact in enterprise_compact()) {
        let kbo = check_valid_from_str::<EnterpriseNumber>(&compact)?;
        prop_assert_eq!(kbo.to_vat_number().to_string(), format!("BE {kbo}"));
        prop_assert_eq!(String::from(kbo.to_vat_number()), format!("BE{compact}"));
        // A VAT number parses as its enterprise number.
        prop_assert_eq!(format!("BE{compact}").parse::<EnterpriseNumber>(), Ok(kbo));
    }

    #[test]
    fn establishment_valid_round_trips(compact in establishment_compact()) {
        check_valid_from_str::<EstablishmentUnitNumber>(&compact)?;
    }

    #[test]
    fn vat_valid_round_trips(compact in vat_compact()) {
        let vat = check_valid_from_str::<VatNumber>(&compact)?;
        prop_assert_eq!(String::from(vat.enterprise_number()), &compact[2..]);
    }

    #[test]
    fn ogm_valid_round_trips(base in 0..10_000_000_000u64) {
        let compact = mod97_number(base);
        let ogm = check_valid_from_str::<StructuredCommunication>(&compact)?;
        prop_assert_eq!(StructuredCommunication::from_base(base), Ok(ogm));
        // The *** delimiters stand for +++.
        let stars = ogm.to_string().replace('+', "*");
        prop_assert_eq!(stars.parse::<StructuredCommunication>(), Ok(ogm));
    }

    #[test]
    fn rf_valid_round_trips(reference in "[0-9A-Z]{1,21}") {
        let compact = rf_reference(&reference);
        let rf = check_valid_from_str::<CreditorReference>(&compact)?;
        prop_assert_eq!(rf.reference(), reference.as_str());
        prop_assert_eq!(CreditorReference::from_reference(&reference), Ok(rf));
        prop_assert_eq!(CreditorReference::from_reference(&reference.to_lowercase()), Ok(rf));
    }

    #[test]
    fn iban_valid_round_trips(compact in iban_compact()) {
        let iban = check_valid_from_str::<Iban>(&compact)?;
        prop_assert_eq!(iban.country_code(), "BE");
        prop_assert_eq!(iban.check_digits(), &compact[2..4]);
        prop_assert_eq!(iban.bban(), &compact[4..]);
    }

    #[test]
    fn bic_valid_round_trips(compact in bic_compact()) {
        let bic = check_valid_from_str::<Bic>(&compact)?;
        prop_assert_eq!(bic.party_prefix(), &compact[..4]);
        prop_assert_eq!(bic.country_code(), &compact[4..6]);
        prop_assert_eq!(bic.location_code(), &compact[6..8]);
        prop_assert_eq!(bic.branch_code(), compact.get(8..).filter(|b| !b.is_empty()));
    }

    #[test]
    fn eid_valid_round_trips(compact in eid_compact()) {
        check_valid_from_str::<EidCardNumber>(&compact)?;
    }

    #[test]
    fn nis_valid_round_trips(compact in nis_compact()) {
        check_valid_from_str::<NisCode>(&compact)?;
    }

    #[test]
    fn ovo_valid_round_trips(compact in ovo_compact()) {
        let ovo = check_valid_from_str::<OvoCode>(&compact)?;
        prop_assert_eq!(u64::from(ovo.number()), compact[3..].parse::<u64>().unwrap());
    }

    #[test]
    fn insz_other_check_digits_are_rejected(case in insz_case(), check in 0..100u64) {
        // The other century's check digits give a different, possibly valid, number.
        prop_assume!(check != case.other_century_check());
        check_rejects::<Insz>(&case.compact, check)?;
    }

    #[test]
    fn enterprise_other_check_digits_are_rejected(compact in enterprise_compact(), check in 0..100u64) {
        check_rejects::<EnterpriseNumber>(&compact, check)?;
    }

    #[test]
    fn establishment_other_check_digits_are_rejected(compact in establishment_compact(), check in 0..100u64) {
        check_rejects::<EstablishmentUnitNumber>(&compact, check)?;
    }

    #[test]
    fn vat_other_check_digits_are_rejected(compact in vat_compact(), check in 0..100u64) {
        check_rejects::<VatNumber>(&compact, check)?;
    }

    #[test]
    fn ogm_other_check_digits_are_rejected(compact in ogm_compact(), check in 0..100u64) {
        check_rejects::<StructuredCommunication>(&compact, check)?;
    }

    #[test]
    fn eid_other_check_digits_are_rejected(compact in eid_compact(), check in 0..100u64) {
        check_rejects::<EidCardNumber>(&compact, check)?;
    }

    #[test]
    fn rf_other_check_digits_are_rejected(compact in rf_compact(), check in 0..100u64) {
        // The check digits are characters 3 and 4.
        let altered = format!("RF{check:02}{}", &compact[4..]);
        prop_assume!(altered != compact);
        prop_assert!(altered.parse::<CreditorReference>().is_err(), "{:?} accepted", altered);
    }

    #[test]
    fn iban_other_check_digits_are_rejected(compact in iban_compact(), check in 0..100u64) {
        let altered = format!("BE{check:02}{}", &compact[4..]);
        prop_assume!(altered != compact);
        prop_assert!(altered.parse::<Iban>().is_err(), "{:?} accepted", altered);
        // So are other national check digits (the ISO check digits recomputed to match).
        check_rejects_national(&compact, check)?;
    }

    #[test]
    fn insz_any_text(s in any_text(insz_compact())) {
        check_any::<Insz>(&s)?;
    }

    #[test]
    fn enterprise_any_text(s in any_text(enterprise_compact())) {
        check_any::<EnterpriseNumber>(&s)?;
    }

    #[test]
    fn establishment_any_text(s in any_text(establishment_compact())) {
        check_any::<EstablishmentUnitNumber>(&s)?;
    }

    #[test]
    fn vat_any_text(s in any_text(vat_compact())) {
        check_any::<VatNumber>(&s)?;
    }

    #[test]
    fn ogm_any_text(s in any_text(ogm_compact())) {
        check_any::<StructuredCommunication>(&s)?;
    }

    #[test]
    fn rf_any_text(s in any_text(rf_compact())) {
        check_any::<CreditorReference>(&s)?;
    }

    #[test]
    fn iban_any_text(s in any_text(iban_compact())) {
        check_any::<Iban>(&s)?;
    }

    #[test]
    fn bic_any_text(s in any_text(bic_compact())) {
        check_any::<Bic>(&s)?;
    }

    #[test]
    fn eid_any_text(s in any_text(eid_compact())) {
        check_any::<EidCardNumber>(&s)?;
    }

    #[test]
    fn nis_any_text(s in any_text(nis_compact())) {
        check_any::<NisCode>(&s)?;
    }

    #[test]
    fn ovo_any_text(s in any_text(ovo_compact())) {
        check_any::<OvoCode>(&s)?;
    }
}

/// A Belgian IBAN whose account number has other national check digits, with ISO check digits
/// that match, is rejected.
fn check_rejects_national(compact: &str, check: u64) -> Result<(), TestCaseError> {
    let bban = format!("{}{check:02}", &compact[4..14]);
    prop_assume!(bban != compact[4..]);
    let iso = 98 - iso7064_remainder(&format!("{bban}BE00"));
    let altered = format!("BE{iso:02}{bban}");
    prop_assert!(altered.parse::<Iban>().is_err(), "{:?} accepted", altered);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Known values from the standards and their documentation.
// ---------------------------------------------------------------------------------------------

#[test]
fn own_check_digits_match_published_examples() {
    // INSZ: 85.07.30-033.28 (born 1985) and the 2000s example body 2000125567 → 77.
    assert_eq!(complement97(850_730_033), 28);
    assert_eq!(complement97(2_000_125_567), 77);
    // Enterprise and establishment unit numbers.
    assert_eq!(kbo_number(4_030_192), "0403019261");
    assert_eq!(kbo_number(21_478_127), "2147812701");
    // OGM and eID card numbers.
    assert_eq!(mod97_number(108_068_171), "010806817183");
    assert_eq!(mod97_number(1_234_567_890), "123456789002");
    assert_eq!(mod97_number(5_911_917_064), "591191706458");
    // ISO 11649 Annex B.
    assert_eq!(rf_reference("2348231"), "RF712348231");
    // Belgian IBAN.
    assert_eq!(belgian_iban(5_390_075_470), "BE68539007547034");
    // ISO 13616 examples: the rearranged IBAN leaves remainder 1.
    for iban in [
        "NL91ABNA0417164300",
        "DE89370400440532013000",
        "GB29NWBK60161331926819",
        "FR1420041010050500013M02606",
    ] {
        assert_eq!(
            iso7064_remainder(&format!("{}{}", &iban[4..], &iban[..4])),
            1,
            "{iban}"
        );
    }
}

fn assert_forms<T>(input: &str, compact: &str, display: &str)
where
    T: Identifier + Display + core::str::FromStr,
    <T as core::str::FromStr>::Err: Debug,
{
    let value: T = input.parse().unwrap();
    assert_eq!(value.as_str(), compact, "{input:?}");
    assert_eq!(value.to_string(), display, "{input:?}");
}

#[test]
fn display_forms_are_the_official_ones() {
    assert_forms::<EnterpriseNumber>("0403019261", "0403019261", "0403.019.261");
    assert_forms::<EnterpriseNumber>("BE 0403.019.261", "0403019261", "0403.019.261");
    assert_forms::<EstablishmentUnitNumber>("2147812701", "2147812701", "2.147.812.701");
    assert_forms::<VatNumber>("be0403019261", "BE0403019261", "BE 0403.019.261");
    assert_forms::<StructuredCommunication>("010806817183", "010806817183", "+++010/8068/17183+++");
    assert_forms::<StructuredCommunication>(
        "***010/8068/17183***",
        "010806817183",
        "+++010/8068/17183+++",
    );
    assert_forms::<CreditorReference>("rf712348231", "RF712348231", "RF71 2348 231");
    assert_forms::<Iban>(
        "BE68539007547034",
        "BE68539007547034",
        "BE68 5390 0754 7034",
    );
    assert_forms::<Iban>(
        "fr14 2004 1010 0505 0001 3m02 606",
        "FR1420041010050500013M02606",
        "FR14 2004 1010 0505 0001 3M02 606",
    );
    assert_forms::<Iban>(
        "NL91ABNA0417164300",
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
    );
    assert_forms::<Iban>(
        "DE89370400440532013000",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
    );
    assert_forms::<Iban>(
        "GB29NWBK60161331926819",
        "GB29NWBK60161331926819",
        "GB29 NWBK 6016 1331 9268 19",
    );
    assert_forms::<Bic>("GEBABEBB", "GEBABEBB", "GEBABEBB");
    assert_forms::<Bic>("geba be bb xxx", "GEBABEBBXXX", "GEBABEBBXXX");
    assert_forms::<EidCardNumber>("591191706458", "591191706458", "591-1917064-58");
    assert_forms::<NisCode>("44021", "44021", "44021");
    assert_forms::<OvoCode>("OVO002949", "OVO002949", "OVO002949");

    let today = vector_today();
    let insz = Insz::parse_at("85073003328", today).unwrap();
    assert_eq!(insz.to_string(), "85.07.30-033.28");
    assert_eq!(insz.kind(), InszKind::Rrn);
    assert_eq!(insz.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
    assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
    assert_eq!(Insz::parse_at("85.07.30-033.28", today), Ok(insz));
}

#[test]
fn insz_known_values() {
    let today = vector_today();
    // Born 25 January 2000: only the 2000s formula matches.
    let insz = Insz::parse_at("00.01.25-567.77", today).unwrap();
    assert_eq!(insz.as_str(), "00012556777");
    assert_eq!(insz.birth_date(), NaiveDate::from_ymd_opt(2000, 1, 25));
    assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
    // Born today is allowed, born tomorrow is not.
    assert!(Insz::parse_at("26112900172", today).is_ok());
    assert!(Insz::parse_at("26112900172", today.pred_opt().unwrap()).is_err());
    // A BIS number with the sex known and one with the sex unknown.
    let bis = Insz::parse_at("00400100184", today).unwrap();
    assert_eq!(bis.kind(), InszKind::BisSexKnown);
    assert_eq!(bis.to_string(), "00.40.01-001.84");
    let bis = Insz::parse_at("92200006963", today).unwrap();
    assert_eq!(bis.kind(), InszKind::BisSexUnknown);
    assert_eq!(bis.sex_at_issuance(), None);
    // 29 February exists in 2000 but not in 1900.
    assert!(Insz::parse_at("00022900244", today).is_ok());
    let feb_29_1900 = format!("000229002{:02}", complement97(229_002));
    assert!(Insz::parse_at(&feb_29_1900, today).is_err());
    assert!(Insz::parse_with(&feb_29_1900, &lenient()).is_ok());
}

/// An incomplete birth date (month or day unknown) is compared with today by its year only
/// (policy §12.2): on 29 November 2026, December 2026 with the day unknown is accepted, while
/// the complete date 31 December 2026 and any date in 2027 are future birth dates.
#[test]
fn insz_incomplete_dates_are_compared_by_year() {
    let today = vector_today();
    let with_check = |body: u64| format!("{body:09}{:02}", complement97(body + 2_000_000_000));
    // 26.12.00-001: December 2026, day unknown; and its BIS form (month 12 + 40).
    assert_eq!(with_check(261_200_001), "26120000176");
    assert!(Insz::parse_at(&with_check(261_200_001), today).is_ok());
    assert!(Insz::parse_at(&with_check(265_200_001), today).is_ok());
    // 26.12.31-001: a complete date after today.
    assert_eq!(
        Insz::parse_at(&with_check(261_231_001), today)
            .unwrap_err()
            .code(),
        "insz.future"
    );
    // 27.00.00-001 and 27.12.00-001: a year after this year, month or day unknown.
    for body in [270_000_001, 271_200_001, 272_000_001] {
        let number = with_check(body);
        assert_eq!(
            Insz::parse_at(&number, today).unwrap_err().code(),
            "insz.future",
            "{number}"
        );
        assert!(Insz::parse_with(&number, &lenient()).is_err(), "{number}");
    }
}

#[test]
fn generated_values_match_the_constructors() {
    assert_eq!(
        StructuredCommunication::from_base(1_234_567_890)
            .unwrap()
            .to_string(),
        "+++123/4567/89002+++"
    );
    assert_eq!(
        CreditorReference::from_reference("2348231")
            .unwrap()
            .to_string(),
        "RF71 2348 231"
    );
}

#[test]
fn serde_uses_the_compact_form() {
    let vat: VatNumber = serde_json::from_str(r#""BE 0403.019.261""#).unwrap();
    assert_eq!(serde_json::to_string(&vat).unwrap(), r#""BE0403019261""#);
    let iban: Iban = serde_json::from_str(r#""BE68 5390 0754 7034""#).unwrap();
    assert_eq!(
        serde_json::to_string(&iban).unwrap(),
        r#""BE68539007547034""#
    );
    assert!(serde_json::from_str::<VatNumber>(r#""BE0403019262""#).is_err());
    assert!(serde_json::from_str::<Iban>("68539007547034").is_err());
}
