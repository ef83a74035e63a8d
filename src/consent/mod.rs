//! Consent records: portable, provable, tamper-evident GDPR consent, as ISO/IEC TS 27560
//! describes a consent record and with the W3C Data Privacy Vocabulary (DPV 2.3) for its terms.
//!
//! When a citizen consents (a newsletter about road works, sharing an e-mail address with a
//! partner, a photo of a child on the municipal website), the municipality must later prove
//! what the citizen saw, when, how, for which purpose, and that a withdrawal was honoured
//! (GDPR art. 7). A [`ConsentRecord`] keeps that proof for one data subject and one
//! controller:
//!
//! - a **header** ([`RecordHeader`]): the record's identifier, the subject by pseudonym, the
//!   controllers, jurisdictions and law. It never changes, and anchors the hash chain;
//! - the **parties** ([`Party`]) with their enterprise or OVO numbers;
//! - the **notice versions** ([`NoticeVersion`]): what was shown, by the SHA-256 of its exact
//!   bytes, with the processing per purpose ([`PurposeSpec`]: DPV purposes, personal data,
//!   legal basis, retention, storage, recipients, how to withdraw). A version never changes;
//! - the **events** ([`ConsentEvent`]), append-only: requested, deferred, given, reaffirmed,
//!   refused, withdrawn, expired, revoked, invalidated, and the administrative events (receipt
//!   issued, propagation confirmed, notice superseded), each with actor, channel, method,
//!   validity and evidence digests.
//!
//! # Recording consent
//!
//! ```
//! use bouwstenen::consent::*;
//!
//! // The municipality, and the notice the citizen saw (its exact bytes, by digest).
//! let gemeente: Key = "party:gemeente-voorbeeld".parse()?;
//! let party = Party::new(gemeente.clone(), PartyRole::DataController, "Gemeente Voorbeeld")
//!     .with_identifier(PartyIdentifier::enterprise("0207.451.227".parse()?))
//!     .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"))
//!     .with_contact(Contact::email("privacy@voorbeeld.invalid"));
//! let mut notice = NoticeVersion::new(
//!     "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b01".parse()?,
//!     "3",
//!     "nl",
//!     "2026-01-05T00:00:00Z".parse()?,
//!     Digest::of("<p>Wilt u onze nieuwsbrief over wegenwerken ontvangen? …</p>".as_bytes()),
//! );
//! let newsletter: Key = "nieuwsbrief-wegenwerken".parse()?;
//! notice.purposes.push(PurposeSpec::new(
//!     newsletter.clone(),
//!     "nl",
//!     "Nieuwsbrief over wegenwerken",
//!     "dpv:CommunicationManagement",
//!     "pd:EmailAddress",
//!     "eu-gdpr:A6-1-a-non-explicit-consent",
//!     vec![gemeente.clone()],
//!     Validity::Temporal("P1Y".parse()?),
//!     "https://voorbeeld.invalid/toestemmingen".parse()?,
//! ));
//!
//! let header = RecordHeader::new(
//!     "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?,
//!     "2026-02-10T09:14:03.120Z".parse()?,
//!     SubjectRef::new("urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77".parse()?),
//!     vec![gemeente],
//! );
//! let mut record = ConsentRecord::new(header, vec![party], vec![notice.clone()])?;
//!
//! // The citizen ticks the box…
//! record.append(
//!     ConsentEvent::new(EventKind::Given, "urn:uuid:a0000000-0000-4000-8000-000000000002".parse()?,
//!         "2026-02-10T09:15:41.007Z".parse()?, Actor::subject())
//!         .with_purposes([newsletter.clone()])
//!         .with_notice(&notice)
//!         .with_consent(ConsentType::Expressed, Validity::Temporal("P2Y".parse()?))
//!         .with_channel(Channel::Web, Method::CheckboxAndSubmit),
//! )?;
//! // …and later unsubscribes.
//! let head = record.append(
//!     ConsentEvent::new(EventKind::Withdrawn, "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?,
//!         "2026-06-01T18:02:11.500Z".parse()?, Actor::subject())
//!         .with_purposes([newsletter.clone()])
//!         .with_channel(Channel::Email, Method::UnsubscribeLink),
//! )?;
//! assert_eq!(head.seq, 1);
//!
//! // The state at any instant (the library has no clock: you pass the instant).
//! let march = record.state_at(&newsletter, &"2026-03-01T00:00:00Z".parse()?)?;
//! assert_eq!(march.status, ConsentStatus::Given);
//! assert!(march.valid_for_processing);
//! let june = record.state_at(&newsletter, &"2026-06-02T00:00:00Z".parse()?)?;
//! assert_eq!(june.status, ConsentStatus::Withdrawn);
//! assert!(!june.valid_for_processing);
//!
//! // The record is JSON; reading it back verifies the chain and every rule.
//! let json = serde_json::to_string(&record)?;
//! let back: ConsentRecord = serde_json::from_str(&json)?;
//! assert_eq!(back.verify()?, Some(head));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The lifecycle of one purpose
//!
//! Decisions are per purpose; [`ConsentRecord::append`] refuses an event that this table does
//! not allow ([`ConsentError::Transition`]), and [`ConsentRecord::state_at`] folds the events:
//!
//! ```text
//!                 +-----------+   Deferred    +-----------+
//!    (none) ----> | Requested | ------------> | Deferred  |--(Requested again)--+
//!      |          +-----------+               +-----------+                     |
//!      |               | Given / Refused                                         v
//!      |               v                                                   (Requested)
//!      +--Given--> [ Given ] --Reaffirmed--> [ RenewedGiven ] --Reaffirmed--+
//!      |              |  \________________________|_________________________/
//!      |              |        Withdrawn | Expired | Revoked | Invalidated
//!      |              v
//!      +--Refused-> [ Refused ]        [ Withdrawn | Expired | Revoked | Invalidated ]
//!                         \______ new Requested / Given (possibly a newer notice) ______/
//!
//! valid for processing  <=>  state is Given or RenewedGiven, and the instant is before the
//!                            end of the validity (then the state reads Expired, derived)
//! ```
//!
//! | from \ event | Requested | Deferred | Given | Reaffirmed | Refused | Withdrawn | Expired | Revoked | Invalidated |
//! |---|---|---|---|---|---|---|---|---|---|
//! | none | Requested | — | Given | — | Refused | — | — | — | — |
//! | Requested, Deferred | Requested | Deferred | Given | — | Refused | — | — | — | — |
//! | Given, RenewedGiven | (unchanged) | (unchanged) | Given | RenewedGiven | — | Withdrawn | Expired | Revoked | Invalidated |
//! | Given past its validity | Requested | — | Given | — | Refused | — | Expired | — | Invalidated |
//! | Refused, Withdrawn, Expired, Revoked, Invalidated | Requested | — | Given | — | Refused | — | — | — | Invalidated |
//!
//! A request while consent is valid is a prompt only; turning a consent off is a `Withdrawn`,
//! not a `Refused`. A `Reaffirmed` needs a valid grant and a notice version with the same
//! processing for the purpose (the wording may differ); changed processing needs a new `Given`
//! (EDPB 05/2020 §110).
//!
//! # The rules
//!
//! Besides the transitions, every event must satisfy these rules (ISO 27560, GDPR art. 7–9 and
//! EDPB 05/2020), checked on [`append`](ConsentRecord::append) and again on import:
//!
//! - identifiers are unique; `recordedAt ≥ occurredAt`, and `recordedAt` never goes back; a
//!   decision on a purpose does not occur before that purpose's previous decision;
//! - decisions name at least one purpose; requests and decisions on a notice carry the notice
//!   version, whose digest must match the archived one, which was published before the event,
//!   and the language shown, which is the version's;
//! - `Given` and `Reaffirmed` carry a consent type and a validity, by an affirmative act, on a
//!   purpose whose legal basis is consent; special-category data, and a purpose whose legal
//!   basis is explicit consent, need explicitly expressed consent by signature, e-mail reply or two-step confirmation (a checkbox only when the
//!   notice holds an explicit statement, [`PurposeSpec::explicit_statement`]);
//! - under the GDPR profile (`eu-gdpr`), implied or uninformed consent (as consent type or
//!   legal basis) and endless validity are refused;
//! - subject-side decisions come from the subject, a parent, guardian, legal representative or
//!   delegate, or from staff with evidence; requests from the controller, a processor or a
//!   system; revocation from the controller; invalidation from an authority, or from the
//!   controller with a reason; explicit expiry from a system, not before a known end of
//!   validity; a party named as the actor holds the role it acted in;
//! - a child below the Belgian age of digital consent (13) for whom art. 8 applies is
//!   consented for by a parent or guardian whose authority was verified;
//! - no national number (INSZ) in any text of the record, extensions included; text in Unicode
//!   NFC; JSON keys in ASCII and never twice in one object; whole numbers within ±(2⁵³ − 1),
//!   which every JSON reader keeps exactly.
//!
//! # Tamper evidence
//!
//! The header is hashed (`headerHash` = SHA-256 of its RFC 8785 canonical JSON). Every event
//! stores `seq`, `prevHash` (the previous event's hash, or `headerHash`) and `hash`, the SHA-256
//! of its canonical JSON without `hash`. [`ConsentRecord::verify`] recomputes the chain and
//! every rule and reports the first place where it breaks ([`RecordError`]): a changed byte, a
//! reordered, dropped or inserted event, or an edited header. A chain cannot show that events
//! were cut off at the end; signed checkpoints (feature `jws`) given to the citizen or kept
//! elsewhere can.
//!
//! # Checkpoints and receipts (feature `jws`)
//!
//! With the feature `jws`, a record can be signed as a compact JWS with Ed25519 (RFC 7515 and
//! RFC 8037, `alg: EdDSA`) over the RFC 8785 canonical JSON of its payload, with the key's id
//! (`kid`) in the header. A *checkpoint* (`ConsentRecord::checkpoint`) signs the record's
//! identifier, the `seq` and `hash` of its last event, when it was issued (inside the signed
//! payload) and by whom. Kept outside the store that holds the record (given to the citizen,
//! pushed to an append-only log, or timestamped) it shows what the hash chain cannot:
//! `ConsentRecord::verify_checkpoint` fails when the record was cut off after the checkpoint
//! (`jws.record.truncated`), rolled back and rewritten (`jws.record.hash`), or swapped for
//! another record (`jws.record.id`). A *receipt* (`ConsentRecord::receipt`) signs the whole
//! record for the data subject; anyone with the controller's published public key (a JWK,
//! `Ed25519PublicKey::from_jwk`) verifies it offline and imports the record with
//! `Receipt::verify`, which checks the chain and every rule, so the same bytes move to another
//! vendor. The library holds no keys of its own: implement `Signer` to sign in an HSM or key
//! service, or use `Ed25519Signer` for a key in memory; sign with one key per controller, and
//! after a rotation keep publishing the old public keys under their ids.
//!
//! # What the chain covers
//!
//! Notice versions and parties are not in the chain; a notice's text is, through the digest
//! in each event. Only a pseudonym and digests are hashed, so erasing the pseudonym's mapping
//! (GDPR art. 17) leaves a record that still verifies.
//!
//! # Conventions
//!
//! - Instants are UTC with `Z`; their text is kept as written.
//! - Fields this version does not know are kept ([`Extensions`]) and hashed, and unknown code
//!   values are kept as `Unknown`, so a record from a newer version verifies unchanged: an
//!   unknown event type changes no state. [`append`](ConsentRecord::append) writes known codes
//!   only, and where a rule needs a code (the actor's role, the method or consent type of a
//!   consent, a child's age band), an unknown one fails that rule on import too.
//! - A `null` value is not part of the format: leave the field out.
//! - `Expired` is derived from the validity at query time: writing an `Expired` event is for
//!   when the system acts on it. The DPV status then reads `Expired` since the end of validity.

mod dpv;
#[cfg(feature = "jws")]
mod jws;
mod kantara;
mod model;
mod oslo;
mod record;
mod rules;
mod state;
mod terms;
mod terms_data;
mod values;

pub use dpv::*;
#[cfg(feature = "jws")]
pub use jws::*;
pub use kantara::*;
pub use model::{
    Actor, ActorRole, AgeBand, Channel, ConsentEvent, ConsentType, Contact, DigestRef, EventKind,
    Evidence, Extensions, Head, LocalizedText, Method, NoticeRef, NoticeVersion, Party,
    PartyAddress, PartyIdentifier, PartyRole, PurposeSpec, RecordHeader, SubjectContext,
    SubjectRef, Verification, Withdrawal,
};
pub use oslo::*;
pub use record::ConsentRecord;
pub use state::{ConsentStatus, PurposeState};
pub use values::{Digest, IsoDuration, Key, Timestamp, Uri, UuidUrn, Validity};

use core::fmt;

use crate::error::error_enum;

/// The age of digital consent in Belgium (GDPR art. 8; law of 30 July 2018, art. 7): below it,
/// consent for an information society service offered directly to a child is given by a holder
/// of parental responsibility.
pub const BELGIAN_DIGITAL_CONSENT_AGE: u8 = 13;

error_enum! {
    /// Why a consent record, or a part of it, is not valid. [`RecordError`] adds where.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentError, Timestamp};
    ///
    /// let err = "2026-02-10 09:15".parse::<Timestamp>().unwrap_err();
    /// assert_eq!(err, ConsentError::Time);
    /// assert_eq!(err.code(), "consent.time");
    /// assert_eq!(err.to_string(), "not an RFC 3339 instant in UTC");
    /// ```
    pub enum ConsentError in consent {
        /// The text is not JSON of the record format: a field is missing or has the wrong type.
        #[error("not a consent record in the record format")]
        Json = "consent.json",
        /// A number with a fraction or exponent, or a whole number beyond ±(2^53 − 1): the
        /// format has whole numbers that a double holds exactly, so that canonical JSON
        /// (RFC 8785, which writes numbers as doubles) is the same in every language and two
        /// different numbers never hash alike.
        #[error("a number that is not a whole number within 2^53")]
        JsonNumber = "consent.json.number",
        /// A JSON key with characters outside ASCII.
        #[error("a key that is not ASCII")]
        JsonKey = "consent.json.key",
        /// JSON that readers could read in two ways: the same key twice in one object
        /// (serde_json keeps the last, other readers the first), or a part built in Rust that
        /// does not read back as itself: an extension named like a field of the format, or an
        /// `Unknown` code spelled like a known one (both are written as what they shadow, so
        /// the hash would cover another record than the one the rules checked).
        #[error("a key twice, or a field or code that reads back as another")]
        JsonAmbiguous = "consent.json.ambiguous",
        /// A text that is not in Unicode normalization form C, which would hash differently
        /// after another system normalizes it.
        #[error("a text that is not in Unicode NFC")]
        TextNfc = "consent.text.nfc",
        /// A text that is empty, too long (over 4096 bytes) or holds control characters.
        #[error("a text that is empty, too long or holds control characters")]
        Text = "consent.text",
        /// Not an RFC 3339 instant in UTC with `T` and `Z`.
        #[error("not an RFC 3339 instant in UTC")]
        Time = "consent.time",
        /// An event recorded before it occurred.
        #[error("recorded before it occurred")]
        TimeOrder = "consent.time.order",
        /// A decision on a purpose that occurred before the purpose's previous decision (a
        /// decision captured later may be dated earlier than other events, not than a decision
        /// on the same purpose).
        #[error("occurred before the purpose's previous decision")]
        DecisionOrder = "consent.time.decision",
        /// An event recorded before the previous one, or before the record was created.
        #[error("recorded before the previous event or the record")]
        TimeSequence = "consent.time.sequence",
        /// Not `sha256:` and 64 lower-case hexadecimal digits.
        #[error("not a SHA-256 digest")]
        Digest = "consent.digest",
        /// Not `urn:uuid:` and a UUID in lower case.
        #[error("not a UUID URN")]
        Uuid = "consent.uuid",
        /// Not an absolute URI without whitespace.
        #[error("not an absolute URI")]
        Uri = "consent.uri",
        /// Not a key (1 to 200 of A-Z a-z 0-9 . _ ~ : / -).
        #[error("not a key")]
        Key = "consent.key",
        /// Not an ISO 8601 duration or a duration object.
        #[error("not a duration")]
        Duration = "consent.duration",
        /// Not a code word.
        #[error("not a code word")]
        Code = "consent.code",
        /// A code this version does not know, where the rules need one it knows (an event type,
        /// a role, a method): such records are carried, not written.
        #[error("a code this version does not know")]
        CodeUnknown = "consent.code.unknown",
        /// A DPV term that DPV 2.3 does not have (purpose, personal data, processing, right,
        /// location, data-subject category).
        #[error("not a term of the DPV")]
        Term = "consent.term",
        /// A missing or malformed language tag.
        #[error("a missing or malformed language tag")]
        Language = "consent.language",
        /// A header without controllers, jurisdictions or applicable law, or with a malformed
        /// jurisdiction.
        #[error("the header is incomplete")]
        Header = "consent.header",
        /// A national number (INSZ) in the subject's reference or in free text: records hold
        /// pseudonyms only.
        #[error("a national number in the record")]
        NationalNumber = "consent.national_number",
        /// Two parties with the same key.
        #[error("two parties with the same key")]
        PartyDuplicate = "consent.party.duplicate",
        /// A reference to a party that the record does not have.
        #[error("not a party of the record")]
        PartyUnknown = "consent.party.unknown",
        /// A party without roles or name, or a controller without address or contact.
        #[error("the party is incomplete")]
        PartyIncomplete = "consent.party.incomplete",
        /// An enterprise number (`BE-KBO`) or OVO code (`BE-OVO`) that is not valid, or not in
        /// its compact form.
        #[error("an identifier that is not valid")]
        PartyIdentifier = "consent.party.identifier",
        /// A controller of the header or of a purpose that is not a party with the role
        /// `DataController` or `JointDataController`.
        #[error("the controller is not a controller party")]
        PartyController = "consent.party.controller",
        /// Two notice versions with the same notice and version.
        #[error("the notice version exists already")]
        NoticeDuplicate = "consent.notice.duplicate",
        /// A notice version without purposes, or a purpose without label, DPV purpose, personal
        /// data, controller or storage location.
        #[error("the notice version is incomplete")]
        NoticeIncomplete = "consent.notice.incomplete",
        /// A request or decision on a notice without its notice version.
        #[error("the event does not say which notice was shown")]
        NoticeMissing = "consent.notice.missing",
        /// A notice version that the record does not have.
        #[error("not a notice version of the record")]
        NoticeUnknown = "consent.notice.unknown",
        /// An event about a notice version that it says occurred before the version was
        /// published.
        #[error("the notice was not published yet")]
        NoticeUnpublished = "consent.notice.unpublished",
        /// The digest of the notice version differs from the archived one.
        #[error("the notice digest differs from the archived version")]
        NoticeDigest = "consent.notice.digest",
        /// The same purpose twice, in a notice version or an event.
        #[error("the same purpose twice")]
        PurposeDuplicate = "consent.purpose.duplicate",
        /// A decision about no purpose.
        #[error("a decision about no purpose")]
        PurposeMissing = "consent.purpose.missing",
        /// A purpose that the notice version (or the record) does not have.
        #[error("not a purpose of the notice")]
        PurposeUnknown = "consent.purpose.unknown",
        /// A legal basis that is not in DPV or its GDPR extension.
        #[error("not a legal basis of the DPV")]
        LegalBasis = "consent.legal_basis",
        /// Consent given for a purpose whose legal basis is not consent.
        #[error("the purpose's legal basis is not consent")]
        LegalBasisNotConsent = "consent.legal_basis.not_consent",
        /// Special-category personal data without `specialCategory`, or with a legal basis
        /// other than explicit consent.
        #[error("special-category data without its flag or explicit-consent basis")]
        SpecialCategory = "consent.special_category",
        /// A purpose without a way to withdraw.
        #[error("no way to withdraw")]
        WithdrawalMissing = "consent.withdrawal.missing",
        /// `Given` or `Reaffirmed` without a consent type or validity.
        #[error("consent without its type or validity")]
        ConsentTerms = "consent.consent_terms",
        /// An actor whose role may not record this event.
        #[error("the actor may not record this event")]
        ActorRole = "consent.actor.role",
        /// Staff recording for the subject without evidence.
        #[error("staff recording for the subject without evidence")]
        ActorEvidence = "consent.actor.evidence",
        /// `Invalidated` by the controller, or `Revoked`, without a reason.
        #[error("no reason given")]
        ReasonMissing = "consent.reason.missing",
        /// A subject-side event without channel or method.
        #[error("the event does not say how it was expressed")]
        ChannelMissing = "consent.channel.missing",
        /// Consent by an act that is not affirmative (a refusal, an unticked box, silence).
        #[error("consent by an act that is not affirmative")]
        MethodNotAffirmative = "consent.method.not_affirmative",
        /// Special-category data without explicitly expressed consent by an explicit method.
        #[error("special-category data needs explicit consent")]
        ExplicitRequired = "consent.explicit",
        /// Implied consent under the GDPR.
        #[error("implied consent is not consent under the GDPR")]
        GdprImplied = "consent.gdpr.implied",
        /// Consent without end under the GDPR.
        #[error("consent without end under the GDPR")]
        GdprEndless = "consent.gdpr.endless",
        /// A child under 13 for whom art. 8 applies, without a parent or guardian whose
        /// authority was verified.
        #[error("a child's consent needs a verified parent or guardian")]
        Child = "consent.child",
        /// An event that the purpose's state does not allow (see the lifecycle table).
        #[error("not allowed in the purpose's state")]
        Transition = "consent.transition",
        /// A `Reaffirmed` on a notice version whose processing differs from the grant's.
        #[error("the processing changed: new consent is needed")]
        ReaffirmChanged = "consent.reaffirm.changed",
        /// Two events with the same identifier.
        #[error("two events with the same identifier")]
        EventDuplicate = "consent.event.duplicate",
        /// `ReceiptIssued` without `receiptId`, or `PropagationConfirmed` without `refersTo`
        /// an earlier event.
        #[error("the administrative event lacks its reference")]
        EventReference = "consent.event.reference",
        /// `seq` is not the event's position.
        #[error("the sequence number is not the event's position")]
        ChainSeq = "consent.chain.seq",
        /// `prevHash` is not the previous event's hash (or the header's): an event was dropped,
        /// inserted or moved, or the header was edited.
        #[error("the previous hash does not match")]
        ChainPrevHash = "consent.chain.prev_hash",
        /// `hash` is not the hash of the event: the event was changed.
        #[error("the hash does not match the event")]
        ChainHash = "consent.chain.hash",
        /// An imported event without `prevHash` or `hash`.
        #[error("the event is not chained")]
        ChainMissing = "consent.chain.missing",
        /// No consent is valid for processing at the instant asked about, so there is nothing
        /// to put in a consent receipt.
        #[error("no consent is valid at that instant")]
        NothingValid = "consent.nothing_valid",
        /// `head` is not the last event.
        #[error("the head is not the last event")]
        ChainHead = "consent.chain.head",
    }
}

/// Where in a record a [`RecordError`] was found.
///
/// ```
/// use bouwstenen::consent::Location;
/// assert_eq!(Location::Event(3).to_string(), "event 3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// The header.
    Header,
    /// The party at this index.
    Party(usize),
    /// The notice version at this index.
    Notice(usize),
    /// The event with this `seq` (its position).
    Event(u64),
    /// The head.
    Head,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Header => f.write_str("header"),
            Location::Party(i) => write!(f, "party {i}"),
            Location::Notice(i) => write!(f, "notice {i}"),
            Location::Event(seq) => write!(f, "event {seq}"),
            Location::Head => f.write_str("head"),
        }
    }
}

/// A [`ConsentError`] and where it was found: what [`ConsentRecord::verify`],
/// [`ConsentRecord::append`] and the importer return. Its code is the error's code.
///
/// ```
/// use bouwstenen::consent::{ConsentError, Location, RecordError};
///
/// let err = RecordError::new(Location::Event(4), ConsentError::ChainHash);
/// assert_eq!(err.to_string(), "event 4: the hash does not match the event");
/// assert_eq!(err.code(), "consent.chain.hash");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{location}: {error}")]
#[non_exhaustive]
pub struct RecordError {
    /// Where.
    pub location: Location,
    /// What.
    pub error: ConsentError,
}

impl RecordError {
    /// An error at a location.
    pub fn new(location: Location, error: ConsentError) -> Self {
        RecordError { location, error }
    }

    /// The error's stable code, such as `consent.chain.hash`.
    pub fn code(&self) -> &'static str {
        self.error.code()
    }

    /// The event's `seq`, when the error is in an event.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentError, Location, RecordError};
    /// assert_eq!(RecordError::new(Location::Event(2), ConsentError::Transition).event(), Some(2));
    /// ```
    pub fn event(&self) -> Option<u64> {
        match self.location {
            Location::Event(seq) => Some(seq),
            _ => None,
        }
    }
}

impl crate::error::ErrorCode for RecordError {
    fn code(&self) -> &'static str {
        self.error.code()
    }
}
