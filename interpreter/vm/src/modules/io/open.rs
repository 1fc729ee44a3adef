//! `open()` (the builtin and `io.open`): the mode checks, then FileIO, a buffered stream
//! and a TextIOWrapper stacked as the mode asks; `io.open_code` and `io.text_encoding`.

use super::{buffered, fileio, io_types, textio};
use crate::modules::arguments::{bind, opt_str};
use crate::objects::dict_of;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::type_name;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

const NAMES: &[&str] = &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

/// The mode letters of `open`, checked as CPython checks them.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    Ok(m)
}

pub fn open_builtin(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("open", &args, NAMES, 1)?;
    let file = a[0].clone().unwrap_or_default();
    let mode_value = a[1].clone().unwrap_or_else(|| new_str("r"));
    let Some(mode) = as_pystr(&mode_value).map(|s| s.as_str().into_owned()) else {
        return Err(type_error(format!("open() argument 'mode' must be str, not {}", type_name(&mode_value))));
    };
    let buffering = match &a[2] {
        None => -1,
        Some(Value::Float(_)) => return Err(type_error("'float' object cannot be interpreted as an integer")),
        Some(v) => protocols::number::index_of(thread, v)?,
    };
    let encoding = opt_str(&a[3], "open", "encoding")?;
    let errors = opt_str(&a[4], "open", "errors")?;
    let newline = opt_str(&a[5], "open", "newline")?;
    let closefd = match &a[6] {
        None => Value::Bool(true),
        Some(v) => Value::Bool(protocols::truthy(thread, v)?),
    };
    let opener = a[7].clone().unwrap_or(Value::None);
    if !matches!(file, Value::Int(_) | Value::Bool(_)) && as_pystr(&file).is_none() {
        if matches!(file, Value::Float(_)) {
            return Err(type_error("expected str, bytes or os.PathLike object, not float"));
        }
        fileio::fspath(thread, &file)?;
    }
    let m = parse_mode(&mode)?;
    let mut rawmode = String::new();
    for (on, c) in [(m.creating, 'x'), (m.reading, 'r'), (m.writing, 'w'), (m.appending, 'a'), (m.updating, '+')] {
        if on {
            rawmode.push(c);
        }
    }
    if m.text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending].iter().filter(|&&f| f).count() > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if m.binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if !m.binary {
        if let Some(n) = &newline {
            if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
                return Err(value_error(format!("illegal newline value: {n}")));
            }
        }
    }
    let t = io_types();
    let raw = crate::builtins::call_type(
        thread,
        &t.fileio,
        Args::positional(&[file.clone(), new_str(rawmode.as_str()), closefd, opener]),
    )?;
    let result = stack(thread, &raw, &m, buffering, &[encoding, errors, newline], &mode);
    if result.is_err() {
        let _ = super::call_method(thread, &raw, "close", &[]);
    }
    result
}

/// Puts the buffered and text layers over `raw`.
fn stack(
    thread: &mut Thread,
    raw: &Value,
    m: &Mode,
    mut buffering: i64,
    text_args: &[Option<String>; 3],
    mode: &str,
) -> PyResult<Value> {
    let mut line_buffering = false;
    let tty = super::ask(thread, raw, "isatty")?;
    if buffering == 1 || buffering < 0 && tty {
        buffering = -1;
        line_buffering = true;
    }
    if buffering < 0 {
        buffering = fileio::blksize_of(raw) as i64;
    }
    if buffering == 0 {
        if m.binary {
            return Ok(raw.clone());
        }
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let t = io_types();
    let class = if m.updating {
        &t.buffered_random
    } else if m.creating || m.writing || m.appending {
        &t.buffered_writer
    } else {
        &t.buffered_reader
    };
    let buffer = buffered::new_buffered(class, raw.clone(), buffering as usize);
    if m.binary {
        return Ok(buffer);
    }
    let opt = |v: &Option<String>| v.as_deref().map_or(Value::None, new_str);
    let wrapper = textio::new_text(
        thread,
        buffer,
        &[opt(&text_args[0]), opt(&text_args[1]), opt(&text_args[2]), Value::Bool(line_buffering)],
        &[],
    )?;
    if let Some(dict) = wrapper.as_obj().and_then(|o| o.dict().as_ref()).and_then(dict_of) {
        dict.set_str(&intern("mode"), new_str(mode));
    }
    Ok(wrapper)
}

/// `io.open_code(path)`: the file opened for reading as bytes.
pub fn open_code(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("open_code", &args, &["path"], 1)?;
    let path = a[0].clone().unwrap_or_default();
    if as_pystr(&path).is_none() {
        return Err(type_error(format!("open_code() argument 'path' must be str, not {}", type_name(&path))));
    }
    open_builtin(thread, Args::positional(&[path, new_str("rb")]))
}

/// `io.text_encoding(encoding, stacklevel=2)`: "locale" when None.
pub fn text_encoding(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("text_encoding", &args, &["encoding", "stacklevel"], 1)?;
    Ok(match &a[0] {
        Some(v) if !v.is_none() => v.clone(),
        _ => new_str("locale"),
    })
}
