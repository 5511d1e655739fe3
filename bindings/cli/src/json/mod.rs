//! The JSON the CLI prints with `--json`: one serde struct per printed record, each built from its
//! FFI record by one `From`, and shared by every command that prints that record (every place is a
//! [`Place`], every source a [`Source`]). A field added to an FFI record is added here once; a
//! changed FFI type touches only its `From`. The README's JSON table lists every field, and
//! `tests/json_contract.rs` holds the output to it.
//!
//! Keys come out sorted (`output::print` goes through `serde_json::Value`, whose map is ordered by
//! key), as they always have: the order of a struct's fields is not part of the contract.

mod care;
mod checklist;
mod diary;
mod guides;
mod profile;

pub use care::*;
pub use checklist::*;
pub use diary::*;
pub use guides::*;
pub use profile::*;

use serde::Serialize;

/// `{"file"}`: where an output was written.
#[derive(Serialize)]
pub struct Written {
    pub file: String,
}

impl From<&std::path::Path> for Written {
    fn from(path: &std::path::Path) -> Self {
        Written { file: path.display().to_string() }
    }
}
