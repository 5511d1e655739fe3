//! The profile handle as shells see it.

use std::{path::PathBuf, sync::Arc, time::SystemTime};

use werkmaat_core as core;
pub use werkmaat_core::store::SetAsideReason;

use crate::{
    care::CareService,
    checklist::ChecklistService,
    details::DetailsService,
    diary::DiaryService,
    error::{ApiError, ApiResult, Localized},
    guides::GuidesService,
    l10n::Localizer,
    pack::ContentPart,
    share::ShareService,
};

/// The version of the Werkmaat core library.
#[uniffi::export]
pub fn core_version() -> String {
    core::VERSION.to_owned()
}

/// Whether `data_dir` holds a profile: decides between creating a new key in the keystore and
/// fetching the existing one.
#[uniffi::export]
pub fn profile_exists(data_dir: String) -> bool {
    core::Werkmaat::exists(&PathBuf::from(data_dir))
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct LocaleName {
    pub code: String,
    pub native_name: String,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct ProfileInfo {
    pub version: String,
    pub schema_version: u32,
    pub data_dir: String,
    /// The negotiated locale.
    pub locale: String,
    pub locales: Vec<LocaleName>,
    /// Where the bundled open data comes from.
    pub attributions: Vec<String>,
    /// The active content: version, date and where each part came from.
    pub content: ContentInfo,
    /// Databases that could not be read and were set aside (renamed, kept in the data
    /// directory), until `acknowledgeSetAside`. Show them: the user's earlier data is there.
    pub set_aside: Vec<SetAside>,
}

/// Why a database was set aside (the core's type).
#[uniffi::remote(Enum)]
pub enum SetAsideReason {
    NotADatabase,
    Malformed,
    Truncated,
    Lost,
}

/// A database that could not be read and was set aside.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SetAside {
    /// The name of the copy in the data directory; absent when nothing was left to keep.
    pub file: Option<String>,
    pub at: SystemTime,
    pub reason: SetAsideReason,
}

/// Where a part of the active content came from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContentPartInfo {
    pub name: ContentPart,
    /// `bundled`, or `pack <version>`.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContentInfo {
    pub version: u64,
    /// `YYYY-MM-DD`, as the content's manifest says.
    pub created: String,
    pub parts: Vec<ContentPartInfo>,
}

impl From<core::content::ContentInfo> for ContentInfo {
    fn from(info: core::content::ContentInfo) -> Self {
        ContentInfo {
            version: info.version,
            created: info.created,
            parts: info.parts.into_iter().map(|p| ContentPartInfo { name: p.name, source: p.source }).collect(),
        }
    }
}

impl From<core::store::SetAside> for SetAside {
    fn from(a: core::store::SetAside) -> Self {
        SetAside { file: a.file, at: a.at.into(), reason: a.reason }
    }
}

/// One user's profile: open it once, with the data directory, the phone's preferred languages
/// and the 32-byte key from the platform keystore. Safe to use from several threads at once.
#[derive(uniffi::Object)]
pub struct Werkmaat {
    inner: Arc<core::Werkmaat>,
}

#[uniffi::export]
impl Werkmaat {
    /// Opens the profile, creating it on first use. Errors: `InvalidInput` (key not 32 bytes),
    /// `WrongKey`, `IncompatibleVersion`, `Storage`. A refused open changes nothing on disk.
    #[uniffi::constructor]
    pub fn open(data_dir: String, preferred_locales: Vec<String>, key: Vec<u8>) -> ApiResult<Arc<Self>> {
        core::Werkmaat::open(&PathBuf::from(data_dir), &preferred_locales, &key)
            .map(|inner| Arc::new(Werkmaat { inner: Arc::new(inner) }))
            .map_err(|error| ApiError::new(error, &core::l10n::Localizer::negotiate(&preferred_locales)))
    }

    pub fn info(&self) -> ApiResult<ProfileInfo> {
        let info = self.inner.api(self.inner.info())?;
        Ok(ProfileInfo {
            version: info.version,
            schema_version: info.schema_version,
            data_dir: info.data_dir,
            locale: info.locale,
            locales: info
                .locales
                .into_iter()
                .map(|name| LocaleName { code: name.code, native_name: name.native_name })
                .collect(),
            attributions: info.attributions,
            content: info.content.into(),
            set_aside: info.set_aside.into_iter().map(Into::into).collect(),
        })
    }

    /// Databases set aside because they could not be read, until `acknowledgeSetAside`.
    pub fn set_aside(&self) -> ApiResult<Vec<SetAside>> {
        let list = self.inner.api(self.inner.set_aside())?;
        Ok(list.into_iter().map(Into::into).collect())
    }

    /// The user has seen what was set aside: `info` stops listing it (the copies stay on disk).
    pub fn acknowledge_set_aside(&self) -> ApiResult<()> {
        self.inner.api(self.inner.acknowledge_set_aside())
    }

    /// Installs a signed content pack (bytes the shell fetched or the user picked). Only packs
    /// signed by a key this build trusts, newer than the content installed on disk, install; a
    /// refused pack gives `PackRefused` and changes nothing. Installs and rollbacks run one at a
    /// time, from any thread or process; a success is in effect, an error changed nothing.
    pub fn install_pack(&self, bytes: Vec<u8>) -> ApiResult<ContentInfo> {
        self.inner.api(self.inner.install_pack(&bytes)).map(Into::into)
    }

    /// Goes back to the content built into the library and removes the installed packs.
    pub fn rollback_content(&self) -> ApiResult<ContentInfo> {
        self.inner.api(self.inner.rollback_content()).map(Into::into)
    }

    /// The profile's negotiated languages, for the shell's own text.
    pub fn localizer(&self) -> Arc<Localizer> {
        Arc::new(Localizer { inner: self.inner.localizer() })
    }

    /// The user's personal details (name, BSN, insurance, GP).
    pub fn details(&self) -> Arc<DetailsService> {
        Arc::new(DetailsService::new(Arc::clone(&self.inner)))
    }

    /// The symptom and work-injury diary.
    pub fn diary(&self) -> Arc<DiaryService> {
        Arc::new(DiaryService::new(Arc::clone(&self.inner)))
    }

    /// Sharing the diary with an adviser: one age-encrypted file.
    pub fn share(&self) -> Arc<ShareService> {
        Arc::new(ShareService::new(Arc::clone(&self.inner)))
    }

    /// The care finder.
    pub fn care(&self) -> Arc<CareService> {
        Arc::new(CareService::new(Arc::clone(&self.inner)))
    }

    /// The health-insurance checklist.
    pub fn checklist(&self) -> Arc<ChecklistService> {
        Arc::new(ChecklistService::new(Arc::clone(&self.inner)))
    }

    /// The rights guides, their search and the phrase cards.
    pub fn guides(&self) -> Arc<GuidesService> {
        Arc::new(GuidesService::new(Arc::clone(&self.inner)))
    }

    /// Closes the profile's database. Later calls give `Closed`. Call it before the app is
    /// suspended for long, so the database is closed cleanly and not during garbage collection.
    /// (Named `shutdown` because Kotlin's `AutoCloseable.close()` already frees the handle.)
    pub fn shutdown(&self) {
        self.inner.shutdown()
    }

    /// Destroys the profile for good: database, backups it made, derived files.
    pub fn wipe(&self) -> ApiResult<()> {
        self.inner.api(self.inner.wipe())
    }
}
