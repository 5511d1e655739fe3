//! "Open now": OpenStreetMap `opening_hours` evaluated with the `opening-hours` crate, in
//! Europe/Amsterdam time, with the official Dutch holidays for `PH`. Values as people write them
//! in the Netherlands (`ma-vr 08.00-17.00`, `Mon-Fri`, an en dash, a trailing `;`) are first
//! rewritten into the syntax, as opening_hours.js repairs them; a value that still does not
//! parse has no hours.

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Datelike, FixedOffset, TimeDelta};
use chrono_tz::{Europe::Amsterdam, Tz};
use compact_calendar::CompactCalendar;
use opening_hours::{
    Context, ContextHolidays, OpeningHours, RuleKind,
    localization::{Coordinates, TzLocation},
};

/// Whether a place is open at a moment, and when that changes (within a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenState {
    /// `None` when the hours are unknown, or say "unknown" for this moment.
    pub open_now: Option<bool>,
    pub next_change: Option<DateTime<FixedOffset>>,
}

/// The years for which `PH` is known: the official holidays of these years are in the calendar.
const HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

static HOLIDAYS: LazyLock<ContextHolidays> = LazyLock::new(|| {
    let public: CompactCalendar = HOLIDAY_YEARS.flat_map(super::now::official_holidays).collect();
    ContextHolidays::new(Arc::new(public), Arc::new(CompactCalendar::default()))
});

/// Day names as written in Dutch and English, to the two letters of the syntax.
const DAY_NAMES: [(&[&str], &str); 7] = [
    (&["ma", "maa", "maan", "maandag", "mon", "monday"], "Mo"),
    (&["di", "din", "dins", "dinsdag", "tue", "tues", "tuesday"], "Tu"),
    (&["wo", "woe", "woens", "woensdag", "wed", "wednesday"], "We"),
    (&["do", "don", "dond", "donderdag", "thu", "thur", "thurs", "thursday"], "Th"),
    (&["vr", "vrij", "vrijdag", "fri", "friday"], "Fr"),
    (&["za", "zat", "zaterdag", "sat", "saturday"], "Sa"),
    (&["zo", "zon", "zondag", "sun", "sunday"], "Su"),
];

/// Rewrites the common variants into the syntax: day names, `t/m` and dashes, `08.00`, a
/// trailing `h` after a time, a trailing `;`. Text in quotes (comments) is left alone.
pub fn normalize(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut word = String::new();
    let mut in_quotes = false;
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_lowercase();
        let day = DAY_NAMES.iter().find(|(names, _)| names.contains(&lower.as_str())).map(|(_, day)| *day);
        out.push_str(day.unwrap_or(word));
        word.clear();
    };
    let chars: Vec<char> = value.trim().chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let through = !in_quotes && word.is_empty() && chars[i..].starts_with(&['t', '/', 'm']);
        if through && chars.get(i + 3).is_none_or(|n| !n.is_alphanumeric()) {
            // `ma t/m vr`: "up to and including", a range.
            while out.ends_with(' ') {
                out.pop();
            }
            out.push('-');
            i += 3;
            while chars.get(i) == Some(&' ') {
                i += 1;
            }
            continue;
        }
        if c == '"' {
            flush(&mut word, &mut out);
            in_quotes = !in_quotes;
            out.push(c);
        } else if in_quotes {
            out.push(c);
        } else if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            let digit = |at: Option<usize>| at.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
            match c {
                '\u{2013}' | '\u{2014}' | '\u{2212}' => out.push('-'),
                // 08.00 → 08:00 (two digits after the dot, a digit before it).
                '.' if digit(i.checked_sub(1)) && digit(Some(i + 1)) && digit(Some(i + 2)) && !digit(Some(i + 3)) => {
                    out.push(':')
                }
                _ => out.push(c),
            }
        }
        i += 1;
    }
    flush(&mut word, &mut out);
    let out = drop_hour_suffix(&out);
    out.trim_end_matches([';', ' ']).to_owned()
}

/// `17:00h` → `17:00`: an `h` right after a time's minutes, at the end of a word.
fn drop_hour_suffix(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_time =
            i >= 3 && chars[i - 3] == ':' && chars[i - 2].is_ascii_digit() && chars[i - 1].is_ascii_digit();
        let word_ends = chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric());
        if (c == 'h' || c == 'u') && after_time && word_ends {
            continue;
        }
        out.push(c);
    }
    out
}

/// The value in the syntax, if it is (after normalizing) valid opening hours.
pub fn parse(value: &str) -> Option<String> {
    let normalized = normalize(value);
    (!normalized.is_empty() && opening_hours_syntax::parse(&normalized).is_ok()).then_some(normalized)
}

/// Whether hours `value` say open at `at`, judged in Amsterdam time at the place's position
/// (for sunrise and sunset). Unparsable hours give an unknown state.
pub fn state(value: &str, lat: f64, lon: f64, at: DateTime<FixedOffset>) -> OpenState {
    let Some(normalized) = parse(value) else {
        return OpenState::default();
    };
    let Ok(hours) = normalized.parse::<OpeningHours>() else {
        return OpenState::default();
    };
    let mut location = TzLocation::new(Amsterdam);
    if let Some(coords) = Coordinates::new(lat, lon) {
        location = location.with_coords(coords);
    }
    let context = Context::default()
        .with_holidays(HOLIDAYS.clone())
        .with_locale(location)
        .approx_bound_interval_size(TimeDelta::days(366));
    let hours = hours.with_context(context);
    let at: DateTime<Tz> = at.with_timezone(&Amsterdam);
    if !HOLIDAY_YEARS.contains(&at.year()) {
        return OpenState::default();
    }
    // An open rule with a comment ("op afspraak", "by appointment") does not say one can walk
    // in: unknown, as opening_hours.js has it.
    let open_now = match hours.state(at) {
        (RuleKind::Open, comment) if !comment.is_empty() => None,
        (RuleKind::Open, _) => Some(true),
        (RuleKind::Closed, _) => Some(false),
        (RuleKind::Unknown, _) => None,
    };
    let next_change =
        hours.next_change(at).filter(|change| *change - at <= TimeDelta::days(366)).map(|change| change.fixed_offset());
    OpenState { open_now, next_change }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    const UTRECHT: (f64, f64) = (52.09, 5.12);

    fn open(value: &str, moment: &str) -> Option<bool> {
        state(value, UTRECHT.0, UTRECHT.1, at(moment)).open_now
    }

    #[test]
    fn common_variants_are_rewritten_into_the_syntax() {
        for (written, syntax) in [
            ("Mon-Fri 08:00-17:00", "Mo-Fr 08:00-17:00"),
            ("Mo-Fr 08.00-17.00", "Mo-Fr 08:00-17:00"),
            ("Mo-Fr 08:00-17:00h", "Mo-Fr 08:00-17:00"),
            ("ma-vr 08:00-17:00", "Mo-Fr 08:00-17:00"),
            ("ma t/m vr 8.30-17.30; za 10.00-12.00", "Mo-Fr 8:30-17:30; Sa 10:00-12:00"),
            ("Mo\u{2013}Fr 08:00\u{2013}17:00", "Mo-Fr 08:00-17:00"),
            ("Mo-Fr 08:00-17:00;", "Mo-Fr 08:00-17:00"),
            ("Mo-Fr 08:00-17:00 \"ma t/m vr\"", "Mo-Fr 08:00-17:00 \"ma t/m vr\""),
            ("Dec 25 off", "Dec 25 off"),
            ("2026 Dec 24 08:00-12:00", "2026 Dec 24 08:00-12:00"),
        ] {
            assert_eq!(normalize(written), syntax, "{written}");
            assert!(parse(written).is_some(), "{written}");
        }
        for broken in ["0800-1700", "17:60", "not a valid opening hours string ((", ""] {
            assert_eq!(parse(broken), None, "{broken}");
        }
    }

    #[test]
    fn open_now_is_judged_in_amsterdam_time_with_the_next_change() {
        let hours = "Mo-Fr 08:00-17:00; PH off";
        // Monday 7 December 2026, 16:30 in Amsterdam, sent as UTC and as Eastern European time.
        for moment in ["2026-12-07T15:30:00Z", "2026-12-07T17:30:00+02:00", "2026-12-07T16:30:00+01:00"] {
            let found = state(hours, UTRECHT.0, UTRECHT.1, at(moment));
            assert_eq!(found.open_now, Some(true), "{moment}");
            assert_eq!(found.next_change, Some(at("2026-12-07T17:00:00+01:00")), "{moment}");
        }
        // 17:30 Amsterdam, sent as UTC: closed until Tuesday 08:00.
        let evening = state(hours, UTRECHT.0, UTRECHT.1, at("2026-12-07T16:30:00Z"));
        assert_eq!(evening.open_now, Some(false));
        assert_eq!(evening.next_change, Some(at("2026-12-08T08:00:00+01:00")));
        // In summer time, 07:30 UTC is 09:30 in Amsterdam.
        assert_eq!(open(hours, "2026-07-06T07:30:00Z"), Some(true));
        assert_eq!(open(hours, "2026-07-06T15:30:00Z"), Some(false));
    }

    #[test]
    fn ph_means_the_official_dutch_holidays() {
        let hours = "Mo-Fr 08:00-17:00; PH off";
        for holiday in ["2026-12-25", "2026-04-27", "2026-04-03", "2026-05-05", "2026-04-06"] {
            assert_eq!(open(hours, &format!("{holiday}T10:00:00+02:00")), Some(false), "{holiday}");
        }
        assert_eq!(open(hours, "2026-12-28T10:00:00+01:00"), Some(true));
        assert_eq!(open("PH 10:00-12:00", "2026-12-25T11:00:00+01:00"), Some(true));
    }

    #[test]
    fn unknown_and_unparsable_hours_give_no_state() {
        assert_eq!(state("rubbish ((", 52.0, 5.0, at("2026-12-07T10:00:00Z")), OpenState::default());
        assert_eq!(open("Mo-Fr 08:00-17:00 unknown", "2026-12-07T10:00:00Z"), None);
        assert_eq!(open("Mo-Fr 08:00-17:00 \"op afspraak\"", "2026-12-07T10:00:00Z"), None);
        assert_eq!(open("Mo-Fr 08:00-17:00 \"op afspraak\"", "2026-12-07T20:00:00Z"), Some(false));
        let always = state("24/7", 52.0, 5.0, at("2026-12-07T10:00:00Z"));
        assert_eq!((always.open_now, always.next_change), (Some(true), None));
    }
}
