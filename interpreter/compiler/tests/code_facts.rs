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

/// The constants as the oracle script renders them: the first one (a function's docstring or
/// None), then the distinct scalar constants anywhere, sorted (see gen_code_facts.py).
fn consts(code: &CodeObject) -> String {
    fn scalars(constant: &ConstValue, out: &mut std::collections::BTreeSet<String>) {
        match constant {
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => items.iter().for_each(|c| scalars(c, out)),
            ConstValue::Code(_) => {}
            other => {
                out.insert(other.repr());
            }
        }
    }
    let function = code.flags.has(ferrython_bytecode::CodeFlags::OPTIMIZED);
    let first = match code.consts.first() {
        _ if !function => "-".to_string(),
        None => String::new(),
        Some(ConstValue::Code(_)) => "<code>".to_string(),
        Some(ConstValue::Tuple(_) | ConstValue::FrozenSet(_)) => "(...)".to_string(),
        Some(other) => other.repr(),
    };
    let mut found = std::collections::BTreeSet::new();
    code.consts.iter().for_each(|c| scalars(c, &mut found));
    let found: Vec<String> = found.into_iter().collect();
    format!("{first} {{{}}}", found.join(", ")).replace('|', "\\x7c")
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
        consts(code),
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

/// The fields compared as one group: the co_* attributes, the positions, or the constants.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    Attributes,
    Positions,
    Consts,
}

/// One group of fields of every record of a line; a record whose CPython positions are `*`
/// (LOAD_SUPER_ATTR) compares its positions as `*`.
fn part(line: &str, reference: &str, group: Group) -> String {
    let reference: Vec<&str> = reference.split('\t').collect();
    line.split('\t')
        .enumerate()
        .map(|(i, record)| {
            let fields: Vec<&str> = record.split('|').collect();
            let starred = reference.get(i).is_some_and(|r| r.split('|').nth(11) == Some("*"));
            match group {
                Group::Attributes => fields[..fields.len().min(11)].join("|"),
                Group::Positions if starred => "*".to_string(),
                Group::Positions => fields.get(11).copied().unwrap_or("").to_string(),
                Group::Consts => fields.get(12).copied().unwrap_or("").to_string(),
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
    // Each group of fields against its own view of the expected lines.
    for group in [Group::Attributes, Group::Positions, Group::Consts] {
        let view = expected.iter().map(|l| part(l, l, group)).collect::<Vec<_>>().join("\n") + "\n";
        let file = std::env::temp_dir().join(format!("code_facts_{}_{}.expected", group as u8, std::process::id()));
        std::fs::write(&file, view).expect("temp file");
        let index = std::cell::Cell::new(0);
        check_facts(&cases, &file, |source| {
            let i = index.get();
            index.set(i + 1);
            part(&facts(source.as_bytes(), "f.py"), expected[i], group)
        });
        let _ = std::fs::remove_file(file);
    }
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
    consts_equal: usize,
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
         {} ({:.2}%) identical but for co_names, positions and co_consts; positions equal in {}/{} ({:.2}%); \
         co_consts equal in {} ({:.2}%); differences in {}",
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
        tally.consts_equal,
        pct(tally.consts_equal, tally.codes),
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
        if w.split('|').nth(11) == Some("*") {
            if let Some((head, _)) = g.rsplit_once('|') {
                let (head, consts) =
                    (head.rsplit_once('|').map_or(head, |(h, _)| h), g.rsplit('|').next().unwrap_or(""));
                g = format!("{head}|*|{consts}");
            }
        }
        let g = g.as_str();
        if w.split('|').nth(12) == g.split('|').nth(12) {
            tally.consts_equal += 1;
        }
        if want.len() != got.len() && i == 0 {
            diffs.push(format!("{rel}: {} code objects, want {}", got.len(), want.len()));
        }
        if g == *w {
            tally.codes_equal += 1;
            tally.codes_equal_but_names += 1;
            if w.split('|').nth(11) != Some("*") {
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
        let what = if wf[..wf.len().min(11)] != gf[..gf.len().min(11)] {
            "attributes"
        } else if wf.get(11) != gf.get(11) {
            "positions"
        } else {
            "consts"
        };
        diffs.push(format!("{rel} ({what})\n  want {w}\n  got  {g}"));
    }
}
