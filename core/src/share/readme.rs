//! `README.txt` of a share: what each file is and how to check it, in the user's language and
//! then in English (an adviser may read neither Ukrainian nor Dutch), plain text so any tool
//! shows it.

use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;

use super::archive::MANIFEST;
use crate::l10n::Localizer;

pub const README: &str = "README.txt";
pub const EXPORT: &str = "diary.json";
pub const REPORT: &str = "report.html";
pub const ATTACHMENTS: &str = "attachments/";

/// What the README says about the attachments.
pub struct AttachmentNote {
    pub count: usize,
    pub location_removed: bool,
    /// Some HEIC photos were left out (their location cannot be removed).
    pub left_out: bool,
}

/// The README in the user's language, and in English below it unless that is English.
pub fn text(
    user: &Localizer,
    english: &Localizer,
    head: &str,
    made_at: DateTime<Utc>,
    attachments: &AttachmentNote,
) -> String {
    let mut out = section(user, head, made_at, attachments);
    if english.locale() != user.locale() {
        out.push_str("\n----------------------------------------------------------------\n\n");
        out.push_str(&section(english, head, made_at, attachments));
    }
    out
}

fn section(l: &Localizer, head: &str, made_at: DateTime<Utc>, attachments: &AttachmentNote) -> String {
    let with = |pairs: &[(&'static str, String)]| -> FluentArgs<'static> {
        pairs.iter().map(|(name, value)| (*name, fluent_bundle::FluentValue::from(value.clone()))).collect()
    };
    let say = |id: &str, pairs: &[(&'static str, String)]| l.format(id, Some(&with(pairs)));
    let mut lines = vec![
        l.text("share-readme-title"),
        say("share-readme-made", &[("date", made_at.format("%Y-%m-%d").to_string())]),
        String::new(),
        l.text("share-readme-files"),
        format!("- {}", say("share-readme-export", &[("file", EXPORT.to_owned())])),
        format!("- {}", say("share-readme-report", &[("file", REPORT.to_owned())])),
    ];
    if attachments.count > 0 {
        lines.push(format!("- {}", say("share-readme-attachments", &[("folder", ATTACHMENTS.to_owned())])));
        let location =
            if attachments.location_removed { "share-readme-location-removed" } else { "share-readme-location-kept" };
        lines.push(format!("  {}", say(location, &[("manifest", MANIFEST.to_owned())])));
    }
    if attachments.left_out {
        lines.push(format!("- {}", say("share-readme-left-out", &[("manifest", MANIFEST.to_owned())])));
    }
    lines.push(format!("- {}", say("share-readme-manifest", &[("file", MANIFEST.to_owned())])));
    lines.push(String::new());
    lines.push(say("share-readme-verify", &[("file", EXPORT.to_owned()), ("head", head.to_owned())]));
    lines.push(say("share-readme-check-files", &[("manifest", MANIFEST.to_owned())]));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
