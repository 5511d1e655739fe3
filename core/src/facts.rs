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
    /// The source's key in the fact file; its title in each language is `source-<key>` in
    /// `sources.ftl`.
    #[serde(default)]
    pub key: String,
    /// As stored: the title as published (Dutch for Dutch sources). After `localized`, the title
    /// in the user's language.
    pub title: String,
    pub url: String,
    /// After `localized`: the title as published, when it differs from `title` (the Dutch title
    /// shown beside the translated one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_title: Option<String>,
}

impl Source {
    /// The source as the user reads it: its title in the user's language, with the title as
    /// published kept beside it when the two differ. A source without a translated title stays
    /// as published.
    pub fn localized(&self, localizer: &Localizer) -> Source {
        match localizer.try_text(&format!("source-{}", self.key)) {
            Some(title) if title != self.title => {
                Source { title, original_title: Some(self.title.clone()), ..self.clone() }
            }
            _ => self.clone(),
        }
    }
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
    /// Set when the law gives the value as a formula of other facts; the value is checked
    /// against it when the file is read.
    pub derived: Option<Derivation>,
}

/// A value the law defines from other facts. Each formula names the article it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "formula", rename_all = "snake_case", deny_unknown_fields)]
pub enum Derivation {
    /// `times` × the yearly amount `of` brought to a month (÷ 12, rounded to cents first, the way
    /// past CAK fines were computed): Zvw art. 9b lid 2, "driemaal de tot een maandbedrag herleide
    /// standaardpremie".
    MonthlyTimes { of: String, times: u32 },
}

impl Derivation {
    /// The facts the formula reads.
    pub fn inputs(&self) -> Vec<&str> {
        match self {
            Derivation::MonthlyTimes { of, .. } => vec![of.as_str()],
        }
    }

    /// The value the formula gives from `facts`, or `None` when an input is missing or not a number.
    pub fn evaluate(&self, facts: &BTreeMap<String, Fact>) -> Option<f64> {
        match self {
            Derivation::MonthlyTimes { of, times } => {
                let FactValue::Number(yearly) = facts.get(of)?.value else { return None };
                let monthly_cents = (yearly * 100.0 / 12.0).round();
                Some(monthly_cents * f64::from(*times) / 100.0)
            }
        }
    }

    /// True when `fact`'s stored value is what the formula gives (to the cent), and every input
    /// holds for the whole time the derived value claims to hold.
    fn holds_for(&self, fact: &Fact, facts: &BTreeMap<String, Fact>) -> bool {
        let FactValue::Number(value) = fact.value else { return false };
        let Some(expected) = self.evaluate(facts) else { return false };
        let covers = |input: &Fact| {
            input.valid_from.is_none_or(|from| fact.valid_from.is_some_and(|f| from <= f))
                && input.valid_until.is_none_or(|until| fact.valid_until.is_some_and(|u| u <= until))
        };
        (value - expected).abs() < 0.005 && self.inputs().iter().all(|id| facts.get(*id).is_some_and(covers))
    }
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
    derived: Option<Derivation>,
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
        let mut file: FactFile = serde_json::from_str(text).map_err(bad)?;
        for (key, source) in &mut file.sources {
            source.key.clone_from(key);
        }
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
                derived: raw.derived,
            };
            if facts.insert(raw.id, fact).is_some() {
                return Err(Error::Content { part: "facts" });
            }
        }
        // A derived value that does not follow from its inputs is a content error, not a display choice.
        if facts.values().any(|fact| fact.derived.as_ref().is_some_and(|d| !d.holds_for(fact, &facts))) {
            return Err(Error::Content { part: "facts" });
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
            assert!(fact.verified_on <= day("2026-12-07"), "{}", fact.id); // the last research date
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
    fn the_cak_fine_is_three_times_the_monthly_standard_premium() {
        let book = &crate::content::Content::bundled().unwrap().facts;
        let fine = book.get("cak-fine").unwrap();
        let premium = book.get("standaardpremie").unwrap();
        assert_eq!(fine.derived, Some(Derivation::MonthlyTimes { of: "standaardpremie".into(), times: 3 }));
        let (FactValue::Number(fine_value), FactValue::Number(yearly)) = (&fine.value, &premium.value) else {
            panic!("both are amounts")
        };
        // Zvw art. 9b lid 2, computed here on its own: the monthly premium in cents, times three.
        let monthly_cents = (yearly * 100.0 / 12.0).round();
        assert!((fine_value - 3.0 * monthly_cents / 100.0).abs() < 0.005, "{fine_value} for a premium of {yearly}");
        assert_eq!((fine.valid_from, fine.valid_until), (premium.valid_from, premium.valid_until));
    }

    #[test]
    fn a_derived_fact_that_does_not_follow_its_formula_is_refused() {
        let file = |fine: &str, until: &str| {
            format!(
                r#"{{"sources": {{"s": {{"title": "T", "url": "https://x"}}}}, "facts": [
                {{"id": "premium", "kind": "money", "value": 2119, "valid_from": "2026-01-01", "valid_until": "{until}", "source": "s", "confidence": "H", "verified_on": "2026-01-01"}},
                {{"id": "fine", "kind": "money", "value": {fine}, "decimals": 2, "valid_from": "2026-01-01", "valid_until": "2026-12-31", "source": "s", "confidence": "M", "verified_on": "2026-01-01",
                  "derived": {{"formula": "monthly_times", "of": "premium", "times": 3}}}}]}}"#
            )
        };
        assert!(FactBook::from_json(&file("529.74", "2026-12-31")).is_ok());
        assert!(FactBook::from_json(&file("528", "2026-12-31")).is_err(), "a wrong amount");
        assert!(FactBook::from_json(&file("529.74", "2026-06-30")).is_err(), "an input that stops holding earlier");
        let unknown = file("529.74", "2026-12-31").replace(r#""of": "premium""#, r#""of": "nothing""#);
        assert!(FactBook::from_json(&unknown).is_err(), "an input that does not exist");
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
