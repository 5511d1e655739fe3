use clap::ArgMatches;
use serde_json::json;

use crate::{
    context::Context,
    output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let guides = profile.guides();
    let result = match matches.subcommand() {
        Some(("show", sub)) => {
            let id = sub.get_one::<String>("id").cloned().unwrap_or_default();
            guides.phrase(id).map(|card| {
                let value = json!({
                    "id": card.id,
                    "title": card.title,
                    "user": {"locale": card.user.locale, "text": card.user.text},
                    "nl": {"locale": card.nl.locale, "text": card.nl.text},
                });
                output::print(ctx.json, value, || {
                    say!(
                        "== {} ==\n\n{}\n\n{}:\n{}",
                        card.title,
                        card.user.text,
                        ctx.text("phrases-dutch"),
                        card.nl.text
                    );
                });
            })
        }
        _ => guides.phrases().map(|list| {
            let value = json!(
                list.iter().map(|p| json!({"id": p.id, "title": p.title, "context": p.context})).collect::<Vec<_>>()
            );
            output::print(ctx.json, value, || {
                for p in &list {
                    say!("{:<22}{}", p.id, p.title);
                }
            });
        }),
    };
    profile.shutdown();
    Ok(result?)
}
