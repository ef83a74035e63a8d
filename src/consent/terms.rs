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

/// A location of DPV's `loc` extension that the tables carry (`loc:BE`, `loc:EU`, …).
pub(crate) fn is_location(term: &str) -> bool {
    has(data::LOCATIONS, term)
}

/// A law of DPV's legal extensions (`legal-eu:law-GDPR`, …).
pub(crate) fn is_law(term: &str) -> bool {
    has(data::LAWS, term)
}

/// The commit of `github.com/w3c/dpv` the tables were generated from (DPV 2.3).
pub(crate) const DPV_COMMIT: &str = data::DPV_COMMIT;

/// The namespaces of the prefixes the tables use, and of `dpv-27560`.
const NAMESPACES: [(&str, &str); 8] = [
    ("dpv", "https://w3id.org/dpv#"),
    ("pd", "https://w3id.org/dpv/pd#"),
    ("loc", "https://w3id.org/dpv/loc#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("legal-eu", "https://w3id.org/dpv/legal/eu#"),
    ("legal-be", "https://w3id.org/dpv/legal/be#"),
    (
        "sector-publicservices",
        "https://w3id.org/dpv/sector/publicservices#",
    ),
    ("dpv-27560", "https://w3id.org/dpv/schema/dpv-27560#"),
];

/// The IRI of a DPV CURIE (`dpv:Marketing` → `https://w3id.org/dpv#Marketing`), or `None` when
/// its prefix is not one of DPV's.
pub(crate) fn iri(curie: &str) -> Option<String> {
    let (prefix, local) = curie.split_once(':')?;
    NAMESPACES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, namespace)| format!("{namespace}{local}"))
}
