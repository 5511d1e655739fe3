//! Progress and cancellation of long jobs (exports, backups, restores): the job says how far it
//! is, the caller answers whether to go on. A job told to stop returns `Error::Cancelled` before
//! it writes anything, or inside the transaction it then rolls back.

use crate::{Error, Result};

pub trait Progress {
    /// `done` of `total` steps; return `false` to cancel.
    fn report(&self, done: u64, total: u64) -> bool;
}

impl<F: Fn(u64, u64) -> bool> Progress for F {
    fn report(&self, done: u64, total: u64) -> bool {
        self(done, total)
    }
}

/// For callers that neither show progress nor cancel.
pub fn silent() -> impl Progress {
    |_: u64, _: u64| true
}

/// Reports one step; `Err(Cancelled)` when the caller said stop.
pub(crate) fn step(progress: &dyn Progress, done: usize, total: usize) -> Result<()> {
    if progress.report(done as u64, total as u64) { Ok(()) } else { Err(Error::Cancelled) }
}
