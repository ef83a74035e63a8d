//! The Kantara Consent Receipt v1.1 export of a record ([`ConsentRecord::to_kantara`]): a
//! snapshot of the consents in force at an instant. The public items carry the documentation,
//! since this module is private.

use serde_json::{Map, Value, json};

use crate::consent::{
    ActorRole, Channel, ConsentError, ConsentEvent, ConsentRecord, ConsentType, EventKind, Method,
    NoticeVersion, Party, PartyRole, PurposeSpec, PurposeState, Timestamp, Validity, terms,
};

/// The version member of a v1.1 receipt.
const VERSION: &str = "KI-CR-v1.1.0";

/// What a receipt says for a member that the record does not hold (a controller's phone
/// number), as Kantara's own example receipt says for members that do not apply.
const NOT_AVAILABLE: &str = "N/A";

/// DPV purposes with a clear Kantara purpose category, in byte order.
const PURPOSE_CATEGORIES: [(&str, &str); 17] = [
    ("dpv:Advertising", "6 - Marketing"),
    ("dpv:CommunicationForCustomerCare", "4 - Contact Requested"),
    ("dpv:DeliveryOfGoods", "3 - Delivery"),
    ("dpv:DirectMarketing", "6 - Marketing"),
    (
        "dpv:ImproveExistingProductsAndServices",
        "16 - Improve Performance",
    ),
    ("dpv:Marketing", "6 - Marketing"),
    ("dpv:OptimisationForController", "16 - Improve Performance"),
    ("dpv:Personalisation", "5 - Personalize Experience"),
    ("dpv:PersonalisedAdvertising", "6 - Marketing"),
    ("dpv:RequestedServiceProvision", "2 - Contracted Service"),
    ("dpv:ServiceOptimisation", "16 - Improve Performance"),
    ("dpv:ServicePersonalisation", "5 - Personalize Experience"),
    ("dpv:ServiceProvision", "1 - Core Function"),
    ("dpv:SocialMediaMarketing", "6 - Marketing"),
    ("dpv:TargetedAdvertising", "6 - Marketing"),
    (
        "dpv:UserInterfacePersonalisation",
        "5 - Personalize Experience",
    ),
    (
        "sector-publicservices:PublicServiceProvision",
        "1 - Core Function",
    ),
];

/// Personal-data categories (`pd:`) with a clear Kantara PII category, in byte order: each
/// category's root concept and every concept under it in DPV's `pd` taxonomy.
const PII_CATEGORIES: [(&str, &str); 102] = [
    ("pd:AccountIdentifier", "7 - Financial"),
    ("pd:Age", "1 - Biographical"),
    ("pd:AgeExact", "1 - Biographical"),
    ("pd:AgeRange", "1 - Biographical"),
    ("pd:ApartmentOwned", "7 - Financial"),
    ("pd:Attitude", "15 - Behavioral"),
    ("pd:AuthenticationHistory", "15 - Behavioral"),
    ("pd:BankAccount", "7 - Financial"),
    ("pd:Behavioural", "15 - Behavioral"),
    ("pd:Biometric", "3 - Biometric"),
    ("pd:BirthDate", "1 - Biographical"),
    ("pd:BloodType", "6 - Health"),
    ("pd:BrowserHistory", "15 - Behavioral"),
    ("pd:BrowsingBehaviour", "15 - Behavioral"),
    ("pd:BrowsingReferral", "15 - Behavioral"),
    ("pd:CallLog", "15 - Behavioral"),
    ("pd:CarOwned", "7 - Financial"),
    ("pd:City", "2 - Contact"),
    ("pd:Communication", "4 - Communications/Social"),
    ("pd:Contact", "2 - Contact"),
    ("pd:Credit", "7 - Financial"),
    ("pd:CreditCapacity", "7 - Financial"),
    ("pd:CreditCardNumber", "7 - Financial"),
    ("pd:CreditRecord", "7 - Financial"),
    ("pd:CreditScore", "7 - Financial"),
    ("pd:CreditStanding", "7 - Financial"),
    ("pd:CreditWorthiness", "7 - Financial"),
    ("pd:Criminal", "10 - Judicial Data"),
    ("pd:CriminalCharge", "10 - Judicial Data"),
    ("pd:CriminalConviction", "10 - Judicial Data"),
    ("pd:CriminalOffence", "10 - Judicial Data"),
    ("pd:CriminalPardon", "10 - Judicial Data"),
    ("pd:DNACode", "6 - Health"),
    ("pd:Demeanour", "15 - Behavioral"),
    ("pd:Disability", "6 - Health"),
    ("pd:DrugTestResult", "6 - Health"),
    ("pd:EmailAddress", "2 - Contact"),
    ("pd:EmailAddressPersonal", "2 - Contact"),
    ("pd:EmailAddressWork", "2 - Contact"),
    ("pd:EmailContent", "4 - Communications/Social"),
    ("pd:FacialExpression", "3 - Biometric"),
    ("pd:FacialPrint", "3 - Biometric"),
    ("pd:FamilyHealthHistory", "6 - Health"),
    ("pd:Financial", "7 - Financial"),
    ("pd:FinancialAccount", "7 - Financial"),
    ("pd:FinancialAccountNumber", "7 - Financial"),
    ("pd:FinancialStatus", "7 - Financial"),
    ("pd:Fingerprint", "3 - Biometric"),
    ("pd:GroupMembership", "14 - Membership"),
    ("pd:GroupProfile", "16 - Profiling"),
    ("pd:Health", "6 - Health"),
    ("pd:HealthHistory", "6 - Health"),
    ("pd:HealthRecord", "6 - Health"),
    ("pd:HouseNumber", "2 - Contact"),
    ("pd:HouseOwned", "7 - Financial"),
    ("pd:Income", "7 - Financial"),
    ("pd:IndividualHealthHistory", "6 - Health"),
    ("pd:IndividualProfile", "16 - Profiling"),
    ("pd:Insurance", "7 - Financial"),
    ("pd:LinkClicked", "15 - Behavioral"),
    ("pd:LoanRecord", "7 - Financial"),
    ("pd:Locality", "2 - Contact"),
    ("pd:MaritalStatus", "1 - Biographical"),
    ("pd:MedicalHealth", "6 - Health"),
    ("pd:MentalHealth", "13 - Mental Health"),
    ("pd:Name", "1 - Biographical"),
    ("pd:OfficialID", "8 - Official ID"),
    ("pd:Ownership", "7 - Financial"),
    ("pd:Passport", "8 - Official ID"),
    ("pd:PaymentCard", "7 - Financial"),
    ("pd:PaymentCardExpiry", "7 - Financial"),
    ("pd:PaymentCardNumber", "7 - Financial"),
    ("pd:PerformanceAtWork", "15 - Behavioral"),
    ("pd:PersonalPossession", "7 - Financial"),
    ("pd:Personality", "15 - Behavioral"),
    ("pd:PhysicalAddress", "2 - Contact"),
    ("pd:PhysicalHealth", "6 - Health"),
    ("pd:PostalCode", "2 - Contact"),
    ("pd:Prescription", "6 - Health"),
    ("pd:Profile", "16 - Profiling"),
    (
        "pd:PubliclyAvailableSocialMedia",
        "4 - Communications/Social",
    ),
    ("pd:Purchase", "7 - Financial"),
    ("pd:PurchasesAndSpendingHabit", "7 - Financial"),
    ("pd:Region", "2 - Contact"),
    ("pd:Reliability", "15 - Behavioral"),
    ("pd:Retina", "3 - Biometric"),
    ("pd:RoomNumber", "2 - Contact"),
    ("pd:Sale", "7 - Financial"),
    ("pd:ServiceConsumptionBehaviour", "15 - Behavioral"),
    ("pd:SocialBehaviour", "15 - Behavioral"),
    ("pd:SocialMedia", "4 - Communications/Social"),
    ("pd:SocialMediaCommunication", "4 - Communications/Social"),
    ("pd:Street", "2 - Contact"),
    ("pd:TVViewingBehaviour", "15 - Behavioral"),
    ("pd:Tax", "7 - Financial"),
    ("pd:TelephoneNumber", "2 - Contact"),
    ("pd:TradeUnionMembership", "14 - Membership"),
    ("pd:Transaction", "7 - Financial"),
    ("pd:Transactional", "7 - Financial"),
    ("pd:VehicleUsage", "15 - Behavioral"),
    (
        "pd:VoiceCommunicationRecording",
        "4 - Communications/Social",
    ),
    ("pd:VoiceMail", "4 - Communications/Social"),
];

fn lookup(table: &[(&str, &'static str)], term: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(key, _)| (*key).cmp(term))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, code)| *code)
}

/// The Kantara v1.1 purpose category of a DPV purpose, where the mapping is clear; `None`
/// otherwise ([`ConsentRecord::to_kantara`] then writes the DPV concept's IRI).
///
/// | Kantara purpose category | DPV purposes |
/// |---|---|
/// | `1 - Core Function` | `dpv:ServiceProvision`, `sector-publicservices:PublicServiceProvision` |
/// | `2 - Contracted Service` | `dpv:RequestedServiceProvision` |
/// | `3 - Delivery` | `dpv:DeliveryOfGoods` |
/// | `4 - Contact Requested` | `dpv:CommunicationForCustomerCare` |
/// | `5 - Personalize Experience` | `dpv:Personalisation`, `dpv:ServicePersonalisation`, `dpv:UserInterfacePersonalisation` |
/// | `6 - Marketing` | `dpv:Marketing`, `dpv:DirectMarketing`, `dpv:Advertising`, `dpv:PersonalisedAdvertising`, `dpv:TargetedAdvertising`, `dpv:SocialMediaMarketing` |
/// | `16 - Improve Performance` | `dpv:ServiceOptimisation`, `dpv:ImproveExistingProductsAndServices`, `dpv:OptimisationForController` |
///
/// Not mapped, for want of a clear match: `dpv:CommunicationManagement` (communication can be
/// requested or marketing), `dpv:LegalCompliance` (Kantara's 12 and 13 are narrower), and the
/// other Kantara categories (7–11 on third parties, 14 and 15 on vital and legitimate
/// interests, which are legal bases in DPV). Codes 2, 5 and 6 are written as in Kantara's
/// example receipt; 1, 3, 4 and 16 with the numbers and names of the v1.1 code list as
/// `adaptant-labs/consent-receipt-go` implements it (the specification's appendix is not in the
/// crate's sources).
///
/// ```
/// use bouwstenen::consent::kantara_purpose_category;
/// assert_eq!(kantara_purpose_category("dpv:DirectMarketing"), Some("6 - Marketing"));
/// assert_eq!(kantara_purpose_category("dpv:CommunicationManagement"), None);
/// ```
pub fn kantara_purpose_category(dpv_purpose: &str) -> Option<&'static str> {
    lookup(&PURPOSE_CATEGORIES, dpv_purpose)
}

/// The Kantara v1.1 PII category of a DPV personal-data category (`pd:`), where the mapping
/// is clear; `None` otherwise ([`ConsentRecord::to_kantara`] then writes the DPV concept's IRI).
/// A category maps with every concept under it in DPV's `pd` taxonomy.
///
/// | Kantara PII category | DPV personal data (and the concepts under them) |
/// |---|---|
/// | `1 - Biographical` | `pd:Name`, `pd:Age` (`pd:BirthDate`, …), `pd:MaritalStatus` |
/// | `2 - Contact` | `pd:Contact` (`pd:EmailAddress`, `pd:TelephoneNumber`, `pd:PhysicalAddress`, …) |
/// | `3 - Biometric` | `pd:Biometric` |
/// | `4 - Communications/Social` | `pd:Communication` (`pd:EmailContent`, `pd:SocialMedia`, …) |
/// | `6 - Health` | `pd:MedicalHealth` (`pd:Health`, `pd:HealthRecord`, `pd:Prescription`, …), without `pd:MentalHealth` and `pd:Genetic` |
/// | `7 - Financial` | `pd:Financial` |
/// | `8 - Official ID` | `pd:OfficialID` (`pd:Passport`) |
/// | `10 - Judicial Data` | `pd:Criminal` |
/// | `13 - Mental Health` | `pd:MentalHealth` |
/// | `14 - Membership` | `pd:GroupMembership` (`pd:TradeUnionMembership`) |
/// | `15 - Behavioral` | `pd:Behavioural` |
/// | `16 - Profiling` | `pd:Profile` |
///
/// Not mapped: pictures, location, identifiers and the other `pd:` concepts without a clear
/// match, and genetic data (special under GDPR art. 9, no Kantara category). Codes 1, 2, 4
/// and 7 are written as in Kantara's example receipt; the others with the numbers and names of
/// the v1.1 code list as `adaptant-labs/consent-receipt-go` implements it.
///
/// ```
/// use bouwstenen::consent::kantara_pii_category;
/// assert_eq!(kantara_pii_category("pd:EmailAddress"), Some("2 - Contact"));
/// assert_eq!(kantara_pii_category("pd:Picture"), None);
/// ```
pub fn kantara_pii_category(personal_data: &str) -> Option<&'static str> {
    lookup(&PII_CATEGORIES, personal_data)
}

/// A code of a Kantara code list, or else the DPV concept's IRI (or the term itself).
fn category(term: &str, code: Option<&'static str>) -> String {
    match code {
        Some(code) => code.to_owned(),
        None => terms::iri(term).unwrap_or_else(|| term.to_owned()),
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A purpose in force at the instant: its state, the grant it rests on, and the processing
/// the grant agreed to.
struct Granted<'a> {
    state: PurposeState,
    grant: &'a ConsentEvent,
    notice: &'a NoticeVersion,
    spec: &'a PurposeSpec,
}

impl ConsentRecord {
    /// A Kantara Consent Receipt v1.1 (`KI-CR-v1.1.0`) of the consents in force at `at`: a
    /// one-shot snapshot for the data subject or another system, with `receipt_id` as its
    /// `consentReceiptID` (a UUID, as Kantara suggests). Only the purposes valid for processing
    /// at `at` are in it, one service each; a refused, withdrawn or expired purpose is not.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentError, ConsentRecord};
    ///
    /// let record = ConsentRecord::example();
    /// let receipt = record.to_kantara(&"2026-03-01T00:00:00Z".parse()?, "c1befd3e-b7e5-4ea6-8688-e9a565aade21")?;
    /// assert_eq!(receipt["version"], "KI-CR-v1.1.0");
    /// assert_eq!(receipt["consentTimestamp"], 1_770_714_941); // 2026-02-10T09:15:41.007Z
    /// assert_eq!(receipt["services"].as_array().unwrap().len(), 1); // the refused purpose is not in it
    /// assert_eq!(receipt["services"][0]["purposes"][0]["piiCategory"][0], "2 - Contact");
    /// assert_eq!(receipt["piiControllers"][0]["phone"], "N/A");
    ///
    /// // Before the consent there is nothing to give a receipt for.
    /// let before = record.to_kantara(&"2026-01-01T00:00:00Z".parse()?, "c1befd3e-b7e5-4ea6-8688-e9a565aade21");
    /// assert_eq!(before, Err(ConsentError::NothingValid));
    /// # Ok::<(), ConsentError>(())
    /// ```
    ///
    /// # Mapping
    ///
    /// | receipt | from the record |
    /// |---|---|
    /// | `jurisdiction` | `header.jurisdictions`, joined with `, ` |
    /// | `consentTimestamp` | the latest grant (`Given` or `Reaffirmed`) of the purposes in the receipt: its `occurredAt` in whole seconds since 1970 |
    /// | `collectionMethod` | that grant's channel, method and actor, in English words: `web form: box ticked and submitted, by the data subject` |
    /// | `language` | that grant's language (the notice's) |
    /// | `policyUrl` | that grant's notice version: its `url`, else its `noticeId` |
    /// | `piiPrincipalId` | `header.subject.ref` (a pseudonym) |
    /// | `piiControllers` | the header's controllers: `piiController` the name; `contact` the party's contact details (e-mail, URL, phone) joined with `, `; `address` with schema.org's names (`streetAddress`, `postalCode`, `addressLocality`, `addressCountry`), as in Kantara's example; `email` and `phone` (`N/A` when the record has none: v1.1 requires both, and an empty or invented value would mislead); `piiControllerUrl` the contact URL |
    /// | `services` | one per purpose in force, in the record's order: `service` the purpose's label in the notice's language, with one purpose: `purpose` its description (else its label), `purposeCategory` and `piiCategory` from its DPV purposes and personal data ([`kantara_purpose_category`], [`kantara_pii_category`]; a term without a code is written as its DPV IRI), `consentType` (`EXPRESSED`, `EXPLICIT` or `IMPLIED`), `termination` (in English: the validity, its end, and how to withdraw), `primaryPurpose` from `necessity` (`Required`: true, `Optional`: false), `thirdPartyDisclosure` and `thirdPartyName` from the recipients that are parties with the role `ThirdParty` (or the category `dpv:ThirdParty`) |
    /// | `sensitive`, `spiCat` | whether a purpose in the receipt has `specialCategory`; the PII categories of its special-category data |
    ///
    /// `consentType`: Kantara's example uses `EXPLICIT` for consent by an affirmative act. The
    /// GDPR calls only art. 9(2)(a) consent explicit, and a Belgian controller should not claim
    /// more than it has, so an `Expressed` grant is `EXPRESSED` and only an
    /// `ExplicitlyExpressed` one is `EXPLICIT`.
    ///
    /// # What is lost
    ///
    /// | record | in the receipt |
    /// |---|---|
    /// | the lifecycle: requests, refusals, withdrawals, expiries, revocations, invalidations | not representable: a receipt lists consents in force; ask again at another instant |
    /// | several grants at different instants | one `consentTimestamp`, `collectionMethod`, `language` and `policyUrl`: the latest grant's |
    /// | notice version and digest, workflow, evidence, actor verification, `recordedAt`, the hash chain | not in v1.1 (which has no signature either: sign the receipt as a whole) |
    /// | legal basis | only through `consentType` |
    /// | DPV purposes and personal data without a clear Kantara code | the DPV IRI in place of a code |
    /// | processing operations, retention, storage and processing locations, rights | not in v1.1 |
    /// | recipients other than third parties (processors, the controller) | not in v1.1 |
    /// | subject categories, age band and art. 8 | not in v1.1 (a parent's consent shows in `collectionMethod`) |
    /// | party identifiers (enterprise numbers) | not in v1.1 |
    ///
    /// # Errors
    ///
    /// [`ConsentError::NothingValid`] when no consent is valid for processing at `at` (a
    /// receipt needs a service with a purpose); [`ConsentError::Text`] when `receipt_id` is
    /// blank; [`ConsentError::Time`] for a grant before 1970.
    pub fn to_kantara(&self, at: &Timestamp, receipt_id: &str) -> Result<Value, ConsentError> {
        if receipt_id.trim().is_empty() {
            return Err(ConsentError::Text);
        }
        let granted: Vec<Granted<'_>> = self
            .states_at(at)
            .into_iter()
            .filter(|s| s.valid_for_processing)
            .filter_map(|state| {
                let grant = self
                    .events()
                    .iter()
                    .find(|e| Some(&e.event_id) == state.based_on.as_ref())?;
                let notice = self.notice_of(grant)?;
                let spec = notice.purpose(&state.purpose_id)?;
                Some(Granted {
                    state,
                    grant,
                    notice,
                    spec,
                })
            })
            .collect();
        let latest = granted
            .iter()
            .max_by_key(|g| g.grant.occurred_at.instant())
            .ok_or(ConsentError::NothingValid)?;
        let timestamp = latest.grant.occurred_at.instant().timestamp();
        if timestamp < 0 {
            return Err(ConsentError::Time);
        }
        let header = self.header();
        let mut receipt = Map::new();
        receipt.insert("version".into(), VERSION.into());
        receipt.insert(
            "jurisdiction".into(),
            header.jurisdictions.join(", ").into(),
        );
        receipt.insert("consentTimestamp".into(), timestamp.into());
        receipt.insert(
            "collectionMethod".into(),
            collection_method(latest.grant).into(),
        );
        receipt.insert("consentReceiptID".into(), receipt_id.into());
        let language = latest
            .grant
            .language
            .as_deref()
            .unwrap_or(&latest.notice.language);
        receipt.insert("language".into(), language.into());
        receipt.insert(
            "piiPrincipalId".into(),
            header.subject.reference.as_str().into(),
        );
        let controllers: Vec<Value> = header
            .controllers
            .iter()
            .filter_map(|key| self.parties().iter().find(|p| &p.party_id == key))
            .map(controller)
            .collect();
        receipt.insert("piiControllers".into(), controllers.into());
        let policy = latest
            .notice
            .url
            .as_ref()
            .unwrap_or(&latest.notice.notice_id);
        receipt.insert("policyUrl".into(), policy.as_str().into());
        let services: Vec<Value> = granted.iter().map(|g| self.service(g)).collect();
        receipt.insert("services".into(), services.into());
        let mut spi = Vec::new();
        for g in &granted {
            for term in &g.spec.personal_data {
                if terms::is_special_personal_data(term) {
                    push_unique(&mut spi, category(term, kantara_pii_category(term)));
                }
            }
        }
        let sensitive = granted.iter().any(|g| g.spec.special_category) || !spi.is_empty();
        receipt.insert("sensitive".into(), sensitive.into());
        receipt.insert("spiCat".into(), spi.into());
        Ok(Value::Object(receipt))
    }

    /// The service of one purpose in force.
    fn service(&self, granted: &Granted<'_>) -> Value {
        let Granted {
            state,
            grant,
            notice,
            spec,
        } = granted;
        let language = &notice.language;
        let label = spec
            .label
            .get(language)
            .or_else(|| spec.label.values().next())
            .map_or(spec.purpose_id.as_str(), String::as_str);
        let text = spec
            .description
            .as_ref()
            .and_then(|d| d.get(language).or_else(|| d.values().next()))
            .map_or(label, String::as_str);
        let mut purposes = Vec::new();
        for term in &spec.dpv_purposes {
            push_unique(
                &mut purposes,
                category(term, kantara_purpose_category(term)),
            );
        }
        let mut pii = Vec::new();
        for term in &spec.personal_data {
            push_unique(&mut pii, category(term, kantara_pii_category(term)));
        }
        let consent_type = match &grant.consent_type {
            Some(ConsentType::Expressed) => "EXPRESSED",
            Some(ConsentType::ExplicitlyExpressed) => "EXPLICIT",
            Some(ConsentType::Implied) => "IMPLIED",
            Some(ConsentType::Unknown(other)) => other.as_str(),
            None => NOT_AVAILABLE,
        };
        let mut purpose = Map::new();
        purpose.insert("purpose".into(), text.into());
        purpose.insert("purposeCategory".into(), purposes.into());
        purpose.insert("consentType".into(), consent_type.into());
        purpose.insert("piiCategory".into(), pii.into());
        match spec.necessity.as_deref() {
            Some("Required") => {
                purpose.insert("primaryPurpose".into(), true.into());
            }
            Some("Optional") => {
                purpose.insert("primaryPurpose".into(), false.into());
            }
            _ => {}
        }
        purpose.insert("termination".into(), termination(grant, state, spec).into());
        let third: Vec<String> = spec
            .recipients
            .iter()
            .filter_map(|r| {
                if r.as_str() == "dpv:ThirdParty" {
                    return Some("third parties (not named in the notice)".to_owned());
                }
                let party = self.parties().iter().find(|p| &p.party_id == r)?;
                party.has_role(&PartyRole::ThirdParty).then(|| {
                    party
                        .name
                        .clone()
                        .unwrap_or_else(|| party.party_id.to_string())
                })
            })
            .collect();
        purpose.insert("thirdPartyDisclosure".into(), (!third.is_empty()).into());
        if !third.is_empty() {
            purpose.insert("thirdPartyName".into(), third.join("; ").into());
        }
        json!({"service": label, "purposes": [Value::Object(purpose)]})
    }
}

/// A controller as Kantara's `piiControllers` item.
fn controller(party: &Party) -> Value {
    let contact = party.contact.as_ref();
    let email = contact.and_then(|c| c.email.as_deref());
    let url = contact.and_then(|c| c.url.as_deref());
    let phone = contact.and_then(|c| c.phone.as_deref());
    let details: Vec<&str> = [email, url, phone].into_iter().flatten().collect();
    let mut address = Map::new();
    if let Some(a) = &party.address {
        for (name, value) in [
            ("streetAddress", &a.street),
            ("postalCode", &a.postal_code),
            ("addressLocality", &a.locality),
            ("addressCountry", &a.country),
        ] {
            if let Some(value) = value {
                address.insert(name.into(), value.as_str().into());
            }
        }
    }
    let mut item = Map::new();
    let name = party
        .name
        .clone()
        .unwrap_or_else(|| party.party_id.to_string());
    item.insert("piiController".into(), name.into());
    let contact = if details.is_empty() {
        NOT_AVAILABLE.to_owned()
    } else {
        details.join(", ")
    };
    item.insert("contact".into(), contact.into());
    item.insert("address".into(), Value::Object(address));
    item.insert("email".into(), email.unwrap_or(NOT_AVAILABLE).into());
    item.insert("phone".into(), phone.unwrap_or(NOT_AVAILABLE).into());
    if let Some(url) = url {
        item.insert("piiControllerUrl".into(), url.into());
    }
    Value::Object(item)
}

/// How a grant was collected, in words.
fn collection_method(grant: &ConsentEvent) -> String {
    let channel = match &grant.channel {
        Some(Channel::Web) => "web form",
        Some(Channel::MobileApp) => "mobile app",
        Some(Channel::CitizenPortal) => "citizen portal",
        Some(Channel::Counter) => "in person at a counter",
        Some(Channel::Paper) => "paper form",
        Some(Channel::Email) => "e-mail",
        Some(Channel::Phone) => "telephone",
        Some(Channel::Api) => "API call",
        Some(Channel::Signal) => "privacy signal",
        Some(other) => other.as_str(),
        None => "channel not recorded",
    };
    let method = match &grant.method {
        Some(Method::CheckboxAndSubmit) => "box ticked and submitted",
        Some(Method::ToggleAndSave) => "toggle switched on and saved",
        Some(Method::ButtonAccept) => "accept button",
        Some(Method::ButtonRefuse) => "refuse button",
        Some(Method::CheckboxLeftUnticked) => "box left unticked",
        Some(Method::WrittenSignature) => "handwritten signature",
        Some(Method::ElectronicSignature) => "electronic signature",
        Some(Method::EmailReply) => "reply by e-mail",
        Some(Method::TwoStepConfirmation) => "two-step confirmation",
        Some(Method::Verbal) => "said so, attested by staff",
        Some(Method::UnsubscribeLink) => "unsubscribe link",
        Some(Method::PreferenceCentre) => "preference centre",
        Some(other) => other.as_str(),
        None => "method not recorded",
    };
    let actor = &grant.actor;
    let who = match &actor.role {
        ActorRole::DataSubject => "by the data subject".to_owned(),
        ActorRole::ParentOfDataSubject => "by a parent of the data subject".to_owned(),
        ActorRole::GuardianOfDataSubject => "by a guardian of the data subject".to_owned(),
        ActorRole::LegalRepresentative => {
            "by a legal representative of the data subject".to_owned()
        }
        ActorRole::Delegate => "by a delegate of the data subject".to_owned(),
        ActorRole::ControllerStaff => "recorded by staff for the data subject".to_owned(),
        other => format!("by {other}"),
    };
    let verified = actor
        .verification
        .as_ref()
        .map_or(String::new(), |v| match &v.assurance {
            Some(level) => format!(" (verified: {}, {level})", v.method),
            None => format!(" (verified: {})", v.method),
        });
    format!("{channel}: {method}, {who}{verified}")
}

/// When a grant ends, and how to withdraw it.
fn termination(grant: &ConsentEvent, state: &PurposeState, spec: &PurposeSpec) -> String {
    let end = state.valid_until.as_ref();
    let mut text = match &grant.validity {
        Some(Validity::Temporal(d)) => match end {
            Some(end) => format!("{d} after consent, until {end}"),
            None => format!("{d} after consent"),
        },
        Some(Validity::UntilTime(t)) => format!("until {t}"),
        Some(Validity::UntilEvent(event)) => format!("until: {event}"),
        Some(Validity::FixedOccurrences(n)) => format!("for {n} uses"),
        Some(Validity::Endless) => "without end date".to_owned(),
        None => NOT_AVAILABLE.to_owned(),
    };
    let withdrawal = &spec.withdrawal;
    let mut ways: Vec<&str> = Vec::new();
    if let Some(url) = &withdrawal.url {
        ways.push(url.as_str());
    }
    ways.extend(withdrawal.methods.iter().flatten().map(String::as_str));
    if !ways.is_empty() {
        text.push_str("; withdraw at any time: ");
        text.push_str(&ways.join(", "));
    }
    if grant.kind == EventKind::Reaffirmed {
        text.push_str(" (consent reaffirmed)");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        for table in [&PURPOSE_CATEGORIES[..], &PII_CATEGORIES[..]] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn the_tables_hold_dpv_terms() {
        for (term, _) in PURPOSE_CATEGORIES {
            assert!(terms::is_purpose(term), "{term}");
        }
        for (term, _) in PII_CATEGORIES {
            assert!(terms::is_personal_data(term), "{term}");
        }
    }
}
