//! What Ferrython's benchmarks share: finding the stdlib and `python3`, reading peak memory,
//! medians, the result table, building the launcher and asking `python3` what it is.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Folders of the stdlib that are not the stdlib's own source (the stdlib conformance test skips
/// the same ones).
pub const SKIP_DIRS: [&str; 2] = ["site-packages", "__pycache__"];

/// The stdlib folder: `explicit`, else `$FERRYTHON_STDLIB`, else the one `python` reports.
pub fn locate_stdlib(explicit: Option<&Path>, python: &str) -> Result<PathBuf, String> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("FERRYTHON_STDLIB") {
        return Ok(PathBuf::from(dir));
    }
    let output = Command::new(python)
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot run {python} to find the stdlib ({err}); pass --stdlib DIR"))?;
    if !output.status.success() {
        return Err(format!("{python} could not tell where its stdlib is; pass --stdlib DIR"));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
}

/// Every `.py` file under `root`, walked as `os.walk` does (symlinked folders are not entered,
/// `site-packages` and `__pycache__` are skipped), sorted by path.
pub fn stdlib_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|err| format!("cannot list {}: {err}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|err| format!("cannot list {}: {err}", dir.display()))?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let file_type = entry.file_type().map_err(|err| format!("cannot stat {}: {err}", path.display()))?;
            if file_type.is_dir() {
                if !SKIP_DIRS.contains(&name.as_ref()) {
                    walk(&path, out)?;
                }
            } else if file_type.is_symlink() && path.is_dir() {
                // os.walk lists a symlinked folder but does not enter it.
            } else if name.ends_with(".py") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(root, &mut files)?;
    files.sort();
    Ok(files)
}

/// This process's peak resident set size in bytes (`VmHWM` of `/proc/self/status`); `None` where
/// there is no such file (outside Linux).
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kib * 1024)
}

/// The median of some timings (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}

/// One implementation's result in a benchmark table.
pub struct Row {
    pub implementation: String,
    pub median_seconds: f64,
    /// Bytes of input handled per run, for the MB/s column.
    pub bytes: u64,
    pub peak_rss_bytes: Option<u64>,
    /// Inputs this implementation failed on.
    pub failed: usize,
}

/// The result table: implementation, median seconds, MB/s, peak RSS, failures, and how many times
/// faster than `baseline` (CPython) each row is. MB are 10^6 bytes.
pub fn table(rows: &[Row], baseline: Option<&Row>) -> String {
    let header = ["implementation", "median s", "MB/s", "peak RSS MB", "failed", "vs CPython"];
    let mut lines: Vec<[String; 6]> = vec![header.map(String::from)];
    for row in rows {
        let ratio = match baseline {
            Some(base) if row.median_seconds > 0.0 => {
                let ratio = base.median_seconds / row.median_seconds;
                if std::ptr::eq(base, row) {
                    "1.00x".to_string()
                } else if ratio >= 1.0 {
                    format!("{ratio:.2}x faster")
                } else {
                    format!("{:.2}x slower", 1.0 / ratio)
                }
            }
            _ => "-".to_string(),
        };
        lines.push([
            row.implementation.clone(),
            format!("{:.3}", row.median_seconds),
            format!("{:.1}", row.bytes as f64 / 1e6 / row.median_seconds),
            row.peak_rss_bytes.map_or("-".into(), |b| format!("{:.1}", b as f64 / 1e6)),
            row.failed.to_string(),
            ratio,
        ]);
    }
    let widths: Vec<usize> = (0..6).map(|c| lines.iter().map(|l| l[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for line in &lines {
        let mut text = String::new();
        for (c, cell) in line.iter().enumerate() {
            if c == 0 {
                text.push_str(&format!("{cell:<w$}", w = widths[c]));
            } else {
                text.push_str(&format!("  {cell:>w$}", w = widths[c]));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// The geometric mean of some positive ratios (NaN for none).
pub fn geometric_mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    (values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp()
}

/// The workspace, where `cargo build -p ferrython` runs.
const WORKSPACE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// `cargo build --release -p ferrython` in the workspace; the path of the binary it built, read
/// from cargo's JSON messages (so CARGO_TARGET_DIR and cargo's configuration are honoured).
#[allow(clippy::print_stderr)] // Says what it runs: a build takes a while.
pub fn build_ferrython() -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("cargo build --release -p ferrython");
    let output = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "ferrython", "--message-format=json-render-diagnostics"])
        .current_dir(WORKSPACE_DIR)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot run cargo ({err}); pass --ferrython PATH"))?;
    if !output.status.success() {
        return Err("building ferrython failed".into());
    }
    let messages = String::from_utf8_lossy(&output.stdout);
    messages
        .lines()
        .filter(|line| line.contains(r#""reason":"compiler-artifact""#) && line.contains(r#""name":"ferrython""#))
        .find_map(|line| json_string_field(line, "executable"))
        .map(PathBuf::from)
        .ok_or_else(|| "cargo built no ferrython executable; pass --ferrython PATH".into())
}

/// Whether a release build of the workspace here uses the profile of `dist/pgo` (see
/// `.cargo/rustc-wrapper`, which decides it the same way) and how old the profile is, in one
/// line for a benchmark's header.
pub fn pgo_note() -> String {
    if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        return "built without profile-guided optimization (only x86-64 Linux builds use dist/pgo)".into();
    }
    if std::env::var_os("FERRYTHON_PGO").is_some_and(|v| v == "0") {
        return "built without profile-guided optimization (FERRYTHON_PGO=0)".into();
    }
    let pgo = Path::new(WORKSPACE_DIR).join("dist/pgo");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let this_rustc = Command::new(rustc).arg("-vV").output().ok().map(|o| o.stdout);
    let profile_rustc = std::fs::read(pgo.join("rustc-version")).ok();
    if !pgo.join("ferrython.profdata").is_file() || this_rustc.is_none() || this_rustc != profile_rustc {
        return "built without profile-guided optimization: dist/pgo has no profile made by this rustc \
                (dist/pgo/train makes one)"
            .into();
    }
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git").args(args).current_dir(WORKSPACE_DIR).output().ok()?;
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    };
    let trained = git(&["log", "-1", "--format=%h", "--", "dist/pgo/ferrython.profdata"]).filter(|c| !c.is_empty());
    let Some(trained) = trained else {
        return "built with the profile of dist/pgo (not committed yet)".into();
    };
    let since = git(&["rev-list", "--count", &format!("{trained}..HEAD"), "--", "interpreter"]).unwrap_or_default();
    format!(
        "built with the profile of dist/pgo from commit {trained}; {since} later commits change interpreter/ \
         (dist/pgo/train refreshes it)"
    )
}

/// The value of the string field `key` in a line of JSON (enough for cargo's messages: the first
/// `"key":"..."` in the line, with the JSON escapes of a path undone).
fn json_string_field(line: &str, key: &str) -> Option<String> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let mut value = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => value.push(other),
            },
            c => value.push(c),
        }
    }
    None
}

/// `python`'s implementation and version, e.g. "CPython 3.11.7", and its executable: the programs
/// run that one directly, so that a wrapper such as a pyenv shim (which costs more than 0.1 s a
/// start) is not timed.
pub fn python_info(python: &str) -> Result<(String, PathBuf), String> {
    let output = Command::new(python)
        .args(["-c", "import sys; print(sys.executable); print(sys.implementation.name, sys.version.split()[0])"])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot run {python} ({err})"))?;
    if !output.status.success() {
        return Err(format!("{python} failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut lines = text.lines();
    let executable = lines.next().unwrap_or_default().trim();
    let version = lines.next().unwrap_or_default().trim();
    let version = match version.split_once(' ') {
        Some(("cpython", number)) => format!("CPython {number}"),
        _ => version.to_string(),
    };
    // sys.executable may be empty when Python cannot tell; then the command itself is run.
    let executable = if executable.is_empty() { PathBuf::from(python) } else { PathBuf::from(executable) };
    Ok((version, executable))
}
