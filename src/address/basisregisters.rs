//! Reading addresses from the Flemish address register's API (Basisregisters Vlaanderen,
//! *adressenregister*): the v2 detail and list JSON and the v3 (`AdresEnvelop`,
//! `AdressenEnvelop`) JSON.
//!
//! See [`Address::from_register_json`] for what is kept.

use serde_json::{Map, Value};
use url::Url;

use crate::Language;
use crate::address::{Address, AddressError, AddressStatus, Point, Position};

/// The register's namespace of addresses.
const ADDRESS_NAMESPACE: &str = "https://data.vlaanderen.be/id/adres/";
/// The register's namespace of postal information (postcodes).
const POSTINFO_NAMESPACE: &str = "https://data.vlaanderen.be/id/postinfo/";
/// The longest object id read, in digits (the register's ids are 32-bit integers).
const MAX_OBJECT_ID: usize = 10;

impl Address {
    /// Reads one address from the Flemish address register's API: the v2 detail response
    /// (`GET /v2/adressen/{id}`, `"@type": "Adres"` with `identificator.objectId`), a v2 list
    /// item, the v3 `AdresEnvelop` (`GET /v3/adressen/{id}`) or a v3 `Adres` object. The
    /// version is told from the keys.
    ///
    /// What is kept of a register address, in an [`Address`]:
    ///
    /// | register (v2 / v3) | [`Address`] |
    /// |---|---|
    /// | `identificator.objectId` / `identificator.gestructureerdeIdentificator.lokaleIdentificator` (or `@id`) | [`register_address`](Address::register_address), `https://data.vlaanderen.be/id/adres/{objectId}` |
    /// | `straatnaam.straatnaam` / `heeftStraatnaam.straatnaam` | [`street`](Address::street) |
    /// | `huisnummer`, `busnummer` | [`house_number`](Address::house_number), [`box_number`](Address::box_number) |
    /// | `postinfo.objectId` / `heeftPostinfo` (`postcode` or its `@id`) | [`postcode`](Address::postcode) |
    /// | `gemeente.gemeentenaam` / `heeftGemeentenaam.gemeentenaam` | [`municipality`](Address::municipality) |
    /// | `volledigAdres` / `isVerrijktMet.volledigAdres` | [`full_address`](Address::full_address) |
    /// | the names' `taal` / `@language` | [`language`](Address::language) |
    /// | `adresStatus` / `status` | [`status`](Address::status) |
    /// | `adresPositie` / `positie` (GML or WKT, `methode`, `specificatie`) | [`position`](Address::position) |
    ///
    /// Not kept: the homonym addition (*homoniemToevoeging*), `officieelToegekend`, the version,
    /// the ids of the street, municipality and parent address, and links. The v3 API gives names as
    /// lists of language-tagged strings and positions in two systems: the crate keeps the names in
    /// the language of the full address (else Dutch, else the first given) and the Lambert 72
    /// point (else the Lambert 2008 one, else the first), which is what the register stores today.
    /// Keys the crate does not know are ignored, so that new API versions keep being read.
    ///
    /// # Errors
    ///
    /// - [`AddressError::RegisterJson`]: not JSON, or not an address of either version, or an
    ///   object id that is not a number;
    /// - [`AddressError::RegisterPosition`]: the position is not a GML (or WKT) point the crate
    ///   reads;
    /// - [`AddressError::Code`] for an unknown status, method or specification, and the errors
    ///   of [`HouseNumber`](crate::address::HouseNumber), [`BoxNumber`](crate::address::BoxNumber),
    ///   [`Postcode`](crate::address::Postcode) and [`AddressBuilder::build`](crate::address::AddressBuilder::build).
    ///
    /// ```
    /// use bouwstenen::address::{Address, AddressStatus};
    ///
    /// let json = r#"{
    ///   "@type": "Adres",
    ///   "identificator": {"id": "https://data.vlaanderen.be/id/adres/60", "objectId": "60"},
    ///   "gemeente": {"objectId": "44021", "gemeentenaam": {"geografischeNaam": {"spelling": "Gent", "taal": "nl"}}},
    ///   "postinfo": {"objectId": "9000"},
    ///   "straatnaam": {"objectId": "748", "straatnaam": {"geografischeNaam": {"spelling": "Teststraat", "taal": "nl"}}},
    ///   "huisnummer": "42", "busnummer": "5B",
    ///   "adresStatus": "inGebruik", "officieelToegekend": true
    /// }"#;
    /// let address = Address::from_register_json(json)?;
    /// assert_eq!(address.to_string(), "Teststraat 42 bus 5B, 9000 Gent");
    /// assert_eq!(address.register_address().map(|u| u.as_str()), Some("https://data.vlaanderen.be/id/adres/60"));
    /// assert_eq!(address.status(), Some(AddressStatus::InGebruik));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn from_register_json(json: &str) -> Result<Address, AddressError> {
        let value: Value = serde_json::from_str(json).map_err(|_| AddressError::RegisterJson)?;
        let object = value.as_object().ok_or(AddressError::RegisterJson)?;
        match object.get("data") {
            Some(data) => register_address(data),
            None => register_address(&value),
        }
    }

    /// Reads a list of addresses from the Flemish address register's API: the v3
    /// `AdressenEnvelop` (`data` is the list) or the v2 list (`adressen`). Each address is
    /// read as [`Address::from_register_json`] reads one; the paging link (`volgende`) is not
    /// kept.
    ///
    /// # Errors
    ///
    /// [`AddressError::RegisterJson`] when the JSON is not such a list, and the first error of
    /// an address in it.
    ///
    /// ```
    /// use bouwstenen::address::Address;
    ///
    /// let json = r#"{"@type": "AdressenEnvelop", "data": [{
    ///   "@type": "Adres", "@id": "https://data.vlaanderen.be/id/adres/14874",
    ///   "huisnummer": "70", "busnummer": "30",
    ///   "isVerrijktMet": {"@type": "Adresuitbreiding",
    ///     "volledigAdres": [{"@value": "Boudewijnlaan 70 bus 30, 1000 Brussel", "@language": "nl"}]},
    ///   "status": {"@id": "https://data.vlaanderen.be/id/concept/adresstatus/inGebruik"}
    /// }]}"#;
    /// let addresses = Address::from_register_list_json(json)?;
    /// assert_eq!(addresses.len(), 1);
    /// assert_eq!(addresses[0].full_address(), Some("Boudewijnlaan 70 bus 30, 1000 Brussel"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn from_register_list_json(json: &str) -> Result<Vec<Address>, AddressError> {
        let value: Value = serde_json::from_str(json).map_err(|_| AddressError::RegisterJson)?;
        let items = value
            .get("data")
            .or_else(|| value.get("adressen"))
            .and_then(Value::as_array)
            .ok_or(AddressError::RegisterJson)?;
        items.iter().map(register_address).collect()
    }
}

/// Which API version an address object comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V2,
    V3,
}

/// The keys only a v3 address has.
const V3_KEYS: [&str; 7] = [
    "heeftStraatnaam",
    "heeftGemeentenaam",
    "heeftPostinfo",
    "isVerrijktMet",
    "positie",
    "status",
    "@id",
];
/// The keys only a v2 address has.
const V2_KEYS: [&str; 6] = [
    "straatnaam",
    "gemeente",
    "postinfo",
    "volledigAdres",
    "adresPositie",
    "adresStatus",
];

fn version(object: &Map<String, Value>) -> Option<Version> {
    let identifier = object.get("identificator");
    let has = |key: &str| object.contains_key(key);
    if V3_KEYS.iter().any(|k| has(k))
        || identifier.is_some_and(|i| i.get("gestructureerdeIdentificator").is_some())
    {
        Some(Version::V3)
    } else if V2_KEYS.iter().any(|k| has(k))
        || identifier.is_some_and(|i| i.get("objectId").is_some())
    {
        Some(Version::V2)
    } else {
        None
    }
}

/// One address object of either version.
fn register_address(value: &Value) -> Result<Address, AddressError> {
    let object = value.as_object().ok_or(AddressError::RegisterJson)?;
    if let Some(kind) = object.get("@type") {
        if kind.as_str() != Some("Adres") {
            return Err(AddressError::RegisterJson);
        }
    }
    match version(object) {
        Some(Version::V2) => v2_address(object),
        Some(Version::V3) => v3_address(object),
        None => Err(AddressError::RegisterJson),
    }
}

/// A name and its language.
#[derive(Debug, Clone)]
struct Name {
    text: String,
    language: Option<Language>,
}

/// What both versions give, before it is checked by the builder.
#[derive(Debug, Default)]
struct Parts {
    register: Option<Url>,
    street: Option<String>,
    municipality: Option<String>,
    full_address: Option<String>,
    language: Option<Language>,
    postcode: Option<String>,
    house_number: Option<String>,
    box_number: Option<String>,
    status: Option<AddressStatus>,
    position: Option<Position>,
}

impl Parts {
    fn build(self) -> Result<Address, AddressError> {
        let mut builder = Address::builder();
        if let Some(iri) = self.register {
            builder = builder.register_address(iri);
        }
        if let Some(street) = self.street {
            builder = builder.street(street);
        }
        if let Some(number) = self.house_number {
            builder = builder.house_number(number.parse()?);
        }
        if let Some(number) = self.box_number {
            builder = builder.box_number(number.parse()?);
        }
        if let Some(postcode) = self.postcode {
            builder = builder.postcode(postcode.parse()?);
        }
        if let Some(name) = self.municipality {
            builder = builder.municipality(name);
        }
        if let Some(text) = self.full_address {
            builder = builder.full_address(text);
        }
        if let Some(language) = self.language {
            builder = builder.language(language);
        }
        if let Some(status) = self.status {
            builder = builder.status(status);
        }
        if let Some(position) = self.position {
            builder = builder.position(position);
        }
        builder.build()
    }
}

// ---------------------------------------------------------------------------------------------
// v2
// ---------------------------------------------------------------------------------------------

fn v2_address(object: &Map<String, Value>) -> Result<Address, AddressError> {
    let identifier = object.get("identificator");
    let register = register_iri(
        identifier.and_then(|i| i.get("objectId")),
        identifier.and_then(|i| i.get("id")),
    )?;
    let street = object
        .get("straatnaam")
        .and_then(|s| s.get("straatnaam"))
        .and_then(v2_name);
    let municipality = object
        .get("gemeente")
        .and_then(|g| g.get("gemeentenaam"))
        .and_then(v2_name);
    let full_address = object.get("volledigAdres").and_then(v2_name);
    let language = [&full_address, &street, &municipality]
        .into_iter()
        .flatten()
        .find_map(|name| name.language);
    let position = object.get("adresPositie").map(v2_position).transpose()?;
    let status = object
        .get("adresStatus")
        .and_then(literal)
        .map(|s| s.parse::<AddressStatus>())
        .transpose()?;
    Parts {
        register,
        street: street.map(|n| n.text),
        municipality: municipality.map(|n| n.text),
        full_address: full_address.map(|n| n.text),
        language,
        postcode: object
            .get("postinfo")
            .and_then(|p| p.get("objectId"))
            .and_then(literal),
        house_number: object.get("huisnummer").and_then(literal),
        box_number: object.get("busnummer").and_then(literal),
        status,
        position,
    }
    .build()
}

/// `{"geografischeNaam": {"spelling": …, "taal": …}}`.
fn v2_name(value: &Value) -> Option<Name> {
    let name = value.get("geografischeNaam").unwrap_or(value);
    Some(Name {
        text: name.get("spelling").and_then(literal)?,
        language: name
            .get("taal")
            .and_then(literal)
            .and_then(|t| t.parse().ok()),
    })
}

/// `{"geometrie": {"type": "Point", "gml": …}, "positieGeometrieMethode": …, "positieSpecificatie": …}`.
fn v2_position(value: &Value) -> Result<Position, AddressError> {
    let point = value
        .get("geometrie")
        .and_then(register_point)
        .ok_or(AddressError::RegisterPosition)??;
    Ok(Position {
        point,
        method: concept(value.get("positieGeometrieMethode"))?,
        specification: concept(value.get("positieSpecificatie"))?,
    })
}

// ---------------------------------------------------------------------------------------------
// v3
// ---------------------------------------------------------------------------------------------

fn v3_address(object: &Map<String, Value>) -> Result<Address, AddressError> {
    let structured = object
        .get("identificator")
        .and_then(|i| i.get("gestructureerdeIdentificator"));
    let register = register_iri(
        structured.and_then(|s| s.get("lokaleIdentificator")),
        object.get("@id"),
    )?;
    let streets = object
        .get("heeftStraatnaam")
        .and_then(|s| s.get("straatnaam"))
        .map(v3_names)
        .unwrap_or_default();
    let municipalities = object
        .get("heeftGemeentenaam")
        .and_then(|g| g.get("gemeentenaam"))
        .map(v3_names)
        .unwrap_or_default();
    let full_addresses = object
        .get("isVerrijktMet")
        .and_then(|e| e.get("volledigAdres"))
        .map(v3_names)
        .unwrap_or_default();
    // The language of the full address, else Dutch when the register gives it, else the first.
    let language = full_addresses
        .first()
        .and_then(|n| n.language)
        .or_else(|| {
            [&streets, &municipalities]
                .into_iter()
                .flatten()
                .any(|n| n.language == Some(Language::Nl))
                .then_some(Language::Nl)
        })
        .or_else(|| {
            [&streets, &municipalities]
                .into_iter()
                .flatten()
                .find_map(|n| n.language)
        });
    let pick = |names: &[Name]| {
        names
            .iter()
            .find(|n| language.is_some() && n.language == language)
            .or_else(|| names.first())
            .map(|n| n.text.clone())
    };
    let postinfo = object.get("heeftPostinfo");
    let postcode = postinfo
        .and_then(|p| p.get("postcode"))
        .and_then(literal)
        .or_else(|| {
            postinfo
                .and_then(|p| p.get("@id"))
                .and_then(Value::as_str)
                .and_then(|id| id.strip_prefix(POSTINFO_NAMESPACE))
                .map(str::to_owned)
        });
    let status = object
        .get("status")
        .and_then(concept_text)
        .map(|s| s.parse::<AddressStatus>())
        .transpose()?;
    let position = object.get("positie").map(v3_position).transpose()?;
    Parts {
        register,
        street: pick(&streets),
        municipality: pick(&municipalities),
        full_address: pick(&full_addresses),
        language,
        postcode,
        house_number: object.get("huisnummer").and_then(literal),
        box_number: object.get("busnummer").and_then(literal),
        status,
        position,
    }
    .build()
}

/// A list (or one) of `{"@value": …, "@language": …}` or plain strings.
fn v3_names(value: &Value) -> Vec<Name> {
    let one = |v: &Value| {
        Some(Name {
            text: literal(v)?,
            language: v
                .get("@language")
                .and_then(Value::as_str)
                .and_then(|t| t.parse().ok()),
        })
    };
    match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    }
}

/// `{"@type": "GeografischePositie", "geometrie": [Punt…], "methode": {"@id": …}, "specificatie": …}`.
fn v3_position(value: &Value) -> Result<Position, AddressError> {
    let points = match value.get("geometrie") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| register_point(item).ok_or(AddressError::RegisterPosition)?)
            .collect::<Result<Vec<Point>, AddressError>>()?,
        Some(item) => vec![register_point(item).ok_or(AddressError::RegisterPosition)??],
        None => Vec::new(),
    };
    let point = [31370, 3812]
        .iter()
        .find_map(|epsg| points.iter().find(|p| p.epsg() == *epsg))
        .or_else(|| points.first())
        .copied()
        .ok_or(AddressError::RegisterPosition)?;
    Ok(Position {
        point,
        method: concept(value.get("methode"))?,
        specification: concept(value.get("specificatie"))?,
    })
}

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

/// A string, a number, a value object's `@value`, or the first of a list of those.
fn literal(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Object(object) => object.get("@value").and_then(literal),
        Value::Array(items) => items.first().and_then(literal),
        _ => None,
    }
}

/// A code-list value: a string, or a node's `@id`.
fn concept_text(value: &Value) -> Option<String> {
    value
        .get("@id")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| literal(value))
}

fn concept<T: core::str::FromStr<Err = AddressError>>(
    value: Option<&Value>,
) -> Result<Option<T>, AddressError> {
    value
        .and_then(concept_text)
        .map(|text| text.parse::<T>())
        .transpose()
}

/// A point object, `{"type"/"@type": …, "gml": …, "wkt": …}` with GML or WKT as a string or
/// value object: `None` when it has neither.
fn register_point(value: &Value) -> Option<Result<Point, AddressError>> {
    let error = |_| AddressError::RegisterPosition;
    if let Some(gml) = value.get("gml").and_then(literal) {
        return Some(Point::from_gml(&gml).map_err(error));
    }
    let wkt = value.get("wkt").and_then(literal)?;
    Some(Point::from_wkt(&wkt).map_err(error))
}

/// `https://data.vlaanderen.be/id/adres/{objectId}` from the object id, or from the IRI when
/// there is no object id; both must agree when both are given.
fn register_iri(
    object_id: Option<&Value>,
    iri: Option<&Value>,
) -> Result<Option<Url>, AddressError> {
    let from_iri = iri
        .and_then(Value::as_str)
        .map(|iri| {
            ["https://", "http://"]
                .iter()
                .find_map(|scheme| iri.trim().strip_prefix(scheme))
                .and_then(|rest| rest.strip_prefix("data.vlaanderen.be/id/adres/"))
                .map(str::to_owned)
                .ok_or(AddressError::RegisterJson)
        })
        .transpose()?;
    let id = match (object_id.and_then(literal), from_iri) {
        (Some(id), Some(other)) if id != other => return Err(AddressError::RegisterJson),
        (Some(id), _) | (None, Some(id)) => id,
        (None, None) => return Ok(None),
    };
    if id.is_empty() || id.len() > MAX_OBJECT_ID || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AddressError::RegisterJson);
    }
    Url::parse(&format!("{ADDRESS_NAMESPACE}{id}"))
        .map(Some)
        .map_err(|_| AddressError::RegisterJson)
}
