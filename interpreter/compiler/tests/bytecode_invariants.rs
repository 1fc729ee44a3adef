//! What the VM relies on in every code object the compiler makes, checked by the verifier the VM
//! runs on every code object it loads (`CodeObject::verify`): every path reaches each
//! instruction with the same stack depth, never popping below zero nor pushing above
//! `max_stack`; jumps land inside the code; control never runs off the end; arguments index
//! their tables; exception-table rows unwind to a depth the covered instructions have, and
//! their handlers start at the depth the row implies.
//!
//! Runs over the code_facts corpus, and with `FERRYTHON_STDLIB_CODE_FACTS=1` over every `.py`
//! file of the machine's stdlib.

#![allow(clippy::print_stderr)]

use ferrython_bytecode::{CodeObject, ConstValue};
use ferrython_test_support::{parse_string_array, stdlib, stdlib_files, workspace};

fn check(code: &CodeObject, problems: &mut Vec<String>) {
    let name = code.qualname.to_string_lossy();
    if code.positions.len() != code.instructions.len() {
        problems.push(format!("{name}: positions and instructions differ in number"));
    }
    // The VM's own check (`CodeObject::verify`): depths, jumps, table indexes, handlers.
    if let Err(what) = code.verify() {
        problems.push(what.0);
    }
    for constant in &code.consts {
        if let ConstValue::Code(inner) = constant {
            check(inner, problems);
        }
    }
}

fn problems(source: &[u8], filename: &str) -> Vec<String> {
    let Ok(parsed) = ferrython_parser::parse(source, filename, ferrython_parser::ParseOptions::default()) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for optimize in [0, 2] {
        if let Ok(compiled) = ferrython_compiler::compile(&parsed.module, filename, optimize) {
            check(&compiled.code, &mut problems);
        }
    }
    problems
}

#[test]
fn corpus_code_objects_are_well_formed() {
    let text = std::fs::read_to_string(workspace().join("tests/compiler/code_facts.json")).expect("corpus");
    let mut all = Vec::new();
    for source in parse_string_array(&text) {
        for problem in problems(source.as_bytes(), "f.py") {
            all.push(format!("{source:?}: {problem}"));
        }
    }
    assert!(all.is_empty(), "{} problems:\n{}", all.len(), all.join("\n"));
}

#[test]
fn stdlib_code_objects_are_well_formed() {
    if std::env::var("FERRYTHON_STDLIB_CODE_FACTS").as_deref() != Ok("1") {
        eprintln!("stdlib_code_objects_are_well_formed: opt-in with FERRYTHON_STDLIB_CODE_FACTS=1: SKIPPED");
        return;
    }
    let mut all = Vec::new();
    let root = stdlib();
    for file in stdlib_files(&root) {
        let Ok(source) = std::fs::read(&file.path) else { continue };
        for problem in problems(&source, &file.rel) {
            all.push(format!("{}: {problem}", file.rel));
        }
    }
    assert!(all.is_empty(), "{} problems:\n{}", all.len(), all.iter().take(50).cloned().collect::<Vec<_>>().join("\n"));
}
