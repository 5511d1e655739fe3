//! The localization lint, after compare-locales and moz-fluent-linter: every locale parses, has
//! exactly the messages, attributes and variables of `en`, covers the CLDR plural categories of
//! its language wherever it selects on a number, and every message id the code uses exists.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

use fluent_syntax::{ast, parser};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use werkmaat_core::l10n::{self, FALLBACK_LOCALE};

const REQUIRED: [&str; 10] = ["en", "nl", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "es"];
const PLURAL_WORDS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// Per message (or `message.attribute`): the variables it uses and its plural selects' keys.
#[derive(Default, Debug)]
struct Shape {
    variables: BTreeSet<String>,
    plural_selects: Vec<BTreeSet<String>>,
}

fn shapes(code: &str) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for (file, source) in l10n::locale_sources(code) {
        let resource = match parser::parse(*source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{code}/{file}: Fluent parse errors: {errors:?}"),
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            let mut shape = Shape::default();
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut shape);
            }
            assert!(out.insert(id.clone(), shape).is_none(), "{code}/{file}: duplicate message {id}");
            for attribute in &message.attributes {
                let mut shape = Shape::default();
                walk_pattern(&attribute.value, &mut shape);
                out.insert(format!("{id}.{}", attribute.id.name), shape);
            }
        }
    }
    out
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => {
                        panic!("numeric variant key [{value}]: use plural categories")
                    }
                })
                .collect();
            if keys.iter().any(|k| PLURAL_WORDS.contains(&k.as_str())) {
                shape.plural_selects.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, shape));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, shape));
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, shape));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, shape));
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// The CLDR cardinal categories of a language, found by asking its rules about integers and
/// decimals (intl_pluralrules has no list of its own).
fn plural_categories(code: &str) -> BTreeSet<String> {
    let rules = PluralRules::create(code.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("no plural rules for {code}: {e}"));
    let mut samples: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    samples.extend(["1000000", "0.5", "1.5", "2.5", "5.5", "1.0", "0.1", "11.1"].map(str::to_owned));
    samples
        .iter()
        .map(|s| rules.select(s.as_str()).unwrap())
        .map(|category| {
            match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            }
            .to_owned()
        })
        .collect()
}

#[test]
fn the_ten_supported_locales_ship_with_the_same_files() {
    let shipped = l10n::supported_locales();
    for code in REQUIRED {
        assert!(shipped.contains(&code), "locale {code} is missing");
    }
    let files = |code| l10n::locale_sources(code).iter().map(|(name, _)| *name).collect::<Vec<_>>();
    for code in &shipped {
        assert_eq!(files(code), files(FALLBACK_LOCALE), "files of {code}");
    }
}

#[test]
fn every_locale_has_the_messages_attributes_and_variables_of_english() {
    let reference = shapes(FALLBACK_LOCALE);
    let mut problems = Vec::new();
    for code in l10n::supported_locales() {
        let locale = shapes(code);
        for (id, shape) in &reference {
            match locale.get(id) {
                None => problems.push(format!("{code}: missing {id}")),
                Some(theirs) if theirs.variables != shape.variables => problems
                    .push(format!("{code}: {id} uses variables {:?}, en uses {:?}", theirs.variables, shape.variables)),
                Some(_) => {}
            }
        }
        for id in locale.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{code}: {id} is not in en (obsolete?)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_plural_select_covers_the_languages_categories() {
    let mut problems = Vec::new();
    for code in l10n::supported_locales() {
        let needed = plural_categories(code);
        for (id, shape) in shapes(code) {
            for keys in &shape.plural_selects {
                let missing: Vec<_> = needed.difference(keys).collect();
                if !missing.is_empty() {
                    problems.push(format!("{code}: {id} lacks plural categories {missing:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_plural_rules_we_check_against_are_cldrs() {
    // Guards the sampler above: if it misses a category, the test before proves nothing.
    let set = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
    assert_eq!(plural_categories("pl"), set(&["one", "few", "many", "other"]));
    assert_eq!(plural_categories("ro"), set(&["one", "few", "other"]));
    assert_eq!(plural_categories("lt"), set(&["one", "few", "many", "other"]));
    assert_eq!(plural_categories("en"), set(&["one", "other"]));
}

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let reference = shapes(FALLBACK_LOCALE);
    let prefixes: BTreeSet<&str> = reference.keys().filter_map(|id| id.split('-').next()).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut missing = Vec::new();
    for dir in ["core/src", "bindings/src", "bindings/cli/src"] {
        for (path, text) in rust_files(&root.join(dir)) {
            for literal in text.split('"').skip(1).step_by(2) {
                let looks_like_id = literal.contains('-')
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && literal.split('-').next().is_some_and(|p| prefixes.contains(p));
                if looks_like_id && !reference.contains_key(literal) {
                    missing.push(format!("{}: \"{literal}\"", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "message ids used in code but missing in en:\n{}", missing.join("\n"));
}

fn rust_files(dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.clone(), fs::read_to_string(&path).unwrap()));
        }
    }
    out
}

#[test]
fn every_locale_is_reported_complete() {
    for info in l10n::locale_infos() {
        assert!(info.complete, "{} is not complete", info.code);
        assert!(!info.native_name.starts_with("language-"), "{} has no native name", info.code);
    }
}
