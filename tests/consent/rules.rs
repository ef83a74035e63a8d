//! The rules of a consent record (section 8.4 of the consent note, invariants 1–10) and the
//! transition table of section 8.5, one negative test per rule and error code: what
//! `ConsentRecord::new`, `add_notice`, `append` and `from_json` refuse, with the exact code and
//! location, and the nearby cases they must accept.
//!
//! The expected table is typed in here from the note, not taken from the crate.

use bouwstenen::consent::*;
use chrono::{TimeDelta, TimeZone, Utc};
use serde_json::{Value, json};

use super::examples::example_json;
use super::tamper::{jcs_hash, rechain};

// ---------------------------------------------------------------------------------------------
// A small record and valid events, for these tests and the lifecycle properties.

pub const GEMEENTE: &str = "party:gemeente-voorbeeld";
pub const PURPOSES: [&str; 3] = ["nieuwsbrief", "enquete", "fotos"];
pub const NOTICE_ID: &str = "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b01";

pub fn key(text: &str) -> Key {
    text.parse().unwrap()
}

pub fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// The instant `minutes` after 2026-02-01T00:00:00Z, written with milliseconds.
pub fn t(minutes: i64) -> Timestamp {
    let start = Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap();
    Timestamp::from_instant(start + TimeDelta::minutes(minutes))
}

pub fn id(n: u64) -> UuidUrn {
    format!("urn:uuid:e0000000-0000-4000-8000-{n:012x}")
        .parse()
        .unwrap()
}

fn purpose_spec(purpose: &str, processing: &[&str]) -> PurposeSpec {
    let mut spec = PurposeSpec::new(
        key(purpose),
        "nl",
        &format!("Doel {purpose}"),
        "dpv:CommunicationManagement",
        "pd:EmailAddress",
        "eu-gdpr:A6-1-a-non-explicit-consent",
        vec![key(GEMEENTE)],
        Validity::Temporal("P1Y".parse().unwrap()),
        "https://voorbeeld.invalid/toestemmingen".parse().unwrap(),
    );
    spec.processing = Some(processing.iter().map(|p| p.to_string()).collect());
    spec
}

/// Version `version` of the notice, with the three purposes.
pub fn notice(version: &str) -> NoticeVersion {
    let mut notice = NoticeVersion::new(
        NOTICE_ID.parse().unwrap(),
        version,
        "nl",
        ts("2026-01-05T00:00:00Z"),
        Digest::of(format!("<p>Toestemmingen, versie {version}</p>").as_bytes()),
    );
    for purpose in PURPOSES {
        notice
            .purposes
            .push(purpose_spec(purpose, &["dpv:Collect", "dpv:Store"]));
    }
    notice
}

pub fn controller() -> Party {
    Party::new(
        key(GEMEENTE),
        PartyRole::DataController,
        "Gemeente Voorbeeld",
    )
    .with_identifier(PartyIdentifier::enterprise("0207451227".parse().unwrap()))
    .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"))
    .with_contact(Contact::email("privacy@voorbeeld.invalid"))
}

pub fn header() -> RecordHeader {
    RecordHeader::new(
        "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01"
            .parse()
            .unwrap(),
        ts("2026-01-10T00:00:00Z"),
        SubjectRef::new(
            "urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77"
                .parse()
                .unwrap(),
        ),
        vec![key(GEMEENTE)],
    )
}

/// A record with one notice version (three purposes) and no events.
pub fn small_record() -> ConsentRecord {
    ConsentRecord::new(header(), vec![controller()], vec![notice("1")]).unwrap()
}

/// An event of a kind that every rule but the lifecycle accepts, on notice version 1: the
/// actor, channel, method, consent terms and reason that the kind needs.
pub fn event(kind: EventKind, n: u64, at: Timestamp, purposes: &[&str]) -> ConsentEvent {
    let notice = notice("1");
    let purposes = purposes.iter().map(|p| key(p));
    let actor = match kind {
        EventKind::Requested | EventKind::Revoked | EventKind::ReceiptIssued => {
            Actor::party(ActorRole::DataController, key(GEMEENTE))
        }
        EventKind::Expired | EventKind::PropagationConfirmed => Actor::new(ActorRole::System),
        EventKind::Invalidated => Actor::new(ActorRole::Authority),
        _ => Actor::subject(),
    };
    let mut event = ConsentEvent::new(kind.clone(), id(n), at, actor).with_purposes(purposes);
    match kind {
        EventKind::Requested => event = event.with_notice(&notice),
        EventKind::Deferred => {
            event = event
                .with_notice(&notice)
                .with_channel(Channel::Web, Method::PreferenceCentre)
        }
        EventKind::Given | EventKind::Reaffirmed => {
            event = event
                .with_notice(&notice)
                .with_consent(
                    ConsentType::Expressed,
                    Validity::Temporal("P1Y".parse().unwrap()),
                )
                .with_channel(Channel::Web, Method::CheckboxAndSubmit)
        }
        EventKind::Refused => {
            event = event
                .with_notice(&notice)
                .with_channel(Channel::Web, Method::CheckboxLeftUnticked)
        }
        EventKind::Withdrawn => event = event.with_channel(Channel::Email, Method::UnsubscribeLink),
        EventKind::Revoked => event = event.with_reason("de dienst is stopgezet"),
        EventKind::Invalidated => event = event.with_reason("beslissing van de toezichthouder"),
        EventKind::ReceiptIssued => {
            event.receipt_id = Some(
                "urn:uuid:b0000000-0000-4000-8000-000000000001"
                    .parse()
                    .unwrap(),
            )
        }
        _ => {}
    }
    event
}

/// A `Given` for the first purpose at minute 10 000 (the record was created on 10 January).
fn given() -> ConsentEvent {
    event(EventKind::Given, 1, t(10_000), &[PURPOSES[0]])
}

/// Appends an event that must be refused, with this code at the position it would have had;
/// the record stays as it was.
#[track_caller]
fn refused(record: &mut ConsentRecord, event: ConsentEvent, error: ConsentError) {
    let before = record.clone();
    let at = Location::Event(record.events().len() as u64);
    assert_eq!(record.append(event), Err(RecordError::new(at, error)));
    assert_eq!(*record, before);
}

#[track_caller]
fn refused_on_empty(event: ConsentEvent, error: ConsentError) {
    refused(&mut small_record(), event, error);
}

#[track_caller]
fn accepted(record: &mut ConsentRecord, event: ConsentEvent) -> Head {
    record
        .append(event)
        .unwrap_or_else(|e| panic!("{e} ({})", e.code()))
}

/// The small record with the first purpose given at minute 10 000.
fn granted() -> ConsentRecord {
    let mut record = small_record();
    accepted(&mut record, given());
    record
}

/// The small record as JSON with one change, re-chained as a forger or another vendor would
/// (so only the rule under test can fail).
fn imported(
    events: Vec<ConsentEvent>,
    change: impl FnOnce(&mut Value),
) -> Result<ConsentRecord, RecordError> {
    let mut record = small_record();
    for event in events {
        accepted(&mut record, event);
    }
    let mut value = serde_json::to_value(&record).unwrap();
    change(&mut value);
    rechain(&mut value);
    ConsentRecord::from_json(&serde_json::to_string(&value).unwrap())
}

/// Recomputes the hash of one event only (a forger who keeps the other links).
fn rehash(value: &mut Value, i: usize) {
    let event = &mut value["events"][i];
    event.as_object_mut().unwrap().remove("hash");
    let hash = jcs_hash(event);
    event["hash"] = json!(hash);
}

fn example_value() -> Value {
    serde_json::from_str(&example_json("A")).unwrap()
}

fn from_value(value: &Value) -> Result<ConsentRecord, RecordError> {
    ConsentRecord::from_json(&serde_json::to_string(value).unwrap())
}

fn err(location: Location, error: ConsentError) -> Result<ConsentRecord, RecordError> {
    Err(RecordError::new(location, error))
}

// ---------------------------------------------------------------------------------------------
// The building blocks are valid.

#[test]
fn the_small_record_and_every_kind_of_event_are_valid() {
    let mut record = small_record();
    let [a, b, c] = PURPOSES;
    let events = [
        event(EventKind::Requested, 1, t(10_000), &[a, b, c]),
        event(EventKind::Deferred, 2, t(10_001), &[c]),
        event(EventKind::Given, 3, t(10_002), &[a]),
        event(EventKind::Reaffirmed, 4, t(10_003), &[a]),
        event(EventKind::Refused, 5, t(10_004), &[b]),
        event(EventKind::ReceiptIssued, 6, t(10_005), &[]),
        event(EventKind::Withdrawn, 7, t(10_006), &[a]),
        event(EventKind::Given, 8, t(10_007), &[b, c]),
        event(EventKind::Expired, 9, t(10_008), &[b]),
        event(EventKind::Revoked, 10, t(10_009), &[c]),
        event(EventKind::Invalidated, 11, t(10_010), &[a, b, c]),
    ];
    for event in events {
        accepted(&mut record, event);
    }
    let mut confirm = event(EventKind::PropagationConfirmed, 12, t(10_011), &[a]);
    confirm.refers_to = Some(id(11));
    accepted(&mut record, confirm);
    assert_eq!(record.verify().unwrap().unwrap().seq, 11);
    for purpose in PURPOSES {
        let state = record.state_at(&key(purpose), &t(20_000)).unwrap();
        assert_eq!(state.status, ConsentStatus::Invalidated);
    }
}

// ---------------------------------------------------------------------------------------------
// 8.4.1: the chain, and nothing is mutated.

#[test]
fn inv1_seq_is_the_position() {
    let mut value = example_value();
    value["events"][1]["seq"] = json!(7);
    rehash(&mut value, 1);
    assert_eq!(
        from_value(&value),
        err(Location::Event(1), ConsentError::ChainSeq)
    );
}

#[test]
fn inv1_prev_hash_is_the_previous_hash_or_the_header_hash() {
    let other = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    let mut value = example_value();
    value["events"][2]["prevHash"] = json!(other);
    rehash(&mut value, 2);
    assert_eq!(
        from_value(&value),
        err(Location::Event(2), ConsentError::ChainPrevHash)
    );
    // For the first event the link is to the header, which is reported.
    let mut value = example_value();
    value["events"][0]["prevHash"] = json!(other);
    rehash(&mut value, 0);
    assert_eq!(
        from_value(&value),
        err(Location::Header, ConsentError::ChainPrevHash)
    );
}

#[test]
fn inv1_hash_is_the_hash_of_the_event() {
    let mut value = example_value();
    value["events"][3]["occurredAt"] = json!("2026-02-10T09:15:41.999Z");
    assert_eq!(
        from_value(&value),
        err(Location::Event(3), ConsentError::ChainHash)
    );
}

#[test]
fn inv1_an_imported_event_is_chained() {
    for field in ["hash", "prevHash"] {
        let mut value = example_value();
        value["events"][4].as_object_mut().unwrap().remove(field);
        assert_eq!(
            from_value(&value),
            err(Location::Event(4), ConsentError::ChainMissing),
            "{field}"
        );
    }
}

#[test]
fn inv1_the_head_is_the_last_event() {
    let mut value = example_value();
    value["head"]["seq"] = json!(4);
    assert_eq!(
        from_value(&value),
        err(Location::Head, ConsentError::ChainHead)
    );
    let mut value = example_value();
    value["head"]["hash"] = value["events"][4]["hash"].clone();
    assert_eq!(
        from_value(&value),
        err(Location::Head, ConsentError::ChainHead)
    );
    // A head without events.
    let mut value = example_value();
    value["events"] = json!([]);
    assert_eq!(
        from_value(&value),
        err(Location::Head, ConsentError::ChainHead)
    );
    // And a head that is not a head.
    let mut value = example_value();
    value["head"]["extra"] = json!(1);
    assert_eq!(from_value(&value), err(Location::Head, ConsentError::Json));
}

#[test]
fn inv1_append_links_and_never_changes_what_was_there() {
    let mut record = granted();
    let first = record.events()[0].clone();
    assert_eq!(first.prev_hash(), Some(record.header_hash()));
    let head = accepted(
        &mut record,
        event(EventKind::Withdrawn, 2, t(10_001), &[PURPOSES[0]]),
    );
    assert_eq!(record.events()[0], first);
    assert_eq!(record.events()[1].prev_hash(), first.hash());
    assert_eq!((head.seq, Some(head.hash)), (1, record.events()[1].hash()));
    // The hash is SHA-256 of the canonical JSON without `hash`, computed independently.
    let value = serde_json::to_value(&record.events()[1]).unwrap();
    let mut without = value.clone();
    without.as_object_mut().unwrap().remove("hash");
    assert_eq!(value["hash"], json!(jcs_hash(&without)));
}

#[test]
fn json_that_is_not_a_record_is_reported_where_it_breaks() {
    assert_eq!(
        ConsentRecord::from_json("{"),
        err(Location::Header, ConsentError::Json)
    );
    assert_eq!(
        ConsentRecord::from_json("[]"),
        err(Location::Header, ConsentError::Json)
    );
    let base = example_value();
    let cases: [(&str, &str, Location); 4] = [
        ("header", "createdAt", Location::Header),
        ("parties", "roles", Location::Party(2)),
        ("notices", "digest", Location::Notice(0)),
        ("events", "occurredAt", Location::Event(5)),
    ];
    for (part, field, location) in cases {
        let mut value = base.clone();
        let target = match part {
            "header" => &mut value["header"],
            "parties" => &mut value["parties"][2],
            "notices" => &mut value["notices"][0],
            _ => &mut value["events"][5],
        };
        target.as_object_mut().unwrap().remove(field);
        assert_eq!(
            from_value(&value),
            err(location, ConsentError::Json),
            "{part}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 8.4.2: times.

#[test]
fn inv2_recorded_before_it_occurred() {
    let event = given().recorded(t(9_999));
    refused(&mut small_record(), event, ConsentError::TimeOrder);
}

#[test]
fn inv2_the_same_instant_written_two_ways_is_not_before() {
    // `…00.000Z` sorts before `…00Z` as text; as instants they are equal.
    let event = given().recorded(ts("2026-02-07T22:40:00Z"));
    assert_eq!(event.occurred_at.as_str(), "2026-02-07T22:40:00.000Z");
    accepted(&mut small_record(), event);
    let mut event = given();
    event.occurred_at = ts("2026-02-07T22:40:00Z");
    event.recorded_at = ts("2026-02-07T22:40:00.000Z");
    accepted(&mut small_record(), event);
}

#[test]
fn inv2_recorded_at_never_goes_back() {
    let mut record = granted();
    let back = event(EventKind::Refused, 2, t(9_000), &[PURPOSES[1]]);
    refused(&mut record, back, ConsentError::TimeSequence);
    // Equal is allowed.
    accepted(
        &mut record,
        event(EventKind::Refused, 2, t(10_000), &[PURPOSES[1]]),
    );
}

#[test]
fn inv2_recorded_before_the_record_was_created() {
    let event = event(
        EventKind::Given,
        1,
        ts("2026-01-09T23:59:59.999Z"),
        &[PURPOSES[0]],
    );
    refused_on_empty(event, ConsentError::TimeSequence);
}

#[test]
fn inv2_a_back_dated_decision_before_a_later_one_on_the_same_purpose() {
    // Recorded now, but said to have occurred before the grant it would undo.
    let mut record = granted();
    let back = event(EventKind::Withdrawn, 2, t(9_000), &[PURPOSES[0]]).recorded(t(10_100));
    refused(&mut record, back, ConsentError::DecisionOrder);
    // Back-dated on another purpose is fine (paper forms arrive late).
    let paper = event(EventKind::Refused, 3, t(9_000), &[PURPOSES[1]]).recorded(t(10_100));
    accepted(&mut record, paper);
}

#[test]
fn inv2_instants_are_utc_with_z() {
    assert_eq!(
        "2026-02-10T10:15:41+01:00".parse::<Timestamp>(),
        Err(ConsentError::Time)
    );
    assert_eq!(
        "2026-02-10t09:15:41Z".parse::<Timestamp>(),
        Err(ConsentError::Time)
    );
    assert_eq!(
        "2026-02-10T09:15Z".parse::<Timestamp>(),
        Err(ConsentError::Time)
    );
    // On import the field does not read: the event is reported, with the value's own code.
    let mut value = example_value();
    value["events"][2]["occurredAt"] = json!("2026-02-10T10:15:41.007+01:00");
    assert_eq!(
        from_value(&value),
        err(Location::Event(2), ConsentError::Time)
    );
}

#[test]
fn a_timestamp_made_from_an_instant_reads_back_as_itself() {
    let instant =
        Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap() + TimeDelta::nanoseconds(1_500_000);
    let t = Timestamp::from_instant(instant);
    assert_eq!(t.as_str(), "2026-03-01T00:00:00.001Z");
    assert_eq!(t.to_string().parse::<Timestamp>().unwrap(), t);
    // A record with such an instant has the same states once written and read again.
    let mut record = small_record();
    let mut event = given();
    event.occurred_at = t.clone();
    event.recorded_at = t;
    event.validity = Some(Validity::Temporal("P1D".parse().unwrap()));
    accepted(&mut record, event);
    let back = ConsentRecord::from_json(&record.to_json()).unwrap();
    assert_eq!(back, record);
    let purpose = key(PURPOSES[0]);
    let at = ts("2026-03-02T00:00:00.001Z");
    let state = record.state_at(&purpose, &at).unwrap();
    assert_eq!(state.status, ConsentStatus::Expired);
    assert_eq!(back.state_at(&purpose, &at).unwrap(), state);
}

// ---------------------------------------------------------------------------------------------
// 8.4.3: purposes.

#[test]
fn inv3_a_decision_names_a_purpose() {
    refused_on_empty(
        event(EventKind::Given, 1, t(10_000), &[]),
        ConsentError::PurposeMissing,
    );
    // An administrative event may name none.
    accepted(
        &mut small_record(),
        event(EventKind::ReceiptIssued, 1, t(10_000), &[]),
    );
}

#[test]
fn inv3_a_purpose_once() {
    let event = event(EventKind::Given, 1, t(10_000), &[PURPOSES[0], PURPOSES[0]]);
    refused_on_empty(event, ConsentError::PurposeDuplicate);
}

#[test]
fn inv3_a_purpose_of_the_referenced_notice_version() {
    refused_on_empty(
        event(EventKind::Given, 1, t(10_000), &["onbekend"]),
        ConsentError::PurposeUnknown,
    );
    // A purpose of another version of the record, not of the one referenced.
    let mut record = small_record();
    let mut v2 = notice("2");
    v2.purposes.push(purpose_spec("sms", &["dpv:Collect"]));
    record.add_notice(v2).unwrap();
    refused(
        &mut record,
        event(EventKind::Given, 1, t(10_000), &["sms"]),
        ConsentError::PurposeUnknown,
    );
    // Events without a notice name a purpose of some version.
    refused(
        &mut record,
        event(EventKind::ReceiptIssued, 1, t(10_000), &["onbekend"]),
        ConsentError::PurposeUnknown,
    );
    accepted(
        &mut record,
        event(EventKind::ReceiptIssued, 1, t(10_000), &["sms"]),
    );
    assert_eq!(
        record.state_at(&key("onbekend"), &t(0)),
        Err(ConsentError::PurposeUnknown)
    );
}

#[test]
fn inv3_withdrawn_without_a_notice_names_a_granted_purpose() {
    let mut record = granted();
    let withdrawn = event(EventKind::Withdrawn, 2, t(10_001), &[PURPOSES[0]]);
    assert!(withdrawn.notice.is_none());
    accepted(&mut record, withdrawn);
}

// ---------------------------------------------------------------------------------------------
// 8.4.4: the notice shown, and the terms of consent.

#[test]
fn inv4_requests_and_decisions_on_a_notice_carry_it() {
    for kind in [
        EventKind::Requested,
        EventKind::Deferred,
        EventKind::Given,
        EventKind::Reaffirmed,
        EventKind::Refused,
    ] {
        let mut event = event(kind.clone(), 1, t(10_000), &[PURPOSES[0]]);
        event.notice = None;
        event.language = None;
        refused_on_empty(event, ConsentError::NoticeMissing);
    }
}

#[test]
fn inv4_a_notice_version_of_the_record() {
    let mut event = given();
    event.notice.as_mut().unwrap().version = "99".into();
    refused_on_empty(event, ConsentError::NoticeUnknown);
}

#[test]
fn inv4_the_digest_matches_the_archived_version() {
    let mut event = given();
    event.notice.as_mut().unwrap().digest = Digest::of(b"another text");
    refused_on_empty(event, ConsentError::NoticeDigest);
}

#[test]
fn inv4_the_notice_was_published_before_the_event() {
    // Version 1 is published on 5 January; an event of 4 January cannot be about it.
    let mut record = ConsentRecord::new(
        RecordHeader::new(
            header().record_id,
            ts("2026-01-01T00:00:00Z"),
            header().subject,
            header().controllers,
        ),
        vec![controller()],
        vec![notice("1")],
    )
    .unwrap();
    let early = event(
        EventKind::Given,
        1,
        ts("2026-01-04T12:00:00.000Z"),
        &[PURPOSES[0]],
    );
    refused(&mut record, early, ConsentError::NoticeUnpublished);
    accepted(
        &mut record,
        event(
            EventKind::Given,
            1,
            ts("2026-01-05T00:00:00.000Z"),
            &[PURPOSES[0]],
        ),
    );
}

#[test]
fn inv4_the_language_is_the_versions() {
    // Version 1 is in Dutch: an event that says it showed French is about another version.
    let mut event = given();
    event.language = Some("fr".to_owned());
    refused_on_empty(event, ConsentError::Language);
}

#[test]
fn inv6_a_purpose_that_asks_explicit_consent_needs_it() {
    // Not special-category data, but the notice's legal basis is explicit consent.
    let mut version = notice("2");
    version.purposes[0].legal_basis = "eu-gdpr:A6-1-a-explicit-consent".to_owned();
    let mut record = small_record();
    record.add_notice(version.clone()).unwrap();
    let mut checkbox = given().with_notice(&version);
    refused(
        &mut record,
        checkbox.clone(),
        ConsentError::ExplicitRequired,
    );
    checkbox.consent_type = Some(ConsentType::ExplicitlyExpressed);
    checkbox.method = Some(Method::TwoStepConfirmation);
    accepted(&mut record, checkbox);
}

#[test]
fn inv10_no_national_number_in_a_purpose_label() {
    let mut version = notice("2");
    version.purposes[0].label.insert(
        "nl".to_owned(),
        "Nieuwsbrief voor 85.07.30-033.28".to_owned(),
    );
    let mut record = small_record();
    assert_eq!(
        record.add_notice(version),
        Err(RecordError::new(
            Location::Notice(1),
            ConsentError::NationalNumber
        ))
    );
}

#[test]
fn inv4_the_language_shown() {
    let mut event = given();
    event.language = None;
    refused_on_empty(event.clone(), ConsentError::Language);
    event.language = Some("NL".into());
    refused_on_empty(event.clone(), ConsentError::Language);
    event.language = Some("nl-BE".into());
    accepted(&mut small_record(), event);
}

#[test]
fn inv4_given_and_reaffirmed_carry_type_and_validity() {
    for kind in [EventKind::Given, EventKind::Reaffirmed] {
        let mut record = if kind == EventKind::Given {
            small_record()
        } else {
            granted()
        };
        let mut event = event(kind.clone(), 2, t(10_001), &[PURPOSES[0]]);
        event.consent_type = None;
        refused(&mut record, event.clone(), ConsentError::ConsentTerms);
        event.consent_type = Some(ConsentType::Expressed);
        event.validity = None;
        refused(&mut record, event, ConsentError::ConsentTerms);
    }
}

#[test]
fn inv4_a_validity_that_ends_after_the_consent() {
    let mut event = given();
    event.validity = Some(Validity::UntilTime(t(10_000)));
    refused_on_empty(event.clone(), ConsentError::ConsentTerms);
    event.validity = Some(Validity::UntilTime(ts("2026-02-07T22:40:00Z")));
    refused_on_empty(event.clone(), ConsentError::ConsentTerms);
    event.validity = Some(Validity::Temporal("PT0S".parse().unwrap()));
    refused_on_empty(event.clone(), ConsentError::ConsentTerms);
    // A duration that ends beyond the calendar would never end.
    event.validity = Some(Validity::Temporal("P999999Y".parse().unwrap()));
    refused_on_empty(event.clone(), ConsentError::ConsentTerms);
    // Or after the year 9999, which RFC 3339 cannot write.
    event.validity = Some(Validity::Temporal("P8000Y".parse().unwrap()));
    refused_on_empty(event.clone(), ConsentError::ConsentTerms);
    event.validity = Some(Validity::Temporal("P7000Y".parse().unwrap()));
    accepted(&mut small_record(), event.clone());
    event.validity = Some(Validity::UntilTime(t(10_001)));
    accepted(&mut small_record(), event.clone());
    event.validity = Some(Validity::FixedOccurrences(3));
    accepted(&mut small_record(), event.clone());
    event.validity = Some(Validity::UntilEvent("einde van de werken".into()));
    accepted(&mut small_record(), event);
}

#[test]
fn inv4_a_consent_type_this_version_knows() {
    let mut event = given();
    event.consent_type = Some("TacitConsent".parse().unwrap());
    assert!(matches!(event.consent_type, Some(ConsentType::Unknown(_))));
    refused_on_empty(event.clone(), ConsentError::CodeUnknown);
    // Also on import: the rules for consent need the type.
    let result = imported(vec![given()], |v| {
        v["events"][0]["consentType"] = json!("TacitConsent")
    });
    assert_eq!(result, err(Location::Event(0), ConsentError::CodeUnknown));
}

// ---------------------------------------------------------------------------------------------
// 8.4.5: actors.

#[test]
fn inv5_who_may_record_each_kind() {
    use ActorRole as R;
    let subject_side = [
        R::DataSubject,
        R::ParentOfDataSubject,
        R::GuardianOfDataSubject,
        R::LegalRepresentative,
        R::Delegate,
    ];
    let allowed = |kind: &EventKind, role: &ActorRole| match kind {
        EventKind::Given
        | EventKind::Refused
        | EventKind::Reaffirmed
        | EventKind::Withdrawn
        | EventKind::Deferred => subject_side.contains(role) || *role == R::ControllerStaff,
        EventKind::Requested => {
            matches!(
                role,
                R::DataController | R::ControllerStaff | R::DataProcessor | R::System
            )
        }
        EventKind::Revoked => matches!(role, R::DataController | R::ControllerStaff),
        EventKind::Invalidated => {
            matches!(role, R::Authority | R::DataController | R::ControllerStaff)
        }
        EventKind::Expired => *role == R::System,
        _ => true,
    };
    let kinds = [
        EventKind::Requested,
        EventKind::Deferred,
        EventKind::Given,
        EventKind::Reaffirmed,
        EventKind::Refused,
        EventKind::Withdrawn,
        EventKind::Expired,
        EventKind::Revoked,
        EventKind::Invalidated,
    ];
    for kind in kinds {
        for role in ActorRole::KNOWN {
            // From a state where the kind is allowed: requested, or given.
            let mut record = small_record();
            let setup = match kind {
                EventKind::Deferred | EventKind::Refused | EventKind::Given => EventKind::Requested,
                _ => EventKind::Given,
            };
            accepted(&mut record, event(setup, 1, t(10_000), &[PURPOSES[0]]));
            let mut event = event(kind.clone(), 2, t(10_001), &[PURPOSES[0]]);
            event.actor = Actor::new(role.clone());
            // What the role needs besides: evidence for staff, a channel and method for
            // the subject side, a reason for the controller side.
            event.evidence = Some(vec![Evidence::new(
                "scanned-form",
                Digest::of(b"scan"),
                None,
            )]);
            if event.channel.is_none() {
                event = event.with_channel(Channel::Counter, Method::WrittenSignature);
            }
            event.reason = Some("reden".into());
            let result = record.append(event);
            if allowed(&kind, role) {
                assert!(result.is_ok(), "{kind} by {role}: {result:?}");
            } else {
                assert_eq!(
                    result,
                    Err(RecordError::new(
                        Location::Event(1),
                        ConsentError::ActorRole
                    )),
                    "{kind} by {role}"
                );
            }
        }
    }
}

#[test]
fn inv5_staff_for_the_subject_with_evidence() {
    let mut event = given();
    event.actor = Actor::new(ActorRole::ControllerStaff);
    refused_on_empty(event.clone(), ConsentError::ActorEvidence);
    event.evidence = Some(Vec::new());
    refused_on_empty(event.clone(), ConsentError::ActorEvidence);
    event.evidence = Some(vec![Evidence::new(
        "scanned-form",
        Digest::of(b"%PDF"),
        Some("application/pdf"),
    )]);
    accepted(&mut small_record(), event);
}

#[test]
fn inv5_revoked_and_invalidated_by_the_controller_give_a_reason() {
    let mut record = granted();
    let mut revoked = event(EventKind::Revoked, 2, t(10_001), &[PURPOSES[0]]);
    revoked.reason = None;
    refused(&mut record, revoked, ConsentError::ReasonMissing);
    let mut invalidated = event(EventKind::Invalidated, 2, t(10_001), &[PURPOSES[0]]);
    invalidated.actor = Actor::party(ActorRole::DataController, key(GEMEENTE));
    invalidated.reason = None;
    refused(
        &mut record,
        invalidated.clone(),
        ConsentError::ReasonMissing,
    );
    // An authority need not.
    invalidated.actor = Actor::new(ActorRole::Authority);
    accepted(&mut record, invalidated);
}

#[test]
fn inv5_the_subject_side_says_how() {
    let mut event = given();
    event.channel = None;
    refused_on_empty(event.clone(), ConsentError::ChannelMissing);
    let mut record = granted();
    let mut withdrawn = self::event(EventKind::Withdrawn, 2, t(10_001), &[PURPOSES[0]]);
    withdrawn.method = None;
    refused(&mut record, withdrawn, ConsentError::ChannelMissing);
}

#[test]
fn inv5_the_actor_is_a_party_of_the_record() {
    let mut event = event(EventKind::Requested, 1, t(10_000), &[PURPOSES[0]]);
    event.actor.party_id = Some(key("party:onbekend"));
    refused_on_empty(event, ConsentError::PartyUnknown);
}

#[test]
fn append_refuses_codes_it_does_not_know() {
    let mut event = given();
    event.actor.role = "Grandparent".parse().unwrap();
    refused_on_empty(event, ConsentError::CodeUnknown);
    let mut event = given();
    event.channel = Some("Carrier-pigeon".parse().unwrap());
    refused_on_empty(event, ConsentError::CodeUnknown);
    let mut event = given();
    event.method = Some("Wink".parse().unwrap());
    refused_on_empty(event, ConsentError::CodeUnknown);
    // The child rule needs the age band.
    let mut event = given();
    let mut context = SubjectContext::for_age(12, true);
    context.age_band = Some("under-12".parse().unwrap());
    event.subject_context = Some(context);
    refused_on_empty(event, ConsentError::CodeUnknown);
}

// ---------------------------------------------------------------------------------------------
// 8.4.6: an affirmative act, and explicit consent for special categories.

#[test]
fn inv6_consent_by_an_affirmative_act() {
    for method in [
        Method::CheckboxLeftUnticked,
        Method::ButtonRefuse,
        Method::UnsubscribeLink,
    ] {
        let mut event = given();
        event.method = Some(method);
        refused_on_empty(event, ConsentError::MethodNotAffirmative);
    }
    let mut record = granted();
    let mut reaffirmed = event(EventKind::Reaffirmed, 2, t(10_001), &[PURPOSES[0]]);
    reaffirmed.method = Some(Method::ButtonRefuse);
    refused(&mut record, reaffirmed, ConsentError::MethodNotAffirmative);
}

/// The small record with a second notice whose purpose `gezondheid` holds health data.
fn health_record(basis: &str, flag: bool) -> Result<ConsentRecord, RecordError> {
    let mut spec = purpose_spec("gezondheid", &["dpv:Collect"]);
    spec.personal_data = vec!["pd:HealthRecord".into()];
    spec.special_category = flag;
    spec.legal_basis = basis.into();
    let mut notice = NoticeVersion::new(
        "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b02"
            .parse()
            .unwrap(),
        "1",
        "nl",
        ts("2026-01-05T00:00:00Z"),
        Digest::of(b"<p>Gezondheid</p>"),
    );
    notice.purposes.push(spec);
    let mut record = small_record();
    record.add_notice(notice)?;
    Ok(record)
}

fn health_given(consent_type: ConsentType, method: Method) -> ConsentEvent {
    let mut event = given().with_channel(Channel::CitizenPortal, method);
    event.purposes = vec![key("gezondheid")];
    let notice = health_record("eu-gdpr:A9-2-a", true).unwrap().notices()[1].clone();
    event = event.with_notice(&notice);
    event.consent_type = Some(consent_type);
    event
}

#[test]
fn inv6_special_category_data_needs_explicit_consent() {
    use ConsentType::*;
    use Method::*;
    let record = health_record("eu-gdpr:A9-2-a", true).unwrap();
    accepted(
        &mut record.clone(),
        health_given(ExplicitlyExpressed, ElectronicSignature),
    );
    accepted(
        &mut record.clone(),
        health_given(ExplicitlyExpressed, TwoStepConfirmation),
    );
    for (consent_type, method) in [
        (ExplicitlyExpressed, CheckboxAndSubmit),
        (ExplicitlyExpressed, ButtonAccept),
        (Expressed, ElectronicSignature),
    ] {
        refused(
            &mut record.clone(),
            health_given(consent_type, method),
            ConsentError::ExplicitRequired,
        );
    }
    // A checkbox counts when the notice holds an explicit statement for the purpose: a fact
    // of the notice, so the record reads back with it.
    let mut statement = small_record();
    let mut version = notice("2");
    version.purposes[0].personal_data = vec!["pd:HealthRecord".to_owned()];
    version.purposes[0].special_category = true;
    version.purposes[0].legal_basis = "eu-gdpr:A9-2-a".to_owned();
    version.purposes[0].explicit_statement = true;
    statement.add_notice(version.clone()).unwrap();
    let mut checkbox = event(EventKind::Given, 1, t(10_000), &[PURPOSES[0]]).with_notice(&version);
    checkbox.consent_type = Some(ExplicitlyExpressed);
    checkbox.method = Some(CheckboxAndSubmit);
    accepted(&mut statement, checkbox.clone());
    ConsentRecord::from_json(&statement.to_json()).unwrap();
    // Without the statement it is refused.
    let mut without = small_record();
    version.purposes[0].explicit_statement = false;
    without.add_notice(version.clone()).unwrap();
    refused(
        &mut without,
        checkbox.with_notice(&version),
        ConsentError::ExplicitRequired,
    );
}

#[test]
fn inv6_special_category_data_is_flagged_and_based_on_explicit_consent() {
    assert_eq!(
        health_record("eu-gdpr:A9-2-a", false).unwrap_err(),
        RecordError::new(Location::Notice(1), ConsentError::SpecialCategory)
    );
    assert_eq!(
        health_record("eu-gdpr:A6-1-a-non-explicit-consent", true).unwrap_err(),
        RecordError::new(Location::Notice(1), ConsentError::SpecialCategory)
    );
    // Explicit consent under art. 6 or 9, or another legal basis than consent (the flag is
    // about the data; the basis for processing it without consent is art. 9(2)(b–j)).
    health_record("eu-gdpr:A6-1-a-explicit-consent", true).unwrap();
    health_record("eu-gdpr:A6-1-e", true).unwrap();
}

#[test]
fn consent_for_a_purpose_whose_basis_is_consent() {
    let mut record = health_record("eu-gdpr:A6-1-e", true).unwrap();
    let event = health_given(
        ConsentType::ExplicitlyExpressed,
        Method::ElectronicSignature,
    );
    let mut event = event.with_notice(&record.notices()[1].clone());
    event.consent_type = Some(ConsentType::ExplicitlyExpressed);
    refused(&mut record, event, ConsentError::LegalBasisNotConsent);
}

#[test]
fn gdpr_refuses_implied_and_endless_consent() {
    let mut event = given();
    event.consent_type = Some(ConsentType::Implied);
    refused_on_empty(event.clone(), ConsentError::GdprImplied);
    let mut endless = given();
    endless.validity = Some(Validity::Endless);
    refused_on_empty(endless.clone(), ConsentError::GdprEndless);
    // Outside the GDPR profile both are recorded.
    let mut header = header();
    header.applicable_law = vec!["ch-dsg".into()];
    let mut record = ConsentRecord::new(header, vec![controller()], vec![notice("1")]).unwrap();
    accepted(&mut record, event);
    endless.event_id = id(2);
    accepted(&mut record, endless);
}

// ---------------------------------------------------------------------------------------------
// 8.4.7: children.

#[test]
fn inv7_a_child_under_13_is_consented_for_by_a_verified_parent() {
    let child = |role: ActorRole, verified: bool| {
        let mut event = given();
        event.subject_context = Some(SubjectContext::for_age(12, true));
        event.actor = Actor::new(role);
        if verified {
            event.actor = event
                .actor
                .with_verification(Verification::new("eID-authentication", Some("eIDAS-high")));
        }
        event
    };
    refused_on_empty(child(ActorRole::DataSubject, false), ConsentError::Child);
    refused_on_empty(child(ActorRole::DataSubject, true), ConsentError::Child);
    refused_on_empty(
        child(ActorRole::ParentOfDataSubject, false),
        ConsentError::Child,
    );
    refused_on_empty(
        child(ActorRole::LegalRepresentative, true),
        ConsentError::Child,
    );
    accepted(
        &mut small_record(),
        child(ActorRole::ParentOfDataSubject, true),
    );
    accepted(
        &mut small_record(),
        child(ActorRole::GuardianOfDataSubject, true),
    );
    // 13, or art. 8 not applying (not a service offered directly to the child): the subject
    // may consent.
    for context in [
        SubjectContext::for_age(13, true),
        SubjectContext::for_age(12, false),
    ] {
        let mut event = given();
        event.subject_context = Some(context);
        accepted(&mut small_record(), event);
    }
    // Also a renewal.
    let mut record = granted();
    let mut reaffirmed = event(EventKind::Reaffirmed, 2, t(10_001), &[PURPOSES[0]]);
    reaffirmed.subject_context = Some(SubjectContext::for_age(9, true));
    refused(&mut record, reaffirmed, ConsentError::Child);
}

// ---------------------------------------------------------------------------------------------
// 8.4.8 and 8.5: the lifecycle.

/// The transition table of section 8.5 of the consent note, as written there: for each
/// row, the cells for Requested, Deferred, Given, Reaffirmed, Refused, Withdrawn, Expired,
/// Revoked and Invalidated.
const TABLE: [(&str, [&str; 9]); 5] = [
    (
        "none / Unknown",
        [
            "Requested",
            "—",
            "Given",
            "—",
            "Refused",
            "—",
            "—",
            "—",
            "—",
        ],
    ),
    (
        "Requested",
        [
            "Requested",
            "Deferred",
            "Given",
            "—",
            "Refused",
            "—",
            "—",
            "—",
            "—",
        ],
    ),
    (
        "Deferred",
        [
            "Requested",
            "Deferred",
            "Given",
            "—",
            "Refused",
            "—",
            "—",
            "—",
            "—",
        ],
    ),
    (
        "Given / RenewedGiven",
        [
            "(prompt only)",
            "(prompt only)",
            "Given",
            "RenewedGiven",
            "—",
            "Withdrawn",
            "Expired",
            "Revoked",
            "Invalidated",
        ],
    ),
    (
        "Refused / Withdrawn / Expired / Revoked / Invalidated",
        [
            "Requested",
            "—",
            "Given",
            "—",
            "Refused",
            "—",
            "—",
            "—",
            "Invalidated",
        ],
    ),
];

const COLUMNS: [EventKind; 9] = [
    EventKind::Requested,
    EventKind::Deferred,
    EventKind::Given,
    EventKind::Reaffirmed,
    EventKind::Refused,
    EventKind::Withdrawn,
    EventKind::Expired,
    EventKind::Revoked,
    EventKind::Invalidated,
];

/// A status by the name the table uses.
fn status(name: &str) -> ConsentStatus {
    match name {
        "none" | "Unknown" => ConsentStatus::Unknown,
        "Requested" => ConsentStatus::Requested,
        "Deferred" => ConsentStatus::RequestDeferred,
        "Given" => ConsentStatus::Given,
        "RenewedGiven" => ConsentStatus::RenewedGiven,
        "Refused" => ConsentStatus::Refused,
        "Withdrawn" => ConsentStatus::Withdrawn,
        "Expired" => ConsentStatus::Expired,
        "Revoked" => ConsentStatus::Revoked,
        "Invalidated" => ConsentStatus::Invalidated,
        _ => panic!("{name}"),
    }
}

/// Events that bring a purpose into a status.
fn path_to(name: &str) -> Vec<EventKind> {
    use EventKind::*;
    match name {
        "none" | "Unknown" => vec![],
        "Requested" => vec![Requested],
        "Deferred" => vec![Requested, Deferred],
        "Given" => vec![Given],
        "RenewedGiven" => vec![Given, Reaffirmed],
        "Refused" => vec![Refused],
        "Withdrawn" => vec![Given, Withdrawn],
        "Expired" => vec![Given, Expired],
        "Revoked" => vec![Given, Revoked],
        "Invalidated" => vec![Given, Invalidated],
        _ => panic!("{name}"),
    }
}

#[test]
fn inv8_every_cell_of_the_transition_table() {
    let purpose = key(PURPOSES[0]);
    let mut cells = 0;
    for (row, outcomes) in TABLE {
        for from in row.split(" / ") {
            let mut record = small_record();
            let mut minute = 10_000;
            for (n, kind) in path_to(from).into_iter().enumerate() {
                minute += 1;
                accepted(
                    &mut record,
                    event(kind, n as u64 + 1, t(minute), &[PURPOSES[0]]),
                );
            }
            let before = record.state_at(&purpose, &t(minute)).unwrap();
            assert_eq!(before.status, status(from), "{from}");
            for (kind, outcome) in COLUMNS.iter().zip(outcomes) {
                cells += 1;
                let mut attempt = record.clone();
                let candidate = event(kind.clone(), 100, t(minute + 1), &[PURPOSES[0]]);
                let result = attempt.append(candidate);
                let after = attempt.state_at(&purpose, &t(minute + 1)).unwrap();
                let what = format!("{from} --{kind}-->");
                match outcome {
                    "—" => {
                        let at = Location::Event(record.events().len() as u64);
                        assert_eq!(
                            result,
                            Err(RecordError::new(at, ConsentError::Transition)),
                            "{what}"
                        );
                        assert_eq!(attempt, record, "{what}");
                    }
                    outcome if outcome.starts_with("(prompt only") => {
                        assert!(result.is_ok(), "{what} {result:?}");
                        assert_eq!(
                            (after.status, &after.since),
                            (before.status, &before.since),
                            "{what}"
                        );
                        assert!(after.valid_for_processing, "{what}");
                    }
                    to => {
                        assert!(result.is_ok(), "{what} {result:?}");
                        assert_eq!(after.status, status(to), "{what}");
                        assert_eq!(after.since.as_ref(), Some(&t(minute + 1)), "{what}");
                        assert_eq!(after.based_on, Some(id(100)), "{what}");
                    }
                }
            }
        }
    }
    // Eleven statuses (`none` and `Unknown` are one row), nine events.
    assert_eq!(cells, 11 * 9);
}

#[test]
fn inv8_a_grant_past_its_validity_as_the_module_documents() {
    // Not in the note's table: once the validity has run out the grant behaves as ended,
    // except that an explicit `Expired` may still be written (the system acting on it).
    let expected = [
        Some("Requested"),
        None,
        Some("Given"),
        None,
        Some("Refused"),
        None,
        Some("Expired"),
        None,
        Some("Invalidated"),
    ];
    let purpose = key(PURPOSES[0]);
    let mut record = small_record();
    let mut short = given();
    short.validity = Some(Validity::Temporal("PT1H".parse().unwrap()));
    accepted(&mut record, short);
    // Derived expiry: valid until the end, expired from it.
    let state = record.state_at(&purpose, &t(10_059)).unwrap();
    assert_eq!(
        (state.status, state.valid_for_processing),
        (ConsentStatus::Given, true)
    );
    let state = record.state_at(&purpose, &t(10_060)).unwrap();
    assert_eq!(
        (state.status, state.valid_for_processing),
        (ConsentStatus::Expired, false)
    );
    assert_eq!(state.since, Some(t(10_060)));
    assert_eq!(state.valid_until, Some(t(10_060)));
    for (kind, outcome) in COLUMNS.iter().zip(expected) {
        let mut attempt = record.clone();
        let result = attempt.append(event(kind.clone(), 2, t(10_120), &[PURPOSES[0]]));
        match outcome {
            None => assert_eq!(
                result,
                Err(RecordError::new(
                    Location::Event(1),
                    ConsentError::Transition
                )),
                "{kind}"
            ),
            Some(to) => {
                assert!(result.is_ok(), "{kind}: {result:?}");
                let state = attempt.state_at(&purpose, &t(10_120)).unwrap();
                assert_eq!(state.status, status(to), "{kind}");
            }
        }
    }
}

#[test]
fn inv8_the_end_of_validity_is_an_instant_however_written() {
    let purpose = key(PURPOSES[0]);
    let mut record = small_record();
    let mut until = given();
    until.validity = Some(Validity::UntilTime(ts("2026-12-31T23:59:59Z")));
    accepted(&mut record, until);
    for at in [
        "2026-12-31T23:59:59Z",
        "2026-12-31T23:59:59.000Z",
        "2026-12-31T23:59:59.000000Z",
    ] {
        let state = record.state_at(&purpose, &ts(at)).unwrap();
        assert_eq!(state.status, ConsentStatus::Expired, "{at}");
        assert!(!state.valid_for_processing, "{at}");
    }
    let state = record
        .state_at(&purpose, &ts("2026-12-31T23:59:58.999Z"))
        .unwrap();
    assert!(state.valid_for_processing);
}

#[test]
fn inv8_one_purpose_that_may_not_refuses_the_whole_event() {
    let mut record = granted();
    // Withdrawn for a granted and a never-given purpose.
    let both = event(
        EventKind::Withdrawn,
        2,
        t(10_001),
        &[PURPOSES[0], PURPOSES[1]],
    );
    refused(&mut record, both, ConsentError::Transition);
}

#[test]
fn inv8_withdrawing_what_was_not_given_is_refused() {
    refused_on_empty(
        event(EventKind::Withdrawn, 1, t(10_000), &[PURPOSES[0]]),
        ConsentError::Transition,
    );
}

/// The small record with notice version 2 (only the label of the first purpose differs)
/// and version 3 (the first purpose also shares the data).
fn with_versions() -> (ConsentRecord, NoticeVersion, NoticeVersion) {
    let mut record = granted();
    let mut relabelled = notice("2");
    relabelled.purposes[0]
        .label
        .insert("nl".into(), "Onze nieuwsbrief".into());
    relabelled.purposes[0].description = Some([("nl".into(), "Maandelijks.".into())].into());
    let mut shared = notice("3");
    shared.purposes[0]
        .processing
        .as_mut()
        .unwrap()
        .push("dpv:Share".into());
    record.add_notice(relabelled.clone()).unwrap();
    record.add_notice(shared.clone()).unwrap();
    (record, relabelled, shared)
}

#[test]
fn inv8_reaffirmed_needs_the_same_processing() {
    let (record, relabelled, shared) = with_versions();
    let reaffirm = |notice: &NoticeVersion| {
        event(EventKind::Reaffirmed, 2, t(10_001), &[PURPOSES[0]]).with_notice(notice)
    };
    // Another wording of the same processing: a renewal.
    let mut renewed = record.clone();
    accepted(&mut renewed, reaffirm(&relabelled));
    let state = renewed.state_at(&key(PURPOSES[0]), &t(10_001)).unwrap();
    assert_eq!(state.status, ConsentStatus::RenewedGiven);
    // One more processing operation: new consent is needed (EDPB 05/2020 §110)…
    refused(
        &mut record.clone(),
        reaffirm(&shared),
        ConsentError::ReaffirmChanged,
    );
    // …which a `Given` on the new version is.
    let mut record = record;
    let given = event(EventKind::Given, 2, t(10_001), &[PURPOSES[0]]).with_notice(&shared);
    accepted(&mut record, given);
    // And after it, a renewal compares with the new grant.
    let mut again = record.clone();
    refused(
        &mut again,
        event(EventKind::Reaffirmed, 3, t(10_002), &[PURPOSES[0]]),
        ConsentError::ReaffirmChanged,
    );
    let back = event(EventKind::Reaffirmed, 3, t(10_002), &[PURPOSES[0]]).with_notice(&shared);
    accepted(&mut record, back);
}

// ---------------------------------------------------------------------------------------------
// 8.4.9: notice versions never change; what a notice version must hold.

#[test]
fn inv9_a_notice_version_is_added_once() {
    let mut record = small_record();
    let mut changed = notice("1");
    changed.purposes[0].legal_basis = "eu-gdpr:A6-1-a-explicit-consent".into();
    assert_eq!(
        record.add_notice(changed.clone()),
        Err(RecordError::new(
            Location::Notice(1),
            ConsentError::NoticeDuplicate
        ))
    );
    assert_eq!(record.notices().len(), 1);
    assert_eq!(
        ConsentRecord::new(header(), vec![controller()], vec![notice("1"), changed]).unwrap_err(),
        RecordError::new(Location::Notice(1), ConsentError::NoticeDuplicate)
    );
}

#[track_caller]
fn bad_notice(change: impl FnOnce(&mut NoticeVersion), error: ConsentError) {
    let mut notice = notice("2");
    change(&mut notice);
    assert_eq!(
        small_record().add_notice(notice),
        Err(RecordError::new(Location::Notice(1), error))
    );
}

#[test]
fn inv9_what_a_notice_version_holds() {
    use ConsentError as E;
    bad_notice(|n| n.purposes.clear(), E::NoticeIncomplete);
    bad_notice(|n| n.purposes[1].dpv_purposes.clear(), E::NoticeIncomplete);
    bad_notice(|n| n.purposes[1].personal_data.clear(), E::NoticeIncomplete);
    bad_notice(|n| n.purposes[1].controllers.clear(), E::NoticeIncomplete);
    bad_notice(
        |n| n.purposes[1].storage_locations.clear(),
        E::NoticeIncomplete,
    );
    bad_notice(|n| n.purposes[1].label.clear(), E::NoticeIncomplete);
    bad_notice(
        |n| n.purposes[2].purpose_id = key(PURPOSES[0]),
        E::PurposeDuplicate,
    );
    bad_notice(
        |n| n.purposes[0].dpv_purposes = vec!["dpv:Marketting".into()],
        E::Term,
    );
    bad_notice(
        |n| n.purposes[0].personal_data = vec!["pd:Email".into()],
        E::Term,
    );
    bad_notice(
        |n| n.purposes[0].processing = Some(vec!["dpv:Sell".into()]),
        E::Term,
    );
    bad_notice(
        |n| n.purposes[0].rights = Some(vec!["eu-gdpr:A99".into()]),
        E::Term,
    );
    bad_notice(
        |n| n.purposes[0].legal_basis = "eu-gdpr:A6-1-z".into(),
        E::LegalBasis,
    );
    bad_notice(
        |n| n.purposes[0].controllers = vec![key("party:onbekend")],
        E::PartyController,
    );
    bad_notice(
        |n| n.purposes[0].recipients = vec![key("party:onbekend")],
        E::PartyUnknown,
    );
    bad_notice(
        |n| n.purposes[0].storage_locations = vec!["Europe".into()],
        E::Header,
    );
    bad_notice(
        |n| {
            n.purposes[0].withdrawal.url = None;
            n.purposes[0].withdrawal.methods = Some(Vec::new());
        },
        E::WithdrawalMissing,
    );
    bad_notice(|n| n.language = "nederlands".into(), E::Language);
    bad_notice(|n| n.version = " ".into(), E::Text);
}

// ---------------------------------------------------------------------------------------------
// The header and the parties.

#[test]
fn the_header_is_complete() {
    type Case = (fn(&mut RecordHeader), ConsentError);
    let cases: [Case; 6] = [
        (|h| h.controllers.clear(), ConsentError::Header),
        (|h| h.jurisdictions.clear(), ConsentError::Header),
        (|h| h.applicable_law.clear(), ConsentError::Header),
        (
            |h| h.jurisdictions = vec!["be".into()],
            ConsentError::Header,
        ),
        (
            |h| h.subject.categories = Some(vec!["dpv:Kid".into()]),
            ConsentError::Term,
        ),
        (
            |h| h.controllers = vec![key("party:toerisme")],
            ConsentError::PartyController,
        ),
    ];
    let third = Party::new(key("party:toerisme"), PartyRole::ThirdParty, "Toerisme");
    for (change, error) in cases {
        let mut header = header();
        change(&mut header);
        assert_eq!(
            ConsentRecord::new(header, vec![controller(), third.clone()], vec![notice("1")]),
            err(Location::Header, error)
        );
    }
}

#[test]
fn no_national_number_in_the_subject_reference_or_free_text() {
    // A valid INSZ (born 30 July 1985, serial 033, check 28).
    "85073003328".parse::<bouwstenen::Insz>().unwrap();
    assert!("85073003329".parse::<bouwstenen::Insz>().is_err());
    for reference in [
        "urn:x-pseudonym:85.07.30-033.28",
        "urn:x-pseudonym:85073003328",
    ] {
        let mut header = header();
        header.subject = SubjectRef::new(reference.parse().unwrap());
        assert_eq!(
            ConsentRecord::new(header, vec![controller()], vec![notice("1")]),
            err(Location::Header, ConsentError::NationalNumber),
            "{reference}"
        );
    }
    let mut record = granted();
    let mut revoked = event(EventKind::Revoked, 2, t(10_001), &[PURPOSES[0]]);
    revoked.reason = Some("op vraag van 85.07.30-033.28".into());
    refused(&mut record, revoked.clone(), ConsentError::NationalNumber);
    let mut parent = given();
    parent.actor = Actor::new(ActorRole::ParentOfDataSubject)
        .with_ref("urn:x-ssin:85073003328".parse().unwrap())
        .with_verification(Verification::new("eID", None));
    refused_on_empty(parent.clone(), ConsentError::NationalNumber);
    parent.actor = Actor::new(ActorRole::ParentOfDataSubject);
    parent.actor.authority_basis = Some("ouder van 85073003328".into());
    refused_on_empty(parent, ConsentError::NationalNumber);
    // In every free text of an event, not only the reason.
    let insz = "85.07.30-033.28";
    let changes: [fn(&mut ConsentEvent, &str); 6] = [
        |e, t| {
            e.workflow = Some(DigestRef::new(
                &format!("formulier {t}"),
                Digest::of(b"form"),
            ))
        },
        |e, t| {
            e.evidence = Some(vec![Evidence::new(
                &format!("scan {t}"),
                Digest::of(b"scan"),
                None,
            )])
        },
        |e, t| e.evidence = Some(vec![Evidence::new("scan", Digest::of(b"scan"), Some(t))]),
        |e, t| e.actor = Actor::subject().with_verification(Verification::new("eID", Some(t))),
        |e, t| e.validity = Some(Validity::UntilEvent(format!("tot {t} verhuist"))),
        |e, t| {
            let mut context = SubjectContext::for_age(30, false);
            context.note = Some(format!("broer van {t}"));
            e.subject_context = Some(context);
        },
    ];
    for change in changes {
        let mut event = given();
        change(&mut event, insz);
        refused_on_empty(event.clone(), ConsentError::NationalNumber);
        change(&mut event, "\u{7}");
        refused_on_empty(event.clone(), ConsentError::Text);
        change(&mut event, "Ann");
        accepted(&mut small_record(), event);
    }
    // Eleven digits that are not an INSZ are fine.
    revoked.reason = Some("dossier 85073003329".into());
    accepted(&mut record, revoked);
}

#[test]
fn the_parties_are_complete_and_valid() {
    let record = |parties: Vec<Party>| ConsentRecord::new(header(), parties, vec![notice("1")]);
    assert_eq!(
        record(vec![controller(), controller()]),
        err(Location::Party(1), ConsentError::PartyDuplicate)
    );
    let mut nameless = controller();
    nameless.name = None;
    assert_eq!(
        record(vec![nameless]),
        err(Location::Party(0), ConsentError::PartyIncomplete)
    );
    let mut unreachable = controller();
    unreachable.contact = None;
    assert_eq!(
        record(vec![unreachable]),
        err(Location::Party(0), ConsentError::PartyIncomplete)
    );
    let mut roleless = controller();
    roleless.roles.clear();
    assert_eq!(
        record(vec![roleless]),
        err(Location::Party(0), ConsentError::PartyIncomplete)
    );
    let invalid = controller().with_identifier(PartyIdentifier::other("BE-KBO", "0999999999"));
    assert_eq!(
        record(vec![invalid]),
        err(Location::Party(0), ConsentError::PartyIdentifier)
    );
    let formatted = controller().with_identifier(PartyIdentifier::other("BE-KBO", "0207.451.227"));
    assert_eq!(
        record(vec![formatted]),
        err(Location::Party(0), ConsentError::PartyIdentifier)
    );
    // The published example A, with its placeholder enterprise number.
    let published = super::examples::shared("example-record-A.json");
    assert_eq!(
        ConsentRecord::from_json(&published),
        err(Location::Party(0), ConsentError::PartyIdentifier)
    );
}

// ---------------------------------------------------------------------------------------------
// Identifiers and administrative events.

#[test]
fn an_event_identifier_once() {
    let mut record = granted();
    let mut again = event(EventKind::Refused, 1, t(10_001), &[PURPOSES[1]]);
    assert_eq!(again.event_id, record.events()[0].event_id);
    refused(&mut record, again.clone(), ConsentError::EventDuplicate);
    again.event_id = id(2);
    accepted(&mut record, again);
}

#[test]
fn a_receipt_has_its_identifier() {
    let mut receipt = event(EventKind::ReceiptIssued, 1, t(10_000), &[]);
    receipt.receipt_id = None;
    refused_on_empty(receipt, ConsentError::EventReference);
}

#[test]
fn a_propagation_confirms_an_earlier_event() {
    let mut record = granted();
    let mut confirm = event(
        EventKind::PropagationConfirmed,
        2,
        t(10_001),
        &[PURPOSES[0]],
    );
    refused(&mut record, confirm.clone(), ConsentError::EventReference);
    confirm.refers_to = Some(id(99));
    refused(&mut record, confirm.clone(), ConsentError::EventReference);
    confirm.refers_to = Some(id(2)); // itself
    refused(&mut record, confirm.clone(), ConsentError::EventReference);
    confirm.refers_to = Some(id(1));
    accepted(&mut record, confirm);
    // On import, one that refers to a later event.
    let withdrawn = event(EventKind::Withdrawn, 3, t(10_002), &[PURPOSES[0]]);
    let mut early = event(
        EventKind::PropagationConfirmed,
        2,
        t(10_001),
        &[PURPOSES[0]],
    );
    early.refers_to = Some(id(1));
    let result = imported(vec![given(), early, withdrawn], |v| {
        v["events"][1]["refersTo"] = json!(id(3).as_str())
    });
    assert_eq!(
        result,
        err(Location::Event(1), ConsentError::EventReference)
    );
    // Any event's `refersTo` is checked.
    let mut receipt = event(EventKind::ReceiptIssued, 2, t(10_001), &[]);
    receipt.refers_to = Some(id(42));
    refused(&mut granted(), receipt, ConsentError::EventReference);
}

#[test]
fn unknown_event_kinds_are_carried_on_import_but_not_written() {
    let purpose = key(PURPOSES[0]);
    let mut paused = event(EventKind::Given, 2, t(10_001), &[PURPOSES[0]]);
    paused.kind = "ConsentPaused".parse().unwrap();
    assert_eq!(paused.kind, EventKind::Unknown("ConsentPaused".into()));
    refused(&mut granted(), paused.clone(), ConsentError::CodeUnknown);
    // Written by a newer version: read, verified, and without effect on the state.
    let record = imported(vec![given()], |v| {
        let mut event = serde_json::to_value(&paused).unwrap();
        event["pausedUntil"] = json!("2026-09-01T00:00:00Z");
        v["events"].as_array_mut().unwrap().push(event);
    })
    .unwrap();
    assert_eq!(record.events()[1].kind.as_str(), "ConsentPaused");
    let state = record.state_at(&purpose, &t(10_002)).unwrap();
    assert_eq!(
        (state.status, state.based_on),
        (ConsentStatus::Given, Some(id(1)))
    );
    let head = record.verify().unwrap();
    // Still chained: a change to it is detected.
    let mut value = serde_json::to_value(&record).unwrap();
    value["events"][1]["pausedUntil"] = json!("2026-10-01T00:00:00Z");
    assert_eq!(
        from_value(&value),
        err(Location::Event(1), ConsentError::ChainHash)
    );
    // And still checked by the rules that do not need its meaning.
    let result = imported(vec![given()], |v| {
        let mut event = serde_json::to_value(&paused).unwrap();
        event["purposes"] = json!(["onbekend"]);
        v["events"].as_array_mut().unwrap().push(event);
    });
    assert_eq!(
        result,
        err(Location::Event(1), ConsentError::PurposeUnknown)
    );
    // Round trip.
    let back = ConsentRecord::from_json(&record.to_json()).unwrap();
    assert_eq!((back.verify().unwrap(), &back), (head, &record));
}

// ---------------------------------------------------------------------------------------------
// 8.4.10: canonical JSON: whole numbers, ASCII keys, NFC, unknown fields kept.

#[test]
fn inv10_no_fractional_numbers() {
    for number in [json!(1.5), json!(1e3), json!(-0.0)] {
        let result = imported(vec![given()], |v| {
            v["events"][0]["score"] = json!({"value": number})
        });
        assert_eq!(
            result,
            err(Location::Event(0), ConsentError::JsonNumber),
            "{number}"
        );
    }
    // Written as text, the same holds for numbers serde_json would read as floats.
    let mut value = example_value();
    value["events"][2]["weight"] = json!(0);
    rechain(&mut value);
    let json = serde_json::to_string(&value)
        .unwrap()
        .replace("\"weight\":0", "\"weight\":2E0");
    assert_eq!(
        ConsentRecord::from_json(&json),
        err(Location::Event(2), ConsentError::JsonNumber)
    );
    // Whole numbers are fine, as far as a double holds them exactly (2^53 - 1).
    let ok = imported(vec![given()], |v| {
        v["events"][0]["counts"] = json!([9_007_199_254_740_991_u64, -9_007_199_254_740_991_i64, 0])
    });
    assert!(ok.is_ok(), "{ok:?}");
    for big in [
        json!(9_007_199_254_740_992_u64),
        json!(-9_007_199_254_740_992_i64),
        json!(u64::MAX),
    ] {
        let result = imported(vec![given()], |v| v["events"][0]["counts"] = json!([big]));
        assert_eq!(
            result,
            err(Location::Event(0), ConsentError::JsonNumber),
            "{big}"
        );
    }
    // In the record's own extensions, and in an event built in Rust.
    let result = imported(vec![given()], |v| v["score"] = json!(0.5));
    assert_eq!(result, err(Location::Header, ConsentError::JsonNumber));
    let mut event = given();
    event.extensions.insert("score".into(), json!(0.5));
    refused_on_empty(event, ConsentError::JsonNumber);
}

#[test]
fn inv10_ascii_keys() {
    let result = imported(vec![given()], |v| v["events"][0]["opmerkingé"] = json!("x"));
    assert_eq!(result, err(Location::Event(0), ConsentError::JsonKey));
    let result = imported(vec![given()], |v| {
        v["events"][0]["actor"]["rôle"] = json!("x")
    });
    assert_eq!(result, err(Location::Event(0), ConsentError::JsonKey));
    let mut event = given();
    event.extensions.insert("naïef".into(), json!(true));
    refused_on_empty(event, ConsentError::JsonKey);
}

#[test]
fn inv10_text_in_nfc() {
    let mut record = granted();
    let mut revoked = event(EventKind::Revoked, 2, t(10_001), &[PURPOSES[0]]);
    revoked.reason = Some("gewijzigde wetgeving (De\u{301}cret)".into());
    refused(&mut record, revoked.clone(), ConsentError::TextNfc);
    // Also in an extension, and on import.
    let mut given = given();
    given.extensions.insert("note".into(), json!("e\u{301}"));
    refused_on_empty(given, ConsentError::TextNfc);
    let result = imported(vec![self::given()], |v| {
        v["events"][0]["note"] = json!("e\u{301}")
    });
    assert_eq!(result, err(Location::Event(0), ConsentError::TextNfc));
    // Composed, it is fine.
    revoked.reason = Some("gewijzigde wetgeving (D\u{e9}cret)".into());
    accepted(&mut record, revoked);
}

#[test]
fn texts_are_not_blank_and_have_no_control_characters() {
    let mut record = granted();
    for reason in ["", "   ", "regel\u{7}", "a\u{0}b"] {
        let mut revoked = event(EventKind::Revoked, 2, t(10_001), &[PURPOSES[0]]);
        revoked.reason = Some(reason.into());
        refused(&mut record, revoked, ConsentError::Text);
    }
    let mut revoked = event(EventKind::Revoked, 2, t(10_001), &[PURPOSES[0]]);
    revoked.reason = Some("twee\nregels\tmet tab".into());
    accepted(&mut record, revoked);
}

#[test]
fn inv10_unknown_fields_are_kept_byte_for_byte() {
    // Fields a newer version might write, at every level, with values that a careless
    // reader would change: big and negative integers, escapes, nulls, empty containers,
    // non-ASCII text (NFC) and nesting.
    let odd = json!({
        "big": 9_007_199_254_740_991_u64, "negative": -9_007_199_254_740_991_i64, "zero": 0, "null": null, "empty": {}, "none": [],
        "text": "\u{e9}\u{1f600} \"quoted\" \\ / \u{0001}", "nested": [[{"a": [1, {"b": null}]}]],
    });
    let mut value = example_value();
    value["x-vendor"] = odd.clone();
    value["header"]["x-header"] = odd.clone();
    value["header"]["subject"]["x-subject"] = odd.clone();
    value["parties"][0]["x-party"] = odd.clone();
    value["parties"][0]["contact"]["x-contact"] = odd.clone();
    value["notices"][0]["x-notice"] = odd.clone();
    value["notices"][0]["purposes"][0]["x-purpose"] = odd.clone();
    value["notices"][0]["purposes"][0]["withdrawal"]["x-withdrawal"] = odd.clone();
    value["events"][1]["x-event"] = odd.clone();
    value["events"][1]["actor"]["x-actor"] = odd.clone();
    value["events"][1]["notice"]["x-notice-ref"] = odd.clone();
    value["events"][1]["workflow"]["x-workflow"] = odd.clone();
    rechain(&mut value);
    let json = serde_json::to_string(&value).unwrap();
    let record = ConsentRecord::from_json(&json).unwrap();
    let exported = serde_json::to_string(&record).unwrap();
    let again = ConsentRecord::from_json(&exported).unwrap();
    assert_eq!(again, record);
    assert_eq!(again.head(), record.head());
    assert_eq!(again.header_hash(), record.header_hash());
    // The same hashes as the input, computed outside the crate.
    let hashes: Vec<String> = again
        .events()
        .iter()
        .map(|e| e.hash().unwrap().to_string())
        .collect();
    let expected: Vec<&str> = value["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["hash"].as_str().unwrap())
        .collect();
    assert_eq!(hashes, expected);
    assert_eq!(again.header_hash().to_string(), jcs_hash(&value["header"]));
    // The same JSON, field for field; each extension's text is the same bytes.
    let out: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(out, value);
    let text = serde_json::to_string(&odd).unwrap();
    for path in [
        "/x-vendor",
        "/header/x-header",
        "/header/subject/x-subject",
        "/parties/0/x-party",
        "/parties/0/contact/x-contact",
        "/notices/0/x-notice",
        "/notices/0/purposes/0/x-purpose",
        "/notices/0/purposes/0/withdrawal/x-withdrawal",
        "/events/1/x-event",
        "/events/1/actor/x-actor",
        "/events/1/notice/x-notice-ref",
        "/events/1/workflow/x-workflow",
    ] {
        let kept = out.pointer(path).unwrap();
        assert_eq!(serde_json::to_string(kept).unwrap(), text, "{path}");
    }
}

#[test]
fn a_part_that_would_read_back_as_another_is_refused() {
    // Written as `"type":"Withdrawn"` next to `"type":"Given"`: the rules would check a
    // grant and the chain would hash a withdrawal.
    let mut event = given();
    event.extensions.insert("type".into(), json!("Withdrawn"));
    refused_on_empty(event, ConsentError::JsonAmbiguous);
    // A field that is not set: the text would be read back as that field, unchecked here.
    let mut record = granted();
    let mut withdrawn = self::event(EventKind::Withdrawn, 2, t(10_001), &[PURPOSES[0]]);
    withdrawn
        .extensions
        .insert("reason".into(), json!("85.07.30-033.28"));
    refused(&mut record, withdrawn.clone(), ConsentError::JsonAmbiguous);
    withdrawn.extensions.clear();
    withdrawn
        .actor
        .extensions
        .insert("role".into(), json!("System"));
    refused(&mut record, withdrawn, ConsentError::JsonAmbiguous);
    let mut header = header();
    header.extensions.insert(
        "recordId".into(),
        json!("urn:uuid:00000000-0000-4000-8000-000000000000"),
    );
    assert_eq!(
        ConsentRecord::new(header, vec![controller()], vec![notice("1")]),
        err(Location::Header, ConsentError::JsonAmbiguous)
    );
    let mut notice = notice("2");
    notice.purposes[0]
        .extensions
        .insert("specialCategory".into(), json!(true));
    assert_eq!(
        small_record().add_notice(notice),
        Err(RecordError::new(
            Location::Notice(1),
            ConsentError::JsonAmbiguous
        ))
    );
    // An unknown code spelled like a known one is written, and read back, as the known one.
    let mut party = controller();
    party.roles = vec![PartyRole::Unknown("DataController".into())];
    assert_eq!(
        ConsentRecord::new(self::header(), vec![party], vec![self::notice("1")]),
        err(Location::Party(0), ConsentError::JsonAmbiguous)
    );
    let mut refusal = self::event(EventKind::Refused, 2, t(10_001), &[PURPOSES[1]]);
    refusal.consent_type = Some(ConsentType::Unknown("Expressed".into()));
    refused(&mut granted(), refusal, ConsentError::JsonAmbiguous);
}

// ---------------------------------------------------------------------------------------------
// Values: the codes that reading a field gives (an import reports them as `consent.json` at
// the part, as the tests above show).

#[test]
fn values_that_do_not_parse() {
    use ConsentError as E;
    assert_eq!("2026-02-30T00:00:00Z".parse::<Timestamp>(), Err(E::Time));
    assert_eq!("sha256:ABC".parse::<Digest>(), Err(E::Digest));
    assert_eq!(
        format!("sha256:{}", "g".repeat(64)).parse::<Digest>(),
        Err(E::Digest)
    );
    assert_eq!(
        "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d0".parse::<UuidUrn>(),
        Err(E::Uuid)
    );
    assert_eq!(
        "uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse::<UuidUrn>(),
        Err(E::Uuid)
    );
    assert_eq!("://x".parse::<Uri>(), Err(E::Uri));
    assert_eq!("urn:".parse::<Uri>(), Err(E::Uri));
    assert_eq!("".parse::<Key>(), Err(E::Key));
    assert_eq!("a".repeat(201).parse::<Key>(), Err(E::Key));
    assert_eq!("P1.5Y".parse::<IsoDuration>(), Err(E::Duration));
    assert_eq!("P1D1Y".parse::<IsoDuration>(), Err(E::Duration));
    assert_eq!("PT".parse::<IsoDuration>(), Err(E::Duration));
    assert_eq!("".parse::<EventKind>(), Err(E::Code));
    assert_eq!("Given!".parse::<EventKind>(), Err(E::Code));
    assert_eq!("x".repeat(101).parse::<Method>(), Err(E::Code));
    let endless_with_value = json!({"type": "Endless", "value": "P1Y"});
    assert!(serde_json::from_value::<Validity>(endless_with_value).is_err());
    let zero = json!({"type": "FixedOccurrences", "value": 0});
    assert!(serde_json::from_value::<Validity>(zero).is_err());
}

#[test]
fn every_code_that_the_record_can_give_is_tested_here() {
    // The codes this file asserts (by variant above), against the list of the enum: a new
    // code must get a test.
    let tested = [
        "consent.json",
        "consent.json.number",
        "consent.json.key",
        "consent.json.ambiguous",
        "consent.text.nfc",
        "consent.text",
        "consent.time",
        "consent.time.order",
        "consent.time.sequence",
        "consent.time.decision",
        "consent.digest",
        "consent.uuid",
        "consent.uri",
        "consent.key",
        "consent.duration",
        "consent.code",
        "consent.code.unknown",
        "consent.term",
        "consent.language",
        "consent.header",
        "consent.national_number",
        "consent.party.duplicate",
        "consent.party.unknown",
        "consent.party.incomplete",
        "consent.party.identifier",
        "consent.party.controller",
        "consent.notice.duplicate",
        "consent.notice.incomplete",
        "consent.notice.missing",
        "consent.notice.unknown",
        "consent.notice.digest",
        "consent.notice.unpublished",
        "consent.nothing_valid", // tests/consent/export.rs: a receipt with nothing valid
        "consent.purpose.duplicate",
        "consent.purpose.missing",
        "consent.purpose.unknown",
        "consent.legal_basis",
        "consent.legal_basis.not_consent",
        "consent.special_category",
        "consent.withdrawal.missing",
        "consent.consent_terms",
        "consent.actor.role",
        "consent.actor.evidence",
        "consent.reason.missing",
        "consent.channel.missing",
        "consent.method.not_affirmative",
        "consent.explicit",
        "consent.gdpr.implied",
        "consent.gdpr.endless",
        "consent.child",
        "consent.transition",
        "consent.reaffirm.changed",
        "consent.event.duplicate",
        "consent.event.reference",
        "consent.chain.seq",
        "consent.chain.prev_hash",
        "consent.chain.hash",
        "consent.chain.missing",
        "consent.chain.head",
    ];
    let mut codes: Vec<&str> = ConsentError::CODES.to_vec();
    let mut tested = tested.to_vec();
    codes.sort_unstable();
    tested.sort_unstable();
    assert_eq!(tested, codes);
}

// ---------------------------------------------------------------------------------------------
// Findings of the review.

#[test]
fn a_withdrawal_on_paper_may_be_dated_before_a_later_prompt() {
    // Given at minute 10 000; a system prompt at 20 000 changes nothing (the grant is valid);
    // a withdrawal signed on paper at 15 000 and recorded at 20 100 is recorded truthfully.
    let mut record = granted();
    let mut prompt = event(EventKind::Requested, 2, t(20_000), &[PURPOSES[0]]);
    prompt.actor = Actor::new(ActorRole::System);
    accepted(&mut record, prompt);
    let paper = event(EventKind::Withdrawn, 3, t(15_000), &[PURPOSES[0]]).recorded(t(20_100));
    accepted(&mut record, paper);
    let purpose = key(PURPOSES[0]);
    let between = record.state_at(&purpose, &t(17_000)).unwrap();
    assert_eq!(
        (between.status, between.since),
        (ConsentStatus::Withdrawn, Some(t(15_000)))
    );
    let before = record.state_at(&purpose, &t(12_000)).unwrap();
    assert_eq!(before.status, ConsentStatus::Given);
}

#[test]
fn an_explicit_expiry_holds_since_the_end_of_validity() {
    // Given at minute 10 000 for P1Y; the system writes Expired two months after the end.
    let mut record = granted();
    let end = ts("2027-02-07T22:40:00.000Z"); // 10 000 minutes after 1 February 2026, plus a year
    assert_eq!(
        record
            .state_at(&key(PURPOSES[0]), &t(10_001))
            .unwrap()
            .valid_until,
        Some(end.clone())
    );
    let late = ts("2027-04-07T00:00:00.000Z");
    accepted(
        &mut record,
        event(EventKind::Expired, 2, late.clone(), &[PURPOSES[0]]),
    );
    let state = record.state_at(&key(PURPOSES[0]), &late).unwrap();
    assert_eq!(state.status, ConsentStatus::Expired);
    assert_eq!(state.since, Some(end.clone()));
    assert_eq!(state.valid_until, Some(end));
}

#[test]
fn the_party_named_as_actor_holds_the_role() {
    let processor = Party::new(
        key("party:verwerker"),
        PartyRole::DataProcessor,
        "Verwerker NV",
    );
    let mut record =
        ConsentRecord::new(header(), vec![controller(), processor], vec![notice("1")]).unwrap();
    accepted(&mut record, given());
    let mut revoke = event(EventKind::Revoked, 2, t(11_000), &[PURPOSES[0]]);
    revoke.actor = Actor::party(ActorRole::DataController, key("party:verwerker"));
    refused(&mut record, revoke.clone(), ConsentError::ActorRole);
    revoke.actor = Actor::party(ActorRole::DataController, key(GEMEENTE));
    accepted(&mut record, revoke);
}

#[test]
fn implied_or_uninformed_consent_is_no_legal_basis_under_the_gdpr() {
    for basis in ["dpv:ImpliedConsent", "dpv:UninformedConsent"] {
        let mut version = notice("2");
        version.purposes[0].legal_basis = basis.to_owned();
        assert_eq!(
            small_record().add_notice(version),
            Err(RecordError::new(
                Location::Notice(1),
                ConsentError::GdprImplied
            )),
            "{basis}"
        );
    }
}

#[test]
fn an_event_must_read_back_as_the_bytes_it_came_from() {
    // A `null`, or a missing `seq` that would default to 0, reads as an event whose JSON is
    // not the JSON that was hashed by another reader: refused, where it is.
    let mut value = example_value();
    value["events"][4]["reason"] = Value::Null;
    assert_eq!(
        from_value(&value),
        err(Location::Event(4), ConsentError::JsonAmbiguous)
    );
    let mut value = example_value();
    value["events"][0].as_object_mut().unwrap().remove("seq");
    assert_eq!(
        from_value(&value),
        err(Location::Event(0), ConsentError::JsonAmbiguous)
    );
}

#[test]
fn no_national_number_in_an_extension_or_a_party() {
    let mut record = small_record();
    let mut withdrawal = event(EventKind::Given, 1, t(10_000), &[PURPOSES[0]]);
    withdrawal
        .extensions
        .insert("rijksregisternummer".to_owned(), json!("85073003328"));
    refused(&mut record, withdrawal, ConsentError::NationalNumber);
    let mut value = example_value();
    value["parties"][1]["name"] = json!("Leverancier 85.07.30-033.28");
    assert_eq!(
        from_value(&value),
        err(Location::Party(1), ConsentError::NationalNumber)
    );
    let mut value = example_value();
    value["header"]["insz"] = json!("85073003328");
    rechain(&mut value);
    assert_eq!(
        from_value(&value),
        err(Location::Header, ConsentError::NationalNumber)
    );
}

#[test]
fn timestamps_are_what_rfc_3339_can_write() {
    // At most nanoseconds, as the schema's pattern says.
    assert!(
        "2026-01-03T00:00:00.123456789Z"
            .parse::<Timestamp>()
            .is_ok()
    );
    assert_eq!(
        "2026-01-03T00:00:00.1234567891Z".parse::<Timestamp>(),
        Err(ConsentError::Time)
    );
    // An instant outside the years 0000-9999 is held at the nearest one RFC 3339 writes.
    let far = Utc.with_ymd_and_hms(12_026, 1, 1, 0, 0, 0).unwrap();
    let held = Timestamp::from_instant(far);
    assert_eq!(held.as_str(), "9999-12-31T23:59:59.999Z");
    assert_eq!(held.as_str().parse::<Timestamp>().unwrap(), held);
    let early = Utc.with_ymd_and_hms(-5, 1, 1, 0, 0, 0).unwrap();
    assert_eq!(
        Timestamp::from_instant(early).as_str(),
        "0000-01-01T00:00:00.000Z"
    );
}
