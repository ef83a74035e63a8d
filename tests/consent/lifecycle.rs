//! Properties of the lifecycle and the value types.
//!
//! Random sequences of decisions (random kinds, random sets of the record's three purposes,
//! increasing instants, a valid actor, channel, method and terms for each kind, so that only
//! the lifecycle decides) are appended; a small reference model written here (per purpose:
//! the last status and when its grant ends, the table of section 8.5 of the consent note as a
//! `match`) predicts which appends succeed and what `state_at` says at any instant, with the
//! derived expiry of `Temporal` and `UntilTime` validity. Every accepted record verifies and
//! survives its JSON. The value types and open code lists survive `parse(display(x))`.

use bouwstenen::consent::*;
use chrono::{DateTime, Months, TimeDelta, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

use super::rules::{GEMEENTE, PURPOSES, id, key, notice, small_record};

/// Few cases: each lifecycle case appends up to 16 events and reads the record back.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The reference model.

/// The status of a purpose, as the note's table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum S {
    None,
    Requested,
    Deferred,
    Given,
    Renewed,
    Refused,
    Withdrawn,
    Expired,
    Revoked,
    Invalidated,
}

/// What a decision does, by the table: move to a status, keep it (a prompt while consent
/// is valid), or nothing, because it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    To(S),
    Keep,
}

/// One purpose: the last status, when it began, the event it rests on (its number), and for
/// a grant when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Purpose {
    status: S,
    since: Option<DateTime<Utc>>,
    based_on: Option<u64>,
    until: Option<DateTime<Utc>>,
}

const NOTHING: Purpose = Purpose {
    status: S::None,
    since: None,
    based_on: None,
    until: None,
};

/// Section 8.5 of the note, with a grant past its end treated as the module documents
/// (like an ended grant, but an explicit `Expired` may still be written).
fn effect(purpose: &Purpose, kind: &EventKind, at: DateTime<Utc>) -> Option<Effect> {
    use EventKind as K;
    use S::*;
    let given = matches!(purpose.status, Given | Renewed);
    let valid = given && purpose.until.is_none_or(|end| at < end);
    let to = |s| Some(Effect::To(s));
    match (purpose.status, kind) {
        (_, K::Given) => to(Given),
        (None, K::Requested) => to(Requested),
        (None, K::Refused) => to(Refused),
        (None, _) => Option::None,
        (Requested | Deferred, K::Requested) => to(Requested),
        (Requested | Deferred, K::Deferred) => to(Deferred),
        (Requested | Deferred, K::Refused) => to(Refused),
        (Requested | Deferred, _) => Option::None,
        (Given | Renewed, K::Requested | K::Deferred) if valid => Some(Effect::Keep),
        (Given | Renewed, K::Reaffirmed) if valid => to(Renewed),
        (Given | Renewed, K::Withdrawn) if valid => to(Withdrawn),
        (Given | Renewed, K::Expired) => to(Expired),
        (Given | Renewed, K::Revoked) if valid => to(Revoked),
        (Given | Renewed, K::Invalidated) => to(Invalidated),
        (Given | Renewed, K::Requested) => to(Requested),
        (Given | Renewed, K::Refused) if !valid => to(Refused),
        (Given | Renewed, _) => Option::None,
        (Refused | Withdrawn | Expired | Revoked | Invalidated, K::Requested) => to(Requested),
        (Refused | Withdrawn | Expired | Revoked | Invalidated, K::Refused) => to(Refused),
        (Refused | Withdrawn | Expired | Revoked | Invalidated, K::Invalidated) => to(Invalidated),
        (Refused | Withdrawn | Expired | Revoked | Invalidated, _) => Option::None,
    }
}

/// The status the crate reports for a model status.
fn dpv(status: S) -> ConsentStatus {
    match status {
        S::None => ConsentStatus::Unknown,
        S::Requested => ConsentStatus::Requested,
        S::Deferred => ConsentStatus::RequestDeferred,
        S::Given => ConsentStatus::Given,
        S::Renewed => ConsentStatus::RenewedGiven,
        S::Refused => ConsentStatus::Refused,
        S::Withdrawn => ConsentStatus::Withdrawn,
        S::Expired => ConsentStatus::Expired,
        S::Revoked => ConsentStatus::Revoked,
        S::Invalidated => ConsentStatus::Invalidated,
    }
}

/// A validity as the generator makes it, with its end computed here.
#[derive(Debug, Clone)]
enum Term {
    Hours(u32),
    Days(u32),
    Weeks(u32),
    Months(u32),
    /// Minutes after the event.
    Until(i64, bool),
    UntilEvent,
    Uses(u32),
}

impl Term {
    fn end(&self, start: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match *self {
            Term::Hours(n) => Some(start + TimeDelta::hours(n.into())),
            Term::Days(n) => Some(start + TimeDelta::days(n.into())),
            Term::Weeks(n) => Some(start + TimeDelta::weeks(n.into())),
            Term::Months(n) => start.checked_add_months(Months::new(n)),
            Term::Until(minutes, _) => Some(start + TimeDelta::minutes(minutes)),
            Term::UntilEvent | Term::Uses(_) => None,
        }
    }

    fn validity(&self, start: DateTime<Utc>) -> Validity {
        let duration = |text: String| Validity::Temporal(text.parse().unwrap());
        match *self {
            Term::Hours(n) => duration(format!("PT{n}H")),
            Term::Days(n) => duration(format!("P{n}D")),
            Term::Weeks(n) => duration(format!("P{n}W")),
            Term::Months(n) => duration(format!("P{n}M")),
            Term::Until(minutes, millis) => {
                Validity::UntilTime(text(start + TimeDelta::minutes(minutes), millis))
            }
            Term::UntilEvent => Validity::UntilEvent("tot het einde van de werken".into()),
            Term::Uses(n) => Validity::FixedOccurrences(n),
        }
    }
}

/// An instant as a timestamp, with or without milliseconds (the rules compare instants).
fn text(at: DateTime<Utc>, millis: bool) -> Timestamp {
    let format = if millis {
        "%Y-%m-%dT%H:%M:%S%.3fZ"
    } else {
        "%Y-%m-%dT%H:%M:%SZ"
    };
    at.format(format).to_string().parse().unwrap()
}

// ---------------------------------------------------------------------------------------------
// The generator.

const KINDS: [EventKind; 9] = [
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

/// One candidate decision.
#[derive(Debug, Clone)]
struct Step {
    kind: EventKind,
    /// Which of the three purposes (bits 0–2, never none).
    purposes: u8,
    /// Minutes after the previous step.
    gap: i64,
    millis: bool,
    term: Term,
    /// Which of the roles, channels and methods the kind allows (by index).
    role: usize,
    channel: usize,
    method: usize,
    explicit: bool,
}

fn term() -> impl Strategy<Value = Term> {
    prop_oneof![
        (1u32..=72).prop_map(Term::Hours),
        (1u32..=10).prop_map(Term::Days),
        (1u32..=2).prop_map(Term::Weeks),
        (1u32..=2).prop_map(Term::Months),
        (1i64..=30_000, any::<bool>()).prop_map(|(m, ms)| Term::Until(m, ms)),
        Just(Term::UntilEvent),
        (1u32..=5).prop_map(Term::Uses),
    ]
}

/// Any of the nine kinds, with more grants and requests so that the states where most
/// events are allowed come up; mostly one purpose (an event on several is refused when one
/// of them may not), and mostly short gaps (a grant is still valid), sometimes long ones.
fn step() -> impl Strategy<Value = Step> {
    (
        prop_oneof![
            2 => Just(EventKind::Given),
            1 => Just(EventKind::Requested),
            4 => select(KINDS.to_vec()),
        ],
        prop_oneof![3 => (0u8..3).prop_map(|i| 1 << i), 1 => 1u8..=7],
        prop_oneof![3 => 1i64..=120, 1 => 1i64..=60 * 24 * 20],
        any::<bool>(),
        term(),
        (0usize..6, 0usize..9, 0usize..12),
        any::<bool>(),
    )
        .prop_map(
            |(kind, purposes, gap, millis, term, (role, channel, method), explicit)| Step {
                kind,
                purposes,
                gap,
                millis,
                term,
                role,
                channel,
                method,
                explicit,
            },
        )
}

/// The event of a step: numbered `n`, with an actor, channel, method and terms that the
/// rules accept for its kind.
fn event(step: &Step, n: u64, at: DateTime<Utc>) -> ConsentEvent {
    use ActorRole as R;
    let pick = |list: &[ActorRole]| list[step.role % list.len()].clone();
    let role = match step.kind {
        EventKind::Requested => pick(&[
            R::DataController,
            R::ControllerStaff,
            R::DataProcessor,
            R::System,
        ]),
        EventKind::Revoked => pick(&[R::DataController, R::ControllerStaff]),
        EventKind::Invalidated => pick(&[R::Authority, R::DataController]),
        EventKind::Expired => R::System,
        _ => pick(&[
            R::DataSubject,
            R::ParentOfDataSubject,
            R::GuardianOfDataSubject,
            R::LegalRepresentative,
            R::Delegate,
            R::ControllerStaff,
        ]),
    };
    let purposes: Vec<Key> = PURPOSES
        .iter()
        .enumerate()
        .filter(|(i, _)| step.purposes & (1 << i) != 0)
        .map(|(_, p)| key(p))
        .collect();
    let mut event = ConsentEvent::new(
        step.kind.clone(),
        id(n),
        text(at, step.millis),
        Actor::new(role.clone()),
    )
    .with_purposes(purposes);
    if role == R::DataController {
        event.actor.party_id = Some(key(GEMEENTE));
    }
    if role == R::ControllerStaff {
        event.evidence = Some(vec![Evidence::new(
            "scanned-form",
            Digest::of(&n.to_be_bytes()),
            None,
        )]);
    }
    if matches!(step.kind, EventKind::Revoked | EventKind::Invalidated) && role != R::Authority {
        event.reason = Some("beslissing van het college".into());
    }
    if matches!(
        step.kind,
        EventKind::Requested
            | EventKind::Deferred
            | EventKind::Given
            | EventKind::Reaffirmed
            | EventKind::Refused
    ) {
        event = event.with_notice(&notice("1"));
    }
    if role.is_subject_side() {
        let channel = Channel::KNOWN[step.channel % Channel::KNOWN.len()].clone();
        let methods: Vec<&Method> = Method::KNOWN
            .iter()
            .filter(|m| {
                !matches!(step.kind, EventKind::Given | EventKind::Reaffirmed) || m.is_affirmative()
            })
            .collect();
        let method = methods[step.method % methods.len()].clone();
        event = event.with_channel(channel, method);
    }
    if matches!(step.kind, EventKind::Given | EventKind::Reaffirmed) {
        let consent_type = if step.explicit {
            ConsentType::ExplicitlyExpressed
        } else {
            ConsentType::Expressed
        };
        event = event.with_consent(consent_type, step.term.validity(at));
    }
    event
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap()
}

/// The model's purposes after the accepted events that occurred at or before `at`.
fn model_at(accepted: &[(DateTime<Utc>, Step, u64)], at: DateTime<Utc>) -> [Purpose; 3] {
    let mut purposes = [NOTHING; 3];
    for (when, step, n) in accepted.iter().take_while(|(when, ..)| *when <= at) {
        for (i, purpose) in purposes.iter_mut().enumerate() {
            if step.purposes & (1 << i) == 0 {
                continue;
            }
            match effect(purpose, &step.kind, *when) {
                Some(Effect::To(status)) => {
                    let grant = matches!(status, S::Given | S::Renewed);
                    // An explicit expiry after the validity ran out holds since its end.
                    let since = match (status, purpose.until) {
                        (S::Expired, Some(end)) if end <= *when => end,
                        _ => *when,
                    };
                    *purpose = Purpose {
                        status,
                        since: Some(since),
                        based_on: Some(*n),
                        until: if grant {
                            step.term.end(*when)
                        } else {
                            purpose.until
                        },
                    };
                }
                Some(Effect::Keep) => {}
                None => panic!("the model accepted what it refuses"),
            }
        }
    }
    purposes
}

/// What `state_at` must say.
#[derive(Debug, PartialEq)]
struct Expected {
    status: ConsentStatus,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    based_on: Option<UuidUrn>,
    valid: bool,
}

/// What `state_at` must say for a purpose of the model at an instant.
fn expected(purpose: &Purpose, at: DateTime<Utc>) -> Expected {
    let based_on = purpose.based_on.map(id);
    let given = matches!(purpose.status, S::Given | S::Renewed);
    match (given, purpose.until) {
        (true, Some(end)) if at >= end => Expected {
            status: ConsentStatus::Expired,
            since: Some(end),
            until: Some(end),
            based_on,
            valid: false,
        },
        (true, until) => Expected {
            status: dpv(purpose.status),
            since: purpose.since,
            until,
            based_on,
            valid: true,
        },
        (false, _) => Expected {
            status: dpv(purpose.status),
            since: purpose.since,
            // An explicit expiry keeps the end of the validity it ended.
            until: if purpose.status == S::Expired {
                purpose.until
            } else {
                None
            },
            based_on,
            valid: false,
        },
    }
}

fn check_lifecycle(steps: Vec<Step>, probes: Vec<(i64, bool)>) -> Result<(), TestCaseError> {
    let mut record = small_record();
    let mut accepted: Vec<(DateTime<Utc>, Step, u64)> = Vec::new();
    let mut at = start() + TimeDelta::days(9);
    let mut instants = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        at += TimeDelta::minutes(step.gap);
        let n = n as u64 + 1;
        let event = event(step, n, at);
        let model = model_at(&accepted, at);
        let allowed = (0..3)
            .filter(|i| step.purposes & (1 << i) != 0)
            .all(|i| effect(&model[i], &step.kind, at).is_some());
        let before = record.clone();
        let result = record.append(event);
        if allowed {
            prop_assert!(result.is_ok(), "step {n} {step:?}: {result:?}");
            accepted.push((at, step.clone(), n));
            for purpose in model_at(&accepted, at) {
                instants.extend(purpose.until);
            }
        } else {
            let seq = before.events().len() as u64;
            prop_assert_eq!(
                result,
                Err(RecordError::new(
                    Location::Event(seq),
                    ConsentError::Transition
                )),
                "step {} {:?}",
                n,
                step
            );
            prop_assert_eq!(&record, &before);
        }
        instants.push(at);
    }
    // Every accepted sequence verifies, and reads back from its JSON with the same head.
    let head = record.verify().unwrap();
    prop_assert_eq!(head, record.head());
    let back = ConsentRecord::from_json(&record.to_json()).unwrap();
    prop_assert_eq!(&back, &record);
    prop_assert_eq!(back.verify().unwrap(), head);
    let compact: ConsentRecord =
        serde_json::from_str(&serde_json::to_string(&record).unwrap()).unwrap();
    prop_assert_eq!(&compact, &record);
    // The state at every event, at every end of validity (and just before), and at random
    // instants, each written with and without milliseconds.
    let mut probes: Vec<(DateTime<Utc>, bool)> = probes
        .into_iter()
        .map(|(minutes, millis)| (start() + TimeDelta::minutes(minutes), millis))
        .collect();
    for instant in instants {
        probes.extend([
            (instant, true),
            (instant, false),
            (instant - TimeDelta::milliseconds(1), true),
        ]);
    }
    for (instant, millis) in probes {
        let query = if instant.timestamp_subsec_millis() == 0 {
            text(instant, millis)
        } else {
            Timestamp::from_instant(instant)
        };
        let model = model_at(&accepted, instant);
        for (i, purpose) in PURPOSES.iter().enumerate() {
            let state = record.state_at(&key(purpose), &query).unwrap();
            let got = Expected {
                status: state.status,
                since: state.since.map(|t| t.instant()),
                until: state.valid_until.map(|t| t.instant()),
                based_on: state.based_on,
                valid: state.valid_for_processing,
            };
            prop_assert_eq!(
                got,
                expected(&model[i], instant),
                "{} at {}",
                purpose,
                query
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn the_lifecycle_follows_the_table(
        steps in prop::collection::vec(step(), 1..16),
        probes in prop::collection::vec((0i64..60 * 24 * 400, any::<bool>()), 0..8),
    ) {
        check_lifecycle(steps, probes)?;
    }
}

#[test]
fn the_model_agrees_with_the_worked_example() {
    // A hand-made case: given for two hours, asked again (a prompt), expired, then given
    // again and withdrawn.
    let step = |kind: EventKind, gap: i64, term: Term| Step {
        kind,
        purposes: 0b011,
        gap,
        millis: gap % 2 == 0,
        term,
        role: 0,
        channel: 0,
        method: 0,
        explicit: false,
    };
    let steps = vec![
        step(EventKind::Given, 10, Term::Hours(2)),
        step(EventKind::Requested, 60, Term::UntilEvent),
        step(EventKind::Withdrawn, 120, Term::UntilEvent),
        step(EventKind::Expired, 1, Term::UntilEvent),
        step(EventKind::Given, 1, Term::Until(60, false)),
        step(EventKind::Withdrawn, 59, Term::UntilEvent),
    ];
    check_lifecycle(steps, vec![(60 * 24 * 9 + 70, true)]).unwrap();
}

// ---------------------------------------------------------------------------------------------
// parse(display(x)) == x for the value types and the open code lists.

fn timestamp_text() -> impl Strategy<Value = String> {
    (
        1000i32..=9999,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u32..60,
        prop::option::of("[0-9]{1,9}"),
    )
        .prop_map(|(y, mo, d, h, mi, s, fraction)| {
            let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}Z")
        })
}

fn iso_duration_text() -> impl Strategy<Value = String> {
    let part = || prop::option::of(0u32..1000);
    (part(), part(), part(), part(), part(), part(), part())
        .prop_filter("at least one unit", |p| {
            p.0.is_some()
                || p.1.is_some()
                || p.2.is_some()
                || p.3.is_some()
                || p.4.is_some()
                || p.5.is_some()
                || p.6.is_some()
        })
        .prop_map(|(y, mo, w, d, h, mi, s)| {
            let mut text = "P".to_owned();
            for (n, unit) in [(y, 'Y'), (mo, 'M'), (w, 'W'), (d, 'D')] {
                if let Some(n) = n {
                    text.push_str(&format!("{n}{unit}"));
                }
            }
            if h.is_some() || mi.is_some() || s.is_some() {
                text.push('T');
                for (n, unit) in [(h, 'H'), (mi, 'M'), (s, 'S')] {
                    if let Some(n) = n {
                        text.push_str(&format!("{n}{unit}"));
                    }
                }
            }
            text
        })
}

fn validity() -> impl Strategy<Value = Validity> {
    prop_oneof![
        iso_duration_text().prop_map(|d| Validity::Temporal(d.parse().unwrap())),
        timestamp_text().prop_map(|t| Validity::UntilTime(t.parse().unwrap())),
        "[^\\s][^\\u{0}]{0,40}".prop_map(Validity::UntilEvent),
        (1u32..=u32::MAX).prop_map(Validity::FixedOccurrences),
        Just(Validity::Endless),
    ]
}

#[track_caller]
fn round_trips<T>(value: &T) -> Result<(), TestCaseError>
where
    T: core::fmt::Display
        + core::str::FromStr
        + PartialEq
        + core::fmt::Debug
        + serde::Serialize
        + serde::de::DeserializeOwned,
    T::Err: core::fmt::Debug,
{
    let text = value.to_string();
    prop_assert_eq!(&text.parse::<T>().unwrap(), value);
    let json = serde_json::to_string(value).unwrap();
    prop_assert_eq!(json, serde_json::to_string(&text).unwrap());
    prop_assert_eq!(
        &serde_json::from_str::<T>(&serde_json::to_string(value).unwrap()).unwrap(),
        value
    );
    Ok(())
}

/// A known value, or a word this version does not know (never the text of a known one).
fn code<T: Clone + core::fmt::Debug + core::str::FromStr + 'static>(
    known: &'static [T],
    texts: &'static [&'static str],
) -> impl Strategy<Value = T>
where
    T::Err: core::fmt::Debug,
{
    prop_oneof![
        select(known.to_vec()),
        "[A-Za-z0-9_.:-]{1,100}"
            .prop_filter("not a known text", move |t| !texts.contains(&t.as_str()))
            .prop_map(|t| t.parse::<T>().unwrap()),
    ]
}

fn texts<T: core::fmt::Display>(known: &[T]) -> &'static [&'static str] {
    let texts: Vec<&'static str> = known.iter().map(|k| &*k.to_string().leak()).collect();
    texts.leak()
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn timestamps_round_trip(text in timestamp_text()) {
        let t: Timestamp = text.parse().unwrap();
        prop_assert_eq!(t.as_str(), text.as_str());
        round_trips(&t)?;
        let written = Timestamp::from_instant(t.instant());
        // Written with milliseconds, finer parts cut off, and read back as itself.
        let millis = t.instant().timestamp_millis();
        prop_assert_eq!(written.instant().timestamp_millis(), millis);
        prop_assert_eq!(written.instant().timestamp_subsec_nanos() % 1_000_000, 0);
        round_trips(&written)?;
    }

    #[test]
    fn digests_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..100), hex in "[0-9a-f]{64}") {
        round_trips(&Digest::of(&bytes))?;
        let d: Digest = format!("sha256:{hex}").parse().unwrap();
        prop_assert_eq!(d.hex(), hex);
        round_trips(&d)?;
    }

    #[test]
    fn uuid_urns_round_trip(bytes in any::<[u8; 16]>(), text in "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") {
        round_trips(&UuidUrn::from_random_bytes(bytes))?;
        let id: UuidUrn = format!("urn:uuid:{text}").parse().unwrap();
        prop_assert_eq!(id.uuid(), text.as_str());
        round_trips(&id)?;
    }

    #[test]
    fn uris_and_keys_round_trip(
        uri in "[A-Za-z][A-Za-z0-9+.-]{0,8}:[A-Za-z0-9!#$%&'()*+,./:;=?@\\[\\]_~-]{1,60}",
        k in "[A-Za-z0-9._~:/-]{1,200}",
    ) {
        let u: Uri = uri.parse().unwrap();
        prop_assert_eq!(u.as_str(), uri.as_str());
        round_trips(&u)?;
        let k2: Key = k.parse().unwrap();
        prop_assert_eq!(k2.as_str(), k.as_str());
        round_trips(&k2)?;
    }

    #[test]
    fn durations_round_trip(text in iso_duration_text()) {
        let d: IsoDuration = text.parse().unwrap();
        prop_assert_eq!(d.as_str(), text.as_str());
        round_trips(&d)?;
    }

    #[test]
    fn validities_round_trip_through_serde(v in validity()) {
        let json = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(serde_json::from_str::<Validity>(&json).unwrap(), v);
    }

    #[test]
    fn open_code_lists_round_trip(
        kind in code(EventKind::KNOWN, texts(EventKind::KNOWN)),
        channel in code(Channel::KNOWN, texts(Channel::KNOWN)),
        method in code(Method::KNOWN, texts(Method::KNOWN)),
        actor in code(ActorRole::KNOWN, texts(ActorRole::KNOWN)),
        party in code(PartyRole::KNOWN, texts(PartyRole::KNOWN)),
        consent in code(ConsentType::KNOWN, texts(ConsentType::KNOWN)),
        age in code(AgeBand::KNOWN, texts(AgeBand::KNOWN)),
    ) {
        round_trips(&kind)?;
        round_trips(&channel)?;
        round_trips(&method)?;
        round_trips(&actor)?;
        round_trips(&party)?;
        round_trips(&consent)?;
        round_trips(&age)?;
    }
}

#[test]
fn unknown_codes_are_kept_and_known_texts_are_never_unknown() {
    for known in EventKind::KNOWN {
        assert_eq!(known.as_str().parse::<EventKind>().unwrap(), *known);
    }
    assert_eq!("under-13".parse::<AgeBand>().unwrap(), AgeBand::Under13);
    let unknown: EventKind = "ConsentPaused".parse().unwrap();
    assert_eq!(unknown, EventKind::Unknown("ConsentPaused".into()));
    assert_eq!(unknown.to_string(), "ConsentPaused");
}
