//! Shifts in the report: hours of work and breaches per week in the body, every shift in a
//! table in the appendix. A doctor reads the weeks; an inspector finds each shift in the list.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use maud::{Markup, html};

use super::{EntryView, Writer, args, days, when};
use crate::diary::{Entry, Shift};

/// Hours of work in a shift, breaks not counted (as the working-time rules count them).
fn worked_hours(shift: &Shift) -> f64 {
    let minutes = (shift.end - shift.start).num_minutes() - i64::from(shift.break_minutes);
    (minutes.max(0) as f64 / 60.0 * 100.0).round() / 100.0
}

fn shifts_of<'e>(views: &[&'e EntryView]) -> Vec<&'e Shift> {
    views
        .iter()
        .filter_map(|v| match &v.entry {
            Entry::Shift(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// The Monday of the week a shift starts in (its own local date).
fn monday(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

impl Writer<'_> {
    pub(super) fn weeks(&self, views: &[&EntryView]) -> Markup {
        let mut weeks: BTreeMap<NaiveDate, (usize, f64)> = BTreeMap::new();
        for shift in shifts_of(views) {
            let week = weeks.entry(monday(shift.start.date_naive())).or_insert((0, 0.0));
            *week = (week.0 + 1, week.1 + worked_hours(shift));
        }
        let doctor = self.input.doctor;
        html! {
            @if !weeks.is_empty() {
                h2 { (self.label("report-weeks", &[])) }
                table {
                    colgroup { col style="width:24%"; col style="width:13%"; col style="width:20%"; col; }
                    tr {
                        th scope="col" { (self.label("report-week", &[])) }
                        th scope="col" { (self.label("report-kind-shift", &[])) }
                        th scope="col" { (self.label("report-hours-worked", &[])) }
                        th scope="col" { (self.label("report-breaches", &[])) }
                    }
                    @for (monday, (count, hours)) in &weeks {
                        @let sunday = *monday + Duration::days(6);
                        tr {
                            th scope="row" { (days(*monday, sunday)) }
                            td { (count) }
                            td { (doctor.number((hours * 100.0).round() / 100.0)) }
                            td {
                                @for breach in self.input.working_time.breaches.iter().filter(|b| (*monday..=sunday).contains(&b.from.date_naive())) {
                                    div {
                                        (days(breach.from.date_naive(), breach.to.date_naive())) ": "
                                        (self.coded(|l| l.attribute(&format!("report-rule-{}", breach.rule), "name", None).unwrap_or_default()))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    pub(super) fn shift_appendix(&self, views: &[&EntryView]) -> Markup {
        let shifts = shifts_of(views);
        let (user, doctor) = (self.input.user, self.input.doctor);
        html! {
            @if !shifts.is_empty() {
                h2 { (self.label("report-appendix-shifts", &[])) }
                table {
                    tr {
                        th scope="col" { (self.label("report-shift-start", &[])) }
                        th scope="col" { (self.label("report-shift-end", &[])) }
                        th scope="col" { (self.label("report-field-break", &[])) }
                        th scope="col" { (self.label("report-hours-worked", &[])) }
                    }
                    @for shift in shifts {
                        tr {
                            td { (when(&shift.start)) }
                            td { (when(&shift.end)) }
                            td { (user.format("report-minutes", Some(&args(&[("minutes", shift.break_minutes.into())])))) }
                            td { (doctor.number(worked_hours(shift))) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_time;

    #[test]
    fn hours_of_work_leave_the_break_out_and_weeks_start_on_monday() {
        let shift = Shift {
            start: parse_time("at", "2026-11-16T06:00:00+01:00").unwrap(),
            end: parse_time("at", "2026-11-16T18:30:00+01:00").unwrap(),
            break_minutes: 45,
        };
        assert_eq!(worked_hours(&shift), 11.75);
        // Across the change to winter time: 22:00+02:00 to 07:00+01:00 is ten hours.
        let night = Shift {
            start: parse_time("at", "2026-10-24T22:00:00+02:00").unwrap(),
            end: parse_time("at", "2026-10-25T07:00:00+01:00").unwrap(),
            break_minutes: 30,
        };
        assert_eq!(worked_hours(&night), 9.5);
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(monday(sunday), NaiveDate::from_ymd_opt(2026, 11, 16).unwrap());
        assert_eq!(
            monday(NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()),
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
        );
    }
}
