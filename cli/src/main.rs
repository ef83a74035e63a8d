//! `bouwstenen`: validate Belgian identifiers in bulk and write the crate's JSON Schemas.

#![forbid(unsafe_code)]

use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bouwstenen::ParseOptions;
use bouwstenen::schema::{self, Dialect};
use bouwstenen_cli::{Kind, Summary, check_stream, check_values};
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
    let stdout = io::stdout();
    let output = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let result = if values.is_empty() {
        let input = BufReader::with_capacity(64 * 1024, io::stdin().lock());
        check_stream(kind, &options, input, output)
    } else {
        check_values(kind, &options, values.iter().map(String::as_str), output)
    };
    match result {
        Ok(Summary { invalid: 0, .. }) => Ok(ExitCode::SUCCESS),
        Ok(_) => Ok(ExitCode::from(1)),
        // The reader went away (`| head`): not every value was reported, so this is an
        // input/output error, but not one worth a message.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::from(2)),
        Err(err) => Err(err),
    }
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
