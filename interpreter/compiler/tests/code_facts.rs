//! Code-object conformance: every code object Ferrython compiles from the sources of
//! tests/compiler/code_facts.json must have the `co_*` attributes CPython 3.12 gives it
//! (tests/compiler/code_facts.expected, written by tests/tools/gen_code_facts.py under CPython
//! 3.12): qualname, name, firstlineno, argument counts, flags, varnames, cellvars, freevars and
//! names, for the module and recursively for the code objects among its constants.
//!
//! `stdlib_code_facts` (opt-in: `FERRYTHON_STDLIB_CODE_FACTS=1`) compares every `.py` file of the
//! machine's stdlib the same way and reports the match rate (the oracle's answer is cached).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::Path;

use ferrython_bytecode::{CodeObject, ConstValue};
use ferrython_test_support::{cached_oracle_answer, check_facts, oracle, stdlib, stdlib_files, workspace};

fn join(names: &[ferrython_ast::PyStr]) -> String {
    names.iter().map(|n| n.to_string_lossy()).collect::<Vec<_>>().join(",")
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

#[test]
fn code_facts_match_cpython() {
    let dir = workspace().join("tests/compiler");
    check_facts(&dir.join("code_facts.json"), &dir.join("code_facts.expected"), |source| {
        facts(source.as_bytes(), "f.py")
    });
}

/// Per code object: all fields equal, and all but `co_names` equal.
#[derive(Default)]
struct Tally {
    files: usize,
    files_equal: usize,
    codes: usize,
    codes_equal: usize,
    codes_equal_but_names: usize,
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
        if got == *want {
            tally.files_equal += 1;
        }
        compare_records(&file.rel, want, &got, &mut tally, &mut diffs);
    }
    let report = Path::new(&std::env::var("CARGO_TARGET_TMPDIR").unwrap_or_else(|_| "/tmp".into()))
        .join("stdlib_code_facts.diff");
    let _ = std::fs::write(&report, diffs.join("\n"));
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    eprintln!(
        "stdlib code facts: {}/{} files identical ({:.2}%); {}/{} code objects identical ({:.2}%), \
         {} ({:.2}%) identical but for co_names; differences in {}",
        tally.files_equal,
        tally.files,
        pct(tally.files_equal, tally.files),
        tally.codes_equal,
        tally.codes,
        pct(tally.codes_equal, tally.codes),
        tally.codes_equal_but_names,
        pct(tally.codes_equal_but_names, tally.codes),
        report.display()
    );
}

fn compare_records(rel: &str, want: &str, got: &str, tally: &mut Tally, diffs: &mut Vec<String>) {
    let want: Vec<&str> = want.split('\t').collect();
    let got: Vec<&str> = got.split('\t').collect();
    for (i, w) in want.iter().enumerate() {
        tally.codes += 1;
        let g = got.get(i).copied().unwrap_or("<missing>");
        if g == *w {
            tally.codes_equal += 1;
            tally.codes_equal_but_names += 1;
            continue;
        }
        let strip = |r: &str| r.rsplit_once('|').map_or(r.to_string(), |(head, _)| head.to_string());
        if strip(g) == strip(w) {
            tally.codes_equal_but_names += 1;
        }
        diffs.push(format!("{rel}\n  want {w}\n  got  {g}"));
    }
}
