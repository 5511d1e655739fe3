//! Werkmaat's core: rights guides, a private symptom and work-injury diary, a health-insurance
//! checklist and a care finder for labour migrants in the Netherlands, offline.
//!
//! Pure Rust: no FFI, no network, no threads of its own. `werkmaat-ffi` exposes it to Kotlin,
//! Swift and Python; see ARCHITECTURE.md for the map.

pub mod anchor;
pub mod calendar;
pub mod care;
pub mod checklist;
pub mod content;
pub mod details;
pub mod diary;
pub mod error;
pub mod facts;
pub mod files;
pub mod guides;
pub mod l10n;
mod names;
pub mod phone;
pub mod position;
pub mod progress;
pub mod share;
pub mod store;
mod sync;
mod werkmaat;

pub use crate::{
    error::{Error, InputProblem, PackProblem, Result},
    werkmaat::{DERIVED_DIR, LocaleName, ProfileInfo, Werkmaat},
};

/// The version of this library.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
