//! Per-module import locks, as CPython's `_ModuleLock`: while one thread finds and runs a module,
//! another thread importing the same name waits for it instead of seeing a half-run module or
//! running it twice. The same thread may take its own lock again (a circular import). A wait that
//! would close a cycle of threads waiting on each other is skipped (the importer then sees the
//! partly initialized module, as CPython's `_DeadlockError` handling gives).
//!
//! No Python code runs while the table's mutex is held.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::ThreadId;

use parking_lot::{Condvar, Mutex};

#[derive(Default)]
struct Table {
    /// Module name -> (owner, how many times it took the lock).
    held: HashMap<String, (ThreadId, usize)>,
    /// Thread -> the module it waits for.
    waiting: HashMap<ThreadId, String>,
}

#[derive(Default)]
pub struct ModuleLocks {
    table: Mutex<Table>,
    released: Condvar,
    /// How many locks are held: zero (the usual case) needs no look at the table.
    count: AtomicUsize,
}

/// A held module lock, released when dropped.
pub struct Guard<'a> {
    locks: &'a ModuleLocks,
    name: String,
}

impl ModuleLocks {
    /// Takes the lock of module `name`, waiting while another thread holds it. None when waiting
    /// would deadlock.
    pub fn acquire(&self, name: &str) -> Option<Guard<'_>> {
        let me = std::thread::current().id();
        let mut table = self.table.lock();
        loop {
            match table.held.get_mut(name) {
                None => {
                    table.held.insert(name.to_string(), (me, 1));
                    self.count.fetch_add(1, Ordering::Relaxed);
                    return Some(Guard { locks: self, name: name.to_string() });
                }
                Some((owner, count)) if *owner == me => {
                    *count += 1;
                    return Some(Guard { locks: self, name: name.to_string() });
                }
                Some((owner, _)) => {
                    let owner = *owner;
                    if would_deadlock(&table, owner, me) {
                        return None;
                    }
                    table.waiting.insert(me, name.to_string());
                    // Detached: the holder may need the world stopped to finish its import.
                    crate::gc::world::detached_wait(&self.released, &mut table);
                    table.waiting.remove(&me);
                }
            }
        }
    }

    /// Waits until no other thread holds the lock of `name` (a module found in `sys.modules`
    /// that another thread is still running).
    pub fn wait_for(&self, name: &str) {
        if self.count.load(Ordering::Relaxed) == 0 {
            return;
        }
        drop(self.acquire(name));
    }
}

/// Whether `owner` waits, directly or through other threads, for a module `me` holds.
fn would_deadlock(table: &Table, mut owner: ThreadId, me: ThreadId) -> bool {
    for _ in 0..=table.waiting.len() {
        if owner == me {
            return true;
        }
        let Some(next) = table.waiting.get(&owner).and_then(|name| table.held.get(name)) else {
            return false;
        };
        owner = next.0;
    }
    true
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        let mut table = self.locks.table.lock();
        if let Some((_, count)) = table.held.get_mut(&self.name) {
            *count -= 1;
            if *count == 0 {
                table.held.remove(&self.name);
                self.locks.count.fetch_sub(1, Ordering::Relaxed);
                self.locks.released.notify_all();
            }
        }
    }
}
