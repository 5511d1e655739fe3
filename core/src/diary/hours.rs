//! Logged shifts against the working-time limits of the Arbeidstijdenwet (facts, so a change in
//! the law is a content update): the longest shift, rest between shifts, weekly rest, weekly
//! hours and breaks. Each breach names the rule, the shifts, the limit, what happened, and the
//! source.

use chrono::{DateTime, Datelike, Duration, FixedOffset};
use serde::Serialize;

use super::entry::Shift;
use crate::facts::{FactBook, FactValue};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breach {
    /// `max-shift`, `daily-rest`, `weekly-rest`, `max-week-hours`, `break`.
    pub rule: String,
    pub shift_ids: Vec<String>,
    /// The limit, in hours for durations (minutes for breaks).
    pub limit: f64,
    pub actual: f64,
    /// The title of the source of the rule.
    pub source: String,
}

fn hours(d: Duration) -> f64 {
    (d.num_minutes() as f64 / 60.0 * 100.0).round() / 100.0
}

/// Checks shifts (id, shift), in any order.
pub fn check(shifts: &[(String, Shift)], facts: &FactBook) -> Vec<Breach> {
    let number = |id: &str| match facts.get(id).map(|f| &f.value) {
        Some(FactValue::Number(n)) => *n,
        _ => f64::NAN,
    };
    let source = facts.get("max-shift-hours").map(|f| f.source.title.clone()).unwrap_or_default();
    let breach = |rule: &str, ids: Vec<String>, limit: f64, actual: f64| Breach {
        rule: rule.to_owned(),
        shift_ids: ids,
        limit,
        actual,
        source: source.clone(),
    };
    let mut sorted: Vec<&(String, Shift)> = shifts.iter().collect();
    sorted.sort_by_key(|(_, s)| s.start);
    let mut out = Vec::new();

    for (id, shift) in &sorted {
        let worked = shift.end - shift.start - Duration::minutes(i64::from(shift.break_minutes));
        let length = hours(shift.end - shift.start);
        if length > number("max-shift-hours") {
            out.push(breach("max-shift", vec![id.clone()], number("max-shift-hours"), length));
        }
        let needed = if hours(worked) > number("long-day-threshold-hours") {
            number("long-day-break-minutes")
        } else if hours(worked) > number("break-threshold-hours") {
            number("break-minutes")
        } else {
            0.0
        };
        if f64::from(shift.break_minutes) < needed {
            out.push(breach("break", vec![id.clone()], needed, f64::from(shift.break_minutes)));
        }
    }
    // Daily rest: at least the full rest between shifts; once in every period of days it may be
    // shortened to the lower limit (the law allows this when the work needs it).
    let mut last_shortened: Option<DateTime<FixedOffset>> = None;
    let period = Duration::days(number("rest-period-days") as i64);
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let rest = hours(b.1.start - a.1.end);
        let ids = vec![a.0.clone(), b.0.clone()];
        if rest < number("daily-rest-shortened-hours") {
            out.push(breach("daily-rest", ids, number("daily-rest-shortened-hours"), rest));
        } else if rest < number("daily-rest-hours") {
            if last_shortened.is_some_and(|at| b.1.start - at < period) {
                out.push(breach("daily-rest", ids, number("daily-rest-hours"), rest));
            } else {
                last_shortened = Some(b.1.start);
            }
        }
    }
    // Weekly rest: in every 7 days from a shift's start, the longest stretch without work.
    let window = Duration::days(number("rest-period-days") as i64);
    for (i, (_, first)) in sorted.iter().enumerate() {
        let end_of_window = first.start + window;
        let in_window: Vec<&(String, Shift)> =
            sorted[i..].iter().copied().filter(|(_, s)| s.start < end_of_window).collect();
        if sorted.last().is_none_or(|(_, last)| last.end < end_of_window) {
            break; // the logged shifts do not cover a whole period yet
        }
        let mut longest = Duration::zero();
        let mut cursor: DateTime<FixedOffset> = first.start;
        for (_, s) in &in_window {
            longest = longest.max(s.start - cursor);
            cursor = cursor.max(s.end);
        }
        longest = longest.max(end_of_window - cursor);
        if hours(longest) < number("weekly-rest-hours") {
            let ids = in_window.iter().map(|(id, _)| id.clone()).collect();
            out.push(breach("weekly-rest", ids, number("weekly-rest-hours"), hours(longest)));
            break; // one report per run of too little rest is enough to act on
        }
    }
    // Hours per calendar week (Monday to Sunday, as the shift's own offset shows it).
    let mut weeks: Vec<((i32, u32), Vec<String>, f64)> = Vec::new();
    for (id, s) in &sorted {
        let week = (s.start.iso_week().year(), s.start.iso_week().week());
        let worked = hours(s.end - s.start - Duration::minutes(i64::from(s.break_minutes)));
        match weeks.iter_mut().find(|(w, _, _)| *w == week) {
            Some((_, ids, total)) => {
                ids.push(id.clone());
                *total += worked;
            }
            None => weeks.push((week, vec![id.clone()], worked)),
        }
    }
    for (_, ids, total) in weeks {
        if total > number("max-week-hours") {
            out.push(breach("max-week-hours", ids, number("max-week-hours"), (total * 100.0).round() / 100.0));
        }
    }
    out
}
