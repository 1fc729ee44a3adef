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

/// A constant in full, as the oracle script's `full` writes it.
fn full(constant: &ConstValue) -> String {
    match constant {
        ConstValue::Code(_) => "<code>".to_string(),
        ConstValue::FrozenSet(items) => {
            let mut items: Vec<String> = items.iter().map(full).collect();
            items.sort();
            format!("frozenset({{{}}})", items.join(", "))
        }
        ConstValue::Tuple(items) => {
            let items: Vec<String> = items.iter().map(full).collect();
            let comma = if items.len() == 1 { "," } else { "" };
            format!("({}{comma})", items.join(", "))
        }
        other => other.repr(),
    }
}

/// The instructions without jumps, normalized as gen_code_facts.py normalizes CPython's.
fn ops(code: &CodeObject) -> String {
    use Opcode::*;
    let deref = |i: u32| {
        let i = i as usize;
        let name = if i < code.cellvars.len() { &code.cellvars[i] } else { &code.freevars[i - code.cellvars.len()] };
        name.to_string_lossy()
    };
    let mut out: Vec<String> = Vec::new();
    let n = code.instructions.len();
    // The prefix that makes the cells: MAKE_CELLs, each maybe with its argument copied in.
    let mut start = 0;
    while start < n {
        let instruction = code.instructions[start];
        if instruction.opcode() == MAKE_CELL {
            start += 1;
            continue;
        }
        let Some(store) = code.instructions.get(start + 1) else { break };
        let copies = instruction.opcode() == LOAD_FAST
            && store.opcode() == STORE_DEREF
            && code.varnames.get(instruction.arg() as usize).map(|v| v.to_string_lossy()) == Some(deref(store.arg()));
        if !copies {
            break;
        }
        start += 2;
    }
    for (i, instruction) in code.instructions.iter().enumerate().skip(start) {
        let (op, arg) = (instruction.opcode(), instruction.arg());
        if op.is_jump() || matches!(op, NOP | MAKE_CELL | PUSH_NULL) {
            continue;
        }
        let next = code.instructions.get(i + 1).map(|i| i.opcode());
        let text = match op {
            LOAD_CLOSURE if next == Some(MAKE_CELL) => format!("LOAD_FAST_AND_CLEAR:{}", deref(arg)),
            LOAD_CLOSURE => format!("LOAD_FAST:{}", deref(arg)),
            STORE_CLOSURE => format!("STORE_FAST:{}", deref(arg)),
            LOAD_FAST | LOAD_FAST_CHECK => format!("LOAD_FAST:{}", code.varnames[arg as usize].to_string_lossy()),
            STORE_FAST | DELETE_FAST | LOAD_FAST_AND_CLEAR => {
                format!("{}:{}", op.name(), code.varnames[arg as usize].to_string_lossy())
            }
            LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_FROM_DICT_OR_DEREF => {
                format!("{}:{}", op.name(), deref(arg))
            }
            LOAD_GLOBAL | LOAD_ATTR => format!("{}:{}", op.name(), code.names[(arg >> 1) as usize].to_string_lossy()),
            LOAD_NAME
            | STORE_NAME
            | DELETE_NAME
            | STORE_GLOBAL
            | DELETE_GLOBAL
            | STORE_ATTR
            | DELETE_ATTR
            | IMPORT_NAME
            | IMPORT_FROM
            | LOAD_FROM_DICT_OR_GLOBALS => {
                format!("{}:{}", op.name(), code.names[arg as usize].to_string_lossy())
            }
            LOAD_CONST | RETURN_CONST => format!("{}:{}", op.name(), full(&code.consts[arg as usize])),
            COMPARE_OP => {
                format!("COMPARE_OP:{}", ferrython_bytecode::CompareOp::from_arg(arg).map_or("?", |c| c.symbol()))
            }
            CALL_KW => format!("CALL:{arg}"),
            YIELD_FROM | YIELD_VALUE => "YIELD_VALUE".to_string(),
            POP_TOP | RETURN_VALUE | UNARY_NEGATIVE | UNARY_POSITIVE | UNARY_NOT | UNARY_INVERT | GET_ITER
            | GET_YIELD_FROM_ITER | GET_AITER | GET_ANEXT | END_ASYNC_FOR | PUSH_EXC_INFO | POP_EXCEPT
            | CHECK_EXC_MATCH | CHECK_EG_MATCH | LOAD_ASSERTION_ERROR | BEFORE_WITH | BEFORE_ASYNC_WITH
            | WITH_EXCEPT_START | LOAD_BUILD_CLASS | SETUP_ANNOTATIONS | BINARY_SUBSCR | STORE_SUBSCR
            | DELETE_SUBSCR | BINARY_SLICE | STORE_SLICE | GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS
            | LOAD_LOCALS => op.name().to_string(),
            _ => format!("{}:{arg}", op.name()),
        };
        out.push(text.replace(' ', "_").replace('|', "\\x7c").replace('\t', "\\t"));
        // The reraise after `__exit__` declined: CPython's RERAISE 2 is COPY 3; SWAP 2; RERAISE 1.
        if out.len() >= 3 && out[out.len() - 3..] == ["COPY:3", "SWAP:2", "RERAISE:1"] {
            out.truncate(out.len() - 3);
            out.push("RERAISE:1".to_string());
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
        consts(code),
        ops(code),
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
    Ops,
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
                Group::Ops if starred => "*".to_string(),
                Group::Ops => fields.get(13).copied().unwrap_or("").to_string(),
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

/// The instruction sequences (jumps left out, CPython 3.12's layout-only instructions
/// normalized away) are CPython's but where the call layouts differ (a generic function's
/// defaults are passed through the self slot); this keeps the share of identical sequences
/// from dropping.
#[test]
fn code_ops_mostly_match_cpython() {
    let dir = workspace().join("tests/compiler");
    let expected = std::fs::read_to_string(dir.join("code_facts.expected")).expect("code_facts.expected");
    let cases = ferrython_test_support::parse_string_array(
        &std::fs::read_to_string(dir.join("code_facts.json")).expect("code_facts.json"),
    );
    let (mut same, mut differ) = (0, Vec::new());
    for (source, want) in cases.iter().zip(expected.lines()) {
        if part(&facts(source.as_bytes(), "f.py"), want, Group::Ops) == part(want, want, Group::Ops) {
            same += 1;
        } else {
            differ.push(source.as_str());
        }
    }
    let rate = same as f64 / cases.len() as f64;
    assert!(rate >= 0.99, "only {same} of {} cases have CPython's instructions; differing:\n{differ:#?}", cases.len());
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
    ops_equal: usize,
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
         co_consts equal in {} ({:.2}%); instructions equal in {} ({:.2}%); differences in {}",
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
        tally.ops_equal,
        pct(tally.ops_equal, tally.codes),
        report.display()
    );
}

fn compare_records(rel: &str, want: &str, got: &str, tally: &mut Tally, diffs: &mut Vec<String>) {
    let want: Vec<&str> = want.split('\t').collect();
    let got: Vec<&str> = got.split('\t').collect();
    for (i, w) in want.iter().enumerate() {
        tally.codes += 1;
        let mut g = got.get(i).copied().unwrap_or("<missing>").to_string();
        // CPython's LOAD_SUPER_ATTR code objects have no comparable positions or instructions.
        if w.split('|').nth(11) == Some("*") {
            let mut fields: Vec<&str> = g.split('|').collect();
            for i in [11, 13] {
                if let Some(field) = fields.get_mut(i) {
                    *field = "*";
                }
            }
            g = fields.join("|");
        }
        let g = g.as_str();
        if w.split('|').nth(12) == g.split('|').nth(12) {
            tally.consts_equal += 1;
        }
        if w.split('|').nth(13) == g.split('|').nth(13) {
            tally.ops_equal += 1;
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
        } else if wf.get(12) != gf.get(12) {
            "consts"
        } else {
            "instructions"
        };
        diffs.push(format!("{rel} ({what})\n  want {w}\n  got  {g}"));
    }
}
