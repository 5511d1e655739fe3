//! The bytes that are hashed, format 2 (`docs/diary-format.md`): every value is built here, field
//! by field as the spec lists it, into a `serde_json::Value` and written as RFC 8785 (JCS)
//! canonical JSON. Never a struct's derived serde output: renaming or adding a Rust field must not
//! change a hash. Absent optional fields and empty lists are left out, so an optional field added
//! later leaves every older hash as it was.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::{
    attachments::AttachmentRecord,
    chain::{Action, Revision},
    entry::{Entry, Location},
};

pub const FORMAT_VERSION: u32 = 2;

/// Where a tombstone sits in the chain, as the Delete that made it commits to it.
pub struct TombstoneLink<'a> {
    pub seq: u64,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

/// The RFC 8785 (JCS) bytes of `value`: what is hashed.
pub fn bytes(value: &Value) -> Vec<u8> {
    // A `Value` always serializes; an error here would be a bug in the JCS crate.
    serde_jcs::to_vec(value).unwrap_or_default()
}

/// SHA-256 of the JCS bytes of `value`, as 64 lowercase hex digits.
fn digest(value: &Value) -> String {
    hex::encode(Sha256::digest(bytes(value)))
}

/// The time an entry is about: whole seconds with the phone's offset, `2026-11-10T07:30:00+01:00`.
pub fn entry_time(time: &DateTime<FixedOffset>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// When a revision was recorded: whole seconds in UTC, `2026-11-10T08:01:02Z`.
pub fn recorded_time(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A number as the export writes it: the shortest decimal that reads back as the same `f32`.
fn decimal(value: f32) -> Value {
    let shortest: f64 = value.to_string().parse().unwrap_or(f64::NAN);
    serde_json::Number::from_f64(shortest).map_or(Value::Null, Value::Number)
}

/// An object of the given fields, leaving out `None` and empty lists.
fn object(fields: impl IntoIterator<Item = (&'static str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(key, value)| Some((key.to_owned(), value?)))
        .filter(|(_, value)| !matches!(value, Value::Array(items) if items.is_empty()))
        .collect();
    Value::Object(map)
}

fn text(value: &Option<String>) -> Option<Value> {
    value.as_ref().map(|v| json!(v))
}

/// An entry's content, as the spec lists its fields per kind.
pub fn entry(entry: &Entry) -> Value {
    let kind = Some(json!(entry.kind()));
    match entry {
        Entry::Symptom(s) => object([
            ("kind", kind),
            ("symptom", Some(json!(s.symptom))),
            ("body_part", text(&s.body_part)),
            ("severity", Some(json!(s.severity))),
            ("at", Some(json!(entry_time(&s.at)))),
            ("duration_minutes", s.duration_minutes.map(|m| json!(m))),
            ("helps", text(&s.helps)),
            ("worsens", text(&s.worsens)),
            ("medication", text(&s.medication)),
            ("work_related", Some(json!(s.work_related))),
            ("missed_work_hours", s.missed_work_hours.map(decimal)),
            ("note", text(&s.note)),
        ]),
        Entry::Incident(i) => object([
            ("kind", kind),
            ("at", Some(json!(entry_time(&i.at)))),
            ("place", text(&i.place)),
            ("task", text(&i.task)),
            ("machine_or_substance", text(&i.machine_or_substance)),
            ("description", Some(json!(i.description))),
            ("injuries", Some(json!(i.injuries))),
            ("witnesses", Some(json!(i.witnesses))),
            (
                "reported_to",
                Some(Value::Array(
                    i.reported_to
                        .iter()
                        .map(|r| {
                            object([("who", Some(json!(r.who))), ("at", r.at.as_ref().map(|t| json!(entry_time(t))))])
                        })
                        .collect(),
                )),
            ),
            (
                "photos",
                Some(Value::Array(
                    i.photos
                        .iter()
                        .map(|p| object([("path", Some(json!(p.path))), ("sha256", Some(json!(p.sha256)))]))
                        .collect(),
                )),
            ),
        ]),
        Entry::Shift(s) => object([
            ("kind", kind),
            ("start", Some(json!(entry_time(&s.start)))),
            ("end", Some(json!(entry_time(&s.end)))),
            ("break_minutes", Some(json!(s.break_minutes))),
        ]),
        Entry::CareContact(c) => object([
            ("kind", kind),
            ("at", Some(json!(entry_time(&c.at)))),
            ("with", Some(json!(c.with))),
            ("advice", text(&c.advice)),
        ]),
    }
}

/// The salted hash of a position: SHA-256 of JCS `{"lat", "lon", "salt"}`.
pub fn location_hash(location: &Location) -> String {
    digest(&json!({"lat": location.lat, "lon": location.lon, "salt": location.salt}))
}

/// What the chain records of an attachment: every field, as the spec lists them.
pub fn attachment(record: &AttachmentRecord) -> Value {
    json!({
        "attached_to": record.attached_to,
        "kind": record.kind.id(),
        "media_type": record.media_type.as_str(),
        "bytes": record.bytes,
        "sha256": record.sha256,
    })
}

/// A revision's content, `{"entry"?, "location_hash"?, "attachment"?}` (`{}` for a Delete).
pub fn content(
    entry_content: Option<&Entry>,
    location_hash: Option<&str>,
    attached: Option<&AttachmentRecord>,
) -> Value {
    object([
        ("entry", entry_content.map(entry)),
        ("location_hash", location_hash.map(|h| json!(h))),
        ("attachment", attached.map(attachment)),
    ])
}

/// SHA-256 of the content's JCS bytes: what a tombstone keeps of its content.
pub fn content_digest(
    entry_content: Option<&Entry>,
    location_hash: Option<&str>,
    attached: Option<&AttachmentRecord>,
) -> String {
    digest(&content(entry_content, location_hash, attached))
}

fn action(action: Action) -> &'static str {
    match action {
        Action::Create => "create",
        Action::Correct => "correct",
        Action::Delete => "delete",
    }
}

/// The hash of a format-2 revision, from its header, its content digest, its predecessor's hash
/// and, for a Delete, the place of every tombstone it made.
pub fn revision_hash(revision: &Revision, content_digest: &str, tombstones: &[TombstoneLink<'_>]) -> String {
    digest(&header(revision, content_digest, tombstones))
}

/// The object a format-2 revision hash is taken over.
pub fn header(revision: &Revision, content_digest: &str, tombstones: &[TombstoneLink<'_>]) -> Value {
    let links = (revision.action == Action::Delete).then(|| {
        Value::Array(
            tombstones.iter().map(|t| json!({"seq": t.seq, "prev_hash": t.prev_hash, "hash": t.hash})).collect(),
        )
    });
    object([
        ("format_version", Some(json!(FORMAT_VERSION))),
        ("seq", Some(json!(revision.seq))),
        ("entry_id", Some(json!(revision.entry_id))),
        ("revision", Some(json!(revision.revision))),
        ("recorded_at", Some(json!(recorded_time(&revision.recorded_at)))),
        ("action", Some(json!(action(revision.action)))),
        ("content_digest", Some(json!(content_digest))),
        ("prev_hash", Some(json!(revision.prev_hash))),
        ("tombstones", links),
    ])
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::diary::entry::Shift;

    #[test]
    fn times_and_numbers_are_written_as_the_spec_says() {
        let at = DateTime::parse_from_rfc3339("2026-11-10T07:30:00Z").unwrap();
        assert_eq!(entry_time(&at), "2026-11-10T07:30:00+00:00", "the offset always as digits");
        let recorded = DateTime::parse_from_rfc3339("2026-11-10T07:30:00.9+01:00").unwrap().to_utc();
        assert_eq!(recorded_time(&recorded), "2026-11-10T06:30:00Z");
        // The f32 1.1 is 1.100000023841858 as an f64: the spec takes the decimal the export writes.
        assert_eq!(bytes(&decimal(1.1)), b"1.1");
        let place = Location { lat: 52.0, lon: 4.5, salt: "00".repeat(16) };
        let expected = format!("{{\"lat\":52,\"lon\":4.5,\"salt\":\"{}\"}}", "00".repeat(16));
        assert_eq!(location_hash(&place), hex::encode(Sha256::digest(expected)));
    }

    #[test]
    fn a_default_value_is_kept_and_only_absent_ones_are_left_out() {
        let start = DateTime::parse_from_rfc3339("2026-11-10T06:00:00+01:00").unwrap();
        let shift = Entry::Shift(Shift { start, end: start + chrono::Duration::hours(8), break_minutes: 0 });
        let text = String::from_utf8(bytes(&entry(&shift))).unwrap();
        assert_eq!(
            text,
            r#"{"break_minutes":0,"end":"2026-11-10T14:00:00+01:00","kind":"shift","start":"2026-11-10T06:00:00+01:00"}"#
        );
        assert_eq!(bytes(&content(None, None, None)), b"{}", "a delete's content");
    }
}
