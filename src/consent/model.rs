//! The parts of a consent record (ISO/IEC TS 27560's header, parties, processing and events),
//! in the record format's JSON names.
//!
//! These are plain data with public fields: the record as a whole is the unit of validity.
//! [`ConsentRecord::new`](crate::consent::ConsentRecord::new),
//! [`add_notice`](crate::consent::ConsentRecord::add_notice) and
//! [`append`](crate::consent::ConsentRecord::append) check every part against the rest of the
//! record. Every struct keeps the fields this version does not know in `extensions`, so that
//! a record written by a newer version is carried and verified unchanged.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::consent::values::open_enum;
use crate::consent::{Digest, Key, Timestamp, Uri, UuidUrn, Validity};

/// Fields that this version of the format does not know, kept as they were read (they are
/// part of the hashed text).
///
/// ```
/// use bouwstenen::consent::SubjectRef;
///
/// // `assuranceLevel` is not a field of this version: it is kept, and written back.
/// let json = r#"{"ref":"urn:x-pseudonym:42","assuranceLevel":"high"}"#;
/// let subject: SubjectRef = serde_json::from_str(json)?;
/// assert_eq!(subject.extensions["assuranceLevel"], "high");
/// assert_eq!(serde_json::to_string(&subject)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub type Extensions = BTreeMap<String, serde_json::Value>;

/// Text in several languages, by language tag: `{"nl": "Nieuwsbrief over wegenwerken"}`.
///
/// ```
/// use bouwstenen::consent::LocalizedText;
///
/// let label = LocalizedText::from([
///     ("nl".to_owned(), "Nieuwsbrief over wegenwerken".to_owned()),
///     ("fr".to_owned(), "Lettre d'information sur les travaux".to_owned()),
/// ]);
/// assert_eq!(label["nl"], "Nieuwsbrief over wegenwerken");
/// // Written with the language tags in order.
/// assert_eq!(
///     serde_json::to_string(&label)?,
///     r#"{"fr":"Lettre d'information sur les travaux","nl":"Nieuwsbrief over wegenwerken"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
pub type LocalizedText = BTreeMap<String, String>;

/// The record's header (ISO *Header*): immutable, and the anchor of the hash chain.
///
/// ```
/// use bouwstenen::consent::{RecordHeader, SubjectRef};
///
/// let header = RecordHeader::new(
///     "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?,
///     "2026-02-10T09:14:03.120Z".parse()?,
///     SubjectRef::new("urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77".parse()?),
///     vec!["party:gemeente-voorbeeld".parse()?],
/// );
/// assert_eq!(header.jurisdictions, ["BE"]);
/// assert_eq!(header.applicable_law, ["eu-gdpr"]);
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "RecordHeader",
    description = "The header of a consent record (ISO/IEC TS 27560 Header): the record format (schema), the record's identifier (a UUID URN), when it was created, the data subject by pseudonym (never a national number), the controllers (party keys), the jurisdictions and the applicable law (eu-gdpr switches on the GDPR rules). It never changes: the SHA-256 of its RFC 8785 canonical JSON anchors the hash chain of the events. Fields a reader does not know must be kept: they are hashed."
)]
#[non_exhaustive]
pub struct RecordHeader {
    /// The format of the record (ISO *schema_version*, `dct:conformsTo`).
    pub schema: Uri,
    /// The record's identifier (ISO *record_id*).
    pub record_id: UuidUrn,
    /// When the record was created.
    pub created_at: Timestamp,
    /// The data subject, by pseudonym (ISO *pii_principal_id*).
    pub subject: SubjectRef,
    /// The controllers (`partyId`s); more than one for joint controllers.
    pub controllers: Vec<Key>,
    /// ISO 3166 codes of the jurisdictions, such as `BE`.
    pub jurisdictions: Vec<String>,
    /// The laws that apply, such as `eu-gdpr`; `eu-gdpr` switches on the GDPR profile.
    pub applicable_law: Vec<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl RecordHeader {
    /// The record format this crate writes.
    ///
    /// ```
    /// use bouwstenen::consent::{RecordHeader, SubjectRef};
    ///
    /// assert_eq!(RecordHeader::SCHEMA, "https://w3id.org/bouwstenen/consent-record/v1");
    /// let header = RecordHeader::new(
    ///     "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?,
    ///     "2026-02-10T09:14:03.120Z".parse()?,
    ///     SubjectRef::new("urn:x-pseudonym:42".parse()?),
    ///     vec!["party:gemeente-voorbeeld".parse()?],
    /// );
    /// assert_eq!(header.schema.as_str(), RecordHeader::SCHEMA);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub const SCHEMA: &'static str = "https://w3id.org/bouwstenen/consent-record/v1";

    /// A header in the crate's format for a Belgian record under the GDPR (`BE`, `eu-gdpr`).
    ///
    /// ```
    /// use bouwstenen::consent::{RecordHeader, SubjectRef};
    ///
    /// let header = RecordHeader::new(
    ///     "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?,
    ///     "2026-02-10T09:14:03.120Z".parse()?,
    ///     SubjectRef::new("urn:x-pseudonym:42".parse()?),
    ///     vec!["party:gemeente-voorbeeld".parse()?],
    /// );
    /// assert_eq!(header.record_id.uuid(), "3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01");
    /// assert_eq!(header.created_at.as_str(), "2026-02-10T09:14:03.120Z");
    /// assert_eq!(header.controllers[0].as_str(), "party:gemeente-voorbeeld");
    /// assert_eq!(header.jurisdictions, ["BE"]);
    /// assert_eq!(header.applicable_law, ["eu-gdpr"]);
    /// assert!(header.is_gdpr());
    /// assert!(header.extensions.is_empty());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn new(
        record_id: UuidUrn,
        created_at: Timestamp,
        subject: SubjectRef,
        controllers: Vec<Key>,
    ) -> Self {
        RecordHeader {
            schema: crate::consent::Uri(Self::SCHEMA.to_owned()),
            record_id,
            created_at,
            subject,
            controllers,
            jurisdictions: vec!["BE".to_owned()],
            applicable_law: vec!["eu-gdpr".to_owned()],
            extensions: Extensions::new(),
        }
    }

    /// Whether the GDPR profile applies (`applicableLaw` has `eu-gdpr`).
    ///
    /// ```
    /// # use bouwstenen::consent::{RecordHeader, SubjectRef};
    /// let header = RecordHeader::new("urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01".parse()?, "2026-02-10T09:14:03.120Z".parse()?, SubjectRef::new("urn:x-pseudonym:42".parse()?), vec!["party:gemeente".parse()?]);
    /// assert!(header.is_gdpr());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn is_gdpr(&self) -> bool {
        self.applicable_law.iter().any(|law| law == "eu-gdpr")
    }
}

/// The data subject, by an opaque pseudonym that the controller maps to the person outside
/// the record: never a national number or an e-mail address, so that erasing the mapping
/// leaves a record that still verifies but names nobody.
///
/// ```
/// let subject = bouwstenen::consent::SubjectRef::new("urn:uuid:7f3c2a10-0d4e-4b8a-9c6f-2e1d0b9a8c77".parse()?);
/// assert_eq!(subject.ref_scheme.as_deref(), Some("controller-pseudonym"));
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubjectRef {
    /// The pseudonym.
    #[serde(rename = "ref")]
    pub reference: Uri,
    /// How the pseudonym is made, such as `controller-pseudonym`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_scheme: Option<String>,
    /// DPV data-subject categories, such as `dpv:Citizen` or `dpv:Child`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl SubjectRef {
    /// A subject with a controller's pseudonym.
    ///
    /// ```
    /// use bouwstenen::consent::SubjectRef;
    ///
    /// let subject = SubjectRef::new("urn:x-pseudonym:42".parse()?);
    /// assert_eq!(subject.reference.as_str(), "urn:x-pseudonym:42");
    /// assert_eq!(subject.categories, None);
    /// assert_eq!(
    ///     serde_json::to_string(&subject)?,
    ///     r#"{"ref":"urn:x-pseudonym:42","refScheme":"controller-pseudonym"}"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(reference: Uri) -> Self {
        SubjectRef {
            reference,
            ref_scheme: Some("controller-pseudonym".to_owned()),
            categories: None,
            extensions: Extensions::new(),
        }
    }
}

/// A party (ISO *Parties*): a controller, processor, third party or authority.
///
/// ```
/// use bouwstenen::consent::{Party, PartyIdentifier, PartyRole};
///
/// let party = Party::new("party:gemeente-voorbeeld".parse()?, PartyRole::DataController, "Gemeente Voorbeeld")
///     .with_identifier(PartyIdentifier::enterprise("0207.451.227".parse()?));
/// assert_eq!(party.identifiers.as_ref().unwrap()[0].value, "0207451227");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Party {
    /// The party's key in the record, such as `party:gemeente-voorbeeld`.
    pub party_id: Key,
    /// Its roles.
    pub roles: Vec<PartyRole>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its identifiers: enterprise number (`BE-KBO`), OVO code (`BE-OVO`), LEI, URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifiers: Option<Vec<PartyIdentifier>>,
    /// Its postal address (required for a controller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<PartyAddress>,
    /// How to reach it (required for a controller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl Party {
    /// A party with one role and a name.
    ///
    /// ```
    /// use bouwstenen::consent::{Party, PartyRole};
    ///
    /// let party = Party::new("party:toerisme-vzw".parse()?, PartyRole::ThirdParty, "Toerisme Voorbeeld vzw");
    /// assert_eq!(party.party_id.as_str(), "party:toerisme-vzw");
    /// assert_eq!(party.roles, [PartyRole::ThirdParty]);
    /// assert_eq!(party.name.as_deref(), Some("Toerisme Voorbeeld vzw"));
    /// assert_eq!((party.identifiers, party.address, party.contact), (None, None, None));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn new(party_id: Key, role: PartyRole, name: &str) -> Self {
        Party {
            party_id,
            roles: vec![role],
            name: Some(name.to_owned()),
            identifiers: None,
            address: None,
            contact: None,
            extensions: Extensions::new(),
        }
    }

    /// The party with one more identifier.
    ///
    /// ```
    /// use bouwstenen::consent::{Party, PartyIdentifier, PartyRole};
    ///
    /// let party = Party::new("party:gemeente".parse()?, PartyRole::DataController, "Gemeente Voorbeeld")
    ///     .with_identifier(PartyIdentifier::enterprise("0207.451.227".parse()?))
    ///     .with_identifier(PartyIdentifier::ovo("OVO002949".parse()?));
    /// let schemes: Vec<&str> = party.identifiers.iter().flatten().map(|id| id.scheme.as_str()).collect();
    /// assert_eq!(schemes, ["BE-KBO", "BE-OVO"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_identifier(mut self, identifier: PartyIdentifier) -> Self {
        self.identifiers
            .get_or_insert_with(Vec::new)
            .push(identifier);
        self
    }

    /// The party with a postal address.
    ///
    /// ```
    /// use bouwstenen::consent::{Party, PartyAddress, PartyRole};
    /// let party = Party::new("party:g".parse()?, PartyRole::DataController, "Gemeente")
    ///     .with_address(PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE"));
    /// assert_eq!(party.address.unwrap().locality.as_deref(), Some("Voorbeeld"));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_address(mut self, address: PartyAddress) -> Self {
        self.address = Some(address);
        self
    }

    /// The party with contact details.
    ///
    /// ```
    /// use bouwstenen::consent::{Contact, Party, PartyRole};
    /// let party = Party::new("party:g".parse()?, PartyRole::DataController, "Gemeente")
    ///     .with_contact(Contact::email("privacy@voorbeeld.invalid"));
    /// assert!(party.contact.is_some());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_contact(mut self, contact: Contact) -> Self {
        self.contact = Some(contact);
        self
    }

    /// Whether the party has a role.
    ///
    /// ```
    /// use bouwstenen::consent::{Party, PartyRole};
    /// let party = Party::new("party:g".parse()?, PartyRole::DataController, "Gemeente");
    /// assert!(party.has_role(&PartyRole::DataController));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn has_role(&self, role: &PartyRole) -> bool {
        self.roles.contains(role)
    }
}

/// An identifier of a party: a scheme and a value. `BE-KBO` values are enterprise numbers and
/// `BE-OVO` values OVO codes, checked and written in their compact form.
///
/// ```
/// use bouwstenen::consent::PartyIdentifier;
///
/// let id = PartyIdentifier::ovo("OVO002949".parse()?);
/// assert_eq!((id.scheme.as_str(), id.value.as_str()), ("BE-OVO", "OVO002949"));
/// assert!(id.ovo_code().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PartyIdentifier {
    /// `BE-KBO`, `BE-OVO`, `LEI`, `URI` or another scheme.
    pub scheme: String,
    /// The identifier.
    pub value: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl PartyIdentifier {
    /// An enterprise number (KBO/BCE), scheme `BE-KBO`.
    ///
    /// ```
    /// use bouwstenen::consent::PartyIdentifier;
    ///
    /// let id = PartyIdentifier::enterprise("BE 0207.451.227".parse()?);
    /// assert_eq!(id.scheme, "BE-KBO");
    /// assert_eq!(id.value, "0207451227"); // the compact form
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enterprise(number: crate::EnterpriseNumber) -> Self {
        Self::other("BE-KBO", number.as_str())
    }

    /// An OVO code of a Flemish government organisation, scheme `BE-OVO`.
    ///
    /// ```
    /// use bouwstenen::consent::PartyIdentifier;
    ///
    /// let id = PartyIdentifier::ovo("ovo 002949".parse()?);
    /// assert_eq!(id.scheme, "BE-OVO");
    /// assert_eq!(id.value, "OVO002949"); // the compact form
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ovo(code: crate::OvoCode) -> Self {
        Self::other("BE-OVO", code.as_str())
    }

    /// Another scheme.
    ///
    /// ```
    /// let id = bouwstenen::consent::PartyIdentifier::other("LEI", "5493001KJTIIGC8Y1R12");
    /// assert_eq!(id.scheme, "LEI");
    /// ```
    pub fn other(scheme: &str, value: &str) -> Self {
        PartyIdentifier {
            scheme: scheme.to_owned(),
            value: value.to_owned(),
            extensions: Extensions::new(),
        }
    }

    /// The enterprise number, for scheme `BE-KBO` with a valid one.
    ///
    /// ```
    /// let id = bouwstenen::consent::PartyIdentifier::other("BE-KBO", "0207451227");
    /// assert_eq!(id.enterprise_number().unwrap().to_string(), "0207.451.227");
    /// ```
    pub fn enterprise_number(&self) -> Option<crate::EnterpriseNumber> {
        (self.scheme == "BE-KBO")
            .then(|| self.value.parse().ok())
            .flatten()
    }

    /// The OVO code, for scheme `BE-OVO` with a valid one.
    ///
    /// ```
    /// use bouwstenen::consent::PartyIdentifier;
    ///
    /// let code = PartyIdentifier::other("BE-OVO", "OVO002949").ovo_code().unwrap();
    /// assert_eq!(code.number(), 2949);
    /// assert_eq!(PartyIdentifier::other("BE-OVO", "OVO000000").ovo_code(), None); // never assigned
    /// assert_eq!(PartyIdentifier::other("BE-KBO", "OVO002949").ovo_code(), None); // another scheme
    /// ```
    pub fn ovo_code(&self) -> Option<crate::OvoCode> {
        (self.scheme == "BE-OVO")
            .then(|| self.value.parse().ok())
            .flatten()
    }
}

/// A party's postal address, as ISO *party_address*.
///
/// ```
/// use bouwstenen::consent::PartyAddress;
///
/// let address = PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE");
/// assert_eq!(
///     serde_json::to_value(&address)?,
///     serde_json::json!({"street": "Marktplein 1", "postalCode": "9999", "locality": "Voorbeeld", "country": "BE"})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PartyAddress {
    /// Street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// Postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Municipality or locality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// ISO 3166 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl PartyAddress {
    /// An address from its four parts (the example of [`Party::with_address`] uses it).
    ///
    /// ```
    /// use bouwstenen::consent::PartyAddress;
    ///
    /// let address = PartyAddress::new("Marktplein 1", "9999", "Voorbeeld", "BE");
    /// assert_eq!(address.street.as_deref(), Some("Marktplein 1"));
    /// assert_eq!(address.postal_code.as_deref(), Some("9999"));
    /// assert_eq!(address.locality.as_deref(), Some("Voorbeeld"));
    /// assert_eq!(address.country.as_deref(), Some("BE"));
    /// ```
    pub fn new(street: &str, postal_code: &str, locality: &str, country: &str) -> Self {
        PartyAddress {
            street: Some(street.to_owned()),
            postal_code: Some(postal_code.to_owned()),
            locality: Some(locality.to_owned()),
            country: Some(country.to_owned()),
            extensions: Extensions::new(),
        }
    }
}

/// How to reach a party, as ISO *party_contact*.
///
/// ```
/// use bouwstenen::consent::Contact;
///
/// let mut contact = Contact::email("privacy@voorbeeld.invalid");
/// contact.url = Some("https://voorbeeld.invalid/privacy".to_owned());
/// assert_eq!(
///     serde_json::to_value(&contact)?,
///     serde_json::json!({"email": "privacy@voorbeeld.invalid", "url": "https://voorbeeld.invalid/privacy"})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Contact {
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl Contact {
    /// A contact by e-mail (the example of [`Party::with_contact`] uses it).
    ///
    /// ```
    /// use bouwstenen::consent::Contact;
    ///
    /// let contact = Contact::email("privacy@voorbeeld.invalid");
    /// assert_eq!(contact.email.as_deref(), Some("privacy@voorbeeld.invalid"));
    /// assert_eq!((contact.url, contact.phone), (None, None));
    /// ```
    pub fn email(email: &str) -> Self {
        Contact {
            email: Some(email.to_owned()),
            url: None,
            phone: None,
            extensions: Extensions::new(),
        }
    }
}

/// One version of a notice (ISO *privacy_notice* and *Processing*): what the person was shown,
/// by the digest of its exact bytes, and the processing it describes per purpose. A version
/// never changes: changing the processing makes a new version, which needs new consent.
///
/// ```
/// use bouwstenen::consent::{Digest, NoticeVersion};
///
/// let text = "<h1>Nieuwsbrief wegenwerken</h1>…";
/// let notice = NoticeVersion::new(
///     "urn:uuid:6a4f0c3e-2b1d-4c55-9d1e-1f8d3c1a0b01".parse()?,
///     "3",
///     "nl",
///     "2026-01-05T00:00:00Z".parse()?,
///     Digest::of(text.as_bytes()),
/// );
/// assert!(notice.purposes.is_empty());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "NoticeVersion",
    description = "One version of a notice (ISO/IEC TS 27560 privacy_notice and Processing): what the person was shown, by the SHA-256 digest of its exact bytes, its language and publication instant, and per purpose the processing it describes. A version never changes: changing the processing makes a new version, which needs new consent."
)]
#[non_exhaustive]
pub struct NoticeVersion {
    /// The notice, the same for all its versions.
    pub notice_id: Uri,
    /// The version, unique per notice.
    pub version: String,
    /// The language tag of the text (BCP 47, such as `nl`).
    pub language: String,
    /// When this version was published.
    pub published_at: Timestamp,
    /// A permanent URL of exactly this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Uri>,
    /// The media type of the bytes that were shown, such as `text/html`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// The kind of notice, such as `ConsentNotice`, `PrintedNotice`, `OralNotice`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_kind: Option<String>,
    /// The SHA-256 of the exact bytes that were shown.
    pub digest: Digest,
    /// What it asks consent for, per purpose.
    pub purposes: Vec<PurposeSpec>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl NoticeVersion {
    /// A version without purposes yet (push [`PurposeSpec`]s onto `purposes`).
    ///
    /// ```
    /// use bouwstenen::consent::{Digest, NoticeVersion};
    ///
    /// let shown = "<p>Wilt u onze nieuwsbrief over wegenwerken ontvangen?</p>";
    /// let notice = NoticeVersion::new(
    ///     "https://voorbeeld.invalid/privacy/nieuwsbrief".parse()?,
    ///     "3",
    ///     "nl",
    ///     "2026-01-05T00:00:00Z".parse()?,
    ///     Digest::of(shown.as_bytes()),
    /// );
    /// assert_eq!((notice.version.as_str(), notice.language.as_str()), ("3", "nl"));
    /// assert_eq!(notice.published_at.as_str(), "2026-01-05T00:00:00Z");
    /// assert_eq!(notice.digest, Digest::of(shown.as_bytes()));
    /// assert_eq!((notice.url, notice.media_type, notice.notice_kind), (None, None, None));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn new(
        notice_id: Uri,
        version: &str,
        language: &str,
        published_at: Timestamp,
        digest: Digest,
    ) -> Self {
        NoticeVersion {
            notice_id,
            version: version.to_owned(),
            language: language.to_owned(),
            published_at,
            url: None,
            media_type: None,
            notice_kind: None,
            digest,
            purposes: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// The reference an event makes to this version.
    ///
    /// ```
    /// # use bouwstenen::consent::{Digest, NoticeVersion};
    /// let notice = NoticeVersion::new("urn:x-notice:1".parse()?, "3", "nl", "2026-01-05T00:00:00Z".parse()?, Digest::of(b"text"));
    /// assert_eq!(notice.reference().version, "3");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn reference(&self) -> NoticeRef {
        NoticeRef {
            notice_id: self.notice_id.clone(),
            version: self.version.clone(),
            digest: self.digest,
            extensions: Extensions::new(),
        }
    }

    /// The purpose with this key.
    ///
    /// ```
    /// use bouwstenen::consent::ConsentRecord;
    ///
    /// let record = ConsentRecord::example();
    /// let notice = &record.notices()[0];
    /// let spec = notice.purpose(&"delen-met-toerisme".parse()?).unwrap();
    /// assert_eq!(spec.dpv_purposes, ["dpv:Marketing"]);
    /// assert!(notice.purpose(&"fotos-website".parse()?).is_none());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn purpose(&self, purpose: &Key) -> Option<&PurposeSpec> {
        self.purposes
            .iter()
            .find(|spec| &spec.purpose_id == purpose)
    }
}

/// One purpose of a notice version with its processing (ISO's per-purpose fields), in DPV terms.
///
/// ```
/// use bouwstenen::consent::{PurposeSpec, Validity};
///
/// let spec = PurposeSpec::new(
///     "nieuwsbrief-wegenwerken".parse()?,
///     "nl",
///     "Nieuwsbrief over wegenwerken",
///     "dpv:CommunicationManagement",
///     "pd:EmailAddress",
///     "eu-gdpr:A6-1-a-non-explicit-consent",
///     vec!["party:gemeente-voorbeeld".parse()?],
///     Validity::Temporal("P1Y".parse()?),
///     "https://voorbeeld.invalid/toestemmingen".parse()?,
/// );
/// assert_eq!(spec.storage_locations, ["EU"]);
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "PurposeSpec",
    description = "One purpose of a notice version, with its processing in DPV terms (ISO/IEC TS 27560 per-purpose fields): label, DPV purposes, personal data categories (pd:), whether special-category data is processed, processing operations, controllers, recipients, legal basis, retention, storage and processing locations, how to withdraw, rights and necessity."
)]
#[non_exhaustive]
pub struct PurposeSpec {
    /// The purpose's key, the same in every version of the notice.
    pub purpose_id: Key,
    /// Its name, per language.
    pub label: LocalizedText,
    /// A longer description, per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// DPV purposes (`dpv:CommunicationManagement`, `dpv:Marketing`, …).
    pub dpv_purposes: Vec<String>,
    /// Personal data categories (`pd:EmailAddress`, `pd:Picture`, …).
    pub personal_data: Vec<String>,
    /// Whether special-category data (GDPR art. 9) is processed; then consent must be explicit.
    pub special_category: bool,
    /// DPV processing operations (`dpv:Collect`, `dpv:Store`, `dpv:Share`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing: Option<Vec<String>>,
    /// The controllers (`partyId`s).
    pub controllers: Vec<Key>,
    /// Who receives the data (`partyId`s or DPV recipient categories).
    pub recipients: Vec<Key>,
    /// The legal basis, such as `eu-gdpr:A6-1-a-non-explicit-consent`.
    pub legal_basis: String,
    /// How long the data is kept.
    pub retention: Validity,
    /// Where the data is stored: ISO 3166 codes, `EU` or `EEA`.
    pub storage_locations: Vec<String>,
    /// Where the data is processed, if it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_locations: Option<Vec<String>>,
    /// How to withdraw (GDPR art. 7(3)).
    pub withdrawal: Withdrawal,
    /// Rights that apply (`eu-gdpr:A7-3`, `eu-gdpr:A15`, …); the GDPR rights when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<Vec<String>>,
    /// Whether the notice holds an explicit statement of consent for this purpose (EDPB 05/2020
    /// §93–94: "I consent to …"), so that ticking a box and submitting is explicit consent for
    /// special-category data. Left out when false.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub explicit_statement: bool,
    /// Whether the purpose is `Required` or `Optional` for the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub necessity: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl PurposeSpec {
    /// A purpose with one DPV purpose and one data category, stored in the EU, withdrawn at a
    /// URL (set the other fields directly).
    ///
    /// ```
    /// use bouwstenen::consent::{PurposeSpec, Validity};
    ///
    /// let mut spec = PurposeSpec::new(
    ///     "fotos-website".parse()?,
    ///     "nl",
    ///     "Foto's van uw kind op de website",
    ///     "dpv:CommunicationManagement",
    ///     "pd:Picture",
    ///     "eu-gdpr:A6-1-a-non-explicit-consent",
    ///     vec!["party:gemeente-voorbeeld".parse()?],
    ///     Validity::Temporal("P1Y".parse()?),
    ///     "https://voorbeeld.invalid/toestemmingen".parse()?,
    /// );
    /// assert_eq!(spec.label["nl"], "Foto's van uw kind op de website");
    /// assert_eq!(spec.dpv_purposes, ["dpv:CommunicationManagement"]);
    /// assert_eq!(spec.personal_data, ["pd:Picture"]);
    /// assert_eq!(spec.recipients, spec.controllers); // the controllers only
    /// assert!(!spec.special_category);
    /// assert_eq!(spec.withdrawal.url.as_ref().unwrap().as_str(), "https://voorbeeld.invalid/toestemmingen");
    /// // The other fields are set directly.
    /// spec.necessity = Some("Optional".to_owned());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        purpose_id: Key,
        language: &str,
        label: &str,
        dpv_purpose: &str,
        personal_data: &str,
        legal_basis: &str,
        controllers: Vec<Key>,
        retention: Validity,
        withdrawal_url: Uri,
    ) -> Self {
        PurposeSpec {
            purpose_id,
            label: LocalizedText::from([(language.to_owned(), label.to_owned())]),
            description: None,
            dpv_purposes: vec![dpv_purpose.to_owned()],
            personal_data: vec![personal_data.to_owned()],
            special_category: false,
            processing: None,
            recipients: controllers.clone(),
            controllers,
            legal_basis: legal_basis.to_owned(),
            retention,
            storage_locations: vec!["EU".to_owned()],
            processing_locations: None,
            withdrawal: Withdrawal {
                url: Some(withdrawal_url),
                methods: None,
                extensions: Extensions::new(),
            },
            rights: None,
            explicit_statement: false,
            necessity: None,
            extensions: Extensions::new(),
        }
    }

    /// The processing this purpose describes, without its wording (`label`, `description`):
    /// a `Reaffirmed` needs the same processing as the grant it renews.
    pub(crate) fn processing_description(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            map.remove("label");
            map.remove("description");
        }
        value
    }
}

/// How a consent is withdrawn: a URL and/or the other ways (`link-in-every-email`,
/// `citizen-portal`, `counter`).
///
/// ```
/// use bouwstenen::consent::Withdrawal;
///
/// let withdrawal: Withdrawal = serde_json::from_str(
///     r#"{"url":"https://voorbeeld.invalid/toestemmingen","methods":["link-in-every-email","counter"]}"#,
/// )?;
/// assert_eq!(withdrawal.url.unwrap().as_str(), "https://voorbeeld.invalid/toestemmingen");
/// assert_eq!(withdrawal.methods.unwrap(), ["link-in-every-email", "counter"]);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Withdrawal {
    /// Where to withdraw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Uri>,
    /// Other ways to withdraw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<String>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

/// An event's reference to the notice version it was about.
///
/// ```
/// use bouwstenen::consent::{Digest, NoticeVersion};
///
/// let notice = NoticeVersion::new("urn:x-notice:nieuwsbrief".parse()?, "3", "nl", "2026-01-05T00:00:00Z".parse()?, Digest::of(b""));
/// let reference = notice.reference();
/// assert_eq!(
///     serde_json::to_value(&reference)?,
///     serde_json::json!({
///         "noticeId": "urn:x-notice:nieuwsbrief",
///         "version": "3",
///         "digest": "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct NoticeRef {
    /// The notice.
    pub notice_id: Uri,
    /// Its version.
    pub version: String,
    /// The digest of the version, which must match the archived one.
    pub digest: Digest,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

/// Something identified and fixed by its digest, such as the consent workflow (form and
/// button texts) that was used.
///
/// ```
/// let workflow = bouwstenen::consent::DigestRef::new("form-nieuwsbrief-v12", bouwstenen::consent::Digest::of(b"form"));
/// assert_eq!(workflow.id, "form-nieuwsbrief-v12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DigestRef {
    /// Its identifier.
    pub id: String,
    /// Its digest.
    pub digest: Digest,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl DigestRef {
    /// A reference from an identifier and a digest.
    ///
    /// ```
    /// use bouwstenen::consent::{Digest, DigestRef};
    ///
    /// let workflow = DigestRef::new("form-nieuwsbrief-v12", Digest::of(b""));
    /// assert_eq!(
    ///     serde_json::to_value(&workflow)?,
    ///     serde_json::json!({
    ///         "id": "form-nieuwsbrief-v12",
    ///         "digest": "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ///     })
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(id: &str, digest: Digest) -> Self {
        DigestRef {
            id: id.to_owned(),
            digest,
            extensions: Extensions::new(),
        }
    }
}

/// Evidence by digest: a scanned form, a signature, an e-mail. The bytes stay outside the
/// record (and can be erased); the digest proves what they were.
///
/// ```
/// use bouwstenen::consent::{Digest, Evidence};
/// let scan = Evidence::new("scanned-form", Digest::of(b"%PDF-1.7 ..."), Some("application/pdf"));
/// assert_eq!(scan.kind, "scanned-form");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Evidence {
    /// What it is, such as `scanned-form`, `eid-signature`, `email`.
    pub kind: String,
    /// The digest of its bytes.
    pub digest: Digest,
    /// Their media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl Evidence {
    /// Evidence from its kind, digest and media type.
    ///
    /// ```
    /// use bouwstenen::consent::{Digest, Evidence};
    ///
    /// let scan = Evidence::new("scanned-form", Digest::of(b""), Some("application/pdf"));
    /// assert_eq!(
    ///     serde_json::to_value(&scan)?,
    ///     serde_json::json!({
    ///         "kind": "scanned-form",
    ///         "digest": "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ///         "mediaType": "application/pdf",
    ///     })
    /// );
    /// // Without a media type, the field is left out.
    /// let email = Evidence::new("email", Digest::of(b""), None);
    /// assert!(serde_json::to_value(&email)?.get("mediaType").is_none());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(kind: &str, digest: Digest, media_type: Option<&str>) -> Self {
        Evidence {
            kind: kind.to_owned(),
            digest,
            media_type: media_type.map(str::to_owned),
            extensions: Extensions::new(),
        }
    }
}

/// Who expressed or caused an event (ISO *entity_id*, `dpv:isIndicatedBy`).
///
/// ```
/// use bouwstenen::consent::{Actor, ActorRole, Verification};
///
/// let parent = Actor::new(ActorRole::ParentOfDataSubject)
///     .with_ref("urn:uuid:9d8c7b6a-5e4f-4a3b-9c2d-1e0f9a8b7c66".parse()?)
///     .with_verification(Verification::new("eID-authentication", Some("eIDAS-high")));
/// assert!(parent.role.is_subject_side());
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Actor {
    /// The role in which it acted.
    pub role: ActorRole,
    /// The party, when a party of the record acted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_id: Option<Key>,
    /// A pseudonym of the person who acted (a parent, a member of staff).
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<Uri>,
    /// Why it may act for the subject, such as `parental-authority` or `mandate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_basis: Option<String>,
    /// How its identity or authority was verified (GDPR art. 8(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl Actor {
    /// An actor in a role.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ActorRole};
    ///
    /// let system = Actor::new(ActorRole::System);
    /// assert_eq!(system.role, ActorRole::System);
    /// assert_eq!((system.party_id, system.reference, system.verification), (None, None, None));
    /// assert_eq!(serde_json::to_string(&Actor::new(ActorRole::Authority))?, r#"{"role":"Authority"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(role: ActorRole) -> Self {
        Actor {
            role,
            party_id: None,
            reference: None,
            authority_basis: None,
            verification: None,
            extensions: Extensions::new(),
        }
    }

    /// The data subject.
    ///
    /// ```
    /// assert_eq!(bouwstenen::consent::Actor::subject().role.as_str(), "DataSubject");
    /// ```
    pub fn subject() -> Self {
        Self::new(ActorRole::DataSubject)
    }

    /// A party of the record in a role.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ActorRole};
    /// let actor = Actor::party(ActorRole::DataController, "party:gemeente".parse()?);
    /// assert_eq!(actor.party_id.unwrap().as_str(), "party:gemeente");
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn party(role: ActorRole, party_id: Key) -> Self {
        Actor {
            party_id: Some(party_id),
            ..Self::new(role)
        }
    }

    /// The actor with a pseudonym.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ActorRole};
    ///
    /// let staff = Actor::new(ActorRole::ControllerStaff).with_ref("urn:x-staff:loket-7".parse()?);
    /// assert_eq!(staff.reference.as_ref().unwrap().as_str(), "urn:x-staff:loket-7");
    /// assert_eq!(
    ///     serde_json::to_string(&staff).unwrap(),
    ///     r#"{"role":"ControllerStaff","ref":"urn:x-staff:loket-7"}"#
    /// );
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_ref(mut self, reference: Uri) -> Self {
        self.reference = Some(reference);
        self
    }

    /// The actor with a verification.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ActorRole, Verification};
    ///
    /// let parent = Actor::new(ActorRole::ParentOfDataSubject)
    ///     .with_verification(Verification::new("itsme", Some("eIDAS-high")));
    /// let verification = parent.verification.unwrap();
    /// assert_eq!(verification.method, "itsme");
    /// assert_eq!(verification.assurance.as_deref(), Some("eIDAS-high"));
    /// ```
    pub fn with_verification(mut self, verification: Verification) -> Self {
        self.verification = Some(verification);
        self
    }
}

/// How an actor's identity or authority was verified.
///
/// ```
/// use bouwstenen::consent::Verification;
///
/// let verification = Verification::new("eID-authentication", Some("eIDAS-high"));
/// assert_eq!(
///     serde_json::to_string(&verification)?,
///     r#"{"method":"eID-authentication","assurance":"eIDAS-high"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Verification {
    /// The method, such as `eID-authentication` or `itsme`.
    pub method: String,
    /// The assurance level, such as `eIDAS-high`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assurance: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl Verification {
    /// A verification method and its assurance level (see [`Actor`]).
    ///
    /// ```
    /// use bouwstenen::consent::Verification;
    ///
    /// let verification = Verification::new("itsme", None);
    /// assert_eq!(verification.method, "itsme");
    /// assert_eq!(verification.assurance, None);
    /// ```
    pub fn new(method: &str, assurance: Option<&str>) -> Self {
        Verification {
            method: method.to_owned(),
            assurance: assurance.map(str::to_owned),
            extensions: Extensions::new(),
        }
    }
}

/// What the controller knows about the subject when the event happened: whether the subject
/// is a child, and whether GDPR art. 8 applies (an information society service offered
/// directly to a child). In Belgium the age of digital consent is 13
/// ([`BELGIAN_DIGITAL_CONSENT_AGE`](crate::consent::BELGIAN_DIGITAL_CONSENT_AGE)).
///
/// ```
/// use bouwstenen::consent::{AgeBand, SubjectContext};
///
/// let context = SubjectContext::for_age(12, true);
/// assert_eq!(context.age_band, Some(AgeBand::Under13));
/// assert!(context.needs_parental_consent());
/// assert!(!SubjectContext::for_age(13, true).needs_parental_consent());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubjectContext {
    /// The subject's age band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    /// Whether GDPR art. 8 applies.
    #[serde(
        default,
        rename = "art8Applies",
        skip_serializing_if = "Option::is_none"
    )]
    pub art8_applies: Option<bool>,
    /// A note, such as why art. 8 does not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
}

impl SubjectContext {
    /// The context for a subject of an age, with whether the service is an information society
    /// service offered directly to the subject (then art. 8 applies below 18).
    ///
    /// ```
    /// use bouwstenen::consent::{AgeBand, SubjectContext};
    ///
    /// let teenager = SubjectContext::for_age(15, true);
    /// assert_eq!((teenager.age_band, teenager.art8_applies), (Some(AgeBand::From13To17), Some(true)));
    /// let adult = SubjectContext::for_age(18, true);
    /// assert_eq!((adult.age_band, adult.art8_applies), (Some(AgeBand::Adult), Some(false)));
    /// // Not an information society service (a paper form at the counter): art. 8 does not apply.
    /// let child = SubjectContext::for_age(9, false);
    /// assert_eq!(serde_json::to_string(&child)?, r#"{"ageBand":"under-13","art8Applies":false}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn for_age(age: u8, information_society_service: bool) -> Self {
        let age_band = if age < crate::consent::BELGIAN_DIGITAL_CONSENT_AGE {
            AgeBand::Under13
        } else if age < 18 {
            AgeBand::From13To17
        } else {
            AgeBand::Adult
        };
        SubjectContext {
            art8_applies: Some(information_society_service && age_band != AgeBand::Adult),
            age_band: Some(age_band),
            note: None,
            extensions: Extensions::new(),
        }
    }

    /// Whether only a holder of parental responsibility can give this consent: art. 8 applies
    /// and the subject is under 13 (Belgium).
    ///
    /// ```
    /// use bouwstenen::consent::SubjectContext;
    ///
    /// assert!(SubjectContext::for_age(12, true).needs_parental_consent());
    /// assert!(!SubjectContext::for_age(12, false).needs_parental_consent()); // art. 8 does not apply
    /// assert!(!SubjectContext::for_age(13, true).needs_parental_consent()); // the age of digital consent
    /// // An age band without a word on art. 8 does not ask for a parent.
    /// let unknown: SubjectContext = serde_json::from_str(r#"{"ageBand":"under-13"}"#)?;
    /// assert!(!unknown.needs_parental_consent());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn needs_parental_consent(&self) -> bool {
        self.art8_applies == Some(true) && self.age_band == Some(AgeBand::Under13)
    }
}

open_enum! {
    /// An age band, as far as the rules for children need it.
    ///
    /// ```
    /// use bouwstenen::consent::AgeBand;
    ///
    /// assert_eq!("13-17".parse::<AgeBand>()?, AgeBand::From13To17);
    /// assert_eq!(AgeBand::Under13.to_string(), "under-13");
    /// assert_eq!(serde_json::to_string(&AgeBand::Adult).unwrap(), r#""adult""#);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub enum AgeBand {
        /// Under 13: below the Belgian age of digital consent.
        Under13 = "under-13",
        /// 13 to 17.
        From13To17 = "13-17",
        /// 18 or older.
        Adult = "adult",
    }
}

/// The head of the chain: the last event's position and hash.
///
/// ```
/// let head: bouwstenen::consent::Head = serde_json::from_str(
///     r#"{"seq":5,"hash":"sha256:ef6323e75e40a73180fd60ac2d49c3771a1ce553988ef649f9550dd7defbd814"}"#,
/// )?;
/// assert_eq!(head.seq, 5);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Head {
    /// The last event's `seq`.
    pub seq: u64,
    /// The last event's `hash`.
    pub hash: Digest,
}

impl Head {
    /// A head from its two parts.
    ///
    /// ```
    /// use bouwstenen::consent::Head;
    ///
    /// // The head of the consent note's worked example A.
    /// let head = Head::new(5, "sha256:ef6323e75e40a73180fd60ac2d49c3771a1ce553988ef649f9550dd7defbd814".parse()?);
    /// assert_eq!(
    ///     serde_json::to_string(&head).unwrap(),
    ///     r#"{"seq":5,"hash":"sha256:ef6323e75e40a73180fd60ac2d49c3771a1ce553988ef649f9550dd7defbd814"}"#
    /// );
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn new(seq: u64, hash: Digest) -> Self {
        Head { seq, hash }
    }
}

/// One event of the record (ISO *Events*): a decision about one or more purposes, or an
/// administrative event. Once appended it is immutable, and chained: `seq`, `prevHash` and
/// `hash` are set by [`ConsentRecord::append`](crate::consent::ConsentRecord::append).
///
/// ```
/// use bouwstenen::consent::{Actor, Channel, ConsentEvent, ConsentType, EventKind, Method, Validity};
///
/// let event = ConsentEvent::new(
///     EventKind::Given,
///     "urn:uuid:a0000000-0000-4000-8000-000000000002".parse()?,
///     "2026-02-10T09:15:41.007Z".parse()?,
///     Actor::subject(),
/// )
/// .with_purposes(["nieuwsbrief-wegenwerken".parse()?])
/// .with_consent(ConsentType::Expressed, Validity::Temporal("P2Y".parse()?))
/// .with_channel(Channel::Web, Method::CheckboxAndSubmit);
/// assert_eq!(event.recorded_at, event.occurred_at);
/// assert_eq!(event.hash(), None); // not appended yet
/// # Ok::<(), bouwstenen::consent::ConsentError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "ConsentEvent",
    description = "One event of a consent record (ISO/IEC TS 27560 Events): a decision about one or more purposes (Requested, Deferred, Given, Reaffirmed, Refused, Withdrawn, Expired, Revoked, Invalidated) or an administrative event, with when it occurred and was recorded, the notice version shown, the consent type and validity, who acted, through which channel and by which act, evidence by digest, and its place in the hash chain (seq, prevHash, hash: the SHA-256 of its RFC 8785 canonical JSON without hash). Fields a reader does not know must be kept: they are hashed."
)]
#[non_exhaustive]
pub struct ConsentEvent {
    /// The event's identifier.
    pub event_id: UuidUrn,
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventKind,
    /// The purposes it is about (empty for some administrative events).
    pub purposes: Vec<Key>,
    /// When it happened (ISO *event_time*).
    pub occurred_at: Timestamp,
    /// When it was recorded: later for consent on paper or at the counter.
    pub recorded_at: Timestamp,
    /// The notice version it is about (for requests and decisions on a notice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<NoticeRef>,
    /// The language of what was shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The kind of consent (ISO *event_type*), for `Given` and `Reaffirmed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_type: Option<ConsentType>,
    /// Who acted.
    pub actor: Actor,
    /// Through which channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// By which act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    /// The consent workflow that was used (form, buttons), by digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow: Option<DigestRef>,
    /// Evidence, by digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<Evidence>>,
    /// How long the consent is valid (ISO *validity_duration*), for `Given` and `Reaffirmed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Validity>,
    /// Whether the subject is a child and art. 8 applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_context: Option<SubjectContext>,
    /// Why, for `Revoked` and `Invalidated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The event this one is about, for `PropagationConfirmed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<UuidUrn>,
    /// The receipt, for `ReceiptIssued`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_id: Option<Uri>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extensions: Extensions,
    /// The position in the chain, from 0.
    #[serde(default)]
    pub(crate) seq: u64,
    /// The previous event's hash, or the header's for the first event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) prev_hash: Option<Digest>,
    /// SHA-256 of the canonical JSON of the event without `hash`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) hash: Option<Digest>,
}

impl ConsentEvent {
    /// An event that happened and was recorded at `occurred_at`, about no purpose yet.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ConsentEvent, EventKind};
    ///
    /// let event = ConsentEvent::new(
    ///     EventKind::Requested,
    ///     "urn:uuid:a0000000-0000-4000-8000-000000000001".parse()?,
    ///     "2026-02-10T09:14:03.120Z".parse()?,
    ///     Actor::subject(),
    /// );
    /// assert_eq!(event.kind, EventKind::Requested);
    /// assert_eq!(event.recorded_at.as_str(), "2026-02-10T09:14:03.120Z");
    /// assert!(event.purposes.is_empty());
    /// assert_eq!(event.seq(), None); // not in a chain yet
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn new(kind: EventKind, event_id: UuidUrn, occurred_at: Timestamp, actor: Actor) -> Self {
        ConsentEvent {
            event_id,
            kind,
            purposes: Vec::new(),
            recorded_at: occurred_at.clone(),
            occurred_at,
            notice: None,
            language: None,
            consent_type: None,
            actor,
            channel: None,
            method: None,
            workflow: None,
            evidence: None,
            validity: None,
            subject_context: None,
            reason: None,
            refers_to: None,
            receipt_id: None,
            extensions: Extensions::new(),
            seq: 0,
            prev_hash: None,
            hash: None,
        }
    }

    /// The event about these purposes.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ConsentEvent, EventKind, Key};
    ///
    /// let purposes: Vec<Key> = vec!["nieuwsbrief-wegenwerken".parse()?, "delen-met-toerisme".parse()?];
    /// let event = ConsentEvent::new(EventKind::Refused, "urn:uuid:a0000000-0000-4000-8000-000000000003".parse()?, "2026-02-10T09:15:41.007Z".parse()?, Actor::subject())
    ///     .with_purposes(purposes.clone());
    /// assert_eq!(event.purposes, purposes);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_purposes(mut self, purposes: impl IntoIterator<Item = Key>) -> Self {
        self.purposes = purposes.into_iter().collect();
        self
    }

    /// The event about a notice version, shown in its language.
    ///
    /// ```
    /// # use bouwstenen::consent::{Actor, ConsentEvent, Digest, EventKind, NoticeVersion};
    /// let notice = NoticeVersion::new("urn:x-notice:1".parse()?, "3", "nl", "2026-01-05T00:00:00Z".parse()?, Digest::of(b"text"));
    /// let event = ConsentEvent::new(EventKind::Requested, "urn:uuid:a0000000-0000-4000-8000-000000000001".parse()?, "2026-02-10T09:14:03.120Z".parse()?, Actor::subject())
    ///     .with_notice(&notice);
    /// assert_eq!(event.language.as_deref(), Some("nl"));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_notice(mut self, notice: &NoticeVersion) -> Self {
        self.notice = Some(notice.reference());
        self.language = Some(notice.language.clone());
        self
    }

    /// The event recorded later than it happened (paper, counter).
    ///
    /// ```
    /// # use bouwstenen::consent::{Actor, ConsentEvent, EventKind};
    /// let event = ConsentEvent::new(EventKind::Withdrawn, "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?, "2026-06-01T10:00:00Z".parse()?, Actor::subject())
    ///     .recorded("2026-06-02T08:30:00Z".parse()?);
    /// assert!(event.recorded_at > event.occurred_at);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn recorded(mut self, recorded_at: Timestamp) -> Self {
        self.recorded_at = recorded_at;
        self
    }

    /// The event with a consent type and validity (for `Given` and `Reaffirmed`).
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ConsentEvent, ConsentType, EventKind, Validity};
    ///
    /// let event = ConsentEvent::new(EventKind::Given, "urn:uuid:a0000000-0000-4000-8000-000000000002".parse()?, "2026-02-10T09:15:41.007Z".parse()?, Actor::subject())
    ///     .with_consent(ConsentType::Expressed, Validity::Temporal("P2Y".parse()?));
    /// assert_eq!(event.consent_type, Some(ConsentType::Expressed));
    /// let json = serde_json::to_value(&event).unwrap();
    /// assert_eq!(json["consentType"], "Expressed");
    /// assert_eq!(json["validity"], serde_json::json!({"type": "Temporal", "value": "P2Y"}));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_consent(mut self, consent_type: ConsentType, validity: Validity) -> Self {
        self.consent_type = Some(consent_type);
        self.validity = Some(validity);
        self
    }

    /// The event with its channel and method.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, Channel, ConsentEvent, EventKind, Method};
    ///
    /// let event = ConsentEvent::new(EventKind::Withdrawn, "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?, "2026-06-01T18:02:11.500Z".parse()?, Actor::subject())
    ///     .with_channel(Channel::Email, Method::UnsubscribeLink);
    /// assert_eq!(event.channel, Some(Channel::Email));
    /// assert_eq!(event.method, Some(Method::UnsubscribeLink));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_channel(mut self, channel: Channel, method: Method) -> Self {
        self.channel = Some(channel);
        self.method = Some(method);
        self
    }

    /// The event with a reason (for `Revoked` and `Invalidated`).
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, ActorRole, ConsentEvent, EventKind};
    ///
    /// let event = ConsentEvent::new(
    ///     EventKind::Revoked,
    ///     "urn:uuid:a0000000-0000-4000-8000-000000000009".parse()?,
    ///     "2026-09-01T00:00:00Z".parse()?,
    ///     Actor::party(ActorRole::DataController, "party:gemeente-voorbeeld".parse()?),
    /// )
    /// .with_reason("De nieuwsbrief wordt stopgezet.");
    /// assert_eq!(event.reason.as_deref(), Some("De nieuwsbrief wordt stopgezet."));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub fn with_reason(mut self, reason: &str) -> Self {
        self.reason = Some(reason.to_owned());
        self
    }

    /// The event's position in the chain, once appended.
    ///
    /// ```
    /// use bouwstenen::consent::ConsentRecord;
    ///
    /// let record = ConsentRecord::example();
    /// let seqs: Vec<Option<u64>> = record.events().iter().map(|event| event.seq()).collect();
    /// assert_eq!(seqs, [Some(0), Some(1)]);
    /// ```
    pub fn seq(&self) -> Option<u64> {
        self.hash.map(|_| self.seq)
    }

    /// The hash of the previous event (or of the header), once appended.
    ///
    /// ```
    /// use bouwstenen::consent::ConsentRecord;
    ///
    /// let record = ConsentRecord::example();
    /// let events = record.events();
    /// assert_eq!(events[0].prev_hash(), Some(record.header_hash())); // the header anchors the chain
    /// assert_eq!(events[1].prev_hash(), events[0].hash());
    /// ```
    pub fn prev_hash(&self) -> Option<Digest> {
        self.prev_hash
    }

    /// The event's hash, once appended.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, Channel, ConsentEvent, ConsentRecord, EventKind, Method};
    ///
    /// let mut record = ConsentRecord::example();
    /// let event = ConsentEvent::new(EventKind::Withdrawn, "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?, "2026-06-01T18:02:11.500Z".parse()?, Actor::subject())
    ///     .with_purposes(["nieuwsbrief-wegenwerken".parse()?])
    ///     .with_channel(Channel::Email, Method::UnsubscribeLink);
    /// assert_eq!(event.hash(), None);
    /// let head = record.append(event)?;
    /// assert_eq!(record.events()[2].hash(), Some(head.hash));
    /// assert_eq!(record.events()[2].seq(), Some(head.seq));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hash(&self) -> Option<Digest> {
        self.hash
    }
}

open_enum! {
    /// What an event records. The nine decisions map one to one to DPV's consent statuses;
    /// the administrative events change no state.
    ///
    /// ```
    /// use bouwstenen::consent::EventKind;
    ///
    /// assert_eq!("Withdrawn".parse::<EventKind>()?, EventKind::Withdrawn);
    /// // A type of a newer version is kept (and changes no state).
    /// let newer: EventKind = "ConsentPaused".parse()?;
    /// assert_eq!(newer, EventKind::Unknown("ConsentPaused".to_owned()));
    /// assert!(!newer.is_decision());
    /// assert!("Consent paused".parse::<EventKind>().is_err()); // not a code word
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub enum EventKind {
        /// Consent was asked for (`dpv:ConsentRequested`).
        Requested = "Requested",
        /// The subject postponed the decision (`dpv:ConsentRequestDeferred`).
        Deferred = "Deferred",
        /// The subject consented (`dpv:ConsentGiven`).
        Given = "Given",
        /// The subject confirmed a valid consent (`dpv:RenewedConsentGiven`).
        Reaffirmed = "Reaffirmed",
        /// The subject refused (`dpv:ConsentRefused`).
        Refused = "Refused",
        /// The subject withdrew (`dpv:ConsentWithdrawn`).
        Withdrawn = "Withdrawn",
        /// The consent's validity ended and the system acted on it (`dpv:ConsentExpired`).
        Expired = "Expired",
        /// The controller ended it, e.g. the service stopped (`dpv:ConsentRevoked`).
        Revoked = "Revoked",
        /// An authority or the controller found it invalid (`dpv:ConsentInvalidated`).
        Invalidated = "Invalidated",
        /// A receipt was given to the subject.
        ReceiptIssued = "ReceiptIssued",
        /// A processor or recipient confirmed it applied an earlier event.
        PropagationConfirmed = "PropagationConfirmed",
        /// A newer notice version exists (a prompt to ask again).
        NoticeSuperseded = "NoticeSuperseded",
    }
}

impl EventKind {
    /// Whether it is one of the nine decisions (it changes the state of its purposes).
    ///
    /// ```
    /// use bouwstenen::consent::EventKind;
    /// assert!(EventKind::Withdrawn.is_decision());
    /// assert!(!EventKind::ReceiptIssued.is_decision());
    /// ```
    pub fn is_decision(&self) -> bool {
        matches!(
            self,
            EventKind::Requested
                | EventKind::Deferred
                | EventKind::Given
                | EventKind::Reaffirmed
                | EventKind::Refused
                | EventKind::Withdrawn
                | EventKind::Expired
                | EventKind::Revoked
                | EventKind::Invalidated
        )
    }

    /// Whether it is about a notice version (and so carries one).
    pub(crate) fn needs_notice(&self) -> bool {
        matches!(
            self,
            EventKind::Requested
                | EventKind::Deferred
                | EventKind::Given
                | EventKind::Reaffirmed
                | EventKind::Refused
        )
    }
}

open_enum! {
    /// The kind of consent (ISO *event_type*).
    ///
    /// ```
    /// use bouwstenen::consent::ConsentType;
    ///
    /// let explicit: ConsentType = serde_json::from_str(r#""ExplicitlyExpressed""#)?;
    /// assert_eq!(explicit, ConsentType::ExplicitlyExpressed);
    /// assert_eq!(explicit.dpv_class(), Some("dpv:ExplicitlyExpressedConsent"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum ConsentType {
        /// Expressed consent (`dpv:ExpressedConsent`), GDPR art. 6(1)(a).
        Expressed = "Expressed",
        /// Explicitly expressed consent (`dpv:ExplicitlyExpressedConsent`), art. 9(2)(a).
        ExplicitlyExpressed = "ExplicitlyExpressed",
        /// Implied consent (`dpv:ImpliedConsent`): not consent under the GDPR.
        Implied = "Implied",
    }
}

impl ConsentType {
    /// The DPV concept, such as `dpv:ExpressedConsent`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::consent::ConsentType::Expressed.dpv_class(), Some("dpv:ExpressedConsent"));
    /// ```
    pub fn dpv_class(&self) -> Option<&'static str> {
        match self {
            ConsentType::Expressed => Some("dpv:ExpressedConsent"),
            ConsentType::ExplicitlyExpressed => Some("dpv:ExplicitlyExpressedConsent"),
            ConsentType::Implied => Some("dpv:ImpliedConsent"),
            ConsentType::Unknown(_) => None,
        }
    }
}

open_enum! {
    /// The role in which an actor acted.
    ///
    /// ```
    /// use bouwstenen::consent::ActorRole;
    ///
    /// let role: ActorRole = "ParentOfDataSubject".parse()?;
    /// assert_eq!(role, ActorRole::ParentOfDataSubject);
    /// assert!(role.is_subject_side());
    /// // A role of a newer version is kept, but speaks for no one.
    /// let newer: ActorRole = "Notary".parse()?;
    /// assert!(!newer.is_subject_side());
    /// assert_eq!(newer.dpv_class(), None);
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub enum ActorRole {
        /// The data subject.
        DataSubject = "DataSubject",
        /// A parent of the subject.
        ParentOfDataSubject = "ParentOfDataSubject",
        /// A guardian of the subject.
        GuardianOfDataSubject = "GuardianOfDataSubject",
        /// A legal representative, such as a court-appointed administrator.
        LegalRepresentative = "LegalRepresentative",
        /// Someone with a mandate (volmacht).
        Delegate = "Delegate",
        /// Staff of the controller recording for the subject (counter, phone): needs evidence.
        ControllerStaff = "ControllerStaff",
        /// The controller.
        DataController = "DataController",
        /// A processor.
        DataProcessor = "DataProcessor",
        /// A recipient.
        Recipient = "Recipient",
        /// An authority, such as the data protection authority or a court.
        Authority = "Authority",
        /// An automated system.
        System = "System",
    }
}

impl ActorRole {
    /// Whether it speaks for the subject (the subject, a parent, guardian, representative,
    /// delegate, or staff recording for the subject).
    ///
    /// ```
    /// use bouwstenen::consent::ActorRole;
    /// assert!(ActorRole::Delegate.is_subject_side());
    /// assert!(!ActorRole::DataController.is_subject_side());
    /// ```
    pub fn is_subject_side(&self) -> bool {
        matches!(
            self,
            ActorRole::DataSubject
                | ActorRole::ParentOfDataSubject
                | ActorRole::GuardianOfDataSubject
                | ActorRole::LegalRepresentative
                | ActorRole::Delegate
                | ActorRole::ControllerStaff
        )
    }

    /// The DPV concept for the actor, such as `dpv:ParentOfDataSubject` (`None` for a system
    /// or an unknown role).
    ///
    /// ```
    /// use bouwstenen::consent::ActorRole;
    /// assert_eq!(ActorRole::GuardianOfDataSubject.dpv_class(), Some("dpv:GuardianOfDataSubject"));
    /// ```
    pub fn dpv_class(&self) -> Option<&'static str> {
        Some(match self {
            ActorRole::DataSubject => "dpv:DataSubject",
            ActorRole::ParentOfDataSubject => "dpv:ParentOfDataSubject",
            ActorRole::GuardianOfDataSubject => "dpv:GuardianOfDataSubject",
            ActorRole::LegalRepresentative | ActorRole::Delegate => "dpv:Representative",
            ActorRole::DataController | ActorRole::ControllerStaff => "dpv:DataController",
            ActorRole::DataProcessor => "dpv:DataProcessor",
            ActorRole::Recipient => "dpv:Recipient",
            ActorRole::Authority => "dpv:Authority",
            ActorRole::System | ActorRole::Unknown(_) => return None,
        })
    }
}

open_enum! {
    /// The channel through which an event came.
    ///
    /// ```
    /// use bouwstenen::consent::Channel;
    ///
    /// assert_eq!("CitizenPortal".parse::<Channel>()?, Channel::CitizenPortal);
    /// assert_eq!(Channel::Counter.to_string(), "Counter");
    /// assert_eq!("Kiosk".parse::<Channel>()?, Channel::Unknown("Kiosk".to_owned()));
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub enum Channel {
        /// A web form.
        Web = "Web",
        /// A mobile app.
        MobileApp = "MobileApp",
        /// A citizen portal (e-loket, Mijn Burgerprofiel).
        CitizenPortal = "CitizenPortal",
        /// In person at a counter (loket).
        Counter = "Counter",
        /// A paper form.
        Paper = "Paper",
        /// E-mail.
        Email = "Email",
        /// Telephone.
        Phone = "Phone",
        /// An API call from another system.
        Api = "Api",
        /// A privacy signal such as GPC (ISO 27560 annex F).
        Signal = "Signal",
    }
}

open_enum! {
    /// The act by which the subject expressed a decision.
    ///
    /// ```
    /// use bouwstenen::consent::Method;
    ///
    /// let method: Method = "TwoStepConfirmation".parse()?;
    /// assert!(method.is_affirmative() && method.is_explicit());
    /// // An act of a newer version is kept, but cannot give consent.
    /// let newer: Method = "Gesture".parse()?;
    /// assert!(!newer.is_affirmative());
    /// # Ok::<(), bouwstenen::consent::ConsentError>(())
    /// ```
    pub enum Method {
        /// Ticking a box and submitting.
        CheckboxAndSubmit = "CheckboxAndSubmit",
        /// Switching a toggle on (or off) and saving.
        ToggleAndSave = "ToggleAndSave",
        /// Pressing an accept button.
        ButtonAccept = "ButtonAccept",
        /// Pressing a refuse button.
        ButtonRefuse = "ButtonRefuse",
        /// Leaving a box unticked (a refusal).
        CheckboxLeftUnticked = "CheckboxLeftUnticked",
        /// A handwritten signature.
        WrittenSignature = "WrittenSignature",
        /// An electronic signature (eID, eIDAS).
        ElectronicSignature = "ElectronicSignature",
        /// A reply by e-mail.
        EmailReply = "EmailReply",
        /// Confirming twice (e.g. a confirmation link).
        TwoStepConfirmation = "TwoStepConfirmation",
        /// Saying so, attested by staff.
        Verbal = "Verbal",
        /// An unsubscribe link.
        UnsubscribeLink = "UnsubscribeLink",
        /// A preference centre.
        PreferenceCentre = "PreferenceCentre",
    }
}

impl Method {
    /// Whether it is a clear affirmative act that can give consent (GDPR art. 4(11), recital
    /// 32): not a refusal, not silence.
    ///
    /// ```
    /// use bouwstenen::consent::Method;
    /// assert!(Method::CheckboxAndSubmit.is_affirmative());
    /// assert!(!Method::CheckboxLeftUnticked.is_affirmative());
    /// ```
    pub fn is_affirmative(&self) -> bool {
        matches!(
            self,
            Method::CheckboxAndSubmit
                | Method::ToggleAndSave
                | Method::ButtonAccept
                | Method::WrittenSignature
                | Method::ElectronicSignature
                | Method::EmailReply
                | Method::TwoStepConfirmation
                | Method::Verbal
                | Method::PreferenceCentre
        )
    }

    /// Whether it can give explicit consent (GDPR art. 9(2)(a), EDPB 05/2020 §93–98): a
    /// signature, an e-mail reply or a two-step confirmation. A checkbox counts only when the
    /// purpose's notice holds an explicit statement
    /// ([`PurposeSpec::explicit_statement`](crate::consent::PurposeSpec::explicit_statement)).
    ///
    /// ```
    /// use bouwstenen::consent::Method;
    ///
    /// assert!(Method::ElectronicSignature.is_explicit());
    /// assert!(Method::EmailReply.is_explicit());
    /// assert!(!Method::CheckboxAndSubmit.is_explicit()); // affirmative, not explicit by itself
    /// assert!(!Method::Verbal.is_explicit());
    /// ```
    pub fn is_explicit(&self) -> bool {
        matches!(
            self,
            Method::WrittenSignature
                | Method::ElectronicSignature
                | Method::EmailReply
                | Method::TwoStepConfirmation
        )
    }
}

open_enum! {
    /// The role of a party in the record.
    ///
    /// ```
    /// use bouwstenen::consent::PartyRole;
    ///
    /// let role: PartyRole = serde_json::from_str(r#""JointDataController""#)?;
    /// assert_eq!(role, PartyRole::JointDataController);
    /// assert_eq!(role.dpv_class(), Some("dpv:JointDataControllers"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum PartyRole {
        /// Controller.
        DataController = "DataController",
        /// Joint controller.
        JointDataController = "JointDataController",
        /// Processor.
        DataProcessor = "DataProcessor",
        /// Third party.
        ThirdParty = "ThirdParty",
        /// Recipient.
        Recipient = "Recipient",
        /// Authority.
        Authority = "Authority",
        /// Representative of data subjects.
        DataSubjectRepresentative = "DataSubjectRepresentative",
    }
}

impl PartyRole {
    /// The DPV concept, such as `dpv:DataController`.
    ///
    /// ```
    /// use bouwstenen::consent::PartyRole;
    /// assert_eq!(PartyRole::ThirdParty.dpv_class(), Some("dpv:ThirdParty"));
    /// ```
    pub fn dpv_class(&self) -> Option<&'static str> {
        Some(match self {
            PartyRole::DataController => "dpv:DataController",
            PartyRole::JointDataController => "dpv:JointDataControllers",
            PartyRole::DataProcessor => "dpv:DataProcessor",
            PartyRole::ThirdParty => "dpv:ThirdParty",
            PartyRole::Recipient => "dpv:Recipient",
            PartyRole::Authority => "dpv:Authority",
            PartyRole::DataSubjectRepresentative => "dpv:Representative",
            PartyRole::Unknown(_) => return None,
        })
    }
}
