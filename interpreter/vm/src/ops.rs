//! The slow paths of instructions: what the eval loop's arms call when the work is more than a
//! few lines (cells, raising, `with`, building containers, unpacking, formatting, intrinsics).

use std::cmp::Ordering;

use crate::sync::Mutex;
use ferrython_bytecode::{BinaryOp, CompareOp, Intrinsic1, Intrinsic2};

use crate::call::call;
use crate::objects::exception::{
    exception_fields, exceptions, name_error, runtime_error, type_error, value_error, PyErr,
};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern_static, PyString};
use crate::objects::typeobj::{class_of, is_subtype, lookup, type_data, type_name, types};
use crate::objects::{
    as_dict, as_list, as_tuple, list, list_of, tuple, Code, Dict, DictViewData, Function, OwnedPayload, Payload,
    RangeData, SliceData,
};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub fn new_cell(value: Value) -> Value {
    Value::Obj(ObjRef::new(types().cell.clone(), None, OwnedPayload::Cell(Mutex::new(value))))
}

pub fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(value)) => value.lock().clone(),
        _ => Value::Null,
    }
}

/// Stores into a cell, returning the old value (dropped by the caller, outside the lock).
pub fn cell_set(cell: &Value, value: Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(slot)) => std::mem::replace(&mut *slot.lock(), value),
        _ => Value::Null,
    }
}

/// The name of deref slot `index` (cell variables, then free variables).
pub fn deref_name(code: &Code, index: usize) -> ObjRef {
    if index < code.cellvars.len() {
        code.cellvars[index].clone()
    } else {
        code.freevars[index - code.cellvars.len()].clone()
    }
}

pub fn unbound_deref(code: &Code, index: usize) -> PyErr {
    let name = text(&deref_name(code, index));
    if index < code.cellvars.len() {
        crate::objects::exception::unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

fn text(obj: &ObjRef) -> String {
    as_pystr(&Value::Obj(obj.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default()
}

/// The `Dict` of a namespace dict object.
pub fn namespace(dict: &ObjRef) -> &Dict {
    match dict.payload() {
        Payload::Dict(d) => d,
        _ => unreachable!("namespaces are dicts"),
    }
}

/// The builtins namespace of code run with `globals`: the dict of the module its
/// `__builtins__` names, else that object itself (a dict, a dict subclass or any other object,
/// which is then subscripted at each lookup, so that a non-mapping raises TypeError at the first
/// builtin name as in CPython), else the running code's builtins (the interpreter's builtins
/// dict when no code runs). An immediate (None, a bool,
/// an int or a float) is boxed by `box_builtins`.
pub fn builtins_for(thread: &Thread, globals: &ObjRef) -> ObjRef {
    match namespace(globals).get_str(&intern_static("__builtins__")) {
        Some(Value::Obj(b)) if matches!(b.payload(), Payload::Module) => {
            b.dict().get().unwrap_or_else(|| thread.interp.builtins_dict.clone())
        }
        Some(Value::Obj(b)) => b,
        Some(other) => box_builtins(other),
        // Those of the running code, as CPython's `_PyEval_BuiltinsFromGlobals` (bpo-42990).
        None => match thread.frames.last() {
            Some(frame) => frame.builtins.clone(),
            None => thread.interp.builtins_dict.clone(),
        },
    }
}

/// An immediate `__builtins__` as the object a frame holds: an instance of `object` with a cell
/// payload, a pairing no Python code can make, which `builtins_value` opens again.
fn box_builtins(value: Value) -> ObjRef {
    ObjRef::new(types().object.clone(), None, OwnedPayload::Cell(Mutex::new(value)))
}

/// The value a frame's (or a function's) builtins object stands for, as `f_builtins` and
/// `__builtins__` show it.
pub fn builtins_value(builtins: &ObjRef) -> Value {
    match builtins.payload() {
        Payload::Cell(cell) if ObjRef::ptr_eq(&builtins.class, &types().object) => cell.lock().clone(),
        _ => Value::Obj(builtins.clone()),
    }
}

/// `builtins[name]` of a frame's builtins object, or None on KeyError: a dict is read directly,
/// anything else through its `__getitem__` (which may run Python code and raise).
pub fn builtins_get(thread: &mut Thread, builtins: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let key = Value::Obj(name.clone());
    protocols::mapping_get(thread, &builtins_value(builtins), &key)
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(ObjRef::new(types().slice.clone(), None, OwnedPayload::Slice(SliceData { start, stop, step })))
}

/// COMPARE_OP on two ordered natives.
#[inline]
pub fn compare_ord(ordering: Ordering, arg: usize) -> bool {
    match arg {
        0 => ordering == Ordering::Less,
        1 => ordering != Ordering::Greater,
        2 => ordering == Ordering::Equal,
        3 => ordering != Ordering::Equal,
        4 => ordering == Ordering::Greater,
        _ => ordering != Ordering::Less,
    }
}

/// An exception value on the stack as an error to raise.
pub fn as_error(exc: Value) -> PyResult<PyErr> {
    match exc {
        Value::Obj(obj) if matches!(obj.payload(), Payload::Exception(_)) => Ok(PyErr(obj)),
        _ => Err(crate::objects::exception::system_error("RERAISE of a non-exception")),
    }
}

fn is_exception_class(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Type(_)))
        && value.as_obj().is_some_and(|c| is_subtype(c, &exceptions().base_exception))
}

/// CHECK_EXC_MATCH: `isinstance(exc, class)` where class may be a tuple of classes.
pub fn exception_matches(_thread: &mut Thread, exc: &Value, class: &Value) -> PyResult<bool> {
    let classes: Vec<Value> = match as_tuple(class) {
        Some(items) => items.to_vec(),
        None => vec![class.clone()],
    };
    for c in &classes {
        if !is_exception_class(c) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
    }
    let exc_class = class_of(exc);
    Ok(classes.iter().any(|c| c.as_obj().is_some_and(|c| is_subtype(exc_class, c))))
}

/// CHECK_EG_MATCH: `except*` splitting into (rest, match); the match becomes the exception
/// being handled.
pub fn exception_group_match(thread: &mut Thread, eg: &Value, class: &Value) -> PyResult<(Value, Value)> {
    let (rest, matched) = crate::builtins::except_star_match(thread, eg, class)?;
    if !matched.is_none() {
        thread.handled = matched.as_obj().cloned();
    }
    Ok((rest, matched))
}

/// Bare `raise`.
pub fn reraise_handled(thread: &mut Thread) -> PyResult<PyErr> {
    match &thread.handled_exception() {
        Value::Obj(obj) if matches!(obj.payload(), Payload::Exception(_)) => {
            let err = PyErr(obj.clone());
            crate::traceback::mark_reraise(thread);
            Ok(err)
        }
        _ => Err(runtime_error("No active exception to reraise")),
    }
}

/// An exception instance from `raise X`: an instance, or a class called with no arguments.
pub fn exception_instance(thread: &mut Thread, value: Value) -> PyResult<ObjRef> {
    if let Value::Obj(obj) = &value {
        if matches!(obj.payload(), Payload::Exception(_)) {
            return Ok(obj.clone());
        }
        if is_exception_class(&value) {
            let made = call(thread, &value, Args::positional(&[]))?;
            return match made {
                Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => Ok(o),
                other => Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    protocols::repr(thread, &value)?,
                    type_name(&other)
                ))),
            };
        }
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `raise exc [from cause]`.
pub fn make_raise(thread: &mut Thread, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let exc = exception_instance(thread, exc)?;
    if let Some(cause) = cause {
        let cause = match cause {
            Value::None => Value::None,
            other => match exception_instance(thread, other) {
                Ok(obj) => Value::Obj(obj),
                Err(_) => return Err(type_error("exception causes must derive from BaseException")),
            },
        };
        if let Some(mut fields) = exception_fields(&exc) {
            fields.cause = cause;
            fields.suppress_context = true;
        }
    }
    Ok(PyErr(exc))
}

/// Sets `__context__` of a newly raised exception to the one being handled, cutting any cycle
/// that would make (as CPython does).
pub fn set_context(thread: &Thread, err: &PyErr) {
    if !err.fields().context.is_none() {
        return;
    }
    chain_context(thread, err);
}

/// Makes the exception being handled the context of `err` (which is being raised), as
/// CPython's `raise` does: it replaces any context `err` had.
pub fn chain_context(thread: &Thread, err: &PyErr) {
    let Value::Obj(handled) = &thread.handled_exception() else { return };
    if ObjRef::ptr_eq(handled, &err.0) {
        return;
    }
    // Walk the handled exception's context chain; if the new exception is on it, cut it there.
    // The chain may already loop without the new exception (`e.__context__ = e`): a second
    // walker at half speed meets the first one then, and the walk stops.
    let mut current = handled.clone();
    let mut slow = handled.clone();
    let mut step = 0u64;
    loop {
        let next = match exception_fields(&current) {
            Some(fields) => fields.context.clone(),
            None => break,
        };
        match next {
            Value::Obj(o) if ObjRef::ptr_eq(&o, &err.0) => {
                if let Some(mut fields) = exception_fields(&current) {
                    fields.context = Value::None;
                }
                break;
            }
            Value::Obj(o) => current = o,
            _ => break,
        }
        step += 1;
        if step.is_multiple_of(2) {
            let following = exception_fields(&slow).map(|fields| fields.context.clone());
            if let Some(Value::Obj(o)) = following {
                slow = o;
            }
        }
        if ObjRef::ptr_eq(&current, &slow) {
            break;
        }
    }
    err.fields().context = Value::Obj(handled.clone());
}

/// BEFORE_WITH.
pub fn before_with(thread: &mut Thread, manager: Value) -> PyResult<(Value, Value)> {
    let class = class_of(&manager).clone();
    let Some(enter) = lookup(&class, &intern_static("__enter__")) else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol",
            type_name(&manager)
        )));
    };
    let Some(exit) = lookup(&class, &intern_static("__exit__")) else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(&manager)
        )));
    };
    let exit = protocols::attr::descriptor_get(thread, &exit, &manager, &class)?.unwrap_or(exit);
    let entered = crate::call::call_method(thread, &enter, &manager, std::slice::from_ref(&manager))?;
    Ok((exit, entered))
}

/// BEFORE_ASYNC_WITH.
pub fn before_async_with(thread: &mut Thread, manager: Value) -> PyResult<(Value, Value)> {
    let class = class_of(&manager).clone();
    let Some(enter) = lookup(&class, &intern_static("__aenter__")) else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(&manager)
        )));
    };
    let Some(exit) = lookup(&class, &intern_static("__aexit__")) else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(&manager)
        )));
    };
    let exit = protocols::attr::descriptor_get(thread, &exit, &manager, &class)?.unwrap_or(exit);
    let awaitable = crate::call::call_method(thread, &enter, &manager, std::slice::from_ref(&manager))?;
    let awaitable = crate::generator::get_awaitable(thread, awaitable, 1)?;
    Ok((exit, awaitable))
}

/// WITH_EXCEPT_START: `exit(type, exc, traceback)`.
pub fn call_exit(thread: &mut Thread, exit: &Value, exc: &Value) -> PyResult<Value> {
    let tb = exc.as_obj().and_then(|o| exception_fields(o).map(|f| f.traceback.clone())).unwrap_or(Value::None);
    let class = Value::Obj(class_of(exc).clone());
    call(thread, exit, Args::positional(&[class, exc.clone(), tb]))
}

/// The optional parts MAKE_FUNCTION takes from the stack.
#[derive(Default)]
pub struct FunctionParts {
    pub defaults: Option<Value>,
    pub kwdefaults: Option<Value>,
    pub annotations: Option<Value>,
    pub closure: Option<Value>,
}

/// MAKE_FUNCTION.
pub fn make_function(
    thread: &mut Thread,
    code: Value,
    globals: ObjRef,
    builtins: ObjRef,
    parts: FunctionParts,
) -> PyResult<Value> {
    let (Some(Payload::Code(code)), Value::Obj(code_object)) = (code.payload(), &code) else {
        return Err(crate::objects::exception::system_error("MAKE_FUNCTION without a code object"));
    };
    let code_object = code_object.clone();
    let code = code.clone();
    let closure: Box<[ObjRef]> = parts
        .closure
        .as_ref()
        .and_then(as_tuple)
        .map(|cells| cells.iter().filter_map(|c| c.as_obj().cloned()).collect())
        .unwrap_or_default();
    let annotations = match parts.annotations {
        Some(pairs) => {
            let dict = crate::objects::new_dict();
            if let Some(items) = as_tuple(&pairs) {
                for pair in items.chunks(2) {
                    if let [name, value] = pair {
                        namespace(&dict).set(thread, name.clone(), value.clone())?;
                    }
                }
            }
            Value::Obj(dict)
        }
        None => Value::None,
    };
    let module = namespace(&globals).get_str(&intern_static("__name__")).unwrap_or(Value::None);
    let doc = match code.consts.first() {
        Some(first) if as_pystr(first).is_some() && code.flags.has(ferrython_bytecode::CodeFlags::OPTIMIZED) => {
            first.clone()
        }
        _ => Value::None,
    };
    let function = Function {
        name: Mutex::new(Value::Obj(code.name.clone())),
        qualname: Mutex::new(Value::Obj(code.qualname.clone())),
        code: crate::objects::function::Replaceable::new(code),
        code_object: crate::objects::function::Replaceable::new(code_object),
        globals,
        builtins,
        defaults: Mutex::new(parts.defaults.unwrap_or(Value::None)),
        kwdefaults: Mutex::new(parts.kwdefaults.unwrap_or(Value::None)),
        closure,
        annotations: Mutex::new(annotations),
        doc: Mutex::new(doc),
        module: Mutex::new(module),
        type_params: Mutex::new(tuple(Vec::new())),
    };
    let dict = crate::objects::new_dict();
    Ok(Value::Obj(ObjRef::new(types().function.clone(), Some(dict), OwnedPayload::Function(Box::new(function)))))
}

/// SETUP_ANNOTATIONS.
pub fn setup_annotations(thread: &mut Thread, locals: &Value) -> PyResult<()> {
    let key = Value::Obj(intern_static("__annotations__"));
    if protocols::mapping_get(thread, locals, &key)?.is_none() {
        protocols::mapping_set(thread, locals, key, Value::Obj(crate::objects::new_dict()))?;
    }
    Ok(())
}

pub fn build_set(thread: &mut Thread, items: Vec<Value>) -> PyResult<Value> {
    let table = Dict::new();
    for item in items {
        table.set(thread, item, Value::None)?;
    }
    Ok(Value::Obj(ObjRef::new(types().set.clone(), None, OwnedPayload::Set(table))))
}

/// BUILD_MAP from alternating keys and values.
pub fn build_map(thread: &mut Thread, items: Vec<Value>) -> PyResult<Value> {
    let dict = crate::objects::new_dict();
    let mut items = items.into_iter();
    while let (Some(key), Some(value)) = (items.next(), items.next()) {
        namespace(&dict).set(thread, key, value)?;
    }
    Ok(Value::Obj(dict))
}

/// BUILD_STRING.
pub fn concat_strs(parts: &[Value]) -> Value {
    let strs: Vec<&PyString> = parts.iter().filter_map(as_pystr).collect();
    crate::objects::str::concat_object(&strs)
}

pub fn set_add(thread: &mut Thread, target: &Value, value: Value) -> PyResult<()> {
    match target.payload() {
        Some(Payload::Set(table)) => table.set(thread, value, Value::None),
        _ => Ok(()),
    }
}

pub fn list_extend(thread: &mut Thread, target: &Value, iterable: &Value) -> PyResult<()> {
    let items = match iter::collect(thread, iterable) {
        Ok(items) => items,
        Err(err)
            if err.matches(&exceptions().type_error)
                && protocols::special(iterable, "__iter__").is_none()
                && protocols::special(iterable, "__getitem__").is_none() =>
        {
            return Err(type_error(format!("Value after * must be an iterable, not {}", type_name(iterable))));
        }
        Err(err) => return Err(err),
    };
    if let Some(list) = as_list(target) {
        list.lock().extend(items);
    }
    Ok(())
}

pub fn set_update(thread: &mut Thread, target: &Value, iterable: &Value) -> PyResult<()> {
    let items = iter::collect(thread, iterable)?;
    for item in items {
        set_add(thread, target, item)?;
    }
    Ok(())
}

/// DICT_UPDATE and DICT_MERGE (`merge`: duplicate keys are an error, as in `f(**a, **b)`).
pub fn dict_update(
    thread: &mut Thread,
    target: &Value,
    mapping: &Value,
    merge: bool,
    callable: Option<Value>,
) -> PyResult<()> {
    let Some(dict) = as_dict(target) else { return Ok(()) };
    let items: Vec<(Value, Value)> = match as_dict(mapping) {
        Some(source) if crate::builtins::mapping::iterates_as_dict(mapping) => source.items(),
        _ => {
            let Some(keys_method) = protocols::getattr_opt(thread, mapping, "keys")? else {
                let what = if merge {
                    let name = callable.as_ref().map(|c| callable_label(thread, c)).unwrap_or_default();
                    format!("{name} argument after ** must be a mapping, not {}", type_name(mapping))
                } else {
                    format!("'{}' object is not a mapping", type_name(mapping))
                };
                return Err(type_error(what));
            };
            let keys = call(thread, &keys_method, Args::positional(&[]))?;
            let keys = iter::collect(thread, &keys)?;
            let mut items = Vec::with_capacity(keys.len());
            for key in keys {
                let value = protocols::getitem(thread, mapping, &key)?;
                items.push((key, value));
            }
            items
        }
    };
    for (key, value) in items {
        if merge {
            if as_pystr(&key).is_none() {
                return Err(type_error("keywords must be strings"));
            }
            if dict.contains(thread, &key)? {
                let name = callable.as_ref().map(|c| callable_label(thread, c)).unwrap_or_default();
                let key_text = as_pystr(&key).map(|s| s.as_str().into_owned()).unwrap_or_default();
                return Err(type_error(format!("{name} got multiple values for keyword argument '{key_text}'")));
            }
        }
        dict.set(thread, key, value)?;
    }
    Ok(())
}

/// How CPython names a callable in the errors of `*` and `**` arguments (`_PyObject_FunctionStr`):
/// `module.qualname()`, without the module for builtins, else `TYPE object`.
pub fn callable_label(thread: &mut Thread, callable: &Value) -> String {
    let qualname = protocols::getattr_opt(thread, callable, "__qualname__").ok().flatten();
    let Some(qualname) = qualname.as_ref().and_then(as_pystr).map(|s| s.as_str().into_owned()) else {
        return format!("{} object", type_name(callable));
    };
    let module = protocols::getattr_opt(thread, callable, "__module__").ok().flatten();
    match module.as_ref().and_then(as_pystr).map(|s| s.as_str().into_owned()) {
        Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

fn unpack_items(thread: &mut Thread, seq: &Value) -> PyResult<Vec<Value>> {
    match iter::collect(thread, seq) {
        Ok(items) => Ok(items),
        Err(err)
            if err.matches(&exceptions().type_error)
                && protocols::special(seq, "__iter__").is_none()
                && protocols::special(seq, "__getitem__").is_none() =>
        {
            Err(type_error(format!("cannot unpack non-iterable {} object", type_name(seq))))
        }
        Err(err) => Err(err),
    }
}

/// UNPACK_SEQUENCE: pushes the items, the first on top.
pub fn unpack_sequence(thread: &mut Thread, seq: Value, count: usize) -> PyResult<()> {
    // Exact tuples and lists of the right length: pushed straight from their items.
    if let Value::Obj(obj) = &seq {
        let t = types();
        if let Payload::Tuple(items) = obj.payload() {
            if items.len() == count && ObjRef::ptr_eq(&obj.class, &t.tuple) {
                thread.stack.extend(items.iter().rev().cloned());
                return Ok(());
            }
        }
    }
    let items = match seq.payload() {
        Some(Payload::Tuple(items)) if !type_data(class_of(&seq)).heap => items.to_vec(),
        Some(Payload::List(items)) if !type_data(class_of(&seq)).heap => items.lock().to_vec(),
        _ => {
            // Stop one past the count: a longer iterator is an error without being drained.
            let iter = match protocols::iter::get_iter(thread, &seq) {
                Ok(iter) => iter,
                Err(err) if err.matches(&exceptions().type_error) => {
                    return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(&seq))))
                }
                Err(err) => return Err(err),
            };
            let mut items = Vec::with_capacity(count);
            while let Some(item) = iter::next(thread, &iter)? {
                items.push(item);
                if items.len() > count {
                    return Err(value_error(format!("too many values to unpack (expected {count})")));
                }
            }
            items
        }
    };
    if items.len() != count {
        return Err(if items.len() < count {
            value_error(format!("not enough values to unpack (expected {count}, got {})", items.len()))
        } else {
            value_error(format!("too many values to unpack (expected {count})"))
        });
    }
    thread.stack.extend(items.into_iter().rev());
    Ok(())
}

/// UNPACK_EX: `before` items, a list of the middle, `after` items; the first on top.
pub fn unpack_ex(thread: &mut Thread, seq: Value, before: usize, after: usize) -> PyResult<()> {
    let items = unpack_items(thread, &seq)?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let middle = items[before..items.len() - after].to_vec();
    let mut pushed: Vec<Value> = items[..before].to_vec();
    pushed.push(list(middle));
    pushed.extend_from_slice(&items[items.len() - after..]);
    thread.stack.extend(pushed.into_iter().rev());
    Ok(())
}

/// FORMAT_VALUE.
pub fn format_value(thread: &mut Thread, value: Value, conversion: usize, spec: Option<Value>) -> PyResult<Value> {
    crate::format::format_value(thread, value, conversion, spec)
}

/// Intrinsics with one argument.
pub fn intrinsic1(thread: &mut Thread, which: Intrinsic1, value: Value) -> PyResult<Value> {
    match which {
        // 'single' code shows expression values through `sys.displayhook`.
        Intrinsic1::Print => crate::modules::sys::display(thread, value).map(|_| Value::None),
        Intrinsic1::UnaryPositive => protocols::number::positive(thread, &value),
        Intrinsic1::ListToTuple => Ok(tuple(as_list(&value).map(|l| l.lock().to_vec()).unwrap_or_default())),
        Intrinsic1::StopIterationError => Ok(value),
        Intrinsic1::AsyncGenWrap => Ok(value),
        Intrinsic1::ImportStar => crate::import::import_star(thread, &value).map(|_| Value::None),
        Intrinsic1::TypeVar | Intrinsic1::ParamSpec | Intrinsic1::TypeVarTuple => {
            crate::typing::make_type_param(thread, which, value)
        }
        Intrinsic1::SubscriptGeneric => crate::typing::subscript_generic(thread, value),
        Intrinsic1::TypeAlias => crate::typing::make_type_alias(thread, value),
        Intrinsic1::Invalid => Err(crate::objects::exception::system_error("invalid intrinsic")),
    }
}

/// Intrinsics with two arguments.
pub fn intrinsic2(thread: &mut Thread, which: Intrinsic2, first: Value, second: Value) -> PyResult<Value> {
    match which {
        Intrinsic2::PrepReraiseStar => crate::builtins::prep_reraise_star(thread, &first, &second),
        Intrinsic2::TypeVarWithBound | Intrinsic2::TypeVarWithConstraints => {
            crate::typing::make_type_var_with(thread, which, first, second)
        }
        Intrinsic2::SetFunctionTypeParams => {
            if let Some(Payload::Function(f)) = first.payload() {
                *f.type_params.lock() = second;
            }
            Ok(first)
        }
        Intrinsic2::Invalid => Err(crate::objects::exception::system_error("invalid intrinsic")),
    }
}

/// Normalizes a slice against a length: (start, stop, step, count), as `slice.indices`.
pub fn slice_indices(thread: &mut Thread, slice: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Some(Payload::Slice(SliceData { start, stop, step })) = slice.payload() else {
        return Err(type_error("expected a slice"));
    };
    let len = len as i64;
    // As CPython, a step below -sys.maxsize counts as -sys.maxsize (so that it negates).
    let step = if step.is_none() { 1 } else { slice_index(thread, step)?.max(-i64::MAX) };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(slice_index(thread, start)?)
    };
    let stop = if stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(slice_index(thread, stop)?)
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// A slice bound: an int (clamped to i64) or an object with `__index__`.
fn slice_index(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    match crate::objects::int::to_big(value) {
        Some(big) => Ok(num_traits::ToPrimitive::to_i64(&big).unwrap_or(if big.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        None => {
            if protocols::special(value, "__index__").is_none() {
                return Err(type_error("slice indices must be integers or None or have an __index__ method"));
            }
            protocols::number::index_of(thread, value)
        }
    }
}

/// A sequence index, normalized against `len`; IndexError with `what` when out of range.
pub fn seq_index(thread: &mut Thread, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let index = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => match crate::objects::int::to_big(key) {
            Some(big) => num_traits::ToPrimitive::to_i64(&big).unwrap_or(i64::MAX),
            None => {
                if protocols::special(key, "__index__").is_none() {
                    return Ok(None);
                }
                protocols::number::index_of(thread, key)?
            }
        },
    };
    let real = if index < 0 { index + len as i64 } else { index };
    if real < 0 || real >= len as i64 {
        let message =
            if what.is_empty() { "index out of range".to_string() } else { format!("{what} index out of range") };
        return Err(crate::objects::exception::index_error(message));
    }
    Ok(Some(real as usize))
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count).map(|k| items[(start + k as i64 * step) as usize].clone()).collect()
}

/// `list[i]` and `tuple[i]` of exact lists and tuples with an in-range int: the eval loop's
/// fast path (None sends it down the general path, which also makes the errors).
#[inline]
pub fn fast_index(obj: &ObjRef, i: i64) -> Option<Value> {
    let t = types();
    match obj.payload() {
        Payload::List(items) if ObjRef::ptr_eq(&obj.class, &t.list) => {
            let items = items.lock();
            let at = if i < 0 { i + items.len() as i64 } else { i };
            items.get(usize::try_from(at).ok()?)
        }
        Payload::Tuple(items) if ObjRef::ptr_eq(&obj.class, &t.tuple) => {
            let at = if i < 0 { i + items.len() as i64 } else { i };
            items.get(usize::try_from(at).ok()?).cloned()
        }
        _ => None,
    }
}

/// The table of an exact `dict` (not a subclass, which may override `__getitem__`,
/// `__setitem__` or `__missing__`).
#[inline]
pub fn exact_dict(value: &Value) -> Option<&crate::objects::Dict> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Dict(d) if ObjRef::ptr_eq(&obj.class, &types().dict) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// `list[i] = value` for an exact list and an in-range int; returns the replaced item (to be
/// dropped after the lock), or gives `value` back for the general path.
#[inline]
pub fn fast_store_index(obj: &ObjRef, i: i64, value: Value) -> Result<crate::value::Packed, Value> {
    match obj.payload() {
        Payload::List(items) if ObjRef::ptr_eq(&obj.class, &types().list) => {
            let mut items = items.lock();
            let at = if i < 0 { i.wrapping_add(items.len() as i64) } else { i };
            match usize::try_from(at) {
                Ok(at) => items.store(at, value),
                Err(_) => Err(value),
            }
        }
        _ => Err(value),
    }
}

/// `container[key]` for builtin containers; None when the dunder protocol decides.
pub fn native_getitem(thread: &mut Thread, container: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(obj) = container else { return Ok(None) };
    if type_data(&obj.class).heap {
        return Ok(None);
    }
    payload_getitem(thread, obj, key)
}

/// `obj[key]` by the payload, whatever the class (the builtin types' `__getitem__`).
pub fn payload_getitem(thread: &mut Thread, obj: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let is_slice = matches!(key.payload(), Some(Payload::Slice(SliceData { .. })));
    Ok(Some(match obj.payload() {
        Payload::List(items) => {
            let len = items.lock().len();
            if is_slice {
                let (start, _, step, count) = slice_indices(thread, key, len)?;
                let items = items.lock();
                let count = count.min(items.len());
                list_of((0..count).filter_map(|k| items.get((start + k as i64 * step) as usize)).collect())
            } else {
                match seq_index(thread, key, len, "list")? {
                    Some(i) => items
                        .lock()
                        .get(i)
                        .ok_or_else(|| crate::objects::exception::index_error("list index out of range"))?,
                    None => {
                        return Err(type_error(format!(
                            "list indices must be integers or slices, not {}",
                            type_name(key)
                        )))
                    }
                }
            }
        }
        Payload::Tuple(items) => {
            if is_slice {
                let (start, _, step, count) = slice_indices(thread, key, items.len())?;
                tuple(pick(items, start, step, count))
            } else {
                match seq_index(thread, key, items.len(), "tuple")? {
                    Some(i) => items[i].clone(),
                    None => {
                        return Err(type_error(format!(
                            "tuple indices must be integers or slices, not {}",
                            type_name(key)
                        )))
                    }
                }
            }
        }
        Payload::Str(s) => crate::builtins::str_getitem(thread, s, key)?,
        Payload::Bytes(b) => {
            if is_slice {
                let (start, _, step, count) = slice_indices(thread, key, b.len())?;
                crate::builtins::new_bytes(pick(b, start, step, count))
            } else {
                match seq_index(thread, key, b.len(), "")? {
                    Some(i) => Value::Int(i64::from(b[i])),
                    None => {
                        return Err(type_error(format!(
                            "byte indices must be integers or slices, not {}",
                            type_name(key)
                        )))
                    }
                }
            }
        }
        Payload::Dict(d) => match d.get(thread, key)? {
            Some(value) => value,
            None => {
                // A dict subclass may supply missing keys.
                if type_data(&obj.class).heap {
                    let this = Value::Obj(obj.clone());
                    if let Some(found) =
                        protocols::call_special(thread, &this, "__missing__", std::slice::from_ref(key))?
                    {
                        return Ok(Some(found));
                    }
                }
                return Err(crate::objects::exception::key_error(key.clone()));
            }
        },
        Payload::Range(RangeData { .. }) => crate::builtins::range_getitem(thread, obj, key)?,
        Payload::ByteArray(data) => crate::builtins::bytearray_getitem(thread, data, key)?,
        _ => return Ok(None),
    }))
}

/// `container[key] = value` for builtin containers; false when the dunder protocol decides.
pub fn native_setitem(thread: &mut Thread, container: &Value, key: &Value, value: &Value) -> PyResult<bool> {
    let Value::Obj(obj) = container else { return Ok(false) };
    if type_data(&obj.class).heap {
        return Ok(false);
    }
    payload_setitem(thread, obj, key, value)
}

/// `obj[key] = value` by the payload (the builtin types' `__setitem__`).
pub fn payload_setitem(thread: &mut Thread, obj: &ObjRef, key: &Value, value: &Value) -> PyResult<bool> {
    match obj.payload() {
        Payload::List(items) => {
            if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
                if protocols::special(value, "__iter__").is_none() && protocols::special(value, "__getitem__").is_none()
                {
                    return Err(type_error("must assign iterable to extended slice"));
                }
                let new_items = iter::collect(thread, value)?;
                crate::builtins::list_set_slice(thread, items, key, new_items)?;
                return Ok(true);
            }
            let len = items.lock().len();
            match seq_index(thread, key, len, "list assignment")? {
                Some(i) => {
                    // What is replaced (or given back) goes after the lock.
                    let old = items.lock().store(i, value.clone());
                    drop(old);
                    Ok(true)
                }
                None => Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key)))),
            }
        }
        Payload::Dict(d) => {
            d.set(thread, key.clone(), value.clone())?;
            Ok(true)
        }
        Payload::ByteArray(data) => {
            crate::builtins::bytearray_setitem(thread, data, key, value)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `del container[key]` for builtin containers.
pub fn native_delitem(thread: &mut Thread, container: &Value, key: &Value) -> PyResult<bool> {
    let Value::Obj(obj) = container else { return Ok(false) };
    if type_data(&obj.class).heap {
        return Ok(false);
    }
    payload_delitem(thread, obj, key)
}

/// `del obj[key]` by the payload (the builtin types' `__delitem__`).
pub fn payload_delitem(thread: &mut Thread, obj: &ObjRef, key: &Value) -> PyResult<bool> {
    match obj.payload() {
        Payload::List(items) => {
            if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
                let len = items.lock().len();
                let (start, _, step, count) = slice_indices(thread, key, len)?;
                let mut indices: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                indices.sort_unstable();
                let removed: Vec<Value> = {
                    let mut items = items.lock();
                    let mut removed = Vec::new();
                    for &i in indices.iter().rev() {
                        if i < items.len() {
                            removed.push(items.remove(i));
                        }
                    }
                    removed
                };
                drop(removed);
                return Ok(true);
            }
            let len = items.lock().len();
            match seq_index(thread, key, len, "list assignment")? {
                Some(i) => {
                    let removed = {
                        let mut items = items.lock();
                        (i < items.len()).then(|| items.remove(i))
                    };
                    drop(removed);
                    Ok(true)
                }
                None => Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key)))),
            }
        }
        Payload::Dict(d) => match d.remove(thread, key)? {
            Some(_) => Ok(true),
            None => Err(crate::objects::exception::key_error(key.clone())),
        },
        Payload::ByteArray(data) => {
            crate::builtins::bytearray_delitem(thread, data, key)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `item in container` for builtin containers.
pub fn native_contains(thread: &mut Thread, container: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Value::Obj(obj) = container else { return Ok(None) };
    if type_data(&obj.class).heap {
        return Ok(None);
    }
    payload_contains(thread, obj, item)
}

/// `item in obj` by the payload (the builtin types' `__contains__`).
pub fn payload_contains(thread: &mut Thread, obj: &ObjRef, item: &Value) -> PyResult<Option<bool>> {
    Ok(Some(match obj.payload() {
        Payload::Dict(d) => d.contains(thread, item)?,
        Payload::Set(d) | Payload::FrozenSet(d) => match d.contains(thread, item) {
            Ok(found) => found,
            // `a_set in set_of_frozensets` looks for the equal frozenset.
            Err(err) => match crate::builtins::mapping::frozen_key(thread, item, &err)? {
                Some(frozen) => d.contains(thread, &frozen)?,
                None => return Err(err),
            },
        },
        Payload::Str(s) => match as_pystr(item) {
            Some(needle) => crate::builtins::str_find(s.wtf8(), needle.wtf8()).is_some(),
            None => {
                return Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                )))
            }
        },
        Payload::List(items) => {
            let snapshot = items.lock().to_vec();
            contains_in(thread, &snapshot, item)?
        }
        Payload::Tuple(items) => {
            let snapshot = items.to_vec();
            contains_in(thread, &snapshot, item)?
        }
        Payload::Range(RangeData { .. }) => crate::builtins::range_contains(thread, obj, item)?,
        Payload::DictView(DictViewData { dict, kind: crate::objects::iter::DictViewKind::Keys }) => {
            crate::objects::dict_of(dict).map_or(Ok(false), |d| d.contains(thread, item))?
        }
        Payload::DictView(DictViewData { dict, kind: crate::objects::iter::DictViewKind::Values }) => {
            let values: Vec<Value> = crate::objects::dict_of(dict)
                .map(|d| d.items().into_iter().map(|(_, v)| v).collect())
                .unwrap_or_default();
            contains_in(thread, &values, item)?
        }
        Payload::DictView(DictViewData { dict, kind: crate::objects::iter::DictViewKind::Items }) => {
            let (Some(d), Some([key, value])) = (crate::objects::dict_of(dict), crate::objects::as_tuple(item)) else {
                return Ok(Some(false));
            };
            match d.get(thread, key)? {
                Some(found) => found.is(value) || protocols::rich_eq(thread, &found, value)?,
                None => false,
            }
        }
        Payload::Bytes(b) => crate::builtins::bytes_contains(thread, b, item)?,
        Payload::ByteArray(b) => {
            let data = b.lock().clone();
            crate::builtins::bytes_contains(thread, &data, item)?
        }
        _ => return Ok(None),
    }))
}

fn contains_in(thread: &mut Thread, items: &[Value], item: &Value) -> PyResult<bool> {
    for candidate in items {
        if candidate.is(item) || protocols::rich_eq(thread, candidate, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Sequence and set arithmetic of builtin operands: `+`, `*`, `%`, `|`, `&`, `-`, `^`.
pub fn native_sequence_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    crate::builtins::sequence_binary(thread, a, b, op)
}

/// Set and dict comparisons (subset, superset, equality).
pub fn native_compare_containers(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    crate::builtins::container_compare(thread, a, b, op)
}

/// BINARY_OP on two machine ints when the result is a machine int (or, for `/`, an exact
/// float): None sends it to the general path (overflow, division by zero, big shifts).
/// `arg` is the operator with its in-place form 13 higher.
#[inline]
pub fn int_binary_fast(a: i64, b: i64, arg: usize) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    let int = match op {
        0 => a.checked_add(b)?,
        10 => a.checked_sub(b)?,
        5 => a.checked_mul(b)?,
        // Floor division and modulo take the sign of the divisor, as Python's do.
        2 if b != 0 && !(a == i64::MIN && b == -1) => a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0),
        6 if b != 0 && !(a == i64::MIN && b == -1) => {
            let r = a.rem_euclid(b);
            if b < 0 && r != 0 {
                r + b
            } else {
                r
            }
        }
        1 => a & b,
        7 => a | b,
        12 => a ^ b,
        9 if b >= 0 => a >> b.min(63),
        3 if (0..63).contains(&b) && (a << b) >> b == a => a << b,
        // Exact when both fit in a double's mantissa: one correctly rounded division.
        11 if b != 0 && a.unsigned_abs() < 1 << 53 && b.unsigned_abs() < 1 << 53 => {
            return Some(Value::Float(a as f64 / b as f64))
        }
        _ => return None,
    };
    Some(Value::Int(int))
}

/// BINARY_OP on two floats, for the operators that cannot raise.
#[inline]
pub fn float_binary_fast(a: f64, b: f64, arg: usize) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    match op {
        0 => Some(Value::Float(a + b)),
        10 => Some(Value::Float(a - b)),
        5 => Some(Value::Float(a * b)),
        11 if b != 0.0 => Some(Value::Float(a / b)),
        // A positive finite base and a finite exponent: C's pow, as CPython calls it (the
        // other cases raise, or give a complex or an OverflowError).
        8 if a > 0.0 && a.is_finite() && b.is_finite() => Some(a.powf(b)).filter(|r| r.is_finite()).map(Value::Float),
        _ => None,
    }
}

/// A float operand's value, or an int's when it converts to a float exactly (as CPython
/// converts ints for mixed arithmetic and comparisons); None for anything else.
#[inline]
pub fn exact_f64(value: &Value) -> Option<f64> {
    const EXACT: u64 = 1 << f64::MANTISSA_DIGITS;
    match value {
        Value::Float(f) => Some(*f),
        Value::Int(i) if i.unsigned_abs() <= EXACT => Some(*i as f64),
        _ => None,
    }
}

/// COMPARE_OP on two floats (NaN is unordered: only `!=` holds).
#[inline]
pub fn compare_floats(a: f64, b: f64, arg: usize) -> bool {
    match a.partial_cmp(&b) {
        Some(ordering) => compare_ord(ordering, arg),
        None => arg == 3,
    }
}
