//! The engine of the `bouwstenen` command line tool, as a library so that it can be tested and
//! fuzzed without starting a process.
//!
//! `bouwstenen check KIND` reads one value per line and writes one JSON object per line:
//!
//! ```
//! use bouwstenen::ParseOptions;
//! use bouwstenen_cli::{check_stream, Kind};
//!
//! let input = "85.07.30-033.28\nx\n";
//! let mut output = Vec::new();
//! let summary = check_stream(Kind::Insz, &ParseOptions::strict(), input.as_bytes(), &mut output)?;
//! assert_eq!((summary.valid, summary.invalid), (1, 1));
//! let text = String::from_utf8(output).unwrap();
//! let mut lines = text.lines();
//! assert_eq!(
//!     lines.next(),
//!     Some(r#"{"input":"85.07.30-033.28","valid":true,"normalized":"85073003328","formatted":"85.07.30-033.28"}"#)
//! );
//! assert_eq!(
//!     lines.next(),
//!     Some(r#"{"input":"x","valid":false,"error":{"code":"insz.length","message":"expected 11 digits, found 1"}}"#)
//! );
//! # Ok::<(), std::io::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod address;
mod consent;
mod coord;
mod decision;

pub use address::{AddressStyle, format_addresses, parse_address_values, parse_addresses};
pub use consent::{MAX_RECORD_BYTES, parse_instant, record_states, verify_record};
pub use coord::{Crs, convert_stream};
pub use decision::{
    DecisionFormat, MAX_SESSION_BYTES, decision_options, render_session, validate_session,
};

use std::fmt::Write as _;
use std::io::{self, BufRead, Read, Write};

use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, ErrorCode, EstablishmentUnitNumber,
    Iban, Identifier, Insz, NisCode, OvoCode, ParseOptions, StructuredCommunication, VatNumber,
};
use serde::Serialize;

/// The kinds of identifier `bouwstenen check` validates; on the command line they are written in
/// lower case (`insz`, `rrn` …).
///
/// ```
/// use clap::ValueEnum;
/// let kind = bouwstenen_cli::Kind::from_str("vat", false).unwrap();
/// assert_eq!(kind, bouwstenen_cli::Kind::Vat);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Kind {
    /// INSZ/NISS: a national register number or a BIS number.
    Insz,
    /// A national register number (rijksregisternummer) only.
    Rrn,
    /// A BIS number only.
    Bis,
    /// A KBO/BCE enterprise number.
    Enterprise,
    /// A KBO/BCE establishment unit number.
    Establishment,
    /// A Belgian VAT number (BE and the enterprise number).
    Vat,
    /// A structured communication (OGM/VCS).
    Ogm,
    /// An ISO 11649 creditor reference (RF).
    Rf,
    /// An IBAN.
    Iban,
    /// A BIC.
    Bic,
    /// A Belgian eID card number.
    Eid,
    /// A NIS/REFNIS code.
    Nis,
    /// An OVO code.
    Ovo,
}

/// How many values were valid and invalid.
///
/// ```
/// use bouwstenen::ParseOptions;
/// use bouwstenen_cli::{check_values, Kind, Summary};
///
/// let summary = check_values(Kind::Nis, &ParseOptions::strict(), ["44021", "44.021"], std::io::sink())?;
/// assert_eq!(summary, Summary { valid: 1, invalid: 1 });
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Values that were valid.
    pub valid: u64,
    /// Values that were invalid.
    pub invalid: u64,
}

/// One output line.
#[derive(Serialize)]
struct Verdict<'a> {
    input: &'a str,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    normalized: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    formatted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorOut<'a>>,
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    code: &'a str,
    message: &'a str,
}

/// The longest line `check_stream` reads; a longer one is reported as invalid
/// (`input.too_long`) without being read into memory, which keeps memory use constant.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Checks values one after the other, reusing its buffers so that checking a value allocates
/// nothing once they have grown.
struct Checker<'a> {
    kind: Kind,
    options: &'a ParseOptions,
    normalized: String,
    formatted: String,
    summary: Summary,
}

impl<'a> Checker<'a> {
    fn new(kind: Kind, options: &'a ParseOptions) -> Self {
        Self {
            kind,
            options,
            normalized: String::new(),
            formatted: String::new(),
            summary: Summary::default(),
        }
    }

    /// Checks `value`, leaving the compact and display forms (or the error message) in the
    /// buffers; the error code is returned.
    fn verdict(&mut self, value: &str) -> Result<(), &'static str> {
        fn record<T: Identifier>(
            result: Result<T, T::Error>,
            normalized: &mut String,
            formatted: &mut String,
        ) -> Result<(), &'static str> {
            normalized.clear();
            formatted.clear();
            match result {
                Ok(id) => {
                    normalized.push_str(id.as_str());
                    let _ = write!(formatted, "{id}");
                    Ok(())
                }
                Err(err) => {
                    let _ = write!(formatted, "{err}");
                    Err(err.code())
                }
            }
        }
        let (o, n, f) = (self.options, &mut self.normalized, &mut self.formatted);
        match self.kind {
            Kind::Insz => record(Insz::parse_with(value, o), n, f),
            Kind::Rrn => record(Insz::parse_rrn_with(value, o), n, f),
            Kind::Bis => record(Insz::parse_bis_with(value, o), n, f),
            Kind::Enterprise => record(EnterpriseNumber::parse_with(value, o), n, f),
            Kind::Establishment => record(EstablishmentUnitNumber::parse_with(value, o), n, f),
            Kind::Vat => record(VatNumber::parse_with(value, o), n, f),
            Kind::Ogm => record(StructuredCommunication::parse_with(value, o), n, f),
            Kind::Rf => record(CreditorReference::parse_with(value, o), n, f),
            Kind::Iban => record(Iban::parse_with(value, o), n, f),
            Kind::Bic => record(Bic::parse_with(value, o), n, f),
            Kind::Eid => record(EidCardNumber::parse_with(value, o), n, f),
            Kind::Nis => record(NisCode::parse_with(value, o), n, f),
            Kind::Ovo => record(OvoCode::parse_with(value, o), n, f),
        }
    }

    /// Checks `value` (or reports a line that was too long) and writes its JSON line.
    fn check(&mut self, value: &str, too_long: bool, out: &mut impl Write) -> io::Result<bool> {
        let result = if too_long {
            self.formatted.clear();
            let _ = write!(
                self.formatted,
                "the line is longer than {MAX_LINE_BYTES} bytes"
            );
            Err("input.too_long")
        } else {
            self.verdict(value)
        };
        let verdict = match result {
            Ok(()) => Verdict {
                input: value,
                valid: true,
                normalized: Some(&self.normalized),
                formatted: Some(&self.formatted),
                error: None,
            },
            Err(code) => Verdict {
                input: value,
                valid: false,
                normalized: None,
                formatted: None,
                error: Some(ErrorOut {
                    code,
                    message: &self.formatted,
                }),
            },
        };
        serde_json::to_writer(&mut *out, &verdict)?;
        out.write_all(b"\n")?;
        if result.is_ok() {
            self.summary.valid += 1;
        } else {
            self.summary.invalid += 1;
        }
        Ok(result.is_ok())
    }
}

/// Checks one value and writes its JSON line (with the final `\n`) to `out`. Returns whether
/// the value was valid.
///
/// ```
/// use bouwstenen::ParseOptions;
/// use bouwstenen_cli::{check_value_to, Kind};
///
/// let mut out = Vec::new();
/// assert!(check_value_to(Kind::Ogm, &ParseOptions::strict(), "010806817183", &mut out)?);
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     "{\"input\":\"010806817183\",\"valid\":true,\"normalized\":\"010806817183\",\"formatted\":\"+++010/8068/17183+++\"}\n"
/// );
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn check_value_to(
    kind: Kind,
    options: &ParseOptions,
    value: &str,
    out: &mut impl Write,
) -> io::Result<bool> {
    Checker::new(kind, options).check(value, false, out)
}

/// Checks every line of `input` and writes one JSON line per value to `output`, in input order.
/// The value is the line without its `\n` or `\r\n` ending; bytes that are not UTF-8 are
/// replaced by U+FFFD, which makes the value invalid; a line longer than [`MAX_LINE_BYTES`] is
/// reported as invalid with the code `input.too_long` and its first [`MAX_LINE_BYTES`] bytes.
/// Memory use does not grow with the input.
///
/// ```
/// use bouwstenen::ParseOptions;
/// use bouwstenen_cli::{check_stream, Kind};
///
/// let mut out = Vec::new();
/// let summary = check_stream(Kind::Vat, &ParseOptions::lenient(), &b"0403019261\r\n"[..], &mut out)?;
/// assert_eq!(summary.invalid, 0);
/// assert!(String::from_utf8(out).unwrap().contains(r#""normalized":"BE0403019261""#));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn check_stream(
    kind: Kind,
    options: &ParseOptions,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<Summary> {
    let mut checker = Checker::new(kind, options);
    for_each_line(input, |value, too_long| {
        checker.check(value, too_long, &mut output).map(|_| ())
    })?;
    output.flush()?;
    Ok(checker.summary)
}

/// Calls `f` with every line of `input` (without its `\n` or `\r\n` ending, bytes that are not
/// UTF-8 replaced by U+FFFD) and whether it was cut at [`MAX_LINE_BYTES`]; the rest of a line
/// that is too long is skipped without being read into memory.
pub(crate) fn for_each_line(
    mut input: impl BufRead,
    mut f: impl FnMut(&str, bool) -> io::Result<()>,
) -> io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        let limit = u64::try_from(MAX_LINE_BYTES)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        if Read::take(input.by_ref(), limit).read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let ended = line.last() == Some(&b'\n');
        let too_long = !ended && line.len() > MAX_LINE_BYTES;
        if too_long {
            line.truncate(MAX_LINE_BYTES);
            input.skip_until(b'\n')?;
        }
        let value = line.strip_suffix(b"\n").unwrap_or(&line);
        let value = value.strip_suffix(b"\r").unwrap_or(value);
        f(&String::from_utf8_lossy(value), too_long)?;
    }
}

/// Checks each of `values` (as given, without splitting) and writes one JSON line per value.
///
/// ```
/// use bouwstenen::ParseOptions;
/// use bouwstenen_cli::{check_values, Kind};
///
/// let mut out = Vec::new();
/// let summary = check_values(Kind::Bic, &ParseOptions::strict(), ["GEBABEBB", "GEB1BEBB"], &mut out)?;
/// assert_eq!((summary.valid, summary.invalid), (1, 1));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn check_values<'a>(
    kind: Kind,
    options: &ParseOptions,
    values: impl IntoIterator<Item = &'a str>,
    mut output: impl Write,
) -> io::Result<Summary> {
    let mut checker = Checker::new(kind, options);
    for value in values {
        checker.check(value, false, &mut output)?;
    }
    output.flush()?;
    Ok(checker.summary)
}
