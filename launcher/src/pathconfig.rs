//! Path configuration, as CPython's getpath computes it: where the executable is, the prefixes,
//! a virtual environment's `pyvenv.cfg`, and the module search path that follows. The results
//! go to `sys` (`sys.executable`, `sys.prefix`, ..., `sys.path` without its first entry), which
//! the import system only reads.
//!
//! The standard library is embedded in the binary; `PREFIX/lib/ferrython312.zip` stands for it
//! on `sys.path` (the file need not exist), before the on-disk folders CPython would have.

use std::path::{Component, Path, PathBuf};

/// `lib/python3.12`, under a prefix.
const STDLIB: &str = "lib/python3.12";
/// What marks a prefix holding a standard library on disk.
const LANDMARK: &str = "lib/python3.12/os.py";

/// What the process was told: its `argv[0]` and the variables the environment may give
/// (None when unset, empty, or ignored under `-E`/`-I`).
pub struct Inputs<'a> {
    pub argv0: &'a str,
    pub pythonpath: Option<String>,
    pub pythonhome: Option<String>,
    /// Whether `site` runs (not `-S`): CPython's `site` makes a venv's folder `sys.prefix`,
    /// which is done here until a `site` module does it.
    pub site: bool,
}

/// The computed configuration (paths as text, as `sys` shows them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathConfig {
    pub executable: String,
    pub base_executable: String,
    pub prefix: String,
    pub exec_prefix: String,
    pub base_prefix: String,
    pub base_exec_prefix: String,
    pub platlibdir: String,
    pub stdlib_dir: String,
    /// `sys.path` after the script's folder: PYTHONPATH, then the standard library's entries.
    pub path: Vec<String>,
}

/// Computes the configuration from the inputs and the file system.
pub fn compute(inputs: &Inputs<'_>) -> PathConfig {
    let executable = executable_path(inputs.argv0);
    let real = std::fs::canonicalize(&executable).unwrap_or_else(|_| executable.clone());
    let venv = executable.parent().and_then(find_venv);
    let (prefix, base_executable, search_from) = match &venv {
        Some((root, home)) => {
            // A symbolic link in a venv points at the base interpreter; a copy does not.
            let base = if executable.is_symlink() {
                real.clone()
            } else {
                home.join(executable.file_name().unwrap_or_default())
            };
            let from = std::fs::canonicalize(&base).ok().and_then(|b| b.parent().map(Path::to_path_buf));
            (Some(root.clone()), base, from.unwrap_or_else(|| home.clone()))
        }
        None => (None, executable.clone(), real.parent().map(Path::to_path_buf).unwrap_or_default()),
    };
    let (base_prefix, base_exec_prefix) = match inputs.pythonhome.as_deref() {
        Some(home) => match home.split_once(':') {
            Some((p, e)) => (PathBuf::from(p), PathBuf::from(e)),
            None => (PathBuf::from(home), PathBuf::from(home)),
        },
        None => {
            let found = search_prefix(&search_from);
            (found.clone(), found)
        }
    };
    let (prefix, exec_prefix) = match prefix.filter(|_| inputs.site) {
        Some(root) => (root.clone(), root),
        None => (base_prefix.clone(), base_exec_prefix.clone()),
    };
    let mut path: Vec<String> = inputs
        .pythonpath
        .as_deref()
        .map(|p| p.split(':').filter(|e| !e.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let stdlib = base_prefix.join(STDLIB);
    path.push(text(&base_prefix.join("lib/ferrython312.zip")));
    path.push(text(&stdlib));
    path.push(text(&base_exec_prefix.join(STDLIB).join("lib-dynload")));
    PathConfig {
        executable: text(&executable),
        base_executable: text(&base_executable),
        prefix: text(&prefix),
        exec_prefix: text(&exec_prefix),
        base_prefix: text(&base_prefix),
        base_exec_prefix: text(&base_exec_prefix),
        platlibdir: "lib".into(),
        stdlib_dir: text(&stdlib),
        path,
    }
}

fn text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// `sys.executable`: `argv[0]` made absolute (symbolic links kept, as CPython keeps them), or
/// found on PATH when it has no slash; the running binary when neither works.
fn executable_path(argv0: &str) -> PathBuf {
    let current = || std::env::current_exe().unwrap_or_default();
    if argv0.contains('/') {
        return std::path::absolute(argv0).map(|p| normalized(&p)).unwrap_or_else(|_| current());
    }
    if argv0.is_empty() {
        return current();
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths).map(|dir| dir.join(argv0)).find(|candidate| is_executable(candidate))
    });
    match on_path {
        Some(found) => std::path::absolute(&found).map(|p| normalized(&p)).unwrap_or(found),
        None => current(),
    }
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// `.` and `..` resolved without following links (`os.path.normpath`).
fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A `pyvenv.cfg` beside the executable or one folder up: the venv's folder and its `home`.
fn find_venv(exe_dir: &Path) -> Option<(PathBuf, PathBuf)> {
    [Some(exe_dir), exe_dir.parent()].into_iter().flatten().find_map(|dir| {
        let text = std::fs::read_to_string(dir.join("pyvenv.cfg")).ok()?;
        let home = text.lines().find_map(|line| {
            let (key, value) = line.split_once('=')?;
            (key.trim() == "home").then(|| PathBuf::from(value.trim()))
        })?;
        Some((dir.to_path_buf(), home))
    })
}

/// The prefix: the first folder up from `start` holding the standard library's landmark, else
/// the folder above `start` (`PREFIX/bin` holds the binary).
fn search_prefix(start: &Path) -> PathBuf {
    let found = start.ancestors().find(|dir| dir.join(LANDMARK).is_file());
    match found {
        Some(dir) => dir.to_path_buf(),
        None => start.parent().unwrap_or(start).to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_without_links() {
        assert_eq!(normalized(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }

    #[test]
    fn pythonhome_sets_both_prefixes() {
        let inputs = Inputs {
            argv0: "/nonexistent/bin/x",
            pythonpath: Some("/p:/q".into()),
            pythonhome: Some("/h:/e".into()),
            site: true,
        };
        let config = compute(&inputs);
        assert_eq!((config.base_prefix.as_str(), config.base_exec_prefix.as_str()), ("/h", "/e"));
        assert_eq!((config.prefix.as_str(), config.exec_prefix.as_str()), ("/h", "/e"));
        assert_eq!(
            config.path,
            ["/p", "/q", "/h/lib/ferrython312.zip", "/h/lib/python3.12", "/e/lib/python3.12/lib-dynload"]
        );
    }
}
