//! From source text to a runtime code object, for `compile()`, `exec()`, `eval()` and the
//! launcher: parse, compile, and turn a syntax error into a Python SyntaxError.

use std::sync::Arc;

use ferrython_ast::Mod;
use ferrython_compiler::Flags;
use ferrython_parser::source::SourceText;
use ferrython_parser::{Mode, ParseOptions, Parsed};

use crate::objects::exception::{exceptions, set_attr, PyErr};
use crate::objects::str::new_str;
use crate::objects::Code;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// Compiles `source` as `compile(source, filename, mode)` does, issuing its SyntaxWarnings.
pub fn compile_source(thread: &mut Thread, source: &[u8], filename: &str, mode: &str) -> PyResult<Arc<Code>> {
    compile_source_at(thread, source, filename, mode, interpreter_optimize(thread), Flags::default())
}

/// `compile_source` at optimization level `optimize` (CPython's: 1 drops asserts and makes
/// `__debug__` false, 2 also drops docstrings), with `compile()`'s flags.
pub fn compile_source_at(
    thread: &mut Thread,
    source: &[u8],
    filename: &str,
    mode: &str,
    optimize: u8,
    flags: Flags,
) -> PyResult<Arc<Code>> {
    let options = parse_options(mode, false, flags.future);
    let parsed = parse_source_warning(thread, source, filename, options)?;
    let code = compile_tree_object_at(thread, &parsed.module, filename, Some(&parsed.source), optimize, flags)?;
    Ok(Code::from_compiled(&code))
}

/// The optimization level of the interpreter (`-O`, `-OO`).
pub fn interpreter_optimize(thread: &Thread) -> u8 {
    thread.interp.optimize.load(std::sync::atomic::Ordering::Relaxed)
}

fn parse_mode(mode: &str) -> Mode {
    match mode {
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => Mode::FuncType,
        _ => Mode::Exec,
    }
}

/// Parses `source` as `compile(source, filename, mode, PyCF_ONLY_AST)` does, without warnings
/// (for a caller that parses the same text more than once, like the REPL).
pub fn parse_source(source: &[u8], filename: &str, mode: &str, type_comments: bool) -> PyResult<Parsed> {
    let options = parse_options(mode, type_comments, 0);
    ferrython_parser::parse(source, filename, options).map_err(|err| parse_error(&err, filename))
}

/// The parser's options for `mode`, with the `CO_FUTURE_*` bits the source is compiled with
/// (`barry_as_FLUFL` changes the grammar).
pub fn parse_options(mode: &str, type_comments: bool, future: u32) -> ParseOptions {
    let barry_as_flufl = future & ferrython_compiler::CO_FUTURE_BARRY_AS_BDFL != 0;
    ParseOptions { mode: parse_mode(mode), type_comments, barry_as_flufl }
}

/// The `CO_FUTURE_*` bits of the running code, which `compile()`, `exec()` and `eval()` of
/// source pass on to the code they make (unless `dont_inherit`).
pub fn inherited_future(thread: &Thread) -> u32 {
    thread.frames.last().map_or(0, |frame| frame.code.flags.0 & ferrython_compiler::CO_FUTURE_MASK)
}

/// `parse_source`, with the parser's SyntaxWarnings (met before any error) issued through the
/// warning filters.
pub fn parse_source_warning(
    thread: &mut Thread,
    source: &[u8],
    filename: &str,
    options: ParseOptions,
) -> PyResult<Parsed> {
    let (parsed, warnings) = parse_with_codecs(thread, source, options);
    let text = parsed.as_ref().ok().map(|p| &p.source);
    let found = warnings.into_iter().map(|w| (w.msg, i64::from(w.lineno)));
    issue_syntax_warnings(thread, found, filename, text)?;
    parsed.map_err(|err| parse_error(&err, filename))
}

/// Parses source bytes, decoding a declared encoding (`# -*- coding: cp437 -*-`) with the
/// interpreter's codecs, those Python code registered included, as CPython does; returns the
/// parser's warnings beside the result (see `ferrython_parser::parse_with_warnings`).
pub fn parse_with_codecs(
    thread: &mut Thread,
    source: &[u8],
    options: ParseOptions,
) -> (Result<Parsed, ferrython_parser::SyntaxError>, Vec<ferrython_parser::Warning>) {
    let mut codecs = |encoding: &str, bytes: &[u8]| {
        let err = match crate::modules::codecs::decode_with(thread, bytes, encoding, "strict") {
            Ok(text) => {
                return Some(String::from_utf8(text).map_err(|_| format!("'{encoding}' codec gave surrogates")));
            }
            Err(err) => err,
        };
        let message = crate::protocols::repr::to_str(thread, &err.value()).unwrap_or_default();
        // An encoding no codec knows falls to the parser, which reports it as CPython does.
        if err.matches(&exceptions().lookup_error) && message.starts_with("unknown encoding") {
            return None;
        }
        Some(Err(message))
    };
    ferrython_parser::parse_with_codecs(source, options, &mut codecs)
}

/// Issues SyntaxWarnings (message, line) through the filters, as CPython's compiler does (no
/// module registry, so each is shown every time); one that a filter turns into an error is
/// raised as a SyntaxError at its line.
pub fn issue_syntax_warnings(
    thread: &mut Thread,
    warnings: impl IntoIterator<Item = (String, i64)>,
    filename: &str,
    source: Option<&SourceText>,
) -> PyResult<()> {
    let category = exceptions().syntax_warning.clone();
    for (message, lineno) in warnings {
        let place = crate::warnings::Place {
            filename: new_str(filename),
            lineno,
            module: Value::None,
            registry: Value::None,
            globals: Value::None,
        };
        match crate::warnings::warn_explicit(thread, new_str(message.as_str()), &category, place, Value::None) {
            Ok(()) => {}
            Err(err) if err.matches(&category) => {
                // CPython reads the line back from the file: none for `<string>` and the like.
                let line = source
                    .filter(|_| !filename.starts_with('<'))
                    .and_then(|s| u32::try_from(lineno).ok().filter(|&l| l > 0).map(|l| s.line_with_newline(l)));
                return Err(syntax_error("SyntaxError", &message, filename, lineno, 0, lineno, 0, line));
            }
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

fn parse_error(err: &ferrython_parser::SyntaxError, filename: &str) -> PyErr {
    match err.class {
        ferrython_parser::ErrorClass::MemoryError => crate::objects::exception::memory_error(err.msg.clone()),
        ferrython_parser::ErrorClass::RecursionError => crate::objects::exception::recursion_error(err.msg.clone()),
        ferrython_parser::ErrorClass::SyntaxError if err.lineno.is_none() && err.offset.is_none() => {
            // An error of the whole source (null bytes): a message and no location.
            let e = PyErr::with_args(&exceptions().syntax_error, vec![new_str(&*err.msg)]);
            set_attr(&e, "msg", new_str(&*err.msg));
            for attr in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"] {
                set_attr(&e, attr, Value::None);
            }
            e
        }
        class => syntax_error(
            class.name(),
            &err.msg,
            filename,
            err.lineno.unwrap_or(-1),
            err.offset.unwrap_or(0),
            err.end_lineno.unwrap_or(-1),
            err.end_offset.unwrap_or(0),
            err.text.clone(),
        ),
    }
}

/// Compiles a tree to a code object; `source` (when the tree was parsed from text) gives the
/// line a SyntaxError shows.
pub fn compile_tree(
    thread: &mut Thread,
    tree: &Mod,
    filename: &str,
    source: Option<&SourceText>,
) -> PyResult<Arc<Code>> {
    compile_tree_object(thread, tree, filename, source).map(|code| Code::from_compiled(&code))
}

/// Compiles a tree to the compiler's code object (plain data, what `.pyc` files hold).
pub fn compile_tree_object(
    thread: &mut Thread,
    tree: &Mod,
    filename: &str,
    source: Option<&SourceText>,
) -> PyResult<ferrython_bytecode::CodeObject> {
    compile_tree_object_at(thread, tree, filename, source, interpreter_optimize(thread), Flags::default())
}

/// `compile_tree_object` at optimization level `optimize`, with `compile()`'s flags.
pub fn compile_tree_object_at(
    thread: &mut Thread,
    tree: &Mod,
    filename: &str,
    source: Option<&SourceText>,
    optimize: u8,
    flags: Flags,
) -> PyResult<ferrython_bytecode::CodeObject> {
    let warning_list = |warnings: Vec<ferrython_compiler::CompileWarning>| {
        warnings.into_iter().map(|w| (w.msg, i64::from(w.lineno))).collect::<Vec<_>>()
    };
    match ferrython_compiler::compile_with(tree, filename, optimize, flags) {
        Ok(compiled) => {
            issue_syntax_warnings(thread, warning_list(compiled.warnings), filename, source)?;
            Ok(compiled.code)
        }
        Err((err, warnings)) => {
            issue_syntax_warnings(thread, warning_list(warnings), filename, source)?;
            let line = program_text(filename, err.lineno);
            Err(syntax_error(
                "SyntaxError",
                &err.msg,
                filename,
                err.lineno,
                err.offset,
                err.end_lineno,
                err.end_offset.unwrap_or(0),
                line,
            ))
        }
    }
}

/// The text of line `lineno` of the file named `filename`, as CPython gives the errors found
/// after parsing (CPython's `PyErr_ProgramTextObject`): read from the file itself, so None for
/// source that is no file (`<string>`, `<stdin>`) even when the source text is at hand.
fn program_text(filename: &str, lineno: i64) -> Option<String> {
    use std::io::BufRead;
    let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
    let file = std::fs::File::open(filename).ok()?;
    let mut line = Vec::new();
    let mut reader = std::io::BufReader::new(file);
    for _ in 0..=index {
        line.clear();
        if reader.read_until(b'\n', &mut line).ok()? == 0 {
            return None;
        }
    }
    Some(String::from_utf8_lossy(&line).into_owned())
}

/// A SyntaxError (or IndentationError/TabError) instance with CPython's attributes.
#[allow(clippy::too_many_arguments)]
pub fn syntax_error(
    class: &str,
    msg: &str,
    filename: &str,
    lineno: i64,
    offset: i64,
    end_lineno: i64,
    end_offset: i64,
    text: Option<String>,
) -> PyErr {
    let e = exceptions();
    let class = match class {
        "IndentationError" => &e.indentation_error,
        "TabError" => &e.tab_error,
        _ => &e.syntax_error,
    };
    let text_value = text.map(new_str).unwrap_or(Value::None);
    let details = crate::objects::tuple_of([
        new_str(filename),
        Value::Int(lineno),
        Value::Int(offset),
        text_value.clone(),
        Value::Int(end_lineno),
        Value::Int(end_offset),
    ]);
    let err = PyErr::with_args(class, vec![new_str(msg), details]);
    set_attr(&err, "msg", new_str(msg));
    set_attr(&err, "filename", new_str(filename));
    set_attr(&err, "lineno", Value::Int(lineno));
    set_attr(&err, "offset", Value::Int(offset));
    set_attr(&err, "text", text_value);
    set_attr(&err, "end_lineno", Value::Int(end_lineno));
    set_attr(&err, "end_offset", Value::Int(end_offset));
    set_attr(&err, "print_file_and_line", Value::None);
    err
}
