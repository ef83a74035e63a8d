//! The Flemish address register's code lists (*codelijsten*) that an [`Address`](super::Address)
//! carries: address status, position method and position specification.

use core::fmt;
use core::str::FromStr;

use crate::address::AddressError;

/// Writes a code-list enum: serde and `Display`/`FromStr` through the register's camelCase
/// value, and `iri()` with the concept's IRI under `https://data.vlaanderen.be/id/concept/`.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $ty:ident, scheme: $scheme:literal, title: $title:literal, description: $description:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, schemars::JsonSchema,
        )]
        #[schemars(title = $title, description = $description)]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[$vmeta])* #[serde(rename = $value)] $variant ),+
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
                format!(concat!("https://data.vlaanderen.be/id/concept/", $scheme, "/{}"), self.as_str())
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = AddressError;

            fn from_str(s: &str) -> Result<Self, AddressError> {
                $ty::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
                    .ok_or(AddressError::Code)
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
