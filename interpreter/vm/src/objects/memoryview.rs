//! The state of a `memoryview`: a window onto the bytes of a bytes or bytearray object (or of
//! a native object exporting a buffer), read live (a view of a bytearray sees later changes),
//! with a struct format, a shape and strides.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::sync::Mutex;

use crate::objects::Payload;
use crate::value::Value;

/// The buffer a native object exports (`NativeData::buffer`): its bytes, and the struct format
/// and size of one item.
pub struct BufferExport<'a> {
    pub bytes: &'a Mutex<Vec<u8>>,
    pub format: char,
    pub itemsize: usize,
}

/// The buffer `value` exports, if it is a native object that exports one.
pub fn native_buffer(value: &Value) -> Option<BufferExport<'_>> {
    match value.payload()? {
        Payload::Native(state) => state.buffer(),
        _ => None,
    }
}

/// The bytes of a writable buffer source: a bytearray's, or a native object's export.
pub fn writable_bytes(source: &Value) -> Option<&Mutex<Vec<u8>>> {
    match source.payload()? {
        Payload::ByteArray(bytes) => Some(bytes),
        Payload::Native(state) => state.buffer().map(|export| export.bytes),
        _ => None,
    }
}

/// A bytearray's bytes (`Payload::ByteArray`), and how many memoryviews export them: while
/// any does, the bytearray cannot change size (BufferError), so that a view never reads past
/// the end of what it was made for, as CPython's buffer protocol requires.
pub struct ByteArrayData {
    bytes: Mutex<Vec<u8>>,
    exports: AtomicUsize,
}

impl ByteArrayData {
    pub fn new(bytes: Vec<u8>) -> ByteArrayData {
        ByteArrayData { bytes: Mutex::new(bytes), exports: AtomicUsize::new(0) }
    }

    /// Ok unless a memoryview exports the bytes (before any change of size).
    pub fn check_resizable(&self) -> crate::PyResult<()> {
        if self.exports.load(Ordering::Acquire) > 0 {
            return Err(crate::objects::exception::buffer_error("Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
}

/// An export of a bytearray's bytes for as long as it lives (as `bytearray.join` holds its
/// separator while it runs the iterator): the bytearray cannot change size meanwhile.
pub struct ExportGuard<'a>(&'a ByteArrayData);

impl ByteArrayData {
    pub fn export(&self) -> ExportGuard<'_> {
        self.exports.fetch_add(1, Ordering::AcqRel);
        ExportGuard(self)
    }
}

impl Drop for ExportGuard<'_> {
    fn drop(&mut self) {
        self.0.exports.fetch_sub(1, Ordering::AcqRel);
    }
}

impl std::ops::Deref for ByteArrayData {
    type Target = Mutex<Vec<u8>>;

    fn deref(&self) -> &Mutex<Vec<u8>> {
        &self.bytes
    }
}

pub struct MemoryView {
    /// The exporting object: a bytes or a bytearray.
    pub source: Value,
    /// The offset of the first item in the source's bytes.
    pub start: usize,
    pub shape: Vec<usize>,
    /// Bytes between consecutive items along each dimension (negative for reversed slices).
    pub strides: Vec<isize>,
    /// The struct format of one item (`B`, `h`, `d`, ...).
    pub format: char,
    pub itemsize: usize,
    pub readonly: bool,
    /// Private, so that every view is made by `new` (which counts the export `Drop` gives back).
    released: AtomicBool,
    /// The hash once computed (-1 before): a released view still answers it, as CPython's.
    pub hash: std::sync::atomic::AtomicI64,
}

impl MemoryView {
    /// A view that exports its source's bytes until it is released or freed. Every view is
    /// made here (the count it takes is given back exactly once).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source: Value,
        start: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
        format: char,
        itemsize: usize,
        readonly: bool,
    ) -> MemoryView {
        if let Some(Payload::ByteArray(data)) = source.payload() {
            data.exports.fetch_add(1, Ordering::AcqRel);
        }
        MemoryView {
            source,
            start,
            shape,
            strides,
            format,
            itemsize,
            readonly,
            released: AtomicBool::new(false),
            hash: std::sync::atomic::AtomicI64::new(-1),
        }
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Acquire)
    }

    pub fn release(&self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            self.unexport();
        }
    }

    fn unexport(&self) {
        if let Some(Payload::ByteArray(data)) = self.source.payload() {
            data.exports.fetch_sub(1, Ordering::AcqRel);
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs `f` on the source's bytes (the bytearray's lock is held only for `f`).
    pub fn with_source<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.source.payload() {
            Some(Payload::Bytes(b)) => f(b),
            Some(Payload::ByteArray(b)) => f(&b.lock()),
            Some(Payload::Native(state)) => match state.buffer() {
                Some(export) => f(&export.bytes.lock()),
                None => f(&[]),
            },
            _ => f(&[]),
        }
    }

    /// The byte offsets of every item, in C order.
    pub fn item_offsets(&self) -> Vec<usize> {
        let mut offsets = vec![self.start as isize];
        for (&extent, &stride) in self.shape.iter().zip(&self.strides) {
            offsets = offsets.iter().flat_map(|&base| (0..extent as isize).map(move |i| base + i * stride)).collect();
        }
        offsets.into_iter().map(|o| o.max(0) as usize).collect()
    }

    /// The bytes of the items, in C order (what `tobytes()` returns).
    pub fn to_bytes(&self) -> Vec<u8> {
        let offsets = self.item_offsets();
        let size = self.itemsize;
        self.with_source(|data| {
            let mut out = Vec::with_capacity(offsets.len() * size);
            for o in offsets {
                out.extend_from_slice(data.get(o..o + size).unwrap_or_default());
            }
            out
        })
    }

    /// Whether the items are laid out one after another in C order.
    pub fn is_c_contiguous(&self) -> bool {
        let mut expected = self.itemsize as isize;
        for (&extent, &stride) in self.shape.iter().zip(&self.strides).rev() {
            if extent > 1 && stride != expected {
                return false;
            }
            expected *= extent as isize;
        }
        true
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !*self.released.get_mut() {
            self.unexport();
        }
    }
}
