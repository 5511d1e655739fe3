//! Night shifts (Arbeidstijdenwet 1:7 and 5:8): a shift with more than `night-shift-min-hours` of
//! work between `night-window-start-hour` and `night-window-end-hour`. Where the break fell is not
//! logged, so the whole shift counts for the night hours. Not checked, because the sources did not
//! confirm them: an alternative limit of night hours per two weeks, and the limit on consecutive
//! shifts in a series with a night shift.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime};

use super::{Breach, Limits, Rule, Work, hours};

/// The shift's overlap with each night window it touches, with that night's start.
fn nights(w: &Work, limits: &Limits<'_>) -> Vec<(DateTime<FixedOffset>, Duration)> {
    let at = |day: NaiveDate, hour: f64| {
        let midnight = day.and_time(NaiveTime::MIN).and_local_timezone(*w.start.offset()).single();
        midnight.map(|t| t + Duration::minutes((hour * 60.0) as i64))
    };
    let (from_hour, to_hour) = (limits.get("night-window-start-hour"), limits.get("night-window-end-hour"));
    w.start
        .date_naive()
        .iter_days()
        .take_while(|day| *day <= w.end.date_naive())
        .filter_map(|day| {
            let (from, to) = (at(day, from_hour)?, at(day, to_hour)?);
            let overlap = w.end.min(to) - w.start.max(from);
            (overlap > Duration::zero()).then_some((from, overlap))
        })
        .collect()
}

pub(super) fn is_night(w: &Work, limits: &Limits<'_>) -> bool {
    nights(w, limits).iter().map(|(_, d)| *d).sum::<Duration>() > limits.hours("night-shift-min-hours")
}

/// A night shift that ends after `night-late-end-hour` of its night.
fn ends_late(w: &Work, limits: &Limits<'_>) -> bool {
    let late = limits.hours("night-late-end-hour") - limits.hours("night-window-start-hour");
    is_night(w, limits) && nights(w, limits).iter().any(|(night, _)| w.end > *night + late)
}

fn next_after<'a>(work: &'a [Work], w: &Work) -> Option<&'a Work> {
    work.iter().find(|n| n.start >= w.end)
}

/// A night shift is at most `night-shift-max-hours` of work. It may be `night-shift-long-hours`
/// at most `night-shift-long-max-2-weeks` times in 2 weeks and `night-shift-long-max-year` times
/// in a year, each followed by `night-shift-long-rest-hours` of rest.
pub(super) fn length(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let (max, long) = (limits.get("night-shift-max-hours"), limits.get("night-shift-long-hours"));
    let is_long = |w: &Work| is_night(w, limits) && hours(w.worked()) > max;
    let long_nights_in = |w: &Work, days: i64| {
        work.iter().filter(|o| o.start <= w.start && w.start - o.start < Duration::days(days) && is_long(o)).count()
    };
    let mut out = Vec::new();
    for w in work.iter().filter(|w| is_long(w)) {
        let worked = hours(w.worked());
        let rest_after = next_after(work, w).map(|n| n.start - w.end);
        let allowed = worked <= long
            && long_nights_in(w, 14) as f64 <= limits.get("night-shift-long-max-2-weeks")
            && long_nights_in(w, 365) as f64 <= limits.get("night-shift-long-max-year")
            && rest_after.is_none_or(|rest| rest >= limits.hours("night-shift-long-rest-hours"));
        if !allowed {
            out.push(limits.breach(Rule::NightShiftLength, &[w], if worked > long { long } else { max }, worked));
        }
    }
    out
}

/// After a night shift that ends late, `night-rest-hours` of rest; once in every
/// `rest-period-days` it may be `night-rest-shortened-hours` (when the work requires it).
pub(super) fn rest(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let (full, shortened) = (limits.get("night-rest-hours"), limits.get("night-rest-shortened-hours"));
    let period = limits.days("rest-period-days");
    let mut last_shortened: Option<DateTime<FixedOffset>> = None;
    let mut out = Vec::new();
    for w in work.iter().filter(|w| ends_late(w, limits)) {
        let Some(next) = next_after(work, w) else { continue };
        let rest = hours(next.start - w.end);
        let limit = if rest < shortened {
            Some(shortened)
        } else if rest < full {
            let again = last_shortened.is_some_and(|at| w.end - at < period);
            if !again {
                last_shortened = Some(w.end);
            }
            again.then_some(full)
        } else {
            None
        };
        if let Some(limit) = limit {
            out.push(limits.breach(Rule::NightRest, &[w, next], limit, rest));
        }
    }
    out
}

/// After a series of `night-series-min-shifts` or more night shifts, `night-series-rest-hours` of
/// rest before the next shift that is not a night shift of the same series.
pub(super) fn series_rest(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let needed = limits.hours("night-series-rest-hours");
    let mut series: Vec<&Work> = Vec::new();
    let mut out = Vec::new();
    for w in work {
        let gap = series.last().map(|last| w.start - last.end);
        if gap.is_some_and(|gap| gap >= needed) {
            series.clear();
        }
        if is_night(w, limits) {
            series.push(w);
            continue;
        }
        if series.len() as f64 >= limits.get("night-series-min-shifts")
            && let Some(gap) = gap
        {
            let mut shifts = series.clone();
            shifts.push(w);
            out.push(limits.breach(Rule::NightSeriesRest, &shifts, limits.get("night-series-rest-hours"), hours(gap)));
        }
        series.clear();
    }
    out
}

/// At most `night-shifts-max` night shifts that end late in any `night-shifts-period-weeks`.
pub(super) fn count(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let period = Duration::weeks(limits.get("night-shifts-period-weeks") as i64);
    let max = limits.get("night-shifts-max");
    let late: Vec<&Work> = work.iter().filter(|w| ends_late(w, limits)).collect();
    let mut out = Vec::new();
    let mut next: Option<DateTime<FixedOffset>> = None;
    for (i, first) in late.iter().enumerate() {
        if next.is_some_and(|at| first.start < at) {
            continue;
        }
        let within: Vec<&Work> = late[i..].iter().copied().filter(|w| w.start - first.start < period).collect();
        if within.len() as f64 > max {
            let mut b = limits.breach(Rule::NightShiftsCount, &within, max, within.len() as f64);
            b.to = first.start + period;
            out.push(b);
            next = Some(first.start + period);
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
    fn a_night_shift_is_at_most_10_hours_or_12_a_few_times_with_rest() {
        assert!(breaches_of(Rule::NightShiftLength, &[("2026-11-16T21:00", "2026-11-17T07:30", 30)]).is_empty());
        // 11 hours once, with a day of rest after: allowed.
        assert!(breaches_of(Rule::NightShiftLength, &[("2026-11-16T20:00", "2026-11-17T07:30", 30)]).is_empty());
        // 11 hours six nights in two weeks: the sixth is too long.
        let six = daily(16, 6, "20:00", "07:30", 30);
        assert_eq!(breaches_of(Rule::NightShiftLength, &as_refs(&six)), [(10.0, 11.0)]);
        // 13 hours is too long even once.
        assert_eq!(
            breaches_of(Rule::NightShiftLength, &[("2026-11-16T19:00", "2026-11-17T08:30", 30)]),
            [(12.0, 13.0)]
        );
        // A day shift of 11 hours is no night shift.
        assert!(breaches_of(Rule::NightShiftLength, &[("2026-11-16T06:00", "2026-11-16T17:30", 30)]).is_empty());
    }

    #[test]
    fn after_a_night_shift_ending_after_2_there_are_14_hours_of_rest() {
        let short = [("2026-11-16T22:00", "2026-11-17T06:00", 30), ("2026-11-17T15:00", "2026-11-17T23:00", 30)];
        assert!(breaches_of(Rule::NightRest, &short).is_empty(), "9 hours once a week is allowed");
        let twice = [
            ("2026-11-16T22:00", "2026-11-17T06:00", 30),
            ("2026-11-17T15:00", "2026-11-18T04:00", 30),
            ("2026-11-18T13:00", "2026-11-18T20:00", 30),
        ];
        assert_eq!(breaches_of(Rule::NightRest, &twice), [(14.0, 9.0)]);
        // Ending at 01:30, before 02:00: the normal daily rest applies.
        let early = [("2026-11-16T17:30", "2026-11-17T01:30", 30), ("2026-11-17T13:00", "2026-11-17T20:00", 30)];
        assert!(breaches_of(Rule::NightRest, &early).is_empty());
        let seven = [("2026-11-16T22:00", "2026-11-17T06:00", 30), ("2026-11-17T13:00", "2026-11-17T20:00", 30)];
        assert_eq!(breaches_of(Rule::NightRest, &seven), [(8.0, 7.0)]);
    }

    #[test]
    fn after_three_night_shifts_there_are_46_hours_of_rest() {
        let mut nights = daily(16, 3, "22:00", "06:00", 30);
        nights.push(("2026-11-20T14:00".to_owned(), "2026-11-20T22:00".to_owned(), 30));
        assert_eq!(breaches_of(Rule::NightSeriesRest, &as_refs(&nights)), [(46.0, 32.0)]);
        let mut rested = daily(16, 3, "22:00", "06:00", 30);
        rested.push(("2026-11-21T07:00".to_owned(), "2026-11-21T15:00".to_owned(), 30));
        assert!(breaches_of(Rule::NightSeriesRest, &as_refs(&rested)).is_empty());
        let mut two = daily(16, 2, "22:00", "06:00", 30);
        two.push(("2026-11-19T14:00".to_owned(), "2026-11-19T22:00".to_owned(), 30));
        assert!(breaches_of(Rule::NightSeriesRest, &as_refs(&two)).is_empty());
    }

    #[test]
    fn at_most_36_late_night_shifts_in_16_weeks() {
        // Three nights a week for thirteen weeks: 39 nights ending at 06:00.
        let many: Vec<_> = (0..13).flat_map(|w| daily(2 + 7 * w, 3, "22:00", "06:00", 30)).collect();
        assert_eq!(breaches_of(Rule::NightShiftsCount, &as_refs(&many)), [(36.0, 39.0)]);
        // Twelve weeks: 36 nights.
        let enough: Vec<_> = (0..12).flat_map(|w| daily(2 + 7 * w, 3, "22:00", "06:00", 30)).collect();
        assert!(breaches_of(Rule::NightShiftsCount, &as_refs(&enough)).is_empty());
        // Evening shifts ending at 01:30 do not count.
        let evenings: Vec<_> = (0..13).flat_map(|w| daily(2 + 7 * w, 3, "17:30", "01:30", 30)).collect();
        assert!(breaches_of(Rule::NightShiftsCount, &as_refs(&evenings)).is_empty());
    }
}
