//! Writing a file the safe way, for shells that keep their own files (the CLI's exports,
//! backups, packs and keys): the core's one writer, `werkmaat_core::files::write`.

use werkmaat_core::{Error, InputProblem, files};

use crate::error::{ApiResult, without_profile};

/// Writes `bytes` to `path` whole or not at all (a temporary file in the same folder, synced,
/// then put in place), readable by its owner only. With `replace` false an existing file is
/// kept and the call fails with `InvalidInput` on the field `file`; two callers racing for a new
/// name end with one whole file, the other told that it exists.
#[uniffi::export]
pub fn write_file(path: String, bytes: Vec<u8>, replace: bool) -> ApiResult<()> {
    let existing = if replace { files::Existing::Replace } else { files::Existing::Keep };
    without_profile(files::write(path.as_ref(), &bytes, existing).map_err(|error| {
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::invalid("file", InputProblem::FileExists)
        } else {
            Error::Io(error)
        }
    }))
}

/// Creates a profile's data folder (and missing parents) readable by its owner only, as opening
/// a profile does: for a shell that keeps a file of its own there before the first open (the
/// CLI's key file).
#[uniffi::export]
pub fn create_data_dir(data_dir: String) -> ApiResult<()> {
    without_profile(files::create_private_dir(data_dir.as_ref()).map_err(Error::Io))
}
