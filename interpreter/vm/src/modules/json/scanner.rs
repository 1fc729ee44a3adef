//! Reading JSON: `scanstring(string, end, strict=True)` decodes one string literal, and a
//! `Scanner` (`make_scanner(context)`, called as `scanner(string, idx)`) reads one value with
//! the options of a `json.JSONDecoder` (its `context`).
//!
//! Positions in and out are character indexes, as Python counts them; inside, the scan walks
//! the str's WTF-8 bytes and converts at the edges (`Document`), which costs nothing for ASCII
//! text. When no value starts at a position the scan ends with `StopIteration(position)`, which
//! `json.decoder` turns into "Expecting value"; every other error is a `JSONDecodeError`.

use hashbrown::HashMap;
use parking_lot::Mutex;

use super::{decode_error, state_of};
use crate::builtins::{add_getters, add_methods};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{stop_iteration, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, new_str, str_object, PyString};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{list, OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A `JSONDecoder`'s options, read once when the scanner is made. The functions sit behind a
/// lock only so that the collector can take them (a hook may refer back to the scanner); a
/// scan works on a copy.
pub(super) struct Scanner {
    strict: bool,
    hooks: Mutex<Hooks>,
}

#[derive(Clone, Default)]
struct Hooks {
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

impl Hooks {
    fn all(&self) -> [&Value; 5] {
        [&self.object_hook, &self.object_pairs_hook, &self.parse_float, &self.parse_int, &self.parse_constant]
    }
}

impl crate::gc::traverse::NativeData for Scanner {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.hooks.lock().all().into_iter().for_each(visit);
    }

    fn clear(&self) -> Vec<Value> {
        let hooks = std::mem::take(&mut *self.hooks.lock());
        hooks.all().into_iter().cloned().collect()
    }
}

/// `_json.Scanner`, which `_json.make_scanner` names.
pub(super) fn scanner_type() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let class = new_builtin_type(&t.type_, "Scanner", std::slice::from_ref(&t.object), BaseKind::Object, true);
        set_builtin_attr(&class, "__module__", new_str("_json"));
        set_builtin_attr(&class, "__doc__", new_str("JSON scanner object"));
        add_methods(&class, &[method!("__new__", scanner_new, StaticMethod), method!("__call__", scanner_call)]);
        add_getters(
            &class,
            &[
                ("strict", get_strict),
                ("object_hook", get_object_hook),
                ("object_pairs_hook", get_object_pairs_hook),
                ("parse_float", get_parse_float),
                ("parse_int", get_parse_int),
                ("parse_constant", get_parse_constant),
            ],
        );
        class
    })
}

/// `make_scanner(context)`.
fn scanner_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("Scanner.__new__(X): X is not a type object"));
    };
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let bound = bind("make_scanner", &rest, &["context"], 1)?;
    let context = bound[0].clone().unwrap_or(Value::None);
    let mut option = |name: &str| protocols::attr::getattr(thread, &context, &intern(name));
    let strict = option("strict")?;
    let (object_hook, object_pairs_hook) = (option("object_hook")?, option("object_pairs_hook")?);
    let (parse_float, parse_int) = (option("parse_float")?, option("parse_int")?);
    let parse_constant = option("parse_constant")?;
    let strict = protocols::truthy(thread, &strict)?;
    let hooks = Hooks { object_hook, object_pairs_hook, parse_float, parse_int, parse_constant };
    let state = Scanner { strict, hooks: Mutex::new(hooks) };
    let dict = crate::objects::typeobj::type_data(class).heap.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state)))))
}

fn this_scanner<'a>(args: &Args<'a>) -> PyResult<&'a Scanner> {
    let this = args.values.first();
    this.and_then(state_of::<Scanner>).ok_or_else(|| {
        let given = this.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '__call__' for '_json.Scanner' objects doesn't apply to a '{given}' object"))
    })
}

fn get_strict(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this_scanner(&args)?.strict))
}

fn get_object_hook(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_scanner(&args)?.hooks.lock().object_hook.clone())
}

fn get_object_pairs_hook(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_scanner(&args)?.hooks.lock().object_pairs_hook.clone())
}

fn get_parse_float(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_scanner(&args)?.hooks.lock().parse_float.clone())
}

fn get_parse_int(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_scanner(&args)?.hooks.lock().parse_int.clone())
}

fn get_parse_constant(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this_scanner(&args)?.hooks.lock().parse_constant.clone())
}

/// `scanner(string, idx)`: the value starting at character `idx` and the index after it.
fn scanner_call(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let scanner = this_scanner(&args)?;
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    crate::modules::arguments::no_keywords(&rest, "scan_once")?;
    let [string, idx] = crate::modules::arguments::exactly::<2>("scan_once", &rest)?;
    let idx = protocols::number::index_of(thread, idx)?;
    let text = document_text(string)?;
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let document = Document::new(text, string);
    let Some(start) = document.byte_of(idx as usize) else {
        return Err(stop_iteration(Value::Int(idx)));
    };
    let hooks = scanner.hooks.lock().clone();
    let mut scan = Scan { strict: scanner.strict, hooks, document, memo: HashMap::new() };
    match scan.value(thread, start) {
        Ok((value, end)) => Ok(crate::objects::tuple_of([value, Value::Int(scan.document.char_of(end) as i64)])),
        Err(Stop::NoValue(at)) => Err(stop_iteration(Value::Int(scan.document.char_of(at) as i64))),
        Err(Stop::Error(err)) => Err(err),
    }
}

/// `scanstring(string, end, strict=True)`: the string literal whose opening quote is just
/// before character `end`, decoded, and the index after its closing quote.
pub(super) fn scanstring(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::modules::arguments::no_keywords(&args, "scanstring")?;
    let given = crate::modules::arguments::between("scanstring", &args, 2, 3)?;
    // The index is converted first, as CPython's argument parser does.
    let end = protocols::number::index_of(thread, &given[1])?;
    let text = document_text(&given[0])?;
    let strict = match given.get(2) {
        Some(flag) => protocols::truthy(thread, flag)?,
        None => true,
    };
    let document = Document::new(text, &given[0]);
    let start = usize::try_from(end).ok().and_then(|end| document.byte_of(end));
    let Some(start) = start else { return Err(value_error("end is out of bounds")) };
    match read_string(&document, start, strict) {
        Ok((value, after)) => Ok(crate::objects::tuple_of([value, Value::Int(document.char_of(after) as i64)])),
        Err((message, at)) => Err(decode_error(thread, message, &given[0], document.char_of(at))),
    }
}

/// The text of a document argument, which must be a str.
fn document_text(string: &Value) -> PyResult<&PyString> {
    as_pystr(string).ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(string))))
}

/// A document: its WTF-8 bytes and the str object (for error messages), with the conversion
/// between byte offsets and character indexes.
struct Document<'a> {
    bytes: &'a [u8],
    ascii: bool,
    value: &'a Value,
}

impl<'a> Document<'a> {
    fn new(text: &'a PyString, value: &'a Value) -> Document<'a> {
        Document { bytes: text.wtf8(), ascii: text.is_ascii(), value }
    }

    /// The byte offset of character `index`, which may be the end; None past the end.
    fn byte_of(&self, index: usize) -> Option<usize> {
        if self.ascii {
            return (index <= self.bytes.len()).then_some(index);
        }
        let mut chars = 0;
        for (at, &byte) in self.bytes.iter().enumerate() {
            if is_char_start(byte) {
                if chars == index {
                    return Some(at);
                }
                chars += 1;
            }
        }
        (chars == index).then_some(self.bytes.len())
    }

    /// The character index of byte offset `at` (a character boundary or the end).
    fn char_of(&self, at: usize) -> usize {
        if self.ascii {
            return at;
        }
        self.bytes[..at.min(self.bytes.len())].iter().filter(|&&b| is_char_start(b)).count()
    }

    fn at(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    fn skip_whitespace(&self, mut at: usize) -> usize {
        while matches!(self.at(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
        at
    }
}

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn is_char_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// A string literal's error: the message and the byte offset it is reported at.
type StringError = (&'static str, usize);

/// Decodes the string literal whose body starts at byte `start` (just after its opening
/// quote): the str and the byte offset after the closing quote.
fn read_string(document: &Document<'_>, start: usize, strict: bool) -> Result<(Value, usize), StringError> {
    let bytes = document.bytes;
    let unterminated = ("Unterminated string starting at", start.saturating_sub(1));
    // Most strings have no escape: their text is a slice of the document.
    let mut at = start;
    let mut decoded: Vec<u8> = Vec::new();
    loop {
        let run_start = at;
        let stop = loop {
            match bytes.get(at) {
                None => return Err(unterminated),
                Some(&byte @ (b'"' | b'\\')) => break byte,
                Some(&byte) if byte < 0x20 && strict => return Err(("Invalid control character at", at)),
                Some(_) => at += 1,
            }
        };
        let run = &bytes[run_start..at];
        if stop == b'"' && run_start == start {
            return Ok((slice_str(run, document.ascii), at + 1));
        }
        decoded.extend_from_slice(run);
        if stop == b'"' {
            return Ok((str_object(PyString::from_wtf8(&decoded)), at + 1));
        }
        at = read_escape(bytes, at, &mut decoded).map_err(|error| error.unwrap_or(unterminated))?;
    }
}

/// A str of document bytes without escapes.
fn slice_str(bytes: &[u8], ascii: bool) -> Value {
    if ascii {
        return str_object(PyString::from_ascii(bytes));
    }
    str_object(PyString::from_wtf8(bytes))
}

/// Decodes the escape whose backslash is at `at` onto `out`; returns the offset after it. An
/// error of None means the input ended inside the escape (an unterminated string).
fn read_escape(bytes: &[u8], at: usize, out: &mut Vec<u8>) -> Result<usize, Option<StringError>> {
    let Some(&kind) = bytes.get(at + 1) else { return Err(None) };
    let simple = match kind {
        b'"' => b'"',
        b'\\' => b'\\',
        b'/' => b'/',
        b'b' => 0x08,
        b'f' => 0x0C,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'u' => return read_unicode_escape(bytes, at + 1, out).map_err(Some),
        _ => return Err(Some(("Invalid \\escape", at))),
    };
    out.push(simple);
    Ok(at + 2)
}

/// Decodes `\uXXXX` (with `u` at `u_at`), joined with a second one into one character when the
/// two are a surrogate pair. The four digits must be followed by at least one more byte (the
/// closing quote, at the least), or the escape is invalid, as CPython reads it.
fn read_unicode_escape(bytes: &[u8], u_at: usize, out: &mut Vec<u8>) -> Result<usize, StringError> {
    let invalid = ("Invalid \\uXXXX escape", u_at);
    let after = u_at + 5;
    if after >= bytes.len() {
        return Err(invalid);
    }
    let mut code = hex4(&bytes[u_at + 1..after]).ok_or(invalid)?;
    let mut end = after;
    // A high surrogate followed by an escaped low one (with room for the quote after it).
    if (0xD800..0xDC00).contains(&code) && after + 6 < bytes.len() && bytes[after..after + 2] == *b"\\u" {
        let second = hex4(&bytes[after + 2..after + 6]).ok_or(("Invalid \\uXXXX escape", after + 1))?;
        if (0xDC00..0xE000).contains(&second) {
            code = 0x10000 + ((code - 0xD800) << 10) + (second - 0xDC00);
            end = after + 6;
        }
    }
    push_code_point(out, code);
    Ok(end)
}

/// Four hex digits' value.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |value, &digit| Some(value * 16 + char::from(digit).to_digit(16)?))
}

/// Appends a code point as WTF-8 (a lone surrogate as its three-byte form).
fn push_code_point(out: &mut Vec<u8>, code: u32) {
    match char::from_u32(code) {
        Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        None => out.extend_from_slice(&[
            0xE0 | (code >> 12) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ]),
    }
}

/// Why a scan ended without a value.
enum Stop {
    /// No value starts at this byte offset: the caller raises StopIteration.
    NoValue(usize),
    Error(PyErr),
}

impl From<PyErr> for Stop {
    fn from(err: PyErr) -> Stop {
        Stop::Error(err)
    }
}

type Scanned = Result<(Value, usize), Stop>;

/// One call of a scanner: its options, the document, and the object keys read so far (equal
/// keys become one str object, as CPython's memo makes them).
struct Scan<'a> {
    strict: bool,
    hooks: Hooks,
    document: Document<'a>,
    memo: HashMap<&'a [u8], Value>,
}

impl<'a> Scan<'a> {
    /// The value starting at byte `at`.
    fn value(&mut self, thread: &mut Thread, at: usize) -> Scanned {
        let bytes = self.document.bytes;
        let rest = &bytes[at.min(bytes.len())..];
        match rest.first() {
            None => Err(Stop::NoValue(at)),
            Some(b'"') => self.string(thread, at + 1),
            Some(b'{') => {
                let what = " while decoding a JSON object from a unicode string";
                thread.nested_for(what, |thread| Ok(self.object(thread, at + 1))).unwrap_or_else(|e| Err(e.into()))
            }
            Some(b'[') => {
                let what = " while decoding a JSON array from a unicode string";
                thread.nested_for(what, |thread| Ok(self.array(thread, at + 1))).unwrap_or_else(|e| Err(e.into()))
            }
            Some(b'n') if rest.starts_with(b"null") => Ok((Value::None, at + 4)),
            Some(b't') if rest.starts_with(b"true") => Ok((Value::Bool(true), at + 4)),
            Some(b'f') if rest.starts_with(b"false") => Ok((Value::Bool(false), at + 5)),
            Some(b'N') if rest.starts_with(b"NaN") => self.constant(thread, "NaN", at),
            Some(b'I') if rest.starts_with(b"Infinity") => self.constant(thread, "Infinity", at),
            Some(b'-') if rest.starts_with(b"-Infinity") => self.constant(thread, "-Infinity", at),
            Some(_) => self.number(thread, at),
        }
    }

    fn string(&mut self, thread: &mut Thread, body: usize) -> Scanned {
        read_string(&self.document, body, self.strict).map_err(|(message, at)| {
            Stop::Error(decode_error(thread, message, self.document.value, self.document.char_of(at)))
        })
    }

    fn error(&self, thread: &mut Thread, message: &str, at: usize) -> Stop {
        Stop::Error(decode_error(thread, message, self.document.value, self.document.char_of(at)))
    }

    /// `NaN`, `Infinity` or `-Infinity`, through `parse_constant`.
    fn constant(&mut self, thread: &mut Thread, name: &str, at: usize) -> Scanned {
        let value = crate::call::call(thread, &self.hooks.parse_constant, Args::positional(&[new_str(name)]))?;
        Ok((value, at + name.len()))
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, the longest that matches.
    fn number(&mut self, thread: &mut Thread, start: usize) -> Scanned {
        let bytes = self.document.bytes;
        let digits_from =
            |at: usize| at + bytes[at.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut at = start + usize::from(bytes[start] == b'-');
        match bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => at = digits_from(at + 1),
            _ => return Err(Stop::NoValue(start)),
        }
        let mut is_float = false;
        if bytes.get(at) == Some(&b'.') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
            at = digits_from(at + 1);
            is_float = true;
        }
        if matches!(bytes.get(at), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(bytes.get(at + 1), Some(b'-' | b'+')));
            let end = digits_from(at + 1 + sign);
            if end > at + 1 + sign {
                at = end;
                is_float = true;
            }
        }
        // The text is ASCII, a slice of the document.
        let text = &bytes[start..at];
        let t = types();
        let parser = if is_float { &self.hooks.parse_float } else { &self.hooks.parse_int };
        let value = match parser {
            Value::Obj(class) if is_float && ObjRef::ptr_eq(class, &t.float) => Value::Float(parse_f64(text)),
            // Long digit strings go through `int()`, which applies the digit limit.
            Value::Obj(class) if !is_float && ObjRef::ptr_eq(class, &t.int) && text.len() <= 18 => {
                Value::Int(parse_i64(text))
            }
            _ => {
                let text = str_object(PyString::from_ascii(text));
                crate::call::call(thread, parser, Args::positional(&[text]))?
            }
        };
        Ok((value, at))
    }

    /// An object's members, from just after its `{`.
    fn object(&mut self, thread: &mut Thread, open: usize) -> Scanned {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut at = self.document.skip_whitespace(open);
        if self.document.at(at) != Some(b'}') {
            loop {
                if self.document.at(at) != Some(b'"') {
                    return Err(self.error(thread, "Expecting property name enclosed in double quotes", at));
                }
                let (key, after_key) = self.key(thread, at + 1)?;
                at = self.document.skip_whitespace(after_key);
                if self.document.at(at) != Some(b':') {
                    return Err(self.error(thread, "Expecting ':' delimiter", at));
                }
                at = self.document.skip_whitespace(at + 1);
                let (value, after_value) = self.value(thread, at)?;
                pairs.push((key, value));
                at = self.document.skip_whitespace(after_value);
                match self.document.at(at) {
                    Some(b'}') => break,
                    Some(b',') => at = self.document.skip_whitespace(at + 1),
                    _ => return Err(self.error(thread, "Expecting ',' delimiter", at)),
                }
            }
        }
        let scanner = &self.hooks;
        if !scanner.object_pairs_hook.is_none() {
            let pairs = list(pairs.into_iter().map(|(k, v)| crate::objects::tuple_of([k, v])).collect());
            return Ok((crate::call::call(thread, &scanner.object_pairs_hook, Args::positional(&[pairs]))?, at + 1));
        }
        let dict = crate::objects::new_dict();
        if let Payload::Dict(d) = dict.payload() {
            for (key, value) in pairs {
                if let Value::Obj(key) = &key {
                    d.set_str(key, value);
                }
            }
        }
        let mut object = Value::Obj(dict);
        if !scanner.object_hook.is_none() {
            object = crate::call::call(thread, &scanner.object_hook, Args::positional(&[object]))?;
        }
        Ok((object, at + 1))
    }

    /// An object key (a string literal whose body starts at `body`), the same str object for
    /// the same literal.
    fn key(&mut self, thread: &mut Thread, body: usize) -> Scanned {
        let (key, after) = self.string(thread, body)?;
        let bytes: &'a [u8] = self.document.bytes;
        let literal = &bytes[body..after - 1];
        let key = self.memo.entry(literal).or_insert(key).clone();
        Ok((key, after))
    }

    /// An array's items, from just after its `[`.
    fn array(&mut self, thread: &mut Thread, open: usize) -> Scanned {
        let mut items = Vec::new();
        let mut at = self.document.skip_whitespace(open);
        if self.document.at(at) != Some(b']') {
            loop {
                let (item, after) = self.value(thread, at)?;
                items.push(item);
                at = self.document.skip_whitespace(after);
                match self.document.at(at) {
                    Some(b']') => break,
                    Some(b',') => at = self.document.skip_whitespace(at + 1),
                    _ => return Err(self.error(thread, "Expecting ',' delimiter", at)),
                }
            }
        }
        Ok((list(items), at + 1))
    }
}

/// The value of a JSON number's text (ASCII digits, sign, point, exponent): Rust's parse
/// rounds correctly, as CPython's does, and overflows to infinity.
fn parse_f64(text: &[u8]) -> f64 {
    std::str::from_utf8(text).ok().and_then(|t| t.parse().ok()).unwrap_or(f64::NAN)
}

/// The value of at most 18 digits with an optional sign (which always fits an i64).
fn parse_i64(text: &[u8]) -> i64 {
    let (negative, digits) = match text.split_first() {
        Some((b'-', digits)) => (true, digits),
        _ => (false, text),
    };
    let magnitude = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    if negative {
        -magnitude
    } else {
        magnitude
    }
}
