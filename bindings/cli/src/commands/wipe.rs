use std::fs;

use crate::{
    context::Context,
    json, key_file, output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, confirmed: bool) -> Result<(), CliError> {
    if !confirmed {
        return Err(CliError::Invalid { field: "yes", message: "invalid-wipe-not-confirmed" });
    }
    ctx.open_profile()?.wipe()?;
    // The default key file belongs to the profile; a --key-file elsewhere is the user's own.
    if ctx.key_file.is_none() {
        match fs::remove_file(key_file::default_path(&ctx.data_dir)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
            _ => {}
        }
    }
    output::print(ctx.json, &json::Wiped { wiped: true }, || say!("{}", ctx.text("wipe-done")));
    Ok(())
}
