//! Facts: every number, amount, date, limit and phone number shown to users, kept once and
//! locale-independent, each with its source, validity and the date it was verified
//! (`core/content/facts.json`). Guides use them as Fluent arguments, so a yearly change is one
//! edit and every locale writes the value its own way.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::{Error, Result, l10n::Localizer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A plain number with a unit the text names ("12 hours"); selects plural forms.
    Count,
    /// An amount in euro.
    Money,
    Percent,
    Date,
    /// A clock time, "10:00".
    Time,
    Phone,
}

/// How sure the research is: H official or two agreeing sources, M one secondary source, L verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    H,
    M,
    L,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub id: String,
    pub kind: FactKind,
    pub value: FactValue,
    pub unit: Option<String>,
    pub decimals: usize,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub source: Source,
    pub confidence: Confidence,
    pub verified_on: NaiveDate,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    Number(f64),
    Text(String),
    Date(NaiveDate),
}

impl Fact {
    /// True when `today` is past the last day the value is known to hold.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        self.valid_until.is_some_and(|until| until < today)
    }

    /// The value as the user reads it in `localizer`'s language (a count without its unit).
    /// How to dial a phone fact; `None` for other kinds.
    pub fn dial(&self) -> Option<crate::phone::Dial> {
        match (&self.kind, &self.value) {
            (FactKind::Phone, FactValue::Text(number)) => crate::phone::dial(number),
            _ => None,
        }
    }

    pub fn display(&self, localizer: &Localizer) -> String {
        match (&self.value, self.kind) {
            (FactValue::Number(n), FactKind::Count) => localizer.number(*n),
            _ => match self.fluent_value(localizer) {
                FluentValue::String(text) => text.into_owned(),
                FluentValue::Number(n) => localizer.number(n.value),
                _ => String::new(),
            },
        }
    }

    /// The value as a Fluent argument in `localizer`'s language: counts stay numbers (so plural
    /// forms work), everything else is written out.
    pub fn fluent_value(&self, localizer: &Localizer) -> FluentValue<'static> {
        match (&self.value, self.kind) {
            (FactValue::Number(n), FactKind::Count) => FluentValue::from(*n),
            (FactValue::Number(n), FactKind::Money) => localizer.money(*n, self.decimals).into(),
            (FactValue::Number(n), FactKind::Percent) => localizer.percent(*n).into(),
            (FactValue::Date(d), _) => localizer.date(*d).into(),
            (FactValue::Number(n), _) => FluentValue::from(*n),
            (FactValue::Text(t), _) => t.clone().into(),
        }
    }
}

#[derive(Deserialize)]
struct FactFile {
    sources: BTreeMap<String, Source>,
    facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    kind: FactKind,
    value: serde_json::Value,
    unit: Option<String>,
    decimals: Option<usize>,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    source: String,
    confidence: Confidence,
    verified_on: NaiveDate,
    note: Option<String>,
}

/// All facts of the content, by id.
#[derive(Debug, Clone, Default)]
pub struct FactBook {
    facts: BTreeMap<String, Fact>,
    sources: BTreeMap<String, Source>,
}

impl FactBook {
    /// Reads and checks a fact file: every value fits its kind, every source exists, validity
    /// runs forwards. A bad file is refused whole.
    pub fn from_json(text: &str) -> Result<FactBook> {
        let bad = |_| Error::Content { part: "facts" };
        let file: FactFile = serde_json::from_str(text).map_err(bad)?;
        let mut facts = BTreeMap::new();
        for raw in file.facts {
            let source = file.sources.get(&raw.source).cloned().ok_or(Error::Content { part: "facts" })?;
            let value = match (raw.kind, &raw.value) {
                (FactKind::Count | FactKind::Money | FactKind::Percent, serde_json::Value::Number(n)) => {
                    FactValue::Number(n.as_f64().ok_or(Error::Content { part: "facts" })?)
                }
                (FactKind::Date, serde_json::Value::String(s)) => {
                    FactValue::Date(s.parse().map_err(|_| Error::Content { part: "facts" })?)
                }
                (FactKind::Time | FactKind::Phone, serde_json::Value::String(s)) => FactValue::Text(s.clone()),
                _ => return Err(Error::Content { part: "facts" }),
            };
            if let (Some(from), Some(until)) = (raw.valid_from, raw.valid_until)
                && from > until
            {
                return Err(Error::Content { part: "facts" });
            }
            let fact = Fact {
                id: raw.id.clone(),
                kind: raw.kind,
                value,
                unit: raw.unit,
                decimals: raw.decimals.unwrap_or(0),
                valid_from: raw.valid_from,
                valid_until: raw.valid_until,
                source,
                confidence: raw.confidence,
                verified_on: raw.verified_on,
                note: raw.note,
            };
            if facts.insert(raw.id, fact).is_some() {
                return Err(Error::Content { part: "facts" });
            }
        }
        Ok(FactBook { facts, sources: file.sources })
    }

    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.get(id)
    }

    /// A source by its key in the fact file, for content that cites it without a number.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.get(key)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Fact> {
        self.facts.values()
    }

    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_embedded_facts_are_complete_and_sourced() {
        let book = &crate::content::Content::bundled().unwrap().facts;
        assert!(book.len() >= 60);
        for fact in book.iter() {
            assert!(!fact.source.title.is_empty() && fact.source.url.starts_with("https://"), "{}", fact.id);
            assert!(fact.verified_on <= day("2026-11-28"), "{}", fact.id);
            if fact.kind == FactKind::Money {
                assert!(matches!(fact.value, FactValue::Number(n) if n > 0.0), "{}", fact.id);
            }
        }
    }

    #[test]
    fn the_minimum_wage_goes_stale_after_june_2026() {
        let wage = crate::content::Content::bundled().unwrap().facts.get("minimum-wage-hour").unwrap().clone();
        assert!(!wage.is_stale(day("2026-06-30")));
        assert!(wage.is_stale(day("2026-07-01")));
        let rest = crate::content::Content::bundled().unwrap().facts.get("daily-rest-hours").unwrap().clone();
        assert!(!rest.is_stale(day("2040-01-01")), "a law without end date does not go stale");
    }

    #[test]
    fn values_are_written_the_locales_way() {
        let book = &crate::content::Content::bundled().unwrap().facts;
        let en = Localizer::negotiate(&["en"]);
        let nl = Localizer::negotiate(&["nl"]);
        let wage = book.get("minimum-wage-hour").unwrap();
        assert_eq!(wage.fluent_value(&en), FluentValue::from("€14.71"));
        assert_ne!(wage.fluent_value(&nl), wage.fluent_value(&en));
        let start = book.get("wtta-start").unwrap();
        assert_eq!(start.fluent_value(&en), FluentValue::from("1 January 2027"));
        assert_eq!(book.get("holiday-allowance-percent").unwrap().fluent_value(&en), FluentValue::from("8%"));
    }

    #[test]
    fn a_broken_fact_file_is_refused() {
        let base = r#"{"sources": {"s": {"title": "T", "url": "https://x"}}, "facts": [FACT]}"#;
        let fact = r#"{"id": "a", "kind": "KIND", "value": VALUE, "valid_from": null, "valid_until": null, "source": "SRC", "confidence": "H", "verified_on": "2026-01-01"}"#;
        let make = |kind: &str, value: &str, src: &str| {
            base.replace("FACT", &fact.replace("KIND", kind).replace("VALUE", value).replace("SRC", src))
        };
        assert!(FactBook::from_json(&make("count", "3", "s")).is_ok());
        assert!(FactBook::from_json(&make("count", "\"three\"", "s")).is_err());
        assert!(FactBook::from_json(&make("date", "\"2026-02-30\"", "s")).is_err());
        assert!(FactBook::from_json(&make("count", "3", "missing")).is_err());
        assert!(FactBook::from_json("{").is_err());
    }
}
