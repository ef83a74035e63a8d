//! The crate's error model.
//!
//! Every component has its own error enum (for identifiers, one per type: [`InszError`],
//! [`EnterpriseNumberError`] …). All of them follow the same rules:
//!
//! - they are `#[non_exhaustive]`, so new checks can be added without breaking your `match`;
//! - their messages are lower-case English without trailing punctuation, meant for logs and
//!   developers, and never repeat the value that was rejected (a national number must not end up
//!   in a log through an error message);
//! - each value has a **stable machine code** from [`ErrorCode::code`] (also an inherent `code()`
//!   method), a dotted string such as `insz.checksum` that you can translate into Dutch, French or
//!   German for your users. Codes are never renamed or reused; new ones may be added.
//!
//! ```
//! use bouwstenen::{ErrorCode, Insz, InszError};
//!
//! let err = "85.07.30-033.29".parse::<Insz>().unwrap_err();
//! assert_eq!(err, InszError::Checksum);
//! assert_eq!(err.code(), "insz.checksum");
//! assert_eq!(err.to_string(), "the check digits do not match");
//! ```
//!
//! # All codes
//!
//! | code | meaning |
//! |---|---|
//! | `insz.empty` | the value is empty |
//! | `insz.character` | a character that an INSZ cannot contain (letters, non-ASCII digits, punctuation other than `.`, `-`, `/`) |
//! | `insz.length` | not 11 digits |
//! | `insz.checksum` | the check digits match neither the 19xx nor the 20xx formula |
//! | `insz.month` | the month field is not 00–12 (RRN), 20–32 or 40–52 (BIS) |
//! | `insz.serial` | the serial number of an RRN is 000 or 999 |
//! | `insz.day` | the day does not exist in that month |
//! | `insz.future` | the birth date lies after today |
//! | `insz.not_rrn` | a BIS number where only a national register number (RRN) is accepted |
//! | `insz.not_bis` | a national register number where only a BIS number is accepted |
//! | `enterprise.empty` | the value is empty |
//! | `enterprise.character` | a character that an enterprise number cannot contain |
//! | `enterprise.length` | not 10 digits |
//! | `enterprise.first_digit` | the first digit is not 0 or 1 |
//! | `enterprise.checksum` | the check digits do not match |
//! | `establishment.empty` | the value is empty |
//! | `establishment.character` | a character that an establishment unit number cannot contain |
//! | `establishment.length` | not 10 digits |
//! | `establishment.first_digit` | the first digit is not 2–8 |
//! | `establishment.checksum` | the check digits do not match |
//! | `vat.empty` | the value is empty |
//! | `vat.character` | a character that a VAT number cannot contain |
//! | `vat.prefix` | the `BE` prefix is missing |
//! | `vat.length` | not `BE` followed by 10 digits |
//! | `vat.first_digit` | the first digit after `BE` is not 0 or 1 |
//! | `vat.checksum` | the check digits do not match |
//! | `ogm.empty` | the value is empty |
//! | `ogm.character` | a character that a structured communication cannot contain |
//! | `ogm.delimiter` | `+++` or `***` on one side only, or mixed |
//! | `ogm.length` | not 12 digits |
//! | `ogm.checksum` | the check digits do not match |
//! | `rf.empty` | the value is empty |
//! | `rf.character` | a character that a creditor reference cannot contain |
//! | `rf.prefix` | the value does not start with `RF` and two check digits |
//! | `rf.length` | not 5–25 characters |
//! | `rf.check_digits` | check digits 00, 01 or 99, which ISO 11649 never generates |
//! | `rf.checksum` | the check digits do not match |
//! | `iban.empty` | the value is empty |
//! | `iban.character` | a character that an IBAN cannot contain |
//! | `iban.length` | more than 34 letters and digits |
//! | `iban.format` | not a country code, two check digits and an account number |
//! | `iban.check_digits` | check digits 00, 01 or 99, which ISO 13616 never generates |
//! | `iban.checksum` | the ISO 7064 check digits do not match |
//! | `iban.country` | the country does not use IBAN |
//! | `iban.bban` | the account number does not have the country's format |
//! | `iban.national_check` | the Belgian account number's own check digits do not match |
//! | `bic.empty` | the value is empty |
//! | `bic.character` | a character that a BIC cannot contain |
//! | `bic.length` | not 8 or 11 characters |
//! | `bic.format` | letters and digits in the wrong places |
//! | `bic.country` | not an ISO 3166-1 country code |
//! | `eid.empty` | the value is empty |
//! | `eid.character` | a character that an eID card number cannot contain |
//! | `eid.length` | not 12 digits |
//! | `eid.checksum` | the check digits do not match |
//! | `nis.empty` | the value is empty |
//! | `nis.character` | a character that a NIS code cannot contain |
//! | `nis.length` | not 5 digits |
//! | `ovo.empty` | the value is empty |
//! | `ovo.character` | a character that an OVO code cannot contain |
//! | `ovo.prefix` | the `OVO` prefix is missing |
//! | `ovo.length` | not `OVO` followed by 6 digits |
//! | `ovo.reserved` | `OVO000000`, which is never assigned |
//! | `position.not_finite` | a coordinate that is not a finite number |
//! | `position.range` | a longitude outside −180 to 180 or a latitude outside −90 to 90 degrees |
//! | `position.gml` | not a GML point (a `gml:Point` with one `gml:pos` of two numbers), or a point's JSON without `gml` or `wkt` |
//! | `position.wkt` | not a WKT point (`POINT (x y)`, optionally after a CRS IRI or `SRID=n;`) |
//! | `position.crs` | no coordinate reference system, or one other than EPSG:4326, CRS84, EPSG:31370 and EPSG:3812 |
//! | `position.mismatch` | a point's JSON whose `gml` and `wkt` give different points |
//! | `address.empty` | an address or address part is empty |
//! | `address.too_long` | an address text is longer than the crate accepts |
//! | `address.character` | a control or invisible formatting character in an address (other than a line break between its lines) |
//! | `address.postcode` | not a Belgian postcode (four digits from 1000 to 9999, or 0612) |
//! | `address.house_number` | not a house number (a number without leading zeros, a letter or bis/ter/quater, or an ascending range) |
//! | `address.box_number` | not a box number (1 to 10 letters, digits, `.`, `/`, `-`) |
//! | `address.code` | not a value of the address register's code list |
//! | `address.no_street` | neither a street nor a PO box |
//! | `address.no_locality` | neither a postcode nor a municipality |
//! | `address.po_box_with_street` | a PO box together with a street, house number or box number |
//! | `address.box_without_house_number` | a box number without a house number |
//! | `address.register_json` | not an address of the Flemish address register's API (v2 or v3 JSON) |
//! | `address.register_position` | the register's position is not a GML or WKT point the crate reads |
//! | `address.postcode_missing` | validation error: a Belgian address without a postcode |
//! | `address.postcode_unknown` | validation error: a postcode that serves no municipality and is not a special code |
//! | `address.postcode_special` | validation warning: one of bpost's special postcodes for organisations |
//! | `address.postcode_municipality` | validation error: the postcode and the municipality do not belong together |
//! | `address.municipality_missing` | validation warning: no municipality name |
//! | `address.municipality_unknown` | validation warning: a municipality or locality name the register does not know |
//! | `address.house_number_missing` | validation warning: a street address without a house number |
//! | `address.house_number_form` | validation warning: a house number the Flemish register does not accept (range, `bis`, some letters) |
//! | `address.box_number_form` | validation warning: a box number the Flemish register does not accept |
//! | `language.unknown` | not one of the languages `nl`, `fr`, `de`, `en` |
//! | `payment.empty` | a required text field of a payment request is empty |
//! | `payment.length` | a text field is longer than allowed (counted in characters) |
//! | `payment.control_character` | a text field contains a line break, a control character or an invisible formatting character |
//! | `payment.address_lines` | more than 2 address lines |
//! | `payment.amount_format` | an amount that is not digits with an optional decimal separator |
//! | `payment.amount_decimals` | an amount with more than two decimals |
//! | `payment.amount_range` | an amount outside 0.01 to 999 999 999.99 |
//! | `payment.purpose` | a purpose code that is not 4 upper-case letters or digits |
//! | `payment.dates` | the expiry date lies before the due date |
//! | `payment.bic_required` | EPC version 001 without a BIC |
//! | `payment.charset` | a character that the declared character set cannot hold |
//! | `payment.qr_scale` | a QR scale outside 1 to 64 pixels per module |
//! | `payment.payload_size` | an EPC payload longer than 331 bytes |
//! | `payment.iban` | the creditor's IBAN is not valid (the nested error says why) |
//! | `payment.bic` | the creditor's BIC is not valid |
//! | `payment.ogm` | a structured communication in an EPC payload is not valid |
//! | `payment.rf` | a creditor reference in an EPC payload is not valid |
//! | `payment.reference` | a structured reference that is neither an OGM nor an RF reference |
//! | `payment.remittance_both` | both a structured reference and free text in an EPC payload |
//! | `payment.epc_service_tag` | the payload does not start with `BCD` |
//! | `payment.epc_version` | an EPC version other than 001 or 002 |
//! | `payment.epc_charset` | a character set code other than 1 to 8 |
//! | `payment.epc_charset_unsupported` | character sets 3 to 8, which this crate does not read yet |
//! | `payment.epc_encoding` | bytes that are not valid in the declared character set |
//! | `payment.epc_identification` | an identification other than `SCT` |
//! | `payment.epc_elements` | fewer than 7 or more than 12 elements |
//! | `payment.epc_line_ending` | LF and CRLF mixed |
//! | `payment.epc_amount` | an amount element that is not `EUR` and 1 to 12 characters |
//! | `decision.code.unknown` | not a concept of the code list (a concept IRI, exactly as the code list writes it) |
//! | `decision.code.deprecated` | a concept that its code list marks as deprecated (unless `BuildOptions::allow_deprecated_codes`) |
//! | `decision.required` | a value the profile requires is missing: a session's start, end, chair, secretary or members present (not for an agenda), a decision's entry into force, a vote's members present or a secret vote's counts |
//! | `decision.text.empty` | a text is empty or only whitespace |
//! | `decision.text.control` | a control character (CR, NUL, other C0/C1 controls except LF and tab), U+FFFE or U+FFFF, or a line break or tab in a single-line text |
//! | `decision.text.national_number` | a text or identifier holds a valid national number (INSZ: RRN or BIS) |
//! | `decision.text.too_long` | a text longer than 1,000 (single-line) or 1,000,000 (multi-line) characters |
//! | `decision.iri.invalid` | not an absolute `http`/`https` IRI, or one with whitespace, a control character, a backtick or one of `<`, `>`, `"`, `{`, `}`, `\|`, `\`, `^` |
//! | `decision.iri.base` | a local key without a base IRI, or a base IRI with a query or fragment |
//! | `decision.iri.key` | not a local key (1 to 128 of `A-Z a-z 0-9 . _ ~ -`), or no default key can be derived |
//! | `decision.iri.duplicate` | the same IRI for two different nodes (given or minted) |
//! | `decision.reference.unknown` | a reference to an office holder, agenda item or treatment the session does not define |
//! | `decision.duplicate` | a value listed twice (a member present or voting, an agenda item type, a reference, a legal basis) |
//! | `decision.zitting.end_before_start` | the session ends before (or when) it starts |
//! | `decision.zitting.start_far_from_planned` | the session starts more than 24 hours from its planned start |
//! | `decision.zitting.no_agendapunt` | a session without agenda items |
//! | `decision.zitting.chair_not_present` | the chair is not among the members present at the start |
//! | `decision.zitting.functionaris_present` | an official (functionaris) listed among the members present or the voters |
//! | `decision.document.published_before_session` | a list of decisions, minutes or extract published before the session's date |
//! | `decision.document.agenda_after_session` | an agenda published after the planned start date |
//! | `decision.document.kind` | not a document kind (`agenda`, `besluitenlijst`, `notulen`, `uittreksel`) |
//! | `decision.json` | the input is not the JSON form of a session (not JSON, a missing or unknown field, a value of the wrong form) |
//! | `decision.agendapunt.no_type` | an agenda item without a type |
//! | `decision.agendapunt.reference_self` | an agenda item that refers to itself |
//! | `decision.behandeling.subject_not_on_agenda` | a treatment of an item that is not on the agenda |
//! | `decision.behandeling.treated_twice` | an agenda item treated twice |
//! | `decision.behandeling.no_present` | a treatment without members present |
//! | `decision.behandeling.chair_not_present` | a treatment's chair (its own or the session's) is not among its members present |
//! | `decision.stemming.voter_not_present` | a voter is not among the members present for the vote |
//! | `decision.stemming.present_not_in_treatment` | a member present for a vote is not present at its treatment |
//! | `decision.stemming.voted_twice` | a member in two of for, against and abstaining |
//! | `decision.stemming.count_mismatch` | an open vote's count differs from its names, or its voters are not exactly those named |
//! | `decision.stemming.total_mismatch` | a secret vote's counts do not add up to its number of voters |
//! | `decision.stemming.total_exceeds_present` | a secret vote with more votes than members present |
//! | `decision.stemming.secret_with_names` | a secret vote that names those for, against or abstaining |
//! | `decision.stemming.no_voters` | a vote without voters |
//! | `decision.besluit.no_article` | a decision without articles |
//! | `decision.besluit.in_force_order` | a decision's end of validity before its entry into force |
//! | `decision.besluit.published_before_session` | a decision published before the session's date |
//! | `decision.artikel.number_duplicate` | two articles of a decision with the same number |
//! | `decision.besluit.generated_by` | reading JSON-LD: a decision not generated by exactly one treatment, or one that a treatment's `prov:generated` contradicts |
//! | `decision.jsonld.context` | reading JSON-LD: not `{"@context", "@graph"}` with the crate's own context |
//! | `decision.jsonld.node` | reading JSON-LD: a node without an IRI, with an unknown or wrong `@type` set, given twice or not used, or a dangling reference |
//! | `decision.jsonld.property` | reading JSON-LD: an unknown or missing property, a wrong number of values, or a value of the wrong form |
//! | `consent.json` | not a consent record in the record format |
//! | `consent.json.number` | a number that is not a whole number within 2^53 |
//! | `consent.json.key` | a key that is not ASCII |
//! | `consent.json.ambiguous` | a key twice, or a field or code that reads back as another |
//! | `consent.text.nfc` | a text that is not in Unicode NFC |
//! | `consent.text` | a text that is empty, too long or holds control characters |
//! | `consent.time` | not an RFC 3339 instant in UTC |
//! | `consent.time.order` | recorded before it occurred |
//! | `consent.time.decision` | occurred before the purpose's previous decision |
//! | `consent.time.sequence` | recorded before the previous event or the record |
//! | `consent.digest` | not a SHA-256 digest |
//! | `consent.uuid` | not a UUID URN |
//! | `consent.uri` | not an absolute URI |
//! | `consent.key` | not a key |
//! | `consent.duration` | not a duration |
//! | `consent.code` | not a code word |
//! | `consent.code.unknown` | a code this version does not know |
//! | `consent.term` | not a term of the DPV |
//! | `consent.language` | a missing or malformed language tag |
//! | `consent.header` | the header is incomplete |
//! | `consent.national_number` | a national number in the record |
//! | `consent.party.duplicate` | two parties with the same key |
//! | `consent.party.unknown` | not a party of the record |
//! | `consent.party.incomplete` | the party is incomplete |
//! | `consent.party.identifier` | an identifier that is not valid |
//! | `consent.party.controller` | the controller is not a controller party |
//! | `consent.notice.duplicate` | the notice version exists already |
//! | `consent.notice.incomplete` | the notice version is incomplete |
//! | `consent.notice.missing` | the event does not say which notice was shown |
//! | `consent.notice.unknown` | not a notice version of the record |
//! | `consent.notice.unpublished` | the notice was not published yet |
//! | `consent.notice.digest` | the notice digest differs from the archived version |
//! | `consent.purpose.duplicate` | the same purpose twice |
//! | `consent.purpose.missing` | a decision about no purpose |
//! | `consent.purpose.unknown` | not a purpose of the notice |
//! | `consent.legal_basis` | not a legal basis of the DPV |
//! | `consent.legal_basis.not_consent` | the purpose's legal basis is not consent |
//! | `consent.special_category` | special-category data without its flag or explicit-consent basis |
//! | `consent.withdrawal.missing` | no way to withdraw |
//! | `consent.consent_terms` | consent without its type or validity |
//! | `consent.actor.role` | the actor may not record this event |
//! | `consent.actor.evidence` | staff recording for the subject without evidence |
//! | `consent.reason.missing` | no reason given |
//! | `consent.channel.missing` | the event does not say how it was expressed |
//! | `consent.method.not_affirmative` | consent by an act that is not affirmative |
//! | `consent.explicit` | special-category data needs explicit consent |
//! | `consent.gdpr.implied` | implied consent is not consent under the GDPR |
//! | `consent.gdpr.endless` | consent without end under the GDPR |
//! | `consent.child` | a child's consent needs a verified parent or guardian |
//! | `consent.transition` | not allowed in the purpose's state |
//! | `consent.reaffirm.changed` | the processing changed: new consent is needed |
//! | `consent.event.duplicate` | two events with the same identifier |
//! | `consent.event.reference` | the administrative event lacks its reference |
//! | `consent.chain.seq` | the sequence number is not the event's position |
//! | `consent.chain.prev_hash` | the previous hash does not match |
//! | `consent.chain.hash` | the hash does not match the event |
//! | `consent.chain.missing` | the event is not chained |
//! | `consent.nothing_valid` | no consent is valid at that instant |
//! | `consent.chain.head` | the head is not the last event |
//! | `jws.format` | feature `jws`: not a compact JWS (three parts of unpadded base64url), or a signature that is not 64 bytes |
//! | `jws.header` | feature `jws`: the JWS header is not a JSON object with a `kid`, repeats a member, has `crit`, or asks for an unencoded payload |
//! | `jws.algorithm` | feature `jws`: an algorithm other than `EdDSA` (such as `none` or `HS256`), in the header or the key |
//! | `jws.type` | feature `jws`: the token is not of the expected type (a receipt where a checkpoint is expected, or the reverse) |
//! | `jws.key` | feature `jws`: not an Ed25519 public key (a JWK that is not `OKP`/`Ed25519`, holds the private key or is not for signatures; a weak point) |
//! | `jws.key.id` | feature `jws`: the token's `kid` is not the key's, or a key id that is empty, too long or holds control characters |
//! | `jws.signer` | feature `jws`: the signer (an HSM or key service) failed |
//! | `jws.signature` | feature `jws`: the signature does not verify with the key |
//! | `jws.payload` | feature `jws`: the payload is not the canonical JSON of a checkpoint or receipt, or a field is missing or not valid |
//! | `jws.record.empty` | feature `jws`: a checkpoint of a record without events |
//! | `jws.record.id` | feature `jws`: the checkpoint is of another record |
//! | `jws.record.truncated` | feature `jws`: the record ends before the checkpoint's event (events were cut off) |
//! | `jws.record.hash` | feature `jws`: the record's event at the checkpoint's `seq` has another hash (rolled back and rewritten) |
//! | `jws.receipt.record` | feature `jws`: the record in a receipt is not valid (the nested error says where and why) |
//!
//! [`InszError`]: crate::InszError
//! [`EnterpriseNumberError`]: crate::EnterpriseNumberError

/// An error with a stable machine code, implemented by every error type of the crate.
///
/// Use it to translate errors for your users, or to handle errors of any component in one place:
///
/// ```
/// use bouwstenen::{EnterpriseNumber, ErrorCode};
///
/// fn describe(err: &dyn ErrorCode) -> String {
///     format!("{}: {}", err.code(), err)
/// }
///
/// let err = "0403.019.262".parse::<EnterpriseNumber>().unwrap_err();
/// assert_eq!(describe(&err), "enterprise.checksum: the check digits do not match");
/// ```
pub trait ErrorCode: std::error::Error + Send + Sync + 'static {
    /// The stable, dotted machine code of this error, such as `insz.checksum`.
    fn code(&self) -> &'static str;
}

/// Declares a component error enum whose variants each carry their stable code, and implements
/// `code()`, `CODES` and [`ErrorCode`] for it, so that a code can never be forgotten. A type
/// that is not re-exported at the crate root names its module (`pub enum Finding in address`)
/// so that the generated doctest finds it.
macro_rules! error_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident $(in $module:ident)? {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $( ( $($tfield:ty),* $(,)? ) )? $( { $($(#[$fmeta:meta])* $sfield:ident : $sty:ty),* $(,)? } )? = $code:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant $( ( $($tfield),* ) )? $( { $($(#[$fmeta])* $sfield : $sty),* } )?
            ),*
        }

        impl $name {
            /// Every machine code this error can have, in declaration order.
            ///
            #[doc = concat!("```\nlet codes = bouwstenen::", $(stringify!($module), "::",)? stringify!($name), "::CODES;\nassert!(codes.iter().all(|code| code.contains('.')));\n```")]
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// The stable, dotted machine code of this error (see [`ErrorCode`](crate::ErrorCode));
            /// the type's own documentation has an example.
            pub const fn code(&self) -> &'static str {
                match self {
                    $( Self::$variant { .. } => $code ),*
                }
            }
        }

        impl $crate::error::ErrorCode for $name {
            fn code(&self) -> &'static str {
                <$name>::code(self)
            }
        }
    };
}

pub(crate) use error_enum;
