use clap::ArgMatches;
use werkmaat_ffi::{DetailChange, DetailField, PersonalDetails};

use crate::{
    context::Context,
    json, output,
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
            output::print(ctx.json, &json::Cleared { cleared: true }, || say!("{}", ctx.text("details-cleared")));
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
    // People read the phones as shown; JSON has the stored form beside them.
    let date_of_birth = d.date_of_birth.map(|day| day.format("%Y-%m-%d").to_string());
    let rows = [
        ("details-full-name", &d.full_name),
        ("details-date-of-birth", &date_of_birth),
        ("details-bsn", &d.bsn),
        ("details-phone", &d.phone_national),
        ("details-insurer", &d.insurer),
        ("details-policy-number", &d.policy_number),
        ("details-gp-name", &d.gp_name),
        ("details-gp-phone", &d.gp_phone_national),
        ("details-employer", &d.employer),
        ("details-agency", &d.agency),
    ];
    output::print(ctx.json, &json::Details::from(d), || {
        if let Some(id) = headline {
            say!("{}", ctx.text(id));
        }
        if rows.iter().all(|(_, value)| value.is_none()) {
            say!("{}", ctx.text("details-empty"));
        }
        for (label, value) in rows {
            if let Some(value) = value {
                say!("{}: {value}", ctx.text(label));
            }
        }
    });
}
