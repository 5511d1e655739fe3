//! The time-stamp token (RFC 3161 §2.4.2): CMS SignedData over a TSTInfo, one signer, signed
//! attributes that bind the TSTInfo by its SHA-256 and name its content type.

use chrono::{DateTime, Utc};
use cms::{
    cert::CertificateChoices,
    signed_data::{SignedData, SignerInfo},
};
use der::{
    Decode, Encode,
    asn1::{ObjectIdentifier, OctetString},
    oid::db::{rfc5911::ID_SIGNED_DATA, rfc5912::ID_SHA_256, rfc6268},
};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_tsp::{TimeStampToken, TstInfo};

use super::{AnchorError, certs};

/// id-ct-TSTInfo (RFC 3161 §2.4.2); const-oid 0.9 does not list it.
const ID_CT_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");

/// What a token says once everything in it has been checked.
pub(super) struct Checked {
    pub head: [u8; 32],
    pub time: DateTime<Utc>,
    pub tsa: String,
    /// The content bytes of the TSTInfo's nonce, if it has one.
    pub nonce: Option<Vec<u8>>,
}

/// Checks `token` for `head` against the `trusted` certificates (DER). The order of the checks
/// gives the most useful reason first: what the token is about, then who signed it.
pub(super) fn check(token: &TimeStampToken, head: &[u8; 32], trusted: &[Vec<u8>]) -> Result<Checked, AnchorError> {
    let trusted = trusted
        .iter()
        .map(|der| Certificate::from_der(der).map_err(|_| AnchorError::BadTrustedCertificate))
        .collect::<Result<Vec<_>, _>>()?;
    if token.content_type != ID_SIGNED_DATA {
        return Err(AnchorError::Garbage);
    }
    let signed: SignedData = token.content.decode_as().map_err(|_| AnchorError::Garbage)?;
    if signed.encap_content_info.econtent_type != ID_CT_TST_INFO {
        return Err(AnchorError::Garbage);
    }
    let content = signed.encap_content_info.econtent.as_ref().ok_or(AnchorError::Garbage)?;
    let content: OctetString = content.decode_as().map_err(|_| AnchorError::Garbage)?;
    let info = TstInfo::from_der(content.as_bytes()).map_err(|_| AnchorError::Garbage)?;

    let imprint = &info.message_imprint;
    if imprint.hash_algorithm.oid != ID_SHA_256 || imprint.hashed_message.as_bytes() != head {
        return Err(AnchorError::ImprintMismatch);
    }
    let time = DateTime::<Utc>::from(info.gen_time.to_system_time());

    // RFC 3161 §2.4.2: the token MUST NOT carry any signature but the TSA's.
    let [signer] = signed.signer_infos.0.as_slice() else {
        return Err(AnchorError::Garbage);
    };
    let mut candidates: Vec<&Certificate> = trusted.iter().collect();
    if let Some(set) = &signed.certificates {
        candidates.extend(set.0.iter().filter_map(|choice| match choice {
            CertificateChoices::Certificate(c) => Some(c),
            CertificateChoices::Other(_) => None,
        }));
    }
    let certificate = certs::signer(&signer.sid, &candidates).ok_or(AnchorError::MissingCertificate)?;
    check_signature(signer, content.as_bytes(), certificate)?;
    certs::check_time_stamping(certificate, &time)?;
    certs::check_trusted(certificate, &trusted, &time)?;

    Ok(Checked {
        head: *head,
        time,
        tsa: certs::subject_text(certificate),
        nonce: info.nonce.map(|n| n.as_bytes().to_vec()),
    })
}

/// RFC 5652 §5.4: with signed attributes, the signature is over their DER (as a SET OF), and they
/// must carry the content type and the SHA-256 of the content.
fn check_signature(signer: &SignerInfo, content: &[u8], certificate: &Certificate) -> Result<(), AnchorError> {
    if signer.digest_alg.oid != ID_SHA_256 {
        return Err(AnchorError::UnsupportedAlgorithm);
    }
    let attributes = signer.signed_attrs.as_ref().ok_or(AnchorError::BadSignature)?;
    let single_value = |oid: ObjectIdentifier| {
        let mut found = attributes.iter().filter(|a| a.oid == oid);
        match (found.next(), found.next()) {
            (Some(attribute), None) => match attribute.values.as_slice() {
                [value] => Ok(value),
                _ => Err(AnchorError::BadSignature),
            },
            _ => Err(AnchorError::BadSignature),
        }
    };
    let content_type: ObjectIdentifier =
        single_value(rfc6268::ID_CONTENT_TYPE)?.decode_as().map_err(|_| AnchorError::BadSignature)?;
    let digest: OctetString =
        single_value(rfc6268::ID_MESSAGE_DIGEST)?.decode_as().map_err(|_| AnchorError::BadSignature)?;
    if content_type != ID_CT_TST_INFO || digest.as_bytes() != Sha256::digest(content).as_slice() {
        return Err(AnchorError::BadSignature);
    }
    let signed_bytes = attributes.to_der().map_err(|_| AnchorError::Garbage)?;
    certs::verify(
        &certificate.tbs_certificate.subject_public_key_info,
        &signer.signature_algorithm.oid,
        &signed_bytes,
        signer.signature.as_bytes(),
    )
}
