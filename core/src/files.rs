//! The one way Werkmaat writes a file: whole or not at all, readable by its owner only.
//!
//! The bytes go to a new temporary file in the target's folder (a unique name, created
//! exclusively, mode 0600), are synced, and only then take the target's name: by a rename when an
//! existing file may be replaced, by a hard link when it may not (a link never replaces, so of two
//! writers racing for a new name exactly one wins and the other is told the name is taken; see
//! `link_new` for file systems without hard links). The folder is synced after, so the name survives a power cut. A crash at any moment leaves the old
//! file or the new one, never a short one; at worst a `.tmp` file stays behind.

use std::{
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

/// What to do when the target already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Leave it alone; the write fails with `io::ErrorKind::AlreadyExists`.
    Keep,
    /// Replace it in one step.
    Replace,
}

/// Writes `bytes` to `path` as described in the module documentation.
pub fn write(path: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    write_with(path, existing, |file| file.write_all(bytes))
}

/// Writes what `fill` writes to `path`, as `write` does, for output too large to hold in memory
/// (a share with its attachments): `fill` streams into the temporary file, and only when it
/// returns `Ok` is the file synced and given its name. An error from `fill` (a cancel, a reader
/// that failed) leaves no file and no temporary file behind; the error is given back as it was.
pub fn write_with<T, E: From<io::Error>>(
    path: &Path,
    existing: Existing,
    fill: impl FnOnce(&mut fs::File) -> Result<T, E>,
) -> Result<T, E> {
    let (mut file, tmp) = create_temp_beside(path)?;
    let filled = fill(&mut file);
    let written = match filled {
        Ok(value) => file.sync_all().map(|()| value),
        Err(error) => {
            drop(file);
            let _ = fs::remove_file(&tmp);
            return Err(error);
        }
    };
    drop(file);
    let placed = written.and_then(|value| match existing {
        Existing::Replace => fs::rename(&tmp, path).map(|()| value),
        Existing::Keep => link_new(&tmp, path).map(|()| value),
    });
    // After a rename the temporary name is gone already; after a link or a failure it goes now.
    if existing == Existing::Keep || placed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    let value = placed?;
    sync_dir(parent(path));
    Ok(value)
}

/// Gives the file at `tmp` the new name `path`, never replacing a file there. A hard link does
/// that in one step; on a file system without hard links (FAT on a memory card) a rename follows
/// a check instead, which two writers racing for the same new name there could both pass.
fn link_new(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists && path.symlink_metadata().is_err() => {
            fs::rename(tmp, path)
        }
        linked => linked,
    }
}

/// Creates `dir` and its missing parents readable by the owner only: on a shared computer,
/// other accounts should not even see which files a profile has.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates an empty `path` with mode 0600 unless it exists. SQLite gives a new database the
/// process's default mode (0644) but its `-wal` and `-shm` files the database's own mode, so a
/// database file made here first keeps all three private, whatever the umask.
pub fn create_private_file(path: &Path) -> io::Result<()> {
    match private_options().open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(error),
    }
}

fn private_options() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// A new file next to `path` under a name no other writer uses: `.<name>.<random>.tmp`.
fn create_temp_beside(path: &Path) -> io::Result<(fs::File, PathBuf)> {
    let name = path.file_name().ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    loop {
        let mut nonce = [0u8; 8];
        getrandom::getrandom(&mut nonce).map_err(io::Error::from)?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".{}.tmp", hex::encode(nonce)));
        let tmp = parent(path).join(tmp_name);
        match private_options().open(&tmp) {
            Ok(file) => return Ok((file, tmp)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
}

/// The folder `path` is in (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Makes a new name in `dir` durable; not every platform can open a folder, so a failure here
/// is not an error.
pub fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn keep_writes_a_new_file_once_and_never_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write(&path, b"first", Existing::Keep).unwrap();
        let error = write(&path, b"second", Existing::Keep).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert!(leftovers(dir.path()).is_empty(), "{:?}", leftovers(dir.path()));
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn replace_swaps_the_whole_file_and_makes_it_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.html");
        fs::write(&path, b"an old, longer file that was readable by all").unwrap();
        write(&path, b"new", Existing::Replace).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert!(leftovers(dir.path()).is_empty());
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn racing_writers_of_a_new_name_leave_exactly_one_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("werkmaat.key");
        let winners: Vec<bool> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8u8)
                .map(|i| {
                    let path = &path;
                    scope.spawn(move || write(path, &[i; 32], Existing::Keep).is_ok())
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(winners.iter().filter(|won| **won).count(), 1);
        let winner = winners.iter().position(|won| *won).unwrap() as u8;
        assert_eq!(fs::read(&path).unwrap(), [winner; 32]);
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_fill_leaves_neither_the_file_nor_a_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("share.age");
        let failed: io::Result<()> = write_with(&path, Existing::Keep, |file| {
            file.write_all(b"half")?;
            Err(io::Error::other("reader failed"))
        });
        assert_eq!(failed.unwrap_err().to_string(), "reader failed");
        assert!(!path.exists());
        assert!(leftovers(dir.path()).is_empty());
        let bytes = write_with(&path, Existing::Keep, |file| file.write_all(b"whole").map(|()| 5)).unwrap();
        assert_eq!((bytes, fs::read(&path).unwrap()), (5, b"whole".to_vec()));
    }

    #[test]
    fn a_missing_folder_fails_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let error = write(&dir.path().join("no/such/out.json"), b"x", Existing::Replace).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn private_dirs_and_files_ignore_the_umask_default() {
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path().join("a/profile");
        create_private_dir(&profile).unwrap();
        assert_eq!(mode(&profile), 0o700);
        let db = profile.join("werkmaat.db");
        create_private_file(&db).unwrap();
        fs::write(&db, b"kept").unwrap();
        create_private_file(&db).unwrap();
        assert_eq!((mode(&db), fs::read(&db).unwrap()), (0o600, b"kept".to_vec()));
    }
}
