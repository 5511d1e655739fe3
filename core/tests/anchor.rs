//! Trusted time (RFC 3161) against a real time-stamping authority: Debian's `openssl ts -reply`
//! with a test CA and TSA certificates made by the test. Every refusal names its reason.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support {
    pub mod tsa;
}

use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use support::tsa::{Cert, Key, Pki};
use werkmaat_core::anchor::{AnchorError, accept, check_token, parse_pem_certificates, request};

fn head(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// A test CA and a TSA certificate it issued, both with keys of `key`.
fn tsa(pki: &Pki, key: Key) -> (Cert, Cert) {
    let ca = pki.ca("ca", "Werkmaat test CA", key);
    let tsa = pki.issue(&ca, "tsa", key, "tsa_cert", None);
    (ca, tsa)
}

#[test]
fn a_granted_response_is_accepted_with_its_time_tsa_and_head_for_rsa_and_ecdsa() {
    for key in [Key::Rsa, Key::EcP256] {
        let Some(pki) = Pki::new() else { return };
        let (ca, tsa) = tsa(&pki, key);
        let head = head("the diary's head");
        let pending = request(&head).unwrap();
        let before = Utc::now() - Duration::seconds(2);
        let response = pki.reply(&pending.der, &tsa, "tsa_config");
        let after = Utc::now() + Duration::seconds(2);

        let anchor = accept(&response, &pending, std::slice::from_ref(&ca.der)).unwrap();
        assert_eq!(anchor.head, head, "{key:?}");
        assert!(before <= anchor.time && anchor.time <= after, "{key:?}: {} not in {before}..{after}", anchor.time);
        assert_eq!(anchor.tsa, "CN=tsa,O=Werkmaat test", "{key:?}"); // RFC 4514: the most specific first
        assert_eq!(anchor.token, pki.token_of(&response), "{key:?}: the token is kept as the TSA sent it");

        // The kept token checks again without the request, and only for its own head.
        assert_eq!(check_token(&anchor.token, &head, std::slice::from_ref(&ca.der)), Ok(anchor.clone()));
        assert_eq!(
            check_token(&anchor.token, &self::head("another head"), std::slice::from_ref(&ca.der)),
            Err(AnchorError::ImprintMismatch)
        );
        // Trusting the TSA's own certificate is enough.
        assert!(accept(&response, &pending, std::slice::from_ref(&tsa.der)).is_ok(), "{key:?}");
    }
}

#[test]
fn a_response_for_another_head_is_an_imprint_mismatch() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::Rsa);
    let pending = request(&head("ours")).unwrap();
    let other = request(&head("someone else's")).unwrap();
    let response = pki.reply(&other.der, &tsa, "tsa_config");
    assert_eq!(accept(&response, &pending, &[ca.der]), Err(AnchorError::ImprintMismatch));
}

#[test]
fn a_response_to_another_request_for_the_same_head_is_a_nonce_mismatch() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::EcP256);
    let head = head("the same head");
    let pending = request(&head).unwrap();
    let earlier = request(&head).unwrap();
    let response = pki.reply(&earlier.der, &tsa, "tsa_config");
    assert_eq!(accept(&response, &pending, std::slice::from_ref(&ca.der)), Err(AnchorError::NonceMismatch));
    assert!(accept(&response, &earlier, &[ca.der]).is_ok());
}

#[test]
fn a_tsa_issued_by_another_ca_is_untrusted_even_when_that_ca_has_the_same_name() {
    let Some(pki) = Pki::new() else { return };
    let (_, tsa) = tsa(&pki, Key::Rsa);
    let stranger = pki.ca("stranger", "Some other CA", Key::Rsa);
    let impostor = pki.ca("impostor", "Werkmaat test CA", Key::Rsa);
    let pending = request(&head("head")).unwrap();
    let response = pki.reply(&pending.der, &tsa, "tsa_config");
    assert_eq!(accept(&response, &pending, &[stranger.der]), Err(AnchorError::Untrusted));
    assert_eq!(accept(&response, &pending, &[impostor.der]), Err(AnchorError::Untrusted));
    assert_eq!(accept(&response, &pending, &[]), Err(AnchorError::Untrusted));
}

#[test]
fn a_tsa_certificate_expired_before_the_time_stamp_is_refused() {
    let Some(pki) = Pki::new() else { return };
    let ca = pki.ca("ca", "Werkmaat test CA", Key::Rsa);
    let expired = pki.issue(&ca, "expired", Key::Rsa, "tsa_cert", Some(("20200101000000Z", "20210101000000Z")));
    let pending = request(&head("head")).unwrap();
    let response = pki.reply(&pending.der, &expired, "tsa_config");
    assert_eq!(accept(&response, &pending, &[ca.der]), Err(AnchorError::NotValidAtTime));
}

#[test]
fn a_rejection_status_is_not_granted() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::Rsa);
    let pending = request(&head("head")).unwrap();
    // This TSA accepts only SHA-384 imprints: it answers our SHA-256 request with "rejection".
    let response = pki.reply(&pending.der, &tsa, "tsa_sha384_only");
    assert_eq!(accept(&response, &pending, &[ca.der]), Err(AnchorError::NotGranted));
}

#[test]
fn garbage_and_cut_responses_are_garbage() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::Rsa);
    let pending = request(&head("head")).unwrap();
    let response = pki.reply(&pending.der, &tsa, "tsa_config");
    let trusted = [ca.der];
    assert_eq!(accept(b"\x00\x01garbage", &pending, &trusted), Err(AnchorError::Garbage));
    assert_eq!(accept(&response[..response.len() - 1], &pending, &trusted), Err(AnchorError::Garbage));
    assert_eq!(accept(&[response.as_slice(), b"\0"].concat(), &pending, &trusted), Err(AnchorError::Garbage));
    assert_eq!(check_token(&response, &pending.head, &trusted), Err(AnchorError::Garbage));
}

#[test]
fn an_altered_signature_or_time_is_a_bad_signature() {
    for key in [Key::Rsa, Key::EcP256] {
        let Some(pki) = Pki::new() else { return };
        let (ca, tsa) = tsa(&pki, key);
        let pending = request(&head("head")).unwrap();
        let response = pki.reply(&pending.der, &tsa, "tsa_config");
        let trusted = [ca.der.clone()];

        // openssl puts no unsigned attributes after the signature: the last byte is the signature's.
        let mut signature_changed = response.clone();
        *signature_changed.last_mut().unwrap() ^= 0x01;
        assert_eq!(accept(&signature_changed, &pending, &trusted), Err(AnchorError::BadSignature), "{key:?}");

        // Move genTime one decade back: the TSTInfo still reads, but no longer matches the signed digest.
        let year = Utc::now().format("%Y").to_string();
        let at = response.windows(4).position(|w| w == year.as_bytes()).expect("genTime in the response");
        let mut time_changed = response.clone();
        time_changed[at + 2] -= 1;
        assert_eq!(accept(&time_changed, &pending, &trusted), Err(AnchorError::BadSignature), "{key:?}");
    }
}

#[test]
fn a_token_signed_by_a_certificate_without_time_stamping_usage_is_refused() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::Rsa);
    let plain = pki.issue(&ca, "plain", Key::Rsa, "plain_cert", None);
    let pending = request(&head("head")).unwrap();
    let token = pki.token_of(&pki.reply(&pending.der, &tsa, "tsa_config"));
    // openssl ts will not sign with such a certificate; openssl cms signs the same TSTInfo with it.
    pki.write("token.der", &token);
    pki.openssl(&["cms", "-verify", "-noverify", "-inform", "DER", "-in", "token.der", "-out", "tstinfo.der"]);
    pki.openssl(&[
        "cms",
        "-sign",
        "-binary",
        "-nodetach",
        "-nosmimecap",
        "-md",
        "sha256",
        "-econtent_type",
        "1.2.840.113549.1.9.16.1.4",
        "-in",
        "tstinfo.der",
        "-signer",
        &format!("{}.pem", plain.name),
        "-inkey",
        &format!("{}.key", plain.name),
        "-outform",
        "DER",
        "-out",
        "resigned.der",
    ]);
    let resigned = pki.read("resigned.der");
    assert_eq!(check_token(&resigned, &pending.head, &[ca.der]), Err(AnchorError::NoTimeStampingUsage));
}

#[test]
fn a_token_without_the_tsa_certificate_needs_it_among_the_trusted() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::EcP256);
    let head = head("head");
    // A request without certReq (openssl's own), so the token carries no certificate.
    pki.openssl(&["ts", "-query", "-sha256", "-digest", &hex::encode(head), "-no_nonce", "-out", "bare.tsq"]);
    let token = pki.token_of(&pki.reply(&pki.read("bare.tsq"), &tsa, "tsa_config"));
    assert_eq!(check_token(&token, &head, std::slice::from_ref(&ca.der)), Err(AnchorError::MissingCertificate));
    assert!(check_token(&token, &head, &[tsa.der]).is_ok());
}

#[test]
fn trusted_certificates_come_from_pem_and_a_broken_one_is_named() {
    let Some(pki) = Pki::new() else { return };
    let (ca, tsa) = tsa(&pki, Key::Rsa);
    let chain = parse_pem_certificates(&format!("{}{}", tsa.pem, ca.pem)).unwrap();
    assert_eq!(chain, vec![tsa.der.clone(), ca.der.clone()]);

    let pending = request(&head("head")).unwrap();
    let response = pki.reply(&pending.der, &tsa, "tsa_config");
    assert!(accept(&response, &pending, &chain).is_ok());
    assert_eq!(
        accept(&response, &pending, &[ca.der, b"not a certificate".to_vec()]),
        Err(AnchorError::BadTrustedCertificate)
    );
}
