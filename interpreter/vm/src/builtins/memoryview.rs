//! `memoryview`: construction, indexing and slicing, item assignment, `cast`, `tolist`,
//! `tobytes`, `release` and the properties describing the buffer.

use std::sync::atomic::Ordering;

use crate::method;
use crate::objects::exception::{index_error, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::memoryview::MemoryView;
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{type_name, types};
use crate::objects::{list, tuple, OwnedPayload, Payload, SliceData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::arity::{method_args, no_args};
use super::{add_methods, native_function};

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.memoryview,
        &[
            method!("__new__", memoryview_new, StaticMethod),
            method!("__getitem__", getitem),
            method!("__setitem__", setitem),
            method!("__len__", len),
            method!("__iter__", iter),
            method!("__eq__", eq),
            method!("__hash__", hash),
            method!("__repr__", repr),
            method!("__enter__", enter),
            method!("__exit__", exit),
            method!("__buffer__", buffer),
            method!("tobytes", tobytes),
            method!("tolist", tolist),
            method!("toreadonly", toreadonly),
            method!("cast", cast),
            method!("release", release),
            method!("hex", super::bytes::hex_method),
        ],
    );
    let properties: [(&'static str, crate::objects::function::NativeFn); 12] = [
        ("obj", obj),
        ("nbytes", nbytes),
        ("readonly", readonly),
        ("itemsize", itemsize),
        ("format", format),
        ("ndim", ndim),
        ("shape", shape),
        ("strides", strides),
        ("suboffsets", suboffsets),
        ("c_contiguous", contiguous),
        ("f_contiguous", f_contiguous),
        ("contiguous", contiguous),
    ];
    for (name, getter) in properties {
        let fget = native_function(name, getter, crate::objects::function::BuiltinKind::Function, None);
        let property = crate::objects::Property::payload(fget, Value::None, Value::None, Value::None);
        let value = Value::Obj(ObjRef::new_immortal(t.property.clone(), None, property));
        crate::objects::typeobj::set_builtin_attr(&t.memoryview, name, value);
    }
}

fn new_view(view: MemoryView) -> Value {
    Value::Obj(ObjRef::new(types().memoryview.clone(), None, OwnedPayload::MemoryView(Box::new(view))))
}

/// A one-dimensional byte view of all of `source` (a bytes or bytearray).
fn whole(source: Value, len: usize, readonly: bool) -> MemoryView {
    MemoryView::new(source, 0, vec![len], vec![1], 'B', 1, readonly)
}

fn copy_of(view: &MemoryView) -> MemoryView {
    MemoryView::new(
        view.source.clone(),
        view.start,
        view.shape.clone(),
        view.strides.clone(),
        view.format,
        view.itemsize,
        view.readonly,
    )
}

/// The view a memoryview's method was called on; ValueError once released.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a MemoryView> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(view)) if view.is_released() => Err(released()),
        Some(Payload::MemoryView(view)) => Ok(view),
        _ => Err(type_error("descriptor requires a 'memoryview' object")),
    }
}

fn released() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

/// `memoryview(object)`.
fn memoryview_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = Args { values: &args.values[1..], kwnames: args.kwnames };
    let slots = super::arity::bind(&given, "memoryview", &["object"], 0, 1)?;
    let object = slots[0].clone().unwrap_or_default();
    view_of(&object)
}

/// A new memoryview of a bytes-like object.
pub fn view_of(object: &Value) -> PyResult<Value> {
    match object.payload() {
        Some(Payload::Bytes(b)) => Ok(new_view(whole(object.clone(), b.len(), true))),
        Some(Payload::ByteArray(b)) => {
            let len = b.lock().len();
            Ok(new_view(whole(object.clone(), len, false)))
        }
        Some(Payload::MemoryView(view)) if view.is_released() => Err(released()),
        Some(Payload::MemoryView(view)) => Ok(new_view(copy_of(view))),
        Some(Payload::Native(_)) if crate::objects::memoryview::native_buffer(object).is_some() => {
            let export = crate::objects::memoryview::native_buffer(object).ok_or_else(released)?;
            let mut view = whole(object.clone(), export.bytes.lock().len() / export.itemsize, false);
            view.format = export.format;
            view.itemsize = export.itemsize;
            view.strides = vec![export.itemsize as isize];
            Ok(new_view(view))
        }
        _ => Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(object)))),
    }
}

/// The size of one item of a native struct format, for the formats memoryview accepts.
fn format_size(format: &str) -> Option<(char, usize)> {
    let format = format.strip_prefix('@').unwrap_or(format);
    let mut chars = format.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    let size = match c {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' | 'e' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' | 'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// The value of one item.
fn unpack(format: char, bytes: &[u8]) -> Value {
    let mut raw = [0u8; 8];
    raw[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
    let unsigned = u64::from_le_bytes(raw);
    let signed = |bits: u32| ((unsigned << (64 - bits)) as i64) >> (64 - bits);
    match format {
        'B' | 'H' | 'I' => Value::Int(unsigned as i64),
        'L' | 'Q' | 'N' | 'P' => crate::objects::int::int_from_big(num_bigint::BigInt::from(unsigned)),
        'b' => Value::Int(signed(8)),
        'h' => Value::Int(signed(16)),
        'i' => Value::Int(signed(32)),
        'l' | 'q' | 'n' => Value::Int(unsigned as i64),
        'c' => super::new_bytes(bytes.to_vec()),
        '?' => Value::Bool(unsigned != 0),
        'e' => Value::Float(crate::modules::structure::codec::half_to(unsigned as u16)),
        'f' => Value::Float(f64::from(f32::from_bits(unsigned as u32))),
        'd' => Value::Float(f64::from_bits(unsigned)),
        _ => Value::None,
    }
}

/// The bytes of `value` as one item of `format`.
fn pack(thread: &mut Thread, format: char, size: usize, value: &Value) -> PyResult<Vec<u8>> {
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{format}'"));
    let invalid_value = || value_error(format!("memoryview: invalid value for format '{format}'"));
    match format {
        'c' => match super::bytes_like(value) {
            Some(b) if b.len() == 1 => Ok(b),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        '?' => Ok(vec![u8::from(protocols::truthy(thread, value)?)]),
        'e' | 'f' | 'd' => {
            // Anything with `__float__` (or `__index__`), as PyFloat_AsDouble takes it.
            let x = match value {
                Value::Float(f) => *f,
                v if protocols::special(v, "__float__").is_none() && protocols::special(v, "__index__").is_none() => {
                    return Err(invalid_type())
                }
                v => match super::to_float_value(thread, v) {
                    Ok(x) => x,
                    Err(e) if e.matches(&crate::objects::exception::exceptions().type_error) => {
                        return Err(invalid_type())
                    }
                    Err(e) => return Err(e),
                },
            };
            Ok(match format {
                'e' => crate::modules::structure::codec::half_from(x).ok_or_else(invalid_value)?.to_le_bytes().to_vec(),
                'f' => (x as f32).to_le_bytes().to_vec(),
                _ => x.to_le_bytes().to_vec(),
            })
        }
        _ => {
            if !crate::objects::int::is_int(value) && protocols::special(value, "__index__").is_none() {
                return Err(invalid_type());
            }
            let n = protocols::number::index_big(thread, value)?;
            let bits = size as u32 * 8;
            let fits = if format.is_ascii_uppercase() {
                n >= num_bigint::BigInt::from(0) && n.bits() <= u64::from(bits)
            } else {
                let limit = num_bigint::BigInt::from(1) << (bits - 1);
                n >= -limit.clone() && n < limit
            };
            if !fits {
                return Err(invalid_value());
            }
            let mut bytes = n.to_signed_bytes_le();
            let fill = if n < num_bigint::BigInt::from(0) { 0xFF } else { 0 };
            bytes.resize(size, fill);
            Ok(bytes)
        }
    }
}

fn item_at(view: &MemoryView, offset: usize) -> Value {
    view.with_source(|data| unpack(view.format, data.get(offset..offset + view.itemsize).unwrap_or_default()))
}

/// The items as nested lists.
fn items_of(view: &MemoryView) -> Value {
    let values: Vec<Value> = view.item_offsets().into_iter().map(|o| item_at(view, o)).collect();
    nest(&values, &view.shape)
}

fn nest(values: &[Value], shape: &[usize]) -> Value {
    match shape {
        [] => values.first().cloned().unwrap_or(Value::None),
        [_] => list(values.to_vec()),
        [_, rest @ ..] => {
            let size: usize = rest.iter().product();
            if size == 0 {
                return list(Vec::new());
            }
            list(values.chunks(size).map(|chunk| nest(chunk, rest)).collect())
        }
    }
}

/// The byte offset of item `key` of a one-dimensional view.
fn offset_of(thread: &mut Thread, view: &MemoryView, key: &Value) -> PyResult<usize> {
    if view.shape.len() != 1 {
        return Err(PyErr::new(
            &crate::objects::exception::exceptions().not_implemented_error,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let index = protocols::number::index_of(thread, key)?;
    let len = view.shape[0] as i64;
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok((view.start as isize + at as isize * view.strides[0]) as usize)
}

fn is_index(value: &Value) -> bool {
    crate::objects::int::is_int(value) || protocols::special(value, "__index__").is_some()
}

fn not_implemented(message: &str) -> PyErr {
    PyErr::new(&crate::objects::exception::exceptions().not_implemented_error, message)
}

/// What a tuple key of `view[key]` names: the byte offset of one item (a tuple of indices, one
/// per dimension), or CPython's error for sub-views and multi-dimensional slices.
fn tuple_key_offset(thread: &mut Thread, view: &MemoryView, items: &[Value], assigning: bool) -> PyResult<usize> {
    if items.iter().all(is_index) {
        if items.len() < view.shape.len() {
            return Err(not_implemented("sub-views are not implemented"));
        }
        if items.len() > view.shape.len() {
            return Err(type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                view.shape.len(),
                items.len()
            )));
        }
        let mut offset = view.start as isize;
        for (dim, item) in items.iter().enumerate() {
            let index = protocols::number::index_of(thread, item)?;
            let len = view.shape[dim] as i64;
            let at = if index < 0 { index + len } else { index };
            if at < 0 || at >= len {
                return Err(index_error(format!("index out of bounds on dimension {}", dim + 1)));
            }
            offset += at as isize * view.strides[dim];
        }
        return Ok(offset as usize);
    }
    if items.iter().all(|k| matches!(k.payload(), Some(Payload::Slice(SliceData { .. })))) {
        return Err(not_implemented(if assigning {
            "memoryview slice assignments are currently restricted to ndim = 1"
        } else {
            "multi-dimensional slicing is not implemented"
        }));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn getitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    let key = method_args(&args, "memoryview.__getitem__", 1, 1)?[0].clone();
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, &key, view.shape[0])?;
        let mut sliced = copy_of(view);
        sliced.start = (view.start as isize + start as isize * view.strides[0]) as usize;
        sliced.strides[0] = view.strides[0] * step as isize;
        sliced.shape[0] = count;
        return Ok(new_view(sliced));
    }
    let offset = if let Some(items) = crate::objects::as_tuple(&key) {
        tuple_key_offset(thread, view, items, false)?
    } else if is_index(&key) {
        offset_of(thread, view, &key)?
    } else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    // An `__index__` may have released the view meanwhile.
    if view.is_released() {
        return Err(released());
    }
    Ok(item_at(view, offset))
}

fn setitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    let p = method_args(&args, "memoryview.__setitem__", 2, 2)?;
    let (key, value) = (&p[0], &p[1]);
    if view.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(target) = crate::objects::memoryview::writable_bytes(&view.source) else {
        return Err(type_error("cannot modify read-only memory"));
    };
    let writes: Vec<(usize, Vec<u8>)> = if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, key, view.shape[0])?;
        let data = super::bytes_like(value)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value))))?;
        if data.len() != count * view.itemsize {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        (0..count)
            .map(|i| {
                let offset = view.start as isize + (start as isize + i as isize * step as isize) * view.strides[0];
                (offset as usize, data[i * view.itemsize..(i + 1) * view.itemsize].to_vec())
            })
            .collect()
    } else if is_index(key) {
        let offset = offset_of(thread, view, key)?;
        vec![(offset, pack(thread, view.format, view.itemsize, value)?)]
    } else if let Some(items) = crate::objects::as_tuple(key) {
        let offset = tuple_key_offset(thread, view, items, true)?;
        vec![(offset, pack(thread, view.format, view.itemsize, value)?)]
    } else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    // Converting the key or the value may have released the view.
    if view.is_released() {
        return Err(released());
    }
    let mut data = target.lock();
    for (offset, bytes) in writes {
        if let Some(slot) = data.get_mut(offset..offset + bytes.len()) {
            slot.copy_from_slice(&bytes);
        }
    }
    Ok(Value::None)
}

fn len(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    match view.shape.first() {
        Some(n) => Ok(Value::Int(*n as i64)),
        None => Err(type_error("0-dim memory has no length")),
    }
}

fn iter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    if view.shape.len() != 1 {
        return Err(PyErr::new(
            &crate::objects::exception::exceptions().not_implemented_error,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    protocols::iter::get_iter(thread, &items_of(view))
}

/// `==`: equal shapes and equal items, whatever the formats; bytes-like objects compare as
/// unsigned bytes.
fn eq(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = method_args(&args, "memoryview.__eq__", 1, 1)?[0].clone();
    let me = match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(view)) => view,
        _ => return Ok(super::not_implemented()),
    };
    if args.pos()[0].is(&other) {
        return Ok(Value::Bool(true));
    }
    let (other_shape, other_items) = match other.payload() {
        Some(Payload::MemoryView(view)) if view.is_released() || me.is_released() => return Ok(Value::Bool(false)),
        Some(Payload::MemoryView(view)) => (view.shape.clone(), items_of(view)),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => match super::bytes_like(&other) {
            Some(b) => (vec![b.len()], list(b.into_iter().map(|x| Value::Int(i64::from(x))).collect())),
            None => return Ok(super::not_implemented()),
        },
        // Another exporter (array.array) compares item by item in its own format.
        _ => match view_of(&other) {
            Ok(viewed) => match viewed.payload() {
                Some(Payload::MemoryView(view)) => (view.shape.clone(), items_of(view)),
                _ => return Ok(super::not_implemented()),
            },
            Err(_) => return Ok(super::not_implemented()),
        },
    };
    if me.is_released() {
        return Ok(Value::Bool(false));
    }
    if other_shape != me.shape {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(protocols::rich_eq(thread, &items_of(me), &other_items)?))
}

fn hash(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::MemoryView(view)) = args.pos().first().and_then(|v| v.payload()) {
        let known = view.hash.load(Ordering::Acquire);
        if known != -1 {
            return Ok(Value::Int(known));
        }
    }
    let view = this(&args)?;
    if !view.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(view.format, 'B' | 'b' | 'c') {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let hash = crate::objects::hash::hash_bytes(&view.to_bytes());
    view.hash.store(hash, Ordering::Release);
    Ok(Value::Int(hash))
}

fn repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let (Some(Payload::MemoryView(view)), Some(obj)) = (this.payload(), this.as_obj()) else {
        return Err(type_error("descriptor requires a 'memoryview' object"));
    };
    let what = if view.is_released() { "released memory" } else { "memory" };
    Ok(new_str(format!("<{what} at {:#x}>", obj.addr())))
}

fn enter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.pos()[0].clone())
}

fn exit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::MemoryView(view)) = args.pos().first().and_then(|v| v.payload()) {
        view.release();
    }
    Ok(Value::None)
}

fn release(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "memoryview.release")?;
    exit(_thread, args)
}

fn buffer(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    Ok(new_view(copy_of(view)))
}

fn tobytes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    let slots =
        super::arity::bind(&Args { values: &args.values[1..], kwnames: args.kwnames }, "tobytes", &["order"], 0, 0)?;
    if let Some(order) = slots[0].as_ref().filter(|o| !o.is_none()) {
        let order = as_pystr(order).map(|s| s.as_str().into_owned()).unwrap_or_default();
        if !matches!(order.as_str(), "C" | "F" | "A") {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(super::new_bytes(view.to_bytes()))
}

fn tolist(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "memoryview.tolist")?;
    Ok(items_of(this(&args)?))
}

fn toreadonly(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "memoryview.toreadonly")?;
    let mut copy = copy_of(this(&args)?);
    copy.readonly = true;
    Ok(new_view(copy))
}

/// `cast(format[, shape])`: the same bytes seen with another item format and shape.
fn cast(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    let slots = super::arity::bind(
        &Args { values: &args.values[1..], kwnames: args.kwnames },
        "cast",
        &["format", "shape"],
        0,
        1,
    )?;
    let format = slots[0].clone().unwrap_or_default();
    let Some(text) = as_pystr(&format).map(|s| s.as_str().into_owned()) else {
        return Err(type_error(format!("cast() argument 'format' must be str, not {}", type_name(&format))));
    };
    if !view.is_c_contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some((code, size)) = format_size(&text) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_format = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_format(view.format) && !byte_format(code) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = view.len() * view.itemsize;
    let shape = match slots[1].as_ref().filter(|s| !s.is_none()) {
        Some(shape) => {
            if !matches!(shape.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
                return Err(type_error("shape must be a list or a tuple"));
            }
            let mut dims = Vec::new();
            for d in protocols::iter::collect(thread, shape)? {
                let n = protocols::number::index_of(thread, &d)?;
                if n <= 0 {
                    return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                dims.push(n as usize);
            }
            if dims.iter().product::<usize>() * size != nbytes {
                return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            dims
        }
        None => {
            if nbytes % size != 0 {
                return Err(type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / size]
        }
    };
    let mut strides = vec![size as isize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1] as isize;
    }
    let mut cast = copy_of(view);
    (cast.format, cast.itemsize, cast.shape, cast.strides) = (code, size, shape, strides);
    Ok(new_view(cast))
}

fn obj(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.source.clone())
}

fn nbytes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    Ok(Value::Int((view.len() * view.itemsize) as i64))
}

fn readonly(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.readonly))
}

fn itemsize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.itemsize as i64))
}

fn format(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(this(&args)?.format.to_string()))
}

fn ndim(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.shape.len() as i64))
}

fn shape(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(tuple(this(&args)?.shape.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn strides(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(tuple(this(&args)?.strides.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn suboffsets(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(tuple(Vec::new()))
}

fn contiguous(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.is_c_contiguous()))
}

fn f_contiguous(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args)?;
    Ok(Value::Bool(view.is_c_contiguous() && view.shape.iter().filter(|&&n| n > 1).count() <= 1))
}
