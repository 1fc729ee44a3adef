//! The program corpus: runs `ferrython NAME.py` on every `tests/programs/*.py` (cwd
//! `tests/programs`) and compares stdout, stderr and the exit code with `NAME.expected`, written by
//! CPython 3.12 (`tests/tools/gen_program_expected.py`; format and conventions in
//! `tests/programs/README.md`).
//!
//! `tests/programs/known_failures.txt` lists the programs expected to fail (one name per line,
//! optionally followed by a reason; `#` starts a comment line). A listed program that fails is
//! fine; a listed program that passes fails the test ("unexpected success"); an unlisted program
//! that fails fails the test with a diff.
//!
//! Environment: `FERRYTHON_PROGRAMS=SUBSTRING` runs only the programs whose name contains
//! SUBSTRING; `FERRYTHON_UPDATE_KNOWN_FAILURES=1` rewrites `known_failures.txt` to the programs
//! failing now (keeping the reasons of entries that stay; with a filter, only the matching entries
//! change) instead of failing; `FERRYTHON_PROGRAM_TIMEOUT=SECONDS` changes the limit per program
//! (default 10 s).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use ferrython_test_support::notice;

/// What the expected files write for the absolute path of `tests/programs`.
const PLACEHOLDER: &str = "$DIR";
/// Suffix of a section header whose text does not end in a newline.
const NO_NEWLINE: &str = " (no newline at end)";
/// How many `-`/`+` lines a failure's diff shows.
const DIFF_LINES: usize = 40;
/// How many failures are shown with a diff; the others are only named.
const SHOWN_FAILURES: usize = 8;
/// Context lines around each change in a diff.
const CONTEXT: usize = 2;
const KNOWN_FAILURES: &str = "known_failures.txt";

fn programs_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    // A clean absolute path: it stands for `$DIR` and is the child's working directory.
    fs::canonicalize(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
}

/// The names (without extension) of the files in `dir` ending in `ext`, sorted.
fn names_with(dir: &Path, ext: &str) -> Vec<String> {
    let entries = fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(ext).map(str::to_string))
        .collect();
    names.sort();
    names
}

/// What a program printed and how it ended.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None`: killed by a signal or by the time limit.
    code: Option<i32>,
    timed_out: bool,
}

/// The contents of a `.expected` file.
#[derive(Debug, PartialEq)]
struct Expected {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

/// Reads the `.expected` format: `--- stdout`, its text, `--- stderr`, its text, `--- exit N`.
/// A header ending in ` (no newline at end)` means its text lacks the final newline.
fn parse_expected(text: &[u8]) -> Result<Expected, String> {
    let mut lines = text.split_inclusive(|&b| b == b'\n').peekable();
    let mut section = |name: &str| -> Result<Vec<u8>, String> {
        let header = lines.next().ok_or_else(|| format!("missing `--- {name}` line"))?;
        let header = String::from_utf8_lossy(header.strip_suffix(b"\n").unwrap_or(header)).into_owned();
        let plain = format!("--- {name}");
        let chopped = match header.strip_prefix(&plain) {
            Some("") => false,
            Some(rest) if rest == NO_NEWLINE => true,
            _ => return Err(format!("expected `{plain}`, found {header:?}")),
        };
        let mut body = Vec::new();
        while let Some(line) = lines.peek() {
            if line.starts_with(b"--- stderr") || line.starts_with(b"--- exit") {
                break;
            }
            body.extend_from_slice(line);
            lines.next();
        }
        if chopped && body.pop() != Some(b'\n') {
            return Err(format!("`{header}` but its text has no final newline to drop"));
        }
        Ok(body)
    };
    let stdout = section("stdout")?;
    let stderr = section("stderr")?;
    let exit = lines.next().ok_or("missing `--- exit N` line")?;
    let exit = String::from_utf8_lossy(exit);
    let code = exit
        .trim_end_matches('\n')
        .strip_prefix("--- exit ")
        .and_then(|n| n.parse::<i32>().ok())
        .ok_or_else(|| format!("expected `--- exit N`, found {exit:?}"))?;
    if let Some(extra) = lines.next() {
        return Err(format!("text after the exit line: {:?}", String::from_utf8_lossy(extra)));
    }
    Ok(Expected { stdout, stderr, code })
}

fn render_section(out: &mut String, name: &str, text: &[u8]) {
    let text = String::from_utf8_lossy(text);
    if !text.is_empty() && !text.ends_with('\n') {
        let _ = writeln!(out, "--- {name}{NO_NEWLINE}\n{text}");
    } else {
        let _ = write!(out, "--- {name}\n{text}");
    }
}

/// An outcome in the `.expected` format (the absolute folder written as `$DIR`), for diffs.
fn render(outcome: &Outcome, dir: &str) -> String {
    let mut out = String::new();
    render_section(&mut out, "stdout", &replace_all(&outcome.stdout, dir.as_bytes(), PLACEHOLDER.as_bytes()));
    render_section(&mut out, "stderr", &replace_all(&outcome.stderr, dir.as_bytes(), PLACEHOLDER.as_bytes()));
    match (outcome.code, outcome.timed_out) {
        (_, true) => out.push_str("--- exit (killed after the time limit)\n"),
        (Some(code), _) => {
            let _ = writeln!(out, "--- exit {code}");
        }
        (None, _) => out.push_str("--- exit (killed by a signal)\n"),
    }
    out
}

fn replace_all(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// A unified-style diff (`-` expected, `+` actual, ` ` context, `@@` hunk headers) showing at most
/// `DIFF_LINES` changed lines.
fn unified_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    // The edit script as (tag, expected index, actual index); an LCS over the part between the
    // common prefix and suffix, or a plain replacement when that part is too big.
    let prefix = exp.iter().zip(&act).take_while(|(a, b)| a == b).count();
    let suffix = exp[prefix..].iter().rev().zip(act[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (e, a) = (&exp[prefix..exp.len() - suffix], &act[prefix..act.len() - suffix]);
    let mut script: Vec<(char, usize, usize)> = (0..prefix).map(|i| (' ', i, i)).collect();
    let (n, m) = (e.len(), a.len());
    if n * m <= 4_000_000 {
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if e[i] == a[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && e[i] == a[j] {
                script.push((' ', prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j == m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                script.push(('-', prefix + i, prefix + j));
                i += 1;
            } else {
                script.push(('+', prefix + i, prefix + j));
                j += 1;
            }
        }
    } else {
        script.extend((0..n).map(|i| ('-', prefix + i, prefix)));
        script.extend((0..m).map(|j| ('+', prefix + n, prefix + j)));
    }
    script.extend((0..suffix).map(|k| (' ', exp.len() - suffix + k, act.len() - suffix + k)));

    // Group the changes into hunks with CONTEXT lines around them.
    let changed: Vec<usize> = script.iter().enumerate().filter(|(_, s)| s.0 != ' ').map(|(k, _)| k).collect();
    let mut out = String::new();
    let mut shown = 0;
    let mut k = 0;
    while k < changed.len() && shown < DIFF_LINES {
        let start = changed[k].saturating_sub(CONTEXT);
        let mut end = changed[k];
        while k + 1 < changed.len() && changed[k + 1] <= end + 2 * CONTEXT + 1 {
            k += 1;
            end = changed[k];
        }
        k += 1;
        let end = (end + CONTEXT + 1).min(script.len());
        let hunk = &script[start..end];
        let old_len = hunk.iter().filter(|s| s.0 != '+').count();
        let new_len = hunk.iter().filter(|s| s.0 != '-').count();
        let _ = writeln!(out, "      @@ -{},{old_len} +{},{new_len} @@", hunk[0].1 + 1, hunk[0].2 + 1);
        for &(tag, i, j) in hunk {
            let line = if tag == '+' { act[j] } else { exp[i] };
            if tag != ' ' {
                shown += 1;
                if shown > DIFF_LINES {
                    break;
                }
            }
            let line: String = line.chars().take(300).collect();
            let _ = writeln!(out, "      {tag}{line}");
        }
    }
    if shown > DIFF_LINES || k < changed.len() {
        let _ = writeln!(out, "      ... (diff cut after {DIFF_LINES} changed lines)");
    }
    out
}

/// Runs `ferrython NAME.py` in `dir` with stdout and stderr going to files (no pipe can fill up),
/// killing it past the time limit.
fn run(name: &str, dir: &Path, scratch: &Path, limit: Duration) -> Outcome {
    let out_path = scratch.join(format!("{name}.stdout"));
    let err_path = scratch.join(format!("{name}.stderr"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_ferrython"));
    let mut child = ferrython_test_support::default_sigint(&mut command)
        .arg(format!("{name}.py"))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).expect("create stdout file"))
        .stderr(fs::File::create(&err_path).expect("create stderr file"))
        .env("RUST_BACKTRACE", "0")
        .spawn()
        .expect("start the ferrython binary");
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for ferrython") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait for ferrython");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let outcome = Outcome {
        stdout: fs::read(&out_path).unwrap_or_default(),
        stderr: fs::read(&err_path).unwrap_or_default(),
        code: status.code(),
        timed_out,
    };
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    outcome
}

/// Runs one program; `Err` holds the report of a failure.
fn check(name: &str, dir: &Path, scratch: &Path, limit: Duration) -> Result<(), String> {
    let expected_path = dir.join(format!("{name}.expected"));
    let text = fs::read(&expected_path).map_err(|err| {
        format!("    cannot read {name}.expected ({err}): run `python3 tests/tools/gen_program_expected.py {name}`\n")
    })?;
    let expected = parse_expected(&text).map_err(|err| format!("    {name}.expected is malformed: {err}\n"))?;
    let dir_text = dir.to_string_lossy();
    let placeholder = |bytes: &[u8]| replace_all(bytes, PLACEHOLDER.as_bytes(), dir_text.as_bytes());
    let outcome = run(name, dir, scratch, limit);
    if !outcome.timed_out
        && outcome.code == Some(expected.code)
        && outcome.stdout == placeholder(&expected.stdout)
        && outcome.stderr == placeholder(&expected.stderr)
    {
        return Ok(());
    }
    let mut report = format!("    $ cd {} && ferrython {name}.py\n", dir.display());
    if outcome.timed_out {
        let _ = writeln!(report, "    killed after the time limit ({} s)", limit.as_secs_f64());
    }
    if outcome.stderr.windows(11).any(|w| w == b"panicked at") {
        let _ = writeln!(report, "    the binary panicked");
    }
    report.push_str(&unified_diff(&String::from_utf8_lossy(&text), &render(&outcome, &dir_text)));
    Err(report)
}

/// One line of `known_failures.txt`: a program name and an optional reason.
struct KnownFailures {
    /// Comment and blank lines before the first entry, kept when the file is rewritten.
    header: Vec<String>,
    entries: BTreeMap<String, String>,
}

fn read_known_failures(path: &Path) -> KnownFailures {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut header = Vec::new();
    let mut entries = BTreeMap::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            if entries.is_empty() {
                header.push(line.to_string());
            }
            continue;
        }
        let (name, reason) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
        entries.insert(name.trim_end_matches(".py").to_string(), reason.trim().to_string());
    }
    while header.last().is_some_and(|l| l.trim().is_empty()) {
        header.pop();
    }
    KnownFailures { header, entries }
}

fn write_known_failures(path: &Path, known: &KnownFailures) {
    let mut text = String::new();
    for line in &known.header {
        text.push_str(line);
        text.push('\n');
    }
    if !known.header.is_empty() {
        text.push('\n');
    }
    for (name, reason) in &known.entries {
        text.push_str(name);
        if !reason.is_empty() {
            text.push(' ');
            text.push_str(reason);
        }
        text.push('\n');
    }
    fs::write(path, text).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

#[test]
fn programs() {
    let dir = programs_dir();
    let filter = std::env::var("FERRYTHON_PROGRAMS").unwrap_or_default();
    let update = std::env::var("FERRYTHON_UPDATE_KNOWN_FAILURES").is_ok_and(|v| !v.is_empty() && v != "0");
    let limit = std::env::var("FERRYTHON_PROGRAM_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .map_or(Duration::from_secs(10), Duration::from_secs_f64);
    let all = names_with(&dir, ".py");
    assert!(!all.is_empty(), "no programs under {}", dir.display());
    let names: Vec<&String> = all.iter().filter(|n| n.contains(filter.as_str())).collect();

    let scratch = std::env::temp_dir().join(format!("ferrython-programs-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create the scratch folder");
    let workers = thread::available_parallelism().map_or(1, |n| n.get()).min(names.len().max(1));
    let next = AtomicUsize::new(0);
    let failures: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(index) else { break };
                if let Err(report) = check(name, &dir, &scratch, limit) {
                    failures.lock().unwrap_or_else(|e| e.into_inner()).insert(name.to_string(), report);
                }
            });
        }
    });
    let _ = fs::remove_dir_all(&scratch);
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());

    let known_path = dir.join(KNOWN_FAILURES);
    let mut known = read_known_failures(&known_path);
    let selected: BTreeSet<&str> = names.iter().map(|n| n.as_str()).collect();
    let unknown_entries: Vec<String> =
        known.entries.keys().filter(|k| !all.contains(k) && k.contains(filter.as_str())).cloned().collect();
    let known_failing = failures.keys().filter(|n| known.entries.contains_key(*n)).count();
    let unexpected_failures: Vec<&String> = failures.keys().filter(|n| !known.entries.contains_key(*n)).collect();
    let unexpected_successes: Vec<&String> =
        known.entries.keys().filter(|k| selected.contains(k.as_str()) && !failures.contains_key(*k)).collect();
    let passed = names.len() - failures.len();
    let filter_note = if filter.is_empty() { String::new() } else { format!(" (FERRYTHON_PROGRAMS={filter:?})") };

    if update {
        let (added, removed) = (unexpected_failures.len(), unexpected_successes.len() + unknown_entries.len());
        let mut entries = BTreeMap::new();
        for (name, reason) in &known.entries {
            let keep = if selected.contains(name.as_str()) {
                failures.contains_key(name)
            } else {
                all.contains(name) || !name.contains(filter.as_str())
            };
            if keep {
                entries.insert(name.clone(), reason.clone());
            }
        }
        for name in failures.keys() {
            entries.entry(name.clone()).or_default();
        }
        known.entries = entries;
        write_known_failures(&known_path, &known);
        notice!(
            "programs: {passed} passed, {} failing, {} total{filter_note}; {KNOWN_FAILURES} rewritten ({added} added, \
             {removed} removed)",
            failures.len(),
            names.len()
        );
        return;
    }

    let mut stderr = std::io::stderr().lock();
    for (shown, name) in unexpected_failures.iter().enumerate() {
        if shown < SHOWN_FAILURES {
            let _ = write!(stderr, "FAIL {name}\n{}", failures[*name]);
        } else if shown == SHOWN_FAILURES {
            let rest: Vec<&str> = unexpected_failures[shown..].iter().map(|n| n.as_str()).collect();
            let _ = writeln!(stderr, "FAIL (not shown) {}", rest.join(" "));
        }
    }
    for name in &unexpected_successes {
        let _ = writeln!(stderr, "unexpected success: remove {name} from {KNOWN_FAILURES}");
    }
    for name in &unknown_entries {
        let _ = writeln!(stderr, "{KNOWN_FAILURES} names {name}, which is not a program: remove it");
    }
    drop(stderr);
    notice!("programs: {passed} passed, {known_failing} known failures, {} total{filter_note}", names.len());
    let problems = unexpected_failures.len() + unexpected_successes.len() + unknown_entries.len();
    assert!(
        problems == 0,
        "{} unexpected failures, {} unexpected successes, {} unknown names in {KNOWN_FAILURES} (see above; \
         FERRYTHON_UPDATE_KNOWN_FAILURES=1 rewrites the list)",
        unexpected_failures.len(),
        unexpected_successes.len(),
        unknown_entries.len()
    );
}

/// Every program has its expected file and every expected file its program.
#[test]
fn every_program_has_expected() {
    let dir = programs_dir();
    let programs: BTreeSet<String> = names_with(&dir, ".py").into_iter().collect();
    let expected: BTreeSet<String> = names_with(&dir, ".expected").into_iter().collect();
    let missing: Vec<&String> = programs.difference(&expected).collect();
    let orphans: Vec<&String> = expected.difference(&programs).collect();
    assert!(
        missing.is_empty() && orphans.is_empty(),
        "programs without .expected: {missing:?} (run `python3 tests/tools/gen_program_expected.py NAME`); \
         .expected without a program: {orphans:?}"
    );
    for name in &expected {
        let text = fs::read(dir.join(format!("{name}.expected"))).expect("read .expected");
        if let Err(err) = parse_expected(&text) {
            panic!("{name}.expected is malformed: {err}");
        }
    }
}

#[test]
fn expected_format_round_trip() {
    let outcome = Outcome { stdout: b"a\nb".to_vec(), stderr: b"err\n".to_vec(), code: Some(1), timed_out: false };
    let text = render(&outcome, "/nowhere");
    assert_eq!(text, "--- stdout (no newline at end)\na\nb\n--- stderr\nerr\n--- exit 1\n");
    let parsed = parse_expected(text.as_bytes()).expect("parse");
    assert_eq!(parsed, Expected { stdout: b"a\nb".to_vec(), stderr: b"err\n".to_vec(), code: 1 });
    let empty = parse_expected(b"--- stdout\n--- stderr\n--- exit 0\n").expect("parse");
    assert_eq!(empty, Expected { stdout: Vec::new(), stderr: Vec::new(), code: 0 });
    assert!(parse_expected(b"--- stdout\n--- exit 0\n").is_err());
}
