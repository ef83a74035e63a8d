//! JSON-LD: the crate's context for [`Address`] and [`Position`], which makes their JSON OSLO
//! linked data (*Adresvoorstelling*, `locn:Address`, and *GeografischePositie*).
//!
//! The JSON of an address is already written with the OSLO term names; the context maps each
//! of them to the IRI of the OSLO application profile *Adresregister* (see [`context`] for the
//! table). [`Address::to_jsonld`] gives one self-contained document: the address's JSON with
//! the context embedded, `@type`s, and the position in its JSON-LD form, and reading that
//! document back as an [`Address`] gives the same address.

use serde_json::{Map, Value, json};

use crate::address::{Address, Position};

/// The language tag of names whose language is not known (BCP 47 "undetermined").
const UNDETERMINED: &str = "und";

/// The crate's JSON-LD 1.1 context for [`Address`] and [`Position`].
///
/// | JSON key | IRI | value |
/// |---|---|---|
/// | `@type` `Adresvoorstelling` | `http://www.w3.org/ns/locn#Address` | |
/// | `straatnaam` | `http://www.w3.org/ns/locn#thoroughfare` | langString |
/// | `huisnummer` | `https://data.vlaanderen.be/ns/adres#Adresvoorstelling.huisnummer` | xsd:string |
/// | `busnummer` | `https://data.vlaanderen.be/ns/adres#Adresvoorstelling.busnummer` | xsd:string |
/// | `postbus` | `http://www.w3.org/ns/locn#poBox` | xsd:string |
/// | `postcode` | `http://www.w3.org/ns/locn#postCode` | xsd:string |
/// | `gemeentenaam` | `https://data.vlaanderen.be/ns/adres#gemeentenaam` | langString |
/// | `land` | `https://data.vlaanderen.be/ns/adres#land` | langString |
/// | `volledigAdres` | `http://www.w3.org/ns/locn#fullAddress` | langString |
/// | `taal` | none: it is the language tag of the names | |
/// | `verwijstNaar` | `https://data.vlaanderen.be/ns/adres#verwijstNaar` | IRI |
/// | `adresStatus` | `https://data.vlaanderen.be/ns/adres#Adres.status` | IRI under `https://data.vlaanderen.be/id/concept/adresstatus/` |
/// | `positie` | `https://data.vlaanderen.be/ns/adres#positie` | a position |
/// | `@type` `GeografischePositie` | `https://data.vlaanderen.be/ns/generiek#GeografischePositie` | |
/// | `geometrie` | `http://www.w3.org/ns/locn#geometry` | a point |
/// | `type` (`@type`) `Point` | `http://www.opengis.net/ont/sf#Point` | |
/// | `gml` | `http://www.opengis.net/ont/geosparql#asGML` | `geosparql:gmlLiteral` |
/// | `wkt` | `http://www.opengis.net/ont/geosparql#asWKT` | `geosparql:wktLiteral` |
/// | `methode` | `https://data.vlaanderen.be/ns/generiek#methode` | IRI under `https://data.vlaanderen.be/id/concept/geometriemethode/` |
/// | `specificatie` | `https://data.vlaanderen.be/ns/generiek#specificatie` | IRI under `https://data.vlaanderen.be/id/concept/geometriespecificatie/` |
/// | `default` | `https://data.vlaanderen.be/ns/generiek#default` | xsd:boolean |
///
/// The names are language-tagged strings: the context has no `@language` of its own, and
/// [`Address::to_jsonld`] adds the address's language (`und`, undetermined, when it is not
/// known). The code values (`inGebruik`, `gebouw`) become the code lists' concept IRIs through
/// a property-scoped `@vocab`.
///
/// The context is an array of two objects, the terms with scoped contexts in the second: a
/// JSON object's keys come out sorted, and pyld 2 evaluates a scoped context with only the
/// terms defined before it, so in one sorted object `geometrie`'s value would lose `gml` and
/// `wkt`. OSLO's *Adresvoorstelling* has no status or position: `adresStatus` and
/// `positie` use the properties the register's *Adres* has (`adres:Adres.status`,
/// `adres:positie`), as the register's own API contexts do.
///
/// ```
/// let context = bouwstenen::address::context();
/// assert_eq!(context[0]["straatnaam"], "locn:thoroughfare");
/// assert_eq!(context[0]["locn"], "http://www.w3.org/ns/locn#");
/// assert_eq!(context[0]["adres"], "https://data.vlaanderen.be/ns/adres#");
/// assert_eq!(context[1]["adresStatus"]["@id"], "adres:Adres.status");
/// ```
pub fn context() -> Value {
    json!([
        {
            "@version": 1.1,
            "adres": "https://data.vlaanderen.be/ns/adres#",
            "generiek": "https://data.vlaanderen.be/ns/generiek#",
            "locn": "http://www.w3.org/ns/locn#",
            "geosparql": "http://www.opengis.net/ont/geosparql#",
            "sf": "http://www.opengis.net/ont/sf#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "Adresvoorstelling": "locn:Address",
            "GeografischePositie": "generiek:GeografischePositie",
            "Point": "sf:Point",
            "type": "@type",
            "straatnaam": "locn:thoroughfare",
            "huisnummer": { "@id": "adres:Adresvoorstelling.huisnummer", "@type": "xsd:string" },
            "busnummer": { "@id": "adres:Adresvoorstelling.busnummer", "@type": "xsd:string" },
            "postbus": { "@id": "locn:poBox", "@type": "xsd:string" },
            "postcode": { "@id": "locn:postCode", "@type": "xsd:string" },
            "gemeentenaam": "adres:gemeentenaam",
            "land": "adres:land",
            "volledigAdres": "locn:fullAddress",
            "taal": null,
            "verwijstNaar": { "@id": "adres:verwijstNaar", "@type": "@id" },
            "positie": { "@id": "adres:positie" },
            "geometrie": { "@id": "locn:geometry" },
            "gml": { "@id": "geosparql:asGML", "@type": "geosparql:gmlLiteral" },
            "wkt": { "@id": "geosparql:asWKT", "@type": "geosparql:wktLiteral" },
            "default": { "@id": "generiek:default", "@type": "xsd:boolean" }
        },
        {
            "@version": 1.1,
            "adresStatus": {
                "@id": "adres:Adres.status",
                "@type": "@vocab",
                "@context": { "@vocab": "https://data.vlaanderen.be/id/concept/adresstatus/" }
            },
            "methode": {
                "@id": "generiek:methode",
                "@type": "@vocab",
                "@context": { "@vocab": "https://data.vlaanderen.be/id/concept/geometriemethode/" }
            },
            "specificatie": {
                "@id": "generiek:specificatie",
                "@type": "@vocab",
                "@context": { "@vocab": "https://data.vlaanderen.be/id/concept/geometriespecificatie/" }
            }
        }
    ])
}

/// The position as a JSON-LD node without context: its JSON with `@type`
/// `GeografischePositie`, `default` true, and the codes as typed concept nodes (SHACL checks
/// that they are `skos:Concept`s, which only the document can say).
fn position_node(position: &Position) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("@type".to_owned(), json!("GeografischePositie"));
    node.insert(
        "geometrie".to_owned(),
        json!({
            "type": "Point",
            "gml": position.point.to_gml(),
            "wkt": position.point.to_wkt(),
        }),
    );
    let concept = |iri: String| json!({ "@id": iri, "@type": "skos:Concept" });
    if let Some(method) = position.method {
        node.insert("methode".to_owned(), concept(method.iri()));
    }
    if let Some(specification) = position.specification {
        node.insert("specificatie".to_owned(), concept(specification.iri()));
    }
    node.insert("default".to_owned(), Value::Bool(true));
    node
}

impl Position {
    /// The position as a self-contained JSON-LD document: a `generiek:GeografischePositie`
    /// whose `locn:geometry` is a `sf:Point` with its GML and WKT literals, with the method and
    /// specification as `skos:Concept` nodes of the register's code lists and `generiek:default`
    /// true. Reading it back as a [`Position`] gives the same position (at the precision of
    /// [`Point::rounded`](crate::address::Point::rounded)).
    ///
    /// ```
    /// use bouwstenen::address::{Lambert72, Position, PositionMethod};
    /// let position = Position {
    ///     point: Lambert72::new(140252.76, 198794.27)?.into(),
    ///     method: Some(PositionMethod::AangeduidDoorBeheerder),
    ///     specification: None,
    /// };
    /// let doc = position.to_jsonld();
    /// assert_eq!(doc["@type"], "GeografischePositie");
    /// assert_eq!(doc["methode"]["@id"], "https://data.vlaanderen.be/id/concept/geometriemethode/aangeduidDoorBeheerder");
    /// assert_eq!(doc["default"], true);
    /// let mut back = doc.clone();
    /// back.as_object_mut().unwrap().remove("@context");
    /// assert_eq!(serde_json::from_value::<Position>(back).unwrap(), position);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_jsonld(&self) -> Value {
        let mut node = position_node(self);
        node.insert("@context".to_owned(), context());
        Value::Object(node)
    }
}

impl Address {
    /// The address as one self-contained JSON-LD document: its JSON (see [`Address`]) with the
    /// crate's [`context`] embedded, with `@language` set to the address's
    /// [language](Address::language) (`und` when unknown) so that the names are
    /// language-tagged, `@type` `Adresvoorstelling` (`locn:Address`), and the position in the
    /// JSON-LD form of [`Position::to_jsonld`]. The document expands to RDF that conforms to
    /// the SHACL shapes of OSLO's *Adresregister* (checked in CI with pyld and pyshacl).
    ///
    /// Reading the document as an [`Address`] (serde) gives the same address: `@context` and
    /// `@type` are skipped, the position's JSON-LD form is read.
    ///
    /// ```
    /// use bouwstenen::Language;
    /// use bouwstenen::address::{Address, AddressStatus};
    ///
    /// let address = Address::builder()
    ///     .street("Rue de la Loi")
    ///     .house_number("16".parse()?)
    ///     .postcode("1000".parse()?)
    ///     .municipality("Bruxelles")
    ///     .language(Language::Fr)
    ///     .register_address("https://data.vlaanderen.be/id/adres/3706808".parse().unwrap())
    ///     .status(AddressStatus::InGebruik)
    ///     .build()?;
    /// let doc = address.to_jsonld();
    /// assert_eq!(doc["@type"], "Adresvoorstelling");
    /// assert_eq!(doc["@context"][0]["@language"], "fr");
    /// assert_eq!(doc["straatnaam"], "Rue de la Loi");
    /// assert_eq!(doc["verwijstNaar"], "https://data.vlaanderen.be/id/adres/3706808");
    /// assert_eq!(serde_json::from_value::<Address>(doc).unwrap(), address);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn to_jsonld(&self) -> Value {
        let mut context = context();
        if let Some(Value::Object(terms)) = context.get_mut(0) {
            let language = self.language().map_or(UNDETERMINED, |l| l.code());
            terms.insert("@language".to_owned(), json!(language));
        }
        // An address always serialises to an object (every key is a string and every number
        // finite); the empty map only keeps this function free of panics.
        let mut document = match serde_json::to_value(self) {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        };
        document.insert("@context".to_owned(), context);
        document.insert("@type".to_owned(), json!("Adresvoorstelling"));
        if let Some(position) = self.position() {
            document.insert("positie".to_owned(), Value::Object(position_node(position)));
        }
        Value::Object(document)
    }
}
