//! The cost of parsing each identifier type, from realistic display-form input.
//!
//! The `floor` benchmark only turns the 11 ASCII bytes `85073003328` into a `u64`: the least any
//! parser has to do to look at an INSZ. Each parser's time can be read as a multiple of it.
//!
//! Run with `cargo bench --bench parse` (add `-- --quick` for a fast estimate).

use std::fmt::Debug;
use std::hint::black_box;
use std::str::FromStr;

use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, EstablishmentUnitNumber, Iban, Insz,
    NisCode, OvoCode, ParseOptions, StructuredCommunication, VatNumber,
};
use chrono::NaiveDate;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};

/// The floor: fold 11 ASCII digits into a number, without any validation.
fn digits_to_u64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |acc, &b| {
        acc.wrapping_mul(10)
            .wrapping_add(u64::from(b.wrapping_sub(b'0')))
    })
}

/// Benchmarks the strict `FromStr` of `T` on `input`, which must be valid.
fn bench_from_str<T>(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, input: &'static str)
where
    T: FromStr,
    T::Err: Debug,
{
    if let Err(err) = input.parse::<T>() {
        panic!("benchmark input {input:?} for {name} is not valid: {err:?}");
    }
    group.bench_function(name, |b| {
        b.iter(|| black_box(black_box(input).parse::<T>()))
    });
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");

    group.bench_function("floor", |b| {
        b.iter(|| black_box(digits_to_u64(black_box(b"85073003328".as_slice()))))
    });

    // INSZ: `FromStr` reads the system clock for the future-date check; `parse_at` does not.
    bench_from_str::<Insz>(&mut group, "insz", "85.07.30-033.28");
    bench_from_str::<Insz>(&mut group, "insz_compact", "85073003328");
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    group.bench_function("insz_parse_at", |b| {
        b.iter(|| {
            black_box(Insz::parse_at(
                black_box("85.07.30-033.28"),
                black_box(today),
            ))
        })
    });
    let lenient = ParseOptions::lenient();
    assert!(Insz::parse_with("85.07.30-033.28", &lenient).is_ok());
    group.bench_function("insz_lenient", |b| {
        b.iter(|| {
            black_box(Insz::parse_with(
                black_box("85.07.30-033.28"),
                black_box(&lenient),
            ))
        })
    });

    bench_from_str::<EnterpriseNumber>(&mut group, "enterprise", "0403.019.261");
    bench_from_str::<EstablishmentUnitNumber>(&mut group, "establishment", "2.147.812.701");
    bench_from_str::<VatNumber>(&mut group, "vat", "BE 0403.019.261");
    bench_from_str::<StructuredCommunication>(&mut group, "ogm", "+++010/8068/17183+++");
    bench_from_str::<CreditorReference>(&mut group, "rf", "RF71 2348 231");
    bench_from_str::<Iban>(&mut group, "iban", "BE68 5390 0754 7034");
    bench_from_str::<Bic>(&mut group, "bic", "GEBABEBB");
    bench_from_str::<EidCardNumber>(&mut group, "eid", "591-1917064-58");
    bench_from_str::<NisCode>(&mut group, "nis", "44021");
    bench_from_str::<OvoCode>(&mut group, "ovo", "OVO002949");

    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
