//! Consent records: events appended per second (every rule, the lifecycle and the hash chain),
//! reading and verifying a record of 100 000 events from its JSON, and the state of a purpose
//! in that record.
//!
//! Run with `cargo bench --bench consent`. Under `cargo test --benches` (each benchmark once,
//! in a debug build) the large record has 2 000 events instead, to stay fast.

use std::hint::black_box;

use bouwstenen::consent::{
    Actor, Channel, ConsentEvent, ConsentRecord, ConsentType, Contact, Digest, EventKind, Key,
    Method, NoticeVersion, Party, PartyAddress, PartyIdentifier, PartyRole, PurposeSpec,
    RecordHeader, SubjectRef, Timestamp, Validity,
};
use chrono::{DateTime, Duration, Utc};
use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

/// How many purposes the events cycle through.
const PURPOSES: usize = 4;

/// A record without events: one controller, one notice version with [`PURPOSES`] purposes.
fn empty_record() -> (ConsentRecord, NoticeVersion, Vec<Key>) {
    let gemeente: Key = "party:gemeente-voorbeeld".parse().unwrap();
    let party = Party::new(
        gemeente.clone(),
        PartyRole::DataController,
        "Gemeente Voorbeeld",
    )
    .with_identifier(PartyIdentifier::enterprise("0207451227".parse().unwrap()))
    .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"))
    .with_contact(Contact::email("privacy@voorbeeld.invalid"));
    let mut notice = NoticeVersion::new(
        "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b01"
            .parse()
            .unwrap(),
        "3",
        "nl",
        "2026-01-05T00:00:00Z".parse().unwrap(),
        Digest::of(b"<p>Nieuwsbrieven van de gemeente</p>"),
    );
    let purposes: Vec<Key> = (0..PURPOSES)
        .map(|i| format!("nieuwsbrief-{i}").parse().unwrap())
        .collect();
    for purpose in &purposes {
        notice.purposes.push(PurposeSpec::new(
            purpose.clone(),
            "nl",
            &format!("Nieuwsbrief {purpose}"),
            "dpv:CommunicationManagement",
            "pd:EmailAddress",
            "eu-gdpr:A6-1-a-non-explicit-consent",
            vec![gemeente.clone()],
            Validity::Temporal("P1Y".parse().unwrap()),
            "https://voorbeeld.invalid/toestemmingen".parse().unwrap(),
        ));
    }
    let header = RecordHeader::new(
        "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01"
            .parse()
            .unwrap(),
        "2026-02-10T09:14:03.120Z".parse().unwrap(),
        SubjectRef::new(
            "urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77"
                .parse()
                .unwrap(),
        ),
        vec![gemeente],
    );
    let record = ConsentRecord::new(header, vec![party], vec![notice.clone()]).unwrap();
    (record, notice, purposes)
}

/// `n` events one second apart, cycling through the purposes: each purpose is given, then
/// withdrawn, then given again…
fn events(n: usize, notice: &NoticeVersion, purposes: &[Key]) -> Vec<ConsentEvent> {
    let start: DateTime<Utc> = "2026-02-10T09:15:00Z".parse().unwrap();
    (0..n)
        .map(|i| {
            let at = Timestamp::from_instant(start + Duration::seconds(i as i64));
            let id = format!("urn:uuid:a0000000-0000-4000-8000-{i:012x}")
                .parse()
                .unwrap();
            let purpose = purposes[i % purposes.len()].clone();
            if (i / purposes.len()) % 2 == 0 {
                ConsentEvent::new(EventKind::Given, id, at, Actor::subject())
                    .with_purposes([purpose])
                    .with_notice(notice)
                    .with_consent(
                        ConsentType::Expressed,
                        Validity::Temporal("P2Y".parse().unwrap()),
                    )
                    .with_channel(Channel::Web, Method::CheckboxAndSubmit)
            } else {
                ConsentEvent::new(EventKind::Withdrawn, id, at, Actor::subject())
                    .with_purposes([purpose])
                    .with_channel(Channel::Email, Method::UnsubscribeLink)
            }
        })
        .collect()
}

fn consent(c: &mut Criterion) {
    // `cargo bench` passes --bench; `cargo test --benches` runs each benchmark once in a debug
    // build, where appending 100 000 events would take minutes.
    let large = if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        2_000
    };
    let (empty, notice, purposes) = empty_record();

    let appended = events(1_000, &notice, &purposes);
    let mut group = c.benchmark_group("consent_append");
    group.throughput(Throughput::Elements(appended.len() as u64));
    group.bench_function("append_1000_events", |b| {
        b.iter_batched(
            || (empty.clone(), appended.clone()),
            |(mut record, events)| {
                for event in events {
                    black_box(record.append(event).unwrap());
                }
                record
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();

    let mut record = empty.clone();
    for event in events(large, &notice, &purposes) {
        record.append(event).unwrap();
    }
    let json = serde_json::to_string(&record).unwrap();
    let last = record.events().last().unwrap().occurred_at.clone();
    let mut group = c.benchmark_group(format!("consent_{large}_events"));
    // Reading the large record takes seconds: the fewest samples, each of one iteration.
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(large as u64));
    group.bench_function("from_json_verify", |b| {
        b.iter(|| black_box(ConsentRecord::from_json(black_box(&json)).unwrap()))
    });
    group.throughput(Throughput::Elements(1));
    group.bench_function("state_at_last_event", |b| {
        b.iter(|| black_box(record.state_at(black_box(&purposes[0]), black_box(&last))))
    });
    group.finish();
}

criterion_group!(benches, consent);
criterion_main!(benches);
