//! Sharing the diary with an adviser (a union lawyer, FairWork, a bedrijfsarts): the verifiable
//! JSON export, the doctor's report and the attachments packed into one tar archive (`archive`)
//! with a README in the user's language and English (`readme`), encrypted with the age format to
//! one or more X25519 public keys (`recipients`, typed by the user or taken from the content's
//! organisations, `advisers`), so the adviser opens it with the standard `age` tool and no
//! account anywhere.
//!
//! The archive streams through the encryptor into the one safe file writer (`files::write_with`):
//! memory holds the export, the report and one buffer, never the archive; a share cut off at any
//! moment leaves no file, never a part of one. The archive is padded (`archive::padded_size`), and
//! the file name is the caller's, so neither says how much is inside.

pub mod advisers;
pub mod archive;
mod readme;
pub mod recipients;

use std::{io::Write, path::Path, sync::Arc};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

pub use self::{
    advisers::{Advisers, Organisation},
    archive::ManifestFile,
    recipients::Recipient,
};
use crate::{
    Error, InputProblem, Result,
    content::Content,
    diary::{
        Attachment, Diary, IdentityField, MediaType,
        attachments::export::{self, ExportedFile},
    },
    files::{self, Existing},
    l10n::Localizer,
    progress::{self, Progress},
};

/// The doctor's language of the report in a share: Dutch, as for `diary export --format html`.
const REPORT_LOCALE: &str = "nl";

/// What a share wrote: to whom, how many entries and attachments, and the file's size.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Shared {
    pub recipients: Vec<Recipient>,
    pub entries: usize,
    /// Attachments in the archive.
    pub attachments: usize,
    /// HEIC photos left out because their location cannot be removed (`MANIFEST.json` names them).
    pub left_out: usize,
    pub bytes: u64,
}

/// An organisation as a picker shows it: its name in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OrganisationView {
    pub id: String,
    pub name: String,
    pub age_key: String,
    pub source: String,
    pub verified_on: chrono::NaiveDate,
}

pub struct Share {
    diary: Diary,
    content: Arc<Content>,
    localizer: Localizer,
}

impl Share {
    pub(crate) fn new(diary: Diary, content: Arc<Content>, localizer: Localizer) -> Share {
        Share { diary, content, localizer }
    }

    /// The organisations of the content, named in the user's language.
    pub fn organisations(&self) -> Vec<OrganisationView> {
        self.content
            .advisers
            .organisations
            .iter()
            .map(|o| OrganisationView {
                id: o.id.clone(),
                name: o.name_in(&self.localizer),
                age_key: o.age_key.clone(),
                source: o.source.clone(),
                verified_on: o.verified_on,
            })
            .collect()
    }

    /// The recipients as given (`age1…` keys or organisation ids), resolved; see `recipients`.
    pub fn resolve(&self, given: &[String]) -> Result<Vec<Recipient>> {
        recipients::resolve(given, &self.content.advisers, &self.localizer)
    }

    /// Writes the share to `path` (see the module documentation): the export, the report and
    /// every live attachment, each read from its sealed file as it is packed (one in memory at a
    /// time). Without `with_location`, positions stay out of the export and location data out of
    /// the copies (`diary::without_location`); a HEIC, whose location cannot be removed, is then
    /// left out and named in the manifest. `progress` sees one step per attachment and can
    /// cancel; then nothing is written.
    pub fn write(
        &self,
        path: &Path,
        existing: Existing,
        given: &[String],
        with_location: bool,
        made_at: DateTime<Utc>,
        progress: &dyn Progress,
    ) -> Result<Shared> {
        let recipients = self.resolve(given)?;
        let keys = recipients::keys(&recipients)?;
        let (mut export, verification) = self.diary.verified_export_at(with_location, made_at, &progress::silent())?;
        let report = self.diary.report_html(REPORT_LOCALE, &IdentityField::DEFAULT, made_at, &progress::silent())?;
        let attachments = self.diary.attachments(None)?;
        let left_out = attachments.iter().filter(|a| !copied(a, with_location)).count();
        let english = Localizer::negotiate_in(self.localizer.locales(), &["en"]);
        let note = readme::AttachmentNote {
            count: attachments.len() - left_out,
            location_removed: !with_location,
            left_out: left_out > 0,
        };
        let readme = readme::text(&self.localizer, &english, &verification.head, made_at, &note);
        let total = attachments.len();
        let bytes = files::write_with(path, existing, |file| -> Result<u64> {
            let encryptor = age::Encryptor::with_recipients(keys.iter().map(|k| k as &dyn age::Recipient))
                .map_err(|_| Error::invalid("to", InputProblem::ShareRecipient))?;
            let mut packer = archive::Packer::new(encryptor.wrap_output(&mut *file)?, made_at);
            packer.add_bytes(readme::README, readme.as_bytes())?;
            packer.add_bytes(readme::REPORT, report.as_bytes())?;
            // The files go where a plain export puts them (`attachments/<sha256>.<ext>` beside the
            // JSON), so `diary verify --export` checks them in the unpacked folder; the export's
            // list of them is made as they are packed, so each copy is made once.
            for (done, attachment) in attachments.iter().enumerate() {
                progress::step(progress, done, total)?;
                export.attachments.push(self.pack(&mut packer, attachment, with_location)?);
            }
            progress::step(progress, total, total)?;
            packer.add_bytes(readme::EXPORT, serde_json::to_string_pretty(&export)?.as_bytes())?;
            let (stream, _) = packer.finish()?;
            stream.finish()?.flush()?;
            Ok(file.metadata()?.len())
        })
        .map_err(|error| match error {
            Error::Io(io) if io.kind() == std::io::ErrorKind::AlreadyExists => {
                Error::invalid("file", InputProblem::FileExists)
            }
            other => other,
        })?;
        let attachments = total - left_out;
        Ok(Shared { recipients, entries: verification.entries, attachments, left_out, bytes })
    }

    /// Packs one attachment: the original with `with_location` (and a PDF, which has no
    /// position), else a copy without the location; a HEIC then cannot go and is only named.
    fn pack<W: Write>(
        &self,
        packer: &mut archive::Packer<W>,
        attachment: &Attachment,
        with_location: bool,
    ) -> Result<ExportedFile> {
        let id = attachment.id.clone();
        if !copied(attachment, with_location) {
            packer.leave_out(archive::Original::of(attachment, false));
            return Ok(ExportedFile { id, file: None, file_sha256: None, location_removed: false });
        }
        let location_removed = !with_location && attachment.media_type != MediaType::Pdf;
        let bytes = self.diary.attachment_bytes(&attachment.id, !location_removed)?;
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let name = export::file_name(&sha256, attachment);
        let original = archive::Original::of(attachment, location_removed);
        packer.add(&name, bytes.len() as u64, bytes.as_slice(), Some(original))?;
        Ok(ExportedFile { id, file: Some(name), file_sha256: Some(sha256), location_removed })
    }
}

/// Whether a share carries `attachment`: always with the location, and without it whenever the
/// location can be removed (not from a HEIC).
fn copied(attachment: &Attachment, with_location: bool) -> bool {
    with_location || attachment.media_type.location_removable()
}

/// A name for a new share file that says nothing of what is in it: `werkmaat-<random>.age`.
pub fn suggested_file_name() -> Result<String> {
    let mut nonce = [0u8; 4];
    getrandom::getrandom(&mut nonce).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(format!("werkmaat-{}.age", hex::encode(nonce)))
}

#[cfg(test)]
mod tests;
