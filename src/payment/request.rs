//! The payment request and its builder.

use core::fmt;

use chrono::NaiveDate;
use url::Url;

use crate::payment::{Amount, PaymentError, PaymentField, PurposeCode};
use crate::{Bic, CreditorReference, EnterpriseNumber, Iban, StructuredCommunication};

/// A party to a payment request: the creditor, an ultimate creditor or the debtor.
///
/// ```
/// use bouwstenen::payment::PaymentRequest;
/// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
///     .creditor_enterprise_number("0207.451.227".parse()?)
///     .creditor_address_line("Botermarkt 1, 9000 Gent")
///     .build()?;
/// assert_eq!(request.creditor().name(), "Stad Gent");
/// assert_eq!(request.creditor().address_lines(), ["Botermarkt 1, 9000 Gent"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "Party",
    extend("additionalProperties" = false),
    description = "A party to a payment request: a name (1 to 70 characters), an optional Belgian enterprise number and at most 2 address lines of at most 70 characters."
)]
pub struct Party {
    #[schemars(length(min = 1, max = 70))]
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    enterprise_number: Option<EnterpriseNumber>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 2), inner(length(min = 1, max = 70)))]
    address_lines: Vec<String>,
}

impl Party {
    /// The name.
    ///
    /// ```
    /// # use bouwstenen::payment::PaymentRequest;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert_eq!(request.creditor().name(), "Stad Gent");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The Belgian enterprise number, if given.
    ///
    /// ```
    /// # use bouwstenen::payment::PaymentRequest;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert_eq!(request.creditor().enterprise_number(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enterprise_number(&self) -> Option<EnterpriseNumber> {
        self.enterprise_number
    }

    /// The address lines (at most 2).
    ///
    /// ```
    /// # use bouwstenen::payment::PaymentRequest;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert!(request.creditor().address_lines().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address_lines(&self) -> &[String] {
        &self.address_lines
    }

    fn named(name: String) -> Self {
        Self {
            name,
            enterprise_number: None,
            address_lines: Vec::new(),
        }
    }

    fn validate(self, field: PaymentField) -> Result<Self, PaymentError> {
        let name = text_field(field, self.name, 70)?;
        if self.address_lines.len() > 2 {
            return Err(PaymentError::AddressLines);
        }
        let address_lines = self
            .address_lines
            .into_iter()
            .map(|line| text_field(PaymentField::AddressLine, line, 70))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            name,
            enterprise_number: self.enterprise_number,
            address_lines,
        })
    }
}

/// What the payer puts in the communication of the transfer: one of three kinds, never two.
///
/// ```
/// use bouwstenen::payment::Remittance;
/// let ogm = Remittance::StructuredCommunication("+++010/8068/17183+++".parse()?);
/// assert_eq!(ogm.to_string(), "+++010/8068/17183+++");
/// let text = Remittance::Text("GAS-boete dossier 2026/0042".to_owned());
/// assert_eq!(text.to_string(), "GAS-boete dossier 2026/0042");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "Remittance",
    description = "The communication of the transfer: a Belgian structured communication (12 digits), an ISO 11649 creditor reference, or free text of 1 to 140 characters; exactly one of them."
)]
pub enum Remittance {
    /// A Belgian structured communication (OGM/VCS); EPC line 10, as 12 digits.
    StructuredCommunication(StructuredCommunication),
    /// An ISO 11649 RF creditor reference; EPC line 10.
    CreditorReference(CreditorReference),
    /// Free text of 1 to 140 characters without control characters; EPC line 11.
    Text(#[schemars(length(min = 1, max = 140))] String),
}

impl fmt::Display for Remittance {
    /// The form to print for the payer: `+++010/8068/17183+++`, `RF18 5390 0754 7034` or the text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StructuredCommunication(ogm) => fmt::Display::fmt(ogm, f),
            Self::CreditorReference(rf) => fmt::Display::fmt(rf, f),
            Self::Text(text) => f.write_str(text),
        }
    }
}

/// A request to pay: the data of an EPC069-12 QR code and of a SEPA Request-to-Pay (pain.013)
/// request. Build one with [`PaymentRequest::builder`]; serde deserialisation validates the same
/// way, so a value of this type is always valid.
///
/// ```
/// use bouwstenen::payment::{PaymentRequest, Remittance};
/// use chrono::NaiveDate;
///
/// let request = PaymentRequest::builder("Gemeente Zonnebeke", "BE71 0961 2345 6769".parse()?)
///     .creditor_bic("GKCCBEBB".parse()?)
///     .amount("30".parse()?)
///     .purpose("GOVT".parse()?)
///     .remittance(Remittance::CreditorReference("RF18 5390 0754 7034".parse()?))
///     .due_date(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
///     .note("Retributie huisvuilzakken")
///     .link("https://zonnebeke.be/betalen/2026-0042".parse()?)
///     .build()?;
/// let json = serde_json::to_string(&request)?;
/// assert_eq!(serde_json::from_str::<PaymentRequest>(&json)?, request);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "PaymentRequest",
    extend("additionalProperties" = false),
    description = "A payment request: the data of an EPC069-12 QR code and of a SEPA Request-to-Pay (pain.013) request."
)]
pub struct PaymentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 35))]
    request_id: Option<String>,
    creditor: Party,
    pub(crate) creditor_iban: Iban,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) creditor_bic: Option<Bic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ultimate_creditor: Option<Party>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    debtor: Option<Party>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    due_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expiry_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    remittance: Option<Remittance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) purpose: Option<PurposeCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 70))]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    link: Option<Url>,
}

/// Builds a [`PaymentRequest`]; [`build`](Self::build) validates every field.
///
/// ```
/// use bouwstenen::payment::{PaymentField, PaymentRequest, Remittance};
/// use bouwstenen::PaymentError;
///
/// let err = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
///     .remittance(Remittance::Text("line 1\nline 2".to_owned()))
///     .build()
///     .unwrap_err();
/// assert_eq!(err, PaymentError::ControlCharacter { field: PaymentField::RemittanceText });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct PaymentRequestBuilder(PaymentRequest);

impl PaymentRequest {
    /// Starts a payment request to the creditor `name` (1 to 70 characters) on account `iban`.
    ///
    /// ```
    /// use bouwstenen::payment::PaymentRequest;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert_eq!(request.creditor_iban().as_str(), "BE68539007547034");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>, iban: Iban) -> PaymentRequestBuilder {
        PaymentRequestBuilder(Self {
            request_id: None,
            creditor: Party::named(name.into()),
            creditor_iban: iban,
            creditor_bic: None,
            ultimate_creditor: None,
            debtor: None,
            amount: None,
            due_date: None,
            expiry_date: None,
            remittance: None,
            purpose: None,
            note: None,
            link: None,
        })
    }

    /// The request id, for reconciliation and cancellation.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .request_id("AJ-2026-0042")
    ///     .build()?;
    /// assert_eq!(request.request_id(), Some("AJ-2026-0042"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The creditor (beneficiary).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .build()?;
    /// assert_eq!(request.creditor().name(), "Stad Gent");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor(&self) -> &Party {
        &self.creditor
    }

    /// The creditor's account.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .build()?;
    /// assert_eq!(request.creditor_iban().to_string(), "BE68 5390 0754 7034");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor_iban(&self) -> Iban {
        self.creditor_iban
    }

    /// The creditor's bank, if given.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .creditor_bic("GKCCBEBB".parse()?)
    ///     .build()?;
    /// assert_eq!(request.creditor_bic().map(|b| b.to_string()), Some("GKCCBEBB".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor_bic(&self) -> Option<Bic> {
        self.creditor_bic
    }

    /// The party on whose behalf the creditor collects, if given.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .ultimate_creditor("AGB Gent")
    ///     .build()?;
    /// assert_eq!(request.ultimate_creditor().map(|p| p.name()), Some("AGB Gent"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ultimate_creditor(&self) -> Option<&Party> {
        self.ultimate_creditor.as_ref()
    }

    /// The debtor (payer), if given.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .debtor("Jan Peeters")
    ///     .build()?;
    /// assert_eq!(request.debtor().map(|p| p.name()), Some("Jan Peeters"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn debtor(&self) -> Option<&Party> {
        self.debtor.as_ref()
    }

    /// The amount; without it the payer fills it in.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .amount("12.5".parse()?)
    ///     .build()?;
    /// assert_eq!(request.amount().map(|a| a.cents()), Some(1250));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn amount(&self) -> Option<Amount> {
        self.amount
    }

    /// The date by which to pay (requested execution date).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .due_date(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
    ///     .build()?;
    /// assert_eq!(request.due_date(), NaiveDate::from_ymd_opt(2026, 12, 31));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.due_date
    }

    /// The date after which the request lapses (mandatory in Request-to-Pay).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .expiry_date(NaiveDate::from_ymd_opt(2027, 1, 31).unwrap())
    ///     .build()?;
    /// assert_eq!(request.expiry_date(), NaiveDate::from_ymd_opt(2027, 1, 31));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expiry_date(&self) -> Option<NaiveDate> {
        self.expiry_date
    }

    /// The communication of the transfer.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .remittance(Remittance::StructuredCommunication("010806817183".parse()?))
    ///     .build()?;
    /// assert_eq!(request.remittance().map(|r| r.to_string()), Some("+++010/8068/17183+++".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remittance(&self) -> Option<&Remittance> {
        self.remittance.as_ref()
    }

    /// The ISO 20022 purpose code.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .purpose("TAXS".parse()?)
    ///     .build()?;
    /// assert_eq!(request.purpose().map(|p| p.to_string()), Some("TAXS".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn purpose(&self) -> Option<PurposeCode> {
        self.purpose
    }

    /// The note shown to the payer (EPC line 12), not sent with the payment.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .note("Betaal voor 31 december")
    ///     .build()?;
    /// assert_eq!(request.note(), Some("Betaal voor 31 december"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// A link to the assessment or invoice.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .link("https://gent.be/betalen/42".parse()?)
    ///     .build()?;
    /// assert_eq!(request.link().map(|l| l.as_str()), Some("https://gent.be/betalen/42"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn link(&self) -> Option<&Url> {
        self.link.as_ref()
    }

    /// The text to print next to the QR code: beneficiary, IBAN, amount and the communication
    /// in its visual form (`+++010/8068/17183+++`).
    ///
    /// ```
    /// use bouwstenen::payment::{PaymentRequest, Remittance};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .amount("125.5".parse()?)
    ///     .remittance(Remittance::StructuredCommunication("010806817183".parse()?))
    ///     .build()?;
    /// assert_eq!(
    ///     request.summary().to_string(),
    ///     "Beneficiary: Stad Gent\nIBAN: BE68 5390 0754 7034\nAmount: EUR 125.50\nCommunication: +++010/8068/17183+++"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summary(&self) -> PaymentSummary<'_> {
        PaymentSummary(self)
    }

    /// The request as an RFC 8905 `payto://iban/...` URI: `receiver-name`, `amount`,
    /// `sender-name` (the debtor), and the reference as `instruction` (which must reach the
    /// creditor unchanged) or free text as `message`.
    ///
    /// ```
    /// use bouwstenen::payment::{PaymentRequest, Remittance};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .creditor_bic("GKCCBEBB".parse()?)
    ///     .amount("125.5".parse()?)
    ///     .remittance(Remittance::StructuredCommunication("010806817183".parse()?))
    ///     .build()?;
    /// assert_eq!(
    ///     request.to_payto_uri(),
    ///     "payto://iban/GKCCBEBB/BE68539007547034?receiver-name=Stad%20Gent&amount=EUR%3A125.50&instruction=010806817183"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_payto_uri(&self) -> String {
        let mut uri = String::from("payto://iban/");
        if let Some(bic) = self.creditor_bic {
            uri.push_str(bic.as_str());
            uri.push('/');
        }
        uri.push_str(self.creditor_iban.as_str());
        let mut options: Vec<(&str, String)> = vec![("receiver-name", self.creditor.name.clone())];
        if let Some(amount) = self.amount {
            options.push(("amount", format!("EUR:{amount}")));
        }
        if let Some(debtor) = &self.debtor {
            options.push(("sender-name", debtor.name.clone()));
        }
        match &self.remittance {
            // A reference must reach the creditor unchanged: RFC 8905's `instruction`.
            Some(Remittance::StructuredCommunication(ogm)) => {
                options.push(("instruction", ogm.as_str().to_owned()));
            }
            Some(Remittance::CreditorReference(rf)) => {
                options.push(("instruction", rf.as_str().to_owned()));
            }
            Some(Remittance::Text(text)) => options.push(("message", text.clone())),
            None => {}
        }
        for (i, (name, value)) in options.iter().enumerate() {
            uri.push(if i == 0 { '?' } else { '&' });
            uri.push_str(name);
            uri.push('=');
            percent_encode(value, &mut uri);
        }
        uri
    }

    fn validate(self) -> Result<Self, PaymentError> {
        let request_id = optional_text(PaymentField::RequestId, self.request_id, 35)?;
        let creditor = self.creditor.validate(PaymentField::CreditorName)?;
        let ultimate_creditor = self
            .ultimate_creditor
            .map(|p| p.validate(PaymentField::UltimateCreditorName))
            .transpose()?;
        let debtor = self
            .debtor
            .map(|p| p.validate(PaymentField::DebtorName))
            .transpose()?;
        let remittance = match self.remittance {
            Some(Remittance::Text(text)) => Some(Remittance::Text(text_field(
                PaymentField::RemittanceText,
                text,
                140,
            )?)),
            other => other,
        };
        let note = optional_text(PaymentField::Note, self.note, 70)?;
        if let (Some(due), Some(expiry)) = (self.due_date, self.expiry_date) {
            if expiry < due {
                return Err(PaymentError::ExpiryBeforeDue);
            }
        }
        Ok(Self {
            request_id,
            creditor,
            ultimate_creditor,
            debtor,
            remittance,
            note,
            ..self
        })
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters (so a space is `%20`).
fn percent_encode(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
}

/// Trims a text field and checks that it is 1 to `max` characters without control characters.
pub(crate) fn text_field(
    field: PaymentField,
    text: String,
    max: usize,
) -> Result<String, PaymentError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(PaymentError::Empty { field });
    }
    if trimmed.chars().any(crate::text::is_forbidden) {
        return Err(PaymentError::ControlCharacter { field });
    }
    let found = trimmed.chars().count();
    if found > max {
        return Err(PaymentError::Length { field, max, found });
    }
    Ok(if trimmed.len() == text.len() {
        text
    } else {
        trimmed.to_owned()
    })
}

fn optional_text(
    field: PaymentField,
    text: Option<String>,
    max: usize,
) -> Result<Option<String>, PaymentError> {
    text.map(|t| text_field(field, t, max)).transpose()
}

impl PaymentRequestBuilder {
    /// Sets the request id (at most 35 characters), for reconciliation and cancellation.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .request_id("AJ-2026-0042")
    ///     .build()?;
    /// assert_eq!(request.request_id(), Some("AJ-2026-0042"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn request_id(mut self, id: impl Into<String>) -> Self {
        self.0.request_id = Some(id.into());
        self
    }

    /// Sets the creditor's BIC (required only for EPC version 001).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .creditor_bic("GKCCBEBB".parse()?)
    ///     .build()?;
    /// assert_eq!(request.creditor_bic().map(|b| b.to_string()), Some("GKCCBEBB".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor_bic(mut self, bic: Bic) -> Self {
        self.0.creditor_bic = Some(bic);
        self
    }

    /// Sets the creditor's enterprise number.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .creditor_enterprise_number("0207.451.227".parse()?)
    ///     .build()?;
    /// assert_eq!(request.creditor().enterprise_number().map(|n| n.to_string()), Some("0207.451.227".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor_enterprise_number(mut self, number: EnterpriseNumber) -> Self {
        self.0.creditor.enterprise_number = Some(number);
        self
    }

    /// Adds an address line to the creditor (at most 2 lines of 70 characters).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .creditor_address_line("Botermarkt 1, 9000 Gent")
    ///     .build()?;
    /// assert_eq!(request.creditor().address_lines(), ["Botermarkt 1, 9000 Gent"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creditor_address_line(mut self, line: impl Into<String>) -> Self {
        self.0.creditor.address_lines.push(line.into());
        self
    }

    /// Sets the party on whose behalf the creditor collects (1 to 70 characters).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .ultimate_creditor("AGB Gent")
    ///     .build()?;
    /// assert_eq!(request.ultimate_creditor().map(|p| p.name()), Some("AGB Gent"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ultimate_creditor(mut self, name: impl Into<String>) -> Self {
        self.0.ultimate_creditor = Some(Party::named(name.into()));
        self
    }

    /// Sets the debtor's name (1 to 70 characters).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .debtor("Jan Peeters")
    ///     .build()?;
    /// assert_eq!(request.debtor().map(|p| p.name()), Some("Jan Peeters"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn debtor(mut self, name: impl Into<String>) -> Self {
        self.0.debtor = Some(Party::named(name.into()));
        self
    }

    /// Sets the amount.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .amount("12.5".parse()?)
    ///     .build()?;
    /// assert_eq!(request.amount().map(|a| a.cents()), Some(1250));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn amount(mut self, amount: Amount) -> Self {
        self.0.amount = Some(amount);
        self
    }

    /// Sets the date by which to pay.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .due_date(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
    ///     .build()?;
    /// assert_eq!(request.due_date(), NaiveDate::from_ymd_opt(2026, 12, 31));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn due_date(mut self, date: NaiveDate) -> Self {
        self.0.due_date = Some(date);
        self
    }

    /// Sets the date after which the request lapses (not before the due date).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .expiry_date(NaiveDate::from_ymd_opt(2027, 1, 31).unwrap())
    ///     .build()?;
    /// assert_eq!(request.expiry_date(), NaiveDate::from_ymd_opt(2027, 1, 31));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expiry_date(mut self, date: NaiveDate) -> Self {
        self.0.expiry_date = Some(date);
        self
    }

    /// Sets the communication of the transfer.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .remittance(Remittance::StructuredCommunication("010806817183".parse()?))
    ///     .build()?;
    /// assert_eq!(request.remittance().map(|r| r.to_string()), Some("+++010/8068/17183+++".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remittance(mut self, remittance: Remittance) -> Self {
        self.0.remittance = Some(remittance);
        self
    }

    /// Sets the ISO 20022 purpose code.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .purpose("TAXS".parse()?)
    ///     .build()?;
    /// assert_eq!(request.purpose().map(|p| p.to_string()), Some("TAXS".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn purpose(mut self, purpose: PurposeCode) -> Self {
        self.0.purpose = Some(purpose);
        self
    }

    /// Sets the note shown to the payer (1 to 70 characters).
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .note("Betaal voor 31 december")
    ///     .build()?;
    /// assert_eq!(request.note(), Some("Betaal voor 31 december"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.0.note = Some(note.into());
        self
    }

    /// Sets the link to the assessment or invoice.
    ///
    /// ```
    /// # use bouwstenen::payment::{PaymentRequest, Remittance};
    /// # use chrono::NaiveDate;
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?)
    ///     .link("https://gent.be/betalen/42".parse()?)
    ///     .build()?;
    /// assert_eq!(request.link().map(|l| l.as_str()), Some("https://gent.be/betalen/42"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn link(mut self, link: Url) -> Self {
        self.0.link = Some(link);
        self
    }

    /// Validates every field and returns the request.
    ///
    /// ```
    /// use bouwstenen::payment::{PaymentField, PaymentRequest};
    /// use bouwstenen::PaymentError;
    /// let long = "x".repeat(71);
    /// let err = PaymentRequest::builder(long, "BE68539007547034".parse()?).build().unwrap_err();
    /// assert_eq!(err, PaymentError::Length { field: PaymentField::CreditorName, max: 70, found: 71 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<PaymentRequest, PaymentError> {
        self.0.validate()
    }
}

impl<'de> serde::Deserialize<'de> for PaymentRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        struct Fields {
            #[serde(default)]
            request_id: Option<String>,
            creditor: PartyFields,
            creditor_iban: Iban,
            #[serde(default)]
            creditor_bic: Option<Bic>,
            #[serde(default)]
            ultimate_creditor: Option<PartyFields>,
            #[serde(default)]
            debtor: Option<PartyFields>,
            #[serde(default)]
            amount: Option<Amount>,
            #[serde(default)]
            due_date: Option<NaiveDate>,
            #[serde(default)]
            expiry_date: Option<NaiveDate>,
            #[serde(default)]
            remittance: Option<RemittanceFields>,
            #[serde(default)]
            purpose: Option<PurposeCode>,
            #[serde(default)]
            note: Option<String>,
            #[serde(default)]
            link: Option<Url>,
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        struct PartyFields {
            name: String,
            #[serde(default)]
            enterprise_number: Option<EnterpriseNumber>,
            #[serde(default)]
            address_lines: Vec<String>,
        }
        impl From<PartyFields> for Party {
            fn from(p: PartyFields) -> Party {
                Party {
                    name: p.name,
                    enterprise_number: p.enterprise_number,
                    address_lines: p.address_lines,
                }
            }
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        enum RemittanceFields {
            StructuredCommunication(StructuredCommunication),
            CreditorReference(CreditorReference),
            Text(String),
        }
        impl From<RemittanceFields> for Remittance {
            fn from(r: RemittanceFields) -> Remittance {
                match r {
                    RemittanceFields::StructuredCommunication(o) => {
                        Remittance::StructuredCommunication(o)
                    }
                    RemittanceFields::CreditorReference(c) => Remittance::CreditorReference(c),
                    RemittanceFields::Text(t) => Remittance::Text(t),
                }
            }
        }
        let f = Fields::deserialize(deserializer)?;
        PaymentRequest {
            request_id: f.request_id,
            creditor: f.creditor.into(),
            creditor_iban: f.creditor_iban,
            creditor_bic: f.creditor_bic,
            ultimate_creditor: f.ultimate_creditor.map(Into::into),
            debtor: f.debtor.map(Into::into),
            amount: f.amount,
            due_date: f.due_date,
            expiry_date: f.expiry_date,
            remittance: f.remittance.map(Into::into),
            purpose: f.purpose,
            note: f.note,
            link: f.link,
        }
        .validate()
        .map_err(serde::de::Error::custom)
    }
}

/// The text to print next to an EPC QR code, from [`PaymentRequest::summary`]. Its `Display`
/// gives English labels; use the accessors of the request to print your own.
///
/// ```
/// # use bouwstenen::payment::PaymentRequest;
/// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
/// assert!(request.summary().to_string().starts_with("Beneficiary: Stad Gent"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PaymentSummary<'a>(&'a PaymentRequest);

impl fmt::Display for PaymentSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.0;
        write!(
            f,
            "Beneficiary: {}\nIBAN: {}",
            r.creditor.name, r.creditor_iban
        )?;
        if let Some(bic) = r.creditor_bic {
            write!(f, "\nBIC: {bic}")?;
        }
        if let Some(amount) = r.amount {
            write!(f, "\nAmount: EUR {amount}")?;
        }
        if let Some(remittance) = &r.remittance {
            write!(f, "\nCommunication: {remittance}")?;
        }
        if let Some(due) = r.due_date {
            write!(f, "\nDue date: {due}")?;
        }
        Ok(())
    }
}
