//! Hours per calendar week (Monday to Sunday, in the shift's own offset) and the averages over 4
//! and 16 weeks. A week with no logged shift counts as a week without work.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};

use super::{Breach, Limits, Rule, Work, hours, night};

/// The Monday of the week a shift starts in.
fn monday(at: DateTime<FixedOffset>) -> NaiveDate {
    let day = at.date_naive();
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The shifts of the `weeks` calendar weeks from `first`.
fn in_weeks(work: &[Work], first: NaiveDate, weeks: i64) -> Vec<&Work> {
    let end = first + Duration::weeks(weeks);
    work.iter().filter(|w| (first..end).contains(&monday(w.start))).collect()
}

/// The breach as about whole calendar weeks: from Monday 00:00 to Monday 00:00.
fn period(breach: Breach, first: NaiveDate, weeks: i64, shift: &Work) -> Breach {
    let at =
        |day: NaiveDate| day.and_hms_opt(0, 0, 0).and_then(|t| t.and_local_timezone(*shift.start.offset()).single());
    Breach {
        from: at(first).unwrap_or(breach.from),
        to: at(first + Duration::weeks(weeks)).unwrap_or(breach.to),
        ..breach
    }
}

/// At most `max-week-hours` of work in a calendar week; every week is checked.
pub(super) fn max_week(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let limit = limits.get("max-week-hours");
    let mut weeks: Vec<NaiveDate> = work.iter().map(|w| monday(w.start)).collect();
    weeks.dedup();
    weeks
        .into_iter()
        .filter_map(|first| {
            let shifts = in_weeks(work, first, 1);
            let total = hours(shifts.iter().map(|w| w.worked()).sum());
            let shift = shifts.first()?;
            (total > limit).then(|| period(limits.breach(Rule::MaxWeekHours, &shifts, limit, total), first, 1, shift))
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Average {
    /// `average-short-period-hours` over `average-short-period-weeks` (a CAO may set another).
    Short,
    /// `average-long-period-hours` over `average-long-period-weeks`.
    Long,
    /// `night-average-hours` over `average-long-period-weeks`, when that period has at least
    /// `night-average-min-shifts` night shifts.
    Night,
}

/// The average working week over every run of consecutive calendar weeks from a logged week;
/// after a breach the next run starts after it, so one long stretch is reported once per run.
pub(super) fn average(work: &[Work], limits: &Limits<'_>, which: Average) -> Vec<Breach> {
    let (rule, limit, weeks) = match which {
        Average::Short => (Rule::Average4Weeks, "average-short-period-hours", "average-short-period-weeks"),
        Average::Long => (Rule::Average16Weeks, "average-long-period-hours", "average-long-period-weeks"),
        Average::Night => (Rule::NightAverage16Weeks, "night-average-hours", "average-long-period-weeks"),
    };
    let (limit, weeks) = (limits.get(limit), limits.get(weeks) as i64);
    let mut out = Vec::new();
    let mut next: Option<NaiveDate> = None;
    let mut starts: Vec<NaiveDate> = work.iter().map(|w| monday(w.start)).collect();
    starts.dedup();
    for first in starts {
        if next.is_some_and(|at| first < at) {
            continue;
        }
        let shifts = in_weeks(work, first, weeks);
        if which == Average::Night {
            let nights = shifts.iter().filter(|w| night::is_night(w, limits)).count() as f64;
            if nights < limits.get("night-average-min-shifts") {
                continue;
            }
        }
        let average = hours(shifts.iter().map(|w| w.worked()).sum()) / weeks as f64;
        if let (true, Some(shift)) = (average > limit, shifts.first()) {
            out.push(period(limits.breach(rule, &shifts, limit, average), first, weeks, shift));
            next = Some(first + Duration::weeks(weeks));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{
        Rule,
        tests::{as_refs, breaches_of, daily},
    };

    #[test]
    fn every_week_over_60_hours_is_reported() {
        // Mon–Sat 06:00–17:00 with 30 minutes of break: 63 hours a week, two weeks in a row.
        let mut long = daily(16, 6, "06:00", "17:00", 30);
        long.extend(daily(23, 6, "06:00", "17:00", 30));
        assert_eq!(breaches_of(Rule::MaxWeekHours, &as_refs(&long)), [(60.0, 63.0), (60.0, 63.0)]);
        // Mon–Sat 07:00–17:00 with 30 minutes: 57 hours.
        assert!(breaches_of(Rule::MaxWeekHours, &as_refs(&daily(16, 6, "07:00", "17:00", 30))).is_empty());
    }

    #[test]
    fn the_4_week_average_is_55_hours() {
        // Four weeks of 57 hours: each week is allowed, the average is not.
        let weeks: Vec<_> = [2, 9, 16, 23].into_iter().flat_map(|d| daily(d, 6, "07:00", "17:00", 30)).collect();
        assert_eq!(breaches_of(Rule::Average4Weeks, &as_refs(&weeks)), [(55.0, 57.0)]);
        // Two weeks of 57 and two of 45 hours: 51 on average.
        let mut mixed: Vec<_> = [2, 9].into_iter().flat_map(|d| daily(d, 6, "07:00", "17:00", 30)).collect();
        mixed.extend([16, 23].into_iter().flat_map(|d| daily(d, 5, "07:00", "16:30", 30)));
        assert!(breaches_of(Rule::Average4Weeks, &as_refs(&mixed)).is_empty());
    }

    #[test]
    fn the_16_week_average_is_48_hours() {
        // Sixteen weeks of 5 days of 10 hours of work (50 a week), then of 9 (45 a week).
        let fifty: Vec<_> = (0..16).flat_map(|w| daily(2 + 7 * w, 5, "07:00", "17:30", 30)).collect();
        assert_eq!(breaches_of(Rule::Average16Weeks, &as_refs(&fifty)), [(48.0, 50.0)]);
        let forty_five: Vec<_> = (0..16).flat_map(|w| daily(2 + 7 * w, 5, "07:00", "16:30", 30)).collect();
        assert!(breaches_of(Rule::Average16Weeks, &as_refs(&forty_five)).is_empty());
    }

    #[test]
    fn with_16_night_shifts_the_16_week_average_is_40_hours() {
        // Four nights of 10.5 hours (42 a week) for sixteen weeks: 64 night shifts.
        let nights: Vec<_> = (0..16).flat_map(|w| daily(2 + 7 * w, 4, "20:00", "07:00", 30)).collect();
        assert_eq!(breaches_of(Rule::NightAverage16Weeks, &as_refs(&nights)), [(40.0, 42.0)]);
        // The same hours by day are within the 48-hour average.
        let days: Vec<_> = (0..16).flat_map(|w| daily(2 + 7 * w, 4, "06:00", "17:00", 30)).collect();
        assert!(breaches_of(Rule::NightAverage16Weeks, &as_refs(&days)).is_empty());
        assert!(breaches_of(Rule::Average16Weeks, &as_refs(&days)).is_empty());
    }
}
