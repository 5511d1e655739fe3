//! The severity chart: one line per symptom that ever reached `FROM_SEVERITY`, at most four
//! to a chart (more symptoms, more charts on the same time axis), each told apart by colour,
//! marker shape and line style so a black-and-white print keeps them apart. Work accidents are
//! dashed vertical lines. Dates are Amsterdam dates. Below each chart a legend; after them a
//! line naming the symptoms left out and a table with the same data as text.

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Europe::Amsterdam;
use maud::{Markup, html};

use super::{EntryView, Writer, args};
use crate::diary::Entry;

/// Symptoms never this bad stay out of the chart (it says which): the chart is for what got bad.
const FROM_SEVERITY: u8 = 4;

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// Colour, marker and dash pattern of the series in one chart; each differs in all three.
const STYLES: [(&str, Marker, &str); 4] = [
    ("#1f5fa8", Marker::Circle, "none"),
    ("#c0392b", Marker::Square, "7 4"),
    ("#1e7b34", Marker::Triangle, "2 3"),
    ("#6a3d9a", Marker::Diamond, "9 3 2 3"),
];

const LEFT: f64 = 30.0;
const WIDTH: f64 = 630.0;
const TOP: f64 = 12.0;
const HEIGHT: f64 = 180.0;

type Series<'e> = (&'e str, Vec<(DateTime<FixedOffset>, u8)>);

fn marker(shape: Marker, x: f64, y: f64, colour: &str) -> Markup {
    let points = |corners: &[(f64, f64)]| {
        corners.iter().map(|(dx, dy)| format!("{:.1},{:.1}", x + dx, y + dy)).collect::<Vec<_>>().join(" ")
    };
    html! {
        @match shape {
            Marker::Circle => circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="3.5" fill=(colour) {},
            Marker::Square => rect x=(format!("{:.1}", x - 3.2)) y=(format!("{:.1}", y - 3.2)) width="6.4" height="6.4" fill=(colour) {},
            Marker::Triangle => polygon points=(points(&[(0.0, -4.5), (4.2, 3.2), (-4.2, 3.2)])) fill=(colour) {},
            Marker::Diamond => polygon points=(points(&[(0.0, -4.8), (4.8, 0.0), (0.0, 4.8), (-4.8, 0.0)])) fill=(colour) {},
        }
    }
}

/// A moment as the Amsterdam date (and time), as digits.
fn amsterdam(at: &DateTime<FixedOffset>, with_time: bool) -> String {
    at.with_timezone(&Amsterdam).format(if with_time { "%d-%m-%Y %H:%M" } else { "%d-%m-%Y" }).to_string()
}

impl Writer<'_> {
    pub(super) fn chart(&self, symptoms: &[&EntryView], incidents: &[&EntryView]) -> Markup {
        let mut all: Vec<Series<'_>> = Vec::new();
        for view in symptoms {
            if let Entry::Symptom(s) = &view.entry {
                match all.iter_mut().find(|(code, _)| *code == s.symptom) {
                    Some((_, points)) => points.push((s.at, s.severity)),
                    None => all.push((&s.symptom, vec![(s.at, s.severity)])),
                }
            }
        }
        let worst = |points: &[(DateTime<FixedOffset>, u8)]| points.iter().map(|p| p.1).max().unwrap_or(0);
        // The worst first, then the earliest.
        all.sort_by(|a, b| worst(&b.1).cmp(&worst(&a.1)).then(a.1[0].0.cmp(&b.1[0].0)));
        let (shown, left_out): (Vec<_>, Vec<_>) = all.into_iter().partition(|(_, p)| worst(p) >= FROM_SEVERITY);
        let times = shown.iter().flat_map(|(_, points)| points.iter().map(|p| p.0.timestamp()));
        let span = (times.clone().min().unwrap_or(0), times.max().unwrap_or(0));
        let accidents: Vec<DateTime<FixedOffset>> = incidents
            .iter()
            .filter_map(|v| match &v.entry {
                Entry::Incident(i) => Some(i.at),
                _ => None,
            })
            .filter(|at| (span.0..=span.1).contains(&at.timestamp()))
            .collect();
        let user = self.input.user;
        html! {
            h2 { (self.label("report-chart", &[])) }
            @if shown.is_empty() { p { (self.label("report-none", &[])) } }
            @for (n, group) in shown.chunks(STYLES.len()).enumerate() {
                (self.one_chart(n, group, span, &accidents))
            }
            @if !shown.is_empty() { p { small { (self.label("report-chart-scale", &[])) } } }
            @if !left_out.is_empty() {
                p { (self.coded(|l| {
                    let names = left_out.iter().map(|(code, _)| self.input.vocabulary.symptom_label(code, l)).collect::<Vec<_>>();
                    l.format("report-chart-left-out", Some(&args(&[("severity", (FROM_SEVERITY - 1).into()), ("symptoms", names.join(", ").into())])))
                })) }
            }
            @if !shown.is_empty() {
                table {
                    caption { (self.label("report-chart-data", &[])) }
                    tr { th scope="col" { (self.label("report-symptoms", &[])) } th scope="col" { (self.label("report-chart-readings", &[])) } }
                    @for (code, points) in &shown {
                        tr {
                            th scope="row" { (self.symptom(code)) }
                            td lang=(user.locale()) {
                                @for (i, (at, severity)) in points.iter().enumerate() {
                                    @if i > 0 { "; " } (amsterdam(at, true)) ": " (severity) "/10"
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn one_chart(
        &self,
        n: usize,
        group: &[Series<'_>],
        span: (i64, i64),
        accidents: &[DateTime<FixedOffset>],
    ) -> Markup {
        let (first, last) = span;
        let x =
            |t: i64| LEFT + if last > first { (t - first) as f64 / (last - first) as f64 * WIDTH } else { WIDTH / 2.0 };
        let y = |s: u8| TOP + HEIGHT - f64::from(s) / 10.0 * HEIGHT;
        // Five dates along the bottom (one when everything is on one moment).
        let ticks: Vec<i64> =
            if last > first { (0..5).map(|i| first + (last - first) * i / 4).collect() } else { vec![first] };
        let tick_label = |t: i64| {
            DateTime::<Utc>::from_timestamp(t, 0).map(|d| amsterdam(&d.fixed_offset(), false)).unwrap_or_default()
        };
        let title_id = format!("chart-{n}");
        let names = group
            .iter()
            .map(|(code, _)| self.input.vocabulary.symptom_label(code, self.input.user))
            .collect::<Vec<_>>();
        html! {
            svg viewBox="0 0 680 235" width="680" height="235" role="img" aria-labelledby=(title_id) {
                title id=(title_id) { (self.input.user.text("report-chart")) ": " (names.join(", ")) }
                @for level in [0u8, 2, 4, 6, 8, 10] {
                    line x1=(LEFT) x2=(LEFT + WIDTH) y1=(y(level)) y2=(y(level)) stroke=(if level == 0 { "#666" } else { "#ccc" }) {}
                    text x="4" y=(y(level) + 4.0) font-size="11" fill="#222" { (level) }
                }
                @for (i, &t) in ticks.iter().enumerate() {
                    @let anchor = if ticks.len() == 1 { "middle" } else if i == 0 { "start" } else if i + 1 == ticks.len() { "end" } else { "middle" };
                    line x1=(format!("{:.1}", x(t))) x2=(format!("{:.1}", x(t))) y1=(y(0)) y2=(y(0) + 4.0) stroke="#666" {}
                    text x=(format!("{:.1}", x(t))) y="215" font-size="11" fill="#222" text-anchor=(anchor) { (tick_label(t)) }
                }
                @for at in accidents {
                    @let ax = format!("{:.1}", x(at.timestamp()));
                    line x1=(ax) x2=(ax) y1=(TOP) y2=(y(0)) stroke="#000" stroke-width="1.2" stroke-dasharray="1 3" {}
                    text x=(ax) y=(TOP - 2.0) font-size="10" text-anchor="middle" fill="#000" { "!" }
                }
                @for ((_, points), (colour, shape, dash)) in group.iter().zip(STYLES) {
                    @let path = points.iter().map(|(at, s)| format!("{:.1},{:.1}", x(at.timestamp()), y(*s))).collect::<Vec<_>>().join(" ");
                    polyline points=(path) fill="none" stroke=(colour) stroke-width="2" stroke-dasharray=(dash) {}
                    @for (at, s) in points { (marker(shape, x(at.timestamp()), y(*s), colour)) }
                }
            }
            p.legend {
                @for ((code, _), (colour, shape, dash)) in group.iter().zip(STYLES) {
                    span {
                        svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" {
                            line x1="1" x2="33" y1="6" y2="6" stroke=(colour) stroke-width="2" stroke-dasharray=(dash) {}
                            (marker(shape, 17.0, 6.0, colour))
                        }
                        " " (self.symptom(code)) " "
                    }
                }
                @if !accidents.is_empty() {
                    span {
                        svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" {
                            line x1="6" x2="6" y1="0" y2="12" stroke="#000" stroke-width="1.2" stroke-dasharray="1 3" {}
                        }
                        " " (self.label("report-kind-incident", &[]))
                    }
                }
            }
        }
    }
}
