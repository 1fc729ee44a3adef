//! Each source in tests/parser/error_facts.json must give what CPython 3.12's `ast.parse` gives:
//! the same tree-or-error outcome, and for errors the same class, message, and positions
//! (tests/parser/error_facts.expected, written by tests/tools/gen_error_facts.py under CPython 3.12).

use ferrython_test_support::{check_facts, parser_data_dir};

fn facts(source: &str) -> String {
    match ferrython_parser::parse(source.as_bytes(), "<unknown>", ferrython_parser::ParseOptions::default()) {
        Ok(_) => "ok".into(),
        Err(e) => e.facts(),
    }
}

#[test]
fn error_facts_match_cpython() {
    let dir = parser_data_dir();
    check_facts(&dir.join("error_facts.json"), &dir.join("error_facts.expected"), facts);
}
