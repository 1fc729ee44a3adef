//! The native `_ast` module: the node classes of Python 3.12's `ast` (made per interpreter, as
//! CPython's heap types are, by calling `type`), their constructor, the `PyCF_*` flags, and the
//! conversions between Ferrython's Rust tree and node objects (`to_py`, `from_py`) that
//! `compile()` uses. `Lib/ast.py` builds the rest of the `ast` module on top of it.

pub mod classes;
pub mod from_py;
pub mod to_py;

use crate::builtins::native_function;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{type_data, types};
use crate::objects::{new_dict, tuple, tuple_of};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub const PY_CF_ONLY_AST: i64 = 0x400;
pub const PY_CF_TYPE_COMMENTS: i64 = 0x1000;
pub const PY_CF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

/// The location attributes, in CPython's order.
pub const LOCATION: [&str; 4] = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

/// One field of a signature such as `expr* targets`: its type, name and arity.
pub struct FieldSpec<'a> {
    pub type_name: &'a str,
    pub name: &'a str,
    pub arity: Arity,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    One,
    Optional,
    List,
}

/// The fields of a signature, in order.
pub fn fields_of(signature: &str) -> impl Iterator<Item = FieldSpec<'_>> {
    signature.split(", ").filter(|s| !s.is_empty()).map(|field| {
        let (type_name, name) = field.split_once(' ').unwrap_or((field, ""));
        let (type_name, arity) = if let Some(t) = type_name.strip_suffix('*') {
            (t, Arity::List)
        } else if let Some(t) = type_name.strip_suffix('?') {
            (t, Arity::Optional)
        } else {
            (type_name, Arity::One)
        };
        FieldSpec { type_name, name, arity }
    })
}

/// Makes the `_ast` module of an interpreter.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let ast_body = new_dict();
    for name in ["_fields", "_attributes", "__match_args__"] {
        crate::ops::namespace(&ast_body).set_str(&intern(name), tuple(Vec::new()));
    }
    let ast_class = make_class(thread, "AST", &types().object, ast_body)?;
    let init = native_function("__init__", ast_init, BuiltinKind::Method, Some(ast_class.clone()));
    let reduce = native_function("__reduce__", ast_reduce, BuiltinKind::Method, Some(ast_class.clone()));
    let new = native_function("__new__", ast_new, BuiltinKind::StaticMethod, Some(ast_class.clone()));
    for (name, value) in [("__init__", init), ("__reduce__", reduce), ("__new__", new)] {
        protocols::setattr(thread, &Value::Obj(ast_class.clone()), &intern(name), value)?;
    }
    ns.set_str(&intern("AST"), Value::Obj(ast_class));
    for class in classes::CLASSES {
        let body = new_dict();
        let body_ns = crate::ops::namespace(&body);
        let set = |name: &str, value: Value| body_ns.set_str(&intern(name), value);
        let names = |names: &mut dyn Iterator<Item = &str>| tuple(names.map(new_str).collect());
        match class.signature {
            Some(signature) => {
                set("_fields", names(&mut fields_of(signature).map(|f| f.name)));
                set("__match_args__", names(&mut fields_of(signature).map(|f| f.name)));
                for field in fields_of(signature).filter(|f| f.arity == Arity::Optional) {
                    set(field.name, Value::None);
                }
                let doc =
                    if signature.is_empty() { class.name.to_string() } else { format!("{}({signature})", class.name) };
                set("__doc__", new_str(doc));
            }
            None => {
                set("_fields", tuple(Vec::new()));
                set("__match_args__", tuple(Vec::new()));
                set("__doc__", new_str(abstract_doc(class.name)));
            }
        }
        let base_located = classes::CLASSES.iter().any(|c| c.name == class.base && c.located);
        if class.located && !base_located {
            set("_attributes", names(&mut LOCATION.iter().copied()));
            // Patterns and type parameters require their end positions; the others default them.
            if !matches!(class.name, "pattern" | "type_param") {
                set("end_lineno", Value::None);
                set("end_col_offset", Value::None);
            }
        } else if !class.located {
            set("_attributes", tuple(Vec::new()));
        }
        let Some(Value::Obj(base)) = ns.get_str(&intern(class.base)) else {
            return Err(crate::objects::exception::system_error("an ast class precedes its base"));
        };
        let made = make_class(thread, class.name, &base, body)?;
        ns.set_str(&intern(class.name), Value::Obj(made));
    }
    ns.set_str(&intern("PyCF_ONLY_AST"), Value::Int(PY_CF_ONLY_AST));
    ns.set_str(&intern("PyCF_TYPE_COMMENTS"), Value::Int(PY_CF_TYPE_COMMENTS));
    ns.set_str(&intern("PyCF_ALLOW_TOP_LEVEL_AWAIT"), Value::Int(PY_CF_ALLOW_TOP_LEVEL_AWAIT));
    Ok(crate::objects::new_module("_ast", dict))
}

/// An abstract class's `__doc__`: its concrete classes, one per line (`expr = BoolOp(...)`).
fn abstract_doc(name: &str) -> String {
    let children: Vec<String> = classes::CLASSES
        .iter()
        .filter(|c| c.base == name)
        .map(|c| match c.signature {
            Some(s) if !s.is_empty() => format!("{}({s})", c.name),
            _ => c.name.to_string(),
        })
        .collect();
    let all_simple = classes::CLASSES.iter().filter(|c| c.base == name).all(|c| c.signature == Some(""));
    let separator = if all_simple { " | ".to_string() } else { format!("\n{}| ", " ".repeat(name.len() + 1)) };
    format!("{name} = {}", children.join(&separator))
}

/// `type(name, (base,), body)` with `__module__` 'ast'.
fn make_class(thread: &mut Thread, name: &str, base: &ObjRef, body: ObjRef) -> PyResult<ObjRef> {
    crate::ops::namespace(&body).set_str(&intern("__module__"), new_str("ast"));
    let args = [new_str(name), tuple_of([Value::Obj(base.clone())]), Value::Obj(body)];
    let class = crate::call::call(thread, &Value::Obj(types().type_.clone()), Args::positional(&args))?;
    class.as_obj().cloned().ok_or_else(|| type_error("type() did not make a class"))
}

/// The `_fields` of a node's class, as names.
pub fn class_fields(thread: &mut Thread, node: &Value) -> PyResult<Vec<Value>> {
    let class = Value::Obj(crate::objects::typeobj::class_of(node).clone());
    match protocols::getattr_opt(thread, &class, "_fields")? {
        Some(fields) => protocols::iter::collect(thread, &fields),
        None => Ok(Vec::new()),
    }
}

/// `AST.__init__(self, *args, **kwargs)`: positional arguments fill `_fields` in order, keywords
/// set any attribute.
fn ast_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some((this, positional)) = args.pos().split_first() else {
        return Err(type_error("descriptor '__init__' of 'ast.AST' object needs an argument"));
    };
    let fields = class_fields(thread, this)?;
    let class_name = type_data(crate::objects::typeobj::class_of(this)).name();
    if positional.len() > fields.len() {
        let plural = if fields.len() == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "{class_name} constructor takes at most {} positional argument{plural}",
            fields.len()
        )));
    }
    for (field, value) in fields.iter().zip(positional) {
        let Some(name) = as_pystr(field).map(|s| intern(&s.as_str())) else {
            return Err(type_error("AST field names must be str"));
        };
        protocols::setattr(thread, this, &name, value.clone())?;
    }
    for (key, value) in args.keywords() {
        let key_text = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let taken = fields[..positional.len()].iter().any(|f| as_pystr(f).is_some_and(|s| s.as_str() == key_text));
        if taken {
            return Err(type_error(format!("{class_name} got multiple values for argument '{key_text}'")));
        }
        protocols::setattr(thread, this, &intern(&key_text), value.clone())?;
    }
    Ok(Value::None)
}

/// `AST.__new__(cls, *args, **kwargs)`: a new node; the arguments are `__init__`'s.
fn ast_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Obj(class)) if matches!(class.payload(), crate::objects::Payload::Type(_)) => {
            Ok(crate::builtins::new_instance(class))
        }
        _ => Err(type_error("AST.__new__(X): X is not a type object")),
    }
}

/// `AST.__reduce__`: `(class, (), __dict__)`, for `copy` and `pickle`.
fn ast_reduce(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(this) = args.pos().first() else { return Err(type_error("__reduce__ needs an argument")) };
    let class = Value::Obj(crate::objects::typeobj::class_of(this).clone());
    let state = this.as_obj().and_then(crate::objects::shape::instance_dict).map_or(Value::None, Value::Obj);
    Ok(tuple_of([class, tuple(Vec::new()), state]))
}

/// The `_ast` module's namespace (the module is made on first use).
pub fn namespace(thread: &mut Thread) -> PyResult<ObjRef> {
    let module = crate::modules::native_module(thread, "_ast")?;
    module.dict().get().ok_or_else(|| crate::objects::exception::system_error("_ast has no namespace"))
}
