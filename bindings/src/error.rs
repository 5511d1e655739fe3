//! The public error: few variants a shell can branch on, each with a typed code beside a `reason`
//! already written in the user's language. The one mapping from the core's `Error` lives in
//! `ApiError::new`; services reach it through `Localized::api`.

use werkmaat_core::{Error, Werkmaat, l10n::Localizer};
pub use werkmaat_core::{InputProblem, PackProblem};

#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// A value from the user or the shell was refused; `field` names it (`bsn`, `key`, `today`),
    /// `problem` says what is wrong with it (`BsnChecksum`, `FutureTime`, …).
    #[error("{reason}")]
    InvalidInput { field: String, problem: InputProblem, reason: String },
    /// The key does not open this profile. Nothing was changed.
    #[error("{reason}")]
    WrongKey { reason: String },
    /// The profile was written by a newer Werkmaat. It was left untouched.
    #[error("{reason}")]
    IncompatibleVersion { found: u32, supported: u32, reason: String },
    /// A content pack was refused and nothing was installed; `problem` says why.
    #[error("{reason}")]
    PackRefused { problem: PackProblem, reason: String },
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

/// What is wrong with a refused value (the core's type).
#[uniffi::remote(Enum)]
pub enum InputProblem {
    KeyLength,
    FileExists,
    AnchorBadSignature,
    AnchorEmptyDiary,
    AnchorGarbage,
    AnchorImprintMismatch,
    AnchorMissingCertificate,
    AnchorNoRequest,
    AnchorNoTimeStampingUsage,
    AnchorNonceMismatch,
    AnchorNotGranted,
    AnchorNotValidAtTime,
    AnchorTrustedCertificate,
    AnchorUnsupportedAlgorithm,
    AnchorUntrusted,
    AnswerNumber,
    AnswerOption,
    AnswerRange,
    AnswerYesNo,
    Backup,
    Bbox,
    BodyPart,
    Break,
    BsnChecksum,
    BsnFormat,
    CorrectionKind,
    Date,
    DateOfBirth,
    DiaryExport,
    DoctorLocale,
    Empty,
    FutureTime,
    IdentityField,
    Latitude,
    Limit,
    Longitude,
    NumberUnclear,
    OsmAnswer,
    OsmExtract,
    PackParts,
    Passphrase,
    PassphraseShort,
    Phone,
    Photo,
    PlaceKind,
    PostcodeFormat,
    PostcodeUnknown,
    PublicKey,
    RestoreNotEmpty,
    SecretKey,
    Severity,
    ShiftLength,
    ShiftOrder,
    SymptomCode,
    Time,
    TooLong,
    ShareRecipient,
    ShareNoRecipient,
    AttachmentFormat,
    AttachmentLocationHeic,
    AttachmentKind,
    AttachmentTooLarge,
}

/// Why a content pack was refused (the core's type).
#[uniffi::remote(Enum)]
pub enum PackProblem {
    Oversized,
    Truncated,
    NotAPack,
    Signature,
    RetiredKey,
    Manifest,
    Format,
    Hash,
    Older,
    Content,
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// Whatever speaks the user's languages: the one way a core result becomes an FFI result, its
/// error written in those languages (application-services' `handle_error`, as one method).
pub(crate) trait Localized {
    fn localizer(&self) -> Localizer;

    fn api<T>(&self, result: werkmaat_core::Result<T>) -> ApiResult<T> {
        result.map_err(|error| ApiError::new(error, &self.localizer()))
    }
}

/// A profile: its negotiated languages, as they are at the moment of the error.
impl Localized for Werkmaat {
    fn localizer(&self) -> Localizer {
        Werkmaat::localizer(self)
    }
}

impl Localized for Localizer {
    fn localizer(&self) -> Localizer {
        self.clone()
    }
}

/// The result of a call made without a profile (no user languages to speak): reasons in English,
/// the reference locale.
pub(crate) fn without_profile<T>(result: werkmaat_core::Result<T>) -> ApiResult<T> {
    Localizer::negotiate::<&str>(&[]).api(result)
}

impl ApiError {
    /// The one mapping from the core's errors, localized with the caller's locale chain.
    pub(crate) fn new(error: Error, localizer: &Localizer) -> ApiError {
        let reason = localizer.error(&error);
        match error {
            Error::InvalidKeyLength { .. } => {
                ApiError::InvalidInput { field: "key".to_owned(), problem: InputProblem::KeyLength, reason }
            }
            Error::InvalidInput { field, problem } => {
                ApiError::InvalidInput { field: field.to_owned(), problem, reason }
            }
            Error::WrongKey => ApiError::WrongKey { reason },
            Error::IncompatibleVersion { found, supported } => {
                ApiError::IncompatibleVersion { found, supported, reason }
            }
            Error::Closed => ApiError::Closed { reason },
            Error::Tampered { .. } | Error::Unreadable { .. } | Error::Content { .. } => {
                ApiError::DamagedData { reason }
            }
            Error::NotFound { .. } => ApiError::NotFound { reason },
            Error::PackRefused { problem } => ApiError::PackRefused { problem, reason },
            Error::Cancelled => ApiError::Cancelled { reason },
            Error::Sqlite(_) | Error::Io(_) | Error::Json(_) => ApiError::Storage { detail: error.to_string(), reason },
        }
    }
}
