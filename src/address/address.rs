//! The address type, its builder and its text forms.

use core::fmt;

use url::Url;

use crate::Language;
use crate::address::{AddressError, AddressStatus, BoxNumber, HouseNumber, Position, Postcode};

/// The longest free-text part (street, municipality, country, full address), in characters.
const MAX_TEXT: usize = 200;

/// An address as OSLO's *Adresvoorstelling* (`locn:Address`): how an address is written down
/// as an attribute of something else, a person's residence, a permit's location or a
/// supplier's seat, Belgian or foreign.
///
/// Every part is optional, as in OSLO, but an address always has something to deliver to: a
/// street or a PO box (or at least the full text), and a postcode or municipality. Parts with
/// rules of their own are typed ([`HouseNumber`], [`BoxNumber`], [`Postcode`]); names are kept
/// as written, in the address's [`language`](Address::language).
///
/// # JSON
///
/// The JSON form uses the OSLO term names, so that with the crate's JSON-LD context the same
/// object is linked data: `straatnaam`, `huisnummer`, `busnummer`, `postbus`, `postcode`,
/// `gemeentenaam`, `land`, `volledigAdres`, `taal` (the language of the names),
/// `verwijstNaar` (the register address,
/// `https://data.vlaanderen.be/id/adres/{id}`), `adresStatus` and `positie`. Absent parts are
/// left out. Reading JSON applies the same checks as [`AddressBuilder::build`].
///
/// ```
/// use bouwstenen::address::Address;
///
/// let address = Address::builder()
///     .street("Wetstraat")
///     .house_number("16".parse()?)
///     .postcode("1000".parse()?)
///     .municipality("Brussel")
///     .build()?;
/// let json = serde_json::to_string(&address).unwrap();
/// assert_eq!(
///     json,
///     r#"{"straatnaam":"Wetstraat","huisnummer":"16","postcode":"1000","gemeentenaam":"Brussel"}"#
/// );
/// assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), address);
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(try_from = "AddressBuilder")]
#[schemars(
    title = "Address",
    description = "An address as OSLO Adresvoorstelling (locn:Address), with the OSLO term names. It has a street or PO box (or at least the full text) and a postcode or municipality."
)]
pub struct Address {
    #[serde(rename = "straatnaam", skip_serializing_if = "Option::is_none")]
    street: Option<String>,
    #[serde(rename = "huisnummer", skip_serializing_if = "Option::is_none")]
    house_number: Option<HouseNumber>,
    #[serde(rename = "busnummer", skip_serializing_if = "Option::is_none")]
    box_number: Option<BoxNumber>,
    #[serde(rename = "postbus", skip_serializing_if = "Option::is_none")]
    po_box: Option<String>,
    #[serde(rename = "postcode", skip_serializing_if = "Option::is_none")]
    postcode: Option<Postcode>,
    #[serde(rename = "gemeentenaam", skip_serializing_if = "Option::is_none")]
    municipality: Option<String>,
    #[serde(rename = "land", skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(rename = "volledigAdres", skip_serializing_if = "Option::is_none")]
    full_address: Option<String>,
    #[serde(rename = "taal", skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
    #[serde(rename = "verwijstNaar", skip_serializing_if = "Option::is_none")]
    register_address: Option<Url>,
    #[serde(rename = "adresStatus", skip_serializing_if = "Option::is_none")]
    status: Option<AddressStatus>,
    #[serde(rename = "positie", skip_serializing_if = "Option::is_none")]
    position: Option<Position>,
}

/// Builds an [`Address`]; [`build`](AddressBuilder::build) checks it. It is also the form in
/// which JSON is read.
///
/// ```
/// use bouwstenen::address::{Address, AddressError};
///
/// let po_box = Address::builder().po_box("123").postcode("9000".parse()?).municipality("Gent").build()?;
/// assert_eq!(po_box.to_string(), "Postbus 123, 9000 Gent");
///
/// let no_locality = Address::builder().street("Kerkstraat").build();
/// assert_eq!(no_locality, Err(AddressError::NoLocality));
/// # Ok::<(), AddressError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "Address",
    title = "Address",
    description = "An address as OSLO Adresvoorstelling (locn:Address), with the OSLO term names. It has a street or PO box (or at least the full text) and a postcode or municipality.",
    extend("allOf" = [
        {
            "anyOf": [
                {"required": ["volledigAdres"]},
                {"allOf": [
                    {"anyOf": [{"required": ["straatnaam"]}, {"required": ["postbus"]}]},
                    {"anyOf": [{"required": ["postcode"]}, {"required": ["gemeentenaam"]}]}
                ]}
            ]
        },
        {
            "not": {
                "required": ["postbus"],
                "anyOf": [{"required": ["straatnaam"]}, {"required": ["huisnummer"]}, {"required": ["busnummer"]}]
            }
        },
        {"if": {"required": ["busnummer"]}, "then": {"required": ["huisnummer"]}}
    ])
)]
pub struct AddressBuilder {
    #[serde(rename = "straatnaam", default)]
    #[schemars(
        length(min = 1, max = 200),
        regex(
            pattern = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff][^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*$"
        )
    )]
    street: Option<String>,
    #[serde(rename = "huisnummer", default)]
    house_number: Option<HouseNumber>,
    #[serde(rename = "busnummer", default)]
    box_number: Option<BoxNumber>,
    #[serde(rename = "postbus", default)]
    #[schemars(
        length(min = 1, max = 200),
        regex(
            pattern = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff][^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*$"
        )
    )]
    po_box: Option<String>,
    #[serde(rename = "postcode", default)]
    postcode: Option<Postcode>,
    #[serde(rename = "gemeentenaam", default)]
    #[schemars(
        length(min = 1, max = 200),
        regex(
            pattern = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff][^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*$"
        )
    )]
    municipality: Option<String>,
    #[serde(rename = "land", default)]
    #[schemars(
        length(min = 1, max = 200),
        regex(
            pattern = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff][^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*$"
        )
    )]
    country: Option<String>,
    #[serde(rename = "volledigAdres", default)]
    #[schemars(
        length(min = 1, max = 200),
        regex(
            pattern = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff][^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*$"
        )
    )]
    full_address: Option<String>,
    #[serde(rename = "taal", default)]
    language: Option<Language>,
    #[serde(rename = "verwijstNaar", default)]
    register_address: Option<Url>,
    #[serde(rename = "adresStatus", default)]
    status: Option<AddressStatus>,
    #[serde(rename = "positie", default)]
    position: Option<Position>,
    /// JSON-LD keywords of [`Address::to_jsonld`]'s document: accepted and ignored.
    #[serde(rename = "@context", default)]
    #[schemars(
        with = "Option<serde_json::Value>",
        description = "A JSON-LD context (ignored)."
    )]
    json_ld_context: Option<serde::de::IgnoredAny>,
    #[serde(rename = "@type", default)]
    #[schemars(
        with = "Option<String>",
        description = "A JSON-LD type, such as Adresvoorstelling (ignored)."
    )]
    json_ld_type: Option<serde::de::IgnoredAny>,
    #[serde(rename = "@id", default)]
    #[schemars(
        with = "Option<String>",
        description = "A JSON-LD node identifier (ignored)."
    )]
    json_ld_id: Option<serde::de::IgnoredAny>,
}

impl AddressBuilder {
    /// The street name (*straatnaam*, `locn:thoroughfare`), as written.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().street("Veldstraat");
    /// ```
    pub fn street(mut self, street: impl Into<String>) -> Self {
        self.street = Some(street.into());
        self
    }

    /// The house number.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().house_number("12A".parse()?);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn house_number(mut self, number: HouseNumber) -> Self {
        self.house_number = Some(number);
        self
    }

    /// The box number.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().box_number("0201".parse()?);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn box_number(mut self, number: BoxNumber) -> Self {
        self.box_number = Some(number);
        self
    }

    /// The PO box number (*postbus*, `locn:poBox`), instead of a street.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().po_box("123");
    /// ```
    pub fn po_box(mut self, po_box: impl Into<String>) -> Self {
        self.po_box = Some(po_box.into());
        self
    }

    /// The postcode.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().postcode("9000".parse()?);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn postcode(mut self, postcode: Postcode) -> Self {
        self.postcode = Some(postcode);
        self
    }

    /// The municipality or locality name (*gemeentenaam*), as written.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().municipality("Gent");
    /// ```
    pub fn municipality(mut self, name: impl Into<String>) -> Self {
        self.municipality = Some(name.into());
        self
    }

    /// The country (*land*), as written; leave it out for Belgian addresses.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().country("Nederland");
    /// ```
    pub fn country(mut self, country: impl Into<String>) -> Self {
        self.country = Some(country.into());
        self
    }

    /// The full address as one text (*volledigAdres*, `locn:fullAddress`).
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().full_address("10 Downing Street, London SW1A 2AA");
    /// ```
    pub fn full_address(mut self, text: impl Into<String>) -> Self {
        self.full_address = Some(text.into());
        self
    }

    /// The language the names are written in.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder().language(bouwstenen::Language::Fr);
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// The address in the register this address refers to (*verwijstNaar*), such as
    /// `https://data.vlaanderen.be/id/adres/20484520`.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder()
    ///     .register_address("https://data.vlaanderen.be/id/adres/20484520".parse().unwrap());
    /// ```
    pub fn register_address(mut self, iri: Url) -> Self {
        self.register_address = Some(iri);
        self
    }

    /// The register status of the address.
    ///
    /// ```
    /// let b = bouwstenen::address::Address::builder()
    ///     .status(bouwstenen::address::AddressStatus::InGebruik);
    /// ```
    pub fn status(mut self, status: AddressStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// The position of the address.
    ///
    /// ```
    /// use bouwstenen::address::{Address, Lambert72, Point};
    /// let b = Address::builder().position(Point::from(Lambert72::new(104719.27, 192387.25)?).into());
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn position(mut self, position: Position) -> Self {
        self.position = Some(position);
        self
    }

    /// Checks the parts and builds the address.
    ///
    /// # Errors
    ///
    /// - [`AddressError::Empty`], [`AddressError::Character`], [`AddressError::TooLong`]: a
    ///   text part is empty, contains a control character, or is longer than 200 characters;
    /// - [`AddressError::NoStreet`]: neither a street nor a PO box (nor a full address);
    /// - [`AddressError::NoLocality`]: neither a postcode nor a municipality (nor a full address);
    /// - [`AddressError::PoBoxWithStreet`], [`AddressError::BoxWithoutHouseNumber`].
    ///
    /// ```
    /// use bouwstenen::address::{Address, AddressError};
    /// let err = Address::builder().street("Kerkstraat").box_number("3".parse()?).municipality("Gent").build();
    /// assert_eq!(err, Err(AddressError::BoxWithoutHouseNumber));
    /// # Ok::<(), AddressError>(())
    /// ```
    pub fn build(self) -> Result<Address, AddressError> {
        let text = |value: Option<String>| value.map(checked_text).transpose();
        let address = Address {
            street: text(self.street)?,
            house_number: self.house_number,
            box_number: self.box_number,
            po_box: text(self.po_box)?,
            postcode: self.postcode,
            municipality: text(self.municipality)?,
            country: text(self.country)?,
            full_address: text(self.full_address)?,
            language: self.language,
            register_address: self.register_address,
            status: self.status,
            position: self.position,
        };
        let has_street = address.street.is_some() || address.po_box.is_some();
        let has_locality = address.postcode.is_some() || address.municipality.is_some();
        if address.full_address.is_none() {
            if !has_street {
                return Err(AddressError::NoStreet);
            }
            if !has_locality {
                return Err(AddressError::NoLocality);
            }
        }
        if address.po_box.is_some()
            && (address.street.is_some()
                || address.house_number.is_some()
                || address.box_number.is_some())
        {
            return Err(AddressError::PoBoxWithStreet);
        }
        if address.box_number.is_some() && address.house_number.is_none() {
            return Err(AddressError::BoxWithoutHouseNumber);
        }
        Ok(address)
    }
}

impl TryFrom<AddressBuilder> for Address {
    type Error = AddressError;

    fn try_from(builder: AddressBuilder) -> Result<Self, AddressError> {
        builder.build()
    }
}

/// Trims a text part and checks it: not empty, no control or invisible formatting characters
/// (the same rule as payment texts), at most [`MAX_TEXT`] characters. Runs of whitespace inside
/// become one space.
fn checked_text(text: String) -> Result<String, AddressError> {
    if text.chars().any(crate::text::is_forbidden) {
        return Err(AddressError::Character);
    }
    let collapsed = crate::text::collapse_whitespace(&text);
    if collapsed.is_empty() {
        return Err(AddressError::Empty);
    }
    if collapsed.chars().count() > MAX_TEXT {
        return Err(AddressError::TooLong { max: MAX_TEXT });
    }
    Ok(collapsed)
}

/// The words the one-line and label forms use, per language.
struct Words {
    /// Before the box number in the register's one-line form.
    register_box: &'static str,
    /// Before the box number on a postal label.
    label_box: &'static str,
    /// Before a PO box number.
    po_box: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Fr => Words {
            register_box: "bte",
            label_box: "bte",
            po_box: "BP",
        },
        Language::De => Words {
            register_box: "pf",
            label_box: "box",
            po_box: "Postfach",
        },
        Language::En => Words {
            register_box: "box",
            label_box: "box",
            po_box: "PO Box",
        },
        Language::Nl => Words {
            register_box: "bus",
            label_box: "bus",
            po_box: "Postbus",
        },
    }
}

/// The names of Belgium, lower case, in the languages people write it in. A country that is
/// one of these (or the ISO code `BE`) means "no country line needed"; the parser drops them
/// from the end of an address.
pub(crate) const BELGIUM: &[&str] = &[
    "belgië", "belgie", "belgique", "belgien", "belgium", "belgica",
];

impl Address {
    /// Starts building an address.
    ///
    /// ```
    /// use bouwstenen::address::Address;
    /// let address = Address::builder().street("Meir").house_number("78".parse()?)
    ///     .postcode("2000".parse()?).municipality("Antwerpen").build()?;
    /// assert_eq!(address.street(), Some("Meir"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn builder() -> AddressBuilder {
        AddressBuilder::default()
    }

    /// A builder holding this address's parts, to change some of them.
    ///
    /// ```
    /// use bouwstenen::address::Address;
    /// let address = Address::builder().street("Meir").house_number("78".parse()?)
    ///     .postcode("2000".parse()?).municipality("Antwerpen").build()?;
    /// let moved = address.to_builder().house_number("80".parse()?).build()?;
    /// assert_eq!(moved.to_string(), "Meir 80, 2000 Antwerpen");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn to_builder(&self) -> AddressBuilder {
        AddressBuilder {
            street: self.street.clone(),
            house_number: self.house_number,
            box_number: self.box_number,
            po_box: self.po_box.clone(),
            postcode: self.postcode,
            municipality: self.municipality.clone(),
            country: self.country.clone(),
            full_address: self.full_address.clone(),
            language: self.language,
            register_address: self.register_address.clone(),
            status: self.status,
            position: self.position,
            ..AddressBuilder::default()
        }
    }

    /// The street name.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").postcode("2000".parse()?).build()?;
    /// assert_eq!(a.street(), Some("Meir"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn street(&self) -> Option<&str> {
        self.street.as_deref()
    }

    /// The house number.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").house_number("78".parse()?).postcode("2000".parse()?).build()?;
    /// assert_eq!(a.house_number().map(|n| n.number()), Some(78));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn house_number(&self) -> Option<HouseNumber> {
        self.house_number
    }

    /// The box number.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").house_number("78".parse()?).box_number("3".parse()?)
    ///     .postcode("2000".parse()?).build()?;
    /// assert_eq!(a.box_number().map(|b| b.to_string()), Some("3".to_owned()));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn box_number(&self) -> Option<BoxNumber> {
        self.box_number
    }

    /// The PO box number.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().po_box("123").postcode("9000".parse()?).build()?;
    /// assert_eq!(a.po_box(), Some("123"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn po_box(&self) -> Option<&str> {
        self.po_box.as_deref()
    }

    /// The postcode.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").postcode("2000".parse()?).build()?;
    /// assert_eq!(a.postcode().map(|p| p.value()), Some(2000));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn postcode(&self) -> Option<Postcode> {
        self.postcode
    }

    /// The municipality or locality name, as written.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").municipality("Antwerpen").build()?;
    /// assert_eq!(a.municipality(), Some("Antwerpen"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn municipality(&self) -> Option<&str> {
        self.municipality.as_deref()
    }

    /// The country, as written (absent for most Belgian addresses).
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Dam").house_number("1".parse()?).municipality("Amsterdam")
    ///     .country("Nederland").build()?;
    /// assert_eq!(a.country(), Some("Nederland"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// The full address as one text, when it was given.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().full_address("10 Downing Street, London").country("United Kingdom").build()?;
    /// assert_eq!(a.full_address(), Some("10 Downing Street, London"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn full_address(&self) -> Option<&str> {
        self.full_address.as_deref()
    }

    /// The language the names are written in, when known.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// use bouwstenen::Language;
    /// let a = Address::builder().street("Rue de Fer").municipality("Namur").language(Language::Fr).build()?;
    /// assert_eq!(a.language(), Some(Language::Fr));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The register address this address refers to (*verwijstNaar*).
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").municipality("Antwerpen").build()?;
    /// assert_eq!(a.register_address(), None);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn register_address(&self) -> Option<&Url> {
        self.register_address.as_ref()
    }

    /// The register's status of the address, when it came from the register.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").municipality("Antwerpen").build()?;
    /// assert_eq!(a.status(), None);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn status(&self) -> Option<AddressStatus> {
        self.status
    }

    /// The position, when known.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").municipality("Antwerpen").build()?;
    /// assert_eq!(a.position(), None);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn position(&self) -> Option<&Position> {
        self.position.as_ref()
    }

    /// Whether the address is in Belgium: no country, or a name of Belgium.
    ///
    /// ```
    /// # use bouwstenen::address::Address;
    /// let a = Address::builder().street("Meir").municipality("Antwerpen").country("Belgique").build()?;
    /// assert!(a.is_belgian());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_belgian(&self) -> bool {
        self.country
            .as_deref()
            .map(str::to_lowercase)
            .is_none_or(|c| c == "be" || BELGIUM.contains(&c.as_str()))
    }

    /// The street line: `Kerkstraat 12 bus 3`, or `Postbus 123`.
    fn street_line(&self, box_word: &str, po_box_word: &str) -> Option<String> {
        if let Some(po_box) = &self.po_box {
            return Some(format!("{po_box_word} {po_box}"));
        }
        let mut parts: Vec<String> = Vec::new();
        if let Some(street) = &self.street {
            parts.push(street.clone());
        }
        if let Some(number) = &self.house_number {
            parts.push(number.to_string());
        }
        if let Some(b) = &self.box_number {
            parts.push(format!("{box_word} {b}"));
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// The locality line: `9000 Gent`.
    fn locality_line(&self) -> Option<String> {
        let parts: Vec<&str> = [
            self.postcode.as_ref().map(Postcode::as_str),
            self.municipality.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    fn foreign_country(&self) -> Option<&str> {
        self.country.as_deref().filter(|_| !self.is_belgian())
    }

    /// The register's one-line form (*VolledigAdres*) in the given language:
    /// `Kerkstraat 12 bus 3, 9000 Gent`, with `bte` in French and `pf` in German, as the Flemish
    /// register writes it. A PO box is written `Postbus 123` (`BP`, `Postfach`, `PO Box`), and
    /// a foreign address ends with its country. An address that only has its full text gives
    /// that text.
    ///
    /// ```
    /// use bouwstenen::Language;
    /// use bouwstenen::address::Address;
    /// let a = Address::builder().street("Hauptstraße").house_number("54".parse()?)
    ///     .box_number("2".parse()?).postcode("4780".parse()?).municipality("Sankt Vith").build()?;
    /// assert_eq!(a.one_line(Language::De), "Hauptstraße 54 pf 2, 4780 Sankt Vith");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn one_line(&self, language: Language) -> String {
        let words = words(language);
        let lines: Vec<String> = [
            self.street_line(words.register_box, words.po_box),
            self.locality_line(),
            self.foreign_country().map(str::to_owned),
        ]
        .into_iter()
        .flatten()
        .collect();
        if lines.is_empty() || (self.street.is_none() && self.po_box.is_none()) {
            if let Some(full) = &self.full_address {
                return full.clone();
            }
        }
        lines.join(", ")
    }

    /// bpost's postal label: the street line and the locality line (and, for a foreign
    /// address, the country), separated by `\n`. The box marker is one of the four the law
    /// lists (`bus` in Dutch, `bte` in French, `box` in German and English). An address that
    /// has no street or PO box but its full text is written as that text, one line per
    /// comma-separated part.
    ///
    /// ```
    /// use bouwstenen::Language;
    /// use bouwstenen::address::Address;
    /// let a = Address::builder().street("Rue Haute").house_number("130".parse()?)
    ///     .box_number("2".parse()?).postcode("1000".parse()?).municipality("Bruxelles").build()?;
    /// assert_eq!(a.postal_label(Language::Fr), "Rue Haute 130 bte 2\n1000 Bruxelles");
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn postal_label(&self, language: Language) -> String {
        let words = words(language);
        let mut lines: Vec<String> = match &self.full_address {
            // Only the full text (no street or PO box): its comma-separated parts are the lines.
            Some(text) if self.street.is_none() && self.po_box.is_none() => text
                .split(',')
                .map(|part| part.trim().to_owned())
                .filter(|part| !part.is_empty())
                .collect(),
            _ => [
                self.street_line(words.label_box, words.po_box),
                self.locality_line(),
            ]
            .into_iter()
            .flatten()
            .collect(),
        };
        if let Some(country) = self.foreign_country() {
            if lines.last().map(String::as_str) != Some(country) {
                lines.push(country.to_owned());
            }
        }
        lines.join("\n")
    }
}

/// The one-line form ([`Address::one_line`]) in the address's language, Dutch when unknown.
impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.one_line(self.language.unwrap_or_default()))
    }
}
