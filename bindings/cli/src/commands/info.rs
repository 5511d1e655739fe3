use serde_json::json;

use crate::{
    context::Context,
    output,
    output::{CliError, say},
    typed,
};

/// `acknowledge`: the user has read about the data set aside; stop warning about it.
pub fn run(ctx: &Context, acknowledge: bool) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let info = profile.info();
    let acknowledged = match (&info, acknowledge) {
        (Ok(_), true) => profile.acknowledge_set_aside(),
        _ => Ok(()),
    };
    profile.shutdown();
    let info = info?;
    acknowledged?;
    let locales: Vec<_> =
        info.locales.iter().map(|l| json!({ "code": l.code, "native_name": l.native_name })).collect();
    let value = json!({
        "version": info.version,
        "schema_version": info.schema_version,
        "data_dir": info.data_dir,
        "locale": info.locale,
        "locales": locales,
        "attributions": info.attributions,
        "content": super::pack::content_json(&info.content),
        "set_aside": info.set_aside.iter().map(|a| json!({ "file": a.file, "at": typed::instant_seconds(a.at), "reason": a.reason })).collect::<Vec<_>>(),
    });
    output::print(ctx.json, value, || {
        say!("{}: {}", ctx.text("info-version"), info.version);
        say!("{}: {}", ctx.text("info-schema-version"), info.schema_version);
        say!("{}: {}", ctx.text("info-data-dir"), info.data_dir);
        let current = info.locales.iter().find(|l| l.code == info.locale).map_or("", |l| l.native_name.as_str());
        say!("{}: {} ({current})", ctx.text("info-locale"), info.locale);
        let all: Vec<_> = info.locales.iter().map(|l| l.code.as_str()).collect();
        say!("{}: {}", ctx.text("info-locales"), all.join(", "));
        say!("{}: {} ({})", ctx.text("info-content"), info.content.version, info.content.created);
        for aside in &info.set_aside {
            say!("{}", ctx.set_aside_warning(aside));
        }
    });
    Ok(())
}
