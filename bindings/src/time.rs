//! Dates and times across the FFI (`docs/adr/0003-types-across-the-ffi.md`). An instant (when a
//! revision was recorded, an anchor's time) is `SystemTime`: `java.time.Instant` in Kotlin, `Date`
//! in Swift, `datetime` in Python. A calendar day is a `LocalDate` and a moment with the phone's
//! UTC offset an `OffsetDateTime`: typed chrono values in Rust, crossing as the records
//! `CalendarDay` and `OffsetInstant`, which `uniffi.toml` maps to `java.time.LocalDate` /
//! `java.time.OffsetDateTime` in Kotlin and `datetime.date` / `datetime.datetime` in Python;
//! Swift uses the records themselves. No date or time crosses as text.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc};
use werkmaat_core::{self as core, Error, InputProblem, l10n::Localizer};

use crate::error::ApiError;

/// A calendar day (no time, no zone): a deadline, a birth date, "today" on the phone.
pub type LocalDate = NaiveDate;

/// A moment with the UTC offset the phone had then: when an entry happened, "now" for the care
/// finder. The offset is kept: the diary shows times as the user lived them.
pub type OffsetDateTime = DateTime<FixedOffset>;

/// How a `LocalDate` crosses the FFI: a date that does not exist (month 13, 30 February) is
/// refused as `InvalidInput` (field `date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct CalendarDay {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// How an `OffsetDateTime` crosses the FFI: the instant and the offset east of UTC in seconds.
/// An offset beyond ±24 h or an instant chrono cannot hold is refused as `InvalidInput` (field
/// `time`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct OffsetInstant {
    pub instant: SystemTime,
    pub offset_seconds: i32,
}

uniffi::custom_type!(LocalDate, CalendarDay, {
    remote,
    lower: |date| CalendarDay { year: date.year(), month: date.month(), day: date.day() },
    try_lift: |day| NaiveDate::from_ymd_opt(day.year, day.month, day.day)
        .ok_or_else(|| refused("date", InputProblem::Date)),
});

uniffi::custom_type!(OffsetDateTime, OffsetInstant, {
    remote,
    lower: |time| OffsetInstant { instant: time.into(), offset_seconds: time.offset().local_minus_utc() },
    try_lift: |time| {
        let offset = FixedOffset::east_opt(time.offset_seconds).ok_or_else(|| refused("time", InputProblem::Time))?;
        let utc = utc("time", time.instant).map_err(|_| refused("time", InputProblem::Time))?;
        Ok(utc.with_timezone(&offset))
    },
});

/// The error of a value that does not lift: no profile is at hand there, so its reason is in
/// English (the shells' own date types make it unreachable from Kotlin).
fn refused(field: &'static str, problem: InputProblem) -> uniffi::deps::anyhow::Error {
    ApiError::new(Error::invalid(field, problem), &Localizer::negotiate::<&str>(&[])).into()
}

/// An instant from a shell as the core takes it; one chrono cannot hold is bad input in `field`.
pub(crate) fn utc(field: &'static str, instant: SystemTime) -> core::Result<DateTime<Utc>> {
    let (seconds, nanos) = match instant.duration_since(UNIX_EPOCH) {
        Ok(after) => (i64::try_from(after.as_secs()).ok(), after.subsec_nanos()),
        Err(before) => negative(before.duration()),
    };
    seconds.and_then(|s| DateTime::from_timestamp(s, nanos)).ok_or(Error::invalid(field, InputProblem::Time))
}

/// Seconds and nanoseconds of a moment `before` the epoch (nanoseconds count forward).
fn negative(before: Duration) -> (Option<i64>, u32) {
    let seconds = i64::try_from(before.as_secs()).ok().map(|s| -s);
    match before.subsec_nanos() {
        0 => (seconds, 0),
        nanos => (seconds.and_then(|s| s.checked_sub(1)), 1_000_000_000 - nanos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_on_both_sides_of_the_epoch_keep_their_moment() {
        for text in ["2026-11-10T08:01:02.5Z", "1969-07-20T20:17:40.25Z", "1970-01-01T00:00:00Z"] {
            let moment = DateTime::parse_from_rfc3339(text).unwrap().to_utc();
            assert_eq!(utc("at", moment.into()).unwrap(), moment, "{text}");
        }
    }
}
