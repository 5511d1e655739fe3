//! Diary entries: a symptom, a work incident, a shift, a contact with care. Times are RFC 3339
//! with the phone's offset. Every entry is checked before it is stored; the error names the field.

use chrono::{DateTime, FixedOffset, TimeDelta, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::vocab::Vocabulary;
use crate::{Error, InputProblem, Result, names::named_enum};

/// Where the user was, if the shell passed it. It is sealed with the entry and can be left out of
/// any export: the chain commits to it through a salted hash, so an export without it still
/// verifies and the hash gives no place away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
    /// Random, so that the hash of a position cannot be found by trying positions.
    pub salt: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Symptom {
    pub symptom: String,
    pub body_part: Option<String>,
    /// 0 (none) to 10 (worst imaginable).
    pub severity: u8,
    pub at: DateTime<FixedOffset>,
    #[serde(default)]
    pub duration_minutes: Option<u32>,
    #[serde(default)]
    pub helps: Option<String>,
    #[serde(default)]
    pub worsens: Option<String>,
    #[serde(default)]
    pub medication: Option<String>,
    #[serde(default)]
    pub work_related: bool,
    #[serde(default)]
    pub missed_work_hours: Option<f32>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedTo {
    pub who: Reporter,
    pub at: Option<DateTime<FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    /// Where the shell keeps the photo; the diary keeps only the reference and its hash.
    pub path: String,
    /// SHA-256 of the photo file, 64 hex digits.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub at: DateTime<FixedOffset>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub task: Option<String>,
    #[serde(default)]
    pub machine_or_substance: Option<String>,
    pub description: String,
    #[serde(default)]
    pub injuries: Vec<String>,
    #[serde(default)]
    pub witnesses: Vec<String>,
    #[serde(default)]
    pub reported_to: Vec<ReportedTo>,
    #[serde(default)]
    pub photos: Vec<Photo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    #[serde(default)]
    pub break_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareContact {
    pub at: DateTime<FixedOffset>,
    pub with: CareWith,
    #[serde(default)]
    pub advice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    Symptom(Symptom),
    Incident(Incident),
    Shift(Shift),
    CareContact(CareContact),
}

named_enum! {
    /// The kind of an entry, as `Entry::kind` names it.
    EntryKind { Symptom => "symptom", Incident => "incident", Shift => "shift", CareContact => "care_contact" }
}

named_enum! {
    /// Whom a work accident was reported to.
    Reporter {
        Employer => "employer",
        Agency => "agency",
        Bedrijfsarts => "bedrijfsarts",
        Gp => "gp",
        Arbeidsinspectie => "arbeidsinspectie",
    }
}

named_enum! {
    /// Whom a care contact was with.
    CareWith { Gp => "gp", GpPost => "gp_post", Emergency => "emergency", Bedrijfsarts => "bedrijfsarts" }
}

const MAX_TEXT: usize = 10_000;

/// How far an entry may lie after the moment it is recorded. Phones set their clocks from the
/// network and can be a few minutes apart from a watch or a time clock at work; a shift ending
/// "now" typed on such a phone must not be refused. Ten minutes covers that drift and still
/// refuses a date in the future (a wrong day, month or year), which a record of what happened
/// cannot have.
pub const CLOCK_SKEW: TimeDelta = TimeDelta::minutes(10);

impl Entry {
    pub fn kind(&self) -> EntryKind {
        match self {
            Entry::Symptom(_) => EntryKind::Symptom,
            Entry::Incident(_) => EntryKind::Incident,
            Entry::Shift(_) => EntryKind::Shift,
            Entry::CareContact(_) => EntryKind::CareContact,
        }
    }

    /// The moment the entry is about: when a symptom started, an incident happened, a shift began.
    pub fn at(&self) -> DateTime<FixedOffset> {
        match self {
            Entry::Symptom(s) => s.at,
            Entry::Incident(i) => i.at,
            Entry::Shift(s) => s.start,
            Entry::CareContact(c) => c.at,
        }
    }

    /// The entry with every time cut to whole seconds, as format 2 records and hashes them.
    pub fn whole_seconds(mut self) -> Entry {
        let cut = |t: &mut DateTime<FixedOffset>| *t = t.with_nanosecond(0).unwrap_or(*t);
        match &mut self {
            Entry::Symptom(s) => cut(&mut s.at),
            Entry::Incident(i) => {
                cut(&mut i.at);
                i.reported_to.iter_mut().filter_map(|r| r.at.as_mut()).for_each(cut);
            }
            Entry::Shift(s) => {
                cut(&mut s.start);
                cut(&mut s.end);
            }
            Entry::CareContact(c) => cut(&mut c.at),
        }
        self
    }

    /// Every moment the entry states, with the field a shell highlights when it is wrong.
    fn moments(&self) -> Vec<(&'static str, DateTime<FixedOffset>)> {
        match self {
            Entry::Symptom(s) => vec![("at", s.at)],
            Entry::Incident(i) => std::iter::once(("at", i.at))
                .chain(i.reported_to.iter().filter_map(|r| r.at).map(|at| ("reported_to", at)))
                .collect(),
            Entry::Shift(s) => vec![("start", s.start), ("end", s.end)],
            Entry::CareContact(c) => vec![("at", c.at)],
        }
    }

    /// Refuses an entry about a moment after `recorded_at` (more than `CLOCK_SKEW` later): a
    /// diary records what happened, and a report whose period ends after the day it was made
    /// would not be believed.
    pub fn check_not_after(&self, recorded_at: DateTime<Utc>) -> Result<()> {
        match self.moments().into_iter().find(|(_, at)| at.to_utc() > recorded_at + CLOCK_SKEW) {
            Some((field, _)) => Err(Error::invalid(field, InputProblem::FutureTime)),
            None => Ok(()),
        }
    }

    /// Checks every field against the vocabulary and the rules of its kind.
    pub fn check(&self, vocab: &Vocabulary) -> Result<()> {
        let text_ok = |field: &'static str, text: &Option<String>| {
            if text.as_ref().is_some_and(|t| t.len() > MAX_TEXT) {
                Err(Error::invalid(field, InputProblem::TooLong))
            } else {
                Ok(())
            }
        };
        match self {
            Entry::Symptom(s) => {
                vocab.check_symptom(&s.symptom)?;
                if let Some(part) = &s.body_part {
                    vocab.check_body_part(part)?;
                }
                if s.severity > 10 {
                    return Err(Error::invalid("severity", InputProblem::Severity));
                }
                if s.missed_work_hours.is_some_and(|h| !(0.0..=24.0 * 366.0).contains(&h)) {
                    return Err(Error::invalid("missed_work_hours", InputProblem::AnswerRange));
                }
                for (field, text) in
                    [("helps", &s.helps), ("worsens", &s.worsens), ("medication", &s.medication), ("note", &s.note)]
                {
                    text_ok(field, text)?;
                }
            }
            Entry::Incident(i) => {
                if i.description.trim().is_empty() {
                    return Err(Error::invalid("description", InputProblem::Empty));
                }
                text_ok("description", &Some(i.description.clone()))?;
                i.injuries.iter().try_for_each(|part| vocab.check_body_part(part))?;
                let hex = |s: &str| s.len() == 64 && s.chars().all(|c| c.is_ascii_hexdigit());
                if i.photos.iter().any(|p| !hex(&p.sha256) || p.path.is_empty()) {
                    return Err(Error::invalid("photos", InputProblem::Photo));
                }
            }
            Entry::Shift(s) => {
                if s.end <= s.start {
                    return Err(Error::invalid("end", InputProblem::ShiftOrder));
                }
                let minutes = (s.end - s.start).num_minutes();
                if minutes > 24 * 60 {
                    return Err(Error::invalid("end", InputProblem::ShiftLength));
                }
                if i64::from(s.break_minutes) >= minutes {
                    return Err(Error::invalid("break_minutes", InputProblem::Break));
                }
            }
            Entry::CareContact(c) => {
                text_ok("advice", &c.advice)?;
            }
        }
        Ok(())
    }
}
