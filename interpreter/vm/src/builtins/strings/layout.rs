//! str layout and mapping: center/ljust/rjust, zfill, expandtabs, maketrans and translate.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, str_object};
use crate::objects::typeobj::type_name;
use crate::objects::PyString;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::from_code_points;
use super::text::{one_arg, size_arg, this, too_large, unchanged};
use crate::objects::exception::{exceptions, overflow_error};

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
pub(super) fn maketrans(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let table = crate::objects::new_dict();
    let dict = crate::ops::namespace(&table);
    match p.len() {
        1 => {
            let Some(source) = crate::objects::as_dict(&p[0]) else {
                return Err(type_error("if you give only one argument to maketrans it must be a dict"));
            };
            for (key, value) in source.items() {
                let key = match as_pystr(&key) {
                    Some(k) if k.char_len() == 1 => Value::Int(i64::from(k.code_points().next().unwrap_or(0))),
                    Some(_) => {
                        return Err(crate::objects::exception::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    None if crate::objects::int::is_int(&key) => key,
                    None => return Err(type_error("keys in translate table must be strings or integers")),
                };
                dict.set(thread, key, value)?;
            }
        }
        2 | 3 => {
            let x = as_pystr(&p[0])
                .ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
            let y = as_pystr(&p[1])
                .ok_or_else(|| type_error(format!("maketrans() argument 2 must be str, not {}", type_name(&p[1]))))?;
            if x.char_len() != y.char_len() {
                return Err(crate::objects::exception::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.code_points().zip(y.code_points()) {
                dict.set(thread, Value::Int(i64::from(a)), Value::Int(i64::from(b)))?;
            }
            if let Some(z) = p.get(2) {
                let z = as_pystr(z)
                    .ok_or_else(|| type_error(format!("maketrans() argument 3 must be str, not {}", type_name(z))))?;
                for c in z.code_points() {
                    dict.set(thread, Value::Int(i64::from(c)), Value::None)?;
                }
            }
        }
        0 => return Err(type_error("maketrans expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
    }
    Ok(Value::Obj(table))
}

/// `str.translate(table)`: each character looked up by code point; a missing one stays.
pub(super) fn translate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = args.pos().first().and_then(as_pystr).ok_or_else(|| type_error("descriptor requires a 'str' object"))?;
    let points: Vec<u32> = s.code_points().collect();
    let table = one_arg(&args, "translate")?.clone();
    let mut out = Vec::with_capacity(points.len());
    for c in points {
        let found = match protocols::getitem(thread, &table, &Value::Int(i64::from(c))) {
            Ok(v) => v,
            Err(err) if err.matches(&crate::objects::exception::exceptions().lookup_error) => {
                out.push(c);
                continue;
            }
            Err(err) => return Err(err),
        };
        match &found {
            Value::None => {}
            _ if crate::objects::int::is_int(&found) => {
                let n = crate::objects::int::to_i64(&found).unwrap_or(-1);
                if !(0..=0x10FFFF).contains(&n) {
                    return Err(crate::objects::exception::value_error("character mapping must be in range(0x110000)"));
                }
                out.push(n as u32);
            }
            _ => match as_pystr(&found) {
                Some(text) => out.extend(text.code_points()),
                None => return Err(type_error("character mapping must return integer, None or str")),
            },
        }
    }
    Ok(from_code_points(&out))
}

/// The fill character argument of center/ljust/rjust, as UTF-8 or WTF-8 bytes.
fn fill_char<'a>(args: &Args<'a>) -> PyResult<&'a [u8]> {
    match args.pos().get(2) {
        Some(v) => match as_pystr(v) {
            Some(s) if s.char_len() == 1 => Ok(s.wtf8()),
            Some(_) => Err(type_error("The fill character must be exactly one character long")),
            None => Err(type_error(format!("The fill character must be a unicode character, not {}", type_name(v)))),
        },
        None => Ok(b" "),
    }
}

fn justify(thread: &mut Thread, args: &Args<'_>, name: &str, align: u8) -> PyResult<Value> {
    let s = this(args)?;
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let given = args.pos().len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        let bound = if given < 1 { "at least 1 argument" } else { "at most 2 arguments" };
        return Err(type_error(format!("{name} expected {bound}, got {given}")));
    }
    let width = size_arg(thread, &args.pos()[1])?;
    let fill = fill_char(args)?;
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(unchanged(args, s));
    }
    let padding = width as usize - len;
    let left = match align {
        b'<' => 0,
        b'>' => padding,
        // CPython's rounding: the odd fill goes left when the width is odd.
        _ => padding / 2 + (padding & width as usize & 1),
    };
    let fill_has_surrogate = fill.len() == 3 && std::str::from_utf8(fill).is_err();
    let text = s.wtf8();
    let len = padding.checked_mul(fill.len()).and_then(|n| n.checked_add(text.len())).ok_or_else(too_large)?;
    let built = PyString::try_parts_with(len, width as usize, s.has_surrogates() || fill_has_surrogate, |out| {
        let (before, rest) = out.split_at_mut(left * fill.len());
        let (middle, after) = rest.split_at_mut(text.len());
        for chunk in before.chunks_exact_mut(fill.len()).chain(after.chunks_exact_mut(fill.len())) {
            chunk.copy_from_slice(fill);
        }
        middle.copy_from_slice(text);
    });
    Ok(str_object(built.ok_or_else(too_large)?))
}

pub(super) fn center(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, "center", b'^')
}

pub(super) fn ljust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, "ljust", b'<')
}

pub(super) fn rjust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, "rjust", b'>')
}

pub(super) fn zfill(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    let width = size_arg(thread, one_arg(&args, "zfill")?)?;
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(unchanged(&args, s));
    }
    let zeros = width as usize - len;
    let bytes = s.wtf8();
    // The zeros go after a leading sign.
    let sign = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let built = PyString::try_parts_with(bytes.len() + zeros, width as usize, s.has_surrogates(), |out| {
        out[..sign].copy_from_slice(&bytes[..sign]);
        out[sign..sign + zeros].fill(b'0');
        out[sign + zeros..].copy_from_slice(&bytes[sign..]);
    });
    Ok(str_object(built.ok_or_else(too_large)?))
}

pub(super) fn expandtabs(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if args.values.len() > 2 {
        return Err(type_error(format!("expandtabs() takes at most 1 argument ({} given)", args.values.len() - 1)));
    }
    let size = match args.pos().get(1) {
        Some(v) => Some(v),
        None => match args.keywords().next() {
            Some((k, v)) if as_pystr(k).is_some_and(|k| k.wtf8() == b"tabsize") => Some(v),
            Some((k, _)) => {
                let key = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
                return Err(type_error(format!("'{key}' is an invalid keyword argument for expandtabs()")));
            }
            None => None,
        },
    };
    // The tab size is a C int.
    let size = match size {
        Some(v) => match size_arg(thread, v) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Ok(_) => return Err(overflow_error("Python int too large to convert to C int")),
            Err(err) if err.matches(&exceptions().overflow_error) => {
                return Err(overflow_error("Python int too large to convert to C int"))
            }
            Err(err) => return Err(err),
        },
        None => 8,
    };
    let bytes = s.wtf8();
    if !bytes.contains(&b'\t') {
        return Ok(unchanged(&args, s));
    }
    // The size first, so that a huge one is a MemoryError before anything is written.
    let mut total = 0usize;
    let mut column = 0i64;
    for &b in bytes {
        match b {
            b'\t' if size > 0 => {
                let n = size - column % size;
                total = total.checked_add(n as usize).ok_or_else(too_large)?;
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                total += 1;
                column = 0;
            }
            _ => {
                total += 1;
                column += i64::from(b & 0xC0 != 0x80);
            }
        }
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| too_large())?;
    let mut column = 0i64;
    for &b in bytes {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.resize(out.len() + n as usize, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                // Continuation bytes are not columns.
                if b & 0xC0 != 0x80 {
                    column += 1;
                }
            }
        }
    }
    Ok(str_object(s.derived(out)))
}
