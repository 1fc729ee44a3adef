//! The attributes builtin payloads expose (CPython's getset descriptors and members):
//! `__class__`, `__dict__`, `__name__` of functions, `co_*` of code objects, `args` of
//! exceptions, `real` of numbers, and so on.

use crate::objects::exception::{exception_fields, type_error};
use crate::objects::shape;
use crate::objects::str::{as_pystr, intern, intern_static, new_str};
use crate::objects::typeobj::{class_of, type_data};
use crate::objects::{tuple, MemberData, Payload, RangeData, SliceData, SuperData, TracebackData};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;
use ferrython_bytecode::Instruction;

/// The `__module__` of a class, as text: 'builtins' for a builtin type that names no module
/// in its namespace.
pub fn type_module(class: &ObjRef) -> Option<String> {
    let data = type_data(class);
    match data.namespace().get_str(&intern_static("__module__")) {
        Some(module) => as_pystr(&module).map(|s| s.as_str().into_owned()),
        None if !data.heap => Some("builtins".into()),
        None => None,
    }
}

fn names(list_of: &[ObjRef]) -> Value {
    tuple(list_of.iter().cloned().map(Value::Obj).collect())
}

/// Whether any of the functions a descriptor wraps is marked abstract (`__isabstractmethod__`).
pub(crate) fn any_abstract(thread: &mut Thread, functions: &[&Value]) -> PyResult<bool> {
    for function in functions {
        if function.is_none() {
            continue;
        }
        if let Some(flag) = crate::protocols::getattr_opt(thread, function, "__isabstractmethod__")? {
            if crate::protocols::truthy(thread, &flag)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// A type's own `__module__` or `__doc__` from its namespace. In a builtin type the namespace
/// may hold instead the member descriptor its instances read theirs with (the function type's
/// `__doc__`), which is not the type's own.
fn type_entry_for_itself(data: &crate::objects::TypeData, name: &'static str) -> Option<Value> {
    let value = data.namespace().get_str(&intern_static(name))?;
    (data.heap || !crate::builtins::is_native_descriptor(&value)).then_some(value)
}

/// An attribute a builtin payload provides, if `name` is one.
pub fn native_attr(thread: &mut Thread, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(class_of(obj).clone())));
    }
    let Value::Obj(o) = obj else {
        return Ok(number_attr(obj, name));
    };
    if name == "__dict__" {
        if let Payload::Type(_) = o.payload() {
            return Ok(Some(crate::builtins::mapping_proxy(o)));
        }
        if let Some(dict) = crate::objects::shape::instance_dict(o) {
            return Ok(Some(Value::Obj(dict)));
        }
    }
    Ok(match o.payload() {
        Payload::Type(data) => match name {
            "__name__" => Some(new_str(data.name())),
            "__qualname__" => Some(new_str(data.qualname.read().clone())),
            // None while a custom `mro()` computes the first one.
            "__mro__" => Some(match &*data.mro.read() {
                mro if mro.is_empty() => Value::None,
                mro => tuple(mro.iter().cloned().map(Value::Obj).collect()),
            }),
            "__bases__" => Some(tuple(data.bases.read().iter().cloned().map(Value::Obj).collect())),
            "__base__" => Some(crate::objects::typeobj::best_base(&data.bases.read()).map_or(Value::None, Value::Obj)),
            "__flags__" => Some(Value::Int(crate::objects::typeobj::type_flags(o))),
            // The size of an item of CPython's variable-size objects (64-bit build).
            "__itemsize__" => {
                use crate::objects::typeobj::BaseKind;
                Some(Value::Int(match data.kind {
                    BaseKind::Int | BaseKind::Bool => 4,
                    BaseKind::Bytes => 1,
                    BaseKind::Tuple => 8,
                    BaseKind::Type => 40,
                    _ => 0,
                }))
            }
            // The size of CPython's instances without their items (64-bit build, 3.12, whose
            // instance dicts and weak references live outside the object): a builtin base's,
            // plus a word per `__slots__` entry.
            "__basicsize__" => {
                use crate::objects::typeobj::BaseKind;
                let base = match data.kind {
                    BaseKind::Int => 24,
                    BaseKind::Bool | BaseKind::Complex => 32,
                    BaseKind::Float | BaseKind::Tuple => 24,
                    BaseKind::Str => 64,
                    BaseKind::Bytes => 33,
                    BaseKind::ByteArray => 56,
                    BaseKind::List => 40,
                    BaseKind::Dict | BaseKind::Module => 48,
                    BaseKind::Set | BaseKind::FrozenSet => 200,
                    BaseKind::Exception => 72,
                    BaseKind::Type => 920,
                    BaseKind::Object | BaseKind::Other => 16,
                };
                Some(Value::Int(base + 8 * data.slot_count as i64))
            }
            "__module__" => {
                Some(type_entry_for_itself(data, "__module__").unwrap_or_else(|| Value::Obj(intern_static("builtins"))))
            }
            "__doc__" => Some(type_entry_for_itself(data, "__doc__").unwrap_or(Value::None)),
            "__text_signature__" if !data.heap => {
                Some(crate::builtins::docs::text_signature(&data.name()).map_or(Value::None, new_str))
            }
            "__type_params__" => {
                Some(data.namespace().get_str(&intern_static("__type_params__")).unwrap_or_else(|| tuple(Vec::new())))
            }
            "__annotations__" => data.namespace().get_str(&intern_static("__annotations__")),
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.lock().clone()),
            "__qualname__" => Some(f.qualname.lock().clone()),
            "__code__" => Some(Value::Obj(f.code_object.clone())),
            "__defaults__" => Some(f.defaults.lock().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.lock().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__builtins__" => Some(crate::ops::builtins_value(&f.builtins)),
            "__closure__" => Some(if f.closure.is_empty() { Value::None } else { names(&f.closure) }),
            "__doc__" => Some(f.doc.lock().clone()),
            "__module__" => Some(f.module.lock().clone()),
            "__annotations__" => {
                let mut annotations = f.annotations.lock();
                if annotations.is_none() {
                    *annotations = Value::Obj(crate::objects::new_dict());
                }
                Some(annotations.clone())
            }
            "__type_params__" => Some(f.type_params.lock().clone()),
            _ => None,
        },
        Payload::Code(code) => code_attr(code, name),
        Payload::Method(m) => match name {
            "__self__" => Some(m.instance.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                crate::protocols::getattr_opt(thread, &m.func, name)?
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(new_str(b.name)),
            "__qualname__" => Some(new_str(match &b.owner {
                Some(owner) => format!("{}.{}", type_data(owner).name(), b.name),
                None => b.name.to_string(),
            })),
            "__self__" => Some(match (&b.bound, &b.owner, &b.module) {
                (Some(bound), _, _) => bound.clone(),
                (None, None, Some(module)) => Value::Obj(module.clone()),
                // `open` is `_io.open`, which `builtins` holds too.
                (None, None, None) if crate::modules::io::is_open_function(o) => {
                    Value::Obj(crate::modules::native_module(thread, "_io")?)
                }
                (None, None, None) => Value::Obj(thread.interp.builtins.clone()),
                // `T.__new__` is bound to its type (other static methods to nothing).
                (None, Some(owner), _) if b.name == "__new__" => Value::Obj(owner.clone()),
                (None, Some(_), _) => Value::None,
            }),
            "__doc__" => Some(crate::builtins::docs::doc(&builtin_doc_key(b)).map_or(Value::None, new_str)),
            "__text_signature__" => {
                Some(crate::builtins::docs::text_signature(&builtin_doc_key(b)).map_or(Value::None, new_str))
            }
            // A method descriptor (`str.join`) has none; a bound method (`[].append`) None.
            "__module__" => match (&b.owner, &b.module) {
                (None, Some(module)) => {
                    Some(crate::thread::module_name(module).map_or(Value::None, |name| new_str(&name)))
                }
                (None, None) if crate::modules::io::is_open_function(o) => Some(new_str("_io")),
                (None, None) => Some(new_str("builtins")),
                // A bound slot wrapper (a method-wrapper: `(1).__add__`) has none either.
                (Some(_), _) if ObjRef::ptr_eq(&o.class, &crate::objects::typeobj::types().method_wrapper) => None,
                (Some(_), _) => b.bound.as_ref().map(|_| Value::None),
            },
            // The class a method descriptor belongs to (pickle rebuilds it from there).
            "__objclass__" => b.owner.as_ref().map(|owner| Value::Obj(owner.clone())),
            _ => None,
        },
        Payload::Exception(_) => exception_attr(o, name),
        Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => number_attr(obj, name),
        Payload::Slice(SliceData { start, stop, step }) | Payload::Range(RangeData { start, stop, step }) => match name
        {
            "start" => Some(start.clone()),
            "stop" => Some(stop.clone()),
            "step" => Some(step.clone()),
            _ => None,
        },
        Payload::Cell(value) if name == "cell_contents" => {
            let value = value.lock().clone();
            if value.is_null() {
                return Err(crate::objects::exception::value_error("Cell is empty"));
            }
            Some(value)
        }
        Payload::Generator(g) => {
            let prefix = match g.kind {
                crate::generator::GenKind::Generator => "gi_",
                crate::generator::GenKind::Coroutine => "cr_",
                crate::generator::GenKind::AsyncGenerator => "ag_",
            };
            match name {
                "__name__" => Some(g.name.lock().clone()),
                "__qualname__" => Some(g.qualname.lock().clone()),
                _ => match name.strip_prefix(prefix) {
                    Some("running") => Some(Value::Bool(g.state.lock().running)),
                    Some("code") => Some(Value::Obj(g.code_object.clone())),
                    Some("frame") => Some(crate::generator::frame_of(thread, o)),
                    Some("suspended") => {
                        let state = g.state.lock();
                        Some(Value::Bool(state.started && !state.finished && !state.running))
                    }
                    Some("yieldfrom") | Some("await") => {
                        Some(crate::generator::yield_from_target(o).unwrap_or(Value::None))
                    }
                    _ => None,
                },
            }
        }
        // `fget`, `fset`, `fdel` and `__isabstractmethod__` are descriptors of `property`
        // (`builtins::property`).
        Payload::Property(_) if crate::builtins::native_descriptor_attr(o, name).is_some() => {
            crate::builtins::native_descriptor_attr(o, name)
        }
        Payload::Property(property) => match name {
            // A subclass's instance keeps its doc in its dict (its class's `__doc__` would
            // hide the slot), as CPython's property_init does.
            "__doc__" if type_data(&o.class).heap => None,
            "__doc__" => Some(property.doc.lock().clone()),
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(Value::Bool(any_abstract(thread, &[f])?)),
            // Copied into the instance dict when it was made (read from there).
            "__name__" | "__qualname__" | "__doc__" if o.dict().is_none() => {
                crate::protocols::getattr_opt(thread, f, name)?
            }
            _ => None,
        },
        Payload::Super(SuperData { this_class, obj, obj_class }) => {
            if let Some(found) = crate::builtins::super_getattr(thread, o, &intern(name))? {
                return Ok(Some(found));
            }
            match name {
                "__thisclass__" => Some(Value::Obj(this_class.clone())),
                "__self__" if obj.is_null() => Some(Value::None),
                "__self_class__" if obj.is_null() => Some(Value::None),
                "__self__" => Some(obj.clone()),
                "__self_class__" => Some(Value::Obj(obj_class.clone())),
                _ => None,
            }
        }
        Payload::Member(MemberData { name: member, owner, .. }) => match name {
            "__name__" => Some(Value::Obj(member.clone())),
            "__objclass__" => Some(Value::Obj(owner.clone())),
            _ => None,
        },
        Payload::Traceback(TracebackData { frame, lasti, lineno, next }) => match name {
            "tb_frame" => Some(Value::Obj(frame.clone())),
            "tb_lasti" => Some(Value::Int(i64::from(*lasti) * 2)),
            // -1: the instruction has no line (None, as CPython shows it).
            "tb_lineno" if *lineno < 0 => Some(Value::None),
            "tb_lineno" => Some(Value::Int(*lineno)),
            "tb_next" => Some(next.lock().clone()),
            _ => None,
        },
        Payload::Frame(f) => match name {
            "f_code" => Some(thread.frame_code(o)),
            "f_globals" => Some(Value::Obj(f.globals.clone())),
            "f_lineno" => Some(thread.frame_lineno(o)),
            "f_locals" => Some(thread.frame_locals(o)),
            "f_lasti" => Some(Value::Int(match *f.lasti.lock() {
                crate::frame::NOT_STARTED => 0,
                lasti => lasti as i64 * 2,
            })),
            "f_back" => Some(thread.frame_back(o)),
            "f_builtins" => Some(crate::ops::builtins_value(&f.builtins)),
            "f_trace" => Some(match f.trace.lock().func.clone() {
                Value::Null => Value::None,
                func => func,
            }),
            "f_trace_lines" => Some(Value::Bool(f.trace.lock().lines)),
            "f_trace_opcodes" => Some(Value::Bool(f.trace.lock().opcodes)),
            _ => None,
        },
        Payload::Module => match name {
            "__dict__" => o.dict().get().map(Value::Obj),
            _ => None,
        },
        Payload::Alias(alias) => crate::typing::alias_attr(thread, alias, name)?,
        _ => None,
    })
}

fn number_attr(value: &Value, name: &str) -> Option<Value> {
    let payload_float = match value.payload() {
        Some(Payload::Float(f)) => Some(*f),
        _ => None,
    };
    match (value, name) {
        (Value::Float(_), "real") => Some(value.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        _ if payload_float.is_some() && name == "real" => payload_float.map(Value::Float),
        _ if payload_float.is_some() && name == "imag" => Some(Value::Float(0.0)),
        _ if crate::objects::int::is_int(value) => {
            let plain = crate::objects::int::to_big(value).map(crate::objects::int::int_from_big)?;
            match name {
                "real" | "numerator" => Some(plain),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
        _ => match value.payload() {
            Some(Payload::Complex((re, im))) => match name {
                "real" => Some(Value::Float(*re)),
                "imag" => Some(Value::Float(*im)),
                _ => None,
            },
            _ => None,
        },
    }
}

fn code_attr(code: &crate::objects::Code, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => Value::Obj(code.name.clone()),
        "co_qualname" => Value::Obj(code.qualname.clone()),
        "co_filename" => Value::Obj(code.filename.clone()),
        "co_firstlineno" => Value::Int(i64::from(code.firstlineno)),
        "co_argcount" => Value::Int(i64::from(code.argcount)),
        "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => names(&code.varnames),
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_names" => names(&code.names),
        "co_consts" => tuple(code.consts.to_vec()),
        "co_flags" => Value::Int(i64::from(code.flags.0)),
        "co_stacksize" => Value::Int(code.max_stack as i64),
        "co_linetable" => {
            crate::builtins::new_bytes(ferrython_bytecode::linetable::encode(&code.positions, code.firstlineno))
        }
        "co_code" => crate::builtins::new_bytes(
            code.instructions
                .iter()
                .flat_map(|i| Instruction::new(i.opcode().base(), i.arg()).word().to_le_bytes())
                .collect(),
        ),
        _ => return None,
    })
}

fn exception_attr(exc: &ObjRef, name: &str) -> Option<Value> {
    let fields = exception_fields(exc)?;
    Some(match name {
        "args" => fields.args.clone(),
        "__traceback__" => fields.traceback.clone(),
        "__cause__" => fields.cause.clone(),
        "__context__" => fields.context.clone(),
        "__suppress_context__" => Value::Bool(fields.suppress_context),
        _ => {
            // The members of some subclasses (`StopIteration.value`, `SystemExit.code`, ...):
            // set by `__init__` or assignment in the instance dict, else their default.
            let args = crate::objects::as_tuple(&fields.args).map(<[Value]>::to_vec).unwrap_or_default();
            drop(fields);
            let default = exception_member_default(exc, name, &args)?;
            let in_dict = exc.dict().as_ref().and_then(|d| crate::objects::dict_of(d)?.get_str(&intern(name)));
            in_dict.unwrap_or(default)
        }
    })
}

/// The default of an exception subclass's member `name` (None when the class has no such member).
fn exception_member_default(exc: &ObjRef, name: &str, args: &[Value]) -> Option<Value> {
    let e = crate::objects::exception::exceptions();
    let is = |class: &ObjRef| crate::objects::typeobj::is_subtype(&exc.class, class);
    let first = || args.first().cloned().unwrap_or(Value::None);
    match name {
        "value" if is(&e.stop_iteration) => Some(first()),
        "msg" if is(&e.syntax_error) => Some(first()),
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" if is(&e.syntax_error) => {
            // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
            let index = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            let details = args.get(1).and_then(|d| crate::objects::as_tuple(d).map(<[Value]>::to_vec));
            Some(details.and_then(|d| d.get(index).cloned()).unwrap_or(Value::None))
        }
        "print_file_and_line" if is(&e.syntax_error) => Some(Value::None),
        "message" if is(&e.base_exception_group) => Some(first()),
        "exceptions" if is(&e.base_exception_group) => {
            let excs = args.get(1).cloned().unwrap_or_default();
            Some(match excs.payload() {
                Some(Payload::List(items)) => tuple(items.lock().to_vec()),
                Some(Payload::Tuple(_)) => excs,
                _ => tuple(Vec::new()),
            })
        }
        "code" if is(&e.system_exit) => Some(match args.len() {
            0 | 1 => first(),
            _ => tuple(args.to_vec()),
        }),
        "name" if is(&e.name_error) || is(&e.attribute_error) || is(&e.import_error) => Some(Value::None),
        "obj" if is(&e.attribute_error) => Some(Value::None),
        "path" if is(&e.import_error) => Some(Value::None),
        "errno" | "strerror" | "filename" | "filename2" if is(&e.os_error) => Some(Value::None),
        "msg" if is(&e.import_error) => Some(if args.len() == 1 { first() } else { Value::None }),
        _ => None,
    }
}

/// The key of a builtin function or method in the table of docstrings (`builtins::docs`):
/// `len`, `list.append`, `math.sqrt`.
fn builtin_doc_key(builtin: &crate::objects::function::Builtin) -> String {
    match (&builtin.owner, &builtin.module) {
        (Some(owner), _) => format!("{}.{}", type_data(owner).name(), builtin.name),
        (None, Some(module)) => match crate::thread::module_name(module) {
            Some(module) => format!("{module}.{}", builtin.name),
            None => builtin.name.to_string(),
        },
        (None, None) => builtin.name.to_string(),
    }
}

/// Sets an attribute a builtin payload owns; Ok(false) when `name` is not one of them.
pub fn set_native_attr(thread: &mut Thread, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    let Value::Obj(o) = obj else { return Ok(false) };
    // A module's namespace is a read-only member (its dict object is the module's globals).
    if name == "__dict__" && matches!(o.payload(), Payload::Module) {
        return Err(crate::objects::exception::attribute_error("readonly attribute"));
    }
    if name == "__dict__" && !matches!(o.payload(), Payload::Type(_)) && (o.dict().is_some() || shape::is_shaped(o)) {
        // The dict assigned becomes the object's namespace itself.
        let Some(value) = value else { return Err(type_error("cannot delete __dict__")) };
        let (Value::Obj(new), Some(_)) = (&value, crate::objects::as_dict(&value)) else {
            return Err(type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                crate::objects::typeobj::type_name(&value)
            )));
        };
        shape::replace_dict(o, new.clone());
        return Ok(true);
    }
    match o.payload() {
        // An exception group's `message` and `exceptions` are read-only members.
        Payload::Exception(_)
            if matches!(name, "message" | "exceptions")
                && crate::objects::typeobj::is_subtype(
                    &o.class,
                    &crate::objects::exception::exceptions().base_exception_group,
                ) =>
        {
            Err(crate::objects::exception::attribute_error("readonly attribute"))
        }
        Payload::Frame(_) if name == "f_lineno" => thread.set_frame_lineno(o, value).map(|()| true),
        Payload::Frame(f) => frame_setattr(thread, f, name, value),
        Payload::Traceback(TracebackData { next, .. }) if name == "tb_next" => {
            let Some(value) = value else { return Err(type_error("can't delete tb_next attribute")) };
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback(TracebackData { .. }))) {
                return Err(type_error(format!(
                    "expected traceback object, got '{}'",
                    crate::objects::typeobj::type_name(&value)
                )));
            }
            // Refuse a chain that would lead back to this entry.
            let mut cursor = value.clone();
            while let Some(Payload::Traceback(TracebackData { next: following, .. })) = cursor.payload() {
                if cursor.as_obj().is_some_and(|c| ObjRef::ptr_eq(c, o)) {
                    return Err(crate::objects::exception::value_error("traceback loop detected"));
                }
                let after = following.lock().clone();
                cursor = after;
            }
            *next.lock() = value;
            Ok(true)
        }
        Payload::Property(property) if name == "__doc__" && !type_data(&o.class).heap => {
            *property.doc.lock() = value.unwrap_or(Value::None);
            Ok(true)
        }
        Payload::Function(f) if name == "__code__" => {
            let code = match value.as_ref().map(|v| (v, v.payload())) {
                Some((Value::Obj(object), Some(Payload::Code(code)))) => (object.clone(), code.clone()),
                _ => return Err(type_error("__code__ must be set to a code object")),
            };
            let (free, cells) = (code.1.freevars.len(), f.closure.len());
            if free != cells {
                let name = as_pystr(&f.name.lock()).map(|s| s.as_str().into_owned()).unwrap_or_default();
                return Err(crate::objects::exception::value_error(format!(
                    "{name}() requires a code object with {cells} free vars, not {free}"
                )));
            }
            // SAFETY: Python code runs on one thread at a time so far (see
            // `ClassSlot::replace`); frames running the old code keep it (it is leaked).
            #[allow(unsafe_code)]
            unsafe {
                f.code.replace(code.1);
                f.code_object.replace(code.0);
            }
            Ok(true)
        }
        Payload::Function(_) if matches!(name, "__closure__" | "__globals__" | "__builtins__") => {
            Err(crate::objects::exception::attribute_error("readonly attribute"))
        }
        Payload::Function(f) => {
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__doc__" => &f.doc,
                "__module__" => &f.module,
                "__annotations__" => &f.annotations,
                "__type_params__" => &f.type_params,
                _ => return Ok(false),
            };
            let value = value.unwrap_or(Value::None);
            let required = match name {
                "__name__" | "__qualname__" if as_pystr(&value).is_none() => Some("a string"),
                "__defaults__" if !value.is_none() && !matches!(value.payload(), Some(Payload::Tuple(_))) => {
                    Some("a tuple")
                }
                "__kwdefaults__" | "__annotations__"
                    if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) =>
                {
                    Some("a dict")
                }
                _ => None,
            };
            if let Some(what) = required {
                return Err(type_error(format!("{name} must be set to {what} object")));
            }
            *slot.lock() = value;
            Ok(true)
        }
        Payload::Exception(_) => {
            let Some(value) = value else {
                return match name {
                    "args" | "__traceback__" | "__cause__" | "__context__" => {
                        Err(type_error(format!("{name} may not be deleted")))
                    }
                    "__suppress_context__" => Err(type_error("can't delete numeric/char attribute")),
                    _ => Ok(false),
                };
            };
            // `args` takes any iterable, collected before the fields are locked.
            let new_args = if name == "args" { Some(crate::protocols::iter::collect(thread, &value)?) } else { None };
            let Some(mut fields) = exception_fields(o) else { return Ok(false) };
            match name {
                "args" => fields.args = tuple(new_args.unwrap_or_default()),
                "__traceback__" => {
                    if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback(TracebackData { .. }))) {
                        return Err(type_error("__traceback__ must be a traceback or None"));
                    }
                    fields.traceback = value
                }
                "__cause__" => {
                    if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                        return Err(type_error("exception cause must be None or derive from BaseException"));
                    }
                    fields.cause = value;
                    fields.suppress_context = true;
                }
                "__context__" => {
                    if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                        return Err(type_error("exception context must be None or derive from BaseException"));
                    }
                    fields.context = value
                }
                "__suppress_context__" => fields.suppress_context = matches!(value, Value::Bool(true)),
                _ => return Ok(false),
            }
            Ok(true)
        }
        Payload::Generator(g) if matches!(name, "__name__" | "__qualname__") => {
            let value = value.unwrap_or(Value::None);
            if as_pystr(&value).is_none() {
                return Err(type_error(format!("{name} must be set to a string object")));
            }
            let slot = if name == "__name__" { &g.name } else { &g.qualname };
            *slot.lock() = value;
            Ok(true)
        }
        Payload::Cell(slot) if name == "cell_contents" => {
            let old = std::mem::replace(&mut *slot.lock(), value.unwrap_or(Value::Null));
            drop(old);
            Ok(true)
        }
        Payload::Type(data) if data.heap => match name {
            "__bases__" => crate::builtins::set_bases(thread, o, value).map(|()| true),
            "__name__" | "__qualname__" => {
                let class_name = data.name();
                let Some(value) = value else {
                    return Err(type_error(format!(
                        "cannot delete '{name}' attribute of immutable type '{class_name}'"
                    )));
                };
                let Some(text) = as_pystr(&value) else {
                    return Err(type_error(format!(
                        "can only assign string to {class_name}.{name}, not '{}'",
                        crate::objects::typeobj::type_name(&value)
                    )));
                };
                if name == "__name__" {
                    crate::builtins::check_type_name(text)?;
                }
                let text = text.as_str().into_owned();
                if name == "__name__" {
                    *data.name.write() = text;
                } else {
                    *data.qualname.write() = text;
                }
                Ok(true)
            }
            // Set like any class attribute, but never deleted (CPython's message names the
            // type immutable here too).
            "__type_params__" if value.is_none() => Err(type_error(format!(
                "cannot delete '__type_params__' attribute of immutable type '{}'",
                data.name()
            ))),
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// The settable attributes of frame objects: `f_trace`, `f_trace_lines`, `f_trace_opcodes`.
fn frame_setattr(
    thread: &mut Thread,
    f: &crate::frame::FrameObject,
    name: &str,
    value: Option<Value>,
) -> PyResult<bool> {
    match name {
        "f_trace" => {
            f.trace.lock().func = match value {
                Some(v) if !v.is_none() => v,
                _ => Value::Null,
            };
            Ok(true)
        }
        "f_trace_lines" | "f_trace_opcodes" => {
            let Some(value) = value else {
                return Err(crate::objects::exception::attribute_error("cannot delete attribute"));
            };
            if !matches!(value, Value::Bool(_)) {
                return Err(type_error("attribute value type must be bool"));
            }
            let on = crate::protocols::truthy(thread, &value)?;
            let mut trace = f.trace.lock();
            if name == "f_trace_lines" {
                trace.lines = on;
            } else {
                trace.opcodes = on;
                if on {
                    thread.interp.opcode_tracing_requested.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}
