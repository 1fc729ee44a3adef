//! `str`: immutable text, stored as generalized UTF-8 (WTF-8: lone surrogates allowed), with
//! its length in code points and its hash cached, and the process-wide table of interned names.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use hashbrown::HashMap;
use parking_lot::Mutex;

use crate::objects::typeobj::types;
use crate::objects::{OwnedPayload, Payload};
use crate::value::{ObjRef, PyObject, Value};
use crate::PyResult;

pub struct PyString {
    /// WTF-8 bytes; plain UTF-8 unless the `SURROGATES` bit of `chars` is set.
    bytes: Storage,
    /// The length in code points, with the `SURROGATES` bit (a flag of its own would take a
    /// word).
    chars: usize,
    /// The hash, or -1 until computed.
    hash: AtomicI64,
}

/// The bit of `PyString::chars` that says the text holds lone surrogates. Such text is never
/// ASCII, and with the bit set, `chars` never equals the byte length, as `is_ascii` needs.
const SURROGATES: usize = 1 << (usize::BITS - 1);

/// How many bytes a str keeps inside its object (most names, words and keys): the object then
/// needs no second allocation. Chosen so that `PyString` (56 bytes) with the payload's tag
/// fits the 64 of `Payload`.
const INLINE: usize = 38;

enum Storage {
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    /// Exactly as long as the text, except for a str grown in place (`PyString::push`).
    Heap(Vec<u8>),
}

impl Storage {
    #[inline(always)]
    fn from_slice(bytes: &[u8]) -> Storage {
        if bytes.len() <= INLINE {
            let mut inline = [0; INLINE];
            copy_short(&mut inline[..bytes.len()], bytes);
            Storage::Inline { len: bytes.len() as u8, bytes: inline }
        } else {
            Storage::Heap(bytes.to_vec())
        }
    }

    /// Storage of `len` bytes written by `fill`: short text goes straight into the object,
    /// with no temporary buffer.
    fn build(len: usize, fill: impl FnOnce(&mut [u8])) -> Storage {
        if len <= INLINE {
            // Filled where it lies: filling an array and then moving it made the move read
            // back the bytes just written, in pieces of another size (a store-forwarding
            // stall on every short str made).
            let mut storage = Storage::Inline { len: len as u8, bytes: [0; INLINE] };
            if let Storage::Inline { bytes, .. } = &mut storage {
                fill(&mut bytes[..len]);
            }
            storage
        } else {
            let mut bytes = vec![0; len];
            fill(&mut bytes);
            Storage::Heap(bytes)
        }
    }

    /// `build`, or None when the memory cannot be had (for sizes that come from arguments).
    fn try_build(len: usize, fill: impl FnOnce(&mut [u8])) -> Option<Storage> {
        if len <= INLINE {
            return Some(Storage::build(len, fill));
        }
        if !can_allocate(len) {
            return None;
        }
        let mut bytes = Vec::new();
        bytes.try_reserve_exact(len).ok()?;
        bytes.resize(len, 0);
        fill(&mut bytes);
        Some(Storage::Heap(bytes))
    }

    fn from_vec(bytes: Vec<u8>) -> Storage {
        if bytes.len() <= INLINE {
            Storage::from_slice(&bytes)
        } else {
            Storage::Heap(bytes)
        }
    }

    #[inline]
    fn as_slice(&self) -> &[u8] {
        match self {
            Storage::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Storage::Heap(bytes) => bytes,
        }
    }
}

/// Copies `from` into `to` (of the same length, at most `INLINE`): in words, two of them
/// overlapping, rather than by a call to memcpy, which costs more than the copy for the few
/// bytes of a word or a name.
#[inline(always)]
fn copy_short(to: &mut [u8], from: &[u8]) {
    let n = from.len();
    debug_assert!(to.len() == n && n <= INLINE);
    // Fixed-size pieces, unrolled: a loop, or pieces of a variable size, are turned back
    // into a call to memcpy.
    if n >= 8 {
        copy_at::<8>(to, from, 0);
        if n > 16 {
            copy_at::<8>(to, from, 8);
        }
        if n > 24 {
            copy_at::<8>(to, from, 16);
        }
        if n > 32 {
            copy_at::<8>(to, from, 24);
        }
        copy_at::<8>(to, from, n - 8);
    } else if n >= 4 {
        copy_at::<4>(to, from, 0);
        copy_at::<4>(to, from, n - 4);
    } else if n >= 2 {
        copy_at::<2>(to, from, 0);
        copy_at::<2>(to, from, n - 2);
    } else if n == 1 {
        copy_at::<1>(to, from, 0);
    }
}

/// Copies the `N` bytes of `from` at `at` to `to` (both long enough).
#[inline(always)]
fn copy_at<const N: usize>(to: &mut [u8], from: &[u8], at: usize) {
    if let (Some(to), Some(from)) = (to[at..].first_chunk_mut::<N>(), from[at..].first_chunk::<N>()) {
        *to = *from;
    }
}

/// Whether two texts are equal; short ones (most dict keys) are compared in words, without a
/// call to memcmp.
#[inline(always)]
pub fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0 => true,
        1..=3 => a == b,
        4..=7 => a.first_chunk::<4>() == b.first_chunk::<4>() && a.last_chunk::<4>() == b.last_chunk::<4>(),
        8..=16 => a.first_chunk::<8>() == b.first_chunk::<8>() && a.last_chunk::<8>() == b.last_chunk::<8>(),
        _ => a == b,
    }
}

/// Whether `len` bytes may be asked of the allocator: sizes beyond the machine's memory are a
/// MemoryError up front (the allocator reserves address space lazily, so asking would succeed
/// and touching the memory would bring the out-of-memory killer).
pub fn can_allocate(len: usize) -> bool {
    if len < 1 << 30 {
        return true;
    }
    let total_kb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
        line.split_whitespace().nth(1)?.parse::<usize>().ok()
    });
    match total_kb {
        Some(kb) => len / 1024 < kb,
        None => len < 1 << 34,
    }
}

/// Text that a str can be made from without an extra copy or allocation.
pub trait IntoPyString {
    fn into_pystring(self) -> PyString;
}

impl IntoPyString for String {
    fn into_pystring(self) -> PyString {
        PyString::from_string(self)
    }
}

impl IntoPyString for &str {
    fn into_pystring(self) -> PyString {
        PyString::from_text(self)
    }
}

impl IntoPyString for &String {
    fn into_pystring(self) -> PyString {
        PyString::from_text(self)
    }
}

impl IntoPyString for std::borrow::Cow<'_, str> {
    fn into_pystring(self) -> PyString {
        match self {
            std::borrow::Cow::Borrowed(text) => PyString::from_text(text),
            std::borrow::Cow::Owned(text) => PyString::from_string(text),
        }
    }
}

impl IntoPyString for char {
    fn into_pystring(self) -> PyString {
        PyString::from_text(self.encode_utf8(&mut [0; 4]))
    }
}

impl PyString {
    /// A str of `chars` code points; `surrogates` says whether any is a lone surrogate.
    #[inline(always)]
    fn make(bytes: Storage, chars: usize, surrogates: bool) -> PyString {
        let flag = if surrogates { SURROGATES } else { 0 };
        PyString { bytes, chars: chars | flag, hash: AtomicI64::new(-1) }
    }

    pub fn from_string(text: String) -> PyString {
        let chars = count_chars(&text);
        PyString::make(Storage::from_vec(text.into_bytes()), chars, false)
    }

    pub fn from_text(text: &str) -> PyString {
        let chars = count_chars(text);
        PyString::make(Storage::from_slice(text.as_bytes()), chars, false)
    }

    /// Text from WTF-8 bytes (as the compiler's constants hold it).
    pub fn from_wtf8(bytes: &[u8]) -> PyString {
        match std::str::from_utf8(bytes) {
            Ok(text) => PyString::from_text(text),
            Err(_) => {
                let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
                PyString::make(Storage::from_slice(bytes), chars, true)
            }
        }
    }

    /// Text from bytes known to be ASCII: no validation, no counting.
    #[inline(always)]
    pub fn from_ascii(bytes: &[u8]) -> PyString {
        debug_assert!(bytes.is_ascii());
        PyString::make(Storage::from_slice(bytes), bytes.len(), false)
    }

    /// `from_ascii` taking ownership of the buffer.
    pub fn from_ascii_vec(bytes: Vec<u8>) -> PyString {
        debug_assert!(bytes.is_ascii());
        let chars = bytes.len();
        PyString::make(Storage::from_vec(bytes), chars, false)
    }

    /// The concatenation of strings: lengths and flags add up, so nothing is validated or
    /// counted again. (Adjacent surrogates stay two code points, as in Python.)
    #[inline]
    pub fn concat(parts: &[&PyString]) -> PyString {
        let total: usize = parts.iter().map(|p| p.wtf8().len()).sum();
        let bytes = Storage::build(total, |out| {
            let mut at = 0;
            for part in parts {
                let piece = part.wtf8();
                out[at..at + piece.len()].copy_from_slice(piece);
                at += piece.len();
            }
        });
        let chars = parts.iter().map(|p| p.char_len()).sum();
        let surrogates = parts.iter().any(|p| p.has_surrogates());
        PyString::make(bytes, chars, surrogates)
    }

    /// `from_parts` of `len` bytes written by `fill`, without a temporary buffer.
    pub fn parts_with(len: usize, chars: usize, maybe_surrogates: bool, fill: impl FnOnce(&mut [u8])) -> PyString {
        let bytes = Storage::build(len, fill);
        if maybe_surrogates {
            return PyString::from_wtf8(bytes.as_slice());
        }
        debug_assert!(std::str::from_utf8(bytes.as_slice()).is_ok());
        PyString::make(bytes, chars, false)
    }

    /// `parts_with` for a size asked for by the program (a width, a count): None when the
    /// memory cannot be had, for a MemoryError rather than an abort.
    pub fn try_parts_with(
        len: usize,
        chars: usize,
        maybe_surrogates: bool,
        fill: impl FnOnce(&mut [u8]),
    ) -> Option<PyString> {
        let bytes = Storage::try_build(len, fill)?;
        if maybe_surrogates {
            return Some(PyString::from_wtf8(bytes.as_slice()));
        }
        debug_assert!(std::str::from_utf8(bytes.as_slice()).is_ok());
        Some(PyString::make(bytes, chars, false))
    }

    /// ASCII text of `len` bytes written by `fill` (which must write ASCII).
    pub fn ascii_with(len: usize, fill: impl FnOnce(&mut [u8])) -> PyString {
        let bytes = Storage::build(len, fill);
        debug_assert!(bytes.as_slice().is_ascii());
        PyString::make(bytes, len, false)
    }

    /// Appends `other` to this string, which nothing else refers to (see `append`): the
    /// bytes grow as a vector does, so that building a str piece by piece takes linear time.
    /// Err when the memory cannot be had (nothing changed then).
    fn push(&mut self, other: &PyString) -> Result<(), ()> {
        let add = other.wtf8();
        match &mut self.bytes {
            Storage::Inline { len, bytes } if usize::from(*len) + add.len() <= INLINE => {
                let at = usize::from(*len);
                bytes[at..at + add.len()].copy_from_slice(add);
                *len = (at + add.len()) as u8;
            }
            Storage::Inline { len, bytes } => {
                let mut grown = Vec::new();
                grown.try_reserve(usize::from(*len) + add.len()).map_err(|_| ())?;
                grown.extend_from_slice(&bytes[..usize::from(*len)]);
                grown.extend_from_slice(add);
                self.bytes = Storage::Heap(grown);
            }
            Storage::Heap(bytes) => {
                bytes.try_reserve(add.len()).map_err(|_| ())?;
                bytes.extend_from_slice(add);
            }
        }
        let surrogates = self.has_surrogates() || other.has_surrogates();
        self.chars = (self.char_len() + other.char_len()) | if surrogates { SURROGATES } else { 0 };
        *self.hash.get_mut() = -1;
        Ok(())
    }

    /// Bytes that are a run of whole code points of this string (found by byte search or char
    /// boundaries), as a new string; no validation when this one is ASCII or plain UTF-8.
    #[inline(always)]
    pub fn substring(&self, bytes: &[u8]) -> PyString {
        if self.is_ascii() {
            PyString::from_ascii(bytes)
        } else if !self.has_surrogates() {
            // A run of whole code points of valid UTF-8 is valid UTF-8.
            let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            PyString::make(Storage::from_slice(bytes), chars, false)
        } else {
            PyString::from_wtf8(bytes)
        }
    }

    /// `str_object(self.substring(bytes))`, with short text copied straight into the new
    /// object on the heap: `split()`, `strip()` and slicing make most of their strs here.
    #[inline(always)]
    pub fn substring_value(&self, bytes: &[u8]) -> Value {
        if bytes.len() > INLINE || self.has_surrogates() {
            return str_object(self.substring(bytes));
        }
        let chars = if self.is_ascii() { bytes.len() } else { bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() };
        short_str_object(bytes, chars)
    }

    /// `substring` taking an owned buffer made of this string's code points (plus ASCII).
    pub fn derived(&self, bytes: Vec<u8>) -> PyString {
        if bytes.is_ascii() {
            PyString::from_ascii_vec(bytes)
        } else if !self.has_surrogates() {
            let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            PyString::make(Storage::from_vec(bytes), chars, false)
        } else {
            PyString::from_wtf8(&bytes)
        }
    }

    /// Text whose code-point count is known (computed from the strings it was made of).
    /// `maybe_surrogates` is false only when every input was plain UTF-8.
    pub fn from_parts(bytes: Vec<u8>, chars: usize, maybe_surrogates: bool) -> PyString {
        if maybe_surrogates {
            return PyString::from_wtf8(&bytes);
        }
        debug_assert!(std::str::from_utf8(&bytes).is_ok());
        PyString::make(Storage::from_vec(bytes), chars, false)
    }

    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.chars & SURROGATES != 0
    }

    /// The text. A string holding lone surrogates shows each as U+FFFD here; code that must
    /// keep them uses `code_points`.
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        if self.has_surrogates() {
            std::borrow::Cow::Owned(self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect())
        } else {
            std::borrow::Cow::Borrowed(self.utf8_unchecked())
        }
    }

    /// The text when it has no lone surrogates (the common case), without copying.
    pub fn as_utf8(&self) -> Option<&str> {
        if self.has_surrogates() {
            None
        } else {
            Some(self.utf8_unchecked())
        }
    }

    /// The bytes as `&str`; only for strings without surrogates.
    fn utf8_unchecked(&self) -> &str {
        debug_assert!(!self.has_surrogates());
        // SAFETY: a string without surrogates was made from a `String` or from bytes that
        // `from_utf8` accepted, and its bytes never change.
        #[allow(unsafe_code)]
        unsafe {
            std::str::from_utf8_unchecked(self.bytes.as_slice())
        }
    }

    #[inline]
    pub fn wtf8(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars & !SURROGATES
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.wtf8().len()
    }

    /// The code points, lone surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let bytes = self.wtf8();
        let mut i = 0;
        std::iter::from_fn(move || {
            let first = *bytes.get(i)?;
            let (len, init) = match first {
                0x00..=0x7F => (1, u32::from(first)),
                0xC0..=0xDF => (2, u32::from(first & 0x1F)),
                0xE0..=0xEF => (3, u32::from(first & 0x0F)),
                _ => (4, u32::from(first & 0x07)),
            };
            let mut code = init;
            for k in 1..len {
                code = (code << 6) | u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
            }
            i += len;
            Some(code)
        })
    }

    /// Python's `hash()` of the string, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != -1 {
            return cached;
        }
        self.compute_hash()
    }

    /// The hash if it was computed already.
    #[inline(always)]
    pub fn cached_hash(&self) -> Option<i64> {
        let cached = self.hash.load(Ordering::Relaxed);
        (cached != -1).then_some(cached)
    }

    #[inline(never)]
    fn compute_hash(&self) -> i64 {
        let hash = crate::objects::hash::hash_wtf8(self.wtf8(), self.is_ascii());
        self.hash.store(hash, Ordering::Relaxed);
        hash
    }
}

/// The number of code points of `text` (ASCII text, the common case, is checked a word at a
/// time).
#[inline]
fn count_chars(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// A new str object.
pub fn new_str(text: impl IntoPyString) -> Value {
    Value::Obj(ObjRef::new(types().str.clone(), None, OwnedPayload::Str(text.into_pystring())))
}

/// The str of one code point; ASCII ones are the interned strs (like CPython's cache of
/// one-character strings), so indexing and iterating over text allocates nothing, and every
/// immortal str is an interned one.
pub fn char_str(code: u32) -> Value {
    static ASCII: OnceLock<Vec<ObjRef>> = OnceLock::new();
    if code < 128 {
        let table = ASCII.get_or_init(|| (0..128u8).map(|b| intern_wtf8(&[b])).collect());
        return Value::Obj(table[code as usize].clone());
    }
    let mut text = ferrython_ast::PyStr::new();
    text.push(code);
    str_object(PyString::from_wtf8(text.as_wtf8()))
}

/// The decimal text of an int, written without a `String` and stored without counting.
pub fn int_str(value: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = value.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if value < 0 {
        let mut out = [0u8; 21];
        out[0] = b'-';
        out[1..=buf.len() - at].copy_from_slice(&buf[at..]);
        return ascii_str(&out[..=buf.len() - at]);
    }
    ascii_str(&buf[at..])
}

/// A new str object from ASCII bytes.
pub fn ascii_str(bytes: &[u8]) -> Value {
    str_object(PyString::from_ascii(bytes))
}

/// The `PyString` of a str of the builtin type itself (not of a subclass).
pub fn exact_str(value: &Value) -> Option<&PyString> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(s) if ObjRef::ptr_eq(&obj.class, &types().str) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `left + right` for an exact str `left`: `left` itself, grown in place, when this is the only
/// reference to it (CPython does the same for `s += t`); else a new str.
pub fn append(mut left: ObjRef, right: &PyString) -> PyResult<Value> {
    if let Some(s) = left.unique_str_mut() {
        s.push(right).map_err(|()| crate::objects::exception::memory_error(""))?;
        return Ok(Value::Obj(left));
    }
    let Payload::Str(s) = left.payload() else { unreachable!("the caller passes a str") };
    Ok(concat_object(&[s, right]))
}

/// A new str object of at most `INLINE` bytes of UTF-8 text with `chars` code points, built
/// in the object itself (see `ObjRef::new_in_place`).
#[inline(always)]
fn short_str_object(bytes: &[u8], chars: usize) -> Value {
    short_str_object_with(bytes.len(), chars, |out| copy_short(out, bytes))
}

/// A new str object of `len` (at most `INLINE`) bytes of UTF-8 text with `chars` code points,
/// which `fill` writes in the object itself (see `ObjRef::new_in_place`).
#[inline(always)]
fn short_str_object_with(len: usize, chars: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    debug_assert!(len <= INLINE);
    // SAFETY: the data of a str is a `PyString`, written whole here before it is read.
    #[allow(unsafe_code)]
    let object = unsafe {
        ObjRef::new_in_place(types().str.clone(), crate::objects::number::Str, false, |slot: *mut PyString| {
            slot.write(PyString {
                bytes: Storage::Inline { len: len as u8, bytes: [0; INLINE] },
                chars,
                hash: AtomicI64::new(-1),
            });
            if let PyString { bytes: Storage::Inline { bytes: inline, .. }, .. } = &mut *slot {
                fill(&mut inline[..len]);
            }
        })
    };
    Value::Obj(object)
}

/// `str_object(PyString::concat(parts))`, short text built in the object itself.
#[inline]
pub fn concat_object(parts: &[&PyString]) -> Value {
    let total: usize = parts.iter().map(|p| p.wtf8().len()).sum();
    if total > INLINE || parts.iter().any(|p| p.has_surrogates()) {
        return str_object(PyString::concat(parts));
    }
    let chars = parts.iter().map(|p| p.char_len()).sum();
    short_str_object_with(total, chars, |out| {
        let mut at = 0;
        for part in parts {
            let piece = part.wtf8();
            out[at..at + piece.len()].copy_from_slice(piece);
            at += piece.len();
        }
    })
}

/// `str_object(PyString::ascii_with(len, fill))`, short text built in the object itself.
#[inline(always)]
pub fn ascii_object_with(len: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    if len > INLINE {
        return str_object(PyString::ascii_with(len, fill));
    }
    short_str_object_with(len, len, fill)
}

/// A new str object from a `PyString`. Inlined, with the allocation (`ObjRef::new_inlined`),
/// as the constructors it is called with are, so that the string's fields go from registers
/// into the object: copying a just-built `PyString` into a payload on the stack read it back
/// in 16-byte pieces, which stalls on store forwarding (`split()` and `lower()` spent 10% of
/// their time there).
#[inline(always)]
pub fn str_object(s: PyString) -> Value {
    Value::Obj(ObjRef::new_inlined(types().str.clone(), None, OwnedPayload::Str(s)))
}

/// The `PyString` of a str value (str subclasses included).
pub fn as_pystr(value: &Value) -> Option<&PyString> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

type InternTable = Mutex<HashMap<Box<[u8]>, ObjRef>>;

fn intern_table() -> &'static InternTable {
    static TABLE: OnceLock<InternTable> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// How many strs are interned.
pub fn interned_count() -> usize {
    intern_table().lock().len()
}

/// The interned, immortal str object for `text`: names of variables and attributes, so that
/// comparing two names is comparing two pointers.
pub fn intern(text: &str) -> ObjRef {
    intern_wtf8(text.as_bytes())
}

pub fn intern_wtf8(bytes: &[u8]) -> ObjRef {
    let mut table = intern_table().lock();
    if let Some(found) = table.get(bytes) {
        return found.clone();
    }
    let object = ObjRef::new_immortal(types().str.clone(), None, OwnedPayload::Str(PyString::from_wtf8(bytes)));
    table.insert(bytes.into(), object.clone());
    object
}

/// Interned names of string literals in Rust code (`intern_static`), direct-mapped by the
/// literal's address. A slot holds an interned str, which is immortal; a reader checks its
/// text, so two literals meeting in one slot only cost a trip to the intern table.
static STATIC_NAMES: [std::sync::atomic::AtomicPtr<PyObject>; STATIC_NAME_SLOTS] =
    [const { std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()) }; STATIC_NAME_SLOTS];
/// A power of two: the slot is the top bits of a Fibonacci hash.
const STATIC_NAME_SLOTS: usize = 1024;

/// `intern` for a name written in Rust code (`"__init__"`): after its first use, found by the
/// literal's address in one load and a compare of the text, without hashing it or taking
/// the table's lock.
#[allow(unsafe_code)]
pub fn intern_static(name: &'static str) -> ObjRef {
    let key = (name.as_ptr() as u64).wrapping_add(name.len() as u64);
    let top_bits = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (u64::BITS - STATIC_NAME_SLOTS.trailing_zeros());
    let slot = &STATIC_NAMES[top_bits as usize];
    let cached = slot.load(std::sync::atomic::Ordering::Acquire);
    if !cached.is_null() {
        // SAFETY: slots only ever hold interned strs, which are immortal.
        let object = unsafe { &*cached };
        if matches!(object.payload(), Payload::Str(s) if s.wtf8() == name.as_bytes()) {
            // SAFETY: immortal, as above; a new reference to it needs no count.
            return unsafe { ObjRef::from_immortal(cached) };
        }
    }
    let interned = intern(name);
    slot.store(std::ptr::from_ref::<PyObject>(&*interned).cast_mut(), std::sync::atomic::Ordering::Release);
    interned
}

/// Whether `obj` is the interned str for its text (then pointer comparison decides equality
/// with other interned strs).
pub fn is_interned(obj: &ObjRef) -> bool {
    match obj.payload() {
        Payload::Str(s) => intern_table().lock().get(s.wtf8()).is_some_and(|found| ObjRef::ptr_eq(found, obj)),
        _ => false,
    }
}
