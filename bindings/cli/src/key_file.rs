//! The CLI's stand-in for the platform keystore: 32 random bytes in `werkmaat.key` in the data
//! directory, readable by the owner only. `--key-file` points at another file.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use crate::output::CliError;

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
    match fs::read(&path) {
        Ok(bytes) => bytes.try_into().map_err(|_| CliError::Invalid { field: "key-file", message: "invalid-key-file" }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            if explicit.is_some() || werkmaat_ffi::profile_exists(data_dir.display().to_string()) {
                return Err(CliError::Invalid { field: "key-file", message: "invalid-key-file-missing" });
            }
            create(&path)
        }
        Err(error) => Err(CliError::Io(error)),
    }
}

fn create(path: &Path) -> Result<[u8; KEY_LEN], CliError> {
    let mut key = [0u8; KEY_LEN];
    getrandom::getrandom(&mut key).map_err(|e| CliError::Io(e.into()))?;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(&key)?;
    file.sync_all()?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_profile_gets_a_private_key_that_is_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(dir.path(), None).unwrap();
        assert_eq!(load_or_create(dir.path(), None).unwrap(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(default_path(dir.path())).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
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
        let short = dir.path().join("short.key");
        fs::write(&short, [1u8; 5]).unwrap();
        assert!(matches!(
            load_or_create(dir.path(), Some(&short)),
            Err(CliError::Invalid { message: "invalid-key-file", .. })
        ));
    }
}
