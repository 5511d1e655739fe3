//! The diary as a FHIR R4 Bundle (type `collection`) that a receiving system can take: a Patient,
//! an Observation per symptom, work accident and shift, an Encounter (with an Observation for the
//! advice) per contact with care, and one Provenance saying the patient wrote all of it.
//!
//! - **Stable ids.** Every id is a UUIDv5 of the diary's first row hash (which never changes once
//!   written) and a name: the Patient's stays the same from one export to the next, an entry's
//!   resource keeps its id through corrections (`meta.versionId` is the revision number), so a
//!   receiver updates it instead of adding a copy. The chain head travels in `Bundle.identifier`.
//! - **Patient-reported.** Each Observation has the Patient as `performer`; the Provenance names
//!   the Patient as author of every resource.
//! - **Codes.** Our own codes are a local code system (`urn:werkmaat:…`), never dressed up as
//!   SNOMED or LOINC, with their text in the doctor's language. The severity is a component on a
//!   0–10 scale (UCUM `{score}`); for a kind of pain it also carries LOINC 72514-3, the code zib
//!   PijnScore uses.
//! - **Narrative.** Every resource has generated XHTML `text` in the doctor's language.
//! - **Positions** only when asked (`include_location`): a Location per entry, linked from the
//!   Observation (`event-location`) or the Encounter.
//! - **No empty values.** FHIR JSON forbids empty arrays, strings and objects; `prune` removes
//!   any that a blank free text or an empty list would leave.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Entry, EntryView, Identity, vocab::Vocabulary};
use crate::{Result, l10n::Localizer, progress::Progress};

const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const PARTICIPANT: &str = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
const EVENT_LOCATION: &str = "http://hl7.org/fhir/StructureDefinition/event-location";
const CONTACT_ROLE: &str = "http://terminology.hl7.org/CodeSystem/v2-0131";
/// The Dutch citizen service number, as nl-core-Patient identifies a patient.
const BSN: &str = "http://fhir.nl/fhir/NamingSystem/bsn";
const UCUM: &str = "http://unitsofmeasure.org";
const LOINC: &str = "http://loinc.org";
/// An identifier that is a URI (here the resource's own `urn:uuid`), as FHIR defines it.
const URI: &str = "urn:ietf:rfc:3986";
/// LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
const PAIN_SEVERITY: &str = "72514-3";
/// The symptoms that are a kind of pain: their severity is the pain score LOINC 72514-3 codes.
const PAINS: [&str; 9] = [
    "pain",
    "headache",
    "back-pain",
    "neck-pain",
    "joint-pain",
    "muscle-pain",
    "chest-pain",
    "abdominal-pain",
    "toothache",
];

pub struct FhirInput<'a> {
    pub entries: Vec<EntryView>,
    pub head: String,
    /// The hash of the diary's first row: it never changes once written (a deletion keeps it
    /// in the tombstone), so ids made from it stay the same. `None` for an empty diary.
    pub first_hash: Option<String>,
    /// Positions go in only when the user asked for them.
    pub include_location: bool,
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

fn utc(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn reference(id: &str) -> Value {
    json!({"reference": format!("urn:uuid:{id}")})
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({"system": format!("urn:werkmaat:{system}"), "code": code, "display": display})
}

fn concept(system: &str, code: &str, text: String) -> Value {
    json!({"coding": [coding(system, code, &text)], "text": text})
}

fn category(code: &str) -> Value {
    json!([{"coding": [{"system": CATEGORY, "code": code}]}])
}

/// A UCUM quantity; `value` a JSON number as the diary holds it (whole numbers stay whole).
fn quantity(value: Value, code: &str) -> Value {
    json!({"value": value, "unit": code, "system": UCUM, "code": code})
}

/// An `f32` as the shortest decimal that reads back as it (1.1, not 1.100000023841858).
fn decimal(value: f32) -> Value {
    json!(value.to_string().parse::<f64>().unwrap_or_default())
}

/// Text as XHTML character data: markup escaped, and control characters (which XML does not
/// allow) left out.
fn xhtml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A resource's narrative: a title and one paragraph per fact that has a value.
fn narrative(title: &str, facts: &[(String, String)]) -> Value {
    let mut div = format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>{}</b></p>", xhtml(title));
    for (label, value) in facts.iter().filter(|(_, v)| !v.trim().is_empty()) {
        div.push_str(&format!("<p>{}: {}</p>", xhtml(label), xhtml(value)));
    }
    div.push_str("</div>");
    json!({"status": "generated", "div": div})
}

/// The value without empty strings, arrays or objects (or nulls), at every depth.
fn prune(value: Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::Array(items) => {
            let items: Vec<Value> = items.into_iter().filter_map(prune).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(map) => {
            let map: serde_json::Map<String, Value> =
                map.into_iter().filter_map(|(k, v)| Some((k, prune(v)?))).collect();
            (!map.is_empty()).then_some(Value::Object(map))
        }
        other => Some(other),
    }
}

struct Builder<'a> {
    input: &'a FhirInput<'a>,
    /// What every id is made from: the diary's first row hash.
    key: &'a str,
    patient: String,
}

/// One resource with its id.
type Resource = (String, Value);

impl Builder<'_> {
    fn text(&self, id: &str) -> String {
        self.input.doctor.text(id)
    }

    /// A stable id: UUIDv5 of this diary and `name` (so two diaries never share one).
    fn id(&self, name: &str) -> String {
        let name = format!("urn:werkmaat:diary:{}/{name}", self.key);
        Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
    }

    /// What every resource made from an entry has: its id, the revision as its version, its
    /// identifier, and the doctor's language.
    fn base(&self, resource_type: &str, id: &str, view: &EntryView) -> Value {
        json!({
            "resourceType": resource_type,
            "id": id,
            "meta": {"versionId": view.revision.to_string(), "lastUpdated": utc(&view.recorded_at)},
            "language": self.input.doctor.locale(),
            "identifier": [{"system": URI, "value": format!("urn:uuid:{id}")}],
            "subject": reference(&self.patient),
        })
    }

    fn observation(&self, id: &str, view: &EntryView, category_code: &str, code: Value) -> Value {
        let mut o = self.base("Observation", id, view);
        o["status"] = json!(if view.revision > 1 { "amended" } else { "final" });
        o["category"] = category(category_code);
        o["code"] = code;
        o["performer"] = json!([reference(&self.patient)]);
        o["issued"] = json!(utc(&view.recorded_at));
        o
    }

    fn field(&self, code: &str, label: &str) -> Value {
        concept("field", code, self.text(label))
    }

    /// A component carrying a string, with the fact it adds to the narrative.
    fn text_component(&self, code: &str, label: &str, value: &str, facts: &mut Vec<(String, String)>) -> Value {
        facts.push((self.text(label), value.to_owned()));
        json!({"code": self.field(code, label), "valueString": value})
    }

    /// Notes from labelled free texts; blank ones are left out.
    fn notes(&self, pairs: &[(&str, &Option<String>)], facts: &mut Vec<(String, String)>) -> Value {
        let mut notes = Vec::new();
        for (label, text) in pairs {
            if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                facts.push((self.text(label), text.to_owned()));
                notes.push(json!({"text": format!("{}: {text}", self.text(label))}));
            }
        }
        Value::Array(notes)
    }

    /// The Location of an entry's position, when positions were asked for and the entry has one.
    fn location(&self, view: &EntryView) -> Option<Resource> {
        let place = view.location.as_ref().filter(|_| self.input.include_location)?;
        let id = self.id(&format!("entry/{}/location", view.id));
        let position = format!("{}, {}", place.lat, place.lon);
        let resource = json!({
            "resourceType": "Location",
            "id": id,
            "language": self.input.doctor.locale(),
            "position": {"latitude": place.lat, "longitude": place.lon},
            "text": narrative(&position, &[]),
        });
        Some((id, resource))
    }

    fn symptom(&self, view: &EntryView, s: &super::Symptom, facts: &mut Vec<(String, String)>) -> Value {
        let (vocab, doctor) = (self.input.vocabulary, self.input.doctor);
        let id = self.id(&format!("entry/{}", view.id));
        let name = vocab.symptom_label(&s.symptom, doctor);
        let mut o = self.observation(&id, view, "survey", concept("symptom", &s.symptom, name));
        o["effectiveDateTime"] = json!(time(&s.at));
        let severity_label = self.text("report-field-severity");
        let mut codings = Vec::new();
        if PAINS.contains(&s.symptom.as_str()) {
            codings.push(json!({"system": LOINC, "code": PAIN_SEVERITY}));
        }
        codings.push(coding("field", "severity", &severity_label));
        let mut components = vec![json!({
            "code": {"coding": codings, "text": severity_label},
            "valueQuantity": quantity(json!(s.severity), "{score}"),
        })];
        facts.push((severity_label, format!("{}/10 ({})", s.severity, self.text("report-chart-scale"))));
        if let Some(part) = &s.body_part {
            let label = vocab.body_label(part, doctor);
            facts.push((self.text("report-field-body-part"), label.clone()));
            o["bodySite"] = concept("body", part, label);
        }
        let work_related = self.text(if s.work_related { "report-yes" } else { "report-no" });
        facts.push((self.text("report-work-related"), work_related));
        components
            .push(json!({"code": self.field("work-related", "report-work-related"), "valueBoolean": s.work_related}));
        if let Some(m) = s.duration_minutes {
            facts.push((self.text("report-field-duration"), format!("{m} min")));
            components.push(json!({"code": self.field("duration", "report-field-duration"), "valueQuantity": quantity(json!(m), "min")}));
        }
        if let Some(h) = s.missed_work_hours {
            facts.push((self.text("report-field-missed-work"), format!("{h} h")));
            components.push(json!({"code": self.field("missed-work", "report-field-missed-work"), "valueQuantity": quantity(decimal(h), "h")}));
        }
        o["component"] = Value::Array(components);
        o["note"] = self.notes(
            &[
                ("report-field-helps", &s.helps),
                ("report-field-worsens", &s.worsens),
                ("report-field-medication", &s.medication),
                ("report-field-note", &s.note),
            ],
            facts,
        );
        o
    }

    fn incident(&self, view: &EntryView, i: &super::Incident, facts: &mut Vec<(String, String)>) -> Value {
        let (vocab, doctor) = (self.input.vocabulary, self.input.doctor);
        let id = self.id(&format!("entry/{}", view.id));
        let kind = concept("entry", "incident", self.text("report-kind-incident"));
        let mut o = self.observation(&id, view, "social-history", kind);
        o["effectiveDateTime"] = json!(time(&i.at));
        o["valueString"] = json!(i.description);
        facts.push((self.text("report-field-what-happened"), i.description.clone()));
        let mut components = Vec::new();
        for (code, label, text) in [
            ("place", "report-field-place", &i.place),
            ("task", "report-field-task", &i.task),
            ("machine-or-substance", "report-field-machine", &i.machine_or_substance),
        ] {
            if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                components.push(self.text_component(code, label, text, facts));
            }
        }
        for part in &i.injuries {
            let label = vocab.body_label(part, doctor);
            facts.push((self.text("report-field-injuries"), label.clone()));
            components.push(json!({"code": self.field("injury", "report-field-injuries"), "valueCodeableConcept": concept("body", part, label)}));
        }
        for witness in i.witnesses.iter().filter(|w| !w.trim().is_empty()) {
            components.push(self.text_component("witness", "report-field-witnesses", witness, facts));
        }
        // To whom, as the component's code; when, as its value (or just "yes" without a date).
        for reported in &i.reported_to {
            let who = self.text(&format!("report-who-{}", reported.who));
            let label = format!("{}: {who}", self.text("report-field-reported-to"));
            let code = json!({"coding": [coding("reported-to", reported.who.id(), &who)], "text": label});
            let (value_key, value, said) = match &reported.at {
                Some(at) => ("valueDateTime", json!(time(at)), time(at)),
                None => ("valueBoolean", json!(true), self.text("report-yes")),
            };
            facts.push((label, said));
            components.push(json!({"code": code, value_key: value}));
        }
        o["component"] = Value::Array(components);
        let photos = (!i.photos.is_empty()).then(|| {
            i.photos.iter().map(|p| format!("{} (SHA-256 {})", p.path, p.sha256)).collect::<Vec<_>>().join("; ")
        });
        o["note"] = self.notes(&[("report-field-photos", &photos)], facts);
        o
    }

    /// The resources of one entry, its Location first when it has one.
    fn resources(&self, view: &EntryView) -> Vec<Resource> {
        let mut facts: Vec<(String, String)> = Vec::new();
        let kind_title = self.text(&format!("report-kind-{}", view.entry.kind()));
        let title = format!("{kind_title}, {}", time(&view.entry.at()));
        let id = self.id(&format!("entry/{}", view.id));
        let location = self.location(view);
        let place = location.as_ref().map(|(location_id, _)| reference(location_id));
        let mut resources: Vec<Resource> = location.into_iter().collect();
        // Resources that refer to the main one (the advice given in an Encounter).
        let mut after: Vec<Resource> = Vec::new();
        let mut main = match &view.entry {
            Entry::Symptom(s) => {
                let name = self.input.vocabulary.symptom_label(&s.symptom, self.input.doctor);
                facts.push((kind_title, name));
                self.symptom(view, s, &mut facts)
            }
            Entry::Incident(i) => self.incident(view, i, &mut facts),
            Entry::Shift(s) => {
                let kind = concept("entry", "shift", kind_title.clone());
                let mut o = self.observation(&id, view, "social-history", kind);
                o["effectivePeriod"] = json!({"start": time(&s.start), "end": time(&s.end)});
                facts.push((kind_title, format!("{} – {}", time(&s.start), time(&s.end))));
                facts.push((self.text("report-field-break"), format!("{} min", s.break_minutes)));
                o["component"] = json!([{"code": self.field("break", "report-field-break"), "valueQuantity": quantity(json!(s.break_minutes), "min")}]);
                o
            }
            Entry::CareContact(c) => {
                let class =
                    if c.with == super::CareWith::Emergency { ("EMER", "emergency") } else { ("AMB", "ambulatory") };
                let with = self.text(&format!("report-care-{}", c.with));
                facts.push((self.text("report-field-with"), with.clone()));
                let mut encounter = self.base("Encounter", &id, view);
                encounter["status"] = json!("finished");
                encounter["class"] = json!({"system": ACT_CODE, "code": class.0, "display": class.1});
                encounter["type"] = json!([concept("care", c.with.id(), with)]);
                encounter["period"] = json!({"start": time(&c.at)});
                if let Some(place) = &place {
                    encounter["location"] = json!([{"location": place}]);
                }
                if let Some(advice) = c.advice.as_deref().filter(|a| !a.trim().is_empty()) {
                    let advice_id = self.id(&format!("entry/{}/advice", view.id));
                    let fact = (self.text("report-field-advice"), advice.to_owned());
                    let mut o =
                        self.observation(&advice_id, view, "survey", self.field("advice", "report-field-advice"));
                    o["effectiveDateTime"] = json!(time(&c.at));
                    o["valueString"] = json!(advice);
                    o["encounter"] = reference(&id);
                    o["text"] = narrative(&title, std::slice::from_ref(&fact));
                    facts.push(fact);
                    after.push((advice_id, o));
                }
                encounter
            }
        };
        if let (Some(place), Some(object)) = (place, main.as_object_mut())
            && object.get("resourceType") == Some(&json!("Observation"))
        {
            object.insert("extension".into(), json!([{"url": EVENT_LOCATION, "valueReference": place}]));
        }
        main["text"] = narrative(&title, &facts);
        resources.push((id, main));
        resources.extend(after);
        resources
    }

    /// The Patient: the app language, and the saved details the user chose (`identity`); the
    /// employer, agency and insurer as Organizations it names as contacts.
    fn patient(&self) -> Vec<Resource> {
        let input = self.input;
        let identity = &input.identity;
        let language_name = self.text(&format!("language-{}", input.patient_language));
        let language = json!({
            "coding": [{"system": "urn:ietf:bcp:47", "code": input.patient_language}],
            "text": language_name,
        });
        let birth_date = identity.birth_date.map(|d| d.format("%Y-%m-%d").to_string());
        let mut facts: Vec<(String, String)> = [
            ("details-full-name", &identity.name),
            ("details-date-of-birth", &birth_date),
            ("details-bsn", &identity.bsn),
        ]
        .into_iter()
        .filter_map(|(label, value)| Some((self.text(label), value.clone()?)))
        .collect();
        facts.push((self.text("info-locale"), language_name));
        // v2-0131 contact roles: E employer (the agency is the employer in law), I insurance company.
        let mut organizations = Vec::new();
        let mut contacts = Vec::new();
        for (code, role, label, name) in [
            ("employer", "E", "details-employer", &identity.employer),
            ("agency", "E", "details-agency", &identity.agency),
            ("insurer", "I", "details-insurer", &identity.insurer),
        ] {
            let Some(name) = name.as_deref().filter(|n| !n.trim().is_empty()) else { continue };
            let id = self.id(&format!("organization/{code}"));
            facts.push((self.text(label), name.to_owned()));
            contacts.push(json!({
                "relationship": [{"coding": [{"system": CONTACT_ROLE, "code": role}], "text": self.text(label)}],
                "organization": reference(&id),
            }));
            organizations.push((
                id.clone(),
                json!({
                    "resourceType": "Organization",
                    "id": id,
                    "language": input.doctor.locale(),
                    "name": name,
                    "text": narrative(name, &[]),
                }),
            ));
        }
        let patient = json!({
            "resourceType": "Patient",
            "id": self.patient,
            "language": input.doctor.locale(),
            "identifier": identity.bsn.as_ref().map(|bsn| json!([{"system": BSN, "value": bsn}])),
            "name": identity.name.as_ref().map(|name| json!([{"text": name}])),
            "birthDate": birth_date,
            "communication": [{"language": language, "preferred": true}],
            "contact": contacts,
            "text": narrative(&self.text("report-kept-by"), &facts),
        });
        std::iter::once((self.patient.clone(), patient)).chain(organizations).collect()
    }

    /// That the patient wrote every resource: one Provenance with the Patient as author.
    fn provenance(&self, targets: &[String]) -> Resource {
        let id = self.id(&format!("provenance/{}", self.input.head));
        let provenance = json!({
            "resourceType": "Provenance",
            "id": id,
            "language": self.input.doctor.locale(),
            "target": targets.iter().map(|t| reference(t)).collect::<Vec<_>>(),
            "recorded": utc(&self.input.made_at),
            "agent": [{
                "type": {"coding": [{"system": PARTICIPANT, "code": "author", "display": "Author"}]},
                "who": reference(&self.patient),
            }],
            "text": narrative(&self.text("report-kept-by"), &[]),
        });
        (id, provenance)
    }
}

/// The bundle as pretty JSON; `progress` sees one step per entry and can cancel.
pub fn render(input: &FhirInput<'_>, progress: &dyn Progress) -> Result<String> {
    let mut resources: Vec<Resource> = Vec::new();
    // An empty diary has nothing to say about anyone: no Patient, no entries.
    if let Some(key) = input.first_hash.as_deref() {
        let mut builder = Builder { input, key, patient: String::new() };
        builder.patient = builder.id("patient");
        resources.extend(builder.patient());
        let views = super::oldest_first(&input.entries);
        for (done, view) in views.iter().enumerate() {
            crate::progress::step(progress, done, views.len())?;
            resources.extend(builder.resources(view));
        }
        crate::progress::step(progress, views.len(), views.len())?;
        // What the patient wrote: every resource but the Patient and the Organizations it names.
        let written = |r: &&Resource| !matches!(r.1["resourceType"].as_str(), Some("Patient" | "Organization"));
        let targets: Vec<String> = resources.iter().filter(written).map(|(id, _)| id.clone()).collect();
        if !targets.is_empty() {
            resources.push(builder.provenance(&targets));
        }
    }
    let entries: Vec<Value> = resources
        .into_iter()
        .map(|(id, resource)| json!({"fullUrl": format!("urn:uuid:{id}"), "resource": resource}))
        .collect();
    let bundle = json!({
        "resourceType": "Bundle",
        "identifier": {"system": "urn:werkmaat:diary-head", "value": input.head},
        "type": "collection",
        "timestamp": utc(&input.made_at),
        "entry": entries,
    });
    Ok(serde_json::to_string_pretty(&prune(bundle).unwrap_or(Value::Null))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_pruned_at_every_depth_and_the_rest_kept() {
        let value = json!({"a": [], "b": "", "c": " ", "d": {"e": []}, "f": [{"g": null}, 0, false, "x"], "h": {}});
        assert_eq!(prune(value), Some(json!({"f": [0, false, "x"]})));
        assert_eq!(prune(json!({"a": []})), None);
    }

    #[test]
    fn narrative_is_escaped_xhtml_without_control_characters() {
        let div = narrative("<b>&", &[("note".into(), "\u{1}\"x'".into()), ("empty".into(), " ".into())]);
        assert_eq!(
            div["div"],
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>&lt;b&gt;&amp;</b></p><p>note: &quot;x&#39;</p></div>"
        );
    }
}
