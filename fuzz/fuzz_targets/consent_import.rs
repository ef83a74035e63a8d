#![no_main]

//! The consent record importer: any bytes either fail to verify, or give a record that verifies
//! again, whose JSON reads back to the same record with the same head, and whose purposes have
//! a state at every instant.

use bouwstenen::consent::{ConsentRecord, Timestamp};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = ConsentRecord::from_json(text) else {
        return;
    };
    let head = record.head();
    assert_eq!(record.verify().expect("a record read verifies"), head);
    let json = record.to_json();
    let back = ConsentRecord::from_json(&json).expect("its JSON reads back");
    assert_eq!(back.head(), head);
    assert_eq!(back, record);
    let compact = serde_json::to_string(&record).expect("serialises");
    let again: ConsentRecord = serde_json::from_str(&compact).expect("its compact JSON reads back");
    assert_eq!(again.head(), head);

    let mut instants: Vec<Timestamp> = [
        "1970-01-01T00:00:00Z",
        "2026-03-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z",
    ]
    .iter()
    .map(|t| t.parse().expect("a valid instant"))
    .collect();
    for event in record.events().iter().take(8) {
        instants.push(event.occurred_at.clone());
    }
    for at in &instants {
        for purpose in record.purposes() {
            let state = record
                .state_at(purpose, at)
                .expect("a purpose of the record");
            assert_eq!(&state.purpose_id, purpose);
            if state.valid_for_processing {
                assert!(state.status.is_valid_for_processing());
            }
        }
        assert_eq!(record.states_at(at).len(), record.purposes().count());
    }
});
