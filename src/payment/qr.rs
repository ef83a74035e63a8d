//! Rendering an EPC payload as a QR code (feature `qr`): error-correction level M exactly,
//! version 13 at most, as SVG or PNG with a quiet zone of four modules.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

use crate::payment::{EpcPayload, PaymentError};

/// The width of the quiet zone around the code, in modules, as ISO/IEC 18004 requires.
const QUIET_ZONE: usize = 4;

/// The highest QR version EPC069-12 allows.
const MAX_VERSION: i16 = 13;

/// The most pixels per module [`EpcQr::to_png`] and [`EpcQr::to_greyscale`] accept (a version 13
/// code is then 4 928 pixels wide).
pub const MAX_SCALE: u32 = 64;

/// A QR code that carries an EPC payload, at error-correction level M.
///
/// ```
/// use bouwstenen::payment::{EpcOptions, PaymentRequest};
/// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
/// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
/// assert!(qr.version() <= 13);
/// assert!(qr.to_svg().starts_with("<svg"));
/// assert!(qr.to_png(4)?.starts_with(b"\x89PNG"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpcQr {
    version: u8,
    width: usize,
    dark: Vec<bool>,
}

impl EpcPayload {
    /// Encodes the payload as a QR code at error-correction level M (never raised), with no ECI
    /// segment (the payload declares its character set itself).
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// assert_eq!(qr.version(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_qr(&self) -> Result<EpcQr, PaymentError> {
        // Byte mode only: the crate's automatic segmentation could pick Kanji mode for some
        // ISO 8859-1 byte pairs, which scanners that decode text would show as Japanese.
        for version in 1..=MAX_VERSION {
            let mut bits = Bits::new(Version::Normal(version));
            if bits.push_byte_data(self.as_bytes()).is_err()
                || bits.push_terminator(EcLevel::M).is_err()
            {
                continue;
            }
            let Ok(code) = QrCode::with_bits(bits, EcLevel::M) else {
                continue;
            };
            return Ok(EpcQr {
                version: u8::try_from(version).unwrap_or(0),
                width: code.width(),
                dark: code
                    .to_colors()
                    .into_iter()
                    .map(|c| c == Color::Dark)
                    .collect(),
            });
        }
        Err(PaymentError::PayloadTooLarge {
            bytes: self.as_bytes().len(),
        })
    }
}

impl EpcQr {
    /// The QR version (1 to 13).
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// assert!(qr.version() <= 13);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The number of modules on a side, without the quiet zone.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// assert_eq!(qr.width(), 17 + 4 * usize::from(qr.version()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` (without the quiet zone) is dark.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// // The top-left finder pattern starts with a dark module.
    /// assert!(qr.is_dark(0, 0));
    /// assert!(!qr.is_dark(qr.width(), 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width
            && y < self.width
            && self
                .dark
                .get(y.saturating_mul(self.width).saturating_add(x))
                .copied()
                .unwrap_or(false)
    }

    /// The code as an SVG document, one unit per module, with the quiet zone, 4 pixels per module
    /// by default (`width` and `height`); scale it freely.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// assert!(qr.to_svg().contains("viewBox"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_svg(&self) -> String {
        let size = self.width.saturating_add(2 * QUIET_ZONE);
        let pixels = size.saturating_mul(4);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{pixels}\" height=\"{pixels}\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">\
             <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        );
        for y in 0..self.width {
            for x in 0..self.width {
                if self.is_dark(x, y) {
                    svg.push_str(&format!(
                        "M{},{}h1v1h-1z",
                        x.saturating_add(QUIET_ZONE),
                        y.saturating_add(QUIET_ZONE)
                    ));
                }
            }
        }
        svg.push_str("\"/></svg>\n");
        svg
    }

    /// The code as a greyscale PNG image with `scale` pixels per module (1 to [`MAX_SCALE`]) and
    /// the quiet zone.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// let png = qr.to_png(4)?;
    /// assert!(qr.to_png(0).is_err());
    /// assert_eq!(&png[1..4], b"PNG");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_png(&self, scale: u32) -> Result<Vec<u8>, PaymentError> {
        let (pixels, side) = self.to_greyscale(scale)?;
        let side = u32::try_from(side).map_err(|_| PaymentError::QrScale { scale })?;
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&pixels))
            .map_err(|_| PaymentError::QrScale { scale })?;
        Ok(out)
    }

    /// The code as 8-bit greyscale pixels (0 dark, 255 light), `scale` pixels per module (1 to
    /// [`MAX_SCALE`]) and the quiet zone, with the side length in pixels.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// let qr = request.to_epc(&EpcOptions::default())?.to_qr()?;
    /// let (pixels, side) = qr.to_greyscale(2)?;
    /// assert_eq!(side, (qr.width() + 8) * 2);
    /// assert_eq!(pixels.len(), side * side);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_greyscale(&self, scale: u32) -> Result<(Vec<u8>, usize), PaymentError> {
        if !(1..=MAX_SCALE).contains(&scale) {
            return Err(PaymentError::QrScale { scale });
        }
        let scale = usize::try_from(scale).map_err(|_| PaymentError::QrScale { scale })?;
        let modules = self.width.saturating_add(2 * QUIET_ZONE);
        let side = modules.saturating_mul(scale);
        let mut pixels = Vec::with_capacity(side.saturating_mul(side));
        for py in 0..side {
            for px in 0..side {
                let (mx, my) = (
                    px.checked_div(scale).unwrap_or(0),
                    py.checked_div(scale).unwrap_or(0),
                );
                let dark = mx >= QUIET_ZONE
                    && my >= QUIET_ZONE
                    && self.is_dark(mx.wrapping_sub(QUIET_ZONE), my.wrapping_sub(QUIET_ZONE));
                pixels.push(if dark { 0 } else { 255 });
            }
        }
        Ok((pixels, side))
    }
}
