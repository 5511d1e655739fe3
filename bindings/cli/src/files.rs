//! The files the CLI reads (inputs named on the command line) and writes (exports, backups,
//! packs, keys). Writing goes through `werkmaat_ffi::write_file`, the core's one safe writer; this
//! module adds what only a terminal has: `--force`, and keeping out of the profile's folder.

use std::{
    fs,
    io::Read,
    path::{Path, PathBuf},
};

use crate::{
    context::Context,
    key_file,
    output::{CliError, FileProblem},
};

/// The whole of an input file; a missing or unreadable one is bad input that names its path.
pub fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    fs::read(path).map_err(|error| unreadable(path, error))
}

/// Checks that an input file read later (in passes, too large to hold) can be opened.
pub fn check_readable(path: &Path) -> Result<(), CliError> {
    fs::File::open(path).map(drop).map_err(|error| unreadable(path, error))
}

/// An input file that must be text.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    fs::read_to_string(path).map_err(|error| unreadable(path, error))
}

/// At most `limit` bytes of a file: enough to tell a right-sized file from a wrong one without
/// reading a huge (or endless, `/dev/zero`) one into memory. `None` when there is no such file.
pub fn read_at_most(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, CliError> {
    let mut bytes = Vec::new();
    match fs::File::open(path).and_then(|file| file.take(limit).read_to_end(&mut bytes)) {
        Ok(_) => Ok(Some(bytes)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(unreadable(path, error)),
    }
}

pub fn unreadable(path: &Path, error: std::io::Error) -> CliError {
    CliError::File { path: path.to_owned(), problem: FileProblem::Unreadable(error) }
}

/// Writes an output file the user named: never inside the profile's folder (nor onto its key or
/// witness file), and over an existing file only with `--force`.
pub fn write_output(ctx: &Context, path: &Path, bytes: &[u8], force: bool) -> Result<(), CliError> {
    written_by_ffi(ctx, path, force, || werkmaat_ffi::write_file(path.display().to_string(), bytes.to_vec(), force))
}

/// Runs `write`, an FFI call that writes `path` itself (a share, streamed), after the checks of
/// `write_output`: never into the profile's folder, over an existing file only with `force`.
pub fn written_by_ffi<T>(
    ctx: &Context,
    path: &Path,
    force: bool,
    write: impl FnOnce() -> Result<T, werkmaat_ffi::ApiError>,
) -> Result<T, CliError> {
    let problem = |problem| CliError::File { path: path.to_owned(), problem };
    if protected(ctx).iter().any(|place| resolved(path).starts_with(place)) {
        return Err(problem(FileProblem::InProfile));
    }
    if !force && path.symlink_metadata().is_ok() {
        return Err(problem(FileProblem::Exists));
    }
    match write() {
        // Another program made the file after the check above; it was kept.
        Err(werkmaat_ffi::ApiError::InvalidInput { field, .. }) if field == "file" => Err(problem(FileProblem::Exists)),
        result => Ok(result?),
    }
}

/// Where output never goes: the data folder with everything in it, and the key file and its
/// witness wherever `--key-file` put them.
fn protected(ctx: &Context) -> Vec<PathBuf> {
    let key = ctx.key_file.clone().unwrap_or_else(|| key_file::default_path(&ctx.data_dir));
    let mut witness = key.clone().into_os_string();
    witness.push(".witness");
    [ctx.data_dir.clone(), key, witness.into()].iter().map(|path| resolved(path)).collect()
}

/// `path` made absolute with links resolved as far as it exists, so that `./x`, `../d/x` and a
/// link to the folder all compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if let Ok(real) = absolute.canonicalize() {
        return real;
    }
    match (absolute.parent(), absolute.file_name()) {
        (Some(parent), Some(name)) => resolved(parent).join(name),
        _ => absolute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_compare_by_where_they_lead() {
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path().join("profile");
        fs::create_dir(&profile).unwrap();
        let sideways = profile.join("../profile/werkmaat.db");
        assert!(resolved(&sideways).starts_with(resolved(&profile)));
        assert!(resolved(&profile.join("not/yet/there.json")).starts_with(resolved(&profile)));
        assert!(!resolved(&dir.path().join("profile-export.json")).starts_with(resolved(&profile)));
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&profile, &link).unwrap();
            assert!(resolved(&link.join("werkmaat.db")).starts_with(resolved(&profile)));
        }
    }

    #[test]
    fn a_missing_input_names_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.json");
        match read(&missing) {
            Err(CliError::File { path, problem: FileProblem::Unreadable(_) }) => assert_eq!(path, missing),
            other => panic!("{other:?}"),
        }
        assert!(read_at_most(&missing, 8).unwrap().is_none());
    }
}
