//! An amount of money in euro, as a payment request carries it.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::payment::PaymentError;

/// An amount in euro from 0.01 to 999 999 999.99 with at most two decimals: the range an EPC QR
/// code and a SEPA credit transfer can carry. It is a decimal, never a float, so `0.1 + 0.2` is
/// exactly `0.30`.
///
/// Text input uses `.` or `,` as the decimal separator and no thousands separators; more than two
/// decimals are rejected rather than rounded. `Display` always prints two decimals.
///
/// ```
/// use bouwstenen::Amount;
///
/// let amount: Amount = "12,3".parse()?;
/// assert_eq!(amount.to_string(), "12.30");
/// assert_eq!(amount.cents(), 1230);
/// assert_eq!(Amount::from_cents(30)?, "0.30".parse()?);
/// assert!("12.345".parse::<Amount>().is_err());
/// # Ok::<(), bouwstenen::PaymentError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Amount(Decimal);

impl Amount {
    /// The smallest amount: 0.01.
    ///
    /// ```
    /// assert!(bouwstenen::Amount::from_cents(bouwstenen::Amount::MIN_CENTS).is_ok());
    /// ```
    pub const MIN_CENTS: u64 = 1;
    /// The largest amount: 999 999 999.99.
    ///
    /// ```
    /// assert!(bouwstenen::Amount::from_cents(bouwstenen::Amount::MAX_CENTS + 1).is_err());
    /// ```
    pub const MAX_CENTS: u64 = 99_999_999_999;

    /// The amount of `cents` euro cents.
    ///
    /// ```
    /// use bouwstenen::Amount;
    /// assert_eq!(Amount::from_cents(12_550)?.to_string(), "125.50");
    /// assert!(Amount::from_cents(0).is_err());
    /// # Ok::<(), bouwstenen::PaymentError>(())
    /// ```
    pub fn from_cents(cents: u64) -> Result<Self, PaymentError> {
        if !(Self::MIN_CENTS..=Self::MAX_CENTS).contains(&cents) {
            return Err(PaymentError::AmountRange);
        }
        let cents = i64::try_from(cents).map_err(|_| PaymentError::AmountRange)?;
        Ok(Self(Decimal::new(cents, 2)))
    }

    /// The amount as a decimal number of euro, with two decimals.
    ///
    /// ```
    /// use bouwstenen::Amount;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Amount::from_cents(1230)?.to_decimal(), Decimal::new(1230, 2));
    /// # Ok::<(), bouwstenen::PaymentError>(())
    /// ```
    pub fn to_decimal(&self) -> Decimal {
        self.0
    }

    /// The amount in euro cents.
    ///
    /// ```
    /// let amount: bouwstenen::Amount = "999999999.99".parse()?;
    /// assert_eq!(amount.cents(), 99_999_999_999);
    /// # Ok::<(), bouwstenen::PaymentError>(())
    /// ```
    pub fn cents(&self) -> u64 {
        u64::try_from(self.0.mantissa()).unwrap_or(0)
    }

    /// The amount of a decimal number of euro, rejecting more than two decimals.
    ///
    /// ```
    /// use bouwstenen::Amount;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Amount::from_decimal(Decimal::new(125, 1))?.to_string(), "12.50");
    /// assert!(Amount::from_decimal(Decimal::new(12345, 3)).is_err());
    /// # Ok::<(), bouwstenen::PaymentError>(())
    /// ```
    pub fn from_decimal(value: Decimal) -> Result<Self, PaymentError> {
        let cents = value
            .checked_mul(Decimal::ONE_HUNDRED)
            .ok_or(PaymentError::AmountRange)?;
        if !cents.fract().is_zero() {
            return Err(PaymentError::AmountDecimals);
        }
        if cents.is_sign_negative() {
            return Err(PaymentError::AmountRange);
        }
        Self::from_cents(cents.to_u64().ok_or(PaymentError::AmountRange)?)
    }
}

impl FromStr for Amount {
    type Err = PaymentError;

    fn from_str(s: &str) -> Result<Self, PaymentError> {
        let s = s.trim();
        let (units, decimals) = match s.find(['.', ',']) {
            Some(at) => (
                s.get(..at).unwrap_or_default(),
                s.get(at..).and_then(|t| t.get(1..)).unwrap_or_default(),
            ),
            None => (s, ""),
        };
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if units.is_empty()
            || !digits(units)
            || !digits(decimals)
            || (s.len() > units.len() && decimals.is_empty())
        {
            return Err(PaymentError::AmountFormat);
        }
        if decimals.len() > 2 {
            return Err(PaymentError::AmountDecimals);
        }
        let units: u64 = units.parse().map_err(|_| PaymentError::AmountRange)?;
        let fraction: u64 = match decimals.len() {
            0 => 0,
            1 => decimals
                .parse::<u64>()
                .map_err(|_| PaymentError::AmountFormat)?
                .saturating_mul(10),
            _ => decimals.parse().map_err(|_| PaymentError::AmountFormat)?,
        };
        Self::from_cents(units.saturating_mul(100).saturating_add(fraction))
    }
}

impl fmt::Display for Amount {
    /// The amount with a `.` and exactly two decimals: `12.30`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cents = self.cents();
        write!(f, "{}.{:02}", cents / 100, cents % 100)
    }
}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Amount({self})")
    }
}

impl serde::Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount in euro as a string, such as \"12.30\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Amount, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl schemars::JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Amount in euro",
            "description": "An amount in euro from 0.01 to 999999999.99 as a string with a decimal point and exactly two decimals (never a JSON number, so that no float is involved).",
            "type": "string",
            "pattern": "^(0\\.(0[1-9]|[1-9][0-9])|[1-9][0-9]{0,8}\\.[0-9]{2})$",
            "examples": ["125.50"],
        })
    }
}
