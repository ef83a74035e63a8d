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
//!   centimetre-level grid (EPSG:8369) it differs by 0.12 m on average and 0.33 m at most over
//!   Belgium. Lambert 72 to Lambert 2008 goes through WGS 84 the same way (PROJ's result without
//!   the grid, EPSG:15928 having the same parameters).
//! - The projections themselves are exact: the tests reproduce PROJ 9.1.1 within 1 mm on 105
//!   points across Belgium, and a round trip returns the point within 1 mm.
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

    /// A position from a conversion's result, in radians (always finite and in range).
    fn from_radians(lon: f64, lat: f64) -> Self {
        Self {
            lon: lon.to_degrees(),
            lat: lat.to_degrees(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of the shared PROJ vectors (the columns this crate reproduces: EPSG:15929 for
    /// Lambert 72, Lambert 2008), within 1 mm, both ways.
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
        assert!(worst72 < 0.001, "Lambert 72 off by {worst72} m");
        assert!(worst08 < 0.001, "Lambert 2008 off by {worst08} m");
        assert!(worst_back < 0.001, "round trip off by {worst_back} m");
    }
}

/// A point in one of the three coordinate reference systems the Belgian registers use.
///
/// ```
/// use bouwstenen::address::{Lambert72, Point};
/// let point = Point::from(Lambert72::new(104719.27, 192387.25)?);
/// assert_eq!(point.epsg(), 31370);
/// # Ok::<(), bouwstenen::address::PositionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "Point",
    description = "A point in WGS 84 (EPSG:4326), Belgian Lambert 72 (EPSG:31370) or Belgian Lambert 2008 (EPSG:3812)."
)]
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
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[schemars(
    rename = "Position",
    description = "OSLO GeografischePositie: a point with the method and the object it was fixed on."
)]
pub struct Position {
    /// The point.
    #[serde(rename = "geometrie")]
    pub point: Point,
    /// How the position was obtained (*positieGeometrieMethode*).
    #[serde(rename = "methode", default, skip_serializing_if = "Option::is_none")]
    pub method: Option<PositionMethod>,
    /// What the point marks (*positieSpecificatie*).
    #[serde(rename = "specificatie", default, skip_serializing_if = "Option::is_none")]
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
