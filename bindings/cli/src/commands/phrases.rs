use crate::{
    context::Context,
    json, output,
    output::{CliError, say},
};
use clap::ArgMatches;

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let guides = profile.guides();
    let result = match matches.subcommand() {
        Some(("show", sub)) => {
            let id = sub.get_one::<String>("id").cloned().unwrap_or_default();
            guides.phrase(id).map(|card| {
                output::print(ctx.json, &json::PhraseCard::from(&card), || {
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
            let value: Vec<_> = list.iter().map(json::PhraseSummary::from).collect();
            output::print(ctx.json, &value, || {
                for p in &list {
                    say!("{:<22}{}", p.id, p.title);
                }
            });
        }),
    };
    profile.shutdown();
    Ok(result?)
}
