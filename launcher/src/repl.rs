//! The interactive loop: prompts from `sys.ps1`/`sys.ps2`, statements compiled in 'single'
//! mode (expression values go through `sys.displayhook`), blocks continued until a blank
//! line, tracebacks through `sys.excepthook` without leaving, and an end at EOF or SystemExit.
//! On a terminal, lines are read with rustyline (editing and history); otherwise lines come
//! from stdin and the prompts go to stderr, as CPython does.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use ferrython_vm::modules::sys;
use ferrython_vm::objects::str::{intern, new_str};
use ferrython_vm::{ObjRef, Value};

use crate::session::{Outcome, Ran, Session};

/// Where lines come from.
enum Input {
    /// A terminal: rustyline with tab completion, the history kept in `history` (if any)
    /// between sessions.
    #[cfg(not(target_family = "wasm"))]
    Terminal(Box<Editor>, Option<std::path::PathBuf>, crate::completion::Lender),
    Stream,
}

#[cfg(not(target_family = "wasm"))]
type Editor = rustyline::Editor<crate::completion::PythonCompleter, rustyline::history::DefaultHistory>;

/// One read.
enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Input {
    /// Lines from the terminal when stdin is one, else from the stream. `keep_history` says
    /// whether the history lives in `~/.python_history` between sessions (as CPython's `site`
    /// arranges; not with -S).
    fn new(keep_history: bool) -> Input {
        #[cfg(not(target_family = "wasm"))]
        if std::io::stdin().is_terminal() {
            // CPython keeps every line, repeated ones too, with no limit.
            let config = rustyline::Config::builder()
                .max_history_size(usize::MAX >> 1)
                .and_then(|c| c.history_ignore_dups(false));
            if let Ok(mut editor) = config.and_then(|c| Editor::with_config(c.build())) {
                let completer = crate::completion::PythonCompleter::default();
                let lender = completer.lender();
                editor.set_helper(Some(completer));
                let history = keep_history.then(history_file).flatten();
                if let Some(path) = &history {
                    // A missing or unreadable history is an empty one.
                    for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
                        let _ = editor.add_history_entry(line);
                    }
                }
                return Input::Terminal(Box::new(editor), history, lender);
            }
        }
        let _ = keep_history;
        Input::Stream
    }

    /// Writes the history back at the end of the session.
    /// The file has one line per entry, as GNU readline (CPython's) writes it, so that both
    /// can share it. It is written whole to a new file that then replaces the old one.
    fn save_history(&mut self) {
        #[cfg(not(target_family = "wasm"))]
        if let Input::Terminal(editor, Some(path), _) = self {
            let mut text = String::new();
            for entry in editor.history() {
                text.push_str(entry);
                text.push('\n');
            }
            let partial = path.with_extension("ferrython-partial");
            if std::fs::write(&partial, text).and_then(|()| std::fs::rename(&partial, &*path)).is_err() {
                let _ = std::fs::remove_file(&partial);
            }
        }
    }

    /// Reads a line; completion may look into `session` and `globals` meanwhile.
    fn read(&mut self, prompt: &str, session: &mut Session, globals: &ObjRef) -> Line {
        match self {
            #[cfg(not(target_family = "wasm"))]
            Input::Terminal(editor, _, lender) => match lender.lend(session, globals, || editor.readline(prompt)) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Line::Text(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Input::Stream => {
                let mut stderr = std::io::stderr();
                let _ = stderr.write_all(prompt.as_bytes());
                let _ = stderr.flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => Line::Text(line.trim_end_matches('\n').to_string()),
                }
            }
        }
    }
}

/// The messages that mean a statement is not finished yet (more lines may complete it).
const INCOMPLETE: &[&str] = &[
    "expected an indented block",
    "was never closed",
    "unterminated triple-quoted string",
    "unexpected EOF",
    "expected 'except' or 'finally' block",
];

/// Runs the REPL in `__main__`'s namespace until EOF or SystemExit.
pub fn run(session: &mut Session, show_banner: bool) -> Outcome {
    if show_banner && !session.settings.quiet {
        let platform = std::env::consts::OS;
        eprintln!(
            "Python {} on {platform}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            sys::VERSION
        );
    }
    for (name, prompt) in [("ps1", ">>> "), ("ps2", "... ")] {
        if sys::sys_attr(&session.interp, name).is_none() {
            sys::set_sys_attr(&session.interp, name, new_str(prompt));
        }
    }
    let globals = main_namespace(session);
    if show_banner {
        if let Some(startup) = session.settings.startup.clone() {
            if let Some(outcome) = run_startup(session, &startup) {
                return outcome;
            }
        }
    }
    let mut input = Input::new(!session.settings.no_site);
    let outcome = interact(session, &mut input, &globals);
    input.save_history();
    outcome
}

/// Reads, runs and prints until EOF or SystemExit.
fn interact(session: &mut Session, input: &mut Input, globals: &ObjRef) -> Outcome {
    let mut buffer = String::new();
    loop {
        let _ = session.interp.stdout.lock().flush();
        let prompt_name = if buffer.is_empty() { "ps1" } else { "ps2" };
        let prompt = prompt_text(session, prompt_name);
        let line = match input.read(&prompt, session, globals) {
            Line::Text(line) => line,
            Line::Interrupted => {
                ferrython_vm::modules::interrupt::clear();
                eprintln!("\nKeyboardInterrupt");
                buffer.clear();
                continue;
            }
            Line::Eof => {
                match *input {
                    Input::Stream => eprintln!(),
                    #[cfg(not(target_family = "wasm"))]
                    Input::Terminal(..) => println!(),
                }
                return Outcome::Exit(0);
            }
        };
        buffer.push_str(&line);
        buffer.push('\n');
        match read_statement(session, &mut buffer, line.trim().is_empty()) {
            Statement::Partial => continue,
            Statement::Complete(code) => {
                let ran = session.thread.run_code(code, globals.clone(), Value::Obj(globals.clone()));
                if let Err(err) = ran {
                    if ferrython_vm::thread::is_system_exit(&err) {
                        return session.exit_status(&err);
                    }
                    session.settle(Ran::Raised(err));
                }
            }
            Statement::Invalid(err) => {
                session.settle(Ran::Raised(err));
            }
        }
    }
}

/// `~/.python_history`, where CPython keeps the interactive history.
#[cfg(not(target_family = "wasm"))]
fn history_file() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(std::path::Path::new(&home).join(".python_history"))
}

/// What the lines typed so far make.
enum Statement {
    /// Nothing yet, or a statement that more lines may complete or continue.
    Partial,
    Complete(std::sync::Arc<ferrython_vm::objects::Code>),
    Invalid(ferrython_vm::PyErr),
}

/// Decides, as CPython's REPL does, whether `buffer` is a whole statement: a simple statement
/// runs as soon as it parses (brackets and backslashes carry it over several lines), while a
/// compound statement (`if`, `def`, a decorator, ...) ends only at a blank line, since more
/// of it (`else:`, another method) may follow. Lines that are blank or comments only are
/// nothing. The buffer is emptied unless the statement is partial.
fn read_statement(session: &mut Session, buffer: &mut String, blank_line: bool) -> Statement {
    let meaningful = buffer.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if !meaningful {
        buffer.clear();
        return Statement::Partial;
    }
    let source = buffer.as_bytes();
    match ferrython_vm::compile::parse_source(source, "<stdin>", "single", false) {
        Ok(parsed) => {
            if !blank_line && opens_block(&parsed.module) {
                return Statement::Partial;
            }
            let compiled = ferrython_vm::compile::compile_tree(
                &mut session.thread,
                &parsed.module,
                "<stdin>",
                Some(&parsed.source),
            );
            buffer.clear();
            match compiled {
                Ok(code) => Statement::Complete(code),
                Err(err) => Statement::Invalid(err),
            }
        }
        Err(err) => {
            let message = session.thread.format_exception(&err);
            // Decorators alone are the start of a definition still to be typed.
            let decorators_only = buffer.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('@'));
            if !blank_line && (decorators_only || INCOMPLETE.iter().any(|m| message.contains(m))) {
                return Statement::Partial;
            }
            let err = match message.contains("multiple statements found") {
                true => second_statement_error(buffer).unwrap_or(err),
                false => err,
            };
            buffer.clear();
            Statement::Invalid(err)
        }
    }
}

/// A line at the left margin after a compound statement's block does not end the block at the
/// prompt (only a blank line does): CPython reports "invalid syntax" at its first token.
fn second_statement_error(buffer: &str) -> Option<ferrython_vm::PyErr> {
    let parsed = ferrython_vm::compile::parse_source(buffer.as_bytes(), "<stdin>", "exec", false).ok()?;
    let ferrython_ast::Mod::Module { body, .. } = &parsed.module else { return None };
    let second = body.get(1)?;
    let lineno = i64::from(second.loc.lineno);
    let text = buffer.lines().nth(usize::try_from(lineno).ok()?.checked_sub(1)?)?;
    let col = usize::try_from(second.loc.col_offset).ok()?;
    let rest = text.get(col..)?;
    let word = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len()).max(1);
    let (offset, end) = (col as i64 + 1, (col + word) as i64 + 1);
    Some(ferrython_vm::compile::syntax_error(
        "SyntaxError",
        "invalid syntax",
        "<stdin>",
        lineno,
        offset,
        lineno,
        end,
        Some(format!("{text}\n")),
    ))
}

/// Whether the statement typed is a compound one (it has a block that may go on).
fn opens_block(tree: &ferrython_ast::Mod) -> bool {
    use ferrython_ast::StmtKind;
    let ferrython_ast::Mod::Interactive { body } = tree else { return false };
    body.first().is_some_and(|stmt| {
        matches!(
            stmt.kind,
            StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
                | StmtKind::For(_)
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With(_)
                | StmtKind::Match { .. }
                | StmtKind::Try(_)
        )
    })
}

/// `str(sys.ps1)` (or ps2); a prompt whose `str()` fails is shown as empty.
fn prompt_text(session: &mut Session, name: &str) -> String {
    match sys::sys_attr(&session.interp, name) {
        Some(value) => ferrython_vm::protocols::to_str(&mut session.thread, &value).unwrap_or_default(),
        None => String::new(),
    }
}

/// The namespace of `__main__`: the script's, after `-i`, or a new module's.
fn main_namespace(session: &mut Session) -> ObjRef {
    let modules = session.interp.modules.clone();
    let existing = ferrython_vm::objects::dict_of(&modules)
        .and_then(|d| d.get_str(&intern("__main__")))
        .and_then(|m| m.as_obj().and_then(|m| m.dict().get()));
    if let Some(dict) = existing {
        return dict;
    }
    let dict = ferrython_vm::objects::new_dict();
    let ns = ferrython_vm::ops::namespace(&dict);
    ns.set_str(&intern("__name__"), new_str("__main__"));
    for name in ["__doc__", "__package__", "__spec__"] {
        ns.set_str(&intern(name), Value::None);
    }
    ns.set_str(&intern("__builtins__"), Value::Obj(session.interp.builtins.clone()));
    let module = ferrython_vm::objects::new_module("__main__", dict.clone());
    ferrython_vm::ops::namespace(&modules).set_str(&intern("__main__"), Value::Obj(module));
    dict
}

/// Runs the PYTHONSTARTUP file in `__main__`; returns the outcome when it exits the process.
fn run_startup(session: &mut Session, path: &str) -> Option<Outcome> {
    let source = match std::fs::read(path) {
        Ok(source) => source,
        Err(err) => {
            eprintln!("Could not open PYTHONSTARTUP\n{}", open_error(path, &err));
            return None;
        }
    };
    let globals = main_namespace(session);
    let ran = ferrython_vm::compile::compile_source(&mut session.thread, &source, path, "exec")
        .and_then(|code| session.thread.run_code(code, globals.clone(), Value::Obj(globals)));
    match ran {
        Ok(_) => None,
        Err(err) if ferrython_vm::thread::is_system_exit(&err) => Some(session.exit_status(&err)),
        Err(err) => {
            session.settle(Ran::Raised(err));
            None
        }
    }
}

fn open_error(path: &str, err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    format!("FileNotFoundError: [Errno {}] {text}: '{path}'", err.raw_os_error().unwrap_or(0))
}
