//! ISO 20022 purpose codes.

use core::fmt;
use core::str::FromStr;

use crate::payment::PaymentError;
use crate::text::AsciiBuf;

/// An ISO 20022 external purpose code (`ExternalPurpose1Code`): four upper-case letters or
/// digits, such as `GOVT` (government payment), `TAXS` (tax payment) or `GDDS` (goods). It goes
/// in line 9 of an EPC QR payload and in `Purp` of a Request-to-Pay message.
///
/// ```
/// use bouwstenen::payment::PurposeCode;
/// let purpose: PurposeCode = "TAXS".parse()?;
/// assert_eq!(purpose.as_str(), "TAXS");
/// assert!("tax".parse::<PurposeCode>().is_err());
/// # Ok::<(), bouwstenen::PaymentError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PurposeCode(AsciiBuf<4>);

impl PurposeCode {
    /// The four characters.
    ///
    /// ```
    /// let purpose: bouwstenen::payment::PurposeCode = "GOVT".parse()?;
    /// assert_eq!(purpose.as_str(), "GOVT");
    /// # Ok::<(), bouwstenen::PaymentError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl FromStr for PurposeCode {
    type Err = PaymentError;

    fn from_str(s: &str) -> Result<Self, PaymentError> {
        let bytes = s.as_bytes();
        if bytes.len() != 4
            || !bytes
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return Err(PaymentError::Purpose);
        }
        AsciiBuf::from_ascii(bytes)
            .map(Self)
            .ok_or(PaymentError::Purpose)
    }
}

impl fmt::Display for PurposeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for PurposeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::text::fmt_debug(f, "PurposeCode", self.as_str(), 0)
    }
}

impl serde::Serialize for PurposeCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PurposeCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for PurposeCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PurposeCode".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::PurposeCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Purpose code",
            "description": "ISO 20022 external purpose code (ExternalPurpose1Code): 4 upper-case letters or digits, such as GOVT or TAXS.",
            "type": "string",
            "pattern": "^[A-Z0-9]{4}$",
            "examples": ["GOVT"],
        })
    }
}
