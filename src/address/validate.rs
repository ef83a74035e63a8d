//! Validation of an address against the municipality register.

use crate::NisCode;
use crate::address::{Address, LocalityMatch, Municipality};
use crate::error::error_enum;

/// How serious a [`Finding`] is.
///
/// ```
/// use bouwstenen::address::{Finding, Severity};
/// assert_eq!(Finding::PostcodeUnknown.severity(), Severity::Error);
/// assert_eq!(Severity::Warning.as_str(), "warning");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(
    rename = "Severity",
    title = "Severity",
    description = "How serious a finding is: error (the address cannot be delivered or does not exist as written) or warning."
)]
#[non_exhaustive]
pub enum Severity {
    /// The address cannot be delivered or does not exist as written.
    Error,
    /// The address is usable, but not in the form the register or bpost asks for.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::Severity::Error.as_str(), "error");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

error_enum! {
    /// Something [`Address::validate`] found, with a stable code to translate and a
    /// [`severity`](Finding::severity).
    ///
    /// ```
    /// use bouwstenen::address::{Finding, Severity};
    /// let finding = Finding::PostcodeMunicipality;
    /// assert_eq!(finding.code(), "address.postcode_municipality");
    /// assert_eq!(finding.severity(), Severity::Error);
    /// assert_eq!(finding.to_string(), "the postcode does not belong to the municipality");
    /// ```
    pub enum Finding in address {
        /// A Belgian address without a postcode.
        #[error("the postcode is missing")]
        PostcodeMissing = "address.postcode_missing",
        /// A postcode that serves no municipality and is not one of bpost's special codes.
        #[error("the postcode is not in use")]
        PostcodeUnknown = "address.postcode_unknown",
        /// One of bpost's special postcodes (an organisation, a sorting centre, Sinterklaas).
        #[error("the postcode is a special code of bpost for an organisation")]
        PostcodeSpecial = "address.postcode_special",
        /// The postcode does not serve the municipality the name stands for. The name may be a
        /// sub-municipality or a former municipality; the check is made at the level of the 2025
        /// municipality (`9000 Zwijnaarde` passes: 9000 serves Gent, of which Zwijnaarde is part).
        #[error("the postcode does not belong to the municipality")]
        PostcodeMunicipality = "address.postcode_municipality",
        /// An address without a municipality name.
        #[error("the municipality name is missing")]
        MunicipalityMissing = "address.municipality_missing",
        /// A municipality name the register does not know in any language.
        #[error("the municipality name is not known")]
        MunicipalityUnknown = "address.municipality_unknown",
        /// A street address without a house number.
        #[error("the house number is missing")]
        HouseNumberMissing = "address.house_number_missing",
        /// A house number the Flemish register does not accept (a range, `bis`, a suffix letter
        /// I, J, O, Q or U, more than 10 characters).
        #[error("the house number is not in the register's form")]
        HouseNumberForm = "address.house_number_form",
        /// A box number the Flemish register does not accept (`0`, a `-`, two separators in a
        /// row, the word `bus`).
        #[error("the box number is not in the register's form")]
        BoxNumberForm = "address.box_number_form",
    }
}

impl Finding {
    /// How serious the finding is.
    ///
    /// ```
    /// use bouwstenen::address::{Finding, Severity};
    /// assert_eq!(Finding::HouseNumberForm.severity(), Severity::Warning);
    /// ```
    pub const fn severity(&self) -> Severity {
        match self {
            Finding::PostcodeMissing | Finding::PostcodeUnknown | Finding::PostcodeMunicipality => {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }
}

impl serde::Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("Finding", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

impl schemars::JsonSchema for Finding {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Finding".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Finding".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let severity = generator.subschema_for::<Severity>();
        schemars::json_schema!({
            "title": "Finding",
            "description": "Something the validation of an address found: a stable code, its severity and an English message.",
            "type": "object",
            "properties": {
                "code": { "type": "string", "enum": Finding::CODES },
                "severity": severity,
                "message": { "type": "string" },
            },
            "required": ["code", "severity", "message"],
            "additionalProperties": false,
        })
    }
}

/// The result of [`Address::validate`]: the findings, and the REFNIS code of the 2025
/// municipality when it can be determined.
///
/// ```
/// use bouwstenen::address::Address;
///
/// let address: Address = "Kortrijksesteenweg 1085 bus 2, 9051 Sint-Denijs-Westrem".parse()?;
/// let validation = address.validate();
/// assert!(validation.is_valid());
/// assert_eq!(validation.nis_code().map(|c| c.to_string()).as_deref(), Some("44021"));
/// assert_eq!(validation.municipality().and_then(|m| m.name(bouwstenen::Language::Nl)), Some("Gent"));
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "Validation",
    title = "Address validation",
    description = "The result of validating an address against the municipality register: whether no finding is an error, the REFNIS code of the municipality when it is determined, and the findings."
)]
pub struct Validation {
    valid: bool,
    nis_code: Option<NisCode>,
    findings: Vec<Finding>,
}

impl Validation {
    /// Whether no finding is an [`Severity::Error`].
    ///
    /// ```
    /// let address: bouwstenen::address::Address = "Meir 78, 9000 Antwerpen".parse()?;
    /// assert!(!address.validate().is_valid());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_valid(&self) -> bool {
        self.valid
    }

    /// The REFNIS code of the municipality (on 2025-01-01) the address lies in, when the
    /// postcode and name determine one.
    ///
    /// ```
    /// let address: bouwstenen::address::Address = "Grote Markt 1, 3945 Ham".parse()?;
    /// assert_eq!(address.validate().nis_code().map(|c| c.to_string()).as_deref(), Some("71071"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn nis_code(&self) -> Option<NisCode> {
        self.nis_code
    }

    /// The municipality of [`nis_code`](Validation::nis_code).
    ///
    /// ```
    /// let address: bouwstenen::address::Address = "Meir 78, 2000 Antwerpen".parse()?;
    /// let municipality = address.validate().municipality().unwrap();
    /// assert_eq!(municipality.name(bouwstenen::Language::Fr), Some("Anvers"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn municipality(&self) -> Option<&'static Municipality> {
        self.nis_code.as_ref().and_then(NisCode::municipality)
    }

    /// Every finding, errors first.
    ///
    /// ```
    /// use bouwstenen::address::{Address, Finding};
    /// let address: Address = "Bredabaan 12-14, 2930 Brasschaat".parse()?;
    /// assert_eq!(address.validate().findings(), [Finding::HouseNumberForm]);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }
}

/// The readings of a written municipality name: the name itself and, for a bilingual label
/// (`Bruxelles - Brussel`, `Ixelles/Elsene`), each half.
fn readings(name: &str) -> Vec<&str> {
    let mut readings = vec![name.trim()];
    if name.contains(" - ") || name.contains('/') {
        readings.extend(name.split(" - ").flat_map(|h| h.split('/')).map(str::trim));
    }
    readings
}

/// The distinct municipalities of some lookup results.
fn distinct(matches: impl IntoIterator<Item = LocalityMatch>) -> Vec<&'static Municipality> {
    let mut found: Vec<&'static Municipality> = Vec::new();
    for m in matches {
        if !found
            .iter()
            .any(|known| known.code() == m.municipality.code())
        {
            found.push(m.municipality);
        }
    }
    found
}

/// The REFNIS code of the only municipality in `list`.
fn only(list: &[&'static Municipality]) -> Option<NisCode> {
    match list {
        [one] => Some(one.code()),
        _ => None,
    }
}

impl Address {
    /// Checks the address against the municipality register (valid from 2025-01-01) and
    /// bpost's rules, and determines the REFNIS code of its municipality.
    ///
    /// - The postcode must exist: serve a municipality, or be one of bpost's special codes
    ///   (a warning).
    /// - The postcode and the municipality name must belong together. The name may be the
    ///   municipality's in any official language, an exonym (`Anvers`), a sub-municipality
    ///   (`Zwijnaarde` for Gent), or a municipality merged into another (`Meulebeke` → Tielt),
    ///   as bpost accepts them; postcodes and municipalities are many to many (1050 serves
    ///   Brussel and Elsene). [`Validation::municipality`] gives the municipality of today.
    /// - The house and box numbers should be in the form the Flemish register accepts
    ///   (warnings).
    ///
    /// Foreign addresses are not checked; an address without a street or PO box is checked as
    /// its full text reads. The REFNIS code is known when the name and postcode
    /// agree on one municipality, or when only one of them is given and it points to one; when
    /// they disagree, the name decides.
    ///
    /// ```
    /// use bouwstenen::address::{Address, Finding};
    ///
    /// let ok: Address = "Kerkstraat 12, 9052 Zwijnaarde".parse()?;
    /// assert!(ok.validate().is_valid());
    ///
    /// let wrong: Address = "Meir 78, 9000 Antwerpen".parse()?;
    /// let validation = wrong.validate();
    /// assert_eq!(validation.findings(), [Finding::PostcodeMunicipality]);
    /// assert_eq!(validation.nis_code().map(|c| c.to_string()).as_deref(), Some("11002"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn validate(&self) -> Validation {
        // An address known only by its full text (a foreign-style record, or some register
        // list items) is checked as that text reads.
        if self.street().is_none() && self.po_box().is_none() {
            let parsed = self
                .full_address()
                .and_then(|text| Address::parse(text).ok())
                .filter(|parsed| parsed.street().is_some() || parsed.po_box().is_some());
            if let Some(parsed) = parsed {
                return parsed.validate();
            }
        }
        let mut findings = Vec::new();
        let mut nis_code = None;
        if self.is_belgian() {
            nis_code = self.check_locality(&mut findings);
            self.check_numbers(&mut findings);
        }
        findings.sort_by_key(Finding::severity);
        Validation {
            valid: findings.iter().all(|f| f.severity() != Severity::Error),
            nis_code,
            findings,
        }
    }

    /// The postcode and municipality checks; returns the REFNIS code when it is determined.
    fn check_locality(&self, findings: &mut Vec<Finding>) -> Option<NisCode> {
        let served: Vec<&'static Municipality> = match self.postcode() {
            None => {
                findings.push(Finding::PostcodeMissing);
                Vec::new()
            }
            Some(postcode) => {
                let served: Vec<_> = postcode.municipalities().collect();
                if postcode.special().is_some() {
                    findings.push(Finding::PostcodeSpecial);
                } else if served.is_empty() {
                    findings.push(Finding::PostcodeUnknown);
                }
                served
            }
        };
        let Some(name) = self.municipality() else {
            findings.push(Finding::MunicipalityMissing);
            return only(&served);
        };
        let names = readings(name);
        // A reading that fits the postcode decides (it may be a partial one, such as
        // Beveren-Waas for Beveren).
        if let Some(postcode) = self.postcode().filter(|_| !served.is_empty()) {
            let agreeing = distinct(names.iter().flat_map(|n| postcode.lookup(n)));
            if !agreeing.is_empty() {
                return only(&agreeing);
            }
        }
        // Otherwise only a whole name counts: `Louvain-la-Neuve` must not become Leuven.
        let named = distinct(
            names
                .iter()
                .flat_map(|n| Municipality::lookup(n))
                .filter(|m| !m.partial),
        );
        if named.is_empty() {
            findings.push(Finding::MunicipalityUnknown);
            return only(&served);
        }
        if !served.is_empty() {
            findings.push(Finding::PostcodeMunicipality);
        }
        only(&named)
    }

    /// The house and box number checks.
    fn check_numbers(&self, findings: &mut Vec<Finding>) {
        if self.street().is_some() && self.house_number().is_none() {
            findings.push(Finding::HouseNumberMissing);
        }
        if self.house_number().is_some_and(|n| !n.is_register_form()) {
            findings.push(Finding::HouseNumberForm);
        }
        if self.box_number().is_some_and(|b| !b.is_register_form()) {
            findings.push(Finding::BoxNumberForm);
        }
    }
}
