//! The TSA's certificate: finding it, its time-stamping usage and validity, its link to a trusted
//! certificate, and the signature check shared with the token.

use chrono::{DateTime, Utc};
use cms::signed_data::SignerIdentifier;
use der::{
    Encode, Tag, Tagged,
    asn1::{Ia5StringRef, ObjectIdentifier, PrintableStringRef, Utf8StringRef},
    oid::db::{rfc4519, rfc5280::ID_KP_TIME_STAMPING, rfc5912},
};
use p256::pkcs8::DecodePublicKey;
use rsa::{pkcs1v15, signature::Verifier};
use sha2::Sha256;
use spki::SubjectPublicKeyInfoOwned;
use x509_cert::{
    Certificate,
    ext::pkix::{BasicConstraints, ExtendedKeyUsage, SubjectKeyIdentifier},
};

use super::AnchorError;

/// The certificate the signer identifier names, among those in the token and the trusted ones.
pub(super) fn signer<'c>(sid: &SignerIdentifier, candidates: &[&'c Certificate]) -> Option<&'c Certificate> {
    candidates.iter().copied().find(|c| match sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            c.tbs_certificate.issuer == id.issuer && c.tbs_certificate.serial_number == id.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(id) => {
            matches!(c.tbs_certificate.get::<SubjectKeyIdentifier>(), Ok(Some((_, own))) if own == *id)
        }
    })
}

/// RFC 3161 §2.3: the TSA's certificate has the extended key usage id-kp-timeStamping, and the
/// extension is critical. It must also be valid at the time it vouches for.
pub(super) fn check_time_stamping(certificate: &Certificate, time: &DateTime<Utc>) -> Result<(), AnchorError> {
    match certificate.tbs_certificate.get::<ExtendedKeyUsage>() {
        Ok(Some((true, usage))) if usage.0.contains(&ID_KP_TIME_STAMPING) => {}
        _ => return Err(AnchorError::NoTimeStampingUsage),
    }
    check_valid_at(certificate, time)
}

/// The certificate is one of `trusted`, or issued (and signed) by a trusted CA certificate that was
/// valid at `time`. One level: a shell or pack lists the TSA's certificate or its issuing CA.
pub(super) fn check_trusted(
    certificate: &Certificate,
    trusted: &[Certificate],
    time: &DateTime<Utc>,
) -> Result<(), AnchorError> {
    if trusted.contains(certificate) {
        return Ok(());
    }
    let tbs = certificate.tbs_certificate.to_der().map_err(|_| AnchorError::Garbage)?;
    let mut refusal = AnchorError::Untrusted;
    for issuer in trusted.iter().filter(|t| t.tbs_certificate.subject == certificate.tbs_certificate.issuer) {
        let is_ca = matches!(issuer.tbs_certificate.get::<BasicConstraints>(), Ok(Some((_, b))) if b.ca);
        let signed = is_ca
            && verify(
                &issuer.tbs_certificate.subject_public_key_info,
                &certificate.signature_algorithm.oid,
                &tbs,
                certificate.signature.raw_bytes(),
            )
            .is_ok();
        if signed {
            match check_valid_at(issuer, time) {
                Ok(()) => return Ok(()),
                Err(e) => refusal = e,
            }
        }
    }
    Err(refusal)
}

fn check_valid_at(certificate: &Certificate, time: &DateTime<Utc>) -> Result<(), AnchorError> {
    let validity = &certificate.tbs_certificate.validity;
    let from = DateTime::<Utc>::from(validity.not_before.to_system_time());
    let until = DateTime::<Utc>::from(validity.not_after.to_system_time());
    if (from..=until).contains(time) { Ok(()) } else { Err(AnchorError::NotValidAtTime) }
}

/// Verifies `signature` over `message` with the key in `key`, for the two algorithms TSAs use:
/// RSA PKCS#1 v1.5 and ECDSA P-256, each with SHA-256.
pub(super) fn verify(
    key: &SubjectPublicKeyInfoOwned,
    algorithm: &ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> Result<(), AnchorError> {
    let key_der = key.to_der().map_err(|_| AnchorError::Garbage)?;
    let verified = if key.algorithm.oid == rfc5912::RSA_ENCRYPTION {
        // CMS signers often name the key algorithm (rsaEncryption) with the digest given apart.
        if *algorithm != rfc5912::SHA_256_WITH_RSA_ENCRYPTION && *algorithm != rfc5912::RSA_ENCRYPTION {
            return Err(AnchorError::UnsupportedAlgorithm);
        }
        let key = rsa::RsaPublicKey::from_public_key_der(&key_der).map_err(|_| AnchorError::UnsupportedAlgorithm)?;
        let signature = pkcs1v15::Signature::try_from(signature).map_err(|_| AnchorError::BadSignature)?;
        pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &signature).is_ok()
    } else if key.algorithm.oid == rfc5912::ID_EC_PUBLIC_KEY {
        if *algorithm != rfc5912::ECDSA_WITH_SHA_256 {
            return Err(AnchorError::UnsupportedAlgorithm);
        }
        // Refuses any curve but P-256.
        let key =
            p256::ecdsa::VerifyingKey::from_public_key_der(&key_der).map_err(|_| AnchorError::UnsupportedAlgorithm)?;
        let signature = p256::ecdsa::DerSignature::try_from(signature).map_err(|_| AnchorError::BadSignature)?;
        key.verify(message, &signature).is_ok()
    } else {
        return Err(AnchorError::UnsupportedAlgorithm);
    };
    if verified { Ok(()) } else { Err(AnchorError::BadSignature) }
}

/// The certificate's subject as an RFC 4514 string (`CN=…,O=…`, the most specific part first).
/// Written here rather than with x509-cert's `Display`, which names attributes from const-oid's
/// whole OID database and so adds about 100 KB of tables and relocations to the library.
pub(super) fn subject_text(certificate: &Certificate) -> String {
    let mut parts = Vec::new();
    for rdn in certificate.tbs_certificate.subject.0.iter().rev() {
        let attributes = rdn.0.iter().map(|attribute| {
            let key = match attribute.oid {
                rfc4519::CN => "CN".to_owned(),
                rfc4519::O => "O".to_owned(),
                rfc4519::OU => "OU".to_owned(),
                rfc4519::C => "C".to_owned(),
                rfc4519::L => "L".to_owned(),
                rfc4519::ST => "ST".to_owned(),
                other => other.to_string(),
            };
            let value = &attribute.value;
            let text = match value.tag() {
                Tag::Utf8String => Utf8StringRef::try_from(value).map(|s| s.as_str().to_owned()).ok(),
                Tag::PrintableString => PrintableStringRef::try_from(value).map(|s| s.as_str().to_owned()).ok(),
                Tag::Ia5String => Ia5StringRef::try_from(value).map(|s| s.as_str().to_owned()).ok(),
                _ => None,
            };
            match text {
                Some(text) => format!("{key}={}", escape(&text)),
                None => format!("{key}=#{}", hex::encode(value.value())),
            }
        });
        parts.push(attributes.collect::<Vec<_>>().join("+"));
    }
    parts.join(",")
}

/// RFC 4514 §2.4: the characters that would change how the string splits are escaped.
pub(super) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, c) in value.chars().enumerate() {
        if matches!(c, '"' | '+' | ',' | ';' | '<' | '>' | '\\') || (i == 0 && matches!(c, '#' | ' ')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
