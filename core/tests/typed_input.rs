//! Every value a user types (or a shell or the CLI passes on), thrown at the core as arbitrary
//! text and numbers: the answer is the value or `InvalidInput` naming the field, never a panic or
//! another kind of error, and the error never repeats what was typed (it may be health data).
//! Listed in tests/FUZZING.md.

use chrono::NaiveDate;
use proptest::prelude::*;
use werkmaat_core::{
    Error, Werkmaat,
    calendar::{parse_date, parse_time},
    care::{BoundingBox, Origin},
    checklist::Answer,
    content::Content,
    details::PersonalDetails,
    diary::{Entry, Symptom},
    position::Position,
};

/// Ok, or a refusal in the user's terms that does not echo the input.
fn typed<T: std::fmt::Debug>(result: werkmaat_core::Result<T>, input: &str) -> Result<(), TestCaseError> {
    match result {
        Ok(_) => Ok(()),
        Err(error @ Error::InvalidInput { .. }) => {
            let shown = format!("{error} {error:?}");
            prop_assert!(input.trim().len() < 6 || !shown.contains(input.trim()), "{shown:?} repeats the input");
            Ok(())
        }
        Err(other) => Err(TestCaseError::fail(format!("{other:?} for {input:?}"))),
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9 .:+TZ-]{0,30}",         // almost a date or a time
        "[0-9]{4}-[0-9]{2}-[0-9]{2}", // a date that may not exist
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{2}:[0-9]{2}",
        "[0-9 .]{0,14}", // almost a BSN or a postcode
        "[a-z_]{0,20}",  // almost a code
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn dates_times_and_areas(text in any_text()) {
        typed(parse_date("date", &text), &text)?;
        typed(parse_time("at", &text), &text)?;
        typed(BoundingBox::parse(&text), &text)?;
    }

    #[test]
    fn checklist_answers(text in any_text()) {
        let content = Content::bundled().unwrap();
        for question in &content.checklist.questions {
            for language in werkmaat_core::l10n::supported_locales() {
                typed(Answer::parse(question, &text, language), &text)?;
            }
        }
    }

    #[test]
    fn personal_details(bsn in any_text(), name in any_text(), phone in any_text(), year in 1800i32..2200) {
        let details = PersonalDetails {
            full_name: Some(name),
            bsn: Some(bsn.clone()),
            phone: Some(phone),
            date_of_birth: NaiveDate::from_ymd_opt(year, 6, 1),
            ..PersonalDetails::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        typed(details.validated(today), &bsn)?;
    }

    #[test]
    fn diary_codes_and_numbers(
        symptom in any_text(), body_part in any_text(), severity in any::<u8>(), hours in any::<f32>(),
        note in any_text(),
    ) {
        let vocab = &Content::bundled().unwrap().diary;
        let entry = Entry::Symptom(Symptom {
            symptom: symptom.clone(),
            body_part: Some(body_part),
            severity,
            at: parse_time("at", "2026-11-28T08:00:00+01:00").unwrap(),
            duration_minutes: None,
            helps: None,
            worsens: None,
            medication: None,
            work_related: true,
            missed_work_hours: Some(hours),
            note: Some(note),
        });
        typed(entry.check(vocab), &symptom)?;
    }
}

/// Postcodes and positions reach the care finder through a profile, as from a shell.
#[test]
fn care_origins() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[3; 32]).unwrap();
    let care = profile.care();
    let mut runner = proptest::test_runner::TestRunner::default();
    runner.run(&any_text(), |text| typed(care.locate(&Origin::Postcode(text.clone())), &text)).unwrap();
    let coordinate = prop_oneof![any::<f64>(), -200.0..200.0f64, Just(f64::NAN), Just(f64::INFINITY)];
    runner
        .run(&(coordinate.clone(), coordinate), |(lat, lon)| typed(Position::new(lat, lon), &format!("{lat},{lon}")))
        .unwrap();
}
