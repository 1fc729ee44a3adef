//! `StringIO`: an in-memory text stream over a buffer of code points, with the newline
//! modes of text files (translated as text is written, as CPython does).

use parking_lot::Mutex;

use super::{new_stream, size_arg, state, this};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{stop_iteration, type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_pystr, str_object, PyString};
use crate::objects::typeobj::type_name;
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

#[derive(Default)]
pub struct StringIo {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    text: Vec<u32>,
    pos: usize,
    closed: bool,
    /// newline=None: \r\n and \r are written as \n.
    translate: bool,
    /// newline='': lines end at \r, \n or \r\n.
    universal: bool,
    /// The line end readline looks for otherwise.
    readnl: Vec<u32>,
    /// What \n becomes on write.
    writenl: Option<Vec<u32>>,
}

pub const METHODS: &[Method] = &[
    method!("__new__", stringio_new, StaticMethod),
    method!("__init__", stringio_init),
    method!("__next__", next),
    method!("getvalue", getvalue),
    method!("read", read),
    method!("readline", readline),
    method!("write", write),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("close", close),
    method!("readable", yes),
    method!("writable", yes),
    method!("seekable", yes),
];

pub const GETTERS: &[(&str, NativeFn)] = &[("closed", closed), ("line_buffering", no), ("newlines", newlines)];

fn sio(value: &Value) -> PyResult<&StringIo> {
    state::<StringIo>(value, "StringIO")
}

fn open_inner<R>(value: &Value, f: impl FnOnce(&mut Inner) -> PyResult<R>) -> PyResult<R> {
    let mut inner = sio(value)?.inner.lock();
    if inner.closed {
        return Err(value_error("I/O operation on closed file"));
    }
    f(&mut inner)
}

fn to_str(points: &[u32]) -> Value {
    let mut bytes = Vec::with_capacity(points.len());
    points.iter().for_each(|&c| crate::modules::codecs::decode::push_code(&mut bytes, c));
    str_object(PyString::from_wtf8(&bytes))
}

fn stringio_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_stream(class, StringIo::default()))
        }
        _ => Err(type_error("StringIO.__new__(X): X is not a type object")),
    }
}

fn stringio_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let a = bind("StringIO", &rest, &["initial_value", "newline"], 0)?;
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        Some(v) if v.is_none() => None,
        Some(v) => match as_pystr(v) {
            Some(s) => Some(s.as_str().into_owned()),
            None => return Err(type_error(format!("newline must be str or None, not {}", type_name(v)))),
        },
    };
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: '{}'", n.escape_default())));
        }
    }
    let initial = match &a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_pystr(v) {
            Some(s) => Some(s.code_points().collect::<Vec<u32>>()),
            None => return Err(type_error(format!("initial_value must be str or None, not {}", type_name(v)))),
        },
    };
    let points = |s: &str| s.chars().map(u32::from).collect::<Vec<u32>>();
    let mut inner = Inner {
        translate: newline.is_none(),
        universal: newline.as_deref() == Some(""),
        readnl: points(newline.as_deref().filter(|n| !n.is_empty()).unwrap_or("\n")),
        writenl: newline.as_deref().filter(|n| n.starts_with('\r')).map(points),
        ..Inner::default()
    };
    if newline.is_none() {
        inner.readnl = vec![u32::from(b'\n')];
    }
    if let Some(initial) = initial {
        write_points(&mut inner, &initial);
        inner.pos = 0;
    }
    *sio(&this)?.inner.lock() = inner;
    Ok(Value::None)
}

/// Writes at the position (padding with NULs past the end), after newline translation.
fn write_points(inner: &mut Inner, points: &[u32]) {
    let mut data = Vec::with_capacity(points.len());
    let (cr, lf) = (u32::from(b'\r'), u32::from(b'\n'));
    let mut i = 0;
    while i < points.len() {
        let c = points[i];
        if inner.translate && c == cr {
            data.push(lf);
            if points.get(i + 1) == Some(&lf) {
                i += 1;
            }
        } else if c == lf && inner.writenl.is_some() {
            data.extend(inner.writenl.iter().flatten());
        } else {
            data.push(c);
        }
        i += 1;
    }
    if inner.pos > inner.text.len() {
        inner.text.resize(inner.pos, 0);
    }
    let end = inner.pos + data.len();
    if end > inner.text.len() {
        inner.text.resize(end, 0);
    }
    inner.text[inner.pos..end].copy_from_slice(&data);
    inner.pos = end;
}

fn getvalue(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |inner| Ok(to_str(&inner.text)))
}

fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    open_inner(&this, |inner| {
        let start = inner.pos.min(inner.text.len());
        let end = if size < 0 { inner.text.len() } else { start.saturating_add(size as usize).min(inner.text.len()) };
        inner.pos = end.max(inner.pos);
        Ok(to_str(&inner.text[start..end]))
    })
}

fn line(inner: &mut Inner, limit: i64) -> Value {
    let start = inner.pos.min(inner.text.len());
    let rest = &inner.text[start..];
    let (cr, lf) = (u32::from(b'\r'), u32::from(b'\n'));
    let mut end = rest.len();
    if inner.universal {
        if let Some(i) = rest.iter().position(|&c| c == cr || c == lf) {
            end = if rest[i] == cr && rest.get(i + 1) == Some(&lf) { i + 2 } else { i + 1 };
        }
    } else {
        let nl = &inner.readnl;
        if let Some(i) = rest.windows(nl.len()).position(|w| w == nl.as_slice()) {
            end = i + nl.len();
        }
    }
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    inner.pos = start + end;
    to_str(&rest[..end])
}

fn readline(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let limit = size_arg(thread, args.values.get(1))?;
    open_inner(&this, |inner| Ok(line(inner, limit)))
}

fn next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = open_inner(&this(&args), |inner| Ok(line(inner, -1)))?;
    if as_pystr(&value).is_some_and(|s| s.char_len() == 0) {
        return Err(stop_iteration(Value::None));
    }
    Ok(value)
}

fn write(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let arg = args.values.get(1).cloned().unwrap_or_default();
    let Some(s) = as_pystr(&arg) else {
        return Err(type_error(format!("string argument expected, got '{}'", type_name(&arg))));
    };
    let points: Vec<u32> = s.code_points().collect();
    open_inner(&this, |inner| {
        if !points.is_empty() {
            write_points(inner, &points);
        }
        Ok(Value::Int(points.len() as i64))
    })
}

fn seek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let pos = args.values.get(1).cloned().unwrap_or_default();
    let pos = protocols::number::index_of(thread, &pos)?;
    let whence = match args.values.get(2) {
        Some(w) => protocols::number::index_of(thread, w)?,
        None => 0,
    };
    open_inner(&this, |inner| {
        match whence {
            0 if pos < 0 => return Err(value_error(format!("Negative seek position {pos}"))),
            0 => inner.pos = pos as usize,
            1 | 2 if pos != 0 => {
                return Err(crate::objects::exception::PyErr::new(
                    &crate::objects::exception::exceptions().os_error,
                    "Can't do nonzero cur-relative seeks",
                ))
            }
            1 => {}
            2 => inner.pos = inner.text.len(),
            _ => return Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
        Ok(Value::Int(inner.pos as i64))
    })
}

fn tell(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |inner| Ok(Value::Int(inner.pos as i64)))
}

fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(protocols::number::index_of(thread, v)?),
    };
    open_inner(&this, |inner| {
        let size = size.unwrap_or(inner.pos as i64);
        if size < 0 {
            return Err(value_error(format!("Negative size value {size}")));
        }
        inner.text.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let mut inner = sio(&this)?.inner.lock();
    inner.closed = true;
    inner.text = Vec::new();
    Ok(Value::None)
}

fn yes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |_| Ok(Value::Bool(true)))
}

fn no(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |_| Ok(Value::Bool(false)))
}

fn closed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(sio(&this(&args))?.inner.lock().closed))
}

fn newlines(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |_| Ok(Value::None))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for StringIo {}
