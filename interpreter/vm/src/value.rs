//! Values and object references: the one place that decides how a Python value is encoded.
//!
//! A `Value` is 16 bytes: small ints (i64), floats, None, True and False are immediates, so
//! arithmetic on them never allocates and never touches a reference count. Everything else is an
//! `ObjRef`, a counted pointer to a heap `PyObject`.
//!
//! Reference counts are atomic (objects are shared between threads; there is no GIL). Objects that
//! live for the whole process (builtin types, interned names, singletons) are immortal: their
//! count is never changed, so threads sharing them do not contend on it.

#![allow(unsafe_code)]

use std::cell::UnsafeCell;
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicBool, AtomicUsize, Ordering};

use crate::objects::{kind, OwnedPayload, Payload};

/// A Python value.
///
/// The 8-byte tag puts every payload at offset 8, so that a value moves as two whole words
/// (a one-byte tag put the bool's payload at offset 1 and made copies stall in the CPU).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an unbound local, an empty stack slot, the NULL of a call.
    #[default]
    Null = 0,
    None,
    Bool(bool),
    /// An int that fits in i64; larger ints are `Payload::Int` objects. Both are `int`.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The object behind the value, when it is a heap object.
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(obj) => Some(obj),
            _ => None,
        }
    }

    /// The heap object, taken out of the value (`None` for immediates).
    pub fn into_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(obj) => Some(obj),
            _ => None,
        }
    }

    /// The payload of a heap object (`None` for immediates).
    pub fn payload(&self) -> Option<Payload<'_>> {
        self.as_obj().map(|obj| obj.payload())
    }

    /// `a is b`: the same object, or equal immediates (CPython's small ints and None/True/False
    /// are singletons; floats and large ints computed apart are not, which Python code may not
    /// rely on either way).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}

impl Clone for Value {
    /// One test of the tag (a `match` over every variant compiles to a jump table, one more
    /// indirect branch to mispredict), then a copy of the two words.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(obj) = self {
            std::mem::forget(obj.clone());
        }
        // SAFETY: immediates are plain data, and for an object the count taken above belongs
        // to the copy. Read as two words (see `take_words`): a local is often read back right
        // after an instruction stored it as two.
        unsafe { take_words(self) }
    }
}

impl From<ObjRef> for Value {
    fn from(obj: ObjRef) -> Value {
        Value::Obj(obj)
    }
}

/// An optional object as a value: None when absent.
impl From<Option<ObjRef>> for Value {
    fn from(obj: Option<ObjRef>) -> Value {
        obj.map_or(Value::None, Value::Obj)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

/// Moves `from[at..]` to the end of `to`, as one memory copy (values move bitwise; `from` no
/// longer owns them).
pub fn move_tail(from: &mut Vec<Value>, at: usize, to: &mut Vec<Value>) {
    let at = at.min(from.len());
    let count = from.len() - at;
    to.reserve(count);
    // SAFETY: `to` has room for `count` more values; the source range is initialized and is cut
    // off `from` (set_len) right after, so every value has exactly one owner again.
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(at), to.as_mut_ptr().add(to.len()), count);
        to.set_len(to.len() + count);
        from.set_len(at);
    }
}

/// Grows `stack` to `len` values with Nulls (unbound locals), by filling the new slots with
/// zero bytes, which is `Value::Null` (`Vec::resize` clones a Null into each slot in turn).
#[inline]
pub fn grow_with_nulls(stack: &mut Vec<Value>, len: usize) {
    let old = stack.len();
    if len <= old {
        return;
    }
    stack.reserve(len - old);
    // SAFETY: there is room for `len` values; an all-zero value is `Value::Null` (tag 0 of
    // the `repr(u64)` enum, whose payload is not read), so the new slots are initialized.
    unsafe {
        std::ptr::write_bytes(stack.as_mut_ptr().add(old), 0, len - old);
        stack.set_len(len);
    }
}

/// Moves the value out of `*slot` (leaving its bits behind, which the caller no longer counts
/// as a value) as two 8-byte loads. A value is often written as two 8-byte stores (tag, then
/// payload) just before it is read back; one 16-byte load of it would have to wait for both
/// stores to reach the cache (a store-forwarding stall of a dozen cycles on every push/pop).
///
/// # Safety
/// `slot` points to an initialized value that the caller takes ownership of.
#[inline(always)]
pub unsafe fn take_words(slot: *const Value) -> Value {
    let words = slot.cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: both words lie within the value; volatile keeps them two separate loads, and
    // `MaybeUninit` allows the padding after a bool payload.
    unsafe {
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([tag, payload])
    }
}

/// Copies `*from` to `to` as 8-byte words: a value built (or changed) just before, field by
/// field, and copied at once in 16-byte pieces makes the CPU wait for its last writes (a
/// store-forwarding stall). Used where objects and frames are made or moved on hot paths.
///
/// # Safety
/// `from` holds an initialized `T` and `to` is valid for writing one; afterwards the caller
/// treats `*from` as moved.
#[inline(always)]
pub(crate) unsafe fn copy_words<T>(from: *const T, to: *mut T) {
    const { assert!(std::mem::size_of::<T>().is_multiple_of(8) && std::mem::align_of::<T>() >= 8) };
    let words = std::mem::size_of::<T>() / 8;
    let (from, to) = (from.cast::<std::mem::MaybeUninit<u64>>(), to.cast::<std::mem::MaybeUninit<u64>>());
    for i in 0..words {
        // SAFETY: both span `words` words; volatile keeps each read a single word.
        unsafe { to.add(i).write(std::ptr::read_volatile(from.add(i))) };
    }
}

/// `value` itself, moved as 8-byte words (see `copy_words`): for a result the callee just
/// wrote in pieces, which a plain move would read back in 16-byte pieces and stall on.
#[inline(always)]
pub(crate) fn move_by_words<T>(value: T) -> T {
    let value = std::mem::ManuallyDrop::new(value);
    let mut moved = std::mem::MaybeUninit::<T>::uninit();
    // SAFETY: `value` is initialized and is forgotten (ManuallyDrop) once copied, so the copy
    // is its only owner.
    unsafe {
        copy_words(&*value as *const T, moved.as_mut_ptr());
        moved.assume_init()
    }
}

/// Swaps two values word by word (see `take_words`: SWAP exchanges values the instructions
/// just before it pushed).
///
/// # Safety
/// `a` and `b` point to initialized values (they may be the same).
#[inline(always)]
pub unsafe fn swap_words(a: *mut Value, b: *mut Value) {
    // SAFETY: both are initialized values; each moves bitwise to the other's place.
    unsafe {
        let first = take_words(a);
        let second = take_words(b);
        a.write(second);
        b.write(first);
    }
}

/// Arguments moved off the value stack for a call: up to eight kept in place (in the caller's
/// Rust frame: no allocation and no copy of a buffer), more in a vector.
pub struct ArgBuf {
    len: usize,
    inline: [std::mem::MaybeUninit<Value>; ARG_BUF_INLINE],
    heap: Vec<Value>,
}

const ARG_BUF_INLINE: usize = 8;

impl ArgBuf {
    #[inline]
    pub fn new() -> ArgBuf {
        ArgBuf { len: 0, inline: [const { std::mem::MaybeUninit::uninit() }; ARG_BUF_INLINE], heap: Vec::new() }
    }

    /// Moves `from[at..]` in (word by word: the arguments were usually just pushed, see
    /// `take_words`). Called once, on an empty buffer.
    #[inline]
    pub fn take_from(&mut self, from: &mut Vec<Value>, at: usize) {
        debug_assert!(self.len == 0 && self.heap.is_empty());
        let at = at.min(from.len());
        let count = from.len() - at;
        if count > ARG_BUF_INLINE {
            self.heap = from.split_off(at);
            return;
        }
        // SAFETY: the range is initialized and is cut off `from` first, so each value has one
        // owner again once written here; `len` counts the written slots for `Drop`.
        unsafe {
            from.set_len(at);
            for i in 0..count {
                self.inline[i].write(take_words(from.as_ptr().add(at + i)));
            }
        }
        self.len = count;
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [Value] {
        if self.len == 0 {
            return &mut self.heap;
        }
        // SAFETY: the first `len` inline slots are initialized.
        unsafe { std::slice::from_raw_parts_mut(self.inline.as_mut_ptr().cast::<Value>(), self.len) }
    }

    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        if self.len == 0 {
            return &self.heap;
        }
        // SAFETY: the first `len` inline slots are initialized.
        unsafe { std::slice::from_raw_parts(self.inline.as_ptr().cast::<Value>(), self.len) }
    }
}

impl Default for ArgBuf {
    fn default() -> ArgBuf {
        ArgBuf::new()
    }
}

impl std::ops::Deref for ArgBuf {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        self.as_slice()
    }
}

impl Drop for ArgBuf {
    fn drop(&mut self) {
        // SAFETY: the first `len` inline slots are initialized and dropped once.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                self.inline.as_mut_ptr().cast::<Value>(),
                self.len,
            ));
        }
    }
}

/// The count an immortal object starts with, and the least count that means immortal (see
/// `ObjRef::is_immortal`). While counts are not shared (`counts_shared`), increments and
/// decrements change an immortal's count like any other, which spares them a compare: it
/// drifts by at most the number of references that exist, far less than the `IMMORTAL_COUNT -
/// IMMORTAL` (2^62) it would take to look mortal. Atomic increments and decrements leave it
/// alone (all threads would otherwise write the same few words: the builtin types').
const IMMORTAL_COUNT: usize = usize::MAX / 2;
const IMMORTAL: usize = usize::MAX / 4;

/// Whether reference counts may be changed by two OS threads at once: false until the process
/// starts its first additional Python thread (`share_counts`), and never false again. Until
/// then a count changes by a plain load and store instead of a locked read-modify-write,
/// which costs about 20 cycles on this project's machines: single-threaded programs ran 5% to
/// 32% faster (bench/run programs). A spawned thread sees the flag set, since it was set
/// before the thread was started.
static COUNTS_SHARED: AtomicBool = AtomicBool::new(false);

/// Called before a second thread that may touch objects starts: from then on every count
/// changes atomically.
pub fn share_counts() {
    COUNTS_SHARED.store(true, Ordering::SeqCst);
}

/// Whether more than one thread may touch objects (see `COUNTS_SHARED`).
#[inline(always)]
pub(crate) fn counts_shared() -> bool {
    COUNTS_SHARED.load(Ordering::Relaxed)
}

/// A heap object's header: its reference count, its class and the collector's word, followed
/// in the same allocation by the data of its kind (`objects::kind`), and preceded by a dict
/// slot when its class gives its instances a `__dict__` (as CPython's managed dict is).
///
/// An object is reached through `&PyObject`, and its data and dict slot by address from it,
/// as C code reaches the rest of a `PyObject*`: the allocation is sized for the kind, not for
/// this struct alone.
#[repr(C)]
pub struct PyObject {
    refcount: AtomicUsize,
    /// The object's type (a `Payload::Type` object). Fixed at creation, except through
    /// `__class__` assignment (`ClassSlot::replace`).
    pub class: ClassSlot,
    /// The collector's word, the kind of the object's data, whether a dict slot precedes the
    /// object, and its lock bit.
    pub(crate) gc: crate::gc::Header,
}

const _: () = assert!(std::mem::size_of::<PyObject>() == 24);

/// The slot of an object that has no dict slot: always empty (see `PyObject::dict`).
static NO_DICT: DictSlot = DictSlot(UnsafeCell::new(None));

impl PyObject {
    /// The reference count as the collector reads it (with the world stopped).
    pub(crate) fn count(&self) -> usize {
        self.refcount.load(Ordering::Relaxed)
    }

    pub(crate) fn is_immortal(&self) -> bool {
        self.count() >= IMMORTAL
    }

    /// What the object holds.
    #[inline(always)]
    pub fn payload(&self) -> Payload<'_> {
        let data = std::ptr::from_ref(self).cast::<u8>().wrapping_add(kind::DATA_OFFSET);
        let raw = kind::RawPayload { kind: self.gc.kind(), data };
        // SAFETY: `Payload` is `repr(C, u8)` with a discriminant per kind number, each variant
        // holding one reference to its kind's data (or nothing): laid out as `RawPayload`. The
        // object's data is of the kind its header says, at `DATA_OFFSET`, and lives as long as
        // the object.
        unsafe { std::mem::transmute::<kind::RawPayload, Payload<'_>>(raw) }
    }

    /// The instance `__dict__` of objects whose class gives them one: a plain instance starts
    /// without one and keeps its attributes in the order of its class's shape until its
    /// `__dict__` is asked for (`objects::shape`). Objects without a dict slot read an empty
    /// one.
    #[inline(always)]
    pub fn dict(&self) -> &DictSlot {
        if !self.gc.has_dict() {
            return &NO_DICT;
        }
        // SAFETY: an object with a dict slot was allocated with it right before its header.
        unsafe { &*std::ptr::from_ref(self).cast::<DictSlot>().sub(1) }
    }

    /// The memory layout of an object of `kind`, with or without a dict slot before it, and
    /// the object's offset in it.
    fn layout(kind: u8, has_dict: bool) -> (std::alloc::Layout, usize) {
        let before = if has_dict { std::mem::size_of::<DictSlot>() } else { 0 };
        let size = before + kind::DATA_OFFSET + crate::objects::DATA_SIZES[kind as usize];
        // A size of a few hundred bytes at most, word-aligned: always a valid layout.
        let layout = std::alloc::Layout::from_size_align(size, 8).unwrap_or_else(|_| unreachable!());
        (layout, before)
    }
}

/// The allocation of an object whose count reached zero, which frees it when dropped: its data,
/// dict and class references are dropped, it leaves the collector's registry, and its memory
/// goes back. (`finalize::defer` may revive it instead.)
pub(crate) struct DeadObject(NonNull<PyObject>);

impl std::ops::Deref for DeadObject {
    type Target = PyObject;

    fn deref(&self) -> &PyObject {
        // SAFETY: the object lives until this is dropped.
        unsafe { self.0.as_ref() }
    }
}

impl DeadObject {
    /// Frees an object that holds no references, has no `__dict__`, is not tracked by the
    /// collector and whose class is immortal (an exact str, int, float or bytes: the objects
    /// freed most often). The class's count is not given back, since an immortal's needs no
    /// balance (see `IMMORTAL_COUNT`): only the data is dropped, sparing the generic drop's
    /// checks.
    pub(crate) fn free_leaf(self) {
        debug_assert!(!self.gc.is_tracked() && self.dict().is_none() && self.class.is_immortal());
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: the object is dead and owned here; its data is dropped once and the memory
        // freed with the layout it was allocated with.
        unsafe {
            let raw = this.0.as_ptr();
            let kind = (*raw).gc.kind();
            crate::objects::drop_data(kind, raw.cast::<u8>().add(kind::DATA_OFFSET));
            PyObject::free_memory(raw);
        }
    }
}

impl PyObject {
    /// Gives an object's memory back to the allocator.
    ///
    /// # Safety
    /// `raw` is an object whose fields are all dropped already (or need no drop); it is not
    /// used again.
    unsafe fn free_memory(raw: *mut PyObject) {
        // SAFETY: as the caller guarantees; the layout is the one `allocate` used.
        unsafe {
            let (layout, before) = PyObject::layout((*raw).gc.kind(), (*raw).gc.has_dict());
            std::alloc::dealloc(raw.cast::<u8>().sub(before), layout);
        }
    }
}

impl Drop for DeadObject {
    /// A tracked object leaves the collector's registry before its fields are dropped, and
    /// lets go of the dicts `__dict__` assignment took from it.
    fn drop(&mut self) {
        let raw = self.0.as_ptr();
        let displaced = self.gc.has_displaced_dicts();
        if self.gc.is_tracked() {
            crate::gc::registry::untrack(self);
        }
        if displaced {
            crate::objects::displaced::release(self);
        }
        // SAFETY: the object is dead and owned here: each field is dropped once, then the
        // memory is freed.
        unsafe {
            let kind = (*raw).gc.kind();
            crate::objects::drop_data(kind, raw.cast::<u8>().add(kind::DATA_OFFSET));
            if (*raw).gc.has_dict() {
                std::ptr::drop_in_place(raw.cast::<DictSlot>().sub(1));
            }
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).class));
            PyObject::free_memory(raw);
        }
    }
}

/// A counted reference to a `PyObject`.
#[repr(transparent)]
pub struct ObjRef(NonNull<PyObject>);

/// An object's class: read as a plain `ObjRef` (`Deref`), replaced only by `__class__`
/// assignment.
pub struct ClassSlot(UnsafeCell<ObjRef>);

// SAFETY: the slot is written only by `replace`, whose callers guarantee no other thread runs
// Python code at the time (see there); every other access is a read.
unsafe impl Sync for ClassSlot {}

impl std::ops::Deref for ClassSlot {
    type Target = ObjRef;

    #[inline]
    fn deref(&self) -> &ObjRef {
        // SAFETY: see `replace`: the pointer read here stays valid even across a replacement.
        unsafe { &*self.0.get() }
    }
}

impl ClassSlot {
    /// Makes `class` the object's class (`__class__` assignment). The old class keeps the
    /// object's count forever, so that a reference to it read before the replacement stays
    /// valid: classes change rarely and live long, and leaking one count of one is the price
    /// of reading the class without a lock everywhere else.
    ///
    /// # Safety
    /// No other thread may read this slot during the call (Ferrython runs one thread of
    /// Python code at a time until threads come; then this needs the world stopped, as
    /// CPython's free-threaded build does for `__class__` assignment).
    pub unsafe fn replace(&self, class: ObjRef) {
        // SAFETY: as the caller guarantees.
        let old = unsafe { std::ptr::replace(self.0.get(), class) };
        std::mem::forget(old);
    }
}

/// An object's instance dict: read as a plain `Option<ObjRef>` (`Deref`), filled after the
/// object is made (`fill`) or replaced (`replace`, `obj.__dict__ = d`).
pub struct DictSlot(UnsafeCell<Option<ObjRef>>);

// SAFETY: the slot is written by `fill`, from None to a dict, while the writer holds the lock of
// the instance's values (which every filler takes first), and by `replace`, an atomic swap; a
// reader on another thread sees the old or the new value (one aligned word), and a dict once
// seen stays alive for the object's life (`replace` keeps the old one). As with `ClassSlot`,
// CPython's free-threaded build makes the same one-word publication.
unsafe impl Sync for DictSlot {}

impl std::ops::Deref for DictSlot {
    type Target = Option<ObjRef>;

    #[inline]
    fn deref(&self) -> &Option<ObjRef> {
        // SAFETY: see the `Sync` impl.
        unsafe { &*self.0.get() }
    }
}

impl DictSlot {
    /// Whether this is the stand-in of an object made without a dict slot (its class gives its
    /// instances no `__dict__`), which stays empty: callers check the class first, so this
    /// only guards against a caller that did not.
    fn is_missing(&self) -> bool {
        std::ptr::eq(self, &NO_DICT)
    }

    /// A counted reference to the dict, if the object has one.
    pub fn get(&self) -> Option<ObjRef> {
        (**self).clone()
    }

    /// Gives the object its dict.
    ///
    /// # Safety
    /// The slot holds None, and the caller holds the lock of the object's instance values
    /// (`Payload::Instance`), so that no other thread fills it at the same time.
    pub(crate) unsafe fn fill(&self, dict: ObjRef) {
        if self.is_missing() {
            debug_assert!(false, "an object without a dict slot was given a dict");
            return;
        }
        // SAFETY: as the caller guarantees; nothing was there to drop.
        unsafe { std::ptr::write(self.0.get(), Some(dict)) };
    }

    /// Makes `dict` the object's dict and gives back the one it replaces, which the caller
    /// must keep alive as long as the object lives (`objects::displaced`): a reference to it
    /// read before the replacement may still be in use.
    #[must_use]
    pub(crate) fn replace(&self, dict: Option<ObjRef>) -> Option<ObjRef> {
        if self.is_missing() {
            debug_assert!(dict.is_none(), "an object without a dict slot was given a dict");
            return dict;
        }
        let new = dict.as_ref().map_or(std::ptr::null_mut(), |d| d.0.as_ptr());
        std::mem::forget(dict);
        // SAFETY: `Option<ObjRef>` is one pointer, null for None (`ObjRef` wraps a NonNull), so
        // the cell is an `AtomicPtr`'s memory; writers swap it atomically, and each old value
        // goes to one caller.
        let cell = unsafe { &*self.0.get().cast::<std::sync::atomic::AtomicPtr<PyObject>>() };
        let old = cell.swap(new, Ordering::AcqRel);
        NonNull::new(old).map(ObjRef)
    }
}

// SAFETY: the count is atomic and payloads guard their own mutable state with locks or atomics
// (every `Payload` variant is Send + Sync), so references may move to and be shared by threads.
unsafe impl Send for ObjRef {}
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Allocates an object with one reference.
    pub fn new(class: ObjRef, dict: Option<ObjRef>, payload: OwnedPayload) -> ObjRef {
        ObjRef::new_inlined(class, dict, payload)
    }

    /// `new`, inlined where the payload is built from values in registers (see
    /// `str::str_object`).
    #[inline(always)]
    pub fn new_inlined(class: ObjRef, dict: Option<ObjRef>, payload: OwnedPayload) -> ObjRef {
        let kind = payload.kind();
        let has_dict = dict.is_some();
        // SAFETY: `write_to` writes the data of the payload's kind.
        let object = unsafe { ObjRef::allocate(class, dict, kind, 1, |data| payload.write_to(data)) };
        if has_dict || crate::gc::is_container(&object.class, object.payload()) {
            crate::gc::registry::track(&object);
        }
        object
    }

    /// Allocates an object with one reference whose data (of type `T`, kind `kind`) `init`
    /// writes where it lies, on the heap: data built on the stack and then copied is read back
    /// in pieces of other sizes than it was written in, which stalls the CPU (see
    /// `str::substring_value`). `container` says whether the collector tracks it (see
    /// `gc::is_container`).
    ///
    /// # Safety
    /// `T` is the data type of `kind`, and `init` writes a whole `T`.
    #[inline(always)]
    pub(crate) unsafe fn new_in_place<T>(
        class: ObjRef,
        kind: u8,
        container: bool,
        init: impl FnOnce(*mut T),
    ) -> ObjRef {
        // SAFETY: as the caller guarantees.
        let object = unsafe { ObjRef::allocate(class, None, kind, 1, |data| init(data.cast::<T>())) };
        if container {
            crate::gc::registry::track(&object);
        }
        object
    }

    /// Allocates an object of `kind` with `count` references (not tracked yet), sized for its
    /// kind, with a dict slot if it may have a `__dict__`.
    ///
    /// # Safety
    /// `init` writes initialized data of `kind` to the address it is given.
    #[inline(always)]
    unsafe fn allocate(
        class: ObjRef,
        dict: Option<ObjRef>,
        kind: u8,
        count: usize,
        init: impl FnOnce(*mut u8),
    ) -> ObjRef {
        let has_dict = dict.is_some() || !kind::dictless(kind) || crate::objects::typeobj::type_data(&class).heap;
        let (layout, before) = PyObject::layout(kind, has_dict);
        // SAFETY: the layout is not zero-sized; every field of the fresh allocation is written
        // once before the object is used (`init` writes the data, as the caller guarantees).
        unsafe {
            let memory = std::alloc::alloc(layout);
            if memory.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            if has_dict {
                memory.cast::<DictSlot>().write(DictSlot(UnsafeCell::new(dict)));
            }
            let raw = memory.add(before).cast::<PyObject>();
            raw.write(PyObject {
                refcount: AtomicUsize::new(count),
                class: ClassSlot(UnsafeCell::new(class)),
                gc: crate::gc::Header::new(kind, has_dict),
            });
            init(raw.cast::<u8>().add(kind::DATA_OFFSET));
            ObjRef(NonNull::new_unchecked(raw))
        }
    }

    /// Takes back an object whose count reached zero, with one reference again (for its
    /// finalizer, `finalize::defer`).
    pub(crate) fn revive(object: DeadObject) -> ObjRef {
        object.refcount.store(1, Ordering::Relaxed);
        ObjRef(std::mem::ManuallyDrop::new(object).0)
    }

    /// Allocates an object that is never freed (singletons, builtin types, interned names).
    pub fn new_immortal(class: ObjRef, dict: Option<ObjRef>, payload: OwnedPayload) -> ObjRef {
        // SAFETY: `write_to` writes the data of the payload's kind.
        unsafe { ObjRef::allocate(class, dict, payload.kind(), IMMORTAL_COUNT, |data| payload.write_to(data)) }
    }

    /// Allocates the immortal object that is its own class: the `type` type.
    pub fn new_own_type(payload: OwnedPayload) -> ObjRef {
        let kind = payload.kind();
        let (layout, before) = PyObject::layout(kind, true);
        // SAFETY: as in `allocate`; the object's class is the object itself, which is fully
        // written before any reference to it is used, and never freed (immortal).
        unsafe {
            let memory = std::alloc::alloc(layout);
            if memory.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            memory.cast::<DictSlot>().write(DictSlot(UnsafeCell::new(None)));
            let raw = memory.add(before).cast::<PyObject>();
            raw.write(PyObject {
                refcount: AtomicUsize::new(IMMORTAL_COUNT),
                class: ClassSlot(UnsafeCell::new(ObjRef(NonNull::new_unchecked(raw)))),
                gc: crate::gc::Header::new(kind, true),
            });
            payload.write_to(raw.cast::<u8>().add(kind::DATA_OFFSET));
            ObjRef(NonNull::new_unchecked(raw))
        }
    }

    /// A reference to an immortal object from its address (immortal objects are never freed,
    /// and their count is never changed).
    ///
    /// # Safety
    /// `object` points to an immortal object.
    pub unsafe fn from_immortal(object: *const PyObject) -> ObjRef {
        debug_assert!(unsafe { (*object).is_immortal() });
        // SAFETY: as the caller guarantees, the pointer is valid and never null.
        ObjRef(unsafe { NonNull::new_unchecked(object.cast_mut()) })
    }

    /// Makes an existing object immortal (used while the builtin types are being set up).
    pub fn make_immortal(&self) {
        self.refcount.store(IMMORTAL_COUNT, Ordering::Relaxed);
    }

    /// A second reference to the same object that holds no count and must never be dropped
    /// (see `frame::Borrowed`).
    ///
    /// # Safety
    /// The caller keeps a counted reference alive for as long as the alias is used, and never
    /// lets the alias be dropped.
    pub unsafe fn alias(&self) -> std::mem::ManuallyDrop<ObjRef> {
        std::mem::ManuallyDrop::new(ObjRef(self.0))
    }

    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.0 == b.0
    }

    /// The address, for `id()` and default reprs.
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// A new counted reference to `object`, unless its count already reached zero (it is being
    /// freed right now, on this or another thread).
    ///
    /// # Safety
    /// `object` must point to an object whose memory is not freed during this call (weak
    /// reference tables guarantee it: an object leaves them before its memory goes).
    pub(crate) unsafe fn upgrade(object: *const PyObject) -> Option<ObjRef> {
        let count = &(*object).refcount;
        let mut current = count.load(Ordering::Relaxed);
        loop {
            if current == 0 {
                return None;
            }
            if current >= IMMORTAL {
                break;
            }
            match count.compare_exchange_weak(current, current + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => break,
                Err(seen) => current = seen,
            }
        }
        Some(ObjRef(NonNull::new_unchecked(object.cast_mut())))
    }

    /// The payload, for changing in place, when this is the only reference to the object (as
    /// `Arc::get_mut`): no other count exists, so nothing else can read it meanwhile. Only for
    /// kinds that no uncounted reference reaches (strs: never weakly referenced nor tracked).
    pub(crate) fn unique_str_mut(&mut self) -> Option<&mut crate::objects::PyString> {
        if self.refcount.load(Ordering::Acquire) != 1 || self.gc.kind() != crate::objects::number::Str {
            return None;
        }
        // SAFETY: the only counted reference is `self`, borrowed mutably here, and the object's
        // data is a str's.
        Some(unsafe { &mut *self.0.as_ptr().cast::<u8>().add(kind::DATA_OFFSET).cast::<crate::objects::PyString>() })
    }

    /// Whether the object is immortal (then its address identifies it for the process's life).
    pub fn is_immortal(&self) -> bool {
        self.refcount.load(Ordering::Relaxed) >= IMMORTAL
    }

    /// The current count (`sys.getrefcount` adds its own argument's).
    pub fn refcount(&self) -> usize {
        self.refcount.load(Ordering::Relaxed)
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;

    fn deref(&self) -> &PyObject {
        // SAFETY: the pointer came from `allocate` and the object lives while this reference
        // holds a count on it.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let count = &self.refcount;
        let current = count.load(Ordering::Relaxed);
        if !counts_shared() {
            // One thread only: nothing else changes the count meanwhile (an immortal's too:
            // see `IMMORTAL_COUNT`).
            count.store(current + 1, Ordering::Relaxed);
        } else if current < IMMORTAL {
            count.fetch_add(1, Ordering::Relaxed);
        }
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let count = &self.refcount;
        let current = count.load(Ordering::Relaxed);
        let last = if !counts_shared() {
            // An immortal's count is far from 1 (see `IMMORTAL_COUNT`).
            count.store(current - 1, Ordering::Relaxed);
            current == 1
        } else if current >= IMMORTAL {
            return;
        } else {
            count.fetch_sub(1, Ordering::Release) == 1
        };
        if last {
            fence(Ordering::Acquire);
            // Dropping a long chain (a linked list of objects) must not overflow the Rust stack:
            // `dealloc` decides when to free it.
            crate::objects::dealloc(DeadObject(self.0));
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A `Value` packed in 8 bytes, for the slots of containers (dict entries), where the 16 of a
/// `Value` would double the memory. NaN-boxing: a float stands for itself, except the negative
/// quiet NaNs (bits from `PACKED_PREFIX` up), whose space holds the other kinds: a 3-bit tag
/// and a 48-bit payload (an object's address, an int of 48 bits, a bool). What does not fit
/// (an int past 48 bits, a float among those NaNs) is boxed, and unpacks to the same `Value`.
///
/// A `Packed` owns what it holds as the `Value` would (a count of the object, the box).
#[repr(transparent)]
pub struct Packed(u64);

/// The lowest bits that are not a float: sign, all-ones exponent and the quiet bit.
const PACKED_PREFIX: u64 = 0xFFF8 << 48;
const PACKED_PAYLOAD: u64 = (1 << 48) - 1;
const TAG_NULL: u64 = 0;
const TAG_NONE: u64 = 1;
const TAG_BOOL: u64 = 2;
const TAG_INT: u64 = 3;
const TAG_OBJ: u64 = 4;
/// A `Box<Value>` (an int or float that does not fit).
const TAG_BOXED: u64 = 5;

/// The top 16 bits of a packed value with `tag`.
#[inline(always)]
const fn packed_top(tag: u64) -> u64 {
    packed_bits(tag, 0) >> 48
}

#[inline(always)]
const fn packed_bits(tag: u64, payload: u64) -> u64 {
    PACKED_PREFIX | (tag << 48) | payload
}

impl Packed {
    pub const NULL: Packed = Packed(packed_bits(TAG_NULL, 0));

    /// What `bits_of` gives for a value that is packed in a box.
    pub const NO_BITS: u64 = u64::MAX;

    /// Packs `value` (taking over its count).
    #[inline(always)]
    pub fn new(value: Value) -> Packed {
        // Tests in order of frequency, as in `view`.
        match value {
            Value::Obj(ref obj) if obj.0.as_ptr() as u64 <= PACKED_PAYLOAD => {
                let address = obj.0.as_ptr() as u64;
                std::mem::forget(value);
                Packed(packed_bits(TAG_OBJ, address))
            }
            Value::Int(i) if (i << 16) >> 16 == i => Packed(packed_bits(TAG_INT, i as u64 & PACKED_PAYLOAD)),
            Value::Float(f) if f.to_bits() < PACKED_PREFIX => Packed(f.to_bits()),
            _ => Packed::new_rare(value),
        }
    }

    #[inline]
    fn new_rare(value: Value) -> Packed {
        let bits = match value {
            Value::Float(f) if f.to_bits() < PACKED_PREFIX => f.to_bits(),
            Value::Null => packed_bits(TAG_NULL, 0),
            Value::None => packed_bits(TAG_NONE, 0),
            Value::Bool(b) => packed_bits(TAG_BOOL, u64::from(b)),
            other => return Packed::boxed(other),
        };
        Packed(bits)
    }

    #[cold]
    #[inline(never)]
    fn boxed(value: Value) -> Packed {
        let address = Box::into_raw(Box::new(value)) as u64;
        assert!(address <= PACKED_PAYLOAD, "heap address beyond 48 bits");
        Packed(packed_bits(TAG_BOXED, address))
    }

    #[inline(always)]
    fn address(&self) -> u64 {
        self.0 & PACKED_PAYLOAD
    }

    /// The value, bitwise, without a count of its own: valid while `self` holds it unchanged.
    #[inline(always)]
    pub fn view(&self) -> std::mem::ManuallyDrop<Value> {
        // Tests in order of frequency (a `match` on the tag compiles to an indirect jump), each
        // one compare: a float first (lists of floats read by the million in numeric code; one
        // compare of all bits), then the top 16 bits (prefix and tag).
        let (bits, top) = (self.0, self.0 >> 48);
        let value = if bits < PACKED_PREFIX {
            Value::Float(f64::from_bits(bits))
        } else if top == packed_top(TAG_OBJ) {
            // SAFETY: a packed object's address came from a live `ObjRef` whose count this holds.
            Value::Obj(ObjRef(unsafe { NonNull::new_unchecked(self.address() as *mut PyObject) }))
        } else if top == packed_top(TAG_INT) {
            Value::Int(((bits << 16) as i64) >> 16)
        } else if top == packed_top(TAG_NONE) {
            Value::None
        } else if top == packed_top(TAG_BOOL) {
            Value::Bool(bits & 1 != 0)
        } else if top == packed_top(TAG_NULL) {
            Value::Null
        } else {
            // SAFETY: a boxed value's address came from `Box::into_raw` and is owned by `self`.
            unsafe { std::ptr::read(self.address() as *const Value) }
        };
        std::mem::ManuallyDrop::new(value)
    }

    /// A counted copy of the value.
    #[inline(always)]
    pub fn get(&self) -> Value {
        if self.0 < PACKED_PREFIX {
            return Value::Float(f64::from_bits(self.0));
        }
        if self.is_obj_any() {
            // SAFETY: as in `view`; the count taken belongs to the copy.
            let obj =
                std::mem::ManuallyDrop::new(ObjRef(unsafe { NonNull::new_unchecked(self.address() as *mut PyObject) }));
            return Value::Obj(ObjRef::clone(&obj));
        }
        Value::clone(&self.view())
    }

    /// Drops the value, with the test for whether it owns anything (a count, a box) inline.
    #[inline(always)]
    pub fn discard(self) {
        if (self.0 >> 48).wrapping_sub(packed_top(TAG_OBJ)) < 2 {
            drop(self);
        } else {
            std::mem::forget(self);
        }
    }

    /// Stores `value`, returning the packed one held before (cheaper to drop than to unpack).
    #[inline]
    pub fn swap(&mut self, value: Value) -> Packed {
        std::mem::replace(self, Packed::new(value))
    }

    /// Moves the value out, leaving Null.
    #[inline]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Packed::NULL).into_value()
    }

    /// Stores `value`, returning the one held before.
    #[inline]
    pub fn replace(&mut self, value: Value) -> Value {
        std::mem::replace(self, Packed::new(value)).into_value()
    }

    /// Unpacks, handing the count (or the box) to the value.
    #[inline]
    pub fn into_value(self) -> Value {
        let this = std::mem::ManuallyDrop::new(self);
        if this.0 >> 48 == packed_top(TAG_BOXED) {
            // SAFETY: the box is owned by `self`, which is not dropped.
            return *unsafe { Box::from_raw(this.address() as *mut Value) };
        }
        std::mem::ManuallyDrop::into_inner(this.view())
    }

    /// Bits that a packed `value` has, when it is packed without a box (else bits that no
    /// packed value has): equal bits mean `Value::is`.
    #[inline(always)]
    pub fn bits_of(value: &Value) -> u64 {
        const NO_BITS: u64 = Packed::NO_BITS;
        match value {
            Value::Float(f) if f.to_bits() < PACKED_PREFIX => f.to_bits(),
            Value::Int(i) if (i << 16) >> 16 == *i => packed_bits(TAG_INT, *i as u64 & PACKED_PAYLOAD),
            Value::Obj(obj) if (obj.0.as_ptr() as u64) <= PACKED_PAYLOAD => packed_bits(TAG_OBJ, obj.0.as_ptr() as u64),
            Value::Null => packed_bits(TAG_NULL, 0),
            Value::None => packed_bits(TAG_NONE, 0),
            Value::Bool(b) => packed_bits(TAG_BOOL, u64::from(*b)),
            _ => NO_BITS,
        }
    }

    /// Whether this holds an object (not a boxed value).
    #[inline(always)]
    pub fn is_obj_any(&self) -> bool {
        self.0 >> 48 == packed_top(TAG_OBJ)
    }

    /// Whether this holds an int of 48 bits (a larger one is boxed).
    #[inline(always)]
    pub fn is_int(&self) -> bool {
        self.0 >> 48 == packed_top(TAG_INT)
    }

    /// The str payload of a packed object, whatever its class.
    #[inline(always)]
    pub fn str_payload(&self) -> Option<&crate::objects::str::PyString> {
        if self.is_obj_any() {
            // SAFETY: a packed object's address came from a live `ObjRef` whose count this
            // holds, so the object lives as long as `self` holds it.
            let object = unsafe { &*(self.address() as *const PyObject) };
            if let Payload::Str(s) = object.payload() {
                return Some(s);
            }
        }
        None
    }

    /// The packed bits (see `bits_of`).
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.0 == Packed::NULL.0
    }

    /// Whether this holds the object `obj` itself.
    #[inline(always)]
    pub fn is_obj(&self, obj: &ObjRef) -> bool {
        self.0 == packed_bits(TAG_OBJ, obj.0.as_ptr() as u64)
    }

    /// `Value::is` against an unpacked value.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.view().is(other)
    }
}

impl Default for Packed {
    fn default() -> Packed {
        Packed::NULL
    }
}

impl Clone for Packed {
    #[inline]
    fn clone(&self) -> Packed {
        Packed::new(self.get())
    }
}

impl Drop for Packed {
    #[inline(always)]
    fn drop(&mut self) {
        // One compare for the values that own nothing (tags OBJ and BOXED are adjacent).
        const _: () = assert!(TAG_BOXED == TAG_OBJ + 1);
        if (self.0 >> 48).wrapping_sub(packed_top(TAG_OBJ)) < 2 {
            if self.is_obj_any() {
                // SAFETY: the count is owned by `self`, being dropped.
                drop(std::mem::ManuallyDrop::into_inner(self.view()));
            } else {
                // SAFETY: the box is owned by `self`, being dropped.
                drop(unsafe { Box::from_raw(self.address() as *mut Value) });
            }
        }
    }
}

const _: () = assert!(std::mem::size_of::<Packed>() == 8);

#[cfg(test)]
mod tests {
    use super::{Packed, Value};

    /// Every kind of value packs and unpacks to itself, including those that are boxed.
    #[test]
    fn packed_round_trip() {
        let values = [
            Value::Null,
            Value::None,
            Value::Bool(false),
            Value::Bool(true),
            Value::Int(0),
            Value::Int(-1),
            Value::Int((1 << 47) - 1),
            Value::Int(-(1 << 47)),
            Value::Int(1 << 47),
            Value::Int(i64::MIN),
            Value::Int(i64::MAX),
            Value::Float(1.5),
            Value::Float(f64::NAN),
            Value::Float(-f64::NAN),
            Value::Float(f64::from_bits(u64::MAX)),
            Value::Float(f64::NEG_INFINITY),
            Value::Float(-0.0),
        ];
        for value in values {
            let mut packed = Packed::new(value.clone());
            assert!(packed.get().is(&value));
            assert!(packed.clone().into_value().is(&value));
            assert!(packed.take().is(&value));
            assert!(packed.is_null());
        }
    }

    #[test]
    fn zero_bytes_are_null() {
        // `grow_with_nulls` relies on it.
        // SAFETY: an all-zero `Value` is its tag-0 variant, Null, with an unread payload.
        let value: Value = unsafe { std::mem::zeroed() };
        assert!(value.is_null());
    }
}
