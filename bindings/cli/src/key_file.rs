//! The CLI's stand-in for the platform keystore: 32 random bytes in `werkmaat.key` in the data
//! directory, readable by the owner only. `--key-file` points at another file.
//!
//! A new key is written whole or not at all and never over another key
//! (`werkmaat_ffi::write_file` without replace): of several first runs at once, one writes its key
//! and the others read that one. A key file of the wrong size is refused, never replaced.

use std::path::{Path, PathBuf};

use crate::{
    files,
    output::{CliError, FileProblem},
};

pub const KEY_FILE: &str = "werkmaat.key";
const KEY_LEN: usize = 32;

pub fn default_path(data_dir: &Path) -> PathBuf {
    data_dir.join(KEY_FILE)
}

/// The key file in use: `--key-file`, or the one in the data directory.
pub fn path(data_dir: &Path, explicit: Option<&Path>) -> PathBuf {
    explicit.map_or_else(|| default_path(data_dir), Path::to_owned)
}

/// Reads the key; makes a new one only for a profile that does not exist yet.
pub fn load_or_create(data_dir: &Path, explicit: Option<&Path>) -> Result<[u8; KEY_LEN], CliError> {
    let path = path(data_dir, explicit);
    let missing = || CliError::Invalid { field: "key-file", message: "invalid-key-file-missing" };
    if let Some(key) = read(&path)? {
        return Ok(key);
    }
    if explicit.is_some() {
        return Err(missing());
    }
    if werkmaat_ffi::profile_exists(data_dir.display().to_string()) {
        // A first run racing with this one puts its key in place before it creates the profile:
        // a profile that is there now means its key is there too, unless it was lost.
        return read(&path)?.ok_or_else(missing);
    }
    create(data_dir, &path)
}

/// The key in `path`; `None` when there is no such file.
fn read(path: &Path) -> Result<Option<[u8; KEY_LEN]>, CliError> {
    match files::read_at_most(path, KEY_LEN as u64 + 1)? {
        None => Ok(None),
        Some(bytes) => bytes
            .try_into()
            .map(Some)
            .map_err(|_| CliError::File { path: path.to_owned(), problem: FileProblem::KeyDamaged }),
    }
}

fn create(data_dir: &Path, path: &Path) -> Result<[u8; KEY_LEN], CliError> {
    let mut key = [0u8; KEY_LEN];
    getrandom::getrandom(&mut key).map_err(|e| CliError::Io(e.into()))?;
    werkmaat_ffi::create_data_dir(data_dir.display().to_string())?;
    match werkmaat_ffi::write_file(path.display().to_string(), key.to_vec(), false) {
        Ok(()) => Ok(key),
        // Another first run put its key there first: that one is the profile's key.
        Err(error) => read(path)?.ok_or(CliError::Api(error)),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn a_new_profile_gets_a_private_key_that_is_reused() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("profile");
        let first = load_or_create(&data, None).unwrap();
        assert_eq!(load_or_create(&data, None).unwrap(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!((mode(&default_path(&data)), mode(&data)), (0o600, 0o700));
        }
    }

    #[test]
    fn a_missing_or_short_key_is_an_error_not_a_new_key() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("werkmaat.db"), b"").unwrap();
        assert!(matches!(
            load_or_create(dir.path(), None),
            Err(CliError::Invalid { message: "invalid-key-file-missing", .. })
        ));
        for short in [&[][..], &[1u8; 5], &[1u8; 33]] {
            fs::write(default_path(dir.path()), short).unwrap();
            assert!(matches!(
                load_or_create(dir.path(), None),
                Err(CliError::File { problem: FileProblem::KeyDamaged, .. })
            ));
            assert_eq!(fs::read(default_path(dir.path())).unwrap(), short, "the damaged key is kept");
        }
    }

    #[test]
    fn racing_first_runs_end_with_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let keys: Vec<[u8; KEY_LEN]> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8).map(|_| scope.spawn(|| load_or_create(dir.path(), None).unwrap())).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let stored = fs::read(default_path(dir.path())).unwrap();
        assert!(keys.iter().all(|key| key[..] == stored[..]));
    }
}
