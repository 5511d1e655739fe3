//! One cold start, for `tests/cold-open.sh`: a fresh process that either opens a profile and
//! renders the first guide (`profile DIR`), or opens a bare SQLite file and reads from it
//! (`bare FILE`), the reference. The script times many runs of each.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let ok = match (args.get(1).map(String::as_str), args.get(2)) {
        (Some("profile"), Some(dir)) => werkmaat_core::Werkmaat::open(std::path::Path::new(dir), &["pl"], &[7; 32])
            .and_then(|profile| profile.guides().show("pay", today))
            .is_ok(),
        (Some("bare"), Some(file)) => rusqlite::Connection::open(file)
            .and_then(|conn| conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)))
            .is_ok(),
        _ => false,
    };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
