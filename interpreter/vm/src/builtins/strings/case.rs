//! str case mapping: upper, lower, title, capitalize, swapcase and casefold (ASCII text by

use crate::objects::function::Args;
use crate::objects::str::str_object;
use crate::objects::PyString;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::text::{no_args, push_code};

/// ASCII `s` with each byte mapped by `map`.
fn map_ascii(s: &PyString, mut map: impl FnMut(&u8) -> u8) -> Value {
    let bytes = s.wtf8();
    crate::objects::str::ascii_object_with(bytes.len(), |out| {
        for (o, b) in out.iter_mut().zip(bytes) {
            *o = map(b);
        }
    })
}

/// Whether `c` is assigned in Unicode 15.0, the version Python 3.12 knows: characters added
/// later have no case or properties yet (the standard library knows a newer Unicode).
pub(super) fn assigned(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    c.is_ascii() || get_general_category(c) != GeneralCategory::Unassigned
}

/// Appends `c` mapped by `map`, or `c` itself where Unicode 15 has no mapping for it: when it
/// or its mapping was assigned later.
fn map_assigned(c: char, out: &mut String, map: impl FnOnce(&mut String)) {
    if c.is_ascii() {
        map(out);
        return;
    }
    let start = out.len();
    if assigned(c) {
        map(out);
        if out[start..].chars().all(assigned) {
            return;
        }
        out.truncate(start);
    }
    out.push(c);
}

/// `s` with each code point mapped by `map` (which appends its result); lone surrogates,
/// which have no case, pass through.
fn map_chars(s: &PyString, mut map: impl FnMut(char, &mut String)) -> PyString {
    let mut out = String::with_capacity(s.wtf8().len());
    if let Some(text) = s.as_utf8() {
        for c in text.chars() {
            map_assigned(c, &mut out, |out| map(c, out));
        }
        return PyString::from_string(out);
    }
    let mut bytes = Vec::with_capacity(s.wtf8().len());
    for code in s.code_points() {
        match char::from_u32(code) {
            Some(c) => {
                out.clear();
                map_assigned(c, &mut out, |out| map(c, out));
                bytes.extend_from_slice(out.as_bytes());
            }
            None => push_code(&mut bytes, code),
        }
    }
    PyString::from_wtf8(&bytes)
}

/// Whether `c` is a titlecase letter (general category Lt: `ǅ`, `ᾈ`...).
pub(super) fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1FBC | 0x1FCC | 0x1FFC)
        || matches!(c as u32, 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF)
}

/// Whether `c` has case (Unicode's Cased: lowercase, uppercase or titlecase), as title()
/// looks at the previous character.
fn is_cased(c: char) -> bool {
    (c.is_lowercase() || c.is_uppercase() || is_titlecase(c)) && assigned(c)
}

/// Whether case mapping looks through `c` when it looks for neighbouring letters (an
/// approximation of Case_Ignorable: apostrophes, middle dots and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{B7}' | '\u{2019}' | '\u{2018}' | '\u{AD}' | '\u{2024}')
        || matches!(c as u32, 0x300..=0x36F | 0x2B0..=0x2FF | 0x483..=0x489 | 0x591..=0x5BD | 0x200B..=0x200F)
}

/// Appends the lowercase of `chars[i]`, with Greek capital sigma as final sigma (`ς`) when
/// it ends a word: a cased letter before it and none after (looking through ignorables).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p)).is_some_and(|&p| is_cased(p));
    let after = chars[i + 1..].iter().find(|&&n| !is_case_ignorable(n)).is_some_and(|&n| is_cased(n));
    out.push(if before && !after { 'ς' } else { 'σ' });
}

/// `s` mapped with the whole text at hand (for final sigma): `map(chars, i, out)` appends
/// the mapping of `chars[i]`. Text with lone surrogates maps char by char.
fn map_in_context(s: &PyString, mut map: impl FnMut(&[char], usize, &mut String)) -> PyString {
    match s.as_utf8() {
        Some(text) => {
            let chars: Vec<char> = text.chars().collect();
            let mut out = String::with_capacity(text.len());
            for i in 0..chars.len() {
                map_assigned(chars[i], &mut out, |out| map(&chars, i, out));
            }
            PyString::from_string(out)
        }
        None => map_chars(s, |c, out| map(&[c], 0, out)),
    }
}

pub(super) fn upper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "upper")?;
    if s.is_ascii() {
        return Ok(map_ascii(s, u8::to_ascii_uppercase));
    }
    Ok(str_object(map_chars(s, |c, out| out.extend(c.to_uppercase()))))
}

pub(super) fn lower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "lower")?;
    if s.is_ascii() {
        return Ok(map_ascii(s, u8::to_ascii_lowercase));
    }
    // `str::to_lowercase` knows the final sigma, as Python's lower() does.
    Ok(str_object(match s.as_utf8() {
        Some(text) if text.chars().all(assigned) => PyString::from_string(text.to_lowercase()),
        _ => map_in_context(s, |chars, i, out| push_lower_at(out, chars, i)),
    }))
}

pub(super) fn title(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "title")?;
    if s.is_ascii() {
        let mut previous_cased = false;
        return Ok(map_ascii(s, |&b| {
            let mapped = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            mapped
        }));
    }
    let mut previous_cased = false;
    Ok(str_object(map_in_context(s, |chars, i, out| {
        if previous_cased {
            push_lower_at(out, chars, i);
        } else {
            push_titlecase(out, chars[i]);
        }
        previous_cased = is_cased(chars[i]);
    })))
}

pub(super) fn capitalize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "capitalize")?;
    if s.is_ascii() {
        let mut first = true;
        return Ok(map_ascii(s, |&b| {
            let mapped = if first { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
            first = false;
            mapped
        }));
    }
    Ok(str_object(map_in_context(s, |chars, i, out| {
        if i == 0 {
            push_titlecase(out, chars[0]);
        } else {
            push_lower_at(out, chars, i);
        }
    })))
}

/// Appends the titlecase of `c`: its uppercase, except for the digraphs and ligatures whose
/// titlecase form differs (`ǆ` -> `ǅ`, `ß` -> `Ss`, `ﬁ` -> `Fi`).
fn push_titlecase(out: &mut String, c: char) {
    match c as u32 {
        // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli).
        0x10D0..=0x10FA | 0x10FD..=0x10FF => return out.push(c),
        // Greek with iota subscript: the titlecase letter keeps the subscript.
        code @ 0x1F80..=0x1FAF => return out.push(char::from_u32(code | 0x8).unwrap_or(c)),
        0x1FB3 | 0x1FBC => return out.push('\u{1FBC}'),
        0x1FC3 | 0x1FCC => return out.push('\u{1FCC}'),
        0x1FF3 | 0x1FFC => return out.push('\u{1FFC}'),
        0x1FB2 | 0x1FB4 | 0x1FB7 | 0x1FC2 | 0x1FC4 | 0x1FC7 | 0x1FF2 | 0x1FF4 | 0x1FF7 => {
            let upper: String = c.to_uppercase().collect();
            out.push_str(upper.strip_suffix('\u{399}').unwrap_or(&upper));
            return out.push('\u{345}');
        }
        // Armenian ligatures: the first letter capital, the rest small.
        0xFB13..=0xFB17 => {
            for (i, u) in c.to_uppercase().enumerate() {
                if i == 0 {
                    out.push(u);
                } else {
                    out.extend(u.to_lowercase());
                }
            }
            return;
        }
        _ => {}
    }
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

/// `str.casefold()`: Unicode's full case folding, which is the lowercase of the uppercase
/// except for dotless i (no folding), Cherokee (folds to uppercase) and `ß` (to `ss`).
pub(super) fn casefold(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "casefold")?;
    if s.is_ascii() {
        return Ok(map_ascii(s, u8::to_ascii_lowercase));
    }
    Ok(str_object(map_chars(s, |c, out| match c as u32 {
        0x131 => out.push(c),
        0x13A0..=0x13FD | 0xAB70..=0xABBF => out.extend(c.to_uppercase()),
        _ => {
            for upper in c.to_uppercase() {
                for lower in upper.to_lowercase() {
                    if lower == 'ß' {
                        out.push_str("ss");
                    } else {
                        out.push(lower);
                    }
                }
            }
        }
    })))
}

pub(super) fn swapcase(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "swapcase")?;
    Ok(str_object(map_in_context(s, |chars, i, out| {
        let c = chars[i];
        if c.is_uppercase() {
            push_lower_at(out, chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    })))
}
