//! WebAssembly bindings of [`bouwstenen`] for JavaScript and TypeScript: the npm package
//! `bouwstenen`, built by `wasm/build.sh`.
//!
//! The bindings follow JavaScript's conventions: functions and fields are in camelCase, values
//! are plain objects that match the crate's JSON Schemas, and a failure is thrown as an `Error`
//! whose `code` property is the crate's stable error code (`insz.checksum` …), so that a front
//! end translates it exactly as a Rust program would.
//!
//! ```js
//! const { parseInsz } = require("bouwstenen");
//! parseInsz("85.07.30-033.28").birthDate; // "1985-07-30"
//! try { parseInsz("85.07.30-033.29") } catch (e) { e.code } // "insz.checksum"
//! ```
//!
//! The library itself knows nothing of wasm-bindgen; this crate only converts. Dates that
//! depend on today (an INSZ born in the future) take today from JavaScript's `new Date()`
//! unless the caller passes `today`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use bouwstenen::address::{Address, Crs, Finding, Severity};
use bouwstenen::consent::{
    ConsentEvent, ConsentRecord, Head, Key, Location, RecordError, Timestamp,
};
use bouwstenen::payment::{
    EpcCharset, EpcOptions, EpcPayload, EpcVersion, LineEnding, PaymentRequest,
};
use bouwstenen::{
    Bic, CreditorReference, EidCardNumber, EnterpriseNumber, ErrorCode, EstablishmentUnitNumber,
    Iban, Identifier, Insz, Language, NisCode, OvoCode, ParseOptions, StructuredCommunication,
    VatNumber,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

// ---------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------

/// A JS `Error` with the crate's error `code` as a property.
fn error(code: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err.into()
}

/// A JS `Error` from one of the crate's errors.
fn crate_error(err: &(impl ErrorCode + std::fmt::Display)) -> JsValue {
    error(err.code(), &err.to_string())
}

/// A plain JS value (objects, not `Map`s; `null` for missing values) from a serde value.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| error("input.js", &err.to_string()))
}

/// A serde value from a JS value, with `code` for the error it throws.
fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue, code: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|err| error(code, &err.to_string()))
}

/// Today's date: `today` (`YYYY-MM-DD`) when given, else the local date of JS's `new Date()`.
fn today(given: Option<&str>) -> Result<NaiveDate, JsValue> {
    match given {
        Some(text) => text
            .parse()
            .map_err(|_| error("input.date", "expected a date such as 2026-11-29")),
        None => {
            let now = js_sys::Date::new_0();
            NaiveDate::from_ymd_opt(
                i32::try_from(now.get_full_year()).unwrap_or(i32::MAX),
                now.get_month().saturating_add(1),
                now.get_date(),
            )
            .ok_or_else(|| error("input.date", "JavaScript gave an invalid date"))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/// The options of the identifier parsers, as a JS object: `{ lenient?: boolean, today?: "YYYY-MM-DD" }`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsParseOptions {
    #[serde(default)]
    lenient: bool,
    #[serde(default)]
    today: Option<String>,
}

fn parse_options(options: JsValue) -> Result<ParseOptions, JsValue> {
    let options: JsParseOptions = if options.is_undefined() || options.is_null() {
        JsParseOptions::default()
    } else {
        from_js(options, "input.options")?
    };
    let base = if options.lenient {
        ParseOptions::lenient()
    } else {
        ParseOptions::strict()
    };
    Ok(base.with_today(today(options.today.as_deref())?))
}

/// The verdict on an identifier, as `bouwstenen check KIND` prints it plus the details of the
/// type: `{ valid: true, normalized, formatted, ...details }`.
fn verdict<T: Identifier>(
    result: Result<T, T::Error>,
    details: impl FnOnce(&T, &mut Map<String, Value>),
) -> Result<JsValue, JsValue> {
    let id = result.map_err(|err| crate_error(&err))?;
    let mut object = Map::new();
    object.insert("valid".into(), Value::Bool(true));
    object.insert("normalized".into(), Value::String(id.as_str().to_owned()));
    object.insert("formatted".into(), Value::String(id.to_string()));
    details(&id, &mut object);
    to_js(&object)
}

fn json(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn insz_details(insz: &Insz, o: &mut Map<String, Value>) {
    o.insert("kind".into(), json(&insz.kind()));
    o.insert("birthYear".into(), json(&insz.birth_year()));
    o.insert(
        "birthDate".into(),
        json(&insz.birth_date().map(|d| d.format("%Y-%m-%d").to_string())),
    );
    o.insert("sexAtIssuance".into(), json(&insz.sex_at_issuance()));
}

/// The identifier kinds of [`parse_identifier`], named as `bouwstenen check` names them.
const KINDS: &[&str] = &[
    "insz",
    "rrn",
    "bis",
    "enterprise",
    "establishment",
    "vat",
    "ogm",
    "rf",
    "iban",
    "bic",
    "eid",
    "nis",
    "ovo",
];

/// Parses an identifier of `kind` (`insz`, `rrn`, `bis`, `enterprise`, `establishment`, `vat`,
/// `ogm`, `rf`, `iban`, `bic`, `eid`, `nis`, `ovo`, as `bouwstenen check KIND`) and returns
/// `{ valid: true, normalized, formatted, ...details }`; throws an `Error` with the crate's
/// `code` when the text is not valid. `options` is `{ lenient?, today? }`.
#[wasm_bindgen(js_name = parseIdentifier)]
pub fn parse_identifier(kind: &str, text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let o = &parse_options(options)?;
    match kind {
        "insz" => verdict(Insz::parse_with(text, o), insz_details),
        "rrn" => verdict(Insz::parse_rrn_with(text, o), insz_details),
        "bis" => verdict(Insz::parse_bis_with(text, o), insz_details),
        "enterprise" => verdict(EnterpriseNumber::parse_with(text, o), enterprise_details),
        "establishment" => verdict(EstablishmentUnitNumber::parse_with(text, o), none),
        "vat" => verdict(VatNumber::parse_with(text, o), vat_details),
        "ogm" => verdict(StructuredCommunication::parse_with(text, o), none),
        "rf" => verdict(CreditorReference::parse_with(text, o), rf_details),
        "iban" => verdict(Iban::parse_with(text, o), iban_details),
        "bic" => verdict(Bic::parse_with(text, o), bic_details),
        "eid" => verdict(EidCardNumber::parse_with(text, o), none),
        "nis" => verdict(NisCode::parse_with(text, o), nis_details),
        "ovo" => verdict(OvoCode::parse_with(text, o), ovo_details),
        _ => Err(error(
            "input.kind",
            &format!(
                "unknown identifier kind, expected one of {}",
                KINDS.join(", ")
            ),
        )),
    }
}

/// Checks an identifier of `kind` like [`parse_identifier`], but returns the verdict instead of
/// throwing, exactly as one line of `bouwstenen check KIND`:
/// `{ input, valid: true, normalized, formatted }` or
/// `{ input, valid: false, error: { code, message } }`.
#[wasm_bindgen(js_name = checkIdentifier)]
pub fn check_identifier(kind: &str, text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    if !KINDS.contains(&kind) {
        return parse_identifier(kind, text, options);
    }
    let mut object = Map::new();
    object.insert("input".into(), Value::String(text.to_owned()));
    match parse_identifier(kind, text, options) {
        Ok(value) => {
            let parsed: Map<String, Value> = from_js(value, "input.js")?;
            for key in ["valid", "normalized", "formatted"] {
                object.insert(key.into(), parsed.get(key).cloned().unwrap_or(Value::Null));
            }
        }
        Err(err) => {
            let code = js_sys::Reflect::get(&err, &JsValue::from_str("code"))
                .ok()
                .and_then(|c| c.as_string());
            let Some(code) = code else { return Err(err) };
            if code.starts_with("input.") {
                return Err(err);
            }
            let message = js_sys::Reflect::get(&err, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            object.insert("valid".into(), Value::Bool(false));
            object.insert(
                "error".into(),
                serde_json::json!({ "code": code, "message": message }),
            );
        }
    }
    to_js(&object)
}

/// No details beyond the normalized and formatted forms.
fn none<T>(_: &T, _: &mut Map<String, Value>) {}

fn enterprise_details(id: &EnterpriseNumber, o: &mut Map<String, Value>) {
    o.insert("vatNumber".into(), json(&id.to_vat_number().as_str()));
}

fn vat_details(id: &VatNumber, o: &mut Map<String, Value>) {
    o.insert(
        "enterpriseNumber".into(),
        json(&id.enterprise_number().as_str()),
    );
}

fn rf_details(id: &CreditorReference, o: &mut Map<String, Value>) {
    o.insert("reference".into(), json(&id.reference()));
}

fn iban_details(id: &Iban, o: &mut Map<String, Value>) {
    o.insert("countryCode".into(), json(&id.country_code()));
    o.insert("checkDigits".into(), json(&id.check_digits()));
    o.insert("bban".into(), json(&id.bban()));
}

fn bic_details(id: &Bic, o: &mut Map<String, Value>) {
    o.insert("partyPrefix".into(), json(&id.party_prefix()));
    o.insert("countryCode".into(), json(&id.country_code()));
    o.insert("locationCode".into(), json(&id.location_code()));
    o.insert("branchCode".into(), json(&id.branch_code()));
}

fn nis_details(id: &NisCode, o: &mut Map<String, Value>) {
    o.insert("level".into(), json(&id.level()));
    o.insert(
        "province".into(),
        json(&id.province().map(|c| c.as_str().to_owned())),
    );
    o.insert(
        "arrondissement".into(),
        json(&id.arrondissement().map(|c| c.as_str().to_owned())),
    );
}

fn ovo_details(id: &OvoCode, o: &mut Map<String, Value>) {
    o.insert("number".into(), json(&id.number()));
}

macro_rules! per_kind {
    ($($(#[$doc:meta])* $rust:ident => $js:literal, $kind:literal;)*) => {$(
        $(#[$doc])*
        ///
        /// Returns `{ valid: true, normalized, formatted, ...details }` and throws an `Error`
        /// with the crate's `code` when the text is not valid; `options` is `{ lenient?, today? }`.
        #[wasm_bindgen(js_name = $js)]
        pub fn $rust(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
            parse_identifier($kind, text, options)
        }
    )*};
}

per_kind! {
    /// Parses an INSZ (national register number or BIS number); the details are `kind`,
    /// `birthYear`, `birthDate` (`YYYY-MM-DD` or `null`) and `sexAtIssuance`.
    parse_insz => "parseInsz", "insz";
    /// Parses a KBO/BCE enterprise number; the detail is its `vatNumber`.
    parse_enterprise_number => "parseEnterpriseNumber", "enterprise";
    /// Parses a KBO/BCE establishment unit number.
    parse_establishment_unit_number => "parseEstablishmentUnitNumber", "establishment";
    /// Parses a Belgian VAT number; the detail is its `enterpriseNumber`.
    parse_vat_number => "parseVatNumber", "vat";
    /// Parses a structured communication (OGM/VCS, `+++010/8068/17183+++`).
    parse_structured_communication => "parseStructuredCommunication", "ogm";
    /// Parses an ISO 11649 creditor reference (RF); the detail is its `reference`.
    parse_creditor_reference => "parseCreditorReference", "rf";
    /// Parses an IBAN; the details are `countryCode`, `checkDigits` and `bban`.
    parse_iban => "parseIban", "iban";
    /// Parses a BIC; the details are `partyPrefix`, `countryCode`, `locationCode` and `branchCode`.
    parse_bic => "parseBic", "bic";
    /// Parses a Belgian eID card number.
    parse_eid_card_number => "parseEidCardNumber", "eid";
    /// Parses a NIS/REFNIS code; the details are `level`, `province` and `arrondissement`.
    parse_nis_code => "parseNisCode", "nis";
    /// Parses an OVO code; the detail is its `number`.
    parse_ovo_code => "parseOvoCode", "ovo";
}

/// Makes the structured communication (OGM/VCS) of a base number of at most 10 digits and
/// returns it as `parseStructuredCommunication` does.
#[wasm_bindgen(js_name = structuredCommunicationFromBase)]
pub fn structured_communication_from_base(base: f64) -> Result<JsValue, JsValue> {
    if !(base.is_finite() && base >= 0.0 && base.fract() == 0.0 && base < 1e10) {
        return Err(error(
            "ogm.length",
            "the base is a whole number of at most 10 digits",
        ));
    }
    // In range (checked above), so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let base = base as u64;
    verdict(StructuredCommunication::from_base(base), |_, _| {})
}

/// Makes the ISO 11649 creditor reference (RF) of a reference of letters and digits.
#[wasm_bindgen(js_name = creditorReferenceFromReference)]
pub fn creditor_reference_from_reference(reference: &str) -> Result<JsValue, JsValue> {
    verdict(CreditorReference::from_reference(reference), rf_details)
}

// ---------------------------------------------------------------------------------------------
// Payments
// ---------------------------------------------------------------------------------------------

/// The options of the EPC payload, as a JS object:
/// `{ version?: "001" | "002", charset?: "utf-8" | "iso-8859-1", lineEnding?: "lf" | "crlf" }`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsEpcOptions {
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    charset: Option<String>,
    #[serde(default)]
    line_ending: Option<String>,
}

fn epc_options(options: JsValue) -> Result<EpcOptions, JsValue> {
    let given: JsEpcOptions = if options.is_undefined() || options.is_null() {
        JsEpcOptions::default()
    } else {
        from_js(options, "input.options")?
    };
    let mut options = EpcOptions::default();
    match given.version.as_deref() {
        None | Some("002") => {}
        Some("001") => options = options.with_version(EpcVersion::V001),
        Some(_) => return Err(error("input.options", "version is \"001\" or \"002\"")),
    }
    match given
        .charset
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("utf-8" | "utf8") => {}
        Some("iso-8859-1" | "latin1") => options = options.with_charset(EpcCharset::Iso8859_1),
        Some(_) => {
            return Err(error(
                "input.options",
                "charset is \"utf-8\" or \"iso-8859-1\"",
            ));
        }
    }
    match given.line_ending.as_deref() {
        None | Some("lf") => {}
        Some("crlf") => options = options.with_line_ending(LineEnding::CrLf),
        Some(_) => return Err(error("input.options", "lineEnding is \"lf\" or \"crlf\"")),
    }
    Ok(options)
}

fn epc_options_json(options: EpcOptions) -> Value {
    serde_json::json!({
        "version": match options.version() { EpcVersion::V001 => "001", _ => "002" },
        "charset": match options.charset() { EpcCharset::Iso8859_1 => "iso-8859-1", _ => "utf-8" },
        "lineEnding": match options.line_ending() { LineEnding::CrLf => "crlf", _ => "lf" },
    })
}

/// Reads a payment request (a plain object matching `PaymentRequest.schema.json`) and checks
/// it; throws an `Error` with code `payment.request` when it does not match the schema or a
/// field is not valid.
fn payment_request(request: JsValue) -> Result<PaymentRequest, JsValue> {
    from_js(request, "payment.request")
}

/// Checks a payment request (a plain object matching `PaymentRequest.schema.json`) and returns
/// it in its normal form (compact identifiers, amount with two decimals).
#[wasm_bindgen(js_name = paymentRequest)]
pub fn payment_request_normalized(request: JsValue) -> Result<JsValue, JsValue> {
    to_js(&payment_request(request)?)
}

fn payload(request: JsValue, options: JsValue) -> Result<EpcPayload, JsValue> {
    let options = epc_options(options)?;
    payment_request(request)?
        .to_epc(&options)
        .map_err(|err| crate_error(&err))
}

/// The EPC069-12 payload (the text in the QR code that bank apps scan) of a payment request,
/// as a string. `options` is `{ version?, charset?, lineEnding? }`; with `charset:
/// "iso-8859-1"` the payload's bytes are Latin-1, and the string holds the same characters.
#[wasm_bindgen(js_name = epcPayload)]
pub fn epc_payload(request: JsValue, options: JsValue) -> Result<String, JsValue> {
    let payload = payload(request, options)?;
    Ok(decode(&payload))
}

/// The EPC069-12 payload of a payment request as its bytes (UTF-8 or ISO 8859-1).
#[wasm_bindgen(js_name = epcPayloadBytes)]
pub fn epc_payload_bytes(request: JsValue, options: JsValue) -> Result<Vec<u8>, JsValue> {
    Ok(payload(request, options)?.as_bytes().to_vec())
}

/// The text of a payload: UTF-8, or ISO 8859-1 (each byte is the code point).
fn decode(payload: &EpcPayload) -> String {
    match payload.options().charset() {
        EpcCharset::Iso8859_1 => payload.as_bytes().iter().map(|&b| char::from(b)).collect(),
        _ => String::from_utf8_lossy(payload.as_bytes()).into_owned(),
    }
}

/// Reads an EPC069-12 payload (a string, or a `Uint8Array` of its bytes) and returns
/// `{ request, options }`: the payment request and the options it was written with. Throws an
/// `Error` with the crate's code (`payment.…`) when it is not a valid payload.
#[wasm_bindgen(js_name = parseEpcPayload)]
pub fn parse_epc_payload(payload: JsValue) -> Result<JsValue, JsValue> {
    let bytes: Vec<u8> = if let Some(text) = payload.as_string() {
        text.into_bytes()
    } else if payload.is_instance_of::<js_sys::Uint8Array>() {
        js_sys::Uint8Array::from(payload).to_vec()
    } else {
        return Err(error("input.type", "expected a string or a Uint8Array"));
    };
    let (request, options) = EpcPayload::parse(&bytes).map_err(|err| crate_error(&err))?;
    to_js(&serde_json::json!({
        "request": json(&request),
        "options": epc_options_json(options),
    }))
}

/// The EPC QR code of a payment request as an SVG document (error correction level M, as
/// EPC069-12 requires).
#[wasm_bindgen(js_name = epcSvg)]
pub fn epc_svg(request: JsValue, options: JsValue) -> Result<String, JsValue> {
    let qr = payload(request, options)?
        .to_qr()
        .map_err(|err| crate_error(&err))?;
    Ok(qr.to_svg())
}

/// The EPC QR code of a payment request as a PNG image, `scale` pixels per module (1–64).
#[wasm_bindgen(js_name = epcPng)]
pub fn epc_png(request: JsValue, options: JsValue, scale: u32) -> Result<Vec<u8>, JsValue> {
    let qr = payload(request, options)?
        .to_qr()
        .map_err(|err| crate_error(&err))?;
    qr.to_png(scale).map_err(|err| crate_error(&err))
}

/// The `payto://` URI (RFC 8905) of a payment request.
#[wasm_bindgen(js_name = paytoUri)]
pub fn payto_uri(request: JsValue) -> Result<String, JsValue> {
    Ok(payment_request(request)?.to_payto_uri())
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

/// A finding or a parse error, as `bouwstenen address parse` prints it.
#[derive(Serialize)]
struct Failure<'a> {
    code: &'a str,
    severity: Severity,
    message: String,
}

/// Parses a free-form address and validates it against the 2025 municipality register, as one
/// line of `bouwstenen address parse`: `{ input, valid, address, nisCode, findings }`, where
/// `address` uses the OSLO terms (`straatnaam`, `huisnummer`, `busnummer`, `postcode`,
/// `gemeentenaam` …). A text that cannot be read gives `valid: false`, `address: null` and
/// one finding with the error's code.
#[wasm_bindgen(js_name = parseAddress)]
pub fn parse_address(text: &str) -> Result<JsValue, JsValue> {
    let value = match Address::parse(text) {
        Ok(address) => {
            let validation = address.validate();
            serde_json::json!({
                "input": text,
                "valid": validation.is_valid(),
                "address": json(&address),
                "nisCode": json(&validation.nis_code().map(|c| c.as_str().to_owned())),
                "findings": json(&validation.findings()),
            })
        }
        Err(err) => serde_json::json!({
            "input": text,
            "valid": false,
            "address": null,
            "nisCode": null,
            "findings": [json(&Failure { code: err.code(), severity: Severity::Error, message: err.to_string() })],
        }),
    };
    to_js(&value)
}

fn address(value: JsValue) -> Result<Address, JsValue> {
    from_js(value, "address.json")
}

/// Validates an address (a plain object with the OSLO terms, as `parseAddress` returns it)
/// against the municipality register: `{ valid, nisCode, findings: [{ code, severity, message }] }`.
#[wasm_bindgen(js_name = validateAddress)]
pub fn validate_address(address_value: JsValue) -> Result<JsValue, JsValue> {
    let validation = address(address_value)?.validate();
    let findings: Vec<&Finding> = validation.findings().iter().collect();
    to_js(&serde_json::json!({
        "valid": validation.is_valid(),
        "nisCode": json(&validation.nis_code().map(|c| c.as_str().to_owned())),
        "findings": json(&findings),
    }))
}

/// Writes an address in `lang` (`nl`, `fr`, `de`, `en`) in `style`: `"line"` (the register's
/// one-line form, the default) or `"label"` (bpost's postal label, lines separated by `\n`).
#[wasm_bindgen(js_name = formatAddress)]
pub fn format_address(
    address_value: JsValue,
    lang: Option<String>,
    style: Option<String>,
) -> Result<String, JsValue> {
    let address = address(address_value)?;
    let language: Language = lang
        .as_deref()
        .unwrap_or("nl")
        .parse()
        .map_err(|err| crate_error(&err))?;
    match style.as_deref().unwrap_or("line") {
        "line" => Ok(address.one_line(language)),
        "label" => Ok(address.postal_label(language)),
        _ => Err(error("input.style", "style is \"line\" or \"label\"")),
    }
}

/// Converts a position between coordinate reference systems, as PROJ's `cs2cs` does:
/// `from` and `to` are `EPSG:4326` (latitude, longitude), `OGC:CRS84` (longitude, latitude),
/// `EPSG:31370` (Lambert 72) or `EPSG:3812` (Lambert 2008). Returns `[first, second]` in the
/// axis order of `to`.
#[wasm_bindgen(js_name = convertCoordinates)]
pub fn convert_coordinates(x: f64, y: f64, from: &str, to: &str) -> Result<Vec<f64>, JsValue> {
    let from: Crs = from.parse().map_err(|err| crate_error(&err))?;
    let to: Crs = to.parse().map_err(|err| crate_error(&err))?;
    let point = from.point(x, y).map_err(|err| crate_error(&err))?;
    let (first, second) = to.coordinates(&point);
    Ok(vec![first, second])
}

// ---------------------------------------------------------------------------------------------
// Consent
// ---------------------------------------------------------------------------------------------

/// What `verifyConsentRecord` returns, as `bouwstenen consent verify` prints it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<usize>,
    head: Option<Head>,
    #[serde(skip_serializing_if = "Option::is_none")]
    broken_at: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

fn broken(err: &RecordError) -> Report {
    let at = match err.location {
        Location::Header => serde_json::json!({ "header": true }),
        Location::Party(i) => serde_json::json!({ "party": i }),
        Location::Notice(i) => serde_json::json!({ "notice": i }),
        Location::Event(seq) => serde_json::json!({ "event": seq }),
        Location::Head => serde_json::json!({ "head": true }),
        other => serde_json::json!({ "at": other.to_string() }),
    };
    Report {
        valid: false,
        record_id: None,
        events: None,
        head: None,
        broken_at: Some(at),
        code: Some(err.code()),
        reason: Some(err.error.to_string()),
    }
}

/// Verifies a consent record in its JSON form (a string): its hash chain and every rule.
/// Returns `{ valid: true, recordId, events, head }` or
/// `{ valid: false, head: null, brokenAt: { event: N } | { header: true } | …, code, reason }`.
#[wasm_bindgen(js_name = verifyConsentRecord)]
pub fn verify_consent_record(json: &str) -> Result<JsValue, JsValue> {
    let report = match ConsentRecord::from_json(json) {
        Ok(record) => Report {
            valid: true,
            record_id: Some(record.header().record_id.as_str().to_owned()),
            events: Some(record.events().len()),
            head: record.head(),
            broken_at: None,
            code: None,
            reason: None,
        },
        Err(err) => broken(&err),
    };
    to_js(&report)
}

fn record(json: &str) -> Result<ConsentRecord, JsValue> {
    ConsentRecord::from_json(json).map_err(|err| error(err.code(), &err.to_string()))
}

fn instant(at: Option<String>) -> Result<Timestamp, JsValue> {
    let text = match at {
        Some(text) => text,
        None => js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default(),
    };
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    chrono::DateTime::parse_from_rfc3339(&text)
        .map(|at| Timestamp::from_instant(at.with_timezone(&chrono::Utc)))
        .map_err(|_| {
            error(
                "input.instant",
                "expected an RFC 3339 instant such as 2026-03-01T00:00:00Z",
            )
        })
}

/// The state of `purpose` in a consent record (JSON string) at the instant `at` (RFC 3339;
/// now when omitted): `{ purposeId, at, dpvStatus, since, validUntil, basedOn,
/// validForProcessing }`. Throws when the record is not valid or has no such purpose.
#[wasm_bindgen(js_name = consentStateAt)]
pub fn consent_state_at(json: &str, purpose: &str, at: Option<String>) -> Result<JsValue, JsValue> {
    let record = record(json)?;
    let purpose: Key = purpose.parse().map_err(|err| crate_error(&err))?;
    let state = record
        .state_at(&purpose, &instant(at)?)
        .map_err(|err| crate_error(&err))?;
    to_js(&state)
}

/// The states of every purpose of a consent record (JSON string) at `at` (now when omitted),
/// in the order of its notices.
#[wasm_bindgen(js_name = consentStatesAt)]
pub fn consent_states_at(json: &str, at: Option<String>) -> Result<JsValue, JsValue> {
    to_js(&record(json)?.states_at(&instant(at)?))
}

/// Appends an event (JSON string) to a consent record (JSON string), which sets the event's
/// sequence number and chain hash, and returns the new record as a JSON string. Throws an
/// `Error` with the crate's code when the event breaks a rule.
#[wasm_bindgen(js_name = appendConsentEvent)]
pub fn append_consent_event(record_json: &str, event_json: &str) -> Result<String, JsValue> {
    let mut record = record(record_json)?;
    let event: ConsentEvent =
        serde_json::from_str(event_json).map_err(|err| error("consent.json", &err.to_string()))?;
    record
        .append(event)
        .map_err(|err| error(err.code(), &err.to_string()))?;
    Ok(record.to_json())
}

/// The example consent record of the crate's documentation, as a JSON string.
#[wasm_bindgen(js_name = exampleConsentRecord)]
pub fn example_consent_record() -> String {
    ConsentRecord::example().to_json()
}

// ---------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------

/// The crate's JSON Schemas, as an object from file name (`Insz.schema.json` …) to the schema.
#[wasm_bindgen]
pub fn schemas() -> Result<JsValue, JsValue> {
    let mut object = Map::new();
    for (name, text) in bouwstenen::schema::files() {
        let schema: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        object.insert(name, schema);
    }
    to_js(&object)
}
