use clap::ArgMatches;
use serde_json::json;
use werkmaat_ffi::{DetailChange, DetailField, PersonalDetails};

use crate::{
    context::Context,
    output,
    output::{CliError, say},
};

pub fn run(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let profile = ctx.open_profile()?;
    let service = profile.details();
    let result = match matches.subcommand() {
        Some(("set", args)) => {
            let fields = [
                ("name", DetailField::FullName),
                ("birth-date", DetailField::DateOfBirth),
                ("bsn", DetailField::Bsn),
                ("phone", DetailField::Phone),
                ("insurer", DetailField::Insurer),
                ("policy-number", DetailField::PolicyNumber),
                ("gp-name", DetailField::GpName),
                ("gp-phone", DetailField::GpPhone),
                ("employer", DetailField::Employer),
                ("agency", DetailField::Agency),
            ];
            let changes = fields
                .into_iter()
                .filter_map(|(flag, field)| {
                    args.get_one::<String>(flag).map(|value| DetailChange { field, value: value.clone() })
                })
                .collect();
            let saved = service.update(changes, ctx.today())?;
            show(ctx, &saved, Some("details-saved"));
            Ok(())
        }
        Some(("clear", _)) => {
            service.clear()?;
            output::print(ctx.json, json!({ "cleared": true }), || say!("{}", ctx.text("details-cleared")));
            Ok(())
        }
        _ => {
            show(ctx, &service.get()?, None);
            Ok(())
        }
    };
    profile.shutdown();
    result
}

fn show(ctx: &Context, d: &PersonalDetails, headline: Option<&str>) {
    let date_of_birth = d.date_of_birth.map(|day| day.format("%Y-%m-%d").to_string());
    let rows = [
        ("full_name", "details-full-name", &d.full_name),
        ("date_of_birth", "details-date-of-birth", &date_of_birth),
        ("bsn", "details-bsn", &d.bsn),
        ("phone", "details-phone", &d.phone_national),
        ("insurer", "details-insurer", &d.insurer),
        ("policy_number", "details-policy-number", &d.policy_number),
        ("gp_name", "details-gp-name", &d.gp_name),
        ("gp_phone", "details-gp-phone", &d.gp_phone_national),
        ("employer", "details-employer", &d.employer),
        ("agency", "details-agency", &d.agency),
    ];
    // JSON keeps the stored form (phones in E.164) beside the shown one; people read the shown one.
    let mut value =
        serde_json::Value::Object(rows.iter().map(|(key, _, value)| ((*key).to_owned(), json!(value))).collect());
    value["phone"] = json!(d.phone);
    value["gp_phone"] = json!(d.gp_phone);
    value["phone_national"] = json!(d.phone_national);
    value["gp_phone_national"] = json!(d.gp_phone_national);
    output::print(ctx.json, value, || {
        if let Some(id) = headline {
            say!("{}", ctx.text(id));
        }
        if rows.iter().all(|(_, _, value)| value.is_none()) {
            say!("{}", ctx.text("details-empty"));
        }
        for (_, label, value) in rows {
            if let Some(value) = value {
                say!("{}: {value}", ctx.text(label));
            }
        }
    });
}
