//! Trusted time for the diary (RFC 3161): the core makes a time-stamp request for a chain head, the
//! shell sends it to any time-stamping authority (TSA) when it is online, and the core checks the
//! answer before it keeps the token. A kept token proves, without the phone's clock, that the head
//! existed at the TSA's time: whoever trusts the TSA's certificate can check it again later
//! (`check_token`). The core itself opens no connection.
//!
//! All ASN.1 is the RustCrypto types (`x509-tsp`, `cms`, `x509-cert`); signatures are checked with
//! `rsa` (PKCS#1 v1.5, SHA-256) and `p256` (ECDSA P-256, SHA-256). `token` checks the CMS
//! signature, `certs` the TSA's certificate.

mod certs;
mod token;

use chrono::{DateTime, Utc};
use cmpv2::status::PkiStatus;
use der::{
    Any, Decode, Encode,
    asn1::{Int, OctetString},
};
use serde::{Deserialize, Serialize};
use spki::AlgorithmIdentifier;
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TimeStampToken, TspVersion};

use crate::{Error, InputProblem, Result};

/// A request made for a head and kept until the TSA's response comes back: the response must
/// answer exactly this request (same head, same nonce).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingAnchor {
    /// The DER `TimeStampReq` to send to the TSA (`application/timestamp-query`).
    #[serde(with = "hex::serde")]
    pub der: Vec<u8>,
    /// The request's nonce: the content bytes of its positive DER INTEGER.
    #[serde(with = "hex::serde")]
    pub nonce: Vec<u8>,
    /// The chain head the request asks the TSA to time-stamp.
    #[serde(with = "hex::serde")]
    pub head: [u8; 32],
}

/// A checked time-stamp: the head, the TSA's time for it, who vouches for that time, and the DER
/// `TimeStampToken` to keep, so the same check can be made again anywhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    #[serde(with = "hex::serde")]
    pub head: [u8; 32],
    /// The TSA's `genTime`.
    pub time: DateTime<Utc>,
    /// The subject of the TSA's certificate, as an RFC 4514 string (`CN=…,O=…`).
    pub tsa: String,
    #[serde(with = "hex::serde")]
    pub token: Vec<u8>,
}

/// Why a time-stamp response or token was refused. Each reason has its Fluent message
/// (`invalid-anchor-*`), shown through `Error::InvalidInput`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnchorError {
    /// The bytes are not a time-stamp response or token (or one this code cannot read).
    #[error("not a time-stamp response")]
    Garbage,
    /// The TSA refused the request (any status other than granted or granted with changes).
    #[error("the time-stamping authority did not grant the request")]
    NotGranted,
    /// The token time-stamps another head, or uses a hash other than SHA-256.
    #[error("the time-stamp is for other data")]
    ImprintMismatch,
    /// The response answers another request (its nonce is missing or different).
    #[error("the response answers another request")]
    NonceMismatch,
    /// The token's signature or signed attributes do not verify: it was altered or forged.
    #[error("the time-stamp's signature does not verify")]
    BadSignature,
    /// A signature or key algorithm other than RSA or ECDSA P-256 with SHA-256.
    #[error("unsupported signature algorithm")]
    UnsupportedAlgorithm,
    /// The token names a signer whose certificate is neither in the token nor among the trusted.
    #[error("the signer's certificate is missing")]
    MissingCertificate,
    /// The signer's certificate is not trusted and not issued by a trusted certificate.
    #[error("the time-stamping authority is not trusted")]
    Untrusted,
    /// The signer's certificate (or its issuer's) was not valid at the time it gives.
    #[error("the certificate was not valid at the time of the time-stamp")]
    NotValidAtTime,
    /// The signer's certificate is not for time-stamping (no critical id-kp-timeStamping usage).
    #[error("the certificate is not for time-stamping")]
    NoTimeStampingUsage,
    /// A certificate given as trusted does not read as an X.509 certificate.
    #[error("a trusted certificate does not read")]
    BadTrustedCertificate,
}

impl AnchorError {
    /// The Fluent id of the message that explains the refusal.
    pub fn problem(self) -> InputProblem {
        match self {
            AnchorError::Garbage => InputProblem::AnchorGarbage,
            AnchorError::NotGranted => InputProblem::AnchorNotGranted,
            AnchorError::ImprintMismatch => InputProblem::AnchorImprintMismatch,
            AnchorError::NonceMismatch => InputProblem::AnchorNonceMismatch,
            AnchorError::BadSignature => InputProblem::AnchorBadSignature,
            AnchorError::UnsupportedAlgorithm => InputProblem::AnchorUnsupportedAlgorithm,
            AnchorError::MissingCertificate => InputProblem::AnchorMissingCertificate,
            AnchorError::Untrusted => InputProblem::AnchorUntrusted,
            AnchorError::NotValidAtTime => InputProblem::AnchorNotValidAtTime,
            AnchorError::NoTimeStampingUsage => InputProblem::AnchorNoTimeStampingUsage,
            AnchorError::BadTrustedCertificate => InputProblem::AnchorTrustedCertificate,
        }
    }

    /// The input at fault: the response (or stored token), or the trusted certificates.
    pub fn field(self) -> &'static str {
        match self {
            AnchorError::BadTrustedCertificate => "tsa-cert",
            _ => "response",
        }
    }
}

impl From<AnchorError> for Error {
    fn from(e: AnchorError) -> Self {
        Error::invalid(e.field(), e.problem())
    }
}

/// Makes a time-stamp request for `head`: version 1, SHA-256 imprint of the head, a random
/// 126-bit nonce, and `certReq` so the TSA includes its certificate in the token.
pub fn request(head: &[u8; 32]) -> Result<PendingAnchor> {
    let mut nonce = [0u8; 16];
    getrandom::getrandom(&mut nonce).map_err(|e| Error::Io(std::io::Error::other(e)))?;
    // Positive (top bit clear) and minimal (first byte non-zero), so the INTEGER's content bytes
    // are exactly these and compare as bytes with what the TSA echoes.
    nonce[0] = (nonce[0] & 0x7f) | 0x40;
    let request = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: sha256_imprint(head).map_err(encoding)?,
        req_policy: None,
        nonce: Some(Int::new(&nonce).map_err(encoding)?),
        cert_req: true,
        extensions: None,
    };
    Ok(PendingAnchor { der: request.to_der().map_err(encoding)?, nonce: nonce.to_vec(), head: *head })
}

/// Checks a TSA's DER `TimeStampResp` to `pending`: granted, a token for that head with that
/// nonce, signed by a time-stamping certificate that is, or is issued by, one of `trusted` (DER
/// certificates) and valid at the token's time.
pub fn accept(response_der: &[u8], pending: &PendingAnchor, trusted: &[Vec<u8>]) -> Result<Anchor, AnchorError> {
    let response = TimeStampResp::from_der(response_der).map_err(|_| AnchorError::Garbage)?;
    if !matches!(response.status.status, PkiStatus::Accepted | PkiStatus::GrantedWithMods) {
        return Err(AnchorError::NotGranted);
    }
    let token = response.time_stamp_token.ok_or(AnchorError::Garbage)?;
    let checked = token::check(&token, &pending.head, trusted)?;
    if checked.nonce.as_deref() != Some(pending.nonce.as_slice()) {
        return Err(AnchorError::NonceMismatch);
    }
    anchor(&token, checked)
}

/// Checks a kept DER `TimeStampToken` for `head` as `accept` does, without a nonce (the request
/// is long gone): used when verifying a diary or an export.
pub fn check_token(token_der: &[u8], head: &[u8; 32], trusted: &[Vec<u8>]) -> Result<Anchor, AnchorError> {
    let token = TimeStampToken::from_der(token_der).map_err(|_| AnchorError::Garbage)?;
    let checked = token::check(&token, head, trusted)?;
    anchor(&token, checked)
}

/// The DER certificates in a PEM file (one or more `CERTIFICATE` blocks), for the trusted TSA
/// certificates a shell or a content pack gives.
pub fn parse_pem_certificates(pem: &str) -> Result<Vec<Vec<u8>>> {
    let refused = || Error::from(AnchorError::BadTrustedCertificate);
    // x509-cert 0.2.5's loader underflows on input that is empty after its trailing newlines.
    let pem = pem.trim();
    if pem.is_empty() {
        return Err(refused());
    }
    let certificates = x509_cert::Certificate::load_pem_chain(pem.as_bytes()).map_err(|_| refused())?;
    certificates.iter().map(|c| c.to_der().map_err(|_| refused())).collect()
}

fn anchor(token: &TimeStampToken, checked: token::Checked) -> Result<Anchor, AnchorError> {
    Ok(Anchor {
        head: checked.head,
        time: checked.time,
        tsa: checked.tsa,
        token: token.to_der().map_err(|_| AnchorError::Garbage)?,
    })
}

/// SHA-256 of `head` as RFC 3161 names it; parameters NULL, as OpenSSL and most TSAs write it.
fn sha256_imprint(head: &[u8; 32]) -> der::Result<MessageImprint> {
    Ok(MessageImprint {
        hash_algorithm: AlgorithmIdentifier { oid: der::oid::db::rfc5912::ID_SHA_256, parameters: Some(Any::null()) },
        hashed_message: OctetString::new(head.to_vec())?,
    })
}

/// Encoding a request built from fixed parts cannot fail but for memory; it is reported as an
/// I/O error rather than as the user's fault.
fn encoding(e: der::Error) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests;
