//! One collection (see the module's overview in `gc/mod.rs`).

#![allow(unsafe_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};

use super::registry;
use super::traverse::{clear, traverse, Visitor};
use super::world;
use crate::thread::Thread;
use crate::value::{ObjRef, PyObject, Value};

/// What a collection found.
#[derive(Clone, Copy, Default)]
pub struct Outcome {
    /// Unreachable objects found (as CPython counts them: an instance's or a function's
    /// `__dict__`, which CPython 3.12 keeps inside the object, is not counted apart).
    pub collected: usize,
    /// Garbage that could not be freed (always 0: every finalizer runs, as in CPython 3.4+).
    pub uncollectable: usize,
}

/// Held by the thread that collects (one collection at a time; collections nested in a
/// finalizer or callback of the running one are skipped). The standard library's lock, for
/// the reason given in `world`: it stays usable in a child made by `fork()`.
static COLLECTOR: Mutex<()> = Mutex::new(());

/// Per generation (as the `gc` module reports them): collections, objects collected.
pub static STATS: [[AtomicUsize; 2]; 3] = [const { [const { AtomicUsize::new(0) }; 2] }; 3];

/// Hooks the `gc` module installs: `gc.callbacks`, and where DEBUG_SAVEALL keeps the garbage.
pub struct Hooks {
    /// Calls `gc.callbacks` with ("start" or "stop", generation, outcome so far).
    pub callbacks: fn(&mut Thread, &str, usize, Outcome),
    /// Keeps the garbage instead of freeing it, when DEBUG_SAVEALL is set (true when kept).
    pub save_all: fn(&mut Thread, &[ObjRef]) -> bool,
}

pub static HOOKS: std::sync::OnceLock<Hooks> = std::sync::OnceLock::new();

/// Runs a collection (the generation is only recorded: every collection is full). `wait`:
/// whether to wait for a collection running on another thread to end first (gc.collect()),
/// rather than skip this one (automatic collections).
pub fn collect(thread: &mut Thread, generation: usize, wait: bool) -> Outcome {
    let Some(guard) = lock_collector(wait) else { return Outcome::default() };
    COLLECTING.with(|c| c.set(true));
    let hooks = HOOKS.get();
    if let Some(hooks) = hooks {
        (hooks.callbacks)(thread, "start", generation, Outcome::default());
    }
    let outcome = run(thread, hooks, generation);
    super::schedule::count_collection(generation);
    let stats = &STATS[generation.min(2)];
    stats[0].fetch_add(1, Ordering::Relaxed);
    stats[1].fetch_add(outcome.collected, Ordering::Relaxed);
    if let Some(hooks) = hooks {
        (hooks.callbacks)(thread, "stop", generation, outcome);
    }
    COLLECTING.with(|c| c.set(false));
    drop(guard);
    outcome
}

/// Stops the world outside a collection: around `fork()` (as CPython's free-threaded build
/// does, so that the child starts with no other thread caught inside a container's lock), and
/// to read other threads' frames (`all_threads`). None when this thread is collecting, or some
/// thread did not park in time.
pub fn stop_the_world() -> Option<(MutexGuard<'static, ()>, world::Stopped)> {
    let guard = lock_collector(true)?;
    let stopped = world::stop()?;
    Some((guard, stopped))
}

/// The collector's lock, unless this thread holds it already (or another does and `wait` is
/// false). Waiting is detached, so as not to hold up the holder's stopping of the world.
fn lock_collector(wait: bool) -> Option<MutexGuard<'static, ()>> {
    match COLLECTOR.try_lock() {
        Ok(guard) => Some(guard),
        Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
        Err(TryLockError::WouldBlock) if wait && !COLLECTING.with(std::cell::Cell::get) => {
            Some(world::detached(|| COLLECTOR.lock().unwrap_or_else(PoisonError::into_inner)))
        }
        Err(TryLockError::WouldBlock) => None,
    }
}

thread_local! {
    /// Whether this thread is running a collection (its finalizers may call gc.collect()).
    static COLLECTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn run(thread: &mut Thread, hooks: Option<&Hooks>, generation: usize) -> Outcome {
    let (garbage, weak_callbacks) = {
        let Some(_stopped) = world::stop() else { return Outcome::default() };
        registry::reset_count();
        // SAFETY: the world is stopped.
        let (garbage, survivors) = unsafe { find_unreachable(generation) };
        super::schedule::collected(survivors);
        let mut weak_callbacks = Vec::new();
        for object in &garbage {
            crate::modules::weakref::clear_for_collection(object, &mut weak_callbacks);
        }
        (garbage, weak_callbacks)
    };
    if garbage.is_empty() {
        return Outcome::default();
    }
    for (weakref, callback) in weak_callbacks {
        thread.run_weak_callback(callback, weakref);
    }
    let mut finalized = false;
    for object in &garbage {
        if crate::finalize::needs_finalizer(object) && object.gc.mark_finalized() {
            thread.run_finalizer(object.clone());
            finalized = true;
        }
    }
    let garbage = if finalized {
        // The finalizers filled the lookup caches (the `__del__` method, the globals they
        // read): those references would look like resurrections.
        thread.clear_lookup_caches();
        without_resurrected(garbage)
    } else {
        garbage
    };
    let outcome = Outcome { collected: counted(&garbage), uncollectable: 0 };
    for object in &garbage {
        object.gc.set_unreachable(false);
    }
    let saved = hooks.is_some_and(|hooks| (hooks.save_all)(thread, &garbage));
    if !saved {
        for object in &garbage {
            clear(object);
        }
    }
    drop(garbage);
    outcome
}

/// The collector's scratch word of each registry slot: the object's count less the references
/// from other objects of the collection, or one of these marks. Four bytes a slot and nothing
/// per object beside it (the registry is the list of members), so that a collection of a large
/// heap leaves little scratch memory behind (it was 32 bytes an object: 12 more bytes resident
/// per list in bench/memory/per_object.py).
const OUTSIDE: u32 = u32::MAX;
const REACHABLE: u32 = u32::MAX - 1;
/// A count too large for the word: never lowered, so the object stays reachable (it would take
/// four billion references to one object).
const SATURATED: u32 = u32::MAX - 2;

fn scratch_count(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(SATURATED).min(SATURATED)
}

/// Subtracts the references between objects of the collection from their copied counts.
struct Subtract<'a>(&'a mut [u32]);

impl Visitor for Subtract<'_> {
    fn object(&mut self, obj: &ObjRef) {
        if obj.gc.is_tracked() {
            if let Some(refs) = self.0.get_mut(obj.gc.slot()) {
                if *refs != 0 && *refs < SATURATED {
                    *refs -= 1;
                }
            }
        }
    }
}

/// Marks what an object reaches as reachable, queueing (by slot) what was not yet.
struct Mark<'a> {
    refs: &'a mut [u32],
    queue: Vec<u32>,
}

impl Mark<'_> {
    fn reach(&mut self, slot: usize) {
        if let Some(refs) = self.refs.get_mut(slot) {
            if *refs != OUTSIDE && *refs != REACHABLE {
                *refs = REACHABLE;
                // Slot numbers fit in 32 bits (the registry's range).
                self.queue.push(slot as u32);
            }
        }
    }
}

impl Visitor for Mark<'_> {
    fn object(&mut self, obj: &ObjRef) {
        if obj.gc.is_tracked() {
            self.reach(obj.gc.slot());
        }
    }
}

/// Finds the registered objects reachable from no reference outside the registry's objects:
/// returns them (each with a new reference, marked unreachable) and how many objects survive.
/// The survivors in `generation` or a younger one move to the next (every collection looks at
/// all objects; the generations are what `gc.get_objects(generation)` reports).
///
/// # Safety
/// The world is stopped.
unsafe fn find_unreachable(generation: usize) -> (Vec<ObjRef>, usize) {
    let mut refs = vec![OUTSIDE; registry::slot_limit()];
    // SAFETY: the world is stopped, as the caller guarantees (here and below).
    unsafe {
        registry::for_each(|object, slot| {
            let count = object.count();
            // Objects being freed (count 0), immortal and frozen ones stay out of the set:
            // their references count as references from outside.
            if count == 0 || object.is_immortal() || object.gc.is_frozen() {
                return;
            }
            if untrack_if_atomic(object) {
                return;
            }
            refs[slot] = scratch_count(count);
        });
    }
    // SAFETY: as above.
    let survivors = unsafe { mark_reachable(&mut refs) };
    let mut garbage = Vec::new();
    // SAFETY: as above.
    unsafe {
        registry::for_each(|object, slot| {
            if refs[slot] == REACHABLE {
                if object.gc.generation() <= generation {
                    object.gc.set_generation(generation + 1);
                }
            } else if refs[slot] != OUTSIDE {
                // SAFETY: registered objects are alive while the world is stopped.
                if let Some(strong) = ObjRef::upgrade(object) {
                    strong.gc.set_unreachable(true);
                    garbage.push(strong);
                }
            }
        });
    }
    (garbage, survivors)
}

/// Untracks a tuple whose items are all untracked now (a tuple's items never change, so it
/// can no longer be part of a cycle); as CPython does at each collection.
fn untrack_if_atomic(object: &PyObject) -> bool {
    let crate::objects::Payload::Tuple(items) = object.payload() else { return false };
    if object.dict().is_some() || crate::objects::typeobj::type_data(&object.class).heap || super::holds_tracked(items)
    {
        return false;
    }
    registry::untrack(object);
    true
}

/// Subtracts the references among the collection's members (the registered objects whose
/// copied counts are in `refs`), then marks as REACHABLE those with references left and all
/// they reach; returns how many are reachable.
///
/// # Safety
/// The world is stopped.
unsafe fn mark_reachable(refs: &mut [u32]) -> usize {
    // SAFETY: the world is stopped, as the caller guarantees (here and below).
    unsafe {
        registry::for_each(|object, slot| {
            if refs[slot] != OUTSIDE {
                traverse(object, &mut Subtract(refs));
            }
        });
    }
    let mut mark = Mark { refs, queue: Vec::new() };
    // SAFETY: as above.
    unsafe {
        registry::for_each(|_, slot| {
            if mark.refs[slot] > 0 {
                mark.reach(slot);
            }
        });
    }
    let mut reachable = 0;
    while let Some(slot) = mark.queue.pop() {
        reachable += 1;
        // SAFETY: as above; a queued slot holds a member.
        if let Some(object) = unsafe { registry::object_at(slot as usize) } {
            traverse(object, &mut mark);
        }
    }
    reachable
}

/// The garbage minus what finalizers made reachable again (and all it reaches). Looks with the
/// world stopped; when it cannot be stopped, nothing is freed this time.
fn without_resurrected(garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    let resurrected = {
        let Some(_stopped) = world::stop() else {
            for object in &garbage {
                object.gc.set_unreachable(false);
            }
            return Vec::new();
        };
        let mut refs = vec![OUTSIDE; registry::slot_limit()];
        for object in &garbage {
            let slot = object.gc.slot();
            if object.gc.is_tracked() && slot < refs.len() {
                // The collector's own reference does not count.
                refs[slot] = scratch_count(object.count() - 1);
            }
        }
        // SAFETY: the world is stopped.
        unsafe { mark_reachable(&mut refs) };
        refs
    };
    let (alive, still_garbage): (Vec<ObjRef>, Vec<ObjRef>) =
        garbage.into_iter().partition(|object| resurrected.get(object.gc.slot()) == Some(&REACHABLE));
    for object in &alive {
        object.gc.set_unreachable(false);
    }
    drop(alive);
    still_garbage
}

/// How many objects CPython would report for this garbage: the `__dict__` of an instance or
/// a function is part of the object there, and a closure is a tuple object of its own.
fn counted(garbage: &[ObjRef]) -> usize {
    let closures = garbage
        .iter()
        .filter(|object| matches!(object.payload(), crate::objects::Payload::Function(f) if !f.closure.is_empty()))
        .count();
    let inner_dicts = garbage
        .iter()
        .filter(|object| {
            matches!(object.payload(), crate::objects::Payload::Instance(_) | crate::objects::Payload::Function(_))
        })
        .filter_map(|object| object.dict().as_ref())
        .filter(|dict| dict.gc.is_unreachable())
        .count();
    garbage.len() + closures - inner_dicts
}

/// The objects that refer to any of `targets` (`gc.get_referrers`), or None when the world
/// could not be stopped.
pub fn referrers(targets: &[Value]) -> Option<Vec<ObjRef>> {
    struct Finds<'a> {
        targets: &'a [usize],
        found: bool,
    }
    impl Visitor for Finds<'_> {
        fn object(&mut self, obj: &ObjRef) {
            self.found |= self.targets.contains(&obj.addr());
        }
    }
    let targets: Vec<usize> = targets.iter().filter_map(|t| t.as_obj().map(ObjRef::addr)).collect();
    let _guard = lock_collector(true)?;
    let _stopped = world::stop()?;
    let mut found = Vec::new();
    // SAFETY: the world is stopped.
    unsafe {
        registry::for_each(|object, _| {
            if object.count() == 0 {
                return;
            }
            let mut finds = Finds { targets: &targets, found: false };
            traverse(object, &mut finds);
            if finds.found {
                // SAFETY: registered objects are alive while the world is stopped.
                found.extend(ObjRef::upgrade(object));
            }
        });
    }
    Some(found)
}

/// Every tracked object, or those `keep` accepts (`gc.get_objects`, `gc.freeze`); None when the
/// world could not be stopped.
pub fn objects(mut keep: impl FnMut(&PyObject) -> bool) -> Option<Vec<ObjRef>> {
    let _guard = lock_collector(true)?;
    let _stopped = world::stop()?;
    let mut found = Vec::new();
    // SAFETY: the world is stopped.
    unsafe {
        registry::for_each(|object, _| {
            if object.count() != 0 && !object.is_immortal() && keep(object) {
                // SAFETY: registered objects are alive while the world is stopped.
                found.extend(ObjRef::upgrade(object));
            }
        });
    }
    Some(found)
}
