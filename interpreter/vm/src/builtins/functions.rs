//! The functions of the `builtins` module.

use std::io::Write as _;

use crate::call::call;
use crate::objects::exception::{exceptions, type_error, value_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern, intern_static, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{as_dict, list, Dict, OwnedPayload, Payload};
use crate::protocols::{self, iter, str_arg};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::arity::bind;
use super::native_function;

pub(super) fn install(dict: &Dict) {
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", super::instance_check::isinstance),
        ("issubclass", super::instance_check::issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("iter", super::iterators::iter_builtin),
        ("next", super::iterators::next),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("hash", hash),
        ("id", id),
        ("divmod", divmod),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("format", format),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("round", round),
        ("pow", pow),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", crate::import::builtin_import),
        ("aiter", aiter),
        ("input", super::interactive::input),
        ("breakpoint", super::interactive::breakpoint),
        ("help", super::interactive::help),
        ("anext", anext),
    ];
    for (name, func) in functions {
        dict.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    let t = types();
    for (name, class) in [
        ("reversed", &t.reversed),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
    ] {
        dict.set_str(&intern(name), Value::Obj(class.clone()));
    }
    dict.set_str(&intern_static("__build_class__"), super::classes::build_class_function());
}

/// The positional arguments of builtin `name`, between `min` and `max` of them. Only `exec`
/// among the functions using this also takes keywords (and looks for them).
pub(super) fn pos<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if name != "exec" {
        no_keywords(args, name)?;
    }
    let p = args.pos();
    if p.len() == 1 && min <= 1 && max >= 1 {
        return Ok(p);
    }
    // Functions of one object (CPython's METH_O) word the error differently.
    let one_object = matches!(
        name,
        "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "hash" | "hex" | "id" | "oct" | "ord" | "aiter"
    );
    if one_object && p.len() != 1 {
        return Err(type_error(format!("{name}() takes exactly one argument ({} given)", p.len())));
    }
    if p.len() < min || p.len() > max {
        let expected = if min == max {
            format!("{min} argument{}", if min == 1 { "" } else { "s" })
        } else if p.len() < min {
            format!("at least {min} argument{}", if min == 1 { "" } else { "s" })
        } else {
            format!("at most {max} argument{}", if max == 1 { "" } else { "s" })
        };
        return Err(type_error(format!("{name} expected {expected}, got {}", p.len())));
    }
    Ok(p)
}

use crate::modules::arguments::no_arguments;

pub(super) fn no_keywords(args: &Args<'_>, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Refuses keywords other than `allowed`: "'x' is an invalid keyword argument for zip()".
pub(super) fn only_keywords(args: &Args<'_>, name: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.keywords() {
        let k = str_arg(k, "keyword")?;
        if !allowed.contains(&k.as_ref()) {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(())
}

pub(super) fn keyword<'a>(args: &Args<'a>, name: &str) -> Option<&'a Value> {
    args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == name)).map(|(_, v)| v)
}

/// Writes `text` to `file` (an object with `write`) or to the interpreter's stdout.
pub(super) fn write_to(thread: &mut Thread, file: Option<&Value>, text: &str) -> PyResult<()> {
    match file {
        Some(file) if !file.is_none() => {
            let write = protocols::getattr(thread, file, &intern_static("write"))?;
            call(thread, &write, Args::positional(&[new_str(text)]))?;
            Ok(())
        }
        _ => match crate::modules::sys::stdout_of(thread) {
            // print() with `sys.stdout = None` prints nothing, as in CPython.
            Some(Value::None) => Ok(()),
            Some(stream) if !crate::modules::sys::is_native_stdout(&stream) => write_to(thread, Some(&stream), text),
            _ => {
                let mut out = thread.interp.stdout.lock();
                out.write_all(text.as_bytes()).map_err(|e| crate::modules::sys::os_error(&e))
            }
        },
    }
}

fn print(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (mut sep, mut end) = (None, None);
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.keywords() {
        let key = str_arg(k, "keywords")?;
        match key.as_str() {
            "sep" | "end" if !v.is_none() && as_pystr(v).is_none() => {
                return Err(type_error(format!("{key} must be None or a string, not {}", type_name(v))));
            }
            "sep" if !v.is_none() => sep = Some(v.clone()),
            "end" if !v.is_none() => end = Some(v.clone()),
            "sep" | "end" => {}
            "file" => file = Some(v.clone()),
            "flush" => flush = protocols::truthy(thread, v)?,
            other => return Err(type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    // The stream: `file`, else `sys.stdout`; a Python object gets one write() per piece (the
    // str objects themselves, lone surrogates and all), as CPython's print does; the
    // interpreter's own stdout gets the whole line at once.
    let target = match file.filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => match crate::modules::sys::stdout_of(thread) {
            Some(Value::None) => return Ok(Value::None),
            Some(stream) if !crate::modules::sys::is_native_stdout(&stream) => Some(stream),
            _ => None,
        },
    };
    // Every piece is written as `str(piece)` (CPython's `Py_PRINT_RAW`): a str subclass's
    // separator arrives as a plain str.
    let sep = match sep {
        Some(sep) => protocols::repr::to_str_value(thread, &sep)?,
        None => new_str(" "),
    };
    let mut pieces = Vec::with_capacity(args.pos().len() * 2 + 1);
    for (i, value) in args.pos().iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(protocols::repr::to_str_value(thread, value)?);
    }
    pieces.push(match end {
        Some(end) => protocols::repr::to_str_value(thread, &end)?,
        None => new_str("\n"),
    });
    match &target {
        Some(stream) => {
            for piece in pieces {
                // Looked up for each piece, as CPython's `PyFile_WriteObject` does.
                let write = protocols::getattr(thread, stream, &intern_static("write"))?;
                call(thread, &write, Args::positional(&[piece]))?;
            }
            if flush {
                if let Some(method) = protocols::getattr_opt(thread, stream, "flush")? {
                    call(thread, &method, Args::positional(&[]))?;
                }
            }
        }
        None => {
            let line: String = pieces.iter().filter_map(as_pystr).map(|s| s.as_str().into_owned()).collect();
            write_to(thread, None, &line)?;
            if flush {
                let _ = thread.interp.stdout.lock().flush();
            }
        }
    }
    Ok(Value::None)
}

fn len(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if let ([value], []) = (args.values, args.kwnames) {
        return Ok(Value::Int(protocols::len(thread, value)? as i64));
    }
    no_keywords(&args, "len")?;
    let p = pos(&args, "len", 1, 1)
        .map_err(|_| type_error(format!("len() takes exactly one argument ({} given)", args.pos().len())))?;
    Ok(Value::Int(protocols::len(thread, &p[0])? as i64))
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "repr", 1, 1)
        .map_err(|_| type_error(format!("repr() takes exactly one argument ({} given)", args.pos().len())))?;
    protocols::repr::repr_value(thread, &p[0])
}

fn ascii(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "ascii", 1, 1)?;
    // An ASCII repr is returned as it is (a str subclass too).
    let repr = protocols::repr::repr_value(thread, &p[0])?;
    match as_pystr(&repr) {
        Some(text) if text.is_ascii() => Ok(repr.clone()),
        Some(text) => Ok(new_str(super::ascii_of(&text.as_str()))),
        None => Ok(repr.clone()),
    }
}

fn attr_name(value: &Value) -> PyResult<ObjRef> {
    match as_pystr(value) {
        Some(s) => Ok(crate::objects::str::intern_wtf8(s.wtf8())),
        None => Err(type_error(format!("attribute name must be string, not '{}'", type_name(value)))),
    }
}

fn getattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "getattr", 2, 3)?;
    let name = attr_name(&p[1])?;
    match protocols::getattr(thread, &p[0], &name) {
        Err(err) if p.len() == 3 && err.matches(&exceptions().attribute_error) => Ok(p[2].clone()),
        other => other,
    }
}

fn setattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "setattr", 3, 3)?;
    let name = attr_name(&p[1])?;
    protocols::setattr(thread, &p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn hasattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "hasattr", 2, 2)?;
    let name = attr_name(&p[1])?;
    match protocols::getattr(thread, &p[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(err) if err.matches(&exceptions().attribute_error) => Ok(Value::Bool(false)),
        Err(err) => Err(err),
    }
}

fn delattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "delattr", 2, 2)?;
    let name = attr_name(&p[1])?;
    protocols::delattr(thread, &p[0], &name)?;
    Ok(Value::None)
}

fn abs(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "abs", 1, 1)?;
    match &p[0] {
        Value::Int(i) if *i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        v => {
            if let Some(big) = crate::objects::int::to_big(v).filter(|_| !type_data(class_of(v)).heap) {
                return Ok(crate::objects::int::int_from_big(num_traits::Signed::abs(&big)));
            }
            if let Some(Payload::Complex((re, im))) = v.payload().filter(|_| !type_data(class_of(v)).heap) {
                return super::numbers::complex::magnitude(*re, *im);
            }
            match protocols::call_special(thread, v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v)))),
            }
        }
    }
}

fn all(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "all", 1, 1)?;
    let mut items = iter::Items::new(thread, &p[0])?;
    while let Some(item) = items.next(thread)? {
        if !protocols::truthy(thread, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "any", 1, 1)?;
    let mut items = iter::Items::new(thread, &p[0])?;
    while let Some(item) = items.next(thread)? {
        if protocols::truthy(thread, &item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn is_callable(value: &Value) -> bool {
    match value.payload() {
        Some(
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Method(_)
            | Payload::Type(_)
            | Payload::StaticMethod(_),
        ) => true,
        _ => protocols::special(value, "__call__").is_some(),
    }
}

fn callable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "callable", 1, 1)?;
    Ok(Value::Bool(is_callable(&p[0])))
}

fn chr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "chr", 1, 1)?;
    if matches!(p[0], Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    // The code point is a C int: beyond that range, OverflowError.
    let code = num_traits::ToPrimitive::to_i32(&protocols::number::index_big(thread, &p[0])?)
        .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C int"))?;
    if !(0..=0x10FFFF).contains(&code) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    let mut s = ferrython_ast::PyStr::new();
    s.push(code as u32);
    Ok(crate::objects::str::str_object(crate::objects::PyString::from_wtf8(s.as_wtf8())))
}

fn ord(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "ord", 1, 1)?;
    match p[0].payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(i64::from(s.code_points().next().unwrap_or(0))))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = super::bytes_like(&p[0]).unwrap_or_default();
            if b.len() != 1 {
                return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
            }
            Ok(Value::Int(i64::from(b[0])))
        }
        _ => Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(&p[0])))),
    }
}

fn hash(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "hash", 1, 1)?;
    Ok(Value::Int(protocols::hash_value(thread, &p[0])?))
}

fn id(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "id", 1, 1)?;
    Ok(Value::Int(match &p[0] {
        Value::Obj(o) => o.addr() as i64,
        Value::Int(i) => i.wrapping_mul(32).wrapping_add(0x1000),
        Value::Float(f) => f.to_bits() as i64,
        Value::Bool(b) => 0x100 + i64::from(*b),
        _ => 0x10,
    }))
}

fn divmod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "divmod", 2, 2)?;
    let (a, b) = (&p[0], &p[1]);
    if !type_data(class_of(a)).heap && !type_data(class_of(b)).heap {
        if let Some(result) = protocols::number::native_divmod(a, b)? {
            return Ok(result);
        }
    }
    if let Some(r) = protocols::call_special(thread, a, "__divmod__", std::slice::from_ref(b))? {
        if !super::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = protocols::call_special(thread, b, "__rdivmod__", std::slice::from_ref(a))? {
        if !super::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b))))
}

/// min() and max(): one iterable or several arguments, with `key` and `default`.
fn extreme(thread: &mut Thread, args: Args<'_>, name: &str, op: ferrython_bytecode::CompareOp) -> PyResult<Value> {
    let p = args.pos();
    let key = keyword(&args, "key").filter(|k| !k.is_none()).cloned();
    let default = keyword(&args, "default").cloned();
    for (k, _) in args.keywords() {
        let k = str_arg(k, "keyword")?;
        if k != "key" && k != "default" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    if p.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if p.len() == 1 {
        iter::collect(thread, &p[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        p.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => call(thread, f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = match (&k, &bk) {
                    // Machine ints (the commonest items) compare without the protocol.
                    (Value::Int(a), Value::Int(b)) => {
                        if matches!(op, ferrython_bytecode::CompareOp::Lt) {
                            a < b
                        } else {
                            a > b
                        }
                    }
                    _ => {
                        let better = protocols::compare::rich_compare(thread, &k, &bk, op)?;
                        protocols::truthy(thread, &better)?
                    }
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{name}() iterable argument is empty"))),
    }
}

fn min(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    extreme(thread, args, "min", ferrython_bytecode::CompareOp::Lt)
}

fn max(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    extreme(thread, args, "max", ferrython_bytecode::CompareOp::Gt)
}

fn sum(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let slots = bind(&args, "sum", &["iterable", "start"], 1, 1)?;
    let iterable = slots[0].clone().unwrap_or_default();
    let mut total = slots[1].clone().unwrap_or(Value::Int(0));
    if let Some(Payload::Str(_)) = total.payload() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Payload::Bytes(_)) = total.payload() {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if let Some(Payload::ByteArray(_)) = total.payload() {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let mut items = iter::Items::new(thread, &iterable)?;
    // Floats are added with Neumaier's compensation, as CPython 3.12 does: `compensation`
    // holds the low-order bits lost so far while the total is a float.
    let mut compensation = 0.0f64;
    let settle = |total: f64, compensation: f64| {
        if compensation != 0.0 && compensation.is_finite() {
            total + compensation
        } else {
            total
        }
    };
    while let Some(item) = items.next(thread)? {
        let addend = match (&total, &item) {
            (Value::Float(_), Value::Float(x)) => Some(*x),
            (Value::Float(_), Value::Int(i)) if i.unsigned_abs() < (1 << 53) => Some(*i as f64),
            _ => None,
        };
        if let (Value::Float(sum), Some(x)) = (&total, addend) {
            let t = sum + x;
            if sum.abs() >= x.abs() {
                compensation += (sum - t) + x;
            } else {
                compensation += (x - t) + sum;
            }
            total = Value::Float(t);
            continue;
        }
        if let Value::Float(sum) = total {
            total = Value::Float(settle(sum, compensation));
            compensation = 0.0;
        }
        total = match (&total, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => protocols::number::binary_op(thread, total, item, ferrython_bytecode::BinaryOp::Add)?,
        };
    }
    if let Value::Float(sum) = total {
        return Ok(Value::Float(settle(sum, compensation)));
    }
    Ok(total)
}

fn sorted(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    let items = iter::collect_sized(thread, &p[0])?;
    let result = list(items);
    let mut sort_args = vec![result.clone()];
    let mut names = Vec::new();
    for (k, v) in args.keywords() {
        names.push(k.clone());
        sort_args.push(v.clone());
    }
    super::sequences::list_sort(thread, Args { values: &sort_args, kwnames: &names })?;
    Ok(result)
}

fn globals(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "globals")?;
    Ok(Value::Obj(thread.current_globals()))
}

/// `locals()`: the locals mapping of module and class bodies, or a snapshot of a function's
/// variables.
pub fn current_locals(thread: &mut Thread) -> PyResult<Value> {
    let Some(frame) = thread.frames.last() else { return Ok(Value::Obj(thread.current_globals())) };
    if !frame.locals.is_null() {
        // A module or class body inside an inlined comprehension (PEP 709): a copy of its
        // namespace with the comprehension's variables.
        let hidden: Vec<(ObjRef, Value)> = frame
            .code
            .varnames
            .iter()
            .enumerate()
            .filter_map(|(i, name)| {
                let value = thread.stack.get(frame.base + i)?;
                (!value.is_null()).then(|| (name.clone(), value.clone()))
            })
            .collect();
        let Some(namespace) = as_dict(&frame.locals).filter(|_| !hidden.is_empty()) else {
            return Ok(frame.locals.clone());
        };
        let copy = Value::Obj(ObjRef::new(types().dict.clone(), None, OwnedPayload::Dict(namespace.copy())));
        if let Some(d) = as_dict(&copy) {
            for (name, value) in hidden {
                d.set_str(&name, value);
            }
        }
        return Ok(copy);
    }
    let code = frame.code.clone();
    let base = frame.base;
    let deref_base = frame.deref_base();
    let dict = crate::objects::new_dict();
    let d = crate::ops::namespace(&dict);
    for (i, name) in code.varnames.iter().enumerate() {
        let value = thread.stack[base + i].clone();
        if !value.is_null() && !code.cellvars.iter().any(|c| ObjRef::ptr_eq(c, name)) {
            d.set_str(name, value);
        }
    }
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let value = crate::ops::cell_get(&thread.stack[deref_base + i]);
        if !value.is_null() {
            d.set_str(name, value);
        }
    }
    Ok(Value::Obj(dict))
}

fn locals(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "locals")?;
    current_locals(thread)
}

fn vars(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "vars", 0, 1)?;
    match p.first() {
        None => current_locals(thread),
        Some(obj) => match protocols::getattr_opt(thread, obj, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "dir", 0, 1)?;
    let names = match p.first() {
        None => {
            let locals = current_locals(thread)?;
            let exact = locals.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class, &types().dict));
            match as_dict(&locals).filter(|_| exact) {
                Some(d) => d.keys(),
                None => {
                    // A mapping given to eval() or exec() as locals: its keys().
                    let keys = protocols::getattr(thread, &locals, &intern_static("keys"))?;
                    let keys = call(thread, &keys, Args::positional(&[]))?;
                    if protocols::special(&keys, "__iter__").is_none()
                        && protocols::special(&keys, "__getitem__").is_none()
                    {
                        return Err(type_error(format!(
                            "{}.keys() returned a non-iterable (type {})",
                            type_name(&locals),
                            type_name(&keys)
                        )));
                    }
                    iter::collect(thread, &keys)?
                }
            }
        }
        Some(obj) => {
            let listing = match protocols::call_special(thread, obj, "__dir__", &[])? {
                Some(r) => r,
                None => list(Vec::new()),
            };
            iter::collect(thread, &listing)?
        }
    };
    let result = list(names);
    super::sequences::list_sort(thread, Args::positional(std::slice::from_ref(&result)))?;
    Ok(result)
}

fn format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "format", 1, 2)?;
    let spec = match p.get(1) {
        Some(s) => str_arg(s, "format() argument 2")?,
        None => String::new(),
    };
    crate::format::format_to_str(thread, &p[0], &spec)
}

fn int_text(thread: &mut Thread, args: Args<'_>, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    let p = pos(&args, name, 1, 1)?;
    let big = protocols::number::index_big(thread, &p[0])?;
    let digits = big.magnitude().to_str_radix(radix);
    let sign = if big.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    Ok(new_str(format!("{sign}{prefix}{digits}")))
}

fn bin(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    int_text(thread, args, "bin", 2, "0b")
}

fn oct(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    int_text(thread, args, "oct", 8, "0o")
}

fn hex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    int_text(thread, args, "hex", 16, "0x")
}

fn round(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let slots = bind(&args, "round", &["number", "ndigits"], 0, 1)?;
    let number = slots[0].clone().unwrap_or_default();
    let ndigits = slots[1].clone().unwrap_or(Value::None);
    super::numbers::round(thread, &number, &ndigits)
}

fn pow(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let slots = bind(&args, "pow", &["base", "exp", "mod"], 0, 2)?;
    let mut given: Vec<Value> = slots.into_iter().flatten().collect();
    if given.len() == 3 && given[2].is_none() {
        given.pop();
    }
    let p = &given[..];
    if p.len() == 3 && !p[2].is_none() {
        let is_int = crate::objects::int::is_int;
        let builtin_number = |v: &Value| {
            !type_data(class_of(v)).heap
                && (is_int(v) || matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Complex(..))))
        };
        let complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
        if p.iter().all(builtin_number) && (complex(&p[0]) || complex(&p[1])) {
            return Err(value_error("complex modulo"));
        }
        if p.iter().all(builtin_number) && !p.iter().all(is_int) {
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        if !p.iter().all(is_int) || type_data(class_of(&p[0])).heap {
            // Three-argument pow only asks the first operand (__rpow__ takes no modulus).
            if type_data(class_of(&p[0])).heap {
                if let Some(r) = protocols::call_special(thread, &p[0], "__pow__", &p[1..])? {
                    if !super::is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if !p.iter().all(is_int) {
                return Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name(&p[0]),
                    type_name(&p[1]),
                    type_name(&p[2])
                )));
            }
        }
        return super::numbers::pow_mod(thread, &p[0], &p[1], &p[2]);
    }
    protocols::number::binary_op(thread, p[0].clone(), p[1].clone(), ferrython_bytecode::BinaryOp::Power)
}

/// The globals and locals `exec`/`eval` run with, checked as CPython checks them.
fn namespaces(thread: &mut Thread, p: &[Value], name: &str) -> PyResult<(ObjRef, Value)> {
    let given_globals = p.get(1).filter(|g| !g.is_none());
    let given_locals = p.get(2).filter(|l| !l.is_none());
    let is_mapping = |v: &Value| protocols::special(v, "__getitem__").is_some();
    if name == "eval" {
        if given_locals.is_some_and(|l| !is_mapping(l)) {
            return Err(type_error("locals must be a mapping"));
        }
        if let Some(g) = given_globals.filter(|g| !matches!(g.payload(), Some(Payload::Dict(_)))) {
            return Err(type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    }
    let globals = match given_globals {
        None => thread.current_globals(),
        Some(g) => match g.as_obj() {
            Some(o) if matches!(o.payload(), Payload::Dict(_)) => o.clone(),
            _ => return Err(type_error(format!("exec() globals must be a dict, not {}", type_name(g)))),
        },
    };
    let locals = match given_locals {
        None if given_globals.is_some() => Value::Obj(globals.clone()),
        None => current_locals(thread)?,
        Some(l) if !is_mapping(l) => {
            return Err(type_error(format!("locals must be a mapping or None, not {}", type_name(l))));
        }
        Some(l) => l.clone(),
    };
    let key = Value::Obj(intern_static("__builtins__"));
    let d = crate::ops::namespace(&globals);
    if !d.contains(thread, &key)? {
        // The running code's builtins (a dict), as CPython's `PyEval_GetBuiltins`.
        let builtins = match thread.frames.last() {
            Some(frame) => crate::ops::builtins_value(&frame.builtins),
            None => Value::Obj(thread.interp.builtins_dict.clone()),
        };
        d.set(thread, key, builtins)?;
    }
    Ok((globals, locals))
}

/// The text of a source argument of `exec`, `eval` or `compile`: str, or any bytes-like object.
fn source_bytes(source: &Value) -> Option<Vec<u8>> {
    match source.payload() {
        Some(Payload::Str(s)) => Some(s.wtf8().to_vec()),
        _ => super::bytes_like(source),
    }
}

fn code_from(
    thread: &mut Thread,
    source: &Value,
    mode: &str,
    name: &str,
) -> PyResult<std::sync::Arc<crate::objects::Code>> {
    if let Some(Payload::Code(code)) = source.payload() {
        return Ok(code.clone());
    }
    match source_bytes(source) {
        Some(mut text) => {
            if mode == "eval" && matches!(source.payload(), Some(Payload::Str(_))) {
                // eval() ignores the spaces and tabs that start a string.
                let skip = text.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
                text.drain(..skip);
            }
            let optimize = crate::compile::interpreter_optimize(thread);
            let flags =
                ferrython_compiler::Flags { future: crate::compile::inherited_future(thread), ..Default::default() };
            crate::compile::compile_source_at(thread, &text, "<string>", mode, optimize, flags)
        }
        None => Err(type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    }
}

fn exec(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, "exec", &["closure"])?;
    let p = args.pos();
    if p.is_empty() || p.len() > 3 {
        return Err(type_error(if p.is_empty() {
            "exec() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!("exec() takes at most 3 positional arguments ({} given)", p.len())
        }));
    }
    let (globals, locals) = namespaces(thread, p, "exec")?;
    let closure = keyword(&args, "closure").filter(|c| !c.is_none());
    if let Some(Payload::Code(code)) = p[0].payload() {
        let free = code.freevars.len();
        let cells: Vec<Value> = match closure {
            None if free == 0 => Vec::new(),
            Some(_) if free == 0 => return Err(type_error("cannot use a closure with this code object")),
            given => {
                let cells = given
                    .filter(|c| c.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class, &types().tuple)))
                    .and_then(crate::objects::as_tuple)
                    .map(|t| t.to_vec())
                    .filter(|cells| {
                        cells.len() == free && cells.iter().all(|c| matches!(c.payload(), Some(Payload::Cell(_))))
                    });
                match cells {
                    Some(cells) => cells,
                    None => return Err(type_error(format!("code object requires a closure of exactly length {free}"))),
                }
            }
        };
        let code = code.clone();
        thread.run_code_with_closure(code, p[0].clone(), globals, locals, &cells)?;
        return Ok(Value::None);
    }
    if closure.is_some() {
        return Err(type_error("closure can only be used when source is a code object"));
    }
    let code = code_from(thread, &p[0], "exec", "exec")?;
    thread.run_code_object(code, Value::Null, globals, locals)?;
    Ok(Value::None)
}

fn eval(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "eval", 1, 3)?;
    let (globals, locals) = namespaces(thread, p, "eval")?;
    if let Some(Payload::Code(code)) = p[0].payload() {
        if !code.freevars.is_empty() {
            return Err(type_error("code object passed to eval() may not contain free variables"));
        }
    }
    let code = code_from(thread, &p[0], "eval", "eval")?;
    thread.run_code_object(code, given_code_object(&p[0]), globals, locals)
}

/// The code object `exec` or `eval` was given, else Null (source text is compiled afresh).
fn given_code_object(source: &Value) -> Value {
    match source.payload() {
        Some(Payload::Code(_)) => source.clone(),
        _ => Value::Null,
    }
}

fn compile(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    const PARAMETERS: [&str; 7] =
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let slots = bind(&args, "compile", &PARAMETERS, 0, 3)?;
    let get = |i: usize| slots.get(i).cloned().flatten();
    let (Some(source), Some(filename), Some(mode)) = (get(0), get(1), get(2)) else {
        return Err(type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let path = crate::modules::io::fspath(thread, &filename)?;
    let filename = match (as_pystr(&path), path.payload()) {
        (Some(s), _) => s.as_str().into_owned(),
        (_, Some(Payload::Bytes(b))) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    };
    let flags = match get(3) {
        Some(flags) => {
            use num_traits::ToPrimitive;
            let big = protocols::number::index_big(thread, &flags)?;
            big.to_i32()
                .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C int"))?
                as i64
        }
        None => 0,
    };
    // The __future__ features, CO_NESTED and the PyCF_ flags of compile().
    const KNOWN_FLAGS: i64 = 0x1fe7610;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    let optimize = match get(5) {
        Some(level) => match protocols::number::index_of(thread, &level)? {
            -1 => crate::compile::interpreter_optimize(thread),
            level @ 0..=2 => level as u8,
            _ => return Err(value_error("compile(): invalid optimize value")),
        },
        None => crate::compile::interpreter_optimize(thread),
    };
    let mode = str_arg(&mode, "compile() argument 'mode'")?;
    let only_ast = flags & crate::modules::ast::PY_CF_ONLY_AST != 0;
    let inherit = match get(4) {
        Some(dont_inherit) => !protocols::truthy(thread, &dont_inherit)?,
        None => true,
    };
    let mut future = flags as u32 & ferrython_compiler::CO_FUTURE_MASK;
    if inherit {
        future |= crate::compile::inherited_future(thread);
    }
    let compiler_flags = ferrython_compiler::Flags {
        top_level_await: flags & crate::modules::ast::PY_CF_ALLOW_TOP_LEVEL_AWAIT != 0,
        future,
    };
    match mode.as_str() {
        "exec" | "eval" | "single" => {}
        "func_type" if only_ast => {}
        "func_type" => return Err(value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        _ if only_ast => {
            return Err(value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"));
        }
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
    if crate::modules::ast::from_py::is_node(thread, &source)? {
        if only_ast {
            return Ok(source);
        }
        let tree = crate::modules::ast::from_py::to_module(thread, &source, &mode)?;
        let code = crate::compile::compile_tree_object_at(thread, &tree, &filename, None, optimize, compiler_flags)?;
        let code = crate::objects::Code::from_compiled(&code);
        return Ok(Value::Obj(ObjRef::new(types().code.clone(), None, OwnedPayload::Code(code))));
    }
    if matches!(source.payload(), Some(Payload::Code(_))) && !only_ast {
        return Ok(source);
    }
    let Some(bytes) = source_bytes(&source) else {
        return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if only_ast {
        let type_comments = flags & crate::modules::ast::PY_CF_TYPE_COMMENTS != 0;
        let options = crate::compile::parse_options(&mode, type_comments, future);
        let parsed = crate::compile::parse_source_warning(thread, &bytes, &filename, options)?;
        return crate::modules::ast::to_py::to_py(thread, &parsed.module);
    }
    let code = crate::compile::compile_source_at(thread, &bytes, &filename, &mode, optimize, compiler_flags)?;
    Ok(Value::Obj(ObjRef::new(types().code.clone(), None, OwnedPayload::Code(code))))
}

fn aiter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "aiter", 1, 1)?;
    if protocols::special(&p[0], "__aiter__").is_none() {
        return Err(type_error(format!("'{}' object is not an async iterable", type_name(&p[0]))));
    }
    crate::generator::get_aiter(thread, p[0].clone())
}

fn anext(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "anext", 1, 2)?;
    match protocols::call_special(thread, &p[0], "__anext__", &[])? {
        Some(awaitable) => Ok(awaitable),
        None => Err(type_error(format!("'{}' object is not an async iterator", type_name(&p[0])))),
    }
}
