//! `int`, `bool`, `float` and `complex`: constructors, methods, `round` and three-argument `pow`.

pub(crate) mod complex;
mod float;
mod int;

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{is_subtype, type_data, type_name};
use crate::objects::Payload;
use crate::thread::Thread;
use crate::value::ObjRef;
use crate::value::Value;
use crate::PyResult;

pub use complex::new_complex;
pub use float::{round, to_float};
pub use int::{pow_mod, to_int};

pub(super) fn install() {
    int::install();
    float::install();
    complex::install();
}

/// The class `T.__new__(cls, ...)` makes: `cls` must be a subtype of `base`.
pub(super) fn new_class(args: &Args<'_>, base: &ObjRef) -> PyResult<ObjRef> {
    let base_name = type_data(base).name();
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => {
            if !is_subtype(c, base) {
                let name = type_data(c).name();
                return Err(type_error(format!("{base_name}.__new__({name}): {name} is not a subtype of {base_name}")));
            }
            Ok(c.clone())
        }
        Some(other) => {
            let name = type_name(other);
            Err(type_error(format!("{base_name}.__new__(X): X is not a type object ({name})")))
        }
        None => Err(type_error(format!("{base_name}.__new__(): not enough arguments"))),
    }
}

pub(super) fn this(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

pub(super) fn keyword(args: &Args<'_>, name: &str) -> Option<Value> {
    args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == name)).map(|(_, v)| v.clone())
}

pub(super) fn number_format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let spec = match p.get(1) {
        None => String::new(),
        Some(spec) => match as_pystr(spec) {
            Some(s) => s.as_str().into_owned(),
            None => {
                let shown = if spec.is_none() { "None".to_string() } else { type_name(spec) };
                return Err(type_error(format!("__format__() argument must be str, not {shown}")));
            }
        },
    };
    Ok(new_str(crate::format::format_builtin(thread, &p[0], &spec)?))
}
