//! The profile handle: what a shell opens once per user, with a data directory, the user's
//! preferred locales and the key from the platform keystore, and from which it reaches every
//! domain service.

use std::{
    fs,
    path::{Path, PathBuf},
    sync::Arc,
};

use serde::Serialize;

use crate::{
    Result,
    care::{Care, IndexCache},
    checklist::Checklist,
    details::DetailsService,
    guides::{Guides, PhraseCard},
    l10n::{self, Localizer},
    store::{self, Cipher, Store},
};

/// Files the core derives from the profile (exports in progress, caches) live here; `wipe`
/// removes the folder with the database.
pub const DERIVED_DIR: &str = "derived";

pub struct Werkmaat {
    data_dir: PathBuf,
    localizer: Localizer,
    store: Arc<Store>,
    care_index: IndexCache,
}

/// What `werkmaat info` shows about a profile.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileInfo {
    pub version: String,
    pub schema_version: u32,
    pub data_dir: String,
    /// The negotiated locale.
    pub locale: String,
    pub locales: Vec<LocaleName>,
    /// Where the bundled open data comes from, as its licences ask.
    pub attributions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleName {
    pub code: String,
    pub native_name: String,
}

/// Creates the data directory readable by its owner only: on a shared computer, other accounts
/// should not even see which files a profile has.
fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    Ok(builder.create(dir)?)
}

impl Werkmaat {
    /// Opens the profile in `data_dir`, creating it on first use. `key` must be 32 bytes; a key
    /// that does not open an existing profile gives `Error::WrongKey` and changes nothing.
    pub fn open<S: AsRef<str>>(
        data_dir: &Path,
        preferred_locales: &[S],
        key: &[u8],
    ) -> Result<Werkmaat> {
        let localizer = Localizer::negotiate(preferred_locales);
        let cipher = Cipher::new(key)?;
        create_private_dir(data_dir)?;
        let store = Arc::new(Store::open(&data_dir.join(store::DB_FILE), cipher)?);
        Ok(Werkmaat {
            data_dir: data_dir.to_owned(),
            localizer,
            store,
            care_index: IndexCache::default(),
        })
    }

    /// Whether `data_dir` holds a profile. A shell asks this to decide between creating a new key
    /// and fetching the existing one from its keystore.
    pub fn exists(data_dir: &Path) -> bool {
        data_dir.join(store::DB_FILE).is_file()
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn info(&self) -> ProfileInfo {
        ProfileInfo {
            version: crate::VERSION.to_owned(),
            schema_version: store::schema::VERSION,
            data_dir: self.data_dir.display().to_string(),
            locale: self.localizer.locale().to_owned(),
            locales: l10n::locale_infos()
                .into_iter()
                .map(|info| LocaleName {
                    code: info.code,
                    native_name: info.native_name,
                })
                .collect(),
            attributions: crate::care::attributions(),
        }
    }

    /// The user's own details (name, BSN, insurance, GP).
    pub fn details(&self) -> DetailsService {
        DetailsService::new(Arc::clone(&self.store))
    }

    /// The care finder: nearest GP, out-of-hours post, emergency department or pharmacy.
    pub fn care(&self) -> Care {
        Care::new(
            Arc::clone(&self.store),
            self.localizer.clone(),
            Arc::clone(&self.care_index),
        )
    }

    /// The health-insurance checklist: questions, answers, items and deadlines.
    pub fn checklist(&self) -> Checklist {
        Checklist::new(Arc::clone(&self.store), self.localizer.clone())
    }

    /// The rights guides, search and phrase cards, in the profile's languages.
    pub fn guides(&self) -> Guides {
        Guides::new(self.localizer.clone())
    }

    /// A phrase card filled in with the user's saved details.
    pub fn phrase_card(&self, id: &str) -> Result<PhraseCard> {
        self.guides().phrase(id, &self.details().get()?)
    }

    /// Closes the database; every later call on this handle or its services gives
    /// `Error::Closed`. Safe to call more than once.
    pub fn shutdown(&self) {
        self.store.close();
    }

    /// Destroys the profile: the database and its companion files, the copies of a corrupt
    /// database that opening set aside, and derived files. The handle is closed afterwards.
    /// Files in the data directory that Werkmaat did not make are left alone.
    pub fn wipe(&self) -> Result<()> {
        self.store.close();
        for entry in fs::read_dir(&self.data_dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = store::DB_SUFFIXES
                .iter()
                .any(|suffix| name == format!("{}{suffix}", store::DB_FILE))
                || name.starts_with(store::CORRUPT_PREFIX);
            if name == DERIVED_DIR && entry.path().is_dir() {
                fs::remove_dir_all(entry.path())?;
            } else if ours {
                fs::remove_file(entry.path())?;
            }
        }
        Ok(())
    }
}
