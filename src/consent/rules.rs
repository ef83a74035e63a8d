//! The rules of a consent record (section 8.4 of the consent note), shared by `append`,
//! `verify` and the importer, and the per-purpose tracker that applies the lifecycle.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::consent::state::{Step, Track};
use crate::consent::values::MAX_TEXT;
use crate::consent::{
    ActorRole, ConsentError, ConsentEvent, ConsentStatus, ConsentType, Digest, EventKind, Key,
    Method, NoticeVersion, Party, PartyRole, RecordHeader, Timestamp, UuidUrn, Validity, terms,
};
use crate::text::contains_national_number;

/// The fixed parts of a record that events are checked against.
#[derive(Clone, Copy)]
pub(crate) struct Parts<'a> {
    pub(crate) header: &'a RecordHeader,
    pub(crate) parties: &'a [Party],
    pub(crate) notices: &'a [NoticeVersion],
}

impl Parts<'_> {
    fn party(&self, key: &Key) -> Option<&Party> {
        self.parties.iter().find(|p| &p.party_id == key)
    }

    fn is_controller(&self, key: &Key) -> bool {
        self.party(key).is_some_and(|p| {
            p.has_role(&PartyRole::DataController) || p.has_role(&PartyRole::JointDataController)
        })
    }

    fn notice_index(&self, id: &crate::consent::Uri, version: &str) -> Option<usize> {
        self.notices
            .iter()
            .position(|n| &n.notice_id == id && n.version == version)
    }

    fn purpose_exists(&self, purpose: &Key) -> bool {
        self.notices.iter().any(|n| n.purpose(purpose).is_some())
    }
}

/// The largest whole number that a double holds exactly, and so every JSON reader.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Checks a JSON value that will be hashed or exchanged: ASCII keys, whole numbers, NFC text.
pub(crate) fn check_json(value: &Value) -> Result<(), ConsentError> {
    match value {
        // RFC 8785 writes every number as a double: 2^53 + 1 would hash as 2^53, so a changed
        // digit would go unnoticed, and another language would read another number.
        Value::Number(n)
            if n.as_u64()
                .or_else(|| n.as_i64().map(i64::unsigned_abs))
                .is_none_or(|n| n > MAX_SAFE_INTEGER) =>
        {
            Err(ConsentError::JsonNumber)
        }
        Value::String(text) => {
            check_nfc(text)?;
            check_no_national_number(text)
        }
        Value::Array(items) => items.iter().try_for_each(check_json),
        Value::Object(map) => map.iter().try_for_each(|(key, value)| {
            if !key.is_ascii() {
                return Err(ConsentError::JsonKey);
            }
            check_no_national_number(key)?;
            check_json(value)
        }),
        _ => Ok(()),
    }
}

/// Checks that a part of the record reads back from its JSON as itself. An extension named
/// like a field of the format (`type`, `reason`, `hash`) is written as that field, and an
/// `Unknown("Given")` code as the known code, so the hashed text would say something else than
/// what the rules checked, and reading the record back would find the field or known code.
pub(crate) fn check_reads_back<T>(part: &T) -> Result<(), ConsentError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq,
{
    let value = serde_json::to_value(part).map_err(|_| ConsentError::Json)?;
    match serde_json::from_value::<T>(value) {
        Ok(back) if back == *part => Ok(()),
        _ => Err(ConsentError::JsonAmbiguous),
    }
}

/// No national number in any text of the record, extensions included: what is hashed stays
/// forever. Digests, UUIDs and instants are skipped: their digits are not a person's, and a
/// run of hexadecimal digits can look like a valid number by chance.
fn check_no_national_number(text: &str) -> Result<(), ConsentError> {
    let identifier = text.starts_with("sha256:")
        || text.starts_with("urn:uuid:")
        || text.parse::<crate::consent::Timestamp>().is_ok();
    if !identifier && contains_national_number(text) {
        Err(ConsentError::NationalNumber)
    } else {
        Ok(())
    }
}

fn check_nfc(text: &str) -> Result<(), ConsentError> {
    if text.is_ascii() || icu_normalizer::ComposingNormalizerBorrowed::new_nfc().is_normalized(text)
    {
        Ok(())
    } else {
        Err(ConsentError::TextNfc)
    }
}

/// A single-line or multi-line free text: not blank, at most 4096 bytes, no control
/// characters other than line feed and tab.
fn check_text(text: &str) -> Result<(), ConsentError> {
    let ok = !text.trim().is_empty()
        && text.len() <= MAX_TEXT
        && !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t');
    if ok { Ok(()) } else { Err(ConsentError::Text) }
}

/// A free text that may not hold a national number.
fn check_free_text(text: &str) -> Result<(), ConsentError> {
    check_text(text)?;
    if contains_national_number(text) {
        Err(ConsentError::NationalNumber)
    } else {
        Ok(())
    }
}

fn check_language(tag: &str) -> Result<(), ConsentError> {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    let ok = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok {
        Ok(())
    } else {
        Err(ConsentError::Language)
    }
}

/// An ISO 3166-1 code, an ISO 3166-2 subdivision (`BE-VLG`), or `EU`/`EEA`.
fn is_region_code(code: &str) -> bool {
    let (country, sub) = code
        .split_once('-')
        .map_or((code, None), |(c, s)| (c, Some(s)));
    let country_ok =
        (2..=3).contains(&country.len()) && country.bytes().all(|b| b.is_ascii_uppercase());
    let sub_ok = sub.is_none_or(|s| {
        (1..=3).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    country_ok && sub_ok
}

fn no_duplicates<T: Ord>(items: &[T]) -> bool {
    let mut seen: Vec<&T> = items.iter().collect();
    seen.sort();
    seen.windows(2).all(|pair| pair.first() != pair.get(1))
}

pub(crate) fn check_header(header: &RecordHeader, parties: &[Party]) -> Result<(), ConsentError> {
    check_json(&serde_json::to_value(header).map_err(|_| ConsentError::Json)?)?;
    check_reads_back(header)?;
    let complete = !header.controllers.is_empty()
        && !header.jurisdictions.is_empty()
        && !header.applicable_law.is_empty()
        && header.jurisdictions.iter().all(|j| is_region_code(j))
        && header
            .applicable_law
            .iter()
            .all(|law| check_text(law).is_ok());
    if !complete {
        return Err(ConsentError::Header);
    }
    if contains_national_number(header.subject.reference.as_str()) {
        return Err(ConsentError::NationalNumber);
    }
    if let Some(scheme) = &header.subject.ref_scheme {
        check_free_text(scheme)?;
    }
    for category in header.subject.categories.iter().flatten() {
        if !terms::is_data_subject(category) {
            return Err(ConsentError::Term);
        }
    }
    let parts = Parts {
        header,
        parties,
        notices: &[],
    };
    if !header.controllers.iter().all(|c| parts.is_controller(c)) {
        return Err(ConsentError::PartyController);
    }
    Ok(())
}

pub(crate) fn check_party(party: &Party, earlier: &[Party]) -> Result<(), ConsentError> {
    check_json(&serde_json::to_value(party).map_err(|_| ConsentError::Json)?)?;
    check_reads_back(party)?;
    if earlier.iter().any(|p| p.party_id == party.party_id) {
        return Err(ConsentError::PartyDuplicate);
    }
    if party.roles.is_empty() {
        return Err(ConsentError::PartyIncomplete);
    }
    match &party.name {
        Some(name) => check_text(name)?,
        None => return Err(ConsentError::PartyIncomplete),
    }
    let controller = party.has_role(&PartyRole::DataController)
        || party.has_role(&PartyRole::JointDataController);
    if controller && (party.address.is_none() || party.contact.is_none()) {
        return Err(ConsentError::PartyIncomplete);
    }
    for id in party.identifiers.iter().flatten() {
        check_text(&id.scheme)?;
        check_text(&id.value)?;
        let ok = match id.scheme.as_str() {
            "BE-KBO" => id
                .enterprise_number()
                .is_some_and(|n| n.as_str() == id.value),
            "BE-OVO" => id.ovo_code().is_some_and(|c| c.as_str() == id.value),
            _ => true,
        };
        if !ok {
            return Err(ConsentError::PartyIdentifier);
        }
    }
    Ok(())
}

pub(crate) fn check_notice(
    notice: &NoticeVersion,
    earlier: &[NoticeVersion],
    header: &RecordHeader,
    parties: &[Party],
) -> Result<(), ConsentError> {
    check_json(&serde_json::to_value(notice).map_err(|_| ConsentError::Json)?)?;
    check_reads_back(notice)?;
    if earlier
        .iter()
        .any(|n| n.notice_id == notice.notice_id && n.version == notice.version)
    {
        return Err(ConsentError::NoticeDuplicate);
    }
    check_text(&notice.version)?;
    check_language(&notice.language)?;
    for text in [&notice.media_type, &notice.notice_kind]
        .into_iter()
        .flatten()
    {
        check_text(text)?;
    }
    if notice.purposes.is_empty() {
        return Err(ConsentError::NoticeIncomplete);
    }
    let ids: Vec<&Key> = notice.purposes.iter().map(|p| &p.purpose_id).collect();
    if !no_duplicates(&ids) {
        return Err(ConsentError::PurposeDuplicate);
    }
    let parts = Parts {
        header,
        parties,
        notices: earlier,
    };
    for spec in &notice.purposes {
        let complete = !spec.label.is_empty()
            && !spec.dpv_purposes.is_empty()
            && !spec.personal_data.is_empty()
            && !spec.controllers.is_empty()
            && !spec.storage_locations.is_empty();
        if !complete {
            return Err(ConsentError::NoticeIncomplete);
        }
        for (lang, text) in spec.label.iter().chain(spec.description.iter().flatten()) {
            check_language(lang)?;
            check_free_text(text)?;
        }
        let terms_ok = spec.dpv_purposes.iter().all(|t| terms::is_purpose(t))
            && spec
                .personal_data
                .iter()
                .all(|t| terms::is_personal_data(t))
            && spec
                .processing
                .iter()
                .flatten()
                .all(|t| terms::is_processing(t))
            && spec.rights.iter().flatten().all(|t| terms::is_right(t));
        if !terms_ok {
            return Err(ConsentError::Term);
        }
        if !terms::is_legal_basis(&spec.legal_basis) {
            return Err(ConsentError::LegalBasis);
        }
        if header.is_gdpr()
            && matches!(
                spec.legal_basis.as_str(),
                "dpv:ImpliedConsent" | "dpv:UninformedConsent"
            )
        {
            return Err(ConsentError::GdprImplied);
        }
        let special = spec
            .personal_data
            .iter()
            .any(|t| terms::is_special_personal_data(t));
        if (special && !spec.special_category)
            || (spec.special_category
                && terms::is_consent_basis(&spec.legal_basis)
                && !terms::is_explicit_consent_basis(&spec.legal_basis))
        {
            return Err(ConsentError::SpecialCategory);
        }
        if !spec.controllers.iter().all(|c| parts.is_controller(c)) {
            return Err(ConsentError::PartyController);
        }
        let recipients_ok = spec
            .recipients
            .iter()
            .all(|r| parts.party(r).is_some() || r.as_str().starts_with("dpv:"));
        if !recipients_ok {
            return Err(ConsentError::PartyUnknown);
        }
        let locations = spec
            .storage_locations
            .iter()
            .chain(spec.processing_locations.iter().flatten());
        if !locations.clone().all(|l| is_region_code(l)) {
            return Err(ConsentError::Header);
        }
        if spec.withdrawal.url.is_none()
            && spec.withdrawal.methods.as_ref().is_none_or(Vec::is_empty)
        {
            return Err(ConsentError::WithdrawalMissing);
        }
        for method in spec
            .withdrawal
            .methods
            .iter()
            .flatten()
            .chain(spec.necessity.iter())
        {
            check_text(method)?;
        }
    }
    Ok(())
}

/// The per-purpose state of a record after its events, and what is needed to check the next.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tracker {
    pub(crate) tracks: BTreeMap<Key, Track>,
    event_ids: HashMap<UuidUrn, u64>,
    last_recorded: Option<Timestamp>,
}

/// What appending an event will do.
pub(crate) struct Plan {
    steps: Vec<(Key, Step)>,
    notice: Option<usize>,
}

impl Tracker {
    /// Checks an event against the record and its state; `known_only` refuses codes this
    /// version does not know (for `append`; an import carries them).
    pub(crate) fn check(
        &self,
        parts: Parts<'_>,
        event: &ConsentEvent,
        known_only: bool,
    ) -> Result<Plan, ConsentError> {
        let kind = &event.kind;
        if known_only && matches!(kind, EventKind::Unknown(_)) {
            return Err(ConsentError::CodeUnknown);
        }
        if self.event_ids.contains_key(&event.event_id) {
            return Err(ConsentError::EventDuplicate);
        }
        // By instant: `…41Z` and `…41.000Z` are the same moment (their texts differ).
        if event.recorded_at.instant() < event.occurred_at.instant() {
            return Err(ConsentError::TimeOrder);
        }
        let previous = self
            .last_recorded
            .as_ref()
            .unwrap_or(&parts.header.created_at);
        if event.recorded_at.instant() < previous.instant() {
            return Err(ConsentError::TimeSequence);
        }

        // Purposes and the notice they were shown in.
        if !no_duplicates(&event.purposes) {
            return Err(ConsentError::PurposeDuplicate);
        }
        if kind.is_decision() && event.purposes.is_empty() {
            return Err(ConsentError::PurposeMissing);
        }
        if kind.needs_notice() && event.notice.is_none() {
            return Err(ConsentError::NoticeMissing);
        }
        let notice = match &event.notice {
            Some(reference) => {
                let index = parts
                    .notice_index(&reference.notice_id, &reference.version)
                    .ok_or(ConsentError::NoticeUnknown)?;
                let archived = parts
                    .notices
                    .get(index)
                    .ok_or(ConsentError::NoticeUnknown)?;
                if archived.digest != reference.digest {
                    return Err(ConsentError::NoticeDigest);
                }
                if event.occurred_at.instant() < archived.published_at.instant() {
                    return Err(ConsentError::NoticeUnpublished);
                }
                // The language shown is the version's (or a narrower tag of it, `nl-BE` for
                // `nl`): a translation is another version.
                let same_language = |language: &str| {
                    language == archived.language
                        || language
                            .strip_prefix(archived.language.as_str())
                            .is_some_and(|rest| rest.starts_with('-'))
                };
                match &event.language {
                    Some(language) if same_language(language) => check_language(language)?,
                    _ => return Err(ConsentError::Language),
                }
                if !event.purposes.iter().all(|p| archived.purpose(p).is_some()) {
                    return Err(ConsentError::PurposeUnknown);
                }
                Some((index, archived))
            }
            None => {
                if let Some(language) = &event.language {
                    check_language(language)?;
                }
                if !event.purposes.iter().all(|p| parts.purpose_exists(p)) {
                    return Err(ConsentError::PurposeUnknown);
                }
                None
            }
        };

        // Who acted, how, and the free texts.
        let actor = &event.actor;
        if known_only && matches!(actor.role, ActorRole::Unknown(_)) {
            return Err(ConsentError::CodeUnknown);
        }
        if let Some(party) = &actor.party_id {
            if parts.party(party).is_none() {
                return Err(ConsentError::PartyUnknown);
            }
        }
        if actor
            .reference
            .as_ref()
            .is_some_and(|r| contains_national_number(r.as_str()))
        {
            return Err(ConsentError::NationalNumber);
        }
        for text in [&event.reason, &actor.authority_basis]
            .into_iter()
            .flatten()
        {
            check_free_text(text)?;
        }
        // Every text of the event that a person or system writes freely (not only the
        // reason): a national number may hide in any of them.
        if let Some(verification) = &actor.verification {
            check_free_text(&verification.method)?;
            if let Some(assurance) = &verification.assurance {
                check_free_text(assurance)?;
            }
        }
        if let Some(note) = event.subject_context.as_ref().and_then(|c| c.note.as_ref()) {
            check_free_text(note)?;
        }
        for evidence in event.evidence.iter().flatten() {
            check_free_text(&evidence.kind)?;
            if let Some(media_type) = &evidence.media_type {
                check_free_text(media_type)?;
            }
        }
        if let Some(workflow) = &event.workflow {
            check_free_text(&workflow.id)?;
        }
        if let Some(Validity::UntilEvent(until)) = &event.validity {
            check_free_text(until)?;
        }
        let has_evidence = event.evidence.as_ref().is_some_and(|e| !e.is_empty());
        let role = &actor.role;
        let controller_side =
            matches!(role, ActorRole::DataController | ActorRole::ControllerStaff);
        let role_ok = match kind {
            EventKind::Given
            | EventKind::Refused
            | EventKind::Reaffirmed
            | EventKind::Withdrawn
            | EventKind::Deferred => {
                if !role.is_subject_side() {
                    false
                } else if *role == ActorRole::ControllerStaff && !has_evidence {
                    return Err(ConsentError::ActorEvidence);
                } else {
                    true
                }
            }
            EventKind::Requested => {
                controller_side || matches!(role, ActorRole::DataProcessor | ActorRole::System)
            }
            EventKind::Revoked => controller_side,
            EventKind::Invalidated => *role == ActorRole::Authority || controller_side,
            EventKind::Expired => *role == ActorRole::System,
            _ => true,
        };
        if !role_ok {
            return Err(ConsentError::ActorRole);
        }
        // A party named as the actor holds the role in which it acted.
        if let Some(party) = actor.party_id.as_ref().and_then(|p| parts.party(p)) {
            let holds = match role {
                ActorRole::DataController | ActorRole::ControllerStaff => {
                    party.has_role(&PartyRole::DataController)
                        || party.has_role(&PartyRole::JointDataController)
                }
                ActorRole::DataProcessor => party.has_role(&PartyRole::DataProcessor),
                ActorRole::Recipient => {
                    party.has_role(&PartyRole::Recipient) || party.has_role(&PartyRole::ThirdParty)
                }
                ActorRole::Authority => party.has_role(&PartyRole::Authority),
                _ => true,
            };
            if !holds {
                return Err(ConsentError::ActorRole);
            }
        }
        if role.is_subject_side()
            && matches!(
                kind,
                EventKind::Given
                    | EventKind::Refused
                    | EventKind::Reaffirmed
                    | EventKind::Withdrawn
                    | EventKind::Deferred
            )
            && (event.channel.is_none() || event.method.is_none())
        {
            return Err(ConsentError::ChannelMissing);
        }
        if known_only
            && (matches!(event.channel, Some(crate::consent::Channel::Unknown(_)))
                || matches!(event.method, Some(Method::Unknown(_))))
        {
            return Err(ConsentError::CodeUnknown);
        }
        let needs_reason = *kind == EventKind::Revoked
            || (*kind == EventKind::Invalidated && *role != ActorRole::Authority);
        if needs_reason && event.reason.is_none() {
            return Err(ConsentError::ReasonMissing);
        }
        match kind {
            EventKind::ReceiptIssued if event.receipt_id.is_none() => {
                return Err(ConsentError::EventReference);
            }
            EventKind::PropagationConfirmed => {
                let earlier = event
                    .refers_to
                    .as_ref()
                    .is_some_and(|id| self.event_ids.contains_key(id));
                if !earlier {
                    return Err(ConsentError::EventReference);
                }
            }
            _ => {}
        }
        if let Some(id) = &event.refers_to {
            if !self.event_ids.contains_key(id) {
                return Err(ConsentError::EventReference);
            }
        }

        // The consent itself.
        if matches!(kind, EventKind::Given | EventKind::Reaffirmed) {
            let (Some(consent_type), Some(validity)) = (&event.consent_type, &event.validity)
            else {
                return Err(ConsentError::ConsentTerms);
            };
            if matches!(consent_type, ConsentType::Unknown(_)) {
                return Err(ConsentError::CodeUnknown);
            }
            // A validity must end after the consent was given (`UntilTime` in the past, or
            // `PT0S`, would be a consent that was never valid), and a duration must end within
            // the calendar: one beyond it (`P99999Y`) would never end, like `Endless`.
            let end = validity.end(&event.occurred_at);
            let ends_in_time = match validity {
                Validity::Temporal(_) | Validity::UntilTime(_) => end
                    .as_ref()
                    .is_some_and(|end| end.instant() > event.occurred_at.instant()),
                _ => true,
            };
            if !ends_in_time {
                return Err(ConsentError::ConsentTerms);
            }
            if !event.method.as_ref().is_some_and(Method::is_affirmative) {
                return Err(ConsentError::MethodNotAffirmative);
            }
            if parts.header.is_gdpr() {
                if *consent_type == ConsentType::Implied {
                    return Err(ConsentError::GdprImplied);
                }
                if *validity == Validity::Endless {
                    return Err(ConsentError::GdprEndless);
                }
            }
            let (_, archived) = notice.ok_or(ConsentError::NoticeMissing)?;
            for purpose in &event.purposes {
                let spec = archived
                    .purpose(purpose)
                    .ok_or(ConsentError::PurposeUnknown)?;
                if !terms::is_consent_basis(&spec.legal_basis) {
                    return Err(ConsentError::LegalBasisNotConsent);
                }
                // Special-category data, or a purpose that asks for explicit consent.
                if spec.special_category || terms::is_explicit_consent_basis(&spec.legal_basis) {
                    let explicit_method = event.method.as_ref().is_some_and(|m| {
                        m.is_explicit()
                            || (spec.explicit_statement && *m == Method::CheckboxAndSubmit)
                    });
                    if *consent_type != ConsentType::ExplicitlyExpressed || !explicit_method {
                        return Err(ConsentError::ExplicitRequired);
                    }
                }
            }
            // The child rule needs to know the age band: an unknown one is carried on import
            // but not written.
            let age_band = event
                .subject_context
                .as_ref()
                .and_then(|c| c.age_band.as_ref());
            if known_only && matches!(age_band, Some(crate::consent::AgeBand::Unknown(_))) {
                return Err(ConsentError::CodeUnknown);
            }
            let child = event
                .subject_context
                .as_ref()
                .is_some_and(|c| c.needs_parental_consent());
            if child {
                let parent = matches!(
                    role,
                    ActorRole::ParentOfDataSubject | ActorRole::GuardianOfDataSubject
                );
                if !parent || actor.verification.is_none() {
                    return Err(ConsentError::Child);
                }
            }
        }

        // The lifecycle, per purpose.
        let mut steps = Vec::new();
        if kind.is_decision() {
            for purpose in &event.purposes {
                let track = self.tracks.get(purpose);
                if track.is_some_and(|t| event.occurred_at.instant() < t.last_decision.instant()) {
                    return Err(ConsentError::DecisionOrder);
                }
                let step = Track::step(track, kind, &event.occurred_at)?;
                if *kind == EventKind::Reaffirmed {
                    let granted = track
                        .and_then(|t| t.grant_notice)
                        .and_then(|i| parts.notices.get(i))
                        .and_then(|n| n.purpose(purpose));
                    let renewed = notice.and_then(|(_, n)| n.purpose(purpose));
                    let same = matches!((granted, renewed), (Some(a), Some(b)) if a.processing_description() == b.processing_description());
                    if !same {
                        return Err(ConsentError::ReaffirmChanged);
                    }
                }
                steps.push((purpose.clone(), step));
            }
        }
        Ok(Plan {
            steps,
            notice: notice.map(|(index, _)| index),
        })
    }

    /// The lifecycle step of one purpose only, for an event that was checked before.
    pub(crate) fn check_lifecycle(
        &self,
        parts: Parts<'_>,
        event: &ConsentEvent,
        purpose: &Key,
    ) -> Result<Plan, ConsentError> {
        let notice = event
            .notice
            .as_ref()
            .and_then(|r| parts.notice_index(&r.notice_id, &r.version));
        let step = Track::step(self.tracks.get(purpose), &event.kind, &event.occurred_at)?;
        Ok(Plan {
            steps: vec![(purpose.clone(), step)],
            notice,
        })
    }

    /// Applies a checked event (its `seq` is its position).
    pub(crate) fn apply(&mut self, event: &ConsentEvent, plan: Plan) {
        for (purpose, step) in plan.steps {
            // A prompt while consent is valid changes nothing, so a decision captured on paper
            // may still be dated before it.
            let Step::To(status) = step else {
                continue;
            };
            let previous = self.tracks.get(&purpose);
            let grant = matches!(status, ConsentStatus::Given | ConsentStatus::RenewedGiven);
            let valid_until = if grant {
                event
                    .validity
                    .as_ref()
                    .and_then(|v| v.end(&event.occurred_at))
            } else {
                previous.and_then(|t| t.valid_until.clone())
            };
            let grant_notice = if grant {
                plan.notice
            } else {
                previous.and_then(|t| t.grant_notice)
            };
            // An explicit expiry after the validity ran out holds since the end of validity.
            let since = match (&status, &valid_until) {
                (ConsentStatus::Expired, Some(end))
                    if end.instant() <= event.occurred_at.instant() =>
                {
                    end.clone()
                }
                _ => event.occurred_at.clone(),
            };
            self.tracks.insert(
                purpose,
                Track {
                    status,
                    since,
                    based_on: event.event_id.clone(),
                    valid_until,
                    grant_notice,
                    last_decision: event.occurred_at.clone(),
                },
            );
        }
        self.event_ids.insert(event.event_id.clone(), event.seq);
        self.last_recorded = Some(event.recorded_at.clone());
    }
}

/// The hash of the header: SHA-256 of its canonical JSON (RFC 8785).
pub(crate) fn header_hash(header: &RecordHeader) -> Result<Digest, ConsentError> {
    let value = serde_json::to_value(header).map_err(|_| ConsentError::Json)?;
    canonical_digest(&value)
}

/// The hash of an event: SHA-256 of the canonical JSON of the event without `hash`.
pub(crate) fn event_hash(event: &ConsentEvent) -> Result<Digest, ConsentError> {
    value_hash(serde_json::to_value(event).map_err(|_| ConsentError::Json)?)
}

/// The hash of an event's JSON value (without its `hash`).
pub(crate) fn value_hash(mut value: Value) -> Result<Digest, ConsentError> {
    if let Some(map) = value.as_object_mut() {
        map.remove("hash");
    }
    check_json(&value)?;
    canonical_digest(&value)
}

fn canonical_digest(value: &Value) -> Result<Digest, ConsentError> {
    let bytes = serde_json_canonicalizer::to_vec(value).map_err(|_| ConsentError::Json)?;
    Ok(Digest::of(&bytes))
}
