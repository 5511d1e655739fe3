//! `werkmaat diary attach`, `diary attachments`, `diary attachment get|delete`: photos and
//! documents kept with diary entries, sealed in the profile and covered by the chain.

use std::{path::PathBuf, time::SystemTime};

use clap::{Arg, ArgAction, ArgMatches, Command, builder::PossibleValuesParser, value_parser};
use werkmaat_ffi::{AttachmentKind, DiaryService};

use crate::{
    context::Context,
    files, json, output,
    output::{CliError, say},
    witness_file,
};

/// The largest file read: one byte over the core's limit (20 MiB), so a larger file is refused
/// by the core with its message without reading all of it.
const READ_LIMIT: u64 = 20 * 1024 * 1024 + 1;

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
                .value_parser(PossibleValuesParser::new(AttachmentKind::ALL.iter().map(|k| k.id())))
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

fn text(sub: &ArgMatches, name: &str) -> String {
    sub.get_one::<String>(name).cloned().unwrap_or_default()
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
            let kind = AttachmentKind::from_id(&text(sub, "kind")).unwrap_or(AttachmentKind::Other);
            let a = diary.attach(text(sub, "entry"), bytes, kind, SystemTime::now())?;
            keep_witness(ctx, diary)?;
            output::print(ctx.json, &json::Attached::from(&a), || {
                say!("{}", ctx.text_with("diary-attached", &[("id", a.id.clone())]))
            });
        }
        ("attachments", _) => {
            let list = diary.attachments(sub.get_one::<String>("entry").cloned())?;
            let listed: Vec<json::ListedAttachment> = list.iter().map(Into::into).collect();
            output::print(ctx.json, &listed, || {
                if list.is_empty() {
                    say!("{}", ctx.text("diary-attachments-none"));
                }
                for a in &listed {
                    let kind = ctx.text(&format!("attachment-kind-{}", a.attached.kind));
                    let (id, bytes, entry) = (&a.attached.id, a.attached.bytes, &a.attached.entry_id);
                    say!("{id}  {kind:<12} {}  {bytes:>9}  {entry}", a.added_at);
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
            let saved =
                json::SavedAttachment { file: file.clone(), bytes: bytes.len(), location_removed: !with_location };
            output::print(ctx.json, &saved, || say!("{}", ctx.text_with(message, &[("file", file.clone())])));
        }
        ("attachment", Some(("delete", delete))) => {
            let deleted = diary.delete_attachment(text(delete, "id"), SystemTime::now())?;
            witness_file::store(&ctx.witness_path(), &deleted.witness)?;
            let value = json::Deleted { appended: (&deleted).into(), deleted: true };
            output::print(ctx.json, &value, || say!("{}", ctx.text("diary-attachment-deleted")));
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
