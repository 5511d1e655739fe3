//! Sharing the diary with an adviser across the FFI: one age-encrypted file (see the core's
//! `share` module). On a phone the shell passes a path in its cache folder, then hands the file
//! to the system's share sheet; the library writes it whole or not at all.

use std::{sync::Arc, time::SystemTime};

use werkmaat_core::{self as core, files::Existing};

use crate::{
    error::{ApiResult, Localized, without_profile},
    progress::{Listener, ProgressListener},
};

/// An organisation a diary can be shared with, from the content, for a picker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareOrganisation {
    /// What `write` takes in `to`.
    pub id: String,
    /// In the user's language.
    pub name: String,
    pub age_key: String,
    /// Where the organisation publishes its key, and the day it was checked there (`YYYY-MM-DD`).
    pub source: String,
    pub verified_on: String,
}

/// A recipient as resolved: what was given, the organisation it named (id and name in the user's
/// language) or none for a typed key, and the age key the file is encrypted to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareRecipient {
    pub given: String,
    pub organisation: Option<String>,
    pub name: Option<String>,
    pub age_key: String,
}

impl From<core::share::Recipient> for ShareRecipient {
    fn from(r: core::share::Recipient) -> Self {
        ShareRecipient { given: r.given, organisation: r.organisation, name: r.name, age_key: r.age_key }
    }
}

/// What a share wrote: the file, to whom, how many entries and attachments, its size in bytes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareSummary {
    pub file: String,
    pub recipients: Vec<ShareRecipient>,
    pub entries: u64,
    pub attachments: u64,
    /// HEIC photos left out because their location cannot be removed (share `with_location` to
    /// include them); the archive's manifest names them.
    pub left_out: u64,
    pub bytes: u64,
}

/// A file name for a new share that says nothing of its content: `werkmaat-<random>.age`.
#[uniffi::export]
pub fn share_file_name() -> ApiResult<String> {
    without_profile(core::share::suggested_file_name())
}

#[derive(uniffi::Object)]
pub struct ShareService {
    profile: Arc<core::Werkmaat>,
}

impl ShareService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        ShareService { profile }
    }
}

#[uniffi::export]
impl ShareService {
    /// The organisations of the content (none in the bundled content: a signed pack adds them).
    pub fn organisations(&self) -> Vec<ShareOrganisation> {
        self.profile
            .share()
            .organisations()
            .into_iter()
            .map(|o| ShareOrganisation {
                id: o.id,
                name: o.name,
                age_key: o.age_key,
                source: o.source,
                verified_on: o.verified_on.to_string(),
            })
            .collect()
    }

    /// Checks what the user typed or picked (`age1…` keys, organisation ids) before sharing; a
    /// bad one is `InvalidInput` on the field `to`.
    pub fn resolve(&self, to: Vec<String>) -> ApiResult<Vec<ShareRecipient>> {
        Ok(self.profile.api(self.profile.share().resolve(&to))?.into_iter().map(Into::into).collect())
    }

    /// Writes the share to `out_path`: the diary's verifiable export, the report for the doctor
    /// and the attachments, in one tar archive encrypted to every recipient in `to` (age X25519).
    /// Location data stays out unless `with_location`. With `replace` false an existing file is
    /// kept (`InvalidInput` on `file`). `now` is the phone's clock.
    pub fn write(
        &self,
        out_path: String,
        to: Vec<String>,
        with_location: bool,
        replace: bool,
        now: SystemTime,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> ApiResult<ShareSummary> {
        let now = chrono::DateTime::<chrono::Utc>::from(now);
        let existing = if replace { Existing::Replace } else { Existing::Keep };
        let share = self.profile.share();
        let shared =
            self.profile.api(share.write(out_path.as_ref(), existing, &to, with_location, now, &Listener(progress)))?;
        Ok(ShareSummary {
            file: out_path,
            recipients: shared.recipients.into_iter().map(Into::into).collect(),
            entries: shared.entries as u64,
            attachments: shared.attachments as u64,
            left_out: shared.left_out as u64,
            bytes: shared.bytes,
        })
    }
}
