//! Prints how Werkmaat evaluates OpenStreetMap opening hours, as JSON lines, for the conformance
//! run against opening_hours.js (tests/opening-hours/conformance.sh):
//! `opening_hours_eval VALUES_FILE MOMENT...` with RFC 3339 moments; one line per value and
//! moment: `{"value", "at", "parsed", "open", "next_change"}`.

use std::process::ExitCode;

use chrono::DateTime;
use serde_json::json;
use werkmaat_core::care::hours;

/// Utrecht, for sunrise and sunset.
const LAT: f64 = 52.09;
const LON: f64 = 5.12;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((file, moments)) = args.split_first() else {
        eprintln!("usage: opening_hours_eval VALUES_FILE MOMENT...");
        return ExitCode::from(2);
    };
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("cannot read {file}");
        return ExitCode::from(2);
    };
    let mut at = Vec::new();
    for moment in moments {
        let Ok(parsed) = DateTime::parse_from_rfc3339(moment) else {
            eprintln!("not an RFC 3339 moment: {moment}");
            return ExitCode::from(2);
        };
        at.push(parsed);
    }
    for value in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let parsed = hours::parse(value);
        for moment in &at {
            let state = hours::state(value, LAT, LON, *moment);
            let line = json!({
                "value": value, "at": moment.to_rfc3339(), "parsed": parsed,
                "open": state.open_now, "next_change": state.next_change.map(|t| t.to_rfc3339()),
            });
            println!("{line}");
        }
    }
    ExitCode::SUCCESS
}
