//! Who an export is about: the saved personal details the user chose to put on it. An employer
//! may look at the phone and a report may be passed on, so nothing goes on an export unless it
//! is chosen; by default the name and the date of birth (enough for a GP to file it), never the
//! BSN unless asked.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Error, InputProblem, Result, details::PersonalDetails};

/// One saved detail that can go on an export, as a screen or a command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityField {
    Name,
    BirthDate,
    Bsn,
    Employer,
    Agency,
    Insurer,
}

impl IdentityField {
    /// Every field, in the order an export shows them.
    pub const ALL: [IdentityField; 6] = [
        IdentityField::Name,
        IdentityField::BirthDate,
        IdentityField::Bsn,
        IdentityField::Employer,
        IdentityField::Agency,
        IdentityField::Insurer,
    ];

    /// What an export carries when the user chose nothing.
    pub const DEFAULT: [IdentityField; 2] = [IdentityField::Name, IdentityField::BirthDate];

    /// The field's name on a command line and in JSON (`birth_date`).
    pub fn code(self) -> &'static str {
        match self {
            IdentityField::Name => "name",
            IdentityField::BirthDate => "birth_date",
            IdentityField::Bsn => "bsn",
            IdentityField::Employer => "employer",
            IdentityField::Agency => "agency",
            IdentityField::Insurer => "insurer",
        }
    }

    /// A comma-separated list (`name,birth_date,bsn`), in any order, spaces allowed; an empty
    /// text chooses nothing. An unknown name is an error that lists the known ones.
    pub fn parse_list(text: &str) -> Result<Vec<IdentityField>> {
        let mut fields = Vec::new();
        for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let field = IdentityField::ALL
                .into_iter()
                .find(|f| f.code() == code)
                .ok_or(Error::invalid("identity", InputProblem::IdentityField))?;
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
        Ok(fields)
    }
}

/// The chosen details, read from the saved ones; a field that was not chosen or never saved is
/// `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Identity {
    pub name: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub bsn: Option<String>,
    pub employer: Option<String>,
    pub agency: Option<String>,
    pub insurer: Option<String>,
}

impl Identity {
    pub fn chosen(details: &PersonalDetails, fields: &[IdentityField]) -> Identity {
        let pick = |field: IdentityField, value: &Option<String>| value.clone().filter(|_| fields.contains(&field));
        Identity {
            name: pick(IdentityField::Name, &details.full_name),
            birth_date: details.date_of_birth.filter(|_| fields.contains(&IdentityField::BirthDate)),
            bsn: pick(IdentityField::Bsn, &details.bsn),
            employer: pick(IdentityField::Employer, &details.employer),
            agency: pick(IdentityField::Agency, &details.agency),
            insurer: pick(IdentityField::Insurer, &details.insurer),
        }
    }

    /// The details present, in `IdentityField::ALL` order, dates as `dd-mm-yyyy` (digits read
    /// the same in every language).
    pub fn rows(&self) -> Vec<(IdentityField, String)> {
        let birth_date = self.birth_date.map(|d| d.format("%d-%m-%Y").to_string());
        [
            (IdentityField::Name, &self.name),
            (IdentityField::BirthDate, &birth_date),
            (IdentityField::Bsn, &self.bsn),
            (IdentityField::Employer, &self.employer),
            (IdentityField::Agency, &self.agency),
            (IdentityField::Insurer, &self.insurer),
        ]
        .into_iter()
        .filter_map(|(field, value)| value.clone().map(|v| (field, v)))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_in_any_order_and_unknown_names_are_refused() {
        assert_eq!(
            IdentityField::parse_list(" bsn, name ,bsn").unwrap(),
            vec![IdentityField::Bsn, IdentityField::Name]
        );
        assert_eq!(IdentityField::parse_list("").unwrap(), vec![]);
        let all = IdentityField::ALL.map(IdentityField::code).join(",");
        assert_eq!(IdentityField::parse_list(&all).unwrap(), IdentityField::ALL.to_vec());
        for bad in ["name,birthdate", "BSN", "phone"] {
            assert!(
                matches!(IdentityField::parse_list(bad), Err(Error::InvalidInput { field: "identity", .. })),
                "{bad}"
            );
        }
        // The serde names are the command-line names.
        for field in IdentityField::ALL {
            assert_eq!(serde_json::to_value(field).unwrap(), field.code());
        }
    }

    #[test]
    fn only_chosen_details_are_taken_and_the_bsn_only_when_asked() {
        let details = PersonalDetails {
            full_name: Some("Ana Pop".into()),
            date_of_birth: NaiveDate::from_ymd_opt(1990, 3, 4),
            bsn: Some("111222333".into()),
            employer: Some("Kas BV".into()),
            agency: Some("Flex Uitzend".into()),
            ..Default::default()
        };
        let default = Identity::chosen(&details, &IdentityField::DEFAULT);
        assert_eq!(
            default.rows(),
            vec![(IdentityField::Name, "Ana Pop".to_owned()), (IdentityField::BirthDate, "04-03-1990".to_owned())]
        );
        assert_eq!(default.bsn, None);
        let all = Identity::chosen(&details, &IdentityField::ALL);
        assert_eq!(all.bsn.as_deref(), Some("111222333"));
        assert_eq!(all.agency.as_deref(), Some("Flex Uitzend"));
        // Chosen but never saved: left out.
        assert_eq!(all.insurer, None);
        assert_eq!(all.rows().len(), 5);
        assert_eq!(Identity::chosen(&details, &[]), Identity::default());
    }
}
