//! Objects sized by kind: each object is its header (`PyObject`: count, class, collector word)
//! followed by the data of its kind, and is exactly as big as that data needs, as CPython's
//! objects are. A list is 48 bytes, an int too big for a `Value` 56; a union of every kind would
//! make each of them as big as the largest.
//!
//! `object_kinds!` takes the one list of kinds and makes from it:
//! - `OwnedPayload`, the data a new object is made from (moved into its allocation);
//! - `Payload<'a>`, the view of an object's data that code matches on (`obj.payload()`): the
//!   kind number and the data's address, so making one is a byte load and an add;
//! - the size of each kind's data, how to move it into an object and how to drop it there.

use std::mem::size_of;

/// Where an object's data starts: right after its header.
pub(crate) const DATA_OFFSET: usize = size_of::<crate::value::PyObject>();

/// The view of an object's data as it is laid out in memory: `Payload<'a>` is `repr(C, u8)`,
/// so each variant is this tag followed by its one reference (`Payload` checks the sizes).
#[repr(C)]
pub(crate) struct RawPayload {
    pub kind: u8,
    pub data: *const u8,
}

macro_rules! object_kinds {
    (
        with data { $( $(#[$doc:meta])* $kind:ident($data:ty), )* }
        without data { $( $(#[$unit_doc:meta])* $unit:ident, )* }
    ) => {
        /// What a new object holds: moved into the object's allocation, sized for its kind
        /// (`ObjRef::new`).
        pub enum OwnedPayload {
            $( $(#[$doc])* $kind($data), )*
            $( $(#[$unit_doc])* $unit, )*
        }

        /// What an object holds, as code reads it (`PyObject::payload`). Mutable data guards
        /// its state with a lock that is never held while Python code runs.
        #[derive(Clone, Copy)]
        #[repr(C, u8)]
        pub enum Payload<'a> {
            $( $(#[$doc])* $kind(&'a $data), )*
            $( $(#[$unit_doc])* $unit, )*
        }

        /// The kind numbers: the order of the list above (and of `Payload`'s discriminants).
        #[allow(non_upper_case_globals, dead_code)]
        pub(crate) mod number {
            #[repr(u8)]
            enum Numbers { $( $kind, )* $( $unit, )* }
            $( pub const $kind: u8 = Numbers::$kind as u8; )*
            $( pub const $unit: u8 = Numbers::$unit as u8; )*
        }

        /// The size of each kind's data, by kind number, rounded up to whole words.
        pub(crate) const DATA_SIZES: &[usize] = &[
            $( size_of::<$data>().next_multiple_of(8), )*
            $( { let _ = number::$unit; 0 }, )*
        ];

        // The data of every kind is word-aligned at `DATA_OFFSET`.
        $( const _: () = assert!(std::mem::align_of::<$data>() <= 8); )*

        #[allow(unsafe_code)]
        impl OwnedPayload {
            /// The kind number of the data.
            #[inline(always)]
            pub(crate) fn kind(&self) -> u8 {
                match self {
                    $( OwnedPayload::$kind(_) => number::$kind, )*
                    $( OwnedPayload::$unit => number::$unit, )*
                }
            }

            /// Moves the data to `data`.
            ///
            /// # Safety
            /// `data` is writable, word-aligned, and `DATA_SIZES[self.kind()]` bytes long.
            #[inline(always)]
            pub(crate) unsafe fn write_to(self, data: *mut u8) {
                match self {
                    // SAFETY: as the caller guarantees.
                    $( OwnedPayload::$kind(value) => unsafe { data.cast::<$data>().write(value) }, )*
                    $( OwnedPayload::$unit => {} )*
                }
            }
        }

        /// Drops the data of kind `kind` at `data`.
        ///
        /// # Safety
        /// `data` holds initialized data of that kind, which is not used again.
        #[allow(unsafe_code)]
        pub(crate) unsafe fn drop_data(kind: u8, data: *mut u8) {
            $(
                if kind == number::$kind {
                    // SAFETY: as the caller guarantees.
                    return unsafe { std::ptr::drop_in_place(data.cast::<$data>()) };
                }
            )*
        }
    };
}

pub(crate) use object_kinds;

/// Whether objects of `kind` whose class is a builtin type have no `__dict__`, so that they are
/// made without a dict slot (as in CPython, where such types have no `tp_dictoffset`).
/// Instances of subclasses, and all other kinds, get one.
pub(crate) fn dictless(kind: u8) -> bool {
    use super::number as n;
    matches!(
        kind,
        n::Int
            | n::Float
            | n::Complex
            | n::Str
            | n::Bytes
            | n::ByteArray
            | n::MemoryView
            | n::Tuple
            | n::List
            | n::Dict
            | n::Set
            | n::FrozenSet
            | n::Range
            | n::Slice
            | n::Cell
            | n::Code
            | n::Builtin
            | n::Method
            | n::Iterator
            | n::DictView
            | n::Singleton
    )
}
