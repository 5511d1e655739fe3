//! The profile handle: what a shell opens once per user, with a data directory, the user's
//! preferred locales and the key from the platform keystore, and from which it reaches every
//! domain service.

use std::{
    fs,
    path::{Path, PathBuf},
    sync::{Arc, RwLock},
};

use serde::Serialize;

use crate::{
    Result,
    care::{Care, IndexCache},
    checklist::Checklist,
    content::{Content, ContentInfo, installed},
    details::DetailsService,
    diary::{Diary, RevisionCache},
    files,
    guides::{Guides, PhraseCard, SearchCache},
    l10n::Localizer,
    store::{self, Cipher, SetAside, Store},
};

/// Files the core derives from the profile (exports in progress, caches) live here; `wipe`
/// removes the folder with the database.
pub const DERIVED_DIR: &str = "derived";

pub struct Werkmaat {
    data_dir: PathBuf,
    preferred_locales: Vec<String>,
    store: Arc<Store>,
    /// The content in use and the user's languages negotiated in it; replaced when a pack is
    /// installed or rolled back, so services made afterwards see the new content.
    active: RwLock<Active>,
    /// Indexes derived from the content (and the imported places), shared by the services made
    /// from this handle; each is kept for the content it was built from (`sync::Derived`).
    care_index: IndexCache,
    search_index: SearchCache,
    /// The diary revisions opened so far (see `diary::opened`); emptied on shutdown and wipe.
    diary_revisions: RevisionCache,
}

#[derive(Clone)]
struct Active {
    content: Arc<Content>,
    localizer: Localizer,
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
    /// The active content: version, date, and where each part came from.
    pub content: ContentInfo,
    /// Databases that could not be read and were set aside, until the user acknowledges them.
    /// A shell must show these: the user's earlier data is in that copy, not in the profile.
    pub set_aside: Vec<SetAside>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleName {
    pub code: String,
    pub native_name: String,
}

impl Werkmaat {
    /// Opens the profile in `data_dir`, creating it on first use. `key` must be 32 bytes; a key
    /// that does not open an existing profile gives `Error::WrongKey` and changes nothing.
    pub fn open<S: AsRef<str>>(data_dir: &Path, preferred_locales: &[S], key: &[u8]) -> Result<Werkmaat> {
        let preferred_locales: Vec<String> = preferred_locales.iter().map(|s| s.as_ref().to_owned()).collect();
        let cipher = Cipher::new(key)?;
        files::create_private_dir(data_dir)?;
        let store = Store::open(&data_dir.join(store::DB_FILE), cipher)?;
        crate::diary::attachments::reconcile(&store, data_dir)?;
        let content = installed::load(data_dir)?;
        let localizer = Localizer::negotiate_in(&content.locales, &preferred_locales);
        Ok(Werkmaat {
            data_dir: data_dir.to_owned(),
            preferred_locales,
            store: Arc::new(store),
            active: RwLock::new(Active { content, localizer }),
            care_index: IndexCache::default(),
            search_index: SearchCache::default(),
            diary_revisions: RevisionCache::default(),
        })
    }

    /// Whether `data_dir` holds a profile. A shell asks this to decide between creating a new key
    /// and fetching the existing one from its keystore.
    pub fn exists(data_dir: &Path) -> bool {
        data_dir.join(store::DB_FILE).is_file()
    }

    fn active(&self) -> Active {
        crate::sync::read(&self.active).clone()
    }

    /// The user's languages, negotiated in the active content.
    pub fn localizer(&self) -> Localizer {
        self.active().localizer
    }

    /// The content in use.
    pub fn content(&self) -> Arc<Content> {
        self.active().content
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn info(&self) -> Result<ProfileInfo> {
        let Active { content, localizer } = self.active();
        Ok(ProfileInfo {
            version: crate::VERSION.to_owned(),
            schema_version: store::schema::VERSION,
            data_dir: self.data_dir.display().to_string(),
            locale: localizer.locale().to_owned(),
            locales: content
                .locales
                .native_names()
                .into_iter()
                .map(|(code, native_name)| LocaleName { code, native_name })
                .collect(),
            // Bad places show no attributions here; every care call reports the error itself.
            attributions: content.care().map(|care| care.attributions.clone()).unwrap_or_default(),
            content: content.info.clone(),
            set_aside: self.set_aside()?,
        })
    }

    /// Databases set aside because they could not be read, until the user acknowledges them.
    pub fn set_aside(&self) -> Result<Vec<SetAside>> {
        self.store.set_aside()
    }

    /// The user has seen what was set aside: `info` stops listing it. The copies stay on disk
    /// until `wipe`.
    pub fn acknowledge_set_aside(&self) -> Result<()> {
        self.store.acknowledge_set_aside()
    }

    /// Installs a signed content pack (its bytes from the shell or a file): verified completely,
    /// written aside and switched in one step, one install or rollback at a time across threads
    /// and processes. It must be newer than the content in effect on disk then. `Ok` means it is
    /// in effect; a refused pack, or any error, changes nothing.
    pub fn install_pack(&self, bytes: &[u8]) -> Result<ContentInfo> {
        installed::install(&self.data_dir, bytes, |content| self.switch_to(content))
    }

    /// Goes back to the content built into the library and removes the installed packs.
    pub fn rollback_content(&self) -> Result<ContentInfo> {
        installed::rollback(&self.data_dir, |content| self.switch_to(content))
    }

    fn switch_to(&self, content: Arc<Content>) -> ContentInfo {
        let localizer = Localizer::negotiate_in(&content.locales, &self.preferred_locales);
        let info = content.info.clone();
        *crate::sync::write(&self.active) = Active { content, localizer };
        // Every index derived from the content is kept for the content it was built from; the
        // old ones are only dropped here.
        self.care_index.forget();
        self.search_index.forget();
        info
    }

    /// The user's own details (name, BSN, insurance, GP).
    pub fn details(&self) -> DetailsService {
        DetailsService::new(Arc::clone(&self.store))
    }

    /// The care finder: nearest GP, out-of-hours post, emergency department or pharmacy.
    pub fn care(&self) -> Care {
        let Active { content, localizer } = self.active();
        Care::new(Arc::clone(&self.store), localizer, Arc::clone(&self.care_index), content)
    }

    /// The symptom and work-injury diary.
    pub fn diary(&self) -> Diary {
        let Active { content, localizer } = self.active();
        Diary::new(
            Arc::clone(&self.store),
            self.data_dir.clone(),
            content,
            localizer,
            Arc::clone(&self.diary_revisions),
        )
    }

    /// Sharing the diary with an adviser: an age-encrypted archive (`share`).
    pub fn share(&self) -> crate::share::Share {
        let Active { content, localizer } = self.active();
        crate::share::Share::new(self.diary(), content, localizer)
    }

    /// The health-insurance checklist: questions, answers, items and deadlines.
    pub fn checklist(&self) -> Checklist {
        let Active { content, localizer } = self.active();
        Checklist::new(Arc::clone(&self.store), localizer, content)
    }

    /// The rights guides, search and phrase cards, in the profile's languages.
    pub fn guides(&self) -> Guides {
        let Active { content, localizer } = self.active();
        Guides::sharing_index(localizer, content, Arc::clone(&self.search_index))
    }

    /// A phrase card filled in with the user's saved details.
    pub fn phrase_card(&self, id: &str) -> Result<PhraseCard> {
        self.guides().phrase(id, &self.details().get()?)
    }

    /// Closes the database; every later call on this handle or its services gives
    /// `Error::Closed`. Safe to call more than once.
    pub fn shutdown(&self) {
        self.store.close();
        self.forget_opened_diary();
    }

    fn forget_opened_diary(&self) {
        crate::sync::lock(&self.diary_revisions).clear();
    }

    /// Destroys the profile: the database and its companion files, the copies of a corrupt
    /// database that opening set aside, and derived files. The handle is closed afterwards.
    /// Files in the data directory that Werkmaat did not make are left alone.
    pub fn wipe(&self) -> Result<()> {
        self.store.close();
        self.forget_opened_diary();
        // The key check file goes first: a wipe cut short then leaves a database without it,
        // which opens, not a key check without its database, which would report a loss.
        match fs::remove_file(self.data_dir.join(store::KEY_CHECK_FILE)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
            _ => {}
        }
        for entry in fs::read_dir(&self.data_dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = store::DB_SUFFIXES.iter().any(|suffix| name == format!("{}{suffix}", store::DB_FILE))
                || name.starts_with(store::CORRUPT_PREFIX);
            if (name == DERIVED_DIR || name == crate::diary::attachments::DIR) && entry.path().is_dir() {
                fs::remove_dir_all(entry.path())?;
            } else if ours {
                fs::remove_file(entry.path())?;
            }
        }
        Ok(())
    }
}
