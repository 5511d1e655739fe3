//! The report for the doctor: one self-contained HTML page, print-ready on A4 and readable on a
//! phone, in the user's language with the doctor's language (Dutch by default) beside every
//! heading, number and coded value. Free text is shown verbatim and marked as the patient's own
//! words. Order: who it is about (the details the user chose), the period and the day it was made,
//! a summary, a severity chart with its data as a table (`chart`), working hours per week, the
//! entries, the chain head and how to check it, and the full list of shifts as an appendix
//! (`shifts`). Every printed page says "page n of m" in both languages.
//! maud escapes every value, so nothing a user types can become markup; the one place text goes
//! into CSS (the running header) escapes it for CSS.

mod chart;
mod shifts;
pub mod thumbnails;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Breach, Entry, EntryKind, EntryView, HoursReport, Identity, Verification, vocab::Vocabulary};
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
    /// The saved details the user chose to put on the report.
    pub identity: Identity,
    pub made_at: DateTime<Utc>,
    /// The attachments of the entries, each with a small picture where it is one (`thumbnails`).
    pub previews: Vec<thumbnails::Preview>,
}

/// Long words and links wrap instead of widening the page (which made Chromium shrink the whole
/// print); tables keep their columns; a phone gets side padding.
const STYLE: &str = "body{font:10.5pt/1.4 'DejaVu Sans',Arial,sans-serif;color:#111;max-width:180mm;margin:auto}\
h1{font-size:16pt;margin:0 0 2mm}h2{font-size:12.5pt;border-bottom:1px solid #888;margin:6mm 0 2mm;break-after:avoid}\
h3{font-size:10.5pt;margin:0 0 1mm}.nl{color:#444;font-style:italic}table{border-collapse:collapse;width:100%;\
table-layout:fixed}td,th{border:1px solid #bbb;padding:1mm 2mm;text-align:left;vertical-align:top}tr{break-inside:avoid}\
th[scope=row]{width:32%}td,th,blockquote,p,li,div{overflow-wrap:anywhere}section.entry{break-inside:avoid;\
border:1px solid #bbb;margin:2mm 0;padding:1mm 2mm}blockquote{margin:1mm 0 1mm 3mm;padding-left:2mm;\
border-left:3px solid #888}.own{font-size:9pt;color:#444}code{font-size:8.5pt;word-break:break-all}\
.d{white-space:nowrap}svg{max-width:100%;height:auto}figure{display:inline-block;margin:1mm 2mm 1mm 0;vertical-align:top;max-width:100%}\
figure img{display:block;max-width:100%;height:auto;border:1px solid #bbb}.legend svg{vertical-align:middle}@media screen{body{padding:0 3mm}}@media (max-width:120mm){th[scope=row]{width:40%}}";

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

/// A period of days as digits: one day, or "from – to"; a date never breaks over two lines.
fn days(from: NaiveDate, to: NaiveDate) -> Markup {
    html! { span.d { (day(from)) } @if from != to { " – " span.d { (day(to)) } } }
}

/// Text as a CSS string: everything but letters, digits and spaces as a CSS escape, so no typed
/// text can end the string or the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            // The space ends the escape (and is eaten by it), so a space after it stays a space.
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

impl Writer<'_> {
    /// A label in the user's language, with the doctor's beside it.
    fn label(&self, id: &str, pairs: Pairs<'_>) -> Markup {
        let args = args(pairs);
        self.coded(|l| l.format(id, Some(&args)))
    }

    /// A value named in both languages; once when they read the same. The " / " is text, so
    /// copied text keeps the two languages apart.
    fn coded(&self, name: impl Fn(&Localizer) -> String) -> Markup {
        let (user, doctor) = (name(self.input.user), name(self.input.doctor));
        html! {
            (user)
            @if self.bilingual && doctor != user { span.nl lang=(self.input.doctor.locale()) { " / " (doctor) } }
        }
    }

    fn symptom(&self, code: &str) -> Markup {
        self.coded(|l| self.input.vocabulary.symptom_label(code, l))
    }

    fn body(&self, code: &str) -> Markup {
        self.coded(|l| self.input.vocabulary.body_label(code, l))
    }

    /// Free text exactly as typed, marked as the patient's own words; the language they wrote in
    /// is named in each reader's language ("Oekraïens" for a Dutch doctor).
    fn own_words(&self, text: &str) -> Markup {
        let language = format!("language-{}", self.input.user.locale());
        html! {
            div.own { (self.coded(|l| l.format("report-own-words", Some(&args(&[("language", l.text(&language).into())]))))) }
            blockquote lang=(self.input.user.locale()) { (text) }
        }
    }

    fn row(&self, id: &str, value: Markup) -> Markup {
        html! { tr { th scope="row" { (self.label(id, &[])) } td { (value) } } }
    }

    fn text_row(&self, id: &str, text: &Option<String>) -> Markup {
        html! { @if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) { (self.row(id, self.own_words(text))) } }
    }

    /// Who the report is about: the chosen details, or a line saying none were chosen.
    fn identity(&self) -> Markup {
        let rows = self.input.identity.rows();
        html! {
            @if rows.is_empty() { p { (self.label("report-identity-none", &[])) } } @else {
                table {
                    @for (field, value) in &rows {
                        (self.row(&format!("report-identity-{}", field.code()), html! { strong { (value) } }))
                    }
                }
            }
        }
    }

    /// The `@page` rules: "page n of m" at the foot of every page in both languages, and the
    /// patient's name and date of birth (when chosen) at the top, so a loose page can be filed.
    fn page_style(&self) -> String {
        let counted = |l: &Localizer| {
            let text =
                l.format("report-page", Some(&args(&[("page", "\u{E000}".into()), ("pages", "\u{E001}".into())])));
            let mut css = Vec::new();
            for (i, piece) in text.split('\u{E000}').enumerate() {
                if i > 0 {
                    css.push("counter(page)".to_owned());
                }
                for (j, part) in piece.split('\u{E001}').enumerate() {
                    if j > 0 {
                        css.push("counter(pages)".to_owned());
                    }
                    if !part.is_empty() {
                        css.push(css_string(part));
                    }
                }
            }
            css.join(" ")
        };
        let (user, doctor) = (counted(self.input.user), counted(self.input.doctor));
        let footer = if self.bilingual && user != doctor { format!("{user} \" / \" {doctor}") } else { user };
        let identity = &self.input.identity;
        let who = [identity.name.clone(), identity.birth_date.map(day)].into_iter().flatten().collect::<Vec<_>>();
        let header = if who.is_empty() {
            String::new()
        } else {
            format!("@top-right{{content:{};font-size:8pt;color:#444}}", css_string(&who.join(", ")))
        };
        format!(
            "@page{{size:A4;margin:14mm 14mm 16mm;@bottom-center{{content:{footer};font-size:8pt;color:#444}}{header}}}"
        )
    }

    fn summary(&self, symptoms: &[&EntryView], incidents: &[&EntryView]) -> Markup {
        let mut by_code: BTreeMap<&str, (usize, DateTime<FixedOffset>, u8, bool)> = BTreeMap::new();
        for view in symptoms {
            if let Entry::Symptom(s) = &view.entry {
                let slot = by_code.entry(&s.symptom).or_insert((0, s.at, 0, false));
                *slot = (slot.0 + 1, slot.1.min(s.at), slot.2.max(s.severity), slot.3 || s.work_related);
            }
        }
        // The worst first: that is what a doctor with ten minutes reads.
        let mut by_code: Vec<_> = by_code.into_iter().collect();
        by_code.sort_by(|a, b| b.1.2.cmp(&a.1.2).then(a.1.1.cmp(&b.1.1)));
        let breaches = &self.input.working_time.breaches;
        html! {
            h2 { (self.label("report-summary", &[])) }
            table {
                tr { th scope="row" { (self.label("report-symptoms", &[])) } td {
                    @if by_code.is_empty() { (self.label("report-none", &[])) }
                    @for (code, (count, since, worst, work)) in &by_code {
                        @let facts = args(&[("date", day(since.date_naive()).into()), ("severity", (*worst).into()), ("count", (*count).into())]);
                        div {
                            strong { (self.symptom(code)) } ": "
                            (self.coded(|l| ["report-since", "report-worst", "report-times"].map(|id| l.format(id, Some(&facts))).join(", ")))
                            @if *work { " — " (self.label("report-work-related", &[])) }
                        }
                    }
                } }
                tr { th scope="row" { (self.label("report-incidents", &[])) } td {
                    @if incidents.is_empty() { (self.label("report-none", &[])) }
                    @for view in incidents { @if let Entry::Incident(i) = &view.entry {
                        div { (when(&i.at)) ": " span lang=(self.input.user.locale()) { (i.description) } }
                    } }
                } }
                tr { th scope="row" { (self.label("report-breaches", &[])) } td {
                    @if breaches.is_empty() { (self.label("report-none", &[])) }
                    @for breach in breaches { div { (days(breach.from.date_naive(), breach.to.date_naive())) ": " (self.breach(breach)) } }
                    div.own { (self.rules_checked()) }
                    @let sources = breaches.iter().map(|b| b.source.as_str()).collect::<std::collections::BTreeSet<_>>();
                    @for source in sources { div.own { (self.label("report-rule-source", &[("source", source.to_owned().into())])) } }
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
        self.label(&format!("report-rule-{}", breach.rule), &numbers)
    }

    fn entry(&self, view: &EntryView) -> Markup {
        let user = self.input.user;
        let list = |codes: &[String]| html! { @for (i, code) in codes.iter().enumerate() { @if i > 0 { "; " } (self.body(code)) } };
        html! {
            section.entry {
                h3 {
                    (when(&view.entry.at())) " — " (self.label(&format!("report-kind-{}", view.entry.kind()), &[]))
                    @if view.revision > 1 { " (" (self.label("report-corrected", &[("revision", view.revision.into())])) ")" }
                }
                table {
                    @match &view.entry {
                        Entry::Symptom(s) => {
                            tr { th scope="row" { (self.label("report-kind-symptom", &[])) } td { strong { (self.symptom(&s.symptom)) } } }
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
                        // Shifts are in the table per week and the appendix (`shifts`).
                        Entry::Shift(_) => {}
                        Entry::CareContact(c) => {
                            (self.row("report-field-with", self.label(&format!("report-care-{}", c.with), &[])))
                            (self.text_row("report-field-advice", &c.advice))
                        }
                    }
                    (self.attachments(&view.id))
                    (self.row("report-field-recorded", html! { (view.recorded_at.format("%d-%m-%Y %H:%M UTC")) }))
                }
            }
        }
    }

    /// The entry's attachments: a small picture with both hashes, or the original's hash and a
    /// line saying no picture can be shown.
    fn attachments(&self, entry_id: &str) -> Markup {
        let previews: Vec<_> = self.input.previews.iter().filter(|p| p.entry_id == entry_id).collect();
        html! {
            @if !previews.is_empty() {
                (self.row("report-attachments", html! {
                    @for preview in &previews {
                        figure {
                            @if let Some(shown) = &preview.shown {
                                img src=(shown.data_uri) width=(shown.width) height=(shown.height)
                                    alt=(self.input.user.text("report-attachment-alt"));
                            } @else {
                                div { (self.label("report-attachment-no-preview", &[])) }
                            }
                            figcaption {
                                div.own { (self.label("report-attachment-original", &[])) }
                                code { (preview.original_sha256) }
                                @if let Some(shown) = &preview.shown {
                                    div.own { (self.label("report-attachment-shown", &[])) }
                                    code { (shown.sha256) }
                                }
                            }
                        }
                    }
                }))
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
            @for anchor in &v.anchors {
                @let time = anchor.time.format("%d-%m-%Y %H:%M UTC").to_string();
                @let pairs = [("seq", anchor.seq.into()), ("time", time.into()), ("tsa", anchor.tsa.clone().into())];
                p { (self.label("report-check-anchor", &pairs)) br; code { (anchor.head) } }
            }
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
    let of_kind = |kind: EntryKind| entries.iter().copied().filter(|v| v.entry.kind() == kind).collect::<Vec<_>>();
    let (symptoms, incidents, shifts) =
        (of_kind(EntryKind::Symptom), of_kind(EntryKind::Incident), of_kind(EntryKind::Shift));
    let user = input.user;
    let period = match (entries.first(), entries.last()) {
        (Some(first), Some(last)) => Some([
            ("from", day(first.entry.at().date_naive()).into()),
            ("to", day(last.entry.at().date_naive()).into()),
        ]),
        _ => None,
    };
    // Shifts are in the table per week and the appendix, not among the entries.
    let mut body = Vec::with_capacity(entries.len());
    for (done, view) in entries.iter().enumerate() {
        crate::progress::step(progress, done, entries.len())?;
        if view.entry.kind() != EntryKind::Shift {
            body.push(writer.entry(view));
        }
    }
    crate::progress::step(progress, entries.len(), entries.len())?;
    let page = html! {
        (DOCTYPE)
        html lang=(user.locale()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (user.text("report-title")) }
                style { (PreEscaped(STYLE)) (PreEscaped(writer.page_style())) }
            }
            body {
                main {
                    h1 { (writer.label("report-title", &[])) }
                    (writer.identity())
                    p {
                        @if let Some(period) = &period { (writer.label("report-period", period)) br; }
                        (writer.label("report-made-on", &[("date", day(input.made_at.date_naive()).into())]))
                    }
                    p { (writer.label("report-kept-by", &[])) }
                    (writer.summary(&symptoms, &incidents))
                    (writer.chart(&symptoms, &incidents))
                    (writer.weeks(&shifts))
                    h2 { (writer.label("report-entries", &[])) }
                    @if body.is_empty() { p { (writer.label("report-none", &[])) } }
                    @for entry in &body { (entry) }
                    (writer.check())
                    (writer.shift_appendix(&shifts))
                }
            }
        }
    };
    Ok(page.into_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_css_cannot_end_the_string_or_the_style() {
        assert_eq!(css_string("Ana Pop"), "\"Ana Pop\"");
        let hostile = css_string("x\"}</style><script>");
        assert!(!hostile[1..hostile.len() - 1].contains(['"', '<', '>', '}', '/']), "{hostile}");
        assert_eq!(css_string("Wójcik"), "\"Wójcik\"");
    }
}
