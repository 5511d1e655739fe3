//! No lost update: many threads on one profile handle, and two handles on one data directory (as
//! two processes are), each changing its own part of the same stored documents at the same time.
//! Every change that returned must be there at the end, and of all the content packs installed
//! at once the newest is active.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{path::Path, sync::Arc, thread};

use werkmaat_ffi::{ApiError, ContentPart, DetailChange, DetailField, LocalDate, PackProblem, Werkmaat};

const KEY: [u8; 32] = [42; 32];
/// "Today" as the shell passes it.
fn today() -> LocalDate {
    LocalDate::from_ymd_opt(2026, 11, 28).unwrap()
}
const ROUNDS: usize = 50;

fn open(dir: &Path) -> Arc<Werkmaat> {
    Werkmaat::open(dir.display().to_string(), vec!["en".into()], KEY.to_vec()).unwrap()
}

/// What thread `t` answers in round `i`: each thread owns one question that applies to everyone.
fn answer(t: usize, i: usize) -> (&'static str, String) {
    let yes_no = |i: usize| if i.is_multiple_of(2) { "yes" } else { "no" }.to_owned();
    match t {
        0 => ("age", (20 + i).to_string()),
        1 => ("yearly_income", (10_000 + i).to_string()),
        2 => ("stay", if i.is_multiple_of(2) { "short" } else { "long" }.to_owned()),
        3 => ("registration", ["none", "rni", "brp"][i % 3].to_owned()),
        4 => ("has_partner", yes_no(i)),
        5 => ("cak_letter", yes_no(i)),
        6 => ("has_gp", yes_no(i)),
        _ => ("has_digid", yes_no(i)),
    }
}

/// The details field thread `t` owns, and its value in round `i`.
fn detail(t: usize, i: usize) -> DetailChange {
    let fields = [
        DetailField::FullName,
        DetailField::Insurer,
        DetailField::PolicyNumber,
        DetailField::GpName,
        DetailField::Employer,
        DetailField::Phone,
        DetailField::GpPhone,
        DetailField::Bsn,
    ];
    let value = match fields[t] {
        DetailField::Phone | DetailField::GpPhone => format!("+316123456{:02}", i),
        // Valid BSNs (elfproef) that differ per round.
        DetailField::Bsn => ["111222333", "123456782"][i % 2].to_owned(),
        _ => format!("thread {t} round {i}"),
    };
    DetailChange { field: fields[t], value }
}

/// The version thread `t` installs in round `i`: every thread's versions interleave.
fn version(t: usize, i: usize) -> u64 {
    2 + (i * 8 + t) as u64
}

/// A signed facts pack of each version the threads install, made once.
fn packs() -> Arc<Vec<Vec<u8>>> {
    let keys: serde_json::Value =
        serde_json::from_str(include_str!("../../core/tests/fixtures/test-pack-keys.json")).unwrap();
    let secret = keys["test-2026"].as_str().unwrap().to_owned();
    let packs = (0..=version(7, ROUNDS - 1))
        .map(|v| {
            werkmaat_ffi::pack_build(secret.clone(), v, today(), vec![ContentPart::Facts], Default::default()).unwrap()
        })
        .collect();
    Arc::new(packs)
}

fn run(profiles: &[Arc<Werkmaat>]) {
    let packs = packs();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let profile = Arc::clone(&profiles[t % profiles.len()]);
            let packs = Arc::clone(&packs);
            thread::spawn(move || {
                for i in 0..ROUNDS {
                    let (question, value) = answer(t, i);
                    profile.checklist().answer(question.into(), value, today()).unwrap();
                    profile.details().update(vec![detail(t, i)], today()).unwrap();
                    let v = version(t, i);
                    match profile.install_pack(packs[v as usize].clone()) {
                        // Installed: in effect when it returns (a newer one may follow at once).
                        Ok(info) => assert_eq!(info.version, v),
                        // Another thread installed a newer one first: nothing changed.
                        Err(ApiError::PackRefused { problem, .. }) => assert_eq!(problem, PackProblem::Older),
                        Err(other) => panic!("install of v{v}: {other:?}"),
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
}

fn assert_nothing_lost(profile: &Werkmaat) {
    let newest = version(7, ROUNDS - 1);
    assert_eq!(profile.info().unwrap().content.version, newest, "the newest pack is active");
    let questions = profile.checklist().questions().unwrap();
    for t in 0..8 {
        let (question, last) = answer(t, ROUNDS - 1);
        let stored = questions.iter().find(|q| q.id == question).and_then(|q| q.answer.clone());
        assert_eq!(stored.as_deref(), Some(last.as_str()), "the last answer to {question}");
    }
    let details = profile.details().get().unwrap();
    let stored = [
        details.full_name,
        details.insurer,
        details.policy_number,
        details.gp_name,
        details.employer,
        details.phone,
        details.gp_phone,
        details.bsn,
    ];
    for (t, value) in stored.iter().enumerate() {
        assert_eq!(value.as_deref(), Some(detail(t, ROUNDS - 1).value.as_str()), "details field of thread {t}");
    }
}

#[test]
fn eight_threads_on_one_handle_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    run(&[Arc::clone(&profile)]);
    assert_nothing_lost(&profile);
}

#[test]
fn two_handles_on_one_profile_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = [open(dir.path()), open(dir.path())];
    run(&profiles);
    assert_nothing_lost(&open(dir.path()));
}
