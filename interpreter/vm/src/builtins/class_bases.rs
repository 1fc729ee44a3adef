//! A class's method resolution order as its metaclass's `mro()` gives it, and `__bases__`
//! assignment, with CPython 3.12's checks, errors and behaviour under re-entry (a custom
//! `mro()` that assigns `__bases__` itself).

use crate::call::call_method;
use crate::objects::exception::type_error;
use crate::objects::str::intern_static;
use crate::objects::typeobj::{self, is_subtype, lookup, type_data, type_name, types};
use crate::objects::{as_tuple, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The MRO `class` gets now: C3 of its bases, or what its metaclass's own `mro()` returns
/// (any iterable of classes whose layouts the class's instances have), as CPython's
/// `mro_invoke` computes it. Python code may run.
pub(crate) fn compute_mro(thread: &mut Thread, class: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let meta = class.class.clone();
    let custom = match lookup(&meta, &intern_static("mro")) {
        _ if ObjRef::ptr_eq(&meta, &types().type_) => None,
        Some(method) if !matches!(method.payload(), Some(Payload::Builtin(b)) if b.name == "mro") => Some(method),
        _ => None,
    };
    let Some(method) = custom else {
        let bases = type_data(class).bases.read().clone();
        return super::classes::c3_mro(class, &bases);
    };
    let class_value = Value::Obj(class.clone());
    let result = call_method(thread, &method, &class_value, std::slice::from_ref(&class_value))?;
    let items = protocols::iter::collect(thread, &result)?;
    let solid = typeobj::solid_base(class);
    let mut mro = Vec::with_capacity(items.len());
    for item in items {
        let Some(base) = item.as_obj().filter(|o| matches!(o.payload(), Payload::Type(_))) else {
            return Err(type_error(format!("mro() returned a non-class ('{}')", type_name(&item))));
        };
        if !layout_extends(&solid, &typeobj::solid_base(base)) {
            return Err(type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                type_data(base).name()
            )));
        }
        mro.push(base.clone());
    }
    Ok(mro)
}

/// Whether the layout `solid` extends `base`'s: `base` is `solid` or one of its bases' chain.
fn layout_extends(solid: &ObjRef, base: &ObjRef) -> bool {
    let mut class = solid.clone();
    // A chain of bases is short; the bound only guards against a cycle made in a race.
    for _ in 0..10_000 {
        if ObjRef::ptr_eq(&class, base) {
            return true;
        }
        let next = typeobj::best_base(&type_data(&class).bases.read());
        match next {
            Some(next) => class = next,
            None => return false,
        }
    }
    false
}

/// `class.__bases__ = value` (value None: `del`), for a class made by Python code.
pub(crate) fn set_bases(thread: &mut Thread, class: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let data = type_data(class);
    let name = data.name();
    let Some(value) = value else {
        return Err(type_error(format!("cannot delete '__bases__' attribute of immutable type '{name}'")));
    };
    let Some(items) = as_tuple(&value).filter(|_| matches!(value.payload(), Some(Payload::Tuple(_)))) else {
        return Err(type_error(format!("can only assign tuple to {name}.__bases__, not {}", type_name(&value))));
    };
    if items.is_empty() {
        return Err(type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut new_bases = Vec::with_capacity(items.len());
    for item in items {
        let Some(base) = item.as_obj().filter(|o| matches!(o.payload(), Payload::Type(_))) else {
            return Err(type_error(format!("{name}.__bases__ must be tuple of classes, not '{}'", type_name(item))));
        };
        // A base reaching the class through its MRO, or (inside a re-entered assignment,
        // before that MRO is updated) through its chain of layout bases, makes a cycle.
        if is_subtype(base, class) || layout_extends(base, class) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        new_bases.push(base.clone());
    }
    let new_base = super::classes::layout_base_of(&new_bases)?;
    let old_bases = data.bases.read().clone();
    let old_base = typeobj::best_base(&old_bases).unwrap_or_else(|| types().object.clone());
    if !typeobj::same_layout(&old_base, &new_base) {
        // CPython compares the deallocators first: `object`'s differs from the builtin
        // containers' (which the cycle collector tracks).
        let plain = |c: &ObjRef| type_data(c).kind == typeobj::BaseKind::Object;
        let what = if plain(&old_base) != plain(&new_base) { "deallocator" } else { "object layout" };
        return Err(type_error(format!(
            "__bases__ assignment: '{}' {what} differs from '{}'",
            type_data(&new_base).name(),
            type_data(&old_base).name()
        )));
    }
    *data.bases.write() = new_bases.clone();
    let mut changed = Vec::new();
    let result = mro_hierarchy(thread, class, &mut changed);
    let ours = same_classes(&data.bases.read(), &new_bases);
    if let Err(err) = result {
        // Each MRO changed goes back, unless a re-entered assignment replaced it since.
        for (changed_class, new_mro, old_mro) in changed.into_iter().rev() {
            let mut mro = type_data(&changed_class).mro.write();
            if same_classes(&mro, &new_mro) {
                *mro = old_mro;
            }
            drop(mro);
            modified(&changed_class);
        }
        if ours {
            *data.bases.write() = old_bases;
            modified(class);
        }
        return Err(err);
    }
    // A re-entered assignment that replaced the bases did this already.
    if ours {
        for base in &old_bases {
            typeobj::unregister_subclass(base, class);
        }
        for base in &new_bases {
            typeobj::register_subclass(base, class);
        }
    }
    modified(class);
    Ok(())
}

fn same_classes(a: &[ObjRef], b: &[ObjRef]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| ObjRef::ptr_eq(x, y))
}

/// A class's namespace lookups (its own and its subclasses') are stale.
fn modified(class: &ObjRef) {
    type_data(class).bump_version();
    typeobj::invalidate_subclasses(&Value::Obj(class.clone()));
}

/// Recomputes the MRO of `class` and then of its subclasses, recording each change (class,
/// new MRO, old MRO) for an undo; stops at a class whose MRO a re-entered assignment changed
/// while its `mro()` ran.
fn mro_hierarchy(
    thread: &mut Thread,
    class: &ObjRef,
    changed: &mut Vec<(ObjRef, Vec<ObjRef>, Vec<ObjRef>)>,
) -> PyResult<()> {
    let old_mro = type_data(class).mro.read().clone();
    let new_mro = compute_mro(thread, class)?;
    {
        let mut mro = type_data(class).mro.write();
        if !same_classes(&mro, &old_mro) {
            return Ok(());
        }
        *mro = new_mro.clone();
    }
    modified(class);
    changed.push((class.clone(), new_mro, old_mro));
    for sub in typeobj::subclasses_of(class) {
        mro_hierarchy(thread, &sub, changed)?;
    }
    Ok(())
}
