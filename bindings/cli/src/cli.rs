//! The command line, with every help text from Fluent in the user's language.

use clap::{Arg, ArgAction, Command, value_parser};
use werkmaat_ffi::Localizer;

pub fn command(l10n: &Localizer) -> Command {
    let t = |id: &str| l10n.text(id.to_owned(), Vec::new());
    let help = |command: Command| {
        command
            .disable_help_flag(true)
            .help_template(format!("{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}", t("cli-usage")))
            .next_help_heading(t("cli-options"))
            .subcommand_help_heading(t("cli-commands"))
            .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t("cli-opt-help")).global(true))
    };
    let flag =
        |name: &'static str, help_id: &str| Arg::new(name).long(name).action(ArgAction::SetTrue).help(t(help_id));
    let text = |name: &'static str, value: &'static str, help_id: &str| {
        Arg::new(name).long(name).value_name(value).help(t(help_id))
    };

    let details = help(Command::new("details").about(t("cli-cmd-details")))
        .subcommand_required(true)
        .subcommand(help(Command::new("show").about(t("cli-cmd-details-show"))))
        .subcommand(
            help(Command::new("set").about(t("cli-cmd-details-set")))
                .arg(text("name", "TEXT", "details-full-name"))
                .arg(text("birth-date", "YYYY-MM-DD", "details-date-of-birth"))
                .arg(text("bsn", "BSN", "details-bsn"))
                .arg(text("phone", "PHONE", "details-phone"))
                .arg(text("insurer", "TEXT", "details-insurer"))
                .arg(text("policy-number", "TEXT", "details-policy-number"))
                .arg(text("gp-name", "TEXT", "details-gp-name"))
                .arg(text("gp-phone", "PHONE", "details-gp-phone"))
                .arg(text("employer", "TEXT", "details-employer"))
                .arg(text("agency", "TEXT", "details-agency")),
        )
        .subcommand(help(Command::new("clear").about(t("cli-cmd-details-clear"))));

    let positional = |name: &'static str, value: &'static str, help_id: &str| {
        Arg::new(name).value_name(value).required(true).help(t(help_id))
    };
    let guides = help(Command::new("guides").about(t("cli-cmd-guides")))
        .subcommand_required(true)
        .subcommand(help(Command::new("list").about(t("cli-cmd-guides-list"))))
        .subcommand(help(Command::new("show").about(t("cli-cmd-guides-show"))).arg(positional(
            "id",
            "ID",
            "cli-arg-guide-id",
        )))
        .subcommand(help(Command::new("search").about(t("cli-cmd-guides-search"))).arg(positional(
            "query",
            "QUERY",
            "cli-arg-query",
        )))
        .subcommand(help(Command::new("speech").about(t("cli-cmd-guides-speech"))).arg(positional(
            "id",
            "ID",
            "cli-arg-guide-id",
        )));
    let phrases = help(Command::new("phrases").about(t("cli-cmd-phrases")))
        .subcommand_required(true)
        .subcommand(help(Command::new("list").about(t("cli-cmd-phrases-list"))))
        .subcommand(help(Command::new("show").about(t("cli-cmd-phrases-show"))).arg(positional(
            "id",
            "ID",
            "cli-arg-phrase-id",
        )));

    let checklist = help(Command::new("checklist").about(t("cli-cmd-checklist")))
        .subcommand_required(true)
        .subcommand(help(Command::new("questions").about(t("cli-cmd-checklist-questions"))))
        .subcommand(
            help(Command::new("answer").about(t("cli-cmd-checklist-answer")))
                .arg(positional("question", "QUESTION", "cli-arg-question"))
                .arg(positional("value", "VALUE", "cli-arg-value")),
        )
        .subcommand(help(Command::new("show").about(t("cli-cmd-checklist-show"))))
        .subcommand(help(Command::new("done").about(t("cli-cmd-checklist-done"))).arg(positional(
            "item",
            "ITEM",
            "cli-arg-item",
        )))
        .subcommand(help(Command::new("reset").about(t("cli-cmd-checklist-reset"))));

    // `--lat X --lon Y`, each requiring the other: where a care search starts, where an entry happened.
    let position = || {
        let coordinate = |name: &'static str, value: &'static str, other: &'static str, help_id: &str| {
            Arg::new(name)
                .long(name)
                .value_name(value)
                .allow_negative_numbers(true)
                .value_parser(value_parser!(f64))
                .requires(other)
                .help(t(help_id))
        };
        [coordinate("lat", "X", "lon", "cli-opt-lat"), coordinate("lon", "Y", "lat", "cli-opt-lon")]
    };
    let origin = |command: Command| {
        command
            .args(position())
            .arg(
                Arg::new("postcode")
                    .long("postcode")
                    .value_name("CODE")
                    .conflicts_with_all(["lat", "lon"])
                    .help(t("cli-opt-postcode")),
            )
            .group(clap::ArgGroup::new("origin").args(["lat", "postcode"]).required(true))
    };
    let limit = |default: &'static str| {
        Arg::new("limit")
            .long("limit")
            .value_name("N")
            .value_parser(value_parser!(u32))
            .default_value(default)
            .help(t("cli-opt-limit"))
    };
    let care = help(Command::new("care").about(t("cli-cmd-care")))
        .subcommand_required(true)
        .subcommand(
            origin(help(Command::new("nearest").about(t("cli-cmd-care-nearest"))))
                // The kinds are the core's (`PlaceKind`), which refuses any other in the user's language.
                .arg(text("kind", "KIND", "cli-opt-kind"))
                .arg(limit("5"))
                .arg(Arg::new("at").long("at").value_name("RFC3339").help(t("cli-opt-at")))
                .arg(flag("open-now", "cli-opt-open-now")),
        )
        .subcommand(
            help(Command::new("search").about(t("cli-cmd-care-search")))
                .arg(positional("text", "TEXT", "cli-arg-query"))
                .arg(limit("20")),
        )
        .subcommand(
            origin(help(Command::new("now").about(t("cli-cmd-care-now"))))
                .arg(Arg::new("at").long("at").value_name("RFC3339").help(t("cli-opt-at")))
                .arg(flag("urgent", "cli-opt-urgent")),
        )
        .subcommand(
            help(Command::new("overpass-query").about(t("cli-cmd-care-overpass"))).arg(
                Arg::new("bbox")
                    .long("bbox")
                    .value_name("S,W,N,E")
                    .required(true)
                    .allow_hyphen_values(true)
                    .help(t("cli-opt-bbox")),
            ),
        )
        .subcommand(
            help(Command::new("import-osm").about(t("cli-cmd-care-import"))).arg(
                Arg::new("file")
                    .value_name("FILE")
                    .required(true)
                    .value_parser(value_parser!(std::path::PathBuf))
                    .help(t("cli-arg-file")),
            ),
        );

    let path_arg = |name: &'static str, long: bool, help_id: &str| {
        let arg = Arg::new(name)
            .value_name("FILE")
            .required(true)
            .value_parser(value_parser!(std::path::PathBuf))
            .help(t(help_id));
        if long { arg.long(name) } else { arg }
    };
    let pack_version = || {
        Arg::new("version")
            .long("version")
            .value_name("N")
            .required(true)
            .value_parser(value_parser!(u64))
            .help(t("cli-opt-pack-version"))
    };
    let pack = help(Command::new("pack").about(t("cli-cmd-pack")))
        .subcommand_required(true)
        .subcommand(
            help(Command::new("keygen").about(t("cli-cmd-pack-keygen")))
                .arg(path_arg("out", true, "cli-opt-out"))
                .arg(flag("force", "cli-opt-force")),
        )
        .subcommand(
            help(Command::new("build").about(t("cli-cmd-pack-build")))
                .arg(path_arg("out", true, "cli-opt-out"))
                .arg(path_arg("key", true, "cli-opt-pack-key"))
                .arg(flag("force", "cli-opt-force"))
                .arg(pack_version())
                .arg(Arg::new("parts").long("parts").value_name("PART,...").help(t("cli-opt-pack-parts")))
                .arg(
                    Arg::new("from")
                        .long("from")
                        .value_name("DIR")
                        .value_parser(value_parser!(std::path::PathBuf))
                        .help(t("cli-opt-pack-from")),
                ),
        )
        .subcommand(
            help(Command::new("places").about(t("cli-cmd-pack-places")))
                .arg(path_arg("from-osm", true, "cli-opt-pack-from-osm"))
                .arg(path_arg("out", true, "cli-opt-out"))
                .arg(path_arg("key", true, "cli-opt-pack-key"))
                .arg(flag("force", "cli-opt-force"))
                .arg(pack_version()),
        )
        .subcommand(
            help(Command::new("verify").about(t("cli-cmd-pack-verify")))
                .arg(path_arg("file", false, "cli-arg-file"))
                .arg(
                    Arg::new("public-key")
                        .long("public-key")
                        .value_name("KEY")
                        .required(true)
                        .help(t("cli-opt-public-key")),
                ),
        )
        .subcommand(help(Command::new("install").about(t("cli-cmd-pack-install"))).arg(path_arg(
            "file",
            false,
            "cli-arg-file",
        )))
        .subcommand(help(Command::new("rollback").about(t("cli-cmd-pack-rollback"))));

    let entry_flags = |command: Command| {
        command
            .arg(text("symptom", "CODE", "cli-opt-symptom"))
            .arg(
                Arg::new("body-part")
                    .long("body-part")
                    .value_name("CODE")
                    .action(ArgAction::Append)
                    .help(t("cli-opt-body-part")),
            )
            .arg(
                Arg::new("severity")
                    .long("severity")
                    .value_name("N")
                    .value_parser(value_parser!(u8))
                    .help(t("cli-opt-severity")),
            )
            .arg(text("at", "RFC3339", "cli-opt-at-time"))
            .arg(text("note", "TEXT", "cli-opt-note"))
            .arg(flag("work-related", "cli-opt-work-related"))
            .arg(text("description", "TEXT", "cli-opt-description"))
            .arg(text("place", "TEXT", "cli-opt-place"))
            .arg(text("task", "TEXT", "cli-opt-task"))
            .arg(text("machine", "TEXT", "cli-opt-machine"))
            .arg(text("witness", "NAME", "cli-opt-witness").action(ArgAction::Append))
            .arg(text("reported-to", "WHO[@RFC3339]", "cli-opt-reported-to").action(ArgAction::Append))
            .arg(text("start", "RFC3339", "cli-opt-start"))
            .arg(text("end", "RFC3339", "cli-opt-end"))
            .arg(
                Arg::new("break-minutes")
                    .long("break-minutes")
                    .value_name("N")
                    .value_parser(value_parser!(u32))
                    .help(t("cli-opt-break-minutes")),
            )
            .arg(text("with", "WHO", "cli-opt-care-with"))
            .args(position())
    };
    let diary = help(Command::new("diary").about(t("cli-cmd-diary")))
        .subcommand_required(true)
        .subcommands(crate::commands::attachments::commands(&t, &help))
        .subcommand(help(Command::new("vocab").about(t("cli-cmd-diary-vocab"))))
        .subcommand(
            help(Command::new("add").about(t("cli-cmd-diary-add")))
                .subcommand_required(true)
                .subcommand(entry_flags(help(Command::new("symptom").about(t("cli-cmd-diary-add")))))
                .subcommand(entry_flags(help(Command::new("incident").about(t("cli-cmd-diary-add")))))
                .subcommand(entry_flags(help(Command::new("shift").about(t("cli-cmd-diary-add")))))
                .subcommand(entry_flags(help(Command::new("care").about(t("cli-cmd-diary-add"))))),
        )
        .subcommand(
            help(Command::new("list").about(t("cli-cmd-diary-list")))
                .arg(text("from", "YYYY-MM-DD", "cli-opt-from"))
                .arg(text("to", "YYYY-MM-DD", "cli-opt-to"))
                .arg(text("kind", "KIND", "cli-opt-kind-entry"))
                .arg(
                    Arg::new("limit")
                        .long("limit")
                        .value_name("N")
                        .value_parser(value_parser!(u32))
                        .help(t("cli-opt-limit-entries")),
                ),
        )
        .subcommand(help(Command::new("get").about(t("cli-cmd-diary-get"))).arg(positional(
            "id",
            "ID",
            "cli-arg-entry",
        )))
        .subcommand(entry_flags(help(Command::new("correct").about(t("cli-cmd-diary-correct")))).arg(positional(
            "id",
            "ID",
            "cli-arg-entry",
        )))
        .subcommand(help(Command::new("delete").about(t("cli-cmd-diary-delete"))).arg(positional(
            "id",
            "ID",
            "cli-arg-entry",
        )))
        .subcommand(help(Command::new("hours").about(t("cli-cmd-diary-hours"))))
        .subcommand(
            help(Command::new("verify").about(t("cli-cmd-diary-verify")))
                .arg(
                    Arg::new("export")
                        .long("export")
                        .value_name("FILE")
                        .value_parser(value_parser!(std::path::PathBuf))
                        .help(t("cli-opt-export-file")),
                )
                .arg(
                    Arg::new("tsa-cert")
                        .long("tsa-cert")
                        .value_name("PEM")
                        .value_parser(value_parser!(std::path::PathBuf))
                        .help(t("cli-opt-tsa-cert-verify")),
                ),
        )
        .subcommand(
            help(Command::new("anchor").about(t("cli-cmd-diary-anchor")))
                .subcommand_required(true)
                .subcommand(
                    help(Command::new("request").about(t("cli-cmd-diary-anchor-request")))
                        .arg(path_arg("out", true, "cli-opt-anchor-out"))
                        .arg(flag("force", "cli-opt-force")),
                )
                .subcommand(
                    help(Command::new("add").about(t("cli-cmd-diary-anchor-add")))
                        .arg(path_arg("response", false, "cli-arg-anchor-response"))
                        .arg(path_arg("tsa-cert", true, "cli-opt-tsa-cert").value_name("PEM")),
                ),
        )
        .subcommand(
            help(Command::new("backup").about(t("cli-cmd-diary-backup")))
                .arg(path_arg("out", true, "cli-opt-out"))
                .arg(path_arg("passphrase-file", true, "cli-opt-passphrase-file"))
                .arg(flag("force", "cli-opt-force")),
        )
        .subcommand(
            help(Command::new("restore").about(t("cli-cmd-diary-restore")))
                .arg(path_arg("file", false, "cli-arg-file"))
                .arg(path_arg("passphrase-file", true, "cli-opt-passphrase-file")),
        )
        .subcommand(
            help(Command::new("share").about(t("cli-cmd-diary-share")))
                .arg(text("to", "RECIPIENT", "cli-opt-share-to").required(true).action(ArgAction::Append))
                .arg(path_arg("out", true, "cli-opt-share-out"))
                .arg(flag("with-location", "cli-opt-share-with-location"))
                .arg(flag("force", "cli-opt-force")),
        )
        .subcommand(
            help(Command::new("export").about(t("cli-cmd-diary-export")))
                .arg(Arg::new("format").long("format").value_name("FORMAT").required(true).help(t("cli-opt-format")))
                .arg(
                    Arg::new("out")
                        .long("out")
                        .value_name("FILE")
                        .required(true)
                        .value_parser(value_parser!(std::path::PathBuf))
                        .help(t("cli-opt-out")),
                )
                .arg(flag("with-location", "cli-opt-with-location"))
                .arg(flag("force", "cli-opt-force"))
                .arg(text("doctor-locale", "CODE", "cli-opt-doctor-locale"))
                .arg(text("identity", "FIELDS", "cli-opt-identity")),
        );

    help(Command::new("werkmaat"))
        .about(t("cli-about"))
        .version(werkmaat_ffi::core_version())
        .disable_version_flag(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(t("cli-opt-version")))
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .value_name("DIR")
                .value_parser(value_parser!(std::path::PathBuf))
                .global(true)
                .help(t("cli-opt-data-dir")),
        )
        .arg(Arg::new("locale").long("locale").value_name("CODES").global(true).help(t("cli-opt-locale")))
        .arg(flag("json", "cli-opt-json").global(true))
        .arg(Arg::new("today").long("today").value_name("YYYY-MM-DD").global(true).help(t("cli-opt-today")))
        .arg(
            Arg::new("key-file")
                .long("key-file")
                .value_name("FILE")
                .value_parser(value_parser!(std::path::PathBuf))
                .global(true)
                .help(t("cli-opt-key-file")),
        )
        .subcommand(help(Command::new("info").about(t("cli-cmd-info"))).arg(flag("acknowledge", "cli-opt-acknowledge")))
        .subcommand(help(Command::new("locales").about(t("cli-cmd-locales"))))
        .subcommand(help(Command::new("tour").about(t("cli-cmd-tour"))))
        .subcommand(care)
        .subcommand(diary)
        .subcommand(pack)
        .subcommand(checklist)
        .subcommand(guides)
        .subcommand(phrases)
        .subcommand(details)
        .subcommand(help(Command::new("wipe").about(t("cli-cmd-wipe"))).arg(flag("yes", "cli-opt-yes")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_every_language() {
        for info in werkmaat_ffi::supported_locales() {
            command(&Localizer::new(vec![info.code])).debug_assert();
        }
    }
}
