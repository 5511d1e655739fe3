"""RFC 3161 time-stamp tokens of diary anchors, checked as docs/diary-format.md section 7.1 says.

Written from the spec alone. ASN.1 is parsed with asn1crypto, signatures and certificates are
checked with cryptography (both from PyPI; run.sh installs them).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from asn1crypto import cms, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

ID_CT_TST_INFO = "1.2.840.113549.1.9.16.1.4"
SHA256 = "2.16.840.1.101.3.4.2.1"
ID_KP_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"
# Signature algorithms a signer info may name for the two allowed kinds of key (section 7.1 step 3).
RSA_SIGNATURES = {"1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11"}  # rsaEncryption, sha256WithRSA
ECDSA_SIGNATURES = {"1.2.840.10045.4.3.2"}  # ecdsa-with-SHA256


class Invalid(Exception):
    """The token does not check (anchor_invalid); the message says which step failed."""


@dataclass
class Stamped:
    """What a token that checks says: its genTime and its signer's subject (RFC 4514)."""
    gen_time: datetime
    tsa: str


def load_certificates(ders) -> list[x509.Certificate]:
    """Trusted certificates from DER bytes; one that does not parse is a refusal of the token."""
    out = []
    for der in ders:
        try:
            out.append(x509.load_der_x509_certificate(der))
        except ValueError as e:
            raise Invalid(f"a trusted certificate does not parse: {e}")
    return out


def check_token(token: bytes, head: bytes, trusted: list[x509.Certificate]) -> Stamped:
    """Steps 1-4 of section 7.1 (step 5 compares the result with the anchor's fields)."""
    try:
        return _check(token, head, trusted)
    except Invalid:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        # asn1crypto parses lazily: a broken inner structure shows up when a field is read.
        raise Invalid(f"the token does not parse: {type(e).__name__}: {e}")


def _check(token: bytes, head: bytes, trusted: list[x509.Certificate]) -> Stamped:
    # 1. CMS SignedData over a TSTInfo, one signer.
    info = cms.ContentInfo.load(token, strict=True)
    if info["content_type"].dotted != "1.2.840.113549.1.7.2":
        raise Invalid("not a CMS SignedData")
    signed = info["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].dotted != ID_CT_TST_INFO:
        raise Invalid("the encapsulated content is not a TSTInfo")
    if len(signed["signer_infos"]) != 1:
        raise Invalid("not exactly one signer")
    signer = signed["signer_infos"][0]
    content = encap["content"]
    if content.native is None:
        raise Invalid("no TSTInfo in the token")
    tst_bytes = content.contents  # the TSTInfo's DER, as signed
    tst = tsp.TSTInfo.load(tst_bytes, strict=True)

    # 2. The message imprint: SHA-256, and the head itself.
    imprint = tst["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].dotted != SHA256:
        raise Invalid("the message imprint is not SHA-256")
    if imprint["hashed_message"].native != head:
        raise Invalid("the message imprint is not the head")
    gen_time = tst["gen_time"].native
    if gen_time.tzinfo is None:
        gen_time = gen_time.replace(tzinfo=timezone.utc)
    if gen_time.microsecond:
        raise Invalid("genTime has a fraction of a second (section 7.1, step 5)")

    # 3. Signed attributes and the signature over them.
    if signer["digest_algorithm"]["algorithm"].dotted != SHA256:
        raise Invalid("the signer's digest is not SHA-256")
    attrs = signer["signed_attrs"]
    if not isinstance(attrs, cms.CMSAttributes) or len(attrs) == 0:
        raise Invalid("no signed attributes")
    content_types = _attribute(attrs, "1.2.840.113549.1.9.3")
    digests = _attribute(attrs, "1.2.840.113549.1.9.4")
    if len(content_types) != 1 or content_types[0].dotted != ID_CT_TST_INFO:
        raise Invalid("the content-type attribute is not id-ct-TSTInfo")
    if len(digests) != 1 or digests[0].native != hashlib.sha256(tst_bytes).digest():
        raise Invalid("the message-digest attribute is not SHA-256 of the TSTInfo")
    # Signed as a SET: the [0] IMPLICIT tag of the stored bytes replaced by SET's (RFC 5652 5.4).
    stored = attrs.dump()
    signed_bytes = b"\x31" + stored[1:]
    cert = _signer_certificate(signer["sid"], signed["certificates"], trusted)
    _verify_signature(cert, signer["signature_algorithm"]["algorithm"].dotted,
                      signer["signature"].native, signed_bytes)

    # 4. The signer's certificate: time-stamping only, valid at genTime, trusted (one level).
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        raise Invalid("the signer's certificate has no extended key usage")
    if not eku.critical or ID_KP_TIME_STAMPING not in {u.dotted_string for u in eku.value}:
        raise Invalid("the signer's certificate is not for time-stamping (critical)")
    if not _valid_at(cert, gen_time):
        raise Invalid("the signer's certificate was not valid at genTime")
    if not _trusted(cert, trusted, gen_time):
        raise Invalid("the signer's certificate is not trusted")
    return Stamped(gen_time=gen_time, tsa=cert.subject.rfc4514_string())


def _attribute(attrs: cms.CMSAttributes, oid: str) -> list:
    values = []
    for attr in attrs:
        if attr["type"].dotted == oid:
            values.extend(attr["values"])
    return values


def _signer_certificate(sid, certificates, trusted: list[x509.Certificate]) -> x509.Certificate:
    """The certificate the signer identifier names, from the token or among the trusted."""
    candidates = []
    for choice in certificates or []:
        if choice.name == "certificate":
            candidates.append(x509.load_der_x509_certificate(choice.chosen.dump()))
    candidates.extend(trusted)
    for cert in candidates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (cert.serial_number == wanted["serial_number"].native
                    and cert.issuer.public_bytes() == wanted["issuer"].dump()):
                return cert
        elif sid.name == "subject_key_identifier":
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                continue
            if ski == sid.chosen.native:
                return cert
    raise Invalid("the signer's certificate is neither in the token nor trusted")


def _verify_signature(cert: x509.Certificate, algorithm: str, signature: bytes, data: bytes):
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey) and algorithm in RSA_SIGNATURES:
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif (isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1)
              and algorithm in ECDSA_SIGNATURES):
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        else:
            raise Invalid(f"a signature neither RSA PKCS#1 v1.5 nor ECDSA P-256 with SHA-256 ({algorithm})")
    except InvalidSignature:
        raise Invalid("the signature over the signed attributes does not verify")


def _valid_at(cert: x509.Certificate, when: datetime) -> bool:
    return cert.not_valid_before_utc <= when <= cert.not_valid_after_utc


def _trusted(cert: x509.Certificate, trusted: list[x509.Certificate], when: datetime) -> bool:
    """One of the trusted, or issued and signed by one of them that was valid at `when`."""
    der = cert.public_bytes(Encoding.DER)
    for issuer in trusted:
        if issuer.public_bytes(Encoding.DER) == der:
            return True
    for issuer in trusted:
        if not _valid_at(issuer, when):
            continue
        try:
            cert.verify_directly_issued_by(issuer)
            return True
        except (ValueError, TypeError, InvalidSignature):
            continue
    return False
