//! The Flemish address register's code lists (*codelijsten*) that an [`Address`](super::Address)
//! carries: address status, position method and position specification.
//!
//! Each is read in one way, by `FromStr`, which serde and the register reader also use: the
//! register's value exactly (`inGebruik`, case included) or the concept's full IRI
//! (`https://data.vlaanderen.be/id/concept/adresstatus/inGebruik`). They are written as the
//! value; their JSON Schemas list the values and the IRIs.

use core::fmt;
use core::str::FromStr;

use crate::address::AddressError;

/// Writes a code-list enum: `Display` and serialisation as the register's camelCase value;
/// `FromStr` (the one parse path, which deserialisation also takes) reading exactly that value
/// or the concept's full IRI under `https://data.vlaanderen.be/id/concept/{scheme}/`; `iri()`;
/// and a JSON Schema that lists both.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $ty:ident, scheme: $scheme:literal, title: $title:literal, description: $description:literal {
            $( $(#[doc = $vdoc:literal])+ $variant:ident = $value:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[doc = $vdoc])+ $variant ),+
        }

        impl $ty {
            /// Every value, in the code list's order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The register's value, as in its JSON (`inGebruik`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $ty::$variant => $value ),+
                }
            }

            /// The concept's IRI in the code list.
            pub fn iri(self) -> String {
                format!("{}{}", Self::IRI_PREFIX, self.as_str())
            }

            /// What precedes the value in a concept's IRI.
            const IRI_PREFIX: &'static str = concat!("https://data.vlaanderen.be/id/concept/", $scheme, "/");

            /// The value's documentation, for its JSON Schema.
            fn description(self) -> &'static str {
                match self {
                    $( $ty::$variant => concat!($($vdoc),+).trim() ),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = AddressError;

            /// Exactly the register's value (`inGebruik`, in that case) or the concept's full
            /// IRI (`https://data.vlaanderen.be/id/concept/…/inGebruik`).
            fn from_str(s: &str) -> Result<Self, AddressError> {
                let value = s.strip_prefix(Self::IRI_PREFIX).unwrap_or(s);
                $ty::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == value)
                    .ok_or(AddressError::Code)
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(|_| {
                    serde::de::Error::invalid_value(
                        serde::de::Unexpected::Str(&text),
                        &concat!("a value of the code list ", $scheme, " or its concept IRI"),
                    )
                })
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("bouwstenen::", stringify!($ty)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let values: Vec<serde_json::Value> = $ty::ALL
                    .iter()
                    .map(|v| {
                        serde_json::json!({
                            "description": v.description(),
                            "type": "string",
                            "enum": [v.as_str(), v.iri()],
                        })
                    })
                    .collect();
                schemars::json_schema!({
                    "title": $title,
                    "description": concat!(
                        $description,
                        " Written as the value; its concept IRI, https://data.vlaanderen.be/id/concept/",
                        $scheme, "/ followed by the value, is also read."
                    ),
                    "oneOf": values,
                })
            }
        }
    };
}

code_list! {
    /// The status of an address in the register (*adresstatus*).
    ///
    /// ```
    /// use bouwstenen::address::AddressStatus;
    /// let status: AddressStatus = "inGebruik".parse()?;
    /// assert_eq!(status, AddressStatus::InGebruik);
    /// assert_eq!(status.iri(), "https://data.vlaanderen.be/id/concept/adresstatus/inGebruik");
    /// assert_eq!(status.iri().parse::<AddressStatus>()?, status);
    /// // The value exactly as the register writes it: no other case, no spaces.
    /// assert!("INGEBRUIK".parse::<AddressStatus>().is_err());
    /// // Serde reads what `parse` reads and writes the value.
    /// let json = r#""https://data.vlaanderen.be/id/concept/adresstatus/inGebruik""#;
    /// assert_eq!(serde_json::from_str::<AddressStatus>(json).unwrap(), status);
    /// assert_eq!(serde_json::to_string(&status).unwrap(), r#""inGebruik""#);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    AddressStatus, scheme: "adresstatus", title: "Address status",
    description: "The status of an address in the Flemish address register (code list adresstatus)." {
        /// Proposed (*voorgesteld*).
        Voorgesteld = "voorgesteld",
        /// In use (*inGebruik*).
        InGebruik = "inGebruik",
        /// Retired (*gehistoreerd*).
        Gehistoreerd = "gehistoreerd",
        /// Rejected (*afgekeurd*).
        Afgekeurd = "afgekeurd",
    }
}

code_list! {
    /// How a position was obtained (*geometriemethode*).
    ///
    /// ```
    /// use bouwstenen::address::PositionMethod;
    /// assert_eq!(PositionMethod::Geinterpoleerd.to_string(), "geinterpoleerd");
    /// assert_eq!(
    ///     PositionMethod::Geinterpoleerd.iri(),
    ///     "https://data.vlaanderen.be/id/concept/geometriemethode/geinterpoleerd"
    /// );
    /// ```
    PositionMethod, scheme: "geometriemethode", title: "Position method",
    description: "How a position was obtained (code list geometriemethode)." {
        /// Marked by the register's keeper (*aangeduidDoorBeheerder*).
        AangeduidDoorBeheerder = "aangeduidDoorBeheerder",
        /// Derived from an object such as a building (*afgeleidVanObject*).
        AfgeleidVanObject = "afgeleidVanObject",
        /// Interpolated (*geinterpoleerd*).
        Geinterpoleerd = "geinterpoleerd",
    }
}

code_list! {
    /// What a position marks (*geometriespecificatie*).
    ///
    /// ```
    /// use bouwstenen::address::PositionSpecification;
    /// let spec: PositionSpecification = "gebouweenheid".parse()?;
    /// assert_eq!(spec, PositionSpecification::Gebouweenheid);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    PositionSpecification, scheme: "geometriespecificatie", title: "Position specification",
    description: "What a position marks (code list geometriespecificatie)." {
        /// The municipality.
        Gemeente = "gemeente",
        /// The street.
        Straat = "straat",
        /// The parcel.
        Perceel = "perceel",
        /// The building lot.
        Lot = "lot",
        /// A pitch (for caravans, *standplaats*).
        Standplaats = "standplaats",
        /// A mooring (*ligplaats*).
        Ligplaats = "ligplaats",
        /// The building.
        Gebouw = "gebouw",
        /// The building unit.
        Gebouweenheid = "gebouweenheid",
        /// The entrance.
        Ingang = "ingang",
        /// The road segment.
        Wegsegment = "wegsegment",
    }
}
