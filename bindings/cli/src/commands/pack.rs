//! `werkmaat pack`: keys, building, checking, installing and rolling back content packs.

use std::{collections::HashMap, path::PathBuf};

use clap::ArgMatches;
use werkmaat_ffi::{ContentInfo, ContentPart};

use crate::{
    context::Context,
    files, json, output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let path = |sub: &ArgMatches, name: &str| sub.get_one::<PathBuf>(name).cloned().unwrap_or_default();
    match matches.subcommand() {
        Some(("keygen", sub)) => {
            let pair = werkmaat_ffi::pack_keygen()?;
            files::write_output(ctx, &path(sub, "out"), pair.secret_key.as_bytes(), sub.get_flag("force"))?;
            output::print(ctx.json, &json::PublicKey { public_key: pair.public_key.clone() }, || {
                say!("{}", pair.public_key)
            });
            Ok(())
        }
        Some(("build", sub)) => {
            let secret = files::read_text(&path(sub, "key"))?;
            let version = sub.get_one::<u64>("version").copied().unwrap_or_default();
            let parts = sub
                .get_one::<String>("parts")
                .map(|list| {
                    list.split(',')
                        .filter(|p| !p.trim().is_empty())
                        .map(|p| crate::typed::name("parts", "invalid-pack-parts", p, ContentPart::from_id))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()?
                .unwrap_or_default();
            let mut overrides = HashMap::new();
            if let Some(dir) = sub.get_one::<PathBuf>("from") {
                // `<part>.json` replaces that part; a part without a file keeps the built-in one.
                for part in werkmaat_ffi::content_parts() {
                    let file = dir.join(format!("{part}.json"));
                    match files::read(&file) {
                        Ok(bytes) => {
                            overrides.insert(part, bytes);
                        }
                        Err(_) if !file.exists() => {}
                        Err(error) => return Err(error),
                    }
                }
            }
            let bytes = werkmaat_ffi::pack_build(secret, version, ctx.today(), parts, overrides)?;
            let out = path(sub, "out");
            files::write_output(ctx, &out, &bytes, sub.get_flag("force"))?;
            let value = json::PackBuilt { file: out.display().to_string(), version, bytes: bytes.len() };
            output::print(ctx.json, &value, || say!("{}", output::to_json_pretty(&value)));
            Ok(())
        }
        Some(("places", sub)) => places_from_osm(ctx, sub),
        Some(("verify", sub)) => {
            let key = sub.get_one::<String>("public-key").cloned().unwrap_or_default();
            let summary = werkmaat_ffi::pack_verify(files::read(&path(sub, "file"))?, key)?;
            let value = json::PackVerified::from(&summary);
            output::print(ctx.json, &value, || say!("{}", output::to_json_pretty(&value)));
            Ok(())
        }
        Some(("install", sub)) => {
            let bytes = files::read(&path(sub, "file"))?;
            let profile = ctx.open_profile()?;
            let result = profile.install_pack(bytes);
            profile.shutdown();
            print_content(ctx, &result?);
            Ok(())
        }
        _ => {
            let profile = ctx.open_profile()?;
            let result = profile.rollback_content();
            profile.shutdown();
            print_content(ctx, &result?);
            Ok(())
        }
    }
}

/// `pack places --from-osm FILE`: a signed places pack from an OpenStreetMap extract.
fn places_from_osm(ctx: &Context, sub: &ArgMatches) -> Result<(), CliError> {
    let path = |name: &str| sub.get_one::<PathBuf>(name).cloned().unwrap_or_default();
    let secret = files::read_text(&path("key"))?;
    let extract = path("from-osm");
    files::check_readable(&extract)?;
    let version = sub.get_one::<u64>("version").copied().unwrap_or_default();
    let built = werkmaat_ffi::pack_places_from_osm(&extract, secret, version, ctx.today())?;
    let out = path("out");
    files::write_output(ctx, &out, &built.bytes, sub.get_flag("force"))?;
    let value = json::PlacesPack::new(&built, out.display().to_string());
    output::print(ctx.json, &value, || say!("{}", output::to_json_pretty(&value)));
    Ok(())
}

fn print_content(ctx: &Context, info: &ContentInfo) {
    output::print(ctx.json, &json::Content::from(info), || {
        say!("{}: {} ({})", ctx.text("info-content"), info.version, info.created);
        for part in &info.parts {
            say!("  {:<10}{}", part.name, part.source);
        }
    });
}
