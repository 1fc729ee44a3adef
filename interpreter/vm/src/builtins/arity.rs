//! Argument-count checks worded as CPython's native methods word them. `args` of a method
//! holds the receiver first; the counts given here and in messages exclude it.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::value::Value;
use crate::PyResult;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arguments after the receiver, checked as CPython's `_PyArg_CheckPositional` checks them
/// ("insert expected 2 arguments, got 1"); keywords are refused with `qualname`.
#[inline]
pub fn method_args<'a>(args: &Args<'a>, qualname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = args.pos().get(1..).unwrap_or_default();
    if args.kwnames.is_empty() && p.len() >= min && p.len() <= max {
        return Ok(p);
    }
    method_args_error(args, qualname, min, max)
}

/// The TypeError of `method_args` (out of line: calls are checked by the million).
#[cold]
#[inline(never)]
fn method_args_error<'a>(args: &Args<'a>, qualname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_keywords(args, qualname)?;
    let p = args.pos().get(1..).unwrap_or_default();
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    let expected = if min == max {
        format!("{min} argument{}", plural(min))
    } else if p.len() < min {
        format!("at least {min} argument{}", plural(min))
    } else {
        format!("at most {max} argument{}", plural(max))
    };
    Err(type_error(format!("{short} expected {expected}, got {}", p.len())))
}

/// The one argument after the receiver of a method taking exactly one object (CPython's
/// METH_O): "list.count() takes exactly one argument (0 given)".
pub fn one_arg(args: &Args<'_>, qualname: &str) -> PyResult<Value> {
    no_keywords(args, qualname)?;
    match args.pos().get(1..).unwrap_or_default() {
        [one] => Ok(one.clone()),
        p => Err(type_error(format!("{qualname}() takes exactly one argument ({} given)", p.len()))),
    }
}

/// A method taking nothing but its receiver (METH_NOARGS).
pub fn no_args(args: &Args<'_>, qualname: &str) -> PyResult<()> {
    no_keywords(args, qualname)?;
    match args.pos().len().saturating_sub(1) {
        0 => Ok(()),
        n => Err(type_error(format!("{qualname}() takes no arguments ({n} given)"))),
    }
}

pub fn no_keywords(args: &Args<'_>, qualname: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// A start or stop argument of `index` methods: an int or `__index__`, clamped to the machine
/// range (CPython's `_PyEval_SliceIndexNotNone`).
pub fn slice_bound(thread: &mut crate::thread::Thread, value: &Value) -> PyResult<i64> {
    use num_traits::{Signed, ToPrimitive};
    let is_index = crate::objects::int::is_int(value) || crate::protocols::special(value, "__index__").is_some();
    if !is_index {
        return Err(type_error("slice indices must be integers or have an __index__ method"));
    }
    let big = crate::protocols::number::index_big(thread, value)?;
    Ok(big.to_i64().unwrap_or(if big.is_negative() { i64::MIN } else { i64::MAX }))
}

/// An index argument stored in a C `Py_ssize_t` (`list.insert`, `list.pop`): OverflowError
/// beyond the machine range.
pub fn ssize_arg(thread: &mut crate::thread::Thread, value: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let big = crate::protocols::number::index_big(thread, value)?;
    big.to_i64()
        .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C ssize_t"))
}

/// Binds the arguments of a function with parameters `names`, the first `posonly` of them
/// positional-only and the first `required` of them required, as CPython's argument clinic
/// does (its messages, in its order of checks). The result holds one slot per name.
pub fn bind(
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = args.pos();
    let (nargs, nkw, maxargs) = (p.len(), args.kwnames.len(), names.len());
    if nargs + nkw > maxargs {
        return Err(type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    let min_posonly = posonly.min(required);
    if nargs < min_posonly {
        let how = if min_posonly < maxargs { "at least" } else { "exactly" };
        return Err(type_error(format!(
            "{fname}() takes {how} {min_posonly} positional argument{} ({nargs} given)",
            plural(min_posonly)
        )));
    }
    let mut slots: Vec<Option<Value>> = p.iter().cloned().map(Some).collect();
    slots.resize(maxargs, None);
    let keyword_name = |k: &Value| crate::objects::str::as_pystr(k).map(|s| s.as_str().into_owned());
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(posonly) {
        let found = args.keywords().find(|(k, _)| keyword_name(k).as_deref() == Some(*name));
        match found {
            Some(_) if i < nargs => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            Some((_, v)) => {
                slots[i] = Some(v.clone());
                used += 1;
            }
            None if i >= nargs && i < required => {
                return Err(type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1)))
            }
            None => {}
        }
    }
    if used < nkw {
        for (k, _) in args.keywords() {
            let known = keyword_name(k).is_some_and(|k| names[posonly..].contains(&k.as_str()));
            if !known {
                let shown = crate::objects::str::as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
                return Err(type_error(format!("'{shown}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    Ok(slots)
}

/// How a native method takes its arguments, as CPython declares it; the declaration decides
/// the wording of its argument errors.
#[derive(Clone, Copy)]
pub enum Sig {
    /// METH_NOARGS: "bytes.lower() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "bytes.join() takes exactly one argument (0 given)".
    One,
    /// Positional-only, counted by `_PyArg_CheckPositional`: "strip expected at most 1
    /// argument, got 2".
    Positional(usize, usize),
    /// Positional-only, parsed by `PyArg_ParseTuple`: "find() takes at least 1 argument (0
    /// given)".
    Tuple(usize, usize),
    /// Argument clinic with keywords: the parameter names, how many of them are
    /// positional-only and how many are required (see `bind`).
    Clinic(&'static [&'static str], usize, usize),
}

/// One slot per parameter of a `Sig`: None where no argument was given.
pub type Params = Vec<Option<Value>>;

/// The arguments after the receiver of the method `owner.name`, bound to the parameters of
/// `sig`, or the TypeError CPython raises for them.
pub fn params(args: &Args<'_>, owner: &str, name: &str, sig: Sig) -> PyResult<Params> {
    let rest = Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames };
    let (min, max) = match sig {
        Sig::Clinic(names, posonly, required) => return bind(&rest, name, names, posonly, required),
        Sig::NoArgs => (0, 0),
        Sig::One => (1, 1),
        Sig::Positional(min, max) | Sig::Tuple(min, max) => (min, max),
    };
    let p = rest.pos();
    if args.kwnames.is_empty() && p.len() >= min && p.len() <= max {
        let mut slots: Vec<Option<Value>> = p.iter().cloned().map(Some).collect();
        slots.resize(max, None);
        return Ok(slots);
    }
    let qualname = format!("{owner}.{name}");
    match sig {
        Sig::NoArgs => no_args(args, &qualname)?,
        Sig::One => {
            one_arg(args, &qualname)?;
        }
        Sig::Positional(..) => {
            method_args(args, &qualname, min, max)?;
        }
        Sig::Tuple(..) | Sig::Clinic(..) => {
            no_keywords(args, name)?;
            let (how, n) = if p.len() < min { ("least", min) } else { ("most", max) };
            return Err(type_error(format!("{name}() takes at {how} {n} argument{} ({} given)", plural(n), p.len())));
        }
    }
    // The checks above fail for any arguments that do not fit.
    Ok(Vec::new())
}
