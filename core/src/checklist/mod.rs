//! The health-insurance checklist: a few questions, and rules (`rules`, content not code) that
//! turn the answers, the facts of the year and "today" into items with a status, a deadline where
//! the law gives one, the answers that caused them, their sources, and the guide that explains them.

mod answers;
mod rules;

use std::sync::Arc;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

pub use self::{
    answers::{Answer, Answers, ChecklistState},
    rules::{Condition, ItemDef, QuestionDef, QuestionKind, Rules},
};
use crate::{
    Error, Result,
    content::Content,
    facts::{FactBook, Source},
    l10n::Localizer,
    store::{Document, Store},
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionOption {
    pub id: String,
    pub text: String,
}

/// A question as the shell asks it, with the current answer if there is one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    pub help: Option<String>,
    pub options: Vec<QuestionOption>,
    pub answer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Todo,
    Done,
    Overdue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub text: String,
    pub status: ItemStatus,
    pub deadline: Option<NaiveDate>,
    /// The questions whose answers made this item apply.
    pub because: Vec<String>,
    /// The same questions as the user reads them.
    pub because_text: Vec<String>,
    /// The guide that explains it.
    pub guide: String,
    pub sources: Vec<Source>,
    /// Facts behind the item that are past their validity on "today".
    pub stale_facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    StatusChanged,
    DeadlineChanged,
}

/// What changed in the checklist after an answer, with a sentence that says so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub item: String,
    pub kind: ChangeKind,
    pub explanation: String,
}

/// The checklist of one profile.
#[derive(Clone)]
pub struct Checklist {
    store: Arc<Store>,
    localizer: Localizer,
    content: Arc<Content>,
}

impl Checklist {
    pub(crate) fn new(store: Arc<Store>, localizer: Localizer, content: Arc<Content>) -> Checklist {
        Checklist { store, localizer, content }
    }

    /// The questions that apply now, given the answers so far, in order.
    pub fn questions(&self) -> Result<Vec<Question>> {
        let (rules, facts) = (&self.content.checklist, &self.content.facts);
        let state = self.load()?;
        Ok(rules
            .questions
            .iter()
            .filter(|q| q.when.as_ref().is_none_or(|when| rules.holds(when, &state.answers, facts)))
            .map(|q| self.question(q, &state.answers, facts))
            .collect())
    }

    fn question(&self, q: &QuestionDef, answers: &Answers, facts: &FactBook) -> Question {
        let id = format!("question-{}", q.id);
        // Numbers in a question or its options are facts too ("shorter than 4 months").
        let mut args = FluentArgs::new();
        for name in self
            .localizer
            .locales()
            .reference_variables("checklist.ftl", &id)
            .into_iter()
            .chain(self.localizer.locales().reference_variables("checklist.ftl", &format!("option-{}", q.id)))
        {
            if let Some(fact) = facts.get(&name) {
                args.set(name, fact.fluent_value(&self.localizer));
            }
        }
        let options = match q.kind {
            QuestionKind::YesNo => ["yes", "no"]
                .iter()
                .map(|o| QuestionOption { id: (*o).to_owned(), text: self.localizer.text(&format!("option-{o}")) })
                .collect(),
            QuestionKind::Choice => q
                .options
                .iter()
                .map(|o| QuestionOption {
                    id: o.clone(),
                    text: self.localizer.format(&format!("option-{}-{o}", q.id), Some(&args)),
                })
                .collect(),
            QuestionKind::Date | QuestionKind::Number => Vec::new(),
        };
        Question {
            id: q.id.clone(),
            kind: q.kind,
            text: self.localizer.format(&id, Some(&args)),
            help: self.localizer.attribute(&id, "help", Some(&args)),
            options,
            answer: answers.get(&q.id).map(Answer::as_text),
        }
    }

    /// Records an answer and re-evaluates everything; returns what changed, explained. The answer
    /// is added to the answers as they are when it is written, so answers given at the same time
    /// (two screens, two processes) are all kept.
    pub fn answer(&self, question: &str, value: &str, today: NaiveDate) -> Result<Vec<Change>> {
        let rules = &self.content.checklist;
        let def = rules.question(question).ok_or(Error::NotFound { message: "error-unknown-question" })?;
        let answer = Answer::parse(def, &self.canonical_answer(def, value), self.localizer.locale())?;
        let (before, after) = self.store.update(Document::CHECKLIST_STATE, |state: &mut ChecklistState| {
            let before = self.evaluate(state, today);
            state.answers.insert(question.to_owned(), answer);
            let after = self.evaluate(state, today);
            forget_marks_that_no_longer_apply(state, &after);
            Ok((before, after))
        })?;
        Ok(self.changes(&before, &after))
    }

    /// A yes/no or option answer typed in the user's language ("tak", "Ja") becomes its id;
    /// anything else is left as typed.
    fn canonical_answer(&self, def: &QuestionDef, value: &str) -> String {
        let typed = crate::l10n::fold(value.trim());
        let options: Vec<(String, String)> = match def.kind {
            QuestionKind::YesNo => ["yes", "no"].iter().map(|o| ((*o).to_owned(), format!("option-{o}"))).collect(),
            QuestionKind::Choice => def.options.iter().map(|o| (o.clone(), format!("option-{}-{o}", def.id))).collect(),
            QuestionKind::Date | QuestionKind::Number => return value.to_owned(),
        };
        options
            .into_iter()
            .find(|(_, message)| crate::l10n::fold(&self.localizer.text(message)) == typed)
            .map_or_else(|| value.to_owned(), |(id, _)| id)
    }

    /// The items that apply now, with status and deadline on `today`. A mark on an item that does
    /// not apply is not shown (and is forgotten at the next change), so a mark never hides a new
    /// obligation.
    pub fn items(&self, today: NaiveDate) -> Result<Vec<Item>> {
        Ok(self.evaluate(&self.load()?, today))
    }

    /// Marks an item done. Only an item that applies now can be marked.
    pub fn mark_done(&self, item: &str, today: NaiveDate) -> Result<Vec<Item>> {
        self.store.update(Document::CHECKLIST_STATE, |state: &mut ChecklistState| {
            if !self.evaluate(state, today).iter().any(|i| i.id == item) {
                return Err(Error::NotFound { message: "error-unknown-item" });
            }
            if !state.done.iter().any(|id| id == item) {
                state.done.push(item.to_owned());
            }
            let items = self.evaluate(state, today);
            forget_marks_that_no_longer_apply(state, &items);
            Ok(items)
        })
    }

    /// Forgets every answer and mark.
    pub fn reset(&self) -> Result<()> {
        self.store.remove(Document::CHECKLIST_STATE)
    }

    fn load(&self) -> Result<ChecklistState> {
        self.store.load(Document::CHECKLIST_STATE)
    }

    fn evaluate(&self, state: &ChecklistState, today: NaiveDate) -> Vec<Item> {
        evaluate(&self.content.checklist, &self.content.facts, state, today, &self.localizer)
    }

    fn changes(&self, before: &[Item], after: &[Item]) -> Vec<Change> {
        let mut out = Vec::new();
        let explain = |id: &str, item: &str, extra: Option<(&str, String)>| {
            let mut args = FluentArgs::new();
            args.set("item", item.to_owned());
            if let Some((name, value)) = extra {
                args.set(name, value);
            }
            self.localizer.format(id, Some(&args))
        };
        for item in after {
            match before.iter().find(|b| b.id == item.id) {
                None => out.push(Change {
                    item: item.id.clone(),
                    kind: ChangeKind::Added,
                    explanation: explain("checklist-change-added", &item.title, None),
                }),
                Some(old) if old.deadline != item.deadline => out.push(Change {
                    item: item.id.clone(),
                    kind: ChangeKind::DeadlineChanged,
                    explanation: explain(
                        "checklist-change-deadline",
                        &item.title,
                        Some(("deadline", item.deadline.map(|d| self.localizer.date(d)).unwrap_or_default())),
                    ),
                }),
                Some(old) if old.status != item.status => out.push(Change {
                    item: item.id.clone(),
                    kind: ChangeKind::StatusChanged,
                    explanation: explain("checklist-change-status", &item.title, None),
                }),
                Some(_) => {}
            }
        }
        for old in before.iter().filter(|b| !after.iter().any(|a| a.id == b.id)) {
            out.push(Change {
                item: old.id.clone(),
                kind: ChangeKind::Removed,
                explanation: explain("checklist-change-removed", &old.title, None),
            });
        }
        out
    }
}

fn forget_marks_that_no_longer_apply(state: &mut ChecklistState, items: &[Item]) {
    state.done.retain(|id| items.iter().any(|i| &i.id == id));
}

/// The items that apply to `state` on `today`: the pure heart of the checklist.
pub fn evaluate(
    rules: &Rules,
    facts: &FactBook,
    state: &ChecklistState,
    today: NaiveDate,
    localizer: &Localizer,
) -> Vec<Item> {
    rules
        .items
        .iter()
        .filter(|def| rules.holds(&def.when, &state.answers, facts))
        .map(|def| {
            let message = format!("item-{}", def.id);
            let mut fact_ids: Vec<String> =
                localizer.locales().reference_variables("checklist.ftl", &message).into_iter().collect();
            rules.facts_read(&def.when, &mut fact_ids);
            if let Some(fact) = def.deadline.as_ref().and_then(|d| d.fact()) {
                fact_ids.push(fact.to_owned());
            }
            let used: Vec<_> = fact_ids.iter().filter_map(|id| facts.get(id)).collect();
            let mut args = FluentArgs::new();
            for fact in &used {
                args.set(fact.id.clone(), fact.fluent_value(localizer));
            }
            let deadline = def.deadline.as_ref().and_then(|rule| rules.deadline(rule, &state.answers, facts));
            let status = if state.done.contains(&def.id) {
                ItemStatus::Done
            } else if deadline.is_some_and(|d| d < today) {
                ItemStatus::Overdue
            } else {
                ItemStatus::Todo
            };
            let mut because = Vec::new();
            rules.questions_read(&def.when, &mut because);
            if let Some(rule) = &def.deadline {
                because.push(rule.answer.clone());
            }
            because.retain(|q| state.answers.contains_key(q));
            let mut sources: Vec<Source> = used.iter().map(|f| f.source.clone()).collect();
            sources.sort_by(|a, b| a.title.cmp(&b.title));
            sources.dedup();
            Item {
                id: def.id.clone(),
                title: localizer.text(&message),
                text: localizer.attribute(&message, "text", Some(&args)).unwrap_or_default(),
                status,
                deadline,
                because_text: because.iter().map(|q| localizer.text(&format!("question-{q}"))).collect(),
                because,
                guide: def.guide.clone(),
                sources,
                stale_facts: used.iter().filter(|f| f.is_stale(today)).map(|f| f.id.clone()).collect(),
            }
        })
        .collect()
}
