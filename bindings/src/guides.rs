//! Rights guides, search and phrase cards across the FFI. Dates are `LocalDate`s.

use std::sync::Arc;

pub use werkmaat_core::facts::Confidence;
use werkmaat_core::{self as core, facts, guides as g};

use crate::{
    error::{ApiResult, Localized},
    time::LocalDate,
};

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GuideSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GuideSection {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SourceRef {
    /// In the user's language.
    pub title: String,
    pub url: String,
    /// The title as published (Dutch for Dutch sources), when it differs from `title`: show it beside.
    pub original_title: Option<String>,
}

/// A fact past its validity on "today": show "this may be out of date" with its source.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct StaleFact {
    pub id: String,
    pub valid_until: LocalDate,
    pub source: SourceRef,
}

/// How sure the research behind a fact is (the core's type): `H` official or two agreeing
/// sources, `M` one secondary source, `L` to verify.
#[uniffi::remote(Enum)]
pub enum Confidence {
    H,
    M,
    L,
}

/// A fact the guide shows, with its source, validity (none when not known) and verification
/// date.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FactUse {
    pub id: String,
    pub value: String,
    pub valid_from: Option<LocalDate>,
    pub valid_until: Option<LocalDate>,
    pub verified_on: LocalDate,
    pub confidence: Confidence,
    pub source: SourceRef,
    /// For a phone number: E.164 (`+318006464644`) or the short number (`112`); else none.
    pub phone_e164: Option<String>,
    /// For a phone number: `tel:+318006464644`, for a dial link.
    pub tel_uri: Option<String>,
    /// A paid service number (0900): say that the call costs money.
    pub paid_call: bool,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Guide {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub locale: String,
    pub sections: Vec<GuideSection>,
    pub sources: Vec<SourceRef>,
    pub verified_on: LocalDate,
    pub stale_facts: Vec<StaleFact>,
    pub facts: Vec<FactUse>,
    pub dutch_terms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SearchHit {
    pub id: String,
    pub title: String,
    pub snippet: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PhraseSummary {
    pub id: String,
    pub title: String,
    /// Where the card is shown: `gp`, `pharmacy`, `hospital`, `employer`, `any`.
    pub context: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PhraseText {
    pub locale: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PhraseCard {
    pub id: String,
    pub title: String,
    pub user: PhraseText,
    pub nl: PhraseText,
}

/// Text for text-to-speech, tagged with its language.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SpeechSegment {
    pub language: String,
    pub text: String,
}

impl From<facts::Source> for SourceRef {
    fn from(s: facts::Source) -> Self {
        SourceRef { title: s.title, url: s.url, original_title: s.original_title }
    }
}

impl From<g::Guide> for Guide {
    fn from(guide: g::Guide) -> Self {
        Guide {
            id: guide.id,
            title: guide.title,
            summary: guide.summary,
            locale: guide.locale,
            sections: guide.sections.into_iter().map(|s| GuideSection { heading: s.heading, body: s.body }).collect(),
            sources: guide.sources.into_iter().map(Into::into).collect(),
            verified_on: guide.verified_on,
            stale_facts: guide
                .stale_facts
                .into_iter()
                .map(|f| StaleFact { id: f.id, valid_until: f.valid_until, source: f.source.into() })
                .collect(),
            facts: guide
                .facts
                .into_iter()
                .map(|f| FactUse {
                    id: f.id,
                    value: f.value,
                    valid_from: f.valid_from,
                    valid_until: f.valid_until,
                    verified_on: f.verified_on,
                    confidence: f.confidence,
                    source: f.source.into(),
                    phone_e164: f.phone_e164,
                    tel_uri: f.tel_uri,
                    paid_call: f.paid_call,
                })
                .collect(),
            dutch_terms: guide.dutch_terms,
        }
    }
}

impl From<g::PhraseCard> for PhraseCard {
    fn from(card: g::PhraseCard) -> Self {
        PhraseCard {
            id: card.id,
            title: card.title,
            user: PhraseText { locale: card.user.locale, text: card.user.text },
            nl: PhraseText { locale: card.nl.locale, text: card.nl.text },
        }
    }
}

fn segments(list: Vec<g::SpeechSegment>) -> Vec<SpeechSegment> {
    list.into_iter().map(|s| SpeechSegment { language: s.language, text: s.text }).collect()
}

#[derive(uniffi::Object)]
pub struct GuidesService {
    profile: Arc<core::Werkmaat>,
}

impl GuidesService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        GuidesService { profile }
    }
}

#[uniffi::export]
impl GuidesService {
    /// Every guide: id, title and one-line summary, in the user's language.
    pub fn list(&self) -> ApiResult<Vec<GuideSummary>> {
        let list = self.profile.api(self.profile.guides().list())?;
        Ok(list.into_iter().map(|s| GuideSummary { id: s.id, title: s.title, summary: s.summary }).collect())
    }

    /// One guide; `today` decides which of its facts are out of date.
    pub fn show(&self, id: String, today: LocalDate) -> ApiResult<Guide> {
        self.profile.api(self.profile.guides().show(&id, today)).map(Into::into)
    }

    /// Guides matching `query`, best first, each with a snippet.
    pub fn search(&self, query: String) -> ApiResult<Vec<SearchHit>> {
        let hits = self.profile.api(self.profile.guides().search(&query))?;
        Ok(hits.into_iter().map(|h| SearchHit { id: h.id, title: h.title, snippet: h.snippet }).collect())
    }

    /// The guide as text-to-speech segments tagged with their language.
    pub fn speech(&self, id: String, today: LocalDate) -> ApiResult<Vec<SpeechSegment>> {
        self.profile.api(self.profile.guides().speech(&id, today)).map(segments)
    }

    /// Every phrase card: id, title and where it is used.
    pub fn phrases(&self) -> ApiResult<Vec<PhraseSummary>> {
        let list = self.profile.api(self.profile.guides().phrases())?;
        Ok(list.into_iter().map(|p| PhraseSummary { id: p.id, title: p.title, context: p.context }).collect())
    }

    /// A card in the user's language beside Dutch, with the saved details filled in.
    pub fn phrase(&self, id: String) -> ApiResult<PhraseCard> {
        self.profile.api(self.profile.phrase_card(&id)).map(Into::into)
    }

    /// A card as two speech segments: the user's language, then Dutch.
    pub fn phrase_speech(&self, id: String) -> ApiResult<Vec<SpeechSegment>> {
        self.profile.api(self.profile.phrase_card(&id)).map(|card| segments(card.speech()))
    }
}
