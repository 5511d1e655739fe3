//! The format-1 hash, frozen: diaries written before format 2 keep verifying. Format 1 hashed the
//! serde output of the Rust structs of that time (fields in declaration order, `null` for an absent
//! value, chrono's RFC 3339 with fractions). That output is written out here field by field, so a
//! change to today's structs cannot change it; `docs/diary-vectors/v1-*.json` pins it.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{
    chain::Revision,
    entry::{Entry, Location},
};

/// One JSON value as serde_json writes it.
fn value(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `{"k":v,...}` with the keys in the given order (values already JSON).
fn ordered(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields.iter().map(|(key, json)| format!("{}:{json}", value(key))).collect();
    format!("{{{}}}", body.join(","))
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    format!("[{}]", items.iter().map(each).collect::<Vec<_>>().join(","))
}

fn entry(entry: &Entry) -> String {
    let kind = ("kind", value(&entry.kind()));
    match entry {
        Entry::Symptom(s) => ordered(&[
            kind,
            ("symptom", value(&s.symptom)),
            ("body_part", value(&s.body_part)),
            ("severity", value(&s.severity)),
            ("at", value(&s.at)),
            ("duration_minutes", value(&s.duration_minutes)),
            ("helps", value(&s.helps)),
            ("worsens", value(&s.worsens)),
            ("medication", value(&s.medication)),
            ("work_related", value(&s.work_related)),
            ("missed_work_hours", value(&s.missed_work_hours)),
            ("note", value(&s.note)),
        ]),
        Entry::Incident(i) => ordered(&[
            kind,
            ("at", value(&i.at)),
            ("place", value(&i.place)),
            ("task", value(&i.task)),
            ("machine_or_substance", value(&i.machine_or_substance)),
            ("description", value(&i.description)),
            ("injuries", value(&i.injuries)),
            ("witnesses", value(&i.witnesses)),
            ("reported_to", list(&i.reported_to, |r| ordered(&[("who", value(&r.who)), ("at", value(&r.at))]))),
            ("photos", list(&i.photos, |p| ordered(&[("path", value(&p.path)), ("sha256", value(&p.sha256))]))),
        ]),
        Entry::Shift(s) => ordered(&[
            kind,
            ("start", value(&s.start)),
            ("end", value(&s.end)),
            ("break_minutes", value(&s.break_minutes)),
        ]),
        Entry::CareContact(c) => {
            ordered(&[kind, ("at", value(&c.at)), ("with", value(&c.with)), ("advice", value(&c.advice))])
        }
    }
}

/// The format-1 salted hash of a position: SHA-256 of `{"lat":…,"lon":…,"salt":"…"}`.
pub fn location_hash(location: &Location) -> String {
    let json =
        ordered(&[("lat", value(&location.lat)), ("lon", value(&location.lon)), ("salt", value(&location.salt))]);
    hex::encode(Sha256::digest(json))
}

fn time(time: &DateTime<Utc>) -> String {
    value(time)
}

/// The format-1 hash of a revision (its entry included: a format-1 tombstone cannot be rehashed).
pub fn revision_hash(revision: &Revision) -> String {
    let json = ordered(&[
        ("seq", value(&revision.seq)),
        ("entry_id", value(&revision.entry_id)),
        ("revision", value(&revision.revision)),
        ("recorded_at", time(&revision.recorded_at)),
        ("action", value(&revision.action)),
        ("entry", revision.entry.as_ref().map_or_else(|| "null".to_owned(), entry)),
        ("location_hash", value(&revision.location_hash)),
        ("prev_hash", value(&revision.prev_hash)),
    ]);
    hex::encode(Sha256::digest(json))
}
