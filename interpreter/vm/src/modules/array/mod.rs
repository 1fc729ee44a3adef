//! The `array` module: `array.array`, a sequence of numbers (or code points) of one C type,
//! kept as their bytes. The bytes are exported through the buffer protocol, so that
//! `memoryview`, `bytes` and the other bytes-like consumers see them (and a memoryview writes
//! into them). Item conversions are in `items`.

pub(crate) mod items;
mod machine;

use std::sync::OnceLock;

use crate::sync::Mutex;

use self::items::{bad_typecode, item_type, ItemType, Kind, TYPECODES};
use crate::builtins::{add_methods, bytes_like, native_function, not_implemented};
use crate::method;
use crate::modules::arguments::{between, no_keywords, single};
use crate::objects::exception::{exceptions, index_error, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iter::IterState;
use crate::objects::memoryview::BufferExport;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{class_of, new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{as_list, list, new_dict, tuple_of, OwnedPayload, Payload, SliceData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;
use ferrython_bytecode::CompareOp;

/// An array's state: its item type and its items' bytes. The lock is never held while Python
/// code runs (values are converted before it is taken).
pub struct ArrayState {
    item: ItemType,
    bytes: Mutex<Vec<u8>>,
}

impl crate::gc::traverse::NativeData for ArrayState {
    fn buffer(&self) -> Option<BufferExport<'_>> {
        Some(BufferExport { bytes: &self.bytes, format: self.item.code, itemsize: self.item.size })
    }
}

impl ArrayState {
    fn len(&self) -> usize {
        self.bytes.lock().len() / self.item.size
    }

    fn values(&self) -> Vec<Value> {
        self.bytes.lock().chunks_exact(self.item.size).map(|c| self.item.unpack(c)).collect()
    }

    fn value_at(&self, index: usize) -> Value {
        let size = self.item.size;
        self.item.unpack(&self.bytes.lock()[index * size..(index + 1) * size])
    }
}

/// The `array.array` type (a builtin type, shared by every interpreter of the process).
fn array_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        let t = types();
        let class = new_builtin_type(&t.type_, "array", std::slice::from_ref(&t.object), BaseKind::Object, true);
        set_builtin_attr(&class, "__module__", new_str("array"));
        add_methods(
            &class,
            &[
                method!("__new__", array_new, StaticMethod),
                method!("__len__", array_len),
                method!("__getitem__", getitem),
                method!("__setitem__", setitem),
                method!("__delitem__", delitem),
                method!("__contains__", contains),
                method!("__iter__", iter),
                method!("__add__", add),
                method!("__iadd__", iadd),
                method!("__mul__", mul),
                method!("__rmul__", mul),
                method!("__imul__", imul),
                method!("__eq__", eq),
                method!("__ne__", ne),
                method!("__lt__", lt),
                method!("__le__", le),
                method!("__gt__", gt),
                method!("__ge__", ge),
                method!("__repr__", repr),
                method!("__reduce_ex__", reduce_ex),
                method!("__copy__", copy),
                method!("__deepcopy__", deepcopy),
                method!("append", append),
                method!("buffer_info", buffer_info),
                method!("byteswap", byteswap),
                method!("count", count),
                method!("extend", extend),
                method!("frombytes", frombytes),
                method!("fromfile", fromfile),
                method!("fromlist", fromlist),
                method!("fromunicode", fromunicode),
                method!("index", index),
                method!("insert", insert),
                method!("pop", pop),
                method!("remove", remove),
                method!("reverse", reverse),
                method!("tobytes", tobytes),
                method!("tofile", tofile),
                method!("tolist", tolist),
                method!("tounicode", tounicode),
            ],
        );
        set_builtin_attr(&class, "__hash__", Value::None);
        crate::builtins::add_getters(&class, &[("typecode", typecode), ("itemsize", itemsize)]);
        class
    })
}

/// Makes the `array` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("array"), Value::Obj(array_type().clone()));
    ns.set_str(&intern("ArrayType"), Value::Obj(array_type().clone()));
    ns.set_str(&intern("typecodes"), new_str(TYPECODES));
    let reconstructor = native_function("_array_reconstructor", array_reconstructor, BuiltinKind::Function, None);
    ns.set_str(&intern("_array_reconstructor"), reconstructor);
    // Arrays are mutable sequences, as `collections.abc` knows once told.
    let abc = crate::import::import_module_level(thread, "collections.abc", &Value::None, &Value::None, 0)?;
    let abc = protocols::attr::getattr(thread, &abc, &intern("abc"))?;
    let mutable_sequence = protocols::attr::getattr(thread, &abc, &intern("MutableSequence"))?;
    crate::modules::io::call_method(thread, &mutable_sequence, "register", &[Value::Obj(array_type().clone())])?;
    Ok(crate::objects::new_module("array", dict))
}

/// The state of an array value, if it is one.
fn state_of(value: &Value) -> Option<&ArrayState> {
    match value.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<ArrayState>(),
        _ => None,
    }
}

/// The array a method was called on, and the arguments after it.
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a ArrayState, Args<'a>)> {
    let receiver = args.values.first();
    match receiver.and_then(state_of) {
        Some(state) => Ok((state, Args { values: &args.values[1..], kwnames: args.kwnames })),
        None => Err(type_error(format!(
            "descriptor '{method}' for 'array.array' objects doesn't apply to a '{}' object",
            receiver.map_or_else(|| "NoneType".to_string(), type_name)
        ))),
    }
}

/// The array a method taking no arguments was called on.
fn this_alone<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a ArrayState> {
    let (state, rest) = this(args, method)?;
    crate::modules::arguments::no_arguments(&rest, method)?;
    Ok(state)
}

/// A new array of `class` holding `bytes`.
fn make(class: &ObjRef, item: ItemType, bytes: Vec<u8>) -> Value {
    let dict = type_data(class).heap.then(new_dict);
    let state = ArrayState { item, bytes: Mutex::new(bytes) };
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state))))
}

/// The bytes of `values` as items: all converted before any is stored, so that a failure
/// leaves the array unchanged.
fn pack_all(thread: &mut Thread, item: ItemType, values: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(values.len() * item.size);
    for value in values {
        out.extend(item.pack(thread, value)?);
    }
    Ok(out)
}

/// `array(typecode[, initializer])`.
fn array_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("array.__new__(X): X is not a type object"));
    };
    if !args.kwnames.is_empty() && ObjRef::ptr_eq(class, array_type()) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let given = &args.pos()[1..];
    if given.is_empty() || given.len() > 2 {
        return Err(type_error(format!("array() takes at most 2 arguments ({} given)", given.len())));
    }
    let code = match as_pystr(&given[0]) {
        Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(&given[0])
            )))
        }
    };
    let item = item_type(code).ok_or_else(bad_typecode)?;
    let array = make(class, item, Vec::new());
    if let Some(initializer) = given.get(1) {
        let state = state_of(&array).ok_or_else(bad_typecode)?;
        initialize(thread, state, initializer)?;
    }
    Ok(array)
}

fn initialize(thread: &mut Thread, state: &ArrayState, initializer: &Value) -> PyResult<()> {
    let code = state.item.code;
    if let Some(text) = as_pystr(initializer) {
        if code != 'u' {
            return Err(type_error(format!("cannot use a str to initialize an array with typecode '{code}'")));
        }
        return append_text(state, &text.as_str());
    }
    if let Some(other) = state_of(initializer) {
        if (other.item.code == 'u') != (code == 'u') {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{code}'"
            )));
        }
    }
    if matches!(initializer.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        return append_bytes(state, &bytes_like(initializer).unwrap_or_default());
    }
    let values = protocols::iter::collect(thread, initializer)?;
    let bytes = pack_all(thread, state.item, &values)?;
    state.bytes.lock().extend(bytes);
    Ok(())
}

fn append_text(state: &ArrayState, text: &str) -> PyResult<()> {
    let mut out: Vec<u8> = Vec::new();
    for c in text.chars() {
        let point = u32::from(c);
        out.extend(&point.to_ne_bytes()[..state.item.size]);
    }
    state.bytes.lock().extend(out);
    Ok(())
}

fn append_bytes(state: &ArrayState, data: &[u8]) -> PyResult<()> {
    if !data.len().is_multiple_of(state.item.size) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    state.bytes.lock().extend_from_slice(data);
    Ok(())
}

fn typecode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, _) = this(&args, "typecode")?;
    Ok(new_str(state.item.code.to_string()))
}

fn itemsize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, _) = this(&args, "itemsize")?;
    Ok(Value::Int(state.item.size as i64))
}

fn array_len(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "__len__")?;
    Ok(Value::Int(state.len() as i64))
}

/// An index argument, made non-negative; None when out of range.
fn position(thread: &mut Thread, key: &Value, len: usize) -> PyResult<Option<usize>> {
    let index = protocols::number::index_of(thread, key)?;
    let at = if index < 0 { index + len as i64 } else { index };
    Ok((0..len as i64).contains(&at).then_some(at as usize))
}

fn is_slice(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Slice(SliceData { .. })))
}

/// The item indices a slice selects.
fn slice_positions(thread: &mut Thread, key: &Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, count) = crate::ops::slice_indices(thread, key, len)?;
    Ok((0..count as i64).map(|i| (start + i * step) as usize).collect())
}

fn getitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__getitem__")?;
    let key = single("__getitem__", &rest)?;
    let len = state.len();
    if is_slice(key) {
        let positions = slice_positions(thread, key, len)?;
        let size = state.item.size;
        let bytes = state.bytes.lock();
        let out = positions.iter().flat_map(|p| bytes[p * size..(p + 1) * size].iter().copied()).collect();
        drop(bytes);
        return Ok(make(array_type(), state.item, out));
    }
    match position(thread, key, len)? {
        Some(at) => Ok(state.value_at(at)),
        None => Err(index_error("array index out of range")),
    }
}

fn setitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__setitem__")?;
    let [key, value] = crate::modules::arguments::exactly::<2>("__setitem__", &rest)?;
    let size = state.item.size;
    if !is_slice(key) {
        let data = state.item.pack(thread, value)?;
        let Some(at) = position(thread, key, state.len())? else {
            return Err(index_error("array assignment index out of range"));
        };
        if let Some(slot) = state.bytes.lock().get_mut(at * size..(at + 1) * size) {
            slot.copy_from_slice(&data);
        }
        return Ok(Value::None);
    }
    let Some(source) = state_of(value) else {
        return Err(type_error(format!("can only assign array (not \"{}\") to array slice", type_name(value))));
    };
    if source.item.code != state.item.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let data = source.bytes.lock().clone();
    let (start, stop, step, count) = crate::ops::slice_indices(thread, key, state.len())?;
    let mut bytes = state.bytes.lock();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64) as usize).max(start);
        bytes.splice(start * size..stop * size, data);
        return Ok(Value::None);
    }
    let new_count = data.len() / size;
    if new_count != count {
        return Err(value_error(format!(
            "attempt to assign array of size {new_count} to extended slice of size {count}"
        )));
    }
    for (i, chunk) in data.chunks_exact(size).enumerate() {
        let at = (start + i as i64 * step) as usize;
        bytes[at * size..(at + 1) * size].copy_from_slice(chunk);
    }
    Ok(Value::None)
}

fn delitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__delitem__")?;
    let key = single("__delitem__", &rest)?;
    let size = state.item.size;
    let len = state.len();
    let mut doomed = if is_slice(key) {
        slice_positions(thread, key, len)?
    } else {
        match position(thread, key, len)? {
            Some(at) => vec![at],
            None => return Err(index_error("array assignment index out of range")),
        }
    };
    doomed.sort_unstable();
    let mut bytes = state.bytes.lock();
    for at in doomed.into_iter().rev() {
        bytes.drain(at * size..(at + 1) * size);
    }
    Ok(Value::None)
}

fn contains(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__contains__")?;
    let needle = single("__contains__", &rest)?;
    for value in state.values() {
        if protocols::compare::rich_eq(thread, &value, needle)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// Iterates by index (the `__getitem__` protocol), so that the iterator sees later changes.
fn iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this(&args, "__iter__")?;
    Ok(crate::protocols::iter::new_iterator(IterState::Seq { seq: args.values[0].clone(), index: 0, step: 1 }))
}

fn add(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__add__")?;
    let other = single("__add__", &rest)?;
    let Some(source) = state_of(other) else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", type_name(other))));
    };
    if source.item.code != state.item.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut bytes = state.bytes.lock().clone();
    bytes.extend(source.bytes.lock().iter());
    Ok(make(array_type(), state.item, bytes))
}

fn iadd(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__iadd__")?;
    let other = single("__iadd__", &rest)?;
    if state_of(other).is_none() {
        return Err(type_error(format!("can only extend array with array (not \"{}\")", type_name(other))));
    }
    extend_from(thread, state, other)?;
    Ok(args.values[0].clone())
}

/// The count of a repetition; TypeError for a non-integer, as CPython's sequence repeat slot.
fn repeat_count(thread: &mut Thread, value: &Value) -> PyResult<usize> {
    if !crate::objects::int::is_int(value) && protocols::special(value, "__index__").is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(value))));
    }
    Ok(protocols::number::index_of(thread, value)?.max(0) as usize)
}

/// The bytes of `n` copies of the array's: MemoryError, before allocating, when too many.
fn repeated(state: &ArrayState, n: usize) -> PyResult<Vec<u8>> {
    let bytes = state.bytes.lock();
    match bytes.len().checked_mul(n) {
        Some(total) if total <= crate::builtins::MAX_REPEAT_BYTES => Ok(bytes.repeat(n)),
        _ => Err(PyErr::new(&exceptions().memory_error, "")),
    }
}

fn mul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__mul__")?;
    let n = repeat_count(thread, single("__mul__", &rest)?)?;
    let bytes = repeated(state, n)?;
    Ok(make(array_type(), state.item, bytes))
}

fn imul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__imul__")?;
    let n = repeat_count(thread, single("__imul__", &rest)?)?;
    let bytes = repeated(state, n)?;
    *state.bytes.lock() = bytes;
    Ok(args.values[0].clone())
}

/// Compares two arrays item by item, as sequences compare.
fn compare(thread: &mut Thread, args: Args<'_>, op: CompareOp, name: &str) -> PyResult<Value> {
    let (state, rest) = this(&args, name)?;
    let other = single(name, &rest)?;
    let Some(other) = state_of(other) else { return Ok(not_implemented()) };
    let (mine, theirs) = (state.values(), other.values());
    if mine.len() != theirs.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    for (a, b) in mine.iter().zip(&theirs) {
        if !protocols::compare::rich_eq(thread, a, b)? {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => protocols::compare::rich_compare(thread, a, b, op),
            };
        }
    }
    let ordering = mine.len().cmp(&theirs.len());
    Ok(Value::Bool(protocols::compare::ordering_matches(ordering, op)))
}

macro_rules! comparisons {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                compare(thread, args, CompareOp::$op, concat!("__", stringify!($name), "__"))
            }
        )*
    };
}

comparisons! {
    eq => Eq;
    ne => Ne;
    lt => Lt;
    le => Le;
    gt => Gt;
    ge => Ge;
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "__repr__")?;
    let name = type_data(class_of(&args.values[0])).name.read().clone();
    let code = state.item.code;
    if state.len() == 0 {
        return Ok(new_str(format!("{name}('{code}')")));
    }
    let contents = if code == 'u' { text_of(state)? } else { list(state.values()) };
    let shown = protocols::repr(thread, &contents)?;
    Ok(new_str(format!("{name}('{code}', {shown})")))
}

/// `__reduce_ex__(protocol)`: from protocol 3, `_array_reconstructor` and the machine format
/// and bytes of the items; before, the typecode and the items. The instance dict comes third.
fn reduce_ex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "__reduce_ex__")?;
    let protocol = match rest.pos().first() {
        Some(p) => protocols::number::index_of(thread, p)?,
        None => 0,
    };
    let receiver = &args.values[0];
    let class = Value::Obj(class_of(receiver).clone());
    let dict = match receiver {
        Value::Obj(obj) => match obj.dict().as_ref() {
            Some(d) if crate::objects::dict_of(d).is_some_and(|d| !d.is_empty()) => Value::Obj(d.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    if protocol >= 3 {
        let module = crate::modules::native_module(thread, "array")?;
        let reconstructor = protocols::attr::getattr(thread, &Value::Obj(module), &intern("_array_reconstructor"))?;
        let bytes = crate::builtins::new_bytes(state.bytes.lock().clone());
        let code = new_str(state.item.code.to_string());
        let format = Value::Int(i64::from(machine::native_format(state.item)));
        return Ok(tuple_of([reconstructor, tuple_of([class, code, format, bytes]), dict]));
    }
    let contents = if state.item.code == 'u' { text_of(state)? } else { list(state.values()) };
    Ok(tuple_of([class, tuple_of([new_str(state.item.code.to_string()), contents]), dict]))
}

fn copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "__copy__")?;
    let bytes = state.bytes.lock().clone();
    Ok(make(class_of(&args.values[0]), state.item, bytes))
}

fn deepcopy(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    copy(thread, Args { values: &args.values[..1], kwnames: &[] })
}

fn append(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "append")?;
    let value = single("array.append", &rest)?;
    let data = state.item.pack(thread, value)?;
    state.bytes.lock().extend(data);
    Ok(Value::None)
}

fn buffer_info(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "buffer_info")?;
    let bytes = state.bytes.lock();
    let address = bytes.as_ptr() as usize as i64;
    Ok(tuple_of([Value::Int(address), Value::Int((bytes.len() / state.item.size) as i64)]))
}

fn byteswap(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "byteswap")?;
    let size = state.item.size;
    state.bytes.lock().chunks_exact_mut(size).for_each(<[u8]>::reverse);
    Ok(Value::None)
}

fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "count")?;
    let needle = single("array.count", &rest)?;
    let mut n = 0;
    for value in state.values() {
        if protocols::compare::rich_eq(thread, &value, needle)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn extend_from(thread: &mut Thread, state: &ArrayState, source: &Value) -> PyResult<()> {
    if let Some(other) = state_of(source) {
        if other.item.code != state.item.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let data = other.bytes.lock().clone();
        state.bytes.lock().extend(data);
        return Ok(());
    }
    // Items are appended as the iteration goes: a failure keeps those before it, as in CPython.
    let iterator = protocols::iter::get_iter(thread, source)?;
    while let Some(value) = protocols::iter::next(thread, &iterator)? {
        let data = state.item.pack(thread, &value)?;
        state.bytes.lock().extend(data);
    }
    Ok(())
}

fn extend(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "extend")?;
    let source = single("array.extend", &rest)?;
    extend_from(thread, state, source)?;
    Ok(Value::None)
}

fn frombytes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "frombytes")?;
    let source = single("array.frombytes", &rest)?;
    let data = bytes_like(source)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(source))))?;
    append_bytes(state, &data)?;
    Ok(Value::None)
}

fn fromfile(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "fromfile")?;
    no_keywords(&rest, "array.fromfile")?;
    let [file, n] = crate::modules::arguments::exactly::<2>("fromfile", &rest)?;
    let n = protocols::number::index_of(thread, n)?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let Some(wanted) = (n as usize).checked_mul(state.item.size) else {
        return Err(PyErr::new(&exceptions().memory_error, ""));
    };
    let data = crate::modules::io::call_method(thread, file, "read", &[Value::Int(wanted as i64)])?;
    let data = bytes_like(&data).ok_or_else(|| type_error("read() didn't return bytes"))?;
    let whole = data.len() - data.len() % state.item.size;
    state.bytes.lock().extend_from_slice(&data[..whole]);
    if data.len() < wanted {
        return Err(PyErr::new(&exceptions().eof_error, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn fromlist(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "fromlist")?;
    let source = single("array.fromlist", &rest)?;
    let Some(items) = as_list(source) else { return Err(type_error("arg must be list")) };
    let values = items.lock().to_vec();
    let data = pack_all(thread, state.item, &values)?;
    state.bytes.lock().extend(data);
    Ok(Value::None)
}

fn fromunicode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "fromunicode")?;
    let source = single("array.fromunicode", &rest)?;
    let Some(text) = as_pystr(source) else {
        return Err(type_error(format!("fromunicode() argument must be str, not {}", type_name(source))));
    };
    if state.item.kind != Kind::Char {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    append_text(state, &text.as_str())?;
    Ok(Value::None)
}

fn index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "index")?;
    let given = between("index", &rest, 1, 3)?;
    let values = state.values();
    let len = values.len() as i64;
    let bound = |thread: &mut Thread, at: Option<&Value>, default: i64| -> PyResult<usize> {
        let n = match at {
            Some(v) => protocols::number::index_of(thread, v)?,
            None => default,
        };
        let n = if n < 0 { (n + len).max(0) } else { n.min(len) };
        Ok(n as usize)
    };
    let start = bound(thread, given.get(1), 0)?;
    let stop = bound(thread, given.get(2), len)?;
    for (i, value) in values.iter().enumerate().take(stop).skip(start) {
        if protocols::compare::rich_eq(thread, value, &given[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("array.index(x): x not in array"))
}

fn insert(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "insert")?;
    let [at, value] = crate::modules::arguments::exactly::<2>("insert", &rest)?;
    let at = protocols::number::index_of(thread, at)?;
    let data = state.item.pack(thread, value)?;
    let size = state.item.size;
    let mut bytes = state.bytes.lock();
    let len = (bytes.len() / size) as i64;
    let at = if at < 0 { (at + len).max(0) } else { at.min(len) } as usize;
    bytes.splice(at * size..at * size, data);
    Ok(Value::None)
}

fn pop(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "pop")?;
    let given = between("pop", &rest, 0, 1)?;
    let at = match given.first() {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => -1,
    };
    let len = state.len();
    if len == 0 {
        return Err(index_error("pop from empty array"));
    }
    let at = if at < 0 { at + len as i64 } else { at };
    if at < 0 || at >= len as i64 {
        return Err(index_error("pop index out of range"));
    }
    let at = at as usize;
    let value = state.value_at(at);
    let size = state.item.size;
    state.bytes.lock().drain(at * size..(at + 1) * size);
    Ok(value)
}

fn remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "remove")?;
    let needle = single("array.remove", &rest)?;
    for (i, value) in state.values().iter().enumerate() {
        if protocols::compare::rich_eq(thread, value, needle)? {
            let size = state.item.size;
            state.bytes.lock().drain(i * size..(i + 1) * size);
            return Ok(Value::None);
        }
    }
    Err(value_error("array.remove(x): x not in array"))
}

fn reverse(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "reverse")?;
    let size = state.item.size;
    let mut bytes = state.bytes.lock();
    let reversed: Vec<u8> = bytes.chunks_exact(size).rev().flatten().copied().collect();
    *bytes = reversed;
    Ok(Value::None)
}

fn tobytes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "tobytes")?;
    let bytes = state.bytes.lock().clone();
    Ok(crate::builtins::new_bytes(bytes))
}

fn tofile(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (state, rest) = this(&args, "tofile")?;
    let file = single("array.tofile", &rest)?;
    let bytes = state.bytes.lock().clone();
    // In blocks, as CPython writes them, so that a large array is not copied twice at once.
    for block in bytes.chunks(64 * 1024) {
        crate::modules::io::call_method(thread, file, "write", &[crate::builtins::new_bytes(block.to_vec())])?;
    }
    Ok(Value::None)
}

fn tolist(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "tolist")?;
    Ok(list(state.values()))
}

fn text_of(state: &ArrayState) -> PyResult<Value> {
    let mut text = String::new();
    for chunk in state.bytes.lock().chunks_exact(state.item.size) {
        let mut raw = [0u8; 4];
        raw.copy_from_slice(&chunk[..4]);
        let point = u32::from_ne_bytes(raw);
        match char::from_u32(point) {
            Some(c) => text.push(c),
            None => return Err(value_error(format!("character U+{point:x} is not in range [U+0000; U+10ffff]"))),
        }
    }
    Ok(new_str(text))
}

fn tounicode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_alone(&args, "tounicode")?;
    if state.item.kind != Kind::Char {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    text_of(state)
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: the array pickles of
/// protocol 3 and up rebuild with this, from bytes in a machine format that may not be this
/// machine's.
fn array_reconstructor(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "_array_reconstructor")?;
    let [class, code, format, data] = crate::modules::arguments::exactly::<4>("_array_reconstructor", &args)?;
    let Value::Obj(class_obj) = class else {
        return Err(type_error(format!("first argument must be a type object, not {}", type_name(class))));
    };
    if !matches!(class_obj.payload(), Payload::Type(_)) {
        return Err(type_error(format!("first argument must be a type object, not {}", type_name(class))));
    }
    if !crate::objects::typeobj::is_subtype(class_obj, array_type()) {
        return Err(type_error(format!("{} is not a subtype of array.array", type_data(class_obj).name.read())));
    }
    let item = as_pystr(code)
        .filter(|s| s.char_len() == 1)
        .and_then(|s| s.as_str().chars().next())
        .and_then(item_type)
        .ok_or_else(|| value_error("second argument must be a valid type code"))?;
    let format = protocols::number::index_of(thread, format)?;
    let Some(Payload::Bytes(bytes)) = data.payload() else {
        return Err(type_error(format!("fourth argument should be bytes, not {}", type_name(data))));
    };
    let array = make(class_obj, item, Vec::new());
    let state = state_of(&array).ok_or_else(bad_typecode)?;
    // Bytes in this machine's own format for the typecode are taken as they are.
    let packed = if format == i64::from(machine::native_format(item)) {
        bytes.to_vec()
    } else {
        let values = machine::decode(format, bytes)?;
        if item.kind == Kind::Char {
            let text: String = values.iter().filter_map(|v| as_pystr(v).map(|s| s.as_str().into_owned())).collect();
            append_text(state, &text)?;
            return Ok(array);
        }
        pack_all(thread, item, &values)?
    };
    if !packed.len().is_multiple_of(item.size) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    state.bytes.lock().extend(packed);
    Ok(array)
}
