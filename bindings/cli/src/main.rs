//! `werkmaat`: the reference terminal shell. It uses `werkmaat-ffi`'s Rust API exactly as a
//! mobile shell uses the generated bindings, and keeps the profile key in a file (mode 0600) where
//! a phone would use its keystore.

mod cli;
mod commands;
mod context;
mod key_file;
mod output;
mod witness_file;

use std::process::ExitCode;

use werkmaat_ffi::Localizer;

use crate::context::Context;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let locales = context::preferred_locales(&args);
    let localizer = Localizer::new(locales.clone());
    let matches = match cli::command(&localizer).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return output::usage_error(&error, &localizer),
    };
    let json = matches.get_flag("json");
    let result = Context::new(&matches, locales, localizer.clone()).and_then(|ctx| commands::run(&ctx, &matches));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => output::report_error(&error, &localizer, json),
    }
}
