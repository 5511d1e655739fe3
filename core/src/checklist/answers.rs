//! Answers to the checklist's questions: typed, checked against the question, and stored sealed
//! (income, insurance and residence are nobody else's business).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{QuestionDef, QuestionKind};
use crate::{
    Error, InputProblem, Result,
    calendar::parse_date,
    l10n::{NUMBER_UNCLEAR, NumberProblem, parse_number},
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    YesNo(bool),
    Date(NaiveDate),
    Number(f64),
    Choice(String),
}

impl Answer {
    /// Reads an answer as a shell or the CLI sends it: `yes`/`no`, `YYYY-MM-DD`, a number written
    /// the way `language` writes numbers (`45.000` in `nl`, `45,000` in `en`), or an option id.
    /// The error names the question and what kind of answer it needs; a number that could be read
    /// two ways is refused with an example, never guessed.
    pub fn parse(question: &QuestionDef, text: &str, language: &str) -> Result<Answer> {
        let text = text.trim();
        let field = "answer";
        match question.kind {
            QuestionKind::YesNo => match text.to_ascii_lowercase().as_str() {
                "yes" | "true" => Ok(Answer::YesNo(true)),
                "no" | "false" => Ok(Answer::YesNo(false)),
                _ => Err(Error::invalid(field, InputProblem::AnswerYesNo)),
            },
            QuestionKind::Date => parse_date(field, text).map(Answer::Date),
            QuestionKind::Number => {
                let number = parse_number(language, text).map_err(|problem| match problem {
                    NumberProblem::NotANumber => Error::invalid(field, InputProblem::AnswerNumber),
                    NumberProblem::Unclear => Error::invalid(field, NUMBER_UNCLEAR),
                })?;
                let in_range = number.is_finite()
                    && question.min.is_none_or(|min| number >= min)
                    && question.max.is_none_or(|max| number <= max);
                if in_range {
                    Ok(Answer::Number(number))
                } else {
                    Err(Error::invalid(field, InputProblem::AnswerRange))
                }
            }
            QuestionKind::Choice => {
                if question.options.iter().any(|option| option == text) {
                    Ok(Answer::Choice(text.to_owned()))
                } else {
                    Err(Error::invalid(field, InputProblem::AnswerOption))
                }
            }
        }
    }

    /// Whether this answer equals a value written in the rules.
    pub fn matches(&self, value: &serde_json::Value) -> bool {
        match (self, value) {
            (Answer::YesNo(a), serde_json::Value::Bool(b)) => a == b,
            (Answer::Choice(a), serde_json::Value::String(b)) => a == b,
            (Answer::Date(a), serde_json::Value::String(b)) => b.parse::<NaiveDate>().is_ok_and(|b| *a == b),
            (Answer::Number(a), serde_json::Value::Number(b)) => b.as_f64().is_some_and(|b| *a == b),
            _ => false,
        }
    }

    /// The answer as the CLI and shells write it.
    pub fn as_text(&self) -> String {
        match self {
            Answer::YesNo(true) => "yes".to_owned(),
            Answer::YesNo(false) => "no".to_owned(),
            Answer::Date(date) => date.format("%Y-%m-%d").to_string(),
            Answer::Number(n) => n.to_string(),
            Answer::Choice(option) => option.clone(),
        }
    }
}

pub type Answers = BTreeMap<String, Answer>;

/// What the profile keeps of the checklist: the answers and the items the user marked done.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChecklistState {
    pub answers: Answers,
    pub done: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind) -> QuestionDef {
        QuestionDef {
            id: "q".into(),
            kind,
            options: vec!["agency".into(), "posted".into()],
            min: Some(0.0),
            max: Some(120.0),
            when: None,
        }
    }

    #[test]
    fn answers_are_read_by_the_kind_of_question() {
        assert_eq!(Answer::parse(&question(QuestionKind::YesNo), "Yes", "en").unwrap(), Answer::YesNo(true));
        assert_eq!(Answer::parse(&question(QuestionKind::Number), "42", "en").unwrap(), Answer::Number(42.0));
        let income = QuestionDef { max: Some(1e7), ..question(QuestionKind::Number) };
        assert_eq!(Answer::parse(&income, "45.000", "nl").unwrap(), Answer::Number(45000.0));
        assert_eq!(Answer::parse(&income, "45,000", "en").unwrap(), Answer::Number(45000.0));
        assert!(matches!(
            Answer::parse(&income, "45.000", "en"),
            Err(Error::InvalidInput { problem: NUMBER_UNCLEAR, .. })
        ));
        assert_eq!(
            Answer::parse(&question(QuestionKind::Choice), "posted", "en").unwrap(),
            Answer::Choice("posted".into())
        );
        assert!(matches!(
            Answer::parse(&question(QuestionKind::YesNo), "maybe", "en"),
            Err(Error::InvalidInput { problem: InputProblem::AnswerYesNo, .. })
        ));
        assert!(matches!(
            Answer::parse(&question(QuestionKind::Number), "121", "en"),
            Err(Error::InvalidInput { problem: InputProblem::AnswerRange, .. })
        ));
        assert!(matches!(Answer::parse(&question(QuestionKind::Number), "NaN", "en"), Err(Error::InvalidInput { .. })));
        assert!(matches!(
            Answer::parse(&question(QuestionKind::Choice), "boss", "en"),
            Err(Error::InvalidInput { problem: InputProblem::AnswerOption, .. })
        ));
        assert!(matches!(
            Answer::parse(&question(QuestionKind::Date), "2026-02-30", "en"),
            Err(Error::InvalidInput { problem: InputProblem::Date, .. })
        ));
    }
}
