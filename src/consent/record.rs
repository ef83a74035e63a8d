//! The record: its parts, `append`, `state_at`, `verify`, and reading and writing its JSON.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::consent::rules::{self, Parts, Tracker};
use crate::consent::state::Track;
use crate::consent::{
    ConsentError, ConsentEvent, Extensions, Head, Key, Location, NoticeVersion, Party,
    PurposeState, RecordError, RecordHeader, Timestamp,
};

/// A consent record: one data subject, one controller (or joint controllers), one consent
/// topic; the events are append-only and hash-chained. See the [module documentation](super)
/// for a tutorial.
///
/// A `ConsentRecord` is always valid: [`new`](Self::new), [`add_notice`](Self::add_notice)
/// and [`append`](Self::append) check every rule, and reading JSON ([`from_json`](Self::from_json),
/// serde) verifies the chain and every rule before it accepts the record.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentRecord {
    header: RecordHeader,
    parties: Vec<Party>,
    notices: Vec<NoticeVersion>,
    events: Vec<ConsentEvent>,
    extensions: Extensions,
    header_hash: crate::consent::Digest,
    tracker: Tracker,
}

impl PartialEq for Tracker {
    fn eq(&self, _: &Self) -> bool {
        true // derived from the events, which are compared
    }
}

impl ConsentRecord {
    /// A record without events, from its header, parties and first notice versions.
    ///
    /// # Errors
    ///
    /// The first rule that the header, a party or a notice breaks, and where.
    pub fn new(
        header: RecordHeader,
        parties: Vec<Party>,
        notices: Vec<NoticeVersion>,
    ) -> Result<Self, RecordError> {
        Self::from_parts(
            header,
            parties,
            notices,
            std::iter::empty(),
            Ok(None),
            Extensions::new(),
        )
    }

    /// Adds a notice version (a new version of a notice, or a new notice).
    ///
    /// # Errors
    ///
    /// The rule the version breaks (for example [`ConsentError::NoticeDuplicate`] when it
    /// exists already: a version never changes), at [`Location::Notice`].
    pub fn add_notice(&mut self, notice: NoticeVersion) -> Result<(), RecordError> {
        let at = Location::Notice(self.notices.len());
        rules::check_notice(&notice, &self.notices, &self.header, &self.parties)
            .map_err(|e| RecordError::new(at, e))?;
        self.notices.push(notice);
        Ok(())
    }

    /// Appends an event: checks every rule and the purpose's lifecycle, then sets its `seq`,
    /// `prevHash` and `hash`.
    ///
    /// # Errors
    ///
    /// The first rule the event breaks, at [`Location::Event`] with the `seq` it would have
    /// had; the record is unchanged.
    pub fn append(&mut self, mut event: ConsentEvent) -> Result<Head, RecordError> {
        let seq = self.events.len() as u64;
        let at = Location::Event(seq);
        let fail = |e| RecordError::new(at, e);
        event.seq = seq;
        event.prev_hash = Some(
            self.events
                .last()
                .and_then(|e| e.hash)
                .unwrap_or(self.header_hash),
        );
        event.hash = None;
        let plan = self
            .tracker
            .check(self.parts(), &event, true)
            .map_err(fail)?;
        // An event read from JSON always reads back as itself; one built in Rust may have an
        // extension named like a field, which would be hashed and read back as that field.
        rules::check_reads_back(&event).map_err(fail)?;
        let hash = rules::event_hash(&event).map_err(fail)?;
        event.hash = Some(hash);
        self.tracker.apply(&event, plan);
        self.events.push(event);
        Ok(Head::new(seq, hash))
    }

    /// The state of a purpose at an instant: its DPV status, since when, until when it is
    /// valid, the event it rests on, and whether processing on consent is allowed. Events
    /// count from the moment they occurred; a validity that ran out reads `Expired` from its end.
    ///
    /// ```
    /// # let record = bouwstenen::consent::ConsentRecord::example();
    /// use bouwstenen::consent::ConsentStatus;
    /// let purpose = "nieuwsbrief-wegenwerken".parse()?;
    /// let state = record.state_at(&purpose, &"2026-03-01T00:00:00Z".parse()?)?;
    /// assert_eq!(state.status, ConsentStatus::Given);
    /// assert_eq!(state.since.unwrap().as_str(), "2026-02-10T09:15:41.007Z");
    /// assert_eq!(state.valid_until.unwrap().as_str(), "2028-02-10T09:15:41.007Z");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ConsentError::PurposeUnknown`] when no notice version of the record has the purpose.
    pub fn state_at(&self, purpose: &Key, at: &Timestamp) -> Result<PurposeState, ConsentError> {
        if !self.notices.iter().any(|n| n.purpose(purpose).is_some()) {
            return Err(ConsentError::PurposeUnknown);
        }
        let mut tracker = Tracker::default();
        let parts = self.parts();
        for event in &self.events {
            if !event.kind.is_decision() || !event.purposes.contains(purpose) {
                continue;
            }
            if event.occurred_at.instant() > at.instant() {
                // Not yet at `at`. The purpose's decisions are in the order they occurred, but
                // a prompt (which changes nothing) may come before a decision captured later.
                continue;
            }
            // The events were checked when they were appended or read; only this purpose's
            // lifecycle matters here.
            if let Ok(plan) = tracker.check_lifecycle(parts, event, purpose) {
                tracker.apply(event, plan);
            }
        }
        Ok(Track::state(tracker.tracks.get(purpose), purpose, at))
    }

    /// The state of every purpose of the record at an instant, in the order of the notices.
    ///
    /// ```
    /// # let record = bouwstenen::consent::ConsentRecord::example();
    /// let states = record.states_at(&"2026-03-01T00:00:00Z".parse()?);
    /// assert_eq!(states.len(), 2);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn states_at(&self, at: &Timestamp) -> Vec<PurposeState> {
        self.purposes()
            .filter_map(|p| self.state_at(p, at).ok())
            .collect()
    }

    /// The purposes of all notice versions, each once, in order.
    pub fn purposes(&self) -> impl Iterator<Item = &Key> {
        let mut seen: Vec<&Key> = Vec::new();
        for notice in &self.notices {
            for spec in &notice.purposes {
                if !seen.contains(&&spec.purpose_id) {
                    seen.push(&spec.purpose_id);
                }
            }
        }
        seen.into_iter()
    }

    /// Recomputes the hash chain and checks every rule again, from the header on.
    ///
    /// ```
    /// # let record = bouwstenen::consent::ConsentRecord::example();
    /// let head = record.verify()?.unwrap();
    /// assert_eq!(head.seq, 1);
    /// # Ok::<(), bouwstenen::consent::RecordError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first place where the record breaks, and why.
    pub fn verify(&self) -> Result<Option<Head>, RecordError> {
        let record = Self::from_parts(
            self.header.clone(),
            self.parties.clone(),
            self.notices.clone(),
            self.events.iter().map(|event| Ok((event.clone(), None))),
            Ok(self.head()),
            self.extensions.clone(),
        )?;
        Ok(record.head())
    }

    /// Reads a record from its JSON, verifying the chain and every rule.
    ///
    /// # Errors
    ///
    /// Where the record breaks and why: [`Location::Header`], a party, a notice, an event, or
    /// the head. Text that is not JSON at all is reported at the header with
    /// [`ConsentError::Json`]; an object with the same key twice, where it is, with
    /// [`ConsentError::JsonAmbiguous`] (readers differ on which of the two counts).
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentError, ConsentRecord, Location};
    ///
    /// let json = serde_json::to_string(&ConsentRecord::example())?;
    /// let twice = json.replacen("{\"eventId\"", "{\"type\":\"Withdrawn\",\"eventId\"", 1);
    /// let err = ConsentRecord::from_json(&twice).unwrap_err();
    /// assert_eq!((err.location, err.error), (Location::Event(0), ConsentError::JsonAmbiguous));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Self, RecordError> {
        let duplicate = Cell::new(None);
        let mut reader = serde_json::Deserializer::from_str(json);
        let value = StrictValue::root(&duplicate)
            .deserialize(&mut reader)
            .and_then(|value| reader.end().map(|()| value))
            .map_err(|_| match duplicate.get() {
                Some(at) => RecordError::new(at, ConsentError::JsonAmbiguous),
                None => RecordError::new(Location::Header, ConsentError::Json),
            })?;
        Self::from_value(value)
    }

    /// Reads a record from a JSON value, verifying the chain and every rule. Prefer
    /// [`from_json`](Self::from_json), which also refuses a key that occurs twice in an object.
    ///
    /// # Errors
    ///
    /// As [`from_json`](Self::from_json).
    pub fn from_value(value: Value) -> Result<Self, RecordError> {
        let Value::Object(mut map) = value else {
            return Err(RecordError::new(Location::Header, ConsentError::Json));
        };
        let mut take = |key: &str| map.remove(key);
        let header: RecordHeader = read(&take("header").unwrap_or(Value::Null), Location::Header)?;
        let list = |value: Option<Value>, at: Location| match value {
            Some(Value::Array(items)) => Ok(items),
            None => Ok(Vec::new()),
            Some(_) => Err(RecordError::new(at, ConsentError::Json)),
        };
        let parties = list(take("parties"), Location::Party(0))?
            .into_iter()
            .enumerate()
            .map(|(i, item)| read(&item, Location::Party(i)))
            .collect::<Result<Vec<Party>, _>>()?;
        let notices = list(take("notices"), Location::Notice(0))?
            .into_iter()
            .enumerate()
            .map(|(i, item)| read(&item, Location::Notice(i)))
            .collect::<Result<Vec<NoticeVersion>, _>>()?;
        let events = list(take("events"), Location::Event(0))?;
        let head = match take("head") {
            None => Ok(None),
            Some(v) => read::<Head>(&v, Location::Head).map(Some),
        };
        let extensions: Extensions = map.into_iter().collect();
        // Each event is read and checked in turn, so that the first place where the record
        // breaks is the one reported, even when a later event is not readable at all.
        let events = events.into_iter().enumerate().map(|(i, item)| {
            read(&item, Location::Event(i as u64)).map(|event| (event, Some(item)))
        });
        Self::from_parts(header, parties, notices, events, head, extensions)
    }

    /// Builds and verifies a record from its parts: the one path of `new`, `verify` and import.
    fn from_parts(
        header: RecordHeader,
        parties: Vec<Party>,
        notices: Vec<NoticeVersion>,
        events: impl IntoIterator<Item = Result<(ConsentEvent, Option<Value>), RecordError>>,
        head: Result<Option<Head>, RecordError>,
        extensions: Extensions,
    ) -> Result<Self, RecordError> {
        for (i, party) in parties.iter().enumerate() {
            rules::check_party(party, parties.get(..i).unwrap_or_default())
                .map_err(|e| RecordError::new(Location::Party(i), e))?;
        }
        rules::check_header(&header, &parties)
            .map_err(|e| RecordError::new(Location::Header, e))?;
        for (i, notice) in notices.iter().enumerate() {
            rules::check_notice(
                notice,
                notices.get(..i).unwrap_or_default(),
                &header,
                &parties,
            )
            .map_err(|e| RecordError::new(Location::Notice(i), e))?;
        }
        rules::check_json(&Value::Object(extensions.clone().into_iter().collect()))
            .map_err(|e| RecordError::new(Location::Header, e))?;
        let header_hash =
            rules::header_hash(&header).map_err(|e| RecordError::new(Location::Header, e))?;
        let mut record = ConsentRecord {
            header,
            parties,
            notices,
            events: Vec::new(),
            extensions,
            header_hash,
            tracker: Tracker::default(),
        };
        for (i, event) in events.into_iter().enumerate() {
            let (event, raw) = event?;
            record.replay(i as u64, event, raw)?;
        }
        let head = head?;
        let last = record.head();
        if head.is_some() && head != last {
            return Err(RecordError::new(Location::Head, ConsentError::ChainHead));
        }
        Ok(record)
    }

    /// Checks an event read from JSON at position `seq`: its chain links, then the rules.
    /// `raw` is the event's JSON as read: it must be exactly what the event writes, so that
    /// the hash this crate checks is the hash any other reader computes from the same bytes
    /// (a `null`, or a field this version fills in by default, would differ).
    fn replay(
        &mut self,
        seq: u64,
        event: ConsentEvent,
        raw: Option<Value>,
    ) -> Result<(), RecordError> {
        let at = Location::Event(seq);
        let fail = |e| RecordError::new(at, e);
        let (Some(prev_hash), Some(hash)) = (event.prev_hash, event.hash) else {
            return Err(fail(ConsentError::ChainMissing));
        };
        if event.seq != seq {
            return Err(fail(ConsentError::ChainSeq));
        }
        let value = serde_json::to_value(&event).map_err(|_| fail(ConsentError::Json))?;
        if raw.is_some_and(|raw| raw != value) {
            return Err(fail(ConsentError::JsonAmbiguous));
        }
        if rules::value_hash(value).map_err(fail)? != hash {
            return Err(fail(ConsentError::ChainHash));
        }
        let expected = self
            .events
            .last()
            .and_then(|e| e.hash)
            .unwrap_or(self.header_hash);
        if prev_hash != expected {
            // The event itself is intact; what it links to is not. For the first event that
            // is the header.
            let location = if seq == 0 { Location::Header } else { at };
            return Err(RecordError::new(location, ConsentError::ChainPrevHash));
        }
        let plan = self
            .tracker
            .check(self.parts(), &event, false)
            .map_err(fail)?;
        self.tracker.apply(&event, plan);
        self.events.push(event);
        Ok(())
    }

    fn parts(&self) -> Parts<'_> {
        Parts {
            header: &self.header,
            parties: &self.parties,
            notices: &self.notices,
        }
    }

    /// The header.
    pub fn header(&self) -> &RecordHeader {
        &self.header
    }

    /// The parties.
    pub fn parties(&self) -> &[Party] {
        &self.parties
    }

    /// The notice versions, in the order they were added.
    pub fn notices(&self) -> &[NoticeVersion] {
        &self.notices
    }

    /// The events, in order (`seq` is the index).
    pub fn events(&self) -> &[ConsentEvent] {
        &self.events
    }

    /// Top-level fields this version does not know.
    pub fn extensions(&self) -> &Extensions {
        &self.extensions
    }

    /// The head of the chain (the last event), or `None` without events.
    pub fn head(&self) -> Option<Head> {
        let last = self.events.last()?;
        Some(Head::new(last.seq, last.hash?))
    }

    /// The header's hash: the anchor of the chain, the first event's `prevHash`.
    ///
    /// ```
    /// # let record = bouwstenen::consent::ConsentRecord::example();
    /// assert_eq!(record.events()[0].prev_hash(), Some(record.header_hash()));
    /// ```
    pub fn header_hash(&self) -> crate::consent::Digest {
        self.header_hash
    }

    /// The notice version an event refers to.
    pub fn notice_of(&self, event: &ConsentEvent) -> Option<&NoticeVersion> {
        let reference = event.notice.as_ref()?;
        self.notices
            .iter()
            .find(|n| n.notice_id == reference.notice_id && n.version == reference.version)
    }

    /// The record as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A small valid record, for examples and tests: the newsletter of the consent note's
    /// worked example A, with the municipality as controller, one notice version with two
    /// purposes, a `Given` for the newsletter (`P2Y`) and a `Refused` for sharing.
    ///
    /// ```
    /// let record = bouwstenen::consent::ConsentRecord::example();
    /// assert_eq!(record.events().len(), 2);
    /// assert!(record.verify().is_ok());
    /// ```
    pub fn example() -> Self {
        Self::try_example().unwrap_or_else(|_| Self::empty_fallback())
    }

    fn try_example() -> Result<Self, ConsentError> {
        use crate::consent::{
            Actor, Channel, ConsentType, Contact, Digest, EventKind, Method, PartyAddress,
            PartyIdentifier, PartyRole, PurposeSpec, SubjectRef, Validity,
        };
        let gemeente: Key = "party:gemeente-voorbeeld".parse()?;
        let toerisme: Key = "party:toerisme-vzw".parse()?;
        let controller = Party::new(
            gemeente.clone(),
            PartyRole::DataController,
            "Gemeente Voorbeeld",
        )
        .with_identifier(PartyIdentifier::enterprise(
            "0207451227".parse().map_err(|_| ConsentError::Json)?,
        ))
        .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"))
        .with_contact(Contact::email("privacy@voorbeeld.invalid"));
        let third = Party::new(
            toerisme.clone(),
            PartyRole::ThirdParty,
            "Toerisme Voorbeeld vzw",
        );
        let mut notice = NoticeVersion::new(
            "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b01".parse()?,
            "3",
            "nl",
            "2026-01-05T00:00:00Z".parse()?,
            Digest::of(b"<p>Nieuwsbrief over wegenwerken</p>"),
        );
        let withdraw: crate::consent::Uri = "https://voorbeeld.invalid/toestemmingen".parse()?;
        let newsletter: Key = "nieuwsbrief-wegenwerken".parse()?;
        let sharing: Key = "delen-met-toerisme".parse()?;
        notice.purposes.push(PurposeSpec::new(
            newsletter.clone(),
            "nl",
            "Nieuwsbrief over wegenwerken",
            "dpv:CommunicationManagement",
            "pd:EmailAddress",
            "eu-gdpr:A6-1-a-non-explicit-consent",
            vec![gemeente.clone()],
            Validity::Temporal("P1Y".parse()?),
            withdraw.clone(),
        ));
        let mut share = PurposeSpec::new(
            sharing.clone(),
            "nl",
            "Uw e-mailadres delen met Toerisme Voorbeeld vzw",
            "dpv:Marketing",
            "pd:EmailAddress",
            "eu-gdpr:A6-1-a-non-explicit-consent",
            vec![gemeente.clone()],
            Validity::Temporal("P1Y".parse()?),
            withdraw,
        );
        share.recipients = vec![toerisme];
        notice.purposes.push(share);
        let header = RecordHeader::new(
            "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?,
            "2026-02-10T09:14:03.120Z".parse()?,
            SubjectRef::new("urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77".parse()?),
            vec![gemeente],
        );
        let err = |e: RecordError| e.error;
        let mut record =
            Self::new(header, vec![controller, third], vec![notice.clone()]).map_err(err)?;
        let at: Timestamp = "2026-02-10T09:15:41.007Z".parse()?;
        record
            .append(
                ConsentEvent::new(
                    EventKind::Given,
                    "urn:uuid:a0000000-0000-4000-8000-000000000002".parse()?,
                    at.clone(),
                    Actor::subject(),
                )
                .with_purposes([newsletter])
                .with_notice(&notice)
                .with_consent(ConsentType::Expressed, Validity::Temporal("P2Y".parse()?))
                .with_channel(Channel::Web, Method::CheckboxAndSubmit),
            )
            .map_err(err)?;
        record
            .append(
                ConsentEvent::new(
                    EventKind::Refused,
                    "urn:uuid:a0000000-0000-4000-8000-000000000003".parse()?,
                    at,
                    Actor::subject(),
                )
                .with_purposes([sharing])
                .with_notice(&notice)
                .with_channel(Channel::Web, Method::CheckboxLeftUnticked),
            )
            .map_err(err)?;
        Ok(record)
    }

    /// What [`example`](Self::example) returns if it could not be built, which a test rules
    /// out: a record without parties or events, so that `example` never panics.
    fn empty_fallback() -> Self {
        use crate::consent::{SubjectRef, Uri, UuidUrn};
        let header = RecordHeader::new(
            UuidUrn("urn:uuid:00000000-0000-4000-8000-000000000000".to_owned()),
            Timestamp::from_instant(chrono::DateTime::UNIX_EPOCH),
            SubjectRef::new(Uri("urn:x-pseudonym:0".to_owned())),
            Vec::new(),
        );
        ConsentRecord {
            header_hash: rules::header_hash(&header).unwrap_or(crate::consent::Digest::of(b"")),
            header,
            parties: Vec::new(),
            notices: Vec::new(),
            events: Vec::new(),
            extensions: Extensions::new(),
            tracker: Tracker::default(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecordJson<'a> {
    header: &'a RecordHeader,
    parties: &'a [Party],
    notices: &'a [NoticeVersion],
    events: &'a [ConsentEvent],
    #[serde(skip_serializing_if = "Option::is_none")]
    head: Option<Head>,
    #[serde(flatten)]
    extensions: &'a Extensions,
}

impl Serialize for ConsentRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        RecordJson {
            header: &self.header,
            parties: &self.parties,
            notices: &self.notices,
            events: &self.events,
            head: self.head(),
            extensions: &self.extensions,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ConsentRecord {
    /// Reads and verifies, as [`ConsentRecord::from_json`].
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let duplicate = Cell::new(None);
        let value = StrictValue::root(&duplicate).deserialize(deserializer)?;
        ConsentRecord::from_value(value).map_err(serde::de::Error::custom)
    }
}

/// Where in a record a JSON value being read lies.
#[derive(Clone, Copy)]
enum Level {
    /// The record object itself.
    Root,
    /// The list of parties, notices or events: an item's location from its index.
    List(fn(usize) -> Location),
    /// Inside one part of the record.
    In(Location),
}

/// Reads JSON into a [`Value`] as serde_json does, but refuses an object with the same key
/// twice, noting in `duplicate` where: serde_json keeps the last of two keys and other readers
/// the first, so such a record would show them another event than the one that verifies here.
struct StrictValue<'a> {
    level: Level,
    duplicate: &'a Cell<Option<Location>>,
}

impl<'a> StrictValue<'a> {
    fn root(duplicate: &'a Cell<Option<Location>>) -> Self {
        StrictValue {
            level: Level::Root,
            duplicate,
        }
    }

    fn at(&self, level: Level) -> Self {
        StrictValue {
            level,
            duplicate: self.duplicate,
        }
    }

    /// The location of the part that this value is or lies in.
    fn location(&self) -> Location {
        match self.level {
            Level::Root => Location::Header,
            Level::List(item) => item(0),
            Level::In(at) => at,
        }
    }
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let level = match self.level {
                Level::List(item) => Level::In(item(items.len())),
                level => level,
            };
            match seq.next_element_seed(self.at(level))? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                self.duplicate.set(Some(self.location()));
                return Err(serde::de::Error::custom(ConsentError::JsonAmbiguous));
            }
            let level = match self.level {
                Level::Root => match key.as_str() {
                    "parties" => Level::List(Location::Party),
                    "notices" => Level::List(Location::Notice),
                    "events" => Level::List(|i| Location::Event(i as u64)),
                    "head" => Level::In(Location::Head),
                    _ => Level::In(Location::Header),
                },
                _ => Level::In(self.location()),
            };
            let value = map.next_value_seed(self.at(level))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

impl schemars::JsonSchema for ConsentRecord {
    fn schema_name() -> Cow<'static, str> {
        "ConsentRecord".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "bouwstenen::consent::ConsentRecord".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Consent record",
            "description": "A consent record (ISO/IEC TS 27560 with DPV terms): an immutable header, the parties, immutable notice versions, and append-only events chained by SHA-256 over their RFC 8785 canonical JSON. Fields that a reader does not know must be kept: they are hashed.",
            "type": "object",
            "properties": {
                "header": generator.subschema_for::<RecordHeader>(),
                "parties": {"type": "array", "minItems": 1, "items": generator.subschema_for::<Party>()},
                "notices": {"type": "array", "minItems": 1, "items": generator.subschema_for::<NoticeVersion>()},
                // Events as the record holds them: chained, with their position and hashes.
                "events": {"type": "array", "items": {"allOf": [
                    generator.subschema_for::<ConsentEvent>(),
                    {"required": ["seq", "prevHash", "hash"]},
                ]}},
                "head": generator.subschema_for::<Head>(),
            },
            "required": ["header", "parties", "notices", "events"],
        })
    }
}

/// Reads a part of a record, with the precise code when a value is malformed (a time, a
/// digest, an identifier) and `consent.json` when the shape is wrong.
fn read<T: serde::de::DeserializeOwned>(value: &Value, at: Location) -> Result<T, RecordError> {
    T::deserialize(value).map_err(|err| {
        let message = err.to_string();
        let precise = [
            ConsentError::Time,
            ConsentError::Digest,
            ConsentError::Uuid,
            ConsentError::Uri,
            ConsentError::Key,
            ConsentError::Duration,
            ConsentError::Code,
        ]
        .into_iter()
        .find(|error| message.starts_with(&error.to_string()));
        RecordError::new(at, precise.unwrap_or(ConsentError::Json))
    })
}
