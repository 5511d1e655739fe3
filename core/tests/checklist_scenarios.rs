//! The insurance checklist, scenario by scenario: the exact items, statuses and deadlines for
//! the answers of one worker on one day.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use chrono::NaiveDate;
use werkmaat_core::{
    Werkmaat,
    checklist::{Answer, ChecklistState, ItemStatus, evaluate},
    content::Content,
    l10n::Localizer,
};

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const TODAY: &str = "2026-11-28";

fn state(answers: &[(&str, &str)], done: &[&str]) -> ChecklistState {
    let rules = &Content::bundled().unwrap().checklist;
    let mut state = ChecklistState::default();
    for (question, value) in answers {
        let def = rules.question(question).unwrap_or_else(|| panic!("no question {question}"));
        state.answers.insert((*question).to_owned(), Answer::parse(def, value, "en").unwrap());
    }
    state.done = done.iter().map(|s| (*s).to_owned()).collect();
    state
}

type Expected<'a> = &'a [(&'a str, ItemStatus, Option<&'a str>)];

/// A persona: a name, every answer given, and the items expected.
type Persona<'a> = (&'a str, &'a [(&'a str, &'a str)], Expected<'a>);

fn check(name: &str, answers: &[(&str, &str)], done: &[&str], expected: Expected<'_>) {
    let items = evaluate(
        &Content::bundled().unwrap().checklist,
        &Content::bundled().unwrap().facts,
        &state(answers, done),
        date(TODAY),
        &Localizer::negotiate(&["en"]),
    );
    let got: Vec<(String, ItemStatus, Option<NaiveDate>)> =
        items.iter().map(|i| (i.id.clone(), i.status, i.deadline)).collect();
    let mut want: Vec<(String, ItemStatus, Option<NaiveDate>)> =
        expected.iter().map(|(id, status, deadline)| ((*id).to_owned(), *status, deadline.map(date))).collect();
    let order = |id: &str| Content::bundled().unwrap().checklist.items.iter().position(|i| i.id == id).unwrap();
    want.sort_by_key(|(id, _, _)| order(id));
    assert_eq!(got, want, "scenario: {name}");
    for item in &items {
        assert!(!item.title.is_empty() && !item.text.is_empty() && !item.guide.is_empty(), "{name}: {}", item.id);
    }
}

use ItemStatus::{Done, Overdue, Todo};

#[test]
fn scenarios() {
    let arrived = [
        ("works_in_nl", "yes"),
        ("work_start", "2026-11-20"),
        ("employment", "agency"),
        ("has_dutch_insurance", "no"),
        ("registration", "none"),
        ("stay", "short"),
        ("has_gp", "no"),
        ("has_digid", "no"),
    ];
    check(
        "agency worker just arrived",
        &arrived,
        &[],
        &[
            ("take-out-insurance", Todo, Some("2027-03-20")),
            ("register-bsn", Todo, None),
            ("choose-own-insurer", Todo, None),
            ("register-with-gp", Todo, None),
        ],
    );
    check(
        "posted worker with A1",
        &[
            ("works_in_nl", "yes"),
            ("employment", "posted"),
            ("has_a1", "yes"),
            ("has_dutch_insurance", "no"),
            ("stay", "short"),
            ("registration", "rni"),
            ("has_digid", "yes"),
            ("has_gp", "yes"),
        ],
        &[],
        &[("carry-a1-and-ehic", Todo, None)],
    );
    check(
        "posted worker without A1 must insure",
        &[
            ("works_in_nl", "yes"),
            ("work_start", "2026-10-01"),
            ("employment", "posted"),
            ("has_a1", "no"),
            ("has_dutch_insurance", "no"),
        ],
        &[],
        &[("take-out-insurance", Todo, Some("2027-02-01")), ("choose-own-insurer", Todo, None)],
    );
    check(
        "insurance deadline passed",
        &[
            ("works_in_nl", "yes"),
            ("work_start", "2026-06-01"),
            ("employment", "direct"),
            ("has_dutch_insurance", "no"),
        ],
        &[],
        &[("take-out-insurance", Overdue, Some("2026-10-01")), ("choose-own-insurer", Todo, None)],
    );
    check(
        "insurance deadline is today",
        &[("works_in_nl", "yes"), ("work_start", "2026-07-28"), ("has_dutch_insurance", "no")],
        &[],
        &[("take-out-insurance", Todo, Some("2026-11-28")), ("choose-own-insurer", Todo, None)],
    );
    check(
        "deadline from a start at the end of a month",
        &[("works_in_nl", "yes"), ("work_start", "2026-10-31"), ("has_dutch_insurance", "no")],
        &[],
        &[("take-out-insurance", Todo, Some("2027-02-28")), ("choose-own-insurer", Todo, None)],
    );
    check(
        "self-employed without insurance",
        &[("works_in_nl", "yes"), ("employment", "self_employed"), ("has_dutch_insurance", "no")],
        &[],
        &[("take-out-insurance", Todo, None), ("choose-own-insurer", Todo, None)],
    );
    check(
        "short stay in the RNI without DigiD",
        &[("stay", "short"), ("registration", "rni"), ("has_digid", "no")],
        &[],
        &[("apply-digid", Todo, None)],
    );
    check(
        "long stay, only in the RNI",
        &[("stay", "long"), ("registration", "rni"), ("has_digid", "no")],
        &[],
        &[("register-brp", Todo, None), ("apply-digid", Todo, None)],
    );
    check(
        "long stay, not registered",
        &[("works_in_nl", "yes"), ("stay", "long"), ("registration", "none"), ("has_dutch_insurance", "yes")],
        &[],
        &[("register-bsn", Todo, None), ("register-brp", Todo, None), ("know-eigen-risico", Todo, None)],
    );
    check(
        "registered in the BRP without DigiD",
        &[("registration", "brp"), ("has_digid", "no")],
        &[],
        &[("apply-digid", Todo, None)],
    );
    let insured = |age: &str, income: &str, partner: &str| {
        vec![("has_dutch_insurance", "yes"), ("age", age), ("yearly_income", income), ("has_partner", partner)]
            .into_iter()
            .map(|(q, v)| (q, v.to_owned()))
            .collect::<Vec<_>>()
    };
    let with_zorgtoeslag: Expected<'_> = &[("apply-zorgtoeslag", Todo, None), ("know-eigen-risico", Todo, None)];
    let without: Expected<'_> = &[("know-eigen-risico", Todo, None)];
    for (name, age, income, partner, expected) in [
        ("single, income at the limit", "30", "40857", "no", with_zorgtoeslag),
        ("single, income just over the limit", "30", "40858", "no", without),
        ("single, income well under", "45", "22000", "no", with_zorgtoeslag),
        ("with partner, income at the limit", "30", "51142", "yes", with_zorgtoeslag),
        ("with partner, income just over", "30", "51143", "yes", without),
        ("with partner, income over the single limit", "30", "45000", "yes", with_zorgtoeslag),
        ("exactly eighteen", "18", "12000", "no", with_zorgtoeslag),
        ("under eighteen", "17", "5000", "no", &[]),
    ] {
        let answers = insured(age, income, partner);
        let answers: Vec<(&str, &str)> = answers.iter().map(|(q, v)| (*q, v.as_str())).collect();
        check(name, &answers, &[], expected);
    }
    check("insured, age not given", &[("has_dutch_insurance", "yes")], &[], &[("know-eigen-risico", Todo, None)]);
    check(
        "job ended and leaving",
        &[
            ("works_in_nl", "yes"),
            ("job_ended", "yes"),
            ("leaving_nl", "yes"),
            ("receives_benefit", "no"),
            ("has_dutch_insurance", "yes"),
            ("has_gp", "no"),
        ],
        &[],
        &[("cancel-insurance-when-leaving", Todo, None), ("know-eigen-risico", Todo, None)],
    );
    check(
        "job ended, on a benefit",
        &[
            ("works_in_nl", "yes"),
            ("job_ended", "yes"),
            ("leaving_nl", "no"),
            ("receives_benefit", "yes"),
            ("has_dutch_insurance", "yes"),
        ],
        &[],
        &[("keep-insurance-on-benefit", Todo, None), ("know-eigen-risico", Todo, None)],
    );
    check(
        "job ended, leaving, but on a benefit",
        &[
            ("works_in_nl", "yes"),
            ("job_ended", "yes"),
            ("leaving_nl", "yes"),
            ("receives_benefit", "yes"),
            ("has_dutch_insurance", "yes"),
        ],
        &[],
        &[("keep-insurance-on-benefit", Todo, None), ("know-eigen-risico", Todo, None)],
    );
    check(
        "job ended, staying, no benefit",
        &[
            ("works_in_nl", "yes"),
            ("job_ended", "yes"),
            ("leaving_nl", "no"),
            ("receives_benefit", "no"),
            ("has_dutch_insurance", "yes"),
            ("insurance_via_employer", "yes"),
            ("deduction_consent", "yes"),
        ],
        &[],
        &[
            ("choose-own-insurer", Todo, None),
            ("arrange-insurance-after-job", Todo, None),
            ("know-eigen-risico", Todo, None),
        ],
    );
    check(
        "job ended and leaving without insurance",
        &[
            ("works_in_nl", "yes"),
            ("job_ended", "yes"),
            ("leaving_nl", "yes"),
            ("receives_benefit", "no"),
            ("has_dutch_insurance", "no"),
        ],
        &[],
        &[],
    );
    check(
        "CAK letter with a date",
        &[("cak_letter", "yes"), ("cak_letter_date", "2026-10-15")],
        &[],
        &[("respond-to-cak", Todo, Some("2027-01-15"))],
    );
    check(
        "CAK letter, three months passed",
        &[("cak_letter", "yes"), ("cak_letter_date", "2026-07-01")],
        &[],
        &[("respond-to-cak", Overdue, Some("2026-10-01"))],
    );
    check("CAK letter without a date", &[("cak_letter", "yes")], &[], &[("respond-to-cak", Todo, None)]);
    check(
        "premium deducted without consent",
        &[
            ("works_in_nl", "yes"),
            ("has_dutch_insurance", "yes"),
            ("insurance_via_employer", "yes"),
            ("deduction_consent", "no"),
        ],
        &[],
        &[
            ("stop-premium-deduction", Todo, None),
            ("choose-own-insurer", Todo, None),
            ("know-eigen-risico", Todo, None),
        ],
    );
    check(
        "insured on my own",
        &[
            ("works_in_nl", "yes"),
            ("has_dutch_insurance", "yes"),
            ("insurance_via_employer", "no"),
            ("has_gp", "yes"),
            ("has_digid", "yes"),
        ],
        &[],
        &[("know-eigen-risico", Todo, None)],
    );
    check(
        "not working here, no GP",
        &[("works_in_nl", "no"), ("has_dutch_insurance", "no"), ("has_gp", "no")],
        &[],
        &[("register-with-gp", Todo, None)],
    );
    check("nothing answered yet", &[], &[], &[]);
    check(
        "a done mark shows as done",
        &arrived,
        &["register-bsn"],
        &[
            ("take-out-insurance", Todo, Some("2027-03-20")),
            ("register-bsn", Done, None),
            ("choose-own-insurer", Todo, None),
            ("register-with-gp", Todo, None),
        ],
    );
    check(
        "done wins over overdue",
        &[("works_in_nl", "yes"), ("work_start", "2026-01-05"), ("has_dutch_insurance", "no")],
        &["take-out-insurance"],
        &[("take-out-insurance", Done, Some("2026-05-05")), ("choose-own-insurer", Todo, None)],
    );
}

/// The people the legal review (2026-12) followed through the checklist, and the cases around
/// them, each with every answer they would give: the exact items, statuses and deadlines.
#[test]
fn personas() {
    let personas: &[Persona<'_>] = &[
        (
            "P1: Polish agency worker, three weeks here, in the RNI",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-11-09"),
                ("employment", "agency"),
                ("temporary_protection", "no"),
                ("stay", "short"),
                ("registration", "rni"),
                ("has_dutch_insurance", "no"),
                ("age", "29"),
                ("has_partner", "no"),
                ("yearly_income", "26,000"),
                ("job_ended", "no"),
                ("cak_letter", "no"),
                ("has_gp", "no"),
                ("has_digid", "no"),
            ],
            &[
                ("take-out-insurance", Todo, Some("2027-03-09")),
                ("apply-digid", Todo, None),
                ("choose-own-insurer", Todo, None),
                ("register-with-gp", Todo, None),
            ],
        ),
        (
            "P1b: married, wife in Poland, agency policy without a volmacht",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-09-01"),
                ("employment", "agency"),
                ("temporary_protection", "no"),
                ("stay", "short"),
                ("registration", "rni"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "yes"),
                ("deduction_consent", "no"),
                ("age", "35"),
                ("has_partner", "yes"),
                ("yearly_income", "48,000"),
                ("job_ended", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[
                ("apply-zorgtoeslag", Todo, None),
                ("stop-premium-deduction", Todo, None),
                ("choose-own-insurer", Todo, None),
                ("know-eigen-risico", Todo, None),
            ],
        ),
        (
            "P1c: the same income as a single person is over the limit",
            &[
                ("works_in_nl", "yes"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "no"),
                ("age", "35"),
                ("has_partner", "no"),
                ("yearly_income", "48,000"),
                ("has_gp", "yes"),
            ],
            &[("know-eigen-risico", Todo, None)],
        ),
        (
            "P2a: Romanian seasonal worker posted with an A1",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-04-01"),
                ("employment", "posted"),
                ("has_a1", "yes"),
                ("temporary_protection", "no"),
                ("stay", "short"),
                ("registration", "rni"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "no"),
                ("has_gp", "no"),
                ("has_digid", "no"),
            ],
            &[("carry-a1-and-ehic", Todo, None), ("apply-digid", Todo, None), ("register-with-gp", Todo, None)],
        ),
        (
            "P2b: hired by a Dutch agency, not insured, late",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-04-01"),
                ("employment", "agency"),
                ("temporary_protection", "no"),
                ("stay", "short"),
                ("registration", "rni"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[("take-out-insurance", Overdue, Some("2026-08-01")), ("choose-own-insurer", Todo, None)],
        ),
        (
            "P3a: temporary protection, working through an agency",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-09-01"),
                ("employment", "agency"),
                ("temporary_protection", "yes"),
                ("stay", "long"),
                ("arrival_date", "2026-03-10"),
                ("registration", "brp"),
                ("has_dutch_insurance", "no"),
                ("age", "40"),
                ("job_ended", "no"),
                ("has_gp", "no"),
                ("has_digid", "yes"),
            ],
            &[("use-rmo", Todo, None), ("register-with-gp", Todo, None)],
        ),
        (
            "P3b: temporary protection, not working",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "no"),
                ("temporary_protection", "yes"),
                ("stay", "long"),
                ("arrival_date", "2025-04-01"),
                ("registration", "brp"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[("use-rmo", Todo, None)],
        ),
        (
            "P4a: job ended (answers: works here), staying, no benefit yet, agency policy",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-02-01"),
                ("employment", "agency"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-01-20"),
                ("registration", "brp"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "yes"),
                ("deduction_consent", "yes"),
                ("age", "30"),
                ("has_partner", "no"),
                ("yearly_income", "30000"),
                ("job_ended", "yes"),
                ("leaving_nl", "no"),
                ("receives_benefit", "no"),
                ("has_gp", "no"),
                ("has_digid", "no"),
            ],
            &[
                ("apply-digid", Todo, None),
                ("apply-zorgtoeslag", Todo, None),
                ("choose-own-insurer", Todo, None),
                ("arrange-insurance-after-job", Todo, None),
                ("register-with-gp", Todo, None),
                ("know-eigen-risico", Todo, None),
            ],
        ),
        (
            "P4b: job lost (answers: does not work here), BRP resident, uninsured",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "no"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2025-06-01"),
                ("registration", "brp"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "yes"),
                ("leaving_nl", "no"),
                ("receives_benefit", "no"),
                ("has_gp", "no"),
                ("has_digid", "no"),
            ],
            &[
                ("take-out-insurance", Todo, None),
                ("apply-digid", Todo, None),
                ("choose-own-insurer", Todo, None),
                ("arrange-insurance-after-job", Todo, None),
                ("register-with-gp", Todo, None),
            ],
        ),
        (
            "P4c: job lost, on WW, agency policy, income with partner over the limit",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "no"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("registration", "brp"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "yes"),
                ("deduction_consent", "yes"),
                ("age", "50"),
                ("has_partner", "yes"),
                ("yearly_income", "60000"),
                ("job_ended", "yes"),
                ("leaving_nl", "no"),
                ("receives_benefit", "yes"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[
                ("choose-own-insurer", Todo, None),
                ("keep-insurance-on-benefit", Todo, None),
                ("know-eigen-risico", Todo, None),
            ],
        ),
        (
            "spouse abroad: the income of both counts against the partner limit",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-05-01"),
                ("employment", "direct"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-04-25"),
                ("registration", "brp"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "no"),
                ("age", "33"),
                ("has_partner", "yes"),
                ("yearly_income", "45,000"),
                ("job_ended", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[("apply-zorgtoeslag", Todo, None), ("know-eigen-risico", Todo, None)],
        ),
        (
            "P5a: Spanish student with a part-time job",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-09-15"),
                ("employment", "direct"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-08-01"),
                ("registration", "brp"),
                ("has_dutch_insurance", "no"),
                ("age", "21"),
                ("job_ended", "no"),
                ("has_gp", "no"),
                ("has_digid", "no"),
            ],
            &[
                ("take-out-insurance", Todo, Some("2027-01-15")),
                ("apply-digid", Todo, None),
                ("choose-own-insurer", Todo, None),
                ("register-with-gp", Todo, None),
            ],
        ),
        (
            "P5c: student whose job ended, still studying",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "yes"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-08-01"),
                ("registration", "brp"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "no"),
                ("age", "21"),
                ("has_partner", "no"),
                ("yearly_income", "6000"),
                ("job_ended", "yes"),
                ("leaving_nl", "no"),
                ("receives_benefit", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[("know-eigen-risico", Todo, None)],
        ),
        (
            "student without a job, just arrived, not registered",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "yes"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-11-25"),
                ("registration", "none"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "no"),
                ("has_gp", "no"),
            ],
            &[("register-brp", Todo, Some("2026-11-30")), ("register-with-gp", Todo, None)],
        ),
        (
            "resident without work (a worker's partner), not registered in time",
            &[
                ("works_in_nl", "no"),
                ("studies_in_nl", "no"),
                ("temporary_protection", "no"),
                ("stay", "long"),
                ("arrival_date", "2026-11-10"),
                ("registration", "none"),
                ("has_dutch_insurance", "no"),
                ("job_ended", "no"),
                ("has_gp", "no"),
            ],
            &[
                ("take-out-insurance", Todo, None),
                ("register-brp", Overdue, Some("2026-11-15")),
                ("choose-own-insurer", Todo, None),
                ("register-with-gp", Todo, None),
            ],
        ),
        (
            "seasonal worker going home for good after the season",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-04-01"),
                ("employment", "agency"),
                ("temporary_protection", "no"),
                ("stay", "short"),
                ("registration", "rni"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "yes"),
                ("deduction_consent", "yes"),
                ("age", "25"),
                ("has_partner", "no"),
                ("yearly_income", "15000"),
                ("job_ended", "yes"),
                ("leaving_nl", "yes"),
                ("receives_benefit", "no"),
                ("has_gp", "yes"),
                ("has_digid", "yes"),
            ],
            &[
                ("apply-zorgtoeslag", Todo, None),
                ("cancel-insurance-when-leaving", Todo, None),
                ("know-eigen-risico", Todo, None),
            ],
        ),
        (
            "worker going home on holiday is not leaving",
            &[
                ("works_in_nl", "yes"),
                ("work_start", "2026-03-01"),
                ("employment", "direct"),
                ("has_dutch_insurance", "yes"),
                ("insurance_via_employer", "no"),
                ("job_ended", "yes"),
                ("leaving_nl", "no"),
                ("receives_benefit", "no"),
                ("has_gp", "yes"),
            ],
            &[("arrange-insurance-after-job", Todo, None), ("know-eigen-risico", Todo, None)],
        ),
    ];
    assert!(personas.len() >= 15);
    for (name, answers, expected) in personas {
        check(name, answers, &[], expected);
    }
}

#[test]
fn items_name_their_guide_sources_and_answers() {
    let items = evaluate(
        &Content::bundled().unwrap().checklist,
        &Content::bundled().unwrap().facts,
        &state(
            &[("age", "30"), ("yearly_income", "20000"), ("has_partner", "no"), ("has_dutch_insurance", "yes")],
            &[],
        ),
        date(TODAY),
        &Localizer::negotiate(&["pl"]),
    );
    let zorgtoeslag = items.iter().find(|i| i.id == "apply-zorgtoeslag").unwrap();
    assert_eq!(zorgtoeslag.guide, "zorgtoeslag");
    assert!(zorgtoeslag.sources.iter().any(|s| s.url.contains("belastingdienst")));
    for q in ["age", "yearly_income", "has_partner", "has_dutch_insurance"] {
        assert!(zorgtoeslag.because.contains(&q.to_owned()), "{q} in {:?}", zorgtoeslag.because);
    }
    // The 2026 income limits are no longer confirmed in 2027: the item says so.
    let next_year = evaluate(
        &Content::bundled().unwrap().checklist,
        &Content::bundled().unwrap().facts,
        &state(
            &[("age", "30"), ("yearly_income", "20000"), ("has_partner", "no"), ("has_dutch_insurance", "yes")],
            &[],
        ),
        date("2027-01-02"),
        &Localizer::negotiate(&["en"]),
    );
    let stale = &next_year.iter().find(|i| i.id == "apply-zorgtoeslag").unwrap().stale_facts;
    assert!(stale.contains(&"zorgtoeslag-income-single".to_owned()), "{stale:?}");
}

#[test]
fn every_item_and_question_has_its_text_in_every_locale() {
    let rules = &Content::bundled().unwrap().checklist;
    for code in werkmaat_core::l10n::supported_locales() {
        let l10n = Localizer::negotiate(&[code]);
        for item in &rules.items {
            let id = format!("item-{}", item.id);
            assert!(l10n.attribute(&id, "text", None).is_some(), "{code}: {id}");
        }
        for q in &rules.questions {
            assert_ne!(l10n.text(&format!("question-{}", q.id)), format!("question-{}", q.id), "{code}: {}", q.id);
        }
    }
}

#[test]
fn answers_are_checked_and_marks_follow_the_items() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[3; 32]).unwrap();
    let checklist = profile.checklist();
    let today = date(TODAY);
    assert!(matches!(checklist.answer("age", "old", today), Err(werkmaat_core::Error::InvalidInput { .. })));
    assert!(matches!(checklist.answer("favourite_colour", "blue", today), Err(werkmaat_core::Error::NotFound { .. })));
    assert!(matches!(checklist.answer("employment", "boss", today), Err(werkmaat_core::Error::InvalidInput { .. })));
    assert!(checklist.items(today).unwrap().is_empty(), "a refused answer stores nothing");

    let questions: Vec<String> = checklist.questions().unwrap().into_iter().map(|q| q.id).collect();
    assert!(questions.contains(&"works_in_nl".to_owned()) && !questions.contains(&"has_a1".to_owned()));

    let polish_dir = tempfile::tempdir().unwrap();
    let polish = Werkmaat::open(polish_dir.path(), &["pl"], &[4; 32]).unwrap();
    polish.checklist().answer("has_gp", "Nie", today).unwrap();
    assert_eq!(
        polish.checklist().items(today).unwrap()[0].id,
        "register-with-gp",
        "a yes/no in the user's language counts"
    );

    let changes = checklist.answer("has_gp", "no", today).unwrap();
    assert_eq!(changes.len(), 1);
    assert!(changes[0].explanation.contains("huisarts"), "{}", changes[0].explanation);
    checklist.mark_done("register-with-gp", today).unwrap();
    checklist.answer("age", "40", today).unwrap();
    let item = |id: &str| checklist.items(today).unwrap().into_iter().find(|i| i.id == id);
    assert_eq!(item("register-with-gp").unwrap().status, Done, "the mark survives other answers");
    checklist.answer("has_gp", "yes", today).unwrap();
    assert!(item("register-with-gp").is_none());
    checklist.answer("has_gp", "no", today).unwrap();
    assert_eq!(item("register-with-gp").unwrap().status, Todo, "a mark is forgotten when the item goes away");
    assert!(checklist.mark_done("carry-a1-and-ehic", today).is_err(), "only items that apply can be marked");

    checklist.reset().unwrap();
    assert!(checklist.items(today).unwrap().is_empty());
}

#[test]
fn the_questions_follow_the_law_not_only_the_job() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[5; 32]).unwrap();
    let checklist = profile.checklist();
    let today = date(TODAY);
    let asked = || checklist.questions().unwrap().into_iter().map(|q| q.id).collect::<Vec<_>>();
    assert!(!asked().contains(&"job_ended".to_owned()) && !asked().contains(&"arrival_date".to_owned()));
    checklist.answer("works_in_nl", "no", today).unwrap();
    assert!(asked().contains(&"job_ended".to_owned()), "a job that ended is asked of someone who works here no more");
    assert!(asked().contains(&"studies_in_nl".to_owned()));
    checklist.answer("stay", "long", today).unwrap();
    assert!(asked().contains(&"arrival_date".to_owned()));
    assert!(asked().contains(&"temporary_protection".to_owned()));
    let changes = checklist.answer("arrival_date", "2026-11-27", today).unwrap();
    assert!(changes.is_empty(), "{changes:?}");
    checklist.answer("registration", "none", today).unwrap();
    let brp = checklist.items(today).unwrap().into_iter().find(|i| i.id == "register-brp").unwrap();
    assert_eq!(brp.deadline, Some(date("2026-12-02")));
    assert!(brp.sources.iter().any(|s| s.url.contains("nederlandwereldwijd")), "{:?}", brp.sources);
    assert!(brp.because.contains(&"arrival_date".to_owned()));
}

#[test]
fn income_is_read_the_way_the_users_language_writes_numbers() {
    let today = date(TODAY);
    let answers = [("has_dutch_insurance", "yes"), ("age", "30"), ("has_partner", "no")];
    for (locale, typed, zorgtoeslag) in [
        ("nl", "45.000", false),
        ("nl", "40.857", true),
        ("ro", "45.000,50", false),
        ("en", "45,000", false),
        ("pl", "45\u{a0}000", false),
        ("uk", "40 000", true),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let profile = Werkmaat::open(dir.path(), &[locale], &[6; 32]).unwrap();
        let checklist = profile.checklist();
        for (q, v) in answers {
            checklist.answer(q, v, today).unwrap();
        }
        checklist.answer("yearly_income", typed, today).unwrap();
        let items: Vec<String> = checklist.items(today).unwrap().into_iter().map(|i| i.id).collect();
        assert_eq!(items.contains(&"apply-zorgtoeslag".to_owned()), zorgtoeslag, "{locale}: {typed}");
    }
    // Written another language's way: refused with an example, and nothing is stored.
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["nl"], &[7; 32]).unwrap();
    let error = profile.checklist().answer("yearly_income", "45,000", today).unwrap_err();
    assert!(
        matches!(error, werkmaat_core::Error::InvalidInput { problem: werkmaat_core::l10n::NUMBER_UNCLEAR, .. }),
        "{error:?}"
    );
    assert!(profile.localizer().error(&error).contains("45.000,50"));
    assert!(profile.checklist().questions().unwrap().iter().all(|q| q.answer.is_none()));
}
