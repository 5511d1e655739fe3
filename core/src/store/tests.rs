use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
    sync::Arc,
    thread,
};

use super::*;

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
fn a_corrupt_file_is_set_aside_not_deleted() {
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
        Err(Error::invalid("test", "invalid-too-long"))
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
