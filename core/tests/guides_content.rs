//! The guides' content in every locale: numbers only from facts, every fact used, sources and
//! validity on every guide, each locale written in its own language, and search that works the
//! way a worker types.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::BTreeSet;

use chrono::NaiveDate;
use fluent_syntax::{ast, parser};
use werkmaat_core::{
    content::Content,
    details::PersonalDetails,
    guides::Guides,
    l10n::{self, Localizer, fold},
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn guides(locale: &str) -> Guides {
    Guides::new(Localizer::negotiate(&[locale]), Content::bundled().unwrap())
}

/// Every piece of literal text (outside placeables) of a locale's file.
fn literal_texts(code: &str, file: &str) -> Vec<(String, String)> {
    let Some((_, source)) = l10n::locale_sources(code).iter().find(|(name, _)| *name == file) else {
        return Vec::new();
    };
    let resource = parser::parse(*source).unwrap_or_else(|(_, e)| panic!("{code}/{file}: {e:?}"));
    let mut out = Vec::new();
    fn walk(id: &str, pattern: &ast::Pattern<&str>, out: &mut Vec<(String, String)>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push((id.to_owned(), (*value).to_owned())),
                ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                    variants.iter().for_each(|v| walk(id, &v.value, out));
                }
                ast::PatternElement::Placeable { .. } => {}
            }
        }
    }
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            m.value.iter().for_each(|p| walk(m.id.name, p, &mut out));
            m.attributes.iter().for_each(|a| walk(m.id.name, &a.value, &mut out));
        }
    }
    out
}

#[test]
fn guides_and_cards_name_no_number_that_is_not_a_fact() {
    let mut problems = Vec::new();
    for code in l10n::supported_locales() {
        for file in ["guides.ftl", "phrases.ftl"] {
            for (id, text) in literal_texts(code, file) {
                // A word with letters may hold digits (A1, 113.nl); a token of digits alone is a number.
                for token in text.split_whitespace().map(|t| t.trim_matches(|c: char| !c.is_alphanumeric())) {
                    if !token.chars().any(char::is_alphabetic) && token.chars().any(char::is_numeric) {
                        problems.push(format!("{code}/{file} {id}: \"{token}\" in \"{}\"", text.trim()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "numbers must be facts ({{ $fact-id }}):\n{}", problems.join("\n"));
}

/// Every fact is shown or used somewhere: by a guide, a checklist item (its text, its conditions or
/// its deadline) or a working-time rule of the diary.
#[test]
fn every_fact_is_used_by_a_guide_and_every_guide_variable_is_a_fact() {
    let bundled = Content::bundled().unwrap();
    let facts = &bundled.facts;
    let catalogue = &bundled.catalogue;
    let used: BTreeSet<&str> = catalogue.guides().iter().flat_map(|g| g.facts.iter().map(String::as_str)).collect();
    let rules = &bundled.checklist;
    let locales = Localizer::negotiate(&["en"]).locales().clone();
    let mut elsewhere: Vec<String> = werkmaat_core::diary::HoursRule::ALL
        .iter()
        .flat_map(|rule| rule.facts().iter().map(|id| (*id).to_owned()))
        .collect();
    for item in &rules.items {
        rules.facts_read(&item.when, &mut elsewhere);
        elsewhere.extend(item.deadline.as_ref().and_then(|d| d.fact()).map(str::to_owned));
        elsewhere.extend(locales.reference_variables("checklist.ftl", &format!("item-{}", item.id)));
    }
    let unused: Vec<_> = facts
        .iter()
        .map(|f| f.id.as_str())
        .filter(|id| !used.contains(id) && !elsewhere.iter().any(|e| e == id))
        .collect();
    assert!(unused.is_empty(), "facts nothing uses: {unused:?}");
    let unknown: Vec<_> = used.iter().filter(|id| facts.get(id).is_none()).collect();
    assert!(unknown.is_empty(), "guide variables that are not facts: {unknown:?}");
}

#[test]
fn there_are_sixteen_guides_with_sections_sources_and_dates() {
    let en = guides("en");
    let list = en.list().unwrap();
    let ids: Vec<_> = list.iter().map(|g| g.id.as_str()).collect();
    for wanted in [
        "arriving",
        "contract",
        "pay",
        "hours",
        "housing",
        "sickness",
        "company-doctor",
        "accidents",
        "insurance",
        "care",
        "zorgtoeslag",
        "interpreters",
        "exploitation",
        "mental-health",
        "losing-job",
        "registering",
    ] {
        assert!(ids.contains(&wanted), "guide {wanted} is missing");
    }
    for summary in list {
        let guide = en.show(&summary.id, today()).unwrap();
        assert!(guide.sections.len() >= 3, "{}", guide.id);
        assert!(guide.sections.iter().all(|s| !s.heading.is_empty() && !s.body.is_empty()), "{}", guide.id);
        assert!(!guide.sources.is_empty(), "{} has no sources", guide.id);
        assert!(guide.verified_on <= today());
        assert!(!guide.dutch_terms.is_empty(), "{}", guide.id);
        for term in &guide.dutch_terms {
            let text = guide.sections.iter().map(|s| format!("{} {}", s.heading, s.body)).collect::<String>();
            assert!(
                fold(&format!("{} {text}", guide.title)).contains(&fold(term)),
                "{}: term {term} not in the text",
                guide.id
            );
        }
    }
}

#[test]
fn a_fact_past_its_validity_is_reported_with_its_source() {
    let pay = guides("en").show("pay", today()).unwrap();
    let wage =
        pay.stale_facts.iter().find(|f| f.id == "minimum-wage-hour").expect("minimum wage is stale in December 2026");
    assert_eq!(wage.valid_until, NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
    assert!(wage.source.url.starts_with("https://"));
    let in_spring = guides("en").show("pay", NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()).unwrap();
    assert!(in_spring.stale_facts.iter().all(|f| f.id != "minimum-wage-hour"));
}

#[test]
fn on_new_years_day_2027_the_unpublished_2027_amounts_are_reported_stale() {
    // No official source had published the 2027 eigen risico, standaardpremie or zorgtoeslag limits
    // when this was verified, so the 2026 values end on 31 December and the shell says so.
    let new_year = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let last_day = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    for (guide, fact) in [
        ("care", "eigen-risico"),
        ("insurance", "cak-fine"),
        ("insurance", "standaardpremie"),
        ("zorgtoeslag", "zorgtoeslag-income-single"),
    ] {
        let stale = |day| guides("en").show(guide, day).unwrap().stale_facts.iter().any(|f| f.id == fact);
        assert!(stale(new_year), "{fact} in {guide}");
        assert!(!stale(last_day), "{fact} in {guide} holds until the end of 2026");
    }
    let assets = guides("en").show("zorgtoeslag", last_day).unwrap();
    assert!(assets.stale_facts.iter().any(|f| f.id == "zorgtoeslag-assets-single"), "the asset limits are 2025 values");
}

#[test]
fn facts_are_written_the_way_each_locale_writes_them() {
    let text = |code: &str| {
        guides(code).show("pay", today()).unwrap().sections.iter().map(|s| s.body.clone()).collect::<String>()
    };
    assert!(text("en").contains("14.71"));
    for code in ["nl", "pl", "ro", "es", "pt", "lt", "hu", "bg", "uk"] {
        assert!(text(code).contains("14,71"), "{code} writes the minimum wage with a decimal comma");
    }
}

#[test]
fn each_locale_is_written_in_its_own_language() {
    use whatlang::Lang;
    let expected = [
        ("en", Lang::Eng),
        ("nl", Lang::Nld),
        ("pl", Lang::Pol),
        ("ro", Lang::Ron),
        ("bg", Lang::Bul),
        ("uk", Lang::Ukr),
        ("hu", Lang::Hun),
        ("lt", Lang::Lit),
        ("pt", Lang::Por),
        ("es", Lang::Spa),
    ];
    for (code, lang) in expected {
        let g = guides(code);
        for summary in g.list().unwrap() {
            let guide = g.show(&summary.id, today()).unwrap();
            let text: String = guide.sections.iter().map(|s| format!("{}\n{}\n", s.heading, s.body)).collect();
            let info = whatlang::detect(&text).unwrap();
            assert_eq!(info.lang(), lang, "{code}/{}: detected {:?}", guide.id, info.lang());
        }
        let cards: String = g
            .phrases()
            .unwrap()
            .iter()
            .map(|p| g.phrase(&p.id, &PersonalDetails::default()).unwrap().user.text + "\n")
            .collect();
        assert_eq!(whatlang::detect(&cards).unwrap().lang(), lang, "{code} phrase cards");
    }
}

#[test]
fn phrase_cards_stand_beside_dutch_and_fill_in_details() {
    let g = guides("pl");
    let cards = g.phrases().unwrap();
    assert!(cards.len() >= 20);
    let details = PersonalDetails {
        full_name: Some("Anna Nowak".into()),
        insurer: Some("Zilveren Kruis".into()),
        policy_number: Some("P-778".into()),
        ..Default::default()
    };
    let card = g.phrase("my-insurance", &details).unwrap();
    assert_eq!((card.user.locale.as_str(), card.nl.locale.as_str()), ("pl", "nl"));
    for text in [&card.user.text, &card.nl.text] {
        assert!(text.contains("Anna Nowak") && text.contains("P-778") && text.contains("Zilveren Kruis"), "{text}");
        assert!(text.contains('…'), "details not saved show as …: {text}");
    }
    assert_ne!(card.user.text, card.nl.text);
    assert!(g.phrase("no-such-card", &details).is_err());
    let speech = card.speech();
    assert_eq!(speech.iter().map(|s| s.language.as_str()).collect::<Vec<_>>(), ["pl", "nl"]);
}

#[test]
fn speech_segments_tag_dutch_terms_as_dutch() {
    let segments = guides("pl").speech("care", today()).unwrap();
    assert!(segments.iter().any(|s| s.language == "nl" && fold(&s.text).contains("huisarts")));
    assert!(segments.iter().filter(|s| s.language == "pl").count() > 5);
    assert!(segments.iter().all(|s| !s.text.trim().is_empty()));
}

fn top_ids(locale: &str, query: &str, n: usize) -> Vec<String> {
    guides(locale).search(query).unwrap().into_iter().take(n).map(|h| h.id).collect()
}

#[test]
fn dutch_terms_find_their_guide_in_every_locale() {
    for code in l10n::supported_locales() {
        for (query, guide) in [
            ("eigen risico", "care"),
            ("zorgtoeslag", "zorgtoeslag"),
            ("bedrijfsarts", "company-doctor"),
            ("huisartsenpost", "care"),
            ("uitzendbeding", "contract"),
            ("BSN", "arriving"),
        ] {
            let top = top_ids(code, query, 3);
            assert!(top.contains(&guide.to_owned()), "{code}: \"{query}\" gave {top:?}");
        }
    }
}

#[test]
fn search_folds_case_and_diacritics_and_matches_word_starts_in_every_locale() {
    for code in l10n::supported_locales() {
        let g = guides(code);
        for summary in g.list().unwrap() {
            // Some word of the title, typed without diacritics, in capitals, and cut short, finds it.
            let typed: Vec<String> = summary
                .title
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .map(|w| fold(w).to_uppercase().chars().take(6.max(w.chars().count() - 2)).collect())
                .collect();
            assert!(
                typed.iter().any(|t| top_ids(code, t, 3).contains(&summary.id)),
                "{code}: no word of \"{}\" finds it ({typed:?})",
                summary.title
            );
        }
        assert!(g.search("").unwrap().is_empty());
        assert!(g.search("qqqxxyyzz").unwrap().is_empty());
    }
}

#[test]
fn romanian_s_and_t_match_with_comma_or_cedilla() {
    let g = guides("ro");
    let text: String = g
        .list()
        .unwrap()
        .iter()
        .map(|s| g.show(&s.id, today()).unwrap().sections.iter().map(|x| x.body.clone()).collect::<String>())
        .collect();
    let word = text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.chars().count() > 5 && (w.contains('ș') || w.contains('ț')))
        .expect("Romanian text uses ș or ț");
    let cedilla = word.replace('ș', "ş").replace('ț', "ţ");
    let comma = top_ids("ro", word, 14);
    assert!(!comma.is_empty());
    assert_eq!(top_ids("ro", &cedilla, 14), comma, "{word} / {cedilla}");
}

#[test]
fn every_source_has_a_title_in_every_locale_with_the_dutch_title_beside() {
    let bundled = Content::bundled().unwrap();
    let en = Localizer::negotiate(&["en"]);
    let keys: BTreeSet<String> = bundled
        .facts
        .iter()
        .map(|f| f.source.key.clone())
        .chain(bundled.catalogue.guides().iter().flat_map(|g| g.sources.clone()))
        .collect();
    let untitled: Vec<_> = keys.iter().filter(|key| en.try_text(&format!("source-{key}")).is_none()).collect();
    assert!(untitled.is_empty(), "sources without a title in sources.ftl: {untitled:?}");
    let dutch = bundled.facts.source("ww-apply").unwrap().title.clone();
    for code in ["pl", "uk", "en"] {
        let guide = guides(code).show("losing-job", today()).unwrap();
        let source = guide.sources.iter().find(|s| s.url == bundled.facts.source("ww-apply").unwrap().url).unwrap();
        assert_ne!(source.title, dutch, "{code} shows the title in its own language");
        assert_eq!(source.original_title.as_deref(), Some(dutch.as_str()), "{code} shows the Dutch title beside it");
    }
    let nl = guides("nl").show("losing-job", today()).unwrap();
    assert!(nl.sources.iter().all(|s| s.original_title.is_none()), "Dutch readers see the Dutch title once");
}

#[test]
fn ukrainian_search_finds_a_word_whichever_apostrophe_is_typed() {
    let ascii = top_ids("uk", "здоров'я", 16);
    assert!(!ascii.is_empty(), "the Ukrainian text uses здоров'я");
    for typed in ["здоровʼя", "здоров’я", "ЗДОРОВʼЯ"] {
        assert_eq!(top_ids("uk", typed, 16), ascii, "{typed}");
    }
}

#[test]
fn snippets_show_the_match() {
    let hits = guides("en").search("interpreter").unwrap();
    assert!(!hits.is_empty());
    let hits = guides("en").search("payslip").unwrap();
    assert_eq!(hits[0].id, "pay");
    assert!(fold(&hits[0].snippet).contains("payslip"), "{}", hits[0].snippet);
}

#[test]
fn real_queries_find_the_right_guide_in_each_locale() {
    // What a worker might type, often without the letters their phone keyboard makes hard.
    let queries: &[(&str, &str, &str)] = &[
        ("en", "sick pay", "sickness"),
        ("en", "night shift", "hours"),
        ("en", "payslip", "pay"),
        ("nl", "ziek", "sickness"),
        ("nl", "loonstrook", "pay"),
        ("nl", "nachtdienst", "hours"),
        ("pl", "zasilek", "sickness"),
        ("pl", "choroba", "sickness"),
        ("pl", "pasek wyplaty", "pay"),
        ("pl", "nadgodziny", "pay"),
        ("ro", "boala", "sickness"),
        ("ro", "fluturas", "pay"),
        ("ro", "asigurare", "insurance"),
        ("bg", "болест", "sickness"),
        ("bg", "ЗАСТРАХОВКА", "insurance"),
        ("bg", "заплата", "pay"),
        ("uk", "хвороба", "sickness"),
        ("uk", "страховка", "insurance"),
        ("hu", "betegseg", "sickness"),
        ("hu", "berjegyzek", "pay"),
        ("hu", "biztositas", "insurance"),
        ("lt", "liga", "sickness"),
        ("lt", "algalapis", "pay"),
        ("lt", "draudimas", "insurance"),
        ("pt", "doenca", "sickness"),
        ("pt", "recibo", "pay"),
        ("pt", "seguro saude", "insurance"),
        ("es", "enfermedad", "sickness"),
        ("es", "nomina", "pay"),
        ("es", "seguro medico", "insurance"),
    ];
    for (code, query, guide) in queries {
        let hits = guides(code).search(query).unwrap();
        let top: Vec<_> = hits.iter().take(3).map(|h| h.id.as_str()).collect();
        assert!(top.contains(guide), "{code}: \"{query}\" gave {top:?}");
        assert!(hits.iter().all(|h| !h.snippet.is_empty()), "{code}: \"{query}\" has an empty snippet");
    }
}
