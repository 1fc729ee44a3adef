//! Functions and code objects made at run time: `types.FunctionType(code, globals, ...)` and
//! `code.replace(...)`.

use std::sync::Arc;

use crate::method;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern};
use crate::objects::typeobj::{class_of, type_name, types};
use crate::objects::{as_tuple, Code, OwnedPayload, Payload};
use crate::ops::FunctionParts;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    let t = types();
    add_methods(&t.function, &[method!("__new__", function_new, StaticMethod), method!("__repr__", function_repr)]);
    install_function_attributes(&t.function);
    install_generator_attributes();
    add_methods(&t.cell, &[method!("__new__", cell_new, StaticMethod)]);
    add_methods(
        &t.code,
        &[
            method!("replace", code_replace),
            method!("co_positions", co_positions),
            method!("co_lines", co_lines),
            method!("__eq__", code_eq),
            method!("__hash__", code_hash),
        ],
    );
}

/// A function's attributes, as the descriptors of CPython's function type: getset descriptors
/// for the computed or checked ones, read-only member descriptors for the fields set once.
/// Each reads and writes through the function's own attribute code (`attributes.rs`), which
/// also answers `f.name` directly.
fn install_function_attributes(function: &ObjRef) {
    // Writable ones: `$add` makes a getset or a member descriptor.
    macro_rules! writable {
        ($add:path: $($name:literal => $get:ident, $set:ident, $delete:ident;)*) => {$(
            fn $get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                function_attribute(thread, &args, $name)
            }
            fn $set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                let value = args.pos().get(1).cloned().unwrap_or(Value::None);
                set_function_attribute(thread, &args, $name, Some(value))
            }
            fn $delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                set_function_attribute(thread, &args, $name, None)
            }
            $add(function, $name, $get, $set, $delete);
        )*};
    }
    writable! { super::add_native_getset:
        "__annotations__" => annotations_get, annotations_set, annotations_delete;
        "__code__" => code_get, code_set, code_delete;
        "__defaults__" => defaults_get, defaults_set, defaults_delete;
        "__dict__" => dict_get, dict_set, dict_delete;
        "__kwdefaults__" => kwdefaults_get, kwdefaults_set, kwdefaults_delete;
        "__name__" => name_get, name_set, name_delete;
        "__qualname__" => qualname_get, qualname_set, qualname_delete;
        "__type_params__" => type_params_get, type_params_set, type_params_delete;
    }
    writable! { super::add_native_member:
        "__doc__" => doc_get, doc_set, doc_delete;
        "__module__" => module_get, module_set, module_delete;
    }
    // Read-only member descriptors.
    macro_rules! members {
        ($($name:literal => $get:ident;)*) => {
            $(fn $get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                function_attribute(thread, &args, $name)
            })*
            super::add_native_getters(function, &[$(($name, $get)),*], true);
        };
    }
    members! {
        "__builtins__" => builtins_get;
        "__closure__" => closure_get;
        "__globals__" => globals_get;
    }
}

/// The attributes of generators, coroutines and async generators: getset descriptors of their
/// types, as CPython's (`dir(generator)` lists them; `types.GeneratorType.gi_code` is one).
fn install_generator_attributes() {
    let t = types();
    macro_rules! getters {
        ($($name:literal => $get:ident;)*) => {
            $(fn $get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                function_attribute(thread, &args, $name)
            })*
        };
    }
    getters! {
        "gi_code" => gi_code; "gi_frame" => gi_frame; "gi_running" => gi_running;
        "gi_suspended" => gi_suspended; "gi_yieldfrom" => gi_yieldfrom;
        "cr_await" => cr_await; "cr_code" => cr_code; "cr_frame" => cr_frame; "cr_running" => cr_running;
        "cr_suspended" => cr_suspended;
        "ag_await" => ag_await; "ag_code" => ag_code; "ag_frame" => ag_frame; "ag_running" => ag_running;
        "ag_suspended" => ag_suspended;
    }
    fn cr_origin(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
        // Origins are recorded only with sys.set_coroutine_origin_tracking_depth, never here.
        Ok(Value::None)
    }
    fn name_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
        function_attribute(thread, &args, "__name__")
    }
    fn name_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
        let value = args.pos().get(1).cloned().unwrap_or(Value::None);
        set_function_attribute(thread, &args, "__name__", Some(value))
    }
    fn qualname_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
        function_attribute(thread, &args, "__qualname__")
    }
    fn qualname_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
        let value = args.pos().get(1).cloned().unwrap_or(Value::None);
        set_function_attribute(thread, &args, "__qualname__", Some(value))
    }
    fn name_delete(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
        Err(type_error("__name__ must be set to a string object"))
    }
    fn qualname_delete(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
        Err(type_error("__qualname__ must be set to a string object"))
    }
    let kinds: [(&ObjRef, &[(&'static str, crate::objects::function::NativeFn)]); 3] = [
        (
            &t.generator,
            &[
                ("gi_code", gi_code),
                ("gi_frame", gi_frame),
                ("gi_running", gi_running),
                ("gi_suspended", gi_suspended),
                ("gi_yieldfrom", gi_yieldfrom),
            ],
        ),
        (
            &t.coroutine,
            &[
                ("cr_await", cr_await),
                ("cr_code", cr_code),
                ("cr_frame", cr_frame),
                ("cr_running", cr_running),
                ("cr_suspended", cr_suspended),
            ],
        ),
        (
            &t.async_generator,
            &[
                ("ag_await", ag_await),
                ("ag_code", ag_code),
                ("ag_frame", ag_frame),
                ("ag_running", ag_running),
                ("ag_suspended", ag_suspended),
            ],
        ),
    ];
    super::add_native_getters(&t.coroutine, &[("cr_origin", cr_origin)], true);
    for (class, getters) in kinds {
        super::add_native_getters(class, getters, false);
        super::add_native_getset(class, "__name__", name_get, name_set, name_delete);
        super::add_native_getset(class, "__qualname__", qualname_get, qualname_set, qualname_delete);
    }
}

/// `function.__repr__`: `<function qualname at 0x...>`.
fn function_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Obj(function)) if matches!(function.payload(), Payload::Function(_)) => {
            Ok(crate::objects::str::new_str(crate::protocols::repr::payload_repr(thread, function)?))
        }
        other => Err(type_error(format!(
            "descriptor '__repr__' requires a 'function' object but received a '{}'",
            other.map_or("NoneType".into(), type_name)
        ))),
    }
}

/// Attribute `name` of the function the descriptor was given (checked by the descriptor).
fn function_attribute(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    Ok(crate::attributes::native_attr(thread, &this, name)?.unwrap_or(Value::None))
}

fn set_function_attribute(thread: &mut Thread, args: &Args<'_>, name: &str, value: Option<Value>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    crate::attributes::set_native_attr(thread, &this, name, value)?;
    Ok(Value::None)
}

/// `types.CellType([contents])`: a cell, empty without an argument.
fn cell_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("cell() takes no keyword arguments"));
    }
    match args.pos().get(1..).unwrap_or_default() {
        [] => Ok(crate::ops::new_cell(Value::Null)),
        [contents] => Ok(crate::ops::new_cell(contents.clone())),
        p => Err(type_error(format!("cell expected at most 1 argument, got {}", p.len()))),
    }
}

/// Two code objects are equal when they stand for the same compiled code (`f.__code__` and a
/// frame's `f_code` are different objects for one code).
/// `code == other`: CPython compares what the code does and where it says it came from (name,
/// signature, flags, first line, instructions, constants, names, positions, exception table),
/// not the file name or qualified name, so two compilations of the same source are equal.
fn code_eq(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = code_of(&args)?;
    Ok(match args.pos().get(1).and_then(Value::payload) {
        Some(Payload::Code(other)) => Value::Bool(same_code(code, other)),
        _ => super::not_implemented(),
    })
}

fn same_code(a: &Code, b: &Code) -> bool {
    let texts = |x: &[ObjRef], y: &[ObjRef]| x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_text(x, y));
    std::ptr::eq(a, b)
        || (same_text(&a.name, &b.name)
            && (a.argcount, a.posonlyargcount, a.kwonlyargcount) == (b.argcount, b.posonlyargcount, b.kwonlyargcount)
            && (a.flags, a.firstlineno) == (b.flags, b.firstlineno)
            && a.instructions == b.instructions
            && a.consts.len() == b.consts.len()
            && a.consts.iter().zip(b.consts.iter()).all(|(x, y)| same_constant(x, y))
            && texts(&a.names, &b.names)
            && texts(&a.varnames, &b.varnames)
            && texts(&a.cellvars, &b.cellvars)
            && texts(&a.freevars, &b.freevars)
            && same_positions(a, b)
            && a.exception_table == b.exception_table)
}

/// Whether two codes' positions agree, lines counted from each one's first line (as CPython's
/// line table stores them).
fn same_positions(a: &Code, b: &Code) -> bool {
    let relative = |code: &Code, p: &ferrython_bytecode::Position| {
        let line = |n: Option<u32>| n.map(|n| i64::from(n) - i64::from(code.firstlineno));
        (line(p.lineno), line(p.end_lineno), p.col_offset, p.end_col_offset)
    };
    a.positions.len() == b.positions.len()
        && a.positions.iter().zip(b.positions.iter()).all(|(p, q)| relative(a, p) == relative(b, q))
}

fn same_text(a: &ObjRef, b: &ObjRef) -> bool {
    match (a.payload(), b.payload()) {
        (Payload::Str(x), Payload::Str(y)) => x.wtf8() == y.wtf8(),
        _ => ObjRef::ptr_eq(a, b),
    }
}

/// Whether two constants are the same for code equality: of the same type and the same value,
/// where floats compare by their bits (so `0.0` and `-0.0` differ, as CPython's constant keys
/// make them) and nested tuples and code objects compare item by item.
fn same_constant(a: &Value, b: &Value) -> bool {
    if !ObjRef::ptr_eq(class_of(a), class_of(b)) {
        return false;
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Complex((r1, i1)), Payload::Complex((r2, i2))) => {
                (r1.to_bits(), i1.to_bits()) == (r2.to_bits(), i2.to_bits())
            }
            (Payload::Str(s), Payload::Str(t)) => s.wtf8() == t.wtf8(),
            (Payload::Bytes(s), Payload::Bytes(t)) => s == t,
            (Payload::Int(m), Payload::Int(n)) => m == n,
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                s.len() == t.len() && s.iter().zip(t.iter()).all(|(x, y)| same_constant(x, y))
            }
            (Payload::FrozenSet(s), Payload::FrozenSet(t)) => {
                let (s, t) = (s.keys(), t.keys());
                s.len() == t.len() && s.iter().all(|x| t.iter().any(|y| same_constant(x, y)))
            }
            (Payload::Code(s), Payload::Code(t)) => same_code(s, t),
            _ => ObjRef::ptr_eq(x, y),
        },
        _ => a.is(b),
    }
}

/// `hash(code)`: from the parts `same_code` compares that are cheapest to read.
fn code_hash(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = code_of(&args)?;
    let name = match code.name.payload() {
        Payload::Str(s) => s.hash(),
        _ => 0,
    };
    let shape = [code.argcount, code.kwonlyargcount, code.flags.0, code.firstlineno, code.instructions.len() as u32];
    let hash = shape.iter().fold(name, |h, &part| h.wrapping_mul(1_000_003) ^ i64::from(part));
    Ok(Value::Int(if hash == -1 { -2 } else { hash }))
}

fn code_of<'a>(args: &'a Args<'_>) -> PyResult<&'a Arc<Code>> {
    match args.pos().first().and_then(Value::payload) {
        Some(Payload::Code(code)) => Ok(code),
        _ => Err(type_error("descriptor requires a 'code' object")),
    }
}

fn optional(n: Option<u32>) -> Value {
    n.map_or(Value::None, |n| Value::Int(i64::from(n)))
}

/// `co_positions()`: (lineno, end_lineno, col_offset, end_col_offset) of each instruction.
/// Ferrython's instructions are not CPython's code units (no CACHE entries), so the sequence
/// has one entry per Ferrython instruction.
fn co_positions(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = code_of(&args)?;
    let items = code
        .positions
        .iter()
        .map(|p| {
            crate::objects::tuple_of([
                optional(p.lineno),
                optional(p.end_lineno),
                optional(p.col_offset),
                optional(p.end_col_offset),
            ])
        })
        .collect();
    crate::protocols::iter::get_iter(thread, &crate::objects::list(items))
}

/// `co_lines()`: (start, end, lineno) byte ranges of instructions on the same line, counting
/// two bytes per instruction as CPython's code units do.
fn co_lines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = code_of(&args)?;
    let mut ranges: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for (i, p) in code.positions.iter().enumerate() {
        match ranges.last_mut() {
            Some(last) if last.2 == p.lineno => last.1 = 2 * (i + 1),
            _ => ranges.push((2 * i, 2 * (i + 1), p.lineno)),
        }
    }
    let items = ranges
        .into_iter()
        .map(|(a, b, line)| crate::objects::tuple_of([Value::Int(a as i64), Value::Int(b as i64), optional(line)]))
        .collect();
    crate::protocols::iter::get_iter(thread, &crate::objects::list(items))
}

/// Argument `index` (after the class) or keyword `name`.
fn argument(args: &Args<'_>, index: usize, name: &str) -> Option<Value> {
    args.pos().get(index + 1).cloned().or_else(|| {
        args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == name)).map(|(_, v)| v.clone())
    })
}

/// `function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`.
fn function_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code =
        argument(&args, 0, "code").ok_or_else(|| type_error("function() missing required argument 'code' (pos 1)"))?;
    let globals = argument(&args, 1, "globals")
        .ok_or_else(|| type_error("function() missing required argument 'globals' (pos 2)"))?;
    let Some(Payload::Code(code_data)) = code.payload() else {
        return Err(type_error(format!("function() argument 'code' must be code, not {}", type_name(&code))));
    };
    let Some(globals) = globals.as_obj().filter(|g| matches!(g.payload(), Payload::Dict(_))).cloned() else {
        return Err(type_error(format!("function() argument 'globals' must be dict, not {}", type_name(&globals))));
    };
    let name = argument(&args, 2, "name").unwrap_or(Value::None);
    if !name.is_none() && as_pystr(&name).is_none() {
        return Err(type_error("arg 3 (name) must be None or string"));
    }
    let defaults = argument(&args, 3, "argdefs").unwrap_or(Value::None);
    if !defaults.is_none() && as_tuple(&defaults).is_none() {
        return Err(type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = argument(&args, 4, "closure").unwrap_or(Value::None);
    let cells = as_tuple(&closure).map_or(0, <[Value]>::len);
    let needed = code_data.freevars.len();
    if needed > 0 && closure.is_none() {
        return Err(type_error("arg 5 (closure) must be tuple"));
    }
    if cells != needed {
        return Err(value_error(format!("{} requires closure of length {needed}, not {cells}", code_data.name_str())));
    }
    if let Some(bad) =
        as_tuple(&closure).and_then(|items| items.iter().find(|c| !matches!(c.payload(), Some(Payload::Cell(_)))))
    {
        return Err(type_error(format!("arg 5 (closure) expected cell, found {}", type_name(bad))));
    }
    let kwdefaults = argument(&args, 5, "kwdefaults").unwrap_or(Value::None);
    let builtins = crate::ops::builtins_for(thread, &globals);
    let parts = FunctionParts {
        defaults: (!defaults.is_none()).then_some(defaults),
        kwdefaults: (!kwdefaults.is_none()).then_some(kwdefaults),
        annotations: None,
        closure: (!closure.is_none()).then_some(closure),
    };
    let function = crate::ops::make_function(thread, code.clone(), globals, builtins, parts)?;
    if let (Some(Payload::Function(f)), false) = (function.payload(), name.is_none()) {
        *f.name.lock() = name;
    }
    Ok(function)
}

/// `code.replace(**changes)`: a copy with some `co_*` fields changed. Only the fields that do
/// not change the frame layout are accepted; the tuples must keep their length.
fn code_replace(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Code(code)) = args.pos().first().and_then(Value::payload) else {
        return Err(type_error("replace() needs a code object"));
    };
    if args.pos().len() > 1 {
        return Err(type_error(format!("replace() takes no positional arguments ({} given)", args.pos().len() - 1)));
    }
    let mut new = Code {
        id: crate::objects::code::new_code_id(),
        instructions: code.instructions.clone(),
        consts: code.consts.clone(),
        names: code.names.clone(),
        varnames: code.varnames.clone(),
        cellvars: code.cellvars.clone(),
        freevars: code.freevars.clone(),
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        filename: code.filename.clone(),
        firstlineno: code.firstlineno,
        argcount: code.argcount,
        posonlyargcount: code.posonlyargcount,
        kwonlyargcount: code.kwonlyargcount,
        flags: code.flags,
        positions: code.positions.clone(),
        exception_table: code.exception_table.clone(),
        max_stack: code.max_stack,
        traced: std::sync::OnceLock::new(),
        sites: crate::site_cache::SiteCache::new(code.instructions.len()),
    };
    let mut linetable = None;
    for (key, value) in args.keywords() {
        let key = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let text = |what: &str| -> PyResult<ObjRef> {
            as_pystr(value)
                .map(|s| intern(&s.as_str()))
                .ok_or_else(|| type_error(format!("replace() argument '{what}' must be str, not {}", type_name(value))))
        };
        match key.as_str() {
            "co_name" => new.name = text("co_name")?,
            "co_qualname" => new.qualname = text("co_qualname")?,
            "co_filename" => new.filename = text("co_filename")?,
            "co_flags" => {
                let flags = crate::objects::int::to_i64(value)
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| type_error("replace() argument 'co_flags' must be int"))?;
                // Only the flags that do not change how the code runs may change: the
                // iterable-coroutine mark (`types.coroutine`) and the future-feature flags.
                const FREE: u32 = ferrython_bytecode::CodeFlags::ITERABLE_COROUTINE | 0x00ff_0000;
                if (flags ^ new.flags.0) & !FREE != 0 {
                    return Err(value_error("co_flags cannot change how the code runs"));
                }
                new.flags = ferrython_bytecode::CodeFlags(flags);
            }
            "co_linetable" => {
                linetable = Some(super::bytes_like(value).ok_or_else(|| {
                    type_error(format!("replace() argument 'co_linetable' must be bytes, not {}", type_name(value)))
                })?);
            }
            "co_firstlineno" => {
                new.firstlineno = crate::objects::int::to_i64(value)
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| type_error("replace() argument 'co_firstlineno' must be int"))?
            }
            "co_consts" => {
                let items =
                    as_tuple(value).ok_or_else(|| type_error("replace() argument 'co_consts' must be tuple"))?;
                // The instructions index the constants: fewer would leave them dangling.
                if items.len() < new.consts.len() {
                    return Err(value_error("co_consts cannot lose constants the code refers to"));
                }
                new.consts = items.into();
            }
            "co_names" => {
                let items = as_tuple(value).ok_or_else(|| type_error("replace() argument 'co_names' must be tuple"))?;
                if items.len() != new.names.len() || items.iter().any(|n| as_pystr(n).is_none()) {
                    return Err(value_error("co_names must keep its length and hold strs"));
                }
                new.names = items.iter().filter_map(|n| as_pystr(n).map(|s| intern(&s.as_str()))).collect();
            }
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for replace()"))),
        }
    }
    // Read with the final first line (a `co_firstlineno` given too applies to it).
    if let Some(table) = linetable {
        let count = new.instructions.len();
        new.positions = ferrython_bytecode::linetable::decode(&table, new.firstlineno, count).into();
    } else if new.firstlineno != code.firstlineno {
        // Lines are kept relative to the first one, as CPython's line table holds them.
        let delta = i64::from(new.firstlineno) - i64::from(code.firstlineno);
        let shift = |n: Option<u32>| n.map(|n| u32::try_from((i64::from(n) + delta).max(0)).unwrap_or(u32::MAX));
        new.positions = new
            .positions
            .iter()
            .map(|p| ferrython_bytecode::Position { lineno: shift(p.lineno), end_lineno: shift(p.end_lineno), ..*p })
            .collect();
    }
    Ok(Value::Obj(ObjRef::new(types().code.clone(), None, OwnedPayload::Code(Arc::new(new)))))
}
