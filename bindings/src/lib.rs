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
mod profile;
mod progress;
mod share;

#[cfg(feature = "osm-extract")]
pub use crate::pack::{OsmPlacesPack, pack_places_from_osm};
pub use crate::{
    attachments::{Attachment, AttachmentKind, ExportedAttachment, verify_diary_export_files},
    care::{CareAdvice, CareOrigin, CarePlace, CareService, OsmImportReport, OwnGp, overpass_query},
    checklist::{ChecklistChange, ChecklistItem, ChecklistService, ItemStatus, Question, QuestionOption},
    details::{DetailChange, DetailField, DetailsService, PersonalDetails},
    diary::{
        DiaryAnchor, DiaryAppended, DiaryEntry, DiaryEntryView, DiaryPhoto, DiaryProblem, DiaryProblemReason,
        DiaryReport, DiaryRestored, DiaryService, DiaryTerm, DiaryVerification, DiaryVocabulary, DiaryWitness,
        IdentityField, WorkingTimeBreach, WorkingTimeReport, WorkingTimeRule, verify_diary_export,
    },
    error::ApiError,
    files::{create_data_dir, write_file},
    guides::{
        FactUse, Guide, GuideSection, GuideSummary, GuidesService, PhraseCard, PhraseSummary, PhraseText, SearchHit,
        SourceRef, SpeechSegment, StaleFact,
    },
    l10n::{LocaleInfo, Localizer, TextArg, TextValue, supported_locales},
    pack::{PackKeyPair, PackSummary, content_parts, pack_build, pack_keygen, pack_verify},
    profile::{
        ContentInfo, ContentPart, LocaleName, ProfileInfo, SetAside, SetAsideReason, Werkmaat, core_version,
        profile_exists,
    },
    progress::ProgressListener,
    share::{ShareOrganisation, ShareRecipient, ShareService, ShareSummary, share_file_name},
};

uniffi::setup_scaffolding!("werkmaat");
