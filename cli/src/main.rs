//! `bouwstenen`: validate Belgian identifiers and addresses in bulk, make payment QR codes,
//! convert coordinates, verify consent records and write the crate's JSON Schemas.

#![forbid(unsafe_code)]

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bouwstenen::Language;
use bouwstenen::consent::{Key, Timestamp};
use bouwstenen::decision::{DocumentKind, RenderOptions};
use bouwstenen::payment::{
    EpcCharset, EpcOptions, EpcPayload, EpcVersion, LineEnding, PaymentRequest, Remittance,
};
use bouwstenen::schema::{self, Dialect};
use bouwstenen::{ErrorCode, Iban, ParseOptions, PaymentError};
use bouwstenen_cli::{
    AddressStyle, Crs, DecisionFormat, Kind, Summary, check_stream, check_values, convert_stream,
    decision_options, format_addresses, parse_address_values, parse_addresses, parse_instant,
    record_states, render_session, validate_session, verify_record,
};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

/// Typed, validated data for Flemish and Belgian local government.
#[derive(Parser)]
#[command(name = "bouwstenen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate identifiers: the VALUEs given, or one value per line of standard input.
    ///
    /// Prints one JSON object per value, in input order (a line longer than 64 KiB is reported
    /// as invalid with the code input.too_long):
    /// {"input":…,"valid":true,"normalized":…,"formatted":…} or
    /// {"input":…,"valid":false,"error":{"code":…,"message":…}}.
    /// Exit status: 0 when all values are valid, 1 when at least one is invalid,
    /// 2 on a usage or input/output error.
    Check {
        /// What the values are.
        #[arg(value_enum)]
        kind: Kind,
        /// Also accept what python-stdnum 2.2 accepts (legacy data).
        #[arg(long)]
        lenient: bool,
        /// The date birth dates may not come after (YYYY-MM-DD); default: today.
        #[arg(long, value_name = "DATE")]
        today: Option<NaiveDate>,
        /// Values to check; without them, standard input is read.
        values: Vec<String>,
    },
    /// Make an EPC QR code ("GiroCode") for a payment, or read one with --parse.
    ///
    /// Prints the EPC069-12 payload, or writes the QR code with --svg or --png. With --parse,
    /// reads a payload from standard input and prints the payment request as JSON. Invalid
    /// input: exit status 1 and the error as JSON ({"code":…,"message":…}).
    Epc(Box<EpcArgs>),
    /// Parse free-form addresses, or format addresses given as JSON.
    #[command(subcommand)]
    Address(AddressCommand),
    /// Validate a meeting and its decisions (LBLOD Besluit publicatie), given in the crate's
    /// JSON form on standard input.
    #[command(subcommand)]
    Decision(DecisionCommand),
    /// Verify a consent record (ISO/IEC TS 27560 with DPV terms, the crate's JSON form) and
    /// print the state of its purposes.
    #[command(subcommand)]
    Consent(ConsentCommand),
    /// Convert coordinates between WGS 84, Lambert 72 and Lambert 2008, like PROJ's cs2cs.
    ///
    /// Reads one point per line from standard input ("x y", in the axis order of --from:
    /// latitude first for EPSG:4326, longitude first for OGC:CRS84, easting first for the
    /// Lambert systems) and writes the converted pair, tab-separated, followed by whatever came
    /// after the pair on the line. Lines that cannot be read give "*\t*".
    /// Exit status: 0 when every point converted, 1 otherwise.
    Coord {
        /// The input system: EPSG:4326, OGC:CRS84, EPSG:31370 or EPSG:3812.
        #[arg(long, value_name = "CRS")]
        from: Crs,
        /// The output system: EPSG:4326, OGC:CRS84, EPSG:31370 or EPSG:3812.
        #[arg(long, value_name = "CRS")]
        to: Crs,
    },
    /// Write or print the JSON Schemas of the crate's data types.
    ///
    /// With --out, writes every schema (2020-12 in DIR, draft-07 in DIR/draft-07); with --out
    /// and --check, only compares and exits 1 when a file differs. With NAME, prints that schema.
    /// Without either, lists the schema names.
    Schema {
        /// Folder to write the schema files to.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// With --out: compare instead of writing, exit 1 when the files differ.
        #[arg(long, requires = "out")]
        check: bool,
        /// The dialect of the schema printed for NAME.
        #[arg(long, value_enum, default_value_t = DialectArg::Draft2020_12)]
        dialect: DialectArg,
        /// A schema to print, such as Insz.
        name: Option<String>,
    },
}

#[derive(Subcommand)]
enum AddressCommand {
    /// Parse free-form addresses (the TEXTs given, or one address per line of standard input)
    /// and check them against the municipality register.
    ///
    /// Prints one JSON object per address, in input order:
    /// {"input":…,"valid":bool,"address":{…OSLO terms…},"nisCode":"44021" or null,
    /// "findings":[{"code":…,"severity":"error"|"warning","message":…}]}.
    /// Exit status: 0 when every address is valid, 1 when one is not, 2 on a usage or
    /// input/output error.
    Parse {
        /// Addresses to parse; without them, standard input is read (empty lines are skipped).
        texts: Vec<String>,
    },
    /// Write addresses as text: one JSON address per line of standard input (the OSLO JSON
    /// form, or the output of `address parse`), one address per output line.
    ///
    /// A line that is not an address gives an error object on standard error (and an empty
    /// output line in the line style). Exit status: 0 when every line was an address, 1
    /// otherwise.
    Format {
        /// The language of the box and PO box words (bus/bte/pf, Postbus/BP/Postfach).
        #[arg(long, value_enum, default_value_t = LangArg::Nl)]
        lang: LangArg,
        /// The register's one-line form, or bpost's two-line postal label.
        #[arg(long, value_enum, default_value_t = AddressStyle::Line)]
        style: AddressStyle,
    },
}

#[derive(Subcommand)]
enum DecisionCommand {
    /// Check a session (the crate's JSON form, on standard input) against the profile and its
    /// invariants.
    ///
    /// Prints {"valid":bool,"violations":[{"code":…,"path":…,"message":…}]} with every
    /// violation (path: a JSON Pointer into the input). Exit status: 0 when valid, 1 when not,
    /// 2 on a usage or input/output error.
    Validate {
        /// The base IRI under which local keys become node IRIs.
        #[arg(long, value_name = "IRI")]
        base: Option<String>,
        /// Check only what this document needs (an agenda needs no outcome).
        #[arg(long, value_enum)]
        document: Option<DocumentArg>,
    },
    /// Write a document of a session (the crate's JSON form, on standard input) as JSON-LD or
    /// as HTML with RDFa.
    ///
    /// When the session is not valid for that document, nothing is written to standard output
    /// and the report of `decision validate` goes to standard error; exit status 1.
    Render(RenderArgs),
}

#[derive(Subcommand)]
enum ConsentCommand {
    /// Verify a consent record: its hash chain and every rule, from the header on.
    ///
    /// Prints one JSON object. A valid record gives
    /// {"valid":true,"recordId":…,"events":n,"head":{"seq":…,"hash":"sha256:…"}}
    /// (head is null without events). A broken one gives
    /// {"valid":false,"head":…,"brokenAt":…,"code":…,"reason":…}:
    /// head is the last event that verified (or null); brokenAt is the first place that did
    /// not, one of {"event":seq}, {"header":true}, {"party":i}, {"notice":i} or {"head":true};
    /// code is the stable error code (such as consent.chain.hash) and reason its message.
    /// Input that is not JSON of a record is broken at the header with consent.json.
    /// Exit status: 0 when valid, 1 when not, 2 on a usage or input/output error.
    Verify {
        /// The record's JSON file; - (the default) reads standard input.
        #[arg(default_value = "-")]
        file: PathBuf,
    },
    /// Print the state of a purpose of a consent record at an instant (the record is verified
    /// first).
    ///
    /// Prints one JSON object per line, for --purpose or else for every purpose of the record
    /// in the order of its notices:
    /// {"purposeId":…,"at":…,"dpvStatus":…,"since":…,"validUntil":…,"basedOn":…,"validForProcessing":bool}
    /// (dpvStatus is a DPV status such as dpv:ConsentGiven; since, validUntil and basedOn are
    /// left out when unknown). When the record is not valid, nothing is printed and the report
    /// of `consent verify` goes to standard error; when it has no such purpose,
    /// {"code":"consent.purpose.unknown","message":…} does.
    /// Exit status: 0 when the states were printed, 1 when not, 2 on a usage or input/output
    /// error.
    State {
        /// The record's JSON file; - (the default) reads standard input.
        #[arg(default_value = "-")]
        file: PathBuf,
        /// The purpose (its purposeId); without it, every purpose.
        #[arg(long, value_name = "ID")]
        purpose: Option<Key>,
        /// The instant: RFC 3339 in UTC (2026-03-01T00:00:00Z), with an offset (converted to
        /// UTC), or now.
        #[arg(long, value_name = "INSTANT", value_parser = parse_instant)]
        at: Timestamp,
    },
}

#[derive(clap::Args)]
struct RenderArgs {
    /// JSON-LD, or an HTML page with RDFa.
    #[arg(long, value_enum)]
    format: DecisionFormat,
    /// Which document of the session.
    #[arg(long, value_enum)]
    document: DocumentArg,
    /// The base IRI under which local keys become node IRIs.
    #[arg(long, value_name = "IRI")]
    base: Option<String>,
    /// Also state prov:generated (treatment to decision); off by default because LBLOD's
    /// validator (lib-decision-validation 1.0.51) then marks treatments with several decisions
    /// as invalid.
    #[arg(long)]
    emit_prov_generated: bool,
    /// With `--document uittreksel`: which extract, its index (from 0) in
    /// `documenten.uittreksels`; the first by default.
    #[arg(long, value_name = "N", default_value_t = 0)]
    uittreksel: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocumentArg {
    Agenda,
    Besluitenlijst,
    Notulen,
    /// An extract of the minutes about one treatment (see `--uittreksel`).
    Uittreksel,
}

impl From<DocumentArg> for DocumentKind {
    fn from(kind: DocumentArg) -> DocumentKind {
        match kind {
            DocumentArg::Agenda => DocumentKind::Agenda,
            DocumentArg::Besluitenlijst => DocumentKind::Besluitenlijst,
            DocumentArg::Notulen => DocumentKind::Notulen,
            DocumentArg::Uittreksel => DocumentKind::Uittreksel,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    Fr,
    De,
    En,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        match lang {
            LangArg::Nl => Language::Nl,
            LangArg::Fr => Language::Fr,
            LangArg::De => Language::De,
            LangArg::En => Language::En,
        }
    }
}

#[derive(clap::Args)]
struct EpcArgs {
    /// Read a payload from standard input and print the request as JSON.
    #[arg(long, conflicts_with_all = [
        "name", "iban", "bic", "amount", "ogm", "rf", "text", "purpose", "info", "crlf", "svg", "png",
    ])]
    parse: bool,
    /// The beneficiary's name (1 to 70 characters).
    #[arg(long, required_unless_present = "parse")]
    name: Option<String>,
    /// The beneficiary's IBAN.
    #[arg(long, required_unless_present = "parse")]
    iban: Option<String>,
    /// The beneficiary's BIC (required with --version 001).
    #[arg(long)]
    bic: Option<String>,
    /// The amount in euro, such as 125.50.
    #[arg(long)]
    amount: Option<String>,
    /// A Belgian structured communication (OGM/VCS), in any written form.
    #[arg(long, group = "remittance")]
    ogm: Option<String>,
    /// An ISO 11649 creditor reference.
    #[arg(long, group = "remittance")]
    rf: Option<String>,
    /// Free text for the payer's bank statement (1 to 140 characters).
    #[arg(long, group = "remittance")]
    text: Option<String>,
    /// An ISO 20022 purpose code, such as GOVT.
    #[arg(long)]
    purpose: Option<String>,
    /// A note shown to the payer (1 to 70 characters).
    #[arg(long)]
    info: Option<String>,
    /// The EPC069-12 version.
    #[arg(long = "version", value_enum, default_value_t = EpcVersionArg::V002)]
    epc_version: EpcVersionArg,
    /// The character set.
    #[arg(long, value_enum, default_value_t = CharsetArg::Utf8)]
    charset: CharsetArg,
    /// Separate the elements with CRLF instead of LF.
    #[arg(long)]
    crlf: bool,
    /// Write the QR code as SVG to this file.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// Write the QR code as PNG to this file.
    #[arg(long, value_name = "FILE")]
    png: Option<PathBuf>,
    /// Pixels per module in the PNG (1 to 64).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    scale: u32,
}

#[derive(Clone, Copy, ValueEnum)]
enum EpcVersionArg {
    #[value(name = "001")]
    V001,
    #[value(name = "002")]
    V002,
}

#[derive(Clone, Copy, ValueEnum)]
enum CharsetArg {
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "iso-8859-1")]
    Iso8859_1,
}

#[derive(Clone, Copy, ValueEnum)]
enum DialectArg {
    #[value(name = "2020-12")]
    Draft2020_12,
    #[value(name = "draft-07")]
    Draft07,
}

impl From<DialectArg> for Dialect {
    fn from(d: DialectArg) -> Dialect {
        match d {
            DialectArg::Draft2020_12 => Dialect::Draft2020_12,
            DialectArg::Draft07 => Dialect::Draft07,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            kind,
            lenient,
            today,
            values,
        } => check(kind, lenient, today, &values),
        Command::Epc(args) => epc(&args),
        Command::Coord { from, to } => coord(from, to),
        Command::Decision(DecisionCommand::Validate { base, document }) => {
            decision_validate(base.as_deref(), document.map(Into::into))
        }
        Command::Decision(DecisionCommand::Render(args)) => decision_render(&args),
        Command::Consent(ConsentCommand::Verify { file }) => consent_verify(&file),
        Command::Consent(ConsentCommand::State { file, purpose, at }) => {
            consent_state(&file, purpose.as_ref(), &at)
        }
        Command::Address(AddressCommand::Parse { texts }) => address_parse(&texts),
        Command::Address(AddressCommand::Format { lang, style }) => {
            address_format(lang.into(), style)
        }
        Command::Schema {
            out,
            check,
            dialect,
            name,
        } => schema_command(out.as_deref(), check, dialect.into(), name.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("bouwstenen: {err}");
            ExitCode::from(2)
        }
    }
}

fn check(
    kind: Kind,
    lenient: bool,
    today: Option<NaiveDate>,
    values: &[String],
) -> io::Result<ExitCode> {
    let mut options = if lenient {
        ParseOptions::lenient()
    } else {
        ParseOptions::strict()
    };
    if let Some(today) = today {
        options = options.with_today(today);
    }
    exit_status(if values.is_empty() {
        check_stream(kind, &options, stdin(), stdout())
    } else {
        check_values(kind, &options, values.iter().map(String::as_str), stdout())
    })
}

/// The exit status for a stream's summary: 0 when everything was valid, 1 otherwise; a reader
/// that went away (`| head`) is an input/output error, but not one worth a message.
fn exit_status(result: io::Result<Summary>) -> io::Result<ExitCode> {
    match result {
        Ok(Summary { invalid: 0, .. }) => Ok(ExitCode::SUCCESS),
        Ok(_) => Ok(ExitCode::from(1)),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::from(2)),
        Err(err) => Err(err),
    }
}

fn stdin() -> BufReader<io::StdinLock<'static>> {
    BufReader::with_capacity(64 * 1024, io::stdin().lock())
}

fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

fn decision_validate(base: Option<&str>, document: Option<DocumentKind>) -> io::Result<ExitCode> {
    let options = match decision_options(base, document) {
        Ok(options) => options,
        Err(err) => {
            eprintln!("bouwstenen: --base: {err}");
            return Ok(ExitCode::from(2));
        }
    };
    Ok(
        if validate_session(io::stdin().lock(), &options, stdout())? {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

fn decision_render(args: &RenderArgs) -> io::Result<ExitCode> {
    let kind = DocumentKind::from(args.document);
    let options = match decision_options(args.base.as_deref(), Some(kind)) {
        Ok(options) => options,
        Err(err) => {
            eprintln!("bouwstenen: --base: {err}");
            return Ok(ExitCode::from(2));
        }
    };
    let render = RenderOptions::default()
        .emit_prov_generated(args.emit_prov_generated)
        .uittreksel(args.uittreksel);
    let rendered = render_session(
        io::stdin().lock(),
        &options,
        kind,
        args.format,
        &render,
        stdout(),
        io::stderr().lock(),
    )?;
    Ok(if rendered {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// FILE, or standard input for `-`, whose errors name the file.
struct Input {
    name: String,
    inner: Box<dyn Read>,
}

impl Input {
    fn open(path: &Path) -> io::Result<Input> {
        let name = path.display().to_string();
        let inner: Box<dyn Read> = if path == Path::new("-") {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(err) => return Err(io::Error::new(err.kind(), format!("{name}: {err}"))),
            }
        };
        Ok(Input { name, inner })
    }
}

impl Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner
            .read(buf)
            .map_err(|err| io::Error::new(err.kind(), format!("{}: {err}", self.name)))
    }
}

/// Exit status 0 when `done`, 1 otherwise; a reader that went away (`| head`) is status 2
/// without a message.
fn done_or_not(result: io::Result<bool>) -> io::Result<ExitCode> {
    match result {
        Ok(true) => Ok(ExitCode::SUCCESS),
        Ok(false) => Ok(ExitCode::from(1)),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::from(2)),
        Err(err) => Err(err),
    }
}

fn consent_verify(path: &Path) -> io::Result<ExitCode> {
    done_or_not(verify_record(Input::open(path)?, stdout()))
}

fn consent_state(path: &Path, purpose: Option<&Key>, at: &Timestamp) -> io::Result<ExitCode> {
    done_or_not(record_states(
        Input::open(path)?,
        purpose,
        at,
        stdout(),
        io::stderr().lock(),
    ))
}

fn coord(from: Crs, to: Crs) -> io::Result<ExitCode> {
    exit_status(convert_stream(from, to, stdin(), stdout()))
}

fn address_parse(texts: &[String]) -> io::Result<ExitCode> {
    exit_status(if texts.is_empty() {
        parse_addresses(stdin(), stdout())
    } else {
        parse_address_values(texts.iter().map(String::as_str), stdout())
    })
}

fn address_format(language: Language, style: AddressStyle) -> io::Result<ExitCode> {
    exit_status(format_addresses(
        language,
        style,
        stdin(),
        stdout(),
        io::stderr().lock(),
    ))
}

/// Prints `{"code":…,"message":…}` for an error and returns exit status 1.
fn fail(err: &dyn ErrorCode, to_stdout: bool) -> io::Result<ExitCode> {
    let json = serde_json::json!({ "code": err.code(), "message": err.to_string() });
    if to_stdout {
        println!("{json}");
    } else {
        eprintln!("{json}");
    }
    Ok(ExitCode::from(1))
}

fn epc(args: &EpcArgs) -> io::Result<ExitCode> {
    if args.parse {
        let mut input = Vec::new();
        io::stdin().lock().read_to_end(&mut input)?;
        return match EpcPayload::parse(&input) {
            Ok((request, _)) => {
                println!(
                    "{}",
                    serde_json::to_string(&request).map_err(io::Error::other)?
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(err) => fail(&err, true),
        };
    }
    let request = match build_request(args) {
        Ok(request) => request,
        Err(err) => return fail(&err, false),
    };
    let mut options = EpcOptions::default()
        .with_version(match args.epc_version {
            EpcVersionArg::V001 => EpcVersion::V001,
            EpcVersionArg::V002 => EpcVersion::V002,
        })
        .with_charset(match args.charset {
            CharsetArg::Utf8 => EpcCharset::Utf8,
            CharsetArg::Iso8859_1 => EpcCharset::Iso8859_1,
        });
    if args.crlf {
        options = options.with_line_ending(LineEnding::CrLf);
    }
    let payload = match request.to_epc(&options) {
        Ok(payload) => payload,
        Err(err) => return fail(&err, false),
    };
    if args.svg.is_none() && args.png.is_none() {
        io::stdout().lock().write_all(payload.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let qr = match payload.to_qr() {
        Ok(qr) => qr,
        Err(err) => return fail(&err, false),
    };
    if let Some(path) = &args.svg {
        std::fs::write(path, qr.to_svg())?;
    }
    if let Some(path) = &args.png {
        match qr.to_png(args.scale) {
            Ok(png) => std::fs::write(path, png)?,
            Err(err) => return fail(&err, false),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn build_request(args: &EpcArgs) -> Result<PaymentRequest, PaymentError> {
    let name = args.name.clone().unwrap_or_default();
    let iban: Iban = args
        .iban
        .as_deref()
        .unwrap_or_default()
        .parse()
        .map_err(PaymentError::Iban)?;
    let mut builder = PaymentRequest::builder(name, iban);
    if let Some(bic) = &args.bic {
        builder = builder.creditor_bic(bic.parse().map_err(PaymentError::Bic)?);
    }
    if let Some(amount) = &args.amount {
        builder = builder.amount(amount.parse()?);
    }
    if let Some(ogm) = &args.ogm {
        let ogm = ogm.parse().map_err(PaymentError::StructuredCommunication)?;
        builder = builder.remittance(Remittance::StructuredCommunication(ogm));
    }
    if let Some(rf) = &args.rf {
        let rf = rf.parse().map_err(PaymentError::CreditorReference)?;
        builder = builder.remittance(Remittance::CreditorReference(rf));
    }
    if let Some(text) = &args.text {
        builder = builder.remittance(Remittance::Text(text.clone()));
    }
    if let Some(purpose) = &args.purpose {
        builder = builder.purpose(purpose.parse()?);
    }
    if let Some(info) = &args.info {
        builder = builder.note(info.clone());
    }
    builder.build()
}

fn schema_command(
    out: Option<&Path>,
    check: bool,
    dialect: Dialect,
    name: Option<&str>,
) -> io::Result<ExitCode> {
    if let Some(dir) = out {
        return write_schemas(dir, check);
    }
    let schemas = schema::all(dialect);
    let mut stdout = io::stdout().lock();
    match name {
        Some(name) => match schemas.iter().find(|(n, _)| n == name) {
            Some((_, schema)) => {
                serde_json::to_writer_pretty(&mut stdout, schema)?;
                writeln!(stdout)?;
                Ok(ExitCode::SUCCESS)
            }
            None => {
                eprintln!(
                    "bouwstenen: no schema named {name:?}; run `bouwstenen schema` for the list"
                );
                Ok(ExitCode::from(2))
            }
        },
        None => {
            for (name, _) in &schemas {
                writeln!(stdout, "{name}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn write_schemas(dir: &Path, check: bool) -> io::Result<ExitCode> {
    let mut differ = 0;
    for (relative, contents) in schema::files() {
        let path = dir.join(&relative);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
                eprintln!("bouwstenen: {} is missing or out of date", path.display());
                differ += 1;
            }
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, contents)?;
    }
    if differ > 0 {
        eprintln!(
            "bouwstenen: {differ} schema files differ; run `bouwstenen schema --out {}`",
            dir.display()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
