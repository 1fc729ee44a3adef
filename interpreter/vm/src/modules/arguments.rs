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
