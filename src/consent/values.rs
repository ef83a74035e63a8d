//! The value types of a consent record: instants, digests, identifiers, durations and the
//! open code lists. Each keeps its text exactly as written, because the hash chain is computed
//! over the text: a record must verify with any implementation, so nothing may be rewritten.

use core::fmt;
use core::str::FromStr;
use std::borrow::Cow;

use chrono::{DateTime, Datelike, Months, TimeDelta, Utc};

use crate::consent::ConsentError;

/// The longest identifier, URI or other single-line text of a record, in bytes.
pub(crate) const MAX_TEXT: usize = 4096;

/// Serde through the text form, and a JSON Schema string with a pattern, for a validated text
/// type whose `FromStr` error is [`ConsentError`].
macro_rules! text_serde {
    ($ty:ident, $title:literal, $description:literal, $pattern:expr) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!("bouwstenen::consent::", stringify!($ty)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": $description,
                    "type": "string",
                    "pattern": $pattern,
                })
            }
        }
    };
}

/// A UTC instant written in RFC 3339 with `Z`, such as `2026-02-10T09:15:41.007Z`.
///
/// The text is kept exactly as written (`2026-01-05T00:00:00Z` stays without milliseconds)
/// because events are hashed over their text. Instants compare by the moment they name.
///
/// ```
/// use bouwstenen::consent::Timestamp;
///
/// let t: Timestamp = "2026-02-10T09:15:41.007Z".parse()?;
/// assert_eq!(t.to_string(), "2026-02-10T09:15:41.007Z");
/// assert_eq!(t.instant().timestamp(), 1_770_714_941);
/// assert!("2026-02-10T10:15:41+01:00".parse::<Timestamp>().is_err()); // UTC only
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
    instant: DateTime<Utc>,
}

impl Timestamp {
    /// The instant, as a chrono UTC date-time.
    ///
    /// ```
    /// let t: bouwstenen::consent::Timestamp = "2026-06-01T18:02:11.500Z".parse()?;
    /// assert_eq!(t.instant().timestamp_subsec_millis(), 500);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn instant(&self) -> DateTime<Utc> {
        self.instant
    }

    /// The timestamp of a chrono instant, written with milliseconds (finer parts are cut off):
    /// the form the crate writes. RFC 3339 writes the years 0000 to 9999 only: an instant
    /// outside them is held at the first or last instant it can write.
    ///
    /// ```
    /// use bouwstenen::consent::Timestamp;
    /// use chrono::{TimeZone, Utc};
    ///
    /// let t = Timestamp::from_instant(Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap());
    /// assert_eq!(t.as_str(), "2026-03-01T00:00:00.000Z");
    /// ```
    pub fn from_instant(instant: DateTime<Utc>) -> Self {
        // The text has milliseconds, and so must the instant: with the nanoseconds kept, the
        // timestamp would not read back as itself, and a record would change its states (an
        // end of validity a fraction later) once written and read again.
        let instant =
            DateTime::from_timestamp_millis(instant.timestamp_millis()).unwrap_or(instant);
        // RFC 3339 writes the years 0000 to 9999: an instant outside them is held at the
        // nearest one that can be written, so that the text always reads back.
        let first = DateTime::from_timestamp_millis(-62_167_219_200_000).unwrap_or(instant);
        let last = DateTime::from_timestamp_millis(253_402_300_799_999).unwrap_or(instant);
        let instant = instant.clamp(first, last);
        let text = instant.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        Timestamp { text, instant }
    }

    /// The text, exactly as written.
    ///
    /// ```
    /// let t: bouwstenen::consent::Timestamp = "2026-01-05T00:00:00Z".parse()?;
    /// assert_eq!(t.as_str(), "2026-01-05T00:00:00Z");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl FromStr for Timestamp {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let bytes = text.as_bytes();
        // RFC 3339 in UTC: a `T` and a `Z` in upper case, seconds always present.
        let well_formed = text.len() >= 20
            && text.len() <= 30 // 19 characters, `.` and at most 9 digits, `Z`
            && text.is_ascii()
            && text.ends_with('Z')
            && bytes.get(10) == Some(&b'T')
            && bytes.get(19).is_some_and(|b| *b == b'Z' || *b == b'.');
        if !well_formed {
            return Err(ConsentError::Time);
        }
        let instant = DateTime::parse_from_rfc3339(text).map_err(|_| ConsentError::Time)?;
        Ok(Timestamp {
            text: text.to_owned(),
            instant: instant.with_timezone(&Utc),
        })
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({})", self.text)
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    /// By instant, then by text (`…00.000Z` before `…00Z`, as `.` sorts before `Z`), so that
    /// the order agrees with equality. The rules compare [`instant`](Self::instant)s.
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.instant
            .cmp(&other.instant)
            .then_with(|| self.text.cmp(&other.text))
    }
}

text_serde!(
    Timestamp,
    "UTC instant",
    "An RFC 3339 date-time in UTC with an upper-case T and Z, such as 2026-02-10T09:15:41.007Z.",
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$"
);

/// A SHA-256 digest written `sha256:` and 64 lower-case hexadecimal digits: the digest of a
/// notice as shown, of evidence, of a workflow, or a link of the hash chain.
///
/// ```
/// use bouwstenen::consent::Digest;
///
/// let d = Digest::of(b"abc");
/// assert_eq!(d.to_string(), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
/// assert_eq!(d.to_string().parse::<Digest>()?, d);
/// assert!("sha256:BA78".parse::<Digest>().is_err());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest([u8; 32]);

impl Digest {
    /// The SHA-256 digest of some bytes, such as the exact bytes of a notice as it was shown.
    ///
    /// ```
    /// let notice = "<p>U ontvangt onze nieuwsbrief over wegenwerken.</p>";
    /// let digest = bouwstenen::consent::Digest::of(notice.as_bytes());
    /// assert!(digest.to_string().starts_with("sha256:"));
    /// ```
    pub fn of(bytes: &[u8]) -> Self {
        use sha2::Digest as _;
        Digest(sha2::Sha256::digest(bytes).into())
    }

    /// The 32 bytes of the digest.
    ///
    /// ```
    /// assert_eq!(bouwstenen::consent::Digest::of(b"").as_bytes()[0], 0xe3);
    /// ```
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The 64 hexadecimal digits, without the `sha256:` prefix (as `spdx:checksumValue`).
    ///
    /// ```
    /// assert!(bouwstenen::consent::Digest::of(b"").hex().starts_with("e3b0c442"));
    /// ```
    pub fn hex(&self) -> String {
        hex(&self.0)
    }
}

impl FromStr for Digest {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let hex = text.strip_prefix("sha256:").ok_or(ConsentError::Digest)?;
        if hex.len() != 64 {
            return Err(ConsentError::Digest);
        }
        if !hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(ConsentError::Digest);
        }
        let mut out = [0u8; 32];
        for (slot, pair) in out.iter_mut().zip(hex.as_bytes().chunks_exact(2)) {
            let pair = core::str::from_utf8(pair).map_err(|_| ConsentError::Digest)?;
            *slot = u8::from_str_radix(pair, 16).map_err(|_| ConsentError::Digest)?;
        }
        Ok(Digest(out))
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sha256:{}", self.hex())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

text_serde!(
    Digest,
    "SHA-256 digest",
    "sha256: followed by 64 lower-case hexadecimal digits.",
    "^sha256:[0-9a-f]{64}$"
);

/// A UUID URN, `urn:uuid:` and a UUID in lower case: the identifier of a record or an event.
///
/// ```
/// use bouwstenen::consent::UuidUrn;
///
/// let id: UuidUrn = "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?;
/// assert_eq!(id.uuid(), "3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01");
/// assert!("urn:uuid:3D1B4F55-9A0E-4C1B-8D2F-5E6A7B8C9D01".parse::<UuidUrn>().is_err());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UuidUrn(pub(crate) String);

impl UuidUrn {
    /// A version 4 UUID URN made from 16 random bytes that you supply (the library has no
    /// source of randomness): the version and variant bits are set.
    ///
    /// ```
    /// let id = bouwstenen::consent::UuidUrn::from_random_bytes([0xab; 16]);
    /// assert_eq!(id.as_str(), "urn:uuid:abababab-abab-4bab-abab-abababababab");
    /// ```
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> Self {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex = hex(&bytes);
        let part = |from: usize, to: usize| hex.get(from..to).unwrap_or_default();
        UuidUrn(format!(
            "urn:uuid:{}-{}-{}-{}-{}",
            part(0, 8),
            part(8, 12),
            part(12, 16),
            part(16, 20),
            part(20, 32)
        ))
    }

    /// The URN, `urn:uuid:…`.
    ///
    /// ```
    /// let id: bouwstenen::consent::UuidUrn = "urn:uuid:a0000000-0000-4000-8000-000000000001".parse()?;
    /// assert_eq!(id.as_str(), "urn:uuid:a0000000-0000-4000-8000-000000000001");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The UUID without the `urn:uuid:` prefix (as `dct:identifier`).
    ///
    /// ```
    /// let id: bouwstenen::consent::UuidUrn = "urn:uuid:a0000000-0000-4000-8000-000000000001".parse()?;
    /// assert_eq!(id.uuid(), "a0000000-0000-4000-8000-000000000001");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn uuid(&self) -> &str {
        self.0.get(9..).unwrap_or_default()
    }
}

/// Lower-case hexadecimal digits of some bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digit = |nibble: u8| char::from(DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0'));
    let mut out = String::with_capacity(bytes.len().saturating_mul(2));
    for byte in bytes {
        out.push(digit(byte >> 4));
        out.push(digit(byte & 0x0f));
    }
    out
}

impl FromStr for UuidUrn {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let uuid = text.strip_prefix("urn:uuid:").ok_or(ConsentError::Uuid)?;
        let ok = uuid.len() == 36
            && uuid.bytes().enumerate().all(|(i, b)| match i {
                8 | 13 | 18 | 23 => b == b'-',
                _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
            });
        if ok {
            Ok(UuidUrn(text.to_owned()))
        } else {
            Err(ConsentError::Uuid)
        }
    }
}

impl fmt::Display for UuidUrn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for UuidUrn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UuidUrn({})", self.0)
    }
}

text_serde!(
    UuidUrn,
    "UUID URN",
    "urn:uuid: followed by a UUID in lower case.",
    "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
);

/// An absolute URI kept exactly as written: a scheme (`https`, `urn`, …), a colon and at
/// least one more character, without whitespace or control characters. Used for notice
/// identifiers, subject pseudonyms, receipts and other references.
///
/// ```
/// use bouwstenen::consent::Uri;
///
/// let uri: Uri = "https://voorbeeld.invalid/privacy/nieuwsbrief/v3".parse()?;
/// assert_eq!(uri.as_str(), "https://voorbeeld.invalid/privacy/nieuwsbrief/v3");
/// assert!("nieuwsbrief".parse::<Uri>().is_err());
/// assert!("urn:a b".parse::<Uri>().is_err());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uri(pub(crate) String);

impl Uri {
    /// The URI as written.
    ///
    /// ```
    /// let uri: bouwstenen::consent::Uri = "urn:x-party:gemeente".parse()?;
    /// assert_eq!(uri.as_str(), "urn:x-party:gemeente");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Uri {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let (scheme, rest) = text.split_once(':').ok_or(ConsentError::Uri)?;
        let scheme_ok = scheme
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        let rest_ok = !rest.is_empty()
            && text.len() <= MAX_TEXT
            && !text
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c));
        if scheme_ok && rest_ok {
            Ok(Uri(text.to_owned()))
        } else {
            Err(ConsentError::Uri)
        }
    }
}

impl fmt::Display for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Uri({})", self.0)
    }
}

text_serde!(
    Uri,
    "URI",
    "An absolute URI (scheme, colon, rest) without whitespace or control characters, kept as written.",
    r#"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+$"#
);

/// A local key of a record: a purpose (`nieuwsbrief-wegenwerken`) or a party
/// (`party:gemeente-voorbeeld`). 1 to 200 characters `A`–`Z`, `a`–`z`, `0`–`9`, `.`, `_`,
/// `~`, `:`, `/` or `-`.
///
/// ```
/// use bouwstenen::consent::Key;
///
/// let key: Key = "nieuwsbrief-wegenwerken".parse()?;
/// assert_eq!(key.as_str(), "nieuwsbrief-wegenwerken");
/// assert!("nieuwsbrief wegenwerken".parse::<Key>().is_err());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(pub(crate) String);

impl Key {
    /// The key as written.
    ///
    /// ```
    /// let key: bouwstenen::consent::Key = "party:leverancier".parse()?;
    /// assert_eq!(key.as_str(), "party:leverancier");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Key {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let ok = !text.is_empty()
            && text.len() <= 200
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._~:/-".contains(&b));
        if ok {
            Ok(Key(text.to_owned()))
        } else {
            Err(ConsentError::Key)
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({})", self.0)
    }
}

text_serde!(
    Key,
    "Local key",
    "A purpose or party key: 1 to 200 characters A-Z a-z 0-9 . _ ~ : / -.",
    "^[A-Za-z0-9._~:/-]{1,200}$"
);

/// An ISO 8601 duration such as `P2Y`, `P1Y6M`, `P30D`, `PT12H` or `P2W`: whole numbers of
/// years, months, weeks, days, hours, minutes and seconds.
///
/// Years and months are calendar units: `P1M` from 31 January ends on the last day of
/// February, as chrono adds months.
///
/// ```
/// use bouwstenen::consent::{IsoDuration, Timestamp};
///
/// let d: IsoDuration = "P2Y".parse()?;
/// let given: Timestamp = "2026-02-10T09:15:41.007Z".parse()?;
/// assert_eq!(d.after(&given).unwrap().as_str(), "2028-02-10T09:15:41.007Z");
/// assert!("P".parse::<IsoDuration>().is_err());
/// assert!("P1.5Y".parse::<IsoDuration>().is_err());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct IsoDuration {
    text: String,
    months: u32,
    days: u64,
    seconds: u64,
}

impl IsoDuration {
    /// The duration as written.
    ///
    /// ```
    /// let d: bouwstenen::consent::IsoDuration = "P1Y".parse()?;
    /// assert_eq!(d.as_str(), "P1Y");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The instant this long after `start`, or `None` when it lies after the year 9999, which
    /// RFC 3339 cannot write.
    ///
    /// ```
    /// use bouwstenen::consent::{IsoDuration, Timestamp};
    ///
    /// let start: Timestamp = "2026-01-31T12:00:00Z".parse()?;
    /// let d: IsoDuration = "P1M".parse()?;
    /// assert_eq!(d.after(&start).unwrap().as_str(), "2026-02-28T12:00:00.000Z");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn after(&self, start: &Timestamp) -> Option<Timestamp> {
        let days = i64::try_from(self.days).ok()?;
        let seconds = i64::try_from(self.seconds).ok()?;
        let instant = start
            .instant()
            .checked_add_months(Months::new(self.months))?
            .checked_add_signed(TimeDelta::try_days(days)?)?
            .checked_add_signed(TimeDelta::try_seconds(seconds)?)?;
        // A later instant would be written `+10000-…`, which does not read back.
        if instant.year() > 9999 {
            return None;
        }
        Some(Timestamp::from_instant(instant))
    }
}

impl FromStr for IsoDuration {
    type Err = ConsentError;

    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let body = text.strip_prefix('P').ok_or(ConsentError::Duration)?;
        if body.is_empty() || text.len() > 64 {
            return Err(ConsentError::Duration);
        }
        let (mut months, mut days, mut seconds) = (0u32, 0u64, 0u64);
        let mut in_time = false;
        let mut number: Option<u64> = None;
        let mut units_seen = 0usize;
        let mut last_rank = 0u8;
        for c in body.chars() {
            if c == 'T' {
                if in_time || number.is_some() {
                    return Err(ConsentError::Duration);
                }
                in_time = true;
                continue;
            }
            if let Some(digit) = c.to_digit(10) {
                let n = number.unwrap_or(0);
                number = Some(
                    n.checked_mul(10)
                        .and_then(|n| n.checked_add(u64::from(digit)))
                        .ok_or(ConsentError::Duration)?,
                );
                continue;
            }
            let n = number.take().ok_or(ConsentError::Duration)?;
            // Units in their fixed order: Y M W D, then after T: H M S.
            let rank = match (in_time, c) {
                (false, 'Y') => 1,
                (false, 'M') => 2,
                (false, 'W') => 3,
                (false, 'D') => 4,
                (true, 'H') => 5,
                (true, 'M') => 6,
                (true, 'S') => 7,
                _ => return Err(ConsentError::Duration),
            };
            if rank <= last_rank {
                return Err(ConsentError::Duration);
            }
            last_rank = rank;
            units_seen = units_seen.saturating_add(1);
            let overflow = ConsentError::Duration;
            let small = u32::try_from(n).map_err(|_| overflow)?;
            match rank {
                1 => {
                    months = months
                        .checked_add(small.checked_mul(12).ok_or(overflow)?)
                        .ok_or(overflow)?
                }
                2 => months = months.checked_add(small).ok_or(overflow)?,
                3 => {
                    days = days
                        .checked_add(n.checked_mul(7).ok_or(overflow)?)
                        .ok_or(overflow)?
                }
                4 => days = days.checked_add(n).ok_or(overflow)?,
                5 => {
                    seconds = seconds
                        .checked_add(n.checked_mul(3600).ok_or(overflow)?)
                        .ok_or(overflow)?
                }
                6 => {
                    seconds = seconds
                        .checked_add(n.checked_mul(60).ok_or(overflow)?)
                        .ok_or(overflow)?
                }
                _ => seconds = seconds.checked_add(n).ok_or(overflow)?,
            }
        }
        // A trailing number without unit, an empty time part (`P1DT`) or no unit at all.
        if number.is_some() || units_seen == 0 || (in_time && last_rank < 5) {
            return Err(ConsentError::Duration);
        }
        Ok(IsoDuration {
            text: text.to_owned(),
            months,
            days,
            seconds,
        })
    }
}

impl fmt::Display for IsoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for IsoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IsoDuration({})", self.text)
    }
}

text_serde!(
    IsoDuration,
    "ISO 8601 duration",
    "P followed by whole numbers of years, months, weeks and days, and after T hours, minutes and seconds, such as P2Y or PT12H.",
    "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$"
);

/// How long something lasts: the validity of a consent (ISO *validity_duration*) or the
/// retention of data (ISO *retention_period*), with the names of DPV's duration classes.
///
/// In JSON it is `{"type": "Temporal", "value": "P2Y"}`; `Endless` has no value.
///
/// ```
/// use bouwstenen::consent::{Timestamp, Validity};
///
/// let v: Validity = serde_json::from_str(r#"{"type":"UntilTime","value":"2026-12-31T23:59:59Z"}"#)?;
/// let given: Timestamp = "2026-03-15T16:39:10.000Z".parse()?;
/// assert_eq!(v.end(&given).unwrap().as_str(), "2026-12-31T23:59:59Z");
/// assert_eq!(v.dpv_class(), "dpv:UntilTimeDuration");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Validity {
    /// A length of time from the event (`dpv:TemporalDuration`).
    Temporal(IsoDuration),
    /// Until an instant (`dpv:UntilTimeDuration`).
    UntilTime(Timestamp),
    /// Until an event that the text describes (`dpv:UntilEventDuration`); the library cannot
    /// tell when it happens, so an explicit `Expired` event ends it.
    UntilEvent(String),
    /// For a number of uses (`dpv:FixedOccurrencesDuration`); counted by the application,
    /// which records `Expired` after the last one.
    FixedOccurrences(u32),
    /// Without end (`dpv:EndlessDuration`); refused for consent under the GDPR profile.
    Endless,
}

impl Validity {
    /// When it ends for something that started at `start`, if the record can tell: for
    /// `Temporal` and `UntilTime`. `None` for the others (and after the year 9999).
    ///
    /// ```
    /// use bouwstenen::consent::{Timestamp, Validity};
    ///
    /// let start: Timestamp = "2026-02-10T09:15:41.007Z".parse()?;
    /// assert_eq!(Validity::Temporal("P2Y".parse()?).end(&start).unwrap().as_str(), "2028-02-10T09:15:41.007Z");
    /// assert_eq!(Validity::Endless.end(&start), None);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn end(&self, start: &Timestamp) -> Option<Timestamp> {
        match self {
            Validity::Temporal(duration) => duration.after(start),
            Validity::UntilTime(end) => Some(end.clone()),
            Validity::UntilEvent(_) | Validity::FixedOccurrences(_) | Validity::Endless => None,
        }
    }

    /// The name used in JSON: `Temporal`, `UntilTime`, `UntilEvent`, `FixedOccurrences` or
    /// `Endless`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::consent::Validity::Endless.kind(), "Endless");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Validity::Temporal(_) => "Temporal",
            Validity::UntilTime(_) => "UntilTime",
            Validity::UntilEvent(_) => "UntilEvent",
            Validity::FixedOccurrences(_) => "FixedOccurrences",
            Validity::Endless => "Endless",
        }
    }

    /// The DPV class, such as `dpv:TemporalDuration`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::consent::Validity::Endless.dpv_class(), "dpv:EndlessDuration");
    /// ```
    pub fn dpv_class(&self) -> &'static str {
        match self {
            Validity::Temporal(_) => "dpv:TemporalDuration",
            Validity::UntilTime(_) => "dpv:UntilTimeDuration",
            Validity::UntilEvent(_) => "dpv:UntilEventDuration",
            Validity::FixedOccurrences(_) => "dpv:FixedOccurrencesDuration",
            Validity::Endless => "dpv:EndlessDuration",
        }
    }

    /// The value as JSON (`"P2Y"`, `3`), or `None` for `Endless`.
    ///
    /// ```
    /// use bouwstenen::consent::Validity;
    /// assert_eq!(Validity::FixedOccurrences(3).value(), Some(serde_json::json!(3)));
    /// ```
    pub fn value(&self) -> Option<serde_json::Value> {
        use serde_json::Value;
        match self {
            Validity::Temporal(d) => Some(Value::String(d.to_string())),
            Validity::UntilTime(t) => Some(Value::String(t.to_string())),
            Validity::UntilEvent(text) => Some(Value::String(text.clone())),
            Validity::FixedOccurrences(n) => Some(Value::from(*n)),
            Validity::Endless => None,
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ValidityJson<'a> {
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Value>,
}

impl serde::Serialize for Validity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ValidityJson {
            kind: Cow::Borrowed(self.kind()),
            value: self.value(),
        }
        .serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Validity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let json = ValidityJson::deserialize(deserializer)?;
        let text = || match &json.value {
            Some(serde_json::Value::String(text)) => Ok(text.as_str()),
            _ => Err(D::Error::custom(ConsentError::Duration)),
        };
        let validity = match json.kind.as_ref() {
            "Temporal" => Validity::Temporal(text()?.parse().map_err(D::Error::custom)?),
            "UntilTime" => Validity::UntilTime(text()?.parse().map_err(D::Error::custom)?),
            "UntilEvent" => {
                let text = text()?;
                if text.trim().is_empty() || text.len() > MAX_TEXT {
                    return Err(D::Error::custom(ConsentError::Duration));
                }
                Validity::UntilEvent(text.to_owned())
            }
            "FixedOccurrences" => match json.value.as_ref().and_then(serde_json::Value::as_u64) {
                Some(n) if n > 0 => Validity::FixedOccurrences(
                    u32::try_from(n).map_err(|_| D::Error::custom(ConsentError::Duration))?,
                ),
                _ => return Err(D::Error::custom(ConsentError::Duration)),
            },
            "Endless" if json.value.is_none() => Validity::Endless,
            _ => return Err(D::Error::custom(ConsentError::Duration)),
        };
        Ok(validity)
    }
}

impl schemars::JsonSchema for Validity {
    fn schema_name() -> Cow<'static, str> {
        "Validity".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "bouwstenen::consent::Validity".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let duration = generator.subschema_for::<IsoDuration>();
        let timestamp = generator.subschema_for::<Timestamp>();
        schemars::json_schema!({
            "title": "Duration",
            "description": "How long a consent is valid or data is kept, with DPV's duration classes.",
            "oneOf": [
                {"type": "object", "properties": {"type": {"const": "Temporal"}, "value": duration}, "required": ["type", "value"], "additionalProperties": false},
                {"type": "object", "properties": {"type": {"const": "UntilTime"}, "value": timestamp}, "required": ["type", "value"], "additionalProperties": false},
                {"type": "object", "properties": {"type": {"const": "UntilEvent"}, "value": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT, "pattern": "\\S"}}, "required": ["type", "value"], "additionalProperties": false},
                {"type": "object", "properties": {"type": {"const": "FixedOccurrences"}, "value": {"type": "integer", "minimum": 1, "maximum": u32::MAX}}, "required": ["type", "value"], "additionalProperties": false},
                {"type": "object", "properties": {"type": {"const": "Endless"}}, "required": ["type"], "additionalProperties": false},
            ],
        })
    }
}

/// Declares an open code list: known values as variants, and `Unknown(String)` for a value
/// that a newer version of the format may use, so that a record from a newer library is
/// carried and verified unchanged. The JSON Schema lists the known values only: it is the
/// contract for what is written.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value that this version of the library does not know, kept as written.
            Unknown(String),
        }

        impl $name {
            /// Every value this version knows, in the order of the format's documentation.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::consent::", stringify!($name), ";\n\n",
                "let known: Vec<&str> = ", stringify!($name), "::KNOWN.iter().map(|value| value.as_str()).collect();\n",
                "assert_eq!(known, [\n", $("    \"", $text, "\",\n",)* "]);\n",
                "// Each reads back as itself, and none is `Unknown`.\n",
                "for value in ", stringify!($name), "::KNOWN {\n",
                "    assert_eq!(value.as_str().parse::<", stringify!($name), ">().as_ref(), Ok(value));\n",
                "    assert!(!matches!(value, ", stringify!($name), "::Unknown(_)));\n",
                "}\n```",
            )]
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as written in JSON.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::consent::", stringify!($name), ";\n\n",
                $("assert_eq!(", stringify!($name), "::", stringify!($variant), ".as_str(), \"", $text, "\");\n",)*
                "// A value of a newer version of the format is kept as written.\n",
                "let newer: ", stringify!($name), " = \"x-newer-value\".parse()?;\n",
                "assert_eq!(newer, ", stringify!($name), "::Unknown(\"x-newer-value\".to_owned()));\n",
                "assert_eq!(newer.as_str(), \"x-newer-value\");\n",
                "# Ok::<(), bouwstenen::consent::ConsentError>(())\n```",
            )]
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $text, )*
                    $name::Unknown(text) => text,
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::consent::ConsentError;

            /// Any non-empty word; one this version does not know becomes `Unknown`.
            fn from_str(text: &str) -> Result<Self, $crate::consent::ConsentError> {
                Ok(match text {
                    $( $text => $name::$variant, )*
                    _ if !text.is_empty() && text.len() <= 100 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b)) => $name::Unknown(text.to_owned()),
                    _ => return Err($crate::consent::ConsentError::Code),
                })
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                concat!("bouwstenen::consent::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let description = concat!($("`", $text, "` ",)*);
                schemars::json_schema!({
                    "title": stringify!($name),
                    "description": format!("One of: {}", description.trim_end()),
                    "type": "string",
                    "enum": [$($text),*],
                })
            }
        }
    };
}

pub(crate) use open_enum;
