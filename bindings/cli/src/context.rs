//! The global options of every command: where the profile lives, which languages, which day.

use std::{path::PathBuf, sync::Arc};

use chrono::NaiveDate;
use clap::ArgMatches;
use werkmaat_ffi::{Localizer, SetAside, TextArg, TextValue, Werkmaat};

use crate::{key_file, output, output::CliError};

pub struct Context {
    pub data_dir: PathBuf,
    pub locales: Vec<String>,
    pub json: bool,
    /// "Today" for every rule: `--today`, or the system's date.
    pub today: NaiveDate,
    pub key_file: Option<PathBuf>,
    pub localizer: Arc<Localizer>,
}

impl Context {
    pub fn new(matches: &ArgMatches, locales: Vec<String>, localizer: Arc<Localizer>) -> Result<Context, CliError> {
        let data_dir = match matches.get_one::<PathBuf>("data-dir") {
            Some(dir) => dir.clone(),
            None => default_data_dir().ok_or(CliError::Invalid { field: "data-dir", message: "error-file" })?,
        };
        let today = match matches.get_one::<String>("today") {
            Some(text) => crate::typed::date("today", text)?,
            None => chrono::Local::now().date_naive(),
        };
        Ok(Context {
            data_dir,
            locales,
            json: matches.get_flag("json"),
            today,
            key_file: matches.get_one::<PathBuf>("key-file").cloned(),
            localizer,
        })
    }

    /// `today` as the FFI takes it.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Where the diary witness is kept: beside the key file, as a phone keeps it beside the key.
    pub fn witness_path(&self) -> PathBuf {
        crate::witness_file::path_for(&key_file::path(&self.data_dir, self.key_file.as_deref()))
    }

    /// Opens (or creates) the profile in the data directory with its key. Until the user
    /// acknowledges it, every command says on stderr that earlier data could not be read.
    pub fn open_profile(&self) -> Result<Arc<Werkmaat>, CliError> {
        let key = key_file::load_or_create(&self.data_dir, self.key_file.as_deref())?;
        let profile = Werkmaat::open(self.data_dir.display().to_string(), self.locales.clone(), key.to_vec())?;
        let set_aside = profile.set_aside()?;
        for aside in &set_aside {
            output::warn(&self.set_aside_warning(aside));
        }
        if !set_aside.is_empty() {
            output::warn(&self.text("cli-set-aside-acknowledge"));
        }
        Ok(profile)
    }

    /// What the user reads about a database that was set aside.
    pub fn set_aside_warning(&self, aside: &SetAside) -> String {
        let day = chrono::DateTime::<chrono::Utc>::from(aside.at).date_naive();
        let text = |name: &str, value: String| TextArg { name: name.to_owned(), value: TextValue::Text { value } };
        let reason = serde_json::to_value(aside.reason).ok().and_then(|v| v.as_str().map(str::to_owned));
        let args = vec![
            text("reason", reason.unwrap_or_default()),
            text("file", aside.file.clone().unwrap_or_default()),
            text("at", self.localizer.date(day)),
        ];
        self.localizer.text("set-aside-warning".to_owned(), args)
    }

    pub fn text(&self, id: &str) -> String {
        self.localizer.text(id.to_owned(), Vec::new())
    }

    /// A message with text arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let args = args
            .iter()
            .map(|(name, value)| TextArg { name: (*name).to_owned(), value: TextValue::Text { value: value.clone() } })
            .collect();
        self.localizer.text(id.to_owned(), args)
    }

    /// A message with one `$date` argument, the ISO date written in words in the user's language.
    pub fn date_text(&self, id: &str, date: NaiveDate) -> String {
        let date = self.localizer.date(date);
        let arg = TextArg { name: "date".to_owned(), value: TextValue::Text { value: date } };
        self.localizer.text(id.to_owned(), vec![arg])
    }
}

/// The platform's data directory for Werkmaat (`~/.local/share/werkmaat` on Linux).
fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "Werkmaat", "werkmaat").map(|dirs| dirs.data_dir().to_owned())
}

/// The user's languages: `--locale a,b` if given, else the environment (LANGUAGE, then the
/// system locale). Read before the command line is parsed, so that `--help` is localized too.
pub fn preferred_locales(args: &[String]) -> Vec<String> {
    let flag = args.iter().enumerate().find_map(|(i, arg)| match arg.strip_prefix("--locale") {
        Some("") => args.get(i + 1).cloned(),
        Some(rest) => rest.strip_prefix('=').map(str::to_owned),
        None => None,
    });
    if let Some(codes) = flag {
        return codes.split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned).collect();
    }
    let mut locales: Vec<String> =
        std::env::var("LANGUAGE").unwrap_or_default().split(':').filter(|c| !c.is_empty()).map(str::to_owned).collect();
    locales.extend(sys_locale::get_locales());
    locales
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_locale_flag_wins_in_both_spellings() {
        assert_eq!(preferred_locales(&args(&["werkmaat", "--locale", "pl,en", "info"])), ["pl", "en"]);
        assert_eq!(preferred_locales(&args(&["werkmaat", "info", "--locale=ro"])), ["ro"]);
    }
}
