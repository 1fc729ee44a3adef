//! Compiling a program: parser and compiler warnings printed as the `warnings` module shows
//! them, syntax errors reported as CPython reports them (exit 1).

use ferrython_bytecode::CodeObject;

/// Why the main program did not compile.
pub enum Failure {
    /// A syntax error, already printed: the exit code.
    Exit(u8),
    /// A warning that a filter turned into an error (raised like any exception).
    Raised(ferrython_vm::PyErr),
}

/// Parses and compiles module code named `shown`, issuing its SyntaxWarnings through the
/// warning filters; a syntax error is printed.
pub fn compile_main(thread: &mut ferrython_vm::Thread, source: &[u8], shown: &str) -> Result<CodeObject, Failure> {
    let options = ferrython_parser::ParseOptions::default();
    let (result, warnings) = ferrython_vm::compile::parse_with_codecs(thread, source, options);
    let found = warnings.into_iter().map(|w| (w.msg, i64::from(w.lineno)));
    let text = result.as_ref().ok().map(|p| &p.source);
    ferrython_vm::compile::issue_syntax_warnings(thread, found, shown, text).map_err(Failure::Raised)?;
    let parsed = match result {
        Ok(parsed) => parsed,
        Err(err) => {
            eprint!("{}", err.render(shown));
            return Err(Failure::Exit(1));
        }
    };
    let issue = |thread: &mut ferrython_vm::Thread, warnings: Vec<ferrython_compiler::CompileWarning>| {
        let found = warnings.into_iter().map(|w| (w.msg, i64::from(w.lineno)));
        ferrython_vm::compile::issue_syntax_warnings(thread, found, shown, Some(&parsed.source))
            .map_err(Failure::Raised)
    };
    let optimize = ferrython_vm::compile::interpreter_optimize(thread);
    match ferrython_compiler::compile(&parsed.module, shown, optimize) {
        Ok(compiled) => {
            issue(thread, compiled.warnings)?;
            Ok(compiled.code)
        }
        Err((err, warnings)) => {
            issue(thread, warnings)?;
            eprint!("{}", compile_error(&parsed.source, err).render(shown));
            Err(Failure::Exit(1))
        }
    }
}

/// A compile-time error as CPython reports it: the compiler's columns are 1-based byte offsets,
/// which CPython does not convert to characters; the source line is that of `lineno`, if any.
fn compile_error(
    source: &ferrython_parser::source::SourceText,
    err: ferrython_compiler::CompileError,
) -> ferrython_parser::SyntaxError {
    let text = u32::try_from(err.lineno).ok().filter(|&line| line >= 1).map(|line| source.line_with_newline(line));
    ferrython_parser::SyntaxError {
        class: ferrython_parser::ErrorClass::SyntaxError,
        msg: err.msg,
        lineno: Some(err.lineno),
        offset: Some(err.offset),
        end_lineno: Some(err.end_lineno),
        end_offset: err.end_offset,
        text,
    }
}

/// Prints parser warnings as the `warnings` module shows them: `file:line: Category: message`
/// followed by the stripped source line.
pub fn print_warnings(warnings: &[ferrython_parser::Warning], filename: &str, source: &[u8]) {
    for warning in warnings {
        eprint!("{}", warning.render(filename, source));
    }
}
