//! Path configuration end to end: `sys.executable`, the prefixes and `sys.path` for a binary
//! reached through a symbolic link, with PYTHONPATH/PYTHONHOME (and `-E`/`-I` ignoring them),
//! and in virtual environments (`pyvenv.cfg` with a symlinked or copied binary). Each layout is
//! made for Ferrython and for the machine's `python3` (`python3 -m venv` for its venvs), and the
//! shapes of the values are compared: paths shown relative to the layout (ROOT), to the base
//! interpreter's folder (HOME) and to its prefix (BASE), version numbers and binary names
//! masked. Skipped without `python3`. The site-packages folders CPython's `site` adds are left
//! out (Ferrython has no `site` yet).

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

const PROBE: &str = r#"import sys
root, home = sys.argv[1], sys.argv[2]
def show(p):
    return p.replace(root, 'ROOT').replace(home, 'HOME').replace(sys.base_prefix, 'BASE')
print(show(sys.executable), show(sys._base_executable))
print(show(sys.prefix), show(sys.exec_prefix), show(sys.base_prefix), show(sys.base_exec_prefix))
print(sys.base_prefix == sys.base_exec_prefix, sys.platlibdir, show(sys._stdlib_dir))
print([show(p) for p in sys.path if not p.endswith('site-packages')])
"#;

fn python3() -> Option<PathBuf> {
    let found = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().ok()?;
    let path = String::from_utf8_lossy(&found.stdout).trim().to_string();
    (found.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrython-paths-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

/// Runs the probe with `exe` (and options), from `cwd`, with only `env`; the masked output.
fn probe(exe: &Path, options: &[&str], root: &Path, home: &Path, env: &[(&str, &str)]) -> String {
    let run = || {
        Command::new(exe)
            .args(options)
            .args(["-c", PROBE])
            .arg(root)
            .arg(home)
            .env_clear()
            .envs(env.iter().copied())
            .current_dir(root)
            .output()
    };
    // A binary copied just now may still be open for writing in a child that another test's
    // thread forked and has not exec'd yet (ETXTBSY, errno 26): try again shortly.
    let mut output = run();
    for _ in 0..20 {
        match &output {
            Err(err) if err.raw_os_error() == Some(26) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
                output = run();
            }
            _ => break,
        }
    }
    let output = output.expect("runs");
    assert!(output.status.success(), "{exe:?}: {}", String::from_utf8_lossy(&output.stderr));
    let real_name =
        std::fs::canonicalize(exe).ok().and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    for (from, to) in [("python311.zip", "ZIP"), ("python312.zip", "ZIP"), ("ferrython312.zip", "ZIP")] {
        text = text.replace(from, to);
    }
    for version in ["python3.11", "python3.12", "python3.13"] {
        text = text.replace(&format!("lib/{version}"), "lib/pythonX.Y");
    }
    if let Some(name) = real_name {
        text = text.replace(&format!("HOME/{name}"), "HOME/BINARY");
    }
    text
}

/// The folder of the real binary (a venv's `home`).
fn home_of(exe: &Path) -> PathBuf {
    std::fs::canonicalize(exe).expect("real path").parent().expect("folder").to_path_buf()
}

fn linked(name: &str, target: &Path) -> PathBuf {
    let root = scratch(name);
    std::fs::create_dir_all(root.join("bin")).expect("bin");
    std::os::unix::fs::symlink(target, root.join("bin/exe")).expect("link");
    root
}

#[test]
fn a_linked_binary_with_the_environment() {
    let Some(python) = python3() else {
        eprintln!("skipped: no python3");
        return;
    };
    let (ours, theirs) = (linked("linked-f", Path::new(BIN)), linked("linked-p", &python));
    let run = |root: &Path, options: &[&str], env: &[(&str, &str)]| {
        probe(&root.join("bin/exe"), options, root, &home_of(&root.join("bin/exe")), env)
    };
    assert_eq!(run(&ours, &[], &[]), run(&theirs, &[], &[]));
    let path = [("PYTHONPATH", "/nowhere/a:/nowhere/b")];
    assert_eq!(run(&ours, &[], &path), run(&theirs, &[], &path));
    for options in [&["-E"][..], &["-I"][..]] {
        assert_eq!(run(&ours, options, &path), run(&theirs, options, &path), "{options:?}");
    }
    // PYTHONHOME at the base interpreter's own prefix (CPython needs its library there).
    let home_of_prefix =
        |root: &Path| home_of(&root.join("bin/exe")).parent().expect("prefix").to_string_lossy().into_owned();
    let (our_home, their_home) = (home_of_prefix(&ours), home_of_prefix(&theirs));
    assert_eq!(
        run(&ours, &[], &[("PYTHONHOME", &our_home), ("PYTHONPATH", "/x")]),
        run(&theirs, &[], &[("PYTHONHOME", &their_home), ("PYTHONPATH", "/x")])
    );
    let _ = std::fs::remove_dir_all(&ours);
    let _ = std::fs::remove_dir_all(&theirs);
}

#[test]
fn virtual_environments() {
    let Some(python) = python3() else {
        eprintln!("skipped: no python3");
        return;
    };
    for (copies, flag) in [(false, "--symlinks"), (true, "--copies")] {
        let theirs = scratch(if copies { "venv-copy-p" } else { "venv-link-p" });
        let made = Command::new(&python).args(["-m", "venv", "--without-pip", flag]).arg(&theirs).status();
        assert!(made.is_ok_and(|s| s.success()), "python3 -m venv");
        let ours = scratch(if copies { "venv-copy-f" } else { "venv-link-f" });
        std::fs::create_dir_all(ours.join("bin")).expect("bin");
        let home = home_of(Path::new(BIN));
        std::fs::write(
            ours.join("pyvenv.cfg"),
            format!("home = {}\ninclude-system-site-packages = false\n", home.display()),
        )
        .expect("pyvenv.cfg");
        if copies {
            std::fs::copy(BIN, ours.join("bin/python")).expect("copy");
        } else {
            std::os::unix::fs::symlink(BIN, ours.join("bin/python")).expect("link");
        }
        let their_home = std::fs::read_to_string(theirs.join("pyvenv.cfg"))
            .expect("cfg")
            .lines()
            .find_map(|l| l.strip_prefix("home = ").map(PathBuf::from))
            .expect("home");
        for options in [&[][..], &["-S"][..]] {
            let mut ours_seen = probe(&ours.join("bin/python"), options, &ours, &home, &[]);
            let theirs_seen = probe(&theirs.join("bin/python"), options, &theirs, &their_home, &[]);
            // A copied CPython names its base after the copy (`python`); so does Ferrython.
            if copies {
                ours_seen = ours_seen.replace("HOME/python", "HOME/BINARY");
            }
            assert_eq!(ours_seen, theirs_seen.replace("HOME/python ", "HOME/BINARY "), "{flag} {options:?}");
        }
        let _ = std::fs::remove_dir_all(&ours);
        let _ = std::fs::remove_dir_all(&theirs);
    }
}
