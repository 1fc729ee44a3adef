//! Writing JSON: `encode_basestring(s)` and `encode_basestring_ascii(s)` quote one str, and an
//! `Encoder` (`make_encoder(...)`, called as `encoder(obj, current_indent_level)`) writes a
//! whole value with a `json.JSONEncoder`'s options, as a one-item tuple of its text.
//!
//! The text is built in one buffer. Python code runs only where the options say so: the
//! `default` function for other objects, an `encoder` that is not one of the two here, and a
//! dict subclass's `items()`; sorting keys compares them as Python does (`list.sort`).

use parking_lot::Mutex;

use super::state_of;
use crate::builtins::{add_getters, add_methods};
use crate::method;
use crate::modules::arguments::{bind, no_keywords};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str, str_object, PyString};
use crate::objects::typeobj::{class_of, new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{as_dict, as_list, as_tuple, list, OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// How a str is quoted: CPython's two quoting functions, done here without a call.
#[derive(Clone, Copy, PartialEq)]
enum Quoting {
    /// `encode_basestring_ascii`: everything outside printable ASCII is a `\uXXXX` escape.
    Ascii,
    /// `encode_basestring`: only `"`, `\` and control characters are escaped.
    Unicode,
}

/// Quotes `text` as a JSON string onto `out`.
fn quote(text: &PyString, quoting: Quoting, out: &mut Vec<u8>) {
    out.push(b'"');
    if text.is_ascii() {
        for &byte in text.wtf8() {
            escape_ascii(byte, quoting, out);
        }
    } else if quoting == Quoting::Unicode {
        // Only ASCII bytes are escaped; the others are copied as they are (WTF-8 in, WTF-8 out).
        for &byte in text.wtf8() {
            if byte < 0x80 {
                escape_ascii(byte, quoting, out);
            } else {
                out.push(byte);
            }
        }
    } else {
        for code in text.code_points() {
            match u8::try_from(code) {
                Ok(byte) if byte < 0x80 => escape_ascii(byte, quoting, out),
                _ if code > 0xFFFF => {
                    let offset = code - 0x10000;
                    push_u_escape(0xD800 | (offset >> 10), out);
                    push_u_escape(0xDC00 | (offset & 0x3FF), out);
                }
                _ => push_u_escape(code, out),
            }
        }
    }
    out.push(b'"');
}

/// One ASCII character of a string's text, escaped if JSON needs it (DEL only when quoting
/// for ASCII output).
fn escape_ascii(byte: u8, quoting: Quoting, out: &mut Vec<u8>) {
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        0x08 => b'b',
        0x0C => b'f',
        0x00..=0x1F => return push_u_escape(u32::from(byte), out),
        0x7F if quoting == Quoting::Ascii => return push_u_escape(0x7F, out),
        _ => return out.push(byte),
    };
    out.extend_from_slice(&[b'\\', short]);
}

/// `\uXXXX`, in lowercase hex.
fn push_u_escape(code: u32, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(b"\\u");
    out.extend((0..4).rev().map(|nibble| HEX[((code >> (nibble * 4)) & 0xF) as usize]));
}

/// `encode_basestring(s)` and `encode_basestring_ascii(s)`.
fn quote_function(args: &Args<'_>, name: &str, quoting: Quoting) -> PyResult<Value> {
    no_keywords(args, name)?;
    let string = crate::modules::arguments::single(name, args)?;
    let text = as_pystr(string)
        .ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(string))))?;
    let mut out = Vec::with_capacity(text.wtf8().len() + 2);
    quote(text, quoting, &mut out);
    Ok(finished(out))
}

pub(super) fn encode_basestring(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    quote_function(&args, "encode_basestring", Quoting::Unicode)
}

pub(super) fn encode_basestring_ascii(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    quote_function(&args, "encode_basestring_ascii", Quoting::Ascii)
}

/// A str of written text.
fn finished(out: Vec<u8>) -> Value {
    if out.is_ascii() {
        return str_object(PyString::from_ascii_vec(out));
    }
    str_object(PyString::from_wtf8(&out))
}

/// A `JSONEncoder`'s options, as `make_encoder` got them. The objects sit behind a lock only
/// so that the collector can take them (`default` may refer back to the encoder); a call works
/// on a copy.
pub(super) struct Encoder {
    parts: Mutex<Parts>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// Set when `encoder` is one of this module's quoting functions: then no call is made.
    quoting: Option<Quoting>,
}

#[derive(Clone, Default)]
struct Parts {
    /// A dict of the ids of the containers being written (None: no check for cycles).
    markers: Value,
    default: Value,
    encoder: Value,
    /// None, or the text (or count of spaces) of one level of indentation.
    indent: Value,
    key_separator: Value,
    item_separator: Value,
}

impl Parts {
    fn all(&self) -> [&Value; 6] {
        [&self.markers, &self.default, &self.encoder, &self.indent, &self.key_separator, &self.item_separator]
    }
}

impl crate::gc::traverse::NativeData for Encoder {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.parts.lock().all().into_iter().for_each(visit);
    }

    fn clear(&self) -> Vec<Value> {
        let parts = std::mem::take(&mut *self.parts.lock());
        parts.all().into_iter().cloned().collect()
    }
}

/// `_json.Encoder`, which `_json.make_encoder` names.
pub(super) fn encoder_type() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let class = new_builtin_type(&t.type_, "Encoder", std::slice::from_ref(&t.object), BaseKind::Object, true);
        set_builtin_attr(&class, "__module__", new_str("_json"));
        set_builtin_attr(&class, "__doc__", new_str("_iterencode(obj, _current_indent_level) -> iterable"));
        add_methods(&class, &[method!("__new__", encoder_new, StaticMethod), method!("__call__", encoder_call)]);
        add_getters(
            &class,
            &[
                ("markers", get_markers),
                ("default", get_default),
                ("encoder", get_encoder),
                ("indent", get_indent),
                ("key_separator", get_key_separator),
                ("item_separator", get_item_separator),
                ("sort_keys", get_sort_keys),
                ("skipkeys", get_skipkeys),
            ],
        );
        class
    })
}

const PARAMETERS: [&str; 9] = [
    "markers",
    "default",
    "encoder",
    "indent",
    "key_separator",
    "item_separator",
    "sort_keys",
    "skipkeys",
    "allow_nan",
];

/// `make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
/// skipkeys, allow_nan)`.
fn encoder_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("Encoder.__new__(X): X is not a type object"));
    };
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let bound = bind("make_encoder", &rest, &PARAMETERS, PARAMETERS.len())?;
    let [markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan] =
        <[Option<Value>; 9]>::try_from(bound).unwrap_or_default().map(Option::unwrap_or_default);
    if !markers.is_none() && !matches!(markers.payload(), Some(Payload::Dict(_))) {
        let given = type_name(&markers);
        return Err(type_error(format!("make_encoder() argument 1 must be dict or None, not {given}")));
    }
    for (position, separator) in [(5, &key_separator), (6, &item_separator)] {
        if as_pystr(separator).is_none() {
            let given = type_name(separator);
            return Err(type_error(format!("make_encoder() argument {position} must be str, not {given}")));
        }
    }
    let quoting = match encoder.payload() {
        Some(Payload::Builtin(b))
            if std::ptr::fn_addr_eq(b.func, encode_basestring_ascii as crate::objects::function::NativeFn) =>
        {
            Some(Quoting::Ascii)
        }
        Some(Payload::Builtin(b))
            if std::ptr::fn_addr_eq(b.func, encode_basestring as crate::objects::function::NativeFn) =>
        {
            Some(Quoting::Unicode)
        }
        _ => None,
    };
    let state = Encoder {
        sort_keys: protocols::truthy(thread, &sort_keys)?,
        skipkeys: protocols::truthy(thread, &skipkeys)?,
        allow_nan: protocols::truthy(thread, &allow_nan)?,
        quoting,
        parts: Mutex::new(Parts { markers, default, encoder, indent, key_separator, item_separator }),
    };
    let dict = type_data(class).heap.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state)))))
}

fn this_encoder<'a>(args: &Args<'a>) -> PyResult<&'a Encoder> {
    let this = args.values.first();
    this.and_then(state_of::<Encoder>).ok_or_else(|| {
        let given = this.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '__call__' for '_json.Encoder' objects doesn't apply to a '{given}' object"))
    })
}

fn get_markers(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().markers.clone())
}

fn get_default(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().default.clone())
}

fn get_encoder(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().encoder.clone())
}

fn get_indent(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().indent.clone())
}

fn get_key_separator(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().key_separator.clone())
}

fn get_item_separator(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_encoder(&args)?.parts.lock().item_separator.clone())
}

fn get_sort_keys(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this_encoder(&args)?.sort_keys))
}

fn get_skipkeys(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this_encoder(&args)?.skipkeys))
}

/// `encoder(obj, current_indent_level)`: `(text,)`.
fn encoder_call(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let encoder = this_encoder(&args)?;
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let bound = bind("_iterencode", &rest, &["obj", "_current_indent_level"], 2)?;
    let [obj, level] = <[Option<Value>; 2]>::try_from(bound).unwrap_or_default().map(Option::unwrap_or_default);
    let level = protocols::number::index_of(thread, &level)?;
    let parts = encoder.parts.lock().clone();
    let indent = indent_text(thread, &parts.indent)?;
    let mut writer = Writer {
        encoder,
        parts: &parts,
        key_separator: text_of(&parts.key_separator),
        item_separator: text_of(&parts.item_separator),
        indent,
        level: usize::try_from(level).unwrap_or(0),
        out: Vec::new(),
    };
    writer.value(thread, &obj)?;
    Ok(crate::objects::tuple_of([finished(writer.out)]))
}

/// The text one level of indentation adds: a str as it is, anything else as `' ' * indent` (as
/// `json.encoder` turns it), None for no line breaks. (CPython 3.12's encoder ignores its
/// indent, as its `json.encoder` never gives one; this one writes it, as 3.13's does, so that
/// `json.dumps(..., indent=...)` is native too.)
fn indent_text(thread: &mut Thread, indent: &Value) -> PyResult<Option<Vec<u8>>> {
    if indent.is_none() {
        return Ok(None);
    }
    if let Some(text) = as_pystr(indent) {
        return Ok(Some(text.wtf8().to_vec()));
    }
    // `' ' * indent`, with that expression's errors for other types.
    let spaces =
        protocols::number::binary_op(thread, new_str(" "), indent.clone(), ferrython_bytecode::BinaryOp::Multiply)?;
    Ok(Some(as_pystr(&spaces).map(|s| s.wtf8().to_vec()).unwrap_or_default()))
}

/// A separator's text (checked to be a str when the encoder was made; cleared parts give none).
fn text_of(value: &Value) -> Vec<u8> {
    as_pystr(value).map(|s| s.wtf8().to_vec()).unwrap_or_default()
}

/// One call's output and the options it writes with.
struct Writer<'a> {
    encoder: &'a Encoder,
    parts: &'a Parts,
    key_separator: Vec<u8>,
    item_separator: Vec<u8>,
    /// One level of indentation, when items go on lines of their own.
    indent: Option<Vec<u8>>,
    /// How many levels deep the container being written is.
    level: usize,
    out: Vec<u8>,
}

impl Writer<'_> {
    fn value(&mut self, thread: &mut Thread, value: &Value) -> PyResult<()> {
        match value {
            Value::None => self.out.extend_from_slice(b"null"),
            Value::Bool(true) => self.out.extend_from_slice(b"true"),
            Value::Bool(false) => self.out.extend_from_slice(b"false"),
            Value::Int(n) => self.out.extend_from_slice(n.to_string().as_bytes()),
            Value::Float(f) => self.float(thread, *f, value)?,
            Value::Obj(obj) => match obj.payload() {
                Payload::Str(_) => self.string(thread, value)?,
                Payload::Int(big) => self.out.extend_from_slice(big.to_string().as_bytes()),
                Payload::Float(f) => self.float(thread, *f, value)?,
                Payload::List(_) | Payload::Tuple(_) => {
                    thread.nested_for(" while encoding a JSON object", |thread| self.array(thread, obj))?
                }
                Payload::Dict(_) => {
                    thread.nested_for(" while encoding a JSON object", |thread| self.object(thread, obj))?
                }
                _ => self.other(thread, obj)?,
            },
            Value::Null => return Err(type_error("NULL value")),
        }
        Ok(())
    }

    /// Writes a container's opening bracket and goes one level in.
    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.level += 1;
        self.line_break();
    }

    /// Writes what separates two items.
    fn between_items(&mut self) {
        let Writer { out, item_separator, .. } = self;
        out.extend_from_slice(item_separator);
        self.line_break();
    }

    /// Goes one level out and writes a container's closing bracket.
    fn close(&mut self, bracket: u8) {
        self.level -= 1;
        self.line_break();
        self.out.push(bracket);
    }

    /// With an indent, a new line indented to the current level.
    fn line_break(&mut self) {
        if let Some(indent) = &self.indent {
            self.out.push(b'\n');
            for _ in 0..self.level {
                self.out.extend_from_slice(indent);
            }
        }
    }

    fn float(&mut self, thread: &mut Thread, f: f64, value: &Value) -> PyResult<()> {
        let text = float_text(thread, f, value, self.encoder.allow_nan)?;
        self.out.extend_from_slice(text.as_bytes());
        Ok(())
    }

    /// A str value, through the encoder.
    fn string(&mut self, thread: &mut Thread, value: &Value) -> PyResult<()> {
        if let (Some(quoting), Some(text)) = (self.encoder.quoting, as_pystr(value)) {
            quote(text, quoting, &mut self.out);
            return Ok(());
        }
        let encoded = crate::call::call(thread, &self.parts.encoder, Args::positional(std::slice::from_ref(value)))?;
        let Some(text) = as_pystr(&encoded) else {
            return Err(type_error(format!("encoder() must return a string, not {}", type_name(&encoded))));
        };
        self.out.extend_from_slice(text.wtf8());
        Ok(())
    }

    /// Notes that `container` is being written (when cycles are checked); the key to forget
    /// it by afterwards.
    fn enter(&mut self, thread: &mut Thread, container: &ObjRef) -> PyResult<Option<Value>> {
        let Some(markers) = as_dict(&self.parts.markers) else { return Ok(None) };
        let id = Value::Int(container.addr() as i64);
        if markers.contains(thread, &id)? {
            return Err(value_error("Circular reference detected"));
        }
        markers.set(thread, id.clone(), Value::Obj(container.clone()))?;
        Ok(Some(id))
    }

    fn leave(&mut self, thread: &mut Thread, id: Option<Value>) -> PyResult<()> {
        if let (Some(id), Some(markers)) = (id, as_dict(&self.parts.markers)) {
            markers.remove(thread, &id)?;
        }
        Ok(())
    }

    /// A list or tuple. A list is read an item at a time, as it stands then: `default` may
    /// change it while it is written, as in CPython.
    fn array(&mut self, thread: &mut Thread, container: &ObjRef) -> PyResult<()> {
        let value = Value::Obj(container.clone());
        let item_at = |index: usize| match (as_list(&value), as_tuple(&value)) {
            (Some(items), _) => items.lock().get(index),
            (None, Some(items)) => items.get(index).cloned(),
            (None, None) => None,
        };
        if item_at(0).is_none() {
            self.out.extend_from_slice(b"[]");
            return Ok(());
        }
        let id = self.enter(thread, container)?;
        self.open(b'[');
        let mut index = 0;
        while let Some(item) = item_at(index) {
            if index > 0 {
                self.between_items();
            }
            self.value(thread, &item)?;
            index += 1;
        }
        self.close(b']');
        self.leave(thread, id)
    }

    fn object(&mut self, thread: &mut Thread, container: &ObjRef) -> PyResult<()> {
        let value = Value::Obj(container.clone());
        if as_dict(&value).is_some_and(|d| d.is_empty()) {
            self.out.extend_from_slice(b"{}");
            return Ok(());
        }
        let id = self.enter(thread, container)?;
        self.open(b'{');
        let mut first = true;
        for (key, item) in self.items(thread, &value)? {
            let Some(key) = self.key_text(thread, &key)? else { continue };
            if !first {
                self.between_items();
            }
            first = false;
            self.string(thread, &key)?;
            self.out.extend_from_slice(&self.key_separator);
            self.value(thread, &item)?;
        }
        self.close(b'}');
        self.leave(thread, id)
    }

    /// A dict's items (a subclass's through its `items()`), sorted when asked: as pairs, as
    /// `sorted(d.items())` compares them.
    fn items(&mut self, thread: &mut Thread, dict: &Value) -> PyResult<Vec<(Value, Value)>> {
        let exact = ObjRef::ptr_eq(class_of(dict), &types().dict);
        let pairs = match as_dict(dict) {
            Some(d) if exact && !self.encoder.sort_keys => return Ok(d.items()),
            Some(d) if exact => d.items().into_iter().map(|(k, v)| crate::objects::tuple_of([k, v])).collect(),
            _ => {
                let items = crate::modules::io::call_method(thread, dict, "items", &[])?;
                protocols::iter::collect(thread, &items)?
            }
        };
        let pairs = list(pairs);
        if self.encoder.sort_keys {
            crate::modules::io::call_method(thread, &pairs, "sort", &[])?;
        }
        let pairs = as_list(&pairs).map(|items| items.lock().to_vec()).unwrap_or_default();
        pairs
            .iter()
            .map(|pair| match protocols::iter::collect(thread, pair)?.as_slice() {
                [key, value] => Ok((key.clone(), value.clone())),
                _ => Err(value_error("items must return 2-tuples")),
            })
            .collect()
    }

    /// A key as the str JSON writes it, or None for a key `skipkeys` leaves out.
    fn key_text(&mut self, thread: &mut Thread, key: &Value) -> PyResult<Option<Value>> {
        let text = match key {
            Value::Obj(obj) if matches!(obj.payload(), Payload::Str(_)) => return Ok(Some(key.clone())),
            Value::Float(f) => float_text(thread, *f, key, self.encoder.allow_nan)?,
            Value::Obj(obj) if matches!(obj.payload(), Payload::Float(_)) => {
                let Payload::Float(f) = obj.payload() else { unreachable!("checked above") };
                float_text(thread, *f, key, self.encoder.allow_nan)?
            }
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(n) => n.to_string(),
            Value::Obj(obj) if matches!(obj.payload(), Payload::Int(_)) => match obj.payload() {
                Payload::Int(big) => big.to_string(),
                _ => String::new(),
            },
            _ if self.encoder.skipkeys => return Ok(None),
            _ => {
                let given = type_name(key);
                return Err(type_error(format!("keys must be str, int, float, bool or None, not {given}")));
            }
        };
        Ok(Some(new_str(text)))
    }

    /// Any other object: `default(obj)` written in its place.
    fn other(&mut self, thread: &mut Thread, obj: &ObjRef) -> PyResult<()> {
        let id = self.enter(thread, obj)?;
        let stand_in = crate::call::call(thread, &self.parts.default, Args::positional(&[Value::Obj(obj.clone())]))?;
        thread.nested_for(" while encoding a JSON object", |thread| self.value(thread, &stand_in))?;
        self.leave(thread, id)
    }
}

/// A float as JSON writes it: its value's repr, or `NaN`/`Infinity`/`-Infinity` when allowed
/// (the error shows the object's own repr, which a subclass may change).
fn float_text(thread: &mut Thread, f: f64, value: &Value, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(ferrython_ast::repr::float_repr(f));
    }
    if !allow_nan {
        let shown = protocols::repr(thread, value)?;
        return Err(value_error(format!("Out of range float values are not JSON compliant: {shown}")));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .into())
}
