//! "Where do I go now?": the own GP in office hours on working days, the out-of-hours GP post in
//! the evening, at night, at weekends and on public holidays (phone first), and 112 when it is
//! life-threatening. Time comes from the shell's clock, as the phone's local time.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdviceKind {
    Gp,
    GpPost,
    Emergency,
}

impl AdviceKind {
    /// The name shells and the CLI get: `gp`, `gp_post` or `emergency`.
    pub fn id(self) -> &'static str {
        match self {
            AdviceKind::Gp => "gp",
            AdviceKind::GpPost => "gp_post",
            AdviceKind::Emergency => "emergency",
        }
    }
}

/// The public holidays on which GP practices close: the algemeen erkende feestdagen of the
/// Algemene termijnenwet (article 3) that fall on weekdays — New Year's Day, Easter Monday,
/// King's Day, Ascension Day, Whit Monday, Christmas and Boxing Day. Liberation Day (5 May) and
/// Good Friday are left out: most practices open then; their phone message says if not.
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let (year, month, day) = (date.year(), date.month(), date.day());
    if matches!((month, day), (1, 1) | (12, 25) | (12, 26)) {
        return true;
    }
    // King's Day is 27 April, or 26 April when the 27th is a Sunday.
    let kings_day = NaiveDate::from_ymd_opt(year, 4, 27)
        .map(|d| if d.weekday() == Weekday::Sun { d - chrono::Days::new(1) } else { d });
    if kings_day == Some(date) {
        return true;
    }
    let Ok(easter) = computus::gregorian(year) else {
        return false;
    };
    let Some(easter) = NaiveDate::from_ymd_opt(easter.year, easter.month, easter.day) else {
        return false;
    };
    [1, 39, 50].iter().any(|offset| easter + chrono::Days::new(*offset) == date)
}

/// Night for the out-of-hours posts: the posts that close at night close at 23:00 and open
/// again at 08:00 (Waalwijk, Hoogeveen, Scheemda, Oss in the care-2026 data).
const NIGHT_STARTS_HOUR: u32 = 23;
const NIGHT_ENDS_HOUR: u32 = 8;

/// Whether a time of day is night, when a place without night service is not offered.
pub fn is_night(time: NaiveTime) -> bool {
    time.hour() >= NIGHT_STARTS_HOUR || time.hour() < NIGHT_ENDS_HOUR
}

/// The advice for a moment: `urgent` means the user said it is life-threatening.
pub fn advice(at: NaiveDateTime, urgent: bool, opens: NaiveTime, closes: NaiveTime) -> AdviceKind {
    if urgent {
        return AdviceKind::Emergency;
    }
    let weekday = !matches!(at.weekday(), Weekday::Sat | Weekday::Sun);
    let office_hours = at.time() >= opens && at.time() < closes;
    if weekday && office_hours && !is_public_holiday(at.date()) { AdviceKind::Gp } else { AdviceKind::GpPost }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn hours() -> (NaiveTime, NaiveTime) {
        (NaiveTime::from_hms_opt(8, 0, 0).unwrap(), NaiveTime::from_hms_opt(17, 0, 0).unwrap())
    }

    #[test]
    fn office_hours_on_working_days_mean_the_own_gp() {
        let (o, c) = hours();
        assert_eq!(advice(at("2026-11-30 10:15"), false, o, c), AdviceKind::Gp); // Monday
        assert_eq!(advice(at("2026-11-30 08:00"), false, o, c), AdviceKind::Gp);
        assert_eq!(advice(at("2026-11-30 07:59"), false, o, c), AdviceKind::GpPost);
        assert_eq!(advice(at("2026-11-30 17:00"), false, o, c), AdviceKind::GpPost);
        assert_eq!(advice(at("2026-11-28 11:00"), false, o, c), AdviceKind::GpPost); // Saturday
        assert_eq!(advice(at("2026-11-29 11:00"), false, o, c), AdviceKind::GpPost); // Sunday
        assert_eq!(advice(at("2026-11-30 10:15"), true, o, c), AdviceKind::Emergency);
    }

    #[test]
    fn night_runs_from_eleven_to_eight() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        for night in [t(23, 0), t(23, 59), t(0, 0), t(3, 30), t(7, 59)] {
            assert!(is_night(night), "{night}");
        }
        for evening_or_day in [t(8, 0), t(12, 0), t(17, 0), t(22, 59)] {
            assert!(!is_night(evening_or_day), "{evening_or_day}");
        }
    }

    #[test]
    fn public_holidays_follow_easter_and_kings_day() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        // Easter 2026 is 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
        for holiday in
            ["2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]
        {
            assert!(is_public_holiday(d(holiday)), "{holiday}");
        }
        // King's Day 2025 fell on a Sunday: celebrated on Saturday 26 April.
        assert!(is_public_holiday(d("2025-04-26")) && !is_public_holiday(d("2025-04-27")));
        for ordinary in ["2026-04-03", "2026-05-05", "2026-11-30", "2026-04-05"] {
            assert!(!is_public_holiday(d(ordinary)), "{ordinary}");
        }
        let (o, c) = hours();
        assert_eq!(advice(at("2026-04-06 10:00"), false, o, c), AdviceKind::GpPost);
    }
}
