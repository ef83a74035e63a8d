//! Which DPV 2.3 terms exist, from the tables that `scripts/gen_consent_terms.py` generates
//! from the DPV's published term lists (`terms_data.rs`).

use crate::consent::terms_data as data;

fn has(list: &[&str], term: &str) -> bool {
    list.binary_search(&term).is_ok()
}

/// A DPV purpose (`dpv:Marketing`, `sector-publicservices:…`).
pub(crate) fn is_purpose(term: &str) -> bool {
    has(data::PURPOSES, term)
}

/// A DPV processing operation (`dpv:Collect`).
pub(crate) fn is_processing(term: &str) -> bool {
    has(data::PROCESSING, term)
}

/// A personal data category (`pd:EmailAddress`).
pub(crate) fn is_personal_data(term: &str) -> bool {
    has(data::PERSONAL_DATA, term)
}

/// A special category of personal data (GDPR art. 9).
pub(crate) fn is_special_personal_data(term: &str) -> bool {
    has(data::SPECIAL_PERSONAL_DATA, term)
}

/// A legal basis of DPV or its GDPR extension.
pub(crate) fn is_legal_basis(term: &str) -> bool {
    has(data::LEGAL_BASES, term)
}

/// A legal basis that is consent.
pub(crate) fn is_consent_basis(term: &str) -> bool {
    has(data::CONSENT_LEGAL_BASES, term)
}

/// A legal basis that is explicit consent.
pub(crate) fn is_explicit_consent_basis(term: &str) -> bool {
    has(data::EXPLICIT_CONSENT_LEGAL_BASES, term)
}

/// A right of the GDPR extension (`eu-gdpr:A7-3`).
pub(crate) fn is_right(term: &str) -> bool {
    has(data::RIGHTS, term)
}

/// A data-subject category (`dpv:Citizen`, `dpv:Child`).
pub(crate) fn is_data_subject(term: &str) -> bool {
    has(data::DATA_SUBJECTS, term)
}
