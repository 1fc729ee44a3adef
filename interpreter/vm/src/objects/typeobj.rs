//! `type`: type objects, method resolution order, attribute lookup on types, and the table of
//! builtin types.
//!
//! Builtin types are immortal and immutable, created once per process: an embedder that makes
//! two interpreters shares them, as CPython's static types are shared.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use parking_lot::RwLock;

use crate::objects::exception::type_error;
use crate::objects::{dict::Dict, str::intern, MemberData, OwnedPayload, Payload};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Which payload the instances of a type hold: the payload of its builtin "solid" base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Other builtin types with a native state of their own (memoryview, locks, weak
    /// references, `collections.deque`): a subclass keeps its slots' values in its dict holder.
    Other,
}

/// A type's data. What every attribute lookup and call checks (version, layout flags) is kept
/// in the type object itself; the rest (names, bases, MRO, namespace) sits behind one pointer
/// (`Deref` reaches it), so that type objects are no larger than other objects.
pub struct TypeData {
    pub kind: BaseKind,
    /// Set for classes made by `class` statements or `type(name, bases, dict)`.
    pub heap: bool,
    /// Whether instances get a `__dict__`.
    pub instance_dict: bool,
    /// Whether `class X(ThisType)` is allowed.
    pub subclassable: bool,
    /// How many `__slots__` values instances carry (the slots of all bases included).
    pub slot_count: usize,
    /// A subclass of a builtin type (other than object) with `__slots__` of its own or of a
    /// base: its instances keep their slots' values in their dict, which is not a `__dict__`
    /// of theirs; when they have a `__dict__` too (`holder_has_dict`), it is kept in that
    /// holder under the key `'__dict__'` (no slot is named so), made at its first use
    /// (`shape::instance_dict`).
    pub dict_holds_slots: bool,
    /// See `dict_holds_slots`.
    pub holder_has_dict: bool,
    /// Whether instances of a class statement's class can be weakly referenced (the builtin
    /// types answer by their payload: `_weakref`'s `weakly_referenceable`).
    pub weakrefable: bool,
    /// A process-wide unique number for the current state of this type's namespace and its
    /// ancestors'; replaced (after the change) whenever one of them changes, so caches keyed on
    /// it never see a stale entry.
    pub version: AtomicU64,
    /// Whether this class or a base defines `__class__` (a proxy that claims another class,
    /// which `isinstance` then consults).
    pub defines_class: std::sync::atomic::AtomicBool,
    /// Set once a weak reference to an instance was made: only then does freeing an instance
    /// look for weak references to clear (`modules::weakref`).
    pub weakly_referenced: std::sync::atomic::AtomicBool,
    /// Set while the class's own `__abstractmethods__` is non-empty (CPython's
    /// Py_TPFLAGS_IS_ABSTRACT): instances cannot be made.
    pub abstract_methods: std::sync::atomic::AtomicBool,
    pub layout: Box<TypeLayout>,
}

/// The parts of a type that lookups reach less often (see `TypeData`).
pub struct TypeLayout {
    pub name: RwLock<String>,
    pub qualname: RwLock<String>,
    pub bases: RwLock<Vec<ObjRef>>,
    pub mro: RwLock<Vec<ObjRef>>,
    /// The type's namespace (`__dict__` shows it through a mapping proxy).
    pub dict: Dict,
    /// The attribute names its instances keep without a dict (classes made by `class`
    /// statements whose instances have a `__dict__`; see `objects::shape`).
    pub shape: Option<Box<crate::objects::shape::Shape>>,
}

impl std::ops::Deref for TypeData {
    type Target = TypeLayout;
    fn deref(&self) -> &TypeLayout {
        &self.layout
    }
}

impl TypeData {
    /// Whether instances have a `__dict__` (of their own, or kept in their slots' holder).
    pub fn exposes_dict(&self) -> bool {
        self.instance_dict && (!self.dict_holds_slots || self.holder_has_dict)
    }

    pub fn name(&self) -> String {
        self.name.read().clone()
    }

    /// The type's namespace as a `Dict`.
    pub fn namespace(&self) -> &Dict {
        &self.dict
    }

    /// Call after changing the namespace.
    pub fn bump_version(&self) {
        self.version.store(new_version(), Ordering::Release);
    }
}

/// The `TypeData` of a type object.
pub fn type_data(class: &ObjRef) -> &TypeData {
    match class.payload() {
        Payload::Type(data) => data,
        _ => unreachable!("an object's class is always a type"),
    }
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

/// A fresh type version: never given out twice in the life of the process, so that a
/// version alone names a type and the state of its namespace (the attribute cache relies on
/// it); 0 is never given out.
pub fn new_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// One entry of the per-thread method cache.
#[derive(Clone, Default)]
struct CacheEntry {
    class: usize,
    version: u64,
    name: usize,
    value: Option<Value>,
}

const METHOD_CACHE_SIZE: usize = 4096;

thread_local! {
    /// A direct-mapped cache of `lookup` results, keyed by class, its version and the name
    /// (CPython's type attribute cache, but per thread so that it needs no lock).
    static METHOD_CACHE: RefCell<Vec<CacheEntry>> = RefCell::new(vec![CacheEntry::default(); METHOD_CACHE_SIZE]);
}

/// Forgets this thread's cached lookups (`sys._clear_type_cache`).
pub fn clear_method_cache() {
    let fresh = vec![CacheEntry::default(); METHOD_CACHE_SIZE];
    // The old entries are dropped after the cache is released: freeing a value may look up
    // names again.
    let old = METHOD_CACHE.try_with(|cache| std::mem::replace(&mut *cache.borrow_mut(), fresh));
    drop(old);
}

/// Looks `name` (an interned str) up along the MRO of `class`, as `_PyType_Lookup` does:
/// the first class whose namespace has it wins; no descriptor is invoked.
pub fn lookup(class: &ObjRef, name: &ObjRef) -> Option<Value> {
    if !name.is_immortal() {
        return lookup_uncached(class, name);
    }
    let version = type_data(class).version.load(Ordering::Acquire);
    let slot = crate::attr_cache::cache_slot(class.addr(), 0, name.addr(), METHOD_CACHE_SIZE);
    // `try_with`: while the thread ends, the cache is being dropped, and the objects it frees
    // may still look names up (for `__del__`).
    let cached = METHOD_CACHE.try_with(|cache| {
        let cache = cache.borrow();
        let entry = &cache[slot];
        (entry.class == class.addr() && entry.version == version && entry.name == name.addr())
            .then(|| entry.value.clone())
    });
    match cached {
        Ok(Some(found)) => return found,
        Err(_) => return lookup_uncached(class, name),
        Ok(None) => {}
    }
    let value = lookup_uncached(class, name);
    let entry = CacheEntry { class: class.addr(), version, name: name.addr(), value: value.clone() };
    let old = METHOD_CACHE.try_with(|cache| std::mem::replace(&mut cache.borrow_mut()[slot], entry));
    drop(old);
    value
}

fn lookup_uncached(class: &ObjRef, name: &ObjRef) -> Option<Value> {
    let data = type_data(class);
    let mro = data.mro.read();
    for base in mro.iter() {
        if let Some(value) = type_data(base).namespace().get_str(name) {
            return Some(value);
        }
    }
    None
}

/// Whether `sub` is `base` or derives from it.
pub fn is_subtype(sub: &ObjRef, base: &ObjRef) -> bool {
    if ObjRef::ptr_eq(sub, base) {
        return true;
    }
    type_data(sub).mro.read().iter().any(|t| ObjRef::ptr_eq(t, base))
}

/// Creates an immortal builtin type with the given bases; its namespace is filled later.
pub(crate) fn new_builtin_type(
    metatype: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    kind: BaseKind,
    subclassable: bool,
) -> ObjRef {
    make_builtin_type(metatype, name, bases, kind, subclassable, kind == BaseKind::Exception, false)
}

/// `new_builtin_type` for a native type whose instances can be weakly referenced, as can those
/// of its subclasses, `__slots__` or not (`collections.deque`).
pub(crate) fn new_weakrefable_builtin_type(metatype: &ObjRef, name: &str, bases: &[ObjRef], kind: BaseKind) -> ObjRef {
    make_builtin_type(metatype, name, bases, kind, true, false, true)
}

/// `new_builtin_type` for a type whose instances have a `__dict__`.
pub(crate) fn new_builtin_type_with_instance_dict(
    metatype: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    kind: BaseKind,
    subclassable: bool,
) -> ObjRef {
    make_builtin_type(metatype, name, bases, kind, subclassable, true, false)
}

fn make_builtin_type(
    metatype: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    kind: BaseKind,
    subclassable: bool,
    instance_dict: bool,
    weakrefable: bool,
) -> ObjRef {
    let data = TypeData {
        layout: Box::new(TypeLayout {
            name: RwLock::new(name.to_string()),
            qualname: RwLock::new(name.to_string()),
            bases: RwLock::new(bases.to_vec()),
            mro: RwLock::new(Vec::new()),
            dict: Dict::new(),
            shape: None,
        }),
        kind,
        heap: false,
        instance_dict,
        subclassable,
        slot_count: 0,
        dict_holds_slots: false,
        holder_has_dict: false,
        weakrefable,
        version: AtomicU64::new(new_version()),
        defines_class: std::sync::atomic::AtomicBool::new(false),
        weakly_referenced: std::sync::atomic::AtomicBool::new(false),
        abstract_methods: std::sync::atomic::AtomicBool::new(false),
    };
    let class = ObjRef::new_immortal(metatype.clone(), None, OwnedPayload::Type(data));
    let mut mro = vec![class.clone()];
    if let Some(base) = bases.first() {
        mro.extend(type_data(base).mro.read().iter().cloned());
    }
    *type_data(&class).mro.write() = mro;
    class
}

/// Sets `name` in a builtin type's namespace (while the builtin types are being set up).
pub(crate) fn set_builtin_attr(class: &ObjRef, name: &str, value: Value) {
    type_data(class).namespace().set_str(&intern(name), value);
}

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $base:ident, $kind:ident, $subclassable:literal;)*) => {
        /// The builtin types, made once per process.
        pub struct Types {
            pub object: ObjRef,
            pub type_: ObjRef,
            $(pub $field: ObjRef,)*
        }

        impl Types {
            /// Every type made here but `type` (whose attributes are its own getters).
            pub fn all_but_type(&self) -> Vec<&ObjRef> {
                vec![&self.object, $(&self.$field,)*]
            }
        }

        fn make_types() -> Types {
            // `type` is its own class, and derives from `object`, whose class is `type`.
            let type_ = ObjRef::new_own_type(OwnedPayload::Type(TypeData {
                layout: Box::new(TypeLayout {
                    name: RwLock::new("type".into()),
                    qualname: RwLock::new("type".into()),
                    bases: RwLock::new(Vec::new()),
                    mro: RwLock::new(Vec::new()),
                    dict: Dict::new(),
                    shape: None,
                }),
                kind: BaseKind::Type,
                heap: false,
                instance_dict: true,
                subclassable: true,
                slot_count: 0,
                dict_holds_slots: false,
                holder_has_dict: false,
                weakrefable: false,
                version: AtomicU64::new(new_version()),
                defines_class: std::sync::atomic::AtomicBool::new(false),
                weakly_referenced: std::sync::atomic::AtomicBool::new(false),
                abstract_methods: std::sync::atomic::AtomicBool::new(false),
            }));
            let object = new_builtin_type(&type_, "object", &[], BaseKind::Object, true);
            *type_data(&type_).bases.write() = vec![object.clone()];
            *type_data(&type_).mro.write() = vec![type_.clone(), object.clone()];
            let mut types = Types { object: object.clone(), type_: type_.clone(), $($field: object.clone(),)* };
            $(types.$field = {
                let base = builtin_types!(@base types, $base);
                new_builtin_type(&type_, $name, &[base], BaseKind::$kind, $subclassable)
            };)*
            types
        }
    };
    (@base $types:ident, object) => { $types.object.clone() };
    (@base $types:ident, $base:ident) => { $types.$base.clone() };
}

builtin_types! {
    int: "int", object, Int, true;
    bool_: "bool", int, Bool, false;
    float: "float", object, Float, true;
    complex: "complex", object, Complex, true;
    str: "str", object, Str, true;
    bytes: "bytes", object, Bytes, true;
    bytearray: "bytearray", object, ByteArray, true;
    memoryview: "memoryview", object, Other, false;
    mappingproxy: "mappingproxy", object, Other, false;
    getset_descriptor: "getset_descriptor", object, Other, false;
    generic_alias: "GenericAlias", object, Other, true;
    union_type: "UnionType", object, Other, false;
    type_var: "TypeVar", object, Other, false;
    param_spec: "ParamSpec", object, Other, false;
    type_var_tuple: "TypeVarTuple", object, Other, false;
    type_alias_type: "TypeAliasType", object, Other, false;
    tuple: "tuple", object, Tuple, true;
    list: "list", object, List, true;
    dict: "dict", object, Dict, true;
    set: "set", object, Set, true;
    frozenset: "frozenset", object, FrozenSet, true;
    range: "range", object, Other, false;
    slice: "slice", object, Other, false;
    none_type: "NoneType", object, Other, false;
    not_implemented_type: "NotImplementedType", object, Other, false;
    ellipsis_type: "ellipsis", object, Other, false;
    function: "function", object, Other, false;
    builtin_function: "builtin_function_or_method", object, Other, false;
    method_descriptor: "method_descriptor", object, Other, false;
    wrapper_descriptor: "wrapper_descriptor", object, Other, false;
    method_wrapper: "method-wrapper", object, Other, false;
    method: "method", object, Other, false;
    code: "code", object, Other, false;
    cell: "cell", object, Other, false;
    module: "module", object, Module, true;
    generator: "generator", object, Other, false;
    coroutine: "coroutine", object, Other, false;
    coroutine_wrapper: "coroutine_wrapper", object, Other, false;
    async_generator: "async_generator", object, Other, false;
    property: "property", object, Other, true;
    classmethod: "classmethod", object, Other, true;
    staticmethod: "staticmethod", object, Other, true;
    super_: "super", object, Other, true;
    member_descriptor: "member_descriptor", object, Other, false;
    frame: "frame", object, Other, false;
    traceback: "traceback", object, Other, false;
    iterator: "iterator", object, Other, false;
    list_iterator: "list_iterator", object, Other, false;
    tuple_iterator: "tuple_iterator", object, Other, false;
    str_ascii_iterator: "str_ascii_iterator", object, Other, false;
    str_iterator: "str_iterator", object, Other, false;
    bytes_iterator: "bytes_iterator", object, Other, false;
    bytearray_iterator: "bytearray_iterator", object, Other, false;
    range_iterator: "range_iterator", object, Other, false;
    longrange_iterator: "longrange_iterator", object, Other, false;
    dict_keyiterator: "dict_keyiterator", object, Other, false;
    dict_valueiterator: "dict_valueiterator", object, Other, false;
    dict_itemiterator: "dict_itemiterator", object, Other, false;
    set_iterator: "set_iterator", object, Other, false;
    callable_iterator: "callable_iterator", object, Other, false;
    reversed: "reversed", object, Other, true;
    list_reverseiterator: "list_reverseiterator", object, Other, false;
    enumerate: "enumerate", object, Other, true;
    zip: "zip", object, Other, true;
    map: "map", object, Other, true;
    filter: "filter", object, Other, true;
    generic: "Generic", object, Object, true;
    async_generator_asend: "async_generator_asend", object, Other, false;
    async_generator_athrow: "async_generator_athrow", object, Other, false;
    dict_keys: "dict_keys", object, Other, false;
    dict_values: "dict_values", object, Other, false;
    dict_items: "dict_items", object, Other, false;
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The builtin types.
pub fn types() -> &'static Types {
    TYPES.get_or_init(make_types)
}

impl Types {
    /// The classes of the native iterators (`Payload::Iterator`), which share their methods.
    pub fn iterator_classes(&self) -> [&ObjRef; 20] {
        [
            &self.iterator,
            &self.list_iterator,
            &self.tuple_iterator,
            &self.str_ascii_iterator,
            &self.str_iterator,
            &self.bytes_iterator,
            &self.bytearray_iterator,
            &self.range_iterator,
            &self.longrange_iterator,
            &self.dict_keyiterator,
            &self.dict_valueiterator,
            &self.dict_itemiterator,
            &self.set_iterator,
            &self.callable_iterator,
            &self.reversed,
            &self.list_reverseiterator,
            &self.enumerate,
            &self.zip,
            &self.map,
            &self.filter,
        ]
    }
}

/// The class of a value.
pub fn class_of(value: &Value) -> &ObjRef {
    let t = types();
    match value {
        Value::Obj(obj) => &obj.class,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Bool(_) => &t.bool_,
        Value::None => &t.none_type,
        Value::Null => &t.none_type,
    }
}

/// `type(value).__name__`, for messages.
/// The type's name as CPython's messages show it (`tp_name`): builtin types that belong to a
/// module other than `builtins` are shown with it (`_io.TextIOWrapper`, `types.SimpleNamespace`).
pub fn type_name(value: &Value) -> String {
    class_name(class_of(value))
}

/// A type's name as CPython's messages show it (see `type_name`).
pub fn class_name(class: &ObjRef) -> String {
    let data = type_data(class);
    if !data.heap {
        let module = data.namespace().get_str(&crate::objects::str::intern_static("__module__"));
        if let Some(module) = module.as_ref().and_then(crate::objects::str::as_pystr) {
            let module = module.as_str();
            if module != "builtins" {
                return format!("{module}.{}", data.name());
            }
        }
    }
    data.name()
}

/// The classes that name `base` among their bases, as (base address, class address): weakly,
/// since a class lives as long as anything refers to it, and this list is only for
/// `__subclasses__` and cache invalidation. A class leaves it when it is freed
/// (`forget_subclass`, under the lock, so a listed address is always of a live object).
fn subclass_registry() -> &'static parking_lot::Mutex<Vec<(usize, usize)>> {
    static REGISTRY: OnceLock<parking_lot::Mutex<Vec<(usize, usize)>>> = OnceLock::new();
    REGISTRY.get_or_init(|| parking_lot::Mutex::new(Vec::new()))
}

pub fn register_subclass(base: &ObjRef, class: &ObjRef) {
    subclass_registry().lock().push((base.addr(), class.addr()));
}

/// `class` is no longer a subclass of `base` (its `__bases__` changed).
pub fn unregister_subclass(base: &ObjRef, class: &ObjRef) {
    let pair = (base.addr(), class.addr());
    let mut registry = subclass_registry().lock();
    if let Some(at) = registry.iter().position(|p| *p == pair) {
        registry.remove(at);
    }
}

/// Called while a class is freed: it is no longer anyone's subclass.
pub(crate) fn forget_subclass(class: &crate::value::PyObject) {
    let address = std::ptr::from_ref(class) as usize;
    subclass_registry().lock().retain(|&(_, c)| c != address);
}

pub fn subclasses_of(base: &ObjRef) -> Vec<ObjRef> {
    let registry = subclass_registry().lock();
    registry
        .iter()
        .filter(|(b, _)| *b == base.addr())
        // SAFETY: listed classes are alive while the lock is held (see `subclass_registry`);
        // one whose count already reached zero is skipped.
        .filter_map(|&(_, c)| {
            #[allow(unsafe_code)]
            unsafe {
                ObjRef::upgrade(c as *const crate::value::PyObject)
            }
        })
        .collect()
}

/// After a class's namespace changed, its subclasses' lookup caches are stale too.
pub fn invalidate_subclasses(class: &Value) {
    let Some(class) = class.as_obj() else { return };
    for sub in subclasses_of(class) {
        type_data(&sub).bump_version();
        invalidate_subclasses(&Value::Obj(sub));
    }
}

/// `obj.__class__ = value`: allowed between classes made by Python code whose instances have
/// the same layout, as CPython allows it.
pub fn set_class(obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    let new = match &value {
        Value::Obj(class) if matches!(class.payload(), Payload::Type(_)) => class.clone(),
        other => {
            return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name(other))))
        }
    };
    let Value::Obj(instance) = obj else {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    let (old_data, new_data) = (type_data(&instance.class), type_data(&new));
    // Instances of classes made by Python code (whatever their builtin base), and modules.
    let module = matches!(instance.payload(), Payload::Module) && new_data.kind == BaseKind::Module;
    if !module && (!old_data.heap || !new_data.heap) {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if old_data.kind != new_data.kind
        || (!module && !same_layout(&instance.class, &new))
        || old_data.slot_count != new_data.slot_count
        || (!module && old_data.instance_dict != new_data.instance_dict)
        || old_data.dict_holds_slots != new_data.dict_holds_slots
        || old_data.holder_has_dict != new_data.holder_has_dict
        || (!module && old_data.weakrefable != new_data.weakrefable)
    {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_data.name(),
            old_data.name()
        )));
    }
    // The shape that places the attributes is the old class's: they move to a dict first.
    drop(crate::objects::shape::instance_dict(instance));
    // SAFETY: Python code runs on one thread at a time so far (see `ClassSlot::replace`).
    #[allow(unsafe_code)]
    unsafe {
        instance.class.replace(new);
    }
    Ok(())
}

/// The base whose layout a class with these bases extends (`__base__`): one of a builtin
/// kind other than object, else the one with the most slots (the first of equals).
pub fn best_base(bases: &[ObjRef]) -> Option<ObjRef> {
    let rank = |b: &ObjRef| {
        let data = type_data(b);
        (data.kind != BaseKind::Object, data.slot_count)
    };
    let mut best: Option<&ObjRef> = None;
    for base in bases {
        if best.is_none_or(|b| rank(base) > rank(b)) {
            best = Some(base);
        }
    }
    best.cloned()
}

/// The layout base of a class (see `best_base`).
fn layout_base(class: &ObjRef) -> Option<ObjRef> {
    best_base(&type_data(class).bases.read())
}

/// The names of the slots a class adds itself, sorted (its member descriptors).
fn own_slots(class: &ObjRef) -> Vec<String> {
    let mut names: Vec<String> = type_data(class)
        .namespace()
        .values()
        .into_iter()
        .filter_map(|v| match v.payload() {
            Some(Payload::Member(MemberData { name, owner, .. })) if ObjRef::ptr_eq(owner, class) => {
                crate::objects::str::as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned())
            }
            _ => None,
        })
        .collect();
    names.sort();
    names
}

/// The class whose instance size `class`'s instances have (CPython's `solid_base`): going
/// down the layout bases past the classes made by Python code that add no slots (a `__dict__`
/// and a `__weakref__` of theirs are kept outside the instance, as in CPython 3.12).
pub fn solid_base(class: &ObjRef) -> ObjRef {
    let mut class = class.clone();
    for _ in 0..10_000 {
        if !type_data(&class).heap || !own_slots(&class).is_empty() {
            break;
        }
        match layout_base(&class) {
            Some(base) => class = base,
            None => break,
        }
    }
    class
}

/// `solid_base`, with what that class adds to its layout base, and that base.
fn solid(mut class: ObjRef) -> (ObjRef, Option<(ObjRef, Added)>) {
    // Chains of bases are short; the bound guards against a cycle.
    for _ in 0..10_000 {
        if !type_data(&class).heap {
            break;
        }
        let Some(base) = layout_base(&class) else { break };
        match added_layout(&class, &base) {
            Some(added) => return (class, Some((base, added))),
            None => class = base,
        }
    }
    (class, None)
}

/// Slot names, dict, weak reference list (see `added_layout`).
type Added = (Vec<String>, bool, bool);

/// What a class adds to the instances of its layout base: its own slots, a `__dict__`, a
/// `__weakref__`; None for a class that adds nothing.
fn added_layout(class: &ObjRef, base: &ObjRef) -> Option<Added> {
    let (data, base_data) = (type_data(class), type_data(base));
    let slots = own_slots(class);
    let dict = data.exposes_dict() && !base_data.exposes_dict();
    let weakref = data.weakrefable && !base_data.weakrefable;
    (!slots.is_empty() || dict || weakref).then_some((slots, dict, weakref))
}

/// CPython's test for `__class__` assignment: going down each class's layout bases past the
/// classes that add nothing, both reach the same class, or two classes on the same base that
/// add the same slots (by name), dict and weak reference list.
pub(crate) fn same_layout(old: &ObjRef, new: &ObjRef) -> bool {
    let (old_solid, old_added) = solid(old.clone());
    let (new_solid, new_added) = solid(new.clone());
    if ObjRef::ptr_eq(&old_solid, &new_solid) {
        return true;
    }
    match (old_added, new_added) {
        (Some((old_base, old_added)), Some((new_base, new_added))) => {
            ObjRef::ptr_eq(&old_base, &new_base) && old_added == new_added
        }
        _ => false,
    }
}

/// `type.__flags__`: CPython 3.12's `Py_TPFLAGS_*` bits as far as they describe this
/// implementation's types too (heap type, base type, abstract, the `*_SUBCLASS` bits, sequence
/// and mapping, pattern matching of self, where instances keep their dict and weak references).
/// Nothing reads them back: they are for Python code that inspects classes (`inspect`, `copyreg`).
pub fn type_flags(class: &ObjRef) -> i64 {
    const STATIC_BUILTIN: i64 = 1 << 1;
    const MANAGED_WEAKREF: i64 = 1 << 3;
    const MANAGED_DICT: i64 = 1 << 4;
    const SEQUENCE: i64 = 1 << 5;
    const MAPPING: i64 = 1 << 6;
    const IMMUTABLETYPE: i64 = 1 << 8;
    const HEAPTYPE: i64 = 1 << 9;
    const BASETYPE: i64 = 1 << 10;
    const HAVE_VECTORCALL: i64 = 1 << 11;
    const READY: i64 = 1 << 12;
    const HAVE_GC: i64 = 1 << 14;
    const VALID_VERSION_TAG: i64 = 1 << 19;
    const IS_ABSTRACT: i64 = 1 << 20;
    const MATCH_SELF: i64 = 1 << 22;
    const ITEMS_AT_END: i64 = 1 << 23;
    let data = type_data(class);
    let t = types();
    let mut flags = READY;
    if data.subclassable {
        flags |= BASETYPE;
    }
    if data.heap {
        flags |= HEAPTYPE | HAVE_GC;
    } else {
        flags |= STATIC_BUILTIN | IMMUTABLETYPE | VALID_VERSION_TAG;
    }
    if data.abstract_methods.load(std::sync::atomic::Ordering::Relaxed) {
        flags |= IS_ABSTRACT;
    }
    let kind = data.kind;
    flags |= match kind {
        BaseKind::Int | BaseKind::Bool => 1 << 24,
        BaseKind::List => 1 << 25,
        BaseKind::Tuple => 1 << 26,
        BaseKind::Bytes => 1 << 27,
        BaseKind::Str => 1 << 28,
        BaseKind::Dict => 1 << 29,
        BaseKind::Exception => 1 << 30,
        BaseKind::Type => 1 << 31,
        _ => 0,
    };
    if matches!(kind, BaseKind::List | BaseKind::Tuple)
        || ObjRef::ptr_eq(class, &t.range)
        || ObjRef::ptr_eq(class, &t.memoryview)
    {
        flags |= SEQUENCE;
    }
    if kind == BaseKind::Dict {
        flags |= MAPPING;
    }
    use BaseKind::*;
    if matches!(kind, Int | Bool | Float | Str | Bytes | ByteArray | Tuple | List | Dict | Set | FrozenSet) {
        flags |= MATCH_SELF;
    }
    if matches!(kind, Tuple | List | Dict | Set | FrozenSet | Exception | Type | Module)
        || ObjRef::ptr_eq(class, &t.memoryview)
    {
        flags |= HAVE_GC;
    }
    if kind == Type {
        flags |= HAVE_VECTORCALL | ITEMS_AT_END;
    }
    if data.heap && data.instance_dict {
        if !matches!(kind, Exception | Type | Module) {
            flags |= MANAGED_DICT;
        }
        if !matches!(kind, Int | Bool | Bytes | Tuple | Type | Module) {
            flags |= MANAGED_WEAKREF;
        }
    }
    flags
}
