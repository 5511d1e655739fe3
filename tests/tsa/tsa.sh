#!/usr/bin/env bash
# A local RFC 3161 time-stamping authority for the Kotlin, Swift and Python tests: Debian's
# `openssl ts -reply` with a test CA and a TSA certificate made here (the Rust tests make theirs
# with core/tests/support/tsa.rs from the same openssl.cnf).
#   tsa.sh init DIR            a CA (DIR/ca.pem) and a TSA certificate it issued (DIR/tsa.pem)
#   tsa.sh reply DIR REQ OUT   the TSA's DER answer to the DER request REQ, written to OUT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cmd="${1:?init or reply}"
dir="${2:?a folder}"
case "$cmd" in
  init)
    mkdir -p "$dir/issued"
    cd "$dir"
    cp "$here/openssl.cnf" openssl.cnf
    : > index.txt
    echo 1000 > ca.serial
    echo 01 > tsa.serial
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ca.key 2>/dev/null
    openssl req -new -x509 -config openssl.cnf -extensions ca_cert -sha256 -days 3650 \
      -key ca.key -subj "/CN=Werkmaat test CA" -out ca.pem
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tsa.key 2>/dev/null
    openssl req -new -config openssl.cnf -key tsa.key -subj "/O=Werkmaat test/CN=tsa" -out tsa.csr
    openssl ca -config openssl.cnf -name test_ca -batch -notext -cert ca.pem -keyfile ca.key \
      -extensions tsa_cert -in tsa.csr -out tsa.pem 2>/dev/null
    ;;
  reply)
    request="$(realpath "${3:?a request file}")"
    out="$(realpath -m "${4:?an output file}")"
    cd "$dir"
    openssl ts -reply -config openssl.cnf -section tsa_config -queryfile "$request" \
      -signer tsa.pem -inkey tsa.key -out "$out" 2>/dev/null
    ;;
  *) echo "tsa.sh: init or reply" >&2; exit 2 ;;
esac
