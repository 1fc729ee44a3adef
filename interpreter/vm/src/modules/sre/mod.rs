//! `_re`: the regular expression engine under `Lib/re`. A pattern is parsed (`parse`, to the
//! tree of `syntax`), compiled (`compile`, to the instructions of `program`) and run by the
//! backtracking `matcher` over bytes or code points (`chars` holds the character tests).
//!
//! The module's surface is small; `re` builds Pattern and Match objects over it:
//! - `compile(pattern, flags, error)` gives `(program, flags, groups, groupindex)`, or raises
//!   `error(msg, pattern, pos)` (`re.error`) for a bad pattern;
//! - `program.match(string, pos, endpos, mode)` (mode 0 match, 1 search, 2 fullmatch) and
//!   `scanner.search()` / `scanner.match()` of `program.scanner(string, pos, endpos)` give
//!   None or `(regs, lastindex)`, regs a tuple of `(start, end)` pairs, (-1, -1) when unset.
//!   A scanner goes on after its last match, never matching empty twice at one place.

mod chars;
mod compile;
mod matcher;
mod parse;
mod program;
mod syntax;

use std::sync::Arc;

use parking_lot::Mutex;

use self::matcher::{Found, Mode, Text};
use self::parse::ErrorKind;
use self::program::Program;
use crate::builtins::{add_methods, native_function};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{overflow_error, recursion_error, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{new_dict, tuple, tuple_of, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_re` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let t = types();
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let program_class = new_builtin_type(&t.type_, "Program", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&program_class, "__module__", new_str("_re"));
    add_methods(&program_class, &[method!("match", program_match), method!("scanner", program_scanner)]);
    let scanner_class = new_builtin_type(&t.type_, "Scanner", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&scanner_class, "__module__", new_str("_re"));
    add_methods(&scanner_class, &[method!("match", scanner_match), method!("search", scanner_search)]);
    ns.set_str(&intern("compile"), native_function("compile", compile, BuiltinKind::Function, None));
    ns.set_str(&intern("Program"), Value::Obj(program_class));
    ns.set_str(&intern("Scanner"), Value::Obj(scanner_class));
    Ok(crate::objects::new_module("_re", dict))
}

/// A compiled pattern: the object behind `program`.
struct Compiled {
    program: Arc<Program>,
    is_bytes: bool,
}

/// The state of a `scanner`: where the next search starts.
struct Scanner {
    program: Arc<Program>,
    subject: Subject,
    endpos: usize,
    next: Mutex<ScanPosition>,
}

#[derive(Clone, Copy)]
struct ScanPosition {
    pos: usize,
    /// The last match was empty and ended at `pos`: the next may not be empty there.
    must_advance: bool,
    done: bool,
}

/// The text a match runs over, kept alive for as long as it is matched.
enum Subject {
    /// A bytes object or an ASCII str: its bytes are the characters, read in place.
    InPlace(Value),
    /// A copy of a mutable buffer (bytearray, memoryview).
    Copied(Arc<[u8]>),
    /// The code points of a str with non-ASCII characters.
    Wide(Arc<[u32]>),
}

impl Subject {
    /// The subject of a match, checked against the kind of pattern.
    fn of(value: &Value, is_bytes: bool) -> PyResult<Subject> {
        let mismatch = |text: bool| match (text, is_bytes) {
            (true, true) => Err(type_error("cannot use a bytes pattern on a string-like object")),
            (false, false) => Err(type_error("cannot use a string pattern on a bytes-like object")),
            _ => Ok(()),
        };
        match value.payload() {
            Some(Payload::Str(s)) => {
                mismatch(true)?;
                Ok(if s.is_ascii() {
                    Subject::InPlace(value.clone())
                } else {
                    Subject::Wide(s.code_points().collect())
                })
            }
            Some(Payload::Bytes(_)) => {
                mismatch(false)?;
                Ok(Subject::InPlace(value.clone()))
            }
            _ => match crate::builtins::bytes_like(value) {
                Some(bytes) => {
                    mismatch(false)?;
                    Ok(Subject::Copied(bytes.into()))
                }
                None => Err(type_error(format!("expected string or bytes-like object, got '{}'", type_name(value)))),
            },
        }
    }

    fn len(&self) -> usize {
        match self {
            Subject::InPlace(value) => in_place_bytes(value).len(),
            Subject::Copied(bytes) => bytes.len(),
            Subject::Wide(codes) => codes.len(),
        }
    }

    /// Runs the matcher over the text cut at `endpos`.
    fn run(
        &self,
        thread: &mut Thread,
        program: &Program,
        start: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> PyResult<Option<Found>> {
        let mut check = || thread.interrupt_point();
        match self {
            Subject::InPlace(value) => {
                let bytes = in_place_bytes(value);
                search_in(program, &bytes[..endpos.min(bytes.len())], start, mode, must_advance, &mut check)
            }
            Subject::Copied(bytes) => {
                search_in(program, &bytes[..endpos.min(bytes.len())], start, mode, must_advance, &mut check)
            }
            Subject::Wide(codes) => {
                search_in(program, &codes[..endpos.min(codes.len())], start, mode, must_advance, &mut check)
            }
        }
    }
}

fn search_in<T: Text + ?Sized>(
    program: &Program,
    text: &T,
    start: usize,
    mode: Mode,
    must_advance: bool,
    check: &mut dyn FnMut() -> PyResult<()>,
) -> PyResult<Option<Found>> {
    matcher::run(program, text, start, mode, must_advance, check)
}

/// The bytes of a str or bytes value held by `Subject::InPlace`.
fn in_place_bytes(value: &Value) -> &[u8] {
    match value.payload() {
        Some(Payload::Str(s)) => s.wtf8(),
        Some(Payload::Bytes(b)) => b,
        _ => &[],
    }
}

/// `compile(pattern, flags, error)`.
fn compile(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [pattern, flags, error] = args.pos() else {
        return Err(type_error("compile() takes exactly 3 arguments"));
    };
    let flags = crate::protocols::number::index_of(thread, flags)?;
    let flags = u32::try_from(flags).map_err(|_| value_error("flags out of range"))?;
    let (code_points, is_bytes): (Vec<u32>, bool) = match pattern.payload() {
        Some(Payload::Str(s)) => (s.code_points().collect(), false),
        _ => match crate::builtins::bytes_like(pattern) {
            Some(bytes) => (bytes.into_iter().map(u32::from).collect(), true),
            None => {
                return Err(type_error("first argument must be string or compiled pattern"));
            }
        },
    };
    let parsed = match parse::parse(&code_points, is_bytes, flags) {
        Ok(parsed) => parsed,
        Err(err) => {
            return Err(match err.kind {
                ErrorKind::Overflow => overflow_error(err.message),
                ErrorKind::Recursion => recursion_error(err.message),
                ErrorKind::Value => value_error(err.message),
                ErrorKind::Syntax => {
                    let pos = err.pos.map_or(Value::None, |p| Value::Int(p as i64));
                    let made = crate::call::call(
                        thread,
                        error,
                        Args::positional(&[new_str(err.message), pattern.clone(), pos]),
                    )?;
                    match made {
                        Value::Obj(obj) => PyErr(obj),
                        _ => type_error("the error class made no exception"),
                    }
                }
            })
        }
    };
    let program = Arc::new(compile::compile(&parsed.root, &parsed.group_widths));
    let groupindex = new_dict();
    for (name, index) in &parsed.names {
        crate::ops::namespace(&groupindex).set(thread, new_str(name.as_str()), Value::Int(*index as i64))?;
    }
    let class = module_class(thread, "Program")?;
    let compiled = Compiled { program, is_bytes };
    let object = Value::Obj(ObjRef::new(class, None, OwnedPayload::Native(Box::new(compiled))));
    Ok(tuple_of([
        object,
        Value::Int(i64::from(parsed.flags)),
        Value::Int(parsed.group_widths.len() as i64),
        Value::Obj(groupindex),
    ]))
}

fn module_class(thread: &mut Thread, name: &str) -> PyResult<ObjRef> {
    let module = crate::modules::native_module(thread, "_re")?;
    match module.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern(name))) {
        Some(Value::Obj(found)) => Ok(found),
        _ => Err(crate::objects::exception::runtime_error(format!("_re.{name} is missing"))),
    }
}

fn this_compiled<'a>(args: &Args<'a>) -> PyResult<&'a Compiled> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<Compiled>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a '_re.Program' object"))
}

fn this_scanner<'a>(args: &Args<'a>) -> PyResult<&'a Scanner> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<Scanner>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a '_re.Scanner' object"))
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames }
}

/// `pos` and `endpos` clamped to the text, as CPython clamps them.
fn bounds(thread: &mut Thread, pos: &Option<Value>, endpos: &Option<Value>, len: usize) -> PyResult<(usize, usize)> {
    let mut clamp = |value: &Option<Value>, default: usize| -> PyResult<usize> {
        match value {
            None => Ok(default),
            Some(value) => Ok(crate::protocols::number::index_of(thread, value)?.clamp(0, len as i64) as usize),
        }
    };
    let pos = clamp(pos, 0)?;
    // An end before the start is taken as the start.
    let endpos = clamp(endpos, len)?.max(pos);
    Ok((pos, endpos))
}

/// `(regs, lastindex)` of a match.
fn found_value(found: Found) -> Value {
    let regs = found
        .slots
        .chunks(2)
        .map(|pair| match pair {
            [start, end] if *start != usize::MAX && *end != usize::MAX => {
                tuple_of([Value::Int(*start as i64), Value::Int(*end as i64)])
            }
            _ => tuple_of([Value::Int(-1), Value::Int(-1)]),
        })
        .collect();
    let lastindex = if found.lastindex == 0 { Value::None } else { Value::Int(found.lastindex as i64) };
    tuple_of([tuple(regs), lastindex])
}

/// `program.match(string, pos, endpos, mode)`.
fn program_match(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let compiled = this_compiled(&args)?;
    let bound = bind("match", &rest(&args), &["string", "pos", "endpos", "mode"], 1)?;
    let subject = Subject::of(bound[0].as_ref().unwrap_or(&Value::None), compiled.is_bytes)?;
    let (pos, endpos) = bounds(thread, &bound[1], &bound[2], subject.len())?;
    let mode = match &bound[3] {
        Some(Value::Int(1)) => Mode::Search,
        Some(Value::Int(2)) => Mode::Full,
        _ => Mode::Anchored,
    };
    let found = subject.run(thread, &compiled.program, pos, endpos, mode, false)?;
    Ok(found.map_or(Value::None, found_value))
}

/// `program.scanner(string, pos, endpos)`.
fn program_scanner(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let compiled = this_compiled(&args)?;
    let bound = bind("scanner", &rest(&args), &["string", "pos", "endpos"], 1)?;
    let subject = Subject::of(bound[0].as_ref().unwrap_or(&Value::None), compiled.is_bytes)?;
    let (pos, endpos) = bounds(thread, &bound[1], &bound[2], subject.len())?;
    let scanner = Scanner {
        program: compiled.program.clone(),
        subject,
        endpos,
        next: Mutex::new(ScanPosition { pos, must_advance: false, done: false }),
    };
    let class = module_class(thread, "Scanner")?;
    Ok(Value::Obj(ObjRef::new(class, None, OwnedPayload::Native(Box::new(scanner)))))
}

fn scanner_step(thread: &mut Thread, args: Args<'_>, mode: Mode) -> PyResult<Value> {
    let scanner = this_scanner(&args)?;
    let at = *scanner.next.lock();
    if at.done {
        return Ok(Value::None);
    }
    // The lock is not held while matching: an interrupt check may run Python code.
    let found = scanner.subject.run(thread, &scanner.program, at.pos, scanner.endpos, mode, at.must_advance)?;
    let mut next = scanner.next.lock();
    match found {
        Some(found) => {
            let (start, end) = (found.slots[0], found.slots[1]);
            *next = ScanPosition { pos: end, must_advance: start == end, done: false };
            Ok(found_value(found))
        }
        None => {
            next.done = true;
            Ok(Value::None)
        }
    }
}

fn scanner_search(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    scanner_step(thread, args, Mode::Search)
}

fn scanner_match(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    scanner_step(thread, args, Mode::Anchored)
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for Compiled {}
impl crate::gc::traverse::NativeData for Scanner {}
