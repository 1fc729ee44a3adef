//! Formatting: `format()` and `__format__` of builtin values, f-string FORMAT_VALUE, and the
//! submodules for the format-spec mini-language, `str.format` and `%`.

mod fields;
mod percent;
mod spec;

use crate::objects::exception::type_error;
use crate::objects::int::to_big;
use crate::objects::str::{as_pystr, int_str, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name};
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// `format(value, spec)` as a str object: like `format`, but a str with lone surrogates keeps
/// them.
pub fn format_to_str(thread: &mut Thread, value: &Value, spec: &str) -> PyResult<Value> {
    if let Some(s) = as_pystr(value).filter(|s| s.has_surrogates() && !type_data(class_of(value)).heap) {
        if spec.is_empty() {
            return Ok(value.clone());
        }
        return format_wtf8_str(s, spec);
    }
    if type_data(class_of(value)).heap {
        // What `__format__` returned, a str subclass included.
        if let Some(method) = protocols::special(value, "__format__") {
            let result = crate::call::call_method(thread, &method, value, &[value.clone(), new_str(spec)])?;
            if as_pystr(&result).is_none() {
                return Err(type_error(format!("__format__ must return a str, not {}", type_name(&result))));
            }
            return Ok(result);
        }
    }
    format(thread, value, spec).map(new_str)
}

/// `format(s, spec)` of a str with lone surrogates.
pub fn format_wtf8_str(s: &crate::objects::PyString, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(s.substring_value(s.wtf8()));
    }
    let out = spec::format_wtf8(s.wtf8(), &spec::parse_spec(spec, || "str".into())?)?;
    Ok(crate::objects::str::str_object(crate::objects::PyString::from_wtf8(&out)))
}

/// `format(value, spec)`: `type(value).__format__(value, spec)`.
pub fn format(thread: &mut Thread, value: &Value, spec: &str) -> PyResult<String> {
    if !type_data(class_of(value)).heap {
        return format_builtin(thread, value, spec);
    }
    match protocols::special(value, "__format__") {
        Some(method) => {
            let result = crate::call::call_method(thread, &method, value, &[value.clone(), new_str(spec)])?;
            match as_pystr(&result) {
                Some(s) => Ok(s.as_str().into_owned()),
                None => Err(type_error(format!("__format__ must return a str, not {}", type_name(&result)))),
            }
        }
        None => format_builtin(thread, value, spec),
    }
}

/// FORMAT_VALUE of an f-string: the conversion (`!s`, `!r`, `!a` as 1, 2, 3), then
/// `format(value, spec)`.
pub fn format_value(thread: &mut Thread, value: Value, conversion: usize, spec: Option<Value>) -> PyResult<Value> {
    let converted = match conversion {
        1 => protocols::repr::to_str_value(thread, &value)?,
        2 => match value {
            Value::Int(i) => int_str(i),
            _ => protocols::repr::repr_value(thread, &value)?,
        },
        3 => new_str(crate::builtins::ascii_of(&protocols::repr(thread, &value)?)),
        _ => value,
    };
    let spec_text = match &spec {
        Some(s) => match as_pystr(s) {
            Some(text) => text.as_str(),
            None => protocols::str_arg(s, "format spec")?.into(),
        },
        None => "".into(),
    };
    if spec_text.is_empty() {
        match &converted {
            Value::Obj(obj) if matches!(obj.payload(), Payload::Str(_)) && !type_data(&obj.class).heap => {
                return Ok(converted)
            }
            Value::Int(i) => return Ok(int_str(*i)),
            _ => {}
        }
    }
    format_to_str(thread, &converted, &spec_text)
}

/// `format()` of builtin values.
pub fn format_builtin(thread: &mut Thread, value: &Value, spec_text: &str) -> PyResult<String> {
    if spec_text.is_empty() {
        return protocols::to_str(thread, value);
    }
    let spec = spec::parse_spec(spec_text, || type_name(value))?;
    if let Some(s) = as_pystr(value) {
        return spec::format_str(&s.as_str(), &spec);
    }
    match value {
        Value::Int(i) => return spec::format_int(spec::IntValue::Small(*i), &spec, "int"),
        Value::Bool(b) => return spec::format_int(spec::IntValue::Small(i64::from(*b)), &spec, "bool"),
        Value::Float(f) => return spec::format_float(*f, &spec),
        _ => {}
    }
    match value.payload() {
        Some(Payload::Int(big)) => spec::format_int(spec::IntValue::Big(big), &spec, &type_name(value)),
        Some(Payload::Float(f)) => spec::format_float(*f, &spec),
        Some(Payload::Complex((re, im))) => spec::format_complex(*re, *im, &spec),
        _ => match to_big(value) {
            Some(big) => spec::format_int(spec::IntValue::Big(&big), &spec, &type_name(value)),
            None => Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(value)))),
        },
    }
}

pub use fields::{str_format, Named};
pub use percent::{percent_format, percent_format_bytes, percent_format_str};
