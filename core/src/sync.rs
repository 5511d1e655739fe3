//! Locks that outlive a panic. A poisoned lock only means another thread panicked while holding
//! it; what it guards is still consistent (caches are rebuilt on demand, SQLite rolls back an
//! unfinished transaction, the active content is swapped whole), so every lock in the core is
//! taken through these and keeps working.

use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub(crate) fn read<T>(lock: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub(crate) fn write<T>(lock: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A value derived from a shared source (an index over the content in use), kept for the
/// services made from one profile handle. Each value is tagged with the source it was built from:
/// a service still holding an older source after a switch neither reads the new source's value
/// nor leaves its own for services of the new one. The tag is a `Weak`, which keeps the source's
/// allocation (so its address cannot be reused) but not the source itself alive.
pub struct Derived<S, T> {
    slot: Mutex<Option<(std::sync::Weak<S>, T)>>,
}

impl<S, T> Default for Derived<S, T> {
    fn default() -> Self {
        Derived { slot: Mutex::new(None) }
    }
}

impl<S, T: Clone> Derived<S, T> {
    /// The value built from `source`, built now (under the lock, so it is built once) if the one
    /// kept was built from another source or was forgotten.
    pub(crate) fn get_or_build(
        &self,
        source: &std::sync::Arc<S>,
        build: impl FnOnce() -> crate::Result<T>,
    ) -> crate::Result<T> {
        let mut slot = lock(&self.slot);
        let tag = std::sync::Arc::downgrade(source);
        if let Some((built_from, value)) = slot.as_ref()
            && built_from.ptr_eq(&tag)
        {
            return Ok(value.clone());
        }
        let value = build()?;
        *slot = Some((tag, value.clone()));
        Ok(value)
    }

    /// Forgets the value: what it was derived from changed (imported places, a new content).
    pub(crate) fn forget(&self) {
        *lock(&self.slot) = None;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn a_derived_value_is_kept_for_its_source_only() {
        let derived: Derived<u8, u32> = Derived::default();
        let (first, second) = (Arc::new(1u8), Arc::new(2u8));
        let builds = std::cell::Cell::new(0);
        let get = |source: &Arc<u8>| {
            derived
                .get_or_build(source, || {
                    builds.set(builds.get() + 1);
                    Ok(u32::from(**source) * 10)
                })
                .unwrap()
        };
        assert_eq!((get(&first), get(&first)), (10, 10));
        assert_eq!(get(&second), 20, "another source's value is not handed out");
        assert_eq!(get(&first), 10, "nor is it left for the first");
        assert_eq!(builds.get(), 3);
        derived.forget();
        assert_eq!(derived.get_or_build(&second, || Ok(99)).unwrap(), 99);
    }
}
