//! `werkmaat diary attach`, `diary attachments`, `diary attachment get|delete`: photos and
//! documents kept with diary entries, sealed in the profile and covered by the chain.

use std::{path::PathBuf, time::SystemTime};

use clap::{Arg, ArgAction, ArgMatches, Command, builder::PossibleValuesParser, value_parser};
use serde::Serialize;
use werkmaat_ffi::{Attachment, AttachmentKind, DiaryService};

use crate::{
    context::Context,
    files, output,
    output::{CliError, say},
    witness_file,
};

/// The largest file read: one byte over the core's limit (20 MiB), so a larger file is refused
/// by the core with its message without reading all of it.
const READ_LIMIT: u64 = 20 * 1024 * 1024 + 1;
const KINDS: [(&str, AttachmentKind); 5] = [
    ("photo", AttachmentKind::Photo),
    ("payslip", AttachmentKind::Payslip),
    ("contract", AttachmentKind::Contract),
    ("housing", AttachmentKind::Housing),
    ("other", AttachmentKind::Other),
];

/// The subcommands of `diary`, help texts through `t`, laid out by `help`.
pub fn commands(t: &dyn Fn(&str) -> String, help: &dyn Fn(Command) -> Command) -> [Command; 3] {
    let id = |name: &'static str, help_id: &str| Arg::new(name).value_name("ID").required(true).help(t(help_id));
    let flag =
        |name: &'static str, help_id: &str| Arg::new(name).long(name).action(ArgAction::SetTrue).help(t(help_id));
    let attach = help(Command::new("attach").about(t("cli-cmd-diary-attach")))
        .arg(id("entry", "cli-arg-entry"))
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(t("cli-arg-attachment-file")),
        )
        .arg(
            Arg::new("kind")
                .long("kind")
                .value_name("KIND")
                .default_value("other")
                .value_parser(PossibleValuesParser::new(KINDS.map(|(code, _)| code)))
                .help(t("cli-opt-attachment-kind")),
        );
    let list = help(Command::new("attachments").about(t("cli-cmd-diary-attachments")))
        .arg(Arg::new("entry").value_name("ENTRY_ID").help(t("cli-arg-entry")));
    let one = help(Command::new("attachment").about(t("cli-cmd-diary-attachment")))
        .subcommand_required(true)
        .subcommand(
            help(Command::new("get").about(t("cli-cmd-diary-attachment-get")))
                .arg(id("id", "cli-arg-attachment"))
                .arg(
                    Arg::new("out")
                        .long("out")
                        .value_name("FILE")
                        .required(true)
                        .value_parser(value_parser!(PathBuf))
                        .help(t("cli-opt-attachment-out")),
                )
                .arg(flag("with-location", "cli-opt-attachment-with-location"))
                .arg(flag("force", "cli-opt-force")),
        )
        .subcommand(
            help(Command::new("delete").about(t("cli-cmd-diary-attachment-delete")))
                .arg(id("id", "cli-arg-attachment")),
        );
    [attach, list, one]
}

/// `attach`: what was stored.
#[derive(Serialize)]
struct Attached<'a> {
    id: &'a str,
    entry_id: &'a str,
    kind: &'static str,
    sha256: &'a str,
    bytes: u64,
}

/// One line of `attachments`.
#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    entry_id: &'a str,
    kind: &'static str,
    sha256: &'a str,
    bytes: u64,
    /// RFC 3339, UTC.
    added_at: String,
}

/// `attachment get`: the file written.
#[derive(Serialize)]
struct Saved {
    file: String,
    bytes: usize,
    location_removed: bool,
}

/// `attachment delete`: the Delete revision.
#[derive(Serialize)]
struct Deleted<'a> {
    id: &'a str,
    hash: &'a str,
    deleted: bool,
}

fn print(ctx: &Context, value: &impl Serialize, human: impl FnOnce()) {
    output::print(ctx.json, value, human);
}

fn text(sub: &ArgMatches, name: &str) -> String {
    sub.get_one::<String>(name).cloned().unwrap_or_default()
}

fn rfc3339(time: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The witness after a write whose FFI call does not return one (attach): the current one.
fn keep_witness(ctx: &Context, diary: &DiaryService) -> Result<(), CliError> {
    match diary.witness()? {
        Some(witness) => witness_file::store(&ctx.witness_path(), &witness),
        None => Ok(()),
    }
}

/// Runs `diary attach|attachments|attachment` on an open diary.
pub fn run(ctx: &Context, diary: &DiaryService, command: &str, sub: &ArgMatches) -> Result<(), CliError> {
    match (command, sub.subcommand()) {
        ("attach", _) => {
            let path = sub.get_one::<PathBuf>("file").cloned().unwrap_or_default();
            let bytes = files::read_at_most(&path, READ_LIMIT)?
                .ok_or_else(|| files::unreadable(&path, std::io::ErrorKind::NotFound.into()))?;
            let kind = KINDS.iter().find(|(code, _)| *code == text(sub, "kind")).map_or(AttachmentKind::Other, |k| k.1);
            let a = diary.attach(text(sub, "entry"), bytes, kind, SystemTime::now())?;
            keep_witness(ctx, diary)?;
            let value =
                Attached { id: &a.id, entry_id: &a.entry_id, kind: a.kind.code(), sha256: &a.sha256, bytes: a.bytes };
            print(ctx, &value, || say!("{}", ctx.text_with("diary-attached", &[("id", a.id.clone())])));
        }
        ("attachments", _) => {
            let list = diary.attachments(sub.get_one::<String>("entry").cloned())?;
            let listed: Vec<Listed<'_>> = list.iter().map(listed).collect();
            print(ctx, &listed, || {
                if list.is_empty() {
                    say!("{}", ctx.text("diary-attachments-none"));
                }
                for a in &listed {
                    let kind = ctx.text(&format!("attachment-kind-{}", a.kind));
                    say!("{}  {:<12} {}  {:>9}  {}", a.id, kind, a.added_at, a.bytes, a.entry_id);
                }
            });
        }
        ("attachment", Some(("get", get))) => {
            let with_location = get.get_flag("with-location");
            let bytes = diary.attachment_bytes(text(get, "id"), with_location)?;
            let out = get.get_one::<PathBuf>("out").cloned().unwrap_or_default();
            files::write_output(ctx, &out, &bytes, get.get_flag("force"))?;
            let file = out.display().to_string();
            let message = if with_location { "diary-attachment-saved-with-location" } else { "diary-attachment-saved" };
            print(ctx, &Saved { file: file.clone(), bytes: bytes.len(), location_removed: !with_location }, || {
                say!("{}", ctx.text_with(message, &[("file", file.clone())]))
            });
        }
        ("attachment", Some(("delete", delete))) => {
            let deleted = diary.delete_attachment(text(delete, "id"), SystemTime::now())?;
            witness_file::store(&ctx.witness_path(), &deleted.witness)?;
            print(ctx, &Deleted { id: &deleted.id, hash: &deleted.hash, deleted: true }, || {
                say!("{}", ctx.text("diary-attachment-deleted"))
            });
        }
        _ => return Err(CliError::Invalid { field: "command", message: "invalid-usage" }),
    }
    Ok(())
}

/// Writes the attachment files of a JSON export beside `out` (`attachments/<sha256>.<ext>`, as
/// the export lists them), before the export itself: an export that exists has its files.
pub fn write_beside(
    ctx: &Context,
    diary: &DiaryService,
    out: &std::path::Path,
    with_location: bool,
    force: bool,
) -> Result<(), CliError> {
    let folder = out.parent().unwrap_or(std::path::Path::new(""));
    for exported in diary.export_attachment_files(with_location)? {
        let Some(file) = exported.file else { continue };
        let path = folder.join(&file);
        if let Some(dir) = path.parent() {
            werkmaat_ffi::create_data_dir(dir.display().to_string())?;
        }
        let bytes = diary.attachment_bytes(exported.id, with_location)?;
        // The name is the file's own hash: one already there with that name is the same file.
        if force || path.symlink_metadata().is_err() {
            files::write_output(ctx, &path, &bytes, force)?;
        }
    }
    Ok(())
}

fn listed(a: &Attachment) -> Listed<'_> {
    Listed {
        id: &a.id,
        entry_id: &a.entry_id,
        kind: a.kind.code(),
        sha256: &a.sha256,
        bytes: a.bytes,
        added_at: rfc3339(a.added_at),
    }
}
