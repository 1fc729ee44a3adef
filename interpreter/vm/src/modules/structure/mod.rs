//! The `_struct` module (re-exported by `Lib/struct.py`): `Struct`, the module functions
//! `pack`, `unpack`, `pack_into`, `unpack_from`, `iter_unpack` and `calcsize`, and
//! `struct.error`. Formats are parsed in `format`, values converted in `codec`.

pub(crate) mod codec;
mod format;

use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use self::codec::{unpack_one, Packer};
use self::format::{parse, Layout};
use crate::builtins::{add_methods, bytes_like, native_function, new_bytes};
use crate::method;
use crate::modules::arguments::{exactly, no_keywords, parse as parse_args, single, Signature};
use crate::objects::exception::{exceptions, stop_iteration, type_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::memoryview::writable_bytes;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{new_dict, tuple, tuple_of, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The `_struct` types (builtin types, shared by every interpreter of the process).
struct StructTypes {
    strukt: ObjRef,
    unpack_iterator: ObjRef,
}

fn struct_types() -> &'static StructTypes {
    static TYPES: OnceLock<StructTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let t = types();
        let strukt = new_builtin_type(&t.type_, "Struct", std::slice::from_ref(&t.object), BaseKind::Object, true);
        set_builtin_attr(&strukt, "__module__", new_str("_struct"));
        add_methods(
            &strukt,
            &[
                method!("__new__", struct_new, StaticMethod),
                method!("__init__", struct_init),
                method!("pack", struct_pack),
                method!("pack_into", struct_pack_into),
                method!("unpack", struct_unpack),
                method!("unpack_from", struct_unpack_from),
                method!("iter_unpack", struct_iter_unpack),
            ],
        );
        crate::builtins::add_getters(&strukt, &[("format", struct_format), ("size", struct_size)]);
        let unpack_iterator =
            new_builtin_type(&t.type_, "unpack_iterator", std::slice::from_ref(&t.object), BaseKind::Other, false);
        set_builtin_attr(&unpack_iterator, "__module__", new_str("_struct"));
        add_methods(
            &unpack_iterator,
            &[
                method!("__new__", iterator_new, StaticMethod),
                method!("__iter__", iterator_iter),
                method!("__next__", iterator_next),
                method!("__length_hint__", iterator_length_hint),
            ],
        );
        StructTypes { strukt, unpack_iterator }
    })
}

/// Makes the `_struct` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
        ("_clearcache", clear_cache),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("Struct"), Value::Obj(struct_types().strukt.clone()));
    // `class error(Exception)`, shown as `struct.error`.
    let bases = tuple_of([Value::Obj(exceptions().exception.clone())]);
    let body = new_dict();
    crate::ops::namespace(&body).set_str(&intern("__module__"), new_str("struct"));
    let args = [new_str("error"), bases, Value::Obj(body)];
    let error = crate::call::call(thread, &Value::Obj(types().type_.clone()), Args::positional(&args))?;
    ns.set_str(&intern("error"), error);
    Ok(crate::objects::new_module("_struct", dict))
}

/// `struct.error` of this interpreter.
fn error_class(thread: &mut Thread) -> PyResult<ObjRef> {
    let module = crate::modules::native_module(thread, "_struct")?;
    match module.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern("error"))) {
        Some(Value::Obj(class)) => Ok(class),
        _ => Err(crate::objects::exception::runtime_error("_struct.error is missing")),
    }
}

fn struct_error(thread: &mut Thread, message: impl Into<String>) -> PyErr {
    match error_class(thread) {
        Ok(class) => PyErr::new(&class, message),
        Err(err) => err,
    }
}

// ---------------------------------------------------------------------------------------------
// Compiled formats

/// A format and its layout.
#[derive(Clone)]
struct Compiled {
    /// The format as a str.
    format: Value,
    layout: Arc<Layout>,
}

/// Parses a format given as str or bytes.
fn compile(thread: &mut Thread, format: &Value) -> PyResult<Compiled> {
    let bytes = match (as_pystr(format), format.payload()) {
        (Some(text), _) => crate::builtins::encode_text(&text.code_points().collect::<Vec<_>>(), "ascii", "strict")?,
        (None, Some(Payload::Bytes(bytes))) => bytes.to_vec(),
        _ => {
            return Err(type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name(format)
            )))
        }
    };
    let layout = parse(&bytes).map_err(|message| struct_error(thread, message))?;
    let format = match as_pystr(format) {
        Some(_) => format.clone(),
        None => new_str(String::from_utf8_lossy(&bytes).into_owned()),
    };
    Ok(Compiled { format, layout: Arc::new(layout) })
}

/// Packs `values` by `compiled` into new bytes; `what` names the operation in messages.
fn pack_values(thread: &mut Thread, compiled: &Compiled, values: &[Value], what: &str) -> PyResult<Vec<u8>> {
    let layout = &compiled.layout;
    if values.len() != layout.values {
        let message = format!("{what} expected {} items for packing (got {})", layout.values, values.len());
        return Err(struct_error(thread, message));
    }
    let mut out = vec![0u8; layout.size];
    let error = error_class(thread)?;
    Packer { mode: layout.mode, error: &error }.pack(thread, &layout.runs, values, &mut out)?;
    Ok(out)
}

/// The values packed in `data` (exactly `layout.size` bytes).
fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let little = layout.mode.little_endian();
    let mut values = Vec::with_capacity(layout.values.min(1 << 16));
    for run in &layout.runs {
        for i in 0..run.count {
            let start = run.offset + i * run.size;
            let field = data.get(start..start + run.size).unwrap_or_default();
            values.push(unpack_one(run, field, little));
        }
    }
    tuple(values)
}

/// The bytes of a bytes-like argument.
fn buffer_bytes(value: &Value) -> PyResult<Vec<u8>> {
    bytes_like(value).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value))))
}

fn do_unpack(thread: &mut Thread, compiled: &Compiled, buffer: &Value) -> PyResult<Value> {
    let data = buffer_bytes(buffer)?;
    if data.len() != compiled.layout.size {
        return Err(struct_error(thread, format!("unpack requires a buffer of {} bytes", compiled.layout.size)));
    }
    Ok(unpack_values(&compiled.layout, &data))
}

fn do_unpack_from(thread: &mut Thread, compiled: &Compiled, buffer: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = buffer_bytes(buffer)?;
    let given = match offset {
        Some(offset) => crate::protocols::number::index_of(thread, offset)?,
        None => 0,
    };
    let (len, size) = (data.len() as i64, compiled.layout.size as i64);
    let mut offset = given;
    if offset < 0 {
        if offset + len < 0 {
            return Err(struct_error(thread, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < size {
        let message = if given < 0 {
            format!("not enough data to unpack {size} bytes at offset {given}")
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} \
                 (actual buffer size is {len})",
                size + offset
            )
        };
        return Err(struct_error(thread, message));
    }
    let start = offset as usize;
    Ok(unpack_values(&compiled.layout, &data[start..start + compiled.layout.size]))
}

/// The length of a writable buffer, and a way to write into it.
fn writable_len(value: &Value) -> PyResult<usize> {
    match value.payload() {
        Some(Payload::ByteArray(bytes)) => Ok(bytes.lock().len()),
        Some(Payload::MemoryView(view)) if writable_view(view) => Ok(view.len() * view.itemsize),
        Some(Payload::Native(_)) if writable_bytes(value).is_some() => {
            Ok(writable_bytes(value).map_or(0, |b| b.lock().len()))
        }
        _ => Err(type_error(format!("argument must be read-write bytes-like object, not {}", type_name(value)))),
    }
}

fn writable_view(view: &crate::objects::memoryview::MemoryView) -> bool {
    !view.readonly && !view.is_released() && view.is_c_contiguous() && writable_bytes(&view.source).is_some()
}

/// Writes `data` at `offset` into a buffer `writable_len` accepted.
fn write_into(value: &Value, offset: usize, data: &[u8]) {
    let (bytes, start) = match value.payload() {
        Some(Payload::MemoryView(view)) => match writable_bytes(&view.source) {
            Some(bytes) => (bytes, view.start + offset),
            None => return,
        },
        _ => match writable_bytes(value) {
            Some(bytes) => (bytes, offset),
            None => return,
        },
    };
    let mut bytes = bytes.lock();
    if let Some(target) = bytes.get_mut(start..start + data.len()) {
        target.copy_from_slice(data);
    }
}

/// `pack_into(buffer, offset, *values)` by `compiled` (`args` starts with the buffer).
fn do_pack_into(thread: &mut Thread, compiled: &Compiled, args: &[Value]) -> PyResult<Value> {
    let expected = compiled.layout.values;
    if args.len() != expected + 2 {
        let message = match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!("pack_into expected {expected} items for packing (got {})", n - 2),
        };
        return Err(struct_error(thread, message));
    }
    let len = writable_len(&args[0])? as i64;
    let size = compiled.layout.size as i64;
    let mut offset = crate::protocols::number::index_of(thread, &args[1])?;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(thread, format!("no space to pack {size} bytes at offset {offset}")));
        }
        if offset + len < 0 {
            return Err(struct_error(thread, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < size {
        let message = format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} \
             (actual buffer size is {len})",
            size + offset
        );
        return Err(struct_error(thread, message));
    }
    // Pack first (the values' conversions may run Python code), then copy under the lock.
    let data = pack_values(thread, compiled, &args[2..], "pack_into")?;
    write_into(&args[0], offset as usize, &data);
    Ok(Value::None)
}

fn do_iter_unpack(thread: &mut Thread, compiled: &Compiled, buffer: &Value) -> PyResult<Value> {
    let data = buffer_bytes(buffer)?;
    let size = compiled.layout.size;
    if size == 0 {
        return Err(struct_error(thread, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % size != 0 {
        let message = format!("iterative unpacking requires a buffer of a multiple of {size} bytes");
        return Err(struct_error(thread, message));
    }
    let state = UnpackIterator { layout: compiled.layout.clone(), data, position: Mutex::new(0) };
    let class = struct_types().unpack_iterator.clone();
    Ok(Value::Obj(ObjRef::new(class, None, OwnedPayload::Native(Box::new(state)))))
}

// ---------------------------------------------------------------------------------------------
// Struct

struct StructState {
    compiled: Mutex<Compiled>,
}

fn this_struct<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a StructState, Args<'a>)> {
    let this = args.values.first();
    let state = match this.and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<StructState>(),
        _ => None,
    };
    let Some(state) = state else {
        let given = this.map_or_else(|| "NoneType".to_string(), type_name);
        return Err(type_error(format!(
            "descriptor '{method}' for '_struct.Struct' objects doesn't apply to a '{given}' object"
        )));
    };
    Ok((state, Args { values: &args.values[1..], kwnames: args.kwnames }))
}

/// The receiver's format and the positional arguments after it.
fn compiled_of<'a>(args: &Args<'a>, method: &str) -> PyResult<(Compiled, &'a [Value])> {
    let (state, rest) = this_struct(args, method)?;
    let compiled = state.compiled.lock().clone();
    Ok((compiled, rest.pos()))
}

/// `Struct.__new__`: an empty struct; `__init__` gives it its format.
fn struct_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("Struct.__new__(X): X is not a type object"));
    };
    let empty = Compiled { format: new_str(""), layout: Arc::new(empty_layout()) };
    let dict = type_data(class).heap.then(new_dict);
    let state = StructState { compiled: Mutex::new(empty) };
    Ok(Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state)))))
}

fn empty_layout() -> Layout {
    Layout { mode: format::Mode::Native, runs: Vec::new(), size: 0, values: 0 }
}

/// `Struct(format)`.
fn struct_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this_struct(&args, "__init__")?;
    let sig = Signature { name: "Struct", params: &["format"], posonly: 0, maxpos: 1, required: 1 };
    let bound = parse_args(&sig, &rest)?;
    let compiled = compile(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    *state.compiled.lock() = compiled;
    Ok(Value::None)
}

fn struct_format(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, _) = this_struct(&args, "format")?;
    Ok(state.compiled.lock().format.clone())
}

fn struct_size(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, _) = this_struct(&args, "size")?;
    Ok(Value::Int(state.compiled.lock().layout.size as i64))
}

fn struct_pack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "Struct.pack")?;
    let (compiled, values) = compiled_of(&args, "pack")?;
    pack_values(thread, &compiled, values, "pack").map(new_bytes)
}

fn struct_pack_into(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "Struct.pack_into")?;
    let (compiled, values) = compiled_of(&args, "pack_into")?;
    do_pack_into(thread, &compiled, values)
}

fn struct_unpack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this_struct(&args, "unpack")?;
    let buffer = single("Struct.unpack", &rest)?;
    let compiled = state.compiled.lock().clone();
    do_unpack(thread, &compiled, buffer)
}

fn struct_unpack_from(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this_struct(&args, "unpack_from")?;
    let sig = Signature { name: "unpack_from", params: &["buffer", "offset"], posonly: 0, maxpos: 2, required: 1 };
    let bound = parse_args(&sig, &rest)?;
    let compiled = state.compiled.lock().clone();
    do_unpack_from(thread, &compiled, bound[0].as_ref().unwrap_or(&Value::None), bound[1].as_ref())
}

fn struct_iter_unpack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this_struct(&args, "iter_unpack")?;
    let buffer = single("Struct.iter_unpack", &rest)?;
    let compiled = state.compiled.lock().clone();
    do_iter_unpack(thread, &compiled, buffer)
}

// ---------------------------------------------------------------------------------------------
// The module functions

/// The format argument of a module function: the first positional one.
fn format_first<'a>(thread: &mut Thread, args: &Args<'a>) -> PyResult<(Compiled, &'a [Value])> {
    let Some((format, rest)) = args.pos().split_first() else {
        return Err(type_error("missing format argument"));
    };
    Ok((compile(thread, format)?, rest))
}

/// `pack(format, *values)`.
fn pack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "_struct.pack")?;
    let (compiled, values) = format_first(thread, &args)?;
    pack_values(thread, &compiled, values, "pack").map(new_bytes)
}

/// `pack_into(format, buffer, offset, *values)`.
fn pack_into(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "_struct.pack_into")?;
    let (compiled, rest) = format_first(thread, &args)?;
    do_pack_into(thread, &compiled, rest)
}

/// `unpack(format, buffer)`.
fn unpack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "_struct.unpack")?;
    let [format, buffer] = exactly("unpack", &args)?;
    let compiled = compile(thread, format)?;
    do_unpack(thread, &compiled, buffer)
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig =
        Signature { name: "unpack_from", params: &["format", "buffer", "offset"], posonly: 1, maxpos: 3, required: 2 };
    let bound = parse_args(&sig, &args)?;
    let compiled = compile(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    do_unpack_from(thread, &compiled, bound[1].as_ref().unwrap_or(&Value::None), bound[2].as_ref())
}

/// `iter_unpack(format, buffer)`.
fn iter_unpack(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "_struct.iter_unpack")?;
    let [format, buffer] = exactly("iter_unpack", &args)?;
    let compiled = compile(thread, format)?;
    do_iter_unpack(thread, &compiled, buffer)
}

/// `calcsize(format)`.
fn calcsize(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let format = single("_struct.calcsize", &args)?;
    let compiled = compile(thread, format)?;
    Ok(Value::Int(compiled.layout.size as i64))
}

/// `_clearcache()`: formats are not cached, so there is nothing to clear.
fn clear_cache(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// unpack_iterator

struct UnpackIterator {
    layout: Arc<Layout>,
    data: Vec<u8>,
    /// The offset of the next record.
    position: Mutex<usize>,
}

fn this_iterator<'a>(args: &Args<'a>) -> PyResult<&'a UnpackIterator> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<UnpackIterator>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a '_struct.unpack_iterator' object"))
}

fn iterator_new(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error("cannot create '_struct.unpack_iterator' instances"))
}

fn iterator_iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this_iterator(&args)?;
    Ok(args.values[0].clone())
}

fn iterator_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let iterator = this_iterator(&args)?;
    let size = iterator.layout.size;
    let start = {
        let mut position = iterator.position.lock();
        let start = *position;
        if start + size > iterator.data.len() {
            return Err(stop_iteration(Value::None));
        }
        *position = start + size;
        start
    };
    Ok(unpack_values(&iterator.layout, &iterator.data[start..start + size]))
}

fn iterator_length_hint(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let iterator = this_iterator(&args)?;
    let left = iterator.data.len() - *iterator.position.lock();
    Ok(Value::Int((left / iterator.layout.size.max(1)) as i64))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for UnpackIterator {}
impl crate::gc::traverse::NativeData for StructState {}
