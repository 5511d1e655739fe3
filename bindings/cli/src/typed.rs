//! The CLI's edge between text and the FFI's types: flags are read into dates, times and names
//! here, refused with the core's message for such a value, and typed values are written back as
//! the text the JSON output has always had (RFC 3339, `YYYY-MM-DD`, snake_case names).

use std::time::SystemTime;

use chrono::{DateTime, NaiveDate, Utc};
use werkmaat_ffi::{LocalDate, OffsetDateTime};

use crate::output::CliError;

/// An RFC 3339 time as typed after a flag (`--at 2026-11-10T07:30:00+01:00`).
pub fn time(field: &'static str, text: &str) -> Result<OffsetDateTime, CliError> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|_| CliError::Invalid { field, message: "invalid-time" })
}

/// A `YYYY-MM-DD` date as typed after a flag; a day that does not exist is refused too.
pub fn date(field: &'static str, text: &str) -> Result<LocalDate, CliError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| CliError::Invalid { field, message: "invalid-date" })
}

/// A name from a closed vocabulary (`--kind gp_post`), refused with `message` when unknown.
pub fn name<T>(
    field: &'static str,
    message: &'static str,
    text: &str,
    from_id: fn(&str) -> Option<T>,
) -> Result<T, CliError> {
    from_id(text.trim()).ok_or(CliError::Invalid { field, message })
}

/// The CLI's clock with its offset, as a phone passes it: the core never reads a clock.
pub fn now() -> OffsetDateTime {
    chrono::Local::now().fixed_offset()
}

/// A time as the JSON output writes it.
pub fn rfc3339(time: &OffsetDateTime) -> String {
    time.to_rfc3339()
}

/// An instant as the JSON output writes it: RFC 3339 in UTC (`+00:00`).
pub fn instant(time: SystemTime) -> String {
    DateTime::<Utc>::from(time).to_rfc3339()
}

/// An instant to the second with `Z`, as `info` has always written when a database was set aside.
pub fn instant_seconds(time: SystemTime) -> String {
    DateTime::<Utc>::from(time).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
