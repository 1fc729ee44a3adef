//! The cycle collector. Reference counting frees most objects the moment their last reference
//! goes; objects in reference cycles are found here, with CPython's algorithm:
//!
//! - every container object (one whose payload, `__dict__` or class can refer to other
//!   objects) is in a registry while it lives (`registry`);
//! - with the world stopped (`world`), the collector copies each registered object's count,
//!   subtracts the references registered objects hold to each other (`traverse`), and what
//!   keeps a count is referenced from outside (a thread's stack, a Rust local, an untracked or
//!   immortal object); everything reachable from those is alive, the rest is garbage;
//! - then, with the world running again: weak references to the garbage are cleared (the
//!   callbacks of those that are not garbage themselves run), finalizers run once per object
//!   ever (PEP 442), the garbage is checked again in case a finalizer resurrected part of it,
//!   and what is still garbage lets go of its references (`traverse::clear`), so that reference
//!   counting frees it.
//!
//! There is one generation (as CPython 3.13's free-threaded build): every collection looks at
//! every tracked object, and automatic collections are spaced so that their cost stays
//! proportional to allocation (`schedule`). The `gc` module shows the interface with CPython's
//! three-generation API (`get_count()` reports the young count in the first place).

pub(crate) mod collect;
pub mod registry;
pub mod schedule;
pub(crate) mod traverse;
pub mod world;

pub use collect::Outcome;
pub use registry::Header;

use crate::objects::{Payload, RangeData};
use crate::value::ObjRef;

/// Whether an object of `class` with this payload can refer to other objects (then it is
/// tracked; an object with a `__dict__` always is). Strs, numbers, bytes and code are leaves,
/// and so is a bare `object()`. A tuple is one too while its items are: it can never change,
/// so it can never close a cycle (CPython untracks such tuples at its next collection).
#[inline]
pub fn is_container(class: &ObjRef, payload: Payload<'_>) -> bool {
    match payload {
        Payload::Instance(slots) => crate::objects::typeobj::type_data(class).heap || !slots.lock().is_empty(),
        Payload::Tuple(items) => crate::objects::typeobj::type_data(class).heap || holds_tracked(items),
        _ => is_container_kind(payload),
    }
}

/// Whether any of `items` is a tracked object.
#[inline]
pub(crate) fn holds_tracked(items: &[crate::value::Value]) -> bool {
    items.iter().any(|item| item.as_obj().is_some_and(|o| o.gc.is_tracked()))
}

/// Whether objects of this payload kind can refer to others (CPython's GC-tracked types; `sys`'s
/// `getsizeof` counts their collector header).
#[inline]
pub(crate) fn is_container_kind(payload: Payload<'_>) -> bool {
    !matches!(
        payload,
        Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Code(_)
            | Payload::Singleton
            | Payload::Range(RangeData { .. })
    )
}
