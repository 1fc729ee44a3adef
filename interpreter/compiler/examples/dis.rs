//! `cargo run -p ferrython-compiler --example dis FILE [-O|-OO]`: prints the disassembly of a
//! Python file as Ferrython compiles it.

#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: dis FILE [-O|-OO]");
        std::process::exit(2);
    };
    let optimize = if args.iter().any(|a| a == "-OO") { 2 } else { u8::from(args.iter().any(|a| a == "-O")) };
    let source = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let parsed = match ferrython_parser::parse(&source, path, ferrython_parser::ParseOptions::default()) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("SyntaxError: {}", e.msg);
            std::process::exit(1);
        }
    };
    match ferrython_compiler::compile(&parsed.module, path, optimize) {
        Ok(compiled) => {
            for w in &compiled.warnings {
                eprintln!("{path}:{}: SyntaxWarning: {}", w.lineno, w.msg);
            }
            print!("{}", compiled.code.disassemble());
        }
        Err((e, _)) => {
            eprintln!("SyntaxError: {} (line {})", e.msg, e.lineno);
            std::process::exit(1);
        }
    }
}
