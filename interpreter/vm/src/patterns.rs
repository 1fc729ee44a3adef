//! The runtime side of `match`: which subjects are mappings and sequences, and the lookups of
//! mapping and class patterns.

use crate::call::call;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::{class_of, is_subtype, type_data, type_name, types};
use crate::objects::{as_tuple, tuple, OwnedPayload, Payload};
use crate::protocols::{self, getattr_opt};
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

fn derives_from_any(value: &Value, kinds: &[&crate::value::ObjRef]) -> bool {
    let class = class_of(value);
    kinds.iter().any(|k| is_subtype(class, k))
}

/// MATCH_MAPPING: dicts and their subclasses (and classes that say so with `__match_mapping__`
/// until `collections.abc` registration exists).
pub fn is_mapping(value: &Value) -> bool {
    derives_from_any(value, &[&types().dict])
}

/// MATCH_SEQUENCE: list, tuple, range and subclasses; never str, bytes or bytearray.
pub fn is_sequence(value: &Value) -> bool {
    let t = types();
    derives_from_any(value, &[&t.list, &t.tuple, &t.range])
}

/// MATCH_KEYS: the values for `keys`, or None when one is missing.
pub fn match_keys(thread: &mut Thread, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).map(<[Value]>::to_vec).unwrap_or_default();
    let get = protocols::getattr(thread, subject, &intern_static("get"))?;
    let sentinel =
        Value::Obj(crate::value::ObjRef::new(types().object.clone(), None, OwnedPayload::Instance(Default::default())));
    let mut seen: Vec<Value> = Vec::new();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        for s in &seen {
            if protocols::rich_eq(thread, s, &key)? {
                let shown = protocols::repr(thread, &key)?;
                return Err(value_error(format!("mapping pattern checks duplicate key ({shown})")));
            }
        }
        seen.push(key.clone());
        let value = call(thread, &get, Args::positional(&[key, sentinel.clone()]))?;
        if value.is(&sentinel) {
            return Ok(Value::None);
        }
        values.push(value);
    }
    Ok(tuple(values))
}

/// The builtin classes whose single positional sub-pattern matches the subject itself.
fn matches_self(class: &crate::value::ObjRef) -> bool {
    let t = types();
    [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
        .iter()
        .any(|c| crate::value::ObjRef::ptr_eq(c, class))
}

/// MATCH_CLASS: the attributes for the sub-patterns, or None when the subject does not match.
pub fn match_class(
    thread: &mut Thread,
    subject: &Value,
    class: &Value,
    positional: usize,
    kwnames: &Value,
) -> PyResult<Value> {
    let Some(class_obj) = class.as_obj().filter(|c| matches!(c.payload(), Payload::Type(_))).cloned() else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !is_subtype(class_of(subject), &class_obj) {
        return Ok(Value::None);
    }
    let mut names: Vec<Value> = Vec::new();
    let mut attrs = Vec::new();
    if positional > 0 {
        let match_args = getattr_opt(thread, class, "__match_args__")?;
        let class_name = type_data(&class_obj).name();
        match match_args {
            Some(args) => {
                let Some(items) = as_tuple(&args).map(<[Value]>::to_vec) else {
                    return Err(type_error(format!(
                        "{class_name}.__match_args__ must be a tuple (got {})",
                        type_name(&args)
                    )));
                };
                if positional > items.len() {
                    let plural = if items.len() == 1 { "" } else { "s" };
                    return Err(type_error(format!(
                        "{class_name}() accepts {} positional sub-pattern{plural} ({positional} given)",
                        items.len()
                    )));
                }
                for item in items.into_iter().take(positional) {
                    if as_pystr(&item).is_none() {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(&item)
                        )));
                    }
                    names.push(item);
                }
            }
            None if matches_self(&class_obj) => {
                if positional > 1 {
                    return Err(type_error(format!(
                        "{class_name}() accepts 1 positional sub-pattern ({positional} given)"
                    )));
                }
                attrs.push(subject.clone());
            }
            None => {
                return Err(type_error(format!(
                    "{class_name}() accepts 0 positional sub-patterns ({positional} given)"
                )));
            }
        }
    }
    names.extend(as_tuple(kwnames).map(<[Value]>::to_vec).unwrap_or_default());
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let text = as_pystr(&name).map(|s| s.as_str().into_owned()).unwrap_or_default();
        if seen.contains(&text) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{text}'",
                type_data(&class_obj).name()
            )));
        }
        seen.push(text.clone());
        match getattr_opt(thread, subject, &text)? {
            Some(value) => attrs.push(value),
            None => return Ok(Value::None),
        }
    }
    Ok(tuple(attrs))
}
