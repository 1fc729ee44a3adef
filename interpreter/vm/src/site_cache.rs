//! LOAD_ATTR's first cache: a word per instruction in the code object, shared by every thread
//! that runs the code (CPython keeps the same facts in cache entries after the instruction).
//!
//! A word says what the last lookup at its instruction found, for one class version (versions
//! are never reused, so a version names a class in one state of its namespace):
//! - `INSTANCE`: the class has nothing of that name, and the instance kept the attribute in
//!   its shaped values, at index `hint` of its values vector. The word holds the version and
//!   the index, and needs nothing else, so it serves any number of threads. The name need not
//!   be checked: the instruction's name was at that place in the class's shape when the word
//!   was filled, and a shape's names never move.
//! - `MODULE`: the object is a module whose type has nothing of that name; the attribute is in
//!   its namespace, at entry `hint` last time.
//! - A pointer to a `Record`: the class's own attribute (a method, or a plain value) and the
//!   hint that says an instance lacks the name. The record borrows the attribute from the
//!   class's namespace (or a base's): while the class keeps its version, that namespace has not
//!   changed, so the attribute is alive. That holds while one thread runs Python code; once a
//!   second one starts (`counts_shared`), another thread could change the class between the
//!   version check and taking a reference, so records are then ignored and the per-thread
//!   cache (`attr_cache`), which holds its references, serves instead.
//!
//! The per-thread cache stays behind this one: it holds every kind of lookup (properties,
//! setters, several classes at one instruction), and fills these words when it classifies. A
//! site where it answers and the word did not sees several classes: its word says
//! `POLYMORPHIC` until the next classification, so that the word costs one compare there.

#![allow(unsafe_code)]

use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::objects::shape;
use crate::objects::typeobj::type_data;
use crate::sync::Mutex;
use crate::value::{counts_shared, ObjRef, Value};

/// The low bits of a word: what it holds. A record pointer is 8-aligned, so its low bits are 0.
const KIND_MASK: u64 = 0b111;
const INSTANCE: u64 = 1;
const MODULE: u64 = 2;
/// The instruction sees objects of several classes in turn (an inherited method called on
/// instances of each subclass): the word is left alone, and the per-thread cache, which keeps
/// an entry per class, serves the site.
const POLYMORPHIC: u64 = 3;
/// The hint of an `INSTANCE` or `MODULE` word: bits 3 to 23.
const HINT_SHIFT: u32 = 3;
const HINT_LIMIT: u32 = 1 << 21;
/// The version of an `INSTANCE` or `MODULE` word: the high 40 bits.
const VERSION_SHIFT: u32 = 24;
const VERSION_LIMIT: u64 = 1 << 40;

/// Records a code object may make: a site whose class keeps changing stops getting records
/// once its code has used them up (and takes the per-thread cache's path), so that a
/// program that makes classes in a loop does not grow the code's memory without end.
const RECORDS_PER_CODE: usize = 64;

/// What a record says about a class's attribute.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordKind {
    /// A function (or native method) of the class: for a method call, pushed with the instance
    /// as `self`, when the instance surely lacks the name (`hint`).
    Method,
    /// A method of a builtin object whose class gives its instances no attributes of their
    /// own: pushed with the object as `self`, with no instance check.
    MethodOfBuiltin,
    /// A plain class attribute (no descriptor), unless the instance has the name.
    Plain,
}

pub(crate) struct Record {
    version: u64,
    hint: u32,
    kind: RecordKind,
    /// Borrowed from the class's namespace: no count is held (see the module comment).
    value: ManuallyDrop<Value>,
}

/// The words of one code object, one per instruction, and the records they point to.
pub struct SiteCache {
    words: Box<[AtomicU64]>,
    /// Boxed: words point to records, which must not move when the vector grows.
    #[allow(clippy::vec_box)]
    records: Mutex<Vec<Box<Record>>>,
}

/// What a hit found.
pub(crate) enum Hit {
    /// The attribute's value.
    Value(Value),
    /// For a method call: a function of the class, to call with the instance as `self`.
    Method(Value),
}

impl SiteCache {
    /// Empty words for a code object of `len` instructions.
    pub fn new(len: usize) -> SiteCache {
        SiteCache { words: (0..len).map(|_| AtomicU64::new(0)).collect(), records: Mutex::new(Vec::new()) }
    }

    /// LOAD_ATTR of `name` on `obj` at instruction `index`, if its word knows the answer.
    #[inline(always)]
    pub(crate) fn load(&self, index: usize, obj: &ObjRef, name: &ObjRef, method: bool) -> Option<Hit> {
        let word = self.words.get(index)?.load(Ordering::Relaxed);
        let version = || type_data(&obj.class).version.load(Ordering::Acquire);
        let hint = ((word >> HINT_SHIFT) as u32) & (HINT_LIMIT - 1);
        match word & KIND_MASK {
            INSTANCE if word >> VERSION_SHIFT == version() => shape::get_at(obj, hint as usize).map(Hit::Value),
            MODULE if word >> VERSION_SHIFT == version() => {
                let namespace = crate::objects::dict_of(obj.dict().as_ref()?)?;
                let mut hint = hint;
                namespace.get_str_hinted(name, &mut hint).map(Hit::Value)
            }
            0 if word != 0 && !counts_shared() => {
                // SAFETY: a nonzero word with clear low bits points to one of this cache's
                // records, which live as long as the cache.
                let record = unsafe { &*(word as *const Record) };
                if record.version != version() {
                    return None;
                }
                match record.kind {
                    RecordKind::MethodOfBuiltin if method => Some(Hit::Method((*record.value).clone())),
                    RecordKind::Method if method && shape::lacks_hinted(obj, record.hint) => {
                        Some(Hit::Method((*record.value).clone()))
                    }
                    RecordKind::Plain => match shape::get_hinted(obj, name, record.hint) {
                        Some(own) => Some(Hit::Value(own)),
                        None if shape::lacks_hinted(obj, record.hint) => Some(Hit::Value((*record.value).clone())),
                        None => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Notes that the per-thread cache answered at `index` where the word did not: the site
    /// has seen another class (or version) since the word was filled, so it is polymorphic.
    /// The next classification (a per-thread miss) fills the word again.
    #[inline(always)]
    pub(crate) fn missed(&self, index: usize) {
        if let Some(word) = self.words.get(index) {
            if word.load(Ordering::Relaxed) != POLYMORPHIC {
                word.store(POLYMORPHIC, Ordering::Relaxed);
            }
        }
    }

    /// Remembers at `index` that the class of version `version` has nothing of the name, and
    /// its instances keep it in their values vector at `at` (`shape::values_index`).
    pub(crate) fn set_instance(&self, index: usize, version: u64, at: usize) {
        self.set_word(index, version, u32::try_from(at).unwrap_or(u32::MAX), INSTANCE);
    }

    /// Remembers at `index` that the attribute is in a module's namespace at entry `hint`, the
    /// module's type being of version `version` and having nothing of the name.
    pub(crate) fn set_module(&self, index: usize, version: u64, hint: u32) {
        self.set_word(index, version, hint, MODULE);
    }

    fn set_word(&self, index: usize, version: u64, hint: u32, kind: u64) {
        if version >= VERSION_LIMIT || hint >= HINT_LIMIT {
            return;
        }
        if let Some(word) = self.words.get(index) {
            word.store(version << VERSION_SHIFT | u64::from(hint) << HINT_SHIFT | kind, Ordering::Relaxed);
        }
    }

    /// Remembers at `index` a class attribute `value` of the class of version `version` (see
    /// `Record`); only while one thread runs Python code, and while the code has records to spare.
    #[inline(never)]
    pub(crate) fn set_record(&self, index: usize, version: u64, hint: u32, kind: RecordKind, value: &Value) {
        let Some(word) = self.words.get(index) else { return };
        if counts_shared() {
            return;
        }
        let current = word.load(Ordering::Relaxed);
        if current != 0 && current & KIND_MASK == 0 {
            // SAFETY: as in `load`.
            let record = unsafe { &*(current as *const Record) };
            if record.version == version && record.hint == hint && record.kind == kind {
                return;
            }
        }
        let mut records = self.records.lock();
        if records.len() >= RECORDS_PER_CODE {
            return;
        }
        // SAFETY (of the copy): the record holds no count; see `Record::value`.
        let borrowed = ManuallyDrop::new(unsafe { std::ptr::read(value) });
        let record = Box::new(Record { version, hint, kind, value: borrowed });
        word.store(&*record as *const Record as u64, Ordering::Relaxed);
        records.push(record);
    }
}
