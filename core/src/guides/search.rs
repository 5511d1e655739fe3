//! Offline search over the guides of one locale. Text and queries are folded the same way (case,
//! diacritics: `zasilek` finds `zasiłek`, Romanian ș/ş and ț/ţ match in either form, Cyrillic kept
//! as Cyrillic), every query word may be the start of a word, and results are ranked by where the
//! words occur (title, Dutch terms, headings, summary, body) and how rare they are. Each guide's
//! Dutch terms are indexed in every locale, so `eigen risico` finds the right guide in Polish.
//!
//! The index is built once per locale chain, on the first search, from the rendered guides.

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
};

use chrono::NaiveDate;
use serde::Serialize;

use super::{Guide, Guides};
use crate::{Result, content::Content, l10n::fold, sync::Derived};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: String,
    /// A short passage around the first match, from the section that matches best.
    pub snippet: String,
}

/// Words split at anything that is not a letter or digit, and at the Ukrainian apostrophe U+02BC
/// (a letter to Unicode), so `здоровʼя` splits like `здоров'я`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() || c == 'ʼ').filter(|w| !w.is_empty())
}

const TITLE: f32 = 5.0;
const DUTCH_TERM: f32 = 4.0;
const HEADING: f32 = 3.0;
const SUMMARY: f32 = 2.0;
const BODY: f32 = 1.0;
/// A query word that is only the start of a document word counts this much of an exact match.
const PREFIX_MATCH: f32 = 0.6;

/// A text of a guide (summary or section body) split into whitespace tokens, each with its
/// folded words, so that snippets need no folding at query time.
struct Passage {
    tokens: Vec<(String, Vec<String>)>,
}

impl Passage {
    fn new(text: &str) -> Passage {
        let tokens = text
            .split_whitespace()
            .filter(|t| *t != "-")
            .map(|t| (t.to_owned(), words(t).map(fold).collect()))
            .collect();
        Passage { tokens }
    }
}

struct Doc {
    id: String,
    title: String,
    passages: Vec<Passage>,
}

/// The search index of one content in one locale chain.
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// Folded word → (guide index → summed field weight), sorted by word for prefix lookups.
    terms: Vec<(String, BTreeMap<usize, f32>)>,
}

impl SearchIndex {
    fn build(guides: Vec<Guide>) -> SearchIndex {
        let mut terms: HashMap<String, BTreeMap<usize, f32>> = HashMap::new();
        for (doc, guide) in guides.iter().enumerate() {
            let mut add = |text: &str, weight: f32| {
                for word in words(text) {
                    *terms.entry(fold(word)).or_default().entry(doc).or_default() += weight;
                }
            };
            add(&guide.title, TITLE);
            add(&guide.summary, SUMMARY);
            guide.dutch_terms.iter().for_each(|term| add(term, DUTCH_TERM));
            for section in &guide.sections {
                add(&section.heading, HEADING);
                add(&section.body, BODY);
            }
        }
        let mut terms: Vec<_> = terms.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        let docs = guides
            .into_iter()
            .map(|guide| Doc {
                passages: std::iter::once(guide.summary.as_str())
                    .chain(guide.sections.iter().map(|s| s.body.as_str()))
                    .map(Passage::new)
                    .collect(),
                id: guide.id,
                title: guide.title,
            })
            .collect();
        SearchIndex { docs, terms }
    }

    /// Entries whose word equals `query` or, for queries of two letters or more, starts with it.
    fn matching(&self, query: &str) -> impl Iterator<Item = (bool, &BTreeMap<usize, f32>)> {
        let start = self.terms.partition_point(|(word, _)| word.as_str() < query);
        let prefix_ok = query.chars().count() >= 2;
        self.terms[start..]
            .iter()
            .take_while(move |(word, _)| word.starts_with(query) && (prefix_ok || word == query))
            .map(move |(word, postings)| (word == query, postings))
    }

    fn search(&self, query: &str) -> Vec<SearchHit> {
        let query_words: Vec<String> = words(query).map(fold).collect();
        if query_words.is_empty() {
            return Vec::new();
        }
        let docs = self.docs.len() as f32;
        // guide → (score, how many query words it matched)
        let mut scores: BTreeMap<usize, (f32, usize)> = BTreeMap::new();
        for word in &query_words {
            let mut best: BTreeMap<usize, f32> = BTreeMap::new();
            for (exact, postings) in self.matching(word) {
                let idf = (1.0 + docs / postings.len() as f32).ln();
                let factor = if exact { 1.0 } else { PREFIX_MATCH };
                for (doc, weight) in postings {
                    let score = best.entry(*doc).or_default();
                    *score = score.max(weight * idf * factor);
                }
            }
            for (doc, score) in best {
                let entry = scores.entry(doc).or_default();
                entry.0 += score;
                entry.1 += 1;
            }
        }
        // Guides that match every word come first; then those that match most.
        let mut ranked: Vec<_> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(b.1.0.total_cmp(&a.1.0)));
        ranked
            .into_iter()
            .map(|(doc, _)| {
                let doc = &self.docs[doc];
                SearchHit { id: doc.id.clone(), title: doc.title.clone(), snippet: snippet(doc, &query_words) }
            })
            .collect()
    }
}

fn word_matches(folded: &str, query_words: &[String]) -> bool {
    query_words.iter().any(|q| folded == q || (q.chars().count() >= 2 && folded.starts_with(q.as_str())))
}

/// About twenty words around the first match in the passage that matches most query words.
fn snippet(doc: &Doc, query_words: &[String]) -> String {
    let matched = |passage: &Passage| {
        query_words
            .iter()
            .filter(|q| passage.tokens.iter().flat_map(|(_, w)| w).any(|w| word_matches(w, std::slice::from_ref(*q))))
            .count()
    };
    let Some(best) = doc.passages.iter().max_by_key(|p| matched(p)) else {
        return String::new();
    };
    let tokens = &best.tokens;
    let hit = tokens.iter().position(|(_, folded)| folded.iter().any(|w| word_matches(w, query_words))).unwrap_or(0);
    let start = hit.saturating_sub(8);
    let end = (hit + 14).min(tokens.len());
    let mut text = tokens[start..end].iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(" ");
    if start > 0 {
        text.insert_str(0, "… ");
    }
    if end < tokens.len() {
        text.push_str(" …");
    }
    text
}

/// The search index of a profile's guides, kept for the content it was built from. One profile
/// handle reads its content in one locale chain (negotiated in that content), so one index serves
/// all its services.
pub type SearchCache = Arc<Derived<Content, Arc<SearchIndex>>>;

pub(super) fn search(guides: &Guides, cache: &SearchCache, query: &str) -> Result<Vec<SearchHit>> {
    let index = cache.get_or_build(guides.content(), || {
        // The date only decides staleness, which the index does not use.
        let rendered = guides
            .list()?
            .into_iter()
            .map(|summary| guides.show(&summary.id, NaiveDate::MIN))
            .collect::<Result<Vec<_>>>()?;
        Ok(Arc::new(SearchIndex::build(rendered)))
    })?;
    Ok(index.search(query))
}

/// The reference for the search benchmark: fold every guide's text and look for the query in it.
pub fn substring_scan(guides: &[Guide], query: &str) -> Vec<String> {
    let query = fold(query);
    guides
        .iter()
        .filter(|guide| {
            let text = std::iter::once(guide.title.as_str())
                .chain(std::iter::once(guide.summary.as_str()))
                .chain(guide.sections.iter().flat_map(|s| [s.heading.as_str(), s.body.as_str()]))
                .collect::<Vec<_>>()
                .join(" ");
            fold(&text).contains(&query)
        })
        .map(|guide| guide.id.clone())
        .collect()
}
