//! str case mapping: upper, lower, title, capitalize, swapcase and casefold (ASCII text by

use crate::objects::function::Args;
use crate::objects::str::str_object;
use crate::objects::PyString;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::text::{push_code, this};

/// ASCII `s` with each byte mapped by `map`.
fn map_ascii(s: &PyString, mut map: impl FnMut(&u8) -> u8) -> PyString {
    let bytes = s.wtf8();
    PyString::ascii_with(bytes.len(), |out| {
        for (o, b) in out.iter_mut().zip(bytes) {
            *o = map(b);
        }
    })
}

/// `s` with each code point mapped by `map` (which appends its result); lone surrogates,
/// which have no case, pass through.
fn map_chars(s: &PyString, mut map: impl FnMut(char, &mut String)) -> PyString {
    let mut out = String::with_capacity(s.wtf8().len());
    if let Some(text) = s.as_utf8() {
        for c in text.chars() {
            map(c, &mut out);
        }
        return PyString::from_string(out);
    }
    let mut bytes = Vec::with_capacity(s.wtf8().len());
    for code in s.code_points() {
        match char::from_u32(code) {
            Some(c) => {
                out.clear();
                map(c, &mut out);
                bytes.extend_from_slice(out.as_bytes());
            }
            None => push_code(&mut bytes, code),
        }
    }
    PyString::from_wtf8(&bytes)
}

/// Whether `c` has case (Unicode's Cased: lowercase, uppercase or titlecase), as title()
/// looks at the previous character.
fn is_cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1FBC | 0x1FCC | 0x1FFC)
        || matches!(c as u32, 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF)
}

pub(super) fn upper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if s.is_ascii() {
        return Ok(str_object(map_ascii(s, u8::to_ascii_uppercase)));
    }
    Ok(str_object(match s.as_utf8() {
        Some(text) => PyString::from_string(text.to_uppercase()),
        None => map_chars(s, |c, out| out.extend(c.to_uppercase())),
    }))
}

pub(super) fn lower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if s.is_ascii() {
        return Ok(str_object(map_ascii(s, u8::to_ascii_lowercase)));
    }
    // `str::to_lowercase` knows the final sigma, as Python's lower() does.
    Ok(str_object(match s.as_utf8() {
        Some(text) => PyString::from_string(text.to_lowercase()),
        None => map_chars(s, |c, out| out.extend(c.to_lowercase())),
    }))
}

pub(super) fn title(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if s.is_ascii() {
        let mut previous_cased = false;
        return Ok(str_object(map_ascii(s, |&b| {
            let mapped = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            mapped
        })));
    }
    let mut previous_cased = false;
    Ok(str_object(map_chars(s, |c, out| {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            push_titlecase(out, c);
        }
        previous_cased = is_cased(c);
    })))
}

pub(super) fn capitalize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if s.is_ascii() {
        let mut first = true;
        return Ok(str_object(map_ascii(s, |&b| {
            let mapped = if first { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
            first = false;
            mapped
        })));
    }
    let mut first = true;
    Ok(str_object(map_chars(s, |c, out| {
        if first {
            push_titlecase(out, c);
            first = false;
        } else {
            out.extend(c.to_lowercase());
        }
    })))
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

/// `str.casefold()`: lowercase, then the full case foldings that differ from it.
pub(super) fn casefold(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    if s.is_ascii() {
        return Ok(str_object(map_ascii(s, u8::to_ascii_lowercase)));
    }
    Ok(str_object(map_chars(s, |c, out| match c {
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
    })))
}

pub(super) fn swapcase(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    Ok(str_object(map_chars(s, |c, out| {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
    })))
}
