use clap::ArgMatches;
use werkmaat_ffi::{Guide, TextArg, TextValue};

use crate::{
    context::Context,
    json, output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let guides = profile.guides();
    let arg =
        |name: &str| matches.subcommand().and_then(|(_, sub)| sub.get_one::<String>(name).cloned()).unwrap_or_default();
    let result = match matches.subcommand_name() {
        Some("list") => guides.list().map(|list| {
            let value: Vec<_> = list.iter().map(json::GuideSummary::from).collect();
            output::print(ctx.json, &value, || {
                for g in &list {
                    say!("{:<16}{}\n{:<16}{}", g.id, g.title, "", g.summary);
                }
            });
        }),
        Some("show") => guides.show(arg("id"), ctx.today()).map(|guide| show(ctx, &guide)),
        Some("search") => guides.search(arg("query")).map(|hits| {
            let value: Vec<_> = hits.iter().map(json::SearchHit::from).collect();
            output::print(ctx.json, &value, || {
                if hits.is_empty() {
                    say!("{}", ctx.text("guides-no-results"));
                }
                for h in &hits {
                    say!("{} ({})\n    {}", h.title, h.id, h.snippet);
                }
            });
        }),
        _ => guides.speech(arg("id"), ctx.today()).map(|segments| {
            let value: Vec<_> = segments.iter().map(json::SpeechSegment::from).collect();
            output::print(ctx.json, &value, || {
                for s in &segments {
                    say!("[{}] {}", s.language, s.text);
                }
            });
        }),
    };
    profile.shutdown();
    Ok(result?)
}

fn show(ctx: &Context, guide: &Guide) {
    output::print(ctx.json, &json::Guide::from(guide), || {
        let text = |id: &str, args: Vec<(&str, &str)>| {
            let args = args
                .into_iter()
                .map(|(name, value)| TextArg {
                    name: name.to_owned(),
                    value: TextValue::Text { value: value.to_owned() },
                })
                .collect();
            ctx.localizer.text(id.to_owned(), args)
        };
        say!("== {} ==\n{}\n", guide.title, guide.summary);
        for stale in &guide.stale_facts {
            let until = ctx.localizer.date(stale.valid_until);
            say!("! {}\n", text("guides-stale", vec![("date", &until), ("source", &stale.source.title)]));
        }
        for section in &guide.sections {
            say!("## {}\n{}\n", section.heading, section.body);
        }
        say!("{}:", ctx.text("guides-sources"));
        for s in &guide.sources {
            match &s.original_title {
                Some(original) => say!("- {} ({original}) <{}>", s.title, s.url),
                None => say!("- {} <{}>", s.title, s.url),
            }
        }
        say!("{}", ctx.date_text("guides-verified", guide.verified_on));
    });
}
