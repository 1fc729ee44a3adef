//! The REPL on a terminal, driven through a pseudo-terminal as a person would type: prompts,
//! results, blocks, line editing and history (rustyline), tracebacks without leaving, `_`,
//! Ctrl-C at the prompt, Ctrl-D and `exit()`, the history kept in `~/.python_history`, and `-i`
//! after a script. The texts checked are CPython 3.12's; the escape sequences the line editor
//! writes are taken out before comparing.
#![cfg(unix)]
#![allow(unsafe_code)]

use std::io::{Read as _, Write as _};
use std::os::fd::{AsRawFd as _, FromRawFd as _, OwnedFd};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

/// Keys as a terminal sends them.
const ENTER: &str = "\r";
const CTRL_A: &str = "\x01";
const CTRL_C: &str = "\x03";
const CTRL_D: &str = "\x04";
const UP: &str = "\x1b[A";
const LEFT: &str = "\x1b[D";
const BACKSPACE: &str = "\x7f";
const TAB: &str = "\t";

/// A ferrython running on the slave side of a pseudo-terminal.
struct Terminal {
    child: Child,
    master: std::fs::File,
    /// Everything the program wrote, escape sequences and carriage returns removed.
    screen: String,
    /// How much of `screen` earlier `expect`s have consumed.
    seen: usize,
}

impl Terminal {
    fn start(args: &[&str], home: &Path) -> Terminal {
        let (mut master, mut slave) = (0, 0);
        // SAFETY: openpty writes two descriptors into the given places; the other arguments
        // may be null.
        let status =
            unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
        assert_eq!(status, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both descriptors were just opened and are owned here alone.
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        // SAFETY: fcntl on a descriptor this function owns.
        unsafe {
            let flags = libc::fcntl(master.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(master.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        let mut command = Command::new(BIN);
        command
            .args(args)
            .env_clear()
            .env("HOME", home)
            .env("TERM", "xterm")
            .current_dir(home)
            .stdin(slave.try_clone().expect("dup"))
            .stdout(slave.try_clone().expect("dup"))
            .stderr(slave);
        if let Some(lib) = std::env::var_os("FERRYTHON_LIB") {
            command.env("FERRYTHON_LIB", lib);
        }
        let child = command.spawn().expect("ferrython starts");
        Terminal { child, master: std::fs::File::from(master), screen: String::new(), seen: 0 }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("write to the terminal");
    }

    /// Types `line` and Enter.
    fn line(&mut self, line: &str) {
        self.send(line);
        self.send(ENTER);
    }

    /// Reads what the program writes until `text` appears after what was already matched.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(at) = self.screen[self.seen..].find(text) {
                self.seen += at + text.len();
                return;
            }
            assert!(Instant::now() < deadline, "waited for {text:?}; the terminal shows:\n{}", self.screen);
            let mut chunk = [0u8; 4096];
            match self.master.read(&mut chunk) {
                Ok(0) => std::thread::sleep(Duration::from_millis(10)),
                Ok(n) => self.screen.push_str(&without_escapes(&String::from_utf8_lossy(&chunk[..n]))),
                Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                // EIO: the program has exited and closed its side.
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }

    /// Waits for the program to exit; its exit code.
    fn exit_code(mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("ferrython did not exit; the terminal shows:\n{}", self.screen);
            }
            // Keep the terminal drained so that the program never blocks writing to it.
            let mut chunk = [0u8; 4096];
            let _ = self.master.read(&mut chunk);
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// `text` without ANSI escape sequences and carriage returns.
fn without_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // CSI: ESC [ parameters final-byte; other escapes are two characters.
                if chars.next_if_eq(&'[').is_some() {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrython-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

#[test]
fn a_session_at_the_prompt() {
    let home = scratch("session");
    let mut t = Terminal::start(&[], &home);
    t.expect("Python 3.12.7");
    t.expect("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    t.expect(">>> ");
    t.line("1 + 2");
    t.expect("3\n>>> ");
    // A block: continued with "... " until a blank line.
    t.line("def twice(x):");
    t.expect("\n... ");
    t.line("    return x * 2");
    t.expect("\n... ");
    t.line("");
    t.expect("\n>>> ");
    t.line("twice(21)");
    t.expect("42\n>>> ");
    // `_` is the last value shown.
    t.line("_ + 1");
    t.expect("43\n>>> ");
    // Line editing: Ctrl-A goes to the start of the line, Left and Backspace edit in place.
    t.send("0 + 5");
    t.send(CTRL_A);
    t.send("4");
    t.send(LEFT);
    t.send(LEFT);
    t.send(ENTER);
    t.expect("45\n>>> ");
    t.send("99 + 1");
    t.send(BACKSPACE);
    t.line("2");
    t.expect("101\n>>> ");
    // History: Up brings back the line before.
    t.send(UP);
    t.send(ENTER);
    t.expect("101\n>>> ");
    // A traceback, and the session goes on.
    t.line("1 / 0");
    t.expect("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n");
    t.expect("ZeroDivisionError: division by zero\n>>> ");
    // Ctrl-C at the prompt drops the line being typed.
    t.send("unfinished");
    t.send(CTRL_C);
    t.expect("KeyboardInterrupt\n>>> ");
    t.line("import sys; sys.ps1 = 'py> '");
    // The new prompt, not the echo of the line: a key typed before the prompt shows reaches
    // a terminal still in cooked mode (where Ctrl-D would be taken as end of input and lost).
    t.expect("\npy> ");
    // Ctrl-D at an empty prompt leaves, exit code 0.
    t.send(CTRL_D);
    assert_eq!(t.exit_code(), Some(0));
    // The history was kept for the next session.
    let history = std::fs::read_to_string(home.join(".python_history")).expect("the history file");
    assert!(history.contains("twice(21)\n_ + 1\n"), "{history}");
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = scratch("complete");
    let mut t = Terminal::start(&["-q"], &home);
    t.expect(">>> ");
    // A keyword, with the space that follows it.
    t.send("impo");
    t.send(TAB);
    t.line("sys");
    // A completion redraws the line, prompt included: the next prompt is the one after a
    // newline (typing on before it would race the statement still running).
    t.expect("\n>>> ");
    // An attribute of a module, with the parenthesis of a call.
    t.send("sys.getrecursionl");
    t.send(TAB);
    t.line(")");
    t.expect("1000\n>>> ");
    t.line("numbers = [3]");
    t.expect("\n>>> ");
    t.send("numbers.app");
    t.send(TAB);
    t.line("4)");
    t.expect("\n>>> ");
    // A global name.
    t.send("numb");
    t.send(TAB);
    t.send(ENTER);
    t.expect("[3, 4]\n>>> ");
    // Tab at the start of a line indents.
    t.line("if numbers:");
    t.expect("\n... ");
    t.send(TAB);
    t.expect("... \t");
    t.line("len(numbers)");
    t.expect("\n... ");
    t.line("");
    t.expect("2\n>>> ");
    t.send(CTRL_D);
    assert_eq!(t.exit_code(), Some(0));
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn history_carries_over_and_exit_leaves() {
    let home = scratch("history");
    std::fs::write(home.join(".python_history"), "6 * 7\n").expect("a history file");
    let mut t = Terminal::start(&["-q"], &home);
    t.expect(">>> ");
    t.send(UP);
    t.send(ENTER);
    t.expect("42\n>>> ");
    t.line("exit(3)");
    assert_eq!(t.exit_code(), Some(3));
    let history = std::fs::read_to_string(home.join(".python_history")).expect("the history file");
    assert_eq!(history, "6 * 7\n6 * 7\nexit(3)\n");
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn inspect_after_a_script() {
    let home = scratch("inspect");
    std::fs::write(home.join("script.py"), "answer = 6 * 7\nprint('ran')\n").expect("a script");
    let mut t = Terminal::start(&["-i", "script.py"], &home);
    t.expect("ran\n>>> ");
    t.line("answer");
    t.expect("42\n>>> ");
    t.line("quit()");
    assert_eq!(t.exit_code(), Some(0));
    let _ = std::fs::remove_dir_all(&home);
}
