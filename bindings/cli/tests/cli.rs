//! The `werkmaat` binary driven as the issues' CLI contracts describe it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{path::Path, process::Output};

use serde_json::{Value, json};

#[path = "../../../core/tests/support/installed_files.rs"]
mod installed_files;
#[path = "../../../core/tests/support/osmium.rs"]
mod osmium;
#[allow(dead_code)] // the core's anchor tests use the rest
#[path = "../../../core/tests/support/tsa.rs"]
mod tsa;

fn werkmaat(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn json(output: &Output) -> Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn dir_arg(dir: &Path) -> String {
    dir.display().to_string()
}

/// `werkmaat --data-dir DATA ARGS…`
fn werkmaat_in(data: &str, args: &[&str]) -> Output {
    werkmaat(&[&["--data-dir", data], args].concat())
}

/// The next value of a xorshift generator: random moments that repeat from run to run.
fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn info_reports_version_schema_dir_and_negotiated_locale() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    let info = json(&werkmaat(&["--data-dir", &data, "--locale", "de,pl-PL", "info", "--json"]));
    assert_eq!(info["locale"], "pl");
    assert_eq!(info["schema_version"], 6);
    assert_eq!(info["data_dir"], data.as_str());
    assert!(info["version"].as_str().unwrap().contains('.'));
    let locales = info["locales"].as_array().unwrap();
    assert_eq!(locales.len(), 10);
    assert!(locales.iter().any(|l| l["code"] == "uk" && l["native_name"] == "українська"));
    // The CLI keeps its key beside the profile, private to the user.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("profile/werkmaat.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn locales_lists_all_ten_complete() {
    let list = json(&werkmaat(&["locales", "--json"]));
    let codes: Vec<_> = list.as_array().unwrap().iter().map(|l| l["code"].as_str().unwrap().to_owned()).collect();
    for code in ["en", "nl", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "es"] {
        assert!(codes.contains(&code.to_owned()), "{code}");
    }
    assert!(list.as_array().unwrap().iter().all(|l| l["complete"] == true && l["native_name"].is_string()));
}

#[test]
fn details_round_trip_and_bad_values_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let saved =
        json(&werkmaat(&["--data-dir", &data, "details", "set", "--name", "Ion", "--bsn", "111 222 333", "--json"]));
    assert_eq!(saved["bsn"], "111222333");
    let bad = werkmaat(&["--data-dir", &data, "--json", "details", "set", "--name", "Other", "--bsn", "111222334"]);
    assert_eq!(bad.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&bad.stderr).unwrap();
    assert_eq!((error["error"].as_str(), error["field"].as_str()), (Some("invalid_input"), Some("bsn")));
    assert!(!error["message"].as_str().unwrap().contains("111222334"));
    assert_eq!(json(&werkmaat(&["--data-dir", &data, "details", "show", "--json"]))["full_name"], "Ion");
}

#[test]
fn a_date_that_does_not_exist_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = werkmaat(&["--data-dir", &dir_arg(dir.path()), "--today", "2026-02-30", "--locale", "ro", "info"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2026-11-28"), "shows the expected form: {stderr}");
}

#[test]
fn a_foreign_key_file_gives_wrong_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("p"));
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let other = dir.path().join("other.key");
    std::fs::write(&other, [9u8; 32]).unwrap();
    let out = werkmaat(&["--data-dir", &data, "--key-file", &dir_arg(&other), "info"]);
    assert_eq!(out.status.code(), Some(3));
    std::fs::write(&other, [9u8; 31]).unwrap();
    let out = werkmaat(&["--data-dir", &data, "--key-file", &dir_arg(&other), "info"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn wipe_needs_confirmation_and_then_removes_profile_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    assert_eq!(werkmaat(&["--data-dir", &data, "wipe"]).status.code(), Some(2));
    assert!(dir.path().join("werkmaat.db").exists());
    assert_eq!(json(&werkmaat(&["--data-dir", &data, "wipe", "--yes", "--json"]))["wiped"], true);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_tour_walks_through_and_proves_its_claims() {
    let report = json(&werkmaat(&["tour", "--json", "--locale", "lt"]));
    assert_eq!(report["details_encrypted"], true);
    assert_eq!(report["wrong_key_refused"], true);
    assert_eq!(report["reopened"], true);
    assert_eq!(report["locale"], "lt");
    assert!(!Path::new(report["profile_dir"].as_str().unwrap()).exists(), "the temporary profile is removed");
    let doctors = std::fs::read_to_string(report["diary"]["report"].as_str().unwrap()).unwrap();
    assert!(doctors.contains("Samenvatting") && doctors.contains(report["diary"]["head"].as_str().unwrap()));
    let human = werkmaat(&["tour", "--locale", "pl"]);
    assert!(human.status.success());
    assert!(String::from_utf8_lossy(&human.stdout).contains("polski"));
}

#[test]
fn help_is_localized() {
    let out = werkmaat(&["--locale", "nl", "--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    let english = String::from_utf8_lossy(&werkmaat(&["--locale", "en", "--help"]).stdout).into_owned();
    assert_ne!(help, english);
    assert!(help.contains("--data-dir") && help.contains("--json"));
}

#[test]
fn guides_list_show_and_search_follow_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let list = json(&werkmaat(&["--data-dir", &data, "--locale", "pl", "guides", "list", "--json"]));
    let list = list.as_array().unwrap();
    assert!(list.len() >= 14);
    assert!(list.iter().all(|g| g["id"].is_string() && g["title"].is_string() && g["summary"].is_string()));

    let pay = json(&werkmaat(&[
        "--data-dir",
        &data,
        "--locale",
        "pl",
        "--today",
        "2026-11-28",
        "guides",
        "show",
        "pay",
        "--json",
    ]));
    assert_eq!(pay["id"], "pay");
    assert_eq!(pay["locale"], "pl");
    assert!(pay["sections"].as_array().unwrap().iter().all(|s| s["heading"].is_string() && s["body"].is_string()));
    assert!(pay["sources"].as_array().unwrap().iter().all(|s| s["url"].as_str().unwrap().starts_with("https://")));
    assert_eq!(pay["verified_on"], "2026-02-10");
    let stale = pay["stale_facts"].as_array().unwrap();
    assert!(
        stale.iter().any(|f| f["id"] == "minimum-wage-hour"
            && f["valid_until"] == "2026-06-30"
            && f["source"]["url"].is_string())
    );
    let spring = json(&werkmaat(&["--data-dir", &data, "--today", "2026-03-01", "guides", "show", "pay", "--json"]));
    assert!(spring["stale_facts"].as_array().unwrap().is_empty());

    let hits = json(&werkmaat(&["--data-dir", &data, "--locale", "pl", "guides", "search", "eigen risico", "--json"]));
    let hits = hits.as_array().unwrap();
    assert!(hits.iter().take(3).any(|h| h["id"] == "care"), "{hits:?}");
    assert!(hits.iter().all(|h| h["snippet"].is_string() && h["title"].is_string()));

    let missing = werkmaat(&["--data-dir", &data, "--json", "guides", "show", "no-such-guide"]);
    assert_eq!(missing.status.code(), Some(5));
}

#[test]
fn phrase_cards_show_the_users_language_beside_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    json(&werkmaat(&[
        "--data-dir",
        &data,
        "details",
        "set",
        "--name",
        "Olena Shevchenko",
        "--insurer",
        "CZ",
        "--json",
    ]));
    let list = json(&werkmaat(&["--data-dir", &data, "phrases", "list", "--json"]));
    assert!(list.as_array().unwrap().len() >= 20);
    let card = json(&werkmaat(&["--data-dir", &data, "--locale", "uk", "phrases", "show", "my-insurance", "--json"]));
    assert_eq!(card["id"], "my-insurance");
    assert_eq!(card["user"]["locale"], "uk");
    assert!(card["user"]["text"].as_str().unwrap().contains("Olena Shevchenko"));
    assert!(card["nl"]["text"].as_str().unwrap().contains("Olena Shevchenko"));
    assert_ne!(card["user"]["text"], card["nl"]["text"]);
}

#[test]
fn checklist_questions_answers_and_items_follow_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let run = |args: &[&str]| werkmaat_in(&data, &[&["--today", "2026-11-28"], args].concat());
    let questions = json(&run(&["checklist", "questions", "--json"]));
    let ids: Vec<_> = questions.as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap().to_owned()).collect();
    assert!(ids.contains(&"works_in_nl".to_owned()) && !ids.contains(&"has_a1".to_owned()), "{ids:?}");
    let employment = questions.as_array().unwrap().iter().find(|q| q["id"] == "employment");
    assert!(employment.is_none(), "employment is asked once the worker says they work here");

    for (q, v) in
        [("works_in_nl", "yes"), ("employment", "posted"), ("work_start", "2026-06-01"), ("has_dutch_insurance", "no")]
    {
        assert!(run(&["checklist", "answer", q, v]).status.success(), "{q}={v}");
    }
    let questions = json(&run(&["checklist", "questions", "--json"]));
    let a1 =
        questions.as_array().unwrap().iter().find(|q| q["id"] == "has_a1").expect("a posted worker is asked about A1");
    assert_eq!(a1["kind"], "yes_no");
    assert_eq!(a1["options"], serde_json::json!(["yes", "no"]));
    assert_eq!(a1["option_texts"].as_array().unwrap().len(), 2);

    let shown = json(&run(&["checklist", "show", "--json"]));
    let items = shown["items"].as_array().unwrap();
    let insure = items.iter().find(|i| i["id"] == "take-out-insurance").unwrap();
    assert_eq!((insure["status"].as_str(), insure["deadline"].as_str()), (Some("overdue"), Some("2026-10-01")));
    assert_eq!(insure["guide"], "insurance");
    assert!(insure["because"].as_array().unwrap().iter().any(|b| b == "work_start"));
    assert!(insure["title"].is_string());

    let changed = json(&run(&["checklist", "answer", "has_a1", "yes", "--json"]));
    let kinds: Vec<_> = changed["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["item"].as_str().unwrap().to_owned(), c["kind"].as_str().unwrap().to_owned()))
        .collect();
    assert!(kinds.contains(&("take-out-insurance".into(), "removed".into())), "{kinds:?}");
    assert!(kinds.contains(&("carry-a1-and-ehic".into(), "added".into())), "{kinds:?}");

    assert!(run(&["checklist", "done", "carry-a1-and-ehic"]).status.success());
    let shown = json(&run(&["checklist", "show", "--json"]));
    assert!(shown["items"].as_array().unwrap().iter().any(|i| i["id"] == "carry-a1-and-ehic" && i["status"] == "done"));

    // Numbers are read the way the user's language writes them; an unclear one is refused.
    let dutch = |args: &[&str]| werkmaat_in(&data, &[&["--today", "2026-11-28", "--locale", "nl"], args].concat());
    assert!(dutch(&["checklist", "answer", "yearly_income", "45.000"]).status.success());
    let income = json(&run(&["checklist", "questions", "--json"]));
    let income = income.as_array().unwrap().iter().find(|q| q["id"] == "yearly_income").unwrap();
    assert_eq!(income["answer"], "45000");
    let unclear = dutch(&["checklist", "answer", "yearly_income", "45,000"]);
    assert_eq!(unclear.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unclear.stderr).contains("45.000,50"), "{unclear:?}");
    assert_eq!(run(&["checklist", "answer", "age", "many"]).status.code(), Some(2));
    assert_eq!(run(&["checklist", "answer", "shoe_size", "42"]).status.code(), Some(5));
    assert_eq!(run(&["checklist", "answer", "work_start", "2026-02-30"]).status.code(), Some(2));
    assert!(run(&["checklist", "reset"]).status.success());
    assert!(json(&run(&["checklist", "show", "--json"]))["items"].as_array().unwrap().is_empty());
}

#[test]
fn care_nearest_now_search_and_import_follow_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let run = |args: &[&str]| werkmaat_in(&data, args);
    let near = json(&run(&[
        "care",
        "nearest",
        "--lat",
        "51.3704",
        "--lon",
        "6.1724",
        "--kind",
        "emergency",
        "--limit",
        "2",
        "--json",
    ]));
    let near = near.as_array().unwrap();
    assert_eq!(near.len(), 2);
    for field in [
        "id",
        "kind",
        "name",
        "address",
        "postcode",
        "town",
        "phone",
        "lat",
        "lon",
        "distance_m",
        "source",
        "verified_on",
        "accepting_new_patients",
        "region",
        "night_service",
        "hours",
        "approximate_position",
    ] {
        assert!(near[0].get(field).is_some(), "field {field}");
    }
    assert_eq!(near[0]["name"], "VieCuri Medisch Centrum Venlo");
    assert!(near[0]["distance_m"].as_f64().unwrap() <= near[1]["distance_m"].as_f64().unwrap());
    // The human output writes the distance the language's way (to one decimal: "2,3 km", "2,3 км").
    let km = (near[0]["distance_m"].as_f64().unwrap() / 100.0).round() / 10.0;
    for (locale, unit) in [("pl", "km"), ("uk", "км")] {
        let args =
            ["--locale", locale, "care", "nearest", "--lat", "51.3704", "--lon", "6.1724", "--kind", "emergency"];
        let human = String::from_utf8(run(&args).stdout).unwrap();
        let distance = format!("{} {unit}  VieCuri", km.to_string().replace('.', ","));
        assert!(human.contains(&distance), "{locale}: {distance:?} in {human}");
    }

    let by_postcode = json(&run(&["care", "nearest", "--postcode", "5911 AB", "--json"]));
    assert!(!by_postcode.as_array().unwrap().is_empty());
    for written in ["NL-5911AB", "5911-AB", "5911\u{a0}ab"] {
        assert_eq!(json(&run(&["care", "nearest", "--postcode", written, "--json"])), by_postcode, "{written:?}");
    }
    // A postcode whose source centroid was misplaced resolves (3062 Rotterdam, once in the sea).
    assert_eq!(run(&["care", "nearest", "--postcode", "3062", "--json"]).status.code(), Some(0));

    let now = json(&run(&["care", "now", "--postcode", "2671", "--at", "2026-11-28T23:00:00+01:00", "--json"]));
    assert_eq!(now["advice"], "gp_post");
    assert!(now["text"].as_str().unwrap().contains("112"));
    assert_eq!(now["places"][0]["phone"], "0174-638738");
    assert_eq!(now["places"][0]["region"], "Westland");
    assert_eq!(now["places"][0]["verified_on"], "2026-12-07");
    // The out-of-hours post list has no coordinates: the post stands at its town's centre, and
    // both outputs say the distance is approximate; hospitals have real positions.
    assert_eq!(now["places"][0]["approximate_position"], true);
    assert_eq!(near[0]["approximate_position"], false);
    let human = run(&["care", "now", "--postcode", "2671", "--at", "2026-11-28T23:00:00+01:00"]);
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(human.contains("≈ ") && human.contains("the distance is approximate"), "{human}");
    let urgent = json(&run(&["care", "now", "--lat", "53.2167", "--lon", "6.5697", "--urgent", "--json"]));
    assert_eq!(urgent["advice"], "emergency");

    let found = json(&run(&["care", "search", "groningen", "--json"]));
    assert!(found.as_array().unwrap().iter().any(|p| p["name"] == "Universitair Medisch Centrum Groningen"));

    let query = run(&["care", "overpass-query", "--bbox", "51.3,6.0,51.5,6.3"]);
    assert!(String::from_utf8_lossy(&query.stdout).contains("out center"));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/tests/fixtures/overpass_noise.json");
    let report = json(&run(&["care", "import-osm", &dir_arg(&fixture), "--json"]));
    assert_eq!(
        (report["imported"].as_u64(), report["updated"].as_u64(), report["skipped"].as_u64()),
        (Some(5), Some(0), Some(9))
    );

    for (args, code) in [
        (vec!["care", "nearest", "--lat", "123", "--lon", "5"], 2),
        (vec!["care", "nearest", "--postcode", "0000"], 2),
        (vec!["care", "nearest", "--postcode", "1000"], 2),
        (vec!["care", "nearest", "--postcode", "5911-"], 2),
        (vec!["care", "nearest", "--postcode", "5911", "--limit", "0"], 2),
        (vec!["care", "now", "--postcode", "5911", "--at", "yesterday"], 2),
    ] {
        assert_eq!(run(&args).status.code(), Some(code), "{args:?}");
    }
    // A kind the core does not know is refused by it, in the user's words, naming the flag.
    let dentist = run(&["care", "nearest", "--postcode", "5911", "--kind", "dentist", "--json"]);
    assert_eq!(dentist.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&dentist.stderr).unwrap();
    assert_eq!((&error["error"], &error["field"]), (&json!("invalid_input"), &json!("kind")));
    assert_eq!(error["message"], "Choose gp, gp_post, emergency or pharmacy.");
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"elements\": [").unwrap();
    assert_eq!(run(&["care", "import-osm", &dir_arg(&broken)]).status.code(), Some(2));

    let info = json(&run(&["info", "--json"]));
    assert!(info["attributions"].as_array().unwrap().iter().any(|a| a.as_str().unwrap().contains("GeoNames")));
}

fn test_secret_key() -> String {
    let keys: Value = serde_json::from_str(include_str!("../../../core/tests/fixtures/test-pack-keys.json")).unwrap();
    keys["test-2026"].as_str().unwrap().to_owned()
}

#[test]
fn care_now_is_honest_without_a_post_near_and_nearest_can_keep_only_open_places() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let run = |args: &[&str]| werkmaat_in(&data, args);
    // Venlo at night: the nearest bundled post is 67 km away, in another region.
    let night = ["care", "now", "--postcode", "5911AB", "--at", "2026-12-07T22:00:00Z", "--json"];
    let now = json(&run(&night));
    assert_eq!((now["advice"].as_str(), now["no_post_near"].as_bool()), (Some("gp_post"), Some(true)));
    assert_eq!(now["places"].as_array().unwrap().len(), 0, "no far post offered");
    assert!(now["text"].as_str().unwrap().contains("112") && now["own_gp"].is_null());
    assert_eq!(now["at_amsterdam"], "2026-12-07T23:00:00+01:00");
    assert_eq!(
        run(&["details", "set", "--gp-name", "Praktijk De Maas", "--gp-phone", "077/354 12 34"]).status.code(),
        Some(0)
    );
    let now = json(&run(&night));
    assert_eq!(now["own_gp"]["tel_uri"], "tel:+31773541234");
    assert!(now["text"].as_str().unwrap().contains("Praktijk De Maas"));
    // Sent as UTC at 07:30, it is 08:30 in Amsterdam: office hours.
    let morning = json(&run(&["care", "now", "--postcode", "2671", "--at", "2026-12-07T07:30:00Z", "--json"]));
    assert_eq!(morning["advice"], "gp");
    let good_friday = json(&run(&["care", "now", "--postcode", "2671", "--at", "2026-04-03T10:00:00+02:00", "--json"]));
    assert_eq!(
        (good_friday["holiday"].as_str(), good_friday["practice_may_be_closed"].as_bool()),
        (Some("good_friday"), Some(true))
    );
    assert!(good_friday["holiday_source"].as_str().unwrap().contains("termijnenwet"));
    let westland = json(&run(&["care", "now", "--postcode", "2671", "--at", "2026-12-07T23:00:00+01:00", "--json"]));
    assert_eq!(westland["places"][0]["tel_uri"], "tel:+31174638738");
    assert_eq!(westland["places"][0]["phone_e164"], "+31174638738");

    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/tests/fixtures/overpass_noise.json");
    assert_eq!(run(&["care", "import-osm", &dir_arg(&fixture)]).status.code(), Some(0));
    let nearest = |at: &str, open_now: bool| {
        let mut args =
            vec!["care", "nearest", "--lat", "51.3704", "--lon", "6.1724", "--kind", "gp", "--at", at, "--json"];
        if open_now {
            args.push("--open-now");
        }
        json(&run(&args)).as_array().unwrap().clone()
    };
    // Huisartsenpraktijk Centrum: Mo-Fr 08:00-17:00. 16:30 in Amsterdam is 15:30 UTC.
    let open = nearest("2026-12-07T15:30:00Z", true);
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["name"], "Huisartsenpraktijk Centrum");
    assert_eq!(
        (open[0]["open_now"].as_bool(), open[0]["next_change"].as_str()),
        (Some(true), Some("2026-12-07T17:00:00+01:00"))
    );
    assert_eq!(open[0]["opening_hours"], "Mo-Fr 08:00-17:00");
    assert!(nearest("2026-12-07T16:30:00Z", true).is_empty(), "closed at 17:30 in Amsterdam");
    let all = nearest("2026-12-07T16:30:00Z", false);
    assert_eq!(all.len(), 2);
    for place in &all {
        for field in ["open_now", "next_change", "opening_hours", "phone_e164", "tel_uri"] {
            assert!(place.get(field).is_some(), "field {field}");
        }
    }
    assert_eq!(
        run(&["care", "nearest", "--postcode", "5911", "--open-now", "--at", "tomorrow"]).status.code(),
        Some(2)
    );
}

#[test]
fn packs_build_verify_install_and_roll_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    let key_file = dir.path().join("publisher.key");
    let public = json(&werkmaat(&["pack", "keygen", "--out", &dir_arg(&key_file), "--json"]));
    let public = public["public_key"].as_str().unwrap().to_owned();
    assert_eq!(std::fs::read_to_string(&key_file).unwrap().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let pack = dir.path().join("facts.pack");
    json(&werkmaat(&[
        "pack",
        "build",
        "--out",
        &dir_arg(&pack),
        "--key",
        &dir_arg(&key_file),
        "--version",
        "3",
        "--parts",
        "facts",
        "--json",
    ]));
    let verified = json(&werkmaat(&["pack", "verify", &dir_arg(&pack), "--public-key", &public, "--json"]));
    assert_eq!((verified["version"].as_u64(), verified["parts"].clone()), (Some(3), serde_json::json!(["facts"])));
    // `--from DIR` reads `<part>.json` for every part there is, the diary vocabulary too: a broken
    // one is refused before anything is signed.
    let from = dir.path().join("content");
    std::fs::create_dir_all(&from).unwrap();
    std::fs::write(from.join("diary.json"), b"{ not json").unwrap();
    let build_from = |out: &str| {
        let (out, key) = (dir_arg(&dir.path().join(out)), dir_arg(&key_file));
        werkmaat(&["pack", "build", "--out", &out, "--key", &key, "--version", "3", "--from", &dir_arg(&from)])
    };
    assert_ne!(build_from("broken.pack").status.code(), Some(0), "a broken diary.json is not ignored");
    assert!(!dir.path().join("broken.pack").exists());
    // A key of its own is not one Werkmaat trusts: install refuses it.
    let refused = werkmaat(&["--data-dir", &data, "--json", "pack", "install", &dir_arg(&pack)]);
    assert_eq!(refused.status.code(), Some(6));
    let error: Value = serde_json::from_slice(&refused.stderr).unwrap();
    assert_eq!((error["error"].as_str(), error["field"].as_str()), (Some("pack_refused"), Some("signature")));

    // Signed with the test key, which test builds trust, it installs.
    let trusted = dir.path().join("trusted.pack");
    std::fs::write(dir.path().join("test.key"), test_secret_key()).unwrap();
    json(&werkmaat(&[
        "pack",
        "build",
        "--out",
        &dir_arg(&trusted),
        "--key",
        &dir_arg(&dir.path().join("test.key")),
        "--version",
        "4",
        "--parts",
        "facts,guides",
    ]));
    let installed = json(&werkmaat(&["--data-dir", &data, "pack", "install", &dir_arg(&trusted), "--json"]));
    assert_eq!(installed["version"], 4);
    let info = json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    assert_eq!(info["content"]["version"], 4);
    let parts = info["content"]["parts"].as_array().unwrap();
    assert!(parts.iter().any(|p| p["name"] == "facts" && p["source"] == "pack 4"));
    assert!(parts.iter().any(|p| p["name"] == "places" && p["source"] == "bundled"));
    assert_eq!(
        werkmaat(&["--data-dir", &data, "pack", "install", &dir_arg(&trusted)]).status.code(),
        Some(6),
        "not newer"
    );
    let back = json(&werkmaat(&["--data-dir", &data, "pack", "rollback", "--json"]));
    assert_eq!(back["version"], 1);
    assert!(back["parts"].as_array().unwrap().iter().all(|p| p["source"] == "bundled"));
}

#[test]
fn a_places_pack_from_an_osm_extract_builds_installs_and_is_found_nearest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    let key = dir.path().join("test.key");
    std::fs::write(&key, test_secret_key()).unwrap();
    let key = dir_arg(&key);
    let fixture = osmium::fixture();
    let pack = dir_arg(&dir.path().join("nieuwegein.pack"));
    let places = |from: &Path, out: &str, version: &str| {
        werkmaat(&[
            "pack",
            "places",
            "--from-osm",
            &dir_arg(from),
            "--out",
            out,
            "--key",
            &key,
            "--version",
            version,
            "--json",
        ])
    };
    let built = json(&places(&fixture, &pack, "5"));
    // Three pharmacies (two without a name), one out-of-hours post, one node of no known care.
    let expected = json!({
        "file": pack,
        "places": {"gp": 0, "gp_post": 1, "pharmacy": 1, "emergency": 0},
        "skipped": 3,
    });
    for field in ["file", "places", "skipped"] {
        assert_eq!(built[field], expected[field], "{field}: {built}");
    }
    assert_eq!(built["skipped_by_reason"], json!({"no_name": 2, "not_care": 1}));

    let installed = json(&werkmaat(&["--data-dir", &data, "pack", "install", &pack, "--json"]));
    assert_eq!(installed["version"], 5);
    let info = json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let attributions = info["attributions"].as_array().unwrap();
    assert!(attributions.iter().any(|a| a.as_str().unwrap().contains("© OpenStreetMap contributors, ODbL 1.0")));
    assert!(attributions.iter().any(|a| a.as_str().unwrap().contains("GeoNames")), "the postcodes stay");
    let nearest = |kind: &str| {
        let args = ["care", "nearest", "--lat", "52.0163", "--lon", "5.0474", "--kind", kind, "--limit", "1", "--json"];
        json(&werkmaat_in(&data, &args))[0].clone()
    };
    assert_eq!(nearest("gp_post")["id"], "osm-node-4327315490");
    assert_eq!(nearest("gp_post")["name"], "Huisartsenpost de Poort");
    assert_eq!(nearest("pharmacy")["name"], "De Roerdomp");
    assert!(nearest("emergency")["id"].as_str().unwrap().starts_with("seh-"), "the bundled places stay");
    let by_postcode = werkmaat_in(&data, &["care", "nearest", "--postcode", "3431", "--kind", "pharmacy", "--json"]);
    assert_eq!(json(&by_postcode)[0]["name"], "De Roerdomp");

    // The same extract as PBF gives the same pack contents.
    if let Some(pbf) = osmium::cat(&fixture, &dir.path().join("nieuwegein.osm.pbf"), &[]) {
        let from_pbf = json(&places(&pbf, &dir_arg(&dir.path().join("pbf.pack")), "6"));
        for field in ["places", "skipped", "skipped_by_reason"] {
            assert_eq!(from_pbf[field], built[field], "{field}");
        }
        let bytes = std::fs::read(&pbf).unwrap();
        let cut = dir.path().join("cut.osm.pbf");
        std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
        let out = dir.path().join("cut.pack");
        assert_eq!(places(&cut, &dir_arg(&out), "7").status.code(), Some(2));
        assert!(!out.exists(), "nothing written from a cut-off extract");
    }

    let garbage = dir.path().join("garbage.osm.pbf");
    std::fs::write(&garbage, [0x5au8; 3000]).unwrap();
    let out = dir.path().join("garbage.pack");
    let refused = werkmaat(&[
        "--json",
        "pack",
        "places",
        "--from-osm",
        &dir_arg(&garbage),
        "--out",
        &dir_arg(&out),
        "--key",
        &key,
        "--version",
        "8",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&refused.stderr).unwrap();
    assert_eq!((error["error"].as_str(), error["field"].as_str()), (Some("invalid_input"), Some("file")));
    assert!(error["message"].as_str().unwrap().contains("OpenStreetMap"), "{error}");
    assert!(!out.exists());
    // An existing pack is kept without --force.
    assert_eq!(places(&fixture, &pack, "9").status.code(), Some(2));
}

/// Signed facts packs of the given versions, written beside the profile as `v<version>.pack`.
fn facts_packs(dir: &Path, versions: impl Iterator<Item = u64>) -> Vec<std::path::PathBuf> {
    let secret = test_secret_key();
    versions
        .map(|version| {
            let bytes = werkmaat_ffi::pack_build(
                secret.clone(),
                version,
                chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                vec![werkmaat_ffi::ContentPart::Facts],
                Default::default(),
            )
            .unwrap();
            let path = dir.join(format!("v{version}.pack"));
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect()
}

/// An install killed (SIGKILL) at random moments, at least 50 times: after each kill the profile
/// opens on one whole version, the old or the new one, and at most one pack file more than a
/// finished install keeps (written, not yet listed); the next finished install tidies up.
#[test]
fn an_install_killed_at_any_moment_leaves_the_old_or_the_new_content() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");
    let data = dir_arg(&profile);
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let packs = facts_packs(dir.path(), 2..70);
    let mut current = 1u64;
    let mut next = 0usize;
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut kills = 0;
    while next < packs.len() && kills < 120 {
        xorshift(&mut seed);
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
            .args(["--data-dir", &data, "--json", "pack", "install", &dir_arg(&packs[next])])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(seed % 12_000));
        let _ = child.kill();
        let _ = child.wait();
        kills += 1;
        let info = json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
        let version = info["content"]["version"].as_u64().unwrap();
        let wanted = next as u64 + 2;
        assert!(
            version == current || version == wanted,
            "after kill {kills}: version {version}, expected {current} or {wanted}"
        );
        assert!(
            info["content"]["parts"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["source"] == "bundled" || p["source"] == format!("pack {version}"))
        );
        let kept = installed_files::kept(&profile);
        assert!(kept.listed.len() <= 2 && kept.pack_files.len() <= 3, "after kill {kills}: {kept:?}");
        if version == wanted {
            current = wanted;
            next += 1;
        } else if kills % 10 == 0 {
            // Let one finish now and then, so the test also crosses many versions.
            json(&werkmaat(&["--data-dir", &data, "pack", "install", &dir_arg(&packs[next]), "--json"]));
            installed_files::kept(&profile).assert_tidy(&format!("a finished install after kill {kills}"));
            current = wanted;
            next += 1;
        }
    }
    assert!(kills >= 50 && current > 5, "kills: {kills}, installs completed: {current}");
}

/// Eight `werkmaat pack install` processes at once, five rounds of eight new versions: each exits
/// 0 with its version active then, or 6 refused as older; the newest ends up active; the list
/// keeps it and the one before it (the next newest that exited 0: a refused install never took
/// effect), their files and no others.
#[test]
fn eight_processes_installing_at_once_end_with_the_newest_and_every_exit_code_is_true() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");
    let data = dir_arg(&profile);
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let mut previous_top = None;
    for round in 0..5u64 {
        let versions: Vec<u64> = (0..8).map(|t| 10 * round + 2 + (3 * t + round) % 8).collect();
        let packs = facts_packs(dir.path(), versions.iter().copied());
        let children: Vec<_> = packs
            .iter()
            .map(|pack| {
                std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
                    .args(["--data-dir", &data, "--json", "pack", "install", &dir_arg(pack)])
                    .env("LANG", "C")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut succeeded = Vec::new();
        for (version, child) in versions.iter().zip(children) {
            let output = child.wait_with_output().unwrap();
            match output.status.code() {
                Some(0) => {
                    assert_eq!(json(&output)["version"].as_u64(), Some(*version));
                    succeeded.push(*version);
                }
                Some(6) => {
                    let error: Value = serde_json::from_slice(&output.stderr).unwrap();
                    assert_eq!(
                        (error["error"].as_str(), error["field"].as_str()),
                        (Some("pack_refused"), Some("older"))
                    );
                }
                code => panic!("v{version} exited {code:?}: {}", String::from_utf8_lossy(&output.stderr)),
            }
        }
        succeeded.sort_unstable();
        let top = *versions.iter().max().unwrap();
        assert_eq!(succeeded.last(), Some(&top), "round {round}");
        assert_eq!(json(&werkmaat(&["--data-dir", &data, "info", "--json"]))["content"]["version"].as_u64(), Some(top));
        let kept = installed_files::kept(&profile);
        kept.assert_tidy(&format!("round {round}"));
        let previous = succeeded.iter().rev().nth(1).copied().or(previous_top);
        assert_eq!(kept.versions(), previous.into_iter().chain([top]).collect::<Vec<_>>(), "round {round}");
        previous_top = Some(top);
    }
}

#[test]
fn the_diary_follows_the_cli_contract() {
    let dir = tempfile::tempdir().unwrap();
    // The profile in a folder of its own: exports may not go into it.
    let data = dir_arg(&dir.path().join("profile"));
    let run = |args: &[&str]| werkmaat_in(&data, args);
    let vocab = json(&run(&["diary", "vocab", "--json"]));
    assert!(vocab["symptoms"].as_array().unwrap().len() >= 40);
    assert!(
        vocab["body_parts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["code"].is_string() && b["label"].is_string() && b["label_nl"].is_string())
    );

    let added = json(&run(&[
        "diary",
        "add",
        "symptom",
        "--symptom",
        "back-pain",
        "--body-part",
        "lower-back",
        "--severity",
        "7",
        "--at",
        "2026-11-20T07:30:00+01:00",
        "--note",
        "lifting",
        "--work-related",
        "--json",
    ]));
    let id = added["id"].as_str().unwrap().to_owned();
    assert_eq!(added["hash"].as_str().unwrap().len(), 64);
    let incident = json(&run(&[
        "diary",
        "add",
        "incident",
        "--at",
        "2026-11-21T08:15:00+01:00",
        "--description",
        "Pallet fell",
        "--body-part",
        "foot-left",
        "--place",
        "Hal 3",
        "--task",
        "Orderpicken",
        "--machine",
        "Reachtruck",
        "--witness",
        "Jan",
        "--witness",
        "Ola",
        "--reported-to",
        "employer@2026-11-21T08:30:00+01:00",
        "--reported-to",
        "agency",
        "--json",
    ]));
    // Everything an inspector asks, back from `diary get`.
    let kept = json(&run(&["diary", "get", incident["id"].as_str().unwrap(), "--json"]));
    assert_eq!(
        (&kept["place"], &kept["task"], &kept["machine_or_substance"], &kept["witnesses"]),
        (&json!("Hal 3"), &json!("Orderpicken"), &json!("Reachtruck"), &json!(["Jan", "Ola"]))
    );
    assert_eq!(
        kept["reported_to"],
        json!([{"who": "employer", "at": "2026-11-21T08:30:00+01:00"}, {"who": "agency", "at": null}])
    );
    json(&run(&[
        "diary",
        "add",
        "shift",
        "--start",
        "2026-11-20T06:00:00+01:00",
        "--end",
        "2026-11-20T19:00:00+01:00",
        "--break-minutes",
        "20",
        "--json",
    ]));
    for bad in [
        vec!["diary", "add", "symptom", "--symptom", "back-pain", "--severity", "11"],
        vec!["diary", "add", "symptom", "--symptom", "nonsense", "--severity", "3"],
        vec!["diary", "add", "shift", "--start", "2026-11-20T10:00:00+01:00", "--end", "2026-11-20T09:00:00+01:00"],
        vec!["diary", "add", "symptom", "--symptom", "cough", "--severity", "2", "--at", "2026-02-30T10:00:00+01:00"],
        vec!["diary", "add", "incident", "--description", "x", "--reported-to", "employer@yesterday"],
        // Dated after now (more than the ten minutes a phone's clock may be off).
        vec!["diary", "add", "symptom", "--symptom", "cough", "--severity", "2", "--at", "2099-01-01T10:00:00+01:00"],
    ] {
        assert_eq!(run(&bad).status.code(), Some(2), "{bad:?}");
    }
    let list = json(&run(&["diary", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 3, "bad values stored nothing");
    assert!(
        list.as_array().unwrap().iter().all(|e| e["id"].is_string() && e["kind"].is_string() && e["at"].is_string())
    );
    let shifts =
        json(&run(&["diary", "list", "--kind", "shift", "--from", "2026-11-20", "--to", "2026-11-20", "--json"]));
    assert_eq!(shifts.as_array().unwrap().len(), 1);

    json(&run(&["diary", "correct", &id, "--severity", "5", "--json"]));
    let corrected = json(&run(&["diary", "list", "--kind", "symptom", "--json"]));
    assert_eq!((corrected[0]["severity"].as_u64(), corrected[0]["revision"].as_u64()), (Some(5), Some(2)));

    let hours = json(&run(&["diary", "hours", "--json"]));
    let checked: Vec<&str> = hours["checked"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert!(checked.contains(&"max-shift") && checked.contains(&"weekly-rest") && checked.contains(&"night-rest"));
    let breaches = hours["breaches"].as_array().unwrap();
    // 06:00–19:00 with 20 minutes of break: 12.67 hours of work.
    assert!(
        breaches.iter().any(|b| b["rule"] == "max-shift"
            && b["limit"] == 12.0
            && b["actual"] == 12.67
            && b["source"].is_string()
            && b["from"] == "2026-11-20T06:00:00+01:00"
            && b["to"] == "2026-11-20T19:00:00+01:00"),
        "{hours}"
    );
    assert!(breaches.iter().any(|b| b["rule"] == "break" && b["limit"] == 45.0 && b["actual"] == 20.0), "{hours}");
    let text = String::from_utf8(run(&["diary", "hours"]).stdout).unwrap();
    assert!(text.contains("12.67") && text.contains("Rules checked:") && text.contains("rest after a night shift"));

    let verified = json(&run(&["diary", "verify", "--json"]));
    assert_eq!((verified["ok"].as_bool(), verified["entries"].as_u64()), (Some(true), Some(3)));
    let export = dir.path().join("diary.json");
    assert!(run(&["diary", "export", "--format", "json", "--out", &dir_arg(&export)]).status.success());
    let received = json(&werkmaat(&["diary", "verify", "--export", &dir_arg(&export), "--json"]));
    assert_eq!((received["ok"].as_bool(), received["head"].clone()), (Some(true), verified["head"].clone()));
    let text = std::fs::read_to_string(&export).unwrap().replace("Pallet fell", "Pallet fall");
    std::fs::write(&export, text).unwrap();
    let tampered = werkmaat(&["diary", "verify", "--export", &dir_arg(&export), "--json"]);
    assert_ne!(tampered.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&tampered.stdout).unwrap();
    assert_eq!(report["ok"], false);

    for (format, marker) in [("html", "Bedrijfsongeval"), ("fhir", "\"resourceType\": \"Bundle\"")] {
        let file = dir.path().join(format!("diary.{format}"));
        let written = json(&run(&["diary", "export", "--format", format, "--out", &dir_arg(&file), "--json"]));
        assert_eq!(written["file"], dir_arg(&file));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(marker) && text.contains("Pallet fell"), "{format}");
    }
    let english = dir.path().join("en.html");
    run(&["diary", "export", "--format", "html", "--doctor-locale", "en-GB", "--out", &dir_arg(&english)]);
    assert!(!std::fs::read_to_string(&english).unwrap().contains("Bedrijfsongeval"), "--doctor-locale en: no Dutch");
    // The saved details go on an export only as chosen: name and date of birth unless --identity says otherwise.
    run(&["details", "set", "--name", "Ana Pop", "--bsn", "111222333", "--agency", "Flex Uitzend"]);
    let chosen = dir.path().join("chosen.html");
    let chosen_arg = dir_arg(&chosen);
    for (identity, shown, hidden) in
        [(None, "Ana Pop", "111222333"), (Some("bsn, agency"), "Flex Uitzend", "Ana Pop"), (Some(""), "", "Ana Pop")]
    {
        let mut args = vec!["diary", "export", "--format", "html", "--force", "--doctor-locale", "nl-NL"];
        args.extend(identity.map(|i| ["--identity", i]).into_iter().flatten());
        args.extend(["--out", chosen_arg.as_str()]);
        assert!(run(&args).status.success(), "{identity:?}");
        let text = std::fs::read_to_string(&chosen).unwrap();
        assert!(text.contains(shown) && !text.contains(hidden), "{identity:?}");
    }
    let unknown = run(&["diary", "export", "--format", "fhir", "--identity", "name,phone", "--out", "unused.out"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("name, birth_date, bsn, employer, agency, insurer"));
    for bad in [["--format", "pdf", "--doctor-locale", "nl"], ["--format", "html", "--doctor-locale", "xx"]] {
        let mut args = vec!["diary", "export", "--out", "unused.out"];
        args.extend_from_slice(&bad);
        assert_eq!(run(&args).status.code(), Some(2), "{bad:?}");
    }

    assert!(run(&["diary", "delete", &id]).status.success());
    let after = json(&run(&["diary", "verify", "--json"]));
    assert_eq!((after["ok"].as_bool(), after["entries"].as_u64()), (Some(true), Some(2)));
    assert!(!after["gaps"].as_array().unwrap().is_empty());

    let (secret, backup) = (dir.path().join("passphrase.txt"), dir.path().join("diary.wmbackup"));
    std::fs::write(&secret, "correct horse battery\n").unwrap();
    let secret_arg = dir_arg(&secret);
    let backup_arg = dir_arg(&backup);
    assert!(run(&["diary", "backup", "--out", &backup_arg, "--passphrase-file", &secret_arg]).status.success());
    let fresh = tempfile::tempdir().unwrap();
    let fresh_data = dir_arg(fresh.path());
    let restore = |passphrase_file: &str| {
        werkmaat(&[
            "--data-dir",
            &fresh_data,
            "diary",
            "restore",
            &backup_arg,
            "--passphrase-file",
            passphrase_file,
            "--json",
        ])
    };
    let wrong = dir.path().join("wrong.txt");
    std::fs::write(&wrong, "wrong horse battery").unwrap();
    assert_eq!(restore(&dir_arg(&wrong)).status.code(), Some(2), "a wrong passphrase is bad input");
    let restored = json(&restore(&secret_arg));
    assert_eq!((restored["restored"].as_bool(), restored["entries"].as_u64()), (Some(true), Some(2)));
    let moved = json(&werkmaat(&["--data-dir", &fresh_data, "diary", "verify", "--json"]));
    assert_eq!((moved["ok"].as_bool(), moved["head"].clone()), (Some(true), after["head"].clone()));

    // Added last, so the counts above stay as they were.
    json(&run(&["diary", "add", "care", "--with", "gp", "--at", "2026-11-22T10:00:00+01:00", "--json"]));
    let care = json(&run(&["diary", "list", "--kind", "care", "--json"]));
    assert_eq!(care.as_array().unwrap().len(), 1, "`--kind care` lists what `add care` added");
    assert_eq!(run(&["diary", "list", "--kind", "nonsense"]).status.code(), Some(2));
    assert_eq!(run(&["diary", "correct", "0000000000000000", "--severity", "5"]).status.code(), Some(5));
}

/// `diary verify --json`: the format, anchors, damaged rows and every problem by reason; the witness
/// kept beside the key file after each write shows a database put back to an older copy.
#[test]
fn the_diary_verify_contract_names_problems_and_a_rollback() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
    let run = |args: &[&str]| werkmaat_in(&data, args);
    let add = |day: &str| {
        json(&run(&[
            "diary",
            "add",
            "care",
            "--with",
            "gp",
            "--at",
            &format!("2026-11-{day}T10:00:00+01:00"),
            "--json",
        ]))
    };
    add("20");
    let witness = dir.path().join("werkmaat.key.witness");
    let kept: Value = serde_json::from_slice(&std::fs::read(&witness).unwrap()).unwrap();
    assert_eq!(kept["seq"], 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&witness).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let older = std::fs::read(dir.path().join("werkmaat.db")).unwrap();
    let second = add("21");

    let verified = json(&run(&["diary", "verify", "--json"]));
    let keys: Vec<&str> = verified.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["anchors", "damaged", "entries", "format_version", "gaps", "head", "ok", "problems", "revisions"],
        "first_bad is gone"
    );
    assert_eq!((verified["ok"].as_bool(), verified["format_version"].as_u64()), (Some(true), Some(2)));
    assert_eq!((verified["anchors"].clone(), verified["problems"].clone()), (json!([]), json!([])));
    assert_eq!(verified["head"], second["hash"]);

    // An older copy of the database put back: only the witness can tell.
    for name in ["werkmaat.db-wal", "werkmaat.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    std::fs::write(dir.path().join("werkmaat.db"), older).unwrap();
    let rolled = run(&["diary", "verify", "--json"]);
    assert_eq!(rolled.status.code(), Some(1));
    let rolled: Value = serde_json::from_slice(&rolled.stdout).unwrap();
    assert_eq!(rolled["problems"], json!([{"seq": 2, "reason": "rolled_back"}]));
    std::fs::write(&witness, "not a witness").unwrap();
    assert_eq!(
        run(&["diary", "verify", "--json"]).status.code(),
        Some(2),
        "a witness that does not read is not ignored"
    );

    // The forgery corpus, as a receiver checks it.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/forgeries");
    let expected: Vec<Value> = serde_json::from_slice(&std::fs::read(corpus.join("expected.json")).unwrap()).unwrap();
    for case in &expected {
        let file = corpus.join(case["file"].as_str().unwrap());
        let output = werkmaat(&["diary", "verify", "--export", &dir_arg(&file), "--json"]);
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let reasons: Vec<Value> = report["problems"].as_array().unwrap().iter().map(|p| p["reason"].clone()).collect();
        let mut unique = reasons.clone();
        unique.dedup();
        assert_eq!(report["ok"], case["ok"], "{}", case["file"]);
        assert_eq!(output.status.code(), Some(if case["ok"] == true { 0 } else { 1 }), "{}", case["file"]);
        for reason in case["reasons"].as_array().unwrap() {
            assert!(reasons.contains(reason), "{}: {reason}", case["file"]);
        }
    }
}

/// Crash safety: a writer that keeps adding diary entries, deleting every other one and installing
/// packs is killed (SIGKILL, the whole process group) at random moments, 200 times. After every
/// kill the profile opens, the chain verifies, the content is one whole version, every entry whose
/// `add` returned (its JSON line was printed) is in the diary unless a delete of it committed,
/// every entry whose `delete` returned is gone, and no delete is half done (tombstones without
/// the Delete revision, or the other way round).
#[test]
fn a_writer_killed_200_times_loses_no_returned_entry() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    facts_packs(dir.path(), 2..12);
    // Each round: add an entry (the first of each life and every other one after it is deleted
    // again: most lives are short), then try the next pack (an installed one is refused as older).
    let script = r#"n=0; while :; do
        out=$("$W" --data-dir "$D" --json diary add symptom --symptom cough --severity 3 --at 2026-11-20T08:00:00+01:00) || exit 1
        printf '%s\n' "$out"
        n=$((n + 1))
        if [ $((n % 2)) -eq 1 ]; then
          id=$(printf '%s' "$out" | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
          "$W" --data-dir "$D" --json diary delete "$id" || exit 1
        fi
        for v in 2 3 4 5 6 7 8 9 10 11; do
          "$W" --data-dir "$D" --json pack install "$P/v$v.pack" >/dev/null 2>&1 && break
        done
      done"#;
    let log = dir.path().join("returned.jsonl");
    let (mut seed, mut last_version) = (0x9E37_79B9_7F4A_7C15u64, 1u64);
    for kill in 0..200 {
        xorshift(&mut seed);
        let mut child = std::process::Command::new("sh")
            .args(["-c", script])
            .env("W", env!("CARGO_BIN_EXE_werkmaat"))
            .env("D", &data)
            .env("P", dir.path())
            .stdout(std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        // Mostly short, random lives; every 20th one long enough to finish several writes and an
        // install even on a loaded machine, so the test always crosses versions.
        let life = if kill % 20 == 19 { 2_000_000 } else { seed % 400_000 };
        std::thread::sleep(std::time::Duration::from_micros(life));
        let group = format!("-{}", child.id());
        std::process::Command::new("kill").args(["-KILL", "--", &group]).status().unwrap();
        let _ = child.wait();

        // Checked in this process (as a shell reopening after a crash would), which is much
        // faster than three more CLI runs.
        let key = std::fs::read(dir.path().join("profile").join("werkmaat.key")).unwrap();
        let profile = werkmaat_ffi::Werkmaat::open(data.clone(), vec!["en".into()], key).unwrap();
        let verified = profile.diary().verify(None).unwrap();
        assert!(verified.ok, "after kill {kill}: {verified:?}");
        let version = profile.info().unwrap().content.version;
        assert!(version >= last_version, "after kill {kill}: content went back from {last_version} to {version}");
        last_version = version;
        let listed = profile.diary().list(None, None, None, None).unwrap();
        let ids: std::collections::HashSet<String> = listed.into_iter().map(|e| e.id).collect();
        let export: Value =
            serde_json::from_str(&profile.diary().export_json(false, recorded_at(), None).unwrap()).unwrap();
        profile.shutdown();
        // Per entry: (has a tombstone, its last revision is a Delete).
        let mut revisions: std::collections::HashMap<&str, (bool, bool)> = std::collections::HashMap::new();
        for revision in export["revisions"].as_array().unwrap() {
            let state = revisions.entry(revision["entry_id"].as_str().unwrap()).or_default();
            state.0 |= revision["deleted"] == true;
            state.1 = revision["action"] == "delete";
        }
        for (id, (tombstoned, deleted)) in &revisions {
            assert_eq!(tombstoned, deleted, "after kill {kill}: entry {id} is half deleted");
        }
        let committed_delete = |id: &str| revisions.get(id).is_some_and(|state| state.1);
        // A line cut by the kill is not a returned write; every whole line is.
        let text = std::fs::read_to_string(&log).unwrap();
        for line in text.lines().filter_map(|l| serde_json::from_str::<Value>(l).ok()) {
            let id = line["id"].as_str().unwrap();
            if line["deleted"] == true {
                assert!(!ids.contains(id) && committed_delete(id), "after kill {kill}: deleted entry {id} is back");
            } else {
                assert!(
                    ids.contains(id) || committed_delete(id),
                    "after kill {kill}: entry {id} was returned but is gone"
                );
            }
        }
    }
    let lines = std::fs::read_to_string(&log).unwrap();
    let (returned, deleted) = (lines.lines().count(), lines.matches("\"deleted\":true").count());
    assert!(
        returned > 20 && deleted > 10 && last_version >= 3,
        "the writer got work done: {returned} writes ({deleted} deletes), content v{last_version}"
    );
}

// ---- Files: what the CLI reads and writes, and a CLI that never panics (issues 12 and 13). ----

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A profile made by the CLI, with `shifts` diary entries added in this process (far faster than
/// one CLI run each).
fn profile_with_shifts(data: &Path, shifts: u32) {
    json(&werkmaat(&["--data-dir", &dir_arg(data), "info", "--json"]));
    let key = std::fs::read(data.join("werkmaat.key")).unwrap();
    let profile = werkmaat_ffi::Werkmaat::open(dir_arg(data), vec!["en".into()], key).unwrap();
    let diary = profile.diary();
    for n in 0..shifts {
        // From 2015 on, so that even 3000 shifts end before the recording time below (an entry
        // after it would be refused as a future date).
        let day = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(n.into());
        let shift = werkmaat_ffi::DiaryEntry::Shift {
            start: chrono::DateTime::parse_from_rfc3339(&format!("{day}T08:00:00+01:00")).unwrap(),
            end: chrono::DateTime::parse_from_rfc3339(&format!("{day}T16:00:00+01:00")).unwrap(),
            break_minutes: 30,
        };
        diary.add(shift, None, recorded_at()).unwrap();
    }
    profile.shutdown();
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_text_is_a_usage_error_that_does_not_echo_it() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let bad = std::ffi::OsStr::from_bytes(b"SECRET\xffNAME");
    for args in [vec![bad, "info".as_ref()], vec!["--data-dir".as_ref(), bad, "info".as_ref()]] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .env("LANG", "C")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("SECRET") && !stderr.contains("panicked") && !stderr.is_empty(), "{stderr}");
        assert!(!output.stderr.contains(&0xff));
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_listing_quietly() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    // Far more than a pipe holds, so the CLI is still writing when the reader goes.
    profile_with_shifts(&data, 3000);
    for json_flag in [None, Some("--json")] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
            .args(["--data-dir", &dir_arg(&data), "diary", "list"])
            .args(json_flag)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert!(first.contains("shift"), "{first}");
        // The reader is dropped here, closing the pipe, as `| head -1` does.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{json_flag:?}");
        assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    // The same through a shell pipe, as a user types it.
    let piped = std::process::Command::new("sh")
        .args(["-c", "\"$W\" --data-dir \"$D\" diary list | head -1"])
        .env("W", env!("CARGO_BIN_EXE_werkmaat"))
        .env("D", &data)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&piped.stdout).lines().count(), 1);
    assert!(piped.stderr.is_empty(), "{}", String::from_utf8_lossy(&piped.stderr));
}

#[test]
fn a_missing_input_file_is_bad_input_that_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    let missing = dir_arg(&dir.path().join("no-such-file.bin"));
    let passphrase = dir.path().join("passphrase.txt");
    std::fs::write(&passphrase, "correct horse battery").unwrap();
    let (passphrase, out) = (dir_arg(&passphrase), dir_arg(&dir.path().join("out.bin")));
    let public = "00".repeat(32);
    let commands: [&[&str]; 9] = [
        &["care", "import-osm", &missing],
        &["pack", "places", "--from-osm", &missing, "--out", &out, "--key", &passphrase, "--version", "2"],
        &["diary", "restore", &missing, "--passphrase-file", &passphrase],
        &["diary", "backup", "--out", &out, "--passphrase-file", &missing],
        &["diary", "verify", "--export", &missing],
        &["pack", "install", &missing],
        &["pack", "verify", &missing, "--public-key", &public],
        &["pack", "build", "--out", &out, "--key", &missing, "--version", "2"],
        &["--key-file", &missing, "info"],
    ];
    for args in commands {
        let output = werkmaat_in(&data, args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        // The key file has its own message (a profile without its key), the others this one.
        if args[0] != "--key-file" {
            assert!(stderr.contains(&missing) && stderr.contains("cannot read"), "{args:?}: {stderr}");
        }
    }
    let polish = werkmaat(&["--data-dir", &data, "--locale", "pl", "--json", "pack", "install", &missing]);
    let error: Value = serde_json::from_slice(&polish.stderr).unwrap();
    assert_eq!((error["error"].as_str(), error["field"].as_str()), (Some("unreadable_file"), Some(missing.as_str())));
    assert!(error["message"].as_str().unwrap().contains("nie może odczytać"), "{error}");
    assert!(!dir.path().join("out.bin").exists());
}

#[test]
fn an_existing_output_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    profile_with_shifts(&data, 3);
    let passphrase = dir.path().join("passphrase.txt");
    std::fs::write(&passphrase, "correct horse battery").unwrap();
    let key = dir.path().join("test.key");
    std::fs::write(&key, test_secret_key()).unwrap();
    let (passphrase, key) = (dir_arg(&passphrase), dir_arg(&key));
    let commands: [(&str, Vec<&str>); 5] = [
        ("export.json", vec!["diary", "export", "--format", "json"]),
        ("report.html", vec!["diary", "export", "--format", "html"]),
        ("diary.wmbackup", vec!["diary", "backup", "--passphrase-file", &passphrase]),
        ("facts.pack", vec!["pack", "build", "--key", &key, "--version", "2", "--parts", "facts"]),
        ("publisher.key", vec!["pack", "keygen"]),
    ];
    for (name, args) in commands {
        let out = dir.path().join(name);
        let run = |force: bool| {
            let mut all = args.clone();
            let out = dir_arg(&out);
            all.extend(["--out", out.as_str()]);
            if force {
                all.push("--force");
            }
            werkmaat_in(&dir_arg(&data), &all)
        };
        assert!(run(false).status.success(), "{name}: a new file is written");
        #[cfg(unix)]
        assert_eq!(mode(&out), 0o600, "{name}");
        std::fs::write(&out, b"kept").unwrap();
        let refused = run(false);
        assert_eq!(refused.status.code(), Some(2), "{name}");
        assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"), "{name}");
        assert_eq!(std::fs::read(&out).unwrap(), b"kept", "{name}: unchanged");
        assert!(run(true).status.success(), "{name}");
        let written = std::fs::read(&out).unwrap();
        assert!(written.len() > 4 && written != b"kept", "{name}: replaced");
        #[cfg(unix)]
        assert_eq!(mode(&out), 0o600, "{name}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn no_output_goes_into_the_profiles_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    profile_with_shifts(&data, 3);
    let passphrase = dir.path().join("passphrase.txt");
    std::fs::write(&passphrase, "correct horse battery").unwrap();
    let snapshot = || {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&data)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        files.sort();
        files
    };
    let before = snapshot();
    let targets = ["werkmaat.db", "werkmaat.db-wal", "werkmaat.key", "werkmaat.key.witness", "new.json", ""];
    for target in targets {
        let out = dir_arg(&data.join(target));
        // Spelled through `..` too: the place counts, not the spelling.
        let sideways = format!("{}/../profile/{target}", dir_arg(&data));
        for out in [&out, &sideways] {
            for args in [
                vec!["diary", "export", "--format", "json", "--out", out, "--force"],
                vec![
                    "diary",
                    "backup",
                    "--out",
                    out,
                    "--passphrase-file",
                    &dir_arg(&dir.path().join("passphrase.txt")),
                ],
                vec!["pack", "keygen", "--out", out, "--force"],
            ] {
                let output = werkmaat_in(&dir_arg(&data), &args);
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
                assert!(stderr.contains("folder of your profile"), "{args:?}: {stderr}");
            }
        }
    }
    assert_eq!(snapshot(), before, "nothing in the profile's folder changed");
    json(&werkmaat_in(&dir_arg(&data), &["diary", "verify", "--json"]));
    // A key file kept elsewhere, and its witness beside it, are the profile's too.
    let key = dir.path().join("elsewhere.key");
    std::fs::copy(data.join("werkmaat.key"), &key).unwrap();
    for out in [dir_arg(&key), format!("{}.witness", dir_arg(&key))] {
        let args = ["--key-file", &dir_arg(&key), "diary", "export", "--format", "json", "--out", &out, "--force"];
        assert_eq!(werkmaat_in(&dir_arg(&data), &args).status.code(), Some(2), "{out}");
    }
    assert_eq!(std::fs::read(&key).unwrap(), std::fs::read(data.join("werkmaat.key")).unwrap());
}

#[cfg(unix)]
#[test]
fn the_profile_and_everything_written_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("a/profile");
    profile_with_shifts(&data, 2);
    assert_eq!((mode(&data), mode(&data.join("werkmaat.db")), mode(&data.join("werkmaat.key"))), (0o700, 0o600, 0o600));
    // SQLite's companion files exist while the profile is open: they take the database's mode.
    let key = std::fs::read(data.join("werkmaat.key")).unwrap();
    let profile = werkmaat_ffi::Werkmaat::open(dir_arg(&data), vec!["en".into()], key).unwrap();
    profile
        .diary()
        .delete(profile.diary().list(None, None, None, Some(1)).unwrap()[0].id.clone(), recorded_at())
        .unwrap();
    for companion in ["werkmaat.db-wal", "werkmaat.db-shm"] {
        assert_eq!(mode(&data.join(companion)), 0o600, "{companion}");
    }
    profile.shutdown();
    let passphrase = dir.path().join("passphrase.txt");
    std::fs::write(&passphrase, "correct horse battery").unwrap();
    let (export, backup) = (dir.path().join("diary.fhir.json"), dir.path().join("diary.wmbackup"));
    json(&werkmaat_in(&dir_arg(&data), &["diary", "export", "--format", "fhir", "--out", &dir_arg(&export), "--json"]));
    let args = ["diary", "backup", "--out", &dir_arg(&backup), "--passphrase-file", &dir_arg(&passphrase), "--json"];
    json(&werkmaat_in(&dir_arg(&data), &args));
    assert_eq!((mode(&export), mode(&backup)), (0o600, 0o600));
    // A database that cannot be read is set aside; the new one is private too.
    std::fs::write(data.join("werkmaat.db"), vec![0x5a; 8192]).unwrap();
    let info = json(&werkmaat_in(&dir_arg(&data), &["info", "--json"]));
    // When, as RFC 3339 to the second in UTC with `Z`.
    let at = info["set_aside"][0]["at"].as_str().unwrap_or_default();
    assert!(at.len() == 20 && at.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(at).is_ok(), "{info}");
    assert_eq!(mode(&data.join("werkmaat.db")), 0o600);
}

#[test]
fn simultaneous_first_runs_all_succeed_with_one_key() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..10 {
        let data = dir.path().join(format!("profile-{round}"));
        let children: Vec<_> = (0..8)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
                    .args(["--data-dir", &dir_arg(&data), "info", "--json"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(output.status.success(), "round {round}: {}", String::from_utf8_lossy(&output.stderr));
        }
        assert_eq!(std::fs::read(data.join("werkmaat.key")).unwrap().len(), 32, "round {round}");
        json(&werkmaat_in(&dir_arg(&data), &["diary", "verify", "--json"]));
    }
}

/// Crash safety of the files the CLI writes: first runs (which make the key) and exports are
/// killed (SIGKILL) at random moments, 120 times. A key is never short, every profile opens with
/// its key afterwards, and an export file is either the earlier whole one or a new whole one.
#[test]
fn first_runs_and_exports_killed_at_random_leave_whole_files() {
    let dir = tempfile::tempdir().unwrap();
    let exported = dir.path().join("profile");
    profile_with_shifts(&exported, 300);
    let out = dir.path().join("export.json");
    // Kills land anywhere in a run: before, during and after its writes, on any machine.
    let life = |args: &[&str]| {
        let started = std::time::Instant::now();
        assert!(werkmaat(args).status.success());
        started.elapsed().as_micros() as u64 * 3 / 2 + 1
    };
    let first_life = life(&["--data-dir", &dir_arg(&dir.path().join("measured")), "info"]);
    let export_life = life(&[
        "--data-dir",
        &dir_arg(&exported),
        "diary",
        "export",
        "--format",
        "json",
        "--out",
        &dir_arg(&dir.path().join("measured.json")),
    ]);
    let mut seed = 0xD1B5_4A32_D192_ED03u64;
    let (mut keys_made, mut exports_made, mut previous_export) = (0, 0, None);
    for kill in 0..120 {
        xorshift(&mut seed);
        let first_run = kill % 2 == 0;
        let data = if first_run { dir.path().join(format!("first-{kill}")) } else { exported.clone() };
        let args: Vec<String> = if first_run {
            vec!["info".into()]
        } else {
            ["diary", "export", "--format", "json", "--force", "--out", &dir_arg(&out)].map(String::from).to_vec()
        };
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
            .arg("--data-dir")
            .arg(&data)
            .args(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(seed % if first_run { first_life } else { export_life }));
        let _ = child.kill();
        let _ = child.wait();
        if first_run {
            match std::fs::read(data.join("werkmaat.key")) {
                Ok(key) => {
                    assert_eq!(key.len(), 32, "after kill {kill}: a short key");
                    keys_made += 1;
                }
                Err(error) => assert_eq!(error.kind(), std::io::ErrorKind::NotFound, "after kill {kill}"),
            }
            let info = werkmaat_in(&dir_arg(&data), &["info", "--json"]);
            assert!(info.status.success(), "after kill {kill}: {}", String::from_utf8_lossy(&info.stderr));
        } else if let Ok(text) = std::fs::read_to_string(&out) {
            let export: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("after kill {kill}: {e}"));
            assert_eq!(export["revisions"].as_array().map(Vec::len), Some(300), "after kill {kill}");
            // Each whole export is new (its time differs); count the ones that got through.
            if previous_export.as_ref() != Some(&text) {
                exports_made += 1;
            }
            previous_export = Some(text);
        }
    }
    assert!(keys_made > 5 && exports_made > 5, "the runs got work done: {keys_made} keys, {exports_made} exports");
}

/// Eight processes on one profile, each answering its own checklist question and setting its own
/// details field 50 times, all at once: every exit code is 0 and every last value is stored.
#[test]
fn eight_processes_at_once_lose_no_answer_and_no_detail() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    json(&werkmaat_in(&data, &["info", "--json"]));
    let owned = [
        ("age", "--name"),
        ("yearly_income", "--insurer"),
        ("has_partner", "--policy-number"),
        ("cak_letter", "--gp-name"),
        ("has_gp", "--employer"),
        ("has_digid", "--birth-date"),
        ("stay", "--phone"),
        ("registration", "--gp-phone"),
    ];
    // The value of round $i for each kind of question and field.
    let script = r#"i=0; while [ $i -lt 50 ]; do
        case $Q in
          age|yearly_income) a=$((20 + i)) ;;
          stay) if [ $((i % 2)) -eq 0 ]; then a=short; else a=long; fi ;;
          registration) a=rni; [ $((i % 2)) -eq 0 ] && a=brp ;;
          *) a=yes; [ $((i % 2)) -eq 0 ] && a=no ;;
        esac
        case $F in
          --birth-date) v=$(printf '1990-01-%02d' $((i % 28 + 1))) ;;
          --phone|--gp-phone) v=$(printf '+316123456%02d' $i) ;;
          *) v="value $i" ;;
        esac
        "$W" --data-dir "$D" --json --today 2026-11-28 checklist answer "$Q" "$a" >/dev/null || { echo "answer $i failed" >&2; exit 1; }
        "$W" --data-dir "$D" --json --today 2026-11-28 details set "$F" "$v" >/dev/null || { echo "details $i failed" >&2; exit 1; }
        i=$((i + 1))
      done"#;
    let children: Vec<_> = owned
        .iter()
        .map(|(question, flag)| {
            std::process::Command::new("sh")
                .args(["-c", script])
                .env("W", env!("CARGO_BIN_EXE_werkmaat"))
                .env("D", &data)
                .env("Q", question)
                .env("F", flag)
                .env("LANG", "C")
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let questions = json(&werkmaat_in(&data, &["--json", "checklist", "questions"]));
    let answer = |id: &str| {
        questions.as_array().unwrap().iter().find(|q| q["id"] == id).map(|q| q["answer"].clone()).unwrap_or_default()
    };
    for (question, expected) in [
        ("age", "69"),
        ("yearly_income", "69"),
        ("has_partner", "yes"),
        ("cak_letter", "yes"),
        ("has_gp", "yes"),
        ("has_digid", "yes"),
        ("stay", "long"),
        ("registration", "rni"),
    ] {
        assert_eq!(answer(question), expected, "the last answer to {question}");
    }
    let details = json(&werkmaat_in(&data, &["--json", "details", "show"]));
    for (field, expected) in [
        ("full_name", "value 49"),
        ("insurer", "value 49"),
        ("policy_number", "value 49"),
        ("gp_name", "value 49"),
        ("employer", "value 49"),
        ("date_of_birth", "1990-01-22"),
        ("phone", "+31612345649"),
        ("gp_phone", "+31612345649"),
    ] {
        assert_eq!(details[field], expected, "details {field}");
    }
}

/// Checklist answers and details changes killed at random moments 200 times: every change that
/// returned is there (or a newer one), and the profile always opens with its key.
#[test]
fn checklist_and_details_killed_200_times_keep_every_returned_change() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    json(&werkmaat_in(&data, &["info", "--json"]));
    let script = r#"n=$START; while :; do
        "$W" --data-dir "$D" --json --today 2026-11-28 checklist answer yearly_income "$n" >/dev/null || exit 1
        echo "answer $n"
        "$W" --data-dir "$D" --json --today 2026-11-28 details set --employer "employer $n" >/dev/null || exit 1
        echo "details $n"
        n=$((n + 1))
      done"#;
    let log = dir.path().join("returned.log");
    let (mut seed, mut start) = (0x2545_F491_4F6C_DD1Du64, 1000u64);
    for kill in 0..200 {
        xorshift(&mut seed);
        let mut child = std::process::Command::new("sh")
            .args(["-c", script])
            .env("W", env!("CARGO_BIN_EXE_werkmaat"))
            .env("D", &data)
            .env("START", start.to_string())
            .stdout(std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        let life = if kill % 20 == 19 { 1_000_000 } else { seed % 300_000 };
        std::thread::sleep(std::time::Duration::from_micros(life));
        std::process::Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status().unwrap();
        let _ = child.wait();

        let key = std::fs::read(dir.path().join("profile").join("werkmaat.key")).unwrap();
        let profile = werkmaat_ffi::Werkmaat::open(data.clone(), vec!["en".into()], key).unwrap();
        let questions = profile.checklist().questions().unwrap();
        let stored_answer: u64 = questions
            .iter()
            .find(|q| q.id == "yearly_income")
            .and_then(|q| q.answer.as_deref().map(|a| a.parse().unwrap()))
            .unwrap_or(0);
        let stored_employer: u64 = profile
            .details()
            .get()
            .unwrap()
            .employer
            .map(|e| e.trim_start_matches("employer ").parse().unwrap())
            .unwrap_or(0);
        profile.shutdown();
        let text = std::fs::read_to_string(&log).unwrap();
        let last = |kind: &str| {
            text.lines().filter_map(|l| l.strip_prefix(kind)).filter_map(|n| n.trim().parse::<u64>().ok()).max()
        };
        if let Some(returned) = last("answer ") {
            assert!(stored_answer >= returned, "after kill {kill}: answer {returned} returned, {stored_answer} stored");
        }
        if let Some(returned) = last("details ") {
            assert!(
                stored_employer >= returned,
                "after kill {kill}: details {returned} returned, {stored_employer} stored"
            );
        }
        // The next life starts above anything stored, so "newer" stays comparable.
        start = stored_answer.max(stored_employer).max(start) + 1;
    }
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.lines().count() > 40, "the writer got work done: {} changes", text.lines().count());
}

/// `diary anchor request` and `diary anchor add` against a real TSA (`openssl ts -reply`): the
/// contract's JSON, the anchor in `verify` and in an export, and a bad answer refused with its
/// reason (exit 2) with nothing stored.
#[test]
fn the_diary_anchor_contract_against_openssl_ts() {
    let Some(pki) = tsa::Pki::new() else { return };
    let ca = pki.ca("ca", "Werkmaat test CA", tsa::Key::Rsa);
    let signer = pki.issue(&ca, "tsa", tsa::Key::Rsa, "tsa_cert", None);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    let data = dir_arg(&data);
    let run = |args: &[&str]| werkmaat_in(&data, args);
    let file = |name: &str| dir_arg(&dir.path().join(name));
    let added = json(&run(&["diary", "add", "care", "--with", "gp", "--at", "2026-11-20T10:00:00+01:00", "--json"]));

    let request = json(&run(&["diary", "anchor", "request", "--out", &file("req.tsq"), "--json"]));
    let keys: Vec<&str> = request.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["file", "head", "nonce", "seq"]);
    assert_eq!((request["seq"].as_u64(), &request["head"]), (Some(1), &added["hash"]));
    assert_eq!(request["file"], file("req.tsq"));
    let refused = run(&["diary", "anchor", "request", "--out", &file("req.tsq"), "--json"]);
    assert_eq!(refused.status.code(), Some(2), "an existing --out needs --force");

    let response = pki.reply(&std::fs::read(file("req.tsq")).unwrap(), &signer, "tsa_config");
    std::fs::write(file("resp.tsr"), &response).unwrap();
    std::fs::write(file("ca.pem"), &ca.pem).unwrap();
    std::fs::write(file("garbage.tsr"), b"garbage").unwrap();
    let bad = run(&["diary", "anchor", "add", &file("garbage.tsr"), "--tsa-cert", &file("ca.pem"), "--json"]);
    assert_eq!(bad.status.code(), Some(2));
    let bad: Value = serde_json::from_slice(&bad.stderr).unwrap();
    assert_eq!(bad["field"], "response");
    let stranger = pki.ca("stranger", "Someone else", tsa::Key::Rsa);
    std::fs::write(file("stranger.pem"), &stranger.pem).unwrap();
    let untrusted = run(&["diary", "anchor", "add", &file("resp.tsr"), "--tsa-cert", &file("stranger.pem")]);
    assert_eq!(untrusted.status.code(), Some(2));
    assert_eq!(json(&run(&["diary", "verify", "--json"]))["anchors"], json!([]), "nothing stored");

    let anchor = json(&run(&["diary", "anchor", "add", &file("resp.tsr"), "--tsa-cert", &file("ca.pem"), "--json"]));
    let keys: Vec<&str> = anchor.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["head", "seq", "time", "tsa"]);
    assert_eq!((anchor["seq"].as_u64(), &anchor["head"]), (Some(1), &request["head"]));
    assert_eq!(anchor["tsa"], "CN=tsa,O=Werkmaat test");

    run(&["diary", "add", "care", "--with", "gp", "--at", "2026-11-21T10:00:00+01:00", "--json"]);
    let verified = json(&run(&["diary", "verify", "--json"]));
    assert_eq!(verified["anchors"], json!([anchor]));
    assert_eq!(
        json(&run(&["diary", "export", "--format", "json", "--out", &file("d.json"), "--json"]))["file"],
        file("d.json")
    );
    let received = json(&run(&["diary", "verify", "--export", &file("d.json"), "--json"]));
    assert_eq!(received["anchors"], json!([anchor]));
    let own_trust =
        run(&["diary", "verify", "--export", &file("d.json"), "--tsa-cert", &file("stranger.pem"), "--json"]);
    assert_eq!(own_trust.status.code(), Some(1));
    let own_trust: Value = serde_json::from_slice(&own_trust.stdout).unwrap();
    assert_eq!(own_trust["problems"], json!([{"seq": 1, "reason": "anchor_invalid"}]));
}

/// Crash safety with anchors: a loop that adds an entry, asks for a time-stamp, has the local TSA
/// (`openssl ts -reply`) answer, adds the answer and exports the diary is killed (SIGKILL, the
/// whole process group) at random moments, 100 times. After every kill the chain and every anchor
/// verify, every entry and anchor whose command returned is there, and the request and export
/// files are whole (absent, or complete and checking).
#[test]
fn adds_anchors_and_exports_killed_100_times_lose_nothing_returned() {
    use std::os::unix::process::CommandExt;
    let Some(pki) = tsa::Pki::new() else { return };
    let ca = pki.ca("ca", "Werkmaat test CA", tsa::Key::EcP256);
    pki.issue(&ca, "tsa", tsa::Key::EcP256, "tsa_cert", None);
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    std::fs::write(dir.path().join("ca.pem"), &ca.pem).unwrap();
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let script = r#"while :; do
        "$W" --data-dir "$D" --json diary add care --with gp --at 2026-11-20T08:00:00+01:00 || exit 1
        echo
        "$W" --data-dir "$D" --json diary anchor request --force --out "$O/req.tsq" >/dev/null || exit 1
        (cd "$T" && echo 01 > tsa.serial && openssl ts -reply -config openssl.cnf -section tsa_config \
          -queryfile "$O/req.tsq" -signer tsa.pem -inkey tsa.key -out "$O/resp.tsr" 2>/dev/null) || exit 1
        "$W" --data-dir "$D" --json diary anchor add "$O/resp.tsr" --tsa-cert "$O/ca.pem" || exit 1
        echo
        "$W" --data-dir "$D" --json diary export --format json --force --out "$O/export.json" >/dev/null || exit 1
      done"#;
    let log = dir.path().join("returned.jsonl");
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let (mut anchors_returned, mut exports_seen) = (0usize, 0usize);
    for kill in 0..100 {
        xorshift(&mut seed);
        let mut child = std::process::Command::new("sh")
            .args(["-c", script])
            .env("W", env!("CARGO_BIN_EXE_werkmaat"))
            .env("D", &data)
            .env("O", dir.path())
            .env("T", pki.path())
            .stdout(std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        // Mostly short lives; every 10th long enough to go round the loop on a loaded machine.
        let life = if kill % 10 == 9 { 1_500_000 } else { seed % 400_000 };
        std::thread::sleep(std::time::Duration::from_micros(life));
        std::process::Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status().unwrap();
        let _ = child.wait();

        let key = std::fs::read(dir.path().join("profile").join("werkmaat.key")).unwrap();
        let profile = werkmaat_ffi::Werkmaat::open(data.clone(), vec!["en".into()], key).unwrap();
        let verified = profile.diary().verify(None).unwrap();
        assert!(verified.ok, "after kill {kill}: {verified:?}");
        let ids: std::collections::HashSet<String> =
            profile.diary().list(None, None, None, None).unwrap().into_iter().map(|e| e.id).collect();
        let anchors = profile.diary().anchors().unwrap();
        profile.shutdown();
        // A line cut by the kill is not a returned command; every whole line is.
        let text = std::fs::read_to_string(&log).unwrap();
        let returned: Vec<Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
        for line in &returned {
            if let Some(id) = line["id"].as_str() {
                assert!(ids.contains(id), "after kill {kill}: returned entry {id} is missing");
            } else {
                let time = |a: &werkmaat_ffi::DiaryAnchor| chrono::DateTime::<chrono::Utc>::from(a.time).to_rfc3339();
                let kept = anchors.iter().any(|a| a.head == line["head"] && time(a) == line["time"]);
                assert!(kept, "after kill {kill}: returned anchor {line} is missing");
            }
        }
        anchors_returned = returned.iter().filter(|l| l.get("tsa").is_some()).count();
        if let Ok(request) = std::fs::read(dir.path().join("req.tsq")) {
            // A DER SEQUENCE whose length byte(s) match the file: never cut, never empty.
            assert!(
                request.len() > 2 && request[0] == 0x30 && request[1] as usize + 2 == request.len(),
                "after kill {kill}"
            );
        }
        if let Ok(export) = std::fs::read_to_string(dir.path().join("export.json")) {
            let check =
                werkmaat_ffi::verify_diary_export(export, None).unwrap_or_else(|e| panic!("after kill {kill}: {e}"));
            assert!(check.ok, "after kill {kill}: the export does not verify: {check:?}");
            exports_seen += 1;
        }
    }
    assert!(
        anchors_returned > 5 && exports_seen > 5,
        "the loop got work done: {anchors_returned} anchors, {exports_seen} exports"
    );
}

/// The moment the Rust API's writes in these tests are recorded at.
fn recorded_at() -> std::time::SystemTime {
    chrono::DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z").unwrap().into()
}
