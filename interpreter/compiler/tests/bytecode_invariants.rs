//! What the VM relies on in every code object the compiler makes, checked by walking the
//! instructions as the VM would: every path reaches each instruction with the same stack
//! depth, never below zero nor above `max_stack`; jumps land inside the code; control never
//! runs off the end; arguments index their tables; exception-table rows unwind to a depth the
//! covered instructions have, and their handlers start at the depth the row implies.
//!
//! Runs over the code_facts corpus, and with `FERRYTHON_STDLIB_CODE_FACTS=1` over every `.py`
//! file of the machine's stdlib.

#![allow(clippy::print_stderr)]

use ferrython_bytecode::{CodeObject, ConstValue, Opcode};
use ferrython_test_support::{parse_string_array, stdlib, stdlib_files, workspace};

fn check(code: &CodeObject, problems: &mut Vec<String>) {
    let name = code.qualname.to_string_lossy();
    let n = code.instructions.len();
    let mut fail = |msg: String| problems.push(format!("{name}: {msg}"));
    if n == 0 {
        fail("no instructions".into());
        return;
    }
    if code.positions.len() != n {
        fail("positions and instructions differ in number".into());
    }
    let nderef = code.cellvars.len() + code.freevars.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut work = vec![(0usize, 0i32)];
    let set = |at: usize,
               d: i32,
               work: &mut Vec<(usize, i32)>,
               depth: &mut Vec<Option<i32>>,
               fail: &mut dyn FnMut(String)| {
        if at >= n {
            fail(format!("jump or fall-through to {at}, past the end"));
            return;
        }
        match depth[at] {
            None => {
                depth[at] = Some(d);
                work.push((at, d));
            }
            Some(old) if old != d => fail(format!("instruction {at} reached with depths {old} and {d}")),
            Some(_) => {}
        }
    };
    depth[0] = Some(0);
    while let Some((i, d)) = work.pop() {
        let instruction = code.instructions[i];
        let (op, arg) = (instruction.opcode(), instruction.arg());
        if d < 0 || d as u32 > code.max_stack {
            fail(format!("depth {d} at {i} ({op}), max_stack {}", code.max_stack));
            continue;
        }
        let index_ok = match op {
            Opcode::LOAD_CONST | Opcode::RETURN_CONST => (arg as usize) < code.consts.len(),
            Opcode::LOAD_FAST
            | Opcode::LOAD_FAST_CHECK
            | Opcode::LOAD_FAST_AND_CLEAR
            | Opcode::STORE_FAST
            | Opcode::DELETE_FAST => (arg as usize) < code.varnames.len(),
            Opcode::MAKE_CELL
            | Opcode::LOAD_CLOSURE
            | Opcode::STORE_CLOSURE
            | Opcode::LOAD_DEREF
            | Opcode::STORE_DEREF
            | Opcode::DELETE_DEREF
            | Opcode::LOAD_FROM_DICT_OR_DEREF => (arg as usize) < nderef,
            Opcode::LOAD_GLOBAL | Opcode::LOAD_ATTR => ((arg >> 1) as usize) < code.names.len(),
            Opcode::LOAD_NAME
            | Opcode::STORE_NAME
            | Opcode::DELETE_NAME
            | Opcode::STORE_GLOBAL
            | Opcode::DELETE_GLOBAL
            | Opcode::STORE_ATTR
            | Opcode::DELETE_ATTR
            | Opcode::IMPORT_NAME
            | Opcode::IMPORT_FROM
            | Opcode::LOAD_FROM_DICT_OR_GLOBALS => (arg as usize) < code.names.len(),
            _ => true,
        };
        if !index_ok {
            fail(format!("argument {arg} of {op} at {i} is out of its table"));
        }
        if let Some(entry) = code.handler_for(i as u32) {
            if entry.depth as i32 > d {
                fail(format!("handler row unwinds to {} at {i}, where the depth is {d}", entry.depth));
            }
            let handler_depth = entry.depth as i32 + i32::from(entry.push_lasti) + 1;
            set(entry.target as usize, handler_depth, &mut work, &mut depth, &mut fail);
        }
        if op.is_jump() {
            set(arg as usize, d + op.stack_effect(arg, true), &mut work, &mut depth, &mut fail);
        }
        if !op.is_terminator() {
            set(i + 1, d + op.stack_effect(arg, false), &mut work, &mut depth, &mut fail);
        }
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
