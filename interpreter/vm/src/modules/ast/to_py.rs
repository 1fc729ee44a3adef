//! A Rust tree as node objects: what `compile(..., PyCF_ONLY_AST)` returns. Written over the
//! tree's generic view (`ferrython_ast::view`), so that field names and order are stated once.

use ferrython_ast::view::{Field, View};
use ferrython_ast::{Constant, Int};

use crate::objects::int::int_from_big;
use crate::objects::str::{intern, new_str, str_object, PyString};
use crate::objects::typeobj::types;
use crate::objects::{list, new_dict, Dict, OwnedPayload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The node objects of `tree`.
pub fn to_py(thread: &mut Thread, tree: &impl View) -> PyResult<Value> {
    let classes = super::namespace(thread)?;
    let view = tree.view();
    convert(thread, crate::ops::namespace(&classes), &view)
}

fn convert(thread: &mut Thread, classes: &Dict, field: &Field) -> PyResult<Value> {
    Ok(match field {
        Field::Node(node) => {
            let Some(Value::Obj(class)) = classes.get_str(&intern(node.class)) else {
                return Err(crate::objects::exception::system_error(format!("no ast class {}", node.class)));
            };
            let dict = new_dict();
            let ns = crate::ops::namespace(&dict);
            for (name, value) in &node.fields {
                let value = thread.nested(|thread| convert(thread, classes, value))?;
                ns.set_str(&intern(name), value);
            }
            if let Some(loc) = node.loc {
                let values = [loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset];
                for (name, value) in super::LOCATION.iter().zip(values) {
                    ns.set_str(&intern(name), Value::Int(value.into()));
                }
            }
            Value::Obj(ObjRef::new(class, Some(dict), OwnedPayload::Instance(Default::default())))
        }
        Field::List(items) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(convert(thread, classes, item)?);
            }
            list(values)
        }
        Field::Str(text) => new_str(text.clone()),
        Field::Int(value) => Value::Int(*value),
        Field::Constant(value) => constant(value),
        Field::None => Value::None,
    })
}

/// A constant as a Python value.
pub fn constant(value: &Constant) -> Value {
    let t = types();
    match value {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => crate::builtins::ellipsis(),
        Constant::Int(Int::Small(i)) => Value::Int(*i),
        Constant::Int(Int::Big(big)) => int_from_big(big.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => {
            Value::Obj(ObjRef::new(t.complex.clone(), None, OwnedPayload::Complex((*real, *imag))))
        }
        Constant::Str(s) => str_object(PyString::from_wtf8(s.as_wtf8())),
        Constant::Bytes(b) => Value::Obj(ObjRef::new(t.bytes.clone(), None, OwnedPayload::Bytes(b.clone().into()))),
    }
}
