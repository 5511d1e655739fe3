//! A real RFC 3161 time-stamping authority for tests and benchmarks: Debian's `openssl ts -reply`
//! with CAs and TSA certificates made here, in a temporary folder.

use std::{path::Path, process::Command};

use tempfile::TempDir;

/// The OpenSSL configuration, shared with the binding tests' `tests/tsa/tsa.sh`.
const CONFIG: &str = include_str!("../../../tests/tsa/openssl.cnf");

#[derive(Clone, Copy, Debug)]
pub enum Key {
    Rsa,
    EcP256,
}

/// A certificate made by `Pki`: its files (`<name>.pem`, `<name>.key`) and its DER.
pub struct Cert {
    pub name: String,
    pub der: Vec<u8>,
    pub pem: String,
}

pub struct Pki {
    dir: TempDir,
}

impl Pki {
    /// A fresh folder for certificates and replies, or `None` when openssl is not installed.
    pub fn new() -> Option<Pki> {
        if Command::new("openssl").arg("version").output().is_err() {
            // tests/run.sh installs openssl: there, and in CI, a missing one is a failure.
            assert!(std::env::var_os("CI").is_none(), "openssl is missing: tests/run.sh installs it");
            eprintln!("SKIPPED: openssl is not installed (apt-get install openssl); no TSA to test against");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let pki = Pki { dir };
        pki.write("openssl.cnf", CONFIG.as_bytes());
        pki.write("index.txt", b"");
        pki.write("ca.serial", b"1000\n");
        pki.write("tsa.serial", b"01\n");
        std::fs::create_dir(pki.path().join("issued")).unwrap();
        Some(pki)
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, bytes: &[u8]) {
        std::fs::write(self.path().join(name), bytes).unwrap();
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path().join(name)).unwrap()
    }

    /// Runs openssl in the folder; a failure fails the test with openssl's own words.
    pub fn openssl(&self, args: &[&str]) {
        let out = Command::new("openssl").args(args).current_dir(self.path()).output().unwrap();
        assert!(out.status.success(), "openssl {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    }

    fn key(&self, name: &str, key: Key) {
        let file = format!("{name}.key");
        match key {
            Key::Rsa => {
                self.openssl(&["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", &file])
            }
            Key::EcP256 => {
                self.openssl(&["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", &file])
            }
        }
    }

    fn cert(&self, name: &str) -> Cert {
        let der = format!("{name}.der");
        self.openssl(&["x509", "-in", &format!("{name}.pem"), "-outform", "DER", "-out", &der]);
        Cert {
            name: name.to_owned(),
            der: self.read(&der),
            pem: String::from_utf8(self.read(&format!("{name}.pem"))).unwrap(),
        }
    }

    /// A self-signed CA certificate with subject `CN=<cn>`.
    pub fn ca(&self, name: &str, cn: &str, key: Key) -> Cert {
        self.key(name, key);
        self.openssl(&[
            "req",
            "-new",
            "-x509",
            "-config",
            "openssl.cnf",
            "-extensions",
            "ca_cert",
            "-sha256",
            "-days",
            "3650",
            "-key",
            &format!("{name}.key"),
            "-subj",
            &format!("/CN={cn}"),
            "-out",
            &format!("{name}.pem"),
        ]);
        self.cert(name)
    }

    /// A certificate issued by `ca` with the extensions of `section` (`tsa_cert` has the critical
    /// timeStamping usage, `plain_cert` has none), valid for a year from now or from `start` to
    /// `end` (`YYYYMMDDHHMMSSZ`).
    pub fn issue(&self, ca: &Cert, name: &str, key: Key, section: &str, validity: Option<(&str, &str)>) -> Cert {
        self.key(name, key);
        let csr = format!("{name}.csr");
        self.openssl(&[
            "req",
            "-new",
            "-config",
            "openssl.cnf",
            "-key",
            &format!("{name}.key"),
            "-subj",
            &format!("/O=Werkmaat test/CN={name}"),
            "-out",
            &csr,
        ]);
        let (ca_pem, ca_key, out) = (format!("{}.pem", ca.name), format!("{}.key", ca.name), format!("{name}.pem"));
        let mut args = vec![
            "ca",
            "-config",
            "openssl.cnf",
            "-name",
            "test_ca",
            "-batch",
            "-notext",
            "-cert",
            &ca_pem,
            "-keyfile",
            &ca_key,
            "-extensions",
            section,
            "-in",
            &csr,
            "-out",
            &out,
        ];
        if let Some((start, end)) = validity {
            args.extend(["-startdate", start, "-enddate", end]);
        }
        self.openssl(&args);
        self.cert(name)
    }

    /// The TSA's DER `TimeStampResp` to `request`, signed by `signer`, as `openssl ts -reply` with
    /// the TSA section `section` gives it.
    pub fn reply(&self, request: &[u8], signer: &Cert, section: &str) -> Vec<u8> {
        self.write("request.tsq", request);
        self.openssl(&[
            "ts",
            "-reply",
            "-config",
            "openssl.cnf",
            "-section",
            section,
            "-queryfile",
            "request.tsq",
            "-signer",
            &format!("{}.pem", signer.name),
            "-inkey",
            &format!("{}.key", signer.name),
            "-out",
            "reply.tsr",
        ]);
        self.read("reply.tsr")
    }

    /// The token inside a DER `TimeStampResp`.
    pub fn token_of(&self, response: &[u8]) -> Vec<u8> {
        self.write("reply.tsr", response);
        self.openssl(&["ts", "-reply", "-in", "reply.tsr", "-token_out", "-out", "token.der"]);
        self.read("token.der")
    }
}
