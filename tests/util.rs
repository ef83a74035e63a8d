//! Helpers shared by the integration tests: the vector files and a generic parse by kind name.

use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, ErrorCode, EstablishmentUnitNumber,
    Iban, Identifier, Insz, NisCode, OvoCode, ParseOptions, StructuredCommunication, VatNumber,
};
use chrono::NaiveDate;

/// The date the vector verdicts were computed for.
pub fn vector_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// One row of `vectors_crosscheck.tsv`.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub kind: String,
    pub input: String,
    pub stdnum_valid: Option<bool>,
    pub own_valid: bool,
    pub own_reason: String,
}

/// One row of `vectors.tsv` (same order).
#[derive(Debug, Clone)]
pub struct VectorRow {
    pub kind: String,
    pub input: String,
    pub valid: bool,
    pub normalized: String,
}

/// Decodes the escapes of the vector files: `\\`, `\t`, `\n`, `\r` and `\u{HEX}`.
pub fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {field:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).unwrap();
                out.push(char::from_u32(code).unwrap());
            }
            other => panic!("bad escape {other:?} in {field:?}"),
        }
    }
    out
}

fn parse_bool(s: &str) -> bool {
    match s {
        "true" => true,
        "false" => false,
        other => panic!("not a boolean: {other:?}"),
    }
}

pub fn crosscheck_rows() -> Vec<Row> {
    let text = include_str!("data/ids/vectors_crosscheck.tsv");
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().unwrap();
    assert_eq!(
        header,
        "kind\tinput\tvalid\tdecided_by\tstdnum_valid\town_valid\town_reason\tother_tools_json\tseed_note"
    );
    lines
        .map(|(i, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 9, "line {}: {line:?}", i + 1);
            Row {
                line: i + 1,
                kind: f[0].to_owned(),
                input: unescape(f[1]),
                stdnum_valid: (!f[4].is_empty()).then(|| parse_bool(f[4])),
                own_valid: parse_bool(f[5]),
                own_reason: f[6].to_owned(),
            }
        })
        .collect()
}

pub fn vector_rows() -> Vec<VectorRow> {
    let text = include_str!("data/ids/vectors.tsv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "kind\tinput\tvalid\tnormalized\tnote"
    );
    lines
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 5, "{line:?}");
            VectorRow {
                kind: f[0].to_owned(),
                input: unescape(f[1]),
                valid: parse_bool(f[2]),
                normalized: f[3].to_owned(),
            }
        })
        .collect()
}

/// Parses `input` as the vector kind `kind`: `Ok(compact form)` or `Err(error code)`.
pub fn parse_kind(kind: &str, input: &str, options: &ParseOptions) -> Result<String, &'static str> {
    fn go<T: Identifier>(input: &str, options: &ParseOptions) -> Result<String, &'static str> {
        T::parse_with(input, options)
            .map(|v| v.as_str().to_owned())
            .map_err(|e| e.code())
    }
    match kind {
        "rrn" => Insz::parse_rrn_with(input, options)
            .map(|v| v.as_str().to_owned())
            .map_err(|e| e.code()),
        "bis" => Insz::parse_bis_with(input, options)
            .map(|v| v.as_str().to_owned())
            .map_err(|e| e.code()),
        "insz" => go::<Insz>(input, options),
        "kbo" => go::<EnterpriseNumber>(input, options),
        "vestiging" => go::<EstablishmentUnitNumber>(input, options),
        "vat_be" => go::<VatNumber>(input, options),
        "ogm" => go::<StructuredCommunication>(input, options),
        "rf" => go::<CreditorReference>(input, options),
        "eid_card" => go::<EidCardNumber>(input, options),
        // The vector kind is "Belgian IBAN": a valid IBAN of another country does not count.
        "iban_be" => match Iban::parse_with(input, options) {
            Ok(iban) if iban.country_code() == "BE" => Ok(iban.as_str().to_owned()),
            Ok(_) => Err("not BE"),
            Err(e) => Err(e.code()),
        },
        "bic" => go::<Bic>(input, options),
        "nis" => go::<NisCode>(input, options),
        "ovo" => go::<OvoCode>(input, options),
        other => panic!("unknown vector kind {other:?}"),
    }
}

pub fn strict() -> ParseOptions {
    ParseOptions::strict().with_today(vector_today())
}

pub fn lenient() -> ParseOptions {
    ParseOptions::lenient().with_today(vector_today())
}
