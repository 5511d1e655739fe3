//! What the CLI prints: JSON on stdout with `--json`, plain text otherwise; errors on stderr,
//! localized, with an exit code a script can branch on.

use std::{io::Write, process::ExitCode};

use serde_json::{Value, json};
use werkmaat_ffi::{ApiError, Localizer};

/// Exit codes: 1 storage or other failure, 2 bad input or usage, 3 wrong key, 4 profile from a
/// newer version, 5 no such guide or card, 6 a content pack refused.
#[derive(Debug)]
pub enum CliError {
    Api(ApiError),
    /// A flag of the CLI itself was refused; `message` is a Fluent id.
    Invalid {
        field: &'static str,
        message: &'static str,
    },
    Io(std::io::Error),
    /// A check the user asked for did not pass (`diary verify`); its result is already printed.
    Failed,
}

impl From<ApiError> for CliError {
    fn from(error: ApiError) -> Self {
        CliError::Api(error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        CliError::Io(error)
    }
}

impl CliError {
    /// (kind, field, localized message, exit code)
    fn describe(&self, l10n: &Localizer) -> (&'static str, Option<String>, String, u8) {
        let text = |id: &str| l10n.text(id.to_owned(), Vec::new());
        match self {
            CliError::Api(error) => {
                let reason = error.to_string();
                match error {
                    ApiError::InvalidInput { field, .. } => ("invalid_input", Some(field.clone()), reason, 2),
                    ApiError::WrongKey { .. } => ("wrong_key", None, reason, 3),
                    ApiError::IncompatibleVersion { .. } => ("incompatible_version", None, reason, 4),
                    ApiError::Closed { .. } => ("closed", None, reason, 1),
                    ApiError::NotFound { .. } => ("not_found", None, reason, 5),
                    ApiError::PackRefused { problem, .. } => ("pack_refused", Some(problem.clone()), reason, 6),
                    ApiError::DamagedData { .. } => ("damaged_data", None, reason, 1),
                    ApiError::Storage { .. } => ("storage", None, reason, 1),
                    ApiError::Cancelled { .. } => ("cancelled", None, reason, 130),
                }
            }
            CliError::Invalid { field, message } => ("invalid_input", Some((*field).to_owned()), text(message), 2),
            // The system's reason (permission denied, disk full) helps; it names no user content.
            CliError::Io(error) => ("file", None, format!("{} ({error})", text("error-file")), 1),
            CliError::Failed => ("check_failed", None, text("diary-verify-bad"), 1),
        }
    }
}

pub fn report_error(error: &CliError, l10n: &Localizer, json: bool) -> ExitCode {
    let (kind, field, message, code) = error.describe(l10n);
    if json {
        eprintln!("{}", json!({ "error": kind, "field": field, "message": message }));
    } else {
        eprintln!("{}: {message}", l10n.text("cli-error".to_owned(), Vec::new()));
    }
    ExitCode::from(code)
}

/// Help and version go to stdout with success; anything clap could not parse is a usage error.
pub fn usage_error(error: &clap::Error, l10n: &Localizer) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{}: {}",
        l10n.text("cli-error".to_owned(), Vec::new()),
        l10n.text("invalid-usage".to_owned(), Vec::new())
    );
    let _ = error.print();
    ExitCode::from(2)
}

/// Prints `value` as JSON (with `--json`) or runs `human` to print it for people.
pub fn print(json: bool, value: Value, human: impl FnOnce()) {
    if json {
        // A reader that stops early (`| head`) is not an error of ours.
        let _ = writeln!(std::io::stdout(), "{value}");
    } else {
        human();
    }
}
