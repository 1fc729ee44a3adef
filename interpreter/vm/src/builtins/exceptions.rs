//! `BaseException`'s methods: construction, `str()`, `repr()`, `with_traceback`, `add_note`.

use crate::method;
use crate::objects::exception::{exception_fields, exceptions, type_error};
use crate::objects::function::Args;
use crate::objects::str::{intern_static, new_str};
use crate::objects::typeobj::{class_of, type_data};
use crate::objects::{as_tuple, tuple, tuple_of, Payload, TracebackData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::{add_methods, os_error, unicode_error};

pub(super) fn install() {
    add_methods(&crate::objects::typeobj::types().traceback, &[method!("__dir__", traceback_dir)]);
    add_methods(
        &exceptions().base_exception,
        &[
            method!("__new__", exception_new, StaticMethod),
            method!("__init__", exception_init),
            method!("__str__", exception_str_method),
            method!("__repr__", exception_repr_method),
            method!("with_traceback", with_traceback),
            method!("add_note", add_note),
            method!("__reduce__", reduce),
            method!("__setstate__", set_state),
        ],
    );
}

/// `traceback.__dir__`: its four attributes only, as CPython lists them.
fn traceback_dir(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
    Ok(crate::objects::list(names.iter().map(|n| Value::Obj(intern_static(n))).collect()))
}

fn exception_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("BaseException.__new__(X): X is not a type"));
    };
    let given = &args.pos()[1..];
    let mut class = class.clone();
    let is_os_error = os_error::is_os_error(&class);
    if is_os_error && !os_error::parses_in_init(&class) && !args.kwnames.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", type_data(&class).name())));
    }
    if is_os_error {
        // OSError(errno, strerror, ...) is made as the subclass for that errno.
        if ObjRef::ptr_eq(&class, &exceptions().os_error) && given.len() >= 2 {
            if let Some(sub) = crate::objects::int::to_i64(&given[0]).and_then(os_error::subclass_for_errno) {
                class = sub.clone();
            }
        }
    }
    let instance = super::classes::new_instance(&class);
    // An OSError whose class parses its arguments in `__init__` starts with none: a custom
    // `__init__` that does not call OSError's leaves `args` empty, as in CPython.
    let parses_in_init = is_os_error && os_error::parses_in_init(&class);
    if let Some(mut fields) = instance.as_obj().and_then(exception_fields) {
        fields.args = tuple(if parses_in_init { Vec::new() } else { given.to_vec() });
    }
    if let Some(obj) = instance.as_obj() {
        if is_os_error && !parses_in_init {
            os_error::parse_args(thread, obj, given)?;
        }
    }
    Ok(instance)
}

fn exception_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(this) = args.values.first() else { return Ok(Value::None) };
    let class_name = type_data(class_of(this)).name();
    if os_error::is_os_error(class_of(this)) {
        // OSError's arguments were taken by __new__, unless a subclass's __init__ defers them.
        if !os_error::parses_in_init(class_of(this)) {
            return Ok(Value::None);
        }
        if let Some(obj) = this.as_obj() {
            if let Some(mut fields) = exception_fields(obj) {
                fields.args = tuple(args.pos()[1..].to_vec());
            }
            os_error::parse_args(thread, obj, &args.pos()[1..])?;
        }
        return Ok(Value::None);
    }
    if unicode_error::has_members(class_of(this)) {
        if let Some(obj) = this.as_obj() {
            unicode_error::init(thread, obj, &args.pos()[1..], !args.kwnames.is_empty())?;
        }
        return Ok(Value::None);
    }
    if crate::objects::typeobj::is_subtype(class_of(this), &exceptions().import_error) {
        // `__init__` sets `name` and `path` afresh: those not given are None again.
        if let Some(dict) = this.as_obj().and_then(|o| o.dict().as_ref()).and_then(crate::objects::dict_of) {
            for member in ["name", "path"] {
                dict.remove_str(&crate::objects::str::intern(member));
            }
        }
    }
    if !args.kwnames.is_empty() {
        let allowed = keyword_members(class_of(this));
        if allowed.is_empty() {
            return Err(type_error(format!("{class_name}() takes no keyword arguments")));
        }
        for (key, value) in args.keywords() {
            let key_text = crate::objects::str::as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
            if !allowed.contains(&key_text.as_str()) {
                return Err(type_error(format!("'{key_text}' is an invalid keyword argument for {class_name}()")));
            }
            if let Some(dict) = this.as_obj().and_then(|o| o.dict().as_ref()).and_then(crate::objects::dict_of) {
                dict.set_str(&crate::objects::str::intern(&key_text), value.clone());
            }
        }
    }
    if args.pos().len() == 3 && crate::objects::typeobj::is_subtype(class_of(this), &exceptions().syntax_error) {
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        let info = crate::protocols::iter::collect(thread, &args.pos()[2])?;
        if info.len() < 4 || info.len() > 6 {
            let bound = if info.len() < 4 { "at least 4" } else { "at most 6" };
            return Err(type_error(format!("function takes {bound} arguments ({} given)", info.len())));
        }
        if info.len() == 5 {
            return Err(type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    if let Some(mut fields) = this.as_obj().and_then(exception_fields) {
        // `__new__` stored these very arguments already (the usual case): no second tuple.
        let given = &args.pos()[1..];
        let unchanged = as_tuple(&fields.args)
            .is_some_and(|stored| stored.len() == given.len() && stored.iter().zip(given).all(|(a, b)| a.is(b)));
        if !unchanged {
            fields.args = tuple(given.to_vec());
        }
    }
    Ok(Value::None)
}

/// The members a builtin exception class takes as keyword arguments.
fn keyword_members(class: &ObjRef) -> &'static [&'static str] {
    let e = exceptions();
    let is = |base: &ObjRef| crate::objects::typeobj::is_subtype(class, base);
    if is(&e.attribute_error) {
        &["name", "obj"]
    } else if is(&e.name_error) {
        &["name"]
    } else if is(&e.import_error) {
        &["name", "path"]
    } else {
        &[]
    }
}

/// `str(exc)`: empty for no args, the str of a single arg, else the args tuple's repr.
/// KeyError shows its single argument's repr.
pub fn exception_str(thread: &mut Thread, exc: &ObjRef) -> PyResult<String> {
    if super::exception_group::is_group(&Value::Obj(exc.clone())) {
        return super::exception_group::group_text(exc);
    }
    if crate::objects::typeobj::is_subtype(&exc.class, &exceptions().syntax_error) {
        return syntax_error_str(thread, exc);
    }
    if os_error::is_os_error(&exc.class) {
        if let Some(text) = os_error::os_error_str(thread, exc)? {
            return Ok(text);
        }
    }
    if let Some(text) = unicode_error::text(thread, exc)? {
        return Ok(text);
    }
    let args = exception_fields(exc).map(|f| f.args.clone()).unwrap_or(Value::None);
    let items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    match items.len() {
        0 => Ok(String::new()),
        1 if crate::objects::typeobj::is_subtype(&exc.class, &exceptions().key_error) => {
            protocols::repr(thread, &items[0])
        }
        1 => protocols::to_str(thread, &items[0]),
        _ => protocols::repr(thread, &args),
    }
}

/// `str(SyntaxError)`: `msg (file, line N)`, the file by its base name.
fn syntax_error_str(thread: &mut Thread, exc: &ObjRef) -> PyResult<String> {
    let value = Value::Obj(exc.clone());
    let msg = protocols::getattr_opt(thread, &value, "msg")?.unwrap_or(Value::None);
    let msg = protocols::to_str(thread, &msg)?;
    let filename = protocols::getattr_opt(thread, &value, "filename")?
        .and_then(|f| crate::objects::str::as_pystr(&f).map(|s| s.as_str().into_owned()));
    let filename = filename.map(|f| f.rsplit('/').next().unwrap_or_default().to_string());
    let lineno = protocols::getattr_opt(thread, &value, "lineno")?.and_then(|l| crate::objects::int::to_i64(&l));
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

fn exception_str_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.values.first() else { return Ok(new_str("")) };
    Ok(new_str(exception_str(thread, this)?))
}

/// `repr(exc)`: `Name(args...)`.
pub fn exception_repr(thread: &mut Thread, exc: &ObjRef) -> PyResult<String> {
    let name = type_data(&exc.class).name();
    let args = exception_fields(exc).map(|f| f.args.clone()).unwrap_or(Value::None);
    let items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(protocols::repr(thread, item)?);
    }
    let inner = parts.join(", ");
    Ok(format!("{name}({inner})"))
}

fn exception_repr_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.values.first() else { return Ok(new_str("")) };
    Ok(new_str(exception_repr(thread, this)?))
}

fn with_traceback(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    let tb = super::arity::one_arg(&args, "BaseException.with_traceback")?;
    if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback(TracebackData { .. }))) {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(mut fields) = this.as_obj().and_then(exception_fields) {
        fields.traceback = tb;
    }
    Ok(this)
}

fn add_note(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    let note = super::arity::one_arg(&args, "BaseException.add_note")?;
    if crate::objects::str::as_pystr(&note).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", crate::objects::typeobj::type_name(&note))));
    }
    add_note_to(thread, &this, note)?;
    Ok(Value::None)
}

/// `exception.add_note(note)` for a note (a str) the interpreter adds.
pub fn add_note_to(thread: &mut Thread, this: &Value, note: Value) -> PyResult<()> {
    let key = intern_static("__notes__");
    let notes = match protocols::getattr_opt(thread, this, "__notes__")? {
        Some(notes) => notes,
        None => {
            let notes = crate::objects::list(Vec::new());
            protocols::setattr(thread, this, &key, notes.clone())?;
            notes
        }
    };
    match notes.payload() {
        Some(Payload::List(items)) => items.lock().push(note),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(())
}

/// The members some classes keep in the instance dict here (in CPython they are slots), left
/// out of the state `__reduce__` returns.
const MEMBER_NAMES: [&str; 14] = [
    "name",
    "obj",
    "path",
    "name_from",
    "errno",
    "strerror",
    "filename",
    "filename2",
    "characters_written",
    "encoding",
    "object",
    "start",
    "end",
    "reason",
];

/// `__reduce__`: `(type, args)`, with the instance's attributes as a third item when it has some.
fn reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    super::arity::no_args(&args, "BaseException.__reduce__")?;
    let Some(Value::Obj(this)) = args.pos().first() else { return Err(type_error("expected an exception")) };
    let mut exc_args = exception_fields(this).map(|f| f.args.clone()).unwrap_or_else(|| tuple(Vec::new()));
    let class = Value::Obj(this.class.clone());
    if os_error::is_os_error(&this.class) {
        exc_args = os_error::reduce_args(this, exc_args);
    }
    let mut state: Vec<(Value, Value)> = this
        .dict()
        .as_ref()
        .and_then(crate::objects::dict_of)
        .map(|d| d.items())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| crate::objects::str::as_pystr(k).is_none_or(|s| !MEMBER_NAMES.contains(&s.as_str().as_ref())))
        .collect();
    if crate::objects::typeobj::is_subtype(&this.class, &exceptions().import_error) {
        // ImportError's state carries its members that are set.
        for member in ["name", "path", "name_from"] {
            let key = crate::objects::str::intern(member);
            let value = this.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&key));
            if let Some(value) = value.filter(|v| !v.is_none()) {
                state.push((Value::Obj(key), value));
            }
        }
    }
    if crate::objects::typeobj::is_subtype(&this.class, &exceptions().attribute_error) {
        // AttributeError's state (3.12) carries its name when set (not `obj`, which may not
        // pickle) and its args, always.
        let key = crate::objects::str::intern("name");
        let value = this.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&key));
        if let Some(value) = value.filter(|v| !v.is_none()) {
            state.push((Value::Obj(key), value));
        }
        state.push((Value::Obj(crate::objects::str::intern("args")), exc_args.clone()));
    }
    if state.is_empty() {
        return Ok(tuple_of([class, exc_args]));
    }
    let dict = crate::objects::new_dict();
    if let Some(d) = crate::objects::dict_of(&dict) {
        for (k, v) in state {
            d.set(thread, k, v)?;
        }
    }
    Ok(tuple_of([class, exc_args, Value::Obj(dict)]))
}

/// `__setstate__(state)`: sets each item of a dict state as an attribute.
fn set_state(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = super::arity::one_arg(&args, "BaseException.__setstate__")?;
    let this = args.pos()[0].clone();
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(d) = crate::objects::as_dict(&state) else { return Err(type_error("state is not a dictionary")) };
    for (k, v) in d.items() {
        let Some(name) = crate::objects::str::as_pystr(&k).map(|s| crate::objects::str::intern(&s.as_str())) else {
            return Err(type_error(format!(
                "attribute name must be string, not '{}'",
                crate::objects::typeobj::type_name(&k)
            )));
        };
        protocols::setattr(thread, &this, &name, v)?;
    }
    Ok(Value::None)
}
