//! The `zlib` module: one-shot `compress`/`decompress`, the streaming `compressobj` and
//! `decompressobj` objects, the `crc32` and `adler32` checksums, zlib's constants and
//! `zlib.error`. The streams themselves are in `stream`.

mod stream;

use parking_lot::Mutex;

use self::stream::{Container, Deflater, Inflater, StreamError, Z_FINISH};
use crate::builtins::{add_methods, native_function, new_bytes};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The zlib release whose behaviour this module follows (CPython 3.12's build).
const ZLIB_VERSION: &str = "1.2.13";
const MAX_WBITS: i64 = 15;
const DEF_BUF_SIZE: i64 = 16384;

const CONSTANTS: &[(&str, i64)] = &[
    ("MAX_WBITS", MAX_WBITS),
    ("DEFLATED", 8),
    ("DEF_MEM_LEVEL", 8),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_NO_FLUSH", stream::Z_NO_FLUSH),
    ("Z_PARTIAL_FLUSH", stream::Z_PARTIAL_FLUSH),
    ("Z_SYNC_FLUSH", stream::Z_SYNC_FLUSH),
    ("Z_FULL_FLUSH", stream::Z_FULL_FLUSH),
    ("Z_FINISH", Z_FINISH),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

/// Makes the `zlib` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let t = types();
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let compress_class =
        new_builtin_type(&t.type_, "Compress", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&compress_class, "__module__", new_str("zlib"));
    add_methods(&compress_class, &[method!("compress", compressor_compress), method!("flush", compressor_flush)]);
    let decompress_class =
        new_builtin_type(&t.type_, "Decompress", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&decompress_class, "__module__", new_str("zlib"));
    add_methods(
        &decompress_class,
        &[method!("decompress", decompressor_decompress), method!("flush", decompressor_flush)],
    );
    let functions: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    for (name, value) in CONSTANTS {
        ns.set_str(&intern(name), Value::Int(*value));
    }
    ns.set_str(&intern("ZLIB_VERSION"), new_str(ZLIB_VERSION));
    ns.set_str(&intern("ZLIB_RUNTIME_VERSION"), new_str(ZLIB_VERSION));
    ns.set_str(&intern("_Compress"), Value::Obj(compress_class));
    ns.set_str(&intern("_Decompress"), Value::Obj(decompress_class));
    let error = make_error_class(thread)?;
    ns.set_str(&intern("error"), error);
    Ok(crate::objects::new_module("zlib", dict))
}

/// `class error(Exception)` with `__module__ = 'zlib'`.
fn make_error_class(thread: &mut Thread) -> PyResult<Value> {
    let bases = crate::objects::tuple_of([Value::Obj(crate::objects::exception::exceptions().exception.clone())]);
    let body = new_dict();
    crate::ops::namespace(&body).set_str(&intern("__module__"), new_str("zlib"));
    let args = [new_str("error"), bases, Value::Obj(body)];
    crate::call::call(thread, &Value::Obj(types().type_.clone()), Args::positional(&args))
}

/// An object of this module (the error class, the stream types).
fn module_attr(thread: &mut Thread, name: &str) -> PyResult<ObjRef> {
    let module = crate::modules::native_module(thread, "zlib")?;
    match module.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern(name))) {
        Some(Value::Obj(found)) => Ok(found),
        _ => Err(crate::objects::exception::runtime_error(format!("zlib.{name} is missing"))),
    }
}

/// `zlib.error` for a stream failure: "Error -3 while decompressing data: incorrect header check".
fn stream_error(thread: &mut Thread, action: &str, err: StreamError) -> PyErr {
    let message = match err.message.is_empty() {
        true => format!("Error {} while {action}", err.code),
        false => format!("Error {} while {action}: {}", err.code, err.message),
    };
    match module_attr(thread, "error") {
        Ok(class) => PyErr::new(&class, message),
        Err(err) => err,
    }
}

fn zlib_error(thread: &mut Thread, message: &str) -> PyErr {
    match module_attr(thread, "error") {
        Ok(class) => PyErr::new(&class, message),
        Err(err) => err,
    }
}

/// The bytes of a bytes-like argument.
fn data_arg(value: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::bytes_like(value)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value))))
}

/// An int argument, or `default` when absent.
fn int_arg(thread: &mut Thread, value: &Option<Value>, default: i64) -> PyResult<i64> {
    match value {
        None => Ok(default),
        Some(value) => crate::protocols::number::index_of(thread, value),
    }
}

/// A compression level: -1 or 0 to 9.
fn checked_level(thread: &mut Thread, level: i64) -> PyResult<i64> {
    match level {
        -1..=9 => Ok(level),
        _ => Err(zlib_error(thread, "Bad compression level")),
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [data, level, wbits] = <[_; 3]>::try_from(bind("compress", &args, &["data", "level", "wbits"], 1)?)
        .map_err(|_| type_error("compress() arguments"))?;
    let data = data_arg(&data.unwrap_or_default())?;
    let level = int_arg(thread, &level, -1)?;
    let level = checked_level(thread, level)?;
    let wbits = int_arg(thread, &wbits, MAX_WBITS)?;
    let Some(container) = Container::for_compress(wbits) else {
        return Err(zlib_error(thread, "Bad compression level"));
    };
    let out = Deflater::new(level, container).compress(&data, Z_FINISH);
    out.map(new_bytes).map_err(|err| stream_error(thread, "compressing data", err))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`: the whole stream must be there.
fn decompress(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [data, wbits, bufsize] = <[_; 3]>::try_from(bind("decompress", &args, &["data", "wbits", "bufsize"], 1)?)
        .map_err(|_| type_error("decompress() arguments"))?;
    let data = data_arg(&data.unwrap_or_default())?;
    let wbits = int_arg(thread, &wbits, MAX_WBITS)?;
    if int_arg(thread, &bufsize, DEF_BUF_SIZE)? < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let Some(container) = Container::for_decompress(wbits) else {
        return Err(stream_error(
            thread,
            "preparing to decompress data",
            StreamError { code: -2, message: "invalid window size".into() },
        ));
    };
    let mut inflater = Inflater::new(container);
    let (out, _) = inflater.decompress(&data, 0).map_err(|err| stream_error(thread, "decompressing data", err))?;
    if !inflater.eof {
        let err = StreamError { code: -5, message: "incomplete or truncated stream".into() };
        return Err(stream_error(thread, "decompressing data", err));
    }
    Ok(new_bytes(out))
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
fn compressobj(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let bound = bind("compressobj", &args, &names, 0)?;
    let level = int_arg(thread, &bound[0], -1)?;
    let level = checked_level(thread, level)?;
    if int_arg(thread, &bound[1], 8)? != 8 {
        return Err(value_error("Invalid initialization option"));
    }
    let wbits = int_arg(thread, &bound[2], MAX_WBITS)?;
    let Some(container) = Container::for_compress(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    if bound[5].as_ref().is_some_and(|zdict| !zdict.is_none()) {
        return Err(value_error("zdict is not supported"));
    }
    let class = module_attr(thread, "_Compress")?;
    let state = Mutex::new(Some(Deflater::new(level, container)));
    Ok(Value::Obj(ObjRef::new(class, None, OwnedPayload::Native(Box::new(state)))))
}

/// A compression object's stream; None once flushed with Z_FINISH.
type CompressState = Mutex<Option<Deflater>>;

fn this_compressor<'a>(args: &Args<'a>) -> PyResult<&'a CompressState> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<CompressState>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a 'zlib.Compress' object"))
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames }
}

fn compressor_compress(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_compressor(&args)?;
    let [data] = rest(&args).pos() else {
        return Err(type_error("compress() takes exactly one argument"));
    };
    let data = data_arg(data)?;
    let made = match state.lock().as_mut() {
        Some(deflater) => deflater.compress(&data, stream::Z_NO_FLUSH),
        None => Err(StreamError { code: -2, message: String::new() }),
    };
    made.map(new_bytes).map_err(|err| stream_error(thread, "compressing data", err))
}

fn compressor_flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_compressor(&args)?;
    let bound = bind("flush", &rest(&args), &["mode"], 0)?;
    let mode = int_arg(thread, &bound[0], Z_FINISH)?;
    if mode == stream::Z_NO_FLUSH {
        return Ok(new_bytes(Vec::new()));
    }
    let mut guard = state.lock();
    let made = match guard.as_mut() {
        Some(deflater) => deflater.compress(&[], mode),
        None => Err(StreamError { code: -2, message: String::new() }),
    };
    if mode == Z_FINISH {
        *guard = None;
    }
    drop(guard);
    made.map(new_bytes).map_err(|err| stream_error(thread, "flushing", err))
}

/// `decompressobj(wbits=15, zdict=b'')`.
fn decompressobj(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let bound = bind("decompressobj", &args, &["wbits", "zdict"], 0)?;
    let wbits = int_arg(thread, &bound[0], MAX_WBITS)?;
    let Some(container) = Container::for_decompress(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    if let Some(zdict) = &bound[1] {
        if !data_arg(zdict)?.is_empty() {
            return Err(value_error("zdict is not supported"));
        }
    }
    let class = module_attr(thread, "_Decompress")?;
    let object = Value::Obj(ObjRef::new(
        class,
        Some(new_dict()),
        OwnedPayload::Native(Box::new(Mutex::new(Inflater::new(container)))),
    ));
    set_stream_attrs(&object, Vec::new(), Vec::new(), false);
    Ok(object)
}

/// The read-only attributes of a decompression object.
fn set_stream_attrs(object: &Value, unused: Vec<u8>, tail: Vec<u8>, eof: bool) {
    let Some(dict) = object.as_obj().and_then(|o| o.dict().as_ref()) else { return };
    let ns = crate::ops::namespace(dict);
    ns.set_str(&intern("unused_data"), new_bytes(unused));
    ns.set_str(&intern("unconsumed_tail"), new_bytes(tail));
    ns.set_str(&intern("eof"), Value::Bool(eof));
}

fn own_bytes(object: &Value, name: &str) -> Vec<u8> {
    object
        .as_obj()
        .and_then(|o| o.dict().as_ref())
        .and_then(crate::objects::dict_of)
        .and_then(|d| d.get_str(&intern(name)))
        .and_then(|v| crate::builtins::bytes_like(&v))
        .unwrap_or_default()
}

fn this_decompressor<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a Mutex<Inflater>)> {
    let object = args.values.first().ok_or_else(|| type_error("descriptor requires a 'zlib.Decompress' object"))?;
    match object.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<Mutex<Inflater>>().map(|s| (object, s)),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a 'zlib.Decompress' object"))
}

/// Feeds `data` to the stream: what it made, with `unused_data` (after the end) and
/// `unconsumed_tail` (held back by `max_length`) updated.
fn feed(
    thread: &mut Thread,
    object: &Value,
    inflater: &Mutex<Inflater>,
    data: &[u8],
    max_length: usize,
) -> PyResult<Vec<u8>> {
    let mut inflater = inflater.lock();
    let mut unused = own_bytes(object, "unused_data");
    if inflater.eof {
        unused.extend_from_slice(data);
        set_stream_attrs(object, unused, Vec::new(), true);
        return Ok(Vec::new());
    }
    let (out, used) =
        inflater.decompress(data, max_length).map_err(|err| stream_error(thread, "decompressing data", err))?;
    let left = data[used..].to_vec();
    let (tail, unused) = match inflater.eof {
        true => (Vec::new(), [unused, left].concat()),
        false => (left, unused),
    };
    set_stream_attrs(object, unused, tail, inflater.eof);
    Ok(out)
}

fn decompressor_decompress(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (object, inflater) = this_decompressor(&args)?;
    let bound = bind("decompress", &rest(&args), &["data", "max_length"], 1)?;
    let data = data_arg(bound[0].as_ref().unwrap_or(&Value::None))?;
    let max_length = int_arg(thread, &bound[1], 0)?;
    if max_length < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    feed(thread, object, inflater, &data, max_length as usize).map(new_bytes)
}

/// `flush(length=16384)`: whatever the unconsumed tail still gives.
fn decompressor_flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (object, inflater) = this_decompressor(&args)?;
    let bound = bind("flush", &rest(&args), &["length"], 0)?;
    if int_arg(thread, &bound[0], DEF_BUF_SIZE)? <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let tail = own_bytes(object, "unconsumed_tail");
    feed(thread, object, inflater, &tail, 0).map(new_bytes)
}

/// An unsigned 32-bit starting value (a negative int counts modulo 2**32, as in CPython).
fn start_value(thread: &mut Thread, value: &Option<Value>, default: u32) -> PyResult<u32> {
    match value {
        None => Ok(default),
        Some(value) => {
            let Some(big) = crate::objects::int::to_big(value) else {
                let index = crate::protocols::number::index_of(thread, value)?;
                return Ok(index as u32);
            };
            // Two's complement modulo 2**32, so -1 is 0xffffffff.
            let low = big & num_bigint::BigInt::from(0xffff_ffffu32);
            Ok(u32::try_from(low).unwrap_or(0))
        }
    }
}

/// `crc32(data, value=0, /)`.
fn crc32(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    checksum(thread, args, "crc32", 0, stream::crc32)
}

/// `adler32(data, value=1, /)`.
fn adler32(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    checksum(thread, args, "adler32", 1, stream::adler32)
}

fn checksum(
    thread: &mut Thread,
    args: Args<'_>,
    name: &str,
    default: u32,
    function: fn(&[u8], u32) -> u32,
) -> PyResult<Value> {
    if args.keywords().next().is_some() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let (data, value) = match args.pos() {
        [data] => (data, None),
        [data, value] => (data, Some(value.clone())),
        other => return Err(type_error(format!("{name} expected at least 1 argument, got {}", other.len()))),
    };
    let data = data_arg(data)?;
    let start = start_value(thread, &value, default)?;
    Ok(Value::Int(i64::from(function(&data, start))))
}

/// Compressor and decompressor states hold no Python objects.
impl crate::gc::traverse::NativeData for Mutex<Option<Deflater>> {}
impl crate::gc::traverse::NativeData for Mutex<Inflater> {}
