//! `str.format` and `str.format_map`: replacement fields with automatic or manual numbering,
//! attribute and index lookups, conversions and nested specs.

use crate::objects::exception::value_error;
use crate::objects::str::{as_pystr, new_str, str_object};
use crate::objects::typeobj::type_data;
use crate::objects::Payload;
use crate::objects::PyString;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// Where `str.format` finds named fields.
#[derive(Clone, Copy)]
pub enum Named<'a> {
    /// `str.format(**kwargs)`.
    Keywords(&'a [(String, Value)]),
    /// `str.format_map(mapping)`: looked up with `mapping[name]`.
    Mapping(&'a Value),
}

/// `str.format(*args, **kwargs)` and `str.format_map(mapping)`. The text is WTF-8 through and
/// through, so lone surrogates in the template and in str values survive.
pub fn str_format(thread: &mut Thread, template: &PyString, args: &[Value], kwargs: Named<'_>) -> PyResult<Value> {
    let out = format_fields(thread, template.wtf8(), args, kwargs, &mut Numbering::default())?;
    Ok(str_object(PyString::from_wtf8(&out)))
}

/// How a `str.format` template has numbered its fields so far (nested specs share it).
#[derive(Default)]
struct Numbering {
    auto_index: usize,
    used_manual: bool,
    used_auto: bool,
    /// How deep in specs nested in specs the current template is.
    depth: usize,
}

fn format_fields(
    thread: &mut Thread,
    bytes: &[u8],
    args: &[Value],
    kwargs: Named<'_>,
    numbering: &mut Numbering,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let mut i = 0;
    while i < bytes.len() {
        // Literal text up to the next brace (ASCII, so the cut is at a char boundary).
        let next = memchr::memchr2(b'{', b'}', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        out.extend_from_slice(&bytes[i..next]);
        if next == bytes.len() {
            break;
        }
        i = next;
        if bytes[i] == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push(b'}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        if i + 1 == bytes.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        // A replacement field: find its end, honouring nested braces in the spec and
        // skipping over `[...]` in the field name (where braces are plain text).
        let mut depth = 1;
        let mut j = i + 1;
        let mut in_name = true;
        while j < bytes.len() && depth > 0 {
            match bytes[j] {
                b'[' if in_name => match memchr::memchr(b']', &bytes[j..]) {
                    Some(k) => j += k,
                    None => j = bytes.len() - 1,
                },
                b':' | b'!' => in_name = false,
                b'{' if in_name => return Err(value_error("unexpected '{' in field name")),
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(value_error("expected '}' before end of string"));
        }
        let field = String::from_utf8_lossy(&bytes[i + 1..j - 1]);
        let field = field.as_ref();
        i = j;
        let (name, conversion, spec) = split_field(field);
        // A conversion that cannot be one fails before the value is looked up.
        match conversion {
            Some("") => return Err(value_error("unmatched '{' in format spec")),
            Some(other) if other.chars().count() > 1 => {
                return Err(value_error("expected ':' after conversion specifier"))
            }
            _ => {}
        }
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let digits = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit());
        if (first.is_empty() || digits) && matches!(kwargs, Named::Mapping(_)) {
            return Err(value_error("Format string contains positional fields"));
        }
        let mut value = if first.is_empty() {
            if numbering.used_manual {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            numbering.used_auto = true;
            let auto_index = numbering.auto_index;
            let v = args.get(auto_index).cloned().ok_or_else(|| {
                crate::objects::exception::index_error(format!(
                    "Replacement index {auto_index} out of range for positional args tuple"
                ))
            })?;
            numbering.auto_index += 1;
            v
        } else if digits {
            // An index is a C ssize_t.
            let index = first.parse::<i64>().map_err(|_| value_error("Too many decimal digits in format string"))?;
            if numbering.used_auto {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            numbering.used_manual = true;
            args.get(index as usize).cloned().ok_or_else(|| {
                crate::objects::exception::index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ))
            })?
        } else {
            match kwargs {
                Named::Keywords(kwargs) => kwargs
                    .iter()
                    .find(|(k, _)| k == first)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| crate::objects::exception::key_error(new_str(first)))?,
                Named::Mapping(mapping) => protocols::getitem(thread, mapping, &new_str(first))?,
            }
        };
        // Attribute and index lookups after the first name.
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                if end == 0 {
                    return Err(value_error("Empty attribute in format string"));
                }
                value = protocols::getattr(thread, &value, &crate::objects::str::intern(&after[..end]))?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let end = after.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key_text = &after[..end];
                if key_text.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                // Digits make an int key (a C ssize_t); anything else is a str.
                let key = if key_text.bytes().all(|b| b.is_ascii_digit()) {
                    let n =
                        key_text.parse::<i64>().map_err(|_| value_error("Too many decimal digits in format string"))?;
                    Value::Int(n)
                } else {
                    new_str(key_text)
                };
                value = protocols::getitem(thread, &value, &key)?;
                rest = &after[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            } else {
                break;
            }
        }
        let converted = match conversion {
            None => value,
            Some("r") => new_str(protocols::repr(thread, &value)?),
            Some("s") => protocols::repr::to_str_value(thread, &value)?,
            Some("a") => new_str(crate::builtins::ascii_of(&protocols::repr(thread, &value)?)),
            Some("") => return Err(value_error("unmatched '{' in format spec")),
            Some(other) if other.chars().count() > 1 => {
                return Err(value_error("expected ':' after conversion specifier"))
            }
            Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
        };
        if spec.contains('{') {
            if numbering.depth >= 1 {
                return Err(value_error("Max string recursion exceeded"));
            }
            numbering.depth += 1;
            let spec = format_fields(thread, spec.as_bytes(), args, kwargs, numbering);
            numbering.depth -= 1;
            let spec = String::from_utf8_lossy(&spec?).into_owned();
            push_formatted(thread, &mut out, &converted, &spec)?;
        } else if spec.is_empty()
            && matches!(&converted, Value::Obj(obj) if matches!(obj.payload(), Payload::Str(_)) && !type_data(&obj.class).heap)
        {
            if let Some(s) = as_pystr(&converted) {
                out.extend_from_slice(s.wtf8());
            }
        } else if let (true, Value::Int(n)) = (spec.is_empty(), &converted) {
            use std::io::Write;
            let _ = write!(out, "{n}");
        } else {
            push_formatted(thread, &mut out, &converted, spec)?;
        }
    }
    Ok(out)
}

/// The field name, the conversion after `!` and the spec after `:` of a replacement field; a
/// `!` or `:` between brackets of the name is part of it.
fn split_field(field: &str) -> (&str, Option<&str>, &str) {
    let mut in_brackets = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            ':' if !in_brackets => return (&field[..i], None, &field[i + 1..]),
            '!' if !in_brackets => {
                let after = &field[i + 1..];
                return match after.find(':') {
                    Some(k) => (&field[..i], Some(&after[..k]), &after[k + 1..]),
                    None => (&field[..i], Some(after), ""),
                };
            }
            _ => {}
        }
    }
    (field, None, "")
}

/// Appends `format(value, spec)`, lone surrogates kept.
fn push_formatted(thread: &mut Thread, out: &mut Vec<u8>, value: &Value, spec: &str) -> PyResult<()> {
    let text = super::format_to_str(thread, value, spec)?;
    if let Some(s) = as_pystr(&text) {
        out.extend_from_slice(s.wtf8());
    }
    Ok(())
}
