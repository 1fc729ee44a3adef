//! Compiling a program: parser and compiler warnings printed as the `warnings` module shows
//! them, syntax errors reported as CPython reports them (exit 1).

use ferrython_bytecode::CodeObject;

/// Parses and compiles module code named `shown`; on a syntax error, prints it and gives the
/// exit code.
pub fn compile_main(source: &[u8], shown: &str) -> Result<CodeObject, u8> {
    let options = ferrython_parser::ParseOptions::default();
    let (result, warnings) = ferrython_parser::parse_with_warnings(source, shown, options);
    print_warnings(&warnings, shown, source);
    let parsed = match result {
        Ok(parsed) => parsed,
        Err(err) => {
            eprint!("{}", err.render(shown));
            return Err(1);
        }
    };
    let to_warnings = |warnings: Vec<ferrython_compiler::CompileWarning>| -> Vec<ferrython_parser::Warning> {
        warnings
            .into_iter()
            .map(|w| ferrython_parser::Warning { category: "SyntaxWarning", msg: w.msg, lineno: w.lineno, offset: 0 })
            .collect()
    };
    match ferrython_compiler::compile(&parsed.module, shown, 0) {
        Ok(compiled) => {
            print_warnings(&to_warnings(compiled.warnings.clone()), shown, source);
            Ok(compiled.code)
        }
        Err((err, warnings)) => {
            print_warnings(&to_warnings(warnings), shown, source);
            eprint!("{}", compile_error(&parsed.source, err).render(shown));
            Err(1)
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
