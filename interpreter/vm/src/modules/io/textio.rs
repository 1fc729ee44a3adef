//! `TextIOWrapper`: text over a buffered binary stream, through the native codecs, with
//! newline translation. Decoded text is kept untranslated (so that `tell` can count the
//! bytes behind what is not yet consumed); translation happens as text is handed out.

use parking_lot::Mutex;

use super::fileio::StdSink;
use super::{buffered, call_method, closed_error, new_stream, size_arg, state, this, unsupported};
use crate::builtins::{bytes_like, new_bytes, Method};
use crate::method;
use crate::modules::arguments::{bind, opt_str};
use crate::modules::codecs::{self, decode::Decoder, encode, Codec};
use crate::objects::exception::{stop_iteration, type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str, str_object, PyString};
use crate::objects::typeobj::type_name;
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

const CHUNK_SIZE: usize = 8192;

#[derive(Default)]
pub struct TextIo {
    inner: Mutex<Option<TextInner>>,
}

struct TextInner {
    buffer: Value,
    detached: bool,
    encoding: String,
    codec: Codec,
    errors: String,
    decoder: Decoder,
    readable: bool,
    writable: bool,
    seekable: bool,
    /// newline=None or '': lines end at \r, \n or \r\n.
    universal: bool,
    /// newline=None: those line ends read as \n.
    translate: bool,
    /// newline='\n', '\r' or '\r\n': the one line end.
    readnl: Option<String>,
    /// What \n becomes on write (None: stays).
    writenl: Option<String>,
    line_buffering: bool,
    write_through: bool,
    /// Decoded, untranslated text (WTF-8) and how much of it was handed out.
    decoded: Vec<u8>,
    pos: usize,
    eof: bool,
    bom_pending: bool,
    /// Set on `sys.stdout`/`sys.stderr` as made at start-up: `print` may write straight to the
    /// sink while the stream still encodes as UTF-8 (cleared by `close` and `detach`).
    std: Option<StdSink>,
}

/// How a standard stream's text layer is set up (see `stdio`).
pub struct StdText {
    pub encoding: String,
    pub codec: Codec,
    pub errors: String,
    pub line_buffering: bool,
    pub write_through: bool,
    pub std: Option<StdSink>,
}

pub const METHODS: &[Method] = &[
    method!("__new__", text_new, StaticMethod),
    method!("__init__", text_init),
    method!("__repr__", repr),
    method!("__next__", next),
    method!("read", read),
    method!("readline", readline),
    method!("write", write),
    method!("flush", flush),
    method!("close", close),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("detach", detach),
    method!("fileno", fileno),
    method!("isatty", isatty),
    method!("readable", readable),
    method!("writable", writable),
    method!("seekable", seekable),
    method!("reconfigure", reconfigure),
];

pub const GETTERS: &[(&str, NativeFn)] = &[
    ("buffer", buffer_getter),
    ("closed", closed),
    ("name", name),
    ("encoding", encoding),
    ("errors", errors),
    ("line_buffering", line_buffering),
    ("write_through", write_through),
    ("newlines", newlines),
    ("_CHUNK_SIZE", chunk_size),
];

fn text(value: &Value) -> PyResult<&TextIo> {
    state::<TextIo>(value, "TextIOWrapper")
}

/// Runs `f` on the initialised, attached state.
fn with<R>(value: &Value, f: impl FnOnce(&mut TextInner) -> R) -> PyResult<R> {
    let mut guard = text(value)?.inner.lock();
    match guard.as_mut() {
        None => Err(value_error("I/O operation on uninitialized object")),
        Some(inner) if inner.detached => Err(value_error("underlying buffer has been detached")),
        Some(inner) => Ok(f(inner)),
    }
}

fn buffer_of(value: &Value) -> PyResult<Value> {
    with(value, |inner| inner.buffer.clone())
}

fn text_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_stream(class, TextIo::default()))
        }
        _ => Err(type_error("TextIOWrapper.__new__(X): X is not a type object")),
    }
}

/// The encoding `open` and TextIOWrapper use when none is given (the locale's, UTF-8 here).
pub const LOCALE_ENCODING: &str = "UTF-8";

fn newline_arg(value: &Option<Value>, function: &str) -> PyResult<Option<String>> {
    let newline = opt_str(value, function, "newline")?;
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {n}")));
        }
    }
    Ok(newline)
}

fn text_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let a = bind(
        "TextIOWrapper",
        &rest,
        &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
        1,
    )?;
    let buffer = a[0].clone().unwrap_or_default();
    let mut encoding = opt_str(&a[1], "TextIOWrapper", "encoding")?.unwrap_or_else(|| "locale".into());
    if encoding == "locale" {
        encoding = LOCALE_ENCODING.into();
    }
    let errors = opt_str(&a[2], "TextIOWrapper", "errors")?.unwrap_or_else(|| "strict".into());
    let newline = newline_arg(&a[3], "TextIOWrapper")?;
    let line_buffering = match &a[4] {
        Some(v) => protocols::truthy(thread, v)?,
        None => false,
    };
    let write_through = match &a[5] {
        Some(v) => protocols::truthy(thread, v)?,
        None => false,
    };
    let codec = codecs::lookup(&encoding)?;
    let readable = super::ask(thread, &buffer, "readable")?;
    let writable = super::ask(thread, &buffer, "writable")?;
    let seekable = super::ask(thread, &buffer, "seekable")?;
    let mut bom_pending = codec.writes_bom();
    if bom_pending && seekable && writable {
        let pos = call_method(thread, &buffer, "tell", &[])?;
        bom_pending = matches!(pos, Value::Int(0));
    }
    let inner = TextInner {
        buffer,
        detached: false,
        encoding,
        codec,
        decoder: Decoder::new(codec, &errors),
        errors,
        readable,
        writable,
        seekable,
        universal: matches!(newline.as_deref(), None | Some("")),
        translate: newline.is_none(),
        readnl: newline.clone().filter(|n| !n.is_empty()),
        writenl: match newline.as_deref() {
            Some("\r") | Some("\r\n") => newline.clone(),
            _ => None,
        },
        line_buffering,
        write_through,
        decoded: Vec::new(),
        pos: 0,
        eof: false,
        bom_pending,
        std: None,
    };
    *text(&this)?.inner.lock() = Some(inner);
    Ok(Value::None)
}

/// The TextIOWrapper of a standard stream over `buffer` (no Python code runs: the stream is
/// made before any).
pub fn new_std(buffer: Value, readable: bool, seekable: bool, setup: StdText) -> Value {
    let inner = TextInner {
        buffer,
        detached: false,
        encoding: setup.encoding,
        codec: setup.codec,
        decoder: Decoder::new(setup.codec, &setup.errors),
        errors: setup.errors,
        readable,
        writable: !readable,
        seekable,
        // newline='\n', as CPython's standard streams on POSIX: no translation either way.
        universal: false,
        translate: false,
        readnl: Some("\n".to_string()),
        writenl: None,
        line_buffering: setup.line_buffering,
        write_through: setup.write_through,
        decoded: Vec::new(),
        pos: 0,
        eof: false,
        bom_pending: false,
        std: setup.std,
    };
    let stream = new_stream(&super::io_types().text_wrapper, TextIo { inner: Mutex::new(Some(inner)) });
    if let Some(dict) = stream.as_obj().and_then(|o| o.dict().as_ref()).and_then(crate::objects::dict_of) {
        dict.set_str(&intern("mode"), new_str(if readable { "r" } else { "w" }));
    }
    stream
}

/// The sink `print` may write to directly for this stream, if it is a standard stream still
/// writing UTF-8 as made.
pub fn direct_sink(value: &Value) -> Option<StdSink> {
    let Some(Payload::Native(s)) = value.payload() else { return None };
    let guard = s.downcast_ref::<TextIo>()?.inner.lock();
    let inner = guard.as_ref()?;
    (inner.codec == Codec::Utf8 && !inner.detached && inner.writenl.is_none()).then_some(inner.std?)
}

/// A TextIOWrapper made by `open`.
pub fn new_text(thread: &mut Thread, buffer: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = super::io_types();
    let mut values = vec![buffer];
    values.extend_from_slice(args);
    let _ = kwnames;
    crate::builtins::call_type(thread, &t.text_wrapper, Args { values: &values, kwnames })
}

fn is_native_buffered(buffer: &Value) -> bool {
    matches!(buffer.payload(), Some(Payload::Native(s)) if s.downcast_ref::<buffered::Buffered>().is_some())
}

fn check_open(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    let buffer = buffer_of(value)?;
    if super::iobase::is_closed(thread, &buffer)? {
        return Err(closed_error());
    }
    Ok(buffer)
}

/// Reads and decodes the next chunk; false at EOF.
fn read_chunk(thread: &mut Thread, value: &Value, buffer: &Value, all: bool) -> PyResult<bool> {
    let data = if is_native_buffered(buffer) {
        if all {
            buffered::read_bytes(thread, buffer, -1)?.unwrap_or_default()
        } else {
            buffered::read1_bytes(thread, buffer, CHUNK_SIZE as i64)?
        }
    } else {
        let method = if all { "read" } else { "read1" };
        let size = if all { -1 } else { CHUNK_SIZE as i64 };
        let chunk = match call_method(thread, buffer, method, &[Value::Int(size)]) {
            Err(e) if !all && e.matches(&crate::objects::exception::exceptions().attribute_error) => {
                call_method(thread, buffer, "read", &[Value::Int(size)])?
            }
            other => other?,
        };
        if chunk.is_none() {
            Vec::new()
        } else {
            bytes_like(&chunk).ok_or_else(|| {
                type_error(format!(
                    "underlying {method}() should have returned a bytes-like object, not '{}'",
                    type_name(&chunk)
                ))
            })?
        }
    };
    let last = data.is_empty();
    let mut decoder = with(value, |inner| inner.decoder.clone())?;
    let decoded = decoder.decode(Some(thread), &data, last)?;
    with(value, |inner| {
        inner.decoder = decoder;
        if inner.pos > 0 {
            inner.decoded.drain(..inner.pos);
            inner.pos = 0;
        }
        inner.decoded.extend_from_slice(&decoded);
        inner.eof = last;
    })?;
    Ok(!last)
}

fn check_readable(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    let buffer = check_open(thread, value)?;
    if !with(value, |inner| inner.readable)? {
        return Err(unsupported(thread, "not readable"));
    }
    Ok(buffer)
}

/// The char boundaries of WTF-8 text: the length of the char starting with `lead`.
fn char_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// `decoded[from..to]` as text, line ends translated when the mode says so.
fn hand_out(inner: &TextInner, from: usize, to: usize) -> Value {
    let piece = &inner.decoded[from..to];
    if !inner.translate || !piece.contains(&b'\r') {
        return str_object(PyString::from_wtf8(piece));
    }
    let mut out = Vec::with_capacity(piece.len());
    let mut i = 0;
    while i < piece.len() {
        if piece[i] == b'\r' {
            out.push(b'\n');
            if piece.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(piece[i]);
        }
        i += 1;
    }
    str_object(PyString::from_wtf8(&out))
}

fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    let buffer = check_readable(thread, &this)?;
    buffered_flush(thread, &buffer, false)?;
    if size < 0 {
        while read_chunk(thread, &this, &buffer, true)? {}
        return with(&this, |inner| {
            let out = hand_out(inner, inner.pos, inner.decoded.len());
            inner.pos = inner.decoded.len();
            out
        });
    }
    let size = size as usize;
    loop {
        // Enough when `size` chars (and one more, to see a \n after a \r) are decoded.
        let (enough, eof) = with(&this, |inner| {
            let count = inner.decoded[inner.pos..].iter().filter(|&&b| b & 0xC0 != 0x80).count();
            (count > size, inner.eof)
        })?;
        if enough || eof || !read_chunk(thread, &this, &buffer, false)? {
            break;
        }
    }
    with(&this, |inner| {
        let start = inner.pos;
        let mut at = start;
        let mut chars = 0;
        while chars < size && at < inner.decoded.len() {
            let lead = inner.decoded[at];
            at += char_len(lead);
            if inner.translate && lead == b'\r' && inner.decoded.get(at) == Some(&b'\n') {
                at += 1;
            }
            chars += 1;
        }
        let at = at.min(inner.decoded.len());
        inner.pos = at;
        hand_out(inner, start, at)
    })
}

/// Where the line starting at `pos` ends (exclusive), if its end is decoded; with `eof`, the
/// rest is a line.
fn line_end(inner: &TextInner, limit: Option<usize>) -> Option<usize> {
    let text = &inner.decoded[inner.pos..];
    let found = if inner.universal {
        match memchr::memchr2(b'\r', b'\n', text) {
            Some(i) if text[i] == b'\r' => match text.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if inner.eof => Some(i + 1),
                None => None,
            },
            other => other.map(|i| i + 1),
        }
    } else {
        let nl = inner.readnl.as_deref().unwrap_or("\n").as_bytes();
        memchr::memmem::find(text, nl).map(|i| i + nl.len())
    };
    let end = match found {
        Some(end) => end,
        None if inner.eof => text.len(),
        None => {
            let limit = limit?;
            let count = text.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            if count < limit {
                return None;
            }
            text.len()
        }
    };
    if let Some(limit) = limit {
        let mut at = 0;
        let mut chars = 0;
        while at < end && chars < limit {
            at += char_len(text[at]);
            chars += 1;
        }
        return Some(inner.pos + at.min(end));
    }
    Some(inner.pos + end)
}

fn readline_text(thread: &mut Thread, value: &Value, limit: i64) -> PyResult<Value> {
    let buffer = check_readable(thread, value)?;
    buffered_flush(thread, &buffer, false)?;
    let limit = (limit >= 0).then_some(limit as usize);
    loop {
        if let Some(end) = with(value, |inner| line_end(inner, limit))? {
            return with(value, |inner| {
                let start = inner.pos;
                inner.pos = end;
                hand_out(inner, start, end)
            });
        }
        read_chunk(thread, value, &buffer, false)?;
    }
}

fn readline(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let limit = size_arg(thread, args.values.get(1))?;
    readline_text(thread, &this, limit)
}

fn next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let line = readline_text(thread, &this(&args), -1)?;
    if as_pystr(&line).is_some_and(|s| s.char_len() == 0) {
        return Err(stop_iteration(Value::None));
    }
    Ok(line)
}

/// Flushes the buffer (when `really`); a no-op otherwise (kept for symmetry of the read path).
fn buffered_flush(thread: &mut Thread, buffer: &Value, really: bool) -> PyResult<()> {
    if really {
        if is_native_buffered(buffer) {
            buffered::flush_writes(thread, buffer)?;
        } else {
            call_method(thread, buffer, "flush", &[])?;
        }
    }
    Ok(())
}

/// Writes text: translated, encoded, given to the buffer. Returns the length in chars.
pub fn write_text(thread: &mut Thread, value: &Value, s: &PyString) -> PyResult<usize> {
    let buffer = check_open(thread, value)?;
    let (writable, codec, errors, writenl, bom, line_buffering) = with(value, |inner| {
        (
            inner.writable,
            inner.codec,
            inner.errors.clone(),
            inner.writenl.clone(),
            inner.bom_pending,
            inner.line_buffering,
        )
    })?;
    if !writable {
        return Err(unsupported(thread, "not writable"));
    }
    let translated;
    let source = match &writenl {
        Some(nl) if s.wtf8().contains(&b'\n') => {
            let mut out = Vec::with_capacity(s.wtf8().len() + 8);
            for &b in s.wtf8() {
                if b == b'\n' {
                    out.extend_from_slice(nl.as_bytes());
                } else {
                    out.push(b);
                }
            }
            translated = PyString::from_wtf8(&out);
            &translated
        }
        _ => s,
    };
    let data = encode::encode_str(Some(thread), codec, source, &errors, bom)?;
    with(value, |inner| {
        inner.bom_pending = false;
        if inner.pos < inner.decoded.len() || !inner.decoded.is_empty() {
            inner.decoded.clear();
            inner.pos = 0;
            inner.decoder.reset(true);
        }
    })?;
    if is_native_buffered(&buffer) {
        buffered::write_bytes(thread, &buffer, &data)?;
    } else {
        call_method(thread, &buffer, "write", &[new_bytes(data)])?;
    }
    let wtf8 = s.wtf8();
    if line_buffering && (wtf8.contains(&b'\n') || wtf8.contains(&b'\r')) {
        buffered_flush(thread, &buffer, true)?;
    }
    Ok(s.char_len())
}

fn write(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let arg = args.values.get(1).cloned().unwrap_or_default();
    let Some(s) = as_pystr(&arg) else {
        return Err(type_error(format!("write() argument must be str, not {}", type_name(&arg))));
    };
    Ok(Value::Int(write_text(thread, &this, s)? as i64))
}

fn flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let buffer = check_open(thread, &this)?;
    call_method(thread, &buffer, "flush", &[])?;
    Ok(Value::None)
}

fn close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let buffer = buffer_of(&this)?;
    if super::iobase::is_closed(thread, &buffer)? {
        return Ok(Value::None);
    }
    with(&this, |inner| inner.std = None)?;
    let flushed = call_method(thread, &buffer, "flush", &[]);
    let closed = call_method(thread, &buffer, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

/// The position as a byte offset: the buffer's, less the bytes behind the text decoded but
/// not handed out and those the decoder holds.
fn tell_pos(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    let buffer = check_open(thread, value)?;
    if !with(value, |inner| inner.seekable)? {
        return Err(unsupported(thread, "underlying stream is not seekable"));
    }
    call_method(thread, &buffer, "flush", &[])?;
    let pos = call_method(thread, &buffer, "tell", &[])?;
    let pos = protocols::number::index_of(thread, &pos)?;
    let (rest, codec, pending) = with(value, |inner| {
        (PyString::from_wtf8(&inner.decoded[inner.pos..]), inner.codec, inner.decoder.pending().len())
    })?;
    let fixed = match codec {
        Codec::Utf8Sig => Codec::Utf8,
        other => other,
    };
    let behind =
        encode::encode_str(None, fixed, &rest, "surrogateescape", false).map(|b| b.len()).unwrap_or(rest.wtf8().len());
    Ok(pos - behind as i64 - pending as i64)
}

fn tell(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(tell_pos(thread, &this(&args))?))
}

fn seek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let buffer = check_open(thread, &this)?;
    let cookie = args.values.get(1).cloned().unwrap_or_default();
    let cookie = protocols::number::index_of(thread, &cookie)?;
    let whence = match args.values.get(2) {
        Some(w) => protocols::number::index_of(thread, w)?,
        None => 0,
    };
    if !with(&this, |inner| inner.seekable)? {
        return Err(unsupported(thread, "underlying stream is not seekable"));
    }
    let target = match whence {
        0 if cookie < 0 => return Err(value_error(format!("negative seek position {cookie}"))),
        0 => cookie,
        1 if cookie != 0 => return Err(unsupported(thread, "can't do nonzero cur-relative seeks")),
        1 => return Ok(Value::Int(tell_pos(thread, &this)?)),
        2 if cookie != 0 => return Err(unsupported(thread, "can't do nonzero end-relative seeks")),
        2 => {
            call_method(thread, &buffer, "flush", &[])?;
            let end = call_method(thread, &buffer, "seek", &[Value::Int(0), Value::Int(2)])?;
            with(&this, |inner| {
                inner.decoded.clear();
                inner.pos = 0;
                inner.eof = false;
                inner.decoder.reset(true);
                inner.bom_pending = false;
            })?;
            return Ok(end);
        }
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    call_method(thread, &buffer, "flush", &[])?;
    call_method(thread, &buffer, "seek", &[Value::Int(target)])?;
    with(&this, |inner| {
        inner.decoded.clear();
        inner.pos = 0;
        inner.eof = false;
        inner.decoder.reset(target != 0);
        inner.bom_pending = target == 0 && inner.codec.writes_bom();
    })?;
    Ok(Value::Int(target))
}

fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let buffer = check_open(thread, &this)?;
    call_method(thread, &buffer, "flush", &[])?;
    let pos = match args.values.get(1) {
        None | Some(Value::None) => Value::Int(tell_pos(thread, &this)?),
        Some(v) => v.clone(),
    };
    call_method(thread, &buffer, "truncate", &[pos])
}

fn detach(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let buffer = buffer_of(&this)?;
    call_method(thread, &buffer, "flush", &[])?;
    with(&this, |inner| {
        inner.detached = true;
        std::mem::take(&mut inner.buffer)
    })
}

fn delegate(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let buffer = buffer_of(&this(args))?;
    call_method(thread, &buffer, name, &[])
}

fn fileno(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "fileno")
}

fn isatty(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "isatty")
}

fn readable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "readable")
}

fn writable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "writable")
}

fn seekable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "seekable")
}

fn reconfigure(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    if !args.pos()[1..].is_empty() {
        return Err(type_error("reconfigure() takes no positional arguments"));
    }
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let a = bind("reconfigure", &rest, &["encoding", "errors", "newline", "line_buffering", "write_through"], 0)?;
    let encoding = opt_str(&a[0], "reconfigure", "encoding")?;
    let errors = opt_str(&a[1], "reconfigure", "errors")?;
    let newline = match &a[2] {
        None => None,
        Some(v) => Some(newline_arg(&Some(v.clone()), "reconfigure")?),
    };
    let codec = match &encoding {
        Some(e) => Some(codecs::lookup(if e == "locale" { LOCALE_ENCODING } else { e })?),
        None => None,
    };
    let line_buffering = match &a[3] {
        Some(v) if !v.is_none() => Some(protocols::truthy(thread, v)?),
        _ => None,
    };
    let write_through = match &a[4] {
        Some(v) if !v.is_none() => Some(protocols::truthy(thread, v)?),
        _ => None,
    };
    let buffer = check_open(thread, &this)?;
    call_method(thread, &buffer, "flush", &[])?;
    with(&this, |inner| {
        if let (Some(codec), Some(name)) = (codec, encoding) {
            inner.codec = codec;
            inner.encoding = if name == "locale" { LOCALE_ENCODING.into() } else { name };
            if errors.is_none() {
                inner.errors = "strict".into();
            }
        }
        if let Some(errors) = errors {
            inner.errors = errors;
        }
        inner.decoder = Decoder::new(inner.codec, &inner.errors);
        if let Some(newline) = newline {
            inner.universal = matches!(newline.as_deref(), None | Some(""));
            inner.translate = newline.is_none();
            inner.readnl = newline.clone().filter(|n| !n.is_empty());
            inner.writenl = newline.filter(|n| n.starts_with('\r'));
        }
        if let Some(l) = line_buffering {
            inner.line_buffering = l;
        }
        if let Some(w) = write_through {
            inner.write_through = w;
        }
    })?;
    Ok(Value::None)
}

fn buffer_getter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    buffer_of(&this(&args))
}

fn closed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let buffer = buffer_of(&this(&args))?;
    protocols::getattr(thread, &buffer, &intern("closed"))
}

fn name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let buffer = buffer_of(&this(&args))?;
    protocols::getattr(thread, &buffer, &intern("name"))
}

fn encoding(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with(&this(&args), |inner| new_str(inner.encoding.as_str()))
}

fn errors(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with(&this(&args), |inner| new_str(inner.errors.as_str()))
}

fn line_buffering(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with(&this(&args), |inner| Value::Bool(inner.line_buffering))
}

fn write_through(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with(&this(&args), |inner| Value::Bool(inner.write_through))
}

fn newlines(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn chunk_size(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(CHUNK_SIZE as i64))
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let mut out = String::from("<_io.TextIOWrapper");
    if let Ok(Some(name)) = protocols::getattr_opt(thread, &this, "name") {
        out.push_str(&format!(" name={}", protocols::repr(thread, &name)?));
    }
    if let Ok(Some(mode)) = protocols::getattr_opt(thread, &this, "mode") {
        out.push_str(&format!(" mode={}", protocols::repr(thread, &mode)?));
    }
    if let Ok(encoding) = with(&this, |inner| inner.encoding.clone()) {
        out.push_str(&format!(" encoding='{encoding}'"));
    }
    out.push('>');
    Ok(new_str(out))
}

/// The buffer is what a text stream holds (a stream busy in another thread is left out).
impl crate::gc::traverse::NativeData for TextIo {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(Some(inner)) = self.inner.try_lock().as_deref() {
            visit(&inner.buffer);
        }
    }
}
