//! `werkmaat tour`: the README's main job. A short, readable walk through every capability that
//! exists, on a temporary profile with the embedded default content. Each capability adds its part.

use std::{fs, path::Path};

use serde::Serialize;
use werkmaat_ffi::{ApiError, IdentityField, Localizer, PersonalDetails, TextArg, TextValue, Werkmaat};

use crate::{
    context::Context,
    json, output,
    output::{CliError, say},
};

/// What the tour showed, for `tour --json`: each promise it checked and what it found.
#[derive(Serialize)]
struct Tour {
    profile_dir: String,
    locale: String,
    negotiation: Vec<Negotiation>,
    details_encrypted: bool,
    wrong_key_refused: bool,
    reopened: bool,
    guide: TourGuide,
    search: TourSearch,
    card: TourCard,
    care: TourCare,
    diary: TourDiary,
    checklist: Vec<json::Item>,
}

/// A phone's languages and the chain Werkmaat negotiated for them.
#[derive(Serialize)]
struct Negotiation {
    requested: Vec<String>,
    chosen: Vec<String>,
}

#[derive(Serialize)]
struct TourGuide {
    id: String,
    title: String,
    locale: String,
}

/// The query and the ids of the guides found, best first.
#[derive(Serialize)]
struct TourSearch {
    query: String,
    hits: Vec<String>,
}

/// The card's text in the user's language and in Dutch.
#[derive(Serialize)]
struct TourCard {
    id: String,
    user: String,
    nl: String,
}

/// The advice for the postcode, the names of the places offered and of the nearest emergency
/// department.
#[derive(Serialize)]
struct TourCare {
    postcode: String,
    advice: werkmaat_ffi::AdviceKind,
    places: Vec<String>,
    nearest_emergency: Option<String>,
}

/// The sample diary: its entries, whether it and its export verified, its head, where the report
/// went, and the working-time rules the sample shift breaks.
#[derive(Serialize)]
struct TourDiary {
    entries: u64,
    ok: bool,
    head: String,
    report: String,
    breaches: Vec<String>,
}

/// A name that must never appear in the profile's files: the proof that details are encrypted.
const SAMPLE_NAME: &str = "Ana-Maria Popescu";

pub fn run(ctx: &Context) -> Result<(), CliError> {
    let dir = tempfile::Builder::new().prefix("werkmaat-tour-").tempdir()?;
    let say = |line: String| {
        if !ctx.json {
            say!("{line}");
        }
    };
    let arg = |name: &str, value: TextValue| TextArg { name: name.to_owned(), value };
    let text = |value: &str| TextValue::Text { value: value.to_owned() };

    say(format!("== {} ==\n", ctx.text("tour-title")));
    let key = random_key()?;
    let profile = Werkmaat::open(dir.path().display().to_string(), ctx.locales.clone(), key.to_vec())?;
    let dir_name = dir.path().display().to_string();
    say(ctx.localizer.text("tour-profile".to_owned(), vec![arg("dir", text(&dir_name))]));
    let locale = profile.info()?.locale;

    // Languages, and how a phone's settings are matched against them.
    let locales = werkmaat_ffi::supported_locales();
    let count = TextValue::Number { value: locales.len() as f64 };
    say(format!("\n{}", ctx.localizer.text("tour-languages".to_owned(), vec![arg("count", count)])));
    for locale in &locales {
        say(format!("  {:<4}{}", locale.code, locale.native_name));
    }
    let mut negotiation = Vec::new();
    for requested in [&["pl-PL"][..], &["uk-UA", "ru"], &["de-DE", "ro"], &["tr"]] {
        let chosen = Localizer::new(requested.iter().map(|s| (*s).to_owned()).collect()).chain();
        say(ctx.localizer.text(
            "tour-negotiation".to_owned(),
            vec![arg("requested", text(&requested.join(", "))), arg("chosen", text(&chosen.join(" → ")))],
        ));
        negotiation.push(Negotiation { requested: requested.iter().map(|s| (*s).to_owned()).collect(), chosen });
    }

    // Personal details are sealed before they reach the disk.
    let details = PersonalDetails {
        full_name: Some(SAMPLE_NAME.to_owned()),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 5, 14),
        bsn: Some("111222333".to_owned()),
        insurer: Some("Zilveren Kruis".to_owned()),
        policy_number: Some("P-2026-0042".to_owned()),
        ..PersonalDetails::default()
    };
    profile.details().save(details, ctx.today())?;
    profile.shutdown();
    let leaked = any_file_contains(dir.path(), SAMPLE_NAME.as_bytes())?;
    say(format!("\n{}", ctx.text(if leaked { "tour-details-leak" } else { "tour-details" })));

    // Another key is refused, and changes nothing.
    let refused = match Werkmaat::open(dir_name.clone(), ctx.locales.clone(), random_key()?.to_vec()) {
        Err(error @ ApiError::WrongKey { .. }) => {
            say(format!("{} {error}", ctx.text("tour-wrong-key")));
            true
        }
        _ => false,
    };

    let profile = Werkmaat::open(dir_name.clone(), ctx.locales.clone(), key.to_vec())?;
    let kept = profile.details().get()?.full_name.as_deref() == Some(SAMPLE_NAME);
    if kept {
        say(ctx.text("tour-reopen"));
    }

    // A guide in the user's language, a search, and a card to show at the doctor's.
    let guides = profile.guides();
    let guide = guides.show("care".to_owned(), ctx.today())?;
    say(format!("\n{}\n\n== {} ==\n{}", ctx.text("tour-guide"), guide.title, guide.summary));
    if let Some(section) = guide.sections.first() {
        say(format!("\n## {}\n{}", section.heading, section.body));
    }
    let count = TextValue::Number { value: guide.sources.len() as f64 };
    say(ctx.localizer.text("tour-sources".to_owned(), vec![arg("count", count)]));
    let query = ctx.text("tour-search-query");
    let hits = guides.search(query.clone())?;
    say(format!("\n{}", ctx.localizer.text("tour-search".to_owned(), vec![arg("query", text(&query))])));
    for hit in hits.iter().take(3) {
        say(format!("  {} ({})\n      {}", hit.title, hit.id, hit.snippet));
    }
    let card = guides.phrase("my-insurance".to_owned())?;
    say(format!("\n{}\n  [{}] {}\n  [nl] {}", ctx.text("tour-card"), card.user.locale, card.user.text, card.nl.text));
    let guide = TourGuide { id: guide.id, title: guide.title, locale: guide.locale };
    let search = TourSearch { query, hits: hits.into_iter().map(|h| h.id).collect() };
    let card = TourCard { id: card.id, user: card.user.text, nl: card.nl.text };

    // The nearest care and where to go now, for a worker in Naaldwijk on a weekday evening.
    let care = profile.care();
    let postcode = "2671";
    let origin = werkmaat_ffi::CareOrigin::Postcode { code: postcode.to_owned() };
    let evening = crate::typed::time("at", &format!("{}T21:30:00+01:00", ctx.today.format("%Y-%m-%d")))?;
    let advice = care.now(origin.clone(), evening, false)?;
    say(format!("\n{}", ctx.localizer.text("tour-care".to_owned(), vec![arg("postcode", text(postcode))])));
    say(advice.text.clone());
    if !ctx.json {
        super::care::print_places_human(ctx, &advice.places, true);
    }
    let emergency = care.nearest(origin, Some(werkmaat_ffi::PlaceKind::Emergency), 1)?;
    if !ctx.json {
        super::care::print_places_human(ctx, &emergency, true);
    }
    let care_seen = TourCare {
        postcode: postcode.to_owned(),
        advice: advice.advice,
        places: advice.places.into_iter().map(|p| p.name).collect(),
        nearest_emergency: emergency.into_iter().next().map(|p| p.name),
    };

    // A short diary: a symptom after a long shift, checked against the working-time rules and
    // verified; the export a doctor or union receives verifies without the key.
    let diary = profile.diary();
    // Yesterday's shift and symptom, written down now: a diary refuses a moment after the time
    // it is recorded, and `--today` may lie ahead of the clock.
    let yesterday = ctx.today.min(chrono::Local::now().date_naive()) - chrono::Days::new(1);
    let day = yesterday.format("%Y-%m-%d").to_string();
    let recorded = std::time::SystemTime::now();
    let at = |time: &str| crate::typed::time("at", &format!("{day}T{time}+01:00"));
    diary.add(
        werkmaat_ffi::DiaryEntry::Shift { start: at("05:00:00")?, end: at("18:30:00")?, break_minutes: 20 },
        None,
        recorded,
    )?;
    diary.add(
        werkmaat_ffi::DiaryEntry::Symptom {
            symptom: "back-pain".to_owned(),
            body_part: Some("lower-back".to_owned()),
            severity: 7,
            at: at("17:00:00")?,
            duration_minutes: None,
            helps: None,
            worsens: None,
            medication: None,
            work_related: true,
            missed_work_hours: None,
            note: None,
        },
        None,
        recorded,
    )?;
    let breaches = diary.hours()?.breaches;
    let check = diary.verify(None)?;
    let export = diary.export_json(false, recorded, None)?;
    // The tour's diary is made up, so its report can stay behind for the user to open.
    let report_file = std::env::temp_dir().join("werkmaat-tour-report.html");
    let html = diary.export_report_html("nl".to_owned(), IdentityField::DEFAULT.to_vec(), recorded, None)?;
    werkmaat_ffi::write_file(report_file.display().to_string(), html.into_bytes(), true)?;
    let received = werkmaat_ffi::verify_diary_export(export, None)?;
    say(format!("\n{}", ctx.text("tour-diary")));
    for b in &breaches {
        say(format!("  ! {}", b.text));
    }
    say(format!(
        "  {} ({})",
        ctx.text(if check.ok && received.ok { "diary-verify-ok" } else { "diary-verify-bad" }),
        check.head
    ));
    say(format!("  {} {}", ctx.text("tour-report"), report_file.display()));
    let diary_seen = TourDiary {
        entries: check.entries,
        ok: check.ok && received.ok,
        head: check.head.clone(),
        report: report_file.display().to_string(),
        breaches: breaches.into_iter().map(|b| b.rule).collect(),
    };

    // The insurance checklist for one example worker: an agency worker who started six weeks ago.
    let checklist = profile.checklist();
    let start = (ctx.today - chrono::Days::new(42)).format("%Y-%m-%d").to_string();
    let answers = [
        ("works_in_nl", "yes"),
        ("work_start", start.as_str()),
        ("employment", "agency"),
        ("stay", "short"),
        ("registration", "rni"),
        ("has_dutch_insurance", "no"),
        ("age", "27"),
        ("yearly_income", "24000"),
        ("has_partner", "no"),
        ("has_gp", "no"),
        ("has_digid", "no"),
    ];
    for (question, value) in answers {
        checklist.answer(question.to_owned(), value.to_owned(), ctx.today())?;
    }
    let items = checklist.items(ctx.today())?;
    say(format!("\n{}", ctx.text("tour-checklist")));
    if !ctx.json {
        super::checklist::print_items(ctx, &items);
    }
    let checklist = items.iter().map(json::Item::from).collect();

    profile.wipe()?;
    say(format!("\n{}", ctx.text("tour-end")));
    if ctx.json {
        let tour = Tour {
            profile_dir: dir_name,
            locale,
            negotiation,
            details_encrypted: !leaked,
            wrong_key_refused: refused,
            reopened: kept,
            guide,
            search,
            card,
            care: care_seen,
            diary: diary_seen,
            checklist,
        };
        say!("{}", output::to_json(&tour));
    }
    if leaked || !refused || !kept || !check.ok || !received.ok {
        // The tour doubles as a smoke test of the installed library: a broken promise fails it.
        return Err(CliError::Api(ApiError::DamagedData { reason: ctx.text("tour-failed") }));
    }
    Ok(())
}

fn random_key() -> Result<[u8; 32], CliError> {
    let mut key = [0u8; 32];
    getrandom::getrandom(&mut key).map_err(|e| CliError::Io(e.into()))?;
    Ok(key)
}

fn any_file_contains(dir: &Path, needle: &[u8]) -> Result<bool, CliError> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && fs::read(&path)?.windows(needle.len()).any(|window| window == needle) {
            return Ok(true);
        }
    }
    Ok(false)
}
