//! Helpers shared by Ferrython's tests: finding the CPython 3.12 oracle and the machine's
//! stdlib, running the oracle once and caching its answer, and reading test data.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::UNIX_EPOCH;
use std::{env, fs};

use sha2::{Digest, Sha256};

/// Prints past the test harness's capture, so that figures show even when a test passes.
#[macro_export]
macro_rules! notice {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap_or_else(|_| PathBuf::from("."))
}

/// The CPython 3.12 oracle: `$FERRYTHON_ORACLE`, or `shared/python3.12/python3.12` beside the
/// workspace or beside one of its parent folders. When there is none, the test is skipped with a
/// notice (`None`), unless `FERRYTHON_REQUIRE_ORACLE=1`, which makes that a failure.
pub fn oracle(test: &str) -> Option<PathBuf> {
    if let Some(path) = env::var_os("FERRYTHON_ORACLE") {
        let path = PathBuf::from(path);
        assert!(path.is_file(), "{test}: FERRYTHON_ORACLE={} is not a file", path.display());
        return Some(path);
    }
    let found = workspace().ancestors().map(|dir| dir.join("shared/python3.12/python3.12")).find(|p| p.is_file());
    if found.is_none() {
        let required = env::var("FERRYTHON_REQUIRE_ORACLE").as_deref() == Ok("1");
        let message = format!(
            "{test}: no CPython 3.12 oracle (shared/python3.12/python3.12 beside the workspace, or \
             FERRYTHON_ORACLE)"
        );
        assert!(!required, "{message}, and FERRYTHON_REQUIRE_ORACLE=1");
        notice!("{message}: SKIPPED");
    }
    found
}

/// The stdlib folder: `$FERRYTHON_STDLIB`, or the one `python3` reports.
pub fn stdlib() -> PathBuf {
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

/// A `.py` file of the stdlib, with what the oracle's cache key needs.
pub struct SourceFile {
    /// The path relative to the stdlib root, with `/` separators.
    pub rel: String,
    pub path: PathBuf,
    pub size: u64,
    pub mtime_ns: u128,
}

/// Folders the oracle scripts skip too.
const SKIP_DIRS: [&str; 2] = ["site-packages", "__pycache__"];

/// Every `.py` file under `root`, as `os.walk` finds them, sorted by relative path.
pub fn stdlib_files(root: &Path) -> Vec<SourceFile> {
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
                let Ok(rel) = path.strip_prefix(root) else { continue };
                let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                out.push(SourceFile { rel, path, size, mtime_ns });
            }
        }
    }
    let mut files = Vec::new();
    walk(root, root, &mut files);
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

fn cache_dir() -> PathBuf {
    env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(env::temp_dir)
        .join("ferrython")
}

/// What `oracle SCRIPT STDLIB OUTPUT_FILE` writes, from the cache or from one run of the oracle.
/// The cache key covers the script, the stdlib path, and every file's path, size and mtime; the
/// answer travels through a file because the oracle may cut what it writes to a pipe.
pub fn cached_oracle_answer(test: &str, oracle: &Path, script: &Path, stdlib: &Path, files: &[SourceFile]) -> String {
    let mut key = Sha256::new();
    key.update(fs::read(script).unwrap_or_else(|err| panic!("cannot read {}: {err}", script.display())));
    key.update(b"\0");
    key.update(stdlib.to_string_lossy().as_bytes());
    for file in files {
        key.update(format!("\0{}\0{}\0{}", file.rel, file.size, file.mtime_ns).as_bytes());
    }
    let key: String = key.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    let stem = script.file_stem().map_or("oracle".into(), |s| s.to_string_lossy().into_owned());
    let dir = cache_dir();
    let cache_file = dir.join(format!("{stem}-{key}.out"));
    if let Ok(text) = fs::read_to_string(&cache_file) {
        return text;
    }
    notice!("{test}: asking the CPython 3.12 oracle about {} files (once; it is cached)", files.len());
    fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("cannot create {}: {err}", dir.display()));
    let tmp = dir.join(format!(".{stem}-{key}.{}.tmp", std::process::id()));
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
    let text = fs::read_to_string(&tmp).unwrap_or_else(|err| panic!("the oracle wrote no answer: {err}"));
    if fs::rename(&tmp, &cache_file).is_err() {
        let _ = fs::remove_file(&tmp);
    }
    text
}

/// Reads a JSON array of strings, the format of the `*_facts.json` test data.
pub fn parse_string_array(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some('b') => s.push('\u{8}'),
                    Some('f') => s.push('\u{c}'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        let mut code = u32::from_str_radix(&hex, 16).expect("a \\u escape");
                        if (0xD800..0xDC00).contains(&code) {
                            // A surrogate pair: \uD83D\uDE00.
                            let low: String = chars.by_ref().skip(2).take(4).collect();
                            let low = u32::from_str_radix(&low, 16).expect("a \\u escape");
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        }
                        s.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    }
                    Some(other) => s.push(other),
                    None => break,
                },
                other => s.push(other),
            }
        }
        out.push(s);
    }
    out
}

/// Where the parser's test data lives (`tests/parser/`).
pub fn parser_data_dir() -> PathBuf {
    workspace().join("tests/parser")
}

/// Runs `facts` over every source of a cases file (a JSON array of strings) and compares each
/// result with the matching line of the expected file (written under CPython 3.12); panics listing
/// every difference.
pub fn check_facts(cases: &Path, expected: &Path, facts: impl Fn(&str) -> String) {
    let read =
        |path: &Path| fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let cases = parse_string_array(&read(cases));
    let expected = read(expected);
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(cases.len(), expected.len(), "cases and expected lines differ in number");
    let failures: Vec<String> = cases
        .iter()
        .zip(&expected)
        .filter_map(|(source, want)| {
            let got = facts(source);
            (got != *want).then(|| format!("{source:?}\n   want {want}\n   got  {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Makes `command`'s child start with SIGINT at its default action, as under a terminal, even
/// when the tests run with SIGINT ignored (a background job, `nohup`): an ignored SIGINT is
/// inherited, and Ferrython (like CPython) leaves it ignored, and so do the processes it starts.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn default_sigint(command: &mut Command) -> &mut Command {
    use std::os::unix::process::CommandExt as _;
    // SAFETY: between fork and exec the closure only calls `signal`, which is
    // async-signal-safe.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        })
    }
}

#[cfg(not(unix))]
pub fn default_sigint(command: &mut Command) -> &mut Command {
    command
}
