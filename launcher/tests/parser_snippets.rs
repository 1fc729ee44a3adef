//! The parser corpus: runs the `ferrython` binary on every case under `tests/parser/` and compares
//! stdout, stderr and the exit code with what CPython 3.12 gave (committed files; see
//! `tests/parser/README.md` for the layout and `tests/tools/gen_parser_expected.py` to regenerate).
//!
//! - `ok/NAME.py`: `ferrython -m ast -a [ARGS] NAME.py` in `ok/` (ARGS from a first line
//!   `# ast-args: ...`); stdout must be `NAME.ast`, stderr `NAME.stderr` (or empty), exit code
//!   `NAME.exit` (or 0).
//! - `cli/NAME.args`: `ferrython -m ast ARGS` in `ok/`, stdin from `NAME.stdin` (or empty); expected
//!   `NAME.stdout`, `NAME.stderr`, `NAME.exit` (missing: empty, empty, 0).
//! - `errors/NAME.py`: `ferrython /abs/path/errors/NAME.py`; expected `NAME.stdout`, `NAME.stderr`,
//!   `NAME.exit` (missing: empty, empty, 1), with `$DIR` standing for the folder's absolute path.
//! - `generated/NAME.recipe`: the input is built at test time in a temporary folder (`$DIR`), from
//!   the recipe; `mode ast [ARGS]` runs like an ok case, `mode run` like an errors case. Expected
//!   `NAME.stdout`, `NAME.stderr`, `NAME.exit` (missing exit: 0 for ast, 1 for run), or
//!   `NAME.loose` where CPython's own WebAssembly build crashed: then only no panic, exit code 1
//!   and a last stderr line naming SyntaxError, MemoryError or RecursionError are required.
//!
//! Environment: `FERRYTHON_SNIPPET_FILTER=SUBSTRING` runs the cases whose id (`ok/NAME`,
//! `errors/NAME`, `cli/NAME`, `generated/NAME`) contains SUBSTRING; `FERRYTHON_SNIPPET_TIMEOUT`
//! is the limit per case in seconds (default 120); `FERRYTHON_SNIPPET_KEEP=1` keeps the scratch
//! folder (generated inputs, each run's stdout and stderr) and prints where it is.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// How many differing lines a failure shows, per stream.
const DIFF_LINES: usize = 20;

/// Error classes a `.loose` case may end with.
const LOOSE_CLASSES: [&str; 3] = ["SyntaxError", "MemoryError", "RecursionError"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Ok,
    Cli,
    Errors,
    Generated,
}

impl Group {
    fn folder(self) -> &'static str {
        match self {
            Group::Ok => "ok",
            Group::Cli => "cli",
            Group::Errors => "errors",
            Group::Generated => "generated",
        }
    }
}

/// One case: how to run it and what to expect.
struct Case {
    group: Group,
    name: String,
    /// For generated cases: the recipe's mode (`true` for `mode ast`), extra args and source.
    recipe: Option<Recipe>,
}

struct Recipe {
    ast: bool,
    args: Vec<String>,
    path: PathBuf,
}

impl Case {
    fn id(&self) -> String {
        format!("{}/{}", self.group.folder(), self.name)
    }
}

/// What one run of the binary gave.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None`: killed by a signal or by the time limit.
    code: Option<i32>,
    timed_out: bool,
}

fn corpus_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/parser");
    // A clean absolute path: it is shown in messages and stands for `$DIR`.
    fs::canonicalize(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
}

fn list(dir: &Path, ext: &str) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(ext).map(str::to_string))
        .collect();
    names.sort();
    names
}

fn discover(corpus: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    for (group, ext) in [(Group::Ok, ".py"), (Group::Cli, ".args"), (Group::Errors, ".py")] {
        for name in list(&corpus.join(group.folder()), ext) {
            cases.push(Case { group, name, recipe: None });
        }
    }
    for name in list(&corpus.join("generated"), ".recipe") {
        let path = corpus.join("generated").join(format!("{name}.recipe"));
        let text = fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let mode = text
            .lines()
            .map(str::trim)
            .find_map(|line| line.strip_prefix("mode "))
            .unwrap_or_else(|| panic!("{}: no `mode` line", path.display()));
        let mut words = mode.split_whitespace();
        let ast = match words.next() {
            Some("ast") => true,
            Some("run") => false,
            other => panic!("{}: unknown mode {other:?}", path.display()),
        };
        let args = words.map(str::to_string).collect();
        cases.push(Case { group: Group::Generated, name, recipe: Some(Recipe { ast, args, path }) });
    }
    cases
}

/// The extra `-m ast` arguments of an ok case: a first line `# ast-args: ...`.
fn ast_args(source: &[u8]) -> Vec<String> {
    let first = source.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    match first.strip_prefix(b"# ast-args:") {
        Some(rest) => String::from_utf8_lossy(rest).split_whitespace().map(str::to_string).collect(),
        None => Vec::new(),
    }
}

/// A recipe string `"..."` with the escapes `\\ \" \n \r \t \f \0 \xHH`, as bytes.
fn unquote(text: &str) -> Result<Vec<u8>, String> {
    let body = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or_else(|| format!("recipe string must be in double quotes: {text}"))?;
    let mut out = Vec::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('\\') => out.push(b'\\'),
            Some('"') => out.push(b'"'),
            Some('n') => out.push(b'\n'),
            Some('r') => out.push(b'\r'),
            Some('t') => out.push(b'\t'),
            Some('f') => out.push(0x0c),
            Some('0') => out.push(0),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(u8::from_str_radix(&hex, 16).map_err(|_| format!("bad \\x escape in {text}"))?);
            }
            other => return Err(format!("unknown escape \\{other:?} in {text}")),
        }
    }
    Ok(out)
}

/// Splits `"a" "b"` into its two quoted strings.
fn split_quoted(text: &str) -> Result<(&str, &str), String> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    if i >= bytes.len() {
        return Err(format!("expected two quoted strings: {text}"));
    }
    Ok((&text[..=i], text[i + 1..].trim()))
}

fn count(text: &str) -> Result<usize, String> {
    text.replace('_', "").parse().map_err(|_| format!("bad count {text:?}"))
}

/// Builds the source bytes a recipe describes (the same rules as the generator's `read_recipe`).
fn build_recipe(path: &Path) -> Result<Vec<u8>, String> {
    let text = fs::read_to_string(path).map_err(|err| err.to_string())?;
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        match word {
            "mode" => {}
            "text" => out.extend(unquote(rest.trim())?),
            "repeat" => {
                let (n, quoted) = rest.split_once(' ').ok_or("repeat N \"S\"")?;
                out.extend(unquote(quoted.trim())?.repeat(count(n)?));
            }
            "staircase" => {
                let (n, quoted) = rest.split_once(' ').ok_or("staircase N \"U\" \"S\"")?;
                let (unit, piece) = split_quoted(quoted.trim())?;
                let (unit, piece) = (unquote(unit)?, unquote(piece)?);
                for i in 0..count(n)? {
                    out.extend(unit.repeat(i));
                    out.extend_from_slice(&piece);
                }
            }
            _ => return Err(format!("unknown recipe line: {line}")),
        }
    }
    Ok(out)
}

fn read_or_empty(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_default()
}

/// Runs the binary with stdout and stderr going to files in `scratch` (no pipe can fill up), and
/// kills it past the time limit.
fn run(args: &[OsString], cwd: &Path, stdin: Option<&[u8]>, scratch: &Path, limit: Duration) -> Outcome {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let stdin = match stdin {
        Some(bytes) => {
            let path = scratch.join("stdin");
            fs::write(&path, bytes).expect("write stdin file");
            Stdio::from(fs::File::open(&path).expect("open stdin file"))
        }
        None => Stdio::null(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferrython"))
        .args(args)
        .current_dir(cwd)
        .stdin(stdin)
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
    Outcome { stdout: read_or_empty(&out_path), stderr: read_or_empty(&err_path), code: status.code(), timed_out }
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

/// Up to `DIFF_LINES` lines of a line diff between `expected` and `actual` (`-` expected, `+`
/// actual), with line numbers; an LCS over the region between the common prefix and suffix.
fn short_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp_text.split_inclusive('\n').collect();
    let act: Vec<&str> = act_text.split_inclusive('\n').collect();
    let prefix = exp.iter().zip(&act).take_while(|(a, b)| a == b).count();
    let suffix = exp[prefix..].iter().rev().zip(act[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let e = &exp[prefix..exp.len() - suffix];
    let a = &act[prefix..act.len() - suffix];
    // (sign, line number, text) in order.
    let mut lines: Vec<(char, usize, &str)> = Vec::new();
    if e.len() * a.len() <= 4_000_000 {
        let (n, m) = (e.len(), a.len());
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
        while (i < n || j < m) && lines.len() < DIFF_LINES {
            if i < n && j < m && e[i] == a[j] {
                i += 1;
                j += 1;
            } else if j == m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                lines.push(('-', prefix + i + 1, e[i]));
                i += 1;
            } else {
                lines.push(('+', prefix + j + 1, a[j]));
                j += 1;
            }
        }
    } else {
        for k in 0..e.len().max(a.len()) {
            if let Some(line) = e.get(k) {
                lines.push(('-', prefix + k + 1, line));
            }
            if let Some(line) = a.get(k) {
                lines.push(('+', prefix + k + 1, line));
            }
            if lines.len() >= DIFF_LINES {
                break;
            }
        }
    }
    lines.truncate(DIFF_LINES);
    let mut out = String::new();
    for (sign, number, text) in lines {
        let shown: String = text.trim_end_matches('\n').chars().take(300).collect();
        let no_newline = if text.ends_with('\n') { "" } else { "  (no newline at end)" };
        let _ = writeln!(out, "      {sign}{number:>5}: {shown}{no_newline}");
    }
    out
}

fn shell_quote(args: &[OsString]) -> String {
    let words: Vec<String> = args
        .iter()
        .map(|a| {
            let s = a.to_string_lossy();
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_./=:".contains(&b)) {
                s.into_owned()
            } else {
                format!("'{}'", s.replace('\'', "'\\''"))
            }
        })
        .collect();
    words.join(" ")
}

fn describe_code(outcome: &Outcome) -> String {
    match (outcome.code, outcome.timed_out) {
        (_, true) => "killed after the time limit".to_string(),
        (Some(code), _) => code.to_string(),
        (None, _) => "killed by a signal".to_string(),
    }
}

/// Runs one case; `Err` holds the report of a failure.
fn check(case: &Case, corpus: &Path, scratch_root: &Path, limit: Duration) -> Result<(), String> {
    let scratch = scratch_root.join(format!("{}-{}", case.group.folder(), case.name));
    fs::create_dir_all(&scratch).expect("create scratch folder");
    let result = check_in(case, corpus, &scratch, limit);
    if std::env::var_os("FERRYTHON_SNIPPET_KEEP").is_none() {
        let _ = fs::remove_dir_all(&scratch);
    }
    result
}

fn check_in(case: &Case, corpus: &Path, scratch: &Path, limit: Duration) -> Result<(), String> {
    let folder = corpus.join(case.group.folder());
    let ok_dir = corpus.join("ok");
    let base = |ext: &str| folder.join(format!("{}{ext}", case.name));
    let mut stdin = None;
    let mut dollar_dir: Option<PathBuf> = None;
    let (args, cwd, out_ext, default_code): (Vec<OsString>, PathBuf, &str, i32) = match case.group {
        Group::Ok => {
            let file = format!("{}.py", case.name);
            let source = fs::read(folder.join(&file)).map_err(|err| format!("read {file}: {err}"))?;
            let mut args: Vec<OsString> = vec!["-m".into(), "ast".into(), "-a".into()];
            args.extend(ast_args(&source).into_iter().map(OsString::from));
            args.push(file.into());
            (args, ok_dir, ".ast", 0)
        }
        Group::Cli => {
            let text = fs::read_to_string(base(".args")).map_err(|err| format!("read .args: {err}"))?;
            let mut args: Vec<OsString> = vec!["-m".into(), "ast".into()];
            args.extend(text.split_whitespace().map(OsString::from));
            stdin = fs::read(base(".stdin")).ok();
            (args, ok_dir, ".stdout", 0)
        }
        Group::Errors => {
            dollar_dir = Some(folder.clone());
            (vec![folder.join(format!("{}.py", case.name)).into()], folder.clone(), ".stdout", 1)
        }
        Group::Generated => {
            let recipe = case.recipe.as_ref().expect("generated cases have a recipe");
            let source = build_recipe(&recipe.path).map_err(|err| format!("recipe: {err}"))?;
            let dir = scratch.join("input");
            fs::create_dir_all(&dir).expect("create input folder");
            let file = format!("{}.py", case.name);
            fs::write(dir.join(&file), &source).expect("write the generated input");
            drop(source);
            if recipe.ast {
                let mut args: Vec<OsString> = vec!["-m".into(), "ast".into(), "-a".into()];
                args.extend(recipe.args.iter().map(OsString::from));
                args.push(file.into());
                (args, dir, ".stdout", 0)
            } else {
                dollar_dir = Some(dir.clone());
                (vec![dir.join(file).into()], dir, ".stdout", 1)
            }
        }
    };
    let outcome = run(&args, &cwd, stdin.as_deref(), scratch, limit);
    let command = format!("cd {} && ferrython {}", cwd.display(), shell_quote(&args));
    // The release binary aborts on a panic (exit by signal); "panicked at" is on stderr either way.
    let panicked = outcome.code == Some(101) || outcome.stderr.windows(11).any(|w| w == b"panicked at");

    if case.group == Group::Generated && base(".loose").exists() {
        let last = String::from_utf8_lossy(&outcome.stderr)
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default()
            .to_string();
        let class_ok = LOOSE_CLASSES.iter().any(|c| last.starts_with(c));
        if !panicked && outcome.code == Some(1) && class_ok {
            return Ok(());
        }
        return Err(format!(
            "  $ {command}\n    loose check (CPython's WebAssembly build crashes here): want exit code 1, no panic \
             and a last stderr line starting with {}; got exit code {}{}, last stderr line: {last:?}\n",
            LOOSE_CLASSES.join("/"),
            describe_code(&outcome),
            if panicked { ", a panic" } else { "" },
        ));
    }

    let has_expectation = [out_ext, ".stderr", ".exit"].iter().any(|ext| base(ext).exists());
    if !has_expectation || (case.group == Group::Ok && !base(".ast").exists()) {
        return Err(format!(
            "  $ {command}\n    no expected output: run `python3 tests/tools/gen_parser_expected.py --only {}`\n",
            case.id().replace('/', ".")
        ));
    }
    let placeholder = |bytes: Vec<u8>| match &dollar_dir {
        Some(dir) => replace_all(&bytes, b"$DIR", dir.to_string_lossy().as_bytes()),
        None => bytes,
    };
    let expected_out = placeholder(read_or_empty(&base(out_ext)));
    let expected_err = placeholder(read_or_empty(&base(".stderr")));
    let expected_code = match fs::read_to_string(base(".exit")) {
        Ok(text) => text.trim().parse::<i32>().map_err(|_| format!("bad {}.exit: {text:?}", case.name))?,
        Err(_) => default_code,
    };
    let mut report = String::new();
    if outcome.code != Some(expected_code) || outcome.timed_out {
        let _ = writeln!(report, "    exit code: want {expected_code}, got {}", describe_code(&outcome));
    }
    if panicked {
        let _ = writeln!(report, "    the binary panicked");
    }
    if outcome.stdout != expected_out {
        let _ = write!(report, "    stdout differs:\n{}", short_diff(&expected_out, &outcome.stdout));
    }
    if outcome.stderr != expected_err {
        let _ = write!(report, "    stderr differs:\n{}", short_diff(&expected_err, &outcome.stderr));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("  $ {command}\n{report}"))
    }
}

#[test]
fn parser_snippets() {
    let corpus = corpus_dir();
    let filter = std::env::var("FERRYTHON_SNIPPET_FILTER").unwrap_or_default();
    let limit = std::env::var("FERRYTHON_SNIPPET_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .map_or(Duration::from_secs(120), Duration::from_secs);
    let cases: Vec<Case> = discover(&corpus).into_iter().filter(|c| c.id().contains(&filter)).collect();
    assert!(!cases.is_empty() || !filter.is_empty(), "no cases found under {}", corpus.display());

    let scratch_root = std::env::temp_dir().join(format!("ferrython-snippets-{}", std::process::id()));
    fs::create_dir_all(&scratch_root).expect("create the scratch folder");
    let workers = thread::available_parallelism().map_or(1, |n| n.get()).min(cases.len().max(1));
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(index) else { break };
                if let Err(report) = check(case, &corpus, &scratch_root, limit) {
                    failures.lock().unwrap_or_else(|e| e.into_inner()).push((case.id(), report));
                }
            });
        }
    });
    if std::env::var_os("FERRYTHON_SNIPPET_KEEP").is_none() {
        let _ = fs::remove_dir_all(&scratch_root);
    } else {
        eprintln!("parser_snippets: inputs and outputs kept in {}", scratch_root.display());
    }

    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    let mut stderr = std::io::stderr().lock();
    for (id, report) in &failures {
        let _ = write!(stderr, "FAIL {id}\n{report}");
    }
    let _ = writeln!(
        stderr,
        "parser_snippets: {} of {} cases passed{}",
        cases.len() - failures.len(),
        cases.len(),
        if filter.is_empty() { String::new() } else { format!(" (FERRYTHON_SNIPPET_FILTER={filter:?})") }
    );
    assert!(failures.is_empty(), "{} of {} parser snippet cases failed (see above)", failures.len(), cases.len());
}
