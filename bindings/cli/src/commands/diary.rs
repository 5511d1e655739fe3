//! `werkmaat diary`: add, list, correct, delete, check hours, verify and export.

use std::{path::PathBuf, time::SystemTime};

use clap::ArgMatches;
use serde_json::Value;
use werkmaat_ffi::{
    CareWith, DiaryAppended, DiaryEntry, DiaryReport, DiaryService, DiaryVerification, EntryKind, IdentityField,
    OffsetDateTime, Position, Reporter, TextArg, TextValue,
};

use crate::{
    context::Context,
    files, json, output,
    output::{CliError, say},
    typed::{self, now, rfc3339},
    witness_file,
};

fn many(sub: &ArgMatches, name: &str) -> Vec<String> {
    sub.get_many::<String>(name).map(|v| v.cloned().collect()).unwrap_or_default()
}

fn one(sub: &ArgMatches, name: &str) -> Option<String> {
    sub.get_one::<String>(name).cloned()
}

/// The time given after `--NAME`, read as RFC 3339 (a bad one is refused naming `field`).
fn time(sub: &ArgMatches, name: &str, field: &'static str) -> Result<Option<OffsetDateTime>, CliError> {
    one(sub, name).map(|text| typed::time(field, &text)).transpose()
}

/// `--reported-to WHO[@RFC3339]`: whom the accident was reported to and, after an `@`, when.
fn reported_to(text: &str) -> Result<DiaryReport, CliError> {
    let (who, at) = match text.split_once('@') {
        Some((who, at)) => (who, Some(typed::time("reported_to", at)?)),
        None => (text, None),
    };
    Ok(DiaryReport { who: typed::name("reported_to", "invalid-reported-to", who, Reporter::from_id)?, at })
}

/// An entry from the flags of `add KIND` or `correct ID`, over `base` (the entry being corrected).
fn entry_from(kind: &str, sub: &ArgMatches, base: Option<DiaryEntry>) -> Result<DiaryEntry, CliError> {
    let missing = |field: &'static str| CliError::Invalid { field, message: "invalid-usage" };
    Ok(match (kind, base) {
        ("symptom", base) => {
            let (mut symptom, mut body_part, mut severity, mut at, mut note, mut work_related) =
                (None, None, None, now(), None, false);
            let mut rest = (None, None, None, None, None);
            if let Some(DiaryEntry::Symptom {
                symptom: s,
                body_part: b,
                severity: v,
                at: a,
                note: n,
                work_related: w,
                duration_minutes,
                helps,
                worsens,
                medication,
                missed_work_hours,
            }) = base
            {
                (symptom, body_part, severity, at, note, work_related) = (Some(s), b, Some(v), a, n, w);
                rest = (duration_minutes, helps, worsens, medication, missed_work_hours);
            }
            DiaryEntry::Symptom {
                symptom: one(sub, "symptom").or(symptom).ok_or(missing("symptom"))?,
                body_part: one(sub, "body-part").or(body_part),
                severity: sub.get_one::<u8>("severity").copied().or(severity).ok_or(missing("severity"))?,
                at: time(sub, "at", "at")?.unwrap_or(at),
                duration_minutes: rest.0,
                helps: rest.1,
                worsens: rest.2,
                medication: rest.3,
                work_related: sub.get_flag("work-related") || work_related,
                missed_work_hours: rest.4,
                note: one(sub, "note").or(note),
            }
        }
        ("incident", base) => {
            let base = match base {
                Some(DiaryEntry::Incident {
                    at,
                    place,
                    task,
                    machine_or_substance,
                    description,
                    injuries,
                    witnesses,
                    reported_to,
                    photos,
                }) => {
                    Some((at, place, task, machine_or_substance, description, injuries, witnesses, reported_to, photos))
                }
                _ => None,
            };
            let (at0, place, task, machine, description0, injuries0, witnesses0, reported0, photos) = base
                .unwrap_or_else(|| {
                    (now(), None, None, None, String::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new())
                });
            // A list given on the command line replaces the list being corrected.
            let or_base = |given: Vec<String>, base: Vec<String>| if given.is_empty() { base } else { given };
            let at = time(sub, "at", "at")?.unwrap_or(at0);
            let reported = many(sub, "reported-to").iter().map(|r| reported_to(r)).collect::<Result<Vec<_>, _>>()?;
            DiaryEntry::Incident {
                at,
                place: one(sub, "place").or(place),
                task: one(sub, "task").or(task),
                machine_or_substance: one(sub, "machine").or(machine),
                description: one(sub, "description").unwrap_or(description0),
                injuries: or_base(many(sub, "body-part"), injuries0),
                witnesses: or_base(many(sub, "witness"), witnesses0),
                reported_to: if reported.is_empty() { reported0 } else { reported },
                photos,
            }
        }
        ("shift", base) => {
            let (start0, end0, break0) = match base {
                Some(DiaryEntry::Shift { start, end, break_minutes }) => (Some(start), Some(end), break_minutes),
                _ => (None, None, 0),
            };
            DiaryEntry::Shift {
                start: time(sub, "start", "start")?.or(start0).ok_or(missing("start"))?,
                end: time(sub, "end", "end")?.or(end0).ok_or(missing("end"))?,
                break_minutes: sub.get_one::<u32>("break-minutes").copied().unwrap_or(break0),
            }
        }
        (_, base) => {
            let (at0, with0, advice0) = match base {
                Some(DiaryEntry::CareContact { at, with, advice }) => (at, Some(with), advice),
                _ => (now(), None, None),
            };
            let at = time(sub, "at", "at")?.unwrap_or(at0);
            let with = one(sub, "with").map(|w| typed::name("with", "invalid-care-with", &w, CareWith::from_id));
            DiaryEntry::CareContact {
                at,
                with: with.transpose()?.or(with0).ok_or(missing("with"))?,
                advice: one(sub, "note").or(advice0),
            }
        }
    })
}

/// The passphrase from its file, without the line end an editor adds.
fn passphrase(sub: &ArgMatches) -> Result<String, CliError> {
    let file = sub.get_one::<PathBuf>("passphrase-file").cloned().unwrap_or_default();
    Ok(files::read_text(&file)?.trim_end_matches(['\n', '\r']).to_owned())
}

/// Says on stderr that some rows do not open: lists, exports and backups leave them out.
fn warn_if_damaged(ctx: &Context, diary: &DiaryService) -> Result<(), CliError> {
    if !diary.damaged()?.is_empty() {
        output::warn(&ctx.text("diary-damaged"));
    }
    Ok(())
}

/// `diary anchor request`: the DER request written to `--out` for the user (or a script) to send
/// to a time-stamping service; `diary anchor add`: its answer checked and kept.
fn anchor(ctx: &Context, diary: &DiaryService, matches: &ArgMatches) -> Result<(), CliError> {
    match matches.subcommand() {
        Some(("request", sub)) => {
            let request = diary.anchor_request()?;
            let out = sub.get_one::<PathBuf>("out").cloned().unwrap_or_default();
            files::write_output(ctx, &out, &request.der, sub.get_flag("force"))?;
            let file = out.display().to_string();
            let value = json::AnchorRequest {
                file: file.clone(),
                seq: request.seq,
                head: request.head.clone(),
                nonce: request.nonce,
            };
            output::print(ctx.json, &value, || {
                say!("{}", ctx.text_with("diary-anchor-requested", &[("file", file.clone())]));
            });
        }
        Some(("add", sub)) => {
            let response = sub.get_one::<PathBuf>("response").cloned().unwrap_or_default();
            let pem = sub.get_one::<PathBuf>("tsa-cert").cloned().unwrap_or_default();
            let anchor = diary.anchor_add(files::read(&response)?, files::read_text(&pem)?)?;
            output::print(ctx.json, &json::Anchor::from(&anchor), || {
                let args = [("time", typed::instant(anchor.time)), ("tsa", anchor.tsa.clone())];
                say!("{}", ctx.text_with("diary-anchor-added", &args));
                say!("{} · {}", anchor.seq, anchor.head);
            });
        }
        _ => return Err(CliError::Invalid { field: "command", message: "invalid-usage" }),
    }
    Ok(())
}

/// Keeps the witness of a write that returned, as a phone keeps it in its keystore.
fn keep_witness(ctx: &Context, added: &DiaryAppended) -> Result<(), CliError> {
    witness_file::store(&ctx.witness_path(), &added.witness)
}

fn print_verification(ctx: &Context, v: &DiaryVerification, witnessed: bool) -> Result<(), CliError> {
    output::print(ctx.json, &json::Verification::from(v), || {
        say!("{}", ctx.text(if v.ok { "diary-verify-ok" } else { "diary-verify-bad" }));
        say!("{} / {} · {}", v.entries, v.revisions, v.head);
        for p in &v.problems {
            say!("  {} {}", p.seq, p.reason.code());
        }
        for a in &v.anchors {
            say!("  {} · {} · {}", a.seq, typed::instant(a.time), a.tsa);
        }
        // What the check proves, and what it does not.
        let proof = match (v.anchors.last(), witnessed) {
            (Some(_), _) => "diary-verify-proves-anchor",
            (None, true) => "diary-verify-proves-witness",
            (None, false) => "diary-verify-proves-head",
        };
        say!("{}", ctx.text(proof));
        say!("{}", ctx.text("diary-verify-clock"));
    });
    if v.ok { Ok(()) } else { Err(CliError::Failed) }
}

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    if let Some(("verify", sub)) = matches.subcommand()
        && let Some(file) = sub.get_one::<PathBuf>("export")
    {
        let trusted = sub.get_one::<PathBuf>("tsa-cert").map(|pem| files::read_text(pem)).transpose()?;
        // The attachment files it lists are looked for beside it (`diary export` writes them there).
        let folder = file.parent().map(|p| p.display().to_string()).unwrap_or_default();
        let folder = if folder.is_empty() { ".".to_owned() } else { folder };
        let verification = werkmaat_ffi::verify_diary_export_files(files::read_text(file)?, folder, trusted)?;
        return print_verification(ctx, &verification, false);
    }
    let profile = ctx.open_profile()?;
    let diary = profile.diary();
    let result = (|| -> Result<(), CliError> {
        match matches.subcommand() {
            Some(("vocab", _)) => {
                let vocab = diary.vocabulary();
                output::print(ctx.json, &json::Vocabulary::from(&vocab), || {
                    for t in vocab.symptoms.iter().chain(&vocab.body_parts) {
                        say!("{:<28}{} — {}", t.code, t.label, t.label_nl);
                    }
                });
            }
            Some(("add", add)) => {
                let (kind, sub) =
                    add.subcommand().ok_or(CliError::Invalid { field: "kind", message: "invalid-usage" })?;
                let entry = entry_from(kind, sub, None)?;
                let position = sub.get_one::<f64>("lat").zip(sub.get_one::<f64>("lon"));
                let position = position.map(|(&lat, &lon)| Position { lat, lon });
                let added = diary.add(entry, position, SystemTime::now())?;
                keep_witness(ctx, &added)?;
                output::print(ctx.json, &json::Appended::from(&added), || say!("{} {}", added.id, added.hash));
            }
            Some(("correct", sub)) => {
                let id = one(sub, "id").unwrap_or_default();
                let current = diary.get(id.clone())?;
                let entry = entry_from(current.kind.id(), sub, Some(current.entry))?;
                let added = diary.correct(id, entry, SystemTime::now())?;
                keep_witness(ctx, &added)?;
                output::print(ctx.json, &json::Appended::from(&added), || say!("{} {}", added.id, added.hash));
            }
            Some(("get", sub)) => {
                let entry = json::Entry::from(&diary.get(one(sub, "id").unwrap_or_default())?);
                output::print(ctx.json, &entry, || {
                    // One field a line, absent ones left out; the field names are those of `--json`.
                    let value = output::as_value(&entry);
                    for (field, v) in value.as_object().into_iter().flatten().filter(|(_, v)| !v.is_null()) {
                        match v {
                            Value::String(text) => say!("{field:<22}{text}"),
                            other => say!("{field:<22}{other}"),
                        }
                    }
                });
            }
            Some(("delete", sub)) => {
                let added = diary.delete(one(sub, "id").unwrap_or_default(), SystemTime::now())?;
                keep_witness(ctx, &added)?;
                let deleted = json::Deleted { appended: json::Appended::from(&added), deleted: true };
                output::print(ctx.json, &deleted, || say!("{}", added.hash));
            }
            Some(("list", sub)) => {
                // `care` is what `diary add care` calls a care contact.
                let kind = one(sub, "kind").map(|k| if k == "care" { "care_contact".to_owned() } else { k });
                let kind =
                    kind.map(|k| typed::name("kind", "invalid-entry-kind", &k, EntryKind::from_id)).transpose()?;
                let from = one(sub, "from").map(|d| typed::date("from", &d)).transpose()?;
                let to = one(sub, "to").map(|d| typed::date("to", &d)).transpose()?;
                let list = diary.list(from, to, kind, sub.get_one::<u32>("limit").copied())?;
                warn_if_damaged(ctx, &diary)?;
                let entries: Vec<_> = list.iter().map(json::Entry::from).collect();
                output::print(ctx.json, &entries, || {
                    for v in &list {
                        say!("{}  {:<12} {}  (r{})", rfc3339(&v.at), v.kind.id(), v.id, v.revision);
                    }
                });
            }
            Some(("hours", _)) => {
                let report = diary.hours()?;
                output::print(ctx.json, &json::Hours::from(&report), || {
                    let names = report.checked.iter().map(|r| r.name.clone()).collect::<Vec<_>>().join(", ");
                    let rules = TextArg { name: "rules".to_owned(), value: TextValue::Text { value: names } };
                    if report.breaches.is_empty() {
                        say!("{}", ctx.localizer.text("diary-no-breaches".to_owned(), vec![rules]));
                        return;
                    }
                    for b in &report.breaches {
                        say!("{} — {} ({})", b.text, b.shift_ids.join(", "), b.source);
                    }
                    say!("{}", ctx.localizer.text("report-rules-checked".to_owned(), vec![rules]));
                });
            }
            Some(("verify", _)) => {
                let witness = witness_file::load(&ctx.witness_path())?;
                let witnessed = witness.is_some();
                print_verification(ctx, &diary.verify(witness)?, witnessed)?
            }
            Some(("anchor", sub)) => anchor(ctx, &diary, sub)?,
            Some(("share", sub)) => super::share::run(ctx, &profile, sub)?,
            Some((command @ ("attach" | "attachments" | "attachment"), sub)) => {
                super::attachments::run(ctx, &diary, command, sub)?
            }
            Some(("export", sub)) => {
                let doctor = one(sub, "doctor-locale").unwrap_or_else(|| "nl".to_owned());
                // Only the details asked for; without `--identity`, the name and date of birth.
                let identity = match one(sub, "identity") {
                    Some(list) => IdentityField::parse_list(&list)
                        .map_err(|_| CliError::Invalid { field: "identity", message: "invalid-identity-field" })?,
                    None => IdentityField::DEFAULT.to_vec(),
                };
                let text = match one(sub, "format").as_deref() {
                    Some("json") => diary.export_json(sub.get_flag("with-location"), SystemTime::now(), None)?,
                    Some("html") => diary.export_report_html(doctor, identity, SystemTime::now(), None)?,
                    Some("fhir") => {
                        diary.export_fhir(doctor, identity, sub.get_flag("with-location"), SystemTime::now(), None)?
                    }
                    _ => return Err(CliError::Invalid { field: "format", message: "invalid-export-format" }),
                };
                let out = sub.get_one::<PathBuf>("out").cloned().unwrap_or_default();
                warn_if_damaged(ctx, &diary)?;
                if one(sub, "format").as_deref() == Some("json") {
                    super::attachments::write_beside(
                        ctx,
                        &diary,
                        &out,
                        sub.get_flag("with-location"),
                        sub.get_flag("force"),
                    )?;
                }
                files::write_output(ctx, &out, text.as_bytes(), sub.get_flag("force"))?;
                output::print(ctx.json, &json::Written::from(out.as_path()), || say!("{}", out.display()));
            }
            Some(("backup", sub)) => {
                let passphrase = passphrase(sub)?;
                let bytes = diary.backup(passphrase, SystemTime::now(), None)?;
                warn_if_damaged(ctx, &diary)?;
                let out = sub.get_one::<PathBuf>("out").cloned().unwrap_or_default();
                files::write_output(ctx, &out, &bytes, sub.get_flag("force"))?;
                output::print(ctx.json, &json::Written::from(out.as_path()), || say!("{}", out.display()));
            }
            Some(("restore", sub)) => {
                let passphrase = passphrase(sub)?;
                let file = sub.get_one::<PathBuf>("file").cloned().unwrap_or_default();
                let restored = diary.restore(files::read(&file)?, passphrase, None)?;
                if let Some(witness) = &restored.witness {
                    witness_file::store(&ctx.witness_path(), witness)?;
                }
                let entries = restored.entries;
                output::print(ctx.json, &json::Restored { restored: true, entries }, || say!("{entries}"));
            }
            _ => return Err(CliError::Invalid { field: "command", message: "invalid-usage" }),
        }
        Ok(())
    })();
    profile.shutdown();
    result
}
