//! "Show this" cards: one sentence in the user's language beside the same sentence in Dutch, for
//! a reception desk, a doctor, a pharmacy or an employer. Cards about the user fill in their saved
//! details (`details`); a detail not saved shows as "…", to be written in by hand.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{Guides, PhraseDef};
use crate::{Error, Result, details::PersonalDetails, l10n::Localizer};

const DUTCH: &str = "nl";
const NOT_SAVED: &str = "…";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhraseSummary {
    pub id: String,
    pub title: String,
    pub context: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhraseText {
    pub locale: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhraseCard {
    pub id: String,
    pub title: String,
    pub user: PhraseText,
    pub nl: PhraseText,
}

impl Guides {
    pub fn phrases(&self) -> Result<Vec<PhraseSummary>> {
        Ok(self
            .content()
            .catalogue
            .phrases()
            .iter()
            .map(|def| PhraseSummary {
                id: def.id.clone(),
                title: self.phrase_title(def),
                context: def.context.clone(),
            })
            .collect())
    }

    fn phrase_title(&self, def: &PhraseDef) -> String {
        self.localizer().attribute(&message_id(def), "title", None).unwrap_or_default()
    }

    /// The card in the user's language and in Dutch, with `details` filled in where it asks.
    pub fn phrase(&self, id: &str, details: &PersonalDetails) -> Result<PhraseCard> {
        let def = self.content().catalogue.phrase(id).ok_or(Error::NotFound { message: "error-unknown-phrase" })?;
        let dutch = Localizer::negotiate_in(self.localizer().locales(), &[DUTCH]);
        let render = |localizer: &Localizer| PhraseText {
            locale: localizer.locale().to_owned(),
            text: localizer.format(&message_id(def), Some(&detail_args(def, details, localizer))),
        };
        Ok(PhraseCard {
            id: def.id.clone(),
            title: self.phrase_title(def),
            user: render(self.localizer()),
            nl: render(&dutch),
        })
    }
}

fn message_id(def: &PhraseDef) -> String {
    format!("phrase-{}", def.id)
}

fn detail_args(def: &PhraseDef, details: &PersonalDetails, localizer: &Localizer) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for name in &def.details {
        let value = match name.as_str() {
            "full-name" => details.full_name.clone(),
            "date-of-birth" => details.date_of_birth.map(|date| localizer.date(date)),
            "bsn" => details.bsn.clone(),
            "phone" => details.phone.as_deref().map(crate::phone::display),
            "insurer" => details.insurer.clone(),
            "policy-number" => details.policy_number.clone(),
            "gp-name" => details.gp_name.clone(),
            "gp-phone" => details.gp_phone.as_deref().map(crate::phone::display),
            "employer" => details.employer.clone(),
            _ => None,
        };
        args.set(name.clone(), value.unwrap_or_else(|| NOT_SAVED.to_owned()));
    }
    args
}
