//! Code-object conformance: every code object Ferrython compiles from the sources of
//! tests/compiler/code_facts.json must have the `co_*` attributes CPython 3.12 gives it
//! (tests/compiler/code_facts.expected, written by tests/tools/gen_code_facts.py under CPython
//! 3.12): qualname, name, firstlineno, argument counts, flags, varnames, cellvars, freevars and
//! names, for the module and recursively for the code objects among its constants; and the
//! positions of the instructions that can raise (what a traceback shows), in order.
//!
//! `stdlib_code_facts` (opt-in: `FERRYTHON_STDLIB_CODE_FACTS=1`) compares every `.py` file of the
//! machine's stdlib the same way and reports the match rate (the oracle's answer is cached).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::Path;

use ferrython_bytecode::{CodeObject, ConstValue, Opcode};
use ferrython_test_support::{cached_oracle_answer, check_facts, oracle, stdlib, stdlib_files, workspace};

fn join(names: &[ferrython_ast::PyStr]) -> String {
    names.iter().map(|n| n.to_string_lossy()).collect::<Vec<_>>().join(",")
}

/// The instructions whose positions are compared, named as CPython 3.12 names them.
fn raising_name(op: Opcode) -> Option<&'static str> {
    use Opcode::*;
    Some(match op {
        CALL | CALL_KW => "CALL",
        BINARY_OP | BINARY_SUBSCR | STORE_SUBSCR | DELETE_SUBSCR | BINARY_SLICE | STORE_SLICE | CALL_FUNCTION_EX
        | LOAD_ATTR | STORE_ATTR | DELETE_ATTR | LOAD_GLOBAL | LOAD_NAME | COMPARE_OP | CONTAINS_OP | GET_ITER
        | IMPORT_NAME | IMPORT_FROM | RAISE_VARARGS | BEFORE_WITH | UNPACK_SEQUENCE | UNPACK_EX | FORMAT_VALUE
        | CHECK_EXC_MATCH | UNARY_NEGATIVE | UNARY_INVERT | UNARY_NOT => op.name(),
        _ => return None,
    })
}

fn positions(code: &CodeObject) -> String {
    let show = |v: Option<u32>| v.map_or("None".to_string(), |v| v.to_string());
    let mut out = Vec::new();
    for (instruction, p) in code.instructions.iter().zip(&code.positions) {
        if let Some(name) = raising_name(instruction.opcode()) {
            let (l, el, c, ec) = (show(p.lineno), show(p.end_lineno), show(p.col_offset), show(p.end_col_offset));
            out.push(format!("{name}@{l},{el},{c},{ec}"));
        }
    }
    out.join(" ")
}

fn record(code: &CodeObject, out: &mut Vec<String>) {
    let fields = [
        code.qualname.to_string_lossy(),
        code.name.to_string_lossy(),
        code.firstlineno.to_string(),
        code.argcount.to_string(),
        code.posonlyargcount.to_string(),
        code.kwonlyargcount.to_string(),
        format!("{:#x}", code.flags.0),
        join(&code.varnames),
        join(&code.cellvars),
        join(&code.freevars),
        join(&code.names),
        positions(code),
    ];
    out.push(fields.map(|f| f.replace(['\t', '\n'], " ")).join("|"));
    for constant in &code.consts {
        if let ConstValue::Code(inner) = constant {
            record(inner, out);
        }
    }
}

fn facts(source: &[u8], filename: &str) -> String {
    let Ok(parsed) = ferrython_parser::parse(source, filename, ferrython_parser::ParseOptions::default()) else {
        return "unparsable".to_string();
    };
    match ferrython_compiler::compile(&parsed.module, filename, 0) {
        Ok(compiled) => {
            let mut out = Vec::new();
            record(&compiled.code, &mut out);
            out.join("\t")
        }
        Err(_) => "unparsable".to_string(),
    }
}

/// A line of records with the positions field of each record kept (`positions`) or dropped;
/// a record whose CPython positions are `*` (LOAD_SUPER_ATTR) compares as `*`.
fn part(line: &str, reference: &str, positions: bool) -> String {
    let reference: Vec<&str> = reference.split('\t').collect();
    line.split('\t')
        .enumerate()
        .map(|(i, record)| {
            let (head, pos) = record.rsplit_once('|').unwrap_or((record, ""));
            let starred = reference.get(i).is_some_and(|r| r.ends_with("|*"));
            match (positions, starred) {
                (false, _) => head.to_string(),
                (true, true) => "*".to_string(),
                (true, false) => pos.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

#[test]
fn code_facts_match_cpython() {
    let dir = workspace().join("tests/compiler");
    let expected = std::fs::read_to_string(dir.join("code_facts.expected")).expect("code_facts.expected");
    let expected: Vec<&str> = expected.lines().collect();
    let cases = dir.join("code_facts.json");
    let index = std::cell::Cell::new(0);
    // The co_* attributes, then the positions, each against its own view of the expected lines.
    let core_expected = expected.iter().map(|l| part(l, l, false)).collect::<Vec<_>>().join("\n") + "\n";
    let core_file = std::env::temp_dir().join(format!("code_facts_core_{}.expected", std::process::id()));
    std::fs::write(&core_file, core_expected).expect("temp file");
    check_facts(&cases, &core_file, |source| part(&facts(source.as_bytes(), "f.py"), "", false));
    let pos_expected = expected.iter().map(|l| part(l, l, true)).collect::<Vec<_>>().join("\n") + "\n";
    let pos_file = std::env::temp_dir().join(format!("code_facts_pos_{}.expected", std::process::id()));
    std::fs::write(&pos_file, pos_expected).expect("temp file");
    check_facts(&cases, &pos_file, |source| {
        let i = index.get();
        index.set(i + 1);
        part(&facts(source.as_bytes(), "f.py"), expected[i], true)
    });
    let _ = std::fs::remove_file(core_file);
    let _ = std::fs::remove_file(pos_file);
}

/// Per code object: all fields equal, and all but `co_names` equal.
#[derive(Default)]
struct Tally {
    files: usize,
    files_equal: usize,
    codes: usize,
    codes_equal: usize,
    codes_equal_but_names: usize,
    positions_compared: usize,
    positions_equal: usize,
}

#[test]
fn stdlib_code_facts() {
    if std::env::var("FERRYTHON_STDLIB_CODE_FACTS").as_deref() != Ok("1") {
        eprintln!("stdlib_code_facts: opt-in with FERRYTHON_STDLIB_CODE_FACTS=1: SKIPPED");
        return;
    }
    let Some(oracle) = oracle("stdlib_code_facts") else { return };
    let script = workspace().join("tests/tools/gen_code_facts.py");
    let stdlib = stdlib();
    let files = stdlib_files(&stdlib);
    let text = cached_oracle_answer("stdlib_code_facts", &oracle, &script, &stdlib, &files);
    let expected: BTreeMap<&str, &str> = text.lines().filter_map(|l| l.split_once('\t')).collect();
    let mut tally = Tally::default();
    let mut diffs: Vec<String> = Vec::new();
    for file in &files {
        let Some(want) = expected.get(file.rel.as_str()) else { continue };
        if *want == "unparsable" {
            continue;
        }
        let Ok(source) = std::fs::read(&file.path) else { continue };
        let got = facts(&source, &file.path.to_string_lossy());
        tally.files += 1;
        let before = diffs.len();
        compare_records(&file.rel, want, &got, &mut tally, &mut diffs);
        if diffs.len() == before {
            tally.files_equal += 1;
        }
    }
    let report = Path::new(&std::env::var("CARGO_TARGET_TMPDIR").unwrap_or_else(|_| "/tmp".into()))
        .join("stdlib_code_facts.diff");
    let _ = std::fs::write(&report, diffs.join("\n"));
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    eprintln!(
        "stdlib code facts: {}/{} files identical ({:.2}%); {}/{} code objects identical ({:.2}%), \
         {} ({:.2}%) identical but for co_names and positions; positions equal in {}/{} ({:.2}%); \
         differences in {}",
        tally.files_equal,
        tally.files,
        pct(tally.files_equal, tally.files),
        tally.codes_equal,
        tally.codes,
        pct(tally.codes_equal, tally.codes),
        tally.codes_equal_but_names,
        pct(tally.codes_equal_but_names, tally.codes),
        tally.positions_equal,
        tally.positions_compared,
        pct(tally.positions_equal, tally.positions_compared),
        report.display()
    );
}

fn compare_records(rel: &str, want: &str, got: &str, tally: &mut Tally, diffs: &mut Vec<String>) {
    let want: Vec<&str> = want.split('\t').collect();
    let got: Vec<&str> = got.split('\t').collect();
    for (i, w) in want.iter().enumerate() {
        tally.codes += 1;
        let mut g = got.get(i).copied().unwrap_or("<missing>").to_string();
        // CPython's LOAD_SUPER_ATTR code objects have no comparable positions.
        if w.ends_with("|*") {
            if let Some((head, _)) = g.rsplit_once('|') {
                g = format!("{head}|*");
            }
        }
        let g = g.as_str();
        if want.len() != got.len() && i == 0 {
            diffs.push(format!("{rel}: {} code objects, want {}", got.len(), want.len()));
        }
        if g == *w {
            tally.codes_equal += 1;
            tally.codes_equal_but_names += 1;
            if !w.ends_with("|*") {
                tally.positions_compared += 1;
                tally.positions_equal += 1;
            }
            continue;
        }
        let fields = |r: &str| r.split('|').map(str::to_string).collect::<Vec<_>>();
        let (wf, gf) = (fields(w), fields(g));
        let core = |f: &[String]| f.iter().take(10).cloned().collect::<Vec<_>>();
        if core(&wf) == core(&gf) {
            tally.codes_equal_but_names += 1;
        }
        let wp = wf.get(11).cloned().unwrap_or_default();
        if wp != "*" {
            tally.positions_compared += 1;
            if gf.get(11) == Some(&wp) {
                tally.positions_equal += 1;
            }
        }
        if wf[..wf.len().min(11)] != gf[..gf.len().min(11)] {
            diffs.push(format!("{rel}\n  want {w}\n  got  {g}"));
        } else {
            diffs.push(format!("{rel} (positions)\n  want {w}\n  got  {g}"));
        }
    }
}
