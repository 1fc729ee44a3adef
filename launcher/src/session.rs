//! One run of the interpreter: the program (`-c`, `-m`, a file or stdin) as `__main__`, then the
//! REPL when asked for, then the exit as CPython does it (SystemExit, `sys.excepthook`, atexit
//! callbacks, the final flush of stdout).

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::sync::Arc;

use ferrython_vm::import::finder::Origin;
use ferrython_vm::modules::sys;
use ferrython_vm::{Interp, PyErr, Thread, Value};

use crate::cli::Program;
use crate::settings::Settings;

/// How the process ends.
pub enum Outcome {
    Exit(u8),
    /// An uncaught KeyboardInterrupt: the process ends by SIGINT, as CPython's does.
    Interrupted,
}

/// The interpreter and its main thread, with what the launcher was told.
pub struct Session {
    pub interp: Arc<Interp>,
    pub thread: Thread,
    /// The program name as invoked (CPython's messages start with it).
    pub argv0: String,
    pub settings: Settings,
    /// The module name of the next `__main__` (set by `-m`).
    main_module: Option<String>,
}

/// How running a piece of code ended, before the exit is decided.
pub enum Ran {
    Ok,
    /// Reported already (a syntax error, a file that cannot be read): the exit code.
    Failed(u8),
    Raised(PyErr),
}

impl Session {
    /// The interpreter, its standard streams as the settings ask, and its main thread; a
    /// stdio encoding that does not exist is CPython's fatal error.
    pub fn new(argv0: String, settings: Settings) -> Result<Session, String> {
        let interp = Interp::new();
        if settings.unbuffered {
            *interp.stdout.lock() = Box::new(Unbuffered(std::io::stdout()));
        } else if std::io::stdout().is_terminal() {
            // Line by line on a terminal, as CPython's line-buffered stdout.
            *interp.stdout.lock() = Box::new(std::io::stdout());
        }
        sys::configure(&interp, &settings.config);
        let mut thread = Thread::new(interp.clone());
        if let Err(err) = sys::set_stdio(&interp, &settings.stdio) {
            let report = thread.format_exception(&err);
            let last = report.lines().last().unwrap_or_default();
            return Err(format!(
                "init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n{last}"
            ));
        }
        Ok(Session { interp, thread, argv0, settings, main_module: None })
    }

    /// Runs the program and decides the exit.
    pub fn run(mut self, program: &Program, args: &[String]) -> Outcome {
        let (path0, argv0) = match program {
            Program::Command(_) => (String::new(), "-c".to_string()),
            Program::Module(_) => (current_dir(), "-m".to_string()),
            Program::File(path) => (script_folder(path), path.clone()),
            Program::Stdin { explicit } => (String::new(), if *explicit { "-" } else { "" }.to_string()),
        };
        let mut path = self.settings.config.path.clone();
        if !self.settings.config.flags.safe_path {
            path.insert(0, path0);
        }
        self.settings.config.path = path;
        self.settings.config.argv = std::iter::once(argv0).chain(args.iter().cloned()).collect();
        sys::configure(&self.interp, &self.settings.config);
        if !self.settings.no_site {
            self.install_site_builtins();
        }
        // -W, PYTHONWARNINGS, -b and -X dev become filters when `warnings` is imported.
        if !self.settings.config.warnoptions.is_empty() {
            let name = ferrython_vm::objects::str::intern("warnings");
            if let Err(err) = ferrython_vm::import::import_name(&mut self.thread, &name, Value::None, Value::Int(0)) {
                ferrython_vm::modules::sys::report_unraisable(
                    &mut self.thread,
                    &err,
                    Some("Exception ignored while importing warnings"),
                    &Value::None,
                );
            }
        }
        // `-i` makes stdin interactive even when it is not a terminal.
        let interactive =
            matches!(program, Program::Stdin { .. }) && (std::io::stdin().is_terminal() || self.settings.inspect);
        let ran = match program {
            Program::Command(command) => self.run_source(command.as_bytes(), "<string>", None),
            Program::Module(name) => self.run_module(name),
            Program::File(path) => self.run_file(path),
            Program::Stdin { .. } if interactive => Ran::Ok,
            Program::Stdin { .. } => self.run_stdin(),
        };
        let mut outcome = self.settle(ran);
        if interactive || (self.settings.inspect && matches!(outcome, Outcome::Exit(_))) {
            let show_banner = interactive;
            outcome = crate::repl::run(&mut self, show_banner);
        }
        self.finish(outcome)
    }

    /// `exit` and `quit` in builtins, as CPython's `site` puts them there.
    fn install_site_builtins(&mut self) {
        let installed = ferrython_vm::import::import_absolute(&mut self.thread, "_sitebuiltins").and_then(|module| {
            let install = ferrython_vm::protocols::getattr_opt(&mut self.thread, &module, "install")?;
            match install {
                Some(f) => ferrython_vm::call::call(
                    &mut self.thread,
                    &f,
                    ferrython_vm::objects::function::Args::positional(&[]),
                ),
                None => Ok(Value::None),
            }
        });
        match installed {
            // A `FERRYTHON_LIB` folder without the module: no exit and quit, as with -S.
            Err(err) if err.matches(&ferrython_vm::objects::exception::exceptions().module_not_found_error) => {}
            Err(err) => sys::report_uncaught(&mut self.thread, &err),
            Ok(_) => {}
        }
    }

    /// `ferrython FILE`.
    fn run_file(&mut self, path: &str) -> Ran {
        let shown = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
        let source = match std::fs::read(path) {
            Ok(source) => source,
            Err(err) => {
                let errno = err.raw_os_error().unwrap_or(0);
                let detail = err.to_string();
                let detail = detail.split(" (os error").next().unwrap_or(&detail).to_string();
                eprintln!("{}: can't open file '{shown}': [Errno {errno}] {detail}", self.argv0);
                return Ran::Failed(2);
            }
        };
        if let Err(message) = ferrython_parser::source::check_file_utf8(&source, &shown) {
            eprintln!("{message}");
            return Ran::Failed(1);
        }
        let text = String::from_utf8_lossy(&source).into_owned();
        self.run_source(&source, &shown, Some(&text))
    }

    /// The program read from stdin (not a terminal), named `<stdin>`.
    fn run_stdin(&mut self) -> Ran {
        let mut source = Vec::new();
        if let Err(err) = std::io::stdin().read_to_end(&mut source) {
            eprintln!("{}: can't read stdin: {err}", self.argv0);
            return Ran::Failed(2);
        }
        self.run_source(&source, "<stdin>", None)
    }

    /// `ferrython -m NAME`: finds the module through `sys.path` (a package runs its
    /// `__main__`) and runs it as `__main__`, with its path as `sys.argv[0]`.
    fn run_module(&mut self, name: &str) -> Ran {
        let mut name = name.to_string();
        let (source, filename) = loop {
            match self.find_module(&name) {
                Ok(Some(Origin::Native)) => {
                    eprintln!("{}: No code object available for {name}", self.argv0);
                    return Ran::Failed(1);
                }
                Ok(Some(origin)) if origin.is_package() => {
                    if name.ends_with(".__main__") {
                        eprintln!(
                            "{}: No module named {name}; '{name}' is a package and cannot be directly executed",
                            self.argv0
                        );
                        return Ran::Failed(1);
                    }
                    name.push_str(".__main__");
                    if !matches!(self.find_module(&name), Ok(Some(_))) {
                        let package = name.trim_end_matches(".__main__");
                        eprintln!(
                            "{}: No module named {name}; '{package}' is a package and cannot be directly executed",
                            self.argv0
                        );
                        return Ran::Failed(1);
                    }
                }
                Ok(Some(Origin::File { path, .. })) => match std::fs::read(&path) {
                    Ok(bytes) => break (bytes, path.display().to_string()),
                    Err(err) => {
                        eprintln!("{}: can't open file '{}': {err}", self.argv0, path.display());
                        return Ran::Failed(1);
                    }
                },
                Ok(Some(origin @ Origin::Embedded { source, .. })) => {
                    break (source.as_bytes().to_vec(), origin.filename(&name));
                }
                Ok(Some(Origin::Sourceless { path, .. })) => return self.run_sourceless(&name, &path),
                Ok(_) => {
                    eprintln!("{}: No module named {name}", self.argv0);
                    return Ran::Failed(1);
                }
                Err(err) => {
                    let report = self.thread.format_exception(&err);
                    let last = report.lines().last().unwrap_or_default().to_string();
                    eprintln!("{}: Error while finding module specification for '{name}' ({last})", self.argv0);
                    return Ran::Failed(1);
                }
            }
        };
        self.settings.config.argv[0] = filename.clone();
        sys::configure(&self.interp, &self.settings.config);
        let text = String::from_utf8_lossy(&source).into_owned();
        self.main_module = Some(name);
        self.run_source(&source, &filename, Some(&text))
    }

    /// `-m` for a module that is only a `.pyc` file: its code runs as `__main__`.
    fn run_sourceless(&mut self, name: &str, path: &std::path::Path) -> Ran {
        let code = match ferrython_vm::import::pyc::sourceless_code_object(&mut self.thread, name, path) {
            Ok(code) => code,
            Err(err) => return Ran::Raised(err),
        };
        let filename = path.display().to_string();
        self.settings.config.argv[0] = filename.clone();
        sys::configure(&self.interp, &self.settings.config);
        match self.thread.run_main(&code, None, &filename) {
            Ok(_) => Ran::Ok,
            Err(err) => Ran::Raised(err),
        }
    }

    /// Where the module `name` is: its parent packages are imported first, as CPython's
    /// `runpy` does.
    fn find_module(&mut self, name: &str) -> Result<Option<Origin>, PyErr> {
        ferrython_vm::import::find_origin(&mut self.thread, name)
    }

    /// Compiles and runs `source` as `__main__`, printing warnings and syntax errors as
    /// CPython does. `text` is the source to show in tracebacks, if any.
    pub fn run_source(&mut self, source: &[u8], shown: &str, text: Option<&str>) -> Ran {
        let skipped;
        let source = if self.settings.skip_first_line {
            // -x: the first line is not Python; its newline is kept so line numbers stay.
            skipped = skip_first_line(source);
            &skipped[..]
        } else {
            source
        };
        let module = self.main_module.take();
        match crate::compile::compile_main(&mut self.thread, source, shown) {
            Ok(code) => match self.thread.run_main_module(&code, text, shown, module.as_deref()) {
                Ok(_) => Ran::Ok,
                Err(err) => Ran::Raised(err),
            },
            Err(crate::compile::Failure::Exit(code)) => Ran::Failed(code),
            Err(crate::compile::Failure::Raised(err)) => Ran::Raised(err),
        }
    }

    /// Decides what an ended piece of code means for the process: SystemExit gives its code
    /// (printing a non-int code), other exceptions go to `sys.excepthook` and exit 1.
    pub fn settle(&mut self, ran: Ran) -> Outcome {
        match ran {
            Ran::Ok => Outcome::Exit(0),
            Ran::Failed(code) => Outcome::Exit(code),
            Ran::Raised(err) if ferrython_vm::thread::is_system_exit(&err) => self.exit_status(&err),
            Ran::Raised(err) => {
                let _ = self.interp.stdout.lock().flush();
                sys::report_uncaught(&mut self.thread, &err);
                if err.matches(&ferrython_vm::objects::exception::exceptions().keyboard_interrupt) {
                    Outcome::Interrupted
                } else {
                    Outcome::Exit(1)
                }
            }
        }
    }

    /// The exit of an uncaught SystemExit.
    pub fn exit_status(&mut self, err: &PyErr) -> Outcome {
        let (code, message) = self.thread.system_exit_status(err);
        if let Some(message) = message {
            let _ = self.interp.stdout.lock().flush();
            let _ = sys::write_stderr(&mut self.thread, &format!("{message}\n"));
        }
        Outcome::Exit(code as u8)
    }

    /// The end of every run: waiting for the threads `threading` started, atexit callbacks,
    /// then the final flush of stdout (a failure there is reported as CPython reports it, and
    /// the exit status becomes 120).
    fn finish(mut self, outcome: Outcome) -> Outcome {
        ferrython_vm::modules::threads::wait_for_threads(&mut self.thread);
        ferrython_vm::modules::atexit::run_exitfuncs(&mut self.thread);
        ferrython_vm::modules::threads::stop_other_threads(&mut self.thread);
        ferrython_vm::modules::atexit::finalize_modules(&mut self.thread);
        let flushed = self.interp.stdout.lock().flush();
        // After a failed program (often the same broken pipe), CPython stays quiet about it.
        if let (Err(err), Outcome::Exit(0)) = (flushed, &outcome) {
            let error = sys::os_error(&err);
            let name = ferrython_vm::objects::typeobj::type_name(&error.value());
            let message = self.thread.format_exception(&error);
            let message = message.lines().last().unwrap_or(&name).to_string();
            let _ = writeln!(
                self.interp.stderr.lock(),
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{message}"
            );
            return Outcome::Exit(120);
        }
        let _ = self.interp.stderr.lock().flush();
        outcome
    }
}

/// The process's stdout flushed after every write (`-u`).
struct Unbuffered(std::io::Stdout);

impl std::io::Write for Unbuffered {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let mut out = self.0.lock();
        out.write_all(data)?;
        out.flush()?;
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

fn current_dir() -> String {
    std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default()
}

/// CPython puts the folder of the script (symbolic links resolved) first on sys.path.
fn script_folder(path: &str) -> String {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| std::path::PathBuf::from(path));
    real.parent().map(|p| p.display().to_string()).unwrap_or_default()
}

fn skip_first_line(source: &[u8]) -> Vec<u8> {
    match source.iter().position(|&b| b == b'\n') {
        Some(end) => source[end..].to_vec(),
        None => Vec::new(),
    }
}
