//! The runtime objects behind typing syntax: `list[int]` (`types.GenericAlias`), `int | str`
//! (`types.UnionType`), and PEP 695's type parameters (`typing.TypeVar`, `ParamSpec`,
//! `TypeVarTuple`), `type` aliases (`typing.TypeAliasType`, whose value is computed when first
//! asked for) and the `typing.Generic` base of generic classes.

use ferrython_bytecode::{Intrinsic1, Intrinsic2};
use parking_lot::Mutex;

use crate::method;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{set_builtin_attr, type_data, types};
use crate::objects::{as_tuple, tuple, tuple_of, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// What an alias object stands for.
pub enum Alias {
    /// `origin[args]`
    Generic { origin: Value, args: Value },
    /// `a | b | ...`
    Union(Vec<Value>),
    /// A PEP 695 type parameter: `T`, `T: bound`, `T: (constraints)`, `*Ts`, `**P`. The bound
    /// or constraints are a function until first asked for, then its result.
    TypeParam { kind: ParamKind, name: Value, evaluate: Mutex<Value>, constrained: bool },
    /// `type Name[params] = value`: `value` is the function computing it until first asked for.
    TypeAlias { name: Value, params: Value, value: Mutex<Value>, evaluated: Mutex<bool>, module: Value },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// Puts the typing classes' methods and modules in place.
pub fn install() {
    let t = types();
    for class in [&t.generic_alias, &t.union_type] {
        set_builtin_attr(class, "__module__", new_str("types"));
    }
    for class in [&t.type_var, &t.param_spec, &t.type_var_tuple, &t.type_alias_type, &t.generic] {
        set_builtin_attr(class, "__module__", new_str("typing"));
    }
    crate::builtins::add_methods(
        &t.generic_alias,
        &[
            method!("__mro_entries__", alias_mro_entries),
            method!("__iter__", alias_iter),
            method!("__reduce__", alias_reduce),
            method!("__repr__", alias_repr_method),
        ],
    );
    crate::builtins::add_methods(
        &t.type_alias_type,
        &[method!("__getitem__", alias_getitem), method!("__new__", type_alias_new, StaticMethod)],
    );
    for class in [&t.generic_alias, &t.union_type, &t.type_alias_type] {
        crate::builtins::add_methods(class, &[method!("__or__", alias_or), method!("__ror__", alias_ror)]);
    }
    for class in [&t.generic_alias, &t.union_type] {
        crate::builtins::add_methods(
            class,
            &[
                method!("__hash__", alias_hash),
                method!("__getitem__", alias_subscript),
                method!("__eq__", alias_eq_method),
                method!("__ne__", alias_ne_method),
            ],
        );
    }
    for class in [&t.type_var, &t.param_spec, &t.type_var_tuple] {
        crate::builtins::add_methods(class, &[method!("__or__", param_or), method!("__ror__", param_ror)]);
    }
    crate::builtins::add_methods(&t.generic, &[method!("__class_getitem__", generic_class_getitem, ClassMethod)]);
}

fn alias(class: &ObjRef, alias: Alias) -> Value {
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::Alias(Box::new(alias))))
}

/// What an alias object stands for (None for other values).
pub fn alias_of(value: &Value) -> Option<&Alias> {
    match value.payload()? {
        Payload::Alias(alias) => Some(alias),
        _ => None,
    }
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
    generic_alias_of(&types().generic_alias, origin, args)
}

/// A generic alias of `class` (`types.GenericAlias` or a subclass of it).
pub fn generic_alias_of(class: &ObjRef, origin: Value, args: Value) -> Value {
    // The arguments are kept as a tuple (`list[int].__args__ == (int,)`).
    let args = if as_tuple(&args).is_some() { args } else { tuple_of([args]) };
    let dict = type_data(class).instance_dict.then(crate::objects::new_dict);
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Alias(Box::new(Alias::Generic { origin, args }))))
}

/// `GenericAlias.__repr__` (what `repr()` of a subclass's instance finds).
fn alias_repr_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or_default();
    let Some(alias) = alias_of(&this) else {
        return Err(crate::objects::exception::type_error(
            "descriptor '__repr__' requires a 'types.GenericAlias' object",
        ));
    };
    Ok(new_str(alias_repr(thread, alias)?))
}

/// `GenericAlias.__reduce__`: `(type(alias), (origin, args))`.
fn alias_reduce(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or_default();
    let Some(Alias::Generic { origin, args: alias_args }) = alias_of(&this) else {
        return Err(crate::objects::exception::type_error(
            "descriptor '__reduce__' requires a 'types.GenericAlias' object",
        ));
    };
    let class = Value::Obj(crate::objects::typeobj::class_of(&this).clone());
    Ok(tuple_of([class, tuple_of([origin.clone(), alias_args.clone()])]))
}

/// Whether `value` may stand in an `X | Y` union made natively: None, classes, generic aliases,
/// unions and `type` aliases. For anything else `|` returns NotImplemented, so that the other
/// operand's `__ror__` (typing's, for instance) is tried.
fn unionable(value: &Value) -> bool {
    value.is_none()
        || matches!(value.payload(), Some(Payload::Type(_)))
        || matches!(alias_of(value), Some(Alias::Generic { .. } | Alias::Union(_) | Alias::TypeAlias { .. }))
}

/// `a | b` for types and aliases: the members of both, None as `NoneType`, each once; a union
/// of a single member is that member (`int | int` is `int`).
pub fn union(thread: &mut Thread, a: Value, b: Value) -> PyResult<Value> {
    if !unionable(&a) || !unionable(&b) {
        return Ok(crate::builtins::not_implemented());
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let items = match alias_of(&v) {
            Some(Alias::Union(items)) => items.clone(),
            _ => vec![v],
        };
        for item in items {
            let item = if item.is_none() { Value::Obj(types().none_type.clone()) } else { item };
            let mut seen = false;
            for member in &members {
                if member.is(&item) || crate::protocols::rich_eq(thread, member, &item)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(item);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop().expect("one member"));
    }
    Ok(alias(&types().union_type, Alias::Union(members)))
}

fn alias_or(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    union(thread, p[0].clone(), p.get(1).cloned().unwrap_or(Value::None))
}

fn alias_ror(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    union(thread, p.get(1).cloned().unwrap_or(Value::None), p[0].clone())
}

/// `T | int` for PEP 695 parameters is `typing.Union[T, int]`, as in CPython.
fn typing_union(thread: &mut Thread, a: Value, b: Value) -> PyResult<Value> {
    let typing = crate::import::import_module_level(thread, "typing", &Value::None, &Value::None, 0)?;
    let Some(union) = crate::protocols::getattr_opt(thread, &typing, "Union")? else {
        return Err(crate::objects::exception::type_error("typing.Union is missing"));
    };
    crate::protocols::getitem(thread, &union, &tuple_of([a, b]))
}

fn param_or(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    typing_union(thread, p[0].clone(), p.get(1).cloned().unwrap_or(Value::None))
}

fn param_ror(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    typing_union(thread, p.get(1).cloned().unwrap_or(Value::None), p[0].clone())
}

/// Equal aliases hash alike: a generic alias by its origin and arguments, a union by its
/// members whatever their order.
/// `__eq__` and `__ne__` of aliases, which instances of `GenericAlias` subclasses find by name
/// (the builtin classes' own instances are compared natively).
fn alias_eq_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    alias_compare(thread, args, true)
}

fn alias_ne_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    alias_compare(thread, args, false)
}

fn alias_compare(thread: &mut Thread, args: Args<'_>, eq: bool) -> PyResult<Value> {
    let [this, other] = args.pos() else {
        return Err(crate::objects::exception::type_error("expected 1 argument"));
    };
    let (Some(a), Some(b)) = (alias_of(this), alias_of(other)) else {
        return Ok(crate::builtins::not_implemented());
    };
    Ok(match alias_eq(thread, a, b)? {
        Some(equal) => Value::Bool(equal == eq),
        None => crate::builtins::not_implemented(),
    })
}

fn alias_hash(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos()[0].clone();
    let hash = match alias_of(&this) {
        Some(Alias::Generic { origin, args }) => {
            let (origin, args) = (origin.clone(), args.clone());
            crate::protocols::hash_value(thread, &origin)? ^ crate::protocols::hash_value(thread, &args)?
        }
        // As CPython: the hash of the frozenset of the members (`typing.Union`'s too).
        Some(Alias::Union(items)) => {
            let members = crate::objects::tuple(items.clone());
            let frozenset = Value::Obj(types().frozenset.clone());
            let set = crate::call::call(thread, &frozenset, Args::positional(&[members]))?;
            crate::protocols::hash_value(thread, &set)?
        }
        _ => crate::protocols::pointer_hash(this.as_obj().expect("an alias object")),
    };
    Ok(Value::Int(if hash == -1 { -2 } else { hash }))
}

fn type_param(kind: ParamKind, name: Value, evaluate: Value, constrained: bool) -> Value {
    let t = types();
    let class = match kind {
        ParamKind::TypeVar => &t.type_var,
        ParamKind::ParamSpec => &t.param_spec,
        ParamKind::TypeVarTuple => &t.type_var_tuple,
    };
    alias(class, Alias::TypeParam { kind, name, evaluate: Mutex::new(evaluate), constrained })
}

pub fn make_type_param(_thread: &mut Thread, which: Intrinsic1, name: Value) -> PyResult<Value> {
    let kind = match which {
        Intrinsic1::ParamSpec => ParamKind::ParamSpec,
        Intrinsic1::TypeVarTuple => ParamKind::TypeVarTuple,
        _ => ParamKind::TypeVar,
    };
    Ok(type_param(kind, name, Value::None, false))
}

/// `T: bound` and `T: (constraints)`: the intrinsic gets the name and the function computing them.
pub fn make_type_var_with(_thread: &mut Thread, which: Intrinsic2, name: Value, evaluate: Value) -> PyResult<Value> {
    Ok(type_param(ParamKind::TypeVar, name, evaluate, which == Intrinsic2::TypeVarWithConstraints))
}

/// `class C[T]`: the `Generic[T]` base.
pub fn subscript_generic(_thread: &mut Thread, params: Value) -> PyResult<Value> {
    Ok(generic_alias(Value::Obj(types().generic.clone()), params))
}

/// `type X[T] = v`: the intrinsic gets (name, type_params, function computing the value).
pub fn make_type_alias(thread: &mut Thread, args: Value) -> PyResult<Value> {
    let items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let name = items.first().cloned().unwrap_or(Value::None);
    let params = match items.get(1) {
        Some(p) if !p.is_none() => p.clone(),
        _ => tuple(Vec::new()),
    };
    let value = items.get(2).cloned().unwrap_or(Value::None);
    Ok(type_alias(thread, name, params, value, false))
}

/// A `TypeAliasType` whose `__module__` is the running code's module; `value` is the function
/// computing the value unless `evaluated`.
fn type_alias(thread: &mut Thread, name: Value, params: Value, value: Value, evaluated: bool) -> Value {
    let globals = thread.current_globals();
    let module = crate::objects::dict_of(&globals)
        .and_then(|d| d.get_str(&crate::objects::str::intern_static("__name__")))
        .unwrap_or(Value::None);
    let (value, evaluated) = (Mutex::new(value), Mutex::new(evaluated));
    alias(&types().type_alias_type, Alias::TypeAlias { name, params, value, evaluated, module })
}

/// `TypeAliasType(name, value, *, type_params=())`: an alias made by a call rather than a
/// `type` statement; its value is given, not computed later.
fn type_alias_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    use crate::modules::arguments::{parse, Signature};
    let sig =
        Signature { name: "typealias", params: &["name", "value", "type_params"], posonly: 0, maxpos: 2, required: 2 };
    let without_class = Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames };
    let values = parse(&sig, &without_class)?;
    let name = values[0].clone().unwrap_or_default();
    if as_pystr(&name).is_none() {
        let shown = crate::objects::typeobj::type_name(&name);
        return Err(crate::objects::exception::type_error(format!(
            "typealias() argument 'name' must be str, not {shown}"
        )));
    }
    let params = match values[2].clone() {
        None => tuple(Vec::new()),
        Some(p) if as_tuple(&p).is_some() => p,
        Some(_) => return Err(crate::objects::exception::type_error("type_params must be a tuple")),
    };
    Ok(type_alias(thread, name, params, values[1].clone().unwrap_or_default(), true))
}

/// The repr of an alias object.
pub fn alias_repr(thread: &mut Thread, a: &Alias) -> PyResult<String> {
    let show = |thread: &mut Thread, v: &Value| -> PyResult<String> {
        if v.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, &types().none_type)) {
            return Ok("None".into());
        }
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
            if items.is_empty() {
                parts.push("()".into());
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
        Alias::TypeParam { name, .. } => as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default(),
        Alias::TypeAlias { name, .. } => as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default(),
    })
}

/// Runs a lazily evaluated part once and keeps its result.
fn evaluate_once(thread: &mut Thread, slot: &Mutex<Value>, done: Option<&Mutex<bool>>) -> PyResult<Value> {
    if let Some(done) = done {
        if *done.lock() {
            return Ok(slot.lock().clone());
        }
    }
    let func = slot.lock().clone();
    if func.is_none() {
        return Ok(Value::None);
    }
    let value = crate::call::call(thread, &func, Args::positional(&[]))?;
    *slot.lock() = value.clone();
    if let Some(done) = done {
        *done.lock() = true;
    }
    Ok(value)
}

/// Attributes of alias objects: `__origin__`, `__args__`, `__name__`, `__value__`, ...
pub fn alias_attr(thread: &mut Thread, alias: &Alias, name: &str) -> PyResult<Option<Value>> {
    Ok(match (alias, name) {
        (Alias::Generic { origin, .. }, "__origin__") => Some(origin.clone()),
        (Alias::Generic { args, .. }, "__args__") => {
            Some(if as_tuple(args).is_some() { args.clone() } else { tuple_of([args.clone()]) })
        }
        (Alias::Generic { origin, .. }, "__name__" | "__qualname__") => {
            crate::protocols::getattr_opt(thread, origin, name)?
        }
        (Alias::Union(items), "__args__") => Some(tuple(items.clone())),
        (Alias::Generic { args, .. }, "__parameters__") => {
            let items = as_tuple(args).map(<[Value]>::to_vec).unwrap_or_else(|| vec![args.clone()]);
            Some(tuple(collect_parameters(thread, &items)?))
        }
        (Alias::Union(items), "__parameters__") => Some(tuple(collect_parameters(thread, &items.clone())?)),
        (Alias::TypeParam { name, .. } | Alias::TypeAlias { name, .. }, "__name__") => Some(name.clone()),
        (Alias::TypeParam { evaluate, constrained, .. }, "__bound__" | "__constraints__") => {
            let wanted_constraints = name == "__constraints__";
            if *constrained != wanted_constraints {
                return Ok(Some(if wanted_constraints { tuple(Vec::new()) } else { Value::None }));
            }
            // A bound or constraints function is replaced by its result the first time.
            let current = evaluate.lock().clone();
            if matches!(current.payload(), Some(Payload::Function(_))) {
                Some(evaluate_once(thread, evaluate, None)?)
            } else {
                Some(if current.is_none() && wanted_constraints { tuple(Vec::new()) } else { current })
            }
        }
        (Alias::TypeAlias { value, evaluated, .. }, "__value__") => {
            Some(evaluate_once(thread, value, Some(evaluated))?)
        }
        (Alias::TypeAlias { params, .. }, "__type_params__" | "__parameters__") => Some(params.clone()),
        (Alias::TypeAlias { module, .. }, "__module__") => Some(module.clone()),
        _ => None,
    })
}

/// The type variables among an alias's arguments, each once, in order: PEP 695 parameters,
/// typing's variables (which have `__typing_subst__`), and those of nested aliases and of the
/// lists in `Callable[[T], R]`.
fn collect_parameters(thread: &mut Thread, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut found: Vec<Value> = Vec::new();
    for arg in args {
        if matches!(arg.payload(), Some(Payload::Type(_))) {
            continue;
        }
        let nested = match (alias_of(arg), arg.payload()) {
            (Some(Alias::TypeParam { .. }), _) => vec![arg.clone()],
            (_, Some(Payload::List(items))) => collect_parameters(thread, &items.lock().to_vec())?,
            _ if as_tuple(arg).is_some() => collect_parameters(thread, as_tuple(arg).unwrap_or_default())?,
            _ if crate::protocols::getattr_opt(thread, arg, "__typing_subst__")?.is_some() => vec![arg.clone()],
            _ => match crate::protocols::getattr_opt(thread, arg, "__parameters__")? {
                Some(params) => as_tuple(&params).map(<[Value]>::to_vec).unwrap_or_default(),
                None => Vec::new(),
            },
        };
        for param in nested {
            if !found.iter().any(|f| f.is(&param)) {
                found.push(param);
            }
        }
    }
    Ok(found)
}

/// `list[T][int]`: substitutes the alias's type variables. The work (checking the count,
/// ParamSpecs, TypeVarTuples) is typing's, as CPython's C code also defers to typing's
/// `__typing_subst__` protocol.
fn alias_subscript(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let (Some(this), Some(key)) = (p.first(), p.get(1)) else {
        return Err(crate::objects::exception::type_error("__getitem__ expects one argument"));
    };
    let params = crate::protocols::getattr_opt(thread, this, "__parameters__")?.unwrap_or_else(|| tuple(Vec::new()));
    if as_tuple(&params).is_none_or(<[Value]>::is_empty) {
        let shown = crate::protocols::repr(thread, this)?;
        return Err(crate::objects::exception::type_error(format!("{shown} is not a generic class")));
    }
    let typing = crate::import::import_module_level(thread, "typing", &Value::None, &Value::None, 0)?;
    let Some(subscript) = crate::protocols::getattr_opt(thread, &typing, "_subscript_native_alias")? else {
        return Err(crate::objects::exception::type_error("typing._subscript_native_alias is missing"));
    };
    crate::call::call(thread, &subscript, Args::positional(&[this.clone(), key.clone()]))
}

/// `*tuple[int, str]`: iterating a generic alias gives it once, unpacked, as
/// `typing.Unpack[tuple[int, str]]`.
fn alias_iter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos()[0].clone();
    let typing = crate::import::import_module_level(thread, "typing", &Value::None, &Value::None, 0)?;
    let Some(unpack) = crate::protocols::getattr_opt(thread, &typing, "Unpack")? else {
        return Err(crate::objects::exception::type_error("typing.Unpack is missing"));
    };
    let unpacked = crate::protocols::getitem(thread, &unpack, &this)?;
    crate::protocols::iter::get_iter(thread, &crate::objects::list(vec![unpacked]))
}

/// `GenericAlias.__mro_entries__`: `class C(list[int])` derives from `list`.
fn alias_mro_entries(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first().and_then(alias_of) {
        Some(Alias::Generic { origin, .. }) => Ok(tuple_of([origin.clone()])),
        _ => Ok(tuple(Vec::new())),
    }
}

/// `Alias[args]` for a `type` alias with parameters.
fn alias_getitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let (Some(this), Some(key)) = (p.first(), p.get(1)) else {
        return Err(crate::objects::exception::type_error("__getitem__ expects one argument"));
    };
    Ok(generic_alias(this.clone(), key.clone()))
}

/// `Generic.__class_getitem__`: `Box[int]` for a generic class.
fn generic_class_getitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let (Some(class), Some(key)) = (p.first(), p.get(1)) else {
        return Err(crate::objects::exception::type_error("__class_getitem__ expects one argument"));
    };
    Ok(generic_alias(class.clone(), key.clone()))
}
