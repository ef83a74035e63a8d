//! Prints the JSON-LD documents of a realistic set of addresses, one per line:
//! `cargo run --example address_jsonld`.
//!
//! CI pipes the output into `tests/oslo/address_shacl.py`, which expands every document with
//! pyld, checks the IRIs and validates the RDF with pyshacl against OSLO's *Adresregister*
//! SHACL shapes:
//!
//! ```sh
//! cargo run --example address_jsonld | target/oslo-venv/bin/python tests/oslo/address_shacl.py
//! ```

use bouwstenen::Language;
use bouwstenen::address::{
    Address, AddressStatus, Lambert72, Lambert2008, Point, Position, PositionMethod,
    PositionSpecification, Wgs84,
};

/// The address register's v2 detail response, as the API sends it (trimmed).
const REGISTER_V2: &str = r#"{
  "@context": "https://docs.basisregisters.vlaanderen.be/context/adres/2021-12-15/adressen_detail.jsonld",
  "@type": "Adres",
  "identificator": {"id": "https://data.vlaanderen.be/id/adres/60", "naamruimte": "https://data.vlaanderen.be/id/adres", "objectId": "60", "versieId": "2024-01-01T12:00:00+01:00"},
  "gemeente": {"objectId": "44021", "gemeentenaam": {"geografischeNaam": {"spelling": "Gent", "taal": "nl"}}},
  "postinfo": {"objectId": "9000"},
  "straatnaam": {"objectId": "748", "straatnaam": {"geografischeNaam": {"spelling": "Teststraat", "taal": "nl"}}},
  "huisnummer": "42",
  "busnummer": "5B",
  "volledigAdres": {"geografischeNaam": {"spelling": "Teststraat 42 bus 5B, 9000 Gent", "taal": "nl"}},
  "adresPositie": {
    "geometrie": {"type": "Point", "gml": "<gml:Point srsName=\"https://www.opengis.net/def/crs/EPSG/0/31370\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"},
    "positieGeometrieMethode": "aangeduidDoorBeheerder",
    "positieSpecificatie": "gebouw"
  },
  "adresStatus": "inGebruik",
  "officieelToegekend": true
}"#;

fn register(id: u32) -> Result<url::Url, url::ParseError> {
    format!("https://data.vlaanderen.be/id/adres/{id}").parse()
}

fn position(
    point: Point,
    method: PositionMethod,
    specification: PositionSpecification,
) -> Position {
    Position {
        point,
        method: Some(method),
        specification: Some(specification),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addresses = vec![
        // Dutch, with a box, from the register, with its status and a Lambert 72 position.
        Address::builder()
            .street("Kerkstraat")
            .house_number("12".parse()?)
            .box_number("3".parse()?)
            .postcode("9000".parse()?)
            .municipality("Gent")
            .language(Language::Nl)
            .register_address(register(2_046_752)?)
            .status(AddressStatus::InGebruik)
            .position(position(
                Lambert72::new(104_719.27, 192_387.25)?.into(),
                PositionMethod::AangeduidDoorBeheerder,
                PositionSpecification::Gebouweenheid,
            ))
            .build()?,
        // French, with a WGS 84 position.
        Address::builder()
            .street("Rue de Fer")
            .house_number("25".parse()?)
            .postcode("5000".parse()?)
            .municipality("Namur")
            .language(Language::Fr)
            .position(position(
                Wgs84::new(4.866_953, 50.465_618)?.into(),
                PositionMethod::Geinterpoleerd,
                PositionSpecification::Perceel,
            ))
            .build()?,
        // German, with a box and a Lambert 2008 position.
        Address::builder()
            .street("Hauptstraße")
            .house_number("54".parse()?)
            .box_number("2".parse()?)
            .postcode("4780".parse()?)
            .municipality("Sankt Vith")
            .language(Language::De)
            .position(position(
                Lambert2008::new(783_061.12, 617_843.66)?.into(),
                PositionMethod::AfgeleidVanObject,
                PositionSpecification::Ingang,
            ))
            .build()?,
        // Bilingual Brussels: the same register address in Dutch and in French.
        Address::builder()
            .street("Wetstraat")
            .house_number("16".parse()?)
            .postcode("1000".parse()?)
            .municipality("Brussel")
            .language(Language::Nl)
            .register_address(register(3_706_808)?)
            .status(AddressStatus::InGebruik)
            .build()?,
        Address::builder()
            .street("Rue de la Loi")
            .house_number("16".parse()?)
            .postcode("1000".parse()?)
            .municipality("Bruxelles")
            .language(Language::Fr)
            .register_address(register(3_706_808)?)
            .status(AddressStatus::InGebruik)
            .build()?,
        // A range of house numbers, with a full address.
        Address::builder()
            .street("Meir")
            .house_number("21-27".parse()?)
            .postcode("2000".parse()?)
            .municipality("Antwerpen")
            .full_address("Meir 21-27, 2000 Antwerpen")
            .language(Language::Nl)
            .build()?,
        // A PO box.
        Address::builder()
            .po_box("123")
            .postcode("9000".parse()?)
            .municipality("Gent")
            .language(Language::Nl)
            .build()?,
        // Foreign addresses: structured with a country, and only the full text.
        Address::builder()
            .street("Dam")
            .house_number("1".parse()?)
            .municipality("Amsterdam")
            .country("Nederland")
            .full_address("Dam 1, 1012 JS Amsterdam, Nederland")
            .language(Language::Nl)
            .build()?,
        Address::builder()
            .full_address("10 Downing Street, London SW1A 2AA")
            .country("United Kingdom")
            .language(Language::En)
            .build()?,
        // A retired register address whose language is not known.
        Address::builder()
            .street("Markt")
            .house_number("7A".parse()?)
            .postcode("8000".parse()?)
            .municipality("Brugge")
            .register_address(register(4_117_012)?)
            .status(AddressStatus::Gehistoreerd)
            .position(
                Point::from(Wgs84::new(3.224_7, 51.208_9)?.to_lambert72())
                    .rounded()
                    .into(),
            )
            .build()?,
        // Read from the register's API.
        Address::from_register_json(REGISTER_V2)?,
    ];
    for address in &addresses {
        println!("{}", serde_json::to_string(&address.to_jsonld())?);
    }
    // A position on its own.
    let alone = position(
        Lambert72::new(140_252.76, 198_794.27)?.into(),
        PositionMethod::AangeduidDoorBeheerder,
        PositionSpecification::Gebouw,
    );
    println!("{}", serde_json::to_string(&alone.to_jsonld())?);
    Ok(())
}
