//! `bouwstenen address`: parse free-form addresses into OSLO JSON, and format OSLO JSON as text.

use std::io::{self, BufRead, Write};

use bouwstenen::Language;
use bouwstenen::NisCode;
use bouwstenen::address::{Address, Finding, Severity};
use serde::Serialize;

use crate::{MAX_LINE_BYTES, Summary, for_each_line};

/// One output line of `bouwstenen address parse`, in the order the contract gives: the
/// input, whether it is valid, the address, the REFNIS code and the findings (the library's
/// [`Finding`]s, or the parse error as a finding of severity `error`).
#[derive(Serialize)]
struct Parsed<'a> {
    input: &'a str,
    valid: bool,
    address: Option<&'a Address>,
    #[serde(rename = "nisCode")]
    nis_code: Option<NisCode>,
    findings: Findings<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Findings<'a> {
    Validation(&'a [Finding]),
    ParseError([Failure<'a>; 1]),
}

/// A parse error, printed as a finding of severity `error`.
#[derive(Serialize)]
struct Failure<'a> {
    code: &'a str,
    severity: Severity,
    message: String,
}

/// Parses and validates one address and writes its JSON line; returns whether it is valid.
fn parse_one(input: &str, too_long: bool, out: &mut impl Write) -> io::Result<bool> {
    let parsed = if too_long {
        Err((
            "input.too_long",
            format!("the line is longer than {MAX_LINE_BYTES} bytes"),
        ))
    } else {
        Address::parse(input).map_err(|err| (err.code(), err.to_string()))
    };
    let line = match &parsed {
        Ok(address) => {
            let validation = address.validate();
            let line = Parsed {
                input,
                valid: validation.is_valid(),
                address: Some(address),
                nis_code: validation.nis_code(),
                findings: Findings::Validation(validation.findings()),
            };
            serde_json::to_writer(&mut *out, &line)?;
            line.valid
        }
        Err((code, message)) => {
            let line = Parsed {
                input,
                valid: false,
                address: None,
                nis_code: None,
                findings: Findings::ParseError([Failure {
                    code,
                    severity: Severity::Error,
                    message: message.clone(),
                }]),
            };
            serde_json::to_writer(&mut *out, &line)?;
            false
        }
    };
    out.write_all(b"\n")?;
    Ok(line)
}

/// Parses each line of `input` as a free-form address, validates it against the municipality
/// register, and writes one JSON object per line:
/// `{"input":…,"valid":bool,"address":{…OSLO terms…},"nisCode":"44021" or null,"findings":[{"code":…,"severity":"error"|"warning","message":…}]}`.
/// An address is valid when it parses and no finding is an error. Empty lines are skipped.
///
/// ```
/// use bouwstenen_cli::parse_addresses;
///
/// let mut out = Vec::new();
/// let summary = parse_addresses(&b"Kerkstraat 12 bus 3, 9000 Gent\n"[..], &mut out)?;
/// assert_eq!(summary.valid, 1);
/// let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(line["address"]["busnummer"], "3");
/// assert_eq!(line["nisCode"], "44021");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn parse_addresses(input: impl BufRead, mut output: impl Write) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for_each_line(input, |line, too_long| {
        if line.trim().is_empty() && !too_long {
            return Ok(());
        }
        if parse_one(line, too_long, &mut output)? {
            summary.valid += 1;
        } else {
            summary.invalid += 1;
        }
        Ok(())
    })?;
    output.flush()?;
    Ok(summary)
}

/// Like [`parse_addresses`], for addresses given as separate values (each may hold a line
/// break between its street line and its locality line).
///
/// ```
/// use bouwstenen_cli::parse_address_values;
///
/// let mut out = Vec::new();
/// let summary = parse_address_values(["Meir 78, 9000 Antwerpen"], &mut out)?;
/// assert_eq!(summary.invalid, 1);
/// assert!(String::from_utf8(out).unwrap().contains("address.postcode_municipality"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn parse_address_values<'a>(
    values: impl IntoIterator<Item = &'a str>,
    mut output: impl Write,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for value in values {
        if parse_one(value, false, &mut output)? {
            summary.valid += 1;
        } else {
            summary.invalid += 1;
        }
    }
    output.flush()?;
    Ok(summary)
}

/// How `bouwstenen address format` writes an address.
///
/// ```
/// assert_ne!(bouwstenen_cli::AddressStyle::Line, bouwstenen_cli::AddressStyle::Label);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AddressStyle {
    /// The register's one-line form: `Kerkstraat 12 bus 3, 9000 Gent`.
    Line,
    /// bpost's postal label: street line and locality line, then an empty line.
    Label,
}

/// Reads one JSON object per line (an address in its OSLO JSON form, or a line of
/// `bouwstenen address parse` output, whose `address` is used) and writes it as text in
/// `language`: one output line per input line in the [`AddressStyle::Line`] style, or one
/// label followed by an empty line per address in the [`AddressStyle::Label`] style. A line
/// that is not a valid address gives an error object `{"line":N,"code":…,"message":…}` on
/// `errors`, and an empty output line in the line style (nothing in the label style).
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen_cli::{format_addresses, AddressStyle};
///
/// let input = r#"{"straatnaam":"Rue Haute","huisnummer":"130","busnummer":"2","postcode":"1000","gemeentenaam":"Bruxelles"}"#;
/// let mut out = Vec::new();
/// format_addresses(Language::Fr, AddressStyle::Line, input.as_bytes(), &mut out, std::io::sink())?;
/// assert_eq!(String::from_utf8(out).unwrap(), "Rue Haute 130 bte 2, 1000 Bruxelles\n");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn format_addresses(
    language: Language,
    style: AddressStyle,
    input: impl BufRead,
    mut output: impl Write,
    mut errors: impl Write,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut number: u64 = 0;
    for_each_line(input, |line, too_long| {
        number += 1;
        if line.trim().is_empty() && !too_long {
            return Ok(());
        }
        match read_address(line, too_long) {
            Ok(address) => {
                summary.valid += 1;
                match style {
                    AddressStyle::Line => writeln!(output, "{}", address.one_line(language)),
                    AddressStyle::Label => {
                        writeln!(output, "{}\n", address.postal_label(language))
                    }
                }
            }
            Err((code, message)) => {
                summary.invalid += 1;
                let json = serde_json::json!({ "line": number, "code": code, "message": message });
                writeln!(errors, "{json}")?;
                match style {
                    // An empty line keeps the output aligned with the input.
                    AddressStyle::Line => writeln!(output),
                    // Labels are separated by empty lines, so an empty one would be invisible.
                    AddressStyle::Label => Ok(()),
                }
            }
        }
    })?;
    output.flush()?;
    Ok(summary)
}

/// Reads an address from a JSON line: the object itself or its `address` member.
fn read_address(line: &str, too_long: bool) -> Result<Address, (&'static str, String)> {
    if too_long {
        return Err((
            "input.too_long",
            format!("the line is longer than {MAX_LINE_BYTES} bytes"),
        ));
    }
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|err| ("input.json", err.to_string()))?;
    let value = match value.get("address") {
        Some(inner) if value.get("input").is_some() => inner.clone(),
        _ => value,
    };
    serde_json::from_value(value).map_err(|err| ("address.json", err.to_string()))
}
