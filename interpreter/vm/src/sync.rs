//! The lock of the objects Python code touches on every step: list items, instance values,
//! cells, iterators, dict tables, generator states.
//!
//! Those locks are held for a few instructions and never while Python code runs (a `__hash__`,
//! `__eq__` or `__del__` could re-enter), and are almost never contended. `Mutex` here is a
//! spin lock: taking it is one atomic compare-and-swap, releasing it one plain store. A
//! parking lock (parking_lot's) needs a second compare-and-swap to release, because it must
//! learn whether to wake a sleeper; on the hot paths that doubles the atomic operations, each
//! costing tens of cycles. A waiter spins briefly, then yields its time slice until the holder
//! is done. Locks that may be held across blocking calls (I/O, `threading.Lock`) stay
//! parking_lot's.

#![allow(unsafe_code)]

use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::lock_api::{GuardSend, RawMutex};

/// The raw spin lock behind `Mutex`.
pub struct SpinLock {
    locked: AtomicBool,
}

/// How many times a waiter spins before it starts giving up its time slice.
const SPINS_BEFORE_YIELD: u32 = 64;

// SAFETY: `lock` and `try_lock` only succeed by swapping `locked` from false to true with
// Acquire ordering, and `unlock` stores false with Release ordering, so at most one holder at a
// time sees the protected data, and sees every write of the previous holder. While the process
// has one thread that touches objects (`value::counts_shared` false, set before any second
// one starts) nothing can take the lock between the load and the store of `try_lock`.
unsafe impl RawMutex for SpinLock {
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: SpinLock = SpinLock { locked: AtomicBool::new(false) };

    type GuardMarker = GuardSend;

    #[inline(always)]
    fn lock(&self) {
        if !self.try_lock() {
            self.lock_contended();
        }
    }

    #[inline(always)]
    fn try_lock(&self) -> bool {
        if !crate::value::counts_shared() {
            // One thread only (see `value::share_counts`): a free lock is taken by a plain store.
            if self.locked.load(Ordering::Relaxed) {
                return false;
            }
            self.locked.store(true, Ordering::Relaxed);
            return true;
        }
        self.locked.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    #[inline]
    unsafe fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }

    #[inline]
    fn is_locked(&self) -> bool {
        self.locked.load(Ordering::Relaxed)
    }
}

impl SpinLock {
    /// Waits for the holder: reads (without writing the cache line) until the lock looks free,
    /// then tries to take it.
    #[cold]
    #[inline(never)]
    fn lock_contended(&self) {
        wait_and_take(|| self.locked.load(Ordering::Relaxed), || self.try_lock());
    }
}

/// A spin lock's wait for its holder (this one's, and the object locks in object headers,
/// `gc::Header::lock`): reads (without writing the cache line) until `held` turns false,
/// spinning briefly and then giving up its time slice, then tries `take`, until that succeeds.
#[inline(always)]
pub(crate) fn wait_and_take(held: impl Fn() -> bool, take: impl Fn() -> bool) {
    let mut spins = 0u32;
    loop {
        while held() {
            if spins < SPINS_BEFORE_YIELD {
                spins += 1;
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
        if take() {
            return;
        }
    }
}

/// A value guarded by a `SpinLock`.
pub type Mutex<T> = parking_lot::lock_api::Mutex<SpinLock, T>;

/// The guard of a locked `Mutex`.
pub type MutexGuard<'a, T> = parking_lot::lock_api::MutexGuard<'a, SpinLock, T>;

#[cfg(test)]
mod tests {
    use super::Mutex;

    #[test]
    fn threads_take_turns() {
        // Threads touching shared objects announce themselves first (see `value::share_counts`).
        crate::value::share_counts();
        let counter = std::sync::Arc::new(Mutex::new(0u64));
        let workers: Vec<_> = (0..4)
            .map(|_| {
                let counter = counter.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        *counter.lock() += 1;
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.join().expect("a worker panicked");
        }
        assert_eq!(*counter.lock(), 400_000);
    }
}
