//! One cold start, for `tests/cold-open.sh`: a fresh process that either opens a profile and
//! renders the first guide (`profile DIR`), or opens a bare SQLite file and reads from it
//! (`bare FILE`), the reference. The script times many runs of each. `install DIR PARTS` prepares
//! a profile with a pack of the named parts (comma-separated), signed with the test key, so the
//! script can also time opening a profile whose content came from a pack (build with the
//! `test-keys` feature).

use std::process::ExitCode;

use werkmaat_core::{Werkmaat, content::pack};

const TEST_KEYS: &str = include_str!("../tests/fixtures/test-pack-keys.json");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let open = |dir: &str| Werkmaat::open(std::path::Path::new(dir), &["pl"], &[7; 32]);
    let ok = match (args.get(1).map(String::as_str), args.get(2), args.get(3)) {
        (Some("profile"), Some(dir), None) => open(dir).and_then(|profile| profile.guides().show("pay", today)).is_ok(),
        (Some("bare"), Some(file), None) => rusqlite::Connection::open(file)
            .and_then(|conn| conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)))
            .is_ok(),
        (Some("install"), Some(dir), Some(parts)) => install(&open, dir, parts).is_some(),
        _ => false,
    };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn install(open: &dyn Fn(&str) -> werkmaat_core::Result<Werkmaat>, dir: &str, parts: &str) -> Option<()> {
    let keys: serde_json::Value = serde_json::from_str(TEST_KEYS).ok()?;
    let key = pack::secret_key(keys["test-2026"].as_str()?).ok()?;
    let profile = open(dir).ok()?;
    let parts: Vec<_> = parts.split(',').map(werkmaat_core::content::ContentPart::from_id).collect::<Option<_>>()?;
    let bytes = pack::build_from(&profile.content(), &parts, &Default::default(), 2, "2026-12-01", &key).ok()?;
    profile.install_pack(&bytes).ok().map(|_| ())
}
