//! The registry of tracked objects: every object that can hold references to other objects
//! (a container) has a slot here while it lives, so that the collector can find all of them.
//!
//! Slots live in fixed chunks that are never moved or freed (a chunk table indexed by the high
//! bits of the slot number); a slot holds the object's address, or null while free. The object
//! keeps its slot number in its header word (`Header`), so untracking is one store, not a search.
//! Each thread takes free slot numbers from its own cache and returns freed ones to it (no lock
//! and no shared cache line on the allocation path); caches exchange batches with a shared pool.
//! The count of tracked allocations minus frees, which drives automatic collection, is kept per
//! thread the same way and added to the shared count in batches.
//!
//! The registry is process-wide, not per interpreter: objects are made without knowing their
//! interpreter (builtin types and interned strs are shared by all interpreters, so one object
//! graph can span several), and the collector must see every object that can reach another.

#![allow(unsafe_code)]

use std::cell::RefCell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::value::PyObject;

/// Slots per chunk (a power of two): 512 KiB of addresses.
const CHUNK_BITS: u32 = 16;
const CHUNK_SLOTS: usize = 1 << CHUNK_BITS;
/// Chunks the table can hold: 2^32 slots in all, the range of the slot number in a header.
const MAX_CHUNKS: usize = 1 << (32 - CHUNK_BITS);

/// Free slot numbers a thread takes from (or gives back to) the shared pool at once.
const BATCH: usize = 1024;
/// How far a thread's count of tracked allocations may drift before it is added to the total.
const COUNT_BATCH: isize = 32;

/// The chunk table: each entry is null or a chunk of `CHUNK_SLOTS` slots.
static CHUNKS: [AtomicPtr<AtomicPtr<PyObject>>; MAX_CHUNKS] = [const { AtomicPtr::new(null_mut()) }; MAX_CHUNKS];
/// How many chunks exist (they are used in order).
static CHUNK_COUNT: AtomicUsize = AtomicUsize::new(0);
/// Free slot numbers not in any thread's cache.
static POOL: Mutex<Vec<u32>> = Mutex::new(Vec::new());
/// One past the highest slot number ever handed out: the collector scans below it only.
static HANDED_OUT: AtomicUsize = AtomicUsize::new(0);
/// Tracked allocations minus frees since the last collection (threads add theirs in batches).
static COUNT: AtomicIsize = AtomicIsize::new(0);

/// A thread's cache of free slots and its share of `COUNT` not yet added.
struct Local {
    free: Vec<u32>,
    count: isize,
}

impl Drop for Local {
    fn drop(&mut self) {
        POOL.lock().append(&mut self.free);
        COUNT.fetch_add(self.count, Ordering::Relaxed);
    }
}

thread_local! {
    static LOCAL: RefCell<Local> = const { RefCell::new(Local { free: Vec::new(), count: 0 }) };
}

/// The header word every object carries, after its count and class:
/// - the collector's slot number for the object (while `TRACKED`),
/// - the collector's flags and the object's lock bit (`flags`),
/// - the kind of data the object holds (`objects::kind`) and whether a dict slot precedes the
///   object; both are set when the object is made and never change.
///
/// The slot and flags are written by the object's owner at creation and when it is freed, and
/// by the collector while the world is stopped, so relaxed atomics suffice; the lock bit is the
/// one flag other threads contend for (`lock`).
#[repr(C)]
pub struct Header {
    slot: AtomicU32,
    flags: AtomicU16,
    kind: u8,
    has_dict: bool,
}

/// The object has a slot.
const TRACKED: u16 = 1 << 0;
/// Its finalizer (`__del__`, a generator's close) ran: it never runs again (PEP 442).
const FINALIZED: u16 = 1 << 1;
/// `gc.freeze()` moved it out of the collector's sight.
const FROZEN: u16 = 1 << 2;
/// The running collection found it unreachable.
const UNREACHABLE: u16 = 1 << 3;
/// `objects::displaced` keeps dicts that `__dict__` assignment took from it.
const DISPLACED_DICTS: u16 = 1 << 4;
/// The generation the object is in (0 to 2, two bits; see `gc::schedule`).
const GENERATION_SHIFT: u32 = 5;
const GENERATION: u16 = 3 << GENERATION_SHIFT;
/// The object's lock is held (`lock`; a list guards its items with it).
const LOCKED: u16 = 1 << 7;

impl Header {
    /// The header of a new object holding data of `kind`.
    pub(crate) const fn new(kind: u8, has_dict: bool) -> Header {
        Header { slot: AtomicU32::new(0), flags: AtomicU16::new(0), kind, has_dict }
    }

    /// The kind of the object's data (`objects::kind`).
    #[inline(always)]
    pub(crate) fn kind(&self) -> u8 {
        self.kind
    }

    /// Whether a dict slot precedes the object in its allocation (`value::DictSlot`).
    #[inline(always)]
    pub(crate) fn has_dict(&self) -> bool {
        self.has_dict
    }

    fn flags(&self) -> u16 {
        self.flags.load(Ordering::Relaxed)
    }

    fn set(&self, flag: u16, on: bool) {
        if on {
            self.flags.fetch_or(flag, Ordering::Relaxed);
        } else {
            self.flags.fetch_and(!flag, Ordering::Relaxed);
        }
    }

    pub fn is_tracked(&self) -> bool {
        self.flags() & TRACKED != 0
    }

    /// The slot number of a tracked object.
    pub(crate) fn slot(&self) -> usize {
        self.slot.load(Ordering::Relaxed) as usize
    }

    pub fn is_finalized(&self) -> bool {
        self.flags() & FINALIZED != 0
    }

    /// Marks the finalizer as run; false when it had run already.
    pub(crate) fn mark_finalized(&self) -> bool {
        self.flags.fetch_or(FINALIZED, Ordering::Relaxed) & FINALIZED == 0
    }

    pub(crate) fn is_frozen(&self) -> bool {
        self.flags() & FROZEN != 0
    }

    pub(crate) fn set_frozen(&self, on: bool) {
        self.set(FROZEN, on);
    }

    /// The generation: 0 when made, older each collection it survives that looked at its
    /// generation (`gc.get_objects(generation)`).
    pub(crate) fn generation(&self) -> usize {
        ((self.flags() & GENERATION) >> GENERATION_SHIFT) as usize
    }

    /// Moves the object to `generation` (0 to 2). Only the collector's thread calls it, with
    /// the world stopped (no thread holds an object's lock then: none is held while Python code
    /// runs), so the load and store cannot lose another thread's change.
    pub(crate) fn set_generation(&self, generation: usize) {
        let flags = self.flags() & !GENERATION;
        self.flags.store(flags | ((generation.min(2) as u16) << GENERATION_SHIFT), Ordering::Relaxed);
    }

    pub(crate) fn has_displaced_dicts(&self) -> bool {
        self.flags() & DISPLACED_DICTS != 0
    }

    pub(crate) fn set_displaced_dicts(&self) {
        self.set(DISPLACED_DICTS, true);
    }

    pub(crate) fn is_unreachable(&self) -> bool {
        self.flags() & UNREACHABLE != 0
    }

    pub(crate) fn set_unreachable(&self, on: bool) {
        self.set(UNREACHABLE, on);
    }

    /// Takes the object's lock, a spin lock as `sync::SpinLock` (held for a few instructions,
    /// never while Python code runs), kept in a flag bit so that it costs the object no word.
    #[inline(always)]
    pub(crate) fn lock(&self) {
        if !self.try_lock() {
            self.lock_contended();
        }
    }

    /// Takes the lock if it is free.
    #[inline(always)]
    pub(crate) fn try_lock(&self) -> bool {
        if !crate::value::counts_shared() {
            // One thread only (see `value::share_counts`): a plain store takes a free lock.
            let flags = self.flags();
            if flags & LOCKED != 0 {
                return false;
            }
            self.flags.store(flags | LOCKED, Ordering::Relaxed);
            return true;
        }
        self.flags.fetch_or(LOCKED, Ordering::Acquire) & LOCKED == 0
    }

    /// Releases the lock, which the caller holds.
    #[inline(always)]
    pub(crate) fn unlock(&self) {
        if !crate::value::counts_shared() {
            self.flags.store(self.flags() & !LOCKED, Ordering::Relaxed);
        } else {
            self.flags.fetch_and(!LOCKED, Ordering::Release);
        }
    }

    /// Waits for the holder: reads until the lock looks free, then tries to take it.
    #[cold]
    #[inline(never)]
    fn lock_contended(&self) {
        crate::sync::wait_and_take(|| self.flags() & LOCKED != 0, || self.try_lock());
    }
}

/// The slot `number` (which must be below `CHUNK_COUNT * CHUNK_SLOTS`).
fn slot(number: usize) -> &'static AtomicPtr<PyObject> {
    let chunk = CHUNKS[number >> CHUNK_BITS].load(Ordering::Acquire);
    // SAFETY: chunks are published (Release) before any of their slot numbers is handed out,
    // are never freed, and hold CHUNK_SLOTS slots.
    unsafe { &*chunk.add(number & (CHUNK_SLOTS - 1)) }
}

/// Gives `object` a slot. Called once, right after the object is made, by its only owner.
pub(crate) fn track(object: &PyObject) {
    let number = LOCAL
        .try_with(|local| {
            let mut local = local.borrow_mut();
            let number = match local.free.pop() {
                Some(number) => number,
                None => {
                    local.free = take_batch();
                    local.free.pop().unwrap_or_else(take_one)
                }
            };
            local.count += 1;
            if local.count >= COUNT_BATCH {
                add_to_count(std::mem::take(&mut local.count));
            }
            number
        })
        .unwrap_or_else(|_| {
            // The thread is ending: its cache is gone.
            add_to_count(1);
            take_one()
        });
    slot(number as usize).store(std::ptr::from_ref(object).cast_mut(), Ordering::Relaxed);
    // The header of the new object is still 0 and no other thread sees the object yet: a store
    // (not a locked `or`) sets it.
    debug_assert_eq!(object.gc.flags(), 0);
    object.gc.slot.store(number, Ordering::Relaxed);
    object.gc.flags.store(TRACKED, Ordering::Relaxed);
}

/// Frees the slot of a tracked object that is being freed.
pub(crate) fn untrack(object: &PyObject) {
    // The object is being freed by the thread that dropped its last reference: nothing else
    // reads or writes its header now (the collector only runs with this thread stopped).
    let flags = object.gc.flags();
    object.gc.flags.store(0, Ordering::Relaxed);
    if flags & TRACKED == 0 {
        return;
    }
    let number = object.gc.slot.load(Ordering::Relaxed);
    slot(number as usize).store(null_mut(), Ordering::Relaxed);
    let cached = LOCAL.try_with(|local| {
        let mut local = local.borrow_mut();
        local.free.push(number);
        if local.free.len() >= 2 * BATCH {
            let at = local.free.len() - BATCH;
            let spare = local.free.split_off(at);
            POOL.lock().extend(spare);
        }
        local.count -= 1;
        if local.count <= -COUNT_BATCH {
            add_to_count(std::mem::take(&mut local.count));
        }
    });
    if cached.is_err() {
        POOL.lock().push(number);
        add_to_count(-1);
    }
}

/// Up to `BATCH` free slot numbers from the pool, making a new chunk when it is empty.
fn take_batch() -> Vec<u32> {
    let mut pool = POOL.lock();
    if pool.is_empty() {
        add_chunk(&mut pool);
    }
    let at = pool.len().saturating_sub(BATCH);
    let batch = pool.split_off(at);
    note_handed_out(batch.iter().copied().max());
    batch
}

/// Raises `HANDED_OUT` past `number` (the caller holds the pool's lock).
fn note_handed_out(number: Option<u32>) {
    if let Some(number) = number {
        HANDED_OUT.fetch_max(number as usize + 1, Ordering::Relaxed);
    }
}

/// One free slot number from the pool.
fn take_one() -> u32 {
    let mut pool = POOL.lock();
    if pool.is_empty() {
        add_chunk(&mut pool);
    }
    let number = pool.pop().unwrap_or_else(|| panic!("the collector's object registry is full"));
    note_handed_out(Some(number));
    number
}

/// Makes a new chunk and puts its slot numbers in the pool (the caller holds the pool's lock,
/// which also serializes chunk creation).
fn add_chunk(pool: &mut Vec<u32>) {
    let index = CHUNK_COUNT.load(Ordering::Relaxed);
    if index >= MAX_CHUNKS {
        return;
    }
    let chunk: Box<[AtomicPtr<PyObject>]> = (0..CHUNK_SLOTS).map(|_| AtomicPtr::new(null_mut())).collect();
    CHUNKS[index].store(Box::leak(chunk).as_mut_ptr(), Ordering::Release);
    CHUNK_COUNT.store(index + 1, Ordering::Release);
    let first = (index * CHUNK_SLOTS) as u64;
    // Highest first, so that the lowest numbers are handed out first (`pop` takes the end).
    pool.extend((first..first + CHUNK_SLOTS as u64).rev().map(|n| n as u32));
}

fn add_to_count(delta: isize) {
    let mut total = COUNT.fetch_add(delta, Ordering::Relaxed) + delta;
    if total < 0 {
        // As CPython: frees of objects older than the last collection do not count below 0
        // (else freeing a collection's garbage would put the next one off).
        total = COUNT.fetch_max(0, Ordering::Relaxed).max(0);
    }
    super::schedule::count_changed(total);
}

/// Tracked allocations minus frees since the last collection, with this thread's share.
pub(crate) fn count() -> isize {
    let _ = LOCAL.try_with(|local| add_to_count(std::mem::take(&mut local.borrow_mut().count)));
    COUNT.load(Ordering::Relaxed)
}

/// Starts counting again (after a collection).
pub(crate) fn reset_count() {
    let _ = LOCAL.try_with(|local| local.borrow_mut().count = 0);
    COUNT.store(0, Ordering::Relaxed);
}

/// One past the highest slot number in use (an upper bound for the collector's tables).
pub(crate) fn slot_limit() -> usize {
    HANDED_OUT.load(Ordering::Relaxed)
}

/// The object in slot `number`, if any.
///
/// # Safety
/// The world is stopped (see `for_each`).
pub(crate) unsafe fn object_at(number: usize) -> Option<&'static PyObject> {
    if number >= slot_limit() {
        return None;
    }
    let address = slot(number).load(Ordering::Relaxed);
    // SAFETY: as in `for_each`; the reference is used only while the world stays stopped.
    (!address.is_null()).then(|| unsafe { &*address })
}

/// Calls `f` with every tracked object and its slot number.
///
/// # Safety
/// The world is stopped (`world::stop`), so no object is freed or made meanwhile.
pub(crate) unsafe fn for_each(mut f: impl FnMut(&PyObject, usize)) {
    let limit = slot_limit();
    for (chunk_index, chunk) in CHUNKS.iter().take(CHUNK_COUNT.load(Ordering::Acquire)).enumerate() {
        let chunk = chunk.load(Ordering::Acquire);
        for i in 0..CHUNK_SLOTS.min(limit.saturating_sub(chunk_index * CHUNK_SLOTS)) {
            // SAFETY: the chunk holds CHUNK_SLOTS slots.
            let address = unsafe { (*chunk.add(i)).load(Ordering::Relaxed) };
            if !address.is_null() {
                // SAFETY: a slot holds the address of a live object until the object's Drop
                // clears it, and no object is dropped while the world is stopped.
                f(unsafe { &*address }, chunk_index * CHUNK_SLOTS + i);
            }
        }
    }
}
