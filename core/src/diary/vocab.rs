//! The diary's vocabulary (the `diary` part of the content): coded symptoms and a body map whose
//! sided regions have a left and a right code (`knee-left`).

use serde::Deserialize;

use crate::{Error, InputProblem, Result, l10n::Localizer};

#[derive(Debug, Clone, Deserialize)]
struct Region {
    id: String,
    sided: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct VocabFile {
    symptoms: Vec<String>,
    body_regions: Vec<Region>,
}

#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub symptoms: Vec<String>,
    /// Every body code: `head`, `knee-left`, `knee-right`, …
    pub body_parts: Vec<String>,
    regions: Vec<Region>,
}

/// A code with its label in the user's language and in Dutch.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Term {
    pub code: String,
    pub label: String,
    pub label_nl: String,
}

impl Vocabulary {
    pub fn from_json(text: &str) -> Result<Vocabulary> {
        let file: VocabFile = serde_json::from_str(text).map_err(|_| Error::Content { part: "diary" })?;
        let body_parts = file
            .body_regions
            .iter()
            .flat_map(|r| {
                if r.sided { vec![format!("{}-left", r.id), format!("{}-right", r.id)] } else { vec![r.id.clone()] }
            })
            .collect();
        Ok(Vocabulary { symptoms: file.symptoms, body_parts, regions: file.body_regions })
    }

    pub fn check_symptom(&self, code: &str) -> Result<()> {
        if self.symptoms.iter().any(|s| s == code) {
            Ok(())
        } else {
            Err(Error::invalid("symptom", InputProblem::SymptomCode))
        }
    }

    pub fn check_body_part(&self, code: &str) -> Result<()> {
        if self.body_parts.iter().any(|b| b == code) {
            Ok(())
        } else {
            Err(Error::invalid("body_part", InputProblem::BodyPart))
        }
    }

    pub fn symptom_label(&self, code: &str, l10n: &Localizer) -> String {
        l10n.text(&format!("symptom-{code}"))
    }

    pub fn body_label(&self, code: &str, l10n: &Localizer) -> String {
        for side in ["left", "right"] {
            if let Some(region) = code.strip_suffix(&format!("-{side}"))
                && self.regions.iter().any(|r| r.sided && r.id == region)
            {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("part", l10n.text(&format!("region-{region}")));
                return l10n.format(&format!("region-{side}"), Some(&args));
            }
        }
        l10n.text(&format!("region-{code}"))
    }

    /// Every symptom and body code with its labels.
    pub fn terms(&self, l10n: &Localizer, dutch: &Localizer) -> (Vec<Term>, Vec<Term>) {
        let symptoms = self
            .symptoms
            .iter()
            .map(|c| Term {
                code: c.clone(),
                label: self.symptom_label(c, l10n),
                label_nl: self.symptom_label(c, dutch),
            })
            .collect();
        let body = self
            .body_parts
            .iter()
            .map(|c| Term { code: c.clone(), label: self.body_label(c, l10n), label_nl: self.body_label(c, dutch) })
            .collect();
        (symptoms, body)
    }
}
