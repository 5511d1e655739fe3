//! Dates and times as they come in from shells and the CLI. Time never comes from the system
//! clock inside the core: the shell passes "today", so every rule can be tested on a fixed day.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::{Error, InputProblem, Result};

/// Parses a calendar date written as `YYYY-MM-DD`. A date that does not exist (2026-02-30) is
/// refused like a malformed one; the error names `field`, not the text.
pub fn parse_date(field: &'static str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Error::invalid(field, InputProblem::Date))
}

/// Reads an RFC 3339 time (a diary entry's moment, "now" for the care finder); a date that does
/// not exist (30 February) is refused like bad text.
pub fn parse_time(field: &'static str, text: &str) -> Result<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|_| Error::invalid(field, InputProblem::Time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates_in_iso_form_are_accepted() {
        assert_eq!(parse_date("today", "2026-11-28").unwrap(), NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        for bad in ["2026-02-30", "28-11-2026", "2026/11/28", "", "tomorrow"] {
            assert!(matches!(parse_date("today", bad), Err(Error::InvalidInput { field: "today", .. })), "{bad}");
        }
    }
}
