//! The runtime objects behind typing syntax: `list[int]` (generic aliases), `int | str`
//! (unions) and the PEP 695 type parameters and aliases.

use ferrython_bytecode::{Intrinsic1, Intrinsic2};

use crate::objects::str::as_pystr;
use crate::objects::typeobj::types;
use crate::objects::{as_tuple, tuple, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// What an alias object stands for.
pub enum Alias {
    /// `origin[args]`
    Generic { origin: Value, args: Value },
    /// `a | b | ...`
    Union(Vec<Value>),
    /// A PEP 695 type parameter: `T`, `*Ts`, `**P`.
    TypeParam { kind: &'static str, name: Value, bound: Value },
    /// `type Name = value` (the value is computed lazily in CPython; here, when made).
    TypeAlias { name: Value, params: Value, value: Value },
}

fn alias(alias: Alias) -> Value {
    let t = types();
    let class = match &alias {
        Alias::Generic { .. } => &t.generic_alias,
        Alias::Union(_) => &t.union_type,
        Alias::TypeParam { kind: "ParamSpec", .. } => &t.param_spec,
        Alias::TypeParam { kind: "TypeVarTuple", .. } => &t.type_var_tuple,
        Alias::TypeParam { .. } => &t.type_var,
        Alias::TypeAlias { .. } => &t.type_alias_type,
    };
    Value::Obj(ObjRef::new(class.clone(), None, Payload::Alias(alias)))
}

/// `alias == other` for generic aliases (same origin, equal arguments) and unions (the same
/// members in any order); None for other pairs.
pub fn alias_eq(thread: &mut Thread, a: &Alias, b: &Alias) -> PyResult<Option<bool>> {
    match (a, b) {
        (Alias::Generic { origin: o1, args: a1 }, Alias::Generic { origin: o2, args: a2 }) => {
            Ok(Some(o1.is(o2) && crate::protocols::rich_eq(thread, a1, a2)?))
        }
        (Alias::Union(x), Alias::Union(y)) => {
            let contains = |thread: &mut Thread, items: &[Value], v: &Value| -> PyResult<bool> {
                for item in items {
                    if item.is(v) || crate::protocols::rich_eq(thread, item, v)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            };
            for v in x {
                if !contains(thread, y, v)? {
                    return Ok(Some(false));
                }
            }
            for v in y {
                if !contains(thread, x, v)? {
                    return Ok(Some(false));
                }
            }
            Ok(Some(true))
        }
        _ => Ok(None),
    }
}

pub fn generic_alias(origin: Value, args: Value) -> Value {
    alias(Alias::Generic { origin, args })
}

pub fn union(a: Value, b: Value) -> Value {
    let mut members = Vec::new();
    for v in [a, b] {
        match v.payload() {
            Some(Payload::Alias(Alias::Union(items))) => members.extend(items.iter().cloned()),
            _ => members.push(v),
        }
    }
    alias(Alias::Union(members))
}

pub fn make_type_param(_thread: &mut Thread, which: Intrinsic1, name: Value) -> PyResult<Value> {
    let kind = match which {
        Intrinsic1::ParamSpec => "ParamSpec",
        Intrinsic1::TypeVarTuple => "TypeVarTuple",
        _ => "TypeVar",
    };
    Ok(alias(Alias::TypeParam { kind, name, bound: Value::None }))
}

pub fn make_type_var_with(_thread: &mut Thread, _which: Intrinsic2, name: Value, bound: Value) -> PyResult<Value> {
    Ok(alias(Alias::TypeParam { kind: "TypeVar", name, bound }))
}

pub fn subscript_generic(_thread: &mut Thread, params: Value) -> PyResult<Value> {
    Ok(generic_alias(Value::None, params))
}

/// `type X[T] = v`: the intrinsic gets (name, type_params, evaluate-function).
pub fn make_type_alias(thread: &mut Thread, args: Value) -> PyResult<Value> {
    let items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let name = items.first().cloned().unwrap_or(Value::None);
    let params = items.get(1).cloned().unwrap_or_else(|| tuple(Vec::new()));
    let value = match items.get(2) {
        Some(func) => crate::call::call(thread, func, crate::objects::function::Args::positional(&[]))?,
        None => Value::None,
    };
    Ok(alias(Alias::TypeAlias { name, params, value }))
}

/// The repr of an alias object.
pub fn alias_repr(thread: &mut Thread, a: &Alias) -> PyResult<String> {
    let show = |thread: &mut Thread, v: &Value| -> PyResult<String> {
        match v.payload() {
            Some(Payload::Type(data)) => {
                let module = crate::attributes::type_module(v.as_obj().expect("a type"));
                Ok(match module.as_deref() {
                    Some("builtins") | None => data.qualname.read().clone(),
                    Some(m) => format!("{m}.{}", data.qualname.read()),
                })
            }
            _ if v.is_none() => Ok("None".into()),
            _ if v.is(&crate::builtins::ellipsis()) => Ok("...".into()),
            _ => crate::protocols::repr(thread, v),
        }
    };
    Ok(match a {
        Alias::Generic { origin, args } => {
            let items = as_tuple(args).map(<[Value]>::to_vec).unwrap_or_else(|| vec![args.clone()]);
            let mut parts = Vec::new();
            for item in &items {
                parts.push(show(thread, item)?);
            }
            format!("{}[{}]", show(thread, origin)?, parts.join(", "))
        }
        Alias::Union(items) => {
            let mut parts = Vec::new();
            for item in items {
                parts.push(show(thread, item)?);
            }
            parts.join(" | ")
        }
        Alias::TypeParam { name, .. } | Alias::TypeAlias { name, .. } => {
            as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default()
        }
    })
}

/// Attributes of alias objects: `__origin__`, `__args__`, `__name__`, `__value__`, ...
pub fn alias_attr(alias: &Alias, name: &str) -> Option<Value> {
    match (alias, name) {
        (Alias::Generic { origin, .. }, "__origin__") => Some(origin.clone()),
        (Alias::Generic { args, .. }, "__args__") => {
            Some(if as_tuple(args).is_some() { args.clone() } else { tuple(vec![args.clone()]) })
        }
        (Alias::Union(items), "__args__") => Some(tuple(items.clone())),
        (Alias::TypeParam { name, .. } | Alias::TypeAlias { name, .. }, "__name__") => Some(name.clone()),
        (Alias::TypeParam { bound, .. }, "__bound__") => Some(bound.clone()),
        (Alias::TypeAlias { value, .. }, "__value__") => Some(value.clone()),
        (Alias::TypeAlias { params, .. }, "__type_params__") => Some(params.clone()),
        _ => None,
    }
}
