//! Attachments beside an export (`docs/diary-format.md`, "Attachment files"): the export lists
//! each live attachment's file as `attachments/<sha256 of the file>.<ext>`, relative to the
//! export's folder, and a receiver checks those files against the chain. A copy without its
//! location is not the original the chain recorded, so the list states the copy's own hash and
//! that the location was removed; a HEIC without `include_location` is listed without a file.

use std::{fs, io, path::Path};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Attachment, DIR};
use crate::{
    Result,
    diary::{Diary, Export, Problem, Reason, Revision},
};

/// One attachment as an export lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedFile {
    /// The attachment's id (the `entry_id` of the revision that attached it).
    pub id: String,
    /// The file, relative to the export's folder; `None` when it is not included (a HEIC,
    /// whose location cannot be removed, in an export without positions).
    pub file: Option<String>,
    /// SHA-256 of that file's bytes: the chain's `sha256` unless the location was removed.
    pub file_sha256: Option<String>,
    /// True when the file is a copy with the location removed (its hash is then its own).
    #[serde(default)]
    pub location_removed: bool,
}

/// Where an export (or a share) puts the file of `attachment` whose bytes hash to `sha256`.
pub fn file_name(sha256: &str, attachment: &Attachment) -> String {
    format!("{DIR}/{sha256}.{}", attachment.media_type.extension())
}

impl Diary {
    /// The files an export of the live attachments holds: originals with `include_location`
    /// (and PDFs, which carry no position), otherwise copies without the location.
    pub fn exported_files(&self, include_location: bool) -> Result<Vec<ExportedFile>> {
        let mut listed = Vec::new();
        for attachment in self.attachments(None)? {
            let (file, file_sha256, location_removed) =
                if include_location || attachment.media_type == super::MediaType::Pdf {
                    (Some(file_name(&attachment.sha256, &attachment)), Some(attachment.sha256.clone()), false)
                } else if attachment.media_type.location_removable() {
                    let copy = self.attachment_bytes(&attachment.id, false)?;
                    let sha256 = hex::encode(Sha256::digest(&copy));
                    (Some(file_name(&sha256, &attachment)), Some(sha256), true)
                } else {
                    (None, None, false)
                };
            listed.push(ExportedFile { id: attachment.id, file, file_sha256, location_removed });
        }
        Ok(listed)
    }
}

/// SHA-256 of a file, read in pieces.
fn file_sha256(path: &Path) -> io::Result<String> {
    let mut hasher = Sha256::new();
    io::copy(&mut fs::File::open(path)?, &mut hasher)?;
    Ok(hex::encode(hasher.finalize()))
}

/// The problems of the attachment files an export lists, found in `folder` (the export's own):
/// `attachment_missing` when a listed file is not there, `attachment_changed` when its bytes are
/// not the hash listed, or, for an original, not the hash the chain recorded. Each at the seq of
/// the revision that attached it; an attachment listed without a file is not checked.
pub fn check_files(export: &Export, folder: &Path) -> Vec<Problem> {
    let live: Vec<(&Revision, Attachment)> =
        export.revisions.iter().filter_map(|r| Some((r, Attachment::of(r)?))).collect();
    let mut problems = Vec::new();
    for listed in &export.attachments {
        let (Some(file), Some((revision, attachment))) = (&listed.file, live.iter().find(|(_, a)| a.id == listed.id))
        else {
            continue;
        };
        // Only plain names below the folder: a listed `../x` or absolute path is a changed list.
        let safe = file.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
        let reason = match file_sha256(&folder.join(file)) {
            _ if !safe => Some(Reason::AttachmentChanged),
            Err(_) => Some(Reason::AttachmentMissing),
            Ok(sha256) => {
                let stated = listed.file_sha256.as_deref() == Some(sha256.as_str());
                let original = listed.location_removed || sha256 == attachment.sha256;
                (!(stated && original)).then_some(Reason::AttachmentChanged)
            }
        };
        problems.extend(reason.map(|reason| Problem { seq: revision.seq, reason }));
    }
    problems
}
