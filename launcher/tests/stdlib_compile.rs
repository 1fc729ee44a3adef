//! The stdlib compile test: for every `.py` file of the machine's CPython standard library that
//! both CPython 3.12 and Ferrython parse, Ferrython's compile-stage checks
//! (`ferrython_compiler::check_module`) must give what CPython 3.12's `compile()` gives after
//! parsing: no error where it compiles (no false positives), the same SyntaxError (message and
//! positions) where it does not, and the same SyntaxWarnings.
//!
//! CPython's answers come from `tests/tools/stdlib_compile_oracle.py`, run under the CPython 3.12
//! oracle in ONE process (about 25 s), cached in `$XDG_CACHE_HOME/ferrython/` (or
//! `~/.cache/ferrython/`) under a hash of the oracle script, the stdlib path, and every file's
//! path, size and mtime.
//!
//! Environment: `FERRYTHON_STDLIB`, `FERRYTHON_ORACLE` and `FERRYTHON_REQUIRE_ORACLE=1`, as for
//! the stdlib conformance test.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Instant;

use ferrython_test_support::{cached_oracle_answer, notice, oracle, stdlib, stdlib_files, workspace, SourceFile};

#[test]
fn stdlib_compile() {
    let Some(oracle) = oracle("stdlib_compile") else { return };
    let script = workspace().join("tests/tools/stdlib_compile_oracle.py");
    let stdlib = stdlib();
    let files = stdlib_files(&stdlib);
    assert!(!files.is_empty(), "no .py files under {}", stdlib.display());
    let expected = oracle_answer(&oracle, &script, &stdlib, &files);

    let started = Instant::now();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for file in &files {
        let Some(want) = expected.get(&file.rel) else {
            failures.push(format!("{}: not in the oracle's answer", file.rel));
            continue;
        };
        if want == "unparsable" {
            *counts.entry("not parsed by CPython").or_default() += 1;
            continue;
        }
        let Ok(source) = fs::read(&file.path) else {
            failures.push(format!("{}: unreadable", file.rel));
            continue;
        };
        let shown = file.path.display().to_string();
        let parsed = match ferrython_parser::parse(&source, &shown, ferrython_parser::ParseOptions::default()) {
            Ok(parsed) => parsed,
            Err(_) => {
                *counts.entry("not parsed by Ferrython").or_default() += 1;
                continue;
            }
        };
        let got = facts(&parsed.module);
        let kind = if want.starts_with("ok") { "compiles" } else { "rejected" };
        if got == *want {
            *counts.entry(kind).or_default() += 1;
        } else {
            failures.push(format!("{}:\n    want {want}\n    got  {got}", file.rel));
        }
    }
    let mut totals = format!(
        "stdlib compile: {} files from {} checked in {:.2} s",
        files.len(),
        stdlib.display(),
        started.elapsed().as_secs_f64()
    );
    for (kind, n) in &counts {
        totals.push_str(&format!("; {kind}: {n}"));
    }
    assert!(
        failures.is_empty(),
        "{} files differ from CPython 3.12:\n{}\n{totals}",
        failures.len(),
        failures.join("\n")
    );
    notice!("{totals}");
}

/// The oracle's line format, without the path: the result, then the warnings.
fn facts(module: &ferrython_ast::Mod) -> String {
    let (result, warnings) = ferrython_compiler::check_module(module);
    let mut fields = vec![match result {
        Ok(()) => "ok".to_string(),
        Err(e) => e.facts(),
    }];
    fields.extend(warnings.iter().map(|w| format!("W|{}|{}", w.lineno, w.msg)));
    fields.join("\t")
}

/// CPython's line for each file (without the path), from the cache or from one oracle run.
fn oracle_answer(oracle: &Path, script: &Path, stdlib: &Path, files: &[SourceFile]) -> BTreeMap<String, String> {
    let text = cached_oracle_answer("stdlib_compile", oracle, script, stdlib, files);
    text.lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(rel, rest)| (rel.to_string(), rest.to_string()))
        .collect()
}
