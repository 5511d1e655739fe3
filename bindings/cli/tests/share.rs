//! `werkmaat diary share` killed at random moments: the share file is whole (it decrypts, its
//! archive unpacks and the export inside verifies) or absent; never a part of one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{io::Read, path::Path, process::Command};

fn werkmaat(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_werkmaat")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

/// The export inside a share, if the file decrypts and unpacks whole.
fn export_in(bytes: &[u8], identity: &age::x25519::Identity) -> String {
    let decryptor = age::Decryptor::new_buffered(bytes).unwrap();
    let reader = decryptor.decrypt(std::iter::once(identity as &dyn age::Identity)).unwrap();
    let mut archive = tar::Archive::new(reader);
    let mut export = None;
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let mut text = String::new();
        if entry.path().unwrap().to_str() == Some("diary.json") {
            entry.read_to_string(&mut text).unwrap();
            export = Some(text);
        } else {
            std::io::copy(&mut entry, &mut std::io::sink()).unwrap();
        }
    }
    export.unwrap()
}

fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn a_share_killed_at_random_moments_is_whole_or_absent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    for day in 1..=40 {
        let at = format!("2026-10-{:02}T08:00:00+01:00", 1 + day % 28);
        let added = werkmaat(&data, &["diary", "add", "symptom", "--symptom", "cough", "--severity", "3", "--at", &at]);
        assert!(added.status.success());
    }
    let photo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/tests/fixtures/attachments/gps.jpg");
    let list = werkmaat(&data, &["--json", "diary", "list", "--limit", "1"]);
    let entry =
        serde_json::from_slice::<serde_json::Value>(&list.stdout).unwrap()[0]["id"].as_str().unwrap().to_owned();
    for _ in 0..3 {
        assert!(werkmaat(&data, &["diary", "attach", &entry, photo.to_str().unwrap()]).status.success());
    }
    let identity = age::x25519::Identity::generate();
    let key = identity.to_public().to_string();
    let started = std::time::Instant::now();
    let measured = dir.path().join("measured.age");
    assert!(werkmaat(&data, &["diary", "share", "--to", &key, "--out", measured.to_str().unwrap()]).status.success());
    let life = started.elapsed().as_micros() as u64 * 3 / 2 + 1;
    let (mut seed, mut whole) = (0x9E37_79B9_7F4A_7C15u64, 0);
    for kill in 0..60 {
        let out = dir.path().join(format!("share-{kill}.age"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_werkmaat"))
            .arg("--data-dir")
            .arg(&data)
            .args(["diary", "share", "--to", &key, "--out", out.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(xorshift(&mut seed) % life));
        let _ = child.kill();
        let _ = child.wait();
        match std::fs::read(&out) {
            Ok(bytes) => {
                let verification = werkmaat_ffi::verify_diary_export(export_in(&bytes, &identity), None).unwrap();
                assert!(verification.ok && verification.entries == 40, "after kill {kill}: {verification:?}");
                whole += 1;
            }
            Err(error) => assert_eq!(error.kind(), std::io::ErrorKind::NotFound, "after kill {kill}"),
        }
    }
    assert!(whole > 3, "the runs got work done: {whole} whole shares");
    // A kill leaves at most a temporary file beside the target, never a file under its name; the
    // profile still opens and verifies.
    assert!(werkmaat(&data, &["diary", "verify"]).status.success());
}
