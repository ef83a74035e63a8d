//! `bouwstenen decision`: validate a session given in the crate's JSON form, and render its
//! documents as JSON-LD or RDFa.

use std::io::{self, Read, Write};

use bouwstenen::decision::{
    BuildOptions, DecisionError, DocumentKind, Iri, RenderOptions, SessionBuilder, Violations,
    Zitting,
};
use serde::Serialize;

/// The largest session `bouwstenen decision` reads, in bytes (a council meeting with hundreds of
/// items is a few megabytes).
pub const MAX_SESSION_BYTES: u64 = 64 * 1024 * 1024;

/// What `bouwstenen decision validate` prints.
#[derive(Serialize)]
struct Report<'a> {
    valid: bool,
    violations: &'a [serde_json::Value],
}

/// Why a session could not be used: the input is not its JSON form (where, as a line and
/// column, never the offending text, which could be personal data), or the violations.
enum Rejected {
    Json { line: usize, column: usize },
    Violations(Violations),
}

impl Rejected {
    /// Every problem as `{"code":…,"path":…,"message":…}`.
    fn to_json(&self) -> Vec<serde_json::Value> {
        match self {
            Rejected::Json { line, column } => vec![serde_json::json!({
                "code": DecisionError::Json.code(),
                "path": "",
                "message": format!("{} (line {line}, column {column})", DecisionError::Json),
            })],
            Rejected::Violations(violations) => violations
                .iter()
                .filter_map(|v| serde_json::to_value(v).ok())
                .collect(),
        }
    }
}

/// Reads a session in the crate's JSON form (at most [`MAX_SESSION_BYTES`]) and builds it.
fn read_session(input: impl Read, options: &BuildOptions) -> io::Result<Result<Zitting, Rejected>> {
    let mut text = Vec::new();
    input.take(MAX_SESSION_BYTES).read_to_end(&mut text)?;
    Ok(match serde_json::from_slice::<SessionBuilder>(&text) {
        Ok(builder) => builder.build(options).map_err(Rejected::Violations),
        Err(err) => Err(Rejected::Json {
            line: err.line(),
            column: err.column(),
        }),
    })
}

/// Builds the options: a base IRI for local keys, and the profile of one document kind.
///
/// ```
/// let options = bouwstenen_cli::decision_options(Some("https://data.voorbeeldgem.be/id/"), None);
/// assert!(options.is_ok());
/// assert!(bouwstenen_cli::decision_options(Some("not an iri"), None).is_err());
/// ```
pub fn decision_options(
    base: Option<&str>,
    document: Option<DocumentKind>,
) -> Result<BuildOptions, DecisionError> {
    let mut options = BuildOptions::default();
    if let Some(base) = base {
        let iri: Iri = base.parse().map_err(|_| DecisionError::IriBase)?;
        options = options.with_base(iri)?;
    }
    if let Some(kind) = document {
        options = options.for_document(kind);
    }
    Ok(options)
}

/// Validates the session read from `input` and writes
/// `{"valid":bool,"violations":[{"code":…,"path":…,"message":…}]}` to `output`; returns whether
/// it is valid.
///
/// ```
/// use bouwstenen_cli::{decision_options, validate_session};
///
/// let mut out = Vec::new();
/// let valid = validate_session(&b"{}"[..], &decision_options(None, None).unwrap(), &mut out)?;
/// assert!(!valid);
/// let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(report["violations"][0]["code"], "decision.json");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn validate_session(
    input: impl Read,
    options: &BuildOptions,
    mut output: impl Write,
) -> io::Result<bool> {
    let violations = match read_session(input, options)? {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.to_json(),
    };
    write_report(&violations, &mut output)?;
    Ok(violations.is_empty())
}

/// The output formats of `bouwstenen decision render`.
///
/// ```
/// assert_ne!(bouwstenen_cli::DecisionFormat::Jsonld, bouwstenen_cli::DecisionFormat::Rdfa);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DecisionFormat {
    /// One JSON-LD document with the crate's embedded context.
    Jsonld,
    /// An HTML page with RDFa, as municipalities publish for LBLOD to harvest.
    Rdfa,
}

/// Reads a session in the crate's JSON form from `input`, builds it with `options` and writes
/// document `kind` to `output` in `format`; returns `true` when it did. When the session is not
/// valid (or the document cannot be made from it), nothing is written to `output` and the
/// report of [`validate_session`] goes to `errors`.
///
/// ```
/// use bouwstenen::decision::{DocumentKind, RenderOptions, Zitting};
/// use bouwstenen_cli::{decision_options, render_session, DecisionFormat};
///
/// let session = serde_json::to_vec(&Zitting::example()).unwrap();
/// let mut page = Vec::new();
/// let options = decision_options(None, Some(DocumentKind::Besluitenlijst)).unwrap();
/// let rendered = render_session(&session[..], &options, DocumentKind::Besluitenlijst,
///     DecisionFormat::Rdfa, &RenderOptions::default(), &mut page, std::io::sink())?;
/// assert!(rendered);
/// assert!(String::from_utf8(page).unwrap().contains("besluit:Besluit"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn render_session(
    input: impl Read,
    options: &BuildOptions,
    kind: DocumentKind,
    format: DecisionFormat,
    render: &RenderOptions,
    mut output: impl Write,
    mut errors: impl Write,
) -> io::Result<bool> {
    let zitting = match read_session(input, options)? {
        Ok(zitting) => zitting,
        Err(rejected) => {
            write_report(&rejected.to_json(), &mut errors)?;
            return Ok(false);
        }
    };
    let rendered = match format {
        DecisionFormat::Jsonld => zitting.to_jsonld(kind, render).and_then(|value| {
            serde_json::to_string_pretty(&value).map_err(|_| DecisionError::Json)
        }),
        DecisionFormat::Rdfa => zitting.to_rdfa(kind, render),
    };
    match rendered {
        Ok(text) => {
            output.write_all(text.as_bytes())?;
            output.write_all(b"\n")?;
            output.flush()?;
            Ok(true)
        }
        Err(err) => {
            let problem =
                serde_json::json!({"code": err.code(), "path": "", "message": err.to_string()});
            write_report(&[problem], &mut errors)?;
            Ok(false)
        }
    }
}

/// Writes `{"valid":…,"violations":[…]}` and a line break.
fn write_report(violations: &[serde_json::Value], mut output: impl Write) -> io::Result<()> {
    let report = Report {
        valid: violations.is_empty(),
        violations,
    };
    serde_json::to_writer(&mut output, &report)?;
    output.write_all(b"\n")?;
    output.flush()
}
