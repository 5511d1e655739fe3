//! One module per command.

pub(crate) mod attachments;
mod care;
mod checklist;
mod details;
mod diary;
mod guides;
mod info;
mod locales;
mod pack;
mod phrases;
mod share;
mod tour;
mod wipe;

use clap::ArgMatches;

use crate::{context::Context, output::CliError};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    match matches.subcommand() {
        Some(("info", sub)) => info::run(ctx, sub.get_flag("acknowledge")),
        Some(("locales", _)) => locales::run(ctx),
        Some(("tour", _)) => tour::run(ctx),
        Some(("details", sub)) => details::run(ctx, sub),
        Some(("checklist", sub)) => checklist::run(ctx, sub),
        Some(("care", sub)) => care::run(ctx, sub),
        Some(("diary", sub)) => diary::run(ctx, sub),
        Some(("pack", sub)) => pack::run(ctx, sub),
        Some(("guides", sub)) => guides::run(ctx, sub),
        Some(("phrases", sub)) => phrases::run(ctx, sub),
        Some(("wipe", sub)) => wipe::run(ctx, sub.get_flag("yes")),
        // clap requires a subcommand and knows only these.
        _ => Err(CliError::Invalid { field: "command", message: "invalid-usage" }),
    }
}
