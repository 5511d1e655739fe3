//! The checklist's rules as data (`core/content/checklist.json`): questions with the answers that
//! make them appear, and items with the answers that make them apply and their deadlines. Loading
//! checks everything a rule names (questions, options, facts, named conditions), so a content
//! update with a mistake is refused whole instead of misleading a worker.

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};
use serde::Deserialize;

use super::answers::{Answer, Answers};
use crate::{
    Error, Result,
    facts::{FactBook, FactKind, FactValue},
};

crate::names::named_enum! {
    /// What a question asks for.
    QuestionKind { YesNo => "yes_no", Date => "date", Number => "number", Choice => "choice" }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub id: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub options: Vec<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub when: Option<Condition>,
}

/// A test on the answers. A test on an unanswered question is false.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Condition {
    All { all: Vec<Condition> },
    Any { any: Vec<Condition> },
    Not { not: Box<Condition> },
    Ref { r#ref: String },
    Is { answer: String, is: serde_json::Value },
    In { answer: String, r#in: Vec<serde_json::Value> },
    AtLeast { answer: String, at_least: f64 },
    AtMost { answer: String, at_most: f64 },
    Below { answer: String, below: f64 },
    AtLeastFact { answer: String, at_least_fact: String },
    AtMostFact { answer: String, at_most_fact: String },
    BelowFact { answer: String, below_fact: String },
}

/// A deadline: the date answered to `answer`, plus the number of months or of days a fact gives
/// (exactly one of the two: the law counts some terms in months, others in days).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRule {
    pub answer: String,
    pub plus_months_fact: Option<String>,
    pub plus_days_fact: Option<String>,
}

impl DeadlineRule {
    /// The fact that gives the length of the term.
    pub fn fact(&self) -> Option<&str> {
        match (&self.plus_months_fact, &self.plus_days_fact) {
            (Some(months), None) => Some(months),
            (None, Some(days)) => Some(days),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    pub id: String,
    /// The guide that explains the item.
    pub guide: String,
    pub when: Condition,
    pub deadline: Option<DeadlineRule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    #[serde(default, rename = "about")]
    _about: String,
    pub questions: Vec<QuestionDef>,
    #[serde(default)]
    pub conditions: BTreeMap<String, Condition>,
    pub items: Vec<ItemDef>,
}

impl Rules {
    /// Parses and checks the rules against the questions they name and the facts they use.
    pub fn from_json(text: &str, facts: &FactBook) -> Result<Rules> {
        let rules: Rules = serde_json::from_str(text).map_err(|_| Error::Content { part: "checklist" })?;
        rules.check(facts)?;
        Ok(rules)
    }

    pub fn question(&self, id: &str) -> Option<&QuestionDef> {
        self.questions.iter().find(|q| q.id == id)
    }

    fn check(&self, facts: &FactBook) -> Result<()> {
        let bad = Err(Error::Content { part: "checklist" });
        let mut ids: Vec<&str> = self.questions.iter().map(|q| q.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != self.questions.len() {
            return bad;
        }
        for question in &self.questions {
            if (question.kind == QuestionKind::Choice) == question.options.is_empty() {
                return bad;
            }
            if let Some(when) = &question.when {
                self.check_condition(when, facts, 0)?;
            }
        }
        for item in &self.items {
            self.check_condition(&item.when, facts, 0)?;
            if let Some(deadline) = &item.deadline {
                let is_date = self.question(&deadline.answer).is_some_and(|q| q.kind == QuestionKind::Date);
                let term = deadline.fact().and_then(|id| facts.get(id)).is_some_and(|f| f.kind == FactKind::Count);
                if !is_date || !term {
                    return bad;
                }
            }
        }
        Ok(())
    }

    fn check_condition(&self, condition: &Condition, facts: &FactBook, depth: usize) -> Result<()> {
        let bad = || Error::Content { part: "checklist" };
        if depth > 16 {
            return Err(bad()); // a named condition that refers to itself
        }
        let number_question = |id: &str| self.question(id).is_some_and(|q| q.kind == QuestionKind::Number);
        let number_fact = |id: &str| facts.get(id).is_some_and(|f| matches!(f.value, FactValue::Number(_)));
        match condition {
            Condition::All { all: list } | Condition::Any { any: list } => {
                list.iter().try_for_each(|c| self.check_condition(c, facts, depth + 1))
            }
            Condition::Not { not } => self.check_condition(not, facts, depth + 1),
            Condition::Ref { r#ref } => {
                let named = self.conditions.get(r#ref).ok_or_else(bad)?;
                self.check_condition(named, facts, depth + 1)
            }
            Condition::Is { answer, is } => self.check_value(answer, is),
            Condition::In { answer, r#in } => r#in.iter().try_for_each(|v| self.check_value(answer, v)),
            Condition::AtLeast { answer, .. } | Condition::AtMost { answer, .. } | Condition::Below { answer, .. } => {
                number_question(answer).then_some(()).ok_or_else(bad)
            }
            Condition::AtLeastFact { answer, at_least_fact: fact }
            | Condition::AtMostFact { answer, at_most_fact: fact }
            | Condition::BelowFact { answer, below_fact: fact } => {
                (number_question(answer) && number_fact(fact)).then_some(()).ok_or_else(bad)
            }
        }
    }

    /// A value in a rule must be one the question can have.
    fn check_value(&self, question: &str, value: &serde_json::Value) -> Result<()> {
        let question = self.question(question).ok_or(Error::Content { part: "checklist" })?;
        let ok = match (question.kind, value) {
            (QuestionKind::YesNo, serde_json::Value::Bool(_)) => true,
            (QuestionKind::Choice, serde_json::Value::String(option)) => question.options.contains(option),
            (QuestionKind::Number, serde_json::Value::Number(_)) => true,
            (QuestionKind::Date, serde_json::Value::String(date)) => date.parse::<NaiveDate>().is_ok(),
            _ => false,
        };
        ok.then_some(()).ok_or(Error::Content { part: "checklist" })
    }

    /// Whether `condition` holds for these answers.
    pub fn holds(&self, condition: &Condition, answers: &Answers, facts: &FactBook) -> bool {
        let number = |id: &str| match answers.get(id) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        };
        let fact = |id: &str| match facts.get(id).map(|f| &f.value) {
            Some(FactValue::Number(n)) => Some(*n),
            _ => None,
        };
        let compare = |answer: &str, limit: Option<f64>, test: fn(f64, f64) -> bool| matches!((number(answer), limit), (Some(value), Some(limit)) if test(value, limit));
        match condition {
            Condition::All { all } => all.iter().all(|c| self.holds(c, answers, facts)),
            Condition::Any { any } => any.iter().any(|c| self.holds(c, answers, facts)),
            Condition::Not { not } => !self.holds(not, answers, facts),
            Condition::Ref { r#ref } => self.conditions.get(r#ref).is_some_and(|c| self.holds(c, answers, facts)),
            Condition::Is { answer, is } => answers.get(answer).is_some_and(|a| a.matches(is)),
            Condition::In { answer, r#in } => answers.get(answer).is_some_and(|a| r#in.iter().any(|v| a.matches(v))),
            Condition::AtLeast { answer, at_least } => compare(answer, Some(*at_least), |v, l| v >= l),
            Condition::AtMost { answer, at_most } => compare(answer, Some(*at_most), |v, l| v <= l),
            Condition::Below { answer, below } => compare(answer, Some(*below), |v, l| v < l),
            Condition::AtLeastFact { answer, at_least_fact } => compare(answer, fact(at_least_fact), |v, l| v >= l),
            Condition::AtMostFact { answer, at_most_fact } => compare(answer, fact(at_most_fact), |v, l| v <= l),
            Condition::BelowFact { answer, below_fact } => compare(answer, fact(below_fact), |v, l| v < l),
        }
    }

    /// The questions a condition reads, directly or through named conditions: an item's "because".
    pub fn questions_read(&self, condition: &Condition, out: &mut Vec<String>) {
        let mut push = |id: &String| {
            if !out.contains(id) {
                out.push(id.clone());
            }
        };
        match condition {
            Condition::All { all: list } | Condition::Any { any: list } => {
                list.iter().for_each(|c| self.questions_read(c, out))
            }
            Condition::Not { not } => self.questions_read(not, out),
            Condition::Ref { r#ref } => {
                if let Some(named) = self.conditions.get(r#ref) {
                    self.questions_read(named, out);
                }
            }
            Condition::Is { answer, .. }
            | Condition::In { answer, .. }
            | Condition::AtLeast { answer, .. }
            | Condition::AtMost { answer, .. }
            | Condition::Below { answer, .. }
            | Condition::AtLeastFact { answer, .. }
            | Condition::AtMostFact { answer, .. }
            | Condition::BelowFact { answer, .. } => push(answer),
        }
    }

    /// The facts a condition compares with.
    pub fn facts_read(&self, condition: &Condition, out: &mut Vec<String>) {
        match condition {
            Condition::All { all: list } | Condition::Any { any: list } => {
                list.iter().for_each(|c| self.facts_read(c, out))
            }
            Condition::Not { not } => self.facts_read(not, out),
            Condition::Ref { r#ref } => {
                if let Some(named) = self.conditions.get(r#ref) {
                    self.facts_read(named, out);
                }
            }
            Condition::AtLeastFact { at_least_fact: f, .. }
            | Condition::AtMostFact { at_most_fact: f, .. }
            | Condition::BelowFact { below_fact: f, .. }
                if !out.contains(f) =>
            {
                out.push(f.clone());
            }
            _ => {}
        }
    }

    /// The deadline of a rule for these answers, if the date it counts from is answered.
    pub fn deadline(&self, rule: &DeadlineRule, answers: &Answers, facts: &FactBook) -> Option<NaiveDate> {
        let Some(Answer::Date(start)) = answers.get(&rule.answer) else {
            return None;
        };
        let Some(FactValue::Number(term)) = rule.fact().and_then(|id| facts.get(id)).map(|f| &f.value) else {
            return None;
        };
        if rule.plus_days_fact.is_some() {
            start.checked_add_days(Days::new(*term as u64))
        } else {
            start.checked_add_months(Months::new(*term as u32))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn rules(deadline: &str) -> Result<Rules> {
        let text = format!(
            r#"{{ "questions": [{{ "id": "arrived", "kind": "date" }}],
                 "items": [{{ "id": "register", "guide": "arriving", "when": {{ "answer": "arrived", "is": "2026-01-01" }},
                              "deadline": {deadline} }}] }}"#
        );
        Rules::from_json(&text, &Content::bundled().unwrap().facts)
    }

    #[test]
    fn a_deadline_counts_months_or_days_from_a_fact() {
        let facts = &Content::bundled().unwrap().facts;
        let mut answers = Answers::new();
        answers.insert("arrived".into(), Answer::Date("2026-01-30".parse().unwrap()));
        let due = |deadline: &str| {
            let rules = rules(deadline).unwrap();
            rules.deadline(rules.items[0].deadline.as_ref().unwrap(), &answers, facts)
        };
        let days = r#"{ "answer": "arrived", "plus_days_fact": "brp-register-within-days" }"#;
        let months = r#"{ "answer": "arrived", "plus_months_fact": "insure-within-months" }"#;
        assert_eq!(due(days), "2026-02-04".parse().ok());
        assert_eq!(due(months), "2026-05-30".parse().ok());
        for bad in [
            r#"{ "answer": "arrived" }"#,
            r#"{ "answer": "arrived", "plus_days_fact": "brp-register-within-days", "plus_months_fact": "insure-within-months" }"#,
            r#"{ "answer": "arrived", "plus_days_fact": "zvl-phone" }"#,
        ] {
            assert!(matches!(rules(bad), Err(Error::Content { .. })), "{bad}");
        }
    }
}
