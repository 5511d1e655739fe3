//! The health-insurance checklist.

use serde::Serialize;
use werkmaat_ffi as ffi;

use super::Source;

#[derive(Serialize)]
pub struct QuestionOption {
    pub id: String,
    pub text: String,
}

/// `checklist questions`.
#[derive(Serialize)]
pub struct Question {
    pub id: String,
    pub kind: ffi::QuestionKind,
    pub text: String,
    pub help: Option<String>,
    pub answer: Option<String>,
    /// The answer ids, as `checklist answer` takes them; their texts in `option_texts`.
    pub options: Vec<String>,
    pub option_texts: Vec<QuestionOption>,
}

impl From<&ffi::Question> for Question {
    fn from(q: &ffi::Question) -> Self {
        Question {
            id: q.id.clone(),
            kind: q.kind,
            text: q.text.clone(),
            help: q.help.clone(),
            answer: q.answer.clone(),
            options: q.options.iter().map(|o| o.id.clone()).collect(),
            option_texts: q.options.iter().map(|o| QuestionOption { id: o.id.clone(), text: o.text.clone() }).collect(),
        }
    }
}

#[derive(Serialize)]
pub struct Change {
    pub item: String,
    pub kind: ffi::ChangeKind,
    pub explanation: String,
}

impl From<&ffi::ChecklistChange> for Change {
    fn from(c: &ffi::ChecklistChange) -> Self {
        Change { item: c.item.clone(), kind: c.kind.clone(), explanation: c.explanation.clone() }
    }
}

/// `checklist answer`.
#[derive(Serialize)]
pub struct Changes {
    pub changes: Vec<Change>,
}

/// The name of a status in JSON and in the Fluent ids `checklist-status-*`.
pub fn status_name(status: ffi::ItemStatus) -> &'static str {
    match status {
        ffi::ItemStatus::Todo => "todo",
        ffi::ItemStatus::Done => "done",
        ffi::ItemStatus::Overdue => "overdue",
    }
}

#[derive(Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub text: String,
    pub status: &'static str,
    pub deadline: Option<chrono::NaiveDate>,
    pub because: Vec<String>,
    pub because_text: Vec<String>,
    pub guide: String,
    pub sources: Vec<Source>,
    pub stale_facts: Vec<String>,
}

impl From<&ffi::ChecklistItem> for Item {
    fn from(i: &ffi::ChecklistItem) -> Self {
        Item {
            id: i.id.clone(),
            title: i.title.clone(),
            text: i.text.clone(),
            status: status_name(i.status),
            deadline: i.deadline,
            because: i.because.clone(),
            because_text: i.because_text.clone(),
            guide: i.guide.clone(),
            sources: i.sources.iter().map(Into::into).collect(),
            stale_facts: i.stale_facts.clone(),
        }
    }
}

/// `checklist show` and `checklist done`.
#[derive(Serialize)]
pub struct Items {
    pub items: Vec<Item>,
}

impl From<&[ffi::ChecklistItem]> for Items {
    fn from(items: &[ffi::ChecklistItem]) -> Self {
        Items { items: items.iter().map(Into::into).collect() }
    }
}

/// `checklist reset`.
#[derive(Serialize)]
pub struct Reset {
    pub reset: bool,
}
