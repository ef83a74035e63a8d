//! Payment requests: what a municipality asks a citizen to pay, as an EPC QR code that Belgian
//! bank apps scan, and as a model ready for SEPA Request-to-Pay.
//!
//! A [`PaymentRequest`] holds the data of EPC069-12 (the "GiroCode" QR standard) and of the SEPA
//! Request-to-Pay request (pain.013): the creditor and its account, the amount, due and expiry
//! dates, the remittance information, a purpose code, a note for the payer and a link to the
//! assessment or invoice. [`PaymentRequest::builder`] validates every field; a value of the type
//! is proof that each field is valid. Writing it as an EPC payload can still fail on what depends
//! on the options or on the whole: the 331-byte limit, a character ISO 8859-1 cannot hold, or
//! version 001 without a BIC.
//!
//! ```
//! use bouwstenen::payment::{EpcOptions, PaymentRequest, Remittance};
//! use bouwstenen::{Amount, Iban, StructuredCommunication};
//!
//! let request = PaymentRequest::builder("Stad Gent", "BE68 5390 0754 7034".parse::<Iban>()?)
//!     .amount("125.50".parse::<Amount>()?)
//!     .remittance(Remittance::StructuredCommunication("+++010/8068/17183+++".parse()?))
//!     .build()?;
//! let payload = request.to_epc(&EpcOptions::default())?;
//! assert_eq!(
//!     payload.as_bytes(),
//!     b"BCD\n002\n1\nSCT\n\nStad Gent\nBE68539007547034\nEUR125.50\n\n010806817183"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Where the Belgian structured communication goes
//!
//! EPC069-12 has two remittance lines: line 10, the *structured* creditor reference (up to 35
//! characters), and line 11, *unstructured* text (up to 140 characters), never both. A Belgian
//! structured communication (OGM/VCS) goes in **line 10, as its 12 digits** (`010806817183`,
//! without `+++` and slashes): that is its electronic form as Febelfin defines it, and what
//! Belgian bank apps and Belgian software (Odoo, LetsPeppol) read as a *structured*
//! communication, so that the bank and the municipality's reconciliation (CODA) match the
//! payment automatically. Put in line 11, or written as `+++010/8068/17183+++`, it becomes a free
//! communication that has to be matched by hand. An ISO 11649 RF reference also goes in line 10;
//! free text goes in line 11. Next to the QR code, print the structured communication in its
//! visual form `+++010/8068/17183+++` ([`PaymentRequest::summary`]).
//!
//! # What the payload generator guarantees
//!
//! Version `002` by default (`001` on request, which requires a BIC), character set UTF-8 by
//! default (ISO 8859-1 on request; characters it cannot hold are rejected), identification `SCT`,
//! the fields in order with trailing empty fields dropped and no trailing separator, LF line ends
//! (CRLF on request), the amount as `EUR` + integer + `.` + two decimals, no control characters
//! in any field, every length counted in characters, and at most 331 bytes after encoding (the
//! capacity of a version 13 QR code at error-correction level M). The parser ([`EpcPayload::parse`])
//! is lenient where scanners must be (CRLF or LF, a trailing separator, `EUR12.3`, a leading
//! byte-order mark) and strict about everything the standard fixes.

mod amount;
mod epc;
mod purpose;
#[cfg(feature = "qr")]
mod qr;
mod request;

pub use amount::Amount;
pub use epc::{EpcCharset, EpcOptions, EpcPayload, EpcVersion, LineEnding, MAX_PAYLOAD_BYTES};
pub use purpose::PurposeCode;
#[cfg(feature = "qr")]
pub use qr::{EpcQr, MAX_SCALE};
pub use request::{Party, PaymentRequest, PaymentRequestBuilder, PaymentSummary, Remittance};

use crate::error::error_enum;
use crate::{BicError, CreditorReferenceError, IbanError, StructuredCommunicationError};

/// The text fields of a payment request, named in errors.
///
/// ```
/// use bouwstenen::payment::{PaymentField, PaymentRequest};
/// use bouwstenen::PaymentError;
///
/// let err = PaymentRequest::builder("", "BE68539007547034".parse()?).build().unwrap_err();
/// assert_eq!(err, PaymentError::Empty { field: PaymentField::CreditorName });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentField {
    /// The request id (at most 35 characters).
    RequestId,
    /// The creditor's (beneficiary's) name (1 to 70 characters).
    CreditorName,
    /// The ultimate creditor's name (1 to 70 characters).
    UltimateCreditorName,
    /// The debtor's name (1 to 70 characters).
    DebtorName,
    /// An address line (at most 70 characters, at most 2 lines).
    AddressLine,
    /// The unstructured remittance text (1 to 140 characters).
    RemittanceText,
    /// The structured remittance reference of an EPC payload (at most 35 characters).
    RemittanceReference,
    /// The note for the payer (1 to 70 characters).
    Note,
    /// The purpose code (4 letters or digits).
    Purpose,
}

impl core::fmt::Display for PaymentField {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::RequestId => "request id",
            Self::CreditorName => "creditor name",
            Self::UltimateCreditorName => "ultimate creditor name",
            Self::DebtorName => "debtor name",
            Self::AddressLine => "address line",
            Self::RemittanceText => "remittance text",
            Self::RemittanceReference => "remittance reference",
            Self::Note => "note",
            Self::Purpose => "purpose code",
        })
    }
}

error_enum! {
    /// Why a payment request, an amount or an EPC QR payload is not valid.
    ///
    /// ```
    /// use bouwstenen::{Amount, PaymentError};
    /// assert_eq!("1.005".parse::<Amount>(), Err(PaymentError::AmountDecimals));
    /// assert_eq!(PaymentError::AmountDecimals.code(), "payment.amount_decimals");
    /// ```
    pub enum PaymentError {
        /// A required text field is empty.
        #[error("the {field} is empty")]
        Empty {
            /// The field.
            field: PaymentField,
        } = "payment.empty",
        /// A text field is too long (counted in characters).
        #[error("the {field} has {found} characters, at most {max} are allowed")]
        Length {
            /// The field.
            field: PaymentField,
            /// The maximum number of characters.
            max: usize,
            /// The number of characters found.
            found: usize,
        } = "payment.length",
        /// A text field contains a line break or another control character.
        #[error("the {field} contains a line break or another control character")]
        ControlCharacter {
            /// The field.
            field: PaymentField,
        } = "payment.control_character",
        /// Too many address lines.
        #[error("at most 2 address lines are allowed")]
        AddressLines = "payment.address_lines",
        /// An amount that is not digits with an optional decimal separator.
        #[error("an amount is written as digits with a decimal point, such as 12.30")]
        AmountFormat = "payment.amount_format",
        /// An amount with more than two decimals.
        #[error("an amount has at most two decimals")]
        AmountDecimals = "payment.amount_decimals",
        /// An amount outside 0.01 to 999 999 999.99.
        #[error("an amount must be from 0.01 to 999999999.99")]
        AmountRange = "payment.amount_range",
        /// A purpose code that is not 4 upper-case letters or digits.
        #[error("a purpose code is 4 upper-case letters or digits")]
        Purpose = "payment.purpose",
        /// The expiry date lies before the due date.
        #[error("the expiry date lies before the due date")]
        ExpiryBeforeDue = "payment.dates",
        /// EPC version 001 without a BIC.
        #[error("version 001 of the EPC payload requires the creditor's BIC")]
        BicRequired = "payment.bic_required",
        /// A character that the declared character set cannot hold.
        #[error("the {field} contains {character:?}, which the character set cannot hold")]
        Unrepresentable {
            /// The field.
            field: PaymentField,
            /// The character.
            character: char,
        } = "payment.charset",
        /// A QR scale outside 1 to 64 pixels per module.
        #[error("the scale must be 1 to 64 pixels per module, not {scale}")]
        QrScale {
            /// The scale asked for.
            scale: u32,
        } = "payment.qr_scale",
        /// The EPC payload is longer than 331 bytes.
        #[error("the EPC payload has {bytes} bytes, at most 331 are allowed")]
        PayloadTooLarge {
            /// The size of the payload.
            bytes: usize,
        } = "payment.payload_size",
        /// The creditor's IBAN is not valid.
        #[error("the IBAN is not valid: {0}")]
        Iban(IbanError) = "payment.iban",
        /// The creditor's BIC is not valid.
        #[error("the BIC is not valid: {0}")]
        Bic(BicError) = "payment.bic",
        /// A structured communication in an EPC payload is not valid.
        #[error("the structured communication is not valid: {0}")]
        StructuredCommunication(StructuredCommunicationError) = "payment.ogm",
        /// A creditor reference in an EPC payload is not valid.
        #[error("the creditor reference is not valid: {0}")]
        CreditorReference(CreditorReferenceError) = "payment.rf",
        /// A structured reference in an EPC payload that is neither an OGM nor an RF reference
        /// (another country's reference, which this crate does not read).
        #[error("the structured reference is neither a Belgian structured communication nor an RF creditor reference, the two this crate reads")]
        UnknownReference = "payment.reference",
        /// Both a structured reference and unstructured text in an EPC payload.
        #[error("an EPC payload has a structured reference or unstructured text, not both")]
        BothRemittances = "payment.remittance_both",
        /// The EPC payload does not start with the service tag `BCD`.
        #[error("the payload does not start with the EPC service tag BCD")]
        EpcServiceTag = "payment.epc_service_tag",
        /// An EPC version other than `001` or `002`.
        #[error("the EPC version must be 001 or 002")]
        EpcVersion = "payment.epc_version",
        /// A character set code other than 1 to 8.
        #[error("the character set must be a code from 1 to 8")]
        EpcCharset = "payment.epc_charset",
        /// A valid character set code (3 to 8) that this crate does not decode yet.
        #[error("this crate reads character sets 1 (UTF-8) and 2 (ISO 8859-1) only")]
        EpcCharsetUnsupported = "payment.epc_charset_unsupported",
        /// The payload's bytes are not valid in its declared character set.
        #[error("the payload is not valid in its declared character set")]
        EpcEncoding = "payment.epc_encoding",
        /// An identification other than `SCT`.
        #[error("the identification must be SCT")]
        EpcIdentification = "payment.epc_identification",
        /// Fewer than 7 or more than 12 elements.
        #[error("an EPC payload has 7 to 12 elements, found {found}")]
        EpcElements {
            /// The number of elements found.
            found: usize,
        } = "payment.epc_elements",
        /// LF and CRLF line ends mixed.
        #[error("an EPC payload uses LF or CRLF line ends, not both")]
        EpcLineEnding = "payment.epc_line_ending",
        /// An amount element that is not `EUR` and an amount.
        #[error("the amount element must be EUR followed by the amount")]
        EpcAmount = "payment.epc_amount",
    }
}
