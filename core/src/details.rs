//! The user's own details: name, date of birth, BSN, insurer and policy number, GP, employer and
//! agency. They fill in
//! the phrase cards ("my insurance details") and the doctor report, and they are exactly what an
//! employer who looks at the phone should not read: stored only as one sealed document.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    Error, InputProblem, Result,
    calendar::parse_date,
    store::{Document, Store},
};

/// One field of the personal details, as a screen or a command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetailField {
    FullName,
    DateOfBirth,
    Bsn,
    Phone,
    Insurer,
    PolicyNumber,
    GpName,
    GpPhone,
    Employer,
    /// The employment agency (uitzendbureau): agency workers have both an agency and an employer.
    Agency,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalDetails {
    pub full_name: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    /// Burgerservicenummer, 9 digits, checked with the "elfproef".
    pub bsn: Option<String>,
    pub phone: Option<String>,
    pub insurer: Option<String>,
    pub policy_number: Option<String>,
    pub gp_name: Option<String>,
    pub gp_phone: Option<String>,
    pub employer: Option<String>,
    pub agency: Option<String>,
}

impl PersonalDetails {
    /// These details with `field` set to `value` as typed (an empty text clears the field). A
    /// date of birth is `YYYY-MM-DD`; every value is checked by `validated` afterwards.
    fn with(mut self, field: DetailField, value: &str) -> Result<PersonalDetails> {
        let text = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        match field {
            DetailField::FullName => self.full_name = text,
            DetailField::DateOfBirth => {
                self.date_of_birth = text.map(|t| parse_date("date_of_birth", &t)).transpose()?;
            }
            DetailField::Bsn => self.bsn = text,
            DetailField::Phone => self.phone = text,
            DetailField::Insurer => self.insurer = text,
            DetailField::PolicyNumber => self.policy_number = text,
            DetailField::GpName => self.gp_name = text,
            DetailField::GpPhone => self.gp_phone = text,
            DetailField::Employer => self.employer = text,
            DetailField::Agency => self.agency = text,
        }
        Ok(self)
    }

    /// Sets `field` to its value in `from`.
    fn take(&mut self, field: DetailField, from: &PersonalDetails) {
        match field {
            DetailField::FullName => self.full_name.clone_from(&from.full_name),
            DetailField::DateOfBirth => self.date_of_birth = from.date_of_birth,
            DetailField::Bsn => self.bsn.clone_from(&from.bsn),
            DetailField::Phone => self.phone.clone_from(&from.phone),
            DetailField::Insurer => self.insurer.clone_from(&from.insurer),
            DetailField::PolicyNumber => self.policy_number.clone_from(&from.policy_number),
            DetailField::GpName => self.gp_name.clone_from(&from.gp_name),
            DetailField::GpPhone => self.gp_phone.clone_from(&from.gp_phone),
            DetailField::Employer => self.employer.clone_from(&from.employer),
            DetailField::Agency => self.agency.clone_from(&from.agency),
        }
    }

    /// Checks every field and returns the details in their stored form (BSN without spaces or
    /// dots, phone numbers in E.164, empty strings as absent). The error names the field, never its value.
    pub fn validated(mut self, today: NaiveDate) -> Result<Self> {
        for field in [
            &mut self.full_name,
            &mut self.bsn,
            &mut self.phone,
            &mut self.insurer,
            &mut self.policy_number,
            &mut self.gp_name,
            &mut self.gp_phone,
            &mut self.employer,
            &mut self.agency,
        ] {
            *field = field.take().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        }
        if let Some(bsn) = &self.bsn {
            self.bsn = Some(normalize_bsn(bsn)?);
        }
        for (name, phone) in [("phone", &mut self.phone), ("gp_phone", &mut self.gp_phone)] {
            if let Some(typed) = phone.as_deref() {
                *phone = Some(crate::phone::personal(name, typed)?);
            }
        }
        if let Some(born) = self.date_of_birth
            && (born > today || born < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN))
        {
            return Err(Error::invalid("date_of_birth", InputProblem::DateOfBirth));
        }
        for (name, value) in [
            ("full_name", &self.full_name),
            ("insurer", &self.insurer),
            ("employer", &self.employer),
            ("agency", &self.agency),
        ] {
            if value.as_ref().is_some_and(|v| v.chars().count() > 200) {
                return Err(Error::invalid(name, InputProblem::TooLong));
            }
        }
        Ok(self)
    }
}

/// A BSN is 9 digits (8-digit ones get a leading zero) that pass the elfproef:
/// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
fn normalize_bsn(input: &str) -> Result<String> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || !(8..=9).contains(&digits.len()) {
        return Err(Error::invalid("bsn", InputProblem::BsnFormat));
    }
    let digits = format!("{digits:0>9}");
    let sum: i64 =
        digits.bytes().zip([9, 8, 7, 6, 5, 4, 3, 2, -1]).map(|(digit, weight)| i64::from(digit - b'0') * weight).sum();
    if sum == 0 || sum % 11 != 0 {
        return Err(Error::invalid("bsn", InputProblem::BsnChecksum));
    }
    Ok(digits)
}

/// Reads and saves the personal details of one profile.
#[derive(Clone)]
pub struct DetailsService {
    store: Arc<Store>,
}

impl DetailsService {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        DetailsService { store }
    }

    /// The saved details, or empty details if none were saved.
    pub fn get(&self) -> Result<PersonalDetails> {
        self.store.load(Document::PERSONAL_DETAILS)
    }

    /// Validates and replaces the saved details; returns them as stored.
    pub fn save(&self, details: PersonalDetails, today: NaiveDate) -> Result<PersonalDetails> {
        let details = details.validated(today)?;
        self.store.replace(Document::PERSONAL_DETAILS, &details)?;
        Ok(details)
    }

    /// Sets the given fields (an empty text clears one) and keeps the others as they are stored
    /// when the change is written, so two screens that each change one field both keep theirs.
    /// All fields are checked together; one bad value changes nothing. Returns the details as
    /// stored.
    pub fn update(&self, changes: &[(DetailField, String)], today: NaiveDate) -> Result<PersonalDetails> {
        // The new values are checked before the write transaction opens: checking a phone number
        // with libphonenumber's rules is slow the first time in a process, and every other writer
        // (another screen, another process) waits while a write transaction is open.
        let mut checked = PersonalDetails::default();
        for (field, value) in changes {
            checked = checked.with(*field, value)?;
        }
        let checked = checked.validated(today)?;
        self.store.update(Document::PERSONAL_DETAILS, |stored: &mut PersonalDetails| {
            for (field, _) in changes {
                stored.take(*field, &checked);
            }
            Ok(stored.clone())
        })
    }

    /// Forgets the saved details.
    pub fn clear(&self) -> Result<()> {
        self.store.remove(Document::PERSONAL_DETAILS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn bsn_passes_the_elfproef_or_names_the_problem() {
        // 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6·11.
        assert_eq!(normalize_bsn("111 222 333").unwrap(), "111222333");
        assert_eq!(
            normalize_bsn("11222333").unwrap_err().to_string(),
            Error::invalid("bsn", InputProblem::BsnChecksum).to_string()
        );
        assert!(matches!(
            normalize_bsn("111222334"),
            Err(Error::InvalidInput { problem: InputProblem::BsnChecksum, .. })
        ));
        assert!(matches!(normalize_bsn("12345"), Err(Error::InvalidInput { problem: InputProblem::BsnFormat, .. })));
        assert!(matches!(
            normalize_bsn("00000000"),
            Err(Error::InvalidInput { problem: InputProblem::BsnChecksum, .. })
        ));
        assert!(matches!(normalize_bsn("abc222333"), Err(Error::InvalidInput { field: "bsn", .. })));
    }

    #[test]
    fn validation_trims_and_refuses_bad_values() {
        let details =
            PersonalDetails { full_name: Some("  Ana  ".into()), insurer: Some(" ".into()), ..Default::default() };
        let checked = details.validated(today()).unwrap();
        assert_eq!(checked.full_name.as_deref(), Some("Ana"));
        assert_eq!(checked.insurer, None);

        let future = PersonalDetails { date_of_birth: NaiveDate::from_ymd_opt(2027, 1, 1), ..Default::default() };
        assert!(matches!(future.validated(today()), Err(Error::InvalidInput { field: "date_of_birth", .. })));
        let phone = PersonalDetails { gp_phone: Some("call me".into()), ..Default::default() };
        assert!(matches!(phone.validated(today()), Err(Error::InvalidInput { field: "gp_phone", .. })));
        for short in ["06 1234", "000000000", "123"] {
            let phone = PersonalDetails { phone: Some(short.into()), ..Default::default() };
            assert!(matches!(phone.validated(today()), Err(Error::InvalidInput { field: "phone", .. })), "{short}");
        }
        let typed = PersonalDetails {
            phone: Some("06\u{00A0}12345678".into()),
            gp_phone: Some("077\u{2013}123 45 67".into()),
            ..Default::default()
        };
        let stored = typed.validated(today()).unwrap();
        assert_eq!(stored.phone.as_deref(), Some("+31612345678"));
        assert_eq!(stored.gp_phone.as_deref(), Some("+31771234567"));
    }
}
