//! Prints, for the council session fixture, one JSON line per document kind (agenda, list of
//! decisions, minutes, and its first extract (uittreksel) when it has one) with the JSON-LD and the RDFa (HTML) of the same projection:
//! `{"kind": …, "jsonld": {…}, "html": "…"}`. `cargo run --example decision_rdfa`.
//!
//! CI pipes the output into `tests/oslo/decision_rdfa.py`, which extracts the RDFa with pyRdfa3
//! (under two base IRIs), expands the JSON-LD with pyld and checks that the graphs are
//! isomorphic:
//!
//! ```sh
//! cargo run --example decision_rdfa | target/oslo-venv/bin/python tests/oslo/decision_rdfa.py
//! ```
//!
//! With `--emit-prov-generated`, the documents also link treatments to their decisions with
//! `prov:generated`; with `--out DIR`, the pages are also written to `DIR/{kind}.html` for a
//! look in a browser; with `--session FILE`, another session (the JSON form of
//! `SessionBuilder`, with the fixture's base IRI) replaces the fixture.

use std::error::Error;
use std::path::PathBuf;

use bouwstenen::decision::{BuildOptions, DocumentKind, RenderOptions, SessionBuilder};

const FIXTURE: &str = include_str!("../tests/data/decision/gemeenteraad.json");
const BASE: &str = "https://data.voorbeeldgem.be/id/";

fn main() -> Result<(), Box<dyn Error>> {
    let mut options = RenderOptions::default();
    let mut out: Option<PathBuf> = None;
    let mut session = FIXTURE.to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--emit-prov-generated" => options = options.emit_prov_generated(true),
            "--out" => out = Some(args.next().ok_or("--out needs a directory")?.into()),
            "--session" => {
                session = std::fs::read_to_string(args.next().ok_or("--session needs a file")?)?;
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let builder: SessionBuilder = serde_json::from_str(&session)?;
    let zitting = builder
        .build(&BuildOptions::default().with_base(BASE.parse()?)?)
        .map_err(|violations| violations.to_string())?;
    let mut kinds = vec![
        DocumentKind::Agenda,
        DocumentKind::Besluitenlijst,
        DocumentKind::Notulen,
    ];
    if !zitting.documenten().uittreksels.is_empty() {
        kinds.push(DocumentKind::Uittreksel);
    }
    for kind in kinds {
        let jsonld = zitting.to_jsonld(kind, &options)?;
        let html = zitting.to_rdfa(kind, &options)?;
        if let Some(dir) = &out {
            std::fs::create_dir_all(dir)?;
            std::fs::write(dir.join(format!("{kind}.html")), &html)?;
        }
        let line = serde_json::json!({"kind": kind.as_str(), "jsonld": jsonld, "html": html});
        println!("{line}");
    }
    Ok(())
}
