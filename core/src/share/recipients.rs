//! Who a share is for: an age public key the user typed (`age1…`), or the id of an organisation
//! of the content (`advisers`). Either way it ends as an X25519 recipient of the age format.

use serde::Serialize;

use super::advisers::Advisers;
use crate::{Error, InputProblem, Result, l10n::Localizer};

/// A recipient as resolved: what the user gave, the organisation it named (if any) with its name
/// in the user's language, and the key the share is encrypted to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipient {
    pub given: String,
    pub organisation: Option<String>,
    pub name: Option<String>,
    pub age_key: String,
}

/// Resolves what the user typed, in order; the same key twice is kept once. A key that does not
/// parse and an id the content does not know are the same mistake to the user: refused with
/// `invalid-share-recipient`, and nothing is written.
pub fn resolve(given: &[String], advisers: &Advisers, localizer: &Localizer) -> Result<Vec<Recipient>> {
    if given.is_empty() {
        return Err(Error::invalid("to", InputProblem::ShareNoRecipient));
    }
    let mut resolved: Vec<Recipient> = Vec::with_capacity(given.len());
    for text in given {
        let text = text.trim();
        let recipient = if let Some(org) = advisers.get(text) {
            Recipient {
                given: text.to_owned(),
                organisation: Some(org.id.clone()),
                name: Some(org.name_in(localizer)),
                age_key: org.age_key.clone(),
            }
        } else {
            let key: age::x25519::Recipient =
                text.parse().map_err(|_| Error::invalid("to", InputProblem::ShareRecipient))?;
            Recipient { given: text.to_owned(), organisation: None, name: None, age_key: key.to_string() }
        };
        if !resolved.iter().any(|r| r.age_key == recipient.age_key) {
            resolved.push(recipient);
        }
    }
    Ok(resolved)
}

/// The age recipients to encrypt to (each key parsed again: a content key was checked on load).
pub(super) fn keys(recipients: &[Recipient]) -> Result<Vec<age::x25519::Recipient>> {
    recipients
        .iter()
        .map(|r| r.age_key.parse().map_err(|_| Error::invalid("to", InputProblem::ShareRecipient)))
        .collect()
}
