use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
    sync::Arc,
    thread,
};

use super::*;
use crate::InputProblem;

fn key(byte: u8) -> Cipher {
    Cipher::new(&[byte; KEY_LEN]).unwrap()
}

/// Every file in `dir` with the SHA-256 of its bytes: "nothing changed on disk" means equal.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    use sha2::{Digest, Sha256};
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let digest = Sha256::digest(fs::read(e.path()).unwrap());
            (e.file_name().to_string_lossy().into_owned(), format!("{digest:x}"))
        })
        .collect()
}

fn store_with_row(dir: &Path) -> PathBuf {
    let path = dir.join(DB_FILE);
    let store = Store::open(&path, key(1)).unwrap();
    store.write(|tx| Ok(tx.execute("INSERT INTO meta (key, value) VALUES ('x', x'01')", [])?)).unwrap();
    store.close();
    path
}

#[test]
fn a_new_database_is_created_at_the_current_version_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_with_row(dir.path());
    let store = Store::open(&path, key(1)).unwrap();
    let (version, journal): (u32, String) =
        store.read(|c| Ok((schema::version(c)?, c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?))).unwrap();
    assert_eq!((version, journal.as_str()), (schema::VERSION, "wal"));
    let count: i64 = store.read(|c| Ok(c.query_row("SELECT count(*) FROM meta", [], |r| r.get(0))?)).unwrap();
    assert_eq!(count, 2);
}

#[test]
fn a_wrong_key_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_with_row(dir.path());
    let before = snapshot(dir.path());
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
    assert_eq!(snapshot(dir.path()), before);
    assert!(Store::open(&path, key(1)).is_ok());
}

#[test]
fn a_newer_database_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    {
        // As a future version would leave it: rollback journal, unknown tables, a higher version.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = snapshot(dir.path());
    match Store::open(&path, key(1)) {
        Err(Error::IncompatibleVersion { found: 99, supported }) => assert_eq!(supported, schema::VERSION),
        other => panic!("expected IncompatibleVersion, got {:?}", other.err()),
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_corrupt_file_without_a_profile_before_it_is_set_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    let store = Store::open(&path, key(1)).unwrap();
    assert_eq!(store.read(schema::version).unwrap(), schema::VERSION);
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(CORRUPT_PREFIX))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(fs::read(dir.path().join(&aside[0])).unwrap(), garbage);
}

#[test]
fn a_failing_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(DB_FILE), key(1)).unwrap();
    let result: Result<()> = store.write(|tx| {
        tx.execute("INSERT INTO meta (key, value) VALUES ('half', x'00')", [])?;
        Err(Error::invalid("test", InputProblem::TooLong))
    });
    assert!(result.is_err());
    let count: i64 =
        store.read(|c| Ok(c.query_row("SELECT count(*) FROM meta WHERE key = 'half'", [], |r| r.get(0))?)).unwrap();
    assert_eq!(count, 0);
}

#[test]
fn a_closed_store_refuses_work() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(DB_FILE), key(1)).unwrap();
    store.close();
    assert!(store.is_closed());
    assert!(matches!(store.read(|_| Ok(())), Err(Error::Closed)));
    assert!(matches!(store.write(|_| Ok(())), Err(Error::Closed)));
}

#[test]
fn readers_and_the_writer_work_from_many_threads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(&dir.path().join(DB_FILE), key(1)).unwrap());
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                for i in 0..25 {
                    store
                        .write(|tx| {
                            Ok(tx.execute("INSERT INTO meta (key, value) VALUES (?1, x'00')", [format!("{t}-{i}")])?)
                        })
                        .unwrap();
                    store.read(|c| Ok(c.query_row("SELECT count(*) FROM meta", [], |r| r.get::<_, i64>(0))?)).unwrap();
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let count: i64 = store.read(|c| Ok(c.query_row("SELECT count(*) FROM meta", [], |r| r.get(0))?)).unwrap();
    assert_eq!(count, 1 + 8 * 25);
}

/// A profile with a row of sealed data, closed, as a shell leaves it.
fn profile_with_data(dir: &Path) -> PathBuf {
    let path = dir.join(DB_FILE);
    let store = Store::open(&path, key(1)).unwrap();
    store.replace(Document::PERSONAL_DETAILS, &serde_json::json!({ "full_name": "A. Worker" })).unwrap();
    // Enough rows that the file has several pages, so a cut can fall inside the data.
    for i in 0..40 {
        store.write(|tx| Ok(tx.execute("INSERT INTO diary (seq, sealed) VALUES (?1, zeroblob(900))", [i])?)).unwrap();
    }
    store.close();
    path
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = snapshot(dir).into_keys().collect();
    names.sort();
    names
}

/// Opens after damage and checks: the old file is kept byte for byte under the set-aside name,
/// the new profile says why, and acknowledging stops it.
fn assert_set_aside(dir: &Path, damaged: &[u8], reason: SetAsideReason) {
    let store = Store::open(&dir.join(DB_FILE), key(1)).unwrap();
    let aside = store.set_aside().unwrap();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(aside[0].reason, reason);
    let kept = aside[0].file.as_ref().unwrap();
    assert!(kept.starts_with(CORRUPT_PREFIX));
    assert_eq!(fs::read(dir.join(kept)).unwrap(), damaged, "the damaged file is kept as it was");
    store.acknowledge_set_aside().unwrap();
    store.close();
    let reopened = Store::open(&dir.join(DB_FILE), key(1)).unwrap();
    assert!(reopened.set_aside().unwrap().is_empty());
    assert!(dir.join(kept).exists(), "acknowledging keeps the copy");
}

#[test]
fn garbage_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    assert_set_aside(dir.path(), &garbage, SetAsideReason::NotADatabase);
}

#[test]
fn a_damaged_header_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    let mut bytes = fs::read(&path).unwrap();
    bytes[0..16].copy_from_slice(b"SQLite format 4\0");
    fs::write(&path, &bytes).unwrap();
    assert_set_aside(dir.path(), &bytes, SetAsideReason::NotADatabase);
}

#[test]
fn a_truncated_file_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    let bytes = fs::read(&path).unwrap();
    assert!(bytes.len() > 3 * 4096, "{}", bytes.len());
    let cut = bytes[..bytes.len() / 2].to_vec();
    fs::write(&path, &cut).unwrap();
    assert_set_aside(dir.path(), &cut, SetAsideReason::Truncated);
}

#[test]
fn a_lost_database_is_reported_not_silently_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    fs::write(&path, b"").unwrap();
    assert_set_aside(dir.path(), b"", SetAsideReason::Lost);
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    fs::remove_file(&path).unwrap();
    let store = Store::open(&path, key(1)).unwrap();
    let aside = store.set_aside().unwrap();
    assert_eq!((aside.len(), aside[0].reason, aside[0].file.as_deref()), (1, SetAsideReason::Lost, None));
}

#[test]
fn a_wrong_key_on_a_damaged_database_is_refused_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    let garbage = vec![0x5a; 8192];
    fs::write(&path, &garbage).unwrap();
    let before = snapshot(dir.path());
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
    assert_eq!(snapshot(dir.path()), before, "nothing set aside, nothing created");
    // The right key still finds the damage and sets it aside.
    assert_set_aside(dir.path(), &garbage, SetAsideReason::NotADatabase);
    // And a lost database with a wrong key: refused, nothing created.
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    fs::remove_file(&path).unwrap();
    let before = snapshot(dir.path());
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_damaged_key_check_with_intact_data_opens_with_the_right_key_and_is_repaired() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    // One flipped byte in the key check inside the database.
    {
        let conn = Connection::open(&path).unwrap();
        let mut sealed: Vec<u8> =
            conn.query_row("SELECT value FROM meta WHERE key = 'key_check'", [], |r| r.get(0)).unwrap();
        sealed[30] ^= 1;
        conn.execute("UPDATE meta SET value = ?1 WHERE key = 'key_check'", [sealed]).unwrap();
    }
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)), "a wrong key is still refused");
    let store = Store::open(&path, key(1)).unwrap();
    let details: serde_json::Value = store.load(Document::PERSONAL_DETAILS).unwrap();
    assert_eq!(details["full_name"], "A. Worker");
    store.close();
    // The file beside it damaged too: the data itself vouches for the key.
    let file = dir.path().join(KEY_CHECK_FILE);
    let mut sealed = fs::read(&file).unwrap();
    sealed[30] ^= 1;
    fs::write(&file, &sealed).unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE meta SET value = x'00' WHERE key = 'key_check'", []).unwrap();
    }
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
    Store::open(&path, key(1)).unwrap().close();
    // Both checks were written again: each alone now vouches for the key.
    fs::remove_file(&file).unwrap();
    Store::open(&path, key(1)).unwrap().close();
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
}

#[test]
fn a_profile_from_before_the_key_check_file_gets_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with_data(dir.path());
    fs::remove_file(dir.path().join(KEY_CHECK_FILE)).unwrap();
    assert!(matches!(Store::open(&path, key(2)), Err(Error::WrongKey)));
    assert!(!names(dir.path()).contains(&KEY_CHECK_FILE.to_owned()), "a wrong key writes no file");
    Store::open(&path, key(1)).unwrap().close();
    assert!(names(dir.path()).contains(&KEY_CHECK_FILE.to_owned()));
}
