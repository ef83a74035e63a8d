//! Points converted per second between WGS 84, Lambert 72 and Lambert 2008.
//!
//! Run with `cargo bench --bench address`.

use std::hint::black_box;

use bouwstenen::address::{Lambert72, Wgs84};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn address(c: &mut Criterion) {
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

criterion_group!(benches, address);
criterion_main!(benches);
