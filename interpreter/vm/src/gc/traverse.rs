//! What each kind of object refers to (`traverse`, CPython's tp_traverse) and how an unreachable
//! one lets go of its references (`clear`, CPython's tp_clear).
//!
//! `traverse` visits only counted references (a reference held without a count, such as a
//! frame's `Borrowed` globals, is never visited: subtracting it would make a live object look
//! unreachable). Missing a counted reference is safe: the object it points to just looks
//! referenced from outside, so a cycle through it is kept. Native objects (`Payload::Native`)
//! say what they hold through `NativeData`.
//! Both take the object's own locks one at a time and never run Python code.

use crate::objects::iter::IterState;
use crate::objects::{DictViewData, MemberData, Payload, RangeData, SliceData, SuperData, TracebackData};
use crate::value::{ObjRef, PyObject, Value};

/// Receives the references an object holds.
pub(crate) trait Visitor {
    fn object(&mut self, obj: &ObjRef);

    fn value(&mut self, value: &Value) {
        if let Value::Obj(obj) = value {
            self.object(obj);
        }
    }
}

/// The state of a native object (`Payload::Native`): any Rust type a native module keeps in
/// its objects, with what the collector must know of the references it holds. A state that
/// holds none (a lock, a compressor) implements neither method.
pub trait NativeData: std::any::Any + Send + Sync {
    /// Visits every counted reference the state holds.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// Lets go of the references that can make a cycle (the object is unreachable), for the
    /// caller to drop after the state's locks are released.
    fn clear(&self) -> Vec<Value> {
        Vec::new()
    }

    /// One step of a native iterator (`collections._deque_iterator`), for `for` loops and
    /// `next()` to take without calling `__next__`: Some(Ok(None)) at its end. None for states
    /// that are not iterators.
    fn step(&self) -> Option<crate::PyResult<Option<Value>>> {
        None
    }

    /// The length of a native container (`collections.deque`), for `len()` and truth tests to
    /// read without a call; None for other states.
    fn len(&self) -> Option<usize> {
        None
    }

    /// The bytes the object exports through the buffer protocol (`array.array`), if it does.
    fn buffer(&self) -> Option<crate::objects::memoryview::BufferExport<'_>> {
        None
    }
}

impl dyn NativeData {
    /// The state as a `T`, if it is one.
    pub fn downcast_ref<T: std::any::Any>(&self) -> Option<&T> {
        (self as &dyn std::any::Any).downcast_ref()
    }
}

/// Visits every counted reference `object` holds: its payload's, then its `__dict__` and its
/// class if it is a heap type (list and tuple items last to first, as CPython's traversal shows in
/// `gc.get_referents`).
pub(crate) fn traverse(object: &PyObject, v: &mut impl Visitor) {
    match object.payload() {
        Payload::Instance(slots) => slots.lock().iter().for_each(|s| v.value(s)),
        Payload::Tuple(items) => items.iter().rev().for_each(|i| v.value(i)),
        Payload::List(items) => items.lock().packed().iter().rev().for_each(|i| v.value(&i.view())),
        Payload::Dict(d) => d.for_each_entry(|key, value| {
            v.value(value);
            v.value(key);
        }),
        Payload::Set(d) | Payload::FrozenSet(d) => d.for_each_entry(|key, _| v.value(key)),
        Payload::Range(RangeData { start, stop, step }) | Payload::Slice(SliceData { start, stop, step }) => {
            [start, stop, step].into_iter().for_each(|x| v.value(x))
        }
        Payload::Cell(value) => v.value(&value.lock()),
        Payload::Function(f) => {
            [&f.code_object, &f.globals, &f.builtins].into_iter().for_each(|o| v.object(o));
            f.closure.iter().for_each(|cell| v.object(cell));
            for field in [&f.name, &f.qualname, &f.defaults, &f.kwdefaults, &f.annotations, &f.doc, &f.module] {
                v.value(&field.lock());
            }
            v.value(&f.type_params.lock());
        }
        Payload::Builtin(b) => {
            if let Some(bound) = &b.bound {
                v.value(bound);
            }
            if let Some(owner) = &b.owner {
                v.object(owner);
            }
            if let Some(module) = &b.module {
                v.object(module);
            }
        }
        Payload::Method(m) => {
            v.value(&m.func);
            v.value(&m.instance);
        }
        Payload::Type(t) => {
            t.bases.read().iter().for_each(|b| v.object(b));
            t.mro.read().iter().for_each(|c| v.object(c));
            t.namespace().for_each_entry(|key, value| {
                v.value(value);
                v.value(key);
            });
        }
        Payload::Exception(e) => {
            let fields = e.fields.lock();
            [&fields.args, &fields.traceback, &fields.cause, &fields.context].into_iter().for_each(|x| v.value(x));
        }
        Payload::Iterator(state) => traverse_iterator(&state.lock(), v),
        Payload::Generator(g) => {
            v.value(&g.name.lock());
            v.value(&g.qualname.lock());
            let state = g.state.lock();
            state.values.iter().for_each(|x| v.value(x));
            if let Some(handled) = &state.handled {
                v.object(handled);
            }
            v.value(&state.finalizer);
            if let Some(frame) = state.frame.as_ref() {
                traverse_frame(frame, v);
            }
        }
        Payload::Property(p) => {
            [&p.fget, &p.fset, &p.fdel].into_iter().for_each(|x| v.value(x));
            v.value(&p.doc.lock());
            v.value(&p.name.lock());
        }
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => v.value(f),
        Payload::Super(SuperData { this_class, obj, obj_class }) => {
            v.object(this_class);
            v.value(obj);
            v.object(obj_class);
        }
        Payload::Member(MemberData { name, owner, .. }) => {
            v.object(name);
            v.object(owner);
        }
        Payload::Frame(f) => {
            v.value(&f.code_object.lock());
            v.object(&f.globals);
            v.object(&f.builtins);
            v.value(&f.locals.lock());
            v.value(&f.back.lock());
            v.value(&f.trace.lock().func);
        }
        Payload::Traceback(TracebackData { frame, next, .. }) => {
            v.object(frame);
            v.value(&next.lock());
        }
        Payload::DictView(DictViewData { dict, .. }) => v.object(dict),
        Payload::AwaitableStep(step) => {
            v.object(&step.agen);
            if let crate::generator::AwaitState::Initial(value, err) = &*step.state.lock() {
                v.value(value);
                if let Some(err) = err {
                    v.object(&err.0);
                }
            }
        }
        Payload::Alias(alias) => traverse_alias(alias, v),
        Payload::MemoryView(view) => v.value(&view.source),
        Payload::Native(state) => state.traverse(&mut |x| v.value(x)),
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Code(_)
        | Payload::Module
        | Payload::Singleton => {}
    }
    if object.gc.has_displaced_dicts() {
        crate::objects::displaced::for_each(object, |dict| v.object(dict));
    }
    if let Some(dict) = object.dict().as_ref() {
        v.object(dict);
    }
    // Builtin types are immortal (never garbage); CPython visits only heap types too.
    if crate::objects::typeobj::type_data(&object.class).heap {
        v.object(&object.class);
    }
}

fn traverse_iterator(state: &IterState, v: &mut impl Visitor) {
    match state {
        IterState::List { list: o, .. }
        | IterState::Tuple { tuple: o, .. }
        | IterState::Str { string: o, .. }
        | IterState::Bytes { bytes: o, .. }
        | IterState::Dict { dict: o, .. } => v.object(o),
        IterState::Set { set, items, .. } => {
            v.object(set);
            items.iter().for_each(|x| v.value(x));
        }
        IterState::Seq { seq, .. } => v.value(seq),
        IterState::Callable { callable, sentinel } => {
            v.value(callable);
            v.value(sentinel);
        }
        IterState::Enumerate { iter, count, last } => {
            v.value(iter);
            v.value(count);
            if let Some(last) = last {
                v.object(last);
            }
        }
        IterState::Zip { iters, last, .. } => {
            iters.iter().for_each(|x| v.value(x));
            if let Some(last) = last {
                v.object(last);
            }
        }
        IterState::Map { func, iters } => {
            v.value(func);
            iters.iter().for_each(|x| v.value(x));
        }
        IterState::Filter { func, iter } => {
            v.value(func);
            v.value(iter);
        }
        IterState::Range { .. } | IterState::LongRange(_) | IterState::Exhausted => {}
    }
}

/// The counted references of a suspended generator's frame (its code, globals and builtins
/// are borrowed from the owner).
fn traverse_frame(frame: &crate::frame::Frame, v: &mut impl Visitor) {
    match frame.owner.as_deref() {
        Some(crate::frame::FrameOwner::Function(func)) => v.object(func),
        Some(crate::frame::FrameOwner::Code { code_object, globals, builtins, .. }) => {
            v.value(code_object);
            v.object(globals);
            v.object(builtins);
        }
        None => {}
    }
    v.value(&frame.locals);
    if let Some(handled) = &frame.outer_handled {
        v.object(handled);
    }
    if let Some(object) = &frame.object {
        v.object(object);
    }
}

fn traverse_alias(alias: &crate::typing::Alias, v: &mut impl Visitor) {
    use crate::typing::Alias;
    match alias {
        Alias::Generic { origin, args } => {
            v.value(origin);
            v.value(args);
        }
        Alias::Union(items) => items.iter().for_each(|x| v.value(x)),
        Alias::TypeParam { name, evaluate, .. } => {
            v.value(name);
            v.value(&evaluate.lock());
        }
        Alias::TypeAlias { name, params, value, .. } => {
            v.value(name);
            v.value(params);
            v.value(&value.lock());
        }
    }
}

/// Breaks the references an unreachable object holds, where its kind lets them change (a
/// cycle always passes through at least one such object: immutable links alone cannot close
/// one). The references are dropped after the object's locks are released, since dropping
/// one may free other objects.
pub(crate) fn clear(object: &PyObject) {
    let mut dropped: Vec<Value> = Vec::new();
    let mut dropped_objects: Vec<ObjRef> = Vec::new();
    match object.payload() {
        Payload::Instance(slots) => dropped = std::mem::take(&mut *slots.lock()),
        Payload::List(items) => dropped = std::mem::take(&mut *items.lock()).into_vec(),
        Payload::Dict(d) | Payload::Set(d) => d.clear(),
        Payload::Cell(value) => dropped.push(std::mem::take(&mut *value.lock())),
        Payload::Function(f) => {
            for field in [&f.defaults, &f.kwdefaults, &f.annotations, &f.type_params, &f.module, &f.doc] {
                dropped.push(std::mem::replace(&mut *field.lock(), Value::None));
            }
            // As CPython's: a finalizer that reaches the function afterwards sees empty names.
            for field in [&f.name, &f.qualname] {
                dropped.push(std::mem::replace(&mut *field.lock(), crate::objects::str::new_str("")));
            }
        }
        Payload::Type(t) => {
            dropped_objects.append(&mut t.mro.write());
            dropped_objects.append(&mut t.bases.write());
            t.namespace().clear();
            // The lookup caches know the class by its version (`site_cache` borrows from it).
            t.bump_version();
        }
        Payload::Exception(e) => {
            let mut guard = e.fields.lock();
            let fields = &mut *guard;
            for field in [&mut fields.traceback, &mut fields.cause, &mut fields.context] {
                dropped.push(std::mem::replace(field, Value::None));
            }
            dropped.push(std::mem::replace(&mut fields.args, crate::objects::tuple(Vec::new())));
        }
        Payload::Iterator(state) => {
            let old = std::mem::replace(&mut *state.lock(), IterState::Exhausted);
            drop(old);
        }
        Payload::Generator(g) => {
            let mut state = g.state.lock();
            state.finished = true;
            dropped = std::mem::take(&mut state.values);
            dropped.push(state.handled.take().into());
            dropped.push(std::mem::take(&mut state.finalizer));
            let frame = state.frame.take();
            drop(state);
            drop(frame);
        }
        Payload::Frame(f) => {
            dropped.push(std::mem::take(&mut *f.locals.lock()));
            dropped.push(std::mem::replace(&mut *f.back.lock(), Value::None));
            dropped.push(std::mem::take(&mut f.trace.lock().func));
        }
        Payload::Traceback(TracebackData { next, .. }) => {
            dropped.push(std::mem::replace(&mut *next.lock(), Value::None))
        }
        Payload::Native(state) => dropped = state.clear(),
        _ => {}
    }
    // The instance dict too (CPython clears the `__dict__` of a class's instances): it may be
    // the object itself (`self.__dict__ = self`). No code can still read the slot: the
    // object is unreachable.
    dropped_objects.extend(object.dict().replace(None));
    dropped_objects.extend(crate::objects::displaced::take(object));
    drop(dropped);
    drop(dropped_objects);
}
