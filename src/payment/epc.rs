//! EPC069-12 QR payloads: generation and parsing.

use core::str::FromStr;

use crate::payment::{Amount, PaymentError, PaymentField, PaymentRequest, PurposeCode, Remittance};
use crate::{Bic, CreditorReference, Iban, StructuredCommunication};

/// The version of the EPC069-12 payload.
///
/// ```
/// use bouwstenen::payment::EpcVersion;
/// assert_eq!(EpcVersion::default(), EpcVersion::V002);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum EpcVersion {
    /// `001`: the BIC is required.
    V001,
    /// `002`: the BIC is optional within the EEA (the default).
    #[default]
    V002,
}

/// The character set of an EPC069-12 payload.
///
/// ```
/// use bouwstenen::payment::EpcCharset;
/// assert_eq!(EpcCharset::default(), EpcCharset::Utf8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum EpcCharset {
    /// `1`: UTF-8 (the default).
    #[default]
    Utf8,
    /// `2`: ISO 8859-1 (Latin-1).
    Iso8859_1,
}

/// The line end between the elements of an EPC069-12 payload.
///
/// ```
/// use bouwstenen::payment::LineEnding;
/// assert_eq!(LineEnding::default(), LineEnding::Lf);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum LineEnding {
    /// `\n` (the default).
    #[default]
    Lf,
    /// `\r\n`.
    CrLf,
}

/// How to write an EPC069-12 payload: version `002`, UTF-8 and LF unless asked otherwise.
///
/// ```
/// use bouwstenen::payment::{EpcCharset, EpcOptions, EpcVersion};
/// let options = EpcOptions::default().with_version(EpcVersion::V001).with_charset(EpcCharset::Iso8859_1);
/// assert_eq!(options.version(), EpcVersion::V001);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EpcOptions {
    version: EpcVersion,
    charset: EpcCharset,
    line_ending: LineEnding,
}

impl EpcOptions {
    /// The same options with another version.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcOptions, EpcVersion};
    /// assert_eq!(EpcOptions::default().with_version(EpcVersion::V001).version(), EpcVersion::V001);
    /// ```
    pub const fn with_version(mut self, version: EpcVersion) -> Self {
        self.version = version;
        self
    }

    /// The same options with another character set.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcCharset, EpcOptions};
    /// assert_eq!(EpcOptions::default().with_charset(EpcCharset::Iso8859_1).charset(), EpcCharset::Iso8859_1);
    /// ```
    pub const fn with_charset(mut self, charset: EpcCharset) -> Self {
        self.charset = charset;
        self
    }

    /// The same options with another line end.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcOptions, LineEnding};
    /// assert_eq!(EpcOptions::default().with_line_ending(LineEnding::CrLf).line_ending(), LineEnding::CrLf);
    /// ```
    pub const fn with_line_ending(mut self, line_ending: LineEnding) -> Self {
        self.line_ending = line_ending;
        self
    }

    /// The version.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcOptions, EpcVersion};
    /// assert_eq!(EpcOptions::default().version(), EpcVersion::V002);
    /// ```
    pub const fn version(&self) -> EpcVersion {
        self.version
    }

    /// The character set.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcCharset, EpcOptions};
    /// assert_eq!(EpcOptions::default().charset(), EpcCharset::Utf8);
    /// ```
    pub const fn charset(&self) -> EpcCharset {
        self.charset
    }

    /// The line end.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcOptions, LineEnding};
    /// assert_eq!(EpcOptions::default().line_ending(), LineEnding::Lf);
    /// ```
    pub const fn line_ending(&self) -> LineEnding {
        self.line_ending
    }
}

/// The most bytes an EPC069-12 payload may have: the capacity of a version 13 QR code at
/// error-correction level M.
///
/// ```
/// assert_eq!(bouwstenen::payment::MAX_PAYLOAD_BYTES, 331);
/// ```
pub const MAX_PAYLOAD_BYTES: usize = 331;

/// A valid EPC069-12 payload, as the bytes to put in the QR code.
///
/// ```
/// use bouwstenen::payment::{EpcOptions, EpcPayload, PaymentRequest};
/// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
/// let payload = request.to_epc(&EpcOptions::default())?;
/// assert_eq!(payload.as_bytes(), b"BCD\n002\n1\nSCT\n\nStad Gent\nBE68539007547034");
/// let (parsed, options) = EpcPayload::parse(payload.as_bytes())?;
/// assert_eq!(parsed, request);
/// assert_eq!(options, EpcOptions::default());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EpcPayload {
    bytes: Vec<u8>,
    options: EpcOptions,
}

impl EpcPayload {
    /// The payload's bytes, in its character set.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert!(request.to_epc(&EpcOptions::default())?.as_bytes().starts_with(b"BCD\n002\n1\nSCT"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The options the payload was written with.
    ///
    /// ```
    /// # use bouwstenen::payment::{EpcOptions, PaymentRequest};
    /// let request = PaymentRequest::builder("Stad Gent", "BE68539007547034".parse()?).build()?;
    /// assert_eq!(request.to_epc(&EpcOptions::default())?.options(), EpcOptions::default());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn options(&self) -> EpcOptions {
        self.options
    }

    /// Parses an EPC069-12 payload into the request it carries and the options it was written
    /// with. Lenient where scanners must be (LF or CRLF, trailing separators, a leading UTF-8
    /// byte-order mark, `EUR12.3`), strict about everything the standard fixes. Generating a
    /// payload from the result with the returned options gives the canonical payload.
    ///
    /// ```
    /// use bouwstenen::payment::EpcPayload;
    /// use bouwstenen::PaymentError;
    ///
    /// let (request, _) = EpcPayload::parse(b"BCD\r\n002\r\n1\r\nSCT\r\n\r\nStad Gent\r\nBE68539007547034\r\nEUR12.3\r\n")?;
    /// assert_eq!(request.amount().map(|a| a.to_string()), Some("12.30".to_owned()));
    /// assert_eq!(
    ///     EpcPayload::parse(b"BCD\n002\n1\nSCT\n\nStad Gent\nBE68539007547034\n12.30"),
    ///     Err(PaymentError::EpcAmount)
    /// );
    /// # Ok::<(), PaymentError>(())
    /// ```
    pub fn parse(bytes: &[u8]) -> Result<(PaymentRequest, EpcOptions), PaymentError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.len() > MAX_PAYLOAD_BYTES {
            return Err(PaymentError::PayloadTooLarge { bytes: bytes.len() });
        }
        if !bytes.starts_with(b"BCD") {
            return Err(PaymentError::EpcServiceTag);
        }
        let crlf = bytes.windows(2).any(|w| w == b"\r\n");
        let mut elements: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        if crlf {
            for element in &mut elements {
                *element = element.strip_suffix(b"\r").unwrap_or(element);
            }
        }
        // Mixed line ends: with CRLF every break must be CRLF, without it no CR may appear.
        let breaks = bytes.iter().filter(|&&b| b == b'\n').count();
        let crlfs = bytes.windows(2).filter(|w| *w == b"\r\n").count();
        if (crlf && crlfs != breaks) || elements.iter().any(|e| e.contains(&b'\r')) {
            return Err(PaymentError::EpcLineEnding);
        }
        while elements.last().is_some_and(|e| e.is_empty()) {
            elements.pop();
        }
        if !(7..=12).contains(&elements.len()) {
            return Err(PaymentError::EpcElements {
                found: elements.len(),
            });
        }
        let element = |i: usize| elements.get(i).copied().unwrap_or_default();
        if element(0) != b"BCD" {
            return Err(PaymentError::EpcServiceTag);
        }
        let version = match element(1) {
            b"001" => EpcVersion::V001,
            b"002" => EpcVersion::V002,
            _ => return Err(PaymentError::EpcVersion),
        };
        let charset = match element(2) {
            b"1" => EpcCharset::Utf8,
            b"2" => EpcCharset::Iso8859_1,
            b"3" | b"4" | b"5" | b"6" | b"7" | b"8" => {
                return Err(PaymentError::EpcCharsetUnsupported);
            }
            _ => return Err(PaymentError::EpcCharset),
        };
        if element(3) != b"SCT" {
            return Err(PaymentError::EpcIdentification);
        }
        let text = |i: usize| -> Result<String, PaymentError> {
            let raw = element(i);
            match charset {
                EpcCharset::Utf8 => core::str::from_utf8(raw)
                    .map(str::to_owned)
                    .map_err(|_| PaymentError::EpcEncoding),
                EpcCharset::Iso8859_1 => Ok(raw.iter().map(|&b| char::from(b)).collect()),
            }
        };
        let options = EpcOptions {
            version,
            charset,
            line_ending: if crlf {
                LineEnding::CrLf
            } else {
                LineEnding::Lf
            },
        };

        let bic = match text(4)?.as_str() {
            "" if version == EpcVersion::V001 => return Err(PaymentError::BicRequired),
            "" => None,
            bic => Some(Bic::from_str(bic).map_err(PaymentError::Bic)?),
        };
        let name = text(5)?;
        let iban = Iban::from_str(&text(6)?).map_err(PaymentError::Iban)?;
        let amount = match text(7)?.as_str() {
            "" => None,
            amount => {
                // EUR and 1 to 12 characters.
                let number = amount
                    .strip_prefix("EUR")
                    .filter(|n| (1..=12).contains(&n.len()))
                    .ok_or(PaymentError::EpcAmount)?;
                if number.contains(',') || number.trim() != number {
                    return Err(PaymentError::AmountFormat);
                }
                Some(Amount::from_str(number)?)
            }
        };
        let purpose = match text(8)?.as_str() {
            "" => None,
            purpose => Some(PurposeCode::from_str(purpose)?),
        };
        let structured = parse_reference(&text(9)?)?;
        // Optional free-text lines that hold only spaces count as absent; the builder below
        // validates the text.
        let unstructured = match text(10)? {
            t if t.trim().is_empty() => None,
            t => Some(Remittance::Text(t)),
        };
        let remittance = match (structured, unstructured) {
            (Some(_), Some(_)) => return Err(PaymentError::BothRemittances),
            (s, u) => s.or(u),
        };
        let note = text(11)?;

        let mut builder = PaymentRequest::builder(name, iban);
        if let Some(bic) = bic {
            builder = builder.creditor_bic(bic);
        }
        if let Some(amount) = amount {
            builder = builder.amount(amount);
        }
        if let Some(purpose) = purpose {
            builder = builder.purpose(purpose);
        }
        if let Some(remittance) = remittance {
            builder = builder.remittance(remittance);
        }
        if !note.trim().is_empty() {
            builder = builder.note(note);
        }
        Ok((builder.build()?, options))
    }
}

/// Line 10: a Belgian structured communication or an RF creditor reference.
fn parse_reference(text: &str) -> Result<Option<Remittance>, PaymentError> {
    if text.is_empty() {
        return Ok(None);
    }
    let found = text.chars().count();
    if found > 35 {
        return Err(PaymentError::Length {
            field: PaymentField::RemittanceReference,
            max: 35,
            found,
        });
    }
    if text.chars().any(char::is_control) {
        return Err(PaymentError::ControlCharacter {
            field: PaymentField::RemittanceReference,
        });
    }
    if text.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("RF")) {
        return CreditorReference::from_str(text)
            .map(|rf| Some(Remittance::CreditorReference(rf)))
            .map_err(PaymentError::CreditorReference);
    }
    // A Belgian structured communication: 12 digits, possibly in its visual form.
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let decorated = text.starts_with("+++") || text.starts_with("***");
    let ogm_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '/' | ' ' | '.' | '-'));
    if !ogm_like || (digits != 12 && !decorated) {
        return Err(PaymentError::UnknownReference);
    }
    StructuredCommunication::from_str(text)
        .map(|ogm| Some(Remittance::StructuredCommunication(ogm)))
        .map_err(PaymentError::StructuredCommunication)
}

impl PaymentRequest {
    /// The EPC069-12 payload of this request: what the QR code carries.
    ///
    /// ```
    /// use bouwstenen::payment::{EpcCharset, EpcOptions, PaymentRequest, Remittance};
    /// use bouwstenen::PaymentError;
    ///
    /// let request = PaymentRequest::builder("Politiezone Rupel", "BE68539007547034".parse()?)
    ///     .amount("58".parse()?)
    ///     .remittance(Remittance::Text("GAS-boete dossier 2026/0042 – Café de Brug".to_owned()))
    ///     .build()?;
    /// let payload = request.to_epc(&EpcOptions::default())?;
    /// assert_eq!(payload.as_bytes().len(), 106);
    /// // The dash cannot be written in ISO 8859-1.
    /// let latin1 = EpcOptions::default().with_charset(EpcCharset::Iso8859_1);
    /// assert!(matches!(request.to_epc(&latin1), Err(PaymentError::Unrepresentable { character: '–', .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_epc(&self, options: &EpcOptions) -> Result<EpcPayload, PaymentError> {
        self.write_epc(options, None)
    }

    /// Writes the payload; `short_amount` writes the amount without trailing zeros.
    fn write_epc(
        &self,
        options: &EpcOptions,
        short_amount: Option<Amount>,
    ) -> Result<EpcPayload, PaymentError> {
        if options.version == EpcVersion::V001 && self.creditor_bic().is_none() {
            return Err(PaymentError::BicRequired);
        }
        let amount = match (short_amount, self.amount()) {
            (Some(short), _) => format!("EUR{}", short.to_decimal().normalize()),
            (None, Some(a)) => format!("EUR{a}"),
            (None, None) => String::new(),
        };
        let (structured, unstructured) = match self.remittance() {
            Some(Remittance::StructuredCommunication(ogm)) => (ogm.as_str(), ""),
            Some(Remittance::CreditorReference(rf)) => (rf.as_str(), ""),
            Some(Remittance::Text(text)) => ("", text.as_str()),
            None => ("", ""),
        };
        let elements: [(&str, Option<PaymentField>); 12] = [
            ("BCD", None),
            (
                match options.version {
                    EpcVersion::V001 => "001",
                    EpcVersion::V002 => "002",
                },
                None,
            ),
            (
                match options.charset {
                    EpcCharset::Utf8 => "1",
                    EpcCharset::Iso8859_1 => "2",
                },
                None,
            ),
            ("SCT", None),
            (self.creditor_bic.as_ref().map_or("", Bic::as_str), None),
            (self.creditor().name(), Some(PaymentField::CreditorName)),
            (self.creditor_iban.as_str(), None),
            (&amount, None),
            (self.purpose.as_ref().map_or("", PurposeCode::as_str), None),
            (structured, None),
            (unstructured, Some(PaymentField::RemittanceText)),
            (self.note().unwrap_or_default(), Some(PaymentField::Note)),
        ];
        let used = elements
            .iter()
            .rposition(|(text, _)| !text.is_empty())
            .map_or(0, |last| last.saturating_add(1));
        let separator: &[u8] = match options.line_ending {
            LineEnding::Lf => b"\n",
            LineEnding::CrLf => b"\r\n",
        };
        let mut bytes = Vec::with_capacity(MAX_PAYLOAD_BYTES);
        for (i, (text, field)) in elements.iter().take(used).enumerate() {
            if i > 0 {
                bytes.extend_from_slice(separator);
            }
            encode(text, options.charset, *field, &mut bytes)?;
        }
        if bytes.len() > MAX_PAYLOAD_BYTES && short_amount.is_none() {
            // Two decimals may cost up to three bytes: fall back to the shortest amount form
            // (`EUR12.3`, `EUR1`), which the standard allows too.
            if let Some(amount) = self.amount() {
                return self.write_epc(options, Some(amount));
            }
        }
        if bytes.len() > MAX_PAYLOAD_BYTES {
            return Err(PaymentError::PayloadTooLarge { bytes: bytes.len() });
        }
        Ok(EpcPayload {
            bytes,
            options: *options,
        })
    }
}

/// Appends `text` in the character set; characters it cannot hold are rejected.
fn encode(
    text: &str,
    charset: EpcCharset,
    field: Option<PaymentField>,
    out: &mut Vec<u8>,
) -> Result<(), PaymentError> {
    match charset {
        EpcCharset::Utf8 => out.extend_from_slice(text.as_bytes()),
        EpcCharset::Iso8859_1 => {
            // Only the free-text fields (which name themselves) can hold characters outside
            // ISO 8859-1; the others are ASCII by construction.
            for c in text.chars() {
                let byte =
                    u8::try_from(u32::from(c)).map_err(|_| PaymentError::Unrepresentable {
                        field: field.unwrap_or(PaymentField::CreditorName),
                        character: c,
                    })?;
                out.push(byte);
            }
        }
    }
    Ok(())
}
