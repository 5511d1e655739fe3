//! The structure of the guides and phrase cards (`core/content/guides.json`, `phrases.json`):
//! which sections a guide has, which Dutch terms it explains, which sources it cites beyond its
//! facts. The facts a guide uses are read from the reference text itself (its `$variables` in
//! `locales/en/guides.ftl`, see `l10n::reference_variables`).

use chrono::NaiveDate;
use serde::Deserialize;

use crate::{Error, Result, facts::FactBook, l10n::Locales};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideDef {
    pub id: String,
    pub sections: Vec<String>,
    pub dutch_terms: Vec<String>,
    /// Keys of sources (in the fact file) cited beyond the facts' own.
    pub sources: Vec<String>,
    /// Ids of the facts the guide's text uses.
    pub facts: Vec<String>,
    /// When this guide's text was last checked; the catalogue's date when not given.
    pub verified_on: NaiveDate,
}

impl GuideDef {
    pub fn message_id(&self) -> String {
        format!("guide-{}", self.id)
    }

    pub fn section_message_id(&self, section: &str) -> String {
        format!("guide-{}-{section}", self.id)
    }
}

/// A phrase card; `details` names the personal details it fills in (`full-name`, `bsn`, …).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseDef {
    pub id: String,
    /// Where the card is shown: `gp`, `pharmacy`, `hospital`, `employer`, `any`.
    pub context: String,
    #[serde(default)]
    pub details: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    guides: Vec<GuideDef>,
    phrases: Vec<PhraseDef>,
    /// When the guide texts were last checked against the fact sheet.
    pub verified_on: NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    verified_on: NaiveDate,
    guides: Vec<RawGuide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    id: String,
    sections: Vec<String>,
    dutch_terms: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    verified_on: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    phrases: Vec<PhraseDef>,
}

impl Catalogue {
    /// Reads the structure, takes each guide's facts from its reference text, and refuses a guide
    /// that names a fact or a source the fact book does not have.
    pub fn from_json(guides: &str, phrases: &str, locales: &Locales, facts: &FactBook) -> Result<Catalogue> {
        let file: GuideFile = serde_json::from_str(guides).map_err(|_| Error::Content { part: "guides" })?;
        let phrases: PhraseFile = serde_json::from_str(phrases).map_err(|_| Error::Content { part: "phrases" })?;
        let guides = file
            .guides
            .into_iter()
            .map(|raw| {
                let facts_used = locales.reference_variables("guides.ftl", &format!("guide-{}", raw.id));
                GuideDef {
                    id: raw.id,
                    sections: raw.sections,
                    dutch_terms: raw.dutch_terms,
                    sources: raw.sources,
                    facts: facts_used.into_iter().collect(),
                    verified_on: raw.verified_on.unwrap_or(file.verified_on),
                }
            })
            .collect::<Vec<GuideDef>>();
        if guides.iter().flat_map(|g| &g.facts).any(|id| facts.get(id).is_none())
            || guides.iter().flat_map(|g| &g.sources).any(|key| facts.source(key).is_none())
        {
            return Err(Error::Content { part: "guides" });
        }
        Ok(Catalogue { guides, phrases: phrases.phrases, verified_on: file.verified_on })
    }

    pub fn guides(&self) -> &[GuideDef] {
        &self.guides
    }

    pub fn guide(&self, id: &str) -> Option<&GuideDef> {
        self.guides.iter().find(|guide| guide.id == id)
    }

    pub fn phrases(&self) -> &[PhraseDef] {
        &self.phrases
    }

    pub fn phrase(&self, id: &str) -> Option<&PhraseDef> {
        self.phrases.iter().find(|phrase| phrase.id == id)
    }
}
