//! `dict` (and the table behind `set` and `frozenset`): an insertion-ordered hash table.
//!
//! Entries sit in a vector in insertion order (a deleted one leaves a `Null` key until the table
//! is compacted); a hashbrown table maps hashes to entry positions. An entry is a packed key and
//! value (16 bytes); the hashes are stored beside the entries only once a key without a cached
//! hash of its own was added (a dict of 1000 str keys: CPython 26 KB, this one 25 KB). A per-dict lock guards the
//! table, and is never held while Python code runs: keys whose `__eq__` is Python code are
//! compared after the lock is released, and the entry is checked again afterwards.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::sync::Mutex;
use hashbrown::HashTable;

use crate::objects::str::{as_pystr, PyString};
use crate::objects::Payload;
use crate::protocols::{hash_value, native_eq, native_hash, rich_eq};
use crate::thread::Thread;
use crate::value::{ObjRef, Packed, Value};
use crate::PyResult;

/// 16 bytes: key and value are packed (see `Packed`), and the key's hash is not stored here
/// (see `Side::hashes`).
struct Entry {
    key: Packed,
    value: Packed,
}

#[derive(Default)]
struct Table {
    entries: Vec<Entry>,
    /// What the table keeps beside its entries, when it needs any. Boxed, so that the many
    /// small dicts (and every object, whose size is that of the largest payload) do not carry
    /// its room.
    side: Option<Box<Side>>,
}

/// The index and the hashes of a table that needs them.
struct Side {
    /// The index, kept only past `SMALL` entries: most dicts (instance attributes, keyword
    /// arguments) are found faster by scanning their few entries, and touch one allocation less.
    positions: Option<Positions>,
    /// Live entries (those whose key is not Null).
    live: usize,
    /// The hash of each entry (0 for a Null one), once a key was added that does not give its
    /// own hash cheaply (see `has_own_hash`). Until then each key gives its hash: str keys
    /// (most tables) cache theirs, as CPython's unicode-key dicts use, so their entries are 16
    /// bytes instead of 24.
    hashes: Option<Vec<i64>>,
}

/// Whether `key` gives its hash cheaply and without Python code (see `own_hash`): the
/// immediates, and strs of the builtin type (which cache their hash) packed without a box
/// (`find_str` reads them unboxed).
#[inline(always)]
fn has_own_hash(key: &Value) -> bool {
    match key {
        Value::Obj(_) => builtin_str(key).is_some() && Packed::bits_of(key) != Packed::NO_BITS,
        Value::Null => false,
        _ => true,
    }
}

/// The hash of a key for which `has_own_hash` holds (0 for Null), as `hash_value` gives it.
#[inline(always)]
fn own_hash(key: &Packed) -> i64 {
    match &*key.view() {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(s) => s.hash(),
            _ => 0,
        },
        other => native_hash(other).unwrap_or(0),
    }
}

/// The hash of entry `i`: stored in `hashes`, when the table keeps them, or the key's own.
#[inline(always)]
fn hash_of(hashes: Option<&[i64]>, entries: &[Entry], i: usize) -> i64 {
    match hashes {
        Some(hashes) => hashes[i],
        None => own_hash(&entries[i].key),
    }
}

/// Hash -> position of the live entries: 2 bytes a position while the table has at most
/// `u16::MAX` entries, 4 while it has at most `u32::MAX`, 8 past that.
enum Positions {
    Short(HashTable<u16>),
    Narrow(HashTable<u32>),
    Wide(HashTable<usize>),
}

/// A position as an index stores it.
trait Position: Copy {
    fn new(position: usize) -> Self;
    fn get(self) -> usize;
}

impl Position for u16 {
    #[inline]
    fn new(position: usize) -> u16 {
        debug_assert!(u16::try_from(position).is_ok());
        position as u16
    }

    #[inline]
    fn get(self) -> usize {
        self as usize
    }
}

impl Position for u32 {
    #[inline]
    fn new(position: usize) -> u32 {
        debug_assert!(u32::try_from(position).is_ok());
        position as u32
    }

    #[inline]
    fn get(self) -> usize {
        self as usize
    }
}

impl Position for usize {
    #[inline]
    fn new(position: usize) -> usize {
        position
    }

    #[inline]
    fn get(self) -> usize {
        self
    }
}

/// Runs `$body` with `$table` bound to the index's hashbrown table, whichever its width.
macro_rules! with_positions {
    ($positions:expr, $table:ident => $body:expr) => {
        match $positions {
            Positions::Short($table) => $body,
            Positions::Narrow($table) => $body,
            Positions::Wide($table) => $body,
        }
    };
}

impl Positions {
    /// An empty index for a table of `len` entries (as narrow as `len` allows).
    fn for_len(len: usize) -> Positions {
        // At least 32 buckets (112 bytes): a 4-byte index of 16 was 96 bytes, the size class of
        // objects, and long-lived tables scattered among short-lived objects made the allocator
        // take its slow path 5 times as often (bench word_count).
        if u16::try_from(len).is_ok() {
            Positions::Short(HashTable::with_capacity(len.max(MIN_NARROW_CAPACITY)))
        } else if u32::try_from(len).is_ok() {
            Positions::Narrow(HashTable::with_capacity(len.max(MIN_NARROW_CAPACITY)))
        } else {
            Positions::Wide(HashTable::new())
        }
    }

    /// Whether a position below `len` fits.
    fn holds(&self, len: usize) -> bool {
        match self {
            Positions::Short(_) => u16::try_from(len).is_ok(),
            Positions::Narrow(_) => u32::try_from(len).is_ok(),
            Positions::Wide(_) => true,
        }
    }

    /// The position with `hash` for which `eq` holds. The wide case is kept out of line, so
    /// that lookups compile as they would with one width.
    #[inline]
    fn find(&self, hash: i64, eq: impl FnMut(usize) -> bool) -> Option<usize> {
        match self {
            Positions::Short(table) => find_in(table, hash, eq),
            Positions::Narrow(table) => find_in(table, hash, eq),
            Positions::Wide(table) => find_wide(table, hash, eq),
        }
    }

    fn insert(&mut self, hash: i64, position: usize, hashes: Option<&[i64]>, entries: &[Entry]) {
        with_positions!(self, table => {
            table.insert_unique(hash as u64, Position::new(position), |&p| hash_of(hashes, entries, p.get()) as u64);
        })
    }

    fn remove(&mut self, hash: i64, position: usize) {
        with_positions!(self, table => {
            if let Ok(slot) = table.find_entry(hash as u64, |&p| p.get() == position) {
                slot.remove();
            }
        })
    }
}

#[inline(always)]
fn find_in<P: Position>(table: &HashTable<P>, hash: i64, mut eq: impl FnMut(usize) -> bool) -> Option<usize> {
    table.find(hash as u64, |&p| eq(p.get())).map(|p| p.get())
}

#[cold]
#[inline(never)]
fn find_wide(table: &HashTable<usize>, hash: i64, eq: impl FnMut(usize) -> bool) -> Option<usize> {
    find_in(table, hash, eq)
}

/// See `Positions::for_len`: 15 entries need 32 buckets.
const MIN_NARROW_CAPACITY: usize = 15;

impl Table {
    /// The stored hashes, when the table keeps them (see `Side::hashes`).
    #[inline(always)]
    fn hashes(&self) -> Option<&[i64]> {
        self.side.as_deref().and_then(|side| side.hashes.as_deref())
    }

    #[inline(always)]
    fn positions(&self) -> Option<&Positions> {
        self.side.as_deref().and_then(|side| side.positions.as_ref())
    }

    /// The hash of the key of entry `i`.
    #[inline]
    fn hash_at(&self, i: usize) -> i64 {
        hash_of(self.hashes(), &self.entries, i)
    }

    /// Live entries: counted beside the table, or by a scan of the few entries of a small
    /// table (a count of its own would take `Dict` past its 56 bytes).
    #[inline]
    fn live(&self) -> usize {
        match &self.side {
            Some(side) => side.live,
            None => self.entries.iter().filter(|e| !e.key.is_null()).count(),
        }
    }

    /// Positions of the live entries whose key has `hash`.
    fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut found: Vec<usize> = match self.positions() {
            None => (0..self.entries.len()).filter(|&i| !self.entries[i].key.is_null()).collect(),
            Some(positions) => with_positions!(positions, table => {
                table.iter_hash(hash as u64).map(|&p| p.get()).collect()
            }),
        };
        found.retain(|&i| self.hash_at(i) == hash);
        found
    }

    /// Whether entry `position` holds `key` (the same object): a key is in a table once, so
    /// then it is the entry a probe found there, whatever changed since.
    fn holds(&self, position: usize, key: &Value) -> bool {
        self.entries.get(position).is_some_and(|e| e.key.is(key))
    }

    /// Whether a probe that found no entry for `key` (after comparing it with the keys of its
    /// hash in `compared` by `__eq__`) still holds: no key equals it natively, and every key
    /// of its hash that needs Python code to compare is one of those compared.
    fn still_missing(&self, hash: i64, key: &Value, compared: &[Value]) -> bool {
        self.find_native(hash, key).is_none()
            && self.candidates(hash).into_iter().all(|i| {
                let entry_key = &self.entries[i].key;
                native_eq(&entry_key.view(), key).is_some() || compared.iter().any(|c| entry_key.is(c))
            })
    }

    /// `find_native` that also says when a candidate with the same hash could only be
    /// compared by running Python code: then the caller must take the slow path (`probe`).
    #[inline]
    fn find_decided(&self, hash: i64, key: &Value) -> Decided {
        let key_str = builtin_str(key);
        let Some(side) = self.side.as_deref() else {
            return self.find_small(hash, key, key_str.map(PyString::wtf8));
        };
        if let (None, Some(positions)) = (&side.hashes, &side.positions) {
            if let Some(key_str) = key_str {
                return Table::find_str(&self.entries, positions, hash, key, key_str);
            }
            if !matches!(key, Value::Obj(_)) {
                return self.find_immediate(positions, hash, key);
            }
        }
        self.find_any(hash, key, key_str.map(PyString::wtf8))
    }

    /// `find_decided` for an immediate key (int, float, bool, None) in an indexed table whose
    /// keys give their own hashes: no str equals it, nor an int of other bits when it is an
    /// int; a float or bool that may is compared natively.
    #[inline(always)]
    fn find_immediate(&self, positions: &Positions, hash: i64, key: &Value) -> Decided {
        let key_bits = Packed::bits_of(key);
        let int_key = matches!(key, Value::Int(_));
        let found = positions.find(hash, |i| {
            let entry_key = &self.entries[i].key;
            if entry_key.bits() == key_bits || boxed_nan_is(entry_key, key, key_bits) {
                return true;
            }
            if entry_key.is_obj_any() || (int_key && entry_key.is_int()) || entry_key.is_null() {
                return false;
            }
            own_hash(entry_key) == hash && native_eq(&entry_key.view(), key) == Some(true)
        });
        match found {
            Some(i) => Decided::Found(i),
            None => Decided::Missing,
        }
    }

    /// `find_decided` for a str key of the builtin type in an indexed table whose keys give
    /// their own hashes (most large dicts): only other such strs can be equal to it.
    #[inline(always)]
    fn find_str(entries: &[Entry], positions: &Positions, hash: i64, key: &Value, key_str: &PyString) -> Decided {
        let key_bits = Packed::bits_of(key);
        // The probe's test stays small enough to be inlined into hashbrown's loop: most
        // probes find the key itself (an interned name, or the very str stored).
        let found = positions.find(hash, |i| {
            let entry_key = &entries[i].key;
            entry_key.bits() == key_bits || same_text(entry_key, hash, key_str)
        });
        match found {
            Some(i) => Decided::Found(i),
            None => Decided::Missing,
        }
    }

    /// `find_decided` in a table without an index: the key itself first (names are
    /// interned), which compares no hash (that an entry without a stored one reads from its key).
    #[inline]
    fn find_small(&self, hash: i64, key: &Value, key_text: Option<&[u8]>) -> Decided {
        if self.entries.is_empty() {
            // A new dict's first key (`**kwargs`, `{}` then a store): nothing to compare.
            return Decided::Missing;
        }
        if let Value::Obj(obj) = key {
            if let Some(i) = self.entries.iter().position(|e| e.key.is_obj(obj)) {
                return Decided::Found(i);
            }
        }
        self.find_any(hash, key, key_text)
    }

    /// `find_decided` for any key and table.
    fn find_any(&self, hash: i64, key: &Value, key_text: Option<&[u8]>) -> Decided {
        let key_bits = Packed::bits_of(key);
        let (hashes, entries) = (self.hashes(), &self.entries[..]);
        let mut undecided = false;
        let mut matches = |i: usize| {
            let e = &entries[i];
            // The key itself (a Null entry never is: `key` is not Null).
            if e.key.bits() == key_bits {
                return true;
            }
            if e.key.is_null() {
                return false;
            }
            if boxed_nan_is(&e.key, key, key_bits) {
                return true;
            }
            let entry_key = e.key.view();
            // Two strs of the builtin type (most keys): hashes, then texts decide. Without
            // stored hashes, every object key is such a str (see `has_own_hash`).
            if let (Some(text), Value::Obj(obj)) = (key_text, &*entry_key) {
                if let Payload::Str(s) = obj.payload() {
                    match hashes {
                        None => return s.hash() == hash && crate::objects::str::bytes_eq(text, s.wtf8()),
                        Some(hashes) if !crate::objects::typeobj::type_data(&obj.class).heap => {
                            return hashes[i] == hash && crate::objects::str::bytes_eq(text, s.wtf8());
                        }
                        Some(_) => {}
                    }
                }
            }
            if hash_of(hashes, entries, i) != hash {
                return false;
            }
            match native_eq(&entry_key, key) {
                Some(equal) => equal,
                None => {
                    undecided = true;
                    false
                }
            }
        };
        let found = match self.positions() {
            Some(positions) => positions.find(hash, matches),
            None => (0..entries.len()).find(|&i| matches(i)),
        };
        match found {
            Some(i) => Decided::Found(i),
            None if undecided => Decided::NeedsPython,
            None => Decided::Missing,
        }
    }

    /// The entry for `key` by native comparisons alone (a key needing Python's `__eq__`
    /// counts as different).
    fn find_native(&self, hash: i64, key: &Value) -> Option<usize> {
        match self.find_decided(hash, key) {
            Decided::Found(i) => Some(i),
            Decided::Missing | Decided::NeedsPython => None,
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let position = self.entries.len();
        if self.hashes().is_none() && !has_own_hash(&key) {
            self.keep_hashes();
        }
        let Table { entries, side } = self;
        entries.push(Entry { key: Packed::new(key), value: Packed::new(value) });
        let Some(side) = side.as_deref_mut() else {
            if position == SMALL {
                self.rebuild_index();
            }
            return;
        };
        if let Some(hashes) = &mut side.hashes {
            hashes.push(hash);
        }
        side.live += 1;
        match &mut side.positions {
            Some(positions) if !positions.holds(position + 1) => self.rebuild_index(),
            Some(positions) => positions.insert(hash, position, side.hashes.as_deref(), entries),
            None if position == SMALL => self.rebuild_index(),
            None => {}
        }
    }

    /// Starts storing the hashes of the entries (see `Side::hashes`).
    #[cold]
    #[inline(never)]
    fn keep_hashes(&mut self) {
        let hashes = self.entries.iter().map(|e| own_hash(&e.key)).collect();
        let live = self.live();
        let side = self.side.get_or_insert_with(|| Box::new(Side { positions: None, live, hashes: None }));
        side.hashes = Some(hashes);
    }

    /// Makes the index anew (or drops it, for a table that became small).
    fn rebuild_index(&mut self) {
        if self.entries.len() <= SMALL {
            match &mut self.side {
                Some(side) if side.hashes.is_some() => side.positions = None,
                _ => self.side = None,
            }
            return;
        }
        self.reindex(Positions::for_len(self.entries.len()));
    }

    /// Indexes the live entries into `positions` (empty).
    fn reindex(&mut self, mut positions: Positions) {
        let hashes = self.side.as_mut().and_then(|side| side.hashes.take());
        let mut live = 0;
        for (i, _) in self.entries.iter().enumerate().filter(|(_, e)| !e.key.is_null()) {
            let hash = hash_of(hashes.as_deref(), &self.entries, i);
            positions.insert(hash, i, hashes.as_deref(), &self.entries);
            live += 1;
        }
        let side = Side { positions: Some(positions), live, hashes };
        match &mut self.side {
            Some(old) => **old = side,
            None => self.side = Some(Box::new(side)),
        }
    }

    fn remove_at(&mut self, position: usize) -> (Value, Value) {
        let hash = self.hash_at(position);
        let entry = &mut self.entries[position];
        let key = entry.key.take();
        let value = entry.value.take();
        if let Some(side) = &mut self.side {
            side.live -= 1;
            if let Some(positions) = &mut side.positions {
                positions.remove(hash, position);
                if side.live * 2 < self.entries.len() {
                    self.compact();
                }
            }
        }
        (key, value)
    }

    /// Drops the deleted entries (and their hashes) and rebuilds the index.
    fn compact(&mut self) {
        let Table { entries, side } = self;
        if let Some(hashes) = side.as_mut().and_then(|side| side.hashes.as_mut()) {
            let mut i = 0;
            hashes.retain(|_| {
                i += 1;
                !entries[i - 1].key.is_null()
            });
        }
        entries.retain(|e| !e.key.is_null());
        self.rebuild_index();
    }
}

/// How many entries a table holds before it keeps an index (see `Table::index`).
const SMALL: usize = 8;

/// An insertion-ordered hash table from Python values to values. 56 bytes, so that a payload
/// holding one (with its tag) fits the 64 of `Payload`.
#[derive(Default)]
pub struct Dict {
    table: Mutex<Table>,
    /// Changes (after the change is made) on every mutation, so that a cache can tell that an
    /// entry it holds is still current by comparing one number.
    version: AtomicU64,
    /// One bit per key hash ever inserted (`filter_bit`), read without the lock: a name whose
    /// bit is clear is surely absent. Instance dicts hold a few names, so most lookups of a
    /// method or class attribute through an instance skip the lock and the scan.
    key_filter: AtomicU64,
}

/// The bit of `key_filter` that stands for a hash.
#[inline]
fn filter_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// The table locked for a mutation: releasing it moves the dict's version on.
struct WriteGuard<'a> {
    guard: crate::sync::MutexGuard<'a, Table>,
    version: &'a AtomicU64,
    key_filter: &'a AtomicU64,
}

impl WriteGuard<'_> {
    /// `Table::insert_new`, with the key's bit set in the filter (writers hold the lock, so a
    /// load and a store suffice).
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.key_filter.store(self.key_filter.load(Ordering::Relaxed) | filter_bit(hash), Ordering::Relaxed);
        self.guard.insert_new(hash, key, value);
    }

    /// Sets the value of a key found by native equality, or adds the key; returns the value
    /// replaced.
    fn put_native(&mut self, hash: i64, key: Value, value: Value) -> Option<Value> {
        match self.find_native(hash, &key) {
            Some(i) => Some(self.guard.entries[i].value.replace(value)),
            None => {
                self.insert_new(hash, key, value);
                None
            }
        }
    }
}

impl std::ops::Deref for WriteGuard<'_> {
    type Target = Table;
    fn deref(&self) -> &Table {
        &self.guard
    }
}

impl std::ops::DerefMut for WriteGuard<'_> {
    fn deref_mut(&mut self) -> &mut Table {
        &mut self.guard
    }
}

impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        // Only writers holding the lock store it, so a load and a store suffice.
        self.version.store(self.version.load(Ordering::Relaxed) + 1, Ordering::Release);
    }
}

/// A str of the builtin type (not of a subclass, whose `__eq__` may differ).
#[inline(always)]
fn builtin_str(value: &Value) -> Option<&PyString> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(s) if !crate::objects::typeobj::type_data(&obj.class).heap => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the entry key `entry_key` is a str with `hash` and the text of `key` (an entry of a
/// table whose object keys are all builtin strs: see `has_own_hash`).
#[inline(never)]
fn same_text(entry_key: &Packed, hash: i64, key: &PyString) -> bool {
    entry_key.str_payload().is_some_and(|s| s.hash() == hash && crate::objects::str::bytes_eq(key.wtf8(), s.wtf8()))
}

/// Whether `key` (whose packed bits are `key_bits`) is a float packed in a box (a negative
/// quiet NaN: see `Packed`) and `entry_key` is that same float: such a NaN, unequal to itself,
/// has no bits of its own to compare and is found by identity here.
#[inline(always)]
fn boxed_nan_is(entry_key: &Packed, key: &Value, key_bits: u64) -> bool {
    key_bits == Packed::NO_BITS && matches!(key, Value::Float(_)) && entry_key.is(key)
}

/// What a lookup by native comparisons alone found.
enum Decided {
    Found(usize),
    Missing,
    /// A key of the same hash needs Python's `__eq__` to compare.
    NeedsPython,
}

/// Where a lookup by `Dict::probe` ended.
enum Probe {
    /// At this position, which held this key (see `Table::holds`).
    Found(usize, Value),
    /// Not there: the keys of its hash that needed Python's `__eq__` (these) were found
    /// different (see `Table::still_missing`).
    Missing(Vec<Value>),
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    fn write(&self) -> WriteGuard<'_> {
        self.upgrade(self.table.lock())
    }

    /// The table, already locked, for a mutation.
    fn upgrade<'a>(&'a self, guard: crate::sync::MutexGuard<'a, Table>) -> WriteGuard<'a> {
        WriteGuard { guard, version: &self.version, key_filter: &self.key_filter }
    }

    /// Whether a key with this hash may be in the dict (false: it surely is not).
    #[inline]
    fn may_hold(&self, hash: i64) -> bool {
        self.key_filter.load(Ordering::Relaxed) & filter_bit(hash) != 0
    }

    /// The current version (see the field).
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.table.lock().live()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` with its `hash`, calling Python `__eq__` (with the lock released) only for
    /// keys that cannot be compared natively. As the lock is released meanwhile, a caller that
    /// takes it again checks that the answer still holds (`Table::holds`,
    /// `Table::still_missing`) and probes again if not. A change to the dict while `__eq__`
    /// runs (even by that `__eq__`) does not make the search start over unless the candidate
    /// compared left its entry, as in CPython: an `__eq__` that stores into the dict each time
    /// does not make the search loop forever.
    fn probe(&self, thread: &mut Thread, hash: i64, key: &Value) -> PyResult<Probe> {
        if !self.may_hold(hash) {
            return Ok(Probe::Missing(Vec::new()));
        }
        'search: loop {
            let candidates: Vec<(usize, Value)> = {
                let table = self.table.lock();
                if let Some(found) = table.find_native(hash, key) {
                    return Ok(Probe::Found(found, table.entries[found].key.get()));
                }
                table
                    .candidates(hash)
                    .into_iter()
                    .filter(|&i| native_eq(&table.entries[i].key.view(), key).is_none())
                    .map(|i| (i, table.entries[i].key.get()))
                    .collect()
            };
            for (position, candidate) in &candidates {
                let equal = rich_eq(thread, candidate, key)?;
                let table = self.table.lock();
                if !table.holds(*position, candidate) {
                    // The candidate left its entry while `__eq__` ran: look again.
                    continue 'search;
                }
                if equal {
                    return Ok(Probe::Found(*position, candidate.clone()));
                }
            }
            return Ok(Probe::Missing(candidates.into_iter().map(|(_, candidate)| candidate).collect()));
        }
    }

    pub fn get(&self, thread: &mut Thread, key: &Value) -> PyResult<Option<Value>> {
        let hash = hash_value(thread, key)?;
        self.get_hashed(thread, key, hash)
    }

    pub fn get_hashed(&self, thread: &mut Thread, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if !self.may_hold(hash) {
            return Ok(None);
        }
        {
            let table = self.table.lock();
            match table.find_decided(hash, key) {
                Decided::Found(i) => return Ok(Some(table.entries[i].value.get())),
                Decided::Missing => return Ok(None),
                Decided::NeedsPython => {}
            }
        }
        loop {
            match self.probe(thread, hash, key)? {
                Probe::Found(i, found) => {
                    let table = self.table.lock();
                    if table.holds(i, &found) {
                        return Ok(Some(table.entries[i].value.get()));
                    }
                }
                Probe::Missing(_) => return Ok(None),
            }
        }
    }

    pub fn contains(&self, thread: &mut Thread, key: &Value) -> PyResult<bool> {
        Ok(self.get(thread, key)?.is_some())
    }

    pub fn set(&self, thread: &mut Thread, key: Value, value: Value) -> PyResult<()> {
        let hash = hash_value(thread, &key)?;
        self.set_hashed(thread, key, hash, value)
    }

    pub fn set_hashed(&self, thread: &mut Thread, key: Value, hash: i64, value: Value) -> PyResult<()> {
        // Keys that compare without Python code (str, int, ...) are found and set under one lock.
        let slow = {
            let mut table = self.write();
            match table.find_decided(hash, &key) {
                Decided::Found(i) => Err(table.guard.entries[i].value.swap(value)),
                Decided::Missing => {
                    table.insert_new(hash, key, value);
                    return Ok(());
                }
                Decided::NeedsPython => Ok((key, value)),
            }
        };
        let (key, value) = match slow {
            // The replaced value is dropped after the lock: its `__del__` may run Python code.
            Err(old) => {
                old.discard();
                return Ok(());
            }
            Ok(pair) => pair,
        };
        loop {
            let found = self.probe(thread, hash, &key)?;
            let table = self.table.lock();
            match found {
                Probe::Found(i, found) if table.holds(i, &found) => {
                    let mut table = self.upgrade(table);
                    let old = table.guard.entries[i].value.replace(value);
                    drop(table);
                    drop(old);
                    return Ok(());
                }
                Probe::Missing(compared) if table.still_missing(hash, &key, &compared) => {
                    self.upgrade(table).insert_new(hash, key, value);
                    return Ok(());
                }
                // Another thread (or an `__eq__`) changed the dict since the probe: again.
                _ => {}
            }
        }
    }

    /// `dict.setdefault(key, default)`: the value of `key`, or `default` once stored for it.
    /// Keys that compare natively are looked up and added under one lock.
    pub fn setdefault(&self, thread: &mut Thread, key: Value, default: Value) -> PyResult<Value> {
        let hash = hash_value(thread, &key)?;
        {
            let table = self.table.lock();
            match table.find_decided(hash, &key) {
                Decided::Found(i) => return Ok(table.entries[i].value.get()),
                Decided::Missing => {
                    self.upgrade(table).insert_new(hash, key, default.clone());
                    return Ok(default);
                }
                Decided::NeedsPython => {}
            }
        }
        // A key whose comparison runs Python code: one search (CPython calls `__eq__` once per
        // candidate), then the value there, or the default stored where the search ended,
        // unless the dict changed meanwhile so that the answer no longer holds (then again).
        loop {
            let found = self.probe(thread, hash, &key)?;
            let table = self.table.lock();
            match found {
                Probe::Found(i, found) if table.holds(i, &found) => return Ok(table.entries[i].value.get()),
                Probe::Missing(compared) if table.still_missing(hash, &key, &compared) => {
                    self.upgrade(table).insert_new(hash, key, default.clone());
                    return Ok(default);
                }
                _ => {}
            }
        }
    }

    /// Removes `key`, returning its value (None when missing).
    pub fn remove(&self, thread: &mut Thread, key: &Value) -> PyResult<Option<Value>> {
        self.remove_if(thread, key, |_| true)
    }

    /// Removes `key` when its value satisfies `condition`, which is decided with the table
    /// locked, so that no other thread replaces the value in between (it must not run Python
    /// code). Returns the removed value; None when the key is missing or the value stays.
    pub fn remove_if(
        &self,
        thread: &mut Thread,
        key: &Value,
        condition: impl Fn(&Value) -> bool,
    ) -> PyResult<Option<Value>> {
        let hash = hash_value(thread, key)?;
        let removed = loop {
            match self.probe(thread, hash, key)? {
                Probe::Found(i, found) => {
                    let table = self.table.lock();
                    // As in `set_hashed`: the position is only good if it still holds the key.
                    if table.holds(i, &found) {
                        if !condition(&table.entries[i].value.get()) {
                            break None;
                        }
                        break Some(self.upgrade(table).remove_at(i));
                    }
                }
                Probe::Missing(_) => break None,
            }
        };
        Ok(removed.map(|(_key, value)| value))
    }

    /// Lookup by a str key, without running Python code (namespaces, attribute dicts).
    pub fn get_str(&self, name: &ObjRef) -> Option<Value> {
        let hash = match name.payload() {
            Payload::Str(s) => s.hash(),
            _ => return None,
        };
        if !self.may_hold(hash) {
            return None;
        }
        let key = Value::Obj(name.clone());
        let table = self.table.lock();
        table.find_native(hash, &key).map(|i| table.entries[i].value.get())
    }

    /// `get_str` for a lookup site that remembers where it found the name last time (`hint`,
    /// an entry position): attribute loads find an instance's attribute at the same position
    /// in every instance of a class, so one compare of the key's address usually finds it.
    /// Kept out of line (as `set_str_hinted`): inlined in the eval loop's attribute paths, it
    /// cost the shaped-instance path around it 5% more instructions (bench micro/attr_load).
    #[inline(never)]
    pub fn get_str_hinted(&self, name: &ObjRef, hint: &mut u32) -> Option<Value> {
        let hash = match name.payload() {
            Payload::Str(s) => s.hash(),
            _ => return None,
        };
        if !self.may_hold(hash) {
            return None;
        }
        let table = self.table.lock();
        let is_name = |e: &Entry| e.key.is_obj(name);
        if let Some(entry) = table.entries.get(*hint as usize).filter(|e| is_name(e)) {
            return Some(entry.value.get());
        }
        let found = match table.entries.iter().take(SMALL + 1).position(is_name) {
            Some(i) => Some(i),
            None => table.find_native(hash, &Value::Obj(name.clone())),
        }?;
        *hint = u32::try_from(found).unwrap_or(0);
        Some(table.entries[found].value.get())
    }

    /// `set_str` for a store site that remembers where the name was last time (see
    /// `get_str_hinted`); returns the value replaced, for the caller to drop.
    #[inline(never)]
    pub fn set_str_hinted(&self, name: &ObjRef, value: Value, hint: &mut u32) -> Option<Value> {
        let hash = match name.payload() {
            Payload::Str(s) => s.hash(),
            _ => return None,
        };
        let mut table = self.write();
        let at = *hint as usize;
        if table.entries.get(at).is_some_and(|e| e.key.is_obj(name)) {
            return Some(table.guard.entries[at].value.replace(value));
        }
        let key = Value::Obj(name.clone());
        match table.find_native(hash, &key) {
            Some(found) => {
                *hint = u32::try_from(found).unwrap_or(0);
                Some(table.guard.entries[found].value.replace(value))
            }
            None => {
                *hint = u32::try_from(table.entries.len()).unwrap_or(0);
                table.insert_new(hash, key, value);
                None
            }
        }
    }

    /// Sets a str key without running Python code.
    pub fn set_str(&self, name: &ObjRef, value: Value) {
        let hash = match name.payload() {
            Payload::Str(s) => s.hash(),
            _ => return,
        };
        // The replaced value is dropped after the lock is released.
        let old = self.insert_native(Value::Obj(name.clone()), hash, value);
        drop(old);
    }

    /// Removes a str key without running Python code; returns the value it had.
    pub fn remove_str(&self, name: &ObjRef) -> Option<Value> {
        let hash = as_pystr(&Value::Obj(name.clone()))?.hash();
        let key = Value::Obj(name.clone());
        let removed = {
            let mut table = self.write();
            let found = table.find_native(hash, &key)?;
            table.remove_at(found)
        };
        Some(removed.1)
    }

    /// For an iterator's step, under one lock: the dict's length (to tell whether it changed
    /// size) and the entry at or after `position` in insertion order with the position after
    /// it (positions stay valid while no entry is removed).
    pub fn entry_from(&self, position: usize) -> (usize, Option<(usize, Value, Value)>) {
        let table = self.table.lock();
        let entry = table.entries[position.min(table.entries.len())..]
            .iter()
            .enumerate()
            .find(|(_, e)| !e.key.is_null())
            .map(|(k, e)| (position + k + 1, e.key.get(), e.value.get()));
        (table.live(), entry)
    }

    /// The entries in order (a snapshot).
    pub fn items(&self) -> Vec<(Value, Value)> {
        let table = self.table.lock();
        table.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key.get(), e.value.get())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        let table = self.table.lock();
        table.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.key.get()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        let table = self.table.lock();
        table.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.value.get()).collect()
    }

    /// Calls `f` with the key and value of each entry, under the dict's lock (for the cycle
    /// collector: `f` runs no Python code and does not touch this dict).
    pub(crate) fn for_each_entry(&self, mut f: impl FnMut(&Value, &Value)) {
        let table = self.table.lock();
        for entry in table.entries.iter().filter(|e| !e.key.is_null()) {
            f(&entry.key.view(), &entry.value.view());
        }
    }

    /// Removes every entry; the old ones are dropped after the lock is released.
    pub fn clear(&self) {
        let mut table = self.write();
        let old = std::mem::take(&mut *table);
        self.key_filter.store(0, Ordering::Relaxed);
        drop(table);
        drop(old);
    }

    /// Removes and returns the last entry (dict.popitem).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut table = self.write();
        let position = table.entries.iter().rposition(|e| !e.key.is_null())?;
        Some(table.remove_at(position))
    }

    /// Removes and returns the first entry (set.pop).
    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let mut table = self.write();
        let position = table.entries.iter().position(|e| !e.key.is_null())?;
        Some(table.remove_at(position))
    }

    /// A copy with the same entries (hashes reused: no Python code runs).
    pub fn copy(&self) -> Dict {
        let table = self.table.lock();
        let mut copy = Table::default();
        for (i, e) in table.entries.iter().enumerate().filter(|(_, e)| !e.key.is_null()) {
            copy.insert_new(table.hash_at(i), e.key.get(), e.value.get());
        }
        let key_filter = AtomicU64::new(self.key_filter.load(Ordering::Relaxed));
        Dict { table: Mutex::new(copy), version: AtomicU64::new(0), key_filter }
    }

    /// The entries with their hashes (for set operations that reuse them).
    pub fn hashed_entries(&self) -> Vec<(i64, Value, Value)> {
        let table = self.table.lock();
        let entries = table.entries.iter().enumerate().filter(|(_, e)| !e.key.is_null());
        entries.map(|(i, e)| (table.hash_at(i), e.key.get(), e.value.get())).collect()
    }
}

impl Dict {
    /// Inserts a key whose hash and equality are native (constants): no Python code runs.
    pub fn insert_native(&self, key: Value, hash: i64, value: Value) -> Option<Value> {
        self.write().put_native(hash, key, value)
    }
}

impl Dict {
    /// The keys in the order CPython's set would hold them: its open-addressing table (size 8
    /// at first, linear probes of 9, perturbed steps, resized at 60% fill) filled in insertion
    /// order. Sets iterate and print in this order, as CPython's do.
    pub fn set_order(&self) -> Vec<Value> {
        let entries = self.hashed_entries();
        let mut table: Vec<Option<usize>> = vec![None; 8];
        let mut used = 0usize;
        for (index, (hash, _, _)) in entries.iter().enumerate() {
            insert_clean(&mut table, *hash, index);
            used += 1;
            let mask = table.len() - 1;
            if used * 5 >= mask * 3 {
                let minused = if used > 50000 { used * 2 } else { used * 4 };
                let mut size = 8;
                while size <= minused {
                    size <<= 1;
                }
                let old = std::mem::replace(&mut table, vec![None; size]);
                for slot in old.into_iter().flatten() {
                    insert_clean(&mut table, entries[slot].0, slot);
                }
            }
        }
        table.into_iter().flatten().map(|i| entries[i].1.clone()).collect()
    }
}

/// Puts entry `index` with `hash` in the first free slot of CPython's probe sequence.
fn insert_clean(table: &mut [Option<usize>], hash: i64, index: usize) {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in 0..=probes {
            if table[i + j].is_none() {
                table[i + j] = Some(index);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wide index (for tables of 2^32 entries or more) finds, adds and removes entries as
    /// the narrow one does, here in a table that stores its hashes.
    #[test]
    fn wide_index() {
        let mut table = Table::default();
        table.keep_hashes();
        for k in 0..20 {
            table.insert_new(k * 7, Value::Int(k), Value::Int(k * 100));
        }
        table.reindex(Positions::Wide(HashTable::new()));
        table.insert_new(20 * 7, Value::Int(20), Value::Int(2000));
        let found = |table: &Table, k: i64| table.find_native(k * 7, &Value::Int(k));
        assert_eq!(found(&table, 20), Some(20));
        assert!(table.candidates(3 * 7).contains(&3));
        table.remove_at(3);
        assert_eq!(found(&table, 3), None);
        assert_eq!((found(&table, 4), table.live()), (Some(4), 20));
        assert!(matches!(table.positions(), Some(Positions::Wide(_))));
        assert!(table.hashes().is_some());
    }

    /// Keys that give their own hash (small ints hash to themselves) are stored without it,
    /// through growth, removal and compaction.
    #[test]
    fn own_hashes() {
        let mut table = Table::default();
        for k in 0..100 {
            table.insert_new(k, Value::Int(k), Value::Int(-k));
        }
        assert!(table.hashes().is_none());
        assert!(matches!(table.positions(), Some(Positions::Short(_))));
        for k in 0..60 {
            let at = table.find_native(k, &Value::Int(k)).unwrap();
            assert!(table.remove_at(at).1.is(&Value::Int(-k)));
        }
        // Compacted once, when fewer than half the entries lived (49 of 100).
        assert_eq!((table.live(), table.entries.len()), (40, 49));
        for k in 0..100 {
            let found = table.find_native(k, &Value::Int(k)).map(|i| table.entries[i].value.get());
            assert_eq!(found.is_some(), k >= 60);
        }
        assert!(table.candidates(70).len() == 1 && table.candidates(7).is_empty());
    }

    /// The layouts that keep dicts small: see `Entry` and `Dict`.
    #[test]
    fn dict_sizes() {
        assert_eq!(std::mem::size_of::<Entry>(), 16);
        assert_eq!(std::mem::size_of::<Dict>(), 56);
    }
}
