//! The three compile modes: 'exec' returns None, 'eval' returns the expression's value,
//! 'single' prints the value of each top-level expression statement (CALL_INTRINSIC_1 Print).

use ferrython_bytecode::{CodeObject, Intrinsic1, Opcode};
use ferrython_parser::{Mode, ParseOptions};

fn compile(source: &str, mode: Mode) -> CodeObject {
    let options = ParseOptions { mode, ..ParseOptions::default() };
    let parsed = ferrython_parser::parse(source.as_bytes(), "<test>", options).expect("parses");
    ferrython_compiler::compile(&parsed.module, "<test>", 0).map_err(|(e, _)| e.msg).expect("compiles").code
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions.iter().map(|i| i.opcode()).collect()
}

#[test]
fn eval_returns_the_value() {
    let code = compile("a + 1", Mode::Eval);
    assert_eq!(ops(&code), [Opcode::LOAD_NAME, Opcode::LOAD_CONST, Opcode::BINARY_OP, Opcode::RETURN_VALUE]);
}

#[test]
fn single_prints_expression_statements() {
    let code = compile("a\n", Mode::Single);
    let print =
        code.instructions.iter().any(|i| i.opcode() == Opcode::CALL_INTRINSIC_1 && i.arg() == Intrinsic1::Print as u32);
    assert!(print, "{}", code.disassemble());
    // Inside a function nothing is printed.
    let code = compile("def f():\n    a\n\n", Mode::Single);
    assert!(!code.disassemble().contains("CALL_INTRINSIC_1"), "{}", code.disassemble());
}

#[test]
fn exec_returns_none() {
    let code = compile("a\n", Mode::Exec);
    assert_eq!(ops(&code), [Opcode::LOAD_NAME, Opcode::POP_TOP, Opcode::RETURN_CONST]);
}

#[test]
fn optimize_drops_asserts_and_docstrings() {
    let parse = |s: &str| ferrython_parser::parse(s.as_bytes(), "t", ParseOptions::default()).expect("parses").module;
    let module = parse("'doc'\nassert x\n");
    let plain = ferrython_compiler::compile(&module, "t", 0).expect("compiles").code;
    assert!(plain.disassemble().contains("LOAD_ASSERTION_ERROR"));
    assert!(plain.disassemble().contains("__doc__"));
    let optimized = ferrython_compiler::compile(&module, "t", 2).expect("compiles").code;
    assert!(!optimized.disassemble().contains("LOAD_ASSERTION_ERROR"));
    assert!(!optimized.disassemble().contains("__doc__"));
}
