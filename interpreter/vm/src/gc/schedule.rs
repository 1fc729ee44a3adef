//! When collections run: the `gc` module's settings, and automatic collection once enough
//! tracked objects were made since the last one.
//!
//! A collection is due when the count of tracked allocations minus frees passes the first
//! threshold (700 by default) and also half the objects that survived the last collection.
//! With one generation every collection traverses the whole heap, so without the second rule a
//! growing heap would be traversed every 700 allocations; with it, the work stays proportional
//! to allocation (about three visits per object made). CPython's full collections wait for a
//! quarter; half was measured to cost half as much (2 million instances kept in a list: 1.4 s
//! against 2.2 s, 0.7 s without a collector) for at most half the heap again in garbage.
//! The thread whose count passes the mark asks for a collection; the first thread to reach a
//! safe point runs it.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicIsize, Ordering};

use crate::thread::Thread;

static ENABLED: AtomicBool = AtomicBool::new(true);
/// `gc.set_threshold`'s values; only the first one drives collections.
pub static THRESHOLDS: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];
/// Tracked objects that survived the last collection.
static SURVIVORS: AtomicIsize = AtomicIsize::new(0);
/// Set when a collection is due and no thread has started it yet.
static DUE: AtomicBool = AtomicBool::new(false);
/// `gc.get_count()`'s second and third numbers: collections of generation 0 since the last
/// of generation 1 or 2, and of generation 1 since the last of generation 2 (index 0 unused:
/// the first number is the registry's count).
static COLLECTIONS: [AtomicI64; 3] = [AtomicI64::new(0), AtomicI64::new(0), AtomicI64::new(0)];

/// Notes a collection of `generation`, for `counts` and `due_generation`.
pub(super) fn count_collection(generation: usize) {
    for count in &COLLECTIONS[1..=generation.min(2)] {
        count.store(0, Ordering::Relaxed);
    }
    if let Some(older) = COLLECTIONS.get(generation + 1) {
        older.fetch_add(1, Ordering::Relaxed);
    }
}

/// `gc.get_count()`'s second and third numbers.
pub fn counts() -> [i64; 2] {
    [COLLECTIONS[1].load(Ordering::Relaxed), COLLECTIONS[2].load(Ordering::Relaxed)]
}

/// The generation an automatic collection counts as, as CPython chooses it: the oldest whose
/// count of younger collections passed its threshold.
fn due_generation() -> usize {
    (1..=2)
        .rev()
        .find(|&g| COLLECTIONS[g].load(Ordering::Relaxed) >= THRESHOLDS[g].load(Ordering::Relaxed).max(1))
        .unwrap_or(0)
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Called when the shared count of tracked objects changed to `total`.
pub(super) fn count_changed(total: isize) {
    let threshold = THRESHOLDS[0].load(Ordering::Relaxed);
    if threshold <= 0 || (total as i64) <= threshold || !enabled() {
        return;
    }
    if total <= SURVIVORS.load(Ordering::Relaxed) / 2 {
        return;
    }
    if !DUE.swap(true, Ordering::Relaxed) {
        crate::finalize::wake();
    }
}

/// Records how many tracked objects a collection left.
pub(super) fn collected(survivors: usize) {
    SURVIVORS.store(survivors as isize, Ordering::Relaxed);
}

impl Thread {
    /// The collector's part of a safe point (the eval loop's checks, when something waits):
    /// parks while another thread collects, and runs a collection that is due.
    pub fn gc_safe_point(&mut self) {
        if super::world::stop_requested() {
            super::world::park_if_stopping();
        }
        if DUE.load(Ordering::Relaxed) && DUE.swap(false, Ordering::Relaxed) {
            crate::finalize::settle();
            if enabled() {
                super::collect::collect(self, due_generation(), false);
            }
        }
    }
}
