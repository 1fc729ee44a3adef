//! `startup`: how long a process takes to start, run a trivial command and exit, for Ferrython
//! and `python3` in the same run: `-c pass`, `-c "import os"` and `-c "import os, re, json"`, each run N times alternately,
//! the median wall time of each reported with the ratio ferrython/python3 (lower is better).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use ferrython_bench::{build_ferrython, median, python_info};

const USAGE: &str = "usage: startup [--runs N] [--ferrython PATH] [--python PYTHON]

Times `-c pass`, `-c \"import os\"` and `-c \"import os, re, json\"` under PYTHON (default python3) and under ferrython, N times
each (default 20), alternately, and prints the medians and their ratio ferrython/python3.
  --runs N          runs per command and implementation
  --ferrython PATH  this ferrython binary; without it, `cargo build --release -p ferrython` is run
  --python PYTHON   the CPython to compare with (default python3)
";

/// The commands timed, as `-c` arguments.
const COMMANDS: &[&str] = &["pass", "import os", "import os, re, json"];

struct Args {
    runs: usize,
    ferrython: Option<PathBuf>,
    python: String,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { runs: 20, ferrython: None, python: "python3".into() };
    let mut argv = std::env::args().skip(1);
    while let Some(arg) = argv.next() {
        let mut value = |name: &str| argv.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--runs" => {
                args.runs = value("--runs")?.parse().ok().filter(|&n| n > 0).ok_or("--runs needs a positive number")?
            }
            "--ferrython" => args.ferrython = Some(PathBuf::from(value("--ferrython")?)),
            "--python" => args.python = value("--python")?,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

/// The wall time of one run, or why it failed.
fn time_once(program: &Path, command: &str) -> Result<f64, String> {
    let start = Instant::now();
    let status = Command::new(program)
        .args(["-c", command])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|err| format!("cannot run {} ({err})", program.display()))?;
    let seconds = start.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("{} -c {command:?} failed ({status})", program.display()));
    }
    Ok(seconds)
}

fn run(args: &Args) -> Result<(), String> {
    let ferrython = match &args.ferrython {
        Some(path) => path.clone(),
        None => build_ferrython()?,
    };
    let (version, python) = python_info(&args.python)?;
    println!("startup: median wall time of {} runs per command, {version} vs ferrython", args.runs);
    let mut lines = vec![["command".to_string(), "python3 ms".into(), "ferrython ms".into(), "ratio".into()]];
    for command in COMMANDS {
        let (mut theirs, mut ours) = (Vec::new(), Vec::new());
        // One untimed run each warms the file cache.
        time_once(&python, command)?;
        time_once(&ferrython, command)?;
        for _ in 0..args.runs {
            theirs.push(time_once(&python, command)?);
            ours.push(time_once(&ferrython, command)?);
        }
        let (theirs, ours) = (median(&theirs), median(&ours));
        lines.push([
            format!("-c {command:?}"),
            format!("{:.1}", theirs * 1e3),
            format!("{:.1}", ours * 1e3),
            format!("{:.2}x", ours / theirs),
        ]);
    }
    let widths: Vec<usize> = (0..4).map(|c| lines.iter().map(|l| l[c].chars().count()).max().unwrap_or(0)).collect();
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .enumerate()
            .map(
                |(c, cell)| {
                    if c == 0 {
                        format!("{cell:<w$}", w = widths[c])
                    } else {
                        format!("{cell:>w$}", w = widths[c])
                    }
                },
            )
            .collect();
        println!("{}", cells.join("  "));
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(err) => {
            if !err.is_empty() {
                eprintln!("startup: {err}");
            }
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("startup: {err}");
            ExitCode::from(2)
        }
    }
}
