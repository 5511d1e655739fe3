//! The profile, its languages, details and content, and the publishers' pack tools.

use std::collections::BTreeMap;

use serde::Serialize;
use werkmaat_ffi as ffi;

#[derive(Serialize)]
pub struct LocaleName {
    pub code: String,
    pub native_name: String,
}

#[derive(Serialize)]
pub struct SetAside {
    pub file: Option<String>,
    pub at: String,
    pub reason: ffi::SetAsideReason,
}

impl From<&ffi::SetAside> for SetAside {
    fn from(a: &ffi::SetAside) -> Self {
        SetAside { file: a.file.clone(), at: crate::typed::instant_seconds(a.at), reason: a.reason }
    }
}

#[derive(Serialize)]
pub struct ContentPart {
    pub name: ffi::ContentPart,
    pub source: String,
}

/// The content in effect: `info`'s `content`, `pack install` and `pack rollback`.
#[derive(Serialize)]
pub struct Content {
    pub version: u64,
    pub created: String,
    pub parts: Vec<ContentPart>,
}

impl From<&ffi::ContentInfo> for Content {
    fn from(c: &ffi::ContentInfo) -> Self {
        Content {
            version: c.version,
            created: c.created.clone(),
            parts: c.parts.iter().map(|p| ContentPart { name: p.name, source: p.source.clone() }).collect(),
        }
    }
}

/// `info`.
#[derive(Serialize)]
pub struct Info {
    pub version: String,
    pub schema_version: u32,
    pub data_dir: String,
    pub locale: String,
    pub locales: Vec<LocaleName>,
    pub attributions: Vec<String>,
    pub content: Content,
    pub set_aside: Vec<SetAside>,
}

impl From<&ffi::ProfileInfo> for Info {
    fn from(i: &ffi::ProfileInfo) -> Self {
        Info {
            version: i.version.clone(),
            schema_version: i.schema_version,
            data_dir: i.data_dir.clone(),
            locale: i.locale.clone(),
            locales: i
                .locales
                .iter()
                .map(|l| LocaleName { code: l.code.clone(), native_name: l.native_name.clone() })
                .collect(),
            attributions: i.attributions.clone(),
            content: (&i.content).into(),
            set_aside: i.set_aside.iter().map(Into::into).collect(),
        }
    }
}

/// `locales`.
#[derive(Serialize)]
pub struct Locale {
    pub code: String,
    pub native_name: String,
    pub complete: bool,
}

impl From<&ffi::LocaleInfo> for Locale {
    fn from(l: &ffi::LocaleInfo) -> Self {
        Locale { code: l.code.clone(), native_name: l.native_name.clone(), complete: l.complete }
    }
}

/// `details show` and `details set`: the stored form (phones in E.164) beside the shown one
/// (`phone_national`, `gp_phone_national`).
#[derive(Serialize)]
pub struct Details {
    pub full_name: Option<String>,
    pub date_of_birth: Option<chrono::NaiveDate>,
    pub bsn: Option<String>,
    pub phone: Option<String>,
    pub phone_national: Option<String>,
    pub insurer: Option<String>,
    pub policy_number: Option<String>,
    pub gp_name: Option<String>,
    pub gp_phone: Option<String>,
    pub gp_phone_national: Option<String>,
    pub employer: Option<String>,
    pub agency: Option<String>,
}

impl From<&ffi::PersonalDetails> for Details {
    fn from(d: &ffi::PersonalDetails) -> Self {
        Details {
            full_name: d.full_name.clone(),
            date_of_birth: d.date_of_birth,
            bsn: d.bsn.clone(),
            phone: d.phone.clone(),
            phone_national: d.phone_national.clone(),
            insurer: d.insurer.clone(),
            policy_number: d.policy_number.clone(),
            gp_name: d.gp_name.clone(),
            gp_phone: d.gp_phone.clone(),
            gp_phone_national: d.gp_phone_national.clone(),
            employer: d.employer.clone(),
            agency: d.agency.clone(),
        }
    }
}

/// `details clear`.
#[derive(Serialize)]
pub struct Cleared {
    pub cleared: bool,
}

/// `wipe`.
#[derive(Serialize)]
pub struct Wiped {
    pub wiped: bool,
}

/// `pack keygen`: the public half; the secret went to the file.
#[derive(Serialize)]
pub struct PublicKey {
    pub public_key: String,
}

/// `pack build`.
#[derive(Serialize)]
pub struct PackBuilt {
    pub file: String,
    pub version: u64,
    pub bytes: usize,
}

/// `pack verify`: a pack that did not verify is an error, so `ok` is always true.
#[derive(Serialize)]
pub struct PackVerified {
    pub ok: bool,
    pub format: u32,
    pub version: u64,
    pub created: String,
    pub key_id: String,
    pub parts: Vec<String>,
}

impl From<&ffi::PackSummary> for PackVerified {
    fn from(s: &ffi::PackSummary) -> Self {
        PackVerified {
            ok: true,
            format: s.format,
            version: s.version,
            created: s.created.clone(),
            key_id: s.key_id.clone(),
            parts: s.parts.clone(),
        }
    }
}

/// `pack places --from-osm`.
#[derive(Serialize)]
pub struct PlacesPack {
    pub file: String,
    pub places: BTreeMap<ffi::PlaceKind, u64>,
    pub skipped: u64,
    pub skipped_by_reason: BTreeMap<String, u64>,
    pub attribution: String,
}

impl PlacesPack {
    pub fn new(built: &ffi::OsmPlacesPack, file: String) -> Self {
        PlacesPack {
            file,
            places: built.places.clone(),
            skipped: built.skipped,
            skipped_by_reason: built.skipped_by_reason.clone(),
            attribution: built.attribution.clone(),
        }
    }
}
