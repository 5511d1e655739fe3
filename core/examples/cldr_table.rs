//! Prints, as JSON, how Werkmaat writes numbers, money, percentages and dates and which plural
//! category it picks, in every shipped locale: Werkmaat's side of `tests/cldr/compare.py`, which
//! compares the table with ICU. Money, percentages and dates go through the `Localizer` the app
//! uses; plain numbers and plural categories through a Fluent bundle built the way the app builds
//! its bundles (the same number formatter and plural rules), with one message that shows them.
//!
//!   cargo run -q -p werkmaat-core --example cldr_table

use std::{collections::BTreeMap, process::ExitCode, sync::Arc};

use chrono::NaiveDate;
use serde::Serialize;
use werkmaat_core::l10n::{self, Args, LocaleFiles, Locales, Localizer};

/// Amounts in euro; each is written with two decimals, and whole ones also without any.
const AMOUNTS: [f64; 6] = [0.5, 8.0, 1234.5, 2098.8, 45000.0, 1234567.89];
const PERCENTAGES: [f64; 2] = [8.0, 12.5];
const NUMBERS: [f64; 6] = [0.5, 5.5, 1000.0, 1234.5, 40857.0, 1234567.0];
const DATES: [(i32, u32, u32); 2] = [(2026, 1, 5), (2026, 12, 31)];
const PLURAL_DECIMALS: [f64; 4] = [0.5, 1.5, 2.25, 21.5];
const PLURAL_LARGE: [f64; 3] = [1001.0, 1_000_000.0, 2_000_000.0];

/// Shows the plural category Fluent selects for `$n`, and `$n` as the bundle's formatter writes it.
const PROBE: &str = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\nnumber = { $n }\n";

#[derive(Serialize)]
struct Table {
    /// Keyed by the value as JSON writes it (`"2098.8"`); `money_whole` only for whole amounts.
    money: BTreeMap<String, String>,
    money_whole: BTreeMap<String, String>,
    percent: BTreeMap<String, String>,
    number: BTreeMap<String, String>,
    /// Keyed by ISO date.
    date: BTreeMap<String, String>,
    plural: BTreeMap<String, String>,
}

fn key(value: f64) -> String {
    serde_json::to_string(&value).unwrap_or_default().trim_end_matches(".0").to_owned()
}

fn table(app: &Localizer, probe: &Localizer) -> Table {
    let with_n = |id: &str, n: f64| {
        let mut args = Args::new();
        args.set("n", n);
        probe.format(id, Some(&args))
    };
    let plural_samples = (0..=1000).map(f64::from).chain(PLURAL_DECIMALS).chain(PLURAL_LARGE);
    Table {
        money: AMOUNTS.iter().map(|&a| (key(a), app.money(a, 2))).collect(),
        money_whole: AMOUNTS.iter().filter(|a| a.fract() == 0.0).map(|&a| (key(a), app.money(a, 0))).collect(),
        percent: PERCENTAGES.iter().map(|&p| (key(p), app.percent(p))).collect(),
        number: NUMBERS.iter().map(|&n| (key(n), with_n("number", n))).collect(),
        date: DATES
            .iter()
            .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .map(|date| (date.to_string(), app.date(date)))
            .collect(),
        plural: plural_samples.map(|n| (key(n), with_n("category", n))).collect(),
    }
}

fn main() -> ExitCode {
    let codes = l10n::supported_locales();
    let files: LocaleFiles =
        codes.iter().map(|code| ((*code).to_owned(), [("probe.ftl".to_owned(), PROBE.to_owned())].into())).collect();
    let Ok(probes) = Locales::from_files(files) else {
        eprintln!("the probe message does not load");
        return ExitCode::FAILURE;
    };
    let probes = Arc::new(probes);
    let tables: BTreeMap<&str, Table> = codes
        .iter()
        .map(|&code| (code, table(&Localizer::negotiate(&[code]), &Localizer::negotiate_in(&probes, &[code]))))
        .collect();
    match serde_json::to_string_pretty(&tables) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(_) => ExitCode::FAILURE,
    }
}
