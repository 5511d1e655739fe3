//! Photos and documents attached to diary entries (`werkmaat_core::diary::attachments`): the
//! shell passes the bytes, the core seals them in the profile and records them in the chain.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use werkmaat_core::diary as d;

use crate::{
    diary::{DiaryAppended, DiaryService},
    error::{ApiResult, Localized},
};

pub use werkmaat_core::diary::AttachmentKind;

/// What an attachment shows (the core's type).
#[uniffi::remote(Enum)]
pub enum AttachmentKind {
    Photo,
    Payslip,
    Contract,
    Housing,
    Other,
}

/// An attached photo or document: the entry it belongs to, its kind, media type
/// (`image/jpeg`, `image/png`, `image/heic`, `application/pdf`), size, the SHA-256 of the
/// original bytes (what the chain records) and when it was added (the phone's clock).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Attachment {
    pub id: String,
    pub entry_id: String,
    pub kind: AttachmentKind,
    pub media_type: String,
    pub bytes: u64,
    pub sha256: String,
    pub added_at: SystemTime,
}

impl From<d::Attachment> for Attachment {
    fn from(a: d::Attachment) -> Self {
        Attachment {
            id: a.id,
            entry_id: a.entry_id,
            kind: a.kind,
            media_type: a.media_type.as_str().to_owned(),
            bytes: a.bytes,
            sha256: a.sha256,
            added_at: a.added_at.into(),
        }
    }
}

#[uniffi::export]
impl DiaryService {
    /// Attaches a JPEG, PNG, HEIC or PDF (told from the bytes; up to 20 MiB) to the entry
    /// `entry_id`. Another format or a larger file is `InvalidInput` on `file`, and nothing is
    /// stored. `recorded_at`: the phone's clock.
    pub fn attach(
        &self,
        entry_id: String,
        bytes: Vec<u8>,
        kind: AttachmentKind,
        recorded_at: SystemTime,
    ) -> ApiResult<Attachment> {
        let recorded_at = DateTime::<Utc>::from(recorded_at);
        let attached = self.profile.diary().attach(&entry_id, &bytes, kind, recorded_at);
        self.profile.api(attached).map(|(attachment, _)| attachment.into())
    }

    /// The attachments, oldest first; only those of `entry_id` when given (`NotFound` when that
    /// entry does not exist).
    pub fn attachments(&self, entry_id: Option<String>) -> ApiResult<Vec<Attachment>> {
        let listed = self.profile.diary().attachments(entry_id.as_deref());
        self.profile.api(listed).map(|list| list.into_iter().map(Into::into).collect())
    }

    /// The bytes of an attachment to show or hand on. Without `with_location` the place where a
    /// photo was taken (Exif GPS, XMP) is removed; a HEIC, from which it cannot be removed, is
    /// then refused (`InvalidInput` on `with_location`). A file that was changed is `DamagedData`.
    pub fn attachment_bytes(&self, id: String, with_location: bool) -> ApiResult<Vec<u8>> {
        self.profile.api(self.profile.diary().attachment_bytes(&id, with_location))
    }

    /// Deletes an attachment: the chain keeps its hash in a tombstone, the file is removed.
    pub fn delete_attachment(&self, id: String, recorded_at: SystemTime) -> ApiResult<DiaryAppended> {
        let deleted = self.profile.diary().delete_attachment(&id, DateTime::<Utc>::from(recorded_at));
        self.profile.api(deleted).map(Into::into)
    }
}

/// One attachment file of an export, relative to the export's folder (`attachments/<sha256>.<ext>`):
/// `file` is `None` when it is not included (a HEIC without `with_location`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportedAttachment {
    pub id: String,
    pub file: Option<String>,
    pub location_removed: bool,
}

#[uniffi::export]
impl DiaryService {
    /// The attachment files that belong beside `export_json(with_location, …)`: write
    /// `attachment_bytes(id, with_location)` to each `file` under the export's folder.
    pub fn export_attachment_files(&self, with_location: bool) -> ApiResult<Vec<ExportedAttachment>> {
        let files = self.profile.api(self.profile.diary().exported_files(with_location))?;
        Ok(files
            .into_iter()
            .map(|f| ExportedAttachment { id: f.id, file: f.file, location_removed: f.location_removed })
            .collect())
    }
}

/// `verify_diary_export`, and the attachment files the export lists checked in `folder` (the
/// folder the export file is in): a listed file that is not there is `attachment_missing`, one
/// whose bytes are not those listed or recorded `attachment_changed`.
#[uniffi::export(default(trusted_tsa_pem = None))]
pub fn verify_diary_export_files(
    json: String,
    folder: String,
    trusted_tsa_pem: Option<String>,
) -> ApiResult<crate::DiaryVerification> {
    crate::error::without_profile((|| {
        let trusted = trusted_tsa_pem.as_deref().map(werkmaat_core::anchor::parse_pem_certificates).transpose()?;
        d::verify_export_with_files(&json, trusted.as_deref(), folder.as_ref())
    })())
    .map(Into::into)
}
