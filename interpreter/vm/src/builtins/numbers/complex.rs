//! `complex`: constructor, parsing and methods.

use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{tuple_of, OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::float::{parse_float_ascii, to_float, underscores_valid};
use super::{keyword, new_class, number_format, this};
use crate::builtins::add_methods;
use crate::method;

pub(super) fn install() {
    let t = types();
    crate::builtins::add_native_getters(&t.complex, &[("real", complex_real), ("imag", complex_imag)], true);
    crate::builtins::set_getset_doc(&t.complex, "real", "the real part of a complex number");
    crate::builtins::set_getset_doc(&t.complex, "imag", "the imaginary part of a complex number");
    add_methods(
        &t.complex,
        &[
            method!("__new__", complex_new, StaticMethod),
            method!("conjugate", complex_conjugate),
            method!("__abs__", complex_abs),
            method!("__getnewargs__", complex_getnewargs),
            method!("__format__", number_format),
            method!("__complex__", complex_complex),
        ],
    );
}

/// A new complex number.
pub fn new_complex(real: f64, imag: f64) -> Value {
    Value::Obj(ObjRef::new(types().complex.clone(), None, OwnedPayload::Complex((real, imag))))
}

fn complex_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = new_class(&args, &types().complex)?;
    let value = complex_value(thread, &args)?;
    if ObjRef::ptr_eq(&class, &types().complex) {
        return Ok(value);
    }
    let Some(Payload::Complex(&(re, im))) = value.payload() else { return Ok(value) };
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Complex((re, im)))))
}

/// The complex number `complex(*args)` makes (of the exact type).
fn complex_value(thread: &mut Thread, args: &Args<'_>) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if p.len() + args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            p.len() + args.kwnames.len()
        )));
    }
    for (k, _) in args.keywords() {
        let name = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
        if name != "real" && name != "imag" {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for complex()")));
        }
    }
    let real = p.first().cloned().or_else(|| keyword(args, "real"));
    let imag = p.get(1).cloned().or_else(|| keyword(args, "imag"));
    // complex(z) of an exact complex is z itself.
    if let (Some(r @ Value::Obj(obj)), None) = (&real, &imag) {
        if matches!(obj.payload(), Payload::Complex(..)) && ObjRef::ptr_eq(&obj.class, &types().complex) {
            return Ok(r.clone());
        }
    }
    let real = p.first().cloned().or_else(|| keyword(args, "real"));
    let imag = p.get(1).cloned().or_else(|| keyword(args, "imag"));
    // (real part, imaginary part, whether the argument was a complex)
    let (mut re, mut re_imag, mut re_complex) = (0.0, 0.0, false);
    if let Some(r) = &real {
        if let Some(Payload::Str(s)) = r.payload() {
            if imag.is_some() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            let text = crate::builtins::strings::ascii_digits(&s.as_str()).into_owned();
            let text = text.trim();
            let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                Some(inner) => inner.trim(),
                None => text,
            };
            if !underscores_valid(text) {
                let shown = protocols::repr(thread, r)?;
                return Err(value_error(format!("could not convert string to complex: {shown}")));
            }
            let (a, b) = parse_complex(&text.replace('_', ""))
                .ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            return Ok(new_complex(a, b));
        }
        match complex_argument(thread, r)? {
            Some(parts) => (re, re_imag, re_complex) = (parts.0, parts.1, true),
            None => match float_parts(thread, r)? {
                Some(f) => re = f,
                None => {
                    return Err(type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        type_name(r)
                    )))
                }
            },
        }
    }
    let mut im;
    if let Some(i) = &imag {
        if let Some(Payload::Str(_)) = i.payload() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        match i.payload() {
            Some(Payload::Complex((a, b))) => {
                re -= b;
                im = *a;
            }
            _ => match float_parts(thread, i)? {
                Some(f) => im = f,
                None => {
                    return Err(type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        type_name(i)
                    )))
                }
            },
        }
        if re_complex {
            im += re_imag;
        }
    } else {
        im = re_imag;
    }
    Ok(new_complex(re, im))
}

/// A complex argument's parts: a complex, or an object with `__complex__`.
pub(crate) fn complex_argument(thread: &mut Thread, value: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Payload::Complex((a, b))) = value.payload() {
        if !type_data(class_of(value)).heap {
            return Ok(Some((*a, *b)));
        }
    }
    match protocols::call_special(thread, value, "__complex__", &[])? {
        Some(result) => match result.payload() {
            Some(Payload::Complex((a, b))) => {
                if type_data(class_of(&result)).heap {
                    let category = crate::objects::exception::exceptions().deprecation_warning.clone();
                    let message = format!(
                        "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                        type_name(&result)
                    );
                    crate::warnings::warn(thread, &category, &message, 1)?;
                }
                Ok(Some((*a, *b)))
            }
            _ => Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(&result)))),
        },
        None => Ok(None),
    }
}

/// A real argument of complex(): a float, an int, or an object with `__float__` or `__index__`.
pub(crate) fn float_parts(thread: &mut Thread, value: &Value) -> PyResult<Option<f64>> {
    let numeric = matches!(value, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(value.payload(), Some(Payload::Int(_) | Payload::Float(_)))
        || protocols::special(value, "__float__").is_some()
        || protocols::special(value, "__index__").is_some();
    if !numeric {
        return Ok(None);
    }
    to_float(thread, value).map(Some)
}

fn parse_complex(text: &str) -> Option<(f64, f64)> {
    if let Some(body) = text.strip_suffix(['j', 'J']) {
        let split = body
            .char_indices()
            .skip(1)
            .filter(|&(i, c)| (c == '+' || c == '-') && !matches!(body.as_bytes()[i - 1], b'e' | b'E'))
            .map(|(i, _)| i)
            .last();
        return match split {
            Some(i) => {
                let imag = match &body[i..] {
                    "+" => 1.0,
                    "-" => -1.0,
                    s => parse_float_ascii(s)?,
                };
                Some((parse_float_ascii(&body[..i])?, imag))
            }
            None => Some((
                0.0,
                match body {
                    "" | "+" => 1.0,
                    "-" => -1.0,
                    s => parse_float_ascii(s)?,
                },
            )),
        };
    }
    Some((parse_float_ascii(text)?, 0.0))
}

fn complex_parts(args: &Args<'_>) -> PyResult<(f64, f64)> {
    match this(args).payload() {
        Some(Payload::Complex((a, b))) => Ok((*a, *b)),
        _ => Err(type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_conjugate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    Ok(new_complex(a, -b))
}

fn complex_real(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(&args)?.0))
}

fn complex_imag(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(&args)?.1))
}

fn complex_complex(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    Ok(new_complex(a, b))
}

fn complex_getnewargs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    Ok(tuple_of([Value::Float(a), Value::Float(b)]))
}

fn complex_abs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    magnitude(a, b)
}

/// `abs()` of a complex: OverflowError when only its parts are finite.
pub(crate) fn magnitude(re: f64, im: f64) -> PyResult<Value> {
    let magnitude = re.hypot(im);
    if magnitude.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(crate::objects::exception::overflow_error("absolute value too large"));
    }
    Ok(Value::Float(magnitude))
}
