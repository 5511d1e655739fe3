//! The `werkmaat` binary driven as the issues' CLI contracts describe it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{path::Path, process::Output};

use serde_json::Value;

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
    assert_eq!(info["schema_version"], 4);
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
        "approximate_position",
    ] {
        assert!(near[0].get(field).is_some(), "field {field}");
    }
    assert_eq!(near[0]["name"], "VieCuri Medisch Centrum Venlo");
    assert!(near[0]["distance_m"].as_f64().unwrap() <= near[1]["distance_m"].as_f64().unwrap());

    let by_postcode = json(&run(&["care", "nearest", "--postcode", "5911 AB", "--json"]));
    assert!(!by_postcode.as_array().unwrap().is_empty());

    let now = json(&run(&["care", "now", "--postcode", "2671", "--at", "2026-11-28T23:00:00+01:00", "--json"]));
    assert_eq!(now["advice"], "gp_post");
    assert!(now["text"].as_str().unwrap().contains("112"));
    assert_eq!(now["places"][0]["phone"], "0174-638738");
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
        (vec!["care", "nearest", "--postcode", "3062"], 2),
        (vec!["care", "nearest", "--postcode", "5911", "--limit", "0"], 2),
        (vec!["care", "now", "--postcode", "5911", "--at", "yesterday"], 2),
    ] {
        assert_eq!(run(&args).status.code(), Some(code), "{args:?}");
    }
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
fn an_install_killed_at_any_moment_leaves_the_old_or_the_new_content() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(&dir.path().join("profile"));
    json(&werkmaat(&["--data-dir", &data, "info", "--json"]));
    let secret = test_secret_key();
    let packs: Vec<std::path::PathBuf> = (2..70u64)
        .map(|version| {
            let bytes = werkmaat_ffi::pack_build(
                secret.clone(),
                version,
                "2026-12-01".into(),
                vec!["facts".into()],
                Default::default(),
            )
            .unwrap();
            let path = dir.path().join(format!("v{version}.pack"));
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect();
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
        if version == wanted {
            current = wanted;
            next += 1;
        } else if kills % 10 == 0 {
            // Let one finish now and then, so the test also crosses many versions.
            json(&werkmaat(&["--data-dir", &data, "pack", "install", &dir_arg(&packs[next]), "--json"]));
            current = wanted;
            next += 1;
        }
    }
    assert!(current > 5, "installs completed: {current}");
}

#[test]
fn the_diary_follows_the_cli_contract() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir_arg(dir.path());
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
    json(&run(&[
        "diary",
        "add",
        "incident",
        "--at",
        "2026-11-21T08:15:00+01:00",
        "--description",
        "Pallet fell",
        "--body-part",
        "foot-left",
        "--reported-to",
        "employer",
        "--reported-to",
        "agency",
        "--json",
    ]));
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
    assert!(
        hours
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["rule"] == "max-shift" && b["limit"] == 12.0 && b["actual"] == 13.0 && b["source"].is_string())
    );

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
    run(&["diary", "export", "--format", "html", "--doctor-locale", "en", "--out", &dir_arg(&english)]);
    assert!(!std::fs::read_to_string(&english).unwrap().contains("Bedrijfsongeval"), "--doctor-locale en: no Dutch");
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
    let secret = test_secret_key();
    for version in 2..12u64 {
        let pack = werkmaat_ffi::pack_build(
            secret.clone(),
            version,
            "2026-12-01".into(),
            vec!["facts".into()],
            Default::default(),
        )
        .unwrap();
        std::fs::write(dir.path().join(format!("v{version}.pack")), pack).unwrap();
    }
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
        let verified = profile.diary().verify().unwrap();
        assert!(verified.ok, "after kill {kill}: {verified:?}");
        let version = profile.info().unwrap().content.version;
        assert!(version >= last_version, "after kill {kill}: content went back from {last_version} to {version}");
        last_version = version;
        let listed = profile.diary().list(None, None, None, None).unwrap();
        let ids: std::collections::HashSet<String> = listed.into_iter().map(|e| e.id).collect();
        let export: Value =
            serde_json::from_str(&profile.diary().export_json(false, "2026-11-28T12:00:00Z".into(), None).unwrap())
                .unwrap();
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
