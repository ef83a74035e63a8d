//! Rendering a council meeting with 50 agenda items: building the session from its JSON form,
//! writing the besluitenlijst and the notulen as JSON-LD and as RDFa, and reading the notulen's
//! JSON-LD back.
//!
//! Run with `cargo bench --bench decision`.

use std::hint::black_box;

use bouwstenen::decision::{BuildOptions, DocumentKind, RenderOptions, SessionBuilder, Zitting};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::Value;

/// The fixture council session with its first agenda item and treatment repeated 50 times
/// (five members present and voting by name, one decision with its articles each).
fn council_with_50_items() -> Value {
    let mut session: Value =
        serde_json::from_str(include_str!("../tests/data/decision/gemeenteraad.json")).unwrap();
    let item = session["agendapunten"][0].clone();
    let treatment = session["behandelingen"][0].clone();
    let id = session["id"].as_str().unwrap().to_owned();
    session["agendapunten"] = Value::Array(vec![item; 50]);
    session["behandelingen"] = (1..=50)
        .map(|n| {
            let mut t = treatment.clone();
            t["agendapunt"] = Value::from(format!("{id}-{n}"));
            t
        })
        .collect();
    session["documenten"]["uittreksels"] = Value::Array(Vec::new());
    session
}

fn decision(c: &mut Criterion) {
    let json = serde_json::to_string(&council_with_50_items()).unwrap();
    let options = BuildOptions::default()
        .with_base("https://data.voorbeeldgem.be/id/".parse().unwrap())
        .unwrap();
    let zitting: Zitting = serde_json::from_str::<SessionBuilder>(&json)
        .unwrap()
        .build(&options)
        .unwrap();
    let render = RenderOptions::default();
    let mut group = c.benchmark_group("decision_50_items");
    group.throughput(Throughput::Elements(50));
    group.bench_function("read_and_build", |b| {
        b.iter(|| {
            let builder: SessionBuilder = serde_json::from_str(black_box(&json)).unwrap();
            black_box(builder.build(&options).unwrap())
        })
    });
    for kind in [DocumentKind::Besluitenlijst, DocumentKind::Notulen] {
        group.bench_function(format!("{}_jsonld", kind.as_str()), |b| {
            b.iter(|| {
                let value = black_box(&zitting).to_jsonld(kind, &render).unwrap();
                black_box(serde_json::to_string(&value).unwrap())
            })
        });
        group.bench_function(format!("{}_rdfa", kind.as_str()), |b| {
            b.iter(|| black_box(black_box(&zitting).to_rdfa(kind, &render).unwrap()))
        });
    }
    let notulen = zitting.to_jsonld(DocumentKind::Notulen, &render).unwrap();
    group.bench_function("notulen_read_back", |b| {
        b.iter(|| black_box(Zitting::from_jsonld(black_box(&notulen)).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, decision);
criterion_main!(benches);
