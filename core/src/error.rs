//! The core's one error type. Variants name what went wrong in terms a user can act on; none of
//! them carries user content (diary text, names, numbers the user typed), so an error can be shown,
//! logged or reported without leaking anything. The FFI maps these to its small `ApiError`.

use fluent_bundle::FluentArgs;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The key from the shell is not 32 bytes long.
    #[error("the database key must be 32 bytes, got {actual}")]
    InvalidKeyLength { actual: usize },

    /// The key does not open this profile: its check value does not decrypt.
    #[error("the key does not open this profile")]
    WrongKey,

    /// The database was written by a newer version of Werkmaat. It is left untouched.
    #[error("the profile has schema version {found}, this version of Werkmaat supports up to {supported}")]
    IncompatibleVersion { found: u32, supported: u32 },

    /// A value the user or the shell gave is not acceptable. `field` names the input (a stable
    /// code a shell can use to highlight it); `problem` says what is wrong with it.
    #[error("invalid value for {field} ({problem})")]
    InvalidInput { field: &'static str, problem: InputProblem },

    /// The profile was closed or wiped; the handle can no longer be used.
    #[error("the profile is closed")]
    Closed,

    /// A stored value does not decrypt or decode with the profile's key: it was altered on disk.
    #[error("stored data in {place} is damaged or was altered")]
    Tampered { place: &'static str },

    /// The database file cannot be read (not a database, malformed, cut short, or gone). Opening
    /// sets such a file aside and starts a new one; this reaches a caller only when that fails.
    #[error("the database cannot be read ({reason:?})")]
    Unreadable { reason: crate::store::SetAsideReason },

    /// Something asked for by id does not exist; `message` is the Fluent id that says what
    /// (`error-unknown-guide`, `error-unknown-phrase`, `error-unknown-question`, `error-unknown-item`).
    #[error("not found ({message})")]
    NotFound { message: &'static str },

    /// Built-in or installed content does not read: a broken build or a damaged pack.
    #[error("content part {part} is damaged")]
    Content { part: &'static str },

    /// A content pack was refused; nothing was installed. `problem` says why.
    #[error("content pack refused ({problem})")]
    PackRefused { problem: PackProblem },

    /// The user stopped a long job; nothing was written.
    #[error("cancelled")]
    Cancelled,

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("file error: {0}")]
    Io(#[from] std::io::Error),

    #[error("encoding error: {0}")]
    Json(#[from] serde_json::Error),
}

crate::names::named_enum! {
    /// What is wrong with a value from the user or the shell; its name is the Fluent message that
    /// explains it (`invalid-*` in `locales/*/ui.ftl`).
    InputProblem {
        /// The key from the shell is not 32 bytes long.
        KeyLength => "error-invalid-key-length",
        /// A file to write is there already and may not be replaced.
        FileExists => "invalid-file-exists",
        AnchorBadSignature => "invalid-anchor-bad-signature",
        AnchorEmptyDiary => "invalid-anchor-empty-diary",
        AnchorGarbage => "invalid-anchor-garbage",
        AnchorImprintMismatch => "invalid-anchor-imprint-mismatch",
        AnchorMissingCertificate => "invalid-anchor-missing-certificate",
        AnchorNoRequest => "invalid-anchor-no-request",
        AnchorNoTimeStampingUsage => "invalid-anchor-no-time-stamping-usage",
        AnchorNonceMismatch => "invalid-anchor-nonce-mismatch",
        AnchorNotGranted => "invalid-anchor-not-granted",
        AnchorNotValidAtTime => "invalid-anchor-not-valid-at-time",
        AnchorTrustedCertificate => "invalid-anchor-trusted-certificate",
        AnchorUnsupportedAlgorithm => "invalid-anchor-unsupported-algorithm",
        AnchorUntrusted => "invalid-anchor-untrusted",
        AnswerNumber => "invalid-answer-number",
        AnswerOption => "invalid-answer-option",
        AnswerRange => "invalid-answer-range",
        AnswerYesNo => "invalid-answer-yes-no",
        Backup => "invalid-backup",
        Bbox => "invalid-bbox",
        BodyPart => "invalid-body-part",
        Break => "invalid-break",
        BsnChecksum => "invalid-bsn-checksum",
        BsnFormat => "invalid-bsn-format",
        CorrectionKind => "invalid-correction-kind",
        Date => "invalid-date",
        DateOfBirth => "invalid-date-of-birth",
        DiaryExport => "invalid-diary-export",
        DoctorLocale => "invalid-doctor-locale",
        Empty => "invalid-empty",
        FutureTime => "invalid-future-time",
        IdentityField => "invalid-identity-field",
        Latitude => "invalid-latitude",
        Limit => "invalid-limit",
        Longitude => "invalid-longitude",
        NumberUnclear => "invalid-number-unclear",
        OsmAnswer => "invalid-osm-answer",
        OsmExtract => "invalid-osm-extract",
        PackParts => "invalid-pack-parts",
        Passphrase => "invalid-passphrase",
        PassphraseShort => "invalid-passphrase-short",
        Phone => "invalid-phone",
        Photo => "invalid-photo",
        PlaceKind => "invalid-place-kind",
        PostcodeFormat => "invalid-postcode-format",
        PostcodeUnknown => "invalid-postcode-unknown",
        PublicKey => "invalid-public-key",
        RestoreNotEmpty => "invalid-restore-not-empty",
        SecretKey => "invalid-secret-key",
        Severity => "invalid-severity",
        ShiftLength => "invalid-shift-length",
        ShiftOrder => "invalid-shift-order",
        SymptomCode => "invalid-symptom-code",
        Time => "invalid-time",
        TooLong => "invalid-too-long",
        ShareRecipient => "invalid-share-recipient",
        ShareNoRecipient => "invalid-share-no-recipient",
        AttachmentFormat => "invalid-attachment-format",
        AttachmentLocationHeic => "invalid-attachment-location-heic",
        AttachmentKind => "invalid-attachment-kind",
        AttachmentTooLarge => "invalid-attachment-too-large",
    }
}

crate::names::named_enum! {
    /// Why a content pack was refused.
    PackProblem {
        /// Larger than a pack may be.
        Oversized => "oversized",
        /// Cut off before its end.
        Truncated => "truncated",
        /// Not a Werkmaat content pack at all.
        NotAPack => "not-a-pack",
        /// Not signed by a trusted key, or altered after signing.
        Signature => "signature",
        /// Signed by a key that is no longer trusted.
        RetiredKey => "retired-key",
        /// Its list of parts does not read or does not fit its contents.
        Manifest => "manifest",
        /// Written in a pack format this version does not read.
        Format => "format",
        /// A part does not match its hash.
        Hash => "hash",
        /// Not newer than the content installed.
        Older => "older",
        /// Its content does not agree with itself or with the bundled content.
        Content => "content",
    }
}

impl PackProblem {
    /// The Fluent message that explains the refusal.
    pub fn message(self) -> &'static str {
        match self {
            PackProblem::Oversized => "pack-refused-oversized",
            PackProblem::Truncated => "pack-refused-truncated",
            PackProblem::NotAPack => "pack-refused-not-a-pack",
            PackProblem::Signature => "pack-refused-signature",
            PackProblem::RetiredKey => "pack-refused-retired-key",
            PackProblem::Manifest => "pack-refused-manifest",
            PackProblem::Format => "pack-refused-format",
            PackProblem::Hash => "pack-refused-hash",
            PackProblem::Older => "pack-refused-older",
            PackProblem::Content => "pack-refused-content",
        }
    }
}

impl Error {
    pub fn invalid(field: &'static str, problem: InputProblem) -> Self {
        Error::InvalidInput { field, problem }
    }

    /// The Fluent message that explains this error to a user, and its arguments. Technical details
    /// of storage errors stay out of the user's text: they mean nothing to the user and may name
    /// paths on the device.
    pub fn message(&self) -> (&'static str, FluentArgs<'static>) {
        let mut args = FluentArgs::new();
        let id = match self {
            Error::InvalidKeyLength { actual } => {
                args.set("expected", 32);
                args.set("actual", *actual);
                "error-invalid-key-length"
            }
            Error::WrongKey => "error-wrong-key",
            Error::IncompatibleVersion { found, supported } => {
                args.set("found", *found);
                args.set("supported", *supported);
                "error-incompatible-version"
            }
            Error::InvalidInput { problem, .. } => {
                if *problem == InputProblem::NumberUnclear {
                    crate::l10n::number_example_args(&mut args);
                }
                problem.id()
            }
            Error::Closed => "error-closed",
            Error::Tampered { .. } | Error::Unreadable { .. } => "error-tampered",
            Error::NotFound { message } => message,
            Error::Content { .. } => "error-content",
            Error::PackRefused { problem } => problem.message(),
            Error::Cancelled => "error-cancelled",
            Error::Sqlite(_) | Error::Json(_) => "error-storage",
            Error::Io(_) => "error-file",
        };
        (id, args)
    }
}
