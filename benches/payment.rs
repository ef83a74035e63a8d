//! The cost of the payment component: building and validating a request and writing its EPC
//! payload, parsing a payload, and rendering the QR code.
//!
//! `five_requests_to_qr` does what segno's `make_epc_qr` does for the five requests of the shared
//! `data/epc/segno_vectors.txt` (payload and QR matrix), for comparison with
//! `benches/segno_compare.py`.
//!
//! Run with `cargo bench --bench payment`.

use std::hint::black_box;

use bouwstenen::payment::{EpcOptions, EpcPayload, PaymentRequest, Remittance};
use criterion::{Criterion, criterion_group, criterion_main};

fn five_requests() -> Vec<PaymentRequest> {
    let build = |name: &str, iban: &str, amount: &str, remittance: Remittance| {
        PaymentRequest::builder(name, iban.parse().unwrap())
            .amount(amount.parse().unwrap())
            .remittance(remittance)
            .build()
            .unwrap()
    };
    vec![
        build(
            "Stad Gent",
            "BE68539007547034",
            "125.50",
            Remittance::StructuredCommunication("010806817183".parse().unwrap()),
        ),
        build(
            "Gemeente Zonnebeke",
            "BE71096123456769",
            "30",
            Remittance::CreditorReference("RF18539007547034".parse().unwrap()),
        ),
        build(
            "Politiezone Rupel",
            "BE68539007547034",
            "58.00",
            Remittance::Text("GAS-boete dossier 2026/0042 – Café de Brug".to_owned()),
        ),
        build(
            "Stad Gent",
            "BE68539007547034",
            "0.01",
            Remittance::Text("+++010/8068/17183+++".to_owned()),
        ),
        build(
            "Autonoom Gemeentebedrijf Stedelijke Ontwikkeling en Vastgoedbeheer X",
            "BE68539007547034",
            "999999999.99",
            Remittance::CreditorReference("RF18539007547034".parse().unwrap()),
        ),
    ]
}

fn payment(c: &mut Criterion) {
    let mut group = c.benchmark_group("payment");
    let options = EpcOptions::default();

    group.bench_function("build_validate_payload", |b| {
        b.iter(|| {
            let request = PaymentRequest::builder(
                black_box("Stad Gent"),
                black_box("BE68 5390 0754 7034").parse().unwrap(),
            )
            .amount(black_box("125.50").parse().unwrap())
            .remittance(Remittance::StructuredCommunication(
                black_box("+++010/8068/17183+++").parse().unwrap(),
            ))
            .build()
            .unwrap();
            black_box(request.to_epc(&options).unwrap())
        })
    });

    let payload =
        b"BCD\n002\n1\nSCT\nGKCCBEBB\nStad Gent\nBE68539007547034\nEUR125.50\n\n010806817183";
    group.bench_function("payload_parse", |b| {
        b.iter(|| black_box(EpcPayload::parse(black_box(payload)).unwrap()))
    });

    let epc = five_requests()[0].to_epc(&options).unwrap();
    group.bench_function("qr_svg", |b| {
        b.iter(|| black_box(black_box(&epc).to_qr().unwrap().to_svg()))
    });
    group.bench_function("qr_png", |b| {
        b.iter(|| black_box(black_box(&epc).to_qr().unwrap().to_png(6)))
    });

    let requests = five_requests();
    group.bench_function("five_requests_to_qr", |b| {
        b.iter(|| {
            for request in black_box(&requests) {
                black_box(request.to_epc(&options).unwrap().to_qr().unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, payment);
criterion_main!(benches);
