//! `parse-stdlib`: how fast Ferrython parses the whole CPython standard library, against
//! `ast.parse` of `python3` in the same run.
//!
//! Both sides read every `.py` file into memory first, then parse all of them N times in-process
//! (no process start is timed); the table shows the median total time of one pass.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use ferrython_bench::{locate_stdlib, median, peak_rss_bytes, stdlib_files, table, Row};
use ferrython_parser::{Mode, ParseOptions};

const USAGE: &str = "usage: parse-stdlib [--iterations N] [--stdlib DIR] [--python PYTHON] [--no-python]

Parses every .py file of the stdlib N times (default 5) with Ferrython and with PYTHON's ast.parse
(default python3), in-process, and prints the median time of one pass over all files.
The stdlib is DIR, else $FERRYTHON_STDLIB, else the one PYTHON reports.
";

/// The CPython side: reads NUL-separated paths on stdin, reads the files, then times `ast.parse`
/// over all of them `argv[1]` times. Prints `key value...` lines.
const PYTHON_SIDE: &str = r#"
import ast, os, sys, time, warnings
warnings.simplefilter("ignore")
iterations = int(sys.argv[1])
paths = [p for p in os.fsdecode(sys.stdin.buffer.read()).split("\0") if p]
sources = []
for path in paths:
    with open(path, "rb") as f:
        sources.append((path, f.read()))
times = []
failed = 0
for _ in range(iterations):
    failed = 0
    start = time.perf_counter()
    for path, source in sources:
        try:
            ast.parse(source, path)
        except Exception:
            failed += 1
    times.append(time.perf_counter() - start)

def peak_rss_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
    except Exception:
        return -1

print("version", sys.implementation.name, sys.version.split()[0])
print("times", *times)
print("failed", failed)
print("peak_rss_kb", peak_rss_kb())
"#;

/// Stack of the parsing thread: deeply nested test files must not overflow it.
const PARSER_STACK: usize = 256 << 20;

struct Args {
    iterations: usize,
    stdlib: Option<PathBuf>,
    python: String,
    run_python: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { iterations: 5, stdlib: None, python: "python3".into(), run_python: true };
    let mut argv = std::env::args().skip(1);
    while let Some(arg) = argv.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.into())),
            _ => (arg.clone(), None),
        };
        let mut value = || inline.clone().or_else(|| argv.next()).ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "-n" | "--iterations" => {
                let v = value()?;
                args.iterations = match v.parse() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--iterations: not a positive number: {v}")),
                };
            }
            "--stdlib" => args.stdlib = Some(PathBuf::from(value()?)),
            "--python" => args.python = value()?,
            "--no-python" => args.run_python = false,
            _ => return Err(format!("unknown argument: {arg}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(err) => {
            eprint!("parse-stdlib: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdlib = match locate_stdlib(args.stdlib.as_deref(), &args.python) {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("parse-stdlib: {err}");
            return ExitCode::from(2);
        }
    };
    let paths = match stdlib_files(&stdlib) {
        Ok(paths) if !paths.is_empty() => paths,
        Ok(_) => {
            eprintln!("parse-stdlib: no .py files under {}", stdlib.display());
            return ExitCode::from(2);
        }
        Err(err) => {
            eprintln!("parse-stdlib: {err}");
            return ExitCode::from(2);
        }
    };
    let mut sources = Vec::with_capacity(paths.len());
    for path in &paths {
        match std::fs::read(path) {
            Ok(bytes) => sources.push((path.to_string_lossy().into_owned(), bytes)),
            Err(err) => {
                eprintln!("parse-stdlib: cannot read {}: {err}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    let bytes: u64 = sources.iter().map(|(_, s)| s.len() as u64).sum();
    println!(
        "parse-stdlib: {} files, {:.1} MB from {}; median of {} passes, in-process, files read into memory first",
        sources.len(),
        bytes as f64 / 1e6,
        stdlib.display(),
        args.iterations
    );

    let iterations = args.iterations;
    let ferrython = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, || time_ferrython(&sources, iterations))
            .expect("cannot start the parsing thread")
            .join()
            .expect("the parsing thread died")
    });
    let mut rows = vec![Row {
        implementation: format!("ferrython {}", env!("CARGO_PKG_VERSION")),
        median_seconds: median(&ferrython.times),
        bytes,
        peak_rss_bytes: peak_rss_bytes(),
        failed: ferrython.failed.len(),
    }];

    let mut notes = Vec::new();
    if args.run_python {
        match time_cpython(&args.python, &paths, iterations) {
            Ok(row) => {
                if ferrython.failed.len() > row.failed {
                    notes.push(format!(
                        "note: ferrython failed on more files than {} did, so its time and ratio cover less work",
                        row.implementation
                    ));
                }
                rows.push(Row { bytes, ..row })
            }
            Err(err) => notes.push(format!("{}: not measured: {err}", args.python)),
        }
    }
    println!();
    print!("{}", table(&rows, rows.get(1)));
    if !ferrython.failed.is_empty() {
        let shown = 10;
        println!(
            "\nferrython failed on {} of {} files (a failed file is timed up to its error), for example:",
            ferrython.failed.len(),
            sources.len()
        );
        for (path, reason) in ferrython.failed.iter().take(shown) {
            println!("  {path}: {reason}");
        }
        if ferrython.failed.len() > shown {
            println!("  ... and {} more", ferrython.failed.len() - shown);
        }
    }
    for note in notes {
        println!("\n{note}");
    }
    ExitCode::SUCCESS
}

struct FerrythonRun {
    times: Vec<f64>,
    /// Files that failed in the first pass: path and the error (or panic).
    failed: Vec<(String, String)>,
}

fn time_ferrython(sources: &[(String, Vec<u8>)], iterations: usize) -> FerrythonRun {
    let options = ParseOptions { mode: Mode::Exec, type_comments: false, barry_as_flufl: false };
    // A panicking parser is counted as a failure, quietly: one line per file would flood the table.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut times = Vec::with_capacity(iterations);
    let mut failed = Vec::new();
    for pass in 0..iterations {
        let start = Instant::now();
        for (path, source) in sources {
            let result =
                std::panic::catch_unwind(|| std::hint::black_box(ferrython_parser::parse(source, path, options)));
            if pass == 0 {
                match result {
                    Ok(Ok(_)) => {}
                    Ok(Err(err)) => failed.push((
                        path.clone(),
                        format!(
                            "{}: {} at {}:{}",
                            err.class.name(),
                            err.msg,
                            err.lineno.unwrap_or(0),
                            err.offset.unwrap_or(0)
                        ),
                    )),
                    Err(_) => failed.push((path.clone(), "parser panicked".into())),
                }
            }
        }
        times.push(start.elapsed().as_secs_f64());
    }
    std::panic::set_hook(default_hook);
    FerrythonRun { times, failed }
}

/// Runs the embedded script under `python` with the same files and iteration count.
fn time_cpython(python: &str, paths: &[PathBuf], iterations: usize) -> Result<Row, String> {
    let mut child = Command::new(python)
        .arg("-c")
        .arg(PYTHON_SIDE)
        .arg(iterations.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|err| format!("cannot run it ({err})"))?;
    let mut list = Vec::new();
    for path in paths {
        list.extend_from_slice(path.to_string_lossy().as_bytes());
        list.push(0);
    }
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(&list));
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout is piped")
        .read_to_string(&mut out)
        .map_err(|err| format!("cannot read its output ({err})"))?;
    let status = child.wait().map_err(|err| err.to_string())?;
    let _ = writer.join();
    if !status.success() {
        return Err(format!("it failed ({status})"));
    }
    let field = |key: &str| -> Option<Vec<&str>> {
        out.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(' '))
            .map(|rest| rest.split_whitespace().collect())
    };
    let bad = || format!("unexpected output:\n{out}");
    let version = field("version").ok_or_else(bad)?;
    let times: Vec<f64> =
        field("times").ok_or_else(bad)?.iter().map(|t| t.parse().map_err(|_| bad())).collect::<Result<_, _>>()?;
    let failed: usize = field("failed").and_then(|v| v.first()?.parse().ok()).ok_or_else(bad)?;
    let peak_kb: i64 = field("peak_rss_kb").and_then(|v| v.first()?.parse().ok()).ok_or_else(bad)?;
    let name = match version.as_slice() {
        ["cpython", v] => format!("CPython {v}"),
        parts => parts.join(" "),
    };
    Ok(Row {
        implementation: name,
        median_seconds: median(&times),
        bytes: 0,
        peak_rss_bytes: u64::try_from(peak_kb).ok().map(|kb| kb * 1024),
        failed,
    })
}
