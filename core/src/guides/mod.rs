//! Rights guides: sections of plain-language text in `locales/<code>/guides.ftl`, with every number
//! a fact (`facts`) passed in as a Fluent argument; offline search; bilingual phrase cards; and
//! plain-text segments tagged with their language for a shell's text-to-speech.

mod catalogue;
mod phrases;
mod search;
mod speech;

use std::sync::Arc;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

pub use self::{
    catalogue::{Catalogue, GuideDef, PhraseDef},
    phrases::{PhraseCard, PhraseSummary, PhraseText},
    search::{SearchCache, SearchHit, SearchIndex, substring_scan},
    speech::SpeechSegment,
};
use crate::{
    Error, Result,
    content::Content,
    facts::{Confidence, FactBook, Source},
    l10n::Localizer,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GuideSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub heading: String,
    pub body: String,
}

/// A fact of a guide that is past its validity on "today": the shell says "this may be out of date".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaleFact {
    pub id: String,
    pub valid_until: NaiveDate,
    pub source: Source,
}

/// A fact as a guide shows it, with everything needed to trust it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactUse {
    pub id: String,
    /// The value written the locale's way ("€14.71", "0800 51 51", "12").
    pub value: String,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub verified_on: NaiveDate,
    /// H, M or L: how sure the research is (see `facts::Confidence`).
    pub confidence: Confidence,
    pub source: Source,
    /// For a phone number: how to dial it (`+318006464644`, `112`), `None` for other facts.
    pub phone_e164: Option<String>,
    /// For a phone number: `tel:+318006464644`.
    pub tel_uri: Option<String>,
    /// A paid service number (0900): say that the call costs money.
    pub paid_call: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guide {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The locale the guide was written in for this user.
    pub locale: String,
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
    /// The oldest verification date among the guide's own text and the facts behind it.
    pub verified_on: NaiveDate,
    pub stale_facts: Vec<StaleFact>,
    /// Every fact the guide shows, with its source, validity and verification date.
    pub facts: Vec<FactUse>,
    /// Dutch words the guide explains, as the user will meet them.
    pub dutch_terms: Vec<String>,
}

/// Reads guides of one content in the languages of one `Localizer`.
#[derive(Clone)]
pub struct Guides {
    localizer: Localizer,
    content: Arc<Content>,
    search_index: SearchCache,
}

impl Guides {
    /// Guides with a search index of their own (built on the first search, kept by the clones).
    pub fn new(localizer: Localizer, content: Arc<Content>) -> Guides {
        Guides::sharing_index(localizer, content, SearchCache::default())
    }

    /// Guides whose search index is the profile's (`Werkmaat`), shared by every service made from it.
    pub(crate) fn sharing_index(localizer: Localizer, content: Arc<Content>, search_index: SearchCache) -> Guides {
        Guides { localizer, content, search_index }
    }

    pub fn content(&self) -> &Arc<Content> {
        &self.content
    }

    /// Every guide, in the catalogue's order.
    pub fn list(&self) -> Result<Vec<GuideSummary>> {
        let catalogue = &self.content.catalogue;
        Ok(catalogue.guides().iter().map(|def| self.summary(def)).collect())
    }

    fn summary(&self, def: &GuideDef) -> GuideSummary {
        let id = def.message_id();
        GuideSummary {
            id: def.id.clone(),
            title: self.localizer.text(&id),
            summary: self.localizer.attribute(&id, "summary", None).unwrap_or_default(),
        }
    }

    /// One guide, with its facts written for this locale and checked against `today`.
    pub fn show(&self, id: &str, today: NaiveDate) -> Result<Guide> {
        let catalogue = &self.content.catalogue;
        let facts = &self.content.facts;
        let def = catalogue.guide(id).ok_or(Error::NotFound { message: "error-unknown-guide" })?;
        let args = self.fact_args(def, facts);
        let summary = self.summary(def);
        let sections = def
            .sections
            .iter()
            .map(|section| {
                let id = def.section_message_id(section);
                Section {
                    heading: self.localizer.format(&id, Some(&args)),
                    body: self.localizer.attribute(&id, "body", Some(&args)).unwrap_or_default(),
                }
            })
            .collect();
        let used: Vec<_> = def.facts.iter().filter_map(|id| facts.get(id)).collect();
        let localized = |source: &Source| source.localized(&self.localizer);
        let mut sources: Vec<Source> = used.iter().map(|fact| localized(&fact.source)).collect();
        sources.extend(def.sources.iter().filter_map(|key| facts.source(key)).map(localized));
        sources.sort_by(|a, b| a.title.cmp(&b.title));
        sources.dedup();
        Ok(Guide {
            id: def.id.clone(),
            title: summary.title,
            summary: summary.summary,
            locale: self.localizer.locale().to_owned(),
            sections,
            sources,
            verified_on: used.iter().map(|fact| fact.verified_on).fold(def.verified_on, NaiveDate::min),
            stale_facts: used
                .iter()
                .filter(|fact| fact.is_stale(today))
                .filter_map(|fact| {
                    Some(StaleFact {
                        id: fact.id.clone(),
                        valid_until: fact.valid_until?,
                        source: localized(&fact.source),
                    })
                })
                .collect(),
            facts: used
                .iter()
                .map(|fact| {
                    let dial = fact.dial();
                    FactUse {
                        id: fact.id.clone(),
                        value: fact.display(&self.localizer),
                        valid_from: fact.valid_from,
                        valid_until: fact.valid_until,
                        verified_on: fact.verified_on,
                        confidence: fact.confidence,
                        source: localized(&fact.source),
                        phone_e164: dial.as_ref().map(|d| d.e164.clone()),
                        tel_uri: dial.as_ref().map(|d| d.tel_uri.clone()),
                        paid_call: dial.is_some_and(|d| d.paid),
                    }
                })
                .collect(),
            dutch_terms: def.dutch_terms.clone(),
        })
    }

    /// Guides of this locale that match `query`, best first (see `search`).
    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>> {
        search::search(self, &self.search_index, query)
    }

    /// The guide as plain text segments, each tagged with its language, for text-to-speech.
    pub fn speech(&self, id: &str, today: NaiveDate) -> Result<Vec<SpeechSegment>> {
        let guide = self.show(id, today)?;
        Ok(speech::guide_segments(&guide))
    }

    fn fact_args(&self, def: &GuideDef, facts: &FactBook) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for id in &def.facts {
            if let Some(fact) = facts.get(id) {
                args.set(id.clone(), fact.fluent_value(&self.localizer));
            }
        }
        args
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }
}
