//! `bouwstenen coord`: convert coordinates between the systems Belgian registers use, one point
//! per line, in the manner of PROJ's `cs2cs`.

use std::io::{self, BufRead, Write};

pub use bouwstenen::address::Crs;
use bouwstenen::address::Point;

use crate::{Summary, for_each_line};

/// Writes a point in `crs`'s axis order: degrees with 9 decimals (0.1 mm), metres with 3 (1 mm),
/// separated by a tab, and never a negative zero (`-0.000`).
fn write_point(crs: Crs, point: &Point, out: &mut impl Write) -> io::Result<()> {
    let decimals = match crs {
        Crs::Lambert72 | Crs::Lambert2008 => 3,
        _ => 9,
    };
    let (first, second) = crs.coordinates(point);
    write!(
        out,
        "{}\t{}",
        fixed(first, decimals),
        fixed(second, decimals)
    )
}

/// `v` with `decimals` decimals, without the minus sign of a value that rounds to zero.
fn fixed(v: f64, decimals: usize) -> String {
    let text = format!("{v:.decimals$}");
    match text.strip_prefix('-') {
        Some(magnitude) if magnitude.bytes().all(|b| b == b'0' || b == b'.') => {
            magnitude.to_owned()
        }
        _ => text,
    }
}

/// The first whitespace-separated word of `text` and what follows it.
fn next_word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    text.split_once(char::is_whitespace).unwrap_or((text, ""))
}

/// Converts one point per line of `input` from `from` to `to` and writes one line per input
/// line to `output`, like `cs2cs`:
///
/// - a line starts with two numbers separated by whitespace (any run of spaces and tabs), in
///   the axis order of `from` (latitude first for EPSG:4326, as `cs2cs` reads it; longitude
///   first for OGC:CRS84; see [`Crs`], the library's, which also reads the systems' other
///   names); whatever follows them (a height, an identifier) is copied, trimmed, after the
///   converted pair;
/// - the pair is written tab-separated in the axis order of `to`, degrees with 9 decimals
///   (0.1 mm) and metres with 3 (1 mm), never as `-0.000`;
/// - empty lines and lines starting with `#` are copied unchanged;
/// - a line that cannot be read, or a point outside the valid range, gives `*\t*` followed by
///   the line, and counts as invalid.
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
///
/// let mut out = Vec::new();
/// let crs84 = "OGC:CRS84".parse::<Crs>().unwrap();
/// convert_stream(crs84, Crs::Epsg4326, &b"4.35 \t 50.85   id 7\n-0.0000000001 0\n"[..], &mut out)?;
/// assert_eq!(String::from_utf8(out).unwrap(), "50.850000000\t4.350000000\tid 7\n0.000000000\t0.000000000\n");
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
        // Two numbers separated by any run of whitespace, as cs2cs reads them, and the rest.
        let (a, after_a) = next_word(trimmed);
        let (b, after_b) = next_word(after_a);
        let point = match (a.parse::<f64>(), b.parse::<f64>(), too_long) {
            (Ok(a), Ok(b), false) => from.point(a, b).ok(),
            _ => None,
        };
        let rest = match point {
            Some(_) => after_b.trim(),
            None => trimmed.trim_end(),
        };
        match point {
            Some(point) => {
                write_point(to, &point, &mut output)?;
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
