//! Tamper evidence, proven on worked example A: every single-byte change of every event, every
//! reordering, every dropped event, inserted copies and re-hashed forgeries, and every edit of
//! the header is detected by `ConsentRecord::from_json`, at the place where it was made.
//!
//! The hashes the forgeries need are computed here, independently of the crate: SHA-256 over
//! the RFC 8785 canonical JSON of the event without `hash` (section 6.2 of the consent note),
//! and checked first against the published hashes.

use std::collections::BTreeMap;
use std::ops::Range;

use bouwstenen::consent::{ConsentError, ConsentRecord, Location, RecordError};
use serde_json::{Value, json};
use sha2::Digest as _;

use super::examples::{example, example_json, shared};

/// `sha256:<hex>` of the canonical JSON of a value, computed without the crate.
pub fn jcs_hash(value: &Value) -> String {
    let bytes = serde_json_canonicalizer::to_vec(value).unwrap();
    let digest = sha2::Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Recomputes `seq`, `prevHash` and `hash` of every event and the `head` of a record in
/// JSON, as a forger (or another vendor) would, without the crate.
pub fn rechain(record: &mut Value) {
    let mut prev = jcs_hash(&record["header"]);
    let mut head = None;
    if let Some(events) = record["events"].as_array_mut() {
        for (i, event) in events.iter_mut().enumerate() {
            let map = event.as_object_mut().unwrap();
            map.insert("seq".into(), json!(i));
            map.insert("prevHash".into(), json!(prev));
            map.remove("hash");
            let hash = jcs_hash(event);
            event["hash"] = json!(hash);
            prev = hash;
            head = Some(json!({"seq": i, "hash": prev}));
        }
    }
    let map = record.as_object_mut().unwrap();
    match head {
        Some(head) => map.insert("head".into(), head),
        None => map.remove("head"),
    };
}

/// The error `from_json` gives for a text that must not verify.
fn rejected(json: &str, what: &str) -> RecordError {
    match ConsentRecord::from_json(json) {
        Ok(_) => panic!("not detected: {what}"),
        Err(e) => e,
    }
}

/// Example A as the crate writes it, compactly (no whitespace outside strings).
fn compact_a() -> String {
    serde_json::to_string(&example("A")).unwrap()
}

fn value_a() -> Value {
    serde_json::from_str(&compact_a()).unwrap()
}

fn text(value: &Value) -> String {
    serde_json::to_string(value).unwrap()
}

/// The end of the JSON value that starts at `start` (an object or array), by matching brackets
/// outside strings.
fn value_end(json: &str, start: usize) -> usize {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, b) in json.bytes().enumerate().skip(start) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced JSON")
}

/// Where the value of a top-level key lies in the compact text.
fn span_of(compact: &str, key: &str) -> Range<usize> {
    let start = compact.find(&format!("\"{key}\":")).unwrap() + key.len() + 3;
    start..value_end(compact, start)
}

/// Where each event's text lies in the compact text, and the whole `events` array.
fn event_spans(compact: &str) -> (Range<usize>, Vec<Range<usize>>) {
    let array = span_of(compact, "events");
    let mut spans = Vec::new();
    let mut at = array.start + 1;
    while compact.as_bytes()[at] == b'{' {
        let end = value_end(compact, at);
        spans.push(at..end);
        at = end + usize::from(compact.as_bytes()[end] == b',');
    }
    assert_eq!(at + 1, array.end);
    (array, spans)
}

#[test]
fn the_independent_hash_reproduces_the_published_chain() {
    let vectors: Value = serde_json::from_str(&shared("test-vectors.json")).unwrap();
    for name in ["A", "B"] {
        let published: Value = serde_json::from_str(&example_json(name)).unwrap();
        let mut rechained = published.clone();
        rechain(&mut rechained);
        assert_eq!(rechained, published, "{name}");
        assert_eq!(
            jcs_hash(&published["header"]),
            vectors[name]["headerHash"].as_str().unwrap()
        );
        let hashes: Vec<&Value> = published["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["hash"])
            .collect();
        let expected: Vec<&Value> = vectors[name]["eventHashes"]
            .as_array()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(hashes, expected, "{name}");
    }
    // The compact form the crate writes is the same record: the hashes do not depend on
    // whitespace or key order.
    let compact = value_a();
    let mut published: Value = serde_json::from_str(&example_json("A")).unwrap();
    published["events"] = compact["events"].clone();
    assert_eq!(compact, published);
}

/// Other bytes for a byte: the neighbour in its class (a digit for a digit, a letter of the
/// same case for a letter), the other case of a letter or a JSON delimiter, and a printable
/// character from a fixed pseudo-random sequence.
fn replacements(byte: u8, position: usize, seed: &mut u64) -> Vec<u8> {
    let neighbour = match byte {
        b'0'..=b'8' | b'a'..=b'y' | b'A'..=b'Y' => byte + 1,
        b'9' => b'0',
        b'z' => b'a',
        b'Z' => b'A',
        0x7e => 0x20,
        _ => byte + 1,
    };
    let other = if byte.is_ascii_alphabetic() {
        byte ^ 0x20
    } else {
        let delimiters = b"\"{}[],:\\ 0a-";
        delimiters[position % delimiters.len()]
    };
    // xorshift64
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    let random = 0x20 + (*seed % 95) as u8;
    let mut out = Vec::new();
    for candidate in [neighbour, other, random] {
        if candidate != byte && !out.contains(&candidate) {
            out.push(candidate);
        }
    }
    out
}

fn mutated(compact: &str, position: usize, byte: u8) -> String {
    let mut bytes = compact.as_bytes().to_vec();
    bytes[position] = byte;
    String::from_utf8(bytes).unwrap()
}

/// What a detected change was reported as: `event <code>`, `header <code>` or `syntax` (the
/// text is no longer JSON: reported at the header with `consent.json`).
fn classify(err: &RecordError, json: &str) -> String {
    match err.location {
        Location::Event(_) => format!("event {}", err.code()),
        Location::Header if err.error == ConsentError::Json && is_not_json(json) => {
            "syntax".to_owned()
        }
        _ => format!("{} {}", err.location, err.code()),
    }
}

fn is_not_json(json: &str) -> bool {
    serde_json::from_str::<Value>(json).is_err()
}

/// How many single-byte changes to try.
#[derive(Clone, Copy, PartialEq)]
enum Depth {
    /// The first replacement of every byte of the first two events (and of the brackets and
    /// commas), and of a seeded sample of one byte in six of the other events.
    Quick,
    /// Every replacement of every byte.
    Full,
}

fn mutations(
    range: Range<usize>,
    compact: &str,
    seed: u64,
    depth: Depth,
    every_byte: &dyn Fn(usize) -> bool,
) -> Vec<(usize, u8)> {
    let mut seed = seed;
    let mut out = Vec::new();
    for position in range {
        let original = compact.as_bytes()[position];
        let all = replacements(original, position, &mut seed);
        let take = match depth {
            Depth::Full => all.len(),
            Depth::Quick if every_byte(position) || seed % 6 == 0 => 1,
            Depth::Quick => 0,
        };
        out.extend(all.into_iter().take(take).map(|byte| (position, byte)));
    }
    out
}

/// Applies each change and checks where `from_json` reports it (`expect` gets the byte's
/// position and the error, and says whether the report is right); the counts per class.
/// Spread over the machine's threads: each check verifies the whole record.
fn run(
    compact: &str,
    changes: &[(usize, u8)],
    expect: &(dyn Fn(usize, &RecordError, &str) -> bool + Sync),
) -> BTreeMap<String, usize> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    let chunk = changes.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = changes
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
                    for &(position, byte) in part {
                        let json = mutated(compact, position, byte);
                        let what = format!(
                            "byte {position} ({:?} -> {:?})",
                            compact.as_bytes()[position] as char,
                            byte as char
                        );
                        let err = rejected(&json, &what);
                        let class = classify(&err, &json);
                        assert!(expect(position, &err, &class), "{what}: {err} ({class})");
                        *counts.entry(class).or_default() += 1;
                    }
                    counts
                })
            })
            .collect();
        let mut total: BTreeMap<String, usize> = BTreeMap::new();
        for handle in handles {
            for (class, n) in handle.join().unwrap() {
                *total.entry(class).or_default() += n;
            }
        }
        total
    })
}

fn print_counts(title: &str, counts: &BTreeMap<String, usize>) {
    let total: usize = counts.values().sum();
    println!("{title}: {total} mutations");
    for (class, n) in counts {
        println!("  {class}: {n}");
    }
}

fn events_guarded(depth: Depth) {
    let compact = compact_a();
    ConsentRecord::from_json(&compact).unwrap();
    let (array, spans) = event_spans(&compact);
    assert_eq!(spans.len(), 6);
    let owner = |position: usize| spans.iter().position(|s| s.contains(&position));
    // Quick: every byte of the request (event 0) and the grant (event 1), which between them
    // have every kind of field of the record's events, and of what lies between events.
    let every_byte = |position| owner(position).is_none_or(|i| i < 2);
    let changes = mutations(
        array.clone(),
        &compact,
        0x9e37_79b9_7f4a_7c15,
        depth,
        &every_byte,
    );
    let counts = run(&compact, &changes, &|position, err, class| {
        match owner(position) {
            // The change is reported at its event, or it broke the JSON itself.
            Some(i) => err.location == Location::Event(i as u64) || class == "syntax",
            // A bracket or comma between events: only the syntax can break.
            None => class == "syntax",
        }
    });
    let bytes = changes
        .iter()
        .map(|c| c.0)
        .collect::<std::collections::BTreeSet<_>>();
    print_counts(
        &format!(
            "single-byte changes of the events ({} of {} bytes)",
            bytes.len(),
            array.len()
        ),
        &counts,
    );
    if depth == Depth::Full {
        assert_eq!(bytes.len(), array.len());
    }
}

fn header_guarded(depth: Depth) {
    let compact = compact_a();
    let header = span_of(&compact, "header");
    let changes = mutations(header, &compact, 0x2545_f491_4f6c_dd1d, depth, &|_| true);
    let counts = run(&compact, &changes, &|_, err, _| {
        err.location == Location::Header
    });
    print_counts("single-byte changes of the header", &counts);
}

/// Every byte of events 0 and 1 and a sample of the others, each replaced by another
/// printable character; `cargo test -- --ignored` runs the full set.
#[test]
fn every_byte_of_the_events_is_guarded() {
    events_guarded(Depth::Quick);
}

/// Every byte of every event, each replaced by three other characters.
#[test]
#[ignore = "about 11,000 verifications, 20 s in debug: run with --ignored"]
fn every_byte_of_every_event_is_guarded_three_ways() {
    events_guarded(Depth::Full);
}

#[test]
fn every_byte_of_the_header_is_guarded() {
    header_guarded(Depth::Quick);
}

#[test]
#[ignore = "about 1,000 verifications: run with --ignored"]
fn every_byte_of_the_header_is_guarded_three_ways() {
    header_guarded(Depth::Full);
}

#[test]
fn changing_the_case_of_a_key_is_detected() {
    // `language` becomes an unknown field `Language`: kept as an extension, so the event
    // still reads, but its canonical form (and so its hash) changed.
    let mut value = value_a();
    let event = value["events"][1].as_object_mut().unwrap();
    let language = event.remove("language").unwrap();
    event.insert("Language".into(), language);
    let err = rejected(&text(&value), "language -> Language");
    assert_eq!(
        err,
        RecordError::new(Location::Event(1), ConsentError::ChainHash)
    );

    // A required field under another case no longer reads at all.
    let json = compact_a().replacen("\"occurredAt\"", "\"OccurredAt\"", 3);
    let err = rejected(&json, "occurredAt -> OccurredAt");
    assert_eq!(
        err,
        RecordError::new(Location::Event(0), ConsentError::Json)
    );
}

#[test]
fn a_key_twice_is_refused_because_readers_disagree_on_which_counts() {
    // serde_json keeps the last of two equal keys, other readers the first: a record with
    // `"type":"Withdrawn"` before the hashed `"type":"Given"` would show another event to
    // them than the one that verifies here.
    let compact = compact_a();
    let (_, spans) = event_spans(&compact);
    let given = &compact[spans[1].clone()];
    assert!(given.contains("\"type\":\"Given\""));
    let forged = given.replacen("{", "{\"type\":\"Withdrawn\",", 1);
    let json = compact.replacen(given, &forged, 1);
    let err = rejected(&json, "a second type");
    assert_eq!(err.location, Location::Event(1));
    assert_eq!(err.code(), "consent.json.ambiguous");

    // Also in the header, a party, a notice, the head and at the top.
    let cases = [
        (
            "{\"header\":{",
            "{\"header\":{\"recordId\":\"urn:uuid:00000000-0000-4000-8000-000000000000\",",
        ),
        (
            "{\"partyId\":\"party:leverancier\"",
            "{\"name\":\"X\",\"partyId\":\"party:leverancier\"",
        ),
        ("{\"noticeId\":", "{\"version\":\"4\",\"noticeId\":"),
        ("\"head\":{", "\"head\":{\"seq\":4,"),
        ("{\"header\":", "{\"events\":[],\"header\":"),
    ];
    let expected = [
        Location::Header,
        Location::Party(1),
        Location::Notice(0),
        Location::Head,
        Location::Header,
    ];
    for ((from, to), location) in cases.into_iter().zip(expected) {
        assert!(compact.contains(from), "{from}");
        let err = rejected(&compact.replacen(from, to, 1), to);
        assert_eq!(
            (err.location, err.code()),
            (location, "consent.json.ambiguous"),
            "{to}"
        );
    }
}

#[test]
fn numbers_that_canonical_json_cannot_tell_apart_are_refused() {
    // RFC 8785 writes numbers as doubles: 2^53 + 1 and 2^53 have the same canonical text, so
    // the same hash, and a change from one to the other would not break the chain.
    let mut value = value_a();
    value["events"][3]["count"] = json!(9_007_199_254_740_993_u64);
    rechain(&mut value);
    let mut changed = value.clone();
    changed["events"][3]["count"] = json!(9_007_199_254_740_992_u64);
    assert_eq!(
        jcs_hash(&value["events"][3]),
        jcs_hash(&changed["events"][3])
    );
    for record in [&value, &changed] {
        let err = rejected(&text(record), "a number beyond 2^53");
        assert_eq!(
            err,
            RecordError::new(Location::Event(3), ConsentError::JsonNumber)
        );
    }
}

#[test]
fn swapping_any_two_events_is_detected_at_the_first() {
    let value = value_a();
    let n = value["events"].as_array().unwrap().len();
    for i in 0..n {
        for j in i + 1..n {
            let mut swapped = value.clone();
            swapped["events"].as_array_mut().unwrap().swap(i, j);
            let err = rejected(&text(&swapped), &format!("swap {i} {j}"));
            assert_eq!(
                err,
                RecordError::new(Location::Event(i as u64), ConsentError::ChainSeq),
                "swap {i} {j}"
            );
        }
    }
    // Moving one event elsewhere, keeping the others in order.
    for from in 0..n {
        for to in 0..n {
            if from == to {
                continue;
            }
            let mut moved = value.clone();
            let events = moved["events"].as_array_mut().unwrap();
            let event = events.remove(from);
            events.insert(to, event);
            let err = rejected(&text(&moved), &format!("move {from} to {to}"));
            assert_eq!(
                err.location,
                Location::Event(from.min(to) as u64),
                "move {from} to {to}"
            );
        }
    }
}

#[test]
fn dropping_any_event_is_detected() {
    let value = value_a();
    let n = value["events"].as_array().unwrap().len();
    for i in 0..n {
        let mut dropped = value.clone();
        dropped["events"].as_array_mut().unwrap().remove(i);
        let err = rejected(&text(&dropped), &format!("drop {i}"));
        if i + 1 < n {
            // The next event now stands at position i with the wrong `seq`.
            assert_eq!(
                err,
                RecordError::new(Location::Event(i as u64), ConsentError::ChainSeq)
            );
        } else {
            // The last one: only the head tells.
            assert_eq!(
                err,
                RecordError::new(Location::Head, ConsentError::ChainHead)
            );
        }
    }
}

#[test]
fn cutting_off_the_end_with_the_head_needs_a_checkpoint() {
    // The documented limit of a hash chain (module docs, "Tamper evidence"): without the
    // head, a record cut off after any event is a valid shorter record. Signed checkpoints
    // catch this; the chain cannot.
    let value = value_a();
    for keep in 0..6 {
        let mut cut = value.clone();
        cut["events"].as_array_mut().unwrap().truncate(keep);
        cut.as_object_mut().unwrap().remove("head");
        let record = ConsentRecord::from_json(&text(&cut)).unwrap();
        assert_eq!(record.events().len(), keep);
    }
}

#[test]
fn inserting_a_copy_is_detected_where_the_sequence_first_differs() {
    let value = value_a();
    let events = value["events"].as_array().unwrap();
    let n = events.len();
    for i in 0..n {
        for at in 0..=n {
            let mut inserted = value.clone();
            let list = inserted["events"].as_array_mut().unwrap();
            list.insert(at, events[i].clone());
            // The first position whose event differs from the original record.
            let first = (0..list.len())
                .find(|&p| events.get(p) != list.get(p))
                .unwrap();
            let err = rejected(&text(&inserted), &format!("copy of {i} at {at}"));
            assert_eq!(
                err.location,
                Location::Event(first as u64),
                "copy of {i} at {at}: {err}"
            );
            assert_eq!(err.error, ConsentError::ChainSeq, "copy of {i} at {at}");
        }
    }
}

/// An administrative event that the rules accept anywhere in record A (a receipt by the
/// controller, at the same instant as the event before it).
fn forged_event(at: usize, events: &[Value], header: &Value) -> Value {
    let instant = match at {
        0 => header["createdAt"].clone(),
        _ => events[at - 1]["recordedAt"].clone(),
    };
    let prev = match at {
        0 => jcs_hash(header),
        _ => events[at - 1]["hash"].as_str().unwrap().to_owned(),
    };
    let mut forged = json!({
        "eventId": "urn:uuid:f0000000-0000-4000-8000-00000000000f",
        "type": "ReceiptIssued",
        "purposes": [],
        "occurredAt": instant,
        "recordedAt": instant,
        "actor": {"role": "DataController", "partyId": "party:gemeente-voorbeeld"},
        "receiptId": "urn:uuid:b0000000-0000-4000-8000-0000000000ff",
        "seq": at,
        "prevHash": prev,
    });
    let hash = jcs_hash(&forged);
    forged["hash"] = json!(hash);
    forged
}

#[test]
fn a_rehashed_forgery_breaks_the_next_link() {
    let value = value_a();
    let events = value["events"].as_array().unwrap().clone();
    let n = events.len();
    for at in 0..=n {
        let forged = forged_event(at, &events, &value["header"]);
        let mut record = value.clone();
        record["events"]
            .as_array_mut()
            .unwrap()
            .insert(at, forged.clone());
        if at == n {
            // At the end, the forgery links; the head still names the old last event.
            let err = rejected(&text(&record), "forgery at the end");
            assert_eq!(
                err,
                RecordError::new(Location::Head, ConsentError::ChainHead)
            );
            // And with the head moved too, it verifies: only a checkpoint can tell.
            record["head"] = json!({"seq": n, "hash": forged["hash"]});
            ConsentRecord::from_json(&text(&record)).unwrap();
            continue;
        }
        let next = Location::Event(at as u64 + 1);
        // 1. As it is: the next event has the wrong position.
        let err = rejected(&text(&record), &format!("forgery at {at}"));
        assert_eq!(
            err,
            RecordError::new(next, ConsentError::ChainSeq),
            "at {at}"
        );

        // 2. The forger renumbers the rest: their hashes no longer match.
        for (p, event) in record["events"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .enumerate()
        {
            event["seq"] = json!(p);
        }
        let err = rejected(&text(&record), &format!("renumbered forgery at {at}"));
        assert_eq!(
            err,
            RecordError::new(next, ConsentError::ChainHash),
            "at {at}"
        );

        // 3. And re-hashes the next event too, keeping its link: the link breaks.
        let follower = &mut record["events"][at + 1];
        follower.as_object_mut().unwrap().remove("hash");
        let hash = jcs_hash(follower);
        follower["hash"] = json!(hash);
        let err = rejected(&text(&record), &format!("re-hashed forgery at {at}"));
        assert_eq!(
            err,
            RecordError::new(next, ConsentError::ChainPrevHash),
            "at {at}"
        );

        // 4. A forger who re-chains everything after it and moves the head makes a valid
        // record: again what signed checkpoints are for.
        rechain(&mut record);
        ConsentRecord::from_json(&text(&record)).unwrap();
    }
}

#[test]
fn editing_any_field_of_the_header_is_detected_at_the_header() {
    let value = value_a();
    type Edit = Box<dyn Fn(&mut Value)>;
    let edits: Vec<(&str, Edit)> = vec![
        (
            "schema",
            Box::new(|h| h["schema"] = json!("https://w3id.org/bouwstenen/consent-record/v1")),
        ),
        (
            "recordId",
            Box::new(|h| h["recordId"] = json!("urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d02")),
        ),
        (
            "createdAt",
            Box::new(|h| h["createdAt"] = json!("2026-02-10T09:14:03.000Z")),
        ),
        (
            "createdAt text",
            Box::new(|h| h["createdAt"] = json!("2026-02-10T09:14:03.12Z")),
        ),
        (
            "subject.ref",
            Box::new(|h| {
                h["subject"]["ref"] = json!("urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c78")
            }),
        ),
        (
            "subject.refScheme",
            Box::new(|h| h["subject"]["refScheme"] = json!("other-pseudonym")),
        ),
        (
            "subject without refScheme",
            Box::new(|h| {
                h["subject"].as_object_mut().unwrap().remove("refScheme");
            }),
        ),
        (
            "subject.categories",
            Box::new(|h| h["subject"]["categories"] = json!(["dpv:Citizen"])),
        ),
        (
            "controllers",
            Box::new(|h| {
                h["controllers"] = json!(["party:gemeente-voorbeeld", "party:gemeente-voorbeeld"])
            }),
        ),
        (
            "controllers (not a controller)",
            Box::new(|h| h["controllers"] = json!(["party:leverancier"])),
        ),
        (
            "jurisdictions",
            Box::new(|h| h["jurisdictions"] = json!(["NL"])),
        ),
        (
            "applicableLaw",
            Box::new(|h| h["applicableLaw"] = json!(["eu-gdpr", "be-2018-07-30"])),
        ),
        (
            "an extension",
            Box::new(|h| h["note"] = json!("added later")),
        ),
    ];
    for (name, edit) in edits {
        let mut record = value.clone();
        edit(&mut record["header"]);
        assert_ne!(record, value, "{name}");
        let err = rejected(&text(&record), name);
        assert_eq!(err.location, Location::Header, "{name}: {err}");
        println!("header edit {name}: {}", err.code());
    }
}
