use clap::ArgMatches;
use serde_json::{Value, json};
use werkmaat_ffi::{Guide, SourceRef, TextArg, TextValue};

use crate::{
    context::Context,
    output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let guides = profile.guides();
    let arg =
        |name: &str| matches.subcommand().and_then(|(_, sub)| sub.get_one::<String>(name).cloned()).unwrap_or_default();
    let result = match matches.subcommand_name() {
        Some("list") => guides.list().map(|list| {
            let value = json!(
                list.iter().map(|g| json!({"id": g.id, "title": g.title, "summary": g.summary})).collect::<Vec<_>>()
            );
            output::print(ctx.json, value, || {
                for g in &list {
                    say!("{:<16}{}\n{:<16}{}", g.id, g.title, "", g.summary);
                }
            });
        }),
        Some("show") => guides.show(arg("id"), ctx.today()).map(|guide| show(ctx, &guide)),
        Some("search") => guides.search(arg("query")).map(|hits| {
            let value = json!(
                hits.iter().map(|h| json!({"id": h.id, "title": h.title, "snippet": h.snippet})).collect::<Vec<_>>()
            );
            output::print(ctx.json, value, || {
                if hits.is_empty() {
                    say!("{}", ctx.text("guides-no-results"));
                }
                for h in &hits {
                    say!("{} ({})\n    {}", h.title, h.id, h.snippet);
                }
            });
        }),
        _ => guides.speech(arg("id"), ctx.today()).map(|segments| {
            let value =
                json!(segments.iter().map(|s| json!({"language": s.language, "text": s.text})).collect::<Vec<_>>());
            output::print(ctx.json, value, || {
                for s in &segments {
                    say!("[{}] {}", s.language, s.text);
                }
            });
        }),
    };
    profile.shutdown();
    Ok(result?)
}

fn source(s: &SourceRef) -> Value {
    json!({"title": s.title, "original_title": s.original_title, "url": s.url})
}

fn show(ctx: &Context, guide: &Guide) {
    let value = json!({
        "id": guide.id,
        "title": guide.title,
        "summary": guide.summary,
        "locale": guide.locale,
        "sections": guide.sections.iter().map(|s| json!({"heading": s.heading, "body": s.body})).collect::<Vec<_>>(),
        "sources": guide.sources.iter().map(source).collect::<Vec<_>>(),
        "verified_on": guide.verified_on,
        "stale_facts": guide.stale_facts.iter().map(|f| json!({"id": f.id, "valid_until": f.valid_until, "source": source(&f.source)})).collect::<Vec<_>>(),
        "facts": guide.facts.iter().map(|f| json!({
            "id": f.id, "value": f.value, "valid_from": f.valid_from, "valid_until": f.valid_until,
            "verified_on": f.verified_on, "confidence": f.confidence, "source": source(&f.source),
            "phone_e164": f.phone_e164, "tel_uri": f.tel_uri, "paid_call": f.paid_call,
        })).collect::<Vec<_>>(),
        "dutch_terms": guide.dutch_terms,
    });
    output::print(ctx.json, value, || {
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
