//! What the CLI prints: JSON on stdout with `--json`, plain text otherwise; errors on stderr,
//! localized, with an exit code a script can branch on.

use std::{
    fmt,
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
    sync::Mutex,
};

use serde::Serialize;
use werkmaat_ffi::{ApiError, Localizer, TextArg, TextValue};

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
    Io(io::Error),
    /// A file named on the command line cannot be used as asked: bad input, exit 2.
    File {
        path: PathBuf,
        problem: FileProblem,
    },
    /// A check the user asked for did not pass (`diary verify`); its result is already printed.
    Failed,
}

#[derive(Debug)]
pub enum FileProblem {
    /// An input file is missing or cannot be read (the system's reason is kept for the message).
    Unreadable(io::Error),
    /// The output file exists and `--force` was not given.
    Exists,
    /// The output would go into the profile's folder, onto its key or witness file.
    InProfile,
    /// The key file is there but does not hold 32 bytes.
    KeyDamaged,
}

impl From<ApiError> for CliError {
    fn from(error: ApiError) -> Self {
        CliError::Api(error)
    }
}

impl From<io::Error> for CliError {
    fn from(error: io::Error) -> Self {
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
                    ApiError::PackRefused { problem, .. } => ("pack_refused", Some(problem.to_string()), reason, 6),
                    ApiError::DamagedData { .. } => ("damaged_data", None, reason, 1),
                    // The technical detail (SQLite's or the system's words) names no user content
                    // and is what a bug report needs.
                    ApiError::Storage { detail, .. } => ("storage", None, format!("{reason} ({detail})"), 1),
                    ApiError::Cancelled { .. } => ("cancelled", None, reason, 130),
                }
            }
            CliError::Invalid { field, message } => ("invalid_input", Some((*field).to_owned()), text(message), 2),
            // The system's reason (permission denied, disk full) helps; it names no user content.
            CliError::Io(error) => ("file", None, format!("{} ({error})", text("error-file")), 1),
            CliError::File { path, problem } => {
                let arg =
                    TextArg { name: "path".to_owned(), value: TextValue::Text { value: path.display().to_string() } };
                let with_path = |id: &str| l10n.text(id.to_owned(), vec![arg.clone()]);
                let (kind, message) = match problem {
                    FileProblem::Unreadable(error) => {
                        ("unreadable_file", format!("{} ({error})", with_path("cli-file-unreadable")))
                    }
                    FileProblem::Exists => ("file_exists", with_path("cli-file-exists")),
                    FileProblem::InProfile => ("file_in_profile", with_path("cli-file-in-profile")),
                    FileProblem::KeyDamaged => ("invalid_input", with_path("cli-key-file-damaged")),
                };
                (kind, Some(path.display().to_string()), message, 2)
            }
            CliError::Failed => ("check_failed", None, text("diary-verify-bad"), 1),
        }
    }
}

/// `{"error", "field", "message"}` on stderr with `--json`.
#[derive(Serialize)]
struct ErrorJson {
    error: &'static str,
    field: Option<String>,
    message: String,
}

pub fn report_error(error: &CliError, l10n: &Localizer, json: bool) -> ExitCode {
    let (kind, field, message, code) = error.describe(l10n);
    // A closed stderr has no one left to tell; the exit code still says it.
    let _ = if json {
        writeln!(io::stderr(), "{}", to_json(&ErrorJson { error: kind, field, message }))
    } else {
        writeln!(io::stderr(), "{}: {message}", l10n.text("cli-error".to_owned(), Vec::new()))
    };
    ExitCode::from(code)
}

/// A line on stderr that is not an error (`eprintln!` panics when stderr is gone).
pub fn warn(text: &str) {
    let _ = writeln!(io::stderr(), "{text}");
}

/// An argument that is not UTF-8: a usage error that does not repeat the bytes (they may be
/// anything, and a terminal would print them as they are).
pub fn not_text(l10n: &Localizer) -> ExitCode {
    let text = |id: &str| l10n.text(id.to_owned(), Vec::new());
    let _ = writeln!(io::stderr(), "{}: {}", text("cli-error"), text("cli-not-text"));
    ExitCode::from(2)
}

/// Help and version go to stdout with success; anything clap could not parse is a usage error.
pub fn usage_error(error: &clap::Error, l10n: &Localizer) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let _ = writeln!(
        io::stderr(),
        "{}: {}",
        l10n.text("cli-error".to_owned(), Vec::new()),
        l10n.text("invalid-usage".to_owned(), Vec::new())
    );
    let _ = error.print();
    ExitCode::from(2)
}

/// Prints `value` as JSON (with `--json`) or runs `human` to print it for people.
pub fn print(json: bool, value: &impl Serialize, human: impl FnOnce()) {
    if json {
        line(format_args!("{}", to_json(value)));
    } else {
        human();
    }
}

/// One line of JSON, its keys sorted (through `Value`, whose map is ordered by key), so the order
/// of a struct's fields never shows.
pub fn to_json(value: &impl Serialize) -> String {
    as_value(value).to_string()
}

/// The same, indented, for people (`pack build` and the like print their record this way).
pub fn to_json_pretty(value: &impl Serialize) -> String {
    format!("{:#}", as_value(value))
}

/// The CLI's records are plain structs of strings, numbers and string-keyed maps, which always
/// serialize; should one ever not, the command ends with exit 1 rather than print half a record.
pub fn as_value(value: &impl Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_else(|_| {
        if let Ok(mut failed) = STDOUT_FAILED.lock() {
            failed.get_or_insert(io::ErrorKind::InvalidData);
        }
        serde_json::Value::Null
    })
}

/// `println!` for every line the CLI prints on stdout (`println!` panics when stdout is gone).
macro_rules! say {
    ($($arg:tt)*) => { $crate::output::line(format_args!($($arg)*)) };
}
pub(crate) use say;

/// The first failure to write stdout other than a closed pipe (a full disk under `> file`).
static STDOUT_FAILED: Mutex<Option<io::ErrorKind>> = Mutex::new(None);

/// Writes one line to stdout. A reader that stops early (`| head`) is not an error of ours: the
/// rest goes nowhere and the command ends as it would have. Any other failure is remembered for
/// `stdout_result`.
pub fn line(args: fmt::Arguments<'_>) {
    let mut out = io::stdout().lock();
    if let Err(error) = out.write_fmt(args).and_then(|()| out.write_all(b"\n"))
        && error.kind() != io::ErrorKind::BrokenPipe
        && let Ok(mut failed) = STDOUT_FAILED.lock()
    {
        failed.get_or_insert(error.kind());
    }
}

/// Whether everything printed reached stdout (or a reader that closed it early); checked once,
/// at the end.
pub fn stdout_result() -> Result<(), CliError> {
    let flushed = io::stdout().flush();
    let earlier = STDOUT_FAILED.lock().ok().and_then(|failed| *failed);
    match (earlier, flushed) {
        (Some(kind), _) => Err(CliError::Io(kind.into())),
        (None, Err(error)) if error.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Io(error)),
        _ => Ok(()),
    }
}
