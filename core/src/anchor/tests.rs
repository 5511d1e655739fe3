use der::{Decode, oid::db::rfc5912::ID_SHA_256};
use x509_tsp::{TimeStampReq, TspVersion};

use super::*;
use crate::InputProblem;

const HEAD: [u8; 32] = [0xab; 32];

#[test]
fn a_request_asks_for_the_heads_sha256_imprint_with_a_nonce_and_the_certificate() {
    let pending = request(&HEAD).unwrap();
    let decoded = TimeStampReq::from_der(&pending.der).unwrap();
    assert_eq!(decoded.version, TspVersion::V1);
    assert_eq!(decoded.message_imprint.hash_algorithm.oid, ID_SHA_256);
    assert_eq!(decoded.message_imprint.hashed_message.as_bytes(), HEAD);
    assert_eq!(decoded.nonce.unwrap().as_bytes(), pending.nonce.as_slice());
    assert!(decoded.cert_req);
    assert!(decoded.req_policy.is_none());
    assert_eq!(pending.head, HEAD);
}

#[test]
fn every_request_has_its_own_positive_nonce_of_more_than_64_bits() {
    let a = request(&HEAD).unwrap();
    let b = request(&HEAD).unwrap();
    assert_ne!(a.nonce, b.nonce);
    for nonce in [&a.nonce, &b.nonce] {
        assert_eq!(nonce.len(), 16);
        assert!(nonce[0] & 0x80 == 0 && nonce[0] != 0, "positive and minimal: {nonce:02x?}");
    }
}

#[test]
fn a_pending_request_survives_json() {
    let pending = request(&HEAD).unwrap();
    let json = serde_json::to_string(&pending).unwrap();
    assert!(json.contains(&hex::encode(HEAD)), "{json}");
    assert_eq!(serde_json::from_str::<PendingAnchor>(&json).unwrap(), pending);
}

#[test]
fn bytes_that_are_no_response_or_token_are_garbage() {
    let pending = request(&HEAD).unwrap();
    for bytes in [&b""[..], b"not a response", &[0x30, 0x03, 0x02, 0x01], &pending.der] {
        assert_eq!(accept(bytes, &pending, &[]), Err(AnchorError::Garbage));
        assert_eq!(check_token(bytes, &HEAD, &[]), Err(AnchorError::Garbage));
    }
}

#[test]
fn each_refusal_becomes_an_invalid_input_naming_its_message() {
    let error = Error::from(AnchorError::NonceMismatch);
    assert!(matches!(error, Error::InvalidInput { field: "response", problem: InputProblem::AnchorNonceMismatch }));
    let error = Error::from(AnchorError::BadTrustedCertificate);
    assert!(matches!(error, Error::InvalidInput { field: "tsa-cert", .. }));
}

#[test]
fn a_pem_file_without_certificates_is_refused() {
    for pem in ["", "hello", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"] {
        assert!(matches!(
            parse_pem_certificates(pem),
            Err(Error::InvalidInput { problem: InputProblem::AnchorTrustedCertificate, .. })
        ));
    }
}

#[test]
fn a_subject_value_is_escaped_where_it_would_split_the_name() {
    assert_eq!(certs::escape("Time, Inc. + Co"), "Time\\, Inc. \\+ Co");
    assert_eq!(certs::escape("#1 TSA"), "\\#1 TSA");
    assert_eq!(certs::escape("plain"), "plain");
}
