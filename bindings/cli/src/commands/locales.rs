use serde_json::json;

use crate::{
    context::Context,
    output,
    output::{CliError, say},
};

pub fn run(ctx: &Context) -> Result<(), CliError> {
    let locales = werkmaat_ffi::supported_locales();
    let value = json!(
        locales
            .iter()
            .map(|l| json!({ "code": l.code, "native_name": l.native_name, "complete": l.complete }))
            .collect::<Vec<_>>()
    );
    output::print(ctx.json, value, || {
        for locale in &locales {
            let state = ctx.text(if locale.complete { "locales-complete" } else { "locales-incomplete" });
            say!("{:<4}{:<14}{state}", locale.code, locale.native_name);
        }
    });
    Ok(())
}
