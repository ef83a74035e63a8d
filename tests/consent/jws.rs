//! Signed checkpoints and receipts (feature `jws`): the published checkpoint and receipt of
//! the consent note, the RFC 8032 test vector, tokens of the published form, and tampering.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bouwstenen::consent::{
    Checkpoint, ConsentEvent, ConsentRecord, Digest, Ed25519PublicKey, Ed25519Signer, JwsError,
    Key, Location, Receipt, Signer, Timestamp, Uri,
};
use ed25519_dalek::Signer as _;
use serde_json::{Value, json};

use super::examples::{example, example_json, shared};

/// A seed for the tests' own key (not the published key, whose private half is unknown).
const SEED: [u8; 32] = [0x42; 32];

fn vectors() -> Value {
    serde_json::from_str(&shared("test-vectors.json")).unwrap()
}

fn published_checkpoint() -> String {
    vectors()["checkpointJws"].as_str().unwrap().to_owned()
}

fn published_receipt() -> String {
    shared("example-receipt-A.jws").trim().to_owned()
}

fn published_key() -> Ed25519PublicKey {
    Ed25519PublicKey::from_jwk(&vectors()["testPublicJwk"]).unwrap()
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(part: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(part).unwrap()
}

fn parts(token: &str) -> Vec<&str> {
    token.split('.').collect()
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// A token with any header and payload, signed with ed25519-dalek directly (not through the
/// crate), so that the crate's reader is tested on tokens its writer would never make.
fn forge(header: &str, payload: &[u8], seed: &[u8; 32]) -> String {
    let input = format!("{}.{}", b64(header.as_bytes()), b64(payload));
    let signature = ed25519_dalek::SigningKey::from_bytes(seed).sign(input.as_bytes());
    format!("{input}.{}", b64(&signature.to_bytes()))
}

fn issuer() -> Key {
    "party:gemeente-voorbeeld".parse().unwrap()
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// Record A as JSON without its last event, with `head` set to the event before it (from
/// `test-vectors.json`): what a store cut off after the checkpoint would hold.
fn truncated_a() -> ConsentRecord {
    let mut value: Value = serde_json::from_str(&example_json("A")).unwrap();
    value["events"].as_array_mut().unwrap().pop();
    let hashes = &vectors()["A"]["eventHashes"];
    value["head"] = json!({"seq": 4, "hash": hashes[4]});
    ConsentRecord::from_json(&value.to_string()).unwrap()
}

#[test]
fn rfc8032_test_1_through_the_signer() {
    // RFC 8032 §7.1, TEST 1: the empty message.
    let seed: [u8; 32] = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        .try_into()
        .unwrap();
    let signer = Ed25519Signer::from_seed(&seed, "rfc8032-test-1").unwrap();
    assert_eq!(
        signer.public_key().as_bytes().to_vec(),
        hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    );
    assert_eq!(
        signer.sign(b"").unwrap().to_vec(),
        hex(concat!(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555",
            "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ))
    );
    // The secret is not in the debug output, in any case.
    let debug = format!("{signer:?}");
    assert!(!debug.contains("9d61b1"), "{debug}");
    assert!(!debug.contains("nWGx"), "{debug}"); // its base64url
    assert!(debug.contains("rfc8032-test-1"));
}

#[test]
fn the_published_key_reads_and_writes_as_the_published_jwk() {
    let jwk = vectors()["testPublicJwk"].clone();
    let key = published_key();
    assert_eq!(key.key_id(), Some("test-key-1"));
    assert_eq!(key.to_jwk(), jwk);
    let text = jwk.to_string();
    assert_eq!(Ed25519PublicKey::from_jwk_json(&text).unwrap(), key);
}

#[test]
fn jwks_that_are_not_ed25519_public_keys_are_refused() {
    let good = vectors()["testPublicJwk"].clone();
    let with = |name: &str, value: Value| {
        let mut jwk = good.clone();
        jwk[name] = value;
        Ed25519PublicKey::from_jwk(&jwk)
    };
    let without = |name: &str| {
        let mut jwk = good.clone();
        jwk.as_object_mut().unwrap().remove(name);
        Ed25519PublicKey::from_jwk(&jwk)
    };
    // The private key of RFC 8037 appendix A.1, which must not be accepted as a public key.
    let d = json!("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    assert_eq!(with("d", d).unwrap_err(), JwsError::Key);
    assert_eq!(with("kty", json!("EC")).unwrap_err(), JwsError::Key);
    assert_eq!(with("crv", json!("Ed448")).unwrap_err(), JwsError::Key);
    assert_eq!(with("use", json!("enc")).unwrap_err(), JwsError::Key);
    assert_eq!(
        with("alg", json!("ES256")).unwrap_err(),
        JwsError::Algorithm
    );
    assert_eq!(
        with("x", json!(b64(&[0x11; 31]))).unwrap_err(),
        JwsError::Key
    );
    assert_eq!(
        with("x", json!(format!("{}=", b64(&[0x11; 32])))).unwrap_err(),
        JwsError::Key
    );
    assert_eq!(with("kid", json!("")).unwrap_err(), JwsError::KeyId);
    assert_eq!(with("kid", json!(1)).unwrap_err(), JwsError::KeyId);
    assert_eq!(without("x").unwrap_err(), JwsError::Key);
    assert_eq!(without("kid").unwrap().key_id(), None);
    assert_eq!(
        Ed25519PublicKey::from_jwk_json("{").unwrap_err(),
        JwsError::Key
    );
}

#[test]
fn the_published_checkpoint_verifies_and_names_record_a_s_head() {
    let vectors = vectors();
    let record_a: Value = serde_json::from_str(&shared("example-record-A.json")).unwrap();
    let checkpoint = Checkpoint::from_token(&published_checkpoint(), &published_key()).unwrap();
    assert_eq!(
        checkpoint.record_id.as_str(),
        record_a["header"]["recordId"].as_str().unwrap()
    );
    assert_eq!(
        checkpoint.seq,
        vectors["A"]["head"]["seq"].as_u64().unwrap()
    );
    assert_eq!(
        checkpoint.head_hash.to_string(),
        vectors["A"]["head"]["hash"].as_str().unwrap()
    );
    assert_eq!(record_a["head"], vectors["A"]["head"]);
    // Read from the published payload by hand.
    assert_eq!(checkpoint.issued_at.as_str(), "2026-06-01T18:10:00Z");
    assert_eq!(checkpoint.issuer.as_str(), "party:gemeente-voorbeeld");
}

#[test]
fn the_published_checkpoint_detects_truncation_rollback_and_substitution() {
    let token = published_checkpoint();
    let key = published_key();
    let checkpoint = example("A").verify_checkpoint(&token, &key).unwrap();
    assert_eq!(checkpoint.seq, 5);

    // Cut off after the checkpoint: the chain alone still verifies.
    let truncated = truncated_a();
    assert_eq!(truncated.verify().unwrap().unwrap().seq, 4);
    let err = truncated.verify_checkpoint(&token, &key).unwrap_err();
    assert_eq!(err, JwsError::RecordTruncated);
    assert_eq!(err.code(), "jws.record.truncated");

    // Cut off and rewritten: a different event 5 (the propagation confirmed a second later).
    let mut forked = truncated;
    let original: Value = serde_json::from_str(&example_json("A")).unwrap();
    let mut last = original["events"][5].clone();
    last["occurredAt"] = json!("2026-06-01T18:05:01.000Z");
    last["recordedAt"] = json!("2026-06-01T18:05:01.000Z");
    let head = forked
        .append(serde_json::from_value::<ConsentEvent>(last).unwrap())
        .unwrap();
    assert_eq!(head.seq, 5);
    assert_eq!(
        forked.verify_checkpoint(&token, &key).unwrap_err(),
        JwsError::RecordHash
    );

    // Another record: B.
    assert_eq!(
        example("B").verify_checkpoint(&token, &key).unwrap_err(),
        JwsError::RecordId
    );

    // A record that grew after the checkpoint still matches it.
    let mut grown = example("A");
    let mut next = original["events"][5].clone();
    next["eventId"] = json!("urn:uuid:a0000000-0000-4000-8000-000000000007");
    next["occurredAt"] = json!("2026-06-02T08:00:00.000Z");
    next["recordedAt"] = json!("2026-06-02T08:00:00.000Z");
    grown
        .append(serde_json::from_value::<ConsentEvent>(next).unwrap())
        .unwrap();
    assert_eq!(grown.head().unwrap().seq, 6);
    assert!(grown.verify_checkpoint(&token, &key).is_ok());
}

#[test]
fn the_published_receipt_verifies_but_its_placeholder_enterprise_numbers_are_refused() {
    let token = published_receipt();
    let key = published_key();
    // The signature and header are valid.
    let (header, payload) = key.verify(&token).unwrap();
    assert_eq!(header.kid, "test-key-1");
    assert_eq!(header.typ.as_deref(), Some("consent-receipt+jws"));
    // Deliberate difference: the published record names the controller with the placeholder
    // enterprise number 0999999999, which fails the mod-97 check that the crate enforces, so
    // importing the receipt's record fails at the first party (see `example_json`).
    let err = Receipt::verify(&token, &key).unwrap_err();
    let JwsError::Record(record_error) = err else {
        panic!("{err:?}");
    };
    assert_eq!(err.code(), "jws.receipt.record");
    assert_eq!(record_error.code(), "consent.party.identifier");
    assert_eq!(record_error.location, Location::Party(0));
    // With valid numbers, the embedded record is record A.
    let payload: Value = serde_json::from_slice(&payload).unwrap();
    let embedded = payload["record"]
        .to_string()
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261");
    assert_eq!(ConsentRecord::from_json(&embedded).unwrap(), example("A"));
}

#[test]
fn tokens_have_the_published_form_byte_for_byte() {
    // With the published kid, the header and (for the checkpoint) the payload are the
    // published ones; Ed25519 being deterministic, the published private key would give the
    // published signature too.
    let signer = Ed25519Signer::from_seed(&SEED, "test-key-1").unwrap();
    let record = example("A");
    let published = published_checkpoint();
    let ours = record
        .checkpoint(&issuer(), &at("2026-06-01T18:10:00Z"), &signer)
        .unwrap();
    assert_eq!(parts(&ours)[0], parts(&published)[0]);
    assert_eq!(parts(&ours)[1], parts(&published)[1]);
    assert_ne!(parts(&ours)[2], parts(&published)[2]);
    assert_eq!(
        unb64(parts(&ours)[0]),
        br#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#
    );

    let published = published_receipt();
    let ours = record
        .receipt(
            &"urn:uuid:b0000000-0000-4000-8000-000000000002"
                .parse::<Uri>()
                .unwrap(),
            &issuer(),
            &"data-subject".parse().unwrap(),
            &at("2026-06-01T18:10:00Z"),
            &signer,
        )
        .unwrap();
    assert_eq!(parts(&ours)[0], parts(&published)[0]);
    assert_eq!(
        unb64(parts(&ours)[0]),
        br#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-receipt+jws"}"#
    );
    // The payload differs only by the enterprise numbers replaced in `example_json`.
    let published_payload = String::from_utf8(unb64(parts(&published)[1])).unwrap();
    let expected = published_payload
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261");
    assert_eq!(String::from_utf8(unb64(parts(&ours)[1])).unwrap(), expected);
    // No padding, URL-safe alphabet.
    assert!(
        ours.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
    );
}

#[test]
fn a_fresh_key_signs_and_verifies_a_checkpoint_and_a_receipt() {
    let signer = Ed25519Signer::from_seed(&SEED, "gemeente-voorbeeld-2026").unwrap();
    let key = signer.public_key();
    let record = ConsentRecord::example();
    let issued_at = at("2026-02-10T09:16:00Z");

    let token = record.checkpoint(&issuer(), &issued_at, &signer).unwrap();
    let checkpoint = record.verify_checkpoint(&token, &key).unwrap();
    assert_eq!(
        checkpoint.record_id.as_str(),
        "urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01"
    );
    assert_eq!(checkpoint.seq, 1);
    assert_eq!(checkpoint.head_hash, record.events()[1].hash().unwrap());
    assert_eq!(checkpoint.issued_at, issued_at);
    assert_eq!(checkpoint.issuer, issuer());
    // Signing is deterministic.
    assert_eq!(
        record.checkpoint(&issuer(), &issued_at, &signer).unwrap(),
        token
    );

    let receipt_id: Uri = "urn:uuid:b0000000-0000-4000-8000-000000000009"
        .parse()
        .unwrap();
    let audience: Key = "data-subject".parse().unwrap();
    let token = record
        .receipt(&receipt_id, &issuer(), &audience, &issued_at, &signer)
        .unwrap();
    let receipt = Receipt::verify(&token, &key).unwrap();
    assert_eq!(receipt.record(), &record);
    assert_eq!(receipt.receipt_id(), &receipt_id);
    assert_eq!(receipt.issuer(), &issuer());
    assert_eq!(receipt.audience(), &audience);
    assert_eq!(receipt.issued_at(), &issued_at);
    assert_eq!(
        receipt.schema().as_str(),
        "https://w3id.org/bouwstenen/consent-record/v1#receipt"
    );
    assert_eq!(receipt.into_record().head(), record.head());

    // A checkpoint is not a receipt, nor the reverse.
    let checkpoint_token = record.checkpoint(&issuer(), &issued_at, &signer).unwrap();
    assert_eq!(
        Receipt::verify(&checkpoint_token, &key).unwrap_err(),
        JwsError::Type
    );
    assert_eq!(
        Checkpoint::from_token(&token, &key).unwrap_err(),
        JwsError::Type
    );
}

#[test]
fn a_record_without_events_has_no_checkpoint() {
    let record = example("A");
    let empty = ConsentRecord::new(
        record.header().clone(),
        record.parties().to_vec(),
        record.notices().to_vec(),
    )
    .unwrap();
    let signer = Ed25519Signer::from_seed(&SEED, "k").unwrap();
    assert_eq!(
        empty
            .checkpoint(&issuer(), &at("2026-02-10T09:16:00Z"), &signer)
            .unwrap_err(),
        JwsError::RecordEmpty
    );
}

#[test]
fn every_changed_character_is_rejected() {
    // Each character of the published checkpoint in turn (about 520 verifications, which take
    // a while without optimisation: spread over threads).
    let token = published_checkpoint();
    let key = published_key();
    assert!(key.verify(&token).is_ok());
    let header_len = parts(&token)[0].len();
    let positions: Vec<usize> = (0..token.len()).filter(|&i| &token[i..=i] != ".").collect();
    let threads = std::thread::available_parallelism().map_or(4, |n| n.get());
    std::thread::scope(|scope| {
        for chunk in positions.chunks(positions.len().div_ceil(threads)) {
            let (token, key) = (&token, &key);
            scope.spawn(move || {
                for &i in chunk {
                    let mut changed = token.clone();
                    let c = &token[i..=i];
                    changed.replace_range(i..=i, if c == "A" { "B" } else { "A" });
                    let err = key.verify(&changed).unwrap_err();
                    if i > header_len {
                        // In the payload or signature: the signature fails, or the character
                        // carried only the unused low bits and the strict decoder refuses it.
                        assert!(
                            matches!(err, JwsError::Signature | JwsError::Format),
                            "{i}: {err:?}"
                        );
                    }
                }
            });
        }
    });
}

#[test]
fn another_key_or_key_id_is_rejected() {
    let token = published_checkpoint();
    let other = Ed25519Signer::from_seed(&SEED, "test-key-1")
        .unwrap()
        .public_key();
    assert_eq!(
        Checkpoint::from_token(&token, &other).unwrap_err(),
        JwsError::Signature
    );
    // The right key under another id.
    let renamed = Ed25519PublicKey::from_bytes(published_key().as_bytes())
        .unwrap()
        .with_key_id("test-key-2")
        .unwrap();
    assert_eq!(
        Checkpoint::from_token(&token, &renamed).unwrap_err(),
        JwsError::KeyId
    );
    // A key without id accepts any kid.
    let anonymous = Ed25519PublicKey::from_bytes(published_key().as_bytes()).unwrap();
    assert!(Checkpoint::from_token(&token, &anonymous).is_ok());
}

#[test]
fn other_algorithms_and_unsafe_headers_are_rejected() {
    let published = published_checkpoint();
    let payload = unb64(parts(&published)[1]);
    let signer = Ed25519Signer::from_seed(&SEED, "test-key-1").unwrap();
    let key = signer.public_key();
    let check = |header: &str| Checkpoint::from_token(&forge(header, &payload, &SEED), &key);

    // The forging helper makes tokens the crate accepts when the header is right.
    let ok = check(r#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#);
    assert_eq!(ok.unwrap().seq, 5);
    // Other spellings of the media type (RFC 7515 §4.1.9).
    let ok =
        check(r#"{"typ":"application/Consent-Checkpoint+JWS","kid":"test-key-1","alg":"EdDSA"}"#);
    assert!(ok.is_ok());

    for (header, expected) in [
        (
            r#"{"alg":"none","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#,
            JwsError::Algorithm,
        ),
        (
            r#"{"alg":"HS256","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#,
            JwsError::Algorithm,
        ),
        (
            r#"{"alg":"ES256","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#,
            JwsError::Algorithm,
        ),
        (
            r#"{"kid":"test-key-1","typ":"consent-checkpoint+jws"}"#,
            JwsError::Algorithm,
        ),
        (
            r#"{"alg":"EdDSA","alg":"none","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#,
            JwsError::Header,
        ),
        (
            r#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-checkpoint+jws","crit":["exp"],"exp":1}"#,
            JwsError::Header,
        ),
        (
            r#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-checkpoint+jws","b64":false,"crit":["b64"]}"#,
            JwsError::Header,
        ),
        (
            r#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-checkpoint+jws","b64":false}"#,
            JwsError::Header,
        ),
        (
            r#"{"alg":"EdDSA","typ":"consent-checkpoint+jws"}"#,
            JwsError::Header,
        ),
        (
            r#"{"alg":"EdDSA","kid":"","typ":"consent-checkpoint+jws"}"#,
            JwsError::Header,
        ),
        (r#"["EdDSA"]"#, JwsError::Header),
        (
            r#"{"alg":"EdDSA","kid":"test-key-2","typ":"consent-checkpoint+jws"}"#,
            JwsError::KeyId,
        ),
        (r#"{"alg":"EdDSA","kid":"test-key-1"}"#, JwsError::Type),
        (
            r#"{"alg":"EdDSA","kid":"test-key-1","typ":"consent-receipt+jws"}"#,
            JwsError::Type,
        ),
        (
            r#"{"alg":"EdDSA","kid":"test-key-1","typ":"JWT"}"#,
            JwsError::Type,
        ),
    ] {
        assert_eq!(check(header).unwrap_err(), expected, "{header}");
    }

    // `alg: none` with an empty signature, as an attacker would send it.
    let none = format!(
        "{}.{}.",
        b64(br#"{"alg":"none","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#),
        parts(&published)[1]
    );
    assert_eq!(
        Checkpoint::from_token(&none, &published_key()).unwrap_err(),
        JwsError::Algorithm
    );
    // HS256 "signed" with the public key's bytes as the HMAC secret (key confusion): refused
    // before any signature is looked at.
    let hs256 = format!(
        "{}.{}.{}",
        b64(br#"{"alg":"HS256","kid":"test-key-1","typ":"consent-checkpoint+jws"}"#),
        parts(&published)[1],
        b64(&[0; 32])
    );
    assert_eq!(
        Checkpoint::from_token(&hs256, &published_key()).unwrap_err(),
        JwsError::Algorithm
    );
}

#[test]
fn malformed_tokens_are_rejected() {
    let key = published_key();
    let token = published_checkpoint();
    let [h, p, s] = parts(&token)[..] else {
        panic!()
    };
    for (bad, expected) in [
        (String::new(), JwsError::Format),
        (format!("{h}.{p}"), JwsError::Format),
        (format!("{h}.{p}.{s}."), JwsError::Format),
        (format!("{h}.{p}.{s}.{s}"), JwsError::Format),
        (format!("{h}.{p}.{s}=="), JwsError::Format),
        (format!("{h}.{p}.{}", &s[..s.len() - 2]), JwsError::Format),
        (format!("{h}.{p}+.{s}"), JwsError::Format),
        (format!(" {h}.{p}.{s}"), JwsError::Format),
        (format!("{h}.{p}.{s}\n"), JwsError::Format),
        (format!("{h}..{s}"), JwsError::Signature),
    ] {
        assert_eq!(key.verify(&bad).unwrap_err(), expected, "{bad}");
    }
}

#[test]
fn payloads_that_are_not_canonical_or_not_complete_are_rejected() {
    let signer = Ed25519Signer::from_seed(&SEED, "k").unwrap();
    let key = signer.public_key();
    let header = r#"{"alg":"EdDSA","kid":"k","typ":"consent-checkpoint+jws"}"#;
    let check =
        |payload: &str| Checkpoint::from_token(&forge(header, payload.as_bytes(), &SEED), &key);
    let hash = "sha256:ef6323e75e40a73180fd60ac2d49c3771a1ce553988ef649f9550dd7defbd814";
    let canonical = format!(
        r#"{{"headHash":"{hash}","issuedAt":"2026-06-01T18:10:00Z","issuer":"party:gemeente-voorbeeld","recordId":"urn:uuid:3d1b4f55-9a0e-4c1b-8d2f-5e6a7b8c9d01","seq":5,"type":"ConsentRecordCheckpoint"}}"#
    );
    assert_eq!(
        check(&canonical).unwrap().head_hash,
        hash.parse::<Digest>().unwrap()
    );
    for (payload, expected) in [
        // Not canonical: white space, key order, a member given twice.
        (canonical.replace(",", ", "), JwsError::Payload),
        (
            canonical.replace(
                r#""seq":5,"type""#,
                r#""type":"ConsentRecordCheckpoint","seq":5,"x""#,
            ),
            JwsError::Payload,
        ),
        (
            canonical.replace(r#"{"headHash""#, r#"{"headHash":"sha256:00","headHash""#),
            JwsError::Payload,
        ),
        // Missing or invalid fields.
        (canonical.replace(r#","seq":5"#, ""), JwsError::Payload),
        (
            canonical.replace(r#""seq":5"#, r#""seq":-5"#),
            JwsError::Payload,
        ),
        (
            canonical.replace(r#""seq":5"#, r#""seq":"5""#),
            JwsError::Payload,
        ),
        (
            canonical.replace("2026-06-01T18:10:00Z", "2026-06-01 18:10"),
            JwsError::Payload,
        ),
        (
            canonical.replace("sha256:ef", "sha256:EF"),
            JwsError::Payload,
        ),
        (
            canonical.replace("ConsentRecordCheckpoint", "ConsentReceipt"),
            JwsError::Type,
        ),
        ("[]".to_owned(), JwsError::Payload),
        ("not json".to_owned(), JwsError::Payload),
    ] {
        assert_eq!(check(&payload).unwrap_err(), expected, "{payload}");
    }
}

#[test]
fn a_failing_signer_and_a_bad_key_id_are_reported() {
    struct Offline;
    impl Signer for Offline {
        fn key_id(&self) -> &str {
            "hsm-1"
        }
        fn sign(&self, _: &[u8]) -> Result<[u8; 64], JwsError> {
            Err(JwsError::Signer)
        }
    }
    struct Unnamed;
    impl Signer for Unnamed {
        fn key_id(&self) -> &str {
            ""
        }
        fn sign(&self, _: &[u8]) -> Result<[u8; 64], JwsError> {
            Ok([0; 64])
        }
    }
    let record = ConsentRecord::example();
    let t = at("2026-02-10T09:16:00Z");
    assert_eq!(
        record.checkpoint(&issuer(), &t, &Offline).unwrap_err(),
        JwsError::Signer
    );
    assert_eq!(
        record.checkpoint(&issuer(), &t, &Unnamed).unwrap_err(),
        JwsError::KeyId
    );
    assert_eq!(
        Ed25519Signer::from_seed(&SEED, "a\nb").unwrap_err(),
        JwsError::KeyId
    );
    assert_eq!(
        Ed25519Signer::from_seed(&SEED, &"k".repeat(257)).unwrap_err(),
        JwsError::KeyId
    );
}

#[test]
fn error_messages_are_lowercase_and_codes_prefixed() {
    for code in JwsError::CODES {
        assert!(code.starts_with("jws."), "{code}");
    }
    for err in [
        JwsError::Format,
        JwsError::Signature,
        JwsError::RecordTruncated,
    ] {
        let message = err.to_string();
        assert!(message.chars().next().unwrap().is_lowercase());
        assert!(!message.ends_with('.'));
    }
}
