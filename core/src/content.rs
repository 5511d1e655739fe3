//! The content that ships inside the library: facts, the structure of the guides, the phrase
//! cards and the checklist rules (`core/content/*.json`; their text is in `locales/`). Parsed once, on first use.
//! Signed update packs will replace parts of it (a later issue); everything reads content
//! through this module so that the switch happens in one place.

use std::sync::OnceLock;

use crate::{Error, Result, checklist::Rules, facts::FactBook, guides::Catalogue};

const FACTS: &str = include_str!("../content/facts.json");
const GUIDES: &str = include_str!("../content/guides.json");
const PHRASES: &str = include_str!("../content/phrases.json");
const CHECKLIST: &str = include_str!("../content/checklist.json");

fn cached<T: Clone>(
    cell: &'static OnceLock<Result<T, &'static str>>,
    part: &'static str,
    load: impl FnOnce() -> Result<T>,
) -> Result<&'static T> {
    cell.get_or_init(|| load().map_err(|_| part))
        .as_ref()
        .map_err(|part| Error::Content { part })
}

pub fn facts() -> Result<&'static FactBook> {
    static CELL: OnceLock<Result<FactBook, &'static str>> = OnceLock::new();
    cached(&CELL, "facts", || FactBook::from_json(FACTS))
}

pub fn guides() -> Result<&'static Catalogue> {
    static CELL: OnceLock<Result<Catalogue, &'static str>> = OnceLock::new();
    cached(&CELL, "guides", || Catalogue::from_json(GUIDES, PHRASES))
}

pub fn checklist() -> Result<&'static Rules> {
    static CELL: OnceLock<Result<Rules, &'static str>> = OnceLock::new();
    cached(&CELL, "checklist", || Rules::from_json(CHECKLIST, facts()?))
}
