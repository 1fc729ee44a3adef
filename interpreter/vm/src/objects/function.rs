//! `function` (Python functions), `builtin_function_or_method` (native functions) and `method`
//! (a function bound to an instance).

use std::sync::Arc;

use crate::sync::Mutex;

use crate::objects::code::Code;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A Python function: code, the globals it runs in, its defaults and its closure cells.
pub struct Function {
    pub code: Replaceable<Arc<Code>>,
    /// The code object `__code__` returns (the same object for every function made from it).
    pub code_object: Replaceable<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: Mutex<Value>,
    pub qualname: Mutex<Value>,
    /// A tuple or None.
    pub defaults: Mutex<Value>,
    /// A dict or None.
    pub kwdefaults: Mutex<Value>,
    pub closure: Box<[ObjRef]>,
    pub annotations: Mutex<Value>,
    pub doc: Mutex<Value>,
    pub module: Mutex<Value>,
    pub type_params: Mutex<Value>,
}

/// A function's code (and code object): read as a plain value (`Deref`), replaced only by
/// `__code__` assignment. The old value is leaked: frames running it hold it without a count of
/// their own (`frame::Borrowed`), and code is rarely replaced.
pub struct Replaceable<T>(std::cell::UnsafeCell<T>);

// SAFETY: the value is written only by `replace`, whose callers guarantee no other thread reads
// it meanwhile (as `value::ClassSlot`); every other access is a read of a Sync value.
#[allow(unsafe_code)]
unsafe impl<T: Sync + Send> Sync for Replaceable<T> {}

impl<T> std::ops::Deref for Replaceable<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: see `replace`: a reference read before a replacement stays valid, as the
        // old value is never dropped.
        #[allow(unsafe_code)]
        unsafe {
            &*self.0.get()
        }
    }
}

impl<T> Replaceable<T> {
    pub fn new(value: T) -> Replaceable<T> {
        Replaceable(std::cell::UnsafeCell::new(value))
    }

    /// Makes `value` the current one, leaking the old.
    ///
    /// # Safety
    /// No other thread may read the slot during the call (see `value::ClassSlot::replace`).
    #[allow(unsafe_code)]
    pub unsafe fn replace(&self, value: T) {
        // SAFETY: as the caller guarantees.
        let old = unsafe { std::ptr::replace(self.0.get(), value) };
        std::mem::forget(old);
    }
}

/// The arguments of a native call: `values` holds the positional arguments followed by the
/// values of the keyword arguments named by `kwnames` (str objects), as CPython's vectorcall.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[start..])
    }
}

/// A native function: `fn(thread, args) -> result`.
pub type NativeFn = fn(&mut Thread, Args<'_>) -> PyResult<Value>;

/// How a native function found in a type's namespace binds when looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function: never binds.
    Function,
    /// A method: looked up on an instance, it binds that instance as the first argument.
    Method,
    /// A class method: binds the class.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The instance or class it is bound to.
    pub bound: Option<Value>,
    /// The type it belongs to (for methods' qualnames and descriptor checks).
    pub owner: Option<ObjRef>,
    /// The native module a module-level function belongs to (its `__module__` and
    /// `__self__`); None for those of `builtins` (see `modules::attach_functions`).
    pub module: Option<ObjRef>,
}

/// A bound method: calling it calls `func` with `instance` as the first argument.
pub struct BoundMethod {
    pub func: Value,
    pub instance: Value,
}
