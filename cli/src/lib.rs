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

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, ErrorCode, EstablishmentUnitNumber,
    Iban, Identifier, Insz, InszError, NisCode, OvoCode, ParseOptions, StructuredCommunication,
    VatNumber,
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

/// Reusable buffers, so that checking a line allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    normalized: String,
    formatted: String,
}

/// Checks `value` and returns whether it is valid, leaving the compact and display forms (or
/// the error code and message) in the scratch buffers.
fn check_value(
    kind: Kind,
    options: &ParseOptions,
    value: &str,
    scratch: &mut Scratch,
) -> Result<(), &'static str> {
    fn go<T: Identifier>(
        result: Result<T, T::Error>,
        scratch: &mut Scratch,
    ) -> Result<(), &'static str> {
        scratch.normalized.clear();
        scratch.formatted.clear();
        match result {
            Ok(id) => {
                scratch.normalized.push_str(id.as_str());
                let _ = write!(scratch.formatted, "{id}");
                Ok(())
            }
            Err(err) => {
                let _ = write!(scratch.formatted, "{err}");
                Err(err.code())
            }
        }
    }
    fn insz(result: Result<Insz, InszError>, scratch: &mut Scratch) -> Result<(), &'static str> {
        go::<Insz>(result, scratch)
    }
    match kind {
        Kind::Insz => insz(Insz::parse_with(value, options), scratch),
        Kind::Rrn => insz(Insz::parse_rrn_with(value, options), scratch),
        Kind::Bis => insz(Insz::parse_bis_with(value, options), scratch),
        Kind::Enterprise => go(EnterpriseNumber::parse_with(value, options), scratch),
        Kind::Establishment => go(EstablishmentUnitNumber::parse_with(value, options), scratch),
        Kind::Vat => go(VatNumber::parse_with(value, options), scratch),
        Kind::Ogm => go(StructuredCommunication::parse_with(value, options), scratch),
        Kind::Rf => go(CreditorReference::parse_with(value, options), scratch),
        Kind::Iban => go(Iban::parse_with(value, options), scratch),
        Kind::Bic => go(Bic::parse_with(value, options), scratch),
        Kind::Eid => go(EidCardNumber::parse_with(value, options), scratch),
        Kind::Nis => go(NisCode::parse_with(value, options), scratch),
        Kind::Ovo => go(OvoCode::parse_with(value, options), scratch),
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
    let mut scratch = Scratch::default();
    write_verdict(kind, options, value, &mut scratch, out)
}

fn write_verdict(
    kind: Kind,
    options: &ParseOptions,
    value: &str,
    scratch: &mut Scratch,
    out: &mut impl Write,
) -> io::Result<bool> {
    let result = check_value(kind, options, value, scratch);
    let verdict = match result {
        Ok(()) => Verdict {
            input: value,
            valid: true,
            normalized: Some(&scratch.normalized),
            formatted: Some(&scratch.formatted),
            error: None,
        },
        Err(code) => Verdict {
            input: value,
            valid: false,
            normalized: None,
            formatted: None,
            error: Some(ErrorOut {
                code,
                message: &scratch.formatted,
            }),
        },
    };
    serde_json::to_writer(&mut *out, &verdict)?;
    out.write_all(b"\n")?;
    Ok(result.is_ok())
}

/// Checks every line of `input` (the value is the line without its `\n` or `\r\n` ending; bytes
/// that are not UTF-8 are replaced by U+FFFD, which makes the value invalid) and writes one
/// JSON line per value to `output`, in input order. Memory use does not grow with the input.
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
    mut input: impl BufRead,
    mut output: impl Write,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut scratch = Scratch::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let value = line.strip_suffix(b"\n").unwrap_or(&line);
        let value = value.strip_suffix(b"\r").unwrap_or(value);
        let value = String::from_utf8_lossy(value);
        if write_verdict(kind, options, &value, &mut scratch, &mut output)? {
            summary.valid += 1;
        } else {
            summary.invalid += 1;
        }
    }
    output.flush()?;
    Ok(summary)
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
    let mut summary = Summary::default();
    let mut scratch = Scratch::default();
    for value in values {
        if write_verdict(kind, options, value, &mut scratch, &mut output)? {
            summary.valid += 1;
        } else {
            summary.invalid += 1;
        }
    }
    output.flush()?;
    Ok(summary)
}
