//! # bouwstenen
//!
//! Typed, validated, standards-aligned data for Flemish and Belgian local governments.
//!
//! Software vendors that serve municipalities all handle the same data: national numbers,
//! enterprise numbers, payment references, addresses, decisions, consent. `bouwstenen`
//! ("building blocks") gives each of them a Rust type that can only hold a valid value, prints
//! the official form, serialises to the form the government's own systems accept, and publishes
//! a JSON Schema that a municipality can put in a tender. Two vendors that use the crate speak
//! the same standards, byte for byte.
//!
//! This release has four components: [Belgian identifiers](identifiers),
//! [payment requests](payment) with the EPC QR codes that Belgian bank apps scan,
//! [addresses](address) with the municipality register and the Belgian coordinate systems, and
//! [decision records](decision) published as LBLOD's JSON-LD and RDFa. Consent records follow.
//!
//! # Getting started
//!
//! ```toml
//! [dependencies]
//! bouwstenen = "0.1"
//! ```
//!
//! Parse what people type, keep the compact form, show the official one:
//!
//! ```
//! use bouwstenen::{EnterpriseNumber, Iban, StructuredCommunication};
//!
//! let kbo: EnterpriseNumber = " be 0403-019-261 ".parse()?;
//! assert_eq!(kbo.as_str(), "0403019261"); // what you store and exchange
//! assert_eq!(kbo.to_string(), "0403.019.261"); // what you show
//!
//! let iban: Iban = "BE68 5390 0754 7034".parse()?;
//! let ogm = StructuredCommunication::from_base(2026_000_123)?;
//! println!("pay to {iban} with reference {ogm}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A value of one of these types is proof that the text was valid: there is no way to build one
//! without going through the parser, and the parser never panics, whatever the input.
//!
//! # National numbers
//!
//! An [`Insz`] is a national register number (RRN) or a BIS number. The check digits tell the
//! century; the birth date and sex are *derivations*, returned as `Option`s because a number may
//! encode an unknown date, and treated as hints because a person can get a new number.
//! Validation depends on today's date (no birth dates in the future), so it can be given
//! explicitly:
//!
//! ```
//! use bouwstenen::{Insz, InszKind, Sex};
//! use chrono::NaiveDate;
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
//! let insz = Insz::parse_at("85.07.30-033.28", today)?;
//! assert_eq!(insz.kind(), InszKind::Rrn);
//! assert_eq!(insz.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
//! assert_eq!(insz.sex_at_issuance(), Some(Sex::Male));
//!
//! // Debug output never shows the number:
//! assert_eq!(format!("{insz:?}"), r#"Insz("*********28")"#);
//! # Ok::<(), bouwstenen::InszError>(())
//! ```
//!
//! # Errors you can translate
//!
//! Each type has its own error enum. Every error has a stable machine code to translate for
//! your users, and a lower-case English message for your logs; neither contains the rejected
//! value. The [`error`] module lists all codes.
//!
//! ```
//! use bouwstenen::{StructuredCommunication, StructuredCommunicationError};
//!
//! match "+++123/4567/89003+++".parse::<StructuredCommunication>() {
//!     Err(StructuredCommunicationError::Checksum) => {}
//!     other => panic!("unexpected {other:?}"),
//! }
//! let err = "+++123/4567/89003+++".parse::<StructuredCommunication>().unwrap_err();
//! assert_eq!(err.code(), "ogm.checksum");
//! ```
//!
//! # Strict and lenient
//!
//! Parsing is strict by default: it follows the standards and rejects what they do not allow,
//! even where popular validators are more forgiving (serial 000, 29 February 1900, IBAN check
//! digits 99 …). For legacy data, [`ParseOptions::lenient`] also accepts whatever python-stdnum
//! 2.2 accepts:
//!
//! ```
//! use bouwstenen::{EnterpriseNumber, ParseOptions};
//!
//! assert!("403019261".parse::<EnterpriseNumber>().is_err());
//! let kbo = EnterpriseNumber::parse_with("403019261", &ParseOptions::lenient())?;
//! assert_eq!(kbo.as_str(), "0403019261");
//! # Ok::<(), bouwstenen::EnterpriseNumberError>(())
//! ```
//!
//! # serde and JSON Schema
//!
//! Every type serialises as its compact form and deserialises whatever `FromStr` accepts, so
//! serde and the text form can never disagree. The [`schema`] module gives the JSON Schema of
//! every public type; the `schemas/` folder of the repository holds them as files.
//!
//! ```
//! use bouwstenen::VatNumber;
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Supplier {
//!     vat: VatNumber,
//! }
//!
//! let supplier: Supplier = serde_json::from_str(r#"{"vat": "BE 0403.019.261"}"#)?;
//! assert_eq!(serde_json::to_string(&supplier)?, r#"{"vat":"BE0403019261"}"#);
//! assert!(serde_json::from_str::<Supplier>(r#"{"vat": "BE0403019262"}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Payment requests
//!
//! A [`PaymentRequest`] becomes the EPC QR code that citizens scan with their bank app, with the
//! Belgian structured communication where Belgian banks read it (see [`payment`]):
//!
//! ```
//! use bouwstenen::payment::{EpcOptions, PaymentRequest, Remittance};
//!
//! let request = PaymentRequest::builder("Stad Gent", "BE68 5390 0754 7034".parse()?)
//!     .amount("125.50".parse()?)
//!     .remittance(Remittance::StructuredCommunication("+++010/8068/17183+++".parse()?))
//!     .build()?;
//! let payload = request.to_epc(&EpcOptions::default())?;
//! let svg = payload.to_qr()?.to_svg(); // feature `qr`
//! assert!(svg.starts_with("<svg"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Addresses
//!
//! An [`Address`] is OSLO's *Adresvoorstelling*. [`Address::parse`] reads what people type,
//! [`Address::validate`] checks it against the 2025 municipality register, and it prints as the
//! Flemish register or bpost writes it (see [`address`]):
//!
//! ```
//! use bouwstenen::{Address, Language};
//!
//! let address: Address = "Korenmarkt 1\n9000 GENT".parse()?;
//! let validation = address.validate();
//! assert_eq!(validation.nis_code().map(|c| c.to_string()).as_deref(), Some("44021"));
//! assert_eq!(address.one_line(Language::Fr), "Korenmarkt 1, 9000 GENT");
//! # Ok::<(), bouwstenen::AddressError>(())
//! ```
//!
//! # Decisions
//!
//! A [`decision::Zitting`] is a meeting with its agenda, treatments, votes and decisions. Built
//! through [`decision::SessionBuilder`], it is checked against the LBLOD profile and the
//! invariants a reader expects, and written as the JSON-LD and RDFa that LBLOD harvests:
//!
//! ```
//! use bouwstenen::decision::{DocumentKind, RenderOptions, Zitting};
//!
//! let zitting = Zitting::example();
//! let html = zitting.to_rdfa(DocumentKind::Besluitenlijst, &RenderOptions::default())?;
//! assert!(html.contains(r#"typeof="besluit:Zitting""#));
//! # Ok::<(), bouwstenen::decision::DecisionError>(())
//! ```
//!
//! # Consent records
//!
//! A [`consent::ConsentRecord`] proves a citizen's consent under the GDPR: the notice versions
//! the citizen saw (by digest), and an append-only, hash-chained list of events (given,
//! withdrawn, …) from which the state of each purpose at any instant follows. Reading a record
//! verifies its chain and every rule, so a record from another vendor is checked before use:
//!
//! ```
//! use bouwstenen::consent::{ConsentRecord, ConsentStatus};
//!
//! let record = ConsentRecord::example();
//! let back = ConsentRecord::from_json(&record.to_json())?; // verifies the chain
//! let state = back.state_at(&"nieuwsbrief-wegenwerken".parse()?, &"2026-03-01T00:00:00Z".parse()?)?;
//! assert_eq!(state.status, ConsentStatus::Given);
//! assert!(state.valid_for_processing);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Crate features
//!
//! | feature | default | what it does |
//! |---|---|---|
//! | `qr` | yes | Renders EPC payloads as QR codes in SVG and PNG ([`payment::EpcQr`]), with the `qrcode` and `png` crates. |
//! | `jws` | no | Signs and verifies consent checkpoints and receipts as compact JWS with Ed25519 (`consent::Ed25519Signer`), with the `ed25519-dalek` and `base64` crates. |
//! | `clock` | yes | `FromStr` and serde check INSZ birth dates against the system clock. Without it, and on `wasm32-unknown-unknown` (which has no clock without JavaScript glue), only [`Insz::parse_at`] and [`ParseOptions::with_today`] check for future dates. |
//!
//! # Command line
//!
//! The `bouwstenen` command line tool (package `bouwstenen-cli`) validates identifiers in bulk
//! (`bouwstenen check insz < numbers.txt`, one JSON line per value), makes EPC QR codes
//! (`bouwstenen epc`), parses, validates and formats addresses (`bouwstenen address parse`,
//! `bouwstenen address format --lang fr`), converts coordinates like PROJ's `cs2cs`
//! (`bouwstenen coord --from EPSG:4326 --to EPSG:31370`), validates and renders meetings for
//! LBLOD (`bouwstenen decision validate`, `bouwstenen decision render --format rdfa --document
//! besluitenlijst`), verifies consent records and tells the state of a purpose
//! (`bouwstenen consent verify record.json`, `bouwstenen consent state record.json --purpose
//! nieuwsbrief --at 2026-06-02T00:00:00Z`) and writes the JSON Schemas
//! (`bouwstenen schema --out schemas`).
//!
//! # Standards
//!
//! | component | standards followed |
//! |---|---|
//! | [payment] | EPC069-12 v3.1 (EPC QR), SEPA Request-to-Pay (pain.013) data set, ISO/IEC 18004 QR codes at level M, RFC 8905 `payto://` |
//! | [address] | OSLO Adres (Adresvoorstelling), the Flemish address register's API v2/v3 and `VolledigAdres`, bpost's addressing rules (KB 24 Apr 2014 art. 34), Statbel REFNIS 2025, EPSG:4326/31370/3812 with EPSG:15929, GML 3.2 and GeoSPARQL WKT |
//! | [consent] | ISO/IEC TS 27560:2023 (as documented by the W3C DPVCG guide), W3C Data Privacy Vocabulary 2.3 and its GDPR extension, GDPR art. 6–9 and EDPB guidelines 05/2020, RFC 8785 (JCS), FIPS 180-4 (SHA-256), RFC 7515/8037 (JWS with Ed25519), Kantara Consent Receipt v1.1, OSLO Toestemming |
//! | [decision] | OSLO Besluit publicatie (application profile of 2025-12-11) and its code lists, LBLOD's validation shapes (lib-decision-shapes), RDFa 1.1, JSON-LD 1.1 |
//! | [identifiers] | KB 8 Feb 1991 and KB 3 Apr 1984 (INSZ, RRN, BIS), KB 24 Jun 2003 (KBO/BCE), Febelfin (OGM/VCS, Belgian BBAN), ISO 11649, ISO 13616, ISO 9362, Statbel REFNIS, Flemish organisation register (OVO) |

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]
#![warn(missing_debug_implementations)]

/// The README's examples, run as doctests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod address;
mod check;
pub mod consent;
pub mod decision;
pub mod error;
pub mod identifiers;
mod language;
pub mod payment;
pub mod schema;
mod text;

pub use address::{Address, AddressError, PositionError};
pub use error::ErrorCode;
pub use identifiers::{
    Bic, BicError, CreditorReference, CreditorReferenceError, EidCardNumber, EidCardNumberError,
    EnterpriseNumber, EnterpriseNumberError, EstablishmentUnitNumber, EstablishmentUnitNumberError,
    Iban, IbanError, Identifier, Insz, InszError, InszKind, NisCode, NisCodeError, NisLevel,
    OvoCode, OvoCodeError, ParseOptions, Sex, StructuredCommunication,
    StructuredCommunicationError, VatNumber, VatNumberError,
};
pub use language::{Language, LanguageError};
pub use payment::{Amount, PaymentError, PaymentRequest};
