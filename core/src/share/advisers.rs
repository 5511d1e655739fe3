//! The `advisers` part of the content: organisations a user can share the diary with (a union,
//! FairWork, a lawyer), each with its name in every locale the content ships, its age public key
//! (`age1…`), where that key was published and the day someone checked it there.
//!
//! The bundled part lists none: no organisation's key could be checked when it was written, and a
//! made-up or mistyped key would send a worker's health data to a stranger. Publishers add them in
//! a signed pack, which is refused whole when a key does not parse, a name is missing for a
//! locale, or an id repeats (`docs/content-advisers.md`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Error, Result, l10n::Localizer};

const PART: &str = "advisers";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// Lowercase letters, digits and `-`: what a user types after `--to`.
    pub id: String,
    /// The name by locale code; every locale of the content has one.
    pub name: BTreeMap<String, String>,
    /// The organisation's age X25519 public key, `age1…`.
    pub age_key: String,
    /// Where the organisation publishes the key (an https URL).
    pub source: String,
    /// The day someone checked the key at `source`.
    pub verified_on: NaiveDate,
}

impl Organisation {
    /// The name in the first language of the user's chain that has one.
    pub fn name_in(&self, localizer: &Localizer) -> String {
        let chain = localizer.chain();
        chain
            .iter()
            .find_map(|code| self.name.get(code))
            .or_else(|| self.name.values().next())
            .cloned()
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
struct AdvisersFile {
    organisations: Vec<Organisation>,
}

/// The organisations of the content, checked on load.
#[derive(Debug, Clone, Default)]
pub struct Advisers {
    pub organisations: Vec<Organisation>,
}

impl Advisers {
    /// Parses and checks the part against the content's locales: a bad key, a missing name, a
    /// repeated id or a source that is not https refuses the whole part.
    pub fn from_json(text: &str, locales: &[String]) -> Result<Advisers> {
        let bad = || Error::Content { part: PART };
        let file: AdvisersFile = serde_json::from_str(text).map_err(|_| bad())?;
        let mut seen = std::collections::BTreeSet::new();
        for org in &file.organisations {
            let id_ok = !org.id.is_empty()
                && org.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !org.id.starts_with("age1");
            let names_ok = locales.iter().all(|code| org.name.get(code).is_some_and(|n| !n.trim().is_empty()));
            let key_ok = org.age_key.parse::<age::x25519::Recipient>().is_ok();
            if !id_ok || !names_ok || !key_ok || !org.source.starts_with("https://") || !seen.insert(org.id.as_str()) {
                return Err(bad());
            }
        }
        Ok(Advisers { organisations: file.organisations })
    }

    pub fn get(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    fn codes() -> Vec<String> {
        vec!["en".to_owned(), "nl".to_owned()]
    }

    fn part(id: &str, key: &str, names: &str, source: &str) -> String {
        format!(
            r#"{{"organisations": [{{"id": "{id}", "name": {names}, "age_key": "{key}", "source": "{source}", "verified_on": "2026-12-01"}}]}}"#
        )
    }

    #[test]
    fn the_bundled_part_ships_no_keys() {
        let bundled = include_str!("../../content/advisers.json");
        assert!(Advisers::from_json(bundled, &codes()).unwrap().organisations.is_empty());
    }

    #[test]
    fn a_well_formed_organisation_loads() {
        let names = r#"{"en": "Test union", "nl": "Testbond"}"#;
        let advisers =
            Advisers::from_json(&part("test-union", &key(), names, "https://example.org/key"), &codes()).unwrap();
        assert_eq!(advisers.get("test-union").unwrap().name["nl"], "Testbond");
    }

    #[test]
    fn a_bad_key_a_missing_name_or_a_plain_http_source_refuses_the_part() {
        let names = r#"{"en": "Test union", "nl": "Testbond"}"#;
        let only_en = r#"{"en": "Test union"}"#;
        for text in [
            part("test-union", "age1notakey", names, "https://example.org/key"),
            part("test-union", &key(), only_en, "https://example.org/key"),
            part("test-union", &key(), names, "http://example.org/key"),
            part("Test Union", &key(), names, "https://example.org/key"),
        ] {
            assert!(matches!(Advisers::from_json(&text, &codes()), Err(Error::Content { part: "advisers" })), "{text}");
        }
    }
}
