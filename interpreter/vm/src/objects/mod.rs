//! The builtin object kinds: one file per type, and the list of kinds (`object_kinds!` below):
//! what a heap object holds, read as `Payload` (`obj.payload()`) and made from `OwnedPayload`.
//! A type check on a builtin kind is one match on the kind number in the object's header.

pub mod code;
pub mod dict;
pub(crate) mod displaced;
pub mod exception;
pub mod function;
pub mod hash;
pub mod int;
pub mod iter;
pub(crate) mod kind;
pub mod list;
pub mod memoryview;
pub mod shape;
pub mod str;
pub mod tuple;
pub mod typeobj;

use std::cell::{Cell, RefCell};

use crate::sync::Mutex;
use num_bigint::BigInt;

use crate::value::{DeadObject, ObjRef, Value};

pub use code::Code;
pub use dict::Dict;
pub use exception::ExceptionData;
pub use function::{BoundMethod, Builtin, Function};
pub use iter::IterState;
pub use list::{ListCell, ListItems};
pub use str::PyString;
pub use tuple::TupleItems;
pub use typeobj::TypeData;

kind::object_kinds! {
    with data {
        /// `object()` and instances of classes whose only builtin base is `object`; holds the
        /// `__slots__` values, if the class has slots.
        Instance(Mutex<Vec<Value>>),
        /// An int too large for `Value::Int`, or an int subclass instance.
        Int(BigInt),
        /// A float subclass instance (plain floats are `Value::Float`).
        Float(f64),
        /// The real and imaginary parts.
        Complex((f64, f64)),
        Str(PyString),
        Bytes(Box<[u8]>),
        ByteArray(memoryview::ByteArrayData),
        MemoryView(Box<memoryview::MemoryView>),
        Tuple(TupleItems),
        List(ListCell),
        Dict(Dict),
        /// set and frozenset: a dict whose values are unused.
        Set(Dict),
        FrozenSet(Dict),
        Range(RangeData),
        Slice(SliceData),
        Cell(Mutex<Value>),
        Code(std::sync::Arc<Code>),
        Function(Box<Function>),
        Builtin(Builtin),
        Method(BoundMethod),
        Type(TypeData),
        Exception(Box<ExceptionData>),
        Iterator(Mutex<IterState>),
        Generator(Box<crate::generator::Generator>),
        Property(Box<Property>),
        ClassMethod(Value),
        StaticMethod(Value),
        Super(SuperData),
        /// A `__slots__` entry.
        Member(MemberData),
        /// A frame as tracebacks and `sys._getframe` see it.
        Frame(Box<crate::frame::FrameObject>),
        Traceback(TracebackData),
        /// dict.keys(), values(), items().
        DictView(DictViewData),
        /// What an async generator's `__anext__`, `asend` and `athrow` return.
        AwaitableStep(crate::generator::AwaitableStep),
        /// `list[int]`, `int | str` and the other objects of `typing` support.
        Alias(Box<crate::typing::Alias>),
        /// The state of an object of a type a native module defines (a lock, an `_io` stream);
        /// the module finds its own state again with `downcast_ref`.
        Native(Box<dyn crate::gc::traverse::NativeData>),
    }
    without data {
        /// A module: its namespace is the object's `dict`.
        Module,
        /// `NotImplemented` and `Ellipsis`.
        Singleton,
    }
}

/// A range's start, stop and step.
pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A slice's bounds, any objects.
pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// `super(this_class, obj)`.
pub struct SuperData {
    pub this_class: ObjRef,
    pub obj: Value,
    pub obj_class: ObjRef,
}

/// A `__slots__` entry: the index of its value in the instance's slot vector.
pub struct MemberData {
    pub name: ObjRef,
    pub index: usize,
    pub owner: ObjRef,
}

/// A traceback entry.
pub struct TracebackData {
    pub frame: ObjRef,
    pub lasti: u32,
    pub lineno: i64,
    pub next: Mutex<Value>,
}

/// A dict's keys, values or items view.
pub struct DictViewData {
    pub dict: ObjRef,
    pub kind: iter::DictViewKind,
}

/// A property's functions (boxed in the payload: properties are few, and reached through the
/// attribute caches).
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__` (writable); for a property subclass's instance it lives in the instance dict.
    pub doc: Mutex<Value>,
    /// Whether `doc` was taken from the getter's docstring.
    pub getter_doc: bool,
    /// The name `__set_name__` gave it (None until then), for error messages.
    pub name: Mutex<Value>,
}

impl Property {
    pub fn payload(fget: Value, fset: Value, fdel: Value, doc: Value) -> OwnedPayload {
        Self::payload_with(fget, fset, fdel, doc, false)
    }

    pub fn payload_with(fget: Value, fset: Value, fdel: Value, doc: Value, getter_doc: bool) -> OwnedPayload {
        let (doc, name) = (Mutex::new(doc), Mutex::new(Value::None));
        OwnedPayload::Property(Box::new(Property { fget, fset, fdel, doc, getter_doc, name }))
    }
}

thread_local! {
    /// How deep deallocation is nested on this thread, and the objects whose freeing was put
    /// off to keep it shallow.
    static DEALLOC_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEALLOC_LATER: RefCell<Vec<DeadObject>> = const { RefCell::new(Vec::new()) };
}

/// How deep freeing may nest before objects are queued instead (a long linked structure would
/// otherwise recurse once per link).
const MAX_DEALLOC_DEPTH: usize = 200;

/// Frees an object whose last reference went away.
pub(crate) fn dealloc(object: DeadObject) {
    // Instances of the builtin str, int, float, bytes, tuple, list and dict types (most
    // objects freed) have no finalizer and cannot be weakly referenced; the first four hold
    // no objects either, so freeing them cannot nest. Builtin types are immortal.
    let builtin = !typeobj::type_data(&object.class).heap;
    match object.payload() {
        Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_) if builtin => {
            return object.free_leaf();
        }
        Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) if builtin => return free_nested(object),
        _ => {}
    }
    // A finalizer (generator close, `__del__`) runs first; it may keep the object alive.
    let Some(object) = crate::finalize::defer(object) else { return };
    if let Payload::Type(_) = object.payload() {
        typeobj::forget_subclass(&object);
    }
    if typeobj::type_data(&object.class).weakly_referenced.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::weakref::clear_references_to(&object);
    }
    free_nested(object);
}

/// Frees an object whose payload may hold the last references to other objects: past
/// `MAX_DEALLOC_DEPTH` nested frees, it is queued for the outermost one instead.
fn free_nested(object: DeadObject) {
    let depth = DEALLOC_DEPTH.with(Cell::get);
    if depth >= MAX_DEALLOC_DEPTH {
        // While the thread ends the queue may be gone: the object then goes with the closure.
        let _ = DEALLOC_LATER.try_with(|later| later.borrow_mut().push(object));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    drop(object);
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        while let Some(next) = DEALLOC_LATER.try_with(|later| later.borrow_mut().pop()).ok().flatten() {
            DEALLOC_DEPTH.with(|d| d.set(1));
            drop(next);
            DEALLOC_DEPTH.with(|d| d.set(0));
        }
    }
}

/// A new tuple.
pub fn tuple(items: Vec<Value>) -> Value {
    new_tuple(items.into())
}

/// A new tuple of the items of an array (no vector made for them).
pub fn tuple_of<const N: usize>(items: [Value; N]) -> Value {
    new_tuple(items.into())
}

/// A new tuple of `items`; every empty tuple is the same immortal one, as in CPython
/// (`tuple() is ()`), so an empty `*args` or slice allocates nothing.
pub fn new_tuple(items: TupleItems) -> Value {
    static EMPTY: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    if items.is_empty() {
        let empty = EMPTY.get_or_init(|| {
            ObjRef::new_immortal(typeobj::types().tuple.clone(), None, OwnedPayload::Tuple(TupleItems::from([])))
        });
        return Value::Obj(empty.clone());
    }
    Value::Obj(ObjRef::new(typeobj::types().tuple.clone(), None, OwnedPayload::Tuple(items)))
}

/// A new list.
pub fn list(items: Vec<Value>) -> Value {
    list_of(ListItems::from(items))
}

/// A new list of packed items.
pub fn list_of(items: ListItems) -> Value {
    Value::Obj(ObjRef::new(typeobj::types().list.clone(), None, OwnedPayload::List(ListCell::new(items))))
}

/// A module object whose namespace is `dict`.
pub fn new_module(name: &str, dict: ObjRef) -> ObjRef {
    if let Payload::Dict(d) = dict.payload() {
        d.set_str(&str::intern_static("__name__"), str::new_str(name));
    }
    ObjRef::new(typeobj::types().module.clone(), Some(dict), OwnedPayload::Module)
}

/// A new empty dict object.
pub fn new_dict() -> ObjRef {
    ObjRef::new(typeobj::types().dict.clone(), None, OwnedPayload::Dict(Dict::new()))
}

/// The `Dict` of a dict object (or of a set, frozenset or dict subclass instance).
pub fn as_dict(value: &Value) -> Option<&Dict> {
    match value.payload()? {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// The items of a tuple.
pub fn as_tuple(value: &Value) -> Option<&[Value]> {
    match value.payload()? {
        Payload::Tuple(items) => Some(items),
        _ => None,
    }
}

/// The lock of a list's items.
pub fn as_list(value: &Value) -> Option<&ListCell> {
    match value.payload()? {
        Payload::List(items) => Some(items),
        _ => None,
    }
}

/// The `Dict` behind a dict, set or frozenset object.
pub fn dict_of(obj: &ObjRef) -> Option<&Dict> {
    match obj.payload() {
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A view of an object's data is its kind and address (`kind::RawPayload`); the objects
    /// made by the million stay small: a list is 48 bytes (CPython's, with its collector head,
    /// 56), and an int too big for a `Value` 56.
    #[test]
    fn object_sizes() {
        use crate::value::PyObject;
        assert_eq!(std::mem::size_of::<Payload>(), std::mem::size_of::<kind::RawPayload>());
        assert_eq!(std::mem::size_of::<PyObject>(), 24);
        assert_eq!(DATA_SIZES[number::List as usize], 24);
        assert_eq!(DATA_SIZES[number::Int as usize], 32);
    }
}
