//! Schema versions, after application-services' `support/sql` opener: the version lives in
//! `PRAGMA user_version`; a fresh database is created straight at `VERSION` from `sql/schema.sql`;
//! an older one is upgraded one version at a time, all inside the caller's single transaction.

use rusqlite::Transaction;

use crate::{Error, Result};

/// The schema version this code writes. Bump it together with a new arm in `upgrade_from` and a
/// new fixture `sql/tests/create_vN_db.sql` of the version being left behind.
pub const VERSION: u32 = 6;

const SCHEMA: &str = include_str!("../../sql/schema.sql");

/// Creates the current schema in an empty database.
pub(crate) fn init(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(SCHEMA)?;
    set_version(tx, VERSION)
}

/// Upgrades a database at `from` (1 ≤ from < VERSION) to `VERSION`, one step at a time.
pub(crate) fn upgrade(tx: &Transaction<'_>, from: u32) -> Result<()> {
    for version in from..VERSION {
        upgrade_from(tx, version)?;
    }
    set_version(tx, VERSION)
}

fn upgrade_from(tx: &Transaction<'_>, version: u32) -> Result<()> {
    // Each arm turns `version` into `version + 1`, with the same SQL as `sql/schema.sql`.
    match version {
        1 => tx.execute_batch(
            "CREATE TABLE checklist_state (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                sealed BLOB NOT NULL
            ) STRICT;",
        )?,
        3 => tx.execute_batch(
            "CREATE TABLE diary (
                seq INTEGER PRIMARY KEY NOT NULL,
                sealed BLOB NOT NULL
            ) STRICT;",
        )?,
        // Each row's hash in plain beside the sealed revision: the chain continues after a row
        // that does not open, and a hash gives nothing away. Older rows keep `NULL`.
        4 => tx.execute_batch("ALTER TABLE diary ADD COLUMN hash TEXT;")?,
        5 => tx.execute_batch(
            "CREATE TABLE diary_anchor_requests (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                sealed BLOB NOT NULL
            ) STRICT;
            CREATE TABLE diary_anchors (
                id INTEGER PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                sealed BLOB NOT NULL
            ) STRICT;",
        )?,
        2 => tx.execute_batch(
            "CREATE TABLE place_imports (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                sealed BLOB NOT NULL
            ) STRICT;",
        )?,
        _ => {
            return Err(Error::IncompatibleVersion { found: version, supported: VERSION });
        }
    }
    Ok(())
}

pub(crate) fn version(conn: &rusqlite::Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

fn set_version(tx: &Transaction<'_>, version: u32) -> Result<()> {
    tx.pragma_update(None, "user_version", version)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rusqlite::Connection;

    use super::*;

    /// Fixtures of every earlier version, as (version, SQL that created such a database).
    const FIXTURES: &[(u32, &str)] = &[
        (1, include_str!("../../sql/tests/create_v1_db.sql")),
        (2, include_str!("../../sql/tests/create_v2_db.sql")),
        (3, include_str!("../../sql/tests/create_v3_db.sql")),
        (4, include_str!("../../sql/tests/create_v4_db.sql")),
        (5, include_str!("../../sql/tests/create_v5_db.sql")),
    ];

    fn schema_of(conn: &Connection) -> BTreeMap<String, String> {
        let mut stmt =
            conn.prepare("SELECT type || ' ' || name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").unwrap();
        stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?)))
            .unwrap()
            .map(|row| {
                let (name, sql) = row.unwrap();
                (name, sql.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .collect()
    }

    #[test]
    fn every_fixture_upgrades_to_the_fresh_schema() {
        let mut fresh = Connection::open_in_memory().unwrap();
        let tx = fresh.transaction().unwrap();
        init(&tx).unwrap();
        tx.commit().unwrap();
        assert_eq!(version(&fresh).unwrap(), VERSION);

        assert!(
            FIXTURES.iter().any(|(v, _)| *v == VERSION - 1 || *v == VERSION),
            "a fixture of the last version is missing"
        );
        for (fixture_version, sql) in FIXTURES {
            let mut old = Connection::open_in_memory().unwrap();
            old.execute_batch(sql).unwrap();
            assert_eq!(version(&old).unwrap(), *fixture_version);
            let tx = old.transaction().unwrap();
            upgrade(&tx, *fixture_version).unwrap();
            tx.commit().unwrap();
            assert_eq!(version(&old).unwrap(), VERSION);
            assert_eq!(schema_of(&old), schema_of(&fresh), "fixture v{fixture_version}");
        }
    }

    #[test]
    fn a_failed_upgrade_leaves_the_old_version() {
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(FIXTURES[0].1).unwrap();
        old.pragma_update(None, "user_version", 0).unwrap();
        let tx = old.transaction().unwrap();
        // Version 0 has no upgrade: the step fails and the transaction rolls back.
        assert!(upgrade(&tx, 0).is_err());
        drop(tx);
        assert_eq!(version(&old).unwrap(), 0);
    }
}
