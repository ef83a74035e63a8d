//! Decision records of local governments: OSLO/LBLOD *Besluit publicatie*.
//!
//! # Code lists
//!
//! Decisions, governing bodies and mandates refer to concepts of SKOS code lists, and each code
//! list is an enum here: [`BesluitType`] (decision types), [`DocumentType`],
//! [`BestuursorgaanClassificatie`] (governing bodies), [`BestuurseenheidClassificatie`]
//! (administrative units), [`Bestuursfunctie`] (functions of mandates), [`MandatarisStatus`],
//! [`FunctionarisStatus`] and [`AgendapuntType`]. They are generated from the Turtle files of
//! OSLO/LBLOD "lokale besluiten" by `scripts/gen_decision_codes.py`; only [`AgendapuntType`],
//! which no published code list holds, is written by hand. A concept is read and written as its
//! IRI, exactly as the code list writes it (`http` for the LBLOD lists, `https` for
//! [`BesluitType`] and [`DocumentType`]); its label is for people. Deprecated concepts are kept
//! so that older data can still be read.
//!
//! ```
//! use bouwstenen::decision::{BestuursorgaanClassificatie, DecisionError};
//!
//! let iri = "http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/5ab0e9b8a3b2ca7c5e000005";
//! let organ: BestuursorgaanClassificatie = iri.parse()?;
//! assert_eq!(organ, BestuursorgaanClassificatie::Gemeenteraad);
//! assert_eq!(organ.label(), "Gemeenteraad");
//! assert_eq!(organ.to_string(), iri);
//!
//! let https = iri.replace("http:", "https:");
//! assert_eq!(https.parse::<BestuursorgaanClassificatie>(), Err(DecisionError::Code));
//! # Ok::<(), DecisionError>(())
//! ```

mod codes;
#[rustfmt::skip]
mod codes_data;

pub use codes::AgendapuntType;
pub use codes_data::{
    BesluitType, BestuurseenheidClassificatie, Bestuursfunctie, BestuursorgaanClassificatie,
    DocumentType, FunctionarisStatus, MandatarisStatus,
};

use crate::error::error_enum;

error_enum! {
    /// Why decision data is not valid.
    ///
    /// ```
    /// use bouwstenen::decision::{BesluitType, DecisionError};
    ///
    /// let err = "Belastingreglement".parse::<BesluitType>().unwrap_err();
    /// assert_eq!(err, DecisionError::Code);
    /// assert_eq!(err.code(), "decision.code.unknown");
    /// assert_eq!(err.to_string(), "not a concept of the code list");
    /// ```
    pub enum DecisionError in decision {
        /// Not a concept of the code list: code-list values are concept IRIs, exactly as the
        /// code list writes them.
        #[error("not a concept of the code list")]
        Code = "decision.code.unknown",
    }
}
