//! The diary as a FHIR R4 Bundle (type `collection`) for systems that take it: an anonymous
//! Patient with the app language, an Observation per symptom, work accident and shift, and an
//! Encounter (with an Observation for the advice) per contact with care. Our codes are a local
//! code system (`urn:werkmaat:…`), never dressed up as SNOMED or LOINC; every coded value also
//! carries its text in the doctor's language. Resource ids are UUIDv5 of the revision hash, so the
//! same diary gives the same bundle, and the chain head travels in `Bundle.identifier`.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Entry, EntryView, Identity, vocab::Vocabulary};
use crate::{Result, l10n::Localizer, progress::Progress};

const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const UCUM: &str = "http://unitsofmeasure.org";

pub struct FhirInput<'a> {
    pub entries: Vec<EntryView>,
    pub head: String,
    pub vocabulary: &'a Vocabulary,
    /// The language of the receiving system: every `text` and `display`.
    pub doctor: &'a Localizer,
    /// The patient's app language, as BCP 47.
    pub patient_language: String,
    /// The saved details the user chose to put on the Patient.
    pub identity: Identity,
    pub made_at: DateTime<Utc>,
}

fn time(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn full_url(name: &str) -> String {
    format!("urn:uuid:{}", Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("urn:werkmaat:{name}").as_bytes()))
}

fn concept(system: &str, code: &str, text: String) -> Value {
    json!({"coding": [{"system": format!("urn:werkmaat:{system}"), "code": code, "display": text}], "text": text})
}

fn category(code: &str) -> Value {
    json!([{"coding": [{"system": CATEGORY, "code": code}]}])
}

fn minutes(value: f64) -> Value {
    json!({"value": value, "unit": "min", "system": UCUM, "code": "min"})
}

fn notes(pairs: &[(String, &Option<String>)]) -> Value {
    Value::Array(
        pairs
            .iter()
            .filter_map(|(label, text)| {
                text.as_deref().filter(|t| !t.trim().is_empty()).map(|t| json!({"text": format!("{label}: {t}")}))
            })
            .collect(),
    )
}

struct Builder<'a> {
    input: &'a FhirInput<'a>,
    patient: String,
}

impl Builder<'_> {
    fn text(&self, id: &str) -> String {
        self.input.doctor.text(id)
    }

    fn observation(&self, view: &EntryView, category_code: &str, code: Value) -> Value {
        json!({
            "resourceType": "Observation",
            "status": if view.revision > 1 { "amended" } else { "final" },
            "category": category(category_code),
            "code": code,
            "subject": {"reference": self.patient},
            "issued": view.recorded_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        })
    }

    fn resources(&self, view: &EntryView) -> Vec<(String, Value)> {
        let (vocab, doctor) = (self.input.vocabulary, self.input.doctor);
        let url = full_url(&view.hash);
        let kind = |kind: &str| concept("entry", kind, self.text(&format!("report-kind-{kind}")));
        match &view.entry {
            Entry::Symptom(s) => {
                let mut o = self.observation(
                    view,
                    "survey",
                    concept("symptom", &s.symptom, vocab.symptom_label(&s.symptom, doctor)),
                );
                o["effectiveDateTime"] = json!(time(&s.at));
                o["valueInteger"] = json!(s.severity);
                if let Some(part) = &s.body_part {
                    o["bodySite"] = concept("body", part, vocab.body_label(part, doctor));
                }
                let mut components = vec![
                    json!({"code": concept("field", "work-related", self.text("report-work-related")), "valueBoolean": s.work_related}),
                ];
                if let Some(m) = s.duration_minutes {
                    components.push(json!({"code": concept("field", "duration", self.text("report-field-duration")), "valueQuantity": minutes(f64::from(m))}));
                }
                if let Some(h) = s.missed_work_hours {
                    let hours = json!({"value": h, "unit": "h", "system": UCUM, "code": "h"});
                    components.push(json!({"code": concept("field", "missed-work", self.text("report-field-missed-work")), "valueQuantity": hours}));
                }
                o["component"] = Value::Array(components);
                o["note"] = notes(&[
                    (self.text("report-field-helps"), &s.helps),
                    (self.text("report-field-worsens"), &s.worsens),
                    (self.text("report-field-medication"), &s.medication),
                    (self.text("report-field-note"), &s.note),
                ]);
                vec![(url, o)]
            }
            Entry::Incident(i) => {
                let mut o = self.observation(view, "social-history", kind("incident"));
                o["effectiveDateTime"] = json!(time(&i.at));
                o["valueString"] = json!(i.description);
                let mut components: Vec<Value> = i
                    .injuries
                    .iter()
                    .map(|part| json!({"code": concept("field", "injury", self.text("report-field-injuries")), "valueCodeableConcept": concept("body", part, vocab.body_label(part, doctor))}))
                    .collect();
                for reported in &i.reported_to {
                    let who = concept("reported-to", &reported.who, self.text(&format!("report-who-{}", reported.who)));
                    components.push(json!({"code": concept("field", "reported-to", self.text("report-field-reported-to")), "valueCodeableConcept": who}));
                }
                o["component"] = Value::Array(components);
                let witnesses = (!i.witnesses.is_empty()).then(|| i.witnesses.join(", "));
                let photos = (!i.photos.is_empty()).then(|| {
                    i.photos.iter().map(|p| format!("{} (SHA-256 {})", p.path, p.sha256)).collect::<Vec<_>>().join("; ")
                });
                o["note"] = notes(&[
                    (self.text("report-field-place"), &i.place),
                    (self.text("report-field-task"), &i.task),
                    (self.text("report-field-machine"), &i.machine_or_substance),
                    (self.text("report-field-witnesses"), &witnesses),
                    (self.text("report-field-photos"), &photos),
                ]);
                vec![(url, o)]
            }
            Entry::Shift(s) => {
                let mut o = self.observation(view, "activity", kind("shift"));
                o["effectivePeriod"] = json!({"start": time(&s.start), "end": time(&s.end)});
                o["component"] = json!([{"code": concept("field", "break", self.text("report-field-break")), "valueQuantity": minutes(f64::from(s.break_minutes))}]);
                vec![(url, o)]
            }
            Entry::CareContact(c) => {
                let class = if c.with == "emergency" { ("EMER", "emergency") } else { ("AMB", "ambulatory") };
                let encounter = json!({
                    "resourceType": "Encounter",
                    "status": "finished",
                    "class": {"system": ACT_CODE, "code": class.0, "display": class.1},
                    "type": [concept("care", &c.with, self.text(&format!("report-care-{}", c.with)))],
                    "subject": {"reference": self.patient},
                    "period": {"start": time(&c.at)},
                });
                let mut resources = vec![(url.clone(), encounter)];
                if let Some(advice) = c.advice.as_deref().filter(|a| !a.trim().is_empty()) {
                    let mut o =
                        self.observation(view, "survey", concept("field", "advice", self.text("report-field-advice")));
                    o["effectiveDateTime"] = json!(time(&c.at));
                    o["valueString"] = json!(advice);
                    o["encounter"] = json!({"reference": url});
                    resources.push((full_url(&format!("{}/advice", view.hash)), o));
                }
                resources
            }
        }
    }
}

/// The bundle as pretty JSON; `progress` sees one step per entry and can cancel.
pub fn render(input: &FhirInput<'_>, progress: &dyn Progress) -> Result<String> {
    let patient = full_url(&format!("patient/{}", input.head));
    let builder = Builder { input, patient: patient.clone() };
    let language = json!({"coding": [{"system": "urn:ietf:bcp:47", "code": input.patient_language}]});
    let mut patient_resource =
        json!({"resourceType": "Patient", "communication": [{"language": language, "preferred": true}]});
    let identity = &input.identity;
    if let Some(bsn) = &identity.bsn {
        patient_resource["identifier"] = json!([{"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": bsn}]);
    }
    if let Some(name) = &identity.name {
        patient_resource["name"] = json!([{"text": name}]);
    }
    if let Some(born) = identity.birth_date {
        patient_resource["birthDate"] = json!(born.format("%Y-%m-%d").to_string());
    }
    let mut entries = vec![json!({"fullUrl": patient, "resource": patient_resource})];
    let views = super::oldest_first(&input.entries);
    for (done, view) in views.iter().enumerate() {
        crate::progress::step(progress, done, views.len())?;
        for (url, mut resource) in builder.resources(view) {
            resource["id"] = json!(url.trim_start_matches("urn:uuid:"));
            entries.push(json!({"fullUrl": url, "resource": resource}));
        }
    }
    crate::progress::step(progress, views.len(), views.len())?;
    let bundle = json!({
        "resourceType": "Bundle",
        "identifier": {"system": "urn:werkmaat:diary-head", "value": input.head},
        "type": "collection",
        "timestamp": input.made_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        "entry": entries,
    });
    Ok(serde_json::to_string_pretty(&bundle)?)
}
