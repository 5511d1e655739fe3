//! `werkmaat diary share --to RECIPIENT... --out FILE [--with-location]`: the diary for an
//! adviser, in one age-encrypted file only the recipients can open (`age -d -i KEY FILE`).

use std::path::PathBuf;

use clap::ArgMatches;
use serde::Serialize;
use werkmaat_ffi::{ShareRecipient, Werkmaat};

use crate::{
    context::Context,
    files,
    output::{self, CliError, say},
};

/// `--json`: the file, each recipient as given and resolved, and what went in.
#[derive(Serialize)]
struct Shared {
    file: String,
    recipients: Vec<Recipient>,
    entries: u64,
    attachments: u64,
    /// HEIC photos left out: shared without location, they cannot lose it.
    left_out: u64,
}

/// A recipient: what was typed after `--to`, the organisation it named (id and name in the
/// user's language; `null` for a typed key) and the age key the file is encrypted to.
#[derive(Serialize)]
struct Recipient {
    given: String,
    organisation: Option<String>,
    name: Option<String>,
    age_key: String,
}

impl From<ShareRecipient> for Recipient {
    fn from(r: ShareRecipient) -> Self {
        Recipient { given: r.given, organisation: r.organisation, name: r.name, age_key: r.age_key }
    }
}

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
    let value = Shared {
        file: file.clone(),
        recipients: summary.recipients.iter().cloned().map(Into::into).collect(),
        entries: summary.entries,
        attachments: summary.attachments,
        left_out: summary.left_out,
    };
    output::print(ctx.json, &value, || {
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
