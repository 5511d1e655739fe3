//! Logged shifts against the working-time limits of the Arbeidstijdenwet for workers of 18 and
//! older. The limits are facts (a change in the law is a content update). Every rule is checked
//! over the whole log, not only up to its first breach; a rule whose facts are missing is left out
//! of `checked`, so "no breaches" is never said about a rule that was not looked at.
//!
//! Two readings keep the checks honest both ways. Working time is a shift minus its break.
//! Time with no logged shift counts as rest: a breach is reported only when the logged shifts
//! prove it, never because a week was not logged.

mod night;
mod rest;
mod totals;

use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;

use fluent_bundle::FluentArgs;

use super::entry::Shift;
use crate::{
    facts::{FactBook, FactValue},
    l10n::Localizer,
};

/// A working-time rule the diary checks; `id` is the stable code shells and the report use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    MaxShift,
    Break,
    DailyRest,
    WeeklyRest,
    MaxWeekHours,
    Average4Weeks,
    Average16Weeks,
    NightShiftLength,
    NightRest,
    NightSeriesRest,
    NightShiftsCount,
    NightAverage16Weeks,
}

impl Rule {
    pub const ALL: [Rule; 12] = [
        Rule::MaxShift,
        Rule::Break,
        Rule::DailyRest,
        Rule::WeeklyRest,
        Rule::MaxWeekHours,
        Rule::Average4Weeks,
        Rule::Average16Weeks,
        Rule::NightShiftLength,
        Rule::NightRest,
        Rule::NightSeriesRest,
        Rule::NightShiftsCount,
        Rule::NightAverage16Weeks,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::MaxShift => "max-shift",
            Rule::Break => "break",
            Rule::DailyRest => "daily-rest",
            Rule::WeeklyRest => "weekly-rest",
            Rule::MaxWeekHours => "max-week-hours",
            Rule::Average4Weeks => "average-4-weeks",
            Rule::Average16Weeks => "average-16-weeks",
            Rule::NightShiftLength => "night-shift-length",
            Rule::NightRest => "night-rest",
            Rule::NightSeriesRest => "night-series-rest",
            Rule::NightShiftsCount => "night-shifts-count",
            Rule::NightAverage16Weeks => "night-average-16-weeks",
        }
    }

    /// The facts the rule reads; the first is its limit, whose source the breach names.
    pub fn facts(self) -> &'static [&'static str] {
        const NIGHT: [&str; 3] = ["night-window-start-hour", "night-window-end-hour", "night-shift-min-hours"];
        match self {
            Rule::MaxShift => &["max-shift-hours", "daily-rest-shortened-hours"],
            Rule::Break => {
                &["break-minutes", "break-threshold-hours", "long-day-threshold-hours", "long-day-break-minutes"]
            }
            Rule::DailyRest => &["daily-rest-hours", "daily-rest-shortened-hours", "rest-period-days"],
            Rule::WeeklyRest => &[
                "weekly-rest-hours",
                "rest-period-days",
                "weekly-rest-long-period-days",
                "weekly-rest-long-period-hours",
                "weekly-rest-min-block-hours",
            ],
            Rule::MaxWeekHours => &["max-week-hours"],
            Rule::Average4Weeks => &["average-short-period-hours", "average-short-period-weeks"],
            Rule::Average16Weeks => &["average-long-period-hours", "average-long-period-weeks"],
            Rule::NightShiftLength => &[
                "night-shift-max-hours",
                "night-shift-long-hours",
                "night-shift-long-max-2-weeks",
                "night-shift-long-max-year",
                "night-shift-long-rest-hours",
                NIGHT[0],
                NIGHT[1],
                NIGHT[2],
            ],
            Rule::NightRest => &[
                "night-rest-hours",
                "night-rest-shortened-hours",
                "night-late-end-hour",
                "rest-period-days",
                NIGHT[0],
                NIGHT[1],
                NIGHT[2],
            ],
            Rule::NightSeriesRest => {
                &["night-series-rest-hours", "night-series-min-shifts", NIGHT[0], NIGHT[1], NIGHT[2]]
            }
            Rule::NightShiftsCount => {
                &["night-shifts-max", "night-shifts-period-weeks", "night-late-end-hour", NIGHT[0], NIGHT[1], NIGHT[2]]
            }
            Rule::NightAverage16Weeks => &[
                "night-average-hours",
                "night-average-min-shifts",
                "average-long-period-weeks",
                NIGHT[0],
                NIGHT[1],
                NIGHT[2],
            ],
        }
    }
}

impl Rule {
    /// The rule's name in the user's language ("rest after a night shift").
    pub fn name(self, l10n: &Localizer) -> String {
        l10n.attribute(&format!("report-rule-{}", self.id()), "name", None).unwrap_or_else(|| self.id().to_owned())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breach {
    pub rule: Rule,
    pub shift_ids: Vec<String>,
    /// The limit: hours for durations and averages, minutes for breaks, a count for night shifts.
    pub limit: f64,
    pub actual: f64,
    /// The title of the source of the rule.
    pub source: String,
    /// The period the breach is about.
    pub from: DateTime<FixedOffset>,
    pub to: DateTime<FixedOffset>,
}

impl Breach {
    /// The breach in the user's language: the rule, its limit and what happened.
    pub fn text(&self, l10n: &Localizer) -> String {
        let mut args = FluentArgs::new();
        args.set("limit", self.limit);
        args.set("actual", self.actual);
        l10n.format(&format!("report-rule-{}", self.rule.id()), Some(&args))
    }
}

/// The rules that were checked, and what broke them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub checked: Vec<Rule>,
    pub breaches: Vec<Breach>,
}

/// A logged shift as the rules read it.
#[derive(Debug, Clone)]
struct Work {
    id: String,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    break_minutes: u32,
}

impl Work {
    /// Working time: the shift without its break.
    fn worked(&self) -> Duration {
        self.end - self.start - Duration::minutes(i64::from(self.break_minutes))
    }
}

/// The limits of the year's facts, read by rule.
struct Limits<'a> {
    facts: &'a FactBook,
}

impl Limits<'_> {
    fn get(&self, id: &str) -> f64 {
        match self.facts.get(id).map(|f| &f.value) {
            Some(FactValue::Number(n)) => *n,
            _ => f64::NAN,
        }
    }

    fn hours(&self, id: &str) -> Duration {
        Duration::minutes((self.get(id) * 60.0).round() as i64)
    }

    fn days(&self, id: &str) -> Duration {
        Duration::days(self.get(id) as i64)
    }

    fn has(&self, rule: Rule) -> bool {
        rule.facts().iter().all(|id| self.get(id).is_finite())
    }

    fn breach(&self, rule: Rule, shifts: &[&Work], limit: f64, actual: f64) -> Breach {
        let source = rule.facts().first().and_then(|id| self.facts.get(id)).map(|f| f.source.title.clone());
        Breach {
            rule,
            shift_ids: shifts.iter().map(|w| w.id.clone()).collect(),
            limit,
            actual: round(actual),
            source: source.unwrap_or_default(),
            from: shifts.iter().map(|w| w.start).min().unwrap_or_default(),
            to: shifts.iter().map(|w| w.end).max().unwrap_or_default(),
        }
    }
}

/// Hours with two decimals, as the user reads them.
fn hours(d: Duration) -> f64 {
    round(d.num_minutes() as f64 / 60.0)
}

fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// Checks shifts (id, shift), in any order, against every rule whose facts are there.
pub fn check(shifts: &[(String, Shift)], facts: &FactBook) -> Report {
    let mut work: Vec<Work> = shifts
        .iter()
        .map(|(id, s)| Work { id: id.clone(), start: s.start, end: s.end, break_minutes: s.break_minutes })
        .collect();
    work.sort_by_key(|w| w.start);
    let limits = Limits { facts };
    let checked: Vec<Rule> = Rule::ALL.into_iter().filter(|rule| limits.has(*rule)).collect();
    let mut breaches = Vec::new();
    for rule in &checked {
        let found = match rule {
            Rule::MaxShift => rest::max_shift(&work, &limits),
            Rule::Break => rest::breaks(&work, &limits),
            Rule::DailyRest => rest::daily_rest(&work, &limits),
            Rule::WeeklyRest => rest::weekly_rest(&work, &limits),
            Rule::MaxWeekHours => totals::max_week(&work, &limits),
            Rule::Average4Weeks => totals::average(&work, &limits, totals::Average::Short),
            Rule::Average16Weeks => totals::average(&work, &limits, totals::Average::Long),
            Rule::NightAverage16Weeks => totals::average(&work, &limits, totals::Average::Night),
            Rule::NightShiftLength => night::length(&work, &limits),
            Rule::NightRest => night::rest(&work, &limits),
            Rule::NightSeriesRest => night::series_rest(&work, &limits),
            Rule::NightShiftsCount => night::count(&work, &limits),
        };
        breaches.extend(found);
    }
    breaches.sort_by(|a, b| a.from.cmp(&b.from).then(a.rule.id().cmp(b.rule.id())));
    Report { checked, breaches }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::Content;

    /// Shifts from (start, end, break minutes), in +01:00.
    pub(crate) fn shifts(list: &[(&str, &str, u32)]) -> Vec<(String, Shift)> {
        let t = |s: &str| DateTime::parse_from_rfc3339(&format!("{s}:00+01:00")).unwrap();
        list.iter()
            .enumerate()
            .map(|(i, (start, end, pause))| {
                (format!("s{i}"), Shift { start: t(start), end: t(end), break_minutes: *pause })
            })
            .collect()
    }

    /// The breaches of one rule for these shifts.
    pub(crate) fn breaches_of(rule: Rule, list: &[(&str, &str, u32)]) -> Vec<(f64, f64)> {
        let content = Content::bundled().unwrap();
        let report = check(&shifts(list), &content.facts);
        assert!(report.checked.contains(&rule), "{rule} is checked");
        report.breaches.iter().filter(|b| b.rule == rule).map(|b| (b.limit, b.actual)).collect()
    }

    /// The same shift every day from `first` (a day of November 2026) for `days` days.
    pub(crate) fn daily(first: u32, days: u32, from: &str, to: &str, pause: u32) -> Vec<(String, String, u32)> {
        (first..first + days)
            .map(|d| {
                let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Duration::days(i64::from(d) - 1);
                let next = day + Duration::days(1);
                let end_day = if to < from { next } else { day };
                (format!("{day}T{from}"), format!("{end_day}T{to}"), pause)
            })
            .collect()
    }

    pub(crate) fn as_refs(list: &[(String, String, u32)]) -> Vec<(&str, &str, u32)> {
        list.iter().map(|(a, b, p)| (a.as_str(), b.as_str(), *p)).collect()
    }

    #[test]
    fn every_rule_is_checked_with_the_bundled_facts_and_reported_with_its_period() {
        let content = Content::bundled().unwrap();
        let report = check(&shifts(&[("2026-11-16T06:00", "2026-11-16T19:45", 45)]), &content.facts);
        assert_eq!(report.checked, Rule::ALL);
        let json = serde_json::to_value(&report).unwrap();
        let breach = &json["breaches"][0];
        assert_eq!(breach["rule"], "max-shift");
        assert_eq!(breach["shift_ids"][0], "s0");
        assert_eq!((breach["limit"].as_f64(), breach["actual"].as_f64()), (Some(12.0), Some(13.0)));
        assert_eq!(breach["from"], "2026-11-16T06:00:00+01:00");
        assert_eq!(breach["to"], "2026-11-16T19:45:00+01:00");
        assert_eq!(json["breaches"].as_array().unwrap().len(), 1, "{json}");
        assert!(breach["source"].as_str().unwrap().contains("Arbeidstijdenwet"));
    }

    #[test]
    fn a_rule_without_its_facts_is_not_checked() {
        let mut json: serde_json::Value = serde_json::from_str(include_str!("../../content/facts.json")).unwrap();
        json["facts"].as_array_mut().unwrap().retain(|f| f["id"] != "night-rest-hours");
        let facts = FactBook::from_json(&json.to_string()).unwrap();
        let report = check(&shifts(&[("2026-11-16T22:00", "2026-11-17T06:00", 30)]), &facts);
        assert!(!report.checked.contains(&Rule::NightRest), "{:?}", report.checked);
        assert_eq!(report.checked.len(), Rule::ALL.len() - 1);
    }
}
