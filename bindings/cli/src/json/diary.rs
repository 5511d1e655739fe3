//! The diary: entries, writes, working hours, verification and anchors.

use serde::Serialize;
use werkmaat_ffi as ffi;

#[derive(Serialize)]
pub struct Term {
    pub code: String,
    pub label: String,
    pub label_nl: String,
}

impl From<&ffi::DiaryTerm> for Term {
    fn from(t: &ffi::DiaryTerm) -> Self {
        Term { code: t.code.clone(), label: t.label.clone(), label_nl: t.label_nl.clone() }
    }
}

/// `diary vocab`.
#[derive(Serialize)]
pub struct Vocabulary {
    pub symptoms: Vec<Term>,
    pub body_parts: Vec<Term>,
}

impl From<&ffi::DiaryVocabulary> for Vocabulary {
    fn from(v: &ffi::DiaryVocabulary) -> Self {
        Vocabulary {
            symptoms: v.symptoms.iter().map(Into::into).collect(),
            body_parts: v.body_parts.iter().map(Into::into).collect(),
        }
    }
}

/// `diary add` and `diary correct`.
#[derive(Serialize)]
pub struct Appended {
    pub id: String,
    pub hash: String,
}

impl From<&ffi::DiaryAppended> for Appended {
    fn from(a: &ffi::DiaryAppended) -> Self {
        Appended { id: a.id.clone(), hash: a.hash.clone() }
    }
}

/// `diary delete`.
#[derive(Serialize)]
pub struct Deleted {
    #[serde(flatten)]
    pub appended: Appended,
    pub deleted: bool,
}

/// `diary restore`.
#[derive(Serialize)]
pub struct Restored {
    pub restored: bool,
    pub entries: u64,
}

#[derive(Serialize)]
pub struct Report {
    pub who: ffi::Reporter,
    pub at: Option<String>,
}

impl From<&ffi::DiaryReport> for Report {
    fn from(r: &ffi::DiaryReport) -> Self {
        Report { who: r.who, at: r.at.as_ref().map(crate::typed::rfc3339) }
    }
}

#[derive(Serialize)]
pub struct Photo {
    pub path: String,
    pub sha256: String,
}

impl From<&ffi::DiaryPhoto> for Photo {
    fn from(p: &ffi::DiaryPhoto) -> Self {
        Photo { path: p.path.clone(), sha256: p.sha256.clone() }
    }
}

/// The fields of each kind of entry, beside the common ones of [`Entry`] (the time is there).
#[derive(Serialize)]
#[serde(untagged)]
pub enum EntryFields {
    Symptom {
        symptom: String,
        body_part: Option<String>,
        severity: u8,
        duration_minutes: Option<u32>,
        helps: Option<String>,
        worsens: Option<String>,
        medication: Option<String>,
        work_related: bool,
        missed_work_hours: Option<f32>,
        note: Option<String>,
    },
    Incident {
        place: Option<String>,
        task: Option<String>,
        machine_or_substance: Option<String>,
        description: String,
        injuries: Vec<String>,
        witnesses: Vec<String>,
        reported_to: Vec<Report>,
        photos: Vec<Photo>,
    },
    Shift {
        start: String,
        end: String,
        break_minutes: u32,
    },
    CareContact {
        with: ffi::CareWith,
        advice: Option<String>,
    },
}

impl From<&ffi::DiaryEntry> for EntryFields {
    fn from(entry: &ffi::DiaryEntry) -> Self {
        match entry.clone() {
            ffi::DiaryEntry::Symptom {
                symptom,
                body_part,
                severity,
                duration_minutes,
                helps,
                worsens,
                medication,
                work_related,
                missed_work_hours,
                note,
                at: _,
            } => EntryFields::Symptom {
                symptom,
                body_part,
                severity,
                duration_minutes,
                helps,
                worsens,
                medication,
                work_related,
                missed_work_hours,
                note,
            },
            ffi::DiaryEntry::Incident {
                place,
                task,
                machine_or_substance,
                description,
                injuries,
                witnesses,
                reported_to,
                photos,
                at: _,
            } => EntryFields::Incident {
                place,
                task,
                machine_or_substance,
                description,
                injuries,
                witnesses,
                reported_to: reported_to.iter().map(Into::into).collect(),
                photos: photos.iter().map(Into::into).collect(),
            },
            ffi::DiaryEntry::Shift { start, end, break_minutes } => EntryFields::Shift {
                start: crate::typed::rfc3339(&start),
                end: crate::typed::rfc3339(&end),
                break_minutes,
            },
            ffi::DiaryEntry::CareContact { with, advice, at: _ } => EntryFields::CareContact { with, advice },
        }
    }
}

/// An entry's current revision: `diary get` and each of `diary list`.
#[derive(Serialize)]
pub struct Entry {
    pub id: String,
    pub kind: ffi::EntryKind,
    pub at: String,
    pub revision: u32,
    pub recorded_at: String,
    pub hash: String,
    pub has_location: bool,
    #[serde(flatten)]
    pub fields: EntryFields,
}

impl From<&ffi::DiaryEntryView> for Entry {
    fn from(v: &ffi::DiaryEntryView) -> Self {
        Entry {
            id: v.id.clone(),
            kind: v.kind,
            at: crate::typed::rfc3339(&v.at),
            revision: v.revision,
            recorded_at: crate::typed::instant(v.recorded_at),
            hash: v.hash.clone(),
            has_location: v.has_location,
            fields: (&v.entry).into(),
        }
    }
}

#[derive(Serialize)]
pub struct Breach {
    pub rule: String,
    pub shift_ids: Vec<String>,
    pub limit: f64,
    pub actual: f64,
    pub source: String,
    pub from: String,
    pub to: String,
}

impl From<&ffi::WorkingTimeBreach> for Breach {
    fn from(b: &ffi::WorkingTimeBreach) -> Self {
        Breach {
            rule: b.rule.clone(),
            shift_ids: b.shift_ids.clone(),
            limit: b.limit,
            actual: b.actual,
            source: b.source.clone(),
            from: crate::typed::rfc3339(&b.from),
            to: crate::typed::rfc3339(&b.to),
        }
    }
}

/// `diary hours`: the ids of the rules checked, and the breaches.
#[derive(Serialize)]
pub struct Hours {
    pub checked: Vec<String>,
    pub breaches: Vec<Breach>,
}

impl From<&ffi::WorkingTimeReport> for Hours {
    fn from(r: &ffi::WorkingTimeReport) -> Self {
        Hours {
            checked: r.checked.iter().map(|rule| rule.id.clone()).collect(),
            breaches: r.breaches.iter().map(Into::into).collect(),
        }
    }
}

/// `diary anchor add`, and each anchor `diary verify` lists.
#[derive(Serialize)]
pub struct Anchor {
    pub seq: u64,
    pub head: String,
    pub time: String,
    pub tsa: String,
}

impl From<&ffi::DiaryAnchor> for Anchor {
    fn from(a: &ffi::DiaryAnchor) -> Self {
        Anchor { seq: a.seq, head: a.head.clone(), time: crate::typed::instant(a.time), tsa: a.tsa.clone() }
    }
}

/// `diary anchor request`: the request written to `file` (built where the request is made: the
/// FFI's Rust API does not name the request's type).
#[derive(Serialize)]
pub struct AnchorRequest {
    pub file: String,
    pub seq: u64,
    pub head: String,
    pub nonce: String,
}

#[derive(Serialize)]
pub struct Problem {
    pub seq: u64,
    pub reason: &'static str,
}

impl From<&ffi::DiaryProblem> for Problem {
    fn from(p: &ffi::DiaryProblem) -> Self {
        Problem { seq: p.seq, reason: p.reason.code() }
    }
}

/// `diary verify`.
#[derive(Serialize)]
pub struct Verification {
    pub ok: bool,
    pub format_version: u32,
    pub entries: u64,
    pub revisions: u64,
    pub head: String,
    pub gaps: Vec<u64>,
    pub anchors: Vec<Anchor>,
    pub damaged: Vec<u64>,
    pub problems: Vec<Problem>,
}

impl From<&ffi::DiaryVerification> for Verification {
    fn from(v: &ffi::DiaryVerification) -> Self {
        Verification {
            ok: v.ok,
            format_version: v.format_version,
            entries: v.entries,
            revisions: v.revisions,
            head: v.head.clone(),
            gaps: v.gaps.clone(),
            anchors: v.anchors.iter().map(Into::into).collect(),
            damaged: v.damaged.clone(),
            problems: v.problems.iter().map(Into::into).collect(),
        }
    }
}

/// `diary attach`: what was stored.
#[derive(Serialize)]
pub struct Attached {
    pub id: String,
    pub entry_id: String,
    pub kind: ffi::AttachmentKind,
    pub sha256: String,
    pub bytes: u64,
}

impl From<&ffi::Attachment> for Attached {
    fn from(a: &ffi::Attachment) -> Self {
        Attached {
            id: a.id.clone(),
            entry_id: a.entry_id.clone(),
            kind: a.kind,
            sha256: a.sha256.clone(),
            bytes: a.bytes,
        }
    }
}

/// One line of `diary attachments`: what was stored, and when.
#[derive(Serialize)]
pub struct ListedAttachment {
    #[serde(flatten)]
    pub attached: Attached,
    /// RFC 3339 to the second, UTC.
    pub added_at: String,
}

impl From<&ffi::Attachment> for ListedAttachment {
    fn from(a: &ffi::Attachment) -> Self {
        ListedAttachment { attached: a.into(), added_at: crate::typed::instant_seconds(a.added_at) }
    }
}

/// `diary attachment get`: the copy written.
#[derive(Serialize)]
pub struct SavedAttachment {
    pub file: String,
    pub bytes: usize,
    pub location_removed: bool,
}

/// `diary share`: the file, each recipient as given and resolved, and what went in.
#[derive(Serialize)]
pub struct Shared {
    pub file: String,
    pub recipients: Vec<ShareRecipient>,
    pub entries: u64,
    pub attachments: u64,
    /// HEIC photos left out: shared without location, they cannot lose it.
    pub left_out: u64,
}

impl Shared {
    pub fn new(file: String, s: &ffi::ShareSummary) -> Self {
        let recipients = s.recipients.iter().map(Into::into).collect();
        Shared { file, recipients, entries: s.entries, attachments: s.attachments, left_out: s.left_out }
    }
}

/// A recipient: what was typed after `--to`, the organisation it named (id and name in the
/// user's language; `null` for a typed key) and the age key the file is encrypted to.
#[derive(Serialize)]
pub struct ShareRecipient {
    pub given: String,
    pub organisation: Option<String>,
    pub name: Option<String>,
    pub age_key: String,
}

impl From<&ffi::ShareRecipient> for ShareRecipient {
    fn from(r: &ffi::ShareRecipient) -> Self {
        let r = r.clone();
        ShareRecipient { given: r.given, organisation: r.organisation, name: r.name, age_key: r.age_key }
    }
}
