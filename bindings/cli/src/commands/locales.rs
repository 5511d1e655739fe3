use crate::{
    context::Context,
    json, output,
    output::{CliError, say},
};

pub fn run(ctx: &Context) -> Result<(), CliError> {
    let locales = werkmaat_ffi::supported_locales();
    let value: Vec<_> = locales.iter().map(json::Locale::from).collect();
    output::print(ctx.json, &value, || {
        for locale in &locales {
            let state = ctx.text(if locale.complete { "locales-complete" } else { "locales-incomplete" });
            say!("{:<4}{:<14}{state}", locale.code, locale.native_name);
        }
    });
    Ok(())
}
