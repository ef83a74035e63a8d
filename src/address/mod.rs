//! Belgian addresses: the OSLO address type, its validated parts, formatting, the municipality
//! register, and positions in the coordinate systems Belgian registers use.
//!
//! - [`Address`] is OSLO's *Adresvoorstelling* (an address as an attribute of something else):
//!   street, [`HouseNumber`], [`BoxNumber`], [`Postcode`], municipality, country, and optionally
//!   the register address it refers to and its [`Position`]. Its JSON uses the OSLO term names.
//! - Positions: [`Wgs84`], [`Lambert72`] (EPSG:31370) and [`Lambert2008`] (EPSG:3812), with
//!   conversions between them.
//!
//! ```
//! use bouwstenen::Language;
//! use bouwstenen::address::Address;
//!
//! let address = Address::builder()
//!     .street("Kerkstraat")
//!     .house_number("12".parse()?)
//!     .box_number("3".parse()?)
//!     .postcode("9000".parse()?)
//!     .municipality("Gent")
//!     .build()?;
//! assert_eq!(address.to_string(), "Kerkstraat 12 bus 3, 9000 Gent");
//! assert_eq!(address.one_line(Language::Fr), "Kerkstraat 12 bte 3, 9000 Gent");
//! assert_eq!(address.postal_label(Language::Nl), "Kerkstraat 12 bus 3\n9000 Gent");
//! # Ok::<(), bouwstenen::address::AddressError>(())
//! ```

#[allow(clippy::module_inception)]
mod address;
mod basisregisters;
mod codes;
mod jsonld;
mod parse;
mod parts;
mod position;
mod register;
mod validate;

pub use address::{Address, AddressBuilder};
pub use codes::{AddressStatus, PositionMethod, PositionSpecification};
pub use jsonld::context;
pub use parts::{BoxNumber, HouseNumber, HouseNumberSuffix, Postcode};
pub use position::{Lambert72, Lambert2008, Point, Position, PositionError, Wgs84};
pub use register::{
    LanguageArea, LocalityMatch, MatchKind, Municipality, Province, Region, RetiredMunicipality,
    SubMunicipality,
};
pub use validate::{Finding, Severity, Validation};

use crate::error::error_enum;

error_enum! {
    /// Why a text is not a valid address or address part.
    ///
    /// ```
    /// use bouwstenen::address::{AddressError, Postcode};
    /// let err = "90000".parse::<Postcode>().unwrap_err();
    /// assert_eq!(err, AddressError::Postcode);
    /// assert_eq!(err.code(), "address.postcode");
    /// ```
    pub enum AddressError {
        /// The value is empty or only whitespace.
        #[error("the value is empty")]
        Empty = "address.empty",
        /// A text is longer than the crate accepts.
        #[error("the text is longer than {max} characters")]
        TooLong {
            /// The limit, in characters.
            max: usize,
        } = "address.too_long",
        /// A control character (other than a line break between address lines).
        #[error("the text contains a control character")]
        Character = "address.character",
        /// Not a Belgian postcode: four digits from 1000 to 9999 (or 0612).
        #[error("not a Belgian postcode (four digits from 1000 to 9999)")]
        Postcode = "address.postcode",
        /// Not a house number: a number without leading zeros, an optional letter or
        /// bis/ter/quater, or an ascending range of those.
        #[error("not a house number")]
        HouseNumber = "address.house_number",
        /// Not a box number: 1 to 10 letters, digits, `.`, `/` or `-`.
        #[error("not a box number")]
        BoxNumber = "address.box_number",
        /// Not a value of the register's code list.
        #[error("not a value of the code list")]
        Code = "address.code",
        /// The address has neither a street nor a PO box.
        #[error("no street or PO box found")]
        NoStreet = "address.no_street",
        /// The address has neither a postcode nor a municipality.
        #[error("no postcode or municipality found")]
        NoLocality = "address.no_locality",
        /// A PO box together with a street address.
        #[error("a PO box cannot have a street, house number or box number")]
        PoBoxWithStreet = "address.po_box_with_street",
        /// A box number without a house number.
        #[error("a box number needs a house number")]
        BoxWithoutHouseNumber = "address.box_without_house_number",
        /// Not an address (or list of addresses) of the Flemish address register's API v2 or
        /// v3 ([`Address::from_register_json`]).
        #[error("not an address of the address register's API (v2 or v3 JSON)")]
        RegisterJson = "address.register_json",
        /// The register's position of an address is not a point the crate reads.
        #[error("the register's position is not a GML or WKT point the crate reads")]
        RegisterPosition = "address.register_position",
    }
}
