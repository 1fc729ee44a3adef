//! The `builtins` module and the methods of the builtin types.
//!
//! Each builtin type's methods live in the file named after it; `install` puts them in the
//! types' namespaces (once per process: builtin types are shared) and fills an interpreter's
//! `builtins` module.

pub(crate) mod arity;
mod bytes;
mod class_bases;
mod classes;
mod code;
mod coroutine_wrapper;
pub(crate) mod docs;
mod exception_group;
pub(crate) mod exceptions;
mod functions;
mod getset;
pub(crate) mod instance_check;
pub(crate) use class_bases::set_bases;
pub use functions::is_callable;
pub use getset::{add_native_getset, add_native_getters, add_native_member, set_getset_doc};
pub(crate) use getset::{is_native_descriptor, native_descriptor_attr, native_descriptor_repr};
pub use instance_check::{is_instance, is_subclass};
pub use namespace::{new_simple_namespace, simple_namespace_class};
mod interactive;
mod iter_reduce;
mod iterators;
pub(crate) mod mapping;
mod mappingproxy;
mod memoryview;
mod module;
mod namespace;
pub(crate) mod numbers;
mod os_error;
mod property;
mod range;
mod reduce;
pub(crate) mod sequences;
mod slots;
mod strings;
pub(crate) mod unicode_error;

use std::sync::{Arc, Once};

use crate::objects::function::{Builtin, BuiltinKind, NativeFn};
use crate::objects::str::{intern, intern_static};
use crate::objects::typeobj::{set_builtin_attr, types};
use crate::objects::{exception::exceptions, OwnedPayload};
use crate::thread::{Interp, Thread};
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub use crate::modules::codecs::{decode_text, decode_with, encode_text, encode_with};
pub use bytes::{bytearray_delitem, bytearray_getitem, bytearray_setitem, bytes_binary, bytes_like, new_bytearray};
pub use classes::{
    bind_super, call_type, check_type_name, generic_alias, new_instance, plain_init, super_getattr, super_method,
};
pub use exception_group::{
    except_star_match, is_group as is_exception_group, members as exception_group_members, prep_reraise_star,
};
pub use exceptions::{exception_repr, exception_str};
pub use mapping::container_compare;
pub use numbers::new_complex;
pub use numbers::{to_float as to_float_value, to_int as to_int_value};
pub use property::missing_accessor;
pub use range::{
    big_range_len, big_slice_indices, range_contains, range_getitem, range_iter_state, range_len, range_parts,
    ranges_equal,
};
pub(crate) use sequences::MAX_REPEAT_BYTES;
pub use sequences::{bytes_contains, list_set_slice, new_bytes, sequence_binary};
pub use strings::{ascii_of, decimal_value, is_alnum_char, py_isspace, str_find, str_getitem};

/// One native method of a builtin type.
pub struct Method {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
}

/// A method entry: `method!("append", list_append)`, or with a kind.
#[macro_export]
macro_rules! method {
    ($name:literal, $func:path) => {
        $crate::builtins::Method { name: $name, func: $func, kind: $crate::objects::function::BuiltinKind::Method }
    };
    ($name:literal, $func:path, $kind:ident) => {
        $crate::builtins::Method { name: $name, func: $func, kind: $crate::objects::function::BuiltinKind::$kind }
    };
}

/// An immortal native function object.
pub fn native_function(name: &'static str, func: NativeFn, kind: BuiltinKind, owner: Option<ObjRef>) -> Value {
    let t = types();
    // A type's methods are descriptors: CPython's slot wrappers for the dunders.
    let class = match (&owner, kind) {
        (Some(_), BuiltinKind::Method) if is_dunder(name) => &t.wrapper_descriptor,
        (Some(_), BuiltinKind::Method) => &t.method_descriptor,
        _ => &t.builtin_function,
    };
    let builtin = Builtin { name, func, kind, bound: None, owner, module: None };
    Value::Obj(ObjRef::new_immortal(class.clone(), None, OwnedPayload::Builtin(builtin)))
}

/// Whether a native method named `name` stands for a type slot (CPython's slot wrappers:
/// `object.__lt__`, `int.__add__`): the dunders, except those that are plain methods there
/// (`object.__reduce__`, `int.__round__`, ...), which are method descriptors.
fn is_dunder(name: &str) -> bool {
    const PLAIN_METHODS: &[&str] = &[
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
        "__sizeof__",
        "__format__",
        "__dir__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getnewargs__",
        "__getnewargs_ex__",
        "__reversed__",
        "__bytes__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__instancecheck__",
        "__subclasscheck__",
        "__subclasses__",
        "__copy__",
        "__deepcopy__",
        "__length_hint__",
        "__complex__",
        "__fspath__",
        "__missing__",
        "__getformat__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !PLAIN_METHODS.contains(&name)
}

/// A native method bound to `this` (`[].append`, `(1).__add__`, `dict.fromkeys`): a
/// `builtin_function_or_method`, or a `method-wrapper` for a dunder bound to an instance.
pub fn bind_builtin(builtin: &Builtin, this: Value) -> Value {
    let t = types();
    let class = if builtin.kind == BuiltinKind::Method && is_dunder(builtin.name) {
        &t.method_wrapper
    } else {
        &t.builtin_function
    };
    let bound = Builtin {
        name: builtin.name,
        func: builtin.func,
        kind: builtin.kind,
        bound: Some(this),
        owner: builtin.owner.clone(),
        module: builtin.module.clone(),
    };
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::Builtin(bound)))
}

/// Puts native methods into a builtin type's namespace.
pub fn add_methods(class: &ObjRef, methods: &[Method]) {
    for m in methods {
        set_builtin_attr(class, m.name, native_function(m.name, m.func, m.kind, Some(class.clone())));
    }
}

/// Read-only attributes computed by native getters, as CPython's getset descriptors.
pub fn add_getters(class: &ObjRef, getters: &[(&'static str, NativeFn)]) {
    add_native_getters(class, getters, false);
}

/// The singletons `NotImplemented` and `Ellipsis`.
struct Singletons {
    not_implemented: ObjRef,
    ellipsis: ObjRef,
}

fn singletons() -> &'static Singletons {
    static SINGLETONS: std::sync::OnceLock<Singletons> = std::sync::OnceLock::new();
    SINGLETONS.get_or_init(|| Singletons {
        not_implemented: ObjRef::new_immortal(types().not_implemented_type.clone(), None, OwnedPayload::Singleton),
        ellipsis: ObjRef::new_immortal(types().ellipsis_type.clone(), None, OwnedPayload::Singleton),
    })
}

pub fn not_implemented() -> Value {
    Value::Obj(singletons().not_implemented.clone())
}

pub fn is_not_implemented(value: &Value) -> bool {
    matches!(value, Value::Obj(o) if ObjRef::ptr_eq(o, &singletons().not_implemented))
}

pub fn ellipsis() -> Value {
    Value::Obj(singletons().ellipsis.clone())
}

/// Fills the builtin types' namespaces, once per process.
fn install_type_methods() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        classes::install();
        module::install();
        let _ = namespace::simple_namespace_class();
        numbers::install();
        strings::install();
        sequences::install();
        coroutine_wrapper::install();
        range::install();
        memoryview::install();
        bytes::install();
        reduce::install();
        mapping::install();
        mappingproxy::install();
        exceptions::install();
        exception_group::install();
        code::install();
        crate::typing::install();
        iterators::install();
        iter_reduce::install();
        property::install();
        property::install_members();
        getset::install();
        slots::install();
        // Every builtin type has a `__doc__`, CPython's text or None, which its instances
        // show (`None.__doc__`, `(1).__doc__`).
        let doc = intern_static("__doc__");
        let exception_types = crate::objects::exception::exceptions().all();
        for class in types().all_but_type().into_iter().chain(exception_types.iter().map(|(_, class)| *class)) {
            let data = crate::objects::typeobj::type_data(class);
            let namespace = data.namespace();
            if namespace.get_str(&doc).is_none_or(|d| d.is_none()) {
                namespace.set_str(&doc, docs::doc(&data.name()).map_or(Value::None, crate::objects::str::new_str));
            }
        }
        // The builtin types keep no `__module__` in their namespace (their instances have
        // none): `type.__module__` answers 'builtins' for them.
    });
}

/// Fills a new interpreter's `builtins` module.
pub fn install(interp: &Arc<Interp>) {
    install_type_methods();
    let dict = crate::ops::namespace(&interp.builtins_dict);
    let t = types();
    let set = |name: &str, value: Value| dict.set_str(&intern(name), value);
    set("__name__", Value::Obj(intern_static("builtins")));
    set("__doc__", Value::None);
    for (name, class) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
    ] {
        set(name, Value::Obj(class.clone()));
    }
    for (name, class) in exceptions().all() {
        set(name, Value::Obj(class.clone()));
    }
    set("EnvironmentError", Value::Obj(exceptions().os_error.clone()));
    set("IOError", Value::Obj(exceptions().os_error.clone()));
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("NotImplemented", not_implemented());
    set("Ellipsis", ellipsis());
    set("__debug__", Value::Bool(true));
    functions::install(dict);
    set("open", crate::modules::io::open_function());
}

/// Writes text to `sys.stdout` (the interpreter's stdout until `sys` exists).
pub fn write_stdout(thread: &mut Thread, text: &str) -> PyResult<()> {
    functions::write_to(thread, None, text)
}

/// `type.__dict__`: a read-only, live view of a class's namespace.
pub fn mapping_proxy(class: &ObjRef) -> Value {
    mappingproxy::class_namespace_proxy(class)
}

/// Marks a builtin mutable type unhashable (`__hash__ = None`).
pub fn set_unhashable(class: &ObjRef) {
    set_builtin_attr(class, "__hash__", Value::None);
}

/// Wraps `value` for `list[int]`-style subscripts of builtin classes.
pub fn builtin_generic(origin: Value, args: Value) -> Value {
    generic_alias(origin, args)
}
