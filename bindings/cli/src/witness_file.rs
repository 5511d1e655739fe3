//! The CLI's stand-in for the witness a phone keeps in its keystore: the latest diary seq and head
//! after every write, in the key file's path plus `.witness`, readable by the owner only. `diary
//! verify` passes it back, so a diary rolled back behind it (rows removed, an older copy, a lost
//! WAL) does not verify.

use std::{
    fs,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};
use werkmaat_ffi::DiaryWitness;

use crate::output::CliError;

/// The file: `{"head", "seq"}`.
#[derive(Serialize, Deserialize)]
struct Stored {
    head: String,
    seq: u64,
}

/// The key file's path plus `.witness`.
pub fn path_for(key_file: &Path) -> PathBuf {
    let mut name = key_file.as_os_str().to_owned();
    name.push(".witness");
    PathBuf::from(name)
}

/// The witness kept, if any; one that does not read is an error, never ignored.
pub fn load(path: &Path) -> Result<Option<DiaryWitness>, CliError> {
    let bad = || CliError::Invalid { field: "witness", message: "invalid-witness-file" };
    match fs::read(path) {
        Ok(bytes) => {
            let Stored { head, seq } = serde_json::from_slice(&bytes).map_err(|_| bad())?;
            if head.len() != 64 {
                return Err(bad());
            }
            Ok(Some(DiaryWitness { seq, head }))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(CliError::Io(error)),
    }
}

/// Replaces the witness whole: a temporary file in the same folder, synced, renamed into place,
/// the folder synced, so a crash leaves the old witness or the new one, never half of one.
pub fn store(path: &Path, witness: &DiaryWitness) -> Result<(), CliError> {
    let stored = Stored { head: witness.head.clone(), seq: witness.seq };
    let json = serde_json::to_string(&stored).map_err(|error| CliError::Io(error.into()))?;
    // The one safe writer every output uses (temp file beside it, 0600, synced, renamed).
    Ok(werkmaat_ffi::write_file(path.display().to_string(), json.into_bytes(), true)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_witness_is_replaced_whole_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_for(&dir.path().join("werkmaat.key"));
        assert_eq!(path.file_name().unwrap(), "werkmaat.key.witness");
        assert_eq!(load(&path).unwrap(), None);
        for seq in [1, 2] {
            store(&path, &DiaryWitness { seq, head: "ab".repeat(32) }).unwrap();
            assert_eq!(load(&path).unwrap().unwrap().seq, seq);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file stays behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        fs::write(&path, b"{").unwrap();
        assert!(matches!(load(&path), Err(CliError::Invalid { message: "invalid-witness-file", .. })));
    }
}
