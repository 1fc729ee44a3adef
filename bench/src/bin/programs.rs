//! `programs`: whole Python programs (`bench/programs/*.py`, and with `--micro` the
//! micro-benchmarks of `bench/programs/micro/`) run by `python3` and by the `ferrython` launcher,
//! as separate processes, alternately, N times each. The table shows the median wall time of a
//! run on each side and their ratio (ferrython / python3: lower is better), then the geometric
//! mean and the worst of the ratios.
//!
//! A ferrython run counts only if it exits 0 and prints exactly what python3 printed; otherwise
//! the row says why and is left out of the geometric mean.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ferrython_bench::{build_ferrython, geometric_mean, median, python_info};

const USAGE: &str = "usage: programs [--runs N] [--filter SUBSTR] [--micro] [--ferrython PATH] [--python PYTHON]
                [--timeout SECS]

Runs each Python program of bench/programs/ under PYTHON (default python3) and under ferrython,
alternately, N times each (default 5), and prints the median wall time of a run on each side and
the ratio ferrython/python3 (lower is better), then the geometric mean and the worst ratio.

  --runs N          runs per program and implementation (default 5)
  --filter SUBSTR   only the programs whose name contains SUBSTR (micro ones are named micro/NAME)
  --micro           also the micro-benchmarks of bench/programs/micro/, in their own table
  --ferrython PATH  this ferrython binary; without it, `cargo build --release -p ferrython` is run
                    first (honouring CARGO_TARGET_DIR) and the binary it builds is used
  --python PYTHON   the CPython to compare with (default python3)
  --timeout SECS    a run taking longer is killed and its program counted as failed (default 120)
";

/// The Python programs, beside this crate's sources.
const PROGRAMS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/programs");
/// The speed goal, shown under each table: the geometric mean of the ratios and the worst ratio.
const GOAL_GEOMEAN: f64 = 1.0;
const GOAL_WORST: f64 = 2.0;

struct Args {
    runs: usize,
    filter: Option<String>,
    micro: bool,
    ferrython: Option<PathBuf>,
    python: String,
    timeout: Duration,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        runs: 5,
        filter: None,
        micro: false,
        ferrython: None,
        python: "python3".into(),
        timeout: Duration::from_secs(120),
    };
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
            "-n" | "--runs" => {
                let v = value()?;
                args.runs = match v.parse() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--runs: not a positive number: {v}")),
                };
            }
            "--filter" => args.filter = Some(value()?),
            "--micro" => args.micro = true,
            "--ferrython" => args.ferrython = Some(PathBuf::from(value()?)),
            "--python" => args.python = value()?,
            "--timeout" => {
                let v = value()?;
                args.timeout = match v.parse::<f64>() {
                    Ok(s) if s > 0.0 && s.is_finite() => Duration::from_secs_f64(s),
                    _ => return Err(format!("--timeout: not a positive number of seconds: {v}")),
                };
            }
            _ => return Err(format!("unknown argument: {arg}")),
        }
    }
    Ok(args)
}

/// One program to run: its name in the table (`micro/` before the micro ones) and its file,
/// relative to the programs folder (where it runs, so that messages name it briefly).
struct Program {
    name: String,
    path: PathBuf,
}

/// The `.py` files of `dir`, sorted by name, named `prefix` + their stem.
fn programs_in(dir: &Path, prefix: &str) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|err| format!("cannot list {}: {err}", dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|err| format!("cannot list {}: {err}", dir.display()))?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "py") {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let relative = path.strip_prefix(PROGRAMS_DIR).map(Path::to_path_buf).unwrap_or(path);
            programs.push(Program { name: format!("{prefix}{stem}"), path: relative });
        }
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// What one process run gave.
struct RunResult {
    seconds: f64,
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

/// Runs `program file` in the programs folder with no stdin, capturing its output, and times it
/// from just before the process starts to just after it is reaped. A run longer than `timeout` is
/// killed.
fn run_once(program: &Path, file: &Path, timeout: Duration) -> Result<RunResult, String> {
    let start = Instant::now();
    let mut child = Command::new(program)
        .arg(file)
        .current_dir(PROGRAMS_DIR)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run {} ({err})", program.display()))?;
    let pid = child.id();
    let mut stdout_pipe = child.stdout.take().expect("stdout is piped");
    let mut stderr_pipe = child.stderr.take().expect("stderr is piped");
    let stdout_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut buf);
        buf
    });
    let stderr_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buf);
        buf
    });
    // The watchdog kills the process if the timeout passes before it is told the run ended.
    let (done, watch) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if watch.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            kill(pid);
            true
        } else {
            false
        }
    });
    let status = child.wait();
    let seconds = start.elapsed().as_secs_f64();
    drop(done);
    let timed_out = watchdog.join().unwrap_or(false);
    // After a timeout the output is not needed, and a process the killed one started may still
    // hold the pipes open: the readers are left to finish on their own.
    let (stdout, stderr) = if timed_out {
        (Vec::new(), Vec::new())
    } else {
        (stdout_reader.join().unwrap_or_default(), stderr_reader.join().unwrap_or_default())
    };
    let status = status.map_err(|err| format!("cannot wait for {} ({err})", program.display()))?;
    Ok(RunResult { seconds, status: Some(status), stdout, stderr, timed_out })
}

/// Kills the process `pid` (a run that took longer than the timeout).
fn kill(pid: u32) {
    #[cfg(unix)]
    let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
    #[cfg(windows)]
    let _ = Command::new("taskkill").args(["/F", "/PID", &pid.to_string()]).stderr(Stdio::null()).status();
}

/// The line of a failed run's stderr that says the most: the first line, or the last one when
/// the output is a traceback (whose last line holds the exception). Paths of programs are shown
/// relative to the programs folder.
fn error_line(stderr: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(stderr).replace(&format!("{PROGRAMS_DIR}/"), "");
    if let Ok(dir) = std::fs::canonicalize(PROGRAMS_DIR) {
        text = text.replace(&format!("{}/", dir.display()), "");
    }
    let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
    let line = match lines.first() {
        Some(first) if first.starts_with("Traceback") => lines.last().copied().unwrap_or(first),
        Some(first) => first,
        None => "",
    };
    shorten(line.trim(), 100)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 3).collect();
        format!("{cut}...")
    }
}

/// Why a run does not count: it was killed, or exited with an error.
fn failure(run: &RunResult, timeout: Duration) -> Option<String> {
    if run.timed_out {
        return Some(format!("timed out after {} s", timeout.as_secs_f64()));
    }
    let status = run.status?;
    if status.success() {
        return None;
    }
    let code = match status.code() {
        Some(code) => format!("exit {code}"),
        None => status.to_string(),
    };
    let line = error_line(&run.stderr);
    Some(if line.is_empty() { format!("({code})") } else { format!("({code}) {line}") })
}

/// How `got` differs from `expected`: the first line that differs.
fn difference(expected: &[u8], got: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let mut want = expected.lines();
    let mut have = got.lines();
    let mut number = 1;
    loop {
        match (want.next(), have.next()) {
            (Some(a), Some(b)) if a == b => number += 1,
            (Some(a), Some(b)) => {
                return format!("line {number} is {:?}, expected {:?}", shorten(b, 40), shorten(a, 40));
            }
            (Some(a), None) => return format!("line {number} missing, expected {:?}", shorten(a, 40)),
            (None, Some(b)) => return format!("extra line {number}: {:?}", shorten(b, 40)),
            // Same lines: the difference is in line endings or a final newline.
            (None, None) => return "differs in line endings".into(),
        }
    }
}

/// Why a program's times are not compared.
enum Problem {
    /// Ferrython did not run it to the end: how it ended (exit status and the telling line of
    /// stderr, or the timeout).
    Fails(String),
    /// Ferrython exited 0 but printed something else: the first line that differs.
    WrongOutput(String),
    /// The python3 side could not be measured.
    Python(String),
}

/// A program's row in the table.
struct Outcome {
    name: String,
    python: Option<f64>,
    ferrython: Option<f64>,
    problem: Option<Problem>,
}

impl Outcome {
    fn ratio(&self) -> Option<f64> {
        match (self.python, self.ferrython, &self.problem) {
            (Some(p), Some(f), None) if p > 0.0 => Some(f / p),
            _ => None,
        }
    }

    fn python_problem(program: &Program, problem: String) -> Outcome {
        Outcome { name: program.name.clone(), python: None, ferrython: None, problem: Some(Problem::Python(problem)) }
    }
}

/// Runs one program `runs` times on each side, alternately. Once ferrython has failed or printed
/// something else, only python3 is run (its time is still shown).
fn measure(program: &Program, python: &Path, ferrython: &Path, args: &Args) -> Outcome {
    let mut python_times = Vec::new();
    let mut ferrython_times = Vec::new();
    let mut expected: Option<Vec<u8>> = None;
    let mut problem: Option<Problem> = None;
    for _ in 0..args.runs {
        let run = match run_once(python, &program.path, args.timeout) {
            Ok(run) => run,
            Err(err) => return Outcome::python_problem(program, err),
        };
        if let Some(why) = failure(&run, args.timeout) {
            return Outcome::python_problem(program, format!("{} fails {why}", args.python));
        }
        match &expected {
            None => expected = Some(run.stdout),
            Some(first) if *first != run.stdout => {
                let why = format!("{} is not deterministic: {}", args.python, difference(first, &run.stdout));
                return Outcome::python_problem(program, why);
            }
            Some(_) => {}
        }
        python_times.push(run.seconds);

        if problem.is_some() {
            continue;
        }
        match run_once(ferrython, &program.path, args.timeout) {
            Err(err) => problem = Some(Problem::Fails(err)),
            Ok(run) => {
                let want = expected.as_deref().unwrap_or_default();
                if let Some(why) = failure(&run, args.timeout) {
                    problem = Some(Problem::Fails(why));
                } else if run.stdout != want {
                    problem = Some(Problem::WrongOutput(difference(want, &run.stdout)));
                } else {
                    ferrython_times.push(run.seconds);
                }
            }
        }
    }
    Outcome {
        name: program.name.clone(),
        python: Some(median(&python_times)),
        ferrython: if problem.is_some() { None } else { Some(median(&ferrython_times)) },
        problem,
    }
}

/// The table of a group of programs, then its geometric mean and worst ratio.
fn report(title: &str, outcomes: &[Outcome]) -> String {
    let header = ["program", "python3 s", "ferrython s", "ratio"];
    let mut rows: Vec<([String; 4], String)> = vec![(header.map(String::from), String::new())];
    for o in outcomes {
        let seconds = |t: Option<f64>| t.map_or("-".to_string(), |t| format!("{t:.3}"));
        let (ratio, note) = match (o.ratio(), &o.problem) {
            (Some(r), _) => (format!("{r:.2}x"), String::new()),
            (None, Some(Problem::Fails(why))) => ("fails".to_string(), why.clone()),
            (None, Some(Problem::WrongOutput(why))) => ("wrong output".to_string(), why.clone()),
            (None, Some(Problem::Python(why))) => ("-".to_string(), why.clone()),
            (None, None) => ("-".to_string(), String::new()),
        };
        rows.push(([o.name.clone(), seconds(o.python), seconds(o.ferrython), ratio], note));
    }
    let widths: Vec<usize> =
        (0..4).map(|c| rows.iter().map(|(r, _)| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = format!("{title}\n");
    for (cells, note) in &rows {
        let mut line = format!("{:<w$}", cells[0], w = widths[0]);
        for c in 1..4 {
            line.push_str(&format!("  {:>w$}", cells[c], w = widths[c]));
        }
        if !note.is_empty() {
            line.push_str("  ");
            line.push_str(note);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&summary(outcomes));
    out
}

/// The geometric mean of the ratios of the programs that ran, and the worst of them, against the
/// goal.
fn summary(outcomes: &[Outcome]) -> String {
    let ratios: Vec<(&str, f64)> = outcomes.iter().filter_map(|o| Some((o.name.as_str(), o.ratio()?))).collect();
    if ratios.is_empty() {
        return format!("geometric mean: - (none of the {} programs ran correctly under ferrython)\n", outcomes.len());
    }
    let mean = geometric_mean(&ratios.iter().map(|(_, r)| *r).collect::<Vec<_>>());
    let (worst_name, worst) = ratios.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)).expect("not empty");
    let verdict = |ok: bool| if ok { "met" } else { "not met" };
    format!(
        "geometric mean: {mean:.2}x over {} of {} programs (goal: at most {GOAL_GEOMEAN:.2}x, {})\n\
         worst: {worst:.2}x ({worst_name}) (goal: at most {GOAL_WORST:.2}x, {})\n",
        ratios.len(),
        outcomes.len(),
        verdict(mean <= GOAL_GEOMEAN),
        verdict(worst <= GOAL_WORST),
    )
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(err) => {
            eprint!("programs: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("programs: {err}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let dir = Path::new(PROGRAMS_DIR);
    let selected = |programs: Vec<Program>| -> Vec<Program> {
        programs.into_iter().filter(|p| args.filter.iter().all(|f| p.name.contains(f.as_str()))).collect()
    };
    let macros = selected(programs_in(dir, "")?);
    let micros = if args.micro { selected(programs_in(&dir.join("micro"), "micro/")?) } else { Vec::new() };
    if macros.is_empty() && micros.is_empty() {
        let hint = if args.micro { "" } else { " (the micro-benchmarks need --micro)" };
        return Err(format!("no program matches --filter {:?}{hint}", args.filter.as_deref().unwrap_or("")));
    }

    let (version, python) = python_info(&args.python)?;
    let ferrython = match &args.ferrython {
        // A bare name is looked up on PATH; a path is made absolute, as the programs run in their own
        // folder.
        Some(path) if path.components().count() == 1 && !path.exists() => path.clone(),
        Some(path) => std::fs::canonicalize(path).map_err(|err| format!("--ferrython {}: {err}", path.display()))?,
        None => {
            let built = build_ferrython()?;
            println!("ferrython {}", ferrython_bench::pgo_note());
            built
        }
    };
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let what = match (macros.len(), micros.len()) {
        (n, 0) => count(n, "program"),
        (0, m) => count(m, "micro-benchmark"),
        (n, m) => format!("{} and {}", count(n, "program"), count(m, "micro-benchmark")),
    };
    println!(
        "programs: {what}, median wall time of {} each (whole process, start-up included), {} and ferrython \
         alternately",
        count(args.runs, "run"),
        args.python
    );
    println!("{}: {version} ({}); ferrython: {}", args.python, python.display(), ferrython.display());

    let mut all = Vec::new();
    for (title, group) in [("programs", &macros), ("micro-benchmarks", &micros)] {
        if group.is_empty() {
            continue;
        }
        let progress = std::io::stderr().is_terminal();
        let mut outcomes = Vec::new();
        for program in group.iter() {
            if progress {
                eprint!("\r\x1b[K{} ...", program.name);
            }
            outcomes.push(measure(program, &python, &ferrython, args));
        }
        if progress {
            eprint!("\r\x1b[K");
        }
        println!();
        print!("{}", report(title, &outcomes));
        all.extend(outcomes);
    }
    if !macros.is_empty() && !micros.is_empty() {
        println!("\nall {} programs together:", all.len());
        print!("{}", summary(&all));
    }
    Ok(())
}
