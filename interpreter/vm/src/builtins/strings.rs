//! `str`: construction, indexing and the common methods.

use std::borrow::Cow;

use crate::method;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str, str_object, PyString};
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{list, tuple, Payload};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

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

/// The byte offset of `needle` in `haystack`.
pub fn str_find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn chars_of(s: &PyString) -> Vec<u32> {
    s.code_points().collect()
}

fn from_code_points(points: &[u32]) -> Value {
    let mut text = ferrython_ast::PyStr::new();
    for &c in points {
        text.push(c);
    }
    str_object(PyString::from_wtf8(text.as_wtf8()))
}

/// `s[key]`.
pub fn str_getitem(thread: &mut Thread, s: &PyString, key: &Value) -> PyResult<Value> {
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let (start, _, step, count) = crate::ops::slice_indices(thread, key, s.char_len())?;
        if s.is_ascii() && step == 1 {
            let bytes = &s.wtf8()[start as usize..start as usize + count];
            return Ok(str_object(PyString::from_wtf8(bytes)));
        }
        let points = chars_of(s);
        let picked: Vec<u32> = (0..count).map(|k| points[(start + k as i64 * step) as usize]).collect();
        return Ok(from_code_points(&picked));
    }
    match crate::ops::seq_index(thread, key, s.char_len(), "string")? {
        Some(i) => {
            if s.is_ascii() {
                return Ok(str_object(PyString::from_wtf8(&s.wtf8()[i..i + 1])));
            }
            let c = s.code_points().nth(i).unwrap_or(0);
            Ok(from_code_points(&[c]))
        }
        None => Err(type_error(format!("string indices must be integers, not '{}'", type_name(key)))),
    }
}

fn this_str<'a>(args: &'a Args<'_>) -> PyResult<Cow<'a, str>> {
    match args.pos().first().and_then(as_pystr) {
        Some(s) => Ok(s.as_str()),
        None => Err(type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str<'a>(args: &'a Args<'_>, i: usize, what: &str) -> PyResult<Option<Cow<'a, str>>> {
    match args.pos().get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_pystr(v) {
            Some(s) => Ok(Some(s.as_str())),
            None => Err(type_error(format!("{what} must be str or None, not {}", type_name(v)))),
        },
    }
}

fn str_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().str.clone(),
    };
    let p = &args.pos()[1..];
    let text = match p.first() {
        None => new_str(""),
        Some(v) => {
            if p.len() > 1 || !args.kwnames.is_empty() {
                // str(bytes, encoding[, errors])
                let Some(data) = super::bytes_like(v) else {
                    return Err(type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        type_name(v)
                    )));
                };
                let mut encoding = p.get(1).cloned();
                let mut errors = p.get(2).cloned();
                for (k, value) in args.keywords() {
                    match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
                        Some("encoding") => encoding = Some(value.clone()),
                        Some("errors") => errors = Some(value.clone()),
                        _ => return Err(type_error("str() got an unexpected keyword argument")),
                    }
                }
                let encoding = match encoding {
                    Some(e) => protocols::str_arg(&e, "str() argument 'encoding'")?,
                    None => "utf-8".into(),
                };
                let errors = match errors {
                    Some(e) => protocols::str_arg(&e, "str() argument 'errors'")?,
                    None => "strict".into(),
                };
                from_code_points(&super::decode_text(&data, &encoding, &errors)?)
            } else {
                protocols::repr::to_str_value(thread, v)?
            }
        }
    };
    if ObjRef::ptr_eq(&class, &types().str) {
        return Ok(text);
    }
    let s =
        as_pystr(&text).map(|s| PyString::from_wtf8(s.wtf8())).unwrap_or_else(|| PyString::from_string(String::new()));
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, Payload::Str(s))))
}

fn str_str(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    Ok(new_str(text))
}

fn str_format_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).map(|s| protocols::str_arg(s, "format spec")).transpose()?.unwrap_or_default();
    this_str(&args)?;
    Ok(new_str(crate::format::format_builtin(thread, &p[0], &spec)?))
}

fn join(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sep = this_str(&args)?;
    let iterable =
        args.pos().get(1).cloned().ok_or_else(|| type_error("str.join() takes exactly one argument (0 given)"))?;
    let items = iter::collect(thread, &iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        match as_pystr(item) {
            Some(s) => out.extend_from_slice(s.wtf8()),
            None => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(item))));
            }
        }
    }
    Ok(str_object(PyString::from_wtf8(&out)))
}

fn maxsplit(thread: &mut Thread, args: &Args<'_>) -> PyResult<i64> {
    let value = args.pos().get(2).cloned().or_else(|| {
        args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == "maxsplit")).map(|(_, v)| v.clone())
    });
    match value {
        Some(v) => protocols::number::index_of(thread, &v),
        None => Ok(-1),
    }
}

fn separator(args: &Args<'_>) -> PyResult<Option<String>> {
    let value = args.pos().get(1).cloned().or_else(|| {
        args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == "sep")).map(|(_, v)| v.clone())
    });
    match value {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_pystr(&v) {
            Some(s) if s.char_len() == 0 => Err(value_error("empty separator")),
            Some(s) => Ok(Some(s.as_str().into_owned())),
            None => Err(type_error(format!("must be str or None, not {}", type_name(&v)))),
        },
    }
}

fn split(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let sep = separator(&args)?;
    let limit = maxsplit(thread, &args)?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if limit < 0 {
                text.split(sep.as_str()).map(new_str).collect()
            } else {
                text.splitn(limit as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if limit >= 0 && parts.len() as i64 == limit {
                    parts.push(new_str(rest));
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                parts.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(py_isspace);
            }
            parts
        }
    };
    Ok(list(parts))
}

/// Whitespace as `str.isspace`, `split()` and `strip()` see it: Unicode's White_Space, plus
/// the information separators U+001C..U+001F (which Python counts by their bidirectional class).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn rsplit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let sep = separator(&args)?;
    let limit = maxsplit(thread, &args)?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if limit < 0 {
                text.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                text.rsplitn(limit as usize + 1, sep.as_str()).map(str::to_string).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if limit >= 0 && parts.len() as i64 == limit {
                    parts.push(rest.to_string());
                    break;
                }
                let start =
                    rest.rfind(py_isspace).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                parts.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(py_isspace);
            }
            parts
        }
    };
    parts.reverse();
    Ok(list(parts.into_iter().map(new_str).collect()))
}

fn splitlines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let keep = match args.pos().get(1).cloned().or_else(|| args.keywords().next().map(|(_, v)| v.clone())) {
        Some(v) => protocols::truthy(thread, &v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line: String = chars[start..if keep { end } else { i }].iter().collect();
            parts.push(new_str(line));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        parts.push(new_str(chars[start..].iter().collect::<String>()));
    }
    Ok(list(parts))
}

fn strip_with(args: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let text = this_str(args)?;
    let chars = arg_str(args, 1, "strip arg")?;
    let matches = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => py_isspace(c),
    };
    let mut s: &str = &text;
    if left {
        s = s.trim_start_matches(matches);
    }
    if right {
        s = s.trim_end_matches(matches);
    }
    // Nothing stripped from an exact str: the same object, as CPython returns it.
    match args.pos().first() {
        Some(this @ Value::Obj(obj)) if s.len() == text.len() && ObjRef::ptr_eq(&obj.class, &types().str) => {
            Ok(this.clone())
        }
        _ => Ok(new_str(s)),
    }
}

fn strip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, true, true)
}

fn lstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, true, false)
}

fn rstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, false, true)
}

fn upper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(this_str(&args)?.to_uppercase()))
}

fn lower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(this_str(&args)?.to_lowercase()))
}

fn title(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let mut out = String::new();
    let mut previous_cased = false;
    for c in text.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            push_titlecase(&mut out, c);
        }
        previous_cased = c.is_alphabetic();
    }
    Ok(new_str(out))
}

fn capitalize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let mut chars = text.chars();
    let out = match chars.next() {
        Some(first) => {
            let mut out = String::new();
            push_titlecase(&mut out, first);
            out.extend(chars.flat_map(char::to_lowercase));
            out
        }
        None => String::new(),
    };
    Ok(new_str(out))
}

/// Appends the titlecase of `c`: its uppercase, except for the digraphs and ligatures whose
/// titlecase form differs (`ǆ` -> `ǅ`, `ß` -> `Ss`, `ﬁ` -> `Fi`).
fn push_titlecase(out: &mut String, c: char) {
    let special = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        'ß' => "Ss",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        'և' => "Եւ",
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push_str(special);
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn maketrans(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
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
        n => return Err(type_error(format!("maketrans() takes from 1 to 3 positional arguments but {n} were given"))),
    }
    Ok(Value::Obj(table))
}

/// `str.translate(table)`: each character looked up by code point; a missing one stays.
fn translate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = args.pos().first().and_then(as_pystr).ok_or_else(|| type_error("descriptor requires a 'str' object"))?;
    let points: Vec<u32> = s.code_points().collect();
    let table =
        args.pos().get(1).cloned().ok_or_else(|| type_error("translate() takes exactly one argument (0 given)"))?;
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

/// `str.casefold()`: lowercase, then the full case foldings that differ from it.
fn casefold(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut out = String::new();
    for c in this_str(&args)?.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'µ' => out.push('μ'),
            'ſ' => out.push('s'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'և' => out.push_str("եւ"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_str(out))
}

/// `str.isprintable()`: no character is a control, separator (other than the ASCII space),
/// format, surrogate, private-use or unassigned code point.
fn isprintable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    Ok(Value::Bool(text.chars().all(|c| {
        let code = c as u32;
        c == ' '
            || !(c.is_control()
                || c.is_whitespace()
                || matches!(code, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F)
                || matches!(code, 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
                || matches!(code, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF))
    })))
}

fn swapcase(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let out: String = text
        .chars()
        .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
        .collect();
    Ok(new_str(out))
}

/// The (start, end) char range of optional start/end arguments at positions `at`, `at + 1`.
fn range_args(thread: &mut Thread, args: &Args<'_>, at: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            (v as usize).min(len)
        }
    };
    let start = match args.pos().get(at) {
        Some(v) if !v.is_none() => norm(protocols::number::index_of(thread, v)?),
        _ => 0,
    };
    let end = match args.pos().get(at + 1) {
        Some(v) if !v.is_none() => norm(protocols::number::index_of(thread, v)?),
        _ => len,
    };
    Ok((start, end))
}

fn affix_check(thread: &mut Thread, args: Args<'_>, suffix: bool) -> PyResult<Value> {
    let text = this_str(&args)?;
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = range_args(thread, &args, 2, chars.len())?;
    let window: String = if start <= end { chars[start..end].iter().collect() } else { String::new() };
    let what = args.pos().get(1).cloned().unwrap_or(Value::None);
    let candidates: Vec<Value> = match what.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![what.clone()],
    };
    let name = if suffix { "endswith" } else { "startswith" };
    for candidate in candidates {
        let Some(c) = as_pystr(&candidate) else {
            return Err(type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                type_name(&candidate)
            )));
        };
        let c = c.as_str();
        if start > chars.len() || start > end && !c.is_empty() {
            continue;
        }
        let hit = if suffix { window.ends_with(c.as_ref()) } else { window.starts_with(c.as_ref()) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix_check(thread, args, false)
}

fn endswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix_check(thread, args, true)
}

fn replace(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let old = arg_str(&args, 1, "replace() argument 1")?
        .ok_or_else(|| type_error("replace() argument 1 must be str, not None"))?;
    let new = arg_str(&args, 2, "replace() argument 2")?
        .ok_or_else(|| type_error("replace() argument 2 must be str, not None"))?;
    let limit = match args.pos().get(3) {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => -1,
    };
    Ok(new_str(if limit < 0 { text.replace(&*old, &new) } else { text.replacen(&*old, &new, limit as usize) }))
}

/// find/rfind/index/rindex/count on char positions.
fn search(thread: &mut Thread, args: &Args<'_>, reverse: bool) -> PyResult<Option<usize>> {
    let text = this_str(args)?;
    let needle = match args.pos().get(1).and_then(as_pystr) {
        Some(s) => s.as_str().into_owned(),
        None => {
            return Err(type_error(format!(
                "must be str, not {}",
                args.pos().get(1).map_or("NoneType".into(), type_name)
            )))
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = range_args(thread, args, 2, chars.len())?;
    if start > end {
        return Ok(None);
    }
    let window: String = chars[start..end].iter().collect();
    let found = if reverse { window.rfind(&needle) } else { window.find(&needle) };
    Ok(found.map(|byte| start + window[..byte].chars().count()))
}

fn find(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, false)?.map_or(-1, |i| i as i64)))
}

fn rfind(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, true)?.map_or(-1, |i| i as i64)))
}

fn index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    search(thread, &args, false)?.map(|i| Value::Int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn rindex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    search(thread, &args, true)?.map(|i| Value::Int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let needle = arg_str(&args, 1, "count() argument 1")?.unwrap_or_default();
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = range_args(thread, &args, 2, chars.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let window: String = chars[start..end].iter().collect();
    let n = if needle.is_empty() { window.chars().count() + 1 } else { window.matches(&*needle).count() };
    Ok(Value::Int(n as i64))
}

fn format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let positional = args.pos()[1..].to_vec();
    let mut keywords = Vec::new();
    for (k, v) in args.keywords() {
        keywords.push((protocols::str_arg(k, "keywords")?, v.clone()));
    }
    Ok(new_str(crate::format::str_format(thread, &text, &positional, &keywords)?))
}

fn predicate(args: &Args<'_>, test: impl Fn(char) -> bool) -> PyResult<Value> {
    let text = this_str(args)?;
    Ok(Value::Bool(!text.is_empty() && text.chars().all(test)))
}

fn isdigit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, |c| decimal_value(c).is_some() || DIGITS.iter().any(|&(lo, hi)| (lo..=hi).contains(&(c as u32))))
}

fn isdecimal(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, |c| decimal_value(c).is_some())
}

/// The first code point of each run of ten decimal digits (general category Nd) in Unicode 15.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// The code points with a digit value that are not decimal digits (superscripts, circled
/// digits, ...), as inclusive ranges.
const DIGITS: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// The value of a Unicode decimal digit (what `int()` and `str.isdecimal` accept).
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    let at = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *DECIMAL_ZEROS.get(at.checked_sub(1)?)?;
    (code - zero < 10).then_some(code - zero)
}

/// Text with every Unicode decimal digit replaced by its ASCII digit (for number parsing).
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mapped = text
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

fn isnumeric(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, char::is_numeric)
}

fn isalpha(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, char::is_alphabetic)
}

fn isalnum(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, char::is_alphanumeric)
}

fn isspace(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, py_isspace)
}

fn isascii(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    Ok(Value::Bool(text.is_ascii()))
}

fn isupper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    Ok(Value::Bool(text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase)))
}

fn islower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    Ok(Value::Bool(text.chars().any(char::is_lowercase) && !text.chars().any(char::is_uppercase)))
}

fn istitle(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let mut previous_cased = false;
    let mut any = false;
    for c in text.chars() {
        if c.is_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn isidentifier(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let mut chars = text.chars();
    let ok = match chars.next() {
        Some(first) => {
            (first == '_' || unicode_ident::is_xid_start(first)) && chars.all(unicode_ident::is_xid_continue)
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn justify(thread: &mut Thread, args: &Args<'_>, align: char) -> PyResult<Value> {
    let text = this_str(args)?;
    let width = match args.pos().get(1) {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => return Err(type_error("expected at least 1 argument, got 0")),
    };
    let fill = match args.pos().get(2) {
        Some(v) => match as_pystr(v) {
            Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
            _ => return Err(type_error("The fill character must be exactly one character long")),
        },
        None => ' ',
    };
    let len = text.chars().count() as i64;
    if width <= len {
        return Ok(new_str(text));
    }
    let padding = (width - len) as usize;
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    Ok(new_str(match align {
        '<' => format!("{text}{}", fills(padding)),
        '>' => format!("{}{text}", fills(padding)),
        _ => {
            let left = padding / 2 + (padding & width as usize & 1);
            format!("{}{text}{}", fills(left), fills(padding - left))
        }
    }))
}

fn center(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '^')
}

fn ljust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '<')
}

fn rjust(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    justify(thread, &args, '>')
}

fn zfill(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let width = protocols::number::index_of(thread, &args.pos().get(1).cloned().unwrap_or(Value::Int(0)))?;
    let len = text.chars().count() as i64;
    if width <= len {
        return Ok(new_str(text));
    }
    let zeros = "0".repeat((width - len) as usize);
    Ok(new_str(match text.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &text[..1]),
        None => format!("{zeros}{text}"),
    }))
}

fn partition_with(args: &Args<'_>, reverse: bool) -> PyResult<Value> {
    let text = this_str(args)?;
    let sep = arg_str(args, 1, "partition() argument")?.ok_or_else(|| type_error("must be str, not None"))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse { text.rfind(&*sep) } else { text.find(&*sep) };
    Ok(match found {
        Some(i) => tuple(vec![new_str(&text[..i]), new_str(sep.clone()), new_str(&text[i + sep.len()..])]),
        None if reverse => tuple(vec![new_str(""), new_str(""), new_str(text)]),
        None => tuple(vec![new_str(text), new_str(""), new_str("")]),
    })
}

fn partition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, false)
}

fn rpartition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, true)
}

fn removeprefix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let prefix = arg_str(&args, 1, "removeprefix() argument")?.unwrap_or_default();
    Ok(new_str(text.strip_prefix(&*prefix).unwrap_or(&text)))
}

fn removesuffix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let suffix = arg_str(&args, 1, "removesuffix() argument")?.unwrap_or_default();
    Ok(new_str(if suffix.is_empty() { &text } else { text.strip_suffix(&*suffix).unwrap_or(&text) }))
}

fn encode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = args.pos().first().and_then(as_pystr).ok_or_else(|| type_error("descriptor requires a 'str' object"))?;
    let mut encoding = args.pos().get(1).cloned();
    let mut errors = args.pos().get(2).cloned();
    for (k, v) in args.keywords() {
        match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(other) => return Err(type_error(format!("encode() got an unexpected keyword argument '{other}'"))),
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
        return Ok(super::new_bytes(s.wtf8().to_vec()));
    }
    let points: Vec<u32> = s.code_points().collect();
    Ok(super::new_bytes(super::encode_text(&points, &encoding, &errors)?))
}

fn expandtabs(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = this_str(&args)?;
    let size = match args.pos().get(1) {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut column = 0i64;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.push_str(&" ".repeat(n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(new_str(out))
}
