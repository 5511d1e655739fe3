use clap::ArgMatches;
use werkmaat_ffi::{ChecklistItem, ItemStatus};

use crate::{
    context::Context,
    json, output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let checklist = profile.checklist();
    let result = match matches.subcommand() {
        Some(("questions", _)) => checklist.questions().map(|questions| {
            let value: Vec<_> = questions.iter().map(json::Question::from).collect();
            output::print(ctx.json, &value, || {
                for q in &questions {
                    let answer = q.answer.as_deref().map(|a| format!(" = {a}")).unwrap_or_default();
                    say!("{} ({}){answer}\n    {}", q.id, q.kind, q.text);
                    for o in &q.options {
                        say!("      {:<14}{}", o.id, o.text);
                    }
                }
            });
        }),
        Some(("answer", sub)) => {
            let get = |name: &str| sub.get_one::<String>(name).cloned().unwrap_or_default();
            checklist.answer(get("question"), get("value"), ctx.today()).map(|changes| {
                let value = json::Changes { changes: changes.iter().map(Into::into).collect() };
                output::print(ctx.json, &value, || {
                    say!("{}", ctx.text("checklist-saved"));
                    changes.iter().for_each(|c| say!("- {}", c.explanation));
                });
            })
        }
        Some(("done", sub)) => {
            let item = sub.get_one::<String>("item").cloned().unwrap_or_default();
            checklist.mark_done(item, ctx.today()).map(|items| show(ctx, &items))
        }
        Some(("reset", _)) => checklist.reset().map(|()| {
            output::print(ctx.json, &json::Reset { reset: true }, || say!("{}", ctx.text("checklist-reset-done")));
        }),
        _ => checklist.items(ctx.today()).map(|items| show(ctx, &items)),
    };
    profile.shutdown();
    Ok(result?)
}

pub fn show(ctx: &Context, items: &[ChecklistItem]) {
    output::print(ctx.json, &json::Items::from(items), || print_items(ctx, items));
}

pub fn print_items(ctx: &Context, items: &[ChecklistItem]) {
    if items.is_empty() {
        say!("{}", ctx.text("checklist-empty"));
    }
    for item in items {
        let mark = match item.status {
            ItemStatus::Todo => "[ ]",
            ItemStatus::Done => "[x]",
            ItemStatus::Overdue => "[!]",
        };
        say!("{mark} {} ({})", item.title, ctx.text(&format!("checklist-status-{}", json::status_name(item.status))));
        if let Some(deadline) = &item.deadline {
            say!("    {}", ctx.date_text("checklist-deadline", *deadline));
        }
        say!("    {}", item.text);
        say!("    {}", ctx.text("checklist-because"));
        for question in &item.because_text {
            say!("      - {question}");
        }
        let sources: Vec<_> = item.sources.iter().map(|s| s.title.as_str()).collect();
        if !sources.is_empty() {
            say!("    {}: {}", ctx.text("guides-sources"), sources.join("; "));
        }
    }
}
