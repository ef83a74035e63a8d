//! Prints the exports of four consent records as JSON Lines (one document per line): the
//! consent note's worked examples A and B (read from `../shared/data/consent/examples/` at run
//! time), `ConsentRecord::example()`, and a richer record built here (several notice versions,
//! a reaffirmation, a withdrawal, an expiry, a revocation, an invalidation, explicit consent
//! for health data by electronic signature, and a parent's consent for a child under 13 for
//! whom GDPR art. 8 applies).
//!
//! ```sh
//! cargo run --example consent_export -- dpv      # DPV-27560 JSON-LD, one per record
//! cargo run --example consent_export -- kantara  # Kantara v1.1 receipts at several instants
//! cargo run --example consent_export -- oslo     # OSLO-Toestemming at several instants
//! ```
//!
//! CI checks the output with pyld, rdflib and jsonschema (`tests/consent/*_check.py`):
//!
//! ```sh
//! cargo run --example consent_export --locked -- dpv | target/oslo-venv/bin/python tests/consent/dpv_check.py
//! cargo run --example consent_export --locked -- kantara | target/oslo-venv/bin/python tests/consent/kantara_check.py
//! ```
//!
//! An instant at which a record has no consent in force has no receipt: the reason is printed
//! on standard error, not as a line of the output.

use bouwstenen::consent::{
    Actor, ActorRole, Channel, ConsentEvent, ConsentRecord, ConsentType, Contact, Digest,
    EventKind, Evidence, Key, Method, NoticeVersion, Party, PartyAddress, PartyIdentifier,
    PartyRole, PurposeSpec, RecordHeader, SubjectContext, SubjectRef, Timestamp, Uri, Validity,
    Verification,
};

type Error = Box<dyn std::error::Error>;

/// A worked example of the consent note (`A` or `B`), with its placeholder enterprise numbers
/// (which fail the mod-97 check the crate applies) replaced by valid ones, as the tests do.
pub fn worked_example(name: &str) -> Result<ConsentRecord, Error> {
    let path = format!(
        "{}/../shared/data/consent/examples/example-record-{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let json = std::fs::read_to_string(&path)
        .map_err(|e| format!("{path}: {e}"))?
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261");
    Ok(ConsentRecord::from_json(&json)?)
}

fn key(text: &str) -> Result<Key, Error> {
    Ok(text.parse()?)
}

fn at(text: &str) -> Result<Timestamp, Error> {
    Ok(text.parse()?)
}

/// The parent who acts for the child, verified with an eID (GDPR art. 8(2)).
fn parent() -> Result<Actor, Error> {
    let mut actor = Actor::new(ActorRole::ParentOfDataSubject)
        .with_ref("urn:uuid:5a7e0000-0000-4000-8000-0000000000c1".parse()?)
        .with_verification(Verification::new("eID-authentication", Some("eIDAS-high")));
    actor.authority_basis = Some("parental-authority".to_owned());
    Ok(actor)
}

/// A decision of the parent about one purpose.
fn by_parent(
    kind: EventKind,
    id: &str,
    when: &str,
    purpose: &Key,
    context: &SubjectContext,
) -> Result<ConsentEvent, Error> {
    let mut event =
        ConsentEvent::new(kind, id.parse()?, at(when)?, parent()?).with_purposes([purpose.clone()]);
    event.subject_context = Some(context.clone());
    Ok(event)
}

/// The notice of the youth app, version `version`: push messages about activities, and
/// sharing the child's name and the parent's e-mail address with a sports club (a third
/// party). Version 3 changes the processing of the messages (a new recipient category and a
/// processing location), so it needs new consent.
fn app_notice(version: &str, published: &str, gemeente: &Key) -> Result<NoticeVersion, Error> {
    let withdraw: Uri = "https://voorbeeld.invalid/jeugdapp/toestemmingen".parse()?;
    let mut notice = NoticeVersion::new(
        "urn:uuid:7a1c0000-0000-4000-8000-00000000000a".parse()?,
        version,
        "nl",
        at(published)?,
        Digest::of(format!("<h1>Jeugdapp</h1><p>Versie {version}</p>").as_bytes()),
    );
    notice.url = Some(format!("https://voorbeeld.invalid/privacy/jeugdapp/v{version}").parse()?);
    notice.media_type = Some("text/html".to_owned());
    notice.notice_kind = Some("LayeredNotice".to_owned());
    let label = if version == "1" {
        "Berichten over activiteiten in de jeugdapp"
    } else {
        "Meldingen over speelpleinactiviteiten in de jeugdapp"
    };
    let mut messages = PurposeSpec::new(
        key("jeugdapp-meldingen")?,
        "nl",
        label,
        "dpv:CommunicationManagement",
        "pd:Name",
        "eu-gdpr:A6-1-a-non-explicit-consent",
        vec![gemeente.clone()],
        Validity::Temporal("P1Y".parse()?),
        withdraw.clone(),
    );
    messages.personal_data.push("pd:EmailAddress".to_owned());
    messages.processing = Some(vec![
        "dpv:Collect".to_owned(),
        "dpv:Store".to_owned(),
        "dpv:Use".to_owned(),
    ]);
    messages.recipients = vec![gemeente.clone(), key("party:jeugdapp-bv")?];
    messages.rights = Some(vec![
        "eu-gdpr:A7-3".to_owned(),
        "eu-gdpr:A15".to_owned(),
        "eu-gdpr:A16".to_owned(),
        "eu-gdpr:A17".to_owned(),
        "eu-gdpr:A21".to_owned(),
    ]);
    messages.necessity = Some("Optional".to_owned());
    messages.withdrawal.methods = Some(vec!["in-app-toggle".to_owned()]);
    if version == "3" {
        messages.recipients.push(key("dpv:DataSubProcessor")?);
        messages.processing_locations = Some(vec!["BE".to_owned(), "EU".to_owned()]);
    }
    let mut sharing = PurposeSpec::new(
        key("delen-met-sportclub")?,
        "nl",
        "Naam en e-mailadres delen met Sportclub Voorbeeld vzw",
        "dpv:Marketing",
        "pd:Name",
        "eu-gdpr:A6-1-a-non-explicit-consent",
        vec![gemeente.clone()],
        Validity::Temporal("P6M".parse()?),
        withdraw,
    );
    sharing.personal_data.push("pd:EmailAddress".to_owned());
    sharing.processing = Some(vec!["dpv:Share".to_owned()]);
    sharing.recipients = vec![key("party:sportclub")?];
    sharing.description = Some(
        [(
            "nl".to_owned(),
            "De sportclub stuurt u zijn zomeraanbod voor kinderen.".to_owned(),
        )]
        .into(),
    );
    notice.purposes = vec![messages, sharing];
    Ok(notice)
}

/// The medical form of the holiday playground (speelplein): health data, a special category
/// (GDPR art. 9), on explicit consent.
fn medical_notice(gemeente: &Key) -> Result<NoticeVersion, Error> {
    let mut notice = NoticeVersion::new(
        "urn:uuid:7a1c0000-0000-4000-8000-00000000000b".parse()?,
        "1",
        "nl",
        at("2026-03-01T00:00:00Z")?,
        Digest::of(b"<h1>Medische fiche speelplein</h1>"),
    );
    notice.url = Some("https://voorbeeld.invalid/privacy/medische-fiche/v1".parse()?);
    let mut form = PurposeSpec::new(
        key("medische-fiche")?,
        "nl",
        "Medische fiche voor de zorg tijdens het speelplein",
        "sector-publicservices:PublicServiceProvision",
        "pd:Health",
        "eu-gdpr:A9-2-a",
        vec![gemeente.clone()],
        Validity::UntilTime(at("2026-12-31T23:59:59Z")?),
        "https://voorbeeld.invalid/toestemmingen".parse()?,
    );
    form.personal_data.insert(0, "pd:Name".to_owned());
    form.special_category = true;
    form.storage_locations = vec!["BE".to_owned()];
    form.processing_locations = Some(vec!["BE-VOV".to_owned()]);
    form.recipients = vec![gemeente.clone(), key("dpv:EmergencyServiceProvider")?];
    form.necessity = Some("Required".to_owned());
    notice.purposes = vec![form];
    Ok(notice)
}

/// A record of an 11-year-old child and a municipality, built event by event.
pub fn rich_record() -> Result<ConsentRecord, Error> {
    let gemeente = key("party:gemeente-voorbeeld")?;
    let mut contact = Contact::email("privacy@voorbeeld.invalid");
    contact.url = Some("https://voorbeeld.invalid/privacy".to_owned());
    contact.phone = Some("+32 9 000 00 00".to_owned());
    let controller = Party::new(
        gemeente.clone(),
        PartyRole::DataController,
        "Gemeente Voorbeeld",
    )
    .with_identifier(PartyIdentifier::enterprise("0207451227".parse()?))
    .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"))
    .with_contact(contact);
    let processor = Party::new(
        key("party:jeugdapp-bv")?,
        PartyRole::DataProcessor,
        "Jeugdapp BV",
    )
    .with_identifier(PartyIdentifier::enterprise("0403019261".parse()?))
    .with_contact(Contact::email("dpo@jeugdapp.invalid"));
    let club = Party::new(
        key("party:sportclub")?,
        PartyRole::ThirdParty,
        "Sportclub Voorbeeld vzw",
    );
    let authority = Party::new(
        key("party:toezichthouder")?,
        PartyRole::Authority,
        "Toezichthoudende autoriteit (voorbeeld)",
    );
    let mut subject = SubjectRef::new("urn:uuid:c41d0000-0000-4000-8000-000000000011".parse()?);
    subject.categories = Some(vec!["dpv:Child".to_owned()]);
    let header = RecordHeader::new(
        "urn:uuid:9e3f0000-0000-4000-8000-0000000000aa".parse()?,
        at("2026-02-01T10:00:00.000Z")?,
        subject,
        vec![gemeente.clone()],
    );
    let v1 = app_notice("1", "2026-01-15T00:00:00Z", &gemeente)?;
    let medical = medical_notice(&gemeente)?;
    let mut record = ConsentRecord::new(
        header,
        vec![controller, processor, club, authority],
        vec![v1.clone(), medical.clone()],
    )?;
    let messages = key("jeugdapp-meldingen")?;
    let sharing = key("delen-met-sportclub")?;
    let form = key("medische-fiche")?;
    // The youth app is an information society service offered directly to the child: art. 8
    // applies, and below 13 only a parent or guardian can consent.
    let app_child = SubjectContext::for_age(11, true);
    let form_child = SubjectContext::for_age(11, false);

    let mut requested = ConsentEvent::new(
        EventKind::Requested,
        "urn:uuid:e0000000-0000-4000-8000-000000000000".parse()?,
        at("2026-02-01T10:00:00.000Z")?,
        Actor::party(ActorRole::DataController, gemeente.clone()),
    )
    .with_purposes([messages.clone(), sharing.clone()])
    .with_notice(&v1);
    requested.channel = Some(Channel::MobileApp);
    record.append(requested)?;
    let mut given = by_parent(
        EventKind::Given,
        "urn:uuid:e0000000-0000-4000-8000-000000000001",
        "2026-02-01T10:05:00.000Z",
        &messages,
        &app_child,
    )?
    .with_notice(&v1)
    .with_consent(ConsentType::Expressed, Validity::Temporal("P1Y".parse()?))
    .with_channel(Channel::MobileApp, Method::ToggleAndSave);
    given.recorded_at = at("2026-02-01T10:05:00.250Z")?;
    record.append(given)?;
    record.append(
        by_parent(
            EventKind::Given,
            "urn:uuid:e0000000-0000-4000-8000-000000000002",
            "2026-02-01T10:05:00.000Z",
            &sharing,
            &app_child,
        )?
        .with_notice(&v1)
        .with_consent(ConsentType::Expressed, Validity::Temporal("P6M".parse()?))
        .with_channel(Channel::MobileApp, Method::ButtonAccept)
        .recorded(at("2026-02-01T10:05:00.250Z")?),
    )?;
    let mut receipt = ConsentEvent::new(
        EventKind::ReceiptIssued,
        "urn:uuid:e0000000-0000-4000-8000-000000000003".parse()?,
        at("2026-02-01T10:06:00.000Z")?,
        Actor::party(ActorRole::DataController, gemeente.clone()),
    );
    receipt.receipt_id = Some("urn:uuid:b0000000-0000-4000-8000-0000000000aa".parse()?);
    record.append(receipt)?;
    // Explicit consent for health data: a signature with the parent's eID.
    let mut signed = by_parent(
        EventKind::Given,
        "urn:uuid:e0000000-0000-4000-8000-000000000004",
        "2026-03-02T19:30:00.000Z",
        &form,
        &form_child,
    )?
    .with_notice(&medical)
    .with_consent(
        ConsentType::ExplicitlyExpressed,
        Validity::UntilTime(at("2026-12-31T23:59:59Z")?),
    )
    .with_channel(Channel::CitizenPortal, Method::ElectronicSignature);
    signed.evidence = Some(vec![Evidence::new(
        "eid-signature",
        Digest::of(b"signed form"),
        Some("application/pdf"),
    )]);
    record.append(signed)?;
    // Version 2 of the app's notice rewords the messages; the processing is the same, so the
    // parent can reaffirm.
    let v2 = app_notice("2", "2026-04-01T00:00:00Z", &gemeente)?;
    record.add_notice(v2.clone())?;
    record.append(
        ConsentEvent::new(
            EventKind::NoticeSuperseded,
            "urn:uuid:e0000000-0000-4000-8000-000000000005".parse()?,
            at("2026-04-01T00:00:00.000Z")?,
            Actor::new(ActorRole::System),
        )
        .with_purposes([messages.clone()]),
    )?;
    record.append(
        by_parent(
            EventKind::Reaffirmed,
            "urn:uuid:e0000000-0000-4000-8000-000000000006",
            "2026-04-03T17:00:00.000Z",
            &messages,
            &app_child,
        )?
        .with_notice(&v2)
        .with_consent(ConsentType::Expressed, Validity::Temporal("P1Y".parse()?))
        .with_channel(Channel::MobileApp, Method::ButtonAccept),
    )?;
    record.append(
        ConsentEvent::new(
            EventKind::Revoked,
            "urn:uuid:e0000000-0000-4000-8000-000000000007".parse()?,
            at("2026-07-15T09:00:00.000Z")?,
            Actor::party(ActorRole::DataController, gemeente.clone()),
        )
        .with_purposes([form.clone()])
        .with_reason("de speelpleinwerking van 2026 is afgelopen"),
    )?;
    record.append(
        ConsentEvent::new(
            EventKind::Expired,
            "urn:uuid:e0000000-0000-4000-8000-000000000008".parse()?,
            at("2026-08-01T10:05:00.000Z")?,
            Actor::new(ActorRole::System),
        )
        .with_purposes([sharing.clone()]),
    )?;
    record.append(
        by_parent(
            EventKind::Withdrawn,
            "urn:uuid:e0000000-0000-4000-8000-000000000009",
            "2026-10-01T18:00:00.000Z",
            &messages,
            &app_child,
        )?
        .with_channel(Channel::MobileApp, Method::ToggleAndSave),
    )?;
    // Version 3 changes the processing: a new request and a new grant.
    let v3 = app_notice("3", "2026-10-15T00:00:00Z", &gemeente)?;
    record.add_notice(v3.clone())?;
    record.append(
        ConsentEvent::new(
            EventKind::Requested,
            "urn:uuid:e0000000-0000-4000-8000-00000000000a".parse()?,
            at("2026-10-15T08:00:00.000Z")?,
            Actor::new(ActorRole::System),
        )
        .with_purposes([messages.clone()])
        .with_notice(&v3),
    )?;
    record.append(
        by_parent(
            EventKind::Given,
            "urn:uuid:e0000000-0000-4000-8000-00000000000b",
            "2026-10-20T12:00:00.000Z",
            &messages,
            &app_child,
        )?
        .with_notice(&v3)
        .with_consent(ConsentType::Expressed, Validity::Temporal("P1Y".parse()?))
        .with_channel(Channel::MobileApp, Method::CheckboxAndSubmit),
    )?;
    let mut confirmed = ConsentEvent::new(
        EventKind::PropagationConfirmed,
        "urn:uuid:e0000000-0000-4000-8000-00000000000c".parse()?,
        at("2026-11-05T09:00:00.000Z")?,
        Actor::party(ActorRole::DataProcessor, key("party:jeugdapp-bv")?),
    )
    .with_purposes([messages.clone()]);
    confirmed.refers_to = Some("urn:uuid:e0000000-0000-4000-8000-000000000009".parse()?);
    record.append(confirmed)?;
    record.append(
        ConsentEvent::new(
            EventKind::Invalidated,
            "urn:uuid:e0000000-0000-4000-8000-00000000000d".parse()?,
            at("2027-01-10T14:00:00.000Z")?,
            Actor::party(ActorRole::Authority, key("party:toezichthouder")?),
        )
        .with_purposes([messages])
        .with_reason("de leeftijdscontrole van de app volstond niet"),
    )?;
    Ok(record)
}

/// The four records, by name.
pub fn records() -> Result<Vec<(&'static str, ConsentRecord)>, Error> {
    Ok(vec![
        ("A", worked_example("A")?),
        ("B", worked_example("B")?),
        ("example", ConsentRecord::example()),
        ("rich", rich_record()?),
    ])
}

/// The instants at which the receipts and OSLO views are taken: while consent is in force,
/// and after it ended.
pub fn instants(name: &str) -> &'static [&'static str] {
    match name {
        "A" => &["2026-03-01T00:00:00Z", "2026-06-02T00:00:00Z"],
        "B" => &["2026-06-01T00:00:00Z", "2027-01-15T00:00:00Z"],
        "example" => &["2026-03-01T00:00:00Z"],
        _ => &[
            "2026-03-15T00:00:00Z",
            "2026-05-01T00:00:00Z",
            "2026-11-01T00:00:00Z",
            "2027-02-01T00:00:00Z",
        ],
    }
}

/// A deterministic receipt identifier (a version 4 UUID) per record and instant.
fn receipt_id(record: usize, instant: usize) -> String {
    format!("c0ffee00-0000-4000-8000-{record:06}{instant:06}")
}

fn main() -> Result<(), Error> {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "dpv".to_owned());
    let records = records()?;
    match mode.as_str() {
        "dpv" => {
            for (_, record) in &records {
                println!("{}", serde_json::to_string(&record.to_dpv_jsonld())?);
            }
        }
        "kantara" => {
            for (r, (name, record)) in records.iter().enumerate() {
                for (i, instant) in instants(name).iter().enumerate() {
                    match record.to_kantara(&instant.parse()?, &receipt_id(r, i)) {
                        Ok(receipt) => println!("{}", serde_json::to_string(&receipt)?),
                        Err(e) => eprintln!(
                            "kantara: record {name} at {instant}: no receipt ({}: {e})",
                            e.code()
                        ),
                    }
                }
            }
        }
        "oslo" => {
            for (name, record) in &records {
                for instant in instants(name) {
                    let doc = record.to_oslo_toestemming(&instant.parse()?);
                    println!("{}", serde_json::to_string(&doc)?);
                }
            }
        }
        other => return Err(format!("unknown export {other:?}: dpv, kantara or oslo").into()),
    }
    Ok(())
}
