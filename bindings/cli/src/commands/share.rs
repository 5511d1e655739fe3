//! `werkmaat diary share --to RECIPIENT... --out FILE [--with-location]`: the diary for an
//! adviser, in one age-encrypted file only the recipients can open (`age -d -i KEY FILE`).

use std::path::PathBuf;

use clap::ArgMatches;
use werkmaat_ffi::Werkmaat;

use crate::{
    context::Context,
    files, json,
    output::{self, CliError, say},
};

pub fn run(ctx: &Context, profile: &Werkmaat, sub: &ArgMatches) -> Result<(), CliError> {
    let to: Vec<String> = sub.get_many::<String>("to").map(|v| v.cloned().collect()).unwrap_or_default();
    let out = sub.get_one::<PathBuf>("out").cloned().unwrap_or_default();
    let force = sub.get_flag("force");
    let share = profile.share();
    // A bad recipient is told before the output file is looked at.
    share.resolve(to.clone())?;
    let now = std::time::SystemTime::now();
    let summary = files::written_by_ffi(ctx, &out, force, || {
        share.write(out.display().to_string(), to, sub.get_flag("with-location"), force, now, None)
    })?;
    let file = out.display().to_string();
    output::print(ctx.json, &json::Shared::new(file.clone(), &summary), || {
        say!("{}", ctx.text_with("diary-shared", &[("file", file.clone())]));
        let counts = [("entries", summary.entries.to_string()), ("attachments", summary.attachments.to_string())];
        say!("{}", ctx.text_with("diary-shared-counts", &counts));
        if summary.left_out > 0 {
            say!("{}", ctx.text_with("diary-shared-left-out", &[("count", summary.left_out.to_string())]));
        }
        say!("{}", ctx.text("diary-shared-to"));
        for r in &summary.recipients {
            match &r.name {
                Some(name) => say!("  {name} ({})", r.age_key),
                None => say!("  {}", r.age_key),
            }
        }
    });
    Ok(())
}
