//! Binding a native function's arguments to its parameter names, with CPython's messages
//! for argument-clinic functions.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::type_name;
use crate::value::Value;
use crate::PyResult;

/// Checks the call of a function that takes no arguments (CPython's METH_NOARGS); `function`
/// is the name its messages give: "globals() takes no arguments (1 given)".
pub fn no_arguments(args: &Args<'_>, function: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("{function}() takes no keyword arguments")));
    }
    match args.pos().len() {
        0 => Ok(()),
        n => Err(type_error(format!("{function}() takes no arguments ({n} given)"))),
    }
}

/// The arguments of a call of `function` bound to `names` (positional or keyword, in
/// order); the first `required` must be given. Missing ones are None.
pub fn bind(function: &str, args: &Args<'_>, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(type_error(if required == names.len() {
            format!("{function}() takes exactly {} argument{} ({} given)", names.len(), plural(names.len()), pos.len())
        } else {
            format!("{function}() takes at most {} argument{} ({} given)", names.len(), plural(names.len()), pos.len())
        }));
    }
    bind_keywords(function, args, names, required)
}

/// Binds the positional arguments (already checked against the count of positional
/// parameters) and the keyword arguments to `names`, and checks that the first `required`
/// were given.
pub fn bind_keywords(function: &str, args: &Args<'_>, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let mut bound: Vec<Option<Value>> = args.pos().iter().cloned().map(Some).collect();
    bound.resize(names.len(), None);
    for (key, value) in args.keywords() {
        let key = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let Some(index) = names.iter().position(|n| *n == key) else {
            return Err(type_error(format!("'{key}' is an invalid keyword argument for {function}()")));
        };
        if bound[index].is_some() {
            return Err(type_error(format!(
                "argument for {function}() given by name ('{key}') and position ({})",
                index + 1
            )));
        }
        bound[index] = Some(value.clone());
    }
    for (index, name) in names.iter().enumerate().take(required) {
        if bound[index].is_none() {
            return Err(type_error(format!("{function}() missing required argument '{name}' (pos {})", index + 1)));
        }
    }
    Ok(bound)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A str argument, or None when absent or None: `{function}() argument '{name}' must be str
/// or None, not int` otherwise.
pub fn opt_str(value: &Option<Value>, function: &str, name: &str) -> PyResult<Option<String>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_pystr(v) {
            Some(s) => Ok(Some(s.as_str().into_owned())),
            None => {
                Err(type_error(format!("{function}() argument '{name}' must be str or None, not {}", type_name(v))))
            }
        },
    }
}

/// A str argument that must be present.
pub fn req_str(value: &Option<Value>, function: &str, name: &str) -> PyResult<String> {
    match value.as_ref().and_then(as_pystr) {
        Some(s) => Ok(s.as_str().into_owned()),
        None => Err(type_error(format!(
            "{function}() argument '{name}' must be str, not {}",
            value.as_ref().map_or("NoneType".to_string(), type_name)
        ))),
    }
}

/// `{label}() takes no keyword arguments` when keywords were given (`label` is how CPython names
/// the function there: `math.sqrt`, `chain`).
pub fn no_keywords(args: &Args<'_>, label: &str) -> PyResult<()> {
    match args.kwnames.is_empty() {
        true => Ok(()),
        false => Err(type_error(format!("{label}() takes no keyword arguments"))),
    }
}

/// Exactly `n` positional arguments: `atan2 expected 2 arguments, got 1` otherwise.
pub fn exactly<'a, const N: usize>(function: &str, args: &Args<'a>) -> PyResult<&'a [Value; N]> {
    let pos = args.pos();
    <&[Value; N]>::try_from(pos)
        .map_err(|_| type_error(format!("{function} expected {N} argument{}, got {}", plural(N), pos.len())))
}

/// Between `min` and `max` positional arguments: `log expected at least 1 argument, got 0`.
pub fn between<'a>(function: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if pos.len() < min {
        return Err(type_error(format!(
            "{function} expected at least {min} argument{}, got {}",
            plural(min),
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(type_error(format!(
            "{function} expected at most {max} argument{}, got {}",
            plural(max),
            pos.len()
        )));
    }
    Ok(pos)
}

/// The one argument of a function CPython declares with a single parameter (METH_O):
/// `math.sqrt() takes exactly one argument (2 given)` otherwise.
pub fn single<'a>(label: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    no_keywords(args, label)?;
    match args.pos() {
        [value] => Ok(value),
        pos => Err(type_error(format!("{label}() takes exactly one argument ({} given)", pos.len()))),
    }
}

/// The parameters of a native function, as CPython's argument clinic declares them: `params`
/// in order, the first `posonly` positional-only, the first `maxpos` positional (the rest
/// keyword-only), the first `required` required.
pub struct Signature<'s> {
    pub name: &'s str,
    pub params: &'s [&'s str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

/// Binds a call's arguments to `sig`, with the messages of CPython's clinic-generated parsers
/// (`prod() takes exactly 1 positional argument (2 given)`, `nextafter() takes at most 3
/// arguments (4 given)`, `isclose() missing required argument 'b' (pos 2)`). Absent ones are None.
pub fn parse(sig: &Signature<'_>, args: &Args<'_>) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let name = sig.name;
    let total = args.values.len();
    if total > sig.params.len() {
        let n = sig.params.len();
        return Err(type_error(format!("{name}() takes at most {n} argument{} ({total} given)", plural(n))));
    }
    let minpos = sig.required.min(sig.maxpos);
    if pos.len() > sig.maxpos {
        if sig.maxpos == 0 {
            return Err(type_error(format!("{name}() takes no positional arguments")));
        }
        let how = if minpos < sig.maxpos { "at most" } else { "exactly" };
        let n = sig.maxpos;
        return Err(type_error(format!(
            "{name}() takes {how} {n} positional argument{} ({} given)",
            plural(n),
            pos.len()
        )));
    }
    let posonly_required = sig.posonly.min(sig.required);
    if pos.len() < posonly_required {
        let how = if posonly_required < sig.maxpos { "at least" } else { "exactly" };
        return Err(type_error(format!(
            "{name}() takes {how} {posonly_required} positional argument{} ({} given)",
            plural(posonly_required),
            pos.len()
        )));
    }
    let mut bound: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    bound.resize(sig.params.len(), None);
    // A missing argument is reported before a keyword that names no parameter, as CPython does.
    let mut stray = None;
    for (key, value) in args.keywords() {
        let key = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let index = sig.params.iter().position(|p| *p == key).filter(|i| *i >= sig.posonly);
        match index {
            Some(index) if bound[index].is_none() => bound[index] = Some(value.clone()),
            Some(index) => {
                stray.get_or_insert(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    index + 1
                ));
            }
            None => {
                stray.get_or_insert(format!("'{key}' is an invalid keyword argument for {name}()"));
            }
        }
    }
    for (index, param) in sig.params.iter().enumerate().take(sig.required) {
        if bound[index].is_none() {
            return Err(type_error(format!("{name}() missing required argument '{param}' (pos {})", index + 1)));
        }
    }
    match stray {
        Some(message) => Err(type_error(message)),
        None => Ok(bound),
    }
}
