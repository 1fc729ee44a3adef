//! `BaseException` and the builtin exception hierarchy, and `PyErr`, an exception on its way up
//! the Rust stack.

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::objects::str::new_str;
use crate::objects::typeobj::{new_builtin_type, type_data, types, BaseKind};
use crate::objects::{dict::Dict, OwnedPayload, Payload};
use crate::value::{ObjRef, Value};

/// The state of an exception instance.
pub struct ExceptionData {
    pub fields: Mutex<ExceptionFields>,
}

#[derive(Clone, Default)]
pub struct ExceptionFields {
    /// A tuple.
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            fields: Mutex::new(ExceptionFields {
                args,
                traceback: Value::None,
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            }),
        }
    }
}

/// A raised exception: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", type_data(&self.0.class).name())
    }
}

impl PyErr {
    /// An instance of the builtin exception `class` with the given args, made without running
    /// Python code.
    pub fn with_args(class: &ObjRef, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(class, crate::objects::tuple(args)))
    }

    /// An instance of `class` with one str argument.
    pub fn new(class: &ObjRef, message: impl Into<String>) -> PyErr {
        PyErr::with_args(class, vec![new_str(message.into())])
    }

    /// The exception's class.
    pub fn class(&self) -> &ObjRef {
        &self.0.class
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    /// Whether the exception is an instance of `class` (or a subclass).
    pub fn matches(&self, class: &ObjRef) -> bool {
        crate::objects::typeobj::is_subtype(&self.0.class, class)
    }

    pub fn fields(&self) -> parking_lot::MutexGuard<'_, ExceptionFields> {
        exception_fields(&self.0).expect("a raised exception is a BaseException instance")
    }
}

/// The fields of an exception instance.
pub fn exception_fields(obj: &ObjRef) -> Option<parking_lot::MutexGuard<'_, ExceptionFields>> {
    match obj.payload() {
        Payload::Exception(data) => Some(data.fields.lock()),
        _ => None,
    }
}

/// A new exception instance of `class` (a BaseException subclass) with an args tuple.
pub fn new_exception(class: &ObjRef, args: Value) -> ObjRef {
    let dict = ObjRef::new(types().dict.clone(), None, OwnedPayload::Dict(Dict::new()));
    ObjRef::new(class.clone(), Some(dict), OwnedPayload::Exception(Box::new(ExceptionData::new(args))))
}

macro_rules! exception_types {
    ($($field:ident: $name:literal < $parent:ident;)*) => {
        /// The builtin exception classes.
        pub struct ExceptionTypes {
            pub base_exception: ObjRef,
            $(pub $field: ObjRef,)*
        }

        impl ExceptionTypes {
            /// Every builtin exception class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                let mut all = vec![("BaseException", &self.base_exception)];
                $(all.push(($name, &self.$field));)*
                all
            }
        }

        fn make_exception_types() -> ExceptionTypes {
            let t = types();
            let base_exception = new_builtin_type(&t.type_, "BaseException", std::slice::from_ref(&t.object), BaseKind::Exception, true);
            let mut e = ExceptionTypes { base_exception: base_exception.clone(), $($field: base_exception.clone(),)* };
            $(e.$field = new_builtin_type(&t.type_, $name, &[e.$parent.clone()], BaseKind::Exception, true);)*
            // ExceptionGroup derives from both BaseExceptionGroup and Exception.
            if let Payload::Type(data) = e.exception_group.payload() {
                data.bases.write().push(e.exception.clone());
                let mut mro = data.mro.write();
                let at = mro.len() - 2;
                mro.insert(at, e.exception.clone());
            }
            e
        }
    };
}

exception_types! {
    exception: "Exception" < base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    system_exit: "SystemExit" < base_exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    exception_group: "ExceptionGroup" < base_exception_group;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    stop_async_iteration: "StopAsyncIteration" < exception;
    stop_iteration: "StopIteration" < exception;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    bytes_warning: "BytesWarning" < warning;
    deprecation_warning: "DeprecationWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    user_warning: "UserWarning" < warning;
}

/// The builtin exception classes.
pub fn exceptions() -> &'static ExceptionTypes {
    static EXCEPTIONS: OnceLock<ExceptionTypes> = OnceLock::new();
    EXCEPTIONS.get_or_init(make_exception_types)
}

macro_rules! error_constructors {
    ($($fn_name:ident => $field:ident,)*) => {
        $(
            #[doc = concat!("A new `", stringify!($field), "` with a message.")]
            pub fn $fn_name(message: impl Into<String>) -> PyErr {
                PyErr::new(&exceptions().$field, message)
            }
        )*
    };
}

error_constructors! {
    type_error => type_error,
    value_error => value_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    index_error => index_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    system_error => system_error,
    not_implemented_error => not_implemented_error,
    memory_error => memory_error,
    import_error => import_error,
    assertion_error => assertion_error,
    buffer_error => buffer_error,
}

/// KeyError(key): its message is the key's repr, so it carries the key itself.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&exceptions().key_error, vec![key])
}

/// StopIteration(value), or a bare StopIteration when the value is None.
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        PyErr::with_args(&exceptions().stop_iteration, vec![])
    } else {
        PyErr::with_args(&exceptions().stop_iteration, vec![value])
    }
}

/// Sets an attribute in an exception's `__dict__` (`name` and `obj` of AttributeError, ...).
pub fn set_attr(err: &PyErr, name: &str, value: Value) {
    if let Some(dict) = err.0.dict().as_ref() {
        if let Payload::Dict(d) = &dict.payload() {
            d.set_str(&crate::objects::str::intern(name), value);
        }
    }
}

/// Gives an AttributeError raised while looking up `name` on `obj` its `name` and `obj`
/// members, unless it has them already (CPython does this for every failed lookup, so that
/// an error raised by a `__getattr__` also gets suggestions).
pub fn attach_attribute_context(err: PyErr, obj: &Value, name: &ObjRef) -> PyErr {
    if !err.matches(&exceptions().attribute_error) {
        return err;
    }
    let dict = err.0.dict().as_ref().and_then(crate::objects::dict_of);
    let has =
        |member: &str| dict.and_then(|d| d.get_str(&crate::objects::str::intern(member))).is_some_and(|v| !v.is_none());
    if !has("name") && !has("obj") {
        set_attr(&err, "name", Value::Obj(name.clone()));
        set_attr(&err, "obj", obj.clone());
    }
    err
}
