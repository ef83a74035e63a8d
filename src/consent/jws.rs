//! Signed checkpoints and receipts: compact JWS (RFC 7515) with Ed25519 (`alg: EdDSA`,
//! RFC 8037) over the RFC 8785 canonical JSON of their payload. The public types carry the
//! documentation, since this module is private.

use core::fmt;
use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::consent::{
    ConsentRecord, Digest, Key, RecordError, RecordHeader, Timestamp, Uri, UuidUrn,
};
use crate::error::error_enum;

error_enum! {
    /// Why a checkpoint or receipt could not be signed, read or matched with a record
    /// (feature `jws`).
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, Ed25519Signer, JwsError};
    ///
    /// let key = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?.public_key();
    /// let err = Checkpoint::from_token("not a token", &key).unwrap_err();
    /// assert_eq!(err, JwsError::Format);
    /// assert_eq!(err.code(), "jws.format");
    /// assert_eq!(err.to_string(), "not a compact JWS");
    /// # Ok::<(), JwsError>(())
    /// ```
    pub enum JwsError in consent {
        /// Not three parts of unpadded base64url separated by dots, or a signature that is not
        /// 64 bytes.
        #[error("not a compact JWS")]
        Format = "jws.format",
        /// The protected header is not a JSON object with a `kid`, repeats a member, has
        /// `crit`, or asks for an unencoded payload (`b64`).
        #[error("the JWS header is not acceptable")]
        Header = "jws.header",
        /// An algorithm other than `EdDSA` (such as `none` or `HS256`), in the header or in the
        /// key.
        #[error("an algorithm other than EdDSA")]
        Algorithm = "jws.algorithm",
        /// The token is of another kind (its `typ` or payload `type`): a receipt where a
        /// checkpoint is expected, or the reverse.
        #[error("the token is not of the expected type")]
        Type = "jws.type",
        /// Not an Ed25519 public key: a JWK that is not `OKP`/`Ed25519`, holds the private
        /// key (`d`) or is not for signatures, or a point that is not on the curve or is weak.
        #[error("not an Ed25519 public key")]
        Key = "jws.key",
        /// The token's `kid` is not the key's, or a key id that is empty, longer than 256
        /// bytes or holds control characters.
        #[error("the key id does not match")]
        KeyId = "jws.key.id",
        /// The [`Signer`] failed (an HSM or key service did not answer, for example).
        #[error("the signer failed")]
        Signer = "jws.signer",
        /// The signature does not verify with the key: the token was changed, or signed with
        /// another key.
        #[error("the signature does not verify")]
        Signature = "jws.signature",
        /// The payload is not the canonical JSON (RFC 8785) of a checkpoint or receipt, or a
        /// field is missing or not valid.
        #[error("the payload is not a valid checkpoint or receipt")]
        Payload = "jws.payload",
        /// A checkpoint of a record without events.
        #[error("the record has no events")]
        RecordEmpty = "jws.record.empty",
        /// The checkpoint is of another record: the record was substituted.
        #[error("the checkpoint is of another record")]
        RecordId = "jws.record.id",
        /// The record has no event at the checkpoint's `seq`: events were cut off after the
        /// checkpoint was signed.
        #[error("the record ends before the checkpoint")]
        RecordTruncated = "jws.record.truncated",
        /// The record's event at the checkpoint's `seq` has another hash: the record was
        /// rolled back and rewritten, or is another version of it.
        #[error("the record differs from the checkpoint")]
        RecordHash = "jws.record.hash",
        /// The record in a receipt is not valid (the nested error says where and why).
        #[error("the receipt's record is not valid: {0}")]
        Record(RecordError) = "jws.receipt.record",
    }
}

/// Signs the tokens: an Ed25519 private key, wherever it is kept (feature `jws`).
///
/// The library never needs the private key itself: implement this trait to sign in an HSM, a
/// cloud key service or another process, or use [`Ed25519Signer`] for a key in memory.
/// [`key_id`](Self::key_id) goes into the token's header (`kid`), so that verifiers pick the
/// right public key after a key rotation; publish the old public keys with their ids for as
/// long as tokens signed with them are kept. A vendor serving several municipalities signs
/// with one key per controller.
///
/// ```
/// use bouwstenen::consent::{Ed25519Signer, JwsError, Signer};
///
/// /// A signer that asks a key service (here: a key in memory standing in for it).
/// struct KeyService {
///     inner: Ed25519Signer,
/// }
///
/// impl Signer for KeyService {
///     fn key_id(&self) -> &str {
///         self.inner.key_id()
///     }
///     fn sign(&self, message: &[u8]) -> Result<[u8; 64], JwsError> {
///         // A real implementation calls the service, mapping its failures to
///         // `JwsError::Signer`.
///         self.inner.sign(message)
///     }
/// }
///
/// let signer = KeyService { inner: Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")? };
/// let record = bouwstenen::consent::ConsentRecord::example();
/// let token = record.checkpoint(
///     &"party:gemeente-voorbeeld".parse()?,
///     &"2026-03-01T00:00:00Z".parse()?,
///     &signer,
/// )?;
/// assert!(token.starts_with("eyJhbGciOiJFZERTQSIs"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Signer {
    /// The key's identifier, written as the `kid` of the header: 1 to 256 bytes without
    /// control characters.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Signer};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// assert_eq!(signer.key_id(), "gemeente-2026");
    /// // It is the `kid` of every token the signer signs.
    /// let token = ConsentRecord::example().checkpoint(&"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// let (header, _) = signer.public_key().verify(&token)?;
    /// assert_eq!(header.kid, "gemeente-2026");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn key_id(&self) -> &str;

    /// The Ed25519 signature (RFC 8032) of the message: the token's ASCII signing input.
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519Signer, Signer};
    /// # fn hex<const N: usize>(text: &str) -> [u8; N] {
    /// #     let mut out = [0; N];
    /// #     for (i, byte) in out.iter_mut().enumerate() {
    /// #         *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap();
    /// #     }
    /// #     out
    /// # }
    ///
    /// // RFC 8032, section 7.1, test 1: the signature of the empty message.
    /// let seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    /// let signer = Ed25519Signer::from_seed(&seed, "rfc8032-test-1")?;
    /// let expected: [u8; 64] = hex(concat!(
    ///     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555",
    ///     "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    /// ));
    /// assert_eq!(signer.sign(b"")?, expected);
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::Signer`] when the key could not sign.
    fn sign(&self, message: &[u8]) -> Result<[u8; 64], JwsError>;
}

/// An Ed25519 private key in memory, with its key id (feature `jws`). The secret is wiped
/// from memory when the signer is dropped, and never shown by `Debug`.
///
/// ```
/// use bouwstenen::consent::{Ed25519Signer, Signer};
///
/// // In production the seed comes from your key store; never from source code.
/// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
/// assert_eq!(signer.key_id(), "gemeente-2026");
/// let signature = signer.sign(b"message")?;
/// assert_eq!(signature.len(), 64);
/// assert!(!format!("{signer:?}").contains("0707"));
/// # Ok::<(), bouwstenen::consent::JwsError>(())
/// ```
pub struct Ed25519Signer {
    key: SigningKey,
    key_id: String,
}

impl Ed25519Signer {
    /// A signer from the 32-byte private key (the seed of RFC 8032) and its key id.
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519Signer, JwsError};
    /// # fn hex<const N: usize>(text: &str) -> [u8; N] {
    /// #     let mut out = [0; N];
    /// #     for (i, byte) in out.iter_mut().enumerate() {
    /// #         *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap();
    /// #     }
    /// #     out
    /// # }
    ///
    /// // The key of RFC 8032, section 7.1, test 1, and RFC 8037, appendix A.
    /// let seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    /// let signer = Ed25519Signer::from_seed(&seed, "rfc8037")?;
    /// assert_eq!(signer.public_key().to_jwk()["x"], "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
    /// assert_eq!(Ed25519Signer::from_seed(&seed, "").unwrap_err(), JwsError::KeyId);
    /// # Ok::<(), JwsError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::KeyId`] when the key id is empty, longer than 256 bytes or holds control
    /// characters.
    pub fn from_seed(seed: &[u8; 32], key_id: &str) -> Result<Self, JwsError> {
        check_key_id(key_id)?;
        Ok(Ed25519Signer {
            key: SigningKey::from_bytes(seed),
            key_id: key_id.to_owned(),
        })
    }

    /// The public key, with the same key id: publish it (as [`to_jwk`](Ed25519PublicKey::to_jwk))
    /// so that others can verify.
    ///
    /// ```
    /// use bouwstenen::consent::Ed25519Signer;
    ///
    /// let public = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?.public_key();
    /// assert_eq!(public.key_id(), Some("gemeente-2026"));
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    pub fn public_key(&self) -> Ed25519PublicKey {
        Ed25519PublicKey {
            key: self.key.verifying_key(),
            key_id: Some(self.key_id.clone()),
        }
    }
}

impl Signer for Ed25519Signer {
    fn key_id(&self) -> &str {
        &self.key_id
    }

    fn sign(&self, message: &[u8]) -> Result<[u8; 64], JwsError> {
        use ed25519_dalek::Signer as _;
        let signature: Signature = self.key.try_sign(message).map_err(|_| JwsError::Signer)?;
        Ok(signature.to_bytes())
    }
}

impl fmt::Debug for Ed25519Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ed25519Signer")
            .field("key_id", &self.key_id)
            .field(
                "public_key",
                &URL_SAFE_NO_PAD.encode(self.key.verifying_key()),
            )
            .finish_non_exhaustive()
    }
}

/// An Ed25519 public key that verifies checkpoints and receipts, with its key id if known
/// (feature `jws`).
///
/// Read it from the JWK that the issuer publishes (RFC 8037: `{"kty":"OKP","crv":"Ed25519",
/// "x":…,"kid":…}`). A key with a key id accepts only tokens whose header names that `kid`; a
/// key without one accepts any `kid`. The key always comes from you: keys or key URLs in a
/// token's header (`jwk`, `jku`, `x5c`) are ignored.
///
/// ```
/// use bouwstenen::consent::Ed25519PublicKey;
///
/// let jwk = r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":"k1"}"#;
/// let key = Ed25519PublicKey::from_jwk_json(jwk)?;
/// assert_eq!(key.key_id(), Some("k1"));
/// assert_eq!(key.to_jwk()["alg"], "EdDSA");
/// # Ok::<(), bouwstenen::consent::JwsError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Ed25519PublicKey {
    key: VerifyingKey,
    key_id: Option<String>,
}

/// The protected header of a verified token (feature `jws`): `alg` is always `EdDSA`.
///
/// ```
/// use bouwstenen::consent::{ConsentRecord, Ed25519Signer};
///
/// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
/// let token = ConsentRecord::example().checkpoint(
///     &"party:gemeente-voorbeeld".parse()?,
///     &"2026-03-01T00:00:00Z".parse()?,
///     &signer,
/// )?;
/// let (header, payload) = signer.public_key().verify(&token)?;
/// assert_eq!(header.kid, "gemeente-2026");
/// assert_eq!(header.typ.as_deref(), Some("consent-checkpoint+jws"));
/// assert!(payload.starts_with(b"{\"headHash\":"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct JwsHeader {
    /// The key id.
    pub kid: String,
    /// The type of token, such as `consent-checkpoint+jws`.
    pub typ: Option<String>,
}

impl Ed25519PublicKey {
    /// The key from its 32 bytes (RFC 8032), without key id.
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519PublicKey, JwsError};
    ///
    /// assert!(Ed25519PublicKey::from_bytes(&[0x11; 32]).is_ok());
    /// // The identity point is a weak key: any signature would verify.
    /// let mut identity = [0; 32];
    /// identity[0] = 1;
    /// assert_eq!(Ed25519PublicKey::from_bytes(&identity), Err(JwsError::Key));
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::Key`] when the bytes are not a point of the curve, or a point of small
    /// order.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, JwsError> {
        let key = VerifyingKey::from_bytes(bytes).map_err(|_| JwsError::Key)?;
        if key.is_weak() {
            return Err(JwsError::Key);
        }
        Ok(Ed25519PublicKey { key, key_id: None })
    }

    /// The key with a key id: it then accepts only tokens with this `kid`.
    ///
    /// ```
    /// use bouwstenen::consent::Ed25519PublicKey;
    ///
    /// let key = Ed25519PublicKey::from_bytes(&[0x11; 32])?.with_key_id("k1")?;
    /// assert_eq!(key.key_id(), Some("k1"));
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::KeyId`] when the key id is empty, longer than 256 bytes or holds control
    /// characters.
    pub fn with_key_id(mut self, key_id: &str) -> Result<Self, JwsError> {
        check_key_id(key_id)?;
        self.key_id = Some(key_id.to_owned());
        Ok(self)
    }

    /// The key from a public JWK (RFC 8037): `kty` `OKP`, `crv` `Ed25519` and `x`; `kid`,
    /// `use` (`sig`) and `alg` (`EdDSA`) when present. See the type's example.
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519PublicKey, JwsError};
    /// use serde_json::json;
    ///
    /// // The public key of RFC 8037, appendix A.2.
    /// let jwk = json!({"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"});
    /// let key = Ed25519PublicKey::from_jwk(&jwk)?;
    /// assert_eq!(key.as_bytes()[..4], [0xd7, 0x5a, 0x98, 0x01]);
    /// assert_eq!(key.key_id(), None);
    ///
    /// // A private JWK (RFC 8037, appendix A.1) is refused: the private key stays with the issuer.
    /// let mut private = jwk.clone();
    /// private["d"] = json!("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    /// assert_eq!(Ed25519PublicKey::from_jwk(&private), Err(JwsError::Key));
    /// // So is a key for another algorithm.
    /// let mut hmac = jwk.clone();
    /// hmac["alg"] = json!("HS256");
    /// assert_eq!(Ed25519PublicKey::from_jwk(&hmac), Err(JwsError::Algorithm));
    /// # Ok::<(), JwsError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::Key`] when it is not such a JWK or holds the private key `d`;
    /// [`JwsError::Algorithm`] when its `alg` is not `EdDSA`; [`JwsError::KeyId`] for a `kid`
    /// that is not a valid key id.
    pub fn from_jwk(jwk: &Value) -> Result<Self, JwsError> {
        let Value::Object(jwk) = jwk else {
            return Err(JwsError::Key);
        };
        let text = |name: &str| match jwk.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(JwsError::Key),
        };
        if text("kty")? != Some("OKP") || text("crv")? != Some("Ed25519") {
            return Err(JwsError::Key);
        }
        if jwk.contains_key("d") || text("use")?.is_some_and(|u| u != "sig") {
            return Err(JwsError::Key);
        }
        if text("alg")?.is_some_and(|a| a != "EdDSA") {
            return Err(JwsError::Algorithm);
        }
        let x = text("x")?.ok_or(JwsError::Key)?;
        let bytes: [u8; 32] = URL_SAFE_NO_PAD
            .decode(x)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(JwsError::Key)?;
        let key = Self::from_bytes(&bytes)?;
        match jwk.get("kid") {
            None => Ok(key),
            Some(Value::String(kid)) => key.with_key_id(kid),
            Some(_) => Err(JwsError::KeyId),
        }
    }

    /// The key from a public JWK as JSON text, as [`from_jwk`](Self::from_jwk).
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519PublicKey, JwsError};
    ///
    /// // The test key of the consent note's worked examples.
    /// let key = Ed25519PublicKey::from_jwk_json(
    ///     r#"{"kty":"OKP","crv":"Ed25519","x":"qpssxGc4fqx7WChn3Si1l32uxAl5rPXG7hnx0jrcgHA","kid":"test-key-1","use":"sig","alg":"EdDSA"}"#,
    /// )?;
    /// assert_eq!(key.key_id(), Some("test-key-1"));
    /// assert_eq!(Ed25519PublicKey::from_jwk_json("qpssxGc4fqx7WChn3Si1l32uxAl5rPXG7hnx0jrcgHA"), Err(JwsError::Key));
    /// # Ok::<(), JwsError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`from_jwk`](Self::from_jwk); [`JwsError::Key`] when the text is not JSON.
    pub fn from_jwk_json(jwk: &str) -> Result<Self, JwsError> {
        let value: Value = serde_json::from_str(jwk).map_err(|_| JwsError::Key)?;
        Self::from_jwk(&value)
    }

    /// The public JWK to publish: `kty`, `crv`, `x`, `kid` (when the key has one), `use` `sig`
    /// and `alg` `EdDSA`.
    ///
    /// ```
    /// use bouwstenen::consent::Ed25519Signer;
    ///
    /// let jwk = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?.public_key().to_jwk();
    /// assert_eq!(jwk["kty"], "OKP");
    /// assert_eq!(jwk["kid"], "gemeente-2026");
    /// assert!(jwk.get("d").is_none());
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    pub fn to_jwk(&self) -> Value {
        let mut jwk = Map::new();
        jwk.insert("kty".into(), "OKP".into());
        jwk.insert("crv".into(), "Ed25519".into());
        jwk.insert("x".into(), URL_SAFE_NO_PAD.encode(self.key).into());
        if let Some(kid) = &self.key_id {
            jwk.insert("kid".into(), kid.as_str().into());
        }
        jwk.insert("use".into(), "sig".into());
        jwk.insert("alg".into(), "EdDSA".into());
        Value::Object(jwk)
    }

    /// The key id, if the key has one.
    ///
    /// ```
    /// use bouwstenen::consent::Ed25519PublicKey;
    ///
    /// let key = Ed25519PublicKey::from_bytes(&[0x11; 32])?;
    /// assert_eq!(key.key_id(), None); // accepts any `kid`
    /// assert_eq!(key.with_key_id("gemeente-2026")?.key_id(), Some("gemeente-2026"));
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    pub fn key_id(&self) -> Option<&str> {
        self.key_id.as_deref()
    }

    /// The 32 bytes of the key.
    ///
    /// ```
    /// let key = bouwstenen::consent::Ed25519PublicKey::from_bytes(&[0x11; 32])?;
    /// assert_eq!(key.as_bytes(), &[0x11; 32]);
    /// # Ok::<(), bouwstenen::consent::JwsError>(())
    /// ```
    pub fn as_bytes(&self) -> &[u8; 32] {
        self.key.as_bytes()
    }

    /// Verifies a compact JWS of any payload and returns its header and payload bytes. Use
    /// [`Checkpoint::from_token`] and [`Receipt::verify`] for checkpoints and receipts; this
    /// is for other tokens signed the same way. The type's [`JwsHeader`] has an example.
    ///
    /// ```
    /// use bouwstenen::consent::{Ed25519PublicKey, JwsError};
    ///
    /// // The checkpoint of the consent note's worked example A, and its test key.
    /// let token = "eyJhbGciOiJFZERTQSIsImtpZCI6InRlc3Qta2V5LTEiLCJ0eXAiOiJjb25zZW50LWNoZWNrcG9pbnQrandzIn0.eyJoZWFkSGFzaCI6InNoYTI1NjplZjYzMjNlNzVlNDBhNzMxODBmZDYwYWMyZDQ5YzM3NzFhMWNlNTUzOTg4ZWY2NDlmOTU1MGRkN2RlZmJkODE0IiwiaXNzdWVkQXQiOiIyMDI2LTA2LTAxVDE4OjEwOjAwWiIsImlzc3VlciI6InBhcnR5OmdlbWVlbnRlLXZvb3JiZWVsZCIsInJlY29yZElkIjoidXJuOnV1aWQ6M2QxYjRmNTUtOWEwZS00YzFiLThkMmYtNWU2YTdiOGM5ZDAxIiwic2VxIjo1LCJ0eXBlIjoiQ29uc2VudFJlY29yZENoZWNrcG9pbnQifQ.O4w0qBOk3YZcn_2NFk2QxMiHPQ-OPPQLgFngd2g-JJPYvV2D39aY1r6HazkmOQmjRHq0hc79Lz3sMHiWlrkSBA";
    /// let key = Ed25519PublicKey::from_jwk_json(
    ///     r#"{"kty":"OKP","crv":"Ed25519","x":"qpssxGc4fqx7WChn3Si1l32uxAl5rPXG7hnx0jrcgHA","kid":"test-key-1"}"#,
    /// )?;
    /// let (header, payload) = key.verify(token)?;
    /// assert_eq!(header.kid, "test-key-1");
    /// assert_eq!(header.typ.as_deref(), Some("consent-checkpoint+jws"));
    /// let payload: serde_json::Value = serde_json::from_slice(&payload).unwrap();
    /// assert_eq!(payload["seq"], 5);
    ///
    /// // Another key does not verify it, and one with another id does not even try.
    /// let other = Ed25519PublicKey::from_bytes(&[0x11; 32])?;
    /// assert_eq!(other.verify(token), Err(JwsError::Signature));
    /// assert_eq!(other.with_key_id("test-key-2")?.verify(token), Err(JwsError::KeyId));
    /// # Ok::<(), JwsError>(())
    /// ```
    ///
    /// The header must have `alg` `EdDSA` and a `kid` (the key's, if it has one), and no
    /// `crit` or unencoded payload; the signature is checked strictly (RFC 8032 §5.1.7, no
    /// weak keys or non-canonical values).
    ///
    /// # Errors
    ///
    /// [`JwsError::Format`], [`JwsError::Header`], [`JwsError::Algorithm`],
    /// [`JwsError::KeyId`] or [`JwsError::Signature`].
    pub fn verify(&self, token: &str) -> Result<(JwsHeader, Vec<u8>), JwsError> {
        let mut parts = token.split('.');
        let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(JwsError::Format);
        };
        let decode = |part: &str| URL_SAFE_NO_PAD.decode(part).map_err(|_| JwsError::Format);
        let header = read_header(&decode(header_b64)?)?;
        if self.key_id.as_ref().is_some_and(|kid| *kid != header.kid) {
            return Err(JwsError::KeyId);
        }
        let payload = decode(payload_b64)?;
        let signature: [u8; 64] = decode(signature_b64)?
            .try_into()
            .map_err(|_| JwsError::Format)?;
        let signing_input = token
            .get(
                ..header_b64
                    .len()
                    .saturating_add(payload_b64.len())
                    .saturating_add(1),
            )
            .ok_or(JwsError::Format)?;
        self.key
            .verify_strict(signing_input.as_bytes(), &Signature::from_bytes(&signature))
            .map_err(|_| JwsError::Signature)?;
        Ok((header, payload))
    }
}

impl fmt::Debug for Ed25519PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ed25519PublicKey")
            .field("key_id", &self.key_id)
            .field("x", &URL_SAFE_NO_PAD.encode(self.key))
            .finish()
    }
}

/// A signed statement that a record had a given head at some moment (feature `jws`): its
/// `recordId`, the `seq` and `hash` of its last event, when it was signed and by whom.
///
/// The hash chain shows any change inside a record, but not a record cut off after its last
/// honest event, rolled back and rewritten, or swapped for another record: a checkpoint kept
/// outside the store that holds the record does. Issue one after every decision, or
/// periodically, and keep it where the record's keeper cannot change it: with the citizen
/// (in a receipt), in an append-only log, or with a timestamp service.
///
/// The token is a compact JWS whose header is `{"alg":"EdDSA","kid":…,"typ":"consent-checkpoint+jws"}`
/// and whose payload is the canonical JSON (RFC 8785) of `{"headHash", "issuedAt", "issuer",
/// "recordId", "seq", "type": "ConsentRecordCheckpoint"}`; `issuedAt` is signed.
///
/// ```
/// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer, JwsError};
///
/// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
/// let key = signer.public_key();
/// let record = ConsentRecord::example();
/// let token = record.checkpoint(
///     &"party:gemeente-voorbeeld".parse()?,
///     &"2026-03-01T00:00:00Z".parse()?,
///     &signer,
/// )?;
///
/// // Later, the record is checked against the checkpoint kept elsewhere.
/// let checkpoint = record.verify_checkpoint(&token, &key)?;
/// assert_eq!(checkpoint.seq, 1);
///
/// // Cut off after the checkpoint: the chain still verifies, the checkpoint does not.
/// let mut value = serde_json::to_value(&record)?;
/// value["events"].as_array_mut().unwrap().pop();
/// value.as_object_mut().unwrap().remove("head");
/// let truncated = ConsentRecord::from_json(&value.to_string())?;
/// assert_eq!(truncated.verify_checkpoint(&token, &key), Err(JwsError::RecordTruncated));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Checkpoint {
    /// The record's identifier.
    pub record_id: UuidUrn,
    /// The `seq` of the record's last event when the checkpoint was made.
    pub seq: u64,
    /// The `hash` of that event.
    pub head_hash: Digest,
    /// When the checkpoint was made.
    pub issued_at: Timestamp,
    /// Who made it: a party key such as `party:gemeente-voorbeeld`. The signature is what
    /// proves it; choose the key to verify with by the issuer.
    pub issuer: Key,
}

impl Checkpoint {
    /// The payload's `type`.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let token = ConsentRecord::example().checkpoint(&"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// let (_, payload) = signer.public_key().verify(&token)?;
    /// let payload: serde_json::Value = serde_json::from_slice(&payload)?;
    /// assert_eq!(payload["type"], "ConsentRecordCheckpoint");
    /// assert_eq!(payload["type"], Checkpoint::TYPE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const TYPE: &'static str = "ConsentRecordCheckpoint";
    /// The header's `typ`.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let token = ConsentRecord::example().checkpoint(&"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// let (header, _) = signer.public_key().verify(&token)?;
    /// assert_eq!(header.typ.as_deref(), Some("consent-checkpoint+jws"));
    /// assert_eq!(header.typ.as_deref(), Some(Checkpoint::MEDIA_TYPE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const MEDIA_TYPE: &'static str = "consent-checkpoint+jws";

    /// The checkpoint of a record's current head.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord};
    ///
    /// let record = ConsentRecord::example();
    /// let checkpoint = Checkpoint::of(
    ///     &record,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"2026-03-01T00:00:00Z".parse()?,
    /// )?;
    /// assert_eq!(checkpoint.head_hash, record.head().unwrap().hash);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::RecordEmpty`] when the record has no events.
    pub fn of(
        record: &ConsentRecord,
        issuer: &Key,
        issued_at: &Timestamp,
    ) -> Result<Self, JwsError> {
        let head = record.head().ok_or(JwsError::RecordEmpty)?;
        Ok(Checkpoint {
            record_id: record.header().record_id.clone(),
            seq: head.seq,
            head_hash: head.hash,
            issued_at: issued_at.clone(),
            issuer: issuer.clone(),
        })
    }

    /// Signs the checkpoint: a compact JWS.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let (issuer, at) = ("party:gemeente-voorbeeld".parse()?, "2026-03-01T00:00:00Z".parse()?);
    /// let checkpoint = Checkpoint::of(&record, &issuer, &at)?;
    /// let token = checkpoint.sign(&signer)?;
    /// assert_eq!(token.split('.').count(), 3);
    /// assert_eq!(Checkpoint::from_token(&token, &signer.public_key())?, checkpoint);
    /// // Ed25519 is deterministic: the same token as `ConsentRecord::checkpoint`.
    /// assert_eq!(token, record.checkpoint(&issuer, &at, &signer)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::KeyId`] when the signer's key id is not valid; the signer's error.
    pub fn sign(&self, signer: &dyn Signer) -> Result<String, JwsError> {
        let mut payload = Map::new();
        payload.insert("headHash".into(), self.head_hash.to_string().into());
        payload.insert("issuedAt".into(), self.issued_at.as_str().into());
        payload.insert("issuer".into(), self.issuer.as_str().into());
        payload.insert("recordId".into(), self.record_id.as_str().into());
        payload.insert("seq".into(), self.seq.into());
        payload.insert("type".into(), Self::TYPE.into());
        sign_compact(Self::MEDIA_TYPE, &Value::Object(payload), signer)
    }

    /// Verifies a checkpoint token with the issuer's key and reads it, without a record.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let token = record.checkpoint(
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"2026-03-01T00:00:00Z".parse()?,
    ///     &signer,
    /// )?;
    /// let checkpoint = Checkpoint::from_token(&token, &signer.public_key())?;
    /// assert_eq!(checkpoint.record_id, record.header().record_id);
    /// assert_eq!(checkpoint.issued_at.as_str(), "2026-03-01T00:00:00Z");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Those of [`Ed25519PublicKey::verify`]; [`JwsError::Type`] for another kind of token;
    /// [`JwsError::Payload`] when the payload is not a checkpoint in canonical JSON.
    pub fn from_token(token: &str, key: &Ed25519PublicKey) -> Result<Self, JwsError> {
        let mut payload = read_payload(token, key, Self::MEDIA_TYPE, Self::TYPE)?;
        let seq = payload
            .get("seq")
            .and_then(Value::as_u64)
            .ok_or(JwsError::Payload)?;
        Ok(Checkpoint {
            record_id: text_field(&mut payload, "recordId")?,
            seq,
            head_hash: text_field(&mut payload, "headHash")?,
            issued_at: text_field(&mut payload, "issuedAt")?,
            issuer: text_field(&mut payload, "issuer")?,
        })
    }

    /// Checks that a record has the checkpoint's identifier and, at its `seq`, an event with
    /// its hash. Since the record's chain verifies, every event up to that one is then the
    /// one the checkpoint saw; events after it were added later.
    ///
    /// ```
    /// use bouwstenen::consent::{Actor, Channel, Checkpoint, ConsentEvent, ConsentRecord, EventKind, JwsError, Method};
    ///
    /// let mut record = ConsentRecord::example();
    /// let checkpoint = Checkpoint::of(&record, &"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?)?;
    /// assert_eq!(checkpoint.check(&record), Ok(()));
    ///
    /// // An event added later leaves the checkpoint valid.
    /// record.append(
    ///     ConsentEvent::new(EventKind::Withdrawn, "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?, "2026-06-01T18:02:11.500Z".parse()?, Actor::subject())
    ///         .with_purposes(["nieuwsbrief-wegenwerken".parse()?])
    ///         .with_channel(Channel::Email, Method::UnsubscribeLink),
    /// )?;
    /// assert_eq!(checkpoint.check(&record), Ok(()));
    ///
    /// // A checkpoint further along than the record: it was cut off.
    /// let mut later = checkpoint.clone();
    /// later.seq = 7;
    /// assert_eq!(later.check(&record), Err(JwsError::RecordTruncated));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::RecordId`] for another record, [`JwsError::RecordTruncated`] when the
    /// record ends before `seq`, [`JwsError::RecordHash`] when its event there differs.
    pub fn check(&self, record: &ConsentRecord) -> Result<(), JwsError> {
        if record.header().record_id != self.record_id {
            return Err(JwsError::RecordId);
        }
        let event = usize::try_from(self.seq)
            .ok()
            .and_then(|seq| record.events().get(seq))
            .ok_or(JwsError::RecordTruncated)?;
        if event.hash() != Some(self.head_hash) {
            return Err(JwsError::RecordHash);
        }
        Ok(())
    }
}

/// A verified receipt for the data subject (feature `jws`): the whole record, signed by the
/// controller, that the citizen keeps and that any vendor can verify offline with the
/// controller's published key and import.
///
/// The token is a compact JWS whose header is `{"alg":"EdDSA","kid":…,"typ":"consent-receipt+jws"}`
/// and whose payload is the canonical JSON (RFC 8785) of `{"audience", "issuedAt", "issuer",
/// "receiptId", "record", "schema", "type": "ConsentReceipt"}`, with the record in its JSON
/// format (including its `head`, so a receipt is also a checkpoint) and `schema` the
/// record's schema with the fragment `#receipt`.
///
/// ```
/// use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
///
/// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
/// let record = ConsentRecord::example();
/// let token = record.receipt(
///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
///     &"party:gemeente-voorbeeld".parse()?,
///     &"data-subject".parse()?,
///     &"2026-02-10T09:15:42Z".parse()?,
///     &signer,
/// )?;
///
/// // The citizen, or another vendor, verifies and imports it.
/// let receipt = Receipt::verify(&token, &signer.public_key())?;
/// assert_eq!(receipt.record(), &record);
/// assert_eq!(receipt.audience().as_str(), "data-subject");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    receipt_id: Uri,
    schema: Uri,
    issued_at: Timestamp,
    issuer: Key,
    audience: Key,
    record: ConsentRecord,
}

impl Receipt {
    /// The payload's `type`.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let (_, payload) = signer.public_key().verify(&token)?;
    /// let payload: serde_json::Value = serde_json::from_slice(&payload)?;
    /// assert_eq!(payload["type"], "ConsentReceipt");
    /// assert_eq!(payload["type"], Receipt::TYPE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const TYPE: &'static str = "ConsentReceipt";
    /// The header's `typ`.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let (header, _) = signer.public_key().verify(&token)?;
    /// assert_eq!(header.typ.as_deref(), Some("consent-receipt+jws"));
    /// assert_eq!(header.typ.as_deref(), Some(Receipt::MEDIA_TYPE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const MEDIA_TYPE: &'static str = "consent-receipt+jws";

    /// Verifies a receipt with the issuer's key and imports its record, verifying the chain
    /// and every rule (see [`ConsentRecord::from_json`]). See the type's example.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentRecord, Ed25519Signer, JwsError, Receipt};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.record().head(), record.head());
    ///
    /// // A checkpoint is not a receipt, and another controller's key does not verify it.
    /// let checkpoint = record.checkpoint(&"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// assert_eq!(Receipt::verify(&checkpoint, &signer.public_key()), Err(JwsError::Type));
    /// let other = Ed25519Signer::from_seed(&[8; 32], "gemeente-2026")?.public_key();
    /// assert_eq!(Receipt::verify(&token, &other), Err(JwsError::Signature));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Those of [`Ed25519PublicKey::verify`]; [`JwsError::Type`] for another kind of token;
    /// [`JwsError::Payload`] when the payload is not a receipt in canonical JSON;
    /// [`JwsError::Record`] with where and why the record is not valid.
    pub fn verify(token: &str, key: &Ed25519PublicKey) -> Result<Self, JwsError> {
        let mut payload = read_payload(token, key, Self::MEDIA_TYPE, Self::TYPE)?;
        let receipt_id = text_field(&mut payload, "receiptId")?;
        let schema = text_field(&mut payload, "schema")?;
        let issued_at = text_field(&mut payload, "issuedAt")?;
        let issuer = text_field(&mut payload, "issuer")?;
        let audience = text_field(&mut payload, "audience")?;
        let record = payload.remove("record").ok_or(JwsError::Payload)?;
        let record = ConsentRecord::from_value(record).map_err(JwsError::Record)?;
        Ok(Receipt {
            receipt_id,
            schema,
            issued_at,
            issuer,
            audience,
            record,
        })
    }

    /// The receipt's identifier (as in the record's `ReceiptIssued` event, if there is one).
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.receipt_id().as_str(), "urn:uuid:b0000000-0000-4000-8000-000000000001");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn receipt_id(&self) -> &Uri {
        &self.receipt_id
    }

    /// The receipt's format: the record's schema with `#receipt`.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.schema().as_str(), "https://w3id.org/bouwstenen/consent-record/v1#receipt");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn schema(&self) -> &Uri {
        &self.schema
    }

    /// When the receipt was issued.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.issued_at().as_str(), "2026-02-10T09:15:42Z");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn issued_at(&self) -> &Timestamp {
        &self.issued_at
    }

    /// Who issued it, such as `party:gemeente-voorbeeld`.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.issuer().as_str(), "party:gemeente-voorbeeld");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn issuer(&self) -> &Key {
        &self.issuer
    }

    /// For whom, such as `data-subject`.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.audience().as_str(), "data-subject");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn audience(&self) -> &Key {
        &self.audience
    }

    /// The record, verified.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// assert_eq!(receipt.record(), &record);
    /// assert_eq!(receipt.record().events().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record(&self) -> &ConsentRecord {
        &self.record
    }

    /// The record, verified, taken out of the receipt.
    ///
    /// ```
    /// # use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    /// # let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// # let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let receipt = Receipt::verify(&token, &signer.public_key())?;
    /// let imported: ConsentRecord = receipt.into_record();
    /// assert_eq!(imported.to_json(), record.to_json());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_record(self) -> ConsentRecord {
        self.record
    }
}

/// Checkpoints and receipts (feature `jws`).
impl ConsentRecord {
    /// Signs a [`Checkpoint`] of the record's current head. The [`Checkpoint`] type explains
    /// and shows it.
    ///
    /// ```
    /// use bouwstenen::consent::{Checkpoint, ConsentRecord, Ed25519Signer, JwsError};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let issuer = "party:gemeente-voorbeeld".parse()?;
    /// let token = record.checkpoint(&issuer, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// let checkpoint = Checkpoint::from_token(&token, &signer.public_key())?;
    /// assert_eq!(checkpoint.seq, 1);
    /// assert_eq!(checkpoint.head_hash, record.events()[1].hash().unwrap());
    ///
    /// // A record without events has no head to sign.
    /// let empty = ConsentRecord::new(record.header().clone(), record.parties().to_vec(), record.notices().to_vec())?;
    /// assert_eq!(empty.checkpoint(&issuer, &"2026-03-01T00:00:00Z".parse()?, &signer), Err(JwsError::RecordEmpty));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::RecordEmpty`] when the record has no events; those of
    /// [`Checkpoint::sign`].
    pub fn checkpoint(
        &self,
        issuer: &Key,
        issued_at: &Timestamp,
        signer: &dyn Signer,
    ) -> Result<String, JwsError> {
        Checkpoint::of(self, issuer, issued_at)?.sign(signer)
    }

    /// Verifies a checkpoint token with the issuer's key and checks the record against it
    /// ([`Checkpoint::check`]): this shows that the record was not cut off, rolled back or
    /// swapped since the checkpoint was signed.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentRecord, Ed25519Signer, JwsError};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let token = record.checkpoint(&"party:gemeente-voorbeeld".parse()?, &"2026-03-01T00:00:00Z".parse()?, &signer)?;
    /// let checkpoint = record.verify_checkpoint(&token, &signer.public_key())?;
    /// assert_eq!(checkpoint.record_id, record.header().record_id);
    ///
    /// // Another record (here: the same parties and notices under another identifier) fails.
    /// let mut header = record.header().clone();
    /// header.record_id = "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d02".parse()?;
    /// let other = ConsentRecord::new(header, record.parties().to_vec(), record.notices().to_vec())?;
    /// assert_eq!(other.verify_checkpoint(&token, &signer.public_key()), Err(JwsError::RecordId));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Those of [`Checkpoint::from_token`] and [`Checkpoint::check`].
    pub fn verify_checkpoint(
        &self,
        token: &str,
        key: &Ed25519PublicKey,
    ) -> Result<Checkpoint, JwsError> {
        let checkpoint = Checkpoint::from_token(token, key)?;
        checkpoint.check(self)?;
        Ok(checkpoint)
    }

    /// Signs a [`Receipt`] holding the whole record, for the data subject (`audience`
    /// `data-subject`) or another party. Record its `receipt_id` in a `ReceiptIssued` event
    /// first if the record should show that it was given. The [`Receipt`] type shows it.
    ///
    /// ```
    /// use bouwstenen::consent::{ConsentRecord, Ed25519Signer, Receipt};
    ///
    /// let signer = Ed25519Signer::from_seed(&[7; 32], "gemeente-2026")?;
    /// let record = ConsentRecord::example();
    /// let token = record.receipt(
    ///     &"urn:uuid:b0000000-0000-4000-8000-000000000001".parse()?,
    ///     &"party:gemeente-voorbeeld".parse()?,
    ///     &"data-subject".parse()?,
    ///     &"2026-02-10T09:15:42Z".parse()?,
    ///     &signer,
    /// )?;
    /// let (header, payload) = signer.public_key().verify(&token)?;
    /// assert_eq!(header.typ.as_deref(), Some("consent-receipt+jws"));
    /// let payload: serde_json::Value = serde_json::from_slice(&payload)?;
    /// assert_eq!(payload["audience"], "data-subject");
    /// // The whole record, with its head: the receipt is also a checkpoint.
    /// assert_eq!(payload["record"], serde_json::to_value(&record)?);
    /// assert_eq!(payload["record"]["head"]["seq"], 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`JwsError::KeyId`] when the signer's key id is not valid; the signer's error.
    pub fn receipt(
        &self,
        receipt_id: &Uri,
        issuer: &Key,
        audience: &Key,
        issued_at: &Timestamp,
        signer: &dyn Signer,
    ) -> Result<String, JwsError> {
        let schema = self.header().schema.as_str();
        let schema = schema.split('#').next().unwrap_or(RecordHeader::SCHEMA);
        let record = serde_json::to_value(self).map_err(|_| JwsError::Payload)?;
        let mut payload = Map::new();
        payload.insert("audience".into(), audience.as_str().into());
        payload.insert("issuedAt".into(), issued_at.as_str().into());
        payload.insert("issuer".into(), issuer.as_str().into());
        payload.insert("receiptId".into(), receipt_id.as_str().into());
        payload.insert("record".into(), record);
        payload.insert("schema".into(), format!("{schema}#receipt").into());
        payload.insert("type".into(), Receipt::TYPE.into());
        sign_compact(Receipt::MEDIA_TYPE, &Value::Object(payload), signer)
    }
}

/// The longest key id, in bytes.
const MAX_KEY_ID: usize = 256;

fn check_key_id(key_id: &str) -> Result<(), JwsError> {
    if key_id.is_empty() || key_id.len() > MAX_KEY_ID || key_id.chars().any(char::is_control) {
        return Err(JwsError::KeyId);
    }
    Ok(())
}

/// The compact JWS of a payload: header and payload in canonical JSON, base64url without
/// padding, signed by the signer.
fn sign_compact(typ: &str, payload: &Value, signer: &dyn Signer) -> Result<String, JwsError> {
    let key_id = signer.key_id();
    check_key_id(key_id)?;
    let mut header = Map::new();
    header.insert("alg".into(), "EdDSA".into());
    header.insert("kid".into(), key_id.into());
    header.insert("typ".into(), typ.into());
    let header =
        serde_json_canonicalizer::to_vec(&Value::Object(header)).map_err(|_| JwsError::Header)?;
    let payload = serde_json_canonicalizer::to_vec(payload).map_err(|_| JwsError::Payload)?;
    let mut token = URL_SAFE_NO_PAD.encode(header);
    token.push('.');
    URL_SAFE_NO_PAD.encode_string(payload, &mut token);
    let signature = signer.sign(token.as_bytes())?;
    token.push('.');
    URL_SAFE_NO_PAD.encode_string(signature, &mut token);
    Ok(token)
}

/// The members of a JSON object, refusing a member given twice (which readers resolve
/// differently).
struct Members(BTreeMap<String, Value>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Members;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members, A::Error> {
                let mut members = BTreeMap::new();
                while let Some((name, value)) = map.next_entry::<String, Value>()? {
                    if members.insert(name, value).is_some() {
                        return Err(serde::de::Error::custom("a member given twice"));
                    }
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Reads and checks a protected header (before the signature is checked: nothing from it is
/// trusted but the choice of algorithm, which must be ours).
fn read_header(bytes: &[u8]) -> Result<JwsHeader, JwsError> {
    let Members(members) = serde_json::from_slice(bytes).map_err(|_| JwsError::Header)?;
    let get = |name: &str| members.get(name);
    if get("alg").and_then(Value::as_str) != Some("EdDSA") {
        return Err(JwsError::Algorithm);
    }
    // `crit` names extensions this reader would have to understand; `b64: false` (RFC 7797)
    // would sign the payload unencoded.
    if get("crit").is_some() || get("b64").is_some_and(|b64| *b64 != Value::Bool(true)) {
        return Err(JwsError::Header);
    }
    let kid = match get("kid") {
        Some(Value::String(kid)) if check_key_id(kid).is_ok() => kid.clone(),
        _ => return Err(JwsError::Header),
    };
    let typ = match get("typ") {
        None => None,
        Some(Value::String(typ)) => Some(typ.clone()),
        Some(_) => return Err(JwsError::Header),
    };
    Ok(JwsHeader { kid, typ })
}

/// Whether a `typ` names the media type: case-insensitive, `application/` optional
/// (RFC 7515 §4.1.9).
fn is_media_type(typ: &str, media_type: &str) -> bool {
    let typ = match typ.get(..12) {
        Some(prefix) if prefix.eq_ignore_ascii_case("application/") => typ.get(12..),
        _ => Some(typ),
    };
    typ.is_some_and(|t| t.eq_ignore_ascii_case(media_type))
}

/// Verifies a token and returns its payload object, checked to be canonical JSON of the
/// expected type.
fn read_payload(
    token: &str,
    key: &Ed25519PublicKey,
    media_type: &str,
    kind: &str,
) -> Result<Map<String, Value>, JwsError> {
    let (header, bytes) = key.verify(token)?;
    if !header
        .typ
        .as_deref()
        .is_some_and(|typ| is_media_type(typ, media_type))
    {
        return Err(JwsError::Type);
    }
    let value: Value = serde_json::from_slice(&bytes).map_err(|_| JwsError::Payload)?;
    // Canonical form only: one byte sequence per payload, and no member given twice.
    if serde_json_canonicalizer::to_vec(&value).map_err(|_| JwsError::Payload)? != bytes {
        return Err(JwsError::Payload);
    }
    let Value::Object(payload) = value else {
        return Err(JwsError::Payload);
    };
    if payload.get("type").and_then(Value::as_str) != Some(kind) {
        return Err(JwsError::Type);
    }
    Ok(payload)
}

/// A string member of the payload, parsed.
fn text_field<T: core::str::FromStr>(
    payload: &mut Map<String, Value>,
    name: &str,
) -> Result<T, JwsError> {
    match payload.remove(name) {
        Some(Value::String(text)) => text.parse().map_err(|_| JwsError::Payload),
        _ => Err(JwsError::Payload),
    }
}
