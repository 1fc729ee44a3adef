//! The `itertools` module: lazy iterator types, each a builtin type whose instances hold a
//! native state (`Payload::Native`), with `__iter__` returning the iterator and `__next__`
//! advancing it.
//!
//! The states sit behind locks that are never held while Python code runs: a `__next__` takes
//! what it needs (the underlying iterator, the function to call), lets go of the lock, calls,
//! and locks again to record the step. A `__next__` can therefore be re-entered, or run on two
//! threads at once, without deadlock; the interleaving is then unspecified, as in CPython.
//!
//! The types are grouped by kind: `infinite` (count, cycle, repeat), `filtering` (compress,
//! dropwhile, takewhile, filterfalse, islice), `mapping` (accumulate, batched, chain,
//! pairwise, starmap, zip_longest), `grouping` (groupby and its `_grouper`), `tee`, and
//! `combinatoric` (product, permutations, combinations, combinations_with_replacement).

mod combinatoric;
mod filtering;
mod grouping;
mod infinite;
mod mapping;
mod tee;

use std::sync::OnceLock;

use crate::builtins::{add_methods, native_function, Method};
use crate::method;
use crate::objects::exception::{stop_iteration, type_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{lookup, new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The itertools types (builtin types, shared by every interpreter of the process).
pub(crate) struct ItertoolsTypes {
    pub grouper: ObjRef,
    pub tee: ObjRef,
    /// Every public type, by name.
    pub all: Vec<(&'static str, ObjRef)>,
}

/// A type's name, its methods besides `__iter__`, and whether Python classes may derive from it.
struct TypeSpec {
    name: &'static str,
    methods: &'static [Method],
    subclassable: bool,
}

const SPECS: &[TypeSpec] = &[
    TypeSpec { name: "accumulate", methods: mapping::ACCUMULATE, subclassable: true },
    TypeSpec { name: "batched", methods: mapping::BATCHED, subclassable: true },
    TypeSpec { name: "chain", methods: mapping::CHAIN, subclassable: true },
    TypeSpec { name: "combinations", methods: combinatoric::COMBINATIONS, subclassable: true },
    TypeSpec {
        name: "combinations_with_replacement",
        methods: combinatoric::COMBINATIONS_WITH_REPLACEMENT,
        subclassable: true,
    },
    TypeSpec { name: "compress", methods: filtering::COMPRESS, subclassable: true },
    TypeSpec { name: "count", methods: infinite::COUNT, subclassable: true },
    TypeSpec { name: "cycle", methods: infinite::CYCLE, subclassable: true },
    TypeSpec { name: "dropwhile", methods: filtering::DROPWHILE, subclassable: true },
    TypeSpec { name: "filterfalse", methods: filtering::FILTERFALSE, subclassable: true },
    TypeSpec { name: "groupby", methods: grouping::GROUPBY, subclassable: true },
    TypeSpec { name: "islice", methods: filtering::ISLICE, subclassable: true },
    TypeSpec { name: "pairwise", methods: mapping::PAIRWISE, subclassable: true },
    TypeSpec { name: "permutations", methods: combinatoric::PERMUTATIONS, subclassable: true },
    TypeSpec { name: "product", methods: combinatoric::PRODUCT, subclassable: true },
    TypeSpec { name: "repeat", methods: infinite::REPEAT, subclassable: true },
    TypeSpec { name: "starmap", methods: mapping::STARMAP, subclassable: true },
    TypeSpec { name: "takewhile", methods: filtering::TAKEWHILE, subclassable: true },
    TypeSpec { name: "zip_longest", methods: mapping::ZIP_LONGEST, subclassable: true },
];

/// The two private types: a group of `groupby`, and one iterator of `tee`.
const GROUPER: TypeSpec = TypeSpec { name: "_grouper", methods: grouping::GROUPER, subclassable: false };
const TEE: TypeSpec = TypeSpec { name: "_tee", methods: tee::TEE, subclassable: false };

fn make_type(spec: &TypeSpec) -> ObjRef {
    let t = types();
    let class =
        new_builtin_type(&t.type_, spec.name, std::slice::from_ref(&t.object), BaseKind::Object, spec.subclassable);
    set_builtin_attr(&class, "__module__", new_str("itertools"));
    add_methods(&class, &[method!("__iter__", iter_self)]);
    add_methods(&class, spec.methods);
    class
}

/// The itertools types.
pub(crate) fn itertools_types() -> &'static ItertoolsTypes {
    static TYPES: OnceLock<ItertoolsTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let all = SPECS.iter().map(|spec| (spec.name, make_type(spec))).collect();
        ItertoolsTypes { grouper: make_type(&GROUPER), tee: make_type(&TEE), all }
    })
}

/// Makes the `itertools` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let types = itertools_types();
    for (name, class) in &types.all {
        ns.set_str(&intern(name), Value::Obj(class.clone()));
    }
    ns.set_str(&intern("_grouper"), Value::Obj(types.grouper.clone()));
    ns.set_str(&intern("_tee"), Value::Obj(types.tee.clone()));
    ns.set_str(&intern("tee"), native_function("tee", tee::tee, BuiltinKind::Function, None));
    Ok(crate::objects::new_module("itertools", dict))
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the types

/// A new instance of `class` (an itertools type or a Python subclass of one) holding `state`.
/// Instances of Python subclasses get a `__dict__`.
fn instance(class: &ObjRef, state: impl crate::gc::traverse::NativeData) -> Value {
    let dict = type_data(class).heap.then(new_dict);
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state))))
}

/// The class a `__new__` was called with.
fn new_class<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, Args<'a>)> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok((class, Args { values: &args.values[1..], kwnames: args.kwnames }))
        }
        _ => Err(type_error(format!("{name}.__new__(X): X is not a type object"))),
    }
}

/// The state of the receiver of a method of type `name`.
fn receiver<'a, T: 'static>(args: &Args<'a>, method: &str, name: &str) -> PyResult<&'a T> {
    let this = args.values.first();
    match this.and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| {
        let given = this.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '{method}' requires a 'itertools.{name}' object but received a '{given}'"))
    })
}

/// Whether a call of `class` must refuse keyword arguments, as CPython's types that take
/// none do unless a subclass has an `__init__` of its own that might want them.
fn refuses_keywords(class: &ObjRef) -> bool {
    if !type_data(class).heap {
        return true;
    }
    lookup(class, &intern("__init__")).is_none_or(|init| crate::protocols::attr::is_object_method(&init, "__init__"))
}

/// `{name}() takes no keyword arguments` for a type that takes none.
fn check_no_keywords(class: &ObjRef, args: &Args<'_>, name: &str) -> PyResult<()> {
    if refuses_keywords(class) {
        crate::modules::arguments::no_keywords(args, name)?;
    }
    Ok(())
}

/// The end of an iteration.
fn exhausted() -> PyErr {
    stop_iteration(Value::None)
}

/// `__iter__`: the iterator itself.
fn iter_self(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    args.values.first().cloned().ok_or_else(|| type_error("descriptor '__iter__' needs an argument"))
}

/// The next item of `iter`, or the end of iteration.
fn next_item(thread: &mut Thread, iter: &Value) -> PyResult<Option<Value>> {
    crate::protocols::iter::next(thread, iter)
}

/// Calls `function(*args)`.
fn call(thread: &mut Thread, function: &Value, args: &[Value]) -> PyResult<Value> {
    crate::call::call(thread, function, Args::positional(args))
}

/// The items of an iterable, kept as a tuple's are (a tuple is used as it is).
fn pool_of(thread: &mut Thread, iterable: &Value) -> PyResult<Vec<Value>> {
    if ObjRef::ptr_eq(crate::objects::typeobj::class_of(iterable), &types().tuple) {
        if let Some(items) = crate::objects::as_tuple(iterable) {
            return Ok(items.to_vec());
        }
    }
    crate::protocols::iter::collect(thread, iterable)
}

/// A size argument as CPython's `Py_ssize_t` conversion takes it: `__index__`, and
/// OverflowError beyond the machine range.
fn ssize_arg(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let big = crate::protocols::number::index_big(thread, value)?;
    big.to_i64()
        .ok_or_else(|| crate::objects::exception::overflow_error("Python int too large to convert to C ssize_t"))
}
