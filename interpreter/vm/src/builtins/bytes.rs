//! `bytes`, `bytearray` and `memoryview`: constructors, the methods bytes and bytearray share
//! (each works on a copy of the bytes and returns the receiver's kind), the mutating methods of
//! bytearray, item access for bytearray, and the operators of the bytes-like types.
//!
//! A memoryview here is a read-only snapshot of its object's bytes (its payload is `Bytes`), which
//! is what indexing, slicing, `len`, `tobytes` and `bytes(view)` need.

use crate::sync::Mutex;
use ferrython_bytecode::BinaryOp;

use crate::call::call;
use crate::method;
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::memoryview::ByteArrayData;
use crate::objects::str::{as_pystr, new_str, str_object, PyString};
use crate::objects::typeobj::{class_of, type_data, type_name, types, BaseKind};
use crate::objects::{list, tuple_of, OwnedPayload, Payload, SliceData};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;
use super::arity::{params, Params, Sig};

pub(super) fn install() {
    let t = types();
    let shared = [
        method!("decode", decode),
        method!("hex", hex_method),
        method!("fromhex", fromhex, ClassMethod),
        method!("count", count),
        method!("find", find),
        method!("rfind", rfind),
        method!("index", index),
        method!("rindex", rindex),
        method!("startswith", startswith),
        method!("endswith", endswith),
        method!("join", join),
        method!("split", split),
        method!("rsplit", rsplit),
        method!("splitlines", splitlines),
        method!("strip", strip),
        method!("lstrip", lstrip),
        method!("rstrip", rstrip),
        method!("replace", replace),
        method!("upper", upper),
        method!("lower", lower),
        method!("capitalize", capitalize),
        method!("swapcase", swapcase),
        method!("title", title),
        method!("isdigit", isdigit),
        method!("isalpha", isalpha),
        method!("isalnum", isalnum),
        method!("isspace", isspace),
        method!("isupper", isupper),
        method!("islower", islower),
        method!("isascii", isascii),
        method!("partition", partition),
        method!("rpartition", rpartition),
        method!("center", center),
        method!("ljust", ljust),
        method!("rjust", rjust),
        method!("zfill", zfill),
        method!("removeprefix", removeprefix),
        method!("removesuffix", removesuffix),
        method!("expandtabs", expandtabs),
        method!("istitle", istitle),
        method!("translate", translate),
    ];
    add_methods(&t.bytes, &shared);
    add_methods(
        &t.bytes,
        &[
            method!("__new__", bytes_new, StaticMethod),
            method!("__bytes__", to_bytes),
            method!("maketrans", bytes_maketrans, StaticMethod),
        ],
    );
    add_methods(&t.bytearray, &shared);
    add_methods(
        &t.bytearray,
        &[
            method!("maketrans", bytearray_maketrans, StaticMethod),
            method!("__new__", bytearray_new, StaticMethod),
            method!("__init__", bytearray_init),
            method!("append", append),
            method!("extend", extend),
            method!("pop", pop),
            method!("remove", remove),
            method!("insert", insert),
            method!("reverse", reverse),
            method!("clear", clear),
            method!("copy", copy),
            method!("__iadd__", iadd),
            method!("__imul__", imul),
            method!("__alloc__", alloc),
        ],
    );
    let docs = [
        (&t.bytes, "bytes(source=b'', encoding='utf-8', errors='strict') -> bytes\n\nAn immutable sequence of bytes, made from an iterable of ints in range(256), a bytes-like object, a str with an encoding, or a count of zero bytes."),
        (&t.bytearray, "bytearray(source=b'', encoding='utf-8', errors='strict') -> bytearray\n\nA mutable sequence of bytes, made from an iterable of ints in range(256), a bytes-like object, a str with an encoding, or a count of zero bytes."),
    ];
    for (class, doc) in docs {
        crate::objects::typeobj::set_builtin_attr(class, "__doc__", new_str(doc));
    }
}

// ---- helpers --------------------------------------------------------------------------------

/// The bytes of a bytes-like value (bytes, bytearray, memoryview), copied.
pub fn bytes_like(value: &Value) -> Option<Vec<u8>> {
    match value.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.lock().clone()),
        Payload::MemoryView(view) if !view.is_released() => Some(view.to_bytes()),
        Payload::Native(state) => state.buffer().map(|export| export.bytes.lock().clone()),
        _ => None,
    }
}

fn is_bytearray(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::ByteArray(_)))
}

/// The receiver's bytes, and whether results should be bytearrays.
fn this(args: &Args<'_>) -> PyResult<(Vec<u8>, bool)> {
    let value = args.pos().first().cloned().unwrap_or_default();
    match bytes_like(&value) {
        Some(data) => Ok((data, is_bytearray(&value))),
        None => Err(type_error(format!("descriptor requires a 'bytes' object but received '{}'", type_name(&value)))),
    }
}

fn arg(args: &Args<'_>, i: usize) -> Option<Value> {
    args.pos().get(i).cloned()
}

/// The receiver's bytes, whether results should be bytearrays, and the arguments of the method
/// `name`, bound as `sig` declares them.
fn this_with(args: &Args<'_>, name: &str, sig: Sig) -> PyResult<(Vec<u8>, bool, Params)> {
    let (data, bytearray) = this(args)?;
    let params = params(args, if bytearray { "bytearray" } else { "bytes" }, name, sig)?;
    Ok((data, bytearray, params))
}

/// The parameters of count, find, index, startswith and the like: `sub[, start[, end]]`.
const FIND: Sig = Sig::Tuple(1, 3);

/// A new bytes or bytearray object.
fn make(bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(data)
    } else {
        super::new_bytes(data)
    }
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(types().bytearray.clone(), None, OwnedPayload::ByteArray(ByteArrayData::new(data))))
}

/// A bytes-like argument; TypeError naming what was given otherwise.
fn buffer_arg(value: &Value) -> PyResult<Vec<u8>> {
    bytes_like(value).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value))))
}

/// A byte value from an int argument.
fn byte_arg(thread: &mut Thread, value: &Value) -> PyResult<u8> {
    if !crate::objects::int::is_int(value) && protocols::special(value, "__index__").is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(value))));
    }
    let n = protocols::number::index_big(thread, value)?;
    num_traits::ToPrimitive::to_u8(&n).ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

/// A sub-bytes or single-byte argument (for find, count, index, `in`).
fn needle_arg(thread: &mut Thread, value: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(value) {
        Some(data) => Ok(data),
        None if crate::objects::int::is_int(value) || protocols::special(value, "__index__").is_some() => {
            Ok(vec![byte_arg(thread, value)?])
        }
        None => Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(value)))),
    }
}

/// The `[start:end]` window of optional start and end arguments, as indices: negative ones
/// count from the end, and `end` is cut to `len` but `start` is not (a start past the end
/// finds nothing, not even an empty needle).
fn window(thread: &mut Thread, start: &Option<Value>, end: &Option<Value>, len: usize) -> PyResult<(usize, usize)> {
    let bound = |thread: &mut Thread, v: &Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                if !crate::objects::int::is_int(v) && protocols::special(v, "__index__").is_none() {
                    return Err(type_error("slice indices must be integers or None or have an __index__ method"));
                }
                let n = super::arity::slice_bound(thread, v)?;
                Ok(if n < 0 { (n.saturating_add(len as i64)).max(0) as usize } else { n as usize })
            }
        }
    };
    let start = bound(thread, start, 0)?;
    let end = bound(thread, end, len)?.min(len);
    Ok((start, end))
}

fn find_in(haystack: &[u8], needle: &[u8], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    let area = &haystack[start..end];
    let found = if needle.is_empty() {
        Some(if reverse { area.len() } else { 0 })
    } else if reverse {
        area.windows(needle.len()).rposition(|w| w == needle)
    } else {
        area.windows(needle.len()).position(|w| w == needle)
    };
    found.map(|i| i + start)
}

/// An argument CPython converts to a C int.
fn int_arg(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    let big = protocols::number::index_big(thread, value)?;
    num_traits::ToPrimitive::to_i32(&big)
        .map(i64::from)
        .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C int"))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- constructors ---------------------------------------------------------------------------

/// The bytes `bytes(source, encoding, errors)` and `bytearray(...)` hold.
fn construct(thread: &mut Thread, args: &[Value], kwargs: &[(Value, Value)], what: &str) -> PyResult<Vec<u8>> {
    let mut source = args.first().cloned();
    let mut encoding = args.get(1).cloned();
    let mut errors = args.get(2).cloned();
    for (k, v) in kwargs {
        match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
            Some("source") => source = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(other) => {
                return Err(type_error(format!("'{other}' is an invalid keyword argument for {what}()")));
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    if args.len() > 3 {
        return Err(type_error(format!("{what}() takes at most 3 arguments ({} given)", args.len())));
    }
    // The encoding and errors are checked to be strs before the source is looked at.
    if let Some(encoding) = &encoding {
        protocols::str_arg(encoding, &format!("{what}() argument 'encoding'"))?;
    }
    if let Some(errors) = &errors {
        protocols::str_arg(errors, &format!("{what}() argument 'errors'"))?;
    }
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_pystr(&source) {
        let Some(encoding) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let encoding = protocols::str_arg(&encoding, &format!("{what}() argument 'encoding'"))?;
        let errors = match errors {
            Some(e) => protocols::str_arg(&e, &format!("{what}() argument 'errors'"))?,
            None => "strict".to_string(),
        };
        return crate::modules::codecs::encode_with(thread, &s.code_points().collect::<Vec<_>>(), &encoding, &errors);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(data) = bytes_like(&source) {
        return Ok(data);
    }
    if crate::objects::int::is_int(&source) || protocols::special(&source, "__index__").is_some() {
        let n = num_traits::ToPrimitive::to_i64(&protocols::number::index_big(thread, &source)?).ok_or_else(|| {
            crate::objects::exception::overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(&source)
            ))
        })?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut zeros = Vec::new();
        if n as usize > super::sequences::MAX_REPEAT_BYTES || zeros.try_reserve_exact(n as usize).is_err() {
            return Err(crate::objects::exception::memory_error(""));
        }
        zeros.resize(n as usize, 0);
        return Ok(zeros);
    }
    if protocols::special(&source, "__iter__").is_none() && protocols::special(&source, "__getitem__").is_none() {
        return Err(type_error(format!("cannot convert '{}' object to {what}", type_name(&source))));
    }
    let to_byte = |thread: &mut Thread, item: &Value| -> PyResult<u8> {
        if !crate::objects::int::is_int(item) && protocols::special(item, "__index__").is_none() {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(item))));
        }
        let n = protocols::number::index_big(thread, item)?;
        num_traits::ToPrimitive::to_u8(&n).ok_or_else(|| value_error("bytes must be in range(0, 256)"))
    };
    // A list is read an item at a time, as an `__index__` may change it.
    if let Some(Payload::List(list)) = source.payload() {
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            // The lock is let go before `__index__` runs.
            let Some(item) = list.lock().get(i) else { break };
            out.push(to_byte(thread, &item)?);
            i += 1;
        }
        return Ok(out);
    }
    let items = iter::collect(thread, &source)?;
    items.iter().map(|item| to_byte(thread, item)).collect()
}

fn keywords(args: &Args<'_>) -> Vec<(Value, Value)> {
    args.keywords().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn bytes_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(type_error("bytes.__new__(X): X is not a type object")),
    };
    let exact = ObjRef::ptr_eq(&class, &types().bytes);
    let data = match from_dunder_bytes(thread, &args)? {
        // `bytes(x)` is what `x.__bytes__()` returned, a bytes subclass too.
        Some(result) if exact => return Ok(result),
        Some(result) => bytes_like(&result).unwrap_or_default(),
        None => construct(thread, &args.pos()[1..], &keywords(&args), "bytes")?,
    };
    if exact {
        return Ok(super::new_bytes(data));
    }
    if type_data(&class).kind != BaseKind::Bytes {
        let name = type_data(&class).name();
        return Err(type_error(format!("bytes.__new__({name}): {name} is not a subtype of bytes")));
    }
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Bytes(data.into_boxed_slice()))))
}

/// What `source.__bytes__()` returns, when `bytes(source)` has no encoding and errors and the
/// source's class has `__bytes__` (which a class blocks with None); bytearray() never asks.
fn from_dunder_bytes(thread: &mut Thread, args: &Args<'_>) -> PyResult<Option<Value>> {
    let [_, source] = args.pos() else { return Ok(None) };
    if args.keywords().any(|(k, _)| as_pystr(k).is_some_and(|k| k.as_str() != "source")) {
        return Ok(None);
    }
    let Some(method) = protocols::special(source, "__bytes__") else { return Ok(None) };
    // Bound as the class's descriptor binds it (a descriptor with `__get__` works too).
    let result = crate::call::call_method(thread, &method, source, std::slice::from_ref(source))?;
    match result.payload() {
        Some(Payload::Bytes(_)) => Ok(Some(result)),
        _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&result)))),
    }
}

fn bytearray_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(type_error("bytearray.__new__(X): X is not a type object")),
    };
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::ByteArray(ByteArrayData::new(Vec::new())))))
}

fn bytearray_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::ByteArray(target)) = args.pos().first().and_then(Value::payload) else {
        return Err(type_error("descriptor '__init__' requires a 'bytearray' object"));
    };
    let data = construct(thread, &args.pos()[1..], &keywords(&args), "bytearray")?;
    // CPython empties the bytearray first: any export of a non-empty one refuses.
    if !target.lock().is_empty() {
        target.check_resizable()?;
    }
    *target.lock() = data;
    Ok(Value::None)
}

fn to_bytes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _) = this(&args)?;
    Ok(super::new_bytes(data))
}

// ---- shared methods -------------------------------------------------------------------------

fn decode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _, p) = this_with(&args, "decode", Sig::Clinic(&["encoding", "errors"], 0, 0))?;
    let [encoding, errors] = [&p[0], &p[1]];
    let encoding = match encoding {
        Some(e) => protocols::str_arg(e, "decode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(e) => protocols::str_arg(e, "decode() argument 'errors'")?,
        None => "strict".into(),
    };
    if let ("utf-8", "strict") = (encoding.as_str(), errors.as_str()) {
        if let Ok(text) = std::str::from_utf8(&data) {
            return Ok(new_str(text));
        }
    }
    let text = crate::modules::codecs::decode_with(thread, &data, &encoding, &errors)?;
    Ok(str_object(PyString::from_wtf8(&text)))
}

pub(super) fn hex_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _) = this(&args)?;
    let owner = match args.pos().first().map(type_name) {
        Some(name) if name == "memoryview" || name == "bytearray" => name,
        _ => "bytes".into(),
    };
    let p = params(&args, &owner, "hex", Sig::Clinic(&["sep", "bytes_per_sep"], 0, 0))?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = p[0].clone() else { return Ok(new_str(digits.concat())) };
    let sep = match (as_pystr(&sep), bytes_like(&sep)) {
        (Some(s), _) => s.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>(),
        (None, Some(b)) => b.iter().map(|&b| char::from(b)).collect(),
        // CPython asks for the length first.
        _ if protocols::special(&sep, "__len__").is_none() => {
            return Err(type_error(format!("object of type '{}' has no len()", type_name(&sep))))
        }
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(value_error("sep must be ASCII."));
    }
    let group = match &p[1] {
        Some(v) => int_arg(thread, v)?,
        None => 1,
    };
    if group == 0 {
        return Ok(new_str(digits.concat()));
    }
    let size = group.unsigned_abs() as usize;
    // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
    let mut chunks: Vec<String> = Vec::new();
    if group > 0 {
        let first = data.len() % size;
        if first > 0 {
            chunks.push(digits[..first].concat());
        }
        chunks.extend(digits[first..].chunks(size).map(|c| c.concat()));
    } else {
        chunks.extend(digits.chunks(size).map(|c| c.concat()));
    }
    Ok(new_str(chunks.join(&sep)))
}

fn fromhex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = arg(&args, 0).unwrap_or_default();
    let is_bytearray_class = class.as_obj().is_some_and(|c| type_data(c).kind == BaseKind::ByteArray);
    let owner = if is_bytearray_class { "bytearray" } else { "bytes" };
    let text = params(&args, owner, "fromhex", Sig::One)?.swap_remove(0).unwrap_or_default();
    let Some(text) = as_pystr(&text) else {
        return Err(type_error(format!("fromhex() argument must be str, not {}", type_name(&text))));
    };
    // Positions count code points; whitespace is the ASCII kind (space, \t, \n, \v, \f, \r).
    let points: Vec<u32> = text.code_points().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < points.len() {
        if u8::try_from(points[i]).is_ok_and(is_space) {
            i += 1;
            continue;
        }
        let digit = |at: usize| points.get(at).and_then(|&c| char::from_u32(c)).and_then(|c| c.to_digit(16));
        let Some(high) = digit(i) else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let Some(low) = digit(i + 1) else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    let result = make(is_bytearray_class, out);
    match class.as_obj() {
        Some(c) if !ObjRef::ptr_eq(c, &types().bytes) && !ObjRef::ptr_eq(c, &types().bytearray) => {
            call(thread, &class, Args::positional(&[result]))
        }
        _ => Ok(result),
    }
}

fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _, p) = this_with(&args, "count", FIND)?;
    let needle = needle_arg(thread, &p[0].clone().unwrap_or_default())?;
    let (start, end) = window(thread, &p[1], &p[2], data.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let area = &data[start..end];
    if needle.is_empty() {
        return Ok(Value::Int(area.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while i + needle.len() <= area.len() {
        if area[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn search(thread: &mut Thread, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (data, _, p) = this_with(args, name, FIND)?;
    let needle = needle_arg(thread, &p[0].clone().unwrap_or_default())?;
    let (start, end) = window(thread, &p[1], &p[2], data.len())?;
    Ok(find_in(&data, &needle, start, end, reverse))
}

fn find(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, "find", false)?.map_or(-1, |i| i as i64)))
}

fn rfind(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match search(thread, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn rindex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match search(thread, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn affix(thread: &mut Thread, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    let (data, _, p) = this_with(args, name, FIND)?;
    let candidates = p[0].clone().unwrap_or_default();
    let (start, end) = window(thread, &p[1], &p[2], data.len())?;
    let area: &[u8] = if start <= end { &data[start..end] } else { &[] };
    let options: Vec<Vec<u8>> = match crate::objects::as_tuple(&candidates) {
        Some(items) => items.iter().map(buffer_arg).collect::<PyResult<_>>()?,
        None => match bytes_like(&candidates) {
            Some(b) => vec![b],
            None => {
                return Err(type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(&candidates)
                )))
            }
        },
    };
    if start > end {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(options.iter().any(|o| if at_end { area.ends_with(o) } else { area.starts_with(o) })))
}

fn startswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix(thread, &args, "startswith", false)
}

fn endswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix(thread, &args, "endswith", true)
}

fn join(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (sep, bytearray, p) = this_with(&args, "join", Sig::One)?;
    // A bytearray's separator stays exported while the items are collected (CPython 3.12.1):
    // the iterator cannot resize it.
    let receiver = args.values.first().cloned().unwrap_or_default();
    let guard = match receiver.payload() {
        Some(Payload::ByteArray(data)) => Some(data.export()),
        _ => None,
    };
    let items = iter::collect(thread, &p[0].clone().unwrap_or_default());
    drop(guard);
    let items = items?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(item)
                )))
            }
        }
    }
    Ok(make(bytearray, out))
}

/// The receiver and the arguments of split/rsplit.
struct SplitArgs {
    data: Vec<u8>,
    bytearray: bool,
    sep: Option<Vec<u8>>,
    limit: i64,
}

fn split_args(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<SplitArgs> {
    let (data, bytearray, p) = this_with(args, name, Sig::Clinic(&["sep", "maxsplit"], 0, 0))?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(s) => {
            let s = buffer_arg(s)?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
    };
    let limit = match &p[1] {
        Some(v) => super::arity::ssize_arg(thread, v)?,
        None => -1,
    };
    Ok(SplitArgs { data, bytearray, sep, limit })
}

fn split_parts(data: &[u8], sep: Option<&[u8]>, limit: i64, reverse: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let limit = if limit < 0 { usize::MAX } else { limit as usize };
    match sep {
        Some(sep) => {
            let mut rest = data;
            while parts.len() < limit {
                let found = if reverse {
                    find_in(rest, sep, 0, rest.len(), true)
                } else {
                    find_in(rest, sep, 0, rest.len(), false)
                };
                let Some(at) = found else { break };
                if reverse {
                    parts.push(rest[at + sep.len()..].to_vec());
                    rest = &rest[..at];
                } else {
                    parts.push(rest[..at].to_vec());
                    rest = &rest[at + sep.len()..];
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest = data;
            loop {
                rest = if reverse {
                    let end = rest.iter().rposition(|&b| !is_space(b)).map_or(0, |i| i + 1);
                    &rest[..end]
                } else {
                    let start = rest.iter().position(|&b| !is_space(b)).unwrap_or(rest.len());
                    &rest[start..]
                };
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    parts.push(rest.to_vec());
                    break;
                }
                if reverse {
                    let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
                    parts.push(rest[start..].to_vec());
                    rest = &rest[..start];
                } else {
                    let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
                    parts.push(rest[..end].to_vec());
                    rest = &rest[end..];
                }
            }
        }
    }
    if reverse {
        parts.reverse();
    }
    parts
}

fn split(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let SplitArgs { data, bytearray, sep, limit } = split_args(thread, &args, "split")?;
    let parts = split_parts(&data, sep.as_deref(), limit, false);
    Ok(list(parts.into_iter().map(|p| make(bytearray, p)).collect()))
}

fn rsplit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let SplitArgs { data, bytearray, sep, limit } = split_args(thread, &args, "rsplit")?;
    let parts = split_parts(&data, sep.as_deref(), limit, true);
    Ok(list(parts.into_iter().map(|p| make(bytearray, p)).collect()))
}

fn splitlines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "splitlines", Sig::Clinic(&["keepends"], 0, 0))?;
    let keep = match &p[0] {
        Some(v) => int_arg(thread, v)? != 0,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            lines.push(make(bytearray, data[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        lines.push(make(bytearray, data[start..].to_vec()));
    }
    Ok(list(lines))
}

fn strip_with(args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(args, name, Sig::Positional(0, 1))?;
    let chars = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(v)?),
    };
    let strip = |b: &u8| match &chars {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(&data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&data[end - 1]) {
            end -= 1;
        }
    }
    Ok(make(bytearray, data[start..end].to_vec()))
}

fn strip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "strip", true, true)
}

fn lstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "lstrip", true, false)
}

fn rstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "rstrip", false, true)
}

fn replace(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "replace", Sig::Positional(2, 3))?;
    let old = buffer_arg(&p[0].clone().unwrap_or_default())?;
    let new = buffer_arg(&p[1].clone().unwrap_or_default())?;
    let limit = match &p[2] {
        Some(v) => super::arity::ssize_arg(thread, v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0i64;
    let mut i = 0;
    if old.is_empty() {
        for (k, &b) in data.iter().enumerate() {
            if limit < 0 || done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
            let _ = k;
        }
        if limit < 0 || done < limit {
            out.extend_from_slice(&new);
        }
        return Ok(make(bytearray, out));
    }
    while i < data.len() {
        if (limit < 0 || done < limit) && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(make(bytearray, out))
}

fn map_bytes(args: &Args<'_>, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (data, bytearray, _) = this_with(args, name, Sig::NoArgs)?;
    Ok(make(bytearray, f(&data)))
}

fn upper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "upper", |d| d.to_ascii_uppercase())
}

fn lower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "lower", |d| d.to_ascii_lowercase())
}

fn capitalize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
            .collect()
    })
}

fn swapcase(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "swapcase", |d| {
        d.iter().map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect()
    })
}

fn title(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "title", |d| {
        let mut previous_cased = false;
        d.iter()
            .map(|&b| {
                let out = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn test_all(args: &Args<'_>, name: &str, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let (data, _, _) = this_with(args, name, Sig::NoArgs)?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(|&b| f(b))))
}

fn isdigit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    test_all(&args, "isdigit", |b| b.is_ascii_digit())
}

fn isalpha(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    test_all(&args, "isalpha", |b| b.is_ascii_alphabetic())
}

fn isalnum(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    test_all(&args, "isalnum", |b| b.is_ascii_alphanumeric())
}

fn isspace(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    test_all(&args, "isspace", is_space)
}

fn isascii(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _, _) = this_with(&args, "isascii", Sig::NoArgs)?;
    Ok(Value::Bool(data.is_ascii()))
}

fn cased(args: &Args<'_>, upper: bool) -> PyResult<Value> {
    let (data, _, _) = this_with(args, if upper { "isupper" } else { "islower" }, Sig::NoArgs)?;
    let any_cased = data.iter().any(|b| b.is_ascii_alphabetic());
    let wrong = data.iter().any(|b| if upper { b.is_ascii_lowercase() } else { b.is_ascii_uppercase() });
    Ok(Value::Bool(any_cased && !wrong))
}

/// `istitle()`: cased runs start upper case and continue lower case; at least one cased byte.
fn istitle(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, _, _) = this_with(&args, "istitle", Sig::NoArgs)?;
    let (mut cased, mut previous_cased) = (false, false);
    for &b in &data {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `translate(table, /, delete=b'')`: a 256-byte table (or None), after deleting bytes.
fn translate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "translate", Sig::Clinic(&["table", "delete"], 1, 1))?;
    let table = p[0].clone().unwrap_or_default();
    // The table is checked before the bytes to delete.
    let table = if table.is_none() {
        None
    } else {
        let t = buffer_arg(&table)?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match &p[1] {
        Some(d) => buffer_arg(d)?,
        None => Vec::new(),
    };
    let out =
        data.iter().filter(|b| !delete.contains(b)).map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)])).collect();
    Ok(make(bytearray, out))
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to `to[i]`.
fn bytes_maketrans(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    maketrans(&args, "bytes.maketrans")
}

fn bytearray_maketrans(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    maketrans(&args, "bytearray.maketrans")
}

fn maketrans(args: &Args<'_>, qualname: &str) -> PyResult<Value> {
    super::arity::no_keywords(args, qualname)?;
    let [from, to] = args.pos() else {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", args.pos().len())));
    };
    let (from, to) = (buffer_arg(from)?, buffer_arg(to)?);
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    Ok(super::new_bytes(table))
}

fn isupper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    cased(&args, true)
}

fn islower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    cased(&args, false)
}

fn partition_with(args: &Args<'_>, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    let (data, bytearray, p) = this_with(args, name, Sig::One)?;
    let sep = buffer_arg(&p[0].clone().unwrap_or_default())?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match find_in(&data, &sep, 0, data.len(), reverse) {
        Some(at) => tuple_of([
            make(bytearray, data[..at].to_vec()),
            make(bytearray, sep.clone()),
            make(bytearray, data[at + sep.len()..].to_vec()),
        ]),
        None if reverse => tuple_of([make(bytearray, Vec::new()), make(bytearray, Vec::new()), make(bytearray, data)]),
        None => tuple_of([make(bytearray, data), make(bytearray, Vec::new()), make(bytearray, Vec::new())]),
    })
}

fn partition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, false)
}

fn rpartition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, true)
}

fn justify(thread: &mut Thread, args: &Args<'_>, how: char) -> PyResult<Value> {
    let name = match how {
        '<' => "ljust",
        '>' => "rjust",
        _ => "center",
    };
    let (data, bytearray, p) = this_with(args, name, Sig::Positional(1, 2))?;
    let width = super::arity::ssize_arg(thread, &p[0].clone().unwrap_or_default())?;
    let fill = match &p[1] {
        Some(f) => match (f.payload(), bytes_like(f)) {
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), Some(b)) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
        None => b' ',
    };
    let width = width.max(0) as usize;
    if width <= data.len() {
        return Ok(make(bytearray, data));
    }
    let pad = width - data.len();
    let (left, right) = match how {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(make(bytearray, out))
}

fn center(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '^')
}

fn ljust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '<')
}

fn rjust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '>')
}

fn zfill(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "zfill", Sig::One)?;
    let width = super::arity::ssize_arg(thread, &p[0].clone().unwrap_or_default())?.max(0) as usize;
    if width <= data.len() {
        return Ok(make(bytearray, data));
    }
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(data[0]);
    }
    out.extend(std::iter::repeat_n(b'0', width - data.len()));
    out.extend_from_slice(&data[usize::from(signed)..]);
    Ok(make(bytearray, out))
}

fn removeprefix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "removeprefix", Sig::One)?;
    let prefix = buffer_arg(&p[0].clone().unwrap_or_default())?;
    Ok(make(bytearray, data.strip_prefix(&prefix[..]).unwrap_or(&data).to_vec()))
}

fn removesuffix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "removesuffix", Sig::One)?;
    let suffix = buffer_arg(&p[0].clone().unwrap_or_default())?;
    Ok(make(bytearray, data.strip_suffix(&suffix[..]).unwrap_or(&data).to_vec()))
}

fn expandtabs(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, bytearray, p) = this_with(&args, "expandtabs", Sig::Clinic(&["tabsize"], 0, 0))?;
    let size = match &p[0] {
        Some(v) => int_arg(thread, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut column = 0i64;
    for &b in &data {
        match b {
            b'\t' if size > 0 => {
                let n = size - column % size;
                out.extend(std::iter::repeat_n(b' ', n as usize));
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(make(bytearray, out))
}

// ---- bytearray mutation ---------------------------------------------------------------------

fn target<'a>(args: &'a Args<'_>) -> PyResult<&'a ByteArrayData> {
    match args.pos().first().and_then(Value::payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

/// The receiver of a bytearray method and its arguments, bound as `sig` declares them.
fn target_with<'a>(args: &'a Args<'_>, name: &str, sig: Sig) -> PyResult<(&'a ByteArrayData, Params)> {
    let data = target(args)?;
    Ok((data, params(args, "bytearray", name, sig)?))
}

fn append(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, p) = target_with(&args, "append", Sig::One)?;
    let b = byte_arg(thread, &p[0].clone().unwrap_or_default())?;
    data.check_resizable()?;
    data.lock().push(b);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) supplies.
fn byte_items(thread: &mut Thread, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_like(value) {
        return Ok(data);
    }
    // Only a value that cannot be iterated is refused with this message; an error while
    // iterating passes through.
    let iterator = iter::get_iter(thread, value).map_err(|e| {
        if e.matches(&crate::objects::exception::exceptions().type_error) {
            type_error(format!("can't extend bytearray with {}", type_name(value)))
        } else {
            e
        }
    })?;
    let items = iter::collect(thread, &iterator)?;
    items.iter().map(|item| byte_arg(thread, item)).collect()
}

fn extend(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, p) = target_with(&args, "extend", Sig::One)?;
    let items = byte_items(thread, &p[0].clone().unwrap_or_default())?;
    if !items.is_empty() {
        data.check_resizable()?;
    }
    data.lock().extend(items);
    Ok(Value::None)
}

fn iadd(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = arg(&args, 1).unwrap_or_default();
    let Some(items) = bytes_like(&other) else {
        return Err(type_error(format!("can't concat {} to bytearray", type_name(&other))));
    };
    let data = target(&args)?;
    if !items.is_empty() {
        data.check_resizable()?;
    }
    data.lock().extend(items);
    Ok(args.pos()[0].clone())
}

fn imul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let n = super::sequences::repeat_times(thread, &arg(&args, 1).unwrap_or_default())?;
    let data = target(&args)?;
    let copy = data.lock().clone();
    if copy.len().checked_mul(n).is_none_or(|total| total > super::sequences::MAX_REPEAT_BYTES) {
        return Err(crate::objects::exception::memory_error(""));
    }
    if n != 1 && !copy.is_empty() {
        data.check_resizable()?;
    }
    *data.lock() = copy.repeat(n);
    Ok(args.pos()[0].clone())
}

fn alloc(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(target(&args)?.lock().capacity() as i64 + 1))
}

fn pop(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, p) = target_with(&args, "pop", Sig::Positional(0, 1))?;
    let at = match &p[0] {
        Some(v) => super::arity::ssize_arg(thread, v)?,
        None => -1,
    };
    let mut data = data.lock();
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let real = if at < 0 { at + data.len() as i64 } else { at };
    if real < 0 || real >= data.len() as i64 {
        return Err(index_error("pop index out of range"));
    }
    check_target_resizable(&args)?;
    Ok(Value::Int(i64::from(data.remove(real as usize))))
}

fn remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, p) = target_with(&args, "remove", Sig::One)?;
    let b = byte_arg(thread, &p[0].clone().unwrap_or_default())?;
    let mut data = data.lock();
    match data.iter().position(|&x| x == b) {
        Some(i) => {
            check_target_resizable(&args)?;
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn insert(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (data, p) = target_with(&args, "insert", Sig::Positional(2, 2))?;
    let at = super::arity::ssize_arg(thread, &p[0].clone().unwrap_or_default())?;
    let b = byte_arg(thread, &p[1].clone().unwrap_or_default())?;
    data.check_resizable()?;
    let mut data = data.lock();
    let len = data.len() as i64;
    let real = if at < 0 { (at + len).max(0) } else { at.min(len) };
    data.insert(real as usize, b);
    Ok(Value::None)
}

fn reverse(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    target_with(&args, "reverse", Sig::NoArgs)?.0.lock().reverse();
    Ok(Value::None)
}

fn clear(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let data = target_with(&args, "clear", Sig::NoArgs)?.0;
    if !data.lock().is_empty() {
        data.check_resizable()?;
    }
    data.lock().clear();
    Ok(Value::None)
}

/// `check_resizable` for the bytearray a method was called on.
fn check_target_resizable(args: &Args<'_>) -> PyResult<()> {
    target(args)?.check_resizable()
}

fn copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_bytearray(target_with(&args, "copy", Sig::NoArgs)?.0.lock().clone()))
}

// ---- item access and operators --------------------------------------------------------------

/// `bytearray[key]`.
pub fn bytearray_getitem(thread: &mut Thread, data: &Mutex<Vec<u8>>, key: &Value) -> PyResult<Value> {
    let len = data.lock().len();
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, key, len)?;
        let data = data.lock();
        let picked = (0..count).filter_map(|k| data.get((start + k as i64 * step) as usize).copied()).collect();
        return Ok(new_bytearray(picked));
    }
    match crate::ops::seq_index(thread, key, len, "bytearray")? {
        Some(i) => data
            .lock()
            .get(i)
            .map(|&b| Value::Int(i64::from(b)))
            .ok_or_else(|| index_error("bytearray index out of range")),
        None => Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key)))),
    }
}

/// `bytearray[key] = value`.
pub fn bytearray_setitem(thread: &mut Thread, data: &ByteArrayData, key: &Value, value: &Value) -> PyResult<()> {
    let len = data.lock().len();
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let items = if crate::objects::int::is_int(value) || as_pystr(value).is_some() {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            byte_items(thread, value)?
        };
        let (start, stop, step, count) = crate::ops::slice_indices(thread, key, len)?;
        let mut bytes = data.lock();
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as i64) as usize).min(bytes.len());
            if items.len() != stop.saturating_sub(start) {
                data.check_resizable()?;
            }
            bytes.splice(start..stop, items);
            return Ok(());
        }
        if items.is_empty() && count > 0 {
            // Nothing assigned to an extended slice deletes it (a bytearray rule; lists refuse).
            drop(bytes);
            return bytearray_delitem(thread, data, key);
        }
        if items.len() != count {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                items.len()
            )));
        }
        for (k, b) in items.into_iter().enumerate() {
            let at = (start + k as i64 * step) as usize;
            if let Some(slot) = bytes.get_mut(at) {
                *slot = b;
            }
        }
        return Ok(());
    }
    // The index is taken first, then the value, and the bounds are checked last (converting
    // the value may change the bytearray).
    if !crate::objects::int::is_int(key) && protocols::special(key, "__index__").is_none() {
        return Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key))));
    }
    let at = protocols::number::index_of(thread, key)?;
    let b = byte_arg(thread, value)?;
    let mut data = data.lock();
    let real = if at < 0 { at + data.len() as i64 } else { at };
    match usize::try_from(real).ok().and_then(|i| data.get_mut(i)) {
        Some(slot) => {
            *slot = b;
            Ok(())
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

/// `del bytearray[key]`.
pub fn bytearray_delitem(thread: &mut Thread, data: &ByteArrayData, key: &Value) -> PyResult<()> {
    let len = data.lock().len();
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, key, len)?;
        let mut indices: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
        indices.sort_unstable();
        if count > 0 {
            data.check_resizable()?;
        }
        let mut data = data.lock();
        for &i in indices.iter().rev() {
            if i < data.len() {
                data.remove(i);
            }
        }
        return Ok(());
    }
    match crate::ops::seq_index(thread, key, len, "bytearray")? {
        Some(i) => {
            data.check_resizable()?;
            let mut data = data.lock();
            if i < data.len() {
                data.remove(i);
            }
            Ok(())
        }
        None => Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key)))),
    }
}

/// `+`, `*` and `%` with a bytes or bytearray left operand (or `int * bytes`); None when not
/// bytes arithmetic.
pub fn bytes_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    // Only bytes and bytearray concatenate and repeat as the left operand: another
    // bytes-like object (a memoryview, an array) has no `+` or `*` of its own.
    let left_is_bytes = matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
    let Some(left) = bytes_like(a).filter(|_| left_is_bytes) else {
        if op.base() == BinaryOp::Multiply && bytes_like(b).is_some() && crate::objects::int::is_int(a) {
            return bytes_binary(thread, b, a, op);
        }
        return Ok(None);
    };
    let bytearray = is_bytearray(a);
    match op.base() {
        BinaryOp::Add => {
            let Some(right) = bytes_like(b) else {
                if type_data(class_of(b)).heap {
                    return Ok(None);
                }
                let kind = if bytearray { "bytearray" } else { "bytes" };
                return Err(type_error(format!("can't concat {} to {kind}", type_name(b))));
            };
            if op.is_inplace() && bytearray {
                if let Some(Payload::ByteArray(data)) = a.payload() {
                    data.lock().extend(right);
                    return Ok(Some(a.clone()));
                }
            }
            Ok(Some(make(bytearray, [left, right].concat())))
        }
        BinaryOp::Multiply => {
            if !crate::objects::int::is_int(b) && protocols::special(b, "__index__").is_none() {
                if type_data(class_of(b)).heap {
                    return Ok(None);
                }
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b))));
            }
            let n = super::sequences::repeat_times(thread, b)?;
            // An exact bytes object repeated once is itself.
            if n == 1 && a.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class, &types().bytes)) {
                return Ok(Some(a.clone()));
            }
            if left.len().checked_mul(n).is_none_or(|total| total > super::sequences::MAX_REPEAT_BYTES) {
                return Err(crate::objects::exception::memory_error(""));
            }
            if op.is_inplace() && bytearray {
                if let Some(Payload::ByteArray(data)) = a.payload() {
                    *data.lock() = left.repeat(n);
                    return Ok(Some(a.clone()));
                }
            }
            Ok(Some(make(bytearray, left.repeat(n))))
        }
        BinaryOp::Remainder => Ok(Some(make(bytearray, crate::format::percent_format_bytes(thread, &left, b)?))),
        _ => Ok(None),
    }
}
