//! Positions: WGS 84 longitude and latitude, Belgian Lambert 72 (EPSG:31370) and Belgian
//! Lambert 2008 (EPSG:3812), with the conversions PROJ makes between them.
//!
//! # How the conversions work, and how accurate they are
//!
//! - **Lambert 2008** is the Lambert conformal conic projection (two standard parallels) of
//!   ETRS89 on the GRS80 ellipsoid. WGS 84 coordinates are taken as ETRS89, as PROJ does
//!   (EPSG:1149, "1 m": the two systems drift apart by a few centimetres a year).
//! - **Lambert 72** is the same projection of the BD72 datum on the International 1924 ellipsoid.
//!   Between WGS 84 and BD72 the crate applies the 7-parameter transformation **EPSG:15929**
//!   ("BD72 to WGS 84 (3)", coordinate frame rotation), which is the one PROJ chooses for
//!   EPSG:4326 to EPSG:31370. EPSG states its accuracy as 1 m; compared with the NGI's
//!   centimetre-level grid (EPSG:8369) it differs by 0.11 m on average and 0.33 m at most on 105
//!   points across Belgium. Lambert 72 to Lambert 2008 goes through WGS 84 the same way (PROJ's
//!   result without the grid, EPSG:15928 having the same parameters).
//! - The projections themselves are exact: the tests reproduce PROJ 9.1.1 within 0.1 mm on
//!   those 105 points (0.07 mm at most), and a round trip returns the point within 1 mm.
//! - Every result is a valid position: a longitude is brought into −180 to 180 degrees and a
//!   latitude stays within −90 to 90, however far outside Belgium a Lambert point lies.
//!
//! ```
//! use bouwstenen::address::{Lambert2008, Lambert72, Wgs84};
//!
//! let grote_markt = Wgs84::new(4.3525, 50.8467)?;
//! let l72 = grote_markt.to_lambert72();
//! assert!((l72.x() - 148855.4227).abs() < 0.001 && (l72.y() - 170699.6759).abs() < 0.001);
//! let l08 = grote_markt.to_lambert2008();
//! assert!((l08.x() - 648855.0356).abs() < 0.001 && (l08.y() - 670699.9451).abs() < 0.001);
//! # Ok::<(), bouwstenen::address::PositionError>(())
//! ```

use core::f64::consts::{FRAC_PI_2, FRAC_PI_4};
use std::sync::LazyLock;

use crate::address::{PositionMethod, PositionSpecification};
use crate::error::error_enum;

error_enum! {
    /// Why numbers are not a valid position.
    ///
    /// ```
    /// use bouwstenen::address::{PositionError, Wgs84};
    /// assert_eq!(Wgs84::new(4.35, 91.0), Err(PositionError::Range));
    /// assert_eq!(Wgs84::new(f64::NAN, 50.0).unwrap_err().code(), "position.not_finite");
    /// ```
    pub enum PositionError {
        /// A coordinate is not a finite number.
        #[error("a coordinate is not a finite number")]
        NotFinite = "position.not_finite",
        /// A longitude outside −180 to 180 or a latitude outside −90 to 90 degrees.
        #[error("the longitude must be from -180 to 180 and the latitude from -90 to 90 degrees")]
        Range = "position.range",
        /// Not a GML point: one `gml:Point` element with one `gml:pos` of two numbers
        /// ([`Point::from_gml`]); also a point's JSON with neither `gml` nor `wkt`.
        #[error("not a GML point with a gml:pos of two numbers")]
        Gml = "position.gml",
        /// Not a WKT point: `POINT (x y)`, optionally after a CRS IRI in angle brackets or an
        /// EWKT `SRID=n;` prefix ([`Point::from_wkt`]).
        #[error("not a WKT point of two numbers")]
        Wkt = "position.wkt",
        /// No coordinate reference system, or one other than EPSG:4326, OGC CRS84, EPSG:31370
        /// and EPSG:3812 (or written in a form the crate does not read).
        #[error("the coordinate reference system is missing or not EPSG:4326, CRS84, EPSG:31370 or EPSG:3812")]
        Crs = "position.crs",
        /// A point's JSON whose `gml` and `wkt` give different points.
        #[error("the GML and WKT forms of the point disagree")]
        Mismatch = "position.mismatch",
    }
}

/// The constructor and accessors of a projected position (x and y in metres).
macro_rules! projected_point {
    ($ty:ident) => {
        impl $ty {
            #[doc = concat!("A position from x (easting) and y (northing) in metres; both must be finite.\n\n```\nuse bouwstenen::address::", stringify!($ty), ";\nassert!(", stringify!($ty), "::new(f64::NAN, 0.0).is_err());\n```")]
            pub fn new(x: f64, y: f64) -> Result<Self, PositionError> {
                if x.is_finite() && y.is_finite() {
                    Ok(Self { x, y })
                } else {
                    Err(PositionError::NotFinite)
                }
            }

            #[doc = concat!("The easting in metres.\n\n```\nassert_eq!(bouwstenen::address::", stringify!($ty), "::new(1.0, 2.0)?.x(), 1.0);\n# Ok::<(), bouwstenen::PositionError>(())\n```")]
            pub fn x(&self) -> f64 {
                self.x
            }

            #[doc = concat!("The northing in metres.\n\n```\nassert_eq!(bouwstenen::address::", stringify!($ty), "::new(1.0, 2.0)?.y(), 2.0);\n# Ok::<(), bouwstenen::PositionError>(())\n```")]
            pub fn y(&self) -> f64 {
                self.y
            }
        }
    };
}

/// A position as WGS 84 longitude and latitude in degrees (EPSG:4326, in longitude, latitude
/// order, as GeoJSON and WKT write it).
///
/// ```
/// use bouwstenen::address::Wgs84;
/// let gent = Wgs84::new(3.7250, 51.0543)?;
/// assert_eq!((gent.lon(), gent.lat()), (3.7250, 51.0543));
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[schemars(
    rename = "Wgs84",
    description = "A position as WGS 84 (EPSG:4326) longitude and latitude in degrees."
)]
pub struct Wgs84 {
    #[schemars(range(min = -180.0, max = 180.0))]
    lon: f64,
    #[schemars(range(min = -90.0, max = 90.0))]
    lat: f64,
}

/// A position in Belgian Lambert 72 (EPSG:31370), in metres.
///
/// ```
/// use bouwstenen::address::Lambert72;
/// let p = Lambert72::new(148855.42, 170699.68)?;
/// assert_eq!(p.x(), 148855.42);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[schemars(
    rename = "Lambert72",
    description = "A position in Belgian Lambert 72 (EPSG:31370): x (easting) and y (northing) in metres."
)]
pub struct Lambert72 {
    x: f64,
    y: f64,
}

/// A position in Belgian Lambert 2008 (EPSG:3812), in metres.
///
/// ```
/// use bouwstenen::address::Lambert2008;
/// let origin = Lambert2008::new(649328.0, 665262.0)?;
/// let wgs84 = origin.to_wgs84();
/// assert!((wgs84.lat() - 50.797815).abs() < 1e-9);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[schemars(
    rename = "Lambert2008",
    description = "A position in Belgian Lambert 2008 (EPSG:3812): x (easting) and y (northing) in metres."
)]
pub struct Lambert2008 {
    x: f64,
    y: f64,
}

impl Wgs84 {
    /// A WGS 84 position from longitude and latitude in degrees.
    ///
    /// ```
    /// use bouwstenen::address::Wgs84;
    /// assert!(Wgs84::new(4.35, 50.85).is_ok());
    /// assert!(Wgs84::new(181.0, 50.85).is_err());
    /// ```
    pub fn new(lon: f64, lat: f64) -> Result<Self, PositionError> {
        if !lon.is_finite() || !lat.is_finite() {
            return Err(PositionError::NotFinite);
        }
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            return Err(PositionError::Range);
        }
        Ok(Self { lon, lat })
    }

    /// A position from a conversion's result in radians, which is always finite: the
    /// longitude is brought into −180 to 180 degrees (a Lambert point far from Belgium can give
    /// one several turns off), and the latitude, which is within ±π/2 by construction, is
    /// clamped against rounding in the conversion to degrees.
    fn from_radians(lon: f64, lat: f64) -> Self {
        let lon = lon.to_degrees();
        let lon = if (-180.0..=180.0).contains(&lon) {
            lon
        } else {
            ((lon + 180.0).rem_euclid(360.0) - 180.0).clamp(-180.0, 180.0)
        };
        Self {
            lon,
            lat: lat.to_degrees().clamp(-90.0, 90.0),
        }
    }

    /// The longitude in degrees.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::Wgs84::new(4.35, 50.85)?.lon(), 4.35);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// The latitude in degrees.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::Wgs84::new(4.35, 50.85)?.lat(), 50.85);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// The position in Lambert 72, through the EPSG:15929 datum transformation.
    ///
    /// ```
    /// use bouwstenen::address::Wgs84;
    /// let oostende = Wgs84::new(2.9186, 51.2300)?.to_lambert72();
    /// assert!((oostende.x() - 48710.6529).abs() < 0.001);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert72(&self) -> Lambert72 {
        let (lon, lat) = (self.lon.to_radians(), self.lat.to_radians());
        let xyz = geodetic_to_cartesian(&WGS84, lon, lat);
        let bd72 = helmert_inverse(&EPSG_15929, xyz);
        let (lon, lat) = cartesian_to_geodetic(&INTL_1924, bd72);
        let (x, y) = LAMBERT_72.forward(lon, lat);
        Lambert72 { x, y }
    }

    /// The position in Lambert 2008, taking WGS 84 as ETRS89 (as PROJ does).
    ///
    /// ```
    /// use bouwstenen::address::Wgs84;
    /// let arlon = Wgs84::new(5.8160, 49.6833)?.to_lambert2008();
    /// assert!((arlon.y() - 542326.8328).abs() < 0.001);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert2008(&self) -> Lambert2008 {
        let (x, y) = LAMBERT_2008.forward(self.lon.to_radians(), self.lat.to_radians());
        Lambert2008 { x, y }
    }
}

projected_point!(Lambert72);

impl Lambert72 {
    /// The position in WGS 84, through the EPSG:15929 datum transformation.
    ///
    /// ```
    /// use bouwstenen::address::Lambert72;
    /// let p = Lambert72::new(148855.4227, 170699.6759)?.to_wgs84();
    /// assert!((p.lon() - 4.3525).abs() < 1e-8 && (p.lat() - 50.8467).abs() < 1e-8);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_wgs84(&self) -> Wgs84 {
        let (lon, lat) = LAMBERT_72.inverse(self.x, self.y);
        let xyz = geodetic_to_cartesian(&INTL_1924, lon, lat);
        let wgs = helmert_forward(&EPSG_15929, xyz);
        let (lon, lat) = cartesian_to_geodetic(&WGS84, wgs);
        Wgs84::from_radians(lon, lat)
    }

    /// The position in Lambert 2008, through WGS 84 (PROJ's result without the NGI grid).
    ///
    /// ```
    /// use bouwstenen::address::Lambert72;
    /// let p = Lambert72::new(148855.4227, 170699.6759)?.to_lambert2008();
    /// assert!((p.x() - 648855.0356).abs() < 0.001);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert2008(&self) -> Lambert2008 {
        self.to_wgs84().to_lambert2008()
    }
}

projected_point!(Lambert2008);

impl Lambert2008 {
    /// The position in WGS 84 (ETRS89 taken as WGS 84, as PROJ does).
    ///
    /// ```
    /// use bouwstenen::address::Lambert2008;
    /// let p = Lambert2008::new(648855.0356, 670699.9451)?.to_wgs84();
    /// assert!((p.lon() - 4.3525).abs() < 1e-8);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_wgs84(&self) -> Wgs84 {
        let (lon, lat) = LAMBERT_2008.inverse(self.x, self.y);
        Wgs84::from_radians(lon, lat)
    }

    /// The position in Lambert 72, through WGS 84.
    ///
    /// ```
    /// use bouwstenen::address::Lambert2008;
    /// let p = Lambert2008::new(648855.0356, 670699.9451)?.to_lambert72();
    /// assert!((p.y() - 170699.6759).abs() < 0.001);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert72(&self) -> Lambert72 {
        self.to_wgs84().to_lambert72()
    }
}

/// Deserialises through the constructors, so the checks cannot be bypassed.
macro_rules! deserialize_via_new {
    ($ty:ident { $a:ident, $b:ident }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Fields {
                    $a: f64,
                    $b: f64,
                }
                let f = Fields::deserialize(d)?;
                $ty::new(f.$a, f.$b).map_err(serde::de::Error::custom)
            }
        }
    };
}

deserialize_via_new!(Wgs84 { lon, lat });
deserialize_via_new!(Lambert72 { x, y });
deserialize_via_new!(Lambert2008 { x, y });

// ---------------------------------------------------------------------------------------------
// Geodesy (EPSG Guidance Note 7-2)
// ---------------------------------------------------------------------------------------------

/// An ellipsoid: semi-major axis and first eccentricity squared.
struct Ellipsoid {
    a: f64,
    e2: f64,
}

const fn ellipsoid(a: f64, inverse_flattening: f64) -> Ellipsoid {
    let f = 1.0 / inverse_flattening;
    Ellipsoid {
        a,
        e2: f * (2.0 - f),
    }
}

const WGS84: Ellipsoid = ellipsoid(6_378_137.0, 298.257_223_563);
const GRS80: Ellipsoid = ellipsoid(6_378_137.0, 298.257_222_101);
const INTL_1924: Ellipsoid = ellipsoid(6_378_388.0, 297.0);

fn geodetic_to_cartesian(ellipsoid: &Ellipsoid, lon: f64, lat: f64) -> [f64; 3] {
    let (sin_lat, cos_lat) = lat.sin_cos();
    let n = ellipsoid.a / (1.0 - ellipsoid.e2 * sin_lat * sin_lat).sqrt();
    [
        n * cos_lat * lon.cos(),
        n * cos_lat * lon.sin(),
        n * (1.0 - ellipsoid.e2) * sin_lat,
    ]
}

/// Cartesian to geodetic coordinates (longitude, latitude in radians), by fixed-point iteration
/// on the latitude; converges far below a millimetre within a few steps at any height.
fn cartesian_to_geodetic(ellipsoid: &Ellipsoid, [x, y, z]: [f64; 3]) -> (f64, f64) {
    let p = x.hypot(y);
    let lon = y.atan2(x);
    let mut lat = z.atan2(p * (1.0 - ellipsoid.e2));
    for _ in 0..10 {
        let sin_lat = lat.sin();
        let n = ellipsoid.a / (1.0 - ellipsoid.e2 * sin_lat * sin_lat).sqrt();
        let next = (z + ellipsoid.e2 * n * sin_lat).atan2(p);
        let done = (next - lat).abs() < 1e-14;
        lat = next;
        if done {
            break;
        }
    }
    (lon, lat)
}

/// A 7-parameter Helmert transformation in the coordinate frame rotation convention.
struct Helmert {
    t: [f64; 3],
    /// Rotations in radians.
    r: [f64; 3],
    /// 1 + scale difference.
    scale: f64,
}

const ARCSEC: f64 = core::f64::consts::PI / (180.0 * 3600.0);

/// EPSG:15929 "BD72 to WGS 84 (3)" (same parameters as EPSG:15928 "BD72 to ETRS89 (2)").
const EPSG_15929: Helmert = Helmert {
    t: [-106.8686, 52.2978, -103.7239],
    r: [-0.3366 * ARCSEC, 0.457 * ARCSEC, -1.8422 * ARCSEC],
    scale: 1.0 - 1.2747e-6,
};

impl Helmert {
    /// The small-angle rotation matrix of the coordinate frame convention, as PROJ builds it.
    fn matrix(&self) -> [[f64; 3]; 3] {
        let [rx, ry, rz] = self.r;
        [[1.0, rz, -ry], [-rz, 1.0, rx], [ry, -rx, 1.0]]
    }
}

/// Source (BD72) to target (WGS 84): `T + s·R·X`.
fn helmert_forward(h: &Helmert, xyz: [f64; 3]) -> [f64; 3] {
    let [[a, b, c], [d, e, f], [g, h_, i]] = h.matrix();
    let [x, y, z] = xyz;
    let [tx, ty, tz] = h.t;
    [
        tx + h.scale * (a * x + b * y + c * z),
        ty + h.scale * (d * x + e * y + f * z),
        tz + h.scale * (g * x + h_ * y + i * z),
    ]
}

/// Target (WGS 84) to source (BD72), as PROJ inverts it: `Rᵀ·(X − T) / s`.
fn helmert_inverse(h: &Helmert, xyz: [f64; 3]) -> [f64; 3] {
    let [[a, b, c], [d, e, f], [g, h_, i]] = h.matrix();
    let [x, y, z] = xyz;
    let [tx, ty, tz] = h.t;
    let (x, y, z) = ((x - tx) / h.scale, (y - ty) / h.scale, (z - tz) / h.scale);
    // The transpose of the rotation matrix.
    [
        a * x + d * y + g * z,
        b * x + e * y + h_ * z,
        c * x + f * y + i * z,
    ]
}

/// A Lambert conformal conic projection with two standard parallels (EPSG method 9802), with
/// its derived constants.
struct Lcc {
    e: f64,
    lon0: f64,
    n: f64,
    /// `a·F`.
    af: f64,
    /// The radius at the latitude of the false origin.
    r_f: f64,
    fe: f64,
    fn_: f64,
}

/// EPSG:31370 "BD72 / Belgian Lambert 72".
static LAMBERT_72: LazyLock<Lcc> = LazyLock::new(|| {
    Lcc::new(
        &INTL_1924,
        [
            90.0,
            4.367_486_666_666_67,
            51.166_667_233_333_3,
            49.833_333_9,
        ],
        [150_000.013, 5_400_088.438],
    )
});

/// EPSG:3812 "ETRS89 / Belgian Lambert 2008".
static LAMBERT_2008: LazyLock<Lcc> = LazyLock::new(|| {
    Lcc::new(
        &GRS80,
        [
            50.797_815,
            4.359_215_833_333_33,
            49.833_333_333_333_3,
            51.166_666_666_666_7,
        ],
        [649_328.0, 665_262.0],
    )
});

impl Lcc {
    /// From the ellipsoid, `[lat0, lon0, lat1, lat2]` in degrees and the false easting and
    /// northing in metres.
    fn new(ellipsoid: &Ellipsoid, [lat0, lon0, lat1, lat2]: [f64; 4], [fe, fn_]: [f64; 2]) -> Self {
        let e = ellipsoid.e2.sqrt();
        let (m1, m2) = (m(e, lat1.to_radians()), m(e, lat2.to_radians()));
        let (t1, t2) = (t(e, lat1.to_radians()), t(e, lat2.to_radians()));
        let n = (m1.ln() - m2.ln()) / (t1.ln() - t2.ln());
        let f = m1 / (n * t1.powf(n));
        let af = ellipsoid.a * f;
        let r_f = af * t(e, lat0.to_radians()).powf(n);
        Self {
            e,
            lon0: lon0.to_radians(),
            n,
            af,
            r_f,
            fe,
            fn_,
        }
    }

    /// Longitude and latitude in radians to easting and northing.
    fn forward(&self, lon: f64, lat: f64) -> (f64, f64) {
        let r = self.af * t(self.e, lat).powf(self.n);
        let theta = self.n * (lon - self.lon0);
        (
            self.fe + r * theta.sin(),
            self.fn_ + self.r_f - r * theta.cos(),
        )
    }

    /// Easting and northing to longitude and latitude in radians.
    fn inverse(&self, x: f64, y: f64) -> (f64, f64) {
        let (dx, dy) = (x - self.fe, self.r_f - (y - self.fn_));
        let r = dx.hypot(dy).copysign(self.n);
        let t = (r / self.af).powf(1.0 / self.n);
        let theta = (dx * self.n.signum()).atan2(dy * self.n.signum());
        let lon = theta / self.n + self.lon0;
        let mut lat = FRAC_PI_2 - 2.0 * t.atan();
        for _ in 0..15 {
            let es = self.e * lat.sin();
            let next = FRAC_PI_2 - 2.0 * (t * ((1.0 - es) / (1.0 + es)).powf(self.e / 2.0)).atan();
            let done = (next - lat).abs() < 1e-14;
            lat = next;
            if done {
                break;
            }
        }
        (lon, lat)
    }
}

fn m(e: f64, lat: f64) -> f64 {
    let es = e * lat.sin();
    lat.cos() / (1.0 - es * es).sqrt()
}

fn t(e: f64, lat: f64) -> f64 {
    let es = e * lat.sin();
    (FRAC_PI_4 - lat / 2.0).tan() / ((1.0 - es) / (1.0 + es)).powf(e / 2.0)
}

// ---------------------------------------------------------------------------------------------
// Points and their text forms (GML, WKT)
// ---------------------------------------------------------------------------------------------

/// The GML 3.2 namespace.
const GML_NAMESPACE: &str = "http://www.opengis.net/gml/3.2";
/// The `srsName` the address register writes for Lambert 72 (https, as in its v2 and v3 APIs).
const GML_SRS_LAMBERT_72: &str = "https://www.opengis.net/def/crs/EPSG/0/31370";
/// The `srsName` the address register writes for Lambert 2008 (http, as in its v3 API).
const GML_SRS_LAMBERT_2008: &str = "http://www.opengis.net/def/crs/EPSG/0/3812";
/// The OGC definition of EPSG:4326 (latitude, longitude).
const GML_SRS_WGS84: &str = "http://www.opengis.net/def/crs/EPSG/0/4326";
/// The CRS IRIs of GeoSPARQL WKT literals.
const WKT_CRS_LAMBERT_72: &str = "http://www.opengis.net/def/crs/EPSG/0/31370";
const WKT_CRS_LAMBERT_2008: &str = "http://www.opengis.net/def/crs/EPSG/0/3812";
/// Decimals of metres in GML (1 cm, as the register rounds).
const METRE_DECIMALS: usize = 2;
/// Decimals of degrees in GML (1.1 mm of latitude, 0.7 mm of longitude in Belgium).
const DEGREE_DECIMALS: usize = 8;
/// The longest GML or WKT text read, in bytes.
const MAX_GEOMETRY_TEXT: usize = 4096;

/// A point in one of the three coordinate reference systems the Belgian registers use.
///
/// ```
/// use bouwstenen::address::{Lambert72, Point};
/// let point = Point::from(Lambert72::new(104719.27, 192387.25)?);
/// assert_eq!(point.epsg(), 31370);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
///
/// # GML and WKT
///
/// [`to_gml`](Point::to_gml) writes the GML 3.2 point of the Flemish address register, byte for
/// byte; [`to_wkt`](Point::to_wkt) writes a GeoSPARQL `wktLiteral`. [`from_gml`](Point::from_gml)
/// and [`from_wkt`](Point::from_wkt) read them back, and the other usual spellings (the CRS
/// names [`Crs`] reads).
///
/// | system | GML `srsName` and `gml:pos` | WKT |
/// |---|---|---|
/// | Lambert 72 | `https://www.opengis.net/def/crs/EPSG/0/31370`, `x y` | `<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (x y)` |
/// | Lambert 2008 | `http://www.opengis.net/def/crs/EPSG/0/3812`, `x y` | `<http://www.opengis.net/def/crs/EPSG/0/3812> POINT (x y)` |
/// | WGS 84 | `http://www.opengis.net/def/crs/EPSG/0/4326`, `lat lon` | `POINT (lon lat)` |
///
/// The `srsName`s are the register's: https for Lambert 72 (its v2 and v3 APIs) and http for
/// Lambert 2008 (its v3 API). GML follows the axis order of the CRS definition, which for
/// EPSG:4326 is latitude first (OGC's and PROJ's reading, also for `EPSG:4326` and
/// `urn:ogc:def:crs:EPSG::4326`); a WKT literal without a CRS IRI is in GeoSPARQL's default
/// CRS84, longitude first, and EWKT `SRID=4326;` is longitude first as PostGIS writes it.
///
/// **Precision.** GML is written as the register writes it: metres with 2 decimals (1 cm, .NET
/// format `F2`, ties away from zero, which the crate reproduces), and degrees with 8 decimals
/// (1.1 mm of latitude, 0.7 mm of longitude in Belgium), finer than the register's centimetre.
/// Reading GML gives the point [`rounded`](Point::rounded) to that precision, and writing that
/// again gives the same text. WKT is written exactly: each coordinate in the shortest decimal
/// form that reads back as the same `f64` (never with an exponent), so reading WKT gives the
/// point itself.
///
/// ```
/// use bouwstenen::address::{Lambert72, Point};
/// let point = Point::from(Lambert72::new(140252.76, 198794.27)?);
/// assert_eq!(
///     point.to_gml(),
///     r#"<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"#
/// );
/// assert_eq!(point.to_wkt(), "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (140252.76 198794.27)");
/// assert_eq!(Point::from_gml(&point.to_gml())?, point);
/// assert_eq!(Point::from_wkt("SRID=31370;POINT(140252.76 198794.27)")?, point);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
///
/// # JSON
///
/// A point's JSON is the register's *geometrie* object with the WKT form added:
/// `{"type": "Point", "gml": "<gml:Point …>", "wkt": "<…> POINT (x y)"}`. Reading needs `type`
/// and at least one of `gml` and `wkt`; when both are given they must be the same point. In the
/// same system the WKT one is kept, being exact, and each GML coordinate must equal it to the
/// decimals the GML writes (within half a unit of its last decimal); in different systems they
/// must be within 1 m of each other, the accuracy of the transformation, and the GML one is
/// kept. So the JSON of any point reads back as that very point. With the crate's JSON-LD
/// context ([`context`](crate::address::context)) the object is a `sf:Point` with
/// `geosparql:asGML` and `geosparql:asWKT` literals.
///
/// ```
/// use bouwstenen::address::{Lambert2008, Point};
/// let point = Point::from(Lambert2008::new(573857.26, 711625.49)?);
/// let json = serde_json::to_value(point).unwrap();
/// assert_eq!(json["type"], "Point");
/// assert_eq!(json["wkt"], "<http://www.opengis.net/def/crs/EPSG/0/3812> POINT (573857.26 711625.49)");
/// assert_eq!(serde_json::from_value::<Point>(json).unwrap(), point);
///
/// // A point that is not rounded to the centimetre: GML rounds, WKT keeps every digit.
/// let exact = Point::from(Lambert2008::new(573857.2614, 711625.4949)?);
/// let json = serde_json::to_value(exact).unwrap();
/// assert!(json["gml"].as_str().unwrap().contains("<gml:pos>573857.26 711625.49</gml:pos>"));
/// assert!(json["wkt"].as_str().unwrap().ends_with("POINT (573857.2614 711625.4949)"));
/// assert_eq!(serde_json::from_value::<Point>(json).unwrap(), exact);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(into = "PointJson", try_from = "PointJson")]
#[non_exhaustive]
pub enum Point {
    /// WGS 84 longitude and latitude (EPSG:4326).
    Wgs84(Wgs84),
    /// Belgian Lambert 72 (EPSG:31370).
    Lambert72(Lambert72),
    /// Belgian Lambert 2008 (EPSG:3812).
    Lambert2008(Lambert2008),
}

impl Point {
    /// The EPSG code of the point's coordinate reference system: 4326, 31370 or 3812.
    ///
    /// ```
    /// use bouwstenen::address::{Point, Wgs84};
    /// assert_eq!(Point::from(Wgs84::new(4.35, 50.85)?).epsg(), 4326);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn epsg(&self) -> u32 {
        match self {
            Point::Wgs84(_) => 4326,
            Point::Lambert72(_) => 31370,
            Point::Lambert2008(_) => 3812,
        }
    }

    /// The point in WGS 84.
    ///
    /// ```
    /// use bouwstenen::address::{Lambert2008, Point};
    /// let p = Point::from(Lambert2008::new(649328.0, 665262.0)?);
    /// assert!((p.to_wgs84().lat() - 50.797815).abs() < 1e-6);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_wgs84(&self) -> Wgs84 {
        match self {
            Point::Wgs84(p) => *p,
            Point::Lambert72(p) => p.to_wgs84(),
            Point::Lambert2008(p) => p.to_wgs84(),
        }
    }

    /// The point in Lambert 72.
    ///
    /// ```
    /// use bouwstenen::address::{Point, Wgs84};
    /// let p = Point::from(Wgs84::new(4.3575, 50.8467)?);
    /// assert!((p.to_lambert72().x() - 149_000.0).abs() < 1_000.0);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert72(&self) -> Lambert72 {
        match self {
            Point::Wgs84(p) => p.to_lambert72(),
            Point::Lambert72(p) => *p,
            Point::Lambert2008(p) => p.to_lambert72(),
        }
    }

    /// The point in Lambert 2008.
    ///
    /// ```
    /// use bouwstenen::address::{Point, Wgs84};
    /// let p = Point::from(Wgs84::new(4.3575, 50.8467)?);
    /// assert!((p.to_lambert2008().x() - 649_000.0).abs() < 1_000.0);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_lambert2008(&self) -> Lambert2008 {
        match self {
            Point::Wgs84(p) => p.to_lambert2008(),
            Point::Lambert72(p) => p.to_lambert2008(),
            Point::Lambert2008(p) => *p,
        }
    }

    /// The point rounded to the precision its GML form is written with: 1 cm in Lambert,
    /// 10⁻⁸ degrees in WGS 84. It is what reading that form back gives, so a rounded point
    /// survives GML unchanged (WKT and JSON keep any point unchanged).
    ///
    /// ```
    /// use bouwstenen::address::{Lambert72, Point};
    /// let point = Point::from(Lambert72::new(140252.764, 198794.2651)?);
    /// assert_eq!(point.rounded(), Point::from(Lambert72::new(140252.76, 198794.27)?));
    /// assert_eq!(Point::from_gml(&point.to_gml())?, point.rounded());
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn rounded(&self) -> Point {
        let round = |v: f64, decimals: usize| fixed(v, decimals).parse::<f64>().unwrap_or(v);
        match self {
            Point::Wgs84(p) => Point::Wgs84(Wgs84 {
                lon: round(p.lon, DEGREE_DECIMALS),
                lat: round(p.lat, DEGREE_DECIMALS),
            }),
            Point::Lambert72(p) => Point::Lambert72(Lambert72 {
                x: round(p.x, METRE_DECIMALS),
                y: round(p.y, METRE_DECIMALS),
            }),
            Point::Lambert2008(p) => Point::Lambert2008(Lambert2008 {
                x: round(p.x, METRE_DECIMALS),
                y: round(p.y, METRE_DECIMALS),
            }),
        }
    }

    /// The point as the GML 3.2 `gml:Point` the Flemish address register writes (see the
    /// type's documentation for the `srsName`s, axis orders and decimals).
    ///
    /// ```
    /// use bouwstenen::address::{Point, Wgs84};
    /// let point = Point::from(Wgs84::new(4.3525, 50.8467)?);
    /// assert_eq!(
    ///     point.to_gml(),
    ///     r#"<gml:Point srsName="http://www.opengis.net/def/crs/EPSG/0/4326" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>50.84670000 4.35250000</gml:pos></gml:Point>"#
    /// );
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_gml(&self) -> String {
        let (crs, srs, decimals) = match self {
            Point::Wgs84(_) => (Crs::Epsg4326, GML_SRS_WGS84, DEGREE_DECIMALS),
            Point::Lambert72(_) => (Crs::Lambert72, GML_SRS_LAMBERT_72, METRE_DECIMALS),
            Point::Lambert2008(_) => (Crs::Lambert2008, GML_SRS_LAMBERT_2008, METRE_DECIMALS),
        };
        let (first, second) = crs.coordinates(self);
        let (first, second) = (fixed(first, decimals), fixed(second, decimals));
        format!(
            r#"<gml:Point srsName="{srs}" xmlns:gml="{GML_NAMESPACE}"><gml:pos>{first} {second}</gml:pos></gml:Point>"#
        )
    }

    /// Reads a GML point: one `Point` element (any namespace prefix, attributes in any order,
    /// whitespace and an XML declaration allowed) with an `srsName` and one `pos` of two
    /// numbers in the axis order of that system. The `srsName` may be written
    /// `http(s)://www.opengis.net/def/crs/EPSG/0/31370`, `urn:ogc:def:crs:EPSG::31370` or
    /// `EPSG:31370` (likewise 3812 and 4326, latitude first), or
    /// `http://www.opengis.net/def/crs/OGC/1.3/CRS84` (longitude first).
    ///
    /// # Errors
    ///
    /// [`PositionError::Gml`] when the text is not such a point, [`PositionError::Crs`] for a
    /// missing or unknown `srsName`, and the constructors' errors for the numbers.
    ///
    /// ```
    /// use bouwstenen::address::{Lambert2008, Point, PositionError};
    /// let point = Point::from_gml(
    ///     "<gml:Point xmlns:gml='http://www.opengis.net/gml/3.2'\n  srsName='urn:ogc:def:crs:EPSG::3812'>\n  <gml:pos srsDimension='2'> 573857.26  711625.49 </gml:pos>\n</gml:Point>",
    /// )?;
    /// assert_eq!(point, Point::from(Lambert2008::new(573857.26, 711625.49)?));
    /// assert_eq!(Point::from_gml("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>"), Err(PositionError::Crs));
    /// # Ok::<(), PositionError>(())
    /// ```
    pub fn from_gml(gml: &str) -> Result<Point, PositionError> {
        let (crs, content) = read_gml(gml)?;
        let (first, second) = two_numbers(content, PositionError::Gml)?;
        crs.point(first, second)
    }

    /// The point as a GeoSPARQL `wktLiteral`: `<CRS IRI> POINT (x y)` for Lambert, plain
    /// `POINT (lon lat)` (GeoSPARQL's default CRS84) for WGS 84. Each coordinate is written
    /// exactly, in the shortest decimal form that reads back as the same number (Rust's `{}`
    /// for `f64`, which never uses an exponent; `0` for −0), so [`from_wkt`](Point::from_wkt)
    /// gives the point back unchanged.
    ///
    /// ```
    /// use bouwstenen::address::{Lambert72, Point, Wgs84};
    /// let brussels = Point::from(Wgs84::new(4.3525, 50.8467)?);
    /// assert_eq!(brussels.to_wkt(), "POINT (4.3525 50.8467)");
    /// let l72 = Point::from(Lambert72::new(150000.0, 170000.125)?);
    /// assert_eq!(l72.to_wkt(), "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (150000 170000.125)");
    /// let converted = Point::from(Wgs84::new(4.3525, 50.8467)?.to_lambert72());
    /// assert_eq!(Point::from_wkt(&converted.to_wkt())?, converted);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn to_wkt(&self) -> String {
        let (crs, prefix) = match self {
            Point::Wgs84(_) => (Crs::Crs84, String::new()),
            Point::Lambert72(_) => (Crs::Lambert72, format!("<{WKT_CRS_LAMBERT_72}> ")),
            Point::Lambert2008(_) => (Crs::Lambert2008, format!("<{WKT_CRS_LAMBERT_2008}> ")),
        };
        let (first, second) = crs.coordinates(self);
        format!("{prefix}POINT ({} {})", shortest(first), shortest(second))
    }
    /// Reads a WKT point: a GeoSPARQL literal (`<CRS IRI> POINT (a b)`, or `POINT (lon lat)`
    /// in CRS84), or PostGIS EWKT (`SRID=31370;POINT(x y)`, with `SRID=4326` longitude first).
    /// `POINT` may be in any case and the spaces around the parentheses are optional; the CRS
    /// IRI may take the forms [`from_gml`](Point::from_gml) reads.
    ///
    /// # Errors
    ///
    /// [`PositionError::Wkt`] when the text is not such a point (`POINT EMPTY`, `POINT Z`, other
    /// geometries), [`PositionError::Crs`] for an unknown CRS or SRID, and the constructors'
    /// errors for the numbers.
    ///
    /// ```
    /// use bouwstenen::address::{Point, PositionError, Wgs84};
    /// let brussels = Point::from(Wgs84::new(4.3525, 50.8467)?);
    /// assert_eq!(Point::from_wkt("point(4.3525 50.8467)")?, brussels);
    /// assert_eq!(Point::from_wkt("SRID=4326;POINT(4.3525 50.8467)")?, brussels);
    /// assert_eq!(Point::from_wkt("<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(50.8467 4.3525)")?, brussels);
    /// assert_eq!(Point::from_wkt("SRID=28992;POINT(1 2)"), Err(PositionError::Crs));
    /// assert_eq!(Point::from_wkt("POINT EMPTY"), Err(PositionError::Wkt));
    /// # Ok::<(), PositionError>(())
    /// ```
    pub fn from_wkt(wkt: &str) -> Result<Point, PositionError> {
        if wkt.len() > MAX_GEOMETRY_TEXT {
            return Err(PositionError::Wkt);
        }
        let text = wkt.trim();
        let (crs, text) = if let Some(rest) = strip_prefix_ignore_case(text, "SRID=") {
            let (srid, rest) = rest.split_once(';').ok_or(PositionError::Wkt)?;
            (Crs::from_srid(srid)?, rest)
        } else if let Some(rest) = text.strip_prefix('<') {
            let (iri, rest) = rest.split_once('>').ok_or(PositionError::Wkt)?;
            (iri.parse()?, rest)
        } else {
            (Crs::Crs84, text)
        };
        let coordinates = strip_prefix_ignore_case(text.trim_start(), "POINT")
            .and_then(|rest| rest.trim_start().strip_prefix('('))
            .and_then(|rest| rest.strip_suffix(')'))
            .ok_or(PositionError::Wkt)?;
        let (first, second) = two_numbers(coordinates, PositionError::Wkt)?;
        crs.point(first, second)
    }
}

impl From<Wgs84> for Point {
    fn from(p: Wgs84) -> Self {
        Point::Wgs84(p)
    }
}

impl From<Lambert72> for Point {
    fn from(p: Lambert72) -> Self {
        Point::Lambert72(p)
    }
}

impl From<Lambert2008> for Point {
    fn from(p: Lambert2008) -> Self {
        Point::Lambert2008(p)
    }
}

/// A coordinate reference system that Belgian registers use, with the axis order of its
/// definition: what GML `srsName`s, WKT CRS IRIs and tools such as `cs2cs` name.
///
/// The same WGS 84 position has two systems that differ only in axis order: EPSG:4326 as EPSG
/// defines it (latitude, longitude: GML, PROJ, `cs2cs`) and OGC CRS84 (longitude, latitude:
/// GeoJSON, GeoSPARQL WKT, most GIS). [`point`](Crs::point) and
/// [`coordinates`](Crs::coordinates) take and give the two numbers in the system's own order.
///
/// ```
/// use bouwstenen::address::{Crs, Point, Wgs84};
///
/// let crs: Crs = "urn:ogc:def:crs:EPSG::4326".parse()?;
/// assert_eq!(crs, Crs::Epsg4326);
/// let point = crs.point(50.8467, 4.3525)?; // latitude first
/// assert_eq!(point, Point::from(Wgs84::new(4.3525, 50.8467)?));
/// assert_eq!(Crs::Crs84.coordinates(&point), (4.3525, 50.8467)); // longitude first
/// let (x, y) = Crs::Lambert72.coordinates(&point); // converted
/// assert!((x - 148855.4227).abs() < 0.001 && (y - 170699.6759).abs() < 0.001);
/// assert_eq!(Crs::Lambert72.to_string(), "EPSG:31370");
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
///
/// # Names
///
/// [`FromStr`](core::str::FromStr) reads, ignoring ASCII case and surrounding whitespace:
///
/// | system | names read |
/// |---|---|
/// | [`Epsg4326`](Crs::Epsg4326) | `EPSG:4326`, `4326`, `urn:ogc:def:crs:EPSG::4326`, `http(s)://www.opengis.net/def/crs/EPSG/0/4326` |
/// | [`Crs84`](Crs::Crs84) | `OGC:CRS84`, `CRS84`, `CRS:84`, `urn:ogc:def:crs:OGC:1.3:CRS84`, `http(s)://www.opengis.net/def/crs/OGC/1.3/CRS84` |
/// | [`Lambert72`](Crs::Lambert72) | `EPSG:31370`, `31370`, and the URN and IRIs as for 4326 |
/// | [`Lambert2008`](Crs::Lambert2008) | `EPSG:3812`, `3812`, and the URN and IRIs as for 4326 |
///
/// (the URN's version may be given, `urn:ogc:def:crs:EPSG:6.9:31370`, and the IRI's `www.` left
/// out). [`Display`](core::fmt::Display) and serde write `EPSG:4326`, `OGC:CRS84`, `EPSG:31370`
/// and `EPSG:3812`; serde reads what `FromStr` reads.
///
/// ```
/// use bouwstenen::address::{Crs, PositionError};
/// for name in ["EPSG:31370", "31370", "epsg:31370", "http://www.opengis.net/def/crs/EPSG/0/31370"] {
///     assert_eq!(name.parse::<Crs>(), Ok(Crs::Lambert72));
/// }
/// assert_eq!("EPSG:28992".parse::<Crs>(), Err(PositionError::Crs));
/// assert_eq!(serde_json::to_string(&Crs::Crs84).unwrap(), r#""OGC:CRS84""#);
/// assert_eq!(serde_json::from_str::<Crs>(r#""CRS84""#).unwrap(), Crs::Crs84);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Crs {
    /// EPSG:4326, WGS 84 as EPSG defines it: latitude, then longitude, in degrees.
    Epsg4326,
    /// OGC CRS84, WGS 84 in GIS order: longitude, then latitude, in degrees.
    Crs84,
    /// EPSG:31370, Belgian Lambert 72: easting, then northing, in metres.
    Lambert72,
    /// EPSG:3812, Belgian Lambert 2008: easting, then northing, in metres.
    Lambert2008,
}

impl Crs {
    /// Every system, in the order of the enum.
    ///
    /// ```
    /// use bouwstenen::address::Crs;
    /// assert_eq!(Crs::ALL.len(), 4);
    /// assert!(Crs::ALL.iter().all(|crs| crs.to_string().parse() == Ok(*crs)));
    /// ```
    pub const ALL: &'static [Crs] = &[Crs::Epsg4326, Crs::Crs84, Crs::Lambert72, Crs::Lambert2008];

    /// The EPSG code: 4326, 31370 or 3812. CRS84 has no EPSG code of its own; it is EPSG:4326
    /// with the axes swapped, so it gives 4326 too (as [`Point::epsg`] does for any WGS 84
    /// point).
    ///
    /// ```
    /// use bouwstenen::address::Crs;
    /// assert_eq!(Crs::Lambert2008.epsg(), 3812);
    /// assert_eq!(Crs::Crs84.epsg(), 4326);
    /// ```
    pub const fn epsg(self) -> u32 {
        match self {
            Crs::Epsg4326 | Crs::Crs84 => 4326,
            Crs::Lambert72 => 31370,
            Crs::Lambert2008 => 3812,
        }
    }

    /// The point from two coordinates in this system's axis order (latitude first for
    /// EPSG:4326, longitude first for CRS84, easting first for Lambert).
    ///
    /// # Errors
    ///
    /// The constructors' errors: [`PositionError::NotFinite`], and [`PositionError::Range`]
    /// for degrees out of range.
    ///
    /// ```
    /// use bouwstenen::address::{Crs, Lambert2008, Point, PositionError, Wgs84};
    /// assert_eq!(Crs::Lambert2008.point(649328.0, 665262.0)?, Point::from(Lambert2008::new(649328.0, 665262.0)?));
    /// assert_eq!(Crs::Epsg4326.point(50.85, 4.35)?, Crs::Crs84.point(4.35, 50.85)?);
    /// assert_eq!(Crs::Epsg4326.point(95.0, 4.35), Err(PositionError::Range)); // latitude 95
    /// # Ok::<(), PositionError>(())
    /// ```
    pub fn point(self, first: f64, second: f64) -> Result<Point, PositionError> {
        Ok(match self {
            Crs::Epsg4326 => Wgs84::new(second, first)?.into(),
            Crs::Crs84 => Wgs84::new(first, second)?.into(),
            Crs::Lambert72 => Lambert72::new(first, second)?.into(),
            Crs::Lambert2008 => Lambert2008::new(first, second)?.into(),
        })
    }

    /// The point's two coordinates in this system and its axis order, converting the point
    /// when it is in another system ([`Point::to_wgs84`], [`Point::to_lambert72`],
    /// [`Point::to_lambert2008`]).
    ///
    /// ```
    /// use bouwstenen::address::{Crs, Lambert72, Point};
    /// let point = Point::from(Lambert72::new(148855.4227, 170699.6759)?);
    /// assert_eq!(Crs::Lambert72.coordinates(&point), (148855.4227, 170699.6759));
    /// let (lat, lon) = Crs::Epsg4326.coordinates(&point);
    /// assert!((lat - 50.8467).abs() < 1e-8 && (lon - 4.3525).abs() < 1e-8);
    /// # Ok::<(), bouwstenen::address::PositionError>(())
    /// ```
    pub fn coordinates(self, point: &Point) -> (f64, f64) {
        match self {
            Crs::Epsg4326 => {
                let p = point.to_wgs84();
                (p.lat, p.lon)
            }
            Crs::Crs84 => {
                let p = point.to_wgs84();
                (p.lon, p.lat)
            }
            Crs::Lambert72 => {
                let p = point.to_lambert72();
                (p.x, p.y)
            }
            Crs::Lambert2008 => {
                let p = point.to_lambert2008();
                (p.x, p.y)
            }
        }
    }

    /// The system of an EWKT `SRID=n`; PostGIS writes 4326 longitude first.
    fn from_srid(srid: &str) -> Result<Crs, PositionError> {
        match srid.trim() {
            "4326" => Ok(Crs::Crs84),
            "31370" => Ok(Crs::Lambert72),
            "3812" => Ok(Crs::Lambert2008),
            _ => Err(PositionError::Crs),
        }
    }

    /// The system of an authority and a code, both in lower case.
    fn by_code(authority: &str, code: &str) -> Result<Crs, PositionError> {
        match (authority, code) {
            ("epsg", "4326") => Ok(Crs::Epsg4326),
            ("epsg", "31370") => Ok(Crs::Lambert72),
            ("epsg", "3812") => Ok(Crs::Lambert2008),
            ("ogc", "crs84") => Ok(Crs::Crs84),
            _ => Err(PositionError::Crs),
        }
    }
}

impl core::str::FromStr for Crs {
    type Err = PositionError;

    /// Reads a CRS name: an OGC definition IRI (http or https), an OGC URN, `EPSG:n`,
    /// `OGC:CRS84`, `CRS:84` or a bare code (see the type's documentation).
    fn from_str(name: &str) -> Result<Crs, PositionError> {
        let lower = name.trim().to_ascii_lowercase();
        if let Some(rest) = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
        {
            let rest = rest.strip_prefix("www.").unwrap_or(rest);
            let path = rest
                .strip_prefix("opengis.net/def/crs/")
                .ok_or(PositionError::Crs)?;
            let mut parts = path.trim_end_matches('/').split('/');
            return match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(authority), Some(_version), Some(code), None) => {
                    Crs::by_code(authority, code)
                }
                _ => Err(PositionError::Crs),
            };
        }
        if let Some(rest) = lower.strip_prefix("urn:ogc:def:crs:") {
            let mut parts = rest.split(':');
            return match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(authority), Some(_version), Some(code), None) => {
                    Crs::by_code(authority, code)
                }
                _ => Err(PositionError::Crs),
            };
        }
        match lower.split_once(':') {
            Some(("crs", "84")) => Ok(Crs::Crs84),
            Some((authority, code)) => Crs::by_code(authority, code),
            None => match lower.as_str() {
                "crs84" => Ok(Crs::Crs84),
                code => Crs::by_code("epsg", code),
            },
        }
    }
}

impl core::fmt::Display for Crs {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Crs::Epsg4326 => "EPSG:4326",
            Crs::Crs84 => "OGC:CRS84",
            Crs::Lambert72 => "EPSG:31370",
            Crs::Lambert2008 => "EPSG:3812",
        })
    }
}

impl serde::Serialize for Crs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Crs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Crs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Crs".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Crs".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Coordinate reference system",
            "description": "EPSG:4326 (latitude, longitude), OGC:CRS84 (longitude, latitude), EPSG:31370 (Belgian Lambert 72) or EPSG:3812 (Belgian Lambert 2008). Written as those names; also read, ignoring case, as bare codes (31370), CRS84 or CRS:84, OGC URNs (urn:ogc:def:crs:EPSG::31370) and OGC IRIs (http://www.opengis.net/def/crs/EPSG/0/31370).",
            "type": "string",
            "examples": ["EPSG:4326", "OGC:CRS84", "EPSG:31370", "EPSG:3812"]
        })
    }
}

/// Reads a GML point as [`Point::from_gml`] describes it: its CRS and the text of its `pos`.
fn read_gml(gml: &str) -> Result<(Crs, &str), PositionError> {
    if gml.len() > MAX_GEOMETRY_TEXT {
        return Err(PositionError::Gml);
    }
    let mut text = gml.trim_start();
    if let Some(declaration) = text.strip_prefix("<?xml") {
        text = declaration
            .split_once("?>")
            .map(|(_, rest)| rest)
            .ok_or(PositionError::Gml)?;
    }
    let (point, rest) = read_tag(text).ok_or(PositionError::Gml)?;
    if !point.opens("Point") || !point.declares_gml() {
        return Err(PositionError::Gml);
    }
    let (pos, rest) = read_tag(rest).ok_or(PositionError::Gml)?;
    if !pos.opens("pos")
        || pos
            .attribute("srsDimension")
            .is_some_and(|d| d.trim() != "2")
    {
        return Err(PositionError::Gml);
    }
    let end = rest.find('<').ok_or(PositionError::Gml)?;
    let (content, rest) = rest.split_at(end);
    let (pos_end, rest) = read_tag(rest).ok_or(PositionError::Gml)?;
    let (point_end, rest) = read_tag(rest).ok_or(PositionError::Gml)?;
    if !pos_end.closes(&pos) || !point_end.closes(&point) || !rest.trim().is_empty() {
        return Err(PositionError::Gml);
    }
    let srs = point
        .attribute("srsName")
        .or_else(|| pos.attribute("srsName"))
        .ok_or(PositionError::Crs)?;
    Ok((srs.parse()?, content))
}

/// `text` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        text.get(prefix.len()..)
    } else {
        None
    }
}

/// Exactly two numbers separated by whitespace.
fn two_numbers(text: &str, error: PositionError) -> Result<(f64, f64), PositionError> {
    let mut parts = text.split_whitespace();
    let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(error);
    };
    let number = |s: &str| s.parse::<f64>().map_err(|_| error);
    Ok((number(first)?, number(second)?))
}

/// `v` in the shortest decimal form that reads back as exactly `v`: Rust's `{}` for `f64`,
/// which never uses an exponent (`1e21` is written `1000000000000000000000`), with `0` for −0.
fn shortest(v: f64) -> String {
    if v == 0.0 {
        "0".to_owned()
    } else {
        v.to_string()
    }
}

/// Whether the number `written` (as GML writes it, in any decimal notation) is `value` to the
/// precision it is written with: within half a unit of its last decimal, allowing for the
/// rounding of binary floating point.
fn agrees_to_written_precision(written: &str, value: f64) -> bool {
    let Ok(number) = written.parse::<f64>() else {
        return false;
    };
    let (mantissa, exponent) = match written.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().unwrap_or(0)),
        None => (written, 0),
    };
    let decimals = mantissa
        .split_once('.')
        .map_or(0, |(_, fraction)| {
            i32::try_from(fraction.len()).unwrap_or(i32::MAX)
        })
        .saturating_sub(exponent);
    let half_unit = 0.5 * 10f64.powi(decimals.saturating_neg());
    let slack = 4.0 * f64::EPSILON * number.abs().max(value.abs());
    (number - value).abs() <= half_unit * (1.0 + 1e-9) + slack
}

/// `v` with `decimals` decimals, as .NET's `F` format writes it (the register's `F2`): ties
/// are rounded away from zero (Rust's own formatting rounds them to even), and a value that
/// rounds to zero has no minus sign.
fn fixed(v: f64, decimals: usize) -> String {
    /// Digits past the last written decimal: enough to hold the whole exact expansion of any
    /// value that can be a tie at up to 8 decimals.
    const TAIL: usize = 80;
    let magnitude = v.abs();
    let long = format!("{:.*}", decimals.saturating_add(TAIL), magnitude);
    let (head, tail) = long.split_at(long.len().saturating_sub(TAIL));
    let tie = tail
        .strip_prefix('5')
        .is_some_and(|rest| rest.bytes().all(|b| b == b'0'));
    let mut text = if tie {
        round_up(head.trim_end_matches('.'))
    } else {
        format!("{magnitude:.decimals$}")
    };
    if v.is_sign_negative() && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        text.insert(0, '-');
    }
    text
}

/// Adds one unit in the last place to a decimal number written with digits and a point.
fn round_up(number: &str) -> String {
    let mut bytes = number.as_bytes().to_vec();
    let mut carry = true;
    for b in bytes.iter_mut().rev() {
        if !carry {
            break;
        }
        match *b {
            b'9' => *b = b'0',
            b'0'..=b'8' => {
                *b = b.saturating_add(1);
                carry = false;
            }
            _ => {}
        }
    }
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    if carry {
        text.insert(0, '1');
    }
    text
}

/// One XML tag as [`Point::from_gml`] reads it.
struct Tag<'a> {
    /// The qualified name, `gml:Point`.
    name: &'a str,
    attributes: Vec<(&'a str, &'a str)>,
    /// `</…>`.
    closing: bool,
    /// `<…/>`.
    empty: bool,
}

impl Tag<'_> {
    fn local_name(&self) -> &str {
        self.name
            .rsplit_once(':')
            .map_or(self.name, |(_, local)| local)
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| *value)
    }

    /// A start tag (not empty) whose local name is `local`.
    fn opens(&self, local: &str) -> bool {
        !self.closing && !self.empty && self.local_name() == local
    }

    /// The end tag of `start`.
    fn closes(&self, start: &Tag<'_>) -> bool {
        self.closing && self.name == start.name
    }

    /// The namespace of the tag's prefix, if declared here, is a GML namespace.
    fn declares_gml(&self) -> bool {
        let declaration = match self.name.rsplit_once(':') {
            Some((prefix, _)) => self
                .attributes
                .iter()
                .find(|(key, _)| key.strip_prefix("xmlns:") == Some(prefix)),
            None => self.attributes.iter().find(|(key, _)| *key == "xmlns"),
        };
        declaration.is_none_or(|(_, uri)| uri.trim().starts_with("http://www.opengis.net/gml"))
    }
}

/// Reads the tag at the start of `text` (after whitespace): the tag and the text after it.
fn read_tag(text: &str) -> Option<(Tag<'_>, &str)> {
    let text = text.trim_start().strip_prefix('<')?;
    let (inner, rest) = text.split_once('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let (empty, inner) = match inner.strip_suffix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let inner = inner.trim_end();
    let (name, mut attributes_text) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ':' | '_' | '-' | '.'));
    if !name_ok {
        return None;
    }
    let mut attributes = Vec::new();
    loop {
        attributes_text = attributes_text.trim_start();
        if attributes_text.is_empty() {
            break;
        }
        let (key, after) = attributes_text.split_once('=')?;
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return None;
        }
        let after = after.trim_start();
        let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        let (value, rest) = after.get(1..)?.split_once(quote)?;
        attributes.push((key, value));
        attributes_text = rest;
    }
    if closing && (empty || !attributes.is_empty()) {
        return None;
    }
    let tag = Tag {
        name,
        attributes,
        closing,
        empty,
    };
    Some((tag, rest))
}

/// The JSON form of a [`Point`].
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PointJson {
    #[serde(rename = "type")]
    kind: PointKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gml: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wkt: Option<String>,
}

/// The only geometry type: `"Point"`.
#[derive(serde::Serialize, serde::Deserialize)]
enum PointKind {
    Point,
}

impl From<Point> for PointJson {
    fn from(point: Point) -> Self {
        PointJson {
            kind: PointKind::Point,
            gml: Some(point.to_gml()),
            wkt: Some(point.to_wkt()),
        }
    }
}

impl TryFrom<PointJson> for Point {
    type Error = PositionError;

    /// Reads `gml` and `wkt`; when both are given, in the same system the (exact) WKT point is
    /// kept if each GML coordinate equals it to the decimals written, and in different systems
    /// the GML point is kept if the two are within 1 m.
    fn try_from(json: PointJson) -> Result<Self, PositionError> {
        let gml = json.gml.as_deref().map(read_gml).transpose()?;
        let wkt = json.wkt.as_deref().map(Point::from_wkt).transpose()?;
        match (gml, wkt) {
            (Some((crs, pos)), Some(wkt)) => {
                let (first, second) = two_numbers(pos, PositionError::Gml)?;
                let gml = crs.point(first, second)?;
                if gml.epsg() == wkt.epsg() {
                    let (a, b) = crs.coordinates(&wkt);
                    let mut written = pos.split_whitespace();
                    let agree = written
                        .next()
                        .is_some_and(|text| agrees_to_written_precision(text, a))
                        && written
                            .next()
                            .is_some_and(|text| agrees_to_written_precision(text, b));
                    if agree {
                        Ok(wkt)
                    } else {
                        Err(PositionError::Mismatch)
                    }
                } else {
                    let (a, b) = (gml.to_lambert2008(), wkt.to_lambert2008());
                    if (a.x() - b.x()).hypot(a.y() - b.y()) <= 1.0 {
                        Ok(gml)
                    } else {
                        Err(PositionError::Mismatch)
                    }
                }
            }
            (Some((crs, pos)), None) => {
                let (first, second) = two_numbers(pos, PositionError::Gml)?;
                crs.point(first, second)
            }
            (None, Some(wkt)) => Ok(wkt),
            (None, None) => Err(PositionError::Gml),
        }
    }
}

impl schemars::JsonSchema for Point {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Point".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Point".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Point",
            "description": "A point as the Flemish address register writes it (geometrie): type Point with its GML 3.2 form (srsName EPSG 31370, 3812 or 4326; 2 decimals for metres, 8 for degrees) and its GeoSPARQL WKT form (exact). Reading needs gml or wkt; when both are given they must be the same point: in the same system GML must equal WKT to the decimals it writes, and WKT is kept; in different systems they must be within 1 m.",
            "type": "object",
            "properties": {
                "type": { "const": "Point" },
                "gml": {
                    "type": "string",
                    "description": "A gml:Point (GML 3.2) with an srsName and one gml:pos in the axis order of that system.",
                    "examples": ["<gml:Point srsName=\"https://www.opengis.net/def/crs/EPSG/0/31370\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"]
                },
                "wkt": {
                    "type": "string",
                    "description": "A GeoSPARQL wktLiteral: <CRS IRI> POINT (x y), or POINT (lon lat) in CRS84; EWKT SRID=n;POINT(x y) is also read.",
                    "examples": ["<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (140252.76 198794.27)"]
                }
            },
            "required": ["type"],
            "anyOf": [{ "required": ["gml"] }, { "required": ["wkt"] }],
            "additionalProperties": false
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

/// A position as OSLO's *GeografischePositie*: a point, and how and to what it was fixed.
///
/// ```
/// use bouwstenen::address::{Lambert72, Position, PositionMethod, PositionSpecification};
/// let position = Position {
///     point: Lambert72::new(104719.27, 192387.25)?.into(),
///     method: Some(PositionMethod::AangeduidDoorBeheerder),
///     specification: Some(PositionSpecification::Gebouweenheid),
/// };
/// assert_eq!(position.point.epsg(), 31370);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
///
/// # JSON
///
/// The register's *adresPositie* shape, with the OSLO term names:
/// `{"geometrie": {"type": "Point", "gml": …, "wkt": …}, "methode": "aangeduidDoorBeheerder",
/// "specificatie": "gebouw"}` (`geometrie` is a [`Point`]'s JSON; the codes are those of
/// [`PositionMethod`] and [`PositionSpecification`]). Reading also accepts the JSON-LD form
/// that [`Position::to_jsonld`] and [`Address::to_jsonld`](crate::address::Address::to_jsonld)
/// write, and the register's v3 form: a code may be its concept IRI or a node
/// `{"@id": IRI, "@type": "skos:Concept"}` (read, like the code itself, by the code list's
/// `FromStr`: the value exactly as the register writes it, or the full IRI), and `@type`
/// (`GeografischePositie`), `@id` and `default` (a boolean; an address has one position, which
/// is its default) may be present.
///
/// ```
/// use bouwstenen::address::{Position, PositionMethod};
/// let json = r#"{
///     "geometrie": {"type": "Point", "wkt": "SRID=31370;POINT(140252.76 198794.27)"},
///     "methode": {"@id": "https://data.vlaanderen.be/id/concept/geometriemethode/aangeduidDoorBeheerder"},
///     "specificatie": "gebouw"
/// }"#;
/// let position: Position = serde_json::from_str(json).unwrap();
/// assert_eq!(position.method, Some(PositionMethod::AangeduidDoorBeheerder));
/// let again: Position = serde_json::from_str(&serde_json::to_string(&position).unwrap()).unwrap();
/// assert_eq!(again, position);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "PositionJson")]
pub struct Position {
    /// The point.
    #[serde(rename = "geometrie")]
    pub point: Point,
    /// How the position was obtained (*positieGeometrieMethode*).
    #[serde(rename = "methode", skip_serializing_if = "Option::is_none")]
    pub method: Option<PositionMethod>,
    /// What the point marks (*positieSpecificatie*).
    #[serde(rename = "specificatie", skip_serializing_if = "Option::is_none")]
    pub specification: Option<PositionSpecification>,
}

impl From<Point> for Position {
    fn from(point: Point) -> Self {
        Position {
            point,
            method: None,
            specification: None,
        }
    }
}

/// What [`Position`] reads.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionJson {
    #[serde(rename = "@id", default)]
    _id: Option<serde::de::IgnoredAny>,
    #[serde(rename = "@type", default)]
    kind: Option<String>,
    geometrie: Point,
    #[serde(default)]
    methode: Option<ConceptJson>,
    #[serde(default)]
    specificatie: Option<ConceptJson>,
    #[serde(rename = "default", default)]
    _default: Option<bool>,
}

/// A code-list value: the code, the concept IRI, or a concept node.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum ConceptJson {
    Text(String),
    Node(ConceptNode),
}

/// `{"@id": IRI, "@type": …, "skos:prefLabel": …}`, as JSON-LD and the register's v3 write it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptNode {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type", default)]
    _kind: Option<serde::de::IgnoredAny>,
    #[serde(rename = "skos:prefLabel", default)]
    _label: Option<serde::de::IgnoredAny>,
}

impl ConceptJson {
    /// The code, read as a code or a node's `@id` alike by the code list's `FromStr`.
    fn parse<T: core::str::FromStr>(&self) -> Result<T, T::Err> {
        match self {
            ConceptJson::Text(text) => text.parse(),
            ConceptJson::Node(node) => node.id.parse(),
        }
    }
}

/// The `@type`s a position may have in its JSON-LD form.
const POSITION_TYPES: [&str; 3] = [
    "GeografischePositie",
    "generiek:GeografischePositie",
    "https://data.vlaanderen.be/ns/generiek#GeografischePositie",
];

impl TryFrom<PositionJson> for Position {
    type Error = String;

    fn try_from(json: PositionJson) -> Result<Self, String> {
        if let Some(kind) = json.kind.as_deref() {
            if !POSITION_TYPES.contains(&kind) {
                return Err("the @type of a position must be GeografischePositie".to_owned());
            }
        }
        let method = json
            .methode
            .map(|m| m.parse::<PositionMethod>())
            .transpose()
            .map_err(|e| format!("methode: {e}"))?;
        let specification = json
            .specificatie
            .map(|s| s.parse::<PositionSpecification>())
            .transpose()
            .map_err(|e| format!("specificatie: {e}"))?;
        Ok(Position {
            point: json.geometrie,
            method,
            specification,
        })
    }
}

impl schemars::JsonSchema for Position {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Position".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Position".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let point = generator.subschema_for::<Point>();
        let method = generator.subschema_for::<PositionMethod>();
        let specification = generator.subschema_for::<PositionSpecification>();
        // A code (its value or IRI, as the code list's schema says) or a JSON-LD node whose
        // `@id` is one: the same `FromStr` reads both.
        let concept = |code: &schemars::Schema| {
            serde_json::json!({
                "anyOf": [
                    code,
                    {
                        "type": "object",
                        "description": "The concept as a JSON-LD node.",
                        "properties": {
                            "@id": code,
                            "@type": {},
                            "skos:prefLabel": {}
                        },
                        "required": ["@id"],
                        "additionalProperties": false
                    }
                ]
            })
        };
        schemars::json_schema!({
            "title": "Position",
            "description": "OSLO GeografischePositie as the address register writes it: a point (geometrie), how it was fixed (methode) and what it marks (specificatie). Codes may also be written as concept IRIs or JSON-LD nodes; @type, @id and default are accepted for the JSON-LD form.",
            "type": "object",
            "properties": {
                "geometrie": point,
                "methode": concept(&method),
                "specificatie": concept(&specification),
                "@type": { "enum": POSITION_TYPES },
                "@id": { "type": "string" },
                "default": { "type": "boolean", "description": "Whether this is the default position (generiek:default); an address has one position, so it is." }
            },
            "required": ["geometrie"],
            "additionalProperties": false
        })
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of the shared PROJ vectors (the columns this crate reproduces: EPSG:15929 for
    /// Lambert 72, Lambert 2008), within 0.1 mm (the module documentation's claim), and back
    /// within 1 mm.
    #[test]
    fn reproduces_proj_on_every_vector() {
        let text = include_str!("../../tests/data/addr/lambert_vectors.tsv");
        let mut rows = 0;
        let (mut worst72, mut worst08, mut worst_back): (f64, f64, f64) = (0.0, 0.0, 0.0);
        for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let num = |i: usize| f[i].parse::<f64>().unwrap();
            let p = Wgs84::new(num(2), num(3)).unwrap();
            let l72 = p.to_lambert72();
            let l08 = p.to_lambert2008();
            worst72 = worst72.max((l72.x() - num(4)).hypot(l72.y() - num(5)));
            worst08 = worst08.max((l08.x() - num(6)).hypot(l08.y() - num(7)));
            for back in [l72.to_wgs84(), l08.to_wgs84()] {
                let again = back.to_lambert2008();
                worst_back = worst_back.max((again.x() - l08.x()).hypot(again.y() - l08.y()));
            }
            rows += 1;
        }
        assert_eq!(rows, 105);
        eprintln!("worst: L72 {worst72:.6} m, L08 {worst08:.6} m, round trip {worst_back:.6} m");
        assert!(worst72 < 0.0001, "Lambert 72 off by {worst72} m");
        assert!(worst08 < 0.0001, "Lambert 2008 off by {worst08} m");
        assert!(worst_back < 0.001, "round trip off by {worst_back} m");
    }
}
