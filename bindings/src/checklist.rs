//! The health-insurance checklist across the FFI. Answers and dates travel as text: `yes`/`no`,
//! `YYYY-MM-DD`, a number, or an option id.

use std::sync::Arc;

use werkmaat_core::{self as core, calendar::parse_date, checklist as c};

use crate::{
    error::{ApiError, ApiResult},
    guides::SourceRef,
};

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct QuestionOption {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Question {
    pub id: String,
    /// `yes_no`, `date`, `number` or `choice`.
    pub kind: String,
    pub text: String,
    pub help: Option<String>,
    pub options: Vec<QuestionOption>,
    /// The current answer, as text.
    pub answer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ItemStatus {
    Todo,
    Done,
    Overdue,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChecklistItem {
    pub id: String,
    pub title: String,
    pub text: String,
    pub status: ItemStatus,
    /// `YYYY-MM-DD`, where the law gives a deadline.
    pub deadline: Option<String>,
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
    /// `added`, `removed`, `status_changed` or `deadline_changed`.
    pub kind: String,
    pub explanation: String,
}

fn kind_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

impl From<c::Item> for ChecklistItem {
    fn from(item: c::Item) -> Self {
        ChecklistItem {
            id: item.id,
            title: item.title,
            text: item.text,
            status: match item.status {
                c::ItemStatus::Todo => ItemStatus::Todo,
                c::ItemStatus::Done => ItemStatus::Done,
                c::ItemStatus::Overdue => ItemStatus::Overdue,
            },
            deadline: item.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
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

    fn api<T>(&self, result: core::Result<T>) -> ApiResult<T> {
        result.map_err(|error| ApiError::new(error, &self.profile.localizer()))
    }

    fn convert(list: Vec<c::Item>) -> Vec<ChecklistItem> {
        list.into_iter().map(Into::into).collect()
    }
}

#[uniffi::export]
impl ChecklistService {
    /// The questions that apply now, given the answers so far.
    pub fn questions(&self) -> ApiResult<Vec<Question>> {
        let list = self.api(self.profile.checklist().questions())?;
        Ok(list
            .into_iter()
            .map(|q| Question {
                id: q.id,
                kind: kind_name(&q.kind),
                text: q.text,
                help: q.help,
                options: q.options.into_iter().map(|o| QuestionOption { id: o.id, text: o.text }).collect(),
                answer: q.answer,
            })
            .collect())
    }

    /// Records an answer; returns what changed in the checklist, explained.
    pub fn answer(&self, question: String, value: String, today: String) -> ApiResult<Vec<ChecklistChange>> {
        let today = self.api(parse_date("today", &today))?;
        let changes = self.api(self.profile.checklist().answer(&question, &value, today))?;
        Ok(changes
            .into_iter()
            .map(|c| ChecklistChange { item: c.item, kind: kind_name(&c.kind), explanation: c.explanation })
            .collect())
    }

    /// The items that apply now, with status and deadline on `today`.
    pub fn items(&self, today: String) -> ApiResult<Vec<ChecklistItem>> {
        let today = self.api(parse_date("today", &today))?;
        self.api(self.profile.checklist().items(today)).map(Self::convert)
    }

    /// Marks an item done; returns the checklist.
    pub fn mark_done(&self, item: String, today: String) -> ApiResult<Vec<ChecklistItem>> {
        let today = self.api(parse_date("today", &today))?;
        self.api(self.profile.checklist().mark_done(&item, today)).map(Self::convert)
    }

    /// Forgets all answers and marks.
    pub fn reset(&self) -> ApiResult<()> {
        self.api(self.profile.checklist().reset())
    }
}
