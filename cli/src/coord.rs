//! `bouwstenen coord`: convert coordinates between the systems Belgian registers use, one point
//! per line, in the manner of PROJ's `cs2cs`.

use std::fmt;
use std::io::{self, BufRead, Write};
use std::str::FromStr;

use bouwstenen::address::{Lambert72, Lambert2008, Point, Wgs84};

use crate::{Summary, for_each_line};

/// A coordinate reference system `bouwstenen coord` reads and writes, with the axis order of
/// its authority, as `cs2cs` uses it.
///
/// ```
/// use bouwstenen_cli::Crs;
/// assert_eq!("EPSG:31370".parse::<Crs>(), Ok(Crs::Lambert72));
/// assert_eq!("4326".parse::<Crs>(), Ok(Crs::Wgs84));
/// assert_eq!(Crs::Lambert2008.to_string(), "EPSG:3812");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crs {
    /// EPSG:4326, WGS 84 in EPSG's axis order: latitude, then longitude, in degrees.
    Wgs84,
    /// OGC:CRS84, WGS 84 in GIS order: longitude, then latitude, in degrees.
    Crs84,
    /// EPSG:31370, Belgian Lambert 72: easting, northing in metres.
    Lambert72,
    /// EPSG:3812, Belgian Lambert 2008: easting, northing in metres.
    Lambert2008,
}

impl FromStr for Crs {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let upper = s.trim().to_ascii_uppercase();
        let code = upper.strip_prefix("EPSG:").unwrap_or(&upper);
        match code {
            "4326" => Ok(Crs::Wgs84),
            "OGC:CRS84" | "CRS84" => Ok(Crs::Crs84),
            "31370" => Ok(Crs::Lambert72),
            "3812" => Ok(Crs::Lambert2008),
            _ => Err(format!(
                "unsupported coordinate reference system {s:?}; use EPSG:4326, OGC:CRS84, EPSG:31370 or EPSG:3812"
            )),
        }
    }
}

impl fmt::Display for Crs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Crs::Wgs84 => "EPSG:4326",
            Crs::Crs84 => "OGC:CRS84",
            Crs::Lambert72 => "EPSG:31370",
            Crs::Lambert2008 => "EPSG:3812",
        })
    }
}

impl Crs {
    /// Reads a point from the two coordinates in this system's axis order.
    fn point(self, a: f64, b: f64) -> Option<Point> {
        match self {
            Crs::Wgs84 => Wgs84::new(b, a).ok().map(Point::from),
            Crs::Crs84 => Wgs84::new(a, b).ok().map(Point::from),
            Crs::Lambert72 => Lambert72::new(a, b).ok().map(Point::from),
            Crs::Lambert2008 => Lambert2008::new(a, b).ok().map(Point::from),
        }
    }

    /// Writes a point in this system's axis order: degrees with 9 decimals (0.1 mm), metres
    /// with 3 (1 mm), separated by a tab.
    fn write(self, point: &Point, out: &mut impl Write) -> io::Result<()> {
        match self {
            Crs::Wgs84 => {
                let p = point.to_wgs84();
                write!(out, "{:.9}\t{:.9}", p.lat(), p.lon())
            }
            Crs::Crs84 => {
                let p = point.to_wgs84();
                write!(out, "{:.9}\t{:.9}", p.lon(), p.lat())
            }
            Crs::Lambert72 => {
                let p = point.to_lambert72();
                write!(out, "{:.3}\t{:.3}", p.x(), p.y())
            }
            Crs::Lambert2008 => {
                let p = point.to_lambert2008();
                write!(out, "{:.3}\t{:.3}", p.x(), p.y())
            }
        }
    }
}

/// Converts one point per line of `input` from `from` to `to` and writes one line per input
/// line to `output`, like `cs2cs`:
///
/// - a line starts with two numbers separated by whitespace, in the axis order of `from`
///   (latitude first for EPSG:4326, as `cs2cs` reads it; longitude first for OGC:CRS84);
///   whatever follows them (a height, an identifier) is copied after the converted pair;
/// - empty lines and lines starting with `#` are copied unchanged;
/// - a line that cannot be read, or a point outside the valid range, gives `*\t*` followed by
///   the rest of the line, and counts as invalid.
///
/// WGS 84 ↔ Lambert 72 uses the 7-parameter transformation EPSG:15929, as PROJ does (about
/// 1 m accurate); see [`bouwstenen::address::Wgs84::to_lambert72`].
///
/// ```
/// use bouwstenen_cli::{convert_stream, Crs};
///
/// let mut out = Vec::new();
/// let summary = convert_stream(Crs::Lambert72, Crs::Lambert2008, &b"150000 170000 gent-1\nx y\n"[..], &mut out)?;
/// assert_eq!((summary.valid, summary.invalid), (1, 1));
/// let text = String::from_utf8(out).unwrap();
/// let mut lines = text.lines();
/// assert!(lines.next().unwrap().ends_with("\tgent-1"));
/// assert_eq!(lines.next(), Some("*\t*\tx y"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn convert_stream(
    from: Crs,
    to: Crs,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for_each_line(input, |line, too_long| {
        let trimmed = line.trim_start();
        if !too_long && (trimmed.is_empty() || trimmed.starts_with('#')) {
            output.write_all(line.as_bytes())?;
            return output.write_all(b"\n");
        }
        let mut words = trimmed.splitn(3, char::is_whitespace);
        let a = words.next().and_then(|w| w.parse::<f64>().ok());
        let b = words
            .next()
            .and_then(|w| w.trim_start().parse::<f64>().ok());
        let point = match (a, b, too_long) {
            (Some(a), Some(b), false) => from.point(a, b),
            _ => None,
        };
        let rest = match point {
            Some(_) => words.next().unwrap_or_default().trim(),
            None => trimmed,
        };
        match point {
            Some(point) => {
                to.write(&point, &mut output)?;
                summary.valid += 1;
            }
            None => {
                output.write_all(b"*\t*")?;
                summary.invalid += 1;
            }
        }
        if !rest.is_empty() {
            write!(output, "\t{rest}")?;
        }
        output.write_all(b"\n")
    })?;
    output.flush()?;
    Ok(summary)
}
