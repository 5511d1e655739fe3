//! "Where do I go now?": the own GP in office hours on working days, the out-of-hours GP post in
//! the evening, at night, at weekends and on public holidays (phone first), and 112 when it is
//! life-threatening. Time comes from the shell's clock with whatever offset the phone is set to;
//! every rule is about Dutch practices, so the moment is judged in Europe/Amsterdam time.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use chrono_tz::{Europe::Amsterdam, Tz};
use serde::Serialize;

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// The official Dutch public holidays (rijksoverheid, "Wanneer zijn de officiële feestdagen?").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    Ascension,
    WhitSunday,
    WhitMonday,
    Christmas,
    BoxingDay,
}

/// Night for the out-of-hours posts: the posts that close at night close at 23:00 and open
/// again at 08:00 (Waalwijk, Hoogeveen, Scheemda, Oss in the care-2026 data).
const NIGHT_STARTS_HOUR: u32 = 23;
const NIGHT_ENDS_HOUR: u32 = 8;

/// Whether a time of day is night, when a place without night service is not offered.
pub fn is_night(time: NaiveTime) -> bool {
    time.hour() >= NIGHT_STARTS_HOUR || time.hour() < NIGHT_ENDS_HOUR
}

/// Where the holiday rules come from; shipped with every advice given on a holiday.
///
/// - Algemene termijnenwet art. 3 lid 1 names New Year, Easter Monday, Ascension, Whit Monday,
///   Christmas, Boxing Day, King's Day and 5 May; lid 2 adds Good Friday "gelijkgesteld".
/// - The NZa counts all official holidays, Good Friday included, as ANW hours for GP tariffs,
///   but whether the huisartsenpost takes over on Good Friday depends on the regional contract:
///   where the post stays closed the practice works (NZa, "Mag een huisarts op Goede Vrijdag de
///   anw-tarieven in rekening brengen?"). The LHV's list (2023) has Good Friday and 5 May.
/// - Whether a practice closes on 5 May depends on its CAO: most give it off only every five
///   years. So on Good Friday and 5 May practices may be open or closed: phone the practice
///   first, its message says where to go (legal-verified notes §10, checked 2026-12-07).
pub const HOLIDAY_SOURCE: &str = "Algemene termijnenwet art. 3 (wetten.overheid.nl/BWBR0002448); NZa, \
     https://www.nza.nl/documenten/vragen-en-antwoorden/mag-ik-als-huisarts-op-goede-vrijdag-10-april-2020-het-anw-tarief-in-rekening-brengen; \
     LHV, https://www.lhv.nl/nieuws/anw-tarieven-op-feestdagen/";

impl Holiday {
    /// The name shells and the CLI get, as serialized: `good_friday`, `liberation_day`, ...
    pub fn id(self) -> &'static str {
        match self {
            Holiday::NewYear => "new_year",
            Holiday::GoodFriday => "good_friday",
            Holiday::EasterSunday => "easter_sunday",
            Holiday::EasterMonday => "easter_monday",
            Holiday::KingsDay => "kings_day",
            Holiday::LiberationDay => "liberation_day",
            Holiday::Ascension => "ascension",
            Holiday::WhitSunday => "whit_sunday",
            Holiday::WhitMonday => "whit_monday",
            Holiday::Christmas => "christmas",
            Holiday::BoxingDay => "boxing_day",
        }
    }

    /// Whether GP practices are closed (and the huisartsenpost takes over). On Good Friday and 5
    /// May they may be open or closed: see [`HOLIDAY_SOURCE`].
    pub fn gp_practices_closed(self) -> bool {
        !matches!(self, Holiday::GoodFriday | Holiday::LiberationDay)
    }

    /// The holiday on `date`, if there is one.
    pub fn on(date: NaiveDate) -> Option<Holiday> {
        let year = date.year();
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        // King's Day is 27 April, or 26 April when the 27th is a Sunday.
        let kings_day = fixed(4, 27).map(|d| if d.weekday() == Weekday::Sun { d - chrono::Days::new(1) } else { d });
        let easter = computus::gregorian(year).ok().and_then(|e| NaiveDate::from_ymd_opt(e.year, e.month, e.day));
        let after_easter = |days: i64| easter.map(|e| e + chrono::Duration::days(days));
        let days = [
            (fixed(1, 1), Holiday::NewYear),
            (after_easter(-2), Holiday::GoodFriday),
            (easter, Holiday::EasterSunday),
            (after_easter(1), Holiday::EasterMonday),
            (kings_day, Holiday::KingsDay),
            (fixed(5, 5), Holiday::LiberationDay),
            (after_easter(39), Holiday::Ascension),
            (after_easter(49), Holiday::WhitSunday),
            (after_easter(50), Holiday::WhitMonday),
            (fixed(12, 25), Holiday::Christmas),
            (fixed(12, 26), Holiday::BoxingDay),
        ];
        days.into_iter().find(|(day, _)| *day == Some(date)).map(|(_, holiday)| holiday)
    }
}

/// Whether GP practices are closed for a public holiday on `date` (Good Friday and 5 May are
/// not: practices may be open, see [`Holiday::gp_practices_closed`]).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    Holiday::on(date).is_some_and(Holiday::gp_practices_closed)
}

/// Every official holiday of `year`, for `PH` in opening hours (the same list opening_hours.js
/// uses for the Netherlands: Good Friday and 5 May included).
pub fn official_holidays(year: i32) -> Vec<NaiveDate> {
    let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return Vec::new();
    };
    first.iter_days().take_while(|d| d.year() == year).filter(|d| Holiday::on(*d).is_some()).collect()
}

/// The moment as a clock in the Netherlands shows it, whatever offset the phone sent.
pub fn amsterdam(at: DateTime<FixedOffset>) -> DateTime<Tz> {
    at.with_timezone(&Amsterdam)
}

/// The advice for a moment in Amsterdam time: `urgent` means the user said it is
/// life-threatening. The second value is the holiday of the day, if any.
pub fn advice(at: NaiveDateTime, urgent: bool, opens: NaiveTime, closes: NaiveTime) -> (AdviceKind, Option<Holiday>) {
    let holiday = Holiday::on(at.date());
    if urgent {
        return (AdviceKind::Emergency, holiday);
    }
    let weekday = !matches!(at.weekday(), Weekday::Sat | Weekday::Sun);
    let office_hours = at.time() >= opens && at.time() < closes;
    let closed_for_holiday = holiday.is_some_and(Holiday::gp_practices_closed);
    let kind = if weekday && office_hours && !closed_for_holiday { AdviceKind::Gp } else { AdviceKind::GpPost };
    (kind, holiday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn hours() -> (NaiveTime, NaiveTime) {
        (NaiveTime::from_hms_opt(8, 0, 0).unwrap(), NaiveTime::from_hms_opt(17, 0, 0).unwrap())
    }

    fn kind(text: &str) -> AdviceKind {
        let (o, c) = hours();
        advice(at(text), false, o, c).0
    }

    #[test]
    fn office_hours_on_working_days_mean_the_own_gp() {
        let (o, c) = hours();
        assert_eq!(kind("2026-11-30 10:15"), AdviceKind::Gp); // Monday
        assert_eq!(kind("2026-11-30 08:00"), AdviceKind::Gp);
        assert_eq!(kind("2026-11-30 07:59"), AdviceKind::GpPost);
        assert_eq!(kind("2026-11-30 17:00"), AdviceKind::GpPost);
        assert_eq!(kind("2026-11-28 11:00"), AdviceKind::GpPost); // Saturday
        assert_eq!(kind("2026-11-29 11:00"), AdviceKind::GpPost); // Sunday
        assert_eq!(advice(at("2026-11-30 10:15"), true, o, c).0, AdviceKind::Emergency);
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
        for ordinary in ["2026-04-02", "2026-05-06", "2026-11-30", "2026-04-07"] {
            assert!(!is_public_holiday(d(ordinary)) && Holiday::on(d(ordinary)).is_none(), "{ordinary}");
        }
        assert_eq!(kind("2026-04-06 10:00"), AdviceKind::GpPost);
        assert_eq!(official_holidays(2026).len(), 11);
        assert_eq!(official_holidays(2027)[1], d("2027-03-26")); // Good Friday 2027
        for day in official_holidays(2026) {
            let holiday = Holiday::on(day).unwrap();
            assert_eq!(serde_json::to_value(holiday).unwrap(), holiday.id());
        }
    }

    #[test]
    fn good_friday_and_liberation_day_are_holidays_on_which_practices_may_open() {
        let (o, c) = hours();
        // Good Friday 2026 is 3 April, 2027 26 March; 5 May 2026 is a Tuesday, 2027 a Wednesday.
        for (day, holiday) in [
            ("2026-04-03", Holiday::GoodFriday),
            ("2027-03-26", Holiday::GoodFriday),
            ("2026-05-05", Holiday::LiberationDay),
            ("2027-05-05", Holiday::LiberationDay),
        ] {
            let (kind, found) = advice(at(&format!("{day} 10:00")), false, o, c);
            assert_eq!((kind, found), (AdviceKind::Gp, Some(holiday)), "{day}");
            assert!(!is_public_holiday(day.parse().unwrap()));
            assert_eq!(advice(at(&format!("{day} 18:00")), false, o, c).0, AdviceKind::GpPost);
        }
    }

    /// The switch days of 2026: summer time starts on Sunday 29 March and ends on Sunday 25
    /// October. Office hours on the working days around them, sent with the four offsets a
    /// phone may have: UTC, Amsterdam winter or summer time, and Eastern European time.
    #[test]
    fn office_hours_are_judged_in_amsterdam_time_across_both_switches() {
        let (o, c) = hours();
        // (Amsterdam wall clock, its UTC offset in hours, expected advice)
        let probes = [
            ("2026-03-27 07:59", 1, AdviceKind::GpPost),
            ("2026-03-27 08:00", 1, AdviceKind::Gp),
            ("2026-03-27 16:59", 1, AdviceKind::Gp),
            ("2026-03-27 17:00", 1, AdviceKind::GpPost),
            ("2026-03-29 10:00", 2, AdviceKind::GpPost), // the switch Sunday
            ("2026-03-30 07:59", 2, AdviceKind::GpPost),
            ("2026-03-30 08:00", 2, AdviceKind::Gp),
            ("2026-03-30 16:59", 2, AdviceKind::Gp),
            ("2026-03-30 17:00", 2, AdviceKind::GpPost),
            ("2026-10-23 07:59", 2, AdviceKind::GpPost),
            ("2026-10-23 08:00", 2, AdviceKind::Gp),
            ("2026-10-23 16:59", 2, AdviceKind::Gp),
            ("2026-10-23 17:00", 2, AdviceKind::GpPost),
            ("2026-10-25 10:00", 1, AdviceKind::GpPost), // the switch Sunday
            ("2026-10-26 07:59", 1, AdviceKind::GpPost),
            ("2026-10-26 08:00", 1, AdviceKind::Gp),
            ("2026-10-26 16:59", 1, AdviceKind::Gp),
            ("2026-10-26 17:00", 1, AdviceKind::GpPost),
        ];
        for (local, offset, expected) in probes {
            let utc = at(local) - chrono::Duration::hours(offset);
            for sent_offset in [0, 1, 2, 3] {
                let zone = FixedOffset::east_opt(sent_offset * 3600).unwrap();
                let sent = zone.from_utc_datetime(&utc);
                let judged = amsterdam(sent);
                assert_eq!(judged.naive_local(), at(local), "{local} sent as {sent}");
                assert_eq!(advice(judged.naive_local(), false, o, c).0, expected, "{local} sent as {sent}");
            }
        }
        // Sent as the RFC 3339 text a shell passes.
        let sent = DateTime::parse_from_rfc3339("2026-12-07T08:59:00+03:00").unwrap();
        assert_eq!(amsterdam(sent).naive_local(), at("2026-12-07 06:59"));
    }
}
