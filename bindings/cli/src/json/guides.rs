//! Rights guides, search, speech and phrase cards.

use serde::Serialize;
use werkmaat_ffi as ffi;

/// A source, wherever one is printed (guides, their facts, checklist items).
#[derive(Serialize)]
pub struct Source {
    pub title: String,
    pub original_title: Option<String>,
    pub url: String,
}

impl From<&ffi::SourceRef> for Source {
    fn from(s: &ffi::SourceRef) -> Self {
        Source { title: s.title.clone(), original_title: s.original_title.clone(), url: s.url.clone() }
    }
}

/// `guides list`.
#[derive(Serialize)]
pub struct GuideSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
}

impl From<&ffi::GuideSummary> for GuideSummary {
    fn from(g: &ffi::GuideSummary) -> Self {
        GuideSummary { id: g.id.clone(), title: g.title.clone(), summary: g.summary.clone() }
    }
}

#[derive(Serialize)]
pub struct Section {
    pub heading: String,
    pub body: String,
}

impl From<&ffi::GuideSection> for Section {
    fn from(s: &ffi::GuideSection) -> Self {
        Section { heading: s.heading.clone(), body: s.body.clone() }
    }
}

#[derive(Serialize)]
pub struct StaleFact {
    pub id: String,
    pub valid_until: chrono::NaiveDate,
    pub source: Source,
}

impl From<&ffi::StaleFact> for StaleFact {
    fn from(f: &ffi::StaleFact) -> Self {
        StaleFact { id: f.id.clone(), valid_until: f.valid_until, source: (&f.source).into() }
    }
}

#[derive(Serialize)]
pub struct Fact {
    pub id: String,
    pub value: String,
    pub valid_from: Option<chrono::NaiveDate>,
    pub valid_until: Option<chrono::NaiveDate>,
    pub verified_on: chrono::NaiveDate,
    pub confidence: ffi::Confidence,
    pub source: Source,
    pub phone_e164: Option<String>,
    pub tel_uri: Option<String>,
    pub paid_call: bool,
}

impl From<&ffi::FactUse> for Fact {
    fn from(f: &ffi::FactUse) -> Self {
        Fact {
            id: f.id.clone(),
            value: f.value.clone(),
            valid_from: f.valid_from,
            valid_until: f.valid_until,
            verified_on: f.verified_on,
            confidence: f.confidence,
            source: (&f.source).into(),
            phone_e164: f.phone_e164.clone(),
            tel_uri: f.tel_uri.clone(),
            paid_call: f.paid_call,
        }
    }
}

/// `guides show`.
#[derive(Serialize)]
pub struct Guide {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub locale: String,
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
    pub verified_on: chrono::NaiveDate,
    pub stale_facts: Vec<StaleFact>,
    pub facts: Vec<Fact>,
    pub dutch_terms: Vec<String>,
}

impl From<&ffi::Guide> for Guide {
    fn from(g: &ffi::Guide) -> Self {
        Guide {
            id: g.id.clone(),
            title: g.title.clone(),
            summary: g.summary.clone(),
            locale: g.locale.clone(),
            sections: g.sections.iter().map(Into::into).collect(),
            sources: g.sources.iter().map(Into::into).collect(),
            verified_on: g.verified_on,
            stale_facts: g.stale_facts.iter().map(Into::into).collect(),
            facts: g.facts.iter().map(Into::into).collect(),
            dutch_terms: g.dutch_terms.clone(),
        }
    }
}

/// `guides search`.
#[derive(Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: String,
    pub snippet: String,
}

impl From<&ffi::SearchHit> for SearchHit {
    fn from(h: &ffi::SearchHit) -> Self {
        SearchHit { id: h.id.clone(), title: h.title.clone(), snippet: h.snippet.clone() }
    }
}

/// `guides speech`.
#[derive(Serialize)]
pub struct SpeechSegment {
    pub language: String,
    pub text: String,
}

impl From<&ffi::SpeechSegment> for SpeechSegment {
    fn from(s: &ffi::SpeechSegment) -> Self {
        SpeechSegment { language: s.language.clone(), text: s.text.clone() }
    }
}

/// `phrases list`.
#[derive(Serialize)]
pub struct PhraseSummary {
    pub id: String,
    pub title: String,
    pub context: String,
}

impl From<&ffi::PhraseSummary> for PhraseSummary {
    fn from(p: &ffi::PhraseSummary) -> Self {
        PhraseSummary { id: p.id.clone(), title: p.title.clone(), context: p.context.clone() }
    }
}

#[derive(Serialize)]
pub struct PhraseText {
    pub locale: String,
    pub text: String,
}

impl From<&ffi::PhraseText> for PhraseText {
    fn from(t: &ffi::PhraseText) -> Self {
        PhraseText { locale: t.locale.clone(), text: t.text.clone() }
    }
}

/// `phrases show`.
#[derive(Serialize)]
pub struct PhraseCard {
    pub id: String,
    pub title: String,
    pub user: PhraseText,
    pub nl: PhraseText,
}

impl From<&ffi::PhraseCard> for PhraseCard {
    fn from(c: &ffi::PhraseCard) -> Self {
        PhraseCard { id: c.id.clone(), title: c.title.clone(), user: (&c.user).into(), nl: (&c.nl).into() }
    }
}
