//! The length of a working day (dienst), breaks, and daily and weekly rest.

use chrono::{DateTime, Duration, FixedOffset};

use super::{Breach, Limits, Rule, Work, hours};

/// The stretches without work in [from, to), in order. Time with no logged shift is rest.
pub(super) fn rests(work: &[Work], from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> Vec<Duration> {
    let mut out = Vec::new();
    let mut cursor = from;
    for w in work.iter().filter(|w| w.end > from && w.start < to) {
        if w.start > cursor {
            out.push(w.start - cursor);
        }
        cursor = cursor.max(w.end);
    }
    if cursor < to {
        out.push(to - cursor);
    }
    out
}

fn within(work: &[Work], from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> Vec<&Work> {
    work.iter().filter(|w| w.end > from && w.start < to).collect()
}

/// The working days (diensten): shifts that start on the same day with less than the shortest
/// allowed daily rest between them are one dienst, so a split shift (06–10 and 14–19) is one
/// working day with a gap, not two days with too little rest between them.
pub(super) fn diensten<'a>(work: &'a [Work], limits: &Limits<'_>) -> Vec<Vec<&'a Work>> {
    let shortest = limits.hours("daily-rest-shortened-hours");
    let mut out: Vec<Vec<&Work>> = Vec::new();
    for w in work {
        match out.last_mut() {
            Some(day)
                if day.first().is_some_and(|f| f.start.date_naive() == w.start.date_naive())
                    && day.last().is_some_and(|l| w.start - l.end < shortest) =>
            {
                day.push(w)
            }
            _ => out.push(vec![w]),
        }
    }
    out
}

/// At most `max-shift-hours` of working time in a dienst (breaks are not working time).
pub(super) fn max_shift(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let limit = limits.get("max-shift-hours");
    diensten(work, limits)
        .into_iter()
        .filter_map(|day| {
            let worked = hours(day.iter().map(|w| w.worked()).sum());
            (worked > limit).then(|| limits.breach(Rule::MaxShift, &day, limit, worked))
        })
        .collect()
}

/// A break of `break-minutes` after more than `break-threshold-hours` of work, and of
/// `long-day-break-minutes` after more than `long-day-threshold-hours`. (A collective agreement
/// may shorten it; the message says so.)
pub(super) fn breaks(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    work.iter()
        .filter_map(|w| {
            let worked = hours(w.worked());
            let needed = if worked > limits.get("long-day-threshold-hours") {
                limits.get("long-day-break-minutes")
            } else if worked > limits.get("break-threshold-hours") {
                limits.get("break-minutes")
            } else {
                0.0
            };
            let taken = f64::from(w.break_minutes);
            (taken < needed).then(|| limits.breach(Rule::Break, &[w], needed, taken))
        })
        .collect()
}

/// In the 24 hours from the start of each dienst, an unbroken rest of `daily-rest-hours`; once in
/// every `rest-period-days` it may be `daily-rest-shortened-hours` (when the work requires it).
pub(super) fn daily_rest(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let (full, shortened) = (limits.get("daily-rest-hours"), limits.get("daily-rest-shortened-hours"));
    let period = limits.days("rest-period-days");
    let mut last_shortened: Option<DateTime<FixedOffset>> = None;
    let mut out = Vec::new();
    for day in diensten(work, limits) {
        let Some(start) = day.first().map(|w| w.start) else { continue };
        let end = start + Duration::hours(24);
        let longest = hours(rests(work, start, end).into_iter().max().unwrap_or_default());
        let limit = if longest < shortened {
            Some(shortened)
        } else if longest < full {
            let again = last_shortened.is_some_and(|at| start - at < period);
            if !again {
                last_shortened = Some(start);
            }
            again.then_some(full)
        } else {
            None
        };
        if let Some(limit) = limit {
            let mut b = limits.breach(Rule::DailyRest, &within(work, start, end), limit, longest);
            (b.from, b.to) = (start, end);
            out.push(b);
        }
    }
    out
}

/// In every `rest-period-days` × 24 hours an unbroken rest of `weekly-rest-hours`, or else, in the
/// `weekly-rest-long-period-days` × 24 hours around it, `weekly-rest-long-period-hours` of rest in
/// blocks of at least `weekly-rest-min-block-hours`. One report per period that breaks both.
pub(super) fn weekly_rest(work: &[Work], limits: &Limits<'_>) -> Vec<Breach> {
    let week = limits.days("rest-period-days");
    let long = limits.days("weekly-rest-long-period-days");
    let (needed, long_needed) = (limits.get("weekly-rest-hours"), limits.get("weekly-rest-long-period-hours"));
    let block = limits.hours("weekly-rest-min-block-hours");
    let long_rest_ok = |from: DateTime<FixedOffset>| {
        let total: Duration = rests(work, from, from + long).into_iter().filter(|r| *r >= block).sum();
        hours(total) >= long_needed
    };
    let mut out = Vec::new();
    let mut next_window: Option<DateTime<FixedOffset>> = None;
    for day in diensten(work, limits) {
        let Some(start) = day.first().map(|w| w.start) else { continue };
        if next_window.is_some_and(|at| start < at) {
            continue;
        }
        let longest = hours(rests(work, start, start + week).into_iter().max().unwrap_or_default());
        if longest >= needed || long_rest_ok(start) || long_rest_ok(start + week - long) {
            continue;
        }
        let mut b = limits.breach(Rule::WeeklyRest, &within(work, start, start + week), needed, longest);
        (b.from, b.to) = (start, start + week);
        out.push(b);
        next_window = Some(start + week);
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
    fn a_shift_is_measured_without_its_break() {
        // 06:00–18:30 with 45 minutes of break is 11.75 hours of work: allowed.
        assert!(breaches_of(Rule::MaxShift, &[("2026-11-16T06:00", "2026-11-16T18:30", 45)]).is_empty());
        assert_eq!(breaches_of(Rule::MaxShift, &[("2026-11-16T06:00", "2026-11-16T19:30", 45)]), [(12.0, 12.75)]);
    }

    #[test]
    fn a_split_shift_is_one_dienst_and_no_rest_breach() {
        let split = [
            ("2026-11-16T06:00", "2026-11-16T10:00", 0),
            ("2026-11-16T14:00", "2026-11-16T19:00", 15),
            ("2026-11-17T07:00", "2026-11-17T15:00", 30),
        ];
        assert!(breaches_of(Rule::DailyRest, &split).is_empty());
        assert!(breaches_of(Rule::MaxShift, &split).is_empty());
        // Both parts count towards the day: 6 + 7 hours of work is too long.
        let long = [("2026-11-16T05:00", "2026-11-16T11:00", 0), ("2026-11-16T13:00", "2026-11-16T20:00", 0)];
        assert_eq!(breaches_of(Rule::MaxShift, &long), [(12.0, 13.0)]);
    }

    #[test]
    fn breaks_follow_the_working_time_and_may_be_short_under_a_cao_only() {
        assert!(breaches_of(Rule::Break, &[("2026-11-16T08:00", "2026-11-16T14:00", 30)]).is_empty());
        assert_eq!(breaches_of(Rule::Break, &[("2026-11-16T08:00", "2026-11-16T14:00", 15)]), [(30.0, 15.0)]);
        assert_eq!(breaches_of(Rule::Break, &[("2026-11-16T06:00", "2026-11-16T17:00", 30)]), [(45.0, 30.0)]);
        assert!(breaches_of(Rule::Break, &[("2026-11-16T08:00", "2026-11-16T13:30", 0)]).is_empty());
    }

    #[test]
    fn daily_rest_may_be_short_once_a_week() {
        let once = [
            ("2026-11-16T06:00", "2026-11-16T14:00", 30),
            ("2026-11-16T23:00", "2026-11-17T06:00", 30),
            ("2026-11-17T22:00", "2026-11-18T06:00", 30),
        ];
        assert!(breaches_of(Rule::DailyRest, &once).is_empty(), "9 hours once is allowed");
        let twice = [
            ("2026-11-16T06:00", "2026-11-16T14:00", 30),
            ("2026-11-16T23:00", "2026-11-17T06:00", 30),
            ("2026-11-17T15:00", "2026-11-17T20:00", 0),
        ];
        assert_eq!(breaches_of(Rule::DailyRest, &twice), [(11.0, 9.0)]);
        let six = [("2026-11-16T06:00", "2026-11-16T19:00", 30), ("2026-11-17T01:00", "2026-11-17T09:00", 30)];
        assert_eq!(breaches_of(Rule::DailyRest, &six), [(8.0, 6.0)]);
    }

    #[test]
    fn weekly_rest_is_36_hours_in_7_days_or_72_in_14_days_in_blocks_of_32() {
        // Five weeks without a day off. The first and last week could still have had their rest
        // in the unlogged days around them; the three in the middle are each reported.
        let no_day_off = daily(2, 35, "07:00", "15:00", 30);
        assert_eq!(breaches_of(Rule::WeeklyRest, &as_refs(&no_day_off)).len(), 3);
        // Six days on, Sunday off: 40 hours of rest every week.
        let mut weeks: Vec<_> = daily(2, 6, "07:00", "15:00", 30);
        weeks.extend(daily(9, 6, "07:00", "15:00", 30));
        weeks.extend(daily(16, 6, "07:00", "15:00", 30));
        assert!(breaches_of(Rule::WeeklyRest, &as_refs(&weeks)).is_empty());
        // Nine days on, then two blocks of 33 and 57 hours in the next days: 72 hours in 14 days.
        let mut split: Vec<_> = daily(2, 9, "07:00", "15:00", 30);
        split.extend([
            ("2026-11-12T00:00".to_owned(), "2026-11-12T06:00".to_owned(), 0),
            ("2026-11-14T15:00".to_owned(), "2026-11-14T23:00".to_owned(), 30),
        ]);
        split.extend(daily(17, 5, "07:00", "15:00", 30));
        assert!(breaches_of(Rule::WeeklyRest, &as_refs(&split)).is_empty());
    }
}
