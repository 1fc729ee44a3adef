//! `str`: construction, indexing, join, format and encode; the other methods live in the
//! submodules by concern.

mod case;
mod classify;
mod layout;
mod search;
mod text;

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, char_str, new_str, str_object, PyString};
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{OwnedPayload, Payload, SliceData};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;
use case::*;
use classify::*;
use layout::*;
use search::*;
use text::{one_arg, push_code, this};

pub use classify::{ascii_digits, decimal_value, is_alnum_char, is_identifier};
pub use text::py_isspace;
pub use text::str_find;

pub(super) fn install() {
    add_methods(
        &types().str,
        &[
            method!("__new__", str_new, StaticMethod),
            method!("__str__", str_str),
            method!("__format__", str_format_method),
            method!("join", join),
            method!("split", split),
            method!("rsplit", rsplit),
            method!("splitlines", splitlines),
            method!("strip", strip),
            method!("lstrip", lstrip),
            method!("rstrip", rstrip),
            method!("upper", upper),
            method!("lower", lower),
            method!("casefold", casefold),
            method!("maketrans", maketrans, StaticMethod),
            method!("translate", translate),
            method!("isprintable", isprintable),
            method!("title", title),
            method!("capitalize", capitalize),
            method!("swapcase", swapcase),
            method!("startswith", startswith),
            method!("endswith", endswith),
            method!("replace", replace),
            method!("find", find),
            method!("rfind", rfind),
            method!("index", index),
            method!("rindex", rindex),
            method!("count", count),
            method!("format", format),
            method!("format_map", format_map),
            method!("isdigit", isdigit),
            method!("isdecimal", isdecimal),
            method!("isnumeric", isnumeric),
            method!("isalpha", isalpha),
            method!("isalnum", isalnum),
            method!("isspace", isspace),
            method!("isupper", isupper),
            method!("islower", islower),
            method!("isidentifier", isidentifier),
            method!("isascii", isascii),
            method!("istitle", istitle),
            method!("center", center),
            method!("ljust", ljust),
            method!("rjust", rjust),
            method!("zfill", zfill),
            method!("partition", partition),
            method!("rpartition", rpartition),
            method!("removeprefix", removeprefix),
            method!("removesuffix", removesuffix),
            method!("encode", encode),
            method!("expandtabs", expandtabs),
        ],
    );
}

/// The `repr()` text made ASCII (for `ascii()` and `!a`): non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(c);
        } else if code <= 0xFF {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code <= 0xFFFF {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

fn from_code_points(points: &[u32]) -> Value {
    let mut bytes = Vec::with_capacity(points.len());
    for &c in points {
        push_code(&mut bytes, c);
    }
    str_object(PyString::from_wtf8(&bytes))
}

/// `s[key]`.
pub fn str_getitem(thread: &mut Thread, s: &PyString, key: &Value) -> PyResult<Value> {
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, key, s.char_len())?;
        let bytes = s.wtf8();
        if s.is_ascii() {
            if step == 1 {
                return Ok(str_object(PyString::from_ascii(&bytes[start as usize..start as usize + count])));
            }
            return Ok(str_object(PyString::ascii_with(count, |out| {
                for (k, o) in out.iter_mut().enumerate() {
                    *o = bytes[(start + k as i64 * step) as usize];
                }
            })));
        }
        if step == 1 {
            let from = text::byte_offset(s, start as usize);
            let to = from + text::byte_offset(&s.substring(&bytes[from..]), count);
            return Ok(s.substring_value(&bytes[from..to]));
        }
        let points: Vec<u32> = s.code_points().collect();
        let picked: Vec<u32> = (0..count).map(|k| points[(start + k as i64 * step) as usize]).collect();
        return Ok(from_code_points(&picked));
    }
    match crate::ops::seq_index(thread, key, s.char_len(), "string")? {
        Some(i) if s.is_ascii() => Ok(char_str(u32::from(s.wtf8()[i]))),
        Some(i) => Ok(char_str(s.code_points().nth(i).unwrap_or(0))),
        None => Err(type_error(format!("string indices must be integers, not '{}'", type_name(key)))),
    }
}

fn str_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().str.clone(),
    };
    let p = &args.pos()[1..];
    if args.values.len() > 4 {
        return Err(type_error(format!("str() takes at most 3 arguments ({} given)", args.values.len() - 1)));
    }
    // str(object='', encoding='utf-8', errors='strict'), by position or keyword.
    let mut slots: [Option<Value>; 3] = [p.first().cloned(), p.get(1).cloned(), p.get(2).cloned()];
    for (k, value) in args.keywords() {
        let name = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let at = match name.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(type_error(format!("'{name}' is an invalid keyword argument for str()"))),
        };
        if slots[at].is_some() {
            return Err(type_error(format!("argument for str() given by name ('{name}') and position ({})", at + 1)));
        }
        slots[at] = Some(value.clone());
    }
    let [object, encoding, errors] = slots;
    let text = match object {
        None => new_str(""),
        Some(v) if encoding.is_some() || errors.is_some() => {
            // str(bytes, encoding[, errors])
            let Some(data) = super::bytes_like(&v) else {
                if as_pystr(&v).is_some() {
                    return Err(type_error("decoding str is not supported"));
                }
                return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(&v))));
            };
            let encoding = match encoding {
                Some(e) => protocols::str_arg(&e, "str() argument 'encoding'")?,
                None => "utf-8".into(),
            };
            let errors = match errors {
                Some(e) => protocols::str_arg(&e, "str() argument 'errors'")?,
                None => "strict".into(),
            };
            str_object(PyString::from_wtf8(&super::decode_with(thread, &data, &encoding, &errors)?))
        }
        Some(v) => protocols::repr::to_str_value(thread, &v)?,
    };
    if ObjRef::ptr_eq(&class, &types().str) {
        return Ok(text);
    }
    let s =
        as_pystr(&text).map(|s| PyString::from_wtf8(s.wtf8())).unwrap_or_else(|| PyString::from_string(String::new()));
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Str(s))))
}

fn str_str(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    Ok(text::unchanged(&args, s))
}

fn str_format_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).map(|s| protocols::str_arg(s, "format spec")).transpose()?.unwrap_or_default();
    let s = this(&args)?;
    if s.has_surrogates() {
        return crate::format::format_wtf8_str(s, &spec);
    }
    Ok(new_str(crate::format::format_builtin(thread, &p[0], &spec)?))
}

fn join(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sep = this(&args)?;
    let iterable = one_arg(&args, "join")?;
    let items = match iter::collect(thread, iterable) {
        Ok(items) => items,
        Err(err)
            if err.matches(&crate::objects::exception::exceptions().type_error)
                && protocols::special(iterable, "__iter__").is_none()
                && protocols::special(iterable, "__getitem__").is_none() =>
        {
            return Err(type_error("can only join an iterable"))
        }
        Err(err) => return Err(err),
    };
    let mut total = sep.wtf8().len() * items.len().saturating_sub(1);
    let mut chars = sep.char_len() * items.len().saturating_sub(1);
    let mut surrogates = sep.has_surrogates();
    for (i, item) in items.iter().enumerate() {
        match as_pystr(item) {
            Some(s) => {
                total += s.wtf8().len();
                chars += s.char_len();
                surrogates |= s.has_surrogates();
            }
            None => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(item))));
            }
        }
    }
    if let [only] = items.as_slice() {
        if matches!(only, Value::Obj(obj) if ObjRef::ptr_eq(&obj.class, &types().str)) {
            return Ok(only.clone());
        }
    }
    let sep = sep.wtf8();
    Ok(str_object(PyString::parts_with(total, chars, surrogates, |out| {
        let mut at = 0;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out[at..at + sep.len()].copy_from_slice(sep);
                at += sep.len();
            }
            if let Some(s) = as_pystr(item) {
                out[at..at + s.wtf8().len()].copy_from_slice(s.wtf8());
                at += s.wtf8().len();
            }
        }
    })))
}

fn format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this(&args)?;
    let positional = &args.pos()[1..];
    let mut keywords = Vec::new();
    for (k, v) in args.keywords() {
        keywords.push((protocols::str_arg(k, "keywords")?, v.clone()));
    }
    crate::format::str_format(thread, text, positional, crate::format::Named::Keywords(&keywords))
}

fn format_map(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this(&args)?;
    let mapping = one_arg(&args, "format_map")?;
    crate::format::str_format(thread, text, &[], crate::format::Named::Mapping(mapping))
}

fn encode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = args.pos().first().and_then(as_pystr).ok_or_else(|| type_error("descriptor requires a 'str' object"))?;
    if args.values.len() > 3 {
        return Err(type_error(format!("encode() takes at most 2 arguments ({} given)", args.values.len() - 1)));
    }
    let mut encoding = args.pos().get(1).cloned();
    let mut errors = args.pos().get(2).cloned();
    for (k, v) in args.keywords() {
        match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
            Some(name @ ("encoding" | "errors")) => {
                let (slot, at) = if name == "encoding" { (&mut encoding, 1) } else { (&mut errors, 2) };
                if slot.is_some() {
                    return Err(type_error(format!(
                        "argument for encode() given by name ('{name}') and position ({at})"
                    )));
                }
                *slot = Some(v.clone());
            }
            Some(other) => return Err(type_error(format!("'{other}' is an invalid keyword argument for encode()"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let encoding = match encoding {
        Some(e) => protocols::str_arg(&e, "encode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(e) => protocols::str_arg(&e, "encode() argument 'errors'")?,
        None => "strict".into(),
    };
    if encoding == "utf-8" && s.as_utf8().is_some() {
        crate::modules::codecs::check_handler_in_dev_mode(thread, &errors)?;
        return Ok(super::new_bytes(s.wtf8().to_vec()));
    }
    let points: Vec<u32> = s.code_points().collect();
    Ok(super::new_bytes(super::encode_with(thread, &points, &encoding, &errors)?))
}
