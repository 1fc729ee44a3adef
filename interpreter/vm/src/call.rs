//! Calls: calling any callable from Rust, binding arguments to a Python function's parameters
//! with CPython's error messages, and `f(*args, **kwargs)`.

use ferrython_bytecode::CodeFlags;

use crate::eval::Exit;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::{class_of, lookup, type_name};
use crate::objects::{as_dict, as_tuple, Code, Function, Payload};
use crate::protocols::{iter, str_arg};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Whether calls to this code can take the fast path: positional parameters only.
pub fn is_simple(code: &Code) -> bool {
    code.kwonlyargcount == 0 && code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
}

/// Calls `callable` with `args`.
pub fn call(thread: &mut Thread, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let Value::Obj(obj) = callable else {
        return Err(not_callable(callable));
    };
    match obj.payload() {
        Payload::Function(function) => {
            if function.code.is_generator_like() {
                return crate::generator::new_generator(thread, obj, args);
            }
            thread.nested(|thread| {
                thread.push_entry_frame(obj, args.values, args.kwnames)?;
                match thread.run_frames(None)? {
                    Exit::Return(value) => Ok(value),
                    Exit::Yield(..) => Err(crate::objects::exception::system_error("a function frame yielded")),
                }
            })
        }
        Payload::Builtin(builtin) => match &builtin.bound {
            Some(bound) => {
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(bound.clone());
                values.extend_from_slice(args.values);
                (builtin.func)(thread, Args { values: &values, kwnames: args.kwnames })
            }
            None => {
                if builtin.kind == BuiltinKind::Method {
                    check_descriptor_self(builtin, args)?;
                }
                (builtin.func)(thread, args)
            }
        },
        Payload::Method(method) => {
            let mut values = Vec::with_capacity(args.values.len() + 1);
            values.push(method.instance.clone());
            values.extend_from_slice(args.values);
            call(thread, &method.func, Args { values: &values, kwnames: args.kwnames })
        }
        Payload::Type(_) => crate::builtins::call_type(thread, obj, args),
        Payload::StaticMethod(func) if !crate::objects::typeobj::type_data(&obj.class).heap => call(thread, func, args),
        _ => match lookup(&obj.class, &intern_static("__call__")) {
            Some(method) => {
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(callable.clone());
                values.extend_from_slice(args.values);
                thread.nested(|thread| call_method_kw(thread, &method, callable, &values, args.kwnames))
            }
            None => Err(not_callable(callable)),
        },
    }
}

/// An unbound native method called directly (`list.append(x, 1)`) must get an instance of its
/// type first.
fn check_descriptor_self(builtin: &crate::objects::Builtin, args: Args<'_>) -> PyResult<()> {
    let Some(owner) = &builtin.owner else { return Ok(()) };
    match args.pos().first() {
        Some(first) if crate::objects::typeobj::is_subtype(class_of(first), owner) => Ok(()),
        // CPython's slot wrappers (the dunders) and method descriptors word this differently.
        Some(first) if is_slot_wrapper(builtin.name) => Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            builtin.name,
            crate::objects::typeobj::class_name(owner),
            type_name(first)
        ))),
        Some(first) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            builtin.name,
            crate::objects::typeobj::class_name(owner),
            type_name(first)
        ))),
        None => Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            crate::objects::typeobj::type_data(owner).name(),
            builtin.name
        ))),
    }
}

/// Whether CPython implements the method `name` of a builtin type as a slot wrapper: most
/// dunders are, except those that are plain methods of the C types.
fn is_slot_wrapper(name: &str) -> bool {
    const PLAIN_METHODS: &[&str] = &[
        "__format__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__dir__",
        "__getnewargs__",
        "__getnewargs_ex__",
        "__getstate__",
        "__setstate__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__length_hint__",
        "__reversed__",
        "__copy__",
        "__deepcopy__",
        "__enter__",
        "__exit__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__fspath__",
        "__complex__",
        "__bytes__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !PLAIN_METHODS.contains(&name)
}

fn not_callable(value: &Value) -> crate::objects::exception::PyErr {
    type_error(format!("'{}' object is not callable", type_name(value)))
}

/// Calls a special method found on the class of `instance`; `args` starts with `instance`.
/// Class and static methods are bound first.
pub fn call_method(thread: &mut Thread, method: &Value, instance: &Value, args: &[Value]) -> PyResult<Value> {
    match method.payload() {
        Some(Payload::ClassMethod(func)) => {
            let mut values = vec![Value::Obj(class_of(instance).clone())];
            values.extend_from_slice(&args[1..]);
            call(thread, func, Args::positional(&values))
        }
        Some(Payload::StaticMethod(func)) => call(thread, func, Args::positional(&args[1..])),
        Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => call(thread, method, Args::positional(args)),
        _ => {
            let class = class_of(instance).clone();
            match crate::protocols::attr::descriptor_get(thread, method, instance, &class)? {
                Some(bound) => call(thread, &bound, Args::positional(&args[1..])),
                None => call(thread, method, Args::positional(&args[1..])),
            }
        }
    }
}

/// `call_method` with keyword arguments: `values` holds the instance, the positional
/// arguments, then the values of the keywords named by `kwnames`. Kept out of line: it is
/// the slow path of `call` for instances with `__call__`.
#[inline(never)]
pub fn call_method_kw(
    thread: &mut Thread,
    method: &Value,
    instance: &Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if kwnames.is_empty() {
        return call_method(thread, method, instance, values);
    }
    match method.payload() {
        Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => call(thread, method, Args { values, kwnames }),
        _ => {
            let class = class_of(instance).clone();
            let target = crate::protocols::attr::descriptor_get(thread, method, instance, &class)?;
            call(thread, target.as_ref().unwrap_or(method), Args { values: &values[1..], kwnames })
        }
    }
}

/// CALL_FUNCTION_EX: `callable(*args, **kwargs)`.
pub fn call_ex(
    thread: &mut Thread,
    callable: Value,
    this: Value,
    args: Value,
    kwargs: Option<Value>,
) -> PyResult<Value> {
    let (values, kwnames) = ex_arguments(thread, &callable, this, args, kwargs)?;
    call(thread, &callable, Args { values: &values, kwnames: &kwnames })
}

/// The argument values and keyword names of CALL_FUNCTION_EX (`f(*args, **kwargs)`).
pub fn ex_arguments(
    thread: &mut Thread,
    callable: &Value,
    this: Value,
    args: Value,
    kwargs: Option<Value>,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let mut values = match as_tuple(&args) {
        Some(items) => items.to_vec(),
        None => {
            if !iter::is_iterable(&args) {
                let label = crate::ops::callable_label(thread, callable);
                return Err(type_error(format!(
                    "{label} argument after * must be an iterable, not {}",
                    type_name(&args)
                )));
            }
            iter::collect(thread, &args)?
        }
    };
    if !this.is_null() {
        values.insert(0, this);
    }
    let mut kwnames = Vec::new();
    if let Some(kwargs) = kwargs {
        if let Some(dict) = as_dict(&kwargs) {
            for (key, value) in dict.items() {
                if as_pystr(&key).is_none() {
                    return Err(type_error("keywords must be strings"));
                }
                kwnames.push(key);
                values.push(value);
            }
        }
    }
    Ok((values, kwnames))
}

/// The name functions show in call errors: their qualname.
fn function_label(function: &Function) -> String {
    let qualname = function.qualname.lock().clone();
    str_arg(&qualname, "name").unwrap_or_else(|_| function.code.qualname_str())
}

/// Names joined as CPython lists them: 'a', 'a' and 'b', 'a', 'b', and 'c'.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds a call's arguments, which sit on the thread's stack from `base` (the positional
/// values, then the values of the keywords named by `kwnames`; nothing above them), to the
/// parameters of `function`: afterwards the frame's locals start at `base`, each parameter
/// bound (with its default when left out), the other locals unbound. On an error the caller
/// truncates the stack to `base`. The errors are made out of line, from what is left on the
/// stack: the common paths keep few values alive.
pub fn bind_arguments(thread: &mut Thread, function: &Function, base: usize, kwnames: &[Value]) -> PyResult<()> {
    let code = &function.code;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags.has(CodeFlags::VARARGS);
    let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
    let given = thread.stack.len() - base - kwnames.len();

    // The keyword values leave the stack first (their slots belong to other locals), then the
    // positional values past the parameters (for `*args`); the first positional values are
    // the first parameters already, where they are.
    let mut keyword_values = crate::value::ArgBuf::new();
    if !kwnames.is_empty() {
        keyword_values.take_from(&mut thread.stack, base + given);
    }
    // (Moved into the tuple's items directly: no vector for a few extra arguments.)
    let extra = if given <= argcount {
        None
    } else if has_varargs {
        Some(crate::objects::TupleItems::from_tail(&mut thread.stack, given - argcount))
    } else {
        // Too many: an error below, once the keywords are bound (their errors come first, and
        // the message counts the keyword-only arguments given).
        thread.stack.truncate(base + argcount);
        None
    };
    crate::value::grow_with_nulls(&mut thread.stack, base + code.frame_slots());
    let frame = &mut thread.stack[base..base + code.frame_slots()];
    if has_varargs {
        let extra = extra.unwrap_or_else(|| crate::objects::TupleItems::from([]));
        frame[argcount + kwonly] = crate::objects::new_tuple(extra);
    }
    if has_varkw || !kwnames.is_empty() {
        bind_keywords(thread, function, base, kwnames, keyword_values.as_mut_slice())?;
    }
    if given > argcount && !has_varargs {
        return Err(too_many_positional(thread, function, base, given));
    }
    if given < argcount && !bind_defaults(&mut thread.stack[base..], function, given) {
        return Err(missing_arguments(thread, function, base, 0..argcount, "positional"));
    }
    if kwonly > 0 && !bind_kwdefaults(&mut thread.stack[base..], function) {
        return Err(missing_arguments(thread, function, base, argcount..argcount + kwonly, "keyword-only"));
    }
    Ok(())
}

/// Binds the keyword arguments (and makes the `**kwargs` dict, if the code takes one).
fn bind_keywords(
    thread: &mut Thread,
    function: &Function,
    base: usize,
    kwnames: &[Value],
    values: &mut [Value],
) -> PyResult<()> {
    let code = &function.code;
    let (argcount, kwonly) = (code.argcount as usize, code.kwonlyargcount as usize);
    let posonly = code.posonlyargcount as usize;
    let kwargs_dict = if code.flags.has(CodeFlags::VARKEYWORDS) {
        let dict = crate::objects::new_dict();
        let at = argcount + kwonly + usize::from(code.flags.has(CodeFlags::VARARGS));
        thread.stack[base + at] = Value::Obj(dict.clone());
        Some(dict)
    } else {
        None
    };
    let params = &code.varnames[posonly..argcount + kwonly];
    let mut posonly_as_keyword = Vec::new();
    for (name, value) in kwnames.iter().zip(values) {
        let value = std::mem::take(value);
        // Keyword names are interned, as parameter names are: compare pointers, and text only
        // for a name built at run time (`f(**{name: 1})`; every immortal str is interned).
        let found = match name.as_obj() {
            Some(n) => params.iter().position(|p| ObjRef::ptr_eq(p, n)).or_else(|| {
                if n.is_immortal() {
                    return None;
                }
                params.iter().position(|p| crate::protocols::native_eq(&Value::Obj(p.clone()), name) == Some(true))
            }),
            None => None,
        };
        if let Some(index) = found {
            let slot = &mut thread.stack[base + posonly + index];
            if !slot.is_null() {
                return Err(type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    function_label(function),
                    str_arg(name, "keyword")?
                )));
            }
            *slot = value;
            continue;
        }
        if let Some(Payload::Dict(d)) = kwargs_dict.as_ref().map(|dict| dict.payload()) {
            d.set(thread, name.clone(), value)?;
            continue;
        }
        let text = str_arg(name, "keywords")?;
        if code.varnames[..posonly].iter().any(|p| as_pystr(&Value::Obj(p.clone())).is_some_and(|s| s.as_str() == text))
        {
            posonly_as_keyword.push(text);
            continue;
        }
        return Err(type_error(format!("{}() got an unexpected keyword argument '{text}'", function_label(function))));
    }
    if !posonly_as_keyword.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            function_label(function),
            posonly_as_keyword.join(", ")
        )));
    }
    Ok(())
}

/// Fills the positional parameters from `given` on that are still unbound with their
/// defaults (`frame` starts at the frame's first local); false if one has none.
fn bind_defaults(frame: &mut [Value], function: &Function, given: usize) -> bool {
    let argcount = function.code.argcount as usize;
    // The values are cloned under the lock (no Python code runs meanwhile).
    let defaults = function.defaults.lock();
    let defaults: &[Value] = as_tuple(&defaults).unwrap_or_default();
    let first_default = argcount - defaults.len().min(argcount);
    let mut complete = true;
    for (i, slot) in frame.iter_mut().enumerate().take(argcount).skip(given) {
        if slot.is_null() {
            match i.checked_sub(first_default) {
                Some(d) => *slot = defaults[d].clone(),
                None => complete = false,
            }
        }
    }
    complete
}

/// Fills the keyword-only parameters that are still unbound from `__kwdefaults__` (`frame`
/// starts at the frame's first local); false if one has none.
fn bind_kwdefaults(frame: &mut [Value], function: &Function) -> bool {
    let code = &function.code;
    let argcount = code.argcount as usize;
    let kwdefaults = function.kwdefaults.lock();
    let kwdefaults = as_dict(&kwdefaults);
    let mut complete = true;
    // `__kwdefaults__` usually lists its names in the parameters' order: each lookup first
    // tries the entry after the last one found.
    let mut hint = 0;
    for (slot, name) in
        frame[argcount..].iter_mut().zip(&code.varnames[argcount..argcount + code.kwonlyargcount as usize])
    {
        if slot.is_null() {
            match kwdefaults.and_then(|d| d.get_str_hinted(name, &mut hint)) {
                Some(value) => {
                    *slot = value;
                    hint += 1;
                }
                None => complete = false,
            }
        }
    }
    complete
}

/// "f() missing 1 required positional argument: 'x'": the parameters in `params` that are
/// still unbound.
#[cold]
fn missing_arguments(
    thread: &Thread,
    function: &Function,
    base: usize,
    params: std::ops::Range<usize>,
    kind: &str,
) -> crate::objects::exception::PyErr {
    let missing: Vec<String> =
        params.filter(|&i| thread.stack[base + i].is_null()).map(|i| varname(&function.code, i)).collect();
    let plural = if missing.len() == 1 { "" } else { "s" };
    type_error(format!(
        "{}() missing {} required {kind} argument{plural}: {}",
        function_label(function),
        missing.len(),
        name_list(&missing)
    ))
}

fn varname(code: &Code, index: usize) -> String {
    as_pystr(&Value::Obj(code.varnames[index].clone())).map(|s| s.as_str().into_owned()).unwrap_or_default()
}

/// "f() takes 2 positional arguments but 3 were given", with CPython's variants.
#[cold]
fn too_many_positional(
    thread: &Thread,
    function: &Function,
    base: usize,
    given: usize,
) -> crate::objects::exception::PyErr {
    let code = &function.code;
    let argcount = code.argcount as usize;
    let defaults = function.defaults.lock().clone();
    let ndefaults = as_tuple(&defaults).map_or(0, <[Value]>::len);
    let kwonly_given =
        (argcount..argcount + code.kwonlyargcount as usize).filter(|&i| !thread.stack[base + i].is_null()).count();
    let takes = if ndefaults > 0 {
        format!("from {} to {argcount} positional arguments", argcount - ndefaults.min(argcount))
    } else {
        format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
    };
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    type_error(format!("{}() takes {takes} but {given_text}", function_label(function)))
}
