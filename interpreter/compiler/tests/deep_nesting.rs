//! Source nested as deeply as the parser allows must not overflow the stack of the thread that
//! parses, checks, compiles, dumps and drops it, even a small one: each recursive step takes a fresh stack
//! segment when the stack runs low. Deeper source must give a Python-level error, never a crash.

use ferrython_ast::{dump, DumpOptions};
use ferrython_parser::{Mode, ParseOptions};

/// Smaller than any thread a program is likely to parse on.
const SMALL_STACK: usize = 256 * 1024;

fn nested(depth: usize, open: &str, middle: &str, close: &str) -> String {
    format!("x = {}{}{}\n", open.repeat(depth), middle, close.repeat(depth))
}

fn cases() -> Vec<(String, String)> {
    let elifs: String = std::iter::once("if x: pass\n".to_string())
        .chain((0..1400).map(|i| format!("elif x == {i}: pass\n")))
        .collect();
    vec![
        ("lambdas".into(), nested(1400, "lambda: ", "1", "")),
        ("lambda defaults".into(), nested(700, "lambda x=", "1", ": 1")),
        ("not".into(), nested(1450, "not ", "x", "")),
        ("unary minus".into(), nested(1450, "-", "x", "")),
        ("power".into(), nested(1400, "2 ** ", "x", "")),
        ("conditional".into(), nested(1400, "a if b else ", "c", "")),
        ("parentheses".into(), nested(199, "(", "1", ")")),
        ("lists".into(), nested(199, "[", "", "]")),
        ("calls".into(), nested(199, "f(", "", ")")),
        ("f-strings".into(), nested(140, "f'{", "1", "}'")),
        ("operator chain".into(), format!("x = 1{}\n", " + 1".repeat(7900))),
        ("attribute chain".into(), format!("x = a{}\n", ".b".repeat(7900))),
        ("call chain".into(), format!("x = f{}\n", "()".repeat(7900))),
        ("elif chain".into(), elifs),
        (
            "nested functions".into(),
            (0..95).map(|i| format!("{}def f{i}(a=1):\n", "    ".repeat(i))).collect::<String>()
                + &"    ".repeat(95)
                + "return a\n",
        ),
        ("nested comprehensions".into(), nested(190, "[", "x for x in y", " for y in z]")),
        ("boolean chain".into(), format!("if {}: pass\n", vec!["a"; 5000].join(" and "))),
        ("comparison chain".into(), format!("x = {}\n", vec!["a"; 5000].join(" < "))),
        ("too deep".into(), nested(100_000, "-", "x", "")),
        ("too long".into(), format!("x = 1{}\n", " + 1".repeat(100_000))),
    ]
}

#[test]
fn deep_source_fits_a_small_stack() {
    for (name, source) in cases() {
        let worker = std::thread::Builder::new().stack_size(SMALL_STACK).spawn(move || {
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                let options = ParseOptions { mode, type_comments: false, barry_as_flufl: false };
                if let Ok(parsed) = ferrython_parser::parse(source.as_bytes(), "deep.py", options) {
                    let _ = ferrython_compiler::check_module(&parsed.module);
                    for optimize in [0, 2] {
                        let _ = ferrython_compiler::compile(&parsed.module, "deep.py", optimize);
                    }
                    let _ = dump(&parsed.module, DumpOptions { include_attributes: true, indent: Some(1) });
                }
            }
        });
        let outcome = worker.expect("spawn").join();
        assert!(outcome.is_ok(), "{name}: panicked");
    }
}
