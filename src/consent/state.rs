//! The state of a purpose: DPV's consent statuses and the lifecycle that moves between them.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::Serialize;

use crate::consent::{ConsentError, EventKind, Key, Timestamp, UuidUrn};

/// The status of consent for a purpose, as DPV names it (`dpv:hasConsentStatus`).
///
/// ```
/// use bouwstenen::consent::ConsentStatus;
///
/// assert_eq!(ConsentStatus::RenewedGiven.dpv(), "dpv:RenewedConsentGiven");
/// assert!(ConsentStatus::Given.is_valid_for_processing());
/// assert!(!ConsentStatus::Requested.is_valid_for_processing());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsentStatus {
    /// Nothing is known (`dpv:ConsentUnknown`).
    Unknown,
    /// Requested (`dpv:ConsentRequested`).
    Requested,
    /// Deferred (`dpv:ConsentRequestDeferred`).
    RequestDeferred,
    /// Given (`dpv:ConsentGiven`).
    Given,
    /// Given again (`dpv:RenewedConsentGiven`).
    RenewedGiven,
    /// Refused (`dpv:ConsentRefused`).
    Refused,
    /// Withdrawn by the subject (`dpv:ConsentWithdrawn`).
    Withdrawn,
    /// Expired (`dpv:ConsentExpired`).
    Expired,
    /// Revoked by the controller (`dpv:ConsentRevoked`).
    Revoked,
    /// Found invalid (`dpv:ConsentInvalidated`).
    Invalidated,
}

impl ConsentStatus {
    /// Every status.
    pub const ALL: [ConsentStatus; 10] = [
        ConsentStatus::Unknown,
        ConsentStatus::Requested,
        ConsentStatus::RequestDeferred,
        ConsentStatus::Given,
        ConsentStatus::RenewedGiven,
        ConsentStatus::Refused,
        ConsentStatus::Withdrawn,
        ConsentStatus::Expired,
        ConsentStatus::Revoked,
        ConsentStatus::Invalidated,
    ];

    /// The DPV concept as a CURIE, such as `dpv:ConsentGiven`.
    pub fn dpv(&self) -> &'static str {
        match self {
            ConsentStatus::Unknown => "dpv:ConsentUnknown",
            ConsentStatus::Requested => "dpv:ConsentRequested",
            ConsentStatus::RequestDeferred => "dpv:ConsentRequestDeferred",
            ConsentStatus::Given => "dpv:ConsentGiven",
            ConsentStatus::RenewedGiven => "dpv:RenewedConsentGiven",
            ConsentStatus::Refused => "dpv:ConsentRefused",
            ConsentStatus::Withdrawn => "dpv:ConsentWithdrawn",
            ConsentStatus::Expired => "dpv:ConsentExpired",
            ConsentStatus::Revoked => "dpv:ConsentRevoked",
            ConsentStatus::Invalidated => "dpv:ConsentInvalidated",
        }
    }

    /// The DPV concept's IRI, such as `https://w3id.org/dpv#ConsentGiven`.
    ///
    /// ```
    /// use bouwstenen::consent::ConsentStatus;
    /// assert_eq!(ConsentStatus::Withdrawn.iri(), "https://w3id.org/dpv#ConsentWithdrawn");
    /// ```
    pub fn iri(&self) -> String {
        format!(
            "https://w3id.org/dpv#{}",
            self.dpv().trim_start_matches("dpv:")
        )
    }

    /// Whether DPV counts it as valid for processing (`dpv:ConsentStatusValidForProcessing`):
    /// given or renewed. Whether it still is at an instant is [`PurposeState::valid_for_processing`].
    pub fn is_valid_for_processing(&self) -> bool {
        matches!(self, ConsentStatus::Given | ConsentStatus::RenewedGiven)
    }

    /// The status a decision event records.
    pub(crate) fn of_decision(kind: &EventKind) -> Option<Self> {
        Some(match kind {
            EventKind::Requested => ConsentStatus::Requested,
            EventKind::Deferred => ConsentStatus::RequestDeferred,
            EventKind::Given => ConsentStatus::Given,
            EventKind::Reaffirmed => ConsentStatus::RenewedGiven,
            EventKind::Refused => ConsentStatus::Refused,
            EventKind::Withdrawn => ConsentStatus::Withdrawn,
            EventKind::Expired => ConsentStatus::Expired,
            EventKind::Revoked => ConsentStatus::Revoked,
            EventKind::Invalidated => ConsentStatus::Invalidated,
            _ => return None,
        })
    }
}

impl core::fmt::Display for ConsentStatus {
    /// The DPV CURIE.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.dpv())
    }
}

impl core::str::FromStr for ConsentStatus {
    type Err = ConsentError;

    /// The DPV CURIE or IRI.
    ///
    /// ```
    /// use bouwstenen::consent::ConsentStatus;
    /// assert_eq!("dpv:ConsentRefused".parse(), Ok(ConsentStatus::Refused));
    /// assert_eq!("https://w3id.org/dpv#ConsentExpired".parse(), Ok(ConsentStatus::Expired));
    /// ```
    fn from_str(text: &str) -> Result<Self, ConsentError> {
        let local = text
            .strip_prefix("dpv:")
            .or_else(|| text.strip_prefix("https://w3id.org/dpv#"))
            .ok_or(ConsentError::Term)?;
        ConsentStatus::ALL
            .into_iter()
            .find(|status| status.dpv().get(4..) == Some(local))
            .ok_or(ConsentError::Term)
    }
}

impl serde::Serialize for ConsentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.dpv())
    }
}

impl<'de> serde::Deserialize<'de> for ConsentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for ConsentStatus {
    fn schema_name() -> Cow<'static, str> {
        "ConsentStatus".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "bouwstenen::consent::ConsentStatus".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let values: Vec<&str> = ConsentStatus::ALL.iter().map(ConsentStatus::dpv).collect();
        schemars::json_schema!({
            "title": "Consent status",
            "description": "A DPV consent status, as a CURIE in the dpv: namespace (https://w3id.org/dpv#).",
            "type": "string",
            "enum": values,
        })
    }
}

/// The state of one purpose at an instant: what [`ConsentRecord::state_at`] says.
///
/// [`ConsentRecord::state_at`]: crate::consent::ConsentRecord::state_at
///
/// In JSON it has the names of the worked examples' test vectors: `purposeId`, `at`,
/// `dpvStatus`, `since`, `validUntil`, `basedOn`, `validForProcessing`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "PurposeState",
    description = "The state of one purpose of a consent record at an instant: its DPV consent status, since when, until when a consent is valid, the event the status rests on, and whether the purpose may be processed on consent at that instant."
)]
#[non_exhaustive]
pub struct PurposeState {
    /// The purpose.
    pub purpose_id: Key,
    /// The instant asked about.
    pub at: Timestamp,
    /// The DPV status.
    #[serde(rename = "dpvStatus")]
    pub status: ConsentStatus,
    /// Since when: the event's `occurredAt`, or for a validity that ran out, its end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Timestamp>,
    /// Until when a consent is valid, when the record can tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Timestamp>,
    /// The event the status rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<UuidUrn>,
    /// Whether the purpose may be processed on consent at that instant.
    pub valid_for_processing: bool,
}

/// Where one purpose stands after the events so far (recorded status, not yet the derived
/// expiry, which depends on the instant asked about).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Track {
    pub(crate) status: ConsentStatus,
    pub(crate) since: Timestamp,
    pub(crate) based_on: UuidUrn,
    /// The latest grant (`Given` or `Reaffirmed`): when its validity ends, and the index of
    /// the notice version whose processing it agreed to.
    pub(crate) valid_until: Option<Timestamp>,
    pub(crate) grant_notice: Option<usize>,
    /// `occurredAt` of the latest decision, which a later decision may not precede.
    pub(crate) last_decision: Timestamp,
}

/// What a decision does to a purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The purpose moves to this status.
    To(ConsentStatus),
    /// A request while consent is valid: a prompt, the state stays.
    Keep,
}

impl Track {
    /// Whether a grant is in force at `at`.
    fn granted_at(&self, at: &Timestamp) -> bool {
        // By instant, not by `Timestamp`'s order, which puts `…59.000Z` before `…59Z`: a
        // consent ends at the same moment however the instant asked about is written.
        self.status.is_valid_for_processing()
            && self
                .valid_until
                .as_ref()
                .is_none_or(|end| at.instant() < end.instant())
    }

    /// The lifecycle table of section 8.5 of the consent note, with expiry derived at the
    /// event's instant.
    pub(crate) fn step(
        track: Option<&Track>,
        kind: &EventKind,
        at: &Timestamp,
    ) -> Result<Step, ConsentError> {
        use ConsentStatus as S;
        let status = track.map_or(S::Unknown, |t| t.status);
        let granted = track.is_some_and(|t| t.granted_at(at));
        let lapsed = status.is_valid_for_processing() && !granted;
        let to = ConsentStatus::of_decision(kind).ok_or(ConsentError::CodeUnknown)?;
        let allowed = match kind {
            EventKind::Requested => {
                if granted {
                    return Ok(Step::Keep);
                }
                true
            }
            EventKind::Deferred => {
                if granted {
                    return Ok(Step::Keep);
                }
                matches!(status, S::Requested | S::RequestDeferred)
            }
            EventKind::Given => true,
            EventKind::Reaffirmed | EventKind::Withdrawn | EventKind::Revoked => granted,
            EventKind::Refused => !granted,
            EventKind::Expired => status.is_valid_for_processing(),
            EventKind::Invalidated => {
                granted
                    || lapsed
                    || matches!(
                        status,
                        S::Refused | S::Withdrawn | S::Expired | S::Revoked | S::Invalidated
                    )
            }
            _ => false,
        };
        if allowed {
            Ok(Step::To(to))
        } else {
            Err(ConsentError::Transition)
        }
    }

    /// The state at `at`, with expiry derived from the validity.
    pub(crate) fn state(track: Option<&Track>, purpose: &Key, at: &Timestamp) -> PurposeState {
        let mut state = PurposeState {
            purpose_id: purpose.clone(),
            at: at.clone(),
            status: ConsentStatus::Unknown,
            since: None,
            valid_until: None,
            based_on: None,
            valid_for_processing: false,
        };
        if let Some(track) = track {
            state.status = track.status;
            state.since = Some(track.since.clone());
            state.based_on = Some(track.based_on.clone());
            if track.status == ConsentStatus::Expired {
                state.valid_until = track.valid_until.clone();
            }
            if track.status.is_valid_for_processing() {
                state.valid_until = track.valid_until.clone();
                if track.granted_at(at) {
                    state.valid_for_processing = true;
                } else {
                    state.status = ConsentStatus::Expired;
                    state.since = track.valid_until.clone();
                }
            }
        }
        state
    }
}
