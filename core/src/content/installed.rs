//! The packs a profile has installed, in `<data dir>/content/`: the pack files in `packs/`, their
//! order in `installed.json`, and `lock`, the file every reader and writer of them locks.
//!
//! Install and rollback hold the lock exclusively from reading the list to switching it, so two of
//! them (threads of one app, or processes) run one after the other, and each decides against the
//! list as the other left it: of two packs installed at once, the newer ends up active and the
//! older is refused as older. Opening holds the lock shared while it reads the list and the files,
//! so it never meets a file an install has just removed.
//!
//! Every file is written with `files::write`: under a name no other writer uses (created
//! exclusively, flushed), renamed into place, and the folder flushed. The new pack file is written before the list names it, and
//! the list is switched by one rename: a process killed at any moment leaves the old content or the
//! new one. Nothing can fail after that rename (tidying up is best effort), so an install that
//! returns `Ok` has taken effect and one that returns an error has not.
//!
//! What is kept: a later pack replaces the parts it carries, so a pack whose parts are all carried
//! by later ones no longer shows. Such packs are removed (list entry and file), except the one that
//! was active before the newest: opening falls back to it if the newest stops verifying. With packs
//! that carry the same parts that is two files however many were installed, and opening verifies
//! only those. Rollback goes back to the bundled content and removes them all.

use std::{
    collections::BTreeSet,
    fs::{self, File, OpenOptions},
    io::ErrorKind,
    path::Path,
    sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard},
};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{
    Content, ContentPart,
    pack::{self, KeyRing, Pack, refused},
};
use crate::{
    PackProblem, Result,
    files::{self, Existing},
};

const CONTENT_DIR: &str = "content";
const PACKS_DIR: &str = "packs";
const LIST: &str = "installed.json";
const LOCK: &str = "lock";
const TEMP_SUFFIX: &str = ".tmp";

#[derive(Debug, Default, Serialize, Deserialize)]
struct List {
    /// File names in `packs/`, oldest first; each later pack replaces the parts it carries.
    packs: Vec<String>,
}

/// An installed pack: its file name in `packs/` and what it holds.
struct Installed {
    file: String,
    pack: Pack,
}

/// The content a profile uses: the bundled one with its installed packs, verified again.
pub fn load(data_dir: &Path) -> Result<Arc<Content>> {
    let dir = data_dir.join(CONTENT_DIR);
    // A profile that never installed a pack (or rolled back) has no list: nothing to lock or read.
    if !dir.join(LIST).exists() {
        return Content::bundled();
    }
    let _lock = Lock::take(&dir, Access::Shared)?;
    Ok(in_effect(&dir)?.1)
}

/// Verifies a pack against the pinned keys, then, holding the lock: checks it is newer than the
/// content in effect and composes with the packs kept into content that agrees with itself, writes
/// it aside, switches the list, and calls `switch` with the new content before letting go (so a
/// handle installing from two threads ends on the content on disk). On `Err` nothing changed.
pub fn install<R>(data_dir: &Path, bytes: &[u8], switch: impl FnOnce(Arc<Content>) -> R) -> Result<R> {
    let pack = pack::read(bytes, KeyRing::pinned())?;
    let dir = data_dir.join(CONTENT_DIR);
    files::create_private_dir(&dir)?;
    let _lock = Lock::take(&dir, Access::Exclusive)?;

    let (installed, active) = in_effect(&dir)?;
    if pack.manifest.version <= active.info.version {
        return Err(refused(PackProblem::Older));
    }
    let file = format!("v{}-{}.pack", pack.manifest.version, &hex::encode(Sha256::digest(bytes))[..16]);
    let kept = worth_keeping(installed.into_iter().chain([Installed { file: file.clone(), pack }]).collect());
    // The whole content must build and agree with itself before anything is written.
    let packs: Vec<&Pack> = kept.iter().map(|i| &i.pack).collect();
    let content = pack::compose(&packs).map_err(|_| refused(PackProblem::Content))?;
    content.check().map_err(|_| refused(PackProblem::Content))?;

    let list = List { packs: kept.into_iter().map(|i| i.file).collect() };
    let list_json = serde_json::to_vec(&list)?;
    let packs_dir = dir.join(PACKS_DIR);
    files::create_private_dir(&packs_dir)?;
    files::write(&packs_dir.join(&file), bytes, Existing::Replace)?;
    if let Err(e) = files::write(&dir.join(LIST), &list_json, Existing::Replace) {
        let _ = fs::remove_file(packs_dir.join(&file));
        return Err(e.into());
    }
    tidy(&dir, &list);
    Ok(switch(Arc::new(content)))
}

/// Goes back to the bundled content, holding the lock: the list is removed in one step, the pack
/// files after it; `switch` is called with the bundled content before letting go.
pub fn rollback<R>(data_dir: &Path, switch: impl FnOnce(Arc<Content>) -> R) -> Result<R> {
    let bundled = Content::bundled()?;
    let dir = data_dir.join(CONTENT_DIR);
    files::create_private_dir(&dir)?;
    let _lock = Lock::take(&dir, Access::Exclusive)?;
    match fs::remove_file(dir.join(LIST)) {
        Err(e) if e.kind() != ErrorKind::NotFound => return Err(e.into()),
        _ => {}
    }
    files::sync_dir(&dir);
    tidy(&dir, &List::default());
    Ok(switch(bundled))
}

/// The installed packs in effect and the content they make, applied over the bundled content.
/// The list is read from the newest pack back, until every part is covered (a pack whose parts
/// all come from later ones does not show, so after a full pack nothing older is read); a pack
/// that does not verify (its key retired by an update, its file gone or changed) is left out with
/// those after it. None when the list is missing or unreadable, or when the packs no longer
/// compose (an update changed the bundled content they were checked against).
fn in_effect(dir: &Path) -> Result<(Vec<Installed>, Arc<Content>)> {
    let list: List = fs::read(dir.join(LIST)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    let verified = |file: &String| -> Option<Pack> {
        let bytes = fs::read(dir.join(PACKS_DIR).join(file)).ok()?;
        pack::read(&bytes, KeyRing::pinned()).ok()
    };
    let mut end = list.packs.len();
    let installed = 'from_newest: loop {
        let (mut installed, mut covered) = (Vec::new(), BTreeSet::new());
        for (index, file) in list.packs[..end].iter().enumerate().rev() {
            if covered.len() == ContentPart::ALL.len() {
                break;
            }
            let Some(pack) = verified(file) else {
                end = index;
                continue 'from_newest;
            };
            covered.extend(pack.parts.keys().cloned());
            installed.push(Installed { file: file.clone(), pack });
        }
        installed.reverse();
        break installed;
    };
    if installed.is_empty() {
        return Ok((installed, Content::bundled()?));
    }
    let packs: Vec<&Pack> = installed.iter().map(|i| &i.pack).collect();
    match pack::compose(&packs) {
        Ok(content) => Ok((installed, Arc::new(content))),
        Err(_) => Ok((Vec::new(), Content::bundled()?)),
    }
}

/// The packs that still show a part, and the one before the newest (see the module comment), in
/// order. Leaving out a pack whose parts all come from later ones does not change the content.
/// (Packs `in_effect` did not read are hidden by later ones, so they would not be kept either.)
fn worth_keeping(installed: Vec<Installed>) -> Vec<Installed> {
    let previous = installed.len().checked_sub(2);
    let mut carried_later = BTreeSet::new();
    let mut kept = Vec::new();
    for (index, entry) in installed.into_iter().enumerate().rev() {
        let shows = entry.pack.parts.keys().any(|part| !carried_later.contains(part));
        carried_later.extend(entry.pack.parts.keys().cloned());
        if shows || Some(index) == previous {
            kept.push(entry);
        }
    }
    kept.reverse();
    kept
}

/// Removes the pack files the list does not name and temporary files a killed writer left behind
/// (only a holder of the exclusive lock writes, so any found now is left over). Best effort: the
/// switch has happened, and the next install tries again.
fn tidy(dir: &Path, list: &List) {
    for (folder, is_packs) in [(dir.to_path_buf(), false), (dir.join(PACKS_DIR), true)] {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(TEMP_SUFFIX) || (is_packs && !list.packs.contains(&name)) {
                let _ = fs::remove_file(entry.path());
            }
        }
        files::sync_dir(&folder);
    }
}

enum Access {
    Shared,
    Exclusive,
}

/// The lock on the installed packs: an advisory lock on `content/lock` between processes (released
/// by the system when a process dies), and one within this process. The file lock alone keeps
/// threads apart too (each takes it through a handle of its own), but some platforms do not have
/// it (`Unsupported`); there the app's own threads, which on a phone are every writer, still are.
struct Lock {
    _file: File,
    _shared: Option<RwLockReadGuard<'static, ()>>,
    _exclusive: Option<RwLockWriteGuard<'static, ()>>,
}

static IN_PROCESS: RwLock<()> = RwLock::new(());

impl Lock {
    fn take(dir: &Path, access: Access) -> Result<Lock> {
        let (shared, exclusive) = match access {
            Access::Shared => (Some(crate::sync::read(&IN_PROCESS)), None),
            Access::Exclusive => (None, Some(crate::sync::write(&IN_PROCESS))),
        };
        let file = private(OpenOptions::new().read(true).write(true).create(true)).open(dir.join(LOCK))?;
        let locked = match access {
            Access::Shared => file.lock_shared(),
            Access::Exclusive => file.lock(),
        };
        match locked {
            Err(e) if e.kind() != ErrorKind::Unsupported => Err(e.into()),
            _ => Ok(Lock { _file: file, _shared: shared, _exclusive: exclusive }),
        }
    }
}

/// Files the core writes here are readable by their owner only.
fn private(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}
