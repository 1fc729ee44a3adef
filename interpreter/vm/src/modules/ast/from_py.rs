//! Node objects as a Rust tree, for `compile(tree, filename, mode)`: the objects are read into
//! the tree's generic view, checking classes and field types with CPython's messages, and
//! `ferrython_ast::unview` builds the tree from that view.

use ferrython_ast::view::{Field, Node};
use ferrython_ast::{Constant, Int, Loc, Mod, PyStr};

use super::classes::{NodeClass, CLASSES};
use super::{fields_of, Arity, FieldSpec};
use crate::objects::exception::{type_error, value_error, PyErr};
use crate::objects::str::{as_pystr, intern, intern_static};
use crate::objects::typeobj::{class_of, is_subtype, type_name};
use crate::objects::{as_list, as_tuple, Dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// Whether `value` is an `ast.AST` instance (never, before `_ast` was first imported).
pub fn is_node(thread: &mut Thread, value: &Value) -> PyResult<bool> {
    if !thread.interp.native_modules.lock().contains_key("_ast") {
        return Ok(false);
    }
    let classes = super::namespace(thread)?;
    Ok(match crate::ops::namespace(&classes).get_str(&intern_static("AST")) {
        Some(Value::Obj(ast)) => is_subtype(class_of(value), &ast),
        _ => false,
    })
}

/// The tree of a `mod` node object, which must be of the class `mode` compiles.
pub fn to_module(thread: &mut Thread, value: &Value, mode: &str) -> PyResult<Mod> {
    let classes = super::namespace(thread)?;
    let classes = crate::ops::namespace(&classes);
    let required = match mode {
        "eval" => "Expression",
        "single" => "Interactive",
        "func_type" => "FunctionType",
        _ => "Module",
    };
    if !is_instance(classes, value, required) {
        return Err(type_error(format!("expected {required} node, got {}", type_name(value))));
    }
    let field = Reader { classes }.node(thread, value, "mod")?;
    let tree = ferrython_ast::unview::module(field).map_err(|err| type_error(err.0))?;
    if let Err(invalid) = ferrython_ast::validate::validate(&tree) {
        return Err(if invalid.type_error { type_error(invalid.msg) } else { value_error(invalid.msg) });
    }
    Ok(tree)
}

fn is_instance(classes: &Dict, value: &Value, class: &str) -> bool {
    match classes.get_str(&intern(class)) {
        Some(Value::Obj(class)) => is_subtype(class_of(value), &class),
        _ => false,
    }
}

struct Reader<'a> {
    classes: &'a Dict,
}

impl Reader<'_> {
    /// A node of the abstract or product type `type_name` (`expr`, `arguments`, ...).
    fn node(&self, thread: &mut Thread, value: &Value, type_name: &str) -> PyResult<Field> {
        thread.nested(|thread| self.node_unguarded(thread, value, type_name))
    }

    fn node_unguarded(&self, thread: &mut Thread, value: &Value, type_name: &str) -> PyResult<Field> {
        // The positions of an abstract type's nodes are read before its class is checked, those
        // of a product type (`arg`, `keyword`, `alias`) after its fields, as CPython does.
        let abstract_located = CLASSES.iter().any(|c| c.name == type_name && c.signature.is_none() && c.located);
        let mut loc = if abstract_located { Some(self.location(thread, value, type_name)?) } else { None };
        let class = self.concrete_class(thread, value, type_name)?;
        if class.name == "Constant" {
            let constant = protocols::getattr_opt(thread, value, "value")?;
            if let Some(items) = constant.as_ref().and_then(as_tuple) {
                let loc = loc.unwrap_or_default();
                return constant_tuple(items, loc);
            }
        }
        let signature = class.signature.unwrap_or("");
        let mut fields = Vec::new();
        for spec in fields_of(signature) {
            let field = self.field(thread, value, class.name, &spec)?;
            if let (("ImportFrom", "level"), Field::Int(level)) = ((class.name, spec.name), &field) {
                if *level < 0 {
                    return Err(value_error("Negative ImportFrom level"));
                }
            }
            fields.push((spec.name, field));
        }
        if class.located && loc.is_none() {
            loc = Some(self.location(thread, value, class.name)?);
        }
        Ok(Field::Node(Node { class: class.name, fields, loc }))
    }

    /// The class of the tree that `value` is an instance of, checked in the order of the grammar.
    fn concrete_class(&self, thread: &mut Thread, value: &Value, type_name: &str) -> PyResult<&'static NodeClass> {
        let candidates =
            CLASSES.iter().filter(|c| c.signature.is_some() && (c.base == type_name || c.name == type_name));
        for class in candidates {
            if is_instance(self.classes, value, class.name) {
                return Ok(class);
            }
        }
        let shown = protocols::repr(thread, value)?;
        Err(type_error(format!("expected some sort of {type_name}, but got {shown}")))
    }

    fn field(&self, thread: &mut Thread, node: &Value, class: &str, spec: &FieldSpec<'static>) -> PyResult<Field> {
        let value = protocols::getattr_opt(thread, node, spec.name)?;
        match spec.arity {
            Arity::List => {
                // Python 3.12 takes a missing list as empty.
                let Some(value) = value else { return Ok(Field::List(Vec::new())) };
                let Some(items) = as_list(&value).map(|l| l.lock().to_vec()) else {
                    return Err(type_error(format!(
                        "{class} field \"{}\" must be a list, not a {}",
                        spec.name,
                        type_name(&value)
                    )));
                };
                let mut fields = Vec::with_capacity(items.len());
                for item in &items {
                    // Holes of `Dict.keys` and `arguments.kw_defaults` are None.
                    if item.is_none() && matches!(spec.name, "keys" | "kw_defaults") {
                        fields.push(Field::None);
                        continue;
                    }
                    fields.push(self.leaf_or_node(thread, item, spec)?);
                }
                Ok(Field::List(fields))
            }
            Arity::Optional => match value {
                None | Some(Value::None) => Ok(Field::None),
                Some(value) => self.leaf_or_node(thread, &value, spec),
            },
            Arity::One => match value {
                None => Err(missing(spec.name, class)),
                Some(Value::None) if spec.type_name != "constant" => {
                    Err(value_error(format!("field '{}' is required for {class}", spec.name)))
                }
                Some(value) => self.leaf_or_node(thread, &value, spec),
            },
        }
    }

    /// A field's value: a leaf of the type's kind, or a node.
    fn leaf_or_node(&self, thread: &mut Thread, value: &Value, spec: &FieldSpec<'_>) -> PyResult<Field> {
        match spec.type_name {
            "identifier" => match as_pystr(value) {
                Some(s) if matches!(value.payload(), Some(Payload::Str(_))) => Ok(Field::Str(s.as_str().into_owned())),
                _ => Err(type_error("AST identifier must be of type str")),
            },
            "string" => match as_pystr(value) {
                Some(s) => Ok(Field::Str(s.as_str().into_owned())),
                None => Err(type_error("AST string must be of type str")),
            },
            "int" => match crate::objects::int::to_i64(value) {
                Some(n) if !matches!(value, Value::Float(_)) => Ok(Field::Int(n)),
                _ => {
                    let shown = protocols::repr(thread, value)?;
                    Err(value_error(format!("invalid integer value: {shown}")))
                }
            },
            "constant" => Ok(Field::Constant(constant(value)?)),
            _ => self.node(thread, value, spec.type_name),
        }
    }

    /// The positions of a node; `owner` names its type in the messages.
    fn location(&self, thread: &mut Thread, node: &Value, owner: &str) -> PyResult<Loc> {
        let mut read = |name: &str, default: Option<i64>| -> PyResult<i64> {
            match protocols::getattr_opt(thread, node, name)? {
                Some(Value::None) | None => match default {
                    Some(d) => Ok(d),
                    None => Err(missing(name, owner)),
                },
                Some(value) => match crate::objects::int::to_i64(&value) {
                    Some(n) => Ok(n),
                    None => {
                        let shown = protocols::repr(thread, &value)?;
                        Err(value_error(format!("invalid integer value: {shown}")))
                    }
                },
            }
        };
        let lineno = read("lineno", None)?;
        let col_offset = read("col_offset", None)?;
        let end_lineno = read("end_lineno", Some(lineno))?;
        let end_col_offset = read("end_col_offset", Some(col_offset))?;
        if lineno > end_lineno {
            return Err(value_error(format!("AST node line range ({lineno}, {end_lineno}) is not valid")));
        }
        if (lineno < 0 && end_lineno != lineno) || (col_offset < 0 && col_offset != end_col_offset) {
            return Err(value_error(format!(
                "AST node column range ({col_offset}, {end_col_offset}) for line range ({lineno}, {end_lineno}) is not \
                 valid"
            )));
        }
        if lineno == end_lineno && col_offset > end_col_offset {
            return Err(value_error(format!(
                "line {lineno}, column {col_offset}-{end_col_offset} is not a valid range"
            )));
        }
        let clamp = |n: i64| n.clamp(0, u32::MAX.into()) as u32;
        Ok(Loc {
            lineno: clamp(lineno),
            col_offset: clamp(col_offset),
            end_lineno: clamp(end_lineno),
            end_col_offset: clamp(end_col_offset),
        })
    }
}

/// A tuple constant (which optimizers put in trees) as the tuple display of its items: the
/// compiler folds it back into one constant.
fn constant_tuple(items: &[Value], loc: Loc) -> PyResult<Field> {
    let mut elts = Vec::with_capacity(items.len());
    for item in items {
        elts.push(match as_tuple(item) {
            Some(inner) => constant_tuple(inner, loc)?,
            None => Field::Node(Node {
                class: "Constant",
                fields: vec![("value", Field::Constant(constant(item)?)), ("kind", Field::None)],
                loc: Some(loc),
            }),
        });
    }
    let load = Field::Node(Node { class: "Load", fields: Vec::new(), loc: None });
    Ok(Field::Node(Node { class: "Tuple", fields: vec![("elts", Field::List(elts)), ("ctx", load)], loc: Some(loc) }))
}

fn missing(field: &str, class: &str) -> PyErr {
    type_error(format!("required field \"{field}\" missing from {class}"))
}

/// A `Constant` value: the types CPython's compiler accepts there.
fn constant(value: &Value) -> PyResult<Constant> {
    Ok(match value {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(*b),
        Value::Int(n) => Constant::Int(Int::Small(*n)),
        Value::Float(f) => Constant::Float(*f),
        _ => match value.payload() {
            Some(Payload::Str(s)) => Constant::Str(PyStr::from_wtf8(s.wtf8().to_vec())),
            Some(Payload::Bytes(b)) => Constant::Bytes(b.to_vec()),
            Some(Payload::Complex((real, imag))) => Constant::Complex { real: *real, imag: *imag },
            Some(Payload::Int(big)) => Constant::Int(Int::from_big(big.clone())),
            Some(Payload::Float(f)) => Constant::Float(*f),
            _ if value.is(&crate::builtins::ellipsis()) => Constant::Ellipsis,
            _ => return Err(type_error(format!("got an invalid type in Constant: {}", type_name(value)))),
        },
    })
}
