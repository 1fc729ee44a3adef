//! The facts `sys` states about the implementation and the platform: `version_info`,
//! `float_info`, `int_info`, `hash_info`, the encodings.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use crate::modules::structseq::{new_instance, new_type};

/// `sys.version`: CPython's version, then this implementation.
pub const VERSION: &str = "3.12.7 (ferrython) [Rust]";

/// `sys.__doc__`.
pub(super) const DOC: &str = "This module gives access to the interpreter's state and settings: the command line \
(argv), the module table (modules), the import path (path), the standard streams (stdin, stdout, stderr), \
the hooks Python code may replace (displayhook, excepthook, unraisablehook, breakpointhook, settrace, \
setprofile), and facts about the implementation (implementation, version_info, maxsize, flags, ...).";

/// `sys.copyright`.
pub(super) const COPYRIGHT: &str = "Copyright (c) 2026 the Ferrython authors.\nAll Rights Reserved.\n\n\
Ferrython implements the Python language as CPython 3.12 defines it.\n\
Python is a trademark of the Python Software Foundation.";

/// `sys.thread_info`: OS threads, locks made of a mutex and a condition variable.
pub(super) fn thread_info() -> Value {
    let class = new_type("sys", "thread_info", &["name", "lock", "version"]);
    let name = if cfg!(unix) {
        "pthread"
    } else if cfg!(windows) {
        "nt"
    } else {
        "unknown"
    };
    new_instance(&class, vec![new_str(name), new_str("mutex+cond"), Value::None])
}

/// The struct-sequence facts, by attribute name.
pub(super) fn struct_facts() -> Vec<(&'static str, Value)> {
    let version_info = new_type("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    let float_info = new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let int_info = new_type(
        "sys",
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    );
    let hash_info = new_type(
        "sys",
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    );
    vec![
        (
            "version_info",
            new_instance(
                &version_info,
                vec![Value::Int(3), Value::Int(12), Value::Int(7), new_str("final"), Value::Int(0)],
            ),
        ),
        (
            "float_info",
            new_instance(
                &float_info,
                vec![
                    Value::Float(f64::MAX),
                    Value::Int(f64::MAX_EXP as i64),
                    Value::Int(f64::MAX_10_EXP as i64),
                    Value::Float(f64::MIN_POSITIVE),
                    Value::Int(f64::MIN_EXP as i64),
                    Value::Int(f64::MIN_10_EXP as i64),
                    Value::Int(f64::DIGITS as i64),
                    Value::Int(f64::MANTISSA_DIGITS as i64),
                    Value::Float(f64::EPSILON),
                    Value::Int(f64::RADIX as i64),
                    Value::Int(1),
                ],
            ),
        ),
        ("int_info", new_instance(&int_info, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)])),
        (
            "hash_info",
            new_instance(
                &hash_info,
                vec![
                    Value::Int(64),
                    Value::Int((1 << 61) - 1),
                    Value::Int(314159),
                    Value::Int(0),
                    Value::Int(1000003),
                    new_str("siphash13"),
                    Value::Int(64),
                    Value::Int(128),
                    Value::Int(0),
                ],
            ),
        ),
    ]
}

pub(super) fn getdefaultencoding(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

pub(super) fn getfilesystemencoding(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

pub(super) fn getfilesystemencodeerrors(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_str("surrogateescape"))
}

/// `sys.getsizeof(object[, default])`: `__sizeof__()` (plus nothing for the GC header, which
/// Ferrython's objects do not have).
/// What CPython (64-bit) allocates before an object, which `sys.getsizeof` counts and
/// `__sizeof__` does not: the collector's header (two words) for the types it tracks, and two
/// more words for the `__dict__` and weak references of instances of classes with a `__dict__`.
fn gc_header_size(object: &Value) -> i64 {
    use crate::objects::typeobj::type_data;
    use crate::objects::Payload;
    let Value::Obj(obj) = object else { return 0 };
    let class = type_data(&obj.class);
    if class.heap {
        return if class.exposes_dict() { 32 } else { 16 };
    }
    match obj.payload() {
        // `object()` itself.
        Payload::Instance(_) => 0,
        payload if crate::gc::is_container_kind(payload) => 16,
        _ => 0,
    }
}

pub(super) fn getsizeof(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(object) = args.pos().first() else {
        return Err(type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    // A special method: looked up on the type and bound by its descriptor.
    match crate::protocols::call_special(thread, object, "__sizeof__", &[])? {
        Some(size) => {
            // As CPython's `PyLong_AsSsize_t`: an int (bool included), not anything with
            // `__index__`.
            if !crate::objects::int::is_int(&size) {
                return Err(type_error("an integer is required"));
            }
            let size = crate::protocols::number::index_big(thread, &size)?;
            let size = num_traits::ToPrimitive::to_i64(&size).ok_or_else(|| {
                crate::objects::exception::overflow_error("Python int too large to convert to C ssize_t")
            })?;
            if size < 0 {
                return Err(crate::objects::exception::value_error("__sizeof__() should return >= 0"));
            }
            Ok(Value::Int(size.saturating_add(gc_header_size(object))))
        }
        None => match args.pos().get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(type_error(format!(
                "Type {} doesn't define __sizeof__",
                crate::objects::typeobj::type_name(object)
            ))),
        },
    }
}
