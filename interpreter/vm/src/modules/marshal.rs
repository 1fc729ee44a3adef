//! The `marshal` module: CPython's serialization format (version 4) for the builtin value
//! types. Code objects are not marshalled: Ferrython's differ from CPython's (its `.pyc` files
//! use their own format, `ferrython_bytecode::marshal`).
//!
//! Writing never sets the reference flag (CPython sets it by reference counts, which Ferrython's
//! do not mirror), so the bytes can differ from CPython's while meaning the same; reading takes
//! everything CPython writes, references included.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::builtins::{bytes_like, native_function, new_bytes, new_complex};
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, str_object, PyString};
use crate::objects::typeobj::types;
use crate::objects::{dict_of, list, new_dict, tuple, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The format version `dumps` writes unless told otherwise.
const VERSION: i64 = 4;
/// How deeply containers may nest, writing or reading (CPython's limit).
const MAX_DEPTH: usize = 2000;
/// Set on a type code: the object goes into the reader's table of references.
const FLAG_REF: u8 = 0x80;

const NULL: u8 = b'0';
const NONE: u8 = b'N';
const FALSE: u8 = b'F';
const TRUE: u8 = b'T';
const STOP_ITERATION: u8 = b'S';
const ELLIPSIS: u8 = b'.';
const INT: u8 = b'i';
const INT64: u8 = b'I';
const TEXT_FLOAT: u8 = b'f';
const BINARY_FLOAT: u8 = b'g';
const TEXT_COMPLEX: u8 = b'x';
const BINARY_COMPLEX: u8 = b'y';
const LONG: u8 = b'l';
const BYTES: u8 = b's';
const INTERNED: u8 = b't';
const REF: u8 = b'r';
const TUPLE: u8 = b'(';
const SMALL_TUPLE: u8 = b')';
const LIST: u8 = b'[';
const DICT: u8 = b'{';
const UNICODE: u8 = b'u';
const SET: u8 = b'<';
const FROZENSET: u8 = b'>';
const ASCII: u8 = b'a';
const ASCII_INTERNED: u8 = b'A';
const SHORT_ASCII: u8 = b'z';
const SHORT_ASCII_INTERNED: u8 = b'Z';

// ---- writing ----------------------------------------------------------------------------------

struct Writer {
    out: Vec<u8>,
    version: i64,
    depth: usize,
}

fn unmarshallable() -> PyErr {
    value_error("unmarshallable object")
}

impl Writer {
    fn int32(&mut self, n: i32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    /// A length, which the format keeps in a signed 32-bit field.
    fn size(&mut self, n: usize) -> PyResult<()> {
        let n = i32::try_from(n).map_err(|_| value_error("unmarshallable object"))?;
        self.int32(n);
        Ok(())
    }

    fn value(&mut self, thread: &mut Thread, value: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(value_error("object too deeply nested to marshal"));
        }
        let result = self.object(thread, value);
        self.depth -= 1;
        result
    }

    fn object(&mut self, thread: &mut Thread, value: &Value) -> PyResult<()> {
        match value {
            Value::None => self.out.push(NONE),
            Value::Bool(false) => self.out.push(FALSE),
            Value::Bool(true) => self.out.push(TRUE),
            Value::Int(i) => self.int(&BigInt::from(*i)),
            Value::Float(f) => self.float(*f),
            Value::Obj(obj) => self.compound(thread, obj)?,
            Value::Null => return Err(unmarshallable()),
        }
        Ok(())
    }

    fn int(&mut self, big: &BigInt) {
        if let Some(small) = big.to_i32() {
            self.out.push(INT);
            self.int32(small);
            return;
        }
        // Base 2**15 digits, least significant first; the count carries the sign.
        let mut digits = Vec::new();
        let mut magnitude = big.magnitude().clone();
        while !magnitude.is_zero() {
            digits.push((&magnitude & num_bigint::BigUint::from(0x7fffu32)).to_u16().unwrap_or(0));
            magnitude >>= 15;
        }
        let count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
        self.out.push(LONG);
        self.int32(if big.sign() == Sign::Minus { -count } else { count });
        for digit in digits {
            self.out.extend_from_slice(&digit.to_le_bytes());
        }
    }

    fn float(&mut self, f: f64) {
        if self.version > 1 {
            self.out.push(BINARY_FLOAT);
            self.out.extend_from_slice(&f.to_le_bytes());
        } else {
            self.out.push(TEXT_FLOAT);
            self.text_float(f);
        }
    }

    /// A float as the versions before 2 wrote it: its `%.17g` text after a length byte.
    fn text_float(&mut self, f: f64) {
        let text = format_g17(f);
        self.out.push(text.len() as u8);
        self.out.extend_from_slice(text.as_bytes());
    }

    fn compound(&mut self, thread: &mut Thread, obj: &ObjRef) -> PyResult<()> {
        let t = types();
        let exact = |class: &ObjRef| ObjRef::ptr_eq(&obj.class, class);
        if ObjRef::ptr_eq(obj, &exceptions().stop_iteration) {
            self.out.push(STOP_ITERATION);
            return Ok(());
        }
        if crate::builtins::ellipsis().is(&Value::Obj(obj.clone())) {
            self.out.push(ELLIPSIS);
            return Ok(());
        }
        match obj.payload() {
            Payload::Int(big) if exact(&t.int) => self.int(big),
            Payload::Float(f) if exact(&t.float) => self.float(*f),
            Payload::Complex((re, im)) if exact(&t.complex) => {
                if self.version > 1 {
                    self.out.push(BINARY_COMPLEX);
                    self.out.extend_from_slice(&re.to_le_bytes());
                    self.out.extend_from_slice(&im.to_le_bytes());
                } else {
                    self.out.push(TEXT_COMPLEX);
                    self.text_float(*re);
                    self.text_float(*im);
                }
            }
            Payload::Str(s) if exact(&t.str) => self.str(s)?,
            Payload::Tuple(items) if exact(&t.tuple) => {
                if self.version >= 4 && items.len() < 256 {
                    self.out.push(SMALL_TUPLE);
                    self.out.push(items.len() as u8);
                } else {
                    self.out.push(TUPLE);
                    self.size(items.len())?;
                }
                for item in items.iter() {
                    self.value(thread, item)?;
                }
            }
            Payload::List(items) if exact(&t.list) => {
                // A copy: the lock is not held while the items are written.
                let items = items.lock().to_vec();
                self.out.push(LIST);
                self.size(items.len())?;
                for item in &items {
                    self.value(thread, item)?;
                }
            }
            Payload::Dict(d) if exact(&t.dict) => {
                self.out.push(DICT);
                for (key, value) in d.items() {
                    self.value(thread, &key)?;
                    self.value(thread, &value)?;
                }
                self.out.push(NULL);
            }
            Payload::Set(d) | Payload::FrozenSet(d) if exact(&t.set) || exact(&t.frozenset) => {
                let keys = d.keys();
                self.out.push(if exact(&t.set) { SET } else { FROZENSET });
                self.size(keys.len())?;
                for key in &keys {
                    self.value(thread, key)?;
                }
            }
            // Any object with the buffer protocol is written as bytes.
            _ => match bytes_like(&Value::Obj(obj.clone())) {
                Some(data) => {
                    self.out.push(BYTES);
                    self.size(data.len())?;
                    self.out.extend_from_slice(&data);
                }
                None => return Err(unmarshallable()),
            },
        }
        Ok(())
    }

    fn str(&mut self, s: &PyString) -> PyResult<()> {
        // WTF-8 is UTF-8 with lone surrogates encoded, as CPython's "surrogatepass" writes them.
        let bytes = s.wtf8();
        if self.version >= 4 && bytes.is_ascii() {
            if bytes.len() < 256 {
                self.out.push(SHORT_ASCII);
                self.out.push(bytes.len() as u8);
            } else {
                self.out.push(ASCII);
                self.size(bytes.len())?;
            }
        } else {
            self.out.push(UNICODE);
            self.size(bytes.len())?;
        }
        self.out.extend_from_slice(bytes);
        Ok(())
    }
}

/// `%.17g`: 17 significant digits, trailing zeros dropped, exponent form outside 1e-4..1e17.
fn format_g17(f: f64) -> String {
    if !f.is_finite() {
        return if f.is_nan() {
            "nan".into()
        } else if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let scientific = format!("{f:.16e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let trim = |text: String| -> String {
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    };
    if !(-4..17).contains(&exponent) {
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa.to_string()), exponent.abs())
    } else {
        let decimals = usize::try_from(16 - exponent).unwrap_or(0);
        trim(format!("{f:.decimals$}"))
    }
}

fn version_arg(thread: &mut Thread, value: Option<Value>) -> PyResult<i64> {
    match value {
        None => Ok(VERSION),
        Some(v) => {
            let big = crate::protocols::number::index_big(thread, &v)?;
            big.to_i32()
                .map(i64::from)
                .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C int"))
        }
    }
}

fn write(thread: &mut Thread, value: &Value, version: i64) -> PyResult<Vec<u8>> {
    let mut writer = Writer { out: Vec::new(), version, depth: 0 };
    writer.value(thread, value)?;
    Ok(writer.out)
}

/// `marshal.dumps(value, version=4, /)`.
fn dumps(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = positional(&args, "dumps", 1, 2)?;
    let version = version_arg(thread, given.get(1).cloned())?;
    let value = given[0].clone();
    Ok(new_bytes(write(thread, &value, version)?))
}

/// `marshal.dump(value, file, version=4, /)`: the bytes go to `file.write`.
fn dump(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = positional(&args, "dump", 2, 3)?;
    let version = version_arg(thread, given.get(2).cloned())?;
    let (value, file) = (given[0].clone(), given[1].clone());
    let data = write(thread, &value, version)?;
    crate::modules::io::call_method(thread, &file, "write", &[new_bytes(data)])?;
    Ok(Value::None)
}

/// The positional arguments of `marshal.name`, between `min` and `max` of them, with CPython's
/// messages.
fn positional<'a>(args: &'a Args<'_>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("marshal.{name}() takes no keyword arguments")));
    }
    let given = args.values.len();
    if min == max && given != min {
        return Err(type_error(format!("marshal.{name}() takes exactly one argument ({given} given)")));
    }
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if given < min {
        return Err(type_error(format!("{name} expected at least {min} {}, got {given}", plural(min))));
    }
    if given > max {
        return Err(type_error(format!("{name} expected at most {max} {}, got {given}", plural(max))));
    }
    Ok(args.values)
}

// ---- reading ----------------------------------------------------------------------------------

/// Where the bytes come from: a buffer, or a file read as the object needs them.
enum Source {
    Buffer { data: Vec<u8>, at: usize },
    File(Value),
}

struct Reader {
    source: Source,
    /// The objects flagged for reference, by number; Null while a tuple or frozenset that
    /// reserved its place is being read.
    refs: Vec<Value>,
    depth: usize,
}

fn too_short() -> PyErr {
    PyErr::with_args(&exceptions().eof_error, vec![crate::objects::str::new_str("marshal data too short")])
}

fn bad(what: &str) -> PyErr {
    value_error(format!("bad marshal data ({what})"))
}

impl Reader {
    fn bytes(&mut self, thread: &mut Thread, n: usize) -> PyResult<Vec<u8>> {
        match &mut self.source {
            Source::Buffer { data, at } => {
                let end = at.checked_add(n).filter(|&end| end <= data.len()).ok_or_else(too_short)?;
                let chunk = data[*at..end].to_vec();
                *at = end;
                Ok(chunk)
            }
            Source::File(file) => {
                let file = file.clone();
                let chunk = crate::modules::io::call_method(thread, &file, "read", &[Value::Int(n as i64)])?;
                let Some(chunk) = bytes_like(&chunk) else {
                    return Err(type_error(format!(
                        "file.read() returned not bytes but {}",
                        crate::objects::typeobj::type_name(&chunk)
                    )));
                };
                if chunk.len() != n {
                    return Err(too_short());
                }
                Ok(chunk)
            }
        }
    }

    fn byte(&mut self, thread: &mut Thread) -> PyResult<u8> {
        Ok(self.bytes(thread, 1)?[0])
    }

    fn int32(&mut self, thread: &mut Thread) -> PyResult<i32> {
        let b = self.bytes(thread, 4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self, thread: &mut Thread, what: &str) -> PyResult<usize> {
        usize::try_from(self.int32(thread)?).map_err(|_| bad(what))
    }

    fn f64(&mut self, thread: &mut Thread) -> PyResult<f64> {
        let b = self.bytes(thread, 8)?;
        Ok(f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    fn text_float(&mut self, thread: &mut Thread) -> PyResult<f64> {
        let n = usize::from(self.byte(thread)?);
        let text = self.bytes(thread, n)?;
        let text = String::from_utf8_lossy(&text).into_owned();
        let value = crate::call::call(
            thread,
            &Value::Obj(types().float.clone()),
            Args::positional(&[crate::objects::str::new_str(text)]),
        )?;
        match value {
            Value::Float(f) => Ok(f),
            _ => Err(bad("float")),
        }
    }

    /// An object, which must be there.
    fn value(&mut self, thread: &mut Thread) -> PyResult<Value> {
        match self.object(thread)? {
            Value::Null => Err(bad("NULL object")),
            value => Ok(value),
        }
    }

    /// An object, or Null for the end marker of a dict.
    fn object(&mut self, thread: &mut Thread) -> PyResult<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(value_error("recursion limit exceeded"));
        }
        let result = self.typed(thread);
        self.depth -= 1;
        result
    }

    fn typed(&mut self, thread: &mut Thread) -> PyResult<Value> {
        let code = match self.bytes(thread, 1) {
            Ok(b) => b[0],
            Err(e) if e.matches(&exceptions().eof_error) => {
                return Err(PyErr::with_args(
                    &exceptions().eof_error,
                    vec![crate::objects::str::new_str("EOF read where object expected")],
                ))
            }
            Err(e) => return Err(e),
        };
        let flagged = code & FLAG_REF != 0;
        // A tuple or frozenset takes its number before its items (which may refer to later
        // numbers); other flagged objects take theirs once read.
        let reserved = if flagged && matches!(code & !FLAG_REF, TUPLE | SMALL_TUPLE | FROZENSET) {
            self.refs.push(Value::Null);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let value = match code & !FLAG_REF {
            NULL => return Ok(Value::Null),
            NONE => Value::None,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            STOP_ITERATION => Value::Obj(exceptions().stop_iteration.clone()),
            ELLIPSIS => crate::builtins::ellipsis(),
            INT => Value::Int(i64::from(self.int32(thread)?)),
            INT64 => {
                let b = self.bytes(thread, 8)?;
                Value::Int(i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
            }
            LONG => self.long(thread)?,
            TEXT_FLOAT => Value::Float(self.text_float(thread)?),
            BINARY_FLOAT => Value::Float(self.f64(thread)?),
            TEXT_COMPLEX => {
                let re = self.text_float(thread)?;
                new_complex(re, self.text_float(thread)?)
            }
            BINARY_COMPLEX => {
                let re = self.f64(thread)?;
                new_complex(re, self.f64(thread)?)
            }
            BYTES => {
                let n = self.size(thread, "bytes object size out of range")?;
                new_bytes(self.bytes(thread, n)?)
            }
            UNICODE | INTERNED => {
                let n = self.size(thread, "string size out of range")?;
                let data = self.bytes(thread, n)?;
                let text = crate::modules::codecs::decode_with(thread, &data, "utf-8", "surrogatepass")?;
                let s = str_object(PyString::from_wtf8(&text));
                if code & !FLAG_REF == INTERNED {
                    intern_value(&s)
                } else {
                    s
                }
            }
            ASCII | ASCII_INTERNED | SHORT_ASCII | SHORT_ASCII_INTERNED => {
                let short = matches!(code & !FLAG_REF, SHORT_ASCII | SHORT_ASCII_INTERNED);
                let n = if short {
                    usize::from(self.byte(thread)?)
                } else {
                    self.size(thread, "string size out of range")?
                };
                let data = self.bytes(thread, n)?;
                if !data.is_ascii() {
                    return Err(bad("non-ASCII in an ASCII string"));
                }
                let s = str_object(PyString::from_wtf8(&data));
                if matches!(code & !FLAG_REF, ASCII_INTERNED | SHORT_ASCII_INTERNED) {
                    intern_value(&s)
                } else {
                    s
                }
            }
            TUPLE | SMALL_TUPLE => {
                let n = if code & !FLAG_REF == SMALL_TUPLE {
                    usize::from(self.byte(thread)?)
                } else {
                    self.size(thread, "tuple size out of range")?
                };
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.value(thread)?);
                }
                tuple(items)
            }
            LIST => {
                let n = self.size(thread, "list size out of range")?;
                let made = list(Vec::new());
                self.flag(flagged, &made);
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.value(thread)?);
                }
                if let Some(Payload::List(target)) = made.payload() {
                    *target.lock() = items.into();
                }
                return Ok(made);
            }
            DICT => {
                let made = Value::Obj(new_dict());
                self.flag(flagged, &made);
                loop {
                    let key = self.object(thread)?;
                    if key.is_null() {
                        break;
                    }
                    let value = self.value(thread)?;
                    if let Some(d) = made.as_obj().and_then(dict_of) {
                        d.set(thread, key, value)?;
                    }
                }
                return Ok(made);
            }
            SET | FROZENSET => {
                let frozen = code & !FLAG_REF == FROZENSET;
                let n = self.size(thread, "set size out of range")?;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                if frozen {
                    for _ in 0..n {
                        items.push(self.value(thread)?);
                    }
                    crate::builtins::mapping::make_set(thread, true, items)?
                } else {
                    let made = crate::builtins::mapping::make_set(thread, false, Vec::new())?;
                    self.flag(flagged, &made);
                    for _ in 0..n {
                        let item = self.value(thread)?;
                        if let Some(Payload::Set(table)) = made.payload() {
                            table.set(thread, item, Value::None)?;
                        }
                    }
                    return Ok(made);
                }
            }
            REF => {
                let index = self.int32(thread)?;
                let found = usize::try_from(index).ok().and_then(|i| self.refs.get(i)).cloned();
                return match found {
                    Some(value) if !value.is_null() => Ok(value),
                    _ => Err(bad("invalid reference")),
                };
            }
            _ => return Err(bad("unknown type code")),
        };
        match reserved {
            Some(index) => self.refs[index] = value.clone(),
            None => self.flag(flagged, &value),
        }
        Ok(value)
    }

    fn flag(&mut self, flagged: bool, value: &Value) {
        if flagged {
            self.refs.push(value.clone());
        }
    }

    fn long(&mut self, thread: &mut Thread) -> PyResult<Value> {
        let count = self.int32(thread)?;
        let n = count.unsigned_abs() as usize;
        let mut magnitude = num_bigint::BigUint::zero();
        let digits = self.bytes(thread, n.checked_mul(2).ok_or_else(too_short)?)?;
        for (i, pair) in digits.chunks(2).enumerate().rev() {
            let digit = u16::from_le_bytes([pair[0], pair[1]]);
            if digit > 0x7fff || (i + 1 == n && digit == 0) {
                return Err(bad("digit out of range in long"));
            }
            magnitude = (magnitude << 15) + num_bigint::BigUint::from(digit);
        }
        let sign = if count < 0 { Sign::Minus } else { Sign::Plus };
        Ok(crate::objects::int::int_from_big(BigInt::from_biguint(sign, magnitude)))
    }
}

fn intern_value(s: &Value) -> Value {
    match as_pystr(s) {
        Some(text) if !text.has_surrogates() => Value::Obj(intern(&text.as_str())),
        _ => s.clone(),
    }
}

fn read(thread: &mut Thread, source: Source) -> PyResult<Value> {
    let mut reader = Reader { source, refs: Vec::new(), depth: 0 };
    reader.value(thread)
}

/// `marshal.loads(bytes, /)`: the first object of a bytes-like object (what follows is
/// ignored).
fn loads(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let data = positional(&args, "loads", 1, 1)?[0].clone();
    let Some(bytes) = bytes_like(&data) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::objects::typeobj::type_name(&data)
        )));
    };
    read(thread, Source::Buffer { data: bytes, at: 0 })
}

/// `marshal.load(file, /)`: one object, read from `file.read` as it is needed.
fn load(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let file = positional(&args, "load", 1, 1)?[0].clone();
    read(thread, Source::File(file))
}

/// Makes the `marshal` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[("dumps", dumps), ("dump", dump), ("loads", loads), ("load", load)];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("version"), Value::Int(VERSION));
    Ok(crate::objects::new_module("marshal", dict))
}
