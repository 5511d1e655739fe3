//! The public error: few variants a shell can branch on, each with a `reason` already written in
//! the user's language. The one mapping from the core's `Error` lives in `ApiError::new`.

use werkmaat_core::{Error, l10n::Localizer};

#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// A value from the user or the shell was refused; `field` names it (`bsn`, `key`, `today`).
    #[error("{reason}")]
    InvalidInput { field: String, reason: String },
    /// The key does not open this profile. Nothing was changed.
    #[error("{reason}")]
    WrongKey { reason: String },
    /// The profile was written by a newer Werkmaat. It was left untouched.
    #[error("{reason}")]
    IncompatibleVersion { found: u32, supported: u32, reason: String },
    /// A content pack was refused and nothing was installed; `problem` says why (`signature`,
    /// `retired-key`, `older`, `truncated`, `hash`, `format`, `oversized`, …).
    #[error("{reason}")]
    PackRefused { problem: String, reason: String },
    /// No guide, phrase card or other item has this id.
    #[error("{reason}")]
    NotFound { reason: String },
    /// The handle was closed or the profile wiped.
    #[error("{reason}")]
    Closed { reason: String },
    /// Stored data does not decrypt or decode: damaged, or altered outside Werkmaat.
    #[error("{reason}")]
    DamagedData { reason: String },
    /// The user cancelled a long job through its progress listener; nothing was written.
    #[error("{reason}")]
    Cancelled { reason: String },
    /// The device's storage failed (disk full, permissions, I/O). `detail` is technical and
    /// never holds user content.
    #[error("{reason}")]
    Storage { reason: String, detail: String },
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// The result of a call made without a profile (no user languages to speak): reasons in English,
/// the reference locale.
pub(crate) fn without_profile<T>(result: werkmaat_core::Result<T>) -> ApiResult<T> {
    result.map_err(|error| ApiError::new(error, &Localizer::negotiate::<&str>(&[])))
}

impl ApiError {
    /// The one mapping from the core's errors, localized with the caller's locale chain.
    pub(crate) fn new(error: Error, localizer: &Localizer) -> ApiError {
        let reason = localizer.error(&error);
        match error {
            Error::InvalidKeyLength { .. } => ApiError::InvalidInput { field: "key".to_owned(), reason },
            Error::InvalidInput { field, .. } => ApiError::InvalidInput { field: field.to_owned(), reason },
            Error::WrongKey => ApiError::WrongKey { reason },
            Error::IncompatibleVersion { found, supported } => {
                ApiError::IncompatibleVersion { found, supported, reason }
            }
            Error::Closed => ApiError::Closed { reason },
            Error::Tampered { .. } | Error::Unreadable { .. } | Error::Content { .. } => {
                ApiError::DamagedData { reason }
            }
            Error::NotFound { .. } => ApiError::NotFound { reason },
            Error::PackRefused { problem } => ApiError::PackRefused { problem: problem.to_owned(), reason },
            Error::Cancelled => ApiError::Cancelled { reason },
            Error::Sqlite(_) | Error::Io(_) | Error::Json(_) => ApiError::Storage { detail: error.to_string(), reason },
        }
    }
}
