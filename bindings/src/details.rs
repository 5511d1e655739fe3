//! Personal details across the FFI. Dates travel as `YYYY-MM-DD` strings.

use std::sync::Arc;

pub use werkmaat_core::details::DetailField;
use werkmaat_core::{self as core, calendar::parse_date};

use crate::error::{ApiError, ApiResult};

#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct PersonalDetails {
    #[uniffi(default)]
    pub full_name: Option<String>,
    /// `YYYY-MM-DD`.
    #[uniffi(default)]
    pub date_of_birth: Option<String>,
    #[uniffi(default)]
    pub bsn: Option<String>,
    #[uniffi(default)]
    pub phone: Option<String>,
    #[uniffi(default)]
    pub insurer: Option<String>,
    #[uniffi(default)]
    pub policy_number: Option<String>,
    #[uniffi(default)]
    pub gp_name: Option<String>,
    #[uniffi(default)]
    pub gp_phone: Option<String>,
    #[uniffi(default)]
    pub employer: Option<String>,
    /// The employment agency (uitzendbureau).
    #[uniffi(default)]
    pub agency: Option<String>,
    /// `phone` as shown (national format for a Dutch number: `06 12345678`); the stored
    /// `phone` is E.164 (`+31612345678`). Read only: ignored when saving.
    #[uniffi(default)]
    pub phone_national: Option<String>,
    /// `gp_phone` as shown; read only.
    #[uniffi(default)]
    pub gp_phone_national: Option<String>,
}

impl From<core::details::PersonalDetails> for PersonalDetails {
    fn from(d: core::details::PersonalDetails) -> Self {
        PersonalDetails {
            full_name: d.full_name,
            date_of_birth: d.date_of_birth.map(|date| date.format("%Y-%m-%d").to_string()),
            bsn: d.bsn,
            phone_national: d.phone.as_deref().map(core::phone::display),
            gp_phone_national: d.gp_phone.as_deref().map(core::phone::display),
            phone: d.phone,
            insurer: d.insurer,
            policy_number: d.policy_number,
            gp_name: d.gp_name,
            gp_phone: d.gp_phone,
            employer: d.employer,
            agency: d.agency,
        }
    }
}

impl PersonalDetails {
    fn into_core(self) -> core::Result<core::details::PersonalDetails> {
        Ok(core::details::PersonalDetails {
            full_name: self.full_name,
            date_of_birth: self.date_of_birth.as_deref().map(|text| parse_date("date_of_birth", text)).transpose()?,
            bsn: self.bsn,
            phone: self.phone,
            insurer: self.insurer,
            policy_number: self.policy_number,
            gp_name: self.gp_name,
            gp_phone: self.gp_phone,
            employer: self.employer,
            agency: self.agency,
        })
    }
}

/// One field of the personal details (the core's type, exposed as it is).
#[uniffi::remote(Enum)]
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
    Agency,
}

/// A new value for one field: text as the user typed it, an empty text clears the field, a date
/// of birth is `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DetailChange {
    pub field: DetailField,
    pub value: String,
}

#[derive(uniffi::Object)]
pub struct DetailsService {
    profile: Arc<core::Werkmaat>,
}

impl DetailsService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        DetailsService { profile }
    }

    /// Errors in the profile's languages as they are now, like the other services.
    fn api<T>(&self, result: core::Result<T>) -> ApiResult<T> {
        result.map_err(|error| ApiError::new(error, &self.profile.localizer()))
    }
}

#[uniffi::export]
impl DetailsService {
    /// The saved details; all fields empty when nothing was saved.
    pub fn get(&self) -> ApiResult<PersonalDetails> {
        self.api(self.profile.details().get()).map(Into::into)
    }

    /// Validates and saves the details, replacing what was saved. `today` (`YYYY-MM-DD`, from
    /// the shell's clock) is the date a birth date may not be after. Returns them as stored.
    pub fn save(&self, details: PersonalDetails, today: String) -> ApiResult<PersonalDetails> {
        let result = parse_date("today", &today)
            .and_then(|today| Ok((details.into_core()?, today)))
            .and_then(|(details, today)| self.profile.details().save(details, today));
        self.api(result).map(Into::into)
    }

    /// Changes only the given fields and keeps the others as stored at that moment, so two
    /// screens that each change a field both keep theirs. All values are checked together; one
    /// bad value changes nothing. Returns the details as stored.
    pub fn update(&self, changes: Vec<DetailChange>, today: String) -> ApiResult<PersonalDetails> {
        let changes: Vec<_> = changes.into_iter().map(|c| (c.field, c.value)).collect();
        let result = parse_date("today", &today).and_then(|today| self.profile.details().update(&changes, today));
        self.api(result).map(Into::into)
    }

    pub fn clear(&self) -> ApiResult<()> {
        self.api(self.profile.details().clear())
    }
}
