//! The content: locales, facts, guide structure, phrase cards, checklist rules and places. The
//! default content is built from the repo at build time and embedded, so the first start works
//! offline; a signed update pack (`pack`) can replace any of its parts. Every part is kept as the
//! bytes it came in, so a pack can be built from content and content rebuilt from a pack, and a
//! part that does not agree with the others (a guide naming a missing fact) is refused whole.
//!
//! The places (a quarter of a megabyte of JSON; its parse time is in BENCHMARKS.md) are read on first use, not at
//! open: most starts show a guide and never reach the care finder. A pack's Fluent files, too,
//! are parsed when a chain reaches them. A pack is still refused whole when its places or any of
//! its Fluent files are bad, because `installed::install` runs `check` before it switches.

pub mod installed;
pub mod pack;

use std::{
    collections::BTreeMap,
    sync::{Arc, OnceLock},
};

use serde::{Deserialize, Serialize};

use crate::{
    Error, Result,
    care::CareData,
    checklist::Rules,
    diary::Vocabulary,
    facts::FactBook,
    guides::Catalogue,
    l10n::{LocaleFiles, Locales},
    share::Advisers,
};

crate::names::named_enum! {
    /// The parts content is made of, in the order they depend on each other: what a pack carries.
    ContentPart {
        Locales => "locales",
        Facts => "facts",
        Guides => "guides",
        Phrases => "phrases",
        Checklist => "checklist",
        Places => "places",
        Diary => "diary",
        Advisers => "advisers",
    }
}

/// Where a part of the active content came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartInfo {
    pub name: ContentPart,
    /// `bundled`, or `pack <version>`.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentInfo {
    /// Monotonic: a pack must be newer than what is installed.
    pub version: u64,
    /// The day the content was made, `YYYY-MM-DD`.
    pub created: String,
    pub parts: Vec<PartInfo>,
}

pub struct Content {
    pub locales: Arc<Locales>,
    pub facts: FactBook,
    pub catalogue: Catalogue,
    pub checklist: Rules,
    /// The `places` part, parsed on first use (see the module comment).
    care: OnceLock<std::result::Result<CareData, ()>>,
    pub diary: Vocabulary,
    /// The organisations a diary can be shared with (`share::advisers`).
    pub advisers: Advisers,
    pub info: ContentInfo,
    raw: BTreeMap<String, Arc<Vec<u8>>>,
    /// The `locales` part as a pack carries it (JSON), when `raw` does not hold it: the bundled
    /// locales are Fluent files, written out only when a pack is built or composed.
    locales_json: OnceLock<Vec<u8>>,
}

#[derive(Deserialize)]
struct Version {
    version: u64,
    created: String,
}

impl Content {
    /// The content built into the library.
    pub fn bundled() -> Result<Arc<Content>> {
        static BUNDLED: OnceLock<std::result::Result<Arc<Content>, &'static str>> = OnceLock::new();
        BUNDLED
            .get_or_init(|| {
                let version: Version =
                    serde_json::from_str(include_str!("../../content/version.json")).map_err(|_| "version")?;
                let raw: BTreeMap<String, Vec<u8>> = [
                    ("facts", include_bytes!("../../content/facts.json").to_vec()),
                    ("guides", include_bytes!("../../content/guides.json").to_vec()),
                    ("phrases", include_bytes!("../../content/phrases.json").to_vec()),
                    ("checklist", include_bytes!("../../content/checklist.json").to_vec()),
                    ("places", include_bytes!("../../data/care/places.json").to_vec()),
                    ("diary", include_bytes!("../../content/diary.json").to_vec()),
                    ("advisers", include_bytes!("../../content/advisers.json").to_vec()),
                ]
                .into_iter()
                .map(|(name, bytes)| (name.to_owned(), bytes))
                .collect();
                let parts = ContentPart::ALL.iter().map(|&name| PartInfo { name, source: "bundled".to_owned() });
                let info = ContentInfo { version: version.version, created: version.created, parts: parts.collect() };
                Content::from_raw(raw, info, Some(Locales::embedded())).map(Arc::new).map_err(|e| match e {
                    Error::Content { part } => part,
                    _ => "content",
                })
            })
            .clone()
            .map_err(|part| Error::Content { part })
    }

    /// Builds and cross-checks content from the bytes of every part.
    pub fn from_raw(
        raw: BTreeMap<String, Vec<u8>>,
        info: ContentInfo,
        locales: Option<Arc<Locales>>,
    ) -> Result<Content> {
        let part = |name: &'static str| raw.get(name).map(Vec::as_slice).ok_or(Error::Content { part: name });
        let text = |name: &'static str| std::str::from_utf8(part(name)?).map_err(|_| Error::Content { part: name });
        let locales = match locales {
            Some(locales) => locales,
            None => {
                let files: LocaleFiles =
                    serde_json::from_slice(part("locales")?).map_err(|_| Error::Content { part: "locales" })?;
                Arc::new(Locales::from_files(files)?)
            }
        };
        let facts = FactBook::from_json(text("facts")?)?;
        let catalogue = Catalogue::from_json(text("guides")?, text("phrases")?, &locales, &facts)?;
        let checklist = Rules::from_json(text("checklist")?, &facts)?;
        text("places")?;
        let diary = Vocabulary::from_json(text("diary")?)?;
        let advisers = Advisers::from_json(text("advisers")?, &locales.codes())?;
        Ok(Content {
            locales,
            facts,
            catalogue,
            checklist,
            care: OnceLock::new(),
            diary,
            advisers,
            info,
            raw: raw.into_iter().map(|(k, v)| (k, Arc::new(v))).collect(),
            locales_json: OnceLock::new(),
        })
    }

    /// The places, postcodes and their attributions, parsed on first use.
    pub fn care(&self) -> Result<&CareData> {
        let parse = || {
            let text = self.raw.get("places").and_then(|bytes| std::str::from_utf8(bytes).ok()).ok_or(())?;
            CareData::from_json(text).map_err(|_| ())
        };
        self.care.get_or_init(parse).as_ref().map_err(|()| Error::Content { part: "places" })
    }

    /// Reads what opening leaves for later (the places, every Fluent file): a pack must pass this
    /// before it installs, so nothing bad is found only when a user reaches it.
    pub fn check(&self) -> Result<()> {
        self.care()?;
        self.locales.check()
    }

    /// The bytes of a part, as a pack carries them.
    pub fn raw_part(&self, name: &str) -> Option<&[u8]> {
        if let Some(bytes) = self.raw.get(name) {
            return Some(bytes.as_slice());
        }
        let locales = || serde_json::to_vec(&self.locales.to_files()).unwrap_or_default();
        (name == "locales").then(|| self.locales_json.get_or_init(locales).as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_places_parse_although_opening_does_not_read_them() {
        let content = Content::bundled().unwrap();
        let care = content.care().unwrap();
        assert!(care.places.len() > 50, "{} places", care.places.len());
        assert!(!care.attributions.is_empty());
    }

    #[test]
    fn places_that_do_not_parse_are_a_content_error_on_use() {
        let bundled = Content::bundled().unwrap();
        let mut raw: BTreeMap<String, Vec<u8>> = ContentPart::ALL
            .iter()
            .filter_map(|p| Some((p.id().to_owned(), bundled.raw_part(p.id())?.to_vec())))
            .collect();
        raw.insert("places".to_owned(), b"not json".to_vec());
        let content = Content::from_raw(raw, bundled.info.clone(), Some(Arc::clone(&bundled.locales))).unwrap();
        assert!(matches!(content.care(), Err(Error::Content { part: "places" })));
    }
}
