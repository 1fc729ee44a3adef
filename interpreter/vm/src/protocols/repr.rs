//! `repr()` and `str()`: native for builtin payloads, `__repr__`/`__str__` otherwise, with
//! CPython's guard against containers that contain themselves (`[...]`).

use std::cell::RefCell;

use ferrython_ast::repr::{bytes_repr, complex_repr, float_repr, str_repr};

use crate::call::call_method;
use crate::objects::exception::type_error;
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{DictViewData, MemberData, Payload, PyString, RangeData, SliceData, SuperData};
use crate::protocols::special;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

thread_local! {
    /// The containers whose repr is being made on this thread (for `[...]`).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `repr(value)` as Rust text.
pub fn repr(thread: &mut Thread, value: &Value) -> PyResult<String> {
    match value {
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(float_repr(*f)),
        Value::Null => return Ok("<NULL>".into()),
        Value::Obj(obj) => {
            if type_data(&obj.class).heap {
                return repr_via_dunder(thread, value);
            }
            if let Some(text) =
                thread.nested_for(" while getting the repr of an object", |thread| native_repr(thread, obj))?
            {
                return Ok(text);
            }
        }
    }
    repr_via_dunder(thread, value)
}

fn repr_via_dunder(thread: &mut Thread, value: &Value) -> PyResult<String> {
    let method = special(value, "__repr__").ok_or_else(|| type_error("object has no __repr__"))?;
    let result = thread.nested(|thread| call_method(thread, &method, value, std::slice::from_ref(value)))?;
    match as_pystr(&result) {
        Some(s) => Ok(s.as_str().into_owned()),
        None => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&result)))),
    }
}

/// `str(value)` as Rust text.
pub fn to_str(thread: &mut Thread, value: &Value) -> PyResult<String> {
    if let Value::Obj(obj) = value {
        if let Payload::Str(s) = obj.payload() {
            if !type_data(&obj.class).heap || special(value, "__str__").is_some_and(|m| is_native(&m)) {
                return Ok(s.as_str().into_owned());
            }
        }
        if type_data(&obj.class).heap {
            let method = special(value, "__str__").ok_or_else(|| type_error("object has no __str__"))?;
            // A native `__str__` other than object's is called too: `__str__ = int.__repr__`
            // in a subclass of int (IntEnum) shows the number, not the subclass's repr.
            let own_native = is_native(&method)
                && !crate::protocols::attr::is_object_method(&method, "__str__")
                && !matches!(obj.payload(), Payload::Str(_) | Payload::Exception(_) | Payload::Native(_));
            if !is_native(&method) || own_native {
                let result =
                    thread.nested(|thread| call_method(thread, &method, value, std::slice::from_ref(value)))?;
                return match as_pystr(&result) {
                    Some(s) => Ok(s.as_str().into_owned()),
                    None => Err(type_error(format!("__str__ returned non-string (type {})", type_name(&result)))),
                };
            }
        }
        if let Payload::Exception(_) = obj.payload() {
            return crate::builtins::exception_str(thread, obj);
        }
        if let Payload::Bytes(_) | Payload::ByteArray(_) = obj.payload() {
            crate::warnings::bytes_warning(thread, || {
                format!("str() on a {} instance", crate::objects::typeobj::type_data(&obj.class).name())
            })?;
        }
        // A native module's type may define its own `__str__` (mappingproxy shows its mapping).
        if let Payload::Native(_) = obj.payload() {
            if let Some(method) = special(value, "__str__") {
                if !crate::protocols::attr::is_object_method(&method, "__str__") {
                    let result = call_method(thread, &method, value, std::slice::from_ref(value))?;
                    if let Some(s) = as_pystr(&result) {
                        return Ok(s.as_str().into_owned());
                    }
                }
            }
        }
    }
    repr(thread, value)
}

/// `str(value)` as a str object: the value itself when it is an exact str, and what a Python
/// `__str__` (or, through `object.__str__`, a Python `__repr__`) returned, a str subclass
/// included.
pub fn to_str_value(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    match value {
        Value::Obj(obj) if matches!(obj.payload(), Payload::Str(_)) && !type_data(&obj.class).heap => {
            return Ok(value.clone())
        }
        Value::Int(i) => return Ok(crate::objects::str::int_str(*i)),
        Value::Obj(obj) if type_data(&obj.class).heap => {
            if let Some(method) = special(value, "__str__") {
                if !is_native(&method) {
                    return call_returning_str(thread, &method, value, "__str__");
                }
                if crate::protocols::attr::is_object_method(&method, "__str__") {
                    return repr_value(thread, value);
                }
            }
        }
        _ => {}
    }
    Ok(new_str(to_str(thread, value)?))
}

/// `repr(value)` as a str object: what a Python `__repr__` returned, a str subclass included.
pub fn repr_value(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    if let Value::Obj(obj) = value {
        if type_data(&obj.class).heap {
            if let Some(method) = special(value, "__repr__").filter(|m| !is_native(m)) {
                return call_returning_str(thread, &method, value, "__repr__");
            }
        }
    }
    Ok(new_str(repr(thread, value)?))
}

/// Calls `value`'s `__str__` or `__repr__` (`name`), which must return a str.
fn call_returning_str(thread: &mut Thread, method: &Value, value: &Value, name: &str) -> PyResult<Value> {
    let result = thread.nested(|thread| call_method(thread, method, value, std::slice::from_ref(value)))?;
    if as_pystr(&result).is_none() {
        return Err(type_error(format!("{name} returned non-string (type {})", type_name(&result))));
    }
    Ok(result)
}

fn is_native(method: &Value) -> bool {
    matches!(method.payload(), Some(Payload::Builtin(_)))
}

/// Runs `f` (which shows `obj`) unless `obj` is already being shown on this thread (a container
/// holding itself): then None.
pub fn guarded(obj: &ObjRef, f: impl FnOnce() -> PyResult<String>) -> PyResult<Option<String>> {
    let addr = obj.addr();
    if REPR_ACTIVE.with(|active| active.borrow().contains(&addr)) {
        return Ok(None);
    }
    REPR_ACTIVE.with(|active| active.borrow_mut().push(addr));
    let result = f();
    REPR_ACTIVE.with(|active| active.borrow_mut().retain(|&a| a != addr));
    result.map(Some)
}

fn join_reprs(thread: &mut Thread, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(thread, item)?);
    }
    Ok(out)
}

/// The repr of a builtin payload; None when the class's `__repr__` should decide.
fn native_repr(thread: &mut Thread, obj: &ObjRef) -> PyResult<Option<String>> {
    Ok(Some(match obj.payload() {
        Payload::Str(s) => str_repr(s.code_points().collect::<Vec<_>>().into_iter()),
        Payload::Int(big) => crate::objects::int::big_to_decimal(big)?,
        Payload::Float(f) => float_repr(*f),
        Payload::Complex((re, im)) => complex_repr(*re, *im),
        Payload::Bytes(b) => bytes_repr(b),
        Payload::ByteArray(b) => {
            // CPython escapes a single quote inside a bytearray's repr even between double quotes.
            let inner = bytes_repr(&b.lock());
            let inner = if inner.starts_with("b\"") {
                format!("b\"{}\"", inner[2..inner.len() - 1].replace('\'', "\\'"))
            } else {
                inner
            };
            format!("{}({inner})", type_data(&obj.class).name())
        }
        // Struct sequences (builtin tuple subclasses) have their own `__repr__`.
        Payload::Tuple(items)
            if type_data(&obj.class).heap || ObjRef::ptr_eq(&obj.class, &crate::objects::typeobj::types().tuple) =>
        {
            let items = items.to_vec();
            match guarded(obj, || join_reprs(thread, &items))? {
                Some(inner) if items.len() == 1 => format!("({inner},)"),
                Some(inner) => format!("({inner})"),
                None => "(...)".into(),
            }
        }
        Payload::List(items) => {
            // Item by item from the live list, as CPython does: a __repr__ may change it.
            let live = || -> PyResult<String> {
                let mut out = String::new();
                let mut i = 0;
                loop {
                    // The lock is released before the item's __repr__ runs.
                    let next = items.lock().get(i);
                    let Some(item) = next else { break };
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(thread, &item)?);
                    i += 1;
                }
                Ok(out)
            };
            match guarded(obj, live)? {
                Some(inner) => format!("[{inner}]"),
                None => "[...]".into(),
            }
        }
        Payload::Dict(dict) => {
            let items = dict.items();
            let text = guarded(obj, || {
                let mut out = String::from("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(thread, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(thread, v)?);
                }
                out.push('}');
                Ok(out)
            })?;
            text.unwrap_or_else(|| "{...}".into())
        }
        Payload::Set(dict) | Payload::FrozenSet(dict) => {
            let keys = dict.set_order();
            let name = type_data(&obj.class).name();
            let frozen = matches!(obj.payload(), Payload::FrozenSet(_));
            if keys.is_empty() {
                return Ok(Some(format!("{name}()")));
            }
            let text = guarded(obj, || join_reprs(thread, &keys))?;
            match text {
                Some(inner) if frozen || !ObjRef::ptr_eq(&obj.class, &crate::objects::typeobj::types().set) => {
                    format!("{name}({{{inner}}})")
                }
                Some(inner) => format!("{{{inner}}}"),
                None => format!("{name}(...)"),
            }
        }
        Payload::Super(SuperData { this_class, obj, .. }) if obj.is_null() => {
            format!("<super: <class '{}'>, NULL>", type_data(this_class).name())
        }
        Payload::Super(SuperData { this_class, obj_class, .. }) => {
            format!("<super: <class '{}'>, <{} object>>", type_data(this_class).name(), type_data(obj_class).name())
        }
        Payload::Range(RangeData { start, stop, step }) => {
            let (a, b) = (repr(thread, start)?, repr(thread, stop)?);
            match step {
                Value::Int(1) => format!("range({a}, {b})"),
                other => format!("range({a}, {b}, {})", repr(thread, other)?),
            }
        }
        Payload::Slice(SliceData { start, stop, step }) => {
            format!("slice({}, {}, {})", repr(thread, start)?, repr(thread, stop)?, repr(thread, step)?)
        }
        Payload::Type(data) => {
            let module = crate::attributes::type_module(obj);
            match module.as_deref() {
                Some("builtins") | None => format!("<class '{}'>", data.qualname.read()),
                Some(m) => format!("<class '{m}.{}'>", data.qualname.read()),
            }
        }
        Payload::Function(f) => {
            let qualname = f.qualname.lock().clone();
            format!(
                "<function {} at {:#x}>",
                crate::protocols::str_arg(&qualname, "name").unwrap_or_default(),
                obj.addr()
            )
        }
        Payload::Builtin(b) => match (&b.bound, &b.owner) {
            (Some(bound), _) if ObjRef::ptr_eq(&obj.class, &types().method_wrapper) => {
                format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, type_name(bound), bound_addr(bound))
            }
            (Some(bound), _) if !matches!(bound, Value::Obj(o) if matches!(o.payload(), Payload::Module)) => {
                format!("<built-in method {} of {} object at {:#x}>", b.name, type_name(bound), bound_addr(bound))
            }
            (None, Some(owner)) if ObjRef::ptr_eq(&obj.class, &types().wrapper_descriptor) => {
                format!("<slot wrapper '{}' of '{}' objects>", b.name, type_data(owner).name())
            }
            // A static method of a builtin type (`str.maketrans`, `int.__new__`) is a function
            // of the type object there.
            (None, Some(owner)) if b.kind == crate::objects::function::BuiltinKind::StaticMethod => {
                format!("<built-in method {} of type object at {:#x}>", b.name, owner.addr())
            }
            (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, type_data(owner).name()),
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(m) => {
            // `__qualname__`, else `__name__`, else "?" (CPython's method_repr).
            let mut name = None;
            for attr in ["__qualname__", "__name__"] {
                if let Some(q) = crate::protocols::getattr_opt(thread, &m.func, attr)? {
                    name = as_pystr(&q).map(|s| s.as_str().into_owned());
                    break;
                }
            }
            let name = name.unwrap_or_else(|| "?".into());
            let this = repr(thread, &m.instance)?;
            format!("<bound method {name} of {this}>")
        }
        Payload::Module => crate::import::loader::module_repr(thread, obj)?,
        Payload::Code(code) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            code.name_str(),
            obj.addr(),
            code.filename_str(),
            code.firstlineno
        ),
        Payload::Frame(f) => {
            let line = match thread.frame_lineno(obj) {
                Value::Int(n) => n.to_string(),
                _ => "None".into(),
            };
            format!(
                "<frame at {:#x}, file '{}', line {line}, code {}>",
                obj.addr(),
                f.code.filename_str(),
                f.code.name_str()
            )
        }
        Payload::Cell(value) => {
            let value = value.lock().clone();
            if value.is_null() {
                format!("<cell at {:#x}: empty>", obj.addr())
            } else {
                format!("<cell at {:#x}: {} object at {:#x}>", obj.addr(), type_name(&value), bound_addr(&value))
            }
        }
        Payload::Singleton => {
            if crate::builtins::is_not_implemented(&Value::Obj(obj.clone())) {
                "NotImplemented".into()
            } else {
                "Ellipsis".into()
            }
        }
        Payload::Exception(_) => crate::builtins::exception_repr(thread, obj)?,
        Payload::Alias(alias) => crate::typing::alias_repr(thread, alias)?,
        Payload::Generator(g) => format!("<{} object {} at {:#x}>", g.kind_name(), g.qualname_text(), obj.addr()),
        Payload::DictView(DictViewData { dict, kind }) => {
            let name = type_data(&obj.class).name();
            let d = crate::objects::dict_of(dict);
            let items: Vec<Value> = match (d, kind) {
                (Some(d), crate::objects::iter::DictViewKind::Keys) => d.keys(),
                (Some(d), crate::objects::iter::DictViewKind::Values) => d.values(),
                (Some(d), crate::objects::iter::DictViewKind::Items) => {
                    d.items().into_iter().map(|(k, v)| crate::objects::tuple_of([k, v])).collect()
                }
                (None, _) => Vec::new(),
            };
            // A view that (through its dict) contains itself shows as `...`, as CPython's does.
            match guarded(obj, || join_reprs(thread, &items))? {
                Some(inner) => format!("{name}([{inner}])"),
                None => "...".into(),
            }
        }
        Payload::Property(_) => match crate::builtins::native_descriptor_repr(obj) {
            Some(text) => text,
            None => format!("<property object at {:#x}>", obj.addr()),
        },
        Payload::Member(MemberData { name, owner, .. }) => {
            let name = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
            format!("<member '{name}' of '{}' objects>", type_data(owner).name())
        }
        _ => return Ok(None),
    }))
}

fn bound_addr(value: &Value) -> usize {
    value.as_obj().map_or(0, ObjRef::addr)
}

/// The repr a builtin payload gives, whatever the object's class (the builtin `__repr__`s).
pub fn payload_repr(thread: &mut Thread, obj: &ObjRef) -> PyResult<String> {
    Ok(native_repr(thread, obj)?.unwrap_or_else(|| default_repr(&Value::Obj(obj.clone()))))
}

/// The default `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(value: &Value) -> String {
    let class = class_of(value);
    let name = type_data(class).qualname.read().clone();
    let module = crate::attributes::type_module(class);
    let prefix = match module.as_deref() {
        Some("builtins") | None => String::new(),
        Some(m) => format!("{m}."),
    };
    format!("<{prefix}{name} object at {:#x}>", bound_addr(value))
}

/// A str object's text, for display.
pub fn pystr_text(s: &PyString) -> String {
    s.as_str().into_owned()
}
