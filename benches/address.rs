//! Addresses parsed and validated per second on the development vectors, and points converted
//! per second between WGS 84, Lambert 72 and Lambert 2008.
//!
//! Run with `cargo bench --bench address`.

use std::hint::black_box;

use bouwstenen::address::{Address, Lambert72, Wgs84};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The inputs of the development parse vectors (line breaks decoded).
fn inputs() -> Vec<String> {
    let text = include_str!("../tests/data/addr/parse_vectors.dev.tsv");
    let mut rows = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().unwrap_or_default().split('\t').collect();
    let input = header.iter().position(|h| *h == "input").unwrap();
    rows.filter_map(|row| row.split('\t').nth(input))
        .map(|s| s.replace("\\n", "\n"))
        .collect()
}

fn addresses(c: &mut Criterion) {
    let inputs = inputs();
    let parsed: Vec<Address> = inputs.iter().map(|i| i.parse().unwrap()).collect();
    let mut group = c.benchmark_group("address");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("parse_dev_vectors", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(Address::parse(black_box(input)).ok());
            }
        })
    });
    group.bench_function("validate_dev_vectors", |b| {
        b.iter(|| {
            for address in &parsed {
                black_box(black_box(address).validate());
            }
        })
    });
    group.bench_function("parse_and_validate_dev_vectors", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(Address::parse(black_box(input)).map(|a| a.validate()).ok());
            }
        })
    });
    group.finish();
}

fn positions(c: &mut Criterion) {
    let mut group = c.benchmark_group("position");
    group.throughput(Throughput::Elements(1));
    let p = Wgs84::new(4.3525, 50.8467).unwrap();
    let l72 = Lambert72::new(148_855.422_7, 170_699.675_9).unwrap();
    group.bench_function("wgs84_to_lambert72", |b| {
        b.iter(|| black_box(black_box(p).to_lambert72()))
    });
    group.bench_function("wgs84_to_lambert2008", |b| {
        b.iter(|| black_box(black_box(p).to_lambert2008()))
    });
    group.bench_function("lambert72_to_wgs84", |b| {
        b.iter(|| black_box(black_box(l72).to_wgs84()))
    });
    group.bench_function("lambert72_to_lambert2008", |b| {
        b.iter(|| black_box(black_box(l72).to_lambert2008()))
    });
    group.finish();
}

criterion_group!(benches, addresses, positions);
criterion_main!(benches);
