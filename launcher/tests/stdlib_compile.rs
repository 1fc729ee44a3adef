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
//! Environment: `FERRYTHON_STDLIB`, `FERRYTHON_ORACLE` and `FERRYTHON_SKIP_ORACLE=1`, as for the
//! stdlib conformance test.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, UNIX_EPOCH};
use std::{env, fs};

use sha2::{Digest, Sha256};

/// Prints past the test harness's capture, so that the figures show even when the test passes.
macro_rules! notice {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

const SKIP_DIRS: [&str; 2] = ["site-packages", "__pycache__"];

#[test]
fn stdlib_compile() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf();
    let script = workspace.join("tests/tools/stdlib_compile_oracle.py");
    let oracle = env::var_os("FERRYTHON_ORACLE")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("../shared/python3.12/python3.12"));
    if !oracle.is_file() {
        if env::var("FERRYTHON_SKIP_ORACLE").as_deref() == Ok("1") {
            notice!("stdlib_compile: SKIPPED: no CPython 3.12 oracle at {}", oracle.display());
            return;
        }
        panic!(
            "the stdlib compile test needs the CPython 3.12 oracle, and there is none at {}; set FERRYTHON_ORACLE, \
             or FERRYTHON_SKIP_ORACLE=1 to skip this test",
            oracle.display()
        );
    }
    let stdlib = locate_stdlib();
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
        Err(e) => {
            let end_offset = e.end_offset.map_or("None".to_string(), |o| o.to_string());
            format!("SyntaxError|{}|{}|{}|{}|{}", e.msg, e.lineno, e.offset, e.end_lineno, end_offset)
        }
    }];
    fields.extend(warnings.iter().map(|w| format!("W|{}|{}", w.lineno, w.msg)));
    fields.join("\t")
}

struct SourceFile {
    rel: String,
    path: PathBuf,
    size: u64,
    mtime_ns: u128,
}

/// The stdlib folder: `$FERRYTHON_STDLIB`, or the one `python3` reports.
fn locate_stdlib() -> PathBuf {
    if let Some(dir) = env::var_os("FERRYTHON_STDLIB") {
        return PathBuf::from(dir);
    }
    let output = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|err| panic!("cannot run python3 to find the stdlib ({err}); set FERRYTHON_STDLIB"));
    assert!(output.status.success(), "python3 could not tell where its stdlib is; set FERRYTHON_STDLIB");
    PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
}

/// Every `.py` file under `root`, as `os.walk` finds them, sorted by relative path.
fn stdlib_files(root: &Path) -> Vec<SourceFile> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(file_type) = entry.file_type() else { continue };
            if file_type.is_dir() {
                if !SKIP_DIRS.contains(&name.as_str()) {
                    walk(&path, root, out);
                }
            } else if file_type.is_symlink() && path.is_dir() {
                // os.walk lists a symlinked folder but does not enter it.
            } else if name.ends_with(".py") {
                let meta = fs::metadata(&path).ok();
                let size = meta.as_ref().map_or(0, |m| m.len());
                let mtime_ns = meta
                    .and_then(|m| m.modified().ok())
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                let rel = path
                    .strip_prefix(root)
                    .expect("under the root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push(SourceFile { rel, path, size, mtime_ns });
            }
        }
    }
    let mut files = Vec::new();
    walk(root, root, &mut files);
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

/// CPython's line for each file (without the path), from the cache or from one oracle run.
fn oracle_answer(oracle: &Path, script: &Path, stdlib: &Path, files: &[SourceFile]) -> BTreeMap<String, String> {
    let mut key = Sha256::new();
    key.update(fs::read(script).expect("the oracle script"));
    key.update(b"\0");
    key.update(stdlib.to_string_lossy().as_bytes());
    for file in files {
        key.update(format!("\0{}\0{}\0{}", file.rel, file.size, file.mtime_ns).as_bytes());
    }
    let key: String = key.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    let cache_dir = env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(env::temp_dir)
        .join("ferrython");
    let cache_file = cache_dir.join(format!("stdlib-compile-oracle-{key}.txt"));
    let text = match fs::read_to_string(&cache_file) {
        Ok(text) => text,
        Err(_) => {
            notice!("stdlib_compile: asking the CPython 3.12 oracle about {} files (once; about 25 s)", files.len());
            fs::create_dir_all(&cache_dir).unwrap_or_else(|err| panic!("cannot create {}: {err}", cache_dir.display()));
            // The answer travels through a file: the oracle may cut what it writes to a pipe.
            let tmp = cache_dir.join(format!(".stdlib-compile-oracle-{key}.{}.tmp", std::process::id()));
            let output = Command::new(oracle)
                .arg(script)
                .arg(stdlib)
                .arg(&tmp)
                .stdin(Stdio::null())
                .output()
                .unwrap_or_else(|err| panic!("cannot run the oracle {}: {err}", oracle.display()));
            assert!(
                output.status.success(),
                "the oracle failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            let text = fs::read_to_string(&tmp).expect("the oracle's answer");
            if fs::rename(&tmp, &cache_file).is_err() {
                let _ = fs::remove_file(&tmp);
            }
            text
        }
    };
    text.lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(rel, rest)| (rel.to_string(), rest.to_string()))
        .collect()
}
