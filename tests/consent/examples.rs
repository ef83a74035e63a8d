//! The worked examples of the consent note (`../shared/data/consent/examples/`): records A and
//! B, their hashes and states in `test-vectors.json`.

use bouwstenen::consent::{ConsentRecord, ConsentStatus, Digest, Key, Timestamp};
use serde_json::Value;

pub fn shared(path: &str) -> String {
    let full = format!(
        "{}/../shared/data/consent/examples/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The worked example as published, with one deliberate change: its placeholder enterprise
/// numbers 0999999999 and 0888888888 fail the mod-97 check, which the crate enforces, so they
/// are replaced by valid ones (parties are not part of the hash chain).
pub fn example_json(name: &str) -> String {
    shared(&format!("example-record-{name}.json"))
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261")
}

pub fn example(name: &str) -> ConsentRecord {
    ConsentRecord::from_json(&example_json(name))
        .unwrap_or_else(|e| panic!("record {name}: {e} ({})", e.code()))
}

fn vectors() -> Value {
    serde_json::from_str(&shared("test-vectors.json")).unwrap()
}

#[test]
fn the_examples_verify_with_the_published_hashes() {
    let vectors = vectors();
    for name in ["A", "B"] {
        let record = example(name);
        let expected = &vectors[name];
        assert_eq!(
            record.header_hash().to_string(),
            expected["headerHash"].as_str().unwrap(),
            "{name}"
        );
        let hashes: Vec<String> = record
            .events()
            .iter()
            .map(|e| e.hash().unwrap().to_string())
            .collect();
        let published: Vec<&str> = expected["eventHashes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_str().unwrap())
            .collect();
        assert_eq!(hashes, published, "{name}");
        let head = record.verify().unwrap().unwrap();
        assert_eq!(head.seq, expected["head"]["seq"].as_u64().unwrap());
        assert_eq!(
            head.hash,
            expected["head"]["hash"]
                .as_str()
                .unwrap()
                .parse::<Digest>()
                .unwrap()
        );
    }
}

#[test]
fn the_header_is_hashed_over_its_canonical_json() {
    let vectors = vectors();
    let jcs = vectors["jcsOfHeaderA"].as_str().unwrap();
    assert_eq!(Digest::of(jcs.as_bytes()), example("A").header_hash());
}

#[test]
fn the_examples_have_the_published_states() {
    let vectors = vectors();
    for (name, key) in [("A", "statesA"), ("B", "statesB")] {
        let record = example(name);
        for row in vectors[key].as_array().unwrap() {
            let purpose: Key = row["purposeId"].as_str().unwrap().parse().unwrap();
            let at: Timestamp = row["at"].as_str().unwrap().parse().unwrap();
            let state = record.state_at(&purpose, &at).unwrap();
            let status: ConsentStatus = row["dpvStatus"].as_str().unwrap().parse().unwrap();
            assert_eq!(state.status, status, "{name} {purpose} {at}");
            assert_eq!(
                state.valid_for_processing,
                row["validForProcessing"].as_bool().unwrap()
            );
            if status == ConsentStatus::Expired {
                // Deliberate difference: the vector gives the instant consent was given; the
                // crate says since when the status holds, the end of the validity, and names
                // the grant in `basedOn`.
                assert_eq!(state.since.unwrap().as_str(), "2026-12-31T23:59:59Z");
                assert_eq!(
                    state.based_on.unwrap().to_string(),
                    record.events()[0].event_id.to_string()
                );
                assert_eq!(
                    row["since"].as_str().unwrap(),
                    record.events()[0].occurred_at.as_str()
                );
            } else {
                assert_eq!(
                    state.since.unwrap().as_str(),
                    row["since"].as_str().unwrap()
                );
            }
        }
    }
}
