//! The uniffi layer over `werkmaat-core`: objects that wrap core handles, records that mirror core
//! types, and one error type. No logic lives here that a Rust caller of the core would miss
//! (ARCHITECTURE.md, invariant 7); the `werkmaat` CLI uses this crate's Rust API exactly as a
//! mobile shell uses the generated bindings.

mod attachments;
mod care;
mod checklist;
mod details;
mod diary;
mod error;
mod files;
mod guides;
mod l10n;
mod pack;
mod position;
mod profile;
mod progress;
mod share;
mod time;

#[cfg(feature = "osm-extract")]
pub use crate::pack::{OsmPlacesPack, pack_places_from_osm};
pub use crate::{
    attachments::{Attachment, AttachmentKind, ExportedAttachment, verify_diary_export_files},
    care::{
        AdviceKind, CareAdvice, CareOrigin, CarePlace, CareService, Holiday, OsmImportReport, OwnGp, PlaceKind,
        overpass_query,
    },
    checklist::{
        ChangeKind, ChecklistChange, ChecklistItem, ChecklistService, ItemStatus, Question, QuestionKind,
        QuestionOption,
    },
    details::{DetailChange, DetailField, DetailsService, PersonalDetails},
    diary::{
        CareWith, DiaryAnchor, DiaryAppended, DiaryEntry, DiaryEntryView, DiaryPhoto, DiaryProblem, DiaryProblemReason,
        DiaryReport, DiaryRestored, DiaryService, DiaryTerm, DiaryVerification, DiaryVocabulary, DiaryWitness,
        EntryKind, IdentityField, Reporter, WorkingTimeBreach, WorkingTimeReport, WorkingTimeRule, verify_diary_export,
    },
    error::{ApiError, InputProblem, PackProblem},
    files::{create_data_dir, write_file},
    guides::{
        Confidence, FactUse, Guide, GuideSection, GuideSummary, GuidesService, PhraseCard, PhraseSummary, PhraseText,
        SearchHit, SourceRef, SpeechSegment, StaleFact,
    },
    l10n::{LocaleInfo, Localizer, TextArg, TextValue, supported_locales},
    pack::{ContentPart, PackKeyPair, PackSummary, content_parts, pack_build, pack_keygen, pack_verify},
    position::Position,
    profile::{
        ContentInfo, ContentPartInfo, LocaleName, ProfileInfo, SetAside, SetAsideReason, Werkmaat, core_version,
        profile_exists,
    },
    progress::ProgressListener,
    share::{ShareOrganisation, ShareRecipient, ShareService, ShareSummary, share_file_name},
    time::{CalendarDay, LocalDate, OffsetDateTime, OffsetInstant},
};

uniffi::setup_scaffolding!("werkmaat");
