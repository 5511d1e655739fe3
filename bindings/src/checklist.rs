//! The health-insurance checklist across the FFI. Answers travel as the user typed them:
//! `yes`/`no`, `YYYY-MM-DD`, a number written the locale's way, or an option id.

use std::sync::Arc;

pub use werkmaat_core::checklist::{ChangeKind, ItemStatus, QuestionKind};
use werkmaat_core::{self as core, checklist as c};

use crate::{
    error::{ApiResult, Localized},
    guides::SourceRef,
    time::LocalDate,
};

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct QuestionOption {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    pub help: Option<String>,
    pub options: Vec<QuestionOption>,
    /// The current answer, as text.
    pub answer: Option<String>,
}

/// What a question asks for (the core's type).
#[uniffi::remote(Enum)]
pub enum QuestionKind {
    YesNo,
    Date,
    Number,
    Choice,
}

/// Where an item stands (the core's type).
#[uniffi::remote(Enum)]
pub enum ItemStatus {
    Todo,
    Done,
    Overdue,
}

/// How an answer changed an item (the core's type).
#[uniffi::remote(Enum)]
pub enum ChangeKind {
    Added,
    Removed,
    StatusChanged,
    DeadlineChanged,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChecklistItem {
    pub id: String,
    pub title: String,
    pub text: String,
    pub status: ItemStatus,
    /// Where the law gives a deadline.
    pub deadline: Option<LocalDate>,
    /// The questions whose answers made this item apply.
    pub because: Vec<String>,
    /// The same questions as the user reads them.
    pub because_text: Vec<String>,
    /// The id of the guide that explains it.
    pub guide: String,
    pub sources: Vec<SourceRef>,
    pub stale_facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChecklistChange {
    pub item: String,
    pub kind: ChangeKind,
    pub explanation: String,
}

impl From<c::Item> for ChecklistItem {
    fn from(item: c::Item) -> Self {
        ChecklistItem {
            id: item.id,
            title: item.title,
            text: item.text,
            status: item.status,
            deadline: item.deadline,
            because: item.because,
            because_text: item.because_text,
            guide: item.guide,
            sources: item.sources.into_iter().map(Into::into).collect(),
            stale_facts: item.stale_facts,
        }
    }
}

#[derive(uniffi::Object)]
pub struct ChecklistService {
    profile: Arc<core::Werkmaat>,
}

impl ChecklistService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        ChecklistService { profile }
    }

    fn convert(list: Vec<c::Item>) -> Vec<ChecklistItem> {
        list.into_iter().map(Into::into).collect()
    }
}

#[uniffi::export]
impl ChecklistService {
    /// The questions that apply now, given the answers so far.
    pub fn questions(&self) -> ApiResult<Vec<Question>> {
        let list = self.profile.api(self.profile.checklist().questions())?;
        Ok(list
            .into_iter()
            .map(|q| Question {
                id: q.id,
                kind: q.kind,
                text: q.text,
                help: q.help,
                options: q.options.into_iter().map(|o| QuestionOption { id: o.id, text: o.text }).collect(),
                answer: q.answer,
            })
            .collect())
    }

    /// Records an answer; returns what changed in the checklist, explained.
    pub fn answer(&self, question: String, value: String, today: LocalDate) -> ApiResult<Vec<ChecklistChange>> {
        let changes = self.profile.api(self.profile.checklist().answer(&question, &value, today))?;
        Ok(changes
            .into_iter()
            .map(|c| ChecklistChange { item: c.item, kind: c.kind, explanation: c.explanation })
            .collect())
    }

    /// The items that apply now, with status and deadline on `today`.
    pub fn items(&self, today: LocalDate) -> ApiResult<Vec<ChecklistItem>> {
        self.profile.api(self.profile.checklist().items(today)).map(Self::convert)
    }

    /// Marks an item done; returns the checklist.
    pub fn mark_done(&self, item: String, today: LocalDate) -> ApiResult<Vec<ChecklistItem>> {
        self.profile.api(self.profile.checklist().mark_done(&item, today)).map(Self::convert)
    }

    /// Forgets all answers and marks.
    pub fn reset(&self) -> ApiResult<()> {
        self.profile.api(self.profile.checklist().reset())
    }
}
