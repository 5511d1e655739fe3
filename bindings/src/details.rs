//! Personal details across the FFI. Dates are `LocalDate`s; a change to one field is text as
//! the user typed it.

use std::sync::Arc;

use werkmaat_core as core;
pub use werkmaat_core::details::DetailField;

use crate::{
    error::{ApiResult, Localized},
    time::LocalDate,
};

#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct PersonalDetails {
    #[uniffi(default)]
    pub full_name: Option<String>,
    #[uniffi(default)]
    pub date_of_birth: Option<LocalDate>,
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
            date_of_birth: d.date_of_birth,
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

impl From<PersonalDetails> for core::details::PersonalDetails {
    fn from(d: PersonalDetails) -> Self {
        core::details::PersonalDetails {
            full_name: d.full_name,
            date_of_birth: d.date_of_birth,
            bsn: d.bsn,
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
}

#[uniffi::export]
impl DetailsService {
    /// The saved details; all fields empty when nothing was saved.
    pub fn get(&self) -> ApiResult<PersonalDetails> {
        self.profile.api(self.profile.details().get()).map(Into::into)
    }

    /// Validates and saves the details, replacing what was saved. `today` (from the shell's
    /// clock) is the date a birth date may not be after. Returns them as stored.
    pub fn save(&self, details: PersonalDetails, today: LocalDate) -> ApiResult<PersonalDetails> {
        self.profile.api(self.profile.details().save(details.into(), today)).map(Into::into)
    }

    /// Changes only the given fields and keeps the others as stored at that moment, so two
    /// screens that each change a field both keep theirs. All values are checked together; one
    /// bad value changes nothing. Returns the details as stored.
    pub fn update(&self, changes: Vec<DetailChange>, today: LocalDate) -> ApiResult<PersonalDetails> {
        let changes: Vec<_> = changes.into_iter().map(|c| (c.field, c.value)).collect();
        self.profile.api(self.profile.details().update(&changes, today)).map(Into::into)
    }

    pub fn clear(&self) -> ApiResult<()> {
        self.profile.api(self.profile.details().clear())
    }
}
