//! The diary across the FFI. An entry's times are `OffsetDateTime`s with the phone's offset;
//! the instant a revision is recorded comes from the shell's clock as a `SystemTime`.

use std::{sync::Arc, time::SystemTime};

pub use werkmaat_core::diary::{CareWith, EntryKind, IdentityField, Reporter};
use werkmaat_core::{self as core, diary as d};

use crate::{
    error::{ApiResult, Localized, without_profile},
    position::Position,
    progress::{Listener, ProgressListener},
    time::{LocalDate, OffsetDateTime, utc},
};

/// A saved personal detail that can go on an export (the core's type, exposed as it is). By
/// default an export carries `Name` and `BirthDate`; the BSN only when the user asks.
#[uniffi::remote(Enum)]
pub enum IdentityField {
    Name,
    BirthDate,
    Bsn,
    Employer,
    Agency,
    Insurer,
}

/// The kind of an entry (the core's type).
#[uniffi::remote(Enum)]
pub enum EntryKind {
    Symptom,
    Incident,
    Shift,
    CareContact,
}

/// Whom a work accident was reported to (the core's type).
#[uniffi::remote(Enum)]
pub enum Reporter {
    Employer,
    Agency,
    Bedrijfsarts,
    Gp,
    Arbeidsinspectie,
}

/// Whom a care contact was with (the core's type).
#[uniffi::remote(Enum)]
pub enum CareWith {
    Gp,
    GpPost,
    Emergency,
    Bedrijfsarts,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryTerm {
    pub code: String,
    pub label: String,
    pub label_nl: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryVocabulary {
    pub symptoms: Vec<DiaryTerm>,
    pub body_parts: Vec<DiaryTerm>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryReport {
    pub who: Reporter,
    pub at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryPhoto {
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum DiaryEntry {
    Symptom {
        symptom: String,
        body_part: Option<String>,
        severity: u8,
        at: OffsetDateTime,
        duration_minutes: Option<u32>,
        helps: Option<String>,
        worsens: Option<String>,
        medication: Option<String>,
        work_related: bool,
        missed_work_hours: Option<f32>,
        note: Option<String>,
    },
    Incident {
        at: OffsetDateTime,
        place: Option<String>,
        task: Option<String>,
        machine_or_substance: Option<String>,
        description: String,
        injuries: Vec<String>,
        witnesses: Vec<String>,
        reported_to: Vec<DiaryReport>,
        photos: Vec<DiaryPhoto>,
    },
    Shift {
        start: OffsetDateTime,
        end: OffsetDateTime,
        break_minutes: u32,
    },
    CareContact {
        at: OffsetDateTime,
        with: CareWith,
        advice: Option<String>,
    },
}

impl From<DiaryEntry> for d::Entry {
    fn from(entry: DiaryEntry) -> Self {
        match entry {
            DiaryEntry::Symptom {
                symptom,
                body_part,
                severity,
                at: when,
                duration_minutes,
                helps,
                worsens,
                medication,
                work_related,
                missed_work_hours,
                note,
            } => d::Entry::Symptom(d::Symptom {
                symptom,
                body_part,
                severity,
                at: when,
                duration_minutes,
                helps,
                worsens,
                medication,
                work_related,
                missed_work_hours,
                note,
            }),
            DiaryEntry::Incident {
                at: when,
                place,
                task,
                machine_or_substance,
                description,
                injuries,
                witnesses,
                reported_to,
                photos,
            } => d::Entry::Incident(d::Incident {
                at: when,
                place,
                task,
                machine_or_substance,
                description,
                injuries,
                witnesses,
                reported_to: reported_to.into_iter().map(|r| d::ReportedTo { who: r.who, at: r.at }).collect(),
                photos: photos.into_iter().map(|p| d::Photo { path: p.path, sha256: p.sha256 }).collect(),
            }),
            DiaryEntry::Shift { start, end, break_minutes } => d::Entry::Shift(d::Shift { start, end, break_minutes }),
            DiaryEntry::CareContact { at, with, advice } => d::Entry::CareContact(d::CareContact { at, with, advice }),
        }
    }
}

impl From<d::Entry> for DiaryEntry {
    fn from(entry: d::Entry) -> Self {
        match entry {
            d::Entry::Symptom(s) => DiaryEntry::Symptom {
                symptom: s.symptom,
                body_part: s.body_part,
                severity: s.severity,
                at: s.at,
                duration_minutes: s.duration_minutes,
                helps: s.helps,
                worsens: s.worsens,
                medication: s.medication,
                work_related: s.work_related,
                missed_work_hours: s.missed_work_hours,
                note: s.note,
            },
            d::Entry::Incident(i) => DiaryEntry::Incident {
                at: i.at,
                place: i.place,
                task: i.task,
                machine_or_substance: i.machine_or_substance,
                description: i.description,
                injuries: i.injuries,
                witnesses: i.witnesses,
                reported_to: i.reported_to.into_iter().map(|r| DiaryReport { who: r.who, at: r.at }).collect(),
                photos: i.photos.into_iter().map(|p| DiaryPhoto { path: p.path, sha256: p.sha256 }).collect(),
            },
            d::Entry::Shift(s) => DiaryEntry::Shift { start: s.start, end: s.end, break_minutes: s.break_minutes },
            d::Entry::CareContact(c) => DiaryEntry::CareContact { at: c.at, with: c.with, advice: c.advice },
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DiaryEntryView {
    pub id: String,
    pub kind: EntryKind,
    pub at: OffsetDateTime,
    pub revision: u32,
    pub recorded_at: SystemTime,
    pub hash: String,
    pub entry: DiaryEntry,
    pub has_location: bool,
}

impl From<d::EntryView> for DiaryEntryView {
    fn from(v: d::EntryView) -> Self {
        DiaryEntryView {
            kind: v.entry.kind(),
            at: v.entry.at(),
            id: v.id,
            revision: v.revision,
            recorded_at: v.recorded_at.into(),
            hash: v.hash,
            has_location: v.location.is_some(),
            entry: v.entry.into(),
        }
    }
}

/// What the shell keeps after every write, in the platform keystore beside the key, and passes
/// back to `verify`: a diary behind it was rolled back.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryWitness {
    pub seq: u64,
    pub head: String,
}

impl From<d::Witness> for DiaryWitness {
    fn from(w: d::Witness) -> Self {
        DiaryWitness { seq: w.seq, head: w.head }
    }
}

impl From<DiaryWitness> for d::Witness {
    fn from(w: DiaryWitness) -> Self {
        d::Witness { seq: w.seq, head: w.head }
    }
}

/// A write: the entry's id, the new revision's hash, and the witness to keep.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryAppended {
    pub id: String,
    pub hash: String,
    pub witness: DiaryWitness,
}

impl From<d::Appended> for DiaryAppended {
    fn from(a: d::Appended) -> Self {
        DiaryAppended { witness: a.witness().into(), id: a.id, hash: a.hash }
    }
}

/// A restore: the entries the diary then has, and the witness to keep (none for an empty diary).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryRestored {
    pub entries: u64,
    pub witness: Option<DiaryWitness>,
}

/// A head a time-stamp authority vouched for (see `docs/diary-format.md`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryAnchor {
    pub seq: u64,
    pub head: String,
    pub time: SystemTime,
    pub tsa: String,
}

impl From<d::AnchorRef> for DiaryAnchor {
    fn from(a: d::AnchorRef) -> Self {
        DiaryAnchor { seq: a.seq, head: a.head, time: a.time.into(), tsa: a.tsa }
    }
}

impl From<d::KeptAnchor> for DiaryAnchor {
    fn from(a: d::KeptAnchor) -> Self {
        a.reference().into()
    }
}

/// A time-stamp request to send to a time-stamping authority (RFC 3161): `der` is the body of an
/// HTTP POST with content type `application/timestamp-query`; the answer goes to `anchor_add`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryAnchorRequest {
    pub der: Vec<u8>,
    pub seq: u64,
    pub head: String,
    /// The request's nonce, hex.
    pub nonce: String,
}

impl From<d::AnchorRequest> for DiaryAnchorRequest {
    fn from(r: d::AnchorRequest) -> Self {
        DiaryAnchorRequest { der: r.der, seq: r.seq, head: r.head, nonce: r.nonce }
    }
}

/// Why a revision does not fit; `docs/diary-format.md` defines each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DiaryProblemReason {
    Malformed,
    Sequence,
    BrokenLink,
    HashMismatch,
    FormatDowngrade,
    UnlinkedTombstone,
    TombstoneMismatch,
    HeadMismatch,
    RolledBack,
    AnchorMismatch,
    AnchorInvalid,
    AttachmentMissing,
    AttachmentChanged,
    Damaged,
}

impl DiaryProblemReason {
    /// The reason's name in the spec and in JSON output.
    pub fn code(self) -> &'static str {
        match self {
            DiaryProblemReason::Malformed => "malformed",
            DiaryProblemReason::Sequence => "sequence",
            DiaryProblemReason::BrokenLink => "broken_link",
            DiaryProblemReason::HashMismatch => "hash_mismatch",
            DiaryProblemReason::FormatDowngrade => "format_downgrade",
            DiaryProblemReason::UnlinkedTombstone => "unlinked_tombstone",
            DiaryProblemReason::TombstoneMismatch => "tombstone_mismatch",
            DiaryProblemReason::HeadMismatch => "head_mismatch",
            DiaryProblemReason::RolledBack => "rolled_back",
            DiaryProblemReason::AnchorMismatch => "anchor_mismatch",
            DiaryProblemReason::AnchorInvalid => "anchor_invalid",
            DiaryProblemReason::AttachmentMissing => "attachment_missing",
            DiaryProblemReason::AttachmentChanged => "attachment_changed",
            DiaryProblemReason::Damaged => "damaged",
        }
    }
}

impl From<d::Reason> for DiaryProblemReason {
    fn from(reason: d::Reason) -> Self {
        match reason {
            d::Reason::Malformed => DiaryProblemReason::Malformed,
            d::Reason::Sequence => DiaryProblemReason::Sequence,
            d::Reason::BrokenLink => DiaryProblemReason::BrokenLink,
            d::Reason::HashMismatch => DiaryProblemReason::HashMismatch,
            d::Reason::FormatDowngrade => DiaryProblemReason::FormatDowngrade,
            d::Reason::UnlinkedTombstone => DiaryProblemReason::UnlinkedTombstone,
            d::Reason::TombstoneMismatch => DiaryProblemReason::TombstoneMismatch,
            d::Reason::HeadMismatch => DiaryProblemReason::HeadMismatch,
            d::Reason::RolledBack => DiaryProblemReason::RolledBack,
            d::Reason::AnchorMismatch => DiaryProblemReason::AnchorMismatch,
            d::Reason::AnchorInvalid => DiaryProblemReason::AnchorInvalid,
            d::Reason::AttachmentMissing => DiaryProblemReason::AttachmentMissing,
            d::Reason::AttachmentChanged => DiaryProblemReason::AttachmentChanged,
            d::Reason::Damaged => DiaryProblemReason::Damaged,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryProblem {
    pub seq: u64,
    pub reason: DiaryProblemReason,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiaryVerification {
    pub ok: bool,
    pub format_version: u32,
    pub entries: u64,
    pub revisions: u64,
    pub head: String,
    pub gaps: Vec<u64>,
    pub anchors: Vec<DiaryAnchor>,
    pub damaged: Vec<u64>,
    pub problems: Vec<DiaryProblem>,
}

impl From<d::Verification> for DiaryVerification {
    fn from(v: d::Verification) -> Self {
        DiaryVerification {
            ok: v.ok,
            format_version: v.format_version,
            entries: v.entries as u64,
            revisions: v.revisions as u64,
            head: v.head,
            gaps: v.gaps,
            anchors: v.anchors.into_iter().map(Into::into).collect(),
            damaged: v.damaged,
            problems: v.problems.into_iter().map(|p| DiaryProblem { seq: p.seq, reason: p.reason.into() }).collect(),
        }
    }
}

/// A breach of a working-time rule: `rule` is a `WorkingTimeRule` id; `limit` and `actual` are
/// hours (minutes for `break`, a count for `night-shifts-count`); `from` and `to` are the period
/// it is about; `text` says it in the user's language.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WorkingTimeBreach {
    pub rule: String,
    pub shift_ids: Vec<String>,
    pub limit: f64,
    pub actual: f64,
    pub source: String,
    pub from: OffsetDateTime,
    pub to: OffsetDateTime,
    pub text: String,
}

/// A working-time rule that was checked, with its name in the user's language.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WorkingTimeRule {
    pub id: String,
    pub name: String,
}

/// The rules checked and what broke them: "no breaches" holds only for the rules in `checked`.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WorkingTimeReport {
    pub checked: Vec<WorkingTimeRule>,
    pub breaches: Vec<WorkingTimeBreach>,
}

/// Verifies a diary export someone received (a union, an inspector): no profile or key needed.
/// `trusted_tsa_pem`: the receiver's own trusted time-stamping certificates (PEM); without them
/// each anchor is checked against the certificates the export names.
#[uniffi::export(default(trusted_tsa_pem = None))]
pub fn verify_diary_export(json: String, trusted_tsa_pem: Option<String>) -> ApiResult<DiaryVerification> {
    without_profile((|| {
        let trusted = trusted_tsa_pem.as_deref().map(core::anchor::parse_pem_certificates).transpose()?;
        d::verify_export(&json, trusted.as_deref())
    })())
    .map(Into::into)
}

#[derive(uniffi::Object)]
pub struct DiaryService {
    pub(crate) profile: Arc<core::Werkmaat>,
}

impl DiaryService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        DiaryService { profile }
    }

    /// An instant from the shell's clock, named by the argument that carries it.
    fn instant(&self, field: &'static str, instant: SystemTime) -> ApiResult<chrono::DateTime<chrono::Utc>> {
        self.profile.api(utc(field, instant))
    }
}

#[uniffi::export]
impl DiaryService {
    /// The symptoms and body parts to choose from, labelled in the user's language and Dutch.
    pub fn vocabulary(&self) -> DiaryVocabulary {
        let (symptoms, body) = self.profile.diary().vocabulary();
        let terms = |list: Vec<d::Term>| {
            list.into_iter().map(|t| DiaryTerm { code: t.code, label: t.label, label_nl: t.label_nl }).collect()
        };
        DiaryVocabulary { symptoms: terms(symptoms), body_parts: terms(body) }
    }

    /// Adds an entry; `position` (optional) is sealed with it. `recorded_at`: the phone's clock.
    pub fn add(
        &self,
        entry: DiaryEntry,
        position: Option<Position>,
        recorded_at: SystemTime,
    ) -> ApiResult<DiaryAppended> {
        let recorded_at = self.instant("recorded_at", recorded_at)?;
        let position = self.profile.api(position.map(Position::checked).transpose())?;
        self.profile.api(self.profile.diary().add(entry.into(), position, recorded_at)).map(Into::into)
    }

    /// Records a correction as a new revision.
    pub fn correct(&self, id: String, entry: DiaryEntry, recorded_at: SystemTime) -> ApiResult<DiaryAppended> {
        let recorded_at = self.instant("recorded_at", recorded_at)?;
        self.profile.api(self.profile.diary().correct(&id, entry.into(), recorded_at)).map(Into::into)
    }

    /// Deletes an entry, leaving a visible gap in the chain.
    pub fn delete(&self, id: String, recorded_at: SystemTime) -> ApiResult<DiaryAppended> {
        let recorded_at = self.instant("recorded_at", recorded_at)?;
        self.profile.api(self.profile.diary().delete(&id, recorded_at)).map(Into::into)
    }

    /// Entries (latest revision each), newest first: those on the days `from` to `to` (each
    /// included, in the entry's own offset) of `kind`.
    pub fn list(
        &self,
        from: Option<LocalDate>,
        to: Option<LocalDate>,
        kind: Option<EntryKind>,
        limit: Option<u32>,
    ) -> ApiResult<Vec<DiaryEntryView>> {
        let list = self.profile.api(self.profile.diary().list(from, to, kind, limit.map(|l| l as usize)))?;
        Ok(list.into_iter().map(Into::into).collect())
    }

    /// One entry as the list shows it (its current revision), for an edit or correction screen.
    pub fn get(&self, id: String) -> ApiResult<DiaryEntryView> {
        self.profile.api(self.profile.diary().get(&id)).map(Into::into)
    }

    /// Recomputes the chain from the disk. `witness`: the one the shell kept after its last write
    /// (a diary behind it is `rolled_back`).
    #[uniffi::method(default(witness = None))]
    pub fn verify(&self, witness: Option<DiaryWitness>) -> ApiResult<DiaryVerification> {
        let witness = witness.map(d::Witness::from);
        self.profile.api(self.profile.diary().verify(witness.as_ref())).map(Into::into)
    }

    /// Makes a time-stamp request for the current head, kept until its answer comes back.
    pub fn anchor_request(&self) -> ApiResult<DiaryAnchorRequest> {
        self.profile.api(self.profile.diary().anchor_request()).map(Into::into)
    }

    /// Checks a TSA's DER `TimeStampResp` to a kept request against the trusted TSA certificates
    /// (`trusted_tsa_pem`, one or more PEM certificates: the TSA's own or its CA's) and keeps the
    /// anchor. A response that does not check is refused with its reason; nothing is stored.
    pub fn anchor_add(&self, response: Vec<u8>, trusted_tsa_pem: String) -> ApiResult<DiaryAnchor> {
        let trusted = self.profile.api(core::anchor::parse_pem_certificates(&trusted_tsa_pem))?;
        self.profile.api(self.profile.diary().anchor_add(&response, &trusted)).map(Into::into)
    }

    /// The anchors kept, oldest first.
    pub fn anchors(&self) -> ApiResult<Vec<DiaryAnchor>> {
        Ok(self.profile.api(self.profile.diary().anchors())?.into_iter().map(Into::into).collect())
    }

    /// The seqs of rows that do not open (damaged): list, exports and backup leave them out.
    pub fn damaged(&self) -> ApiResult<Vec<u64>> {
        self.profile.api(self.profile.diary().damaged())
    }

    /// The latest seq and head as stored now (none for an empty diary): to start keeping a witness.
    pub fn witness(&self) -> ApiResult<Option<DiaryWitness>> {
        self.profile.api(self.profile.diary().witness()).map(|w| w.map(Into::into))
    }

    /// The logged shifts against the working-time rules: which rules were checked, what broke them.
    pub fn hours(&self) -> ApiResult<WorkingTimeReport> {
        let report = self.profile.api(self.profile.diary().hours())?;
        let l10n = self.profile.localizer();
        Ok(WorkingTimeReport {
            checked: report
                .checked
                .iter()
                .map(|rule| WorkingTimeRule { id: rule.id().to_owned(), name: rule.name(&l10n) })
                .collect(),
            breaches: report
                .breaches
                .into_iter()
                .map(|b| WorkingTimeBreach {
                    text: b.text(&l10n),
                    rule: b.rule.id().to_owned(),
                    shift_ids: b.shift_ids,
                    limit: b.limit,
                    actual: b.actual,
                    source: b.source,
                    from: b.from,
                    to: b.to,
                })
                .collect(),
        })
    }

    /// An encrypted backup (Argon2id and XChaCha20-Poly1305) of the whole diary, under a
    /// passphrase of at least 8 characters.
    pub fn backup(
        &self,
        passphrase: String,
        now: SystemTime,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<Vec<u8>> {
        let now = self.instant("now", now)?;
        self.profile.api(self.profile.diary().backup(&passphrase, now, &Listener(progress)))
    }

    /// Restores a backup into an empty diary: all of it, or nothing (also when cancelled).
    /// Returns the entry count and the witness to keep.
    pub fn restore(
        &self,
        backup: Vec<u8>,
        passphrase: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<DiaryRestored> {
        let restored = self.profile.api(self.profile.diary().restore(&backup, &passphrase, &Listener(progress)))?;
        Ok(DiaryRestored { entries: restored.entries as u64, witness: restored.witness.map(Into::into) })
    }

    /// The whole diary as JSON with its chain head; positions only when `include_location`.
    pub fn export_json(
        &self,
        include_location: bool,
        exported_at: SystemTime,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<String> {
        let exported_at = self.instant("exported_at", exported_at)?;
        self.profile.api(self.profile.diary().export_json(include_location, exported_at, &Listener(progress)))
    }

    /// The report for the doctor: one self-contained HTML page, print-ready on A4, in the user's
    /// language with `doctor_locale` (usually `nl`; `nl-NL` is understood) beside every heading and
    /// coded value, with the saved details named in `identity` at the top.
    pub fn export_report_html(
        &self,
        doctor_locale: String,
        identity: Vec<IdentityField>,
        made_at: SystemTime,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<String> {
        let made_at = self.instant("made_at", made_at)?;
        self.profile.api(self.profile.diary().report_html(&doctor_locale, &identity, made_at, &Listener(progress)))
    }

    /// The diary as a FHIR R4 Bundle (JSON), its texts in `doctor_locale`, the Patient carrying
    /// the saved details named in `identity`; positions only when `include_location`.
    pub fn export_fhir(
        &self,
        doctor_locale: String,
        identity: Vec<IdentityField>,
        include_location: bool,
        made_at: SystemTime,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<String> {
        let made_at = self.instant("made_at", made_at)?;
        let diary = self.profile.diary();
        self.profile.api(diary.export_fhir(&doctor_locale, &identity, include_location, made_at, &Listener(progress)))
    }
}
