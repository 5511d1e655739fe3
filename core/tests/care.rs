//! The care finder with real places: nearest emergency departments from real coordinates and
//! postcodes, "where to go now", input checks, and OpenStreetMap imports full of noise.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use chrono::DateTime;
use werkmaat_core::{
    Error, InputProblem, Werkmaat,
    care::{AdviceKind, Origin, PlaceKind, distance_m, overpass_query},
    content::Content,
    position::Position,
};

const FIXTURE: &str = include_str!("fixtures/overpass_noise.json");

fn profile() -> (tempfile::TempDir, Werkmaat) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[5; 32]).unwrap();
    (dir, profile)
}

fn today() -> chrono::NaiveDate {
    "2026-11-28".parse().unwrap()
}

#[test]
fn real_towns_find_their_nearest_emergency_departments() {
    let (_dir, profile) = profile();
    let care = profile.care();
    for (town, lat, lon, expected) in [
        ("Venlo", 51.3704, 6.1724, "VieCuri Medisch Centrum Venlo"),
        ("Naaldwijk", 51.9935, 4.2071, "Haga Ziekenhuis locatie Leyweg Den Haag"),
        ("Tilburg", 51.557, 5.0796, "ETZ Elisabeth Tilburg"),
        ("Groningen", 53.2167, 6.5697, "Universitair Medisch Centrum Groningen"),
    ] {
        let found =
            care.nearest(&Origin::Position(Position::new(lat, lon).unwrap()), Some(PlaceKind::Emergency), 3).unwrap();
        assert_eq!(found[0].place.name, expected, "{town}");
        assert!(found.windows(2).all(|w| w[0].distance_m <= w[1].distance_m), "{town}: nearest first");
        assert!(found[0].distance_m < 10_000.0, "{town}: {}", found[0].distance_m);
        assert!(found.iter().all(|f| f.place.kind == PlaceKind::Emergency && !f.place.source.is_empty()));
    }
}

#[test]
fn closed_emergency_departments_are_not_shipped() {
    let (_dir, profile) = profile();
    // The five closed since the 2019 list (care-2026 README), each looked for around its own site.
    for (closed, lat, lon) in [
        ("Bronovo", 52.1017, 4.318),
        ("Refaja Stadskanaal", 53.0016, 6.9353),
        ("Bethesda Hoogeveen", 52.7264, 6.4598),
        ("VU Medisch", 52.3352, 4.8611),
        ("Sittard-Geleen", 50.9831, 5.8448),
    ] {
        let near = profile
            .care()
            .nearest(&Origin::Position(Position::new(lat, lon).unwrap()), Some(PlaceKind::Emergency), 10)
            .unwrap();
        assert_eq!(near.len(), 10);
        assert!(near.iter().all(|f| !f.place.name.contains(closed)), "{closed} is shipped");
    }
}

/// The bundled places as the library embeds them.
fn bundled() -> std::sync::Arc<Content> {
    Content::bundled().unwrap()
}

#[test]
fn the_bundled_posts_follow_the_shipping_rule() {
    let content = bundled();
    let data = content.care().unwrap();
    let posts: Vec<_> = data.places.iter().filter(|p| p.kind == PlaceKind::GpPost).collect();
    assert!(posts.len() >= 15, "{} posts", posts.len());
    for post in &posts {
        // A post someone may be sent to has a phone number and confidence M or better.
        assert!(!post.phone.trim().is_empty(), "{}: no phone", post.name);
        assert!(matches!(post.confidence.as_str(), "H" | "M"), "{}: confidence {}", post.name, post.confidence);
        assert!(post.region.as_deref().is_some_and(|r| !r.is_empty()), "{}: no region", post.name);
        assert!(
            post.verified_on.parse::<chrono::NaiveDate>().is_ok(),
            "{}: checked on {}",
            post.name,
            post.verified_on
        );
        assert!(!post.source.is_empty() && !post.source_date.is_empty(), "{}", post.name);
    }
    // Posts closed or moved since 2017 (care-2026/huisartsenposten-closed-or-moved.csv) never ship.
    for closed in [
        "Venray",
        "Winsum",
        "Hoogezand",
        "Damsterdiep",
        "Oldenzaal",
        "Woerden",
        "Bronovo",
        "VUmc",
        "Vlissingen",
        "Eersel",
        "Bladel",
        "Valkenswaard",
        "Deurne",
        "Hedel",
    ] {
        assert!(posts.iter().all(|p| !p.name.contains(closed) && p.town != closed), "{closed} is shipped");
    }
    // Night service is kept where the source states it: Waalwijk has been closed at night since 2020.
    let waalwijk = posts.iter().find(|p| p.town == "Waalwijk").unwrap();
    assert_eq!(waalwijk.night_service, Some(false));
    assert!(waalwijk.hours.as_deref().unwrap().contains("23:00"));
    assert!(posts.iter().any(|p| p.night_service == Some(true)) && posts.iter().any(|p| p.night_service.is_none()));
    let ids: std::collections::HashSet<_> = data.places.iter().map(|p| &p.id).collect();
    assert_eq!(ids.len(), data.places.len(), "ids are unique");
}

#[test]
fn emergency_departments_with_limited_hours_carry_them() {
    let content = bundled();
    let data = content.care().unwrap();
    for limited in ["Zutphen", "Amstelland", "Vlietland"] {
        let place = data
            .places
            .iter()
            .find(|p| p.kind == PlaceKind::Emergency && p.name.contains(limited))
            .unwrap_or_else(|| panic!("{limited} is not shipped"));
        assert!(place.hours.as_deref().is_some_and(|h| !h.is_empty()), "{limited}: no hours");
        assert_eq!(place.night_service, Some(false), "{limited}");
        assert_ne!(place.opening_hours.as_deref(), Some("24/7"), "{limited}");
    }
}

#[test]
fn the_formerly_misplaced_postcodes_resolve_approximately() {
    let content = bundled();
    let postcodes = &content.care().unwrap().postcodes;
    // The 19 PC4s whose GeoNames centroid is flagged as misplaced (geonames-nl-pc4 README).
    let misplaced = [
        "5151", "5091", "5062", "5721", "4901", "4702", "7766", "3972", "8079", "7711", "4012", "8242", "5449", "4944",
        "6431", "3062", "2324", "7571", "9999",
    ];
    for pc4 in misplaced {
        let found = postcodes.lookup(pc4).unwrap_or_else(|e| panic!("{pc4}: {e:?}"));
        assert!(found.approximate, "{pc4} is marked approximate");
        assert!((50.7..53.6).contains(&found.lat) && (3.3..7.3).contains(&found.lon), "{pc4} lies in the Netherlands");
    }
    // Where each town is (rounded town centres): the corrected position lies in it, not where the
    // source put it (3062 Rotterdam was in the sea at 3.94 E; 2324 Leiden was in Amersfoort).
    for (pc4, lat, lon) in [("3062", 51.92, 4.52), ("2324", 52.16, 4.49), ("7571", 52.31, 6.93), ("6431", 50.92, 5.92)]
    {
        let found = postcodes.lookup(pc4).unwrap();
        assert!(distance_m(lat, lon, found.lat, found.lon) < 5_000.0, "{pc4}: {found:?}");
    }
    assert!(!postcodes.lookup("5911").unwrap().approximate);
    assert!(postcodes.len() >= 4_086);
}

#[test]
fn postcodes_of_those_towns_work_in_both_forms() {
    let (_dir, profile) = profile();
    let care = profile.care();
    for (code, expected) in [("5911", "Venlo"), ("2671 AB", "Westland"), ("5038", "Tilburg"), ("9711ab", "Groningen")] {
        let found = care.nearest(&Origin::Postcode(code.into()), Some(PlaceKind::Emergency), 1).unwrap();
        assert_eq!(found.len(), 1, "{code}");
        assert!(found[0].distance_m < 15_000.0, "{code} ({expected}): {}", found[0].distance_m);
    }
    assert!(matches!(
        care.nearest(&Origin::Postcode("0000".into()), None, 1),
        Err(Error::InvalidInput { problem: InputProblem::PostcodeFormat, .. })
    ));
    assert!(matches!(
        care.nearest(&Origin::Postcode("1000".into()), None, 1),
        Err(Error::InvalidInput { problem: InputProblem::PostcodeUnknown, .. })
    ));
    // The ways people write a postcode all find the same places.
    let plain = care.nearest(&Origin::Postcode("5911AB".into()), None, 5).unwrap();
    for written in ["5911 AB", "5911ab", "NL-5911AB", "NL 5911 AB", "5911-AB", "5911\u{a0}AB", "5911"] {
        assert_eq!(care.nearest(&Origin::Postcode(written.into()), None, 5).unwrap(), plain, "{written:?}");
    }
    assert!(matches!(care.nearest(&Origin::Postcode("59X1".into()), None, 1), Err(Error::InvalidInput { .. })));
    // Typed on a Polish keyboard: six bytes, but "Ą" is two of them (this panicked once).
    for typed in ["123ĄB", "1234ĄB", "１２３４AB"] {
        assert!(
            matches!(care.nearest(&Origin::Postcode(typed.into()), None, 1), Err(Error::InvalidInput { .. })),
            "{typed}"
        );
    }
}

#[test]
fn impossible_input_is_refused() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let here = Origin::Position(Position::new(51.37, 6.17).unwrap());
    assert!(matches!(Position::new(123.0, 5.0), Err(Error::InvalidInput { field: "lat", .. })));
    assert!(matches!(Position::new(52.0, 200.0), Err(Error::InvalidInput { field: "lon", .. })));
    assert!(matches!(care.nearest(&here, None, 0), Err(Error::InvalidInput { field: "limit", .. })));
    assert!(matches!(overpass_query("51,6,50,7"), Err(Error::InvalidInput { field: "bbox", .. })));
    assert!(matches!(overpass_query("40,0,60,20"), Err(Error::InvalidInput { field: "bbox", .. })));
}

#[test]
fn where_to_go_now_depends_on_the_hour_and_the_day() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let here = Origin::Postcode("2671".into());
    let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap();
    let evening = care.now(&here, at("2026-11-30T21:30:00+01:00"), false).unwrap();
    assert_eq!(evening.advice, AdviceKind::GpPost);
    assert_eq!(evening.places[0].place.name, "Huisartsenpost Westland");
    assert!(!evening.places[0].place.phone.is_empty(), "phone first: the number is there");
    assert!(evening.text.contains("112"));
    let monday = care.now(&here, at("2026-11-30T10:00:00+01:00"), false).unwrap();
    assert_eq!(monday.advice, AdviceKind::Gp);
    assert!(monday.places.is_empty() && monday.text.contains("huisartsenpost"), "no GP known yet: {}", monday.text);
    let christmas = care.now(&here, at("2026-12-25T10:00:00+01:00"), false).unwrap();
    assert_eq!(christmas.advice, AdviceKind::GpPost);
    let urgent = care.now(&here, at("2026-11-30T10:00:00+01:00"), true).unwrap();
    assert_eq!(urgent.advice, AdviceKind::Emergency);
    assert_eq!(urgent.places.len(), 3);
}

#[test]
fn a_place_without_night_service_is_not_offered_at_night() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap();
    // Waalwijk's post is open in the evening and has sent nights to Tilburg since 2020.
    let waalwijk = Origin::Postcode("5141".into());
    let evening = care.now(&waalwijk, at("2026-11-30T20:00:00+01:00"), false).unwrap();
    assert_eq!(evening.places[0].place.town, "Waalwijk");
    for night in ["2026-11-30T23:30:00+01:00", "2026-12-01T03:00:00+01:00"] {
        let advice = care.now(&waalwijk, at(night), false).unwrap();
        assert_eq!(advice.advice, AdviceKind::GpPost);
        assert!(!advice.places.is_empty(), "{night}");
        assert!(advice.places.iter().all(|p| p.place.night_service != Some(false)), "{night}: {:?}", advice.places);
        assert_eq!(advice.places[0].place.town, "Tilburg", "{night}");
    }
    // The same for an emergency department with limited hours: Zutphen by day, not at night.
    let zutphen = Origin::Postcode("7207".into());
    let day = care.now(&zutphen, at("2026-11-30T10:00:00+01:00"), true).unwrap();
    assert!(day.places[0].place.name.contains("Zutphen"));
    let night = care.now(&zutphen, at("2026-11-30T02:00:00+01:00"), true).unwrap();
    assert_eq!(night.places.len(), 3);
    assert!(night.places.iter().all(|p| !p.place.name.contains("Zutphen")));
    // Everywhere at night: nothing offered is closed at night.
    for pc4 in ["9679", "7909", "9101", "4531", "5038", "6211", "2671", "8441"] {
        let advice = care.now(&Origin::Postcode(pc4.into()), at("2026-12-02T01:00:00+01:00"), false).unwrap();
        assert!(advice.places.iter().all(|p| p.place.night_service != Some(false)), "{pc4}");
    }
}

#[test]
fn an_overpass_answer_is_filtered_merged_and_reported() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let report = care.import_osm(FIXTURE, today()).unwrap();
    assert_eq!((report.imported, report.updated), (5, 0), "{report:?}");
    let reasons = &report.skipped_by_reason;
    for (reason, count) in [
        ("dentist", 1),
        ("specialist", 1),
        ("physiotherapist", 1),
        ("duplicate", 2),
        ("no_position", 1),
        ("no_name", 1),
        ("not_care", 2),
    ] {
        assert_eq!(reasons.get(reason), Some(&count), "{reason}: {reasons:?}");
    }
    assert_eq!(report.skipped, 9);

    let venlo = Origin::Position(Position::new(51.3704, 6.1724).unwrap());
    let gps = care.nearest(&venlo, Some(PlaceKind::Gp), 5).unwrap();
    assert_eq!(gps.len(), 2);
    let centrum = gps.iter().find(|g| g.place.name == "Huisartsenpraktijk Centrum").unwrap();
    assert_eq!(centrum.place.opening_hours.as_deref(), Some("Mo-Fr 08:00-17:00"));
    assert_eq!(centrum.place.languages, ["pl"]);
    assert!(centrum.place.source.contains("OpenStreetMap"));
    let zuid = gps.iter().find(|g| g.place.name == "Gezondheidscentrum Zuid").unwrap();
    assert_eq!(zuid.place.opening_hours, None, "opening hours that do not parse are dropped");
    assert_eq!(
        care.nearest(&venlo, Some(PlaceKind::GpPost), 1).unwrap()[0].place.name,
        "Spoedpost Noord-Limburg (test)"
    );
    assert_eq!(care.nearest(&venlo, Some(PlaceKind::Pharmacy), 5).unwrap().len(), 1);
    assert!(care.search("centrum venlo", 5).unwrap().iter().any(|p| p.name == "Huisartsenpraktijk Centrum"));

    // The same answer again updates what is there and adds nothing.
    let again = care.import_osm(FIXTURE, today()).unwrap();
    assert_eq!((again.imported, again.updated), (0, 5));
}

#[test]
fn a_broken_answer_changes_nothing() {
    let (_dir, profile) = profile();
    let care = profile.care();
    care.import_osm(FIXTURE, today()).unwrap();
    let before = care.nearest(&Origin::Position(Position::new(51.37, 6.17).unwrap()), None, 20).unwrap();
    for broken in [&FIXTURE[..FIXTURE.len() / 2], "", "{\"elements\": 5}", "<osm></osm>"] {
        assert!(matches!(
            care.import_osm(broken, today()),
            Err(Error::InvalidInput { problem: InputProblem::OsmAnswer, .. })
        ));
    }
    assert_eq!(care.nearest(&Origin::Position(Position::new(51.37, 6.17).unwrap()), None, 20).unwrap(), before);
}

#[test]
fn imported_places_stay_private_and_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[6; 32]).unwrap();
    profile.care().import_osm(FIXTURE, today()).unwrap();
    profile.shutdown();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let needle = b"Huisartsenpraktijk Centrum";
        assert!(!bytes.windows(needle.len()).any(|w| w == needle), "the imported area is sealed");
    }
    let again = Werkmaat::open(dir.path(), &["en"], &[6; 32]).unwrap();
    assert_eq!(again.care().nearest(&Origin::Postcode("5911".into()), Some(PlaceKind::Gp), 5).unwrap().len(), 2);
}

#[test]
fn the_overpass_query_asks_for_care_only() {
    let query = overpass_query("51.3,6.0,51.5,6.3").unwrap();
    assert!(query.starts_with("[out:json]") && query.contains("out center"));
    assert!(query.contains(r#"["amenity"="doctors"](51.3,6,51.5,6.3)"#));
    assert!(query.contains(r#"["emergency"="yes"]"#) && query.contains("pharmacy"));
}

fn at(text: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

#[test]
fn care_now_judges_the_moment_in_amsterdam_whatever_offset_the_phone_sends() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let here = Origin::Postcode("2671".into());
    // Monday 7 December 2026: 08:00 and 17:00 in Amsterdam are 07:00 and 16:00 UTC.
    for (sent, expected) in [
        ("2026-12-07T07:00:00Z", AdviceKind::Gp),
        ("2026-12-07T09:00:00+02:00", AdviceKind::Gp),
        ("2026-12-07T10:00:00+03:00", AdviceKind::Gp),
        ("2026-12-07T06:59:00Z", AdviceKind::GpPost),
        ("2026-12-07T08:59:00+02:00", AdviceKind::GpPost),
        ("2026-12-07T16:00:00Z", AdviceKind::GpPost),
        ("2026-12-07T18:30:00+02:00", AdviceKind::GpPost),
        ("2026-12-07T17:30:00+02:00", AdviceKind::Gp),
        // Summer: Friday 23 October 2026 16:59 in Amsterdam is 14:59 UTC.
        ("2026-10-23T14:59:00Z", AdviceKind::Gp),
        ("2026-10-23T17:59:00+03:00", AdviceKind::Gp),
        ("2026-10-23T15:00:00Z", AdviceKind::GpPost),
    ] {
        let advice = care.now(&here, at(sent), false).unwrap();
        assert_eq!(advice.advice, expected, "{sent}");
        assert_eq!(advice.at_amsterdam, at(sent), "the same instant");
    }
    let judged = care.now(&here, at("2026-12-07T07:00:00Z"), false).unwrap().at_amsterdam;
    assert_eq!(judged.to_rfc3339(), "2026-12-07T08:00:00+01:00");
}

#[test]
fn good_friday_and_liberation_day_say_to_phone_the_practice_first_with_the_source() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let here = Origin::Postcode("2671".into());
    for day in ["2026-04-03T10:00:00+02:00", "2026-05-05T08:00:00Z"] {
        let advice = care.now(&here, at(day), false).unwrap();
        assert_eq!(advice.advice, AdviceKind::Gp, "{day}");
        assert!(advice.practice_may_be_closed && advice.text.contains("huisartsenpost"), "{}", advice.text);
        assert!(advice.holiday_source.unwrap().contains("nza.nl"));
    }
    let easter_monday = care.now(&here, at("2026-04-06T10:00:00+02:00"), false).unwrap();
    assert_eq!(easter_monday.advice, AdviceKind::GpPost);
    assert!(!easter_monday.practice_may_be_closed && easter_monday.holiday_source.is_some());
    let ordinary = care.now(&here, at("2026-04-07T10:00:00+02:00"), false).unwrap();
    assert_eq!((ordinary.holiday, ordinary.holiday_source), (None, None));
}

#[test]
fn without_a_post_near_no_far_post_is_offered_and_the_own_gp_comes_first() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let venlo = Origin::Postcode("5911AB".into());
    let night = at("2026-12-07T23:00:00+01:00");
    let advice = care.now(&venlo, night, false).unwrap();
    assert_eq!(advice.advice, AdviceKind::GpPost);
    assert!(advice.no_post_near, "Maastricht is 67 km away: not Venlo's post");
    assert!(advice.places.is_empty());
    assert!(advice.own_gp.is_none());
    assert!(advice.text.contains("huisarts") && advice.text.contains("112"), "{}", advice.text);

    profile
        .details()
        .update(
            &[
                (werkmaat_core::details::DetailField::GpName, "Praktijk De Maas".into()),
                (werkmaat_core::details::DetailField::GpPhone, "077\u{00A0}354 12 34".into()),
            ],
            today(),
        )
        .unwrap();
    let advice = care.now(&venlo, night, false).unwrap();
    let own = advice.own_gp.clone().unwrap();
    assert_eq!((own.phone_e164.as_str(), own.tel_uri.as_str()), ("+31773541234", "tel:+31773541234"));
    assert!(advice.text.contains("Praktijk De Maas") && advice.text.contains(&own.phone), "{}", advice.text);

    // Near Westland's post, the post is offered, with a number that dials.
    let westland = care.now(&Origin::Postcode("2671".into()), night, false).unwrap();
    assert!(!westland.no_post_near);
    assert_eq!(westland.places[0].tel_uri.as_deref(), Some("tel:+31174638738"));
    assert!(westland.places.iter().all(|p| p.distance_m <= werkmaat_core::care::POST_RADIUS_M));
}

#[test]
fn open_now_keeps_only_places_open_at_the_moment_in_amsterdam_time() {
    let (_dir, profile) = profile();
    let care = profile.care();
    let answer = r#"{"elements": [
        {"type": "node", "id": 1, "lat": 51.37, "lon": 6.17,
         "tags": {"amenity": "pharmacy", "name": "Apotheek Dag", "opening_hours": "ma-vr 08.00-17.00;", "phone": "077 351 00 00"}},
        {"type": "node", "id": 2, "lat": 51.371, "lon": 6.171,
         "tags": {"amenity": "pharmacy", "name": "Apotheek Avond", "opening_hours": "Mon-Fri 17:00–22:00"}},
        {"type": "node", "id": 3, "lat": 51.372, "lon": 6.172,
         "tags": {"amenity": "pharmacy", "name": "Apotheek Onbekend"}}
    ]}"#;
    care.import_osm(answer, today()).unwrap();
    let venlo = Origin::Position(Position::new(51.37, 6.17).unwrap());
    let pharmacy = Some(PlaceKind::Pharmacy);
    let all = care.nearest_at(&venlo, pharmacy, 10, Some(at("2026-12-07T15:30:00Z")), false).unwrap();
    let day = all.iter().find(|p| p.place.name == "Apotheek Dag").unwrap();
    assert_eq!(day.place.opening_hours.as_deref(), Some("Mo-Fr 08:00-17:00"), "normalized when imported");
    assert_eq!((day.open_now, day.next_change), (Some(true), Some(at("2026-12-07T17:00:00+01:00"))));
    assert_eq!(day.tel_uri.as_deref(), Some("tel:+31773510000"));
    let unknown = all.iter().find(|p| p.place.name == "Apotheek Onbekend").unwrap();
    assert_eq!((unknown.open_now, unknown.next_change, unknown.tel_uri.clone()), (None, None, None));

    let names = |sent: &str| -> Vec<String> {
        care.nearest_at(&venlo, pharmacy, 10, Some(at(sent)), true).unwrap().into_iter().map(|p| p.place.name).collect()
    };
    // 16:30 Amsterdam, sent as UTC and as Eastern European time.
    assert_eq!(names("2026-12-07T15:30:00Z"), ["Apotheek Dag"]);
    assert_eq!(names("2026-12-07T17:30:00+02:00"), ["Apotheek Dag"]);
    // 17:30 Amsterdam: the day pharmacy closed, the evening one open.
    assert_eq!(names("2026-12-07T16:30:00Z"), ["Apotheek Avond"]);
    assert!(names("2026-12-26T12:00:00+01:00").is_empty(), "Saturday: both closed");
    assert_eq!(care.nearest(&venlo, pharmacy, 10).unwrap().iter().filter(|p| p.open_now.is_some()).count(), 0);
}
