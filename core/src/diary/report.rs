//! The report for the doctor: one self-contained HTML page, print-ready on A4, in the user's
//! language with the doctor's language (Dutch by default) beside every heading and coded value.
//! Free text is shown verbatim and marked as the patient's own words. Order: a summary, a
//! severity chart (inline SVG), the entries, then the chain head and how to check it.
//! maud escapes every value, so nothing a user types can become markup.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Breach, Entry, EntryView, HoursReport, Identity, Verification, vocab::Vocabulary};
use crate::{Result, l10n::Localizer, progress::Progress};

/// What the report is made from; `entries` in any order.
pub struct ReportInput<'a> {
    pub entries: Vec<EntryView>,
    /// The shifts against the working-time rules: which rules were checked, what broke them.
    pub working_time: HoursReport,
    pub verification: Verification,
    pub vocabulary: &'a Vocabulary,
    pub user: &'a Localizer,
    pub doctor: &'a Localizer,
    /// The app language's own name, for marking the patient's own words.
    pub language_name: String,
    /// The saved details the user chose to put on the report (shown from the next commit on).
    pub identity: Identity,
    pub made_at: DateTime<Utc>,
}

const STYLE: &str = "@page{size:A4;margin:14mm}body{font:10.5pt/1.4 'DejaVu Sans',Arial,sans-serif;color:#111;\
max-width:180mm;margin:auto}h1{font-size:16pt;margin:0 0 2mm}h2{font-size:12.5pt;border-bottom:1px solid #888;\
margin:6mm 0 2mm}.nl{color:#444;font-style:italic}.nl::before{content:' / '}table{border-collapse:collapse;\
width:100%}td,th{border:1px solid #bbb;padding:1mm 2mm;text-align:left;vertical-align:top}section.entry{\
break-inside:avoid;border:1px solid #bbb;margin:2mm 0;padding:1mm 2mm}blockquote{margin:1mm 0 1mm 3mm;padding-left:\
2mm;border-left:3px solid #888}.own{font-size:9pt;color:#444}code{font-size:8.5pt;word-break:break-all}";

const COLOURS: [&str; 6] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

struct Writer<'a> {
    input: &'a ReportInput<'a>,
    /// False when the doctor reads the user's language: then every label appears once.
    bilingual: bool,
}

/// A message's arguments, typed by the caller: numbers select plural forms, text stays text.
type Pairs<'p> = &'p [(&'static str, FluentValue<'static>)];

fn args(pairs: Pairs<'_>) -> FluentArgs<'static> {
    pairs.iter().cloned().collect()
}

/// Dates and times as digits (20-11-2026 07:30), which read the same in both languages.
fn when(at: &DateTime<FixedOffset>) -> String {
    at.format("%d-%m-%Y %H:%M").to_string()
}

fn day(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

impl Writer<'_> {
    /// A label in the user's language, with the doctor's beside it.
    fn label(&self, id: &str, pairs: Pairs<'_>) -> Markup {
        let args = args(pairs);
        self.coded(|l| l.format(id, Some(&args)))
    }

    /// A value named in both languages; once when they read the same.
    fn coded(&self, name: impl Fn(&Localizer) -> String) -> Markup {
        let (user, doctor) = (name(self.input.user), name(self.input.doctor));
        html! {
            (user)
            @if self.bilingual && doctor != user { span.nl lang=(self.input.doctor.locale()) { (doctor) } }
        }
    }

    fn symptom(&self, code: &str) -> Markup {
        self.coded(|l| self.input.vocabulary.symptom_label(code, l))
    }

    fn body(&self, code: &str) -> Markup {
        self.coded(|l| self.input.vocabulary.body_label(code, l))
    }

    /// Free text exactly as typed, marked as the patient's own words.
    fn own_words(&self, text: &str) -> Markup {
        html! {
            div.own { (self.label("report-own-words", &[("language", self.input.language_name.clone().into())])) }
            blockquote lang=(self.input.user.locale()) { (text) }
        }
    }

    fn row(&self, id: &str, value: Markup) -> Markup {
        html! { tr { th { (self.label(id, &[])) } td { (value) } } }
    }

    fn text_row(&self, id: &str, text: &Option<String>) -> Markup {
        html! { @if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) { (self.row(id, self.own_words(text))) } }
    }

    fn summary(&self, symptoms: &[&EntryView], incidents: &[&EntryView]) -> Markup {
        let mut by_code: BTreeMap<&str, (usize, DateTime<FixedOffset>, u8, bool)> = BTreeMap::new();
        for view in symptoms {
            if let Entry::Symptom(s) = &view.entry {
                let slot = by_code.entry(&s.symptom).or_insert((0, s.at, 0, false));
                *slot = (slot.0 + 1, slot.1.min(s.at), slot.2.max(s.severity), slot.3 || s.work_related);
            }
        }
        let user = self.input.user;
        html! {
            h2 { (self.label("report-summary", &[])) }
            table {
                tr { th { (self.label("report-symptoms", &[])) } td {
                    @if by_code.is_empty() { (self.label("report-none", &[])) }
                    @for (code, (count, since, worst, work)) in &by_code {
                        div {
                            strong { (self.symptom(code)) } ": "
                            (user.format("report-since", Some(&args(&[("date", day(since.date_naive()).into())])))) ", "
                            (user.format("report-worst", Some(&args(&[("severity", (*worst).into())])))) ", "
                            (user.format("report-times", Some(&args(&[("count", (*count).into())]))))
                            @if *work { " — " (self.label("report-work-related", &[])) }
                        }
                    }
                } }
                tr { th { (self.label("report-incidents", &[])) } td {
                    @if incidents.is_empty() { (self.label("report-none", &[])) }
                    @for view in incidents { @if let Entry::Incident(i) = &view.entry {
                        div { (when(&i.at)) ": " span lang=(user.locale()) { (i.description) } }
                    } }
                } }
                tr { th { (self.label("report-breaches", &[])) } td {
                    @if self.input.working_time.breaches.is_empty() { (self.label("report-none", &[])) }
                    @for breach in &self.input.working_time.breaches { div { (self.breach(breach)) } }
                    div.own { (self.rules_checked()) }
                } }
            }
        }
    }

    /// The rules the breaches (or "none") are about, by name.
    fn rules_checked(&self) -> Markup {
        let names = |l: &Localizer| {
            let list: Vec<String> = self
                .input
                .working_time
                .checked
                .iter()
                .filter_map(|rule| l.attribute(&format!("report-rule-{rule}"), "name", None))
                .collect();
            let mut args = FluentArgs::new();
            args.set("rules", list.join(", "));
            l.format("report-rules-checked", Some(&args))
        };
        self.coded(names)
    }

    fn breach(&self, breach: &Breach) -> Markup {
        let numbers = [("limit", breach.limit.into()), ("actual", breach.actual.into())];
        html! {
            (self.label(&format!("report-rule-{}", breach.rule), &numbers))
            " (" (self.input.user.format("report-rule-source", Some(&args(&[("source", breach.source.clone().into())])))) ")"
        }
    }

    /// Severity over time, one line per symptom (the six most frequent), dates along the bottom.
    fn chart(&self, symptoms: &[&EntryView]) -> Markup {
        let mut series: BTreeMap<&str, Vec<(i64, u8)>> = BTreeMap::new();
        for view in symptoms {
            if let Entry::Symptom(s) = &view.entry {
                series.entry(&s.symptom).or_default().push((s.at.timestamp(), s.severity));
            }
        }
        let mut series: Vec<(&str, Vec<(i64, u8)>)> = series.into_iter().collect();
        series.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        series.truncate(COLOURS.len());
        let times = series.iter().flat_map(|(_, points)| points.iter().map(|p| p.0));
        let (first, last) = (times.clone().min().unwrap_or(0), times.max().unwrap_or(0));
        let (left, width, top, height) = (30.0, 620.0, 10.0, 180.0);
        let x =
            |t: i64| left + if last > first { (t - first) as f64 / (last - first) as f64 * width } else { width / 2.0 };
        let y = |s: u8| top + height - f64::from(s) / 10.0 * height;
        let day = |t: i64| DateTime::from_timestamp(t, 0).map(|d| day(d.date_naive())).unwrap_or_default();
        html! {
            h2 { (self.label("report-chart", &[])) }
            @if series.is_empty() { p { (self.label("report-none", &[])) } } @else {
                svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 225" width="100%" role="img" {
                    @for level in [0u8, 5, 10] {
                        line x1=(left) x2=(left + width) y1=(y(level)) y2=(y(level)) stroke="#ccc" {}
                        text x="4" y=(y(level) + 4.0) font-size="11" { (level) }
                    }
                    text x=(left) y="215" font-size="11" { (day(first)) }
                    text x=(left + width) y="215" font-size="11" text-anchor="end" { (day(last)) }
                    @for ((_, points), colour) in series.iter().zip(COLOURS) {
                        @let path = points.iter().map(|&(t, s)| format!("{:.1},{:.1}", x(t), y(s))).collect::<Vec<_>>().join(" ");
                        polyline points=(path) fill="none" stroke=(colour) stroke-width="2" {}
                        @for &(t, s) in points { circle cx=(format!("{:.1}", x(t))) cy=(format!("{:.1}", y(s))) r="3" fill=(colour) {} }
                    }
                }
                p {
                    @for ((code, _), colour) in series.iter().zip(COLOURS) {
                        span style=(format!("color:{colour}")) { "■ " } (self.symptom(code)) " "
                    }
                    br; small { (self.label("report-chart-scale", &[])) }
                }
            }
        }
    }

    fn entry(&self, view: &EntryView) -> Markup {
        let user = self.input.user;
        let list = |codes: &[String]| html! { @for (i, code) in codes.iter().enumerate() { @if i > 0 { "; " } (self.body(code)) } };
        html! {
            section.entry {
                strong { (when(&view.entry.at())) " — " (self.label(&format!("report-kind-{}", view.entry.kind()), &[])) }
                @if view.revision > 1 { " (" (self.label("report-corrected", &[("revision", view.revision.into())])) ")" }
                table {
                    @match &view.entry {
                        Entry::Symptom(s) => {
                            tr { th { (self.label("report-kind-symptom", &[])) } td { strong { (self.symptom(&s.symptom)) } } }
                            @if let Some(part) = &s.body_part { (self.row("report-field-body-part", self.body(part))) }
                            (self.row("report-field-severity", html! { (s.severity) "/10" }))
                            @if let Some(m) = s.duration_minutes { (self.row("report-field-duration", html! { (user.format("report-minutes", Some(&args(&[("minutes", m.into())])))) })) }
                            (self.text_row("report-field-helps", &s.helps))
                            (self.text_row("report-field-worsens", &s.worsens))
                            (self.text_row("report-field-medication", &s.medication))
                            (self.row("report-work-related", self.label(if s.work_related { "report-yes" } else { "report-no" }, &[])))
                            @if let Some(h) = s.missed_work_hours { (self.row("report-field-missed-work", html! { (user.format("report-hours", Some(&args(&[("hours", h.into())])))) })) }
                            (self.text_row("report-field-note", &s.note))
                        }
                        Entry::Incident(i) => {
                            (self.text_row("report-field-place", &i.place))
                            (self.text_row("report-field-task", &i.task))
                            (self.text_row("report-field-machine", &i.machine_or_substance))
                            (self.row("report-field-what-happened", self.own_words(&i.description)))
                            @if !i.injuries.is_empty() { (self.row("report-field-injuries", list(&i.injuries))) }
                            @if !i.witnesses.is_empty() { (self.row("report-field-witnesses", html! { (i.witnesses.join(", ")) })) }
                            @for reported in &i.reported_to {
                                (self.row("report-field-reported-to", html! {
                                    (self.label(&format!("report-who-{}", reported.who), &[]))
                                    @if let Some(at) = &reported.at { " — " (when(at)) }
                                }))
                            }
                            @for photo in &i.photos {
                                (self.row("report-field-photos", html! { (photo.path) br; code { "SHA-256 " (photo.sha256) } }))
                            }
                        }
                        Entry::Shift(s) => {
                            tr { th { (self.label("report-kind-shift", &[])) } td { (when(&s.start)) " – " (when(&s.end)) } }
                            (self.row("report-field-break", html! { (user.format("report-minutes", Some(&args(&[("minutes", s.break_minutes.into())])))) }))
                        }
                        Entry::CareContact(c) => {
                            (self.row("report-field-with", self.label(&format!("report-care-{}", c.with), &[])))
                            (self.text_row("report-field-advice", &c.advice))
                        }
                    }
                    (self.row("report-field-recorded", html! { (view.recorded_at.format("%d-%m-%Y %H:%M UTC")) }))
                }
            }
        }
    }

    fn check(&self) -> Markup {
        let v = &self.input.verification;
        let counts = [("entries", v.entries.into()), ("revisions", v.revisions.into()), ("gaps", v.gaps.len().into())];
        html! {
            h2 { (self.label("report-check", &[])) }
            p { (self.label("report-check-counts", &counts)) }
            p { (self.label("report-check-head", &[])) br; code { (v.head) } }
            p { (self.label("report-check-how", &[])) }
            p { (self.label("report-check-proves", &[])) }
            p { (self.label("report-check-clock", &[])) }
            @if !v.damaged.is_empty() {
                @let seqs = v.damaged.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
                p.damaged { (self.label("report-check-damaged", &[("seqs", seqs.into())])) }
            }
        }
    }
}

/// Writes the report; `progress` sees one step per entry and can cancel.
pub fn render(input: &ReportInput<'_>, progress: &dyn Progress) -> Result<String> {
    let writer = Writer { input, bilingual: input.user.locale() != input.doctor.locale() };
    let entries = super::oldest_first(&input.entries);
    let of_kind = |kind: &str| entries.iter().copied().filter(|v| v.entry.kind() == kind).collect::<Vec<_>>();
    let (symptoms, incidents) = (of_kind("symptom"), of_kind("incident"));
    let user = input.user;
    let period = match (entries.first(), entries.last()) {
        (Some(first), Some(last)) => Some([
            ("from", day(first.entry.at().date_naive()).into()),
            ("to", day(last.entry.at().date_naive()).into()),
        ]),
        _ => None,
    };
    let mut body = Vec::with_capacity(entries.len());
    for (done, view) in entries.iter().enumerate() {
        crate::progress::step(progress, done, entries.len())?;
        body.push(writer.entry(view));
    }
    crate::progress::step(progress, entries.len(), entries.len())?;
    let page = html! {
        (DOCTYPE)
        html lang=(user.locale()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (user.text("report-title")) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (writer.label("report-title", &[])) }
                p { (writer.label("report-kept-by", &[])) }
                p {
                    @if let Some(period) = &period { (writer.label("report-period", period)) br; }
                    (writer.label("report-made-on", &[("date", day(input.made_at.date_naive()).into())]))
                }
                (writer.summary(&symptoms, &incidents))
                (writer.chart(&symptoms))
                h2 { (writer.label("report-entries", &[])) }
                @if entries.is_empty() { p { (writer.label("report-none", &[])) } }
                @for entry in &body { (entry) }
                (writer.check())
            }
        }
    };
    Ok(page.into_string())
}
