//! Progress of long jobs across the FFI: the shell passes a listener (or null), the core calls it
//! once per step from the calling thread, and a `false` answer cancels the job with
//! `ApiError::Cancelled`, leaving nothing half-written.

use std::sync::Arc;

use werkmaat_core::progress::Progress;

/// Implemented by the shell, for example to move a progress bar and offer a Cancel button.
#[uniffi::export(with_foreign)]
pub trait ProgressListener: Send + Sync {
    /// `done` of `total` steps; return `false` to cancel.
    fn on_progress(&self, done: u64, total: u64) -> bool;
}

/// The core's view of an optional listener.
pub(crate) struct Listener(pub(crate) Option<Arc<dyn ProgressListener>>);

impl Progress for Listener {
    fn report(&self, done: u64, total: u64) -> bool {
        self.0.as_ref().is_none_or(|listener| listener.on_progress(done, total))
    }
}
