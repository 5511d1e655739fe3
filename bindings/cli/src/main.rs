//! `werkmaat`: the reference terminal shell. It uses `werkmaat-ffi`'s Rust API exactly as a
//! mobile shell uses the generated bindings, and keeps the profile key in a file (mode 0600) where
//! a phone would use its keystore.

mod cli;
mod commands;
mod context;
mod files;
mod json;
mod key_file;
mod output;
mod typed;
mod witness_file;

use std::{ffi::OsString, process::ExitCode};

use werkmaat_ffi::Localizer;

use crate::context::Context;

fn main() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().collect();
    // Read the languages even from a line that is not all text, to refuse it in the user's words.
    let lossy: Vec<String> = raw.iter().map(|arg| arg.to_string_lossy().into_owned()).collect();
    let locales = context::preferred_locales(&lossy);
    let localizer = Localizer::new(locales.clone());
    let Some(args) = raw.into_iter().map(OsString::into_string).collect::<Result<Vec<String>, _>>().ok() else {
        return output::not_text(&localizer);
    };
    let matches = match cli::command(&localizer).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return output::usage_error(&error, &localizer),
    };
    let json = matches.get_flag("json");
    let result = Context::new(&matches, locales, localizer.clone())
        .and_then(|ctx| commands::run(&ctx, &matches))
        .and_then(|()| output::stdout_result());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => output::report_error(&error, &localizer, json),
    }
}
