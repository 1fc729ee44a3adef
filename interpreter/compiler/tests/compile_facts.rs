//! Each source in tests/parser/compile_facts.json must give what CPython 3.12's
//! `compile(source, 'f.py', 'exec')` gives after parsing: the same SyntaxError (class, message,
//! lineno, offset, end_lineno, end_offset) or none, and the same SyntaxWarnings before it, in the
//! same order (tests/parser/compile_facts.expected, written by tests/tools/gen_compile_facts.py
//! under CPython 3.12).
//!
//! `FERRYTHON_COMPILE_FACTS=CASES.json:EXPECTED` runs the same comparison on other files (see
//! tests/tools/random_compile_cases.py).

use std::path::PathBuf;

use ferrython_test_support::{check_facts, parser_data_dir};

fn facts(source: &str) -> String {
    let parsed = match ferrython_parser::parse(source.as_bytes(), "f.py", ferrython_parser::ParseOptions::default()) {
        Ok(parsed) => parsed,
        Err(e) => return format!("parse error: {}", e.msg),
    };
    let (result, warnings) = ferrython_compiler::check_module(&parsed.module);
    let mut fields = vec![match result {
        Ok(()) => "ok".to_string(),
        Err(e) => e.facts(),
    }];
    fields.extend(warnings.iter().map(|w| format!("W|{}|{}", w.lineno, w.msg)));
    fields.join("\t")
}

#[test]
fn compile_facts_match_cpython() {
    let (cases, expected) = match std::env::var("FERRYTHON_COMPILE_FACTS") {
        Ok(paths) => {
            let (cases, expected) = paths.split_once(':').expect("FERRYTHON_COMPILE_FACTS=CASES.json:EXPECTED");
            (PathBuf::from(cases), PathBuf::from(expected))
        }
        Err(_) => (parser_data_dir().join("compile_facts.json"), parser_data_dir().join("compile_facts.expected")),
    };
    check_facts(&cases, &expected, facts);
}
