use clap::ArgMatches;
use werkmaat_ffi::{CareOrigin, CarePlace, OffsetDateTime, PlaceKind, Position, TextArg, TextValue};

use crate::{
    context::Context,
    files, json, output,
    output::{CliError, say},
    typed,
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    // The query needs no profile: it is what a publisher or a shell sends before any import.
    if let Some(("overpass-query", sub)) = matches.subcommand() {
        let bbox = sub.get_one::<String>("bbox").cloned().unwrap_or_default();
        let query = werkmaat_ffi::overpass_query(bbox)?;
        output::print(ctx.json, &json::OverpassQuery { query: query.clone() }, || {
            say!("{}", query.trim_end_matches('\n'))
        });
        return Ok(());
    }
    let profile = ctx.open_profile()?;
    let care = profile.care();
    let result = match matches.subcommand() {
        Some(("nearest", sub)) => origin(sub).and_then(|origin| {
            let kind = sub
                .get_one::<String>("kind")
                .map(|kind| typed::name("kind", "invalid-place-kind", kind, PlaceKind::from_id))
                .transpose()?;
            let limit = sub.get_one::<u32>("limit").copied().unwrap_or(5);
            care.nearest_at(origin, kind, limit, at(sub)?, sub.get_flag("open-now"))
                .map_err(CliError::from)
                .map(|places| print_places(ctx, &places, true))
        }),
        Some(("search", sub)) => {
            let text = sub.get_one::<String>("text").cloned().unwrap_or_default();
            let limit = sub.get_one::<u32>("limit").copied().unwrap_or(20);
            care.search(text, limit).map_err(CliError::from).map(|places| print_places(ctx, &places, false))
        }
        Some(("now", sub)) => origin(sub).and_then(|origin| {
            care.now(origin, at(sub)?, sub.get_flag("urgent")).map_err(CliError::from).map(|advice| {
                output::print(ctx.json, &json::Advice::from(&advice), || {
                    say!("{}\n", advice.text);
                    print_places_human(ctx, &advice.places, true);
                });
            })
        }),
        Some(("import-osm", sub)) => {
            let path = sub.get_one::<std::path::PathBuf>("file").cloned().unwrap_or_default();
            files::read_text(&path).and_then(|answer| {
                care.import_osm(answer, ctx.today()).map_err(CliError::from).map(|report| {
                    let value = json::OsmImport::from(&report);
                    output::print(ctx.json, &value, || say!("{}", output::to_json_pretty(&value)));
                })
            })
        }
        _ => Err(CliError::Invalid { field: "command", message: "invalid-usage" }),
    };
    profile.shutdown();
    result
}

/// `--at`, or the CLI's clock: the core takes time only from the shell.
fn at(sub: &ArgMatches) -> Result<OffsetDateTime, CliError> {
    sub.get_one::<String>("at").map_or_else(|| Ok(typed::now()), |text| typed::time("at", text))
}

/// `--lat X --lon Y` or `--postcode CODE` (clap makes them exclusive and one of them required).
fn origin(sub: &ArgMatches) -> Result<CareOrigin, CliError> {
    match (sub.get_one::<f64>("lat"), sub.get_one::<f64>("lon"), sub.get_one::<String>("postcode")) {
        (Some(lat), Some(lon), None) => Ok(CareOrigin::Point { position: Position { lat: *lat, lon: *lon } }),
        (None, None, Some(code)) => Ok(CareOrigin::Postcode { code: code.clone() }),
        _ => Err(CliError::Invalid { field: "postcode", message: "invalid-origin" }),
    }
}

fn print_places(ctx: &Context, places: &[CarePlace], with_distance: bool) {
    let measured = if with_distance { json::Place::from } else { json::Place::found };
    let list: Vec<_> = places.iter().map(measured).collect();
    output::print(ctx.json, &list, || print_places_human(ctx, places, with_distance));
}

/// A distance in kilometres, to one decimal at most, the way the user's language writes it ("2,3 km").
fn distance(ctx: &Context, metres: f64) -> String {
    let km = (metres / 100.0).round() / 10.0;
    ctx.localizer.text(
        "care-distance".to_owned(),
        vec![TextArg { name: "km".to_owned(), value: TextValue::Number { value: km } }],
    )
}

pub fn print_places_human(ctx: &Context, places: &[CarePlace], with_distance: bool) {
    for p in places {
        let about = if p.approximate_position { "≈ " } else { "" };
        let distance = if with_distance { format!("{about}{}  ", distance(ctx, p.distance_m)) } else { String::new() };
        say!("{distance}{} — {}", p.name, ctx.text(&format!("care-kind-{}", p.kind.id())));
        let address = [p.address.as_str(), p.postcode.as_str(), p.town.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if !address.is_empty() {
            say!("    {address}");
        }
        if !p.phone.is_empty() {
            say!("    ☎ {}", p.phone);
        }
        if let Some(open) = p.open_now {
            let state = ctx.text(if open { "care-open-now" } else { "care-closed-now" });
            say!("    {state}: {}", p.opening_hours.as_deref().unwrap_or_default());
        }
        if p.approximate_position {
            say!("    {}", ctx.text("care-position-approximate"));
        }
        say!("    {} ({})", p.source, p.verified_on);
    }
}
