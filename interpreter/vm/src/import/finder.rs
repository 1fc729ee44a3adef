//! Finding a module by its absolute name: native modules first, then each folder of the search
//! path (`sys.path` for top-level modules, the parent package's `__path__` for submodules), then
//! the standard library written in Python (`Lib/`: embedded in the binary, or read from the folder
//! named by `FERRYTHON_LIB` during development).

use std::path::{Path, PathBuf};

/// The prefix of the `__file__` and `__path__` entries of embedded modules: not a real folder,
/// but a search-path entry the finder recognises.
pub const EMBEDDED_PREFIX: &str = "<ferrython>/Lib";

/// Where a found module comes from.
pub enum Origin {
    /// A module written in Rust.
    Native,
    /// A file on disk: `path` is the `.py` file (`__init__.py` for a package).
    File { path: PathBuf, is_package: bool },
    /// A module of the embedded `Lib/`.
    Embedded { is_package: bool, source: &'static str },
}

impl Origin {
    pub fn is_package(&self) -> bool {
        match self {
            Origin::Native => false,
            Origin::File { is_package, .. } | Origin::Embedded { is_package, .. } => *is_package,
        }
    }

    /// `__file__` (and the spec's origin).
    pub fn filename(&self, name: &str) -> String {
        match self {
            Origin::Native => "built-in".to_string(),
            Origin::File { path, .. } => path.display().to_string(),
            Origin::Embedded { is_package, .. } => {
                let relative = name.replace('.', "/");
                if *is_package {
                    format!("{EMBEDDED_PREFIX}/{relative}/__init__.py")
                } else {
                    format!("{EMBEDDED_PREFIX}/{relative}.py")
                }
            }
        }
    }

    /// The package's one `__path__` entry: the folder that holds its `__init__.py`.
    pub fn package_dir(&self, name: &str) -> String {
        match self {
            Origin::File { path, .. } => path.parent().map(|p| p.display().to_string()).unwrap_or_default(),
            _ => format!("{EMBEDDED_PREFIX}/{}", name.replace('.', "/")),
        }
    }
}

/// Finds `name` (absolute, dotted). `search` is the parent package's `__path__` for a submodule,
/// or `sys.path` (with `top_level` set) for a top-level module.
pub fn find(name: &str, search: &[String], top_level: bool) -> Option<Origin> {
    if top_level && crate::modules::is_native(name) {
        return Some(Origin::Native);
    }
    let tail = name.rsplit('.').next().unwrap_or(name);
    for entry in search {
        if let Some(rest) = entry.strip_prefix(EMBEDDED_PREFIX) {
            // Only the entry of the module's own parent package holds it.
            let parent = name.rsplit_once('.').map_or("", |(p, _)| p).replace('.', "/");
            if rest.trim_start_matches('/') == parent {
                if let Some(found) = find_stdlib(name) {
                    return Some(found);
                }
            }
            continue;
        }
        if let Some(found) = find_in_folder(Path::new(entry), tail) {
            return Some(found);
        }
    }
    if top_level {
        return find_stdlib(name);
    }
    None
}

/// `folder/tail/__init__.py` (a package) or `folder/tail.py`. An empty folder is the current one;
/// a relative folder is made absolute, as CPython's finder does.
fn find_in_folder(folder: &Path, tail: &str) -> Option<Origin> {
    let folder =
        if folder.as_os_str().is_empty() { std::env::current_dir().ok()? } else { std::path::absolute(folder).ok()? };
    let package = folder.join(tail);
    let init = package.join("__init__.py");
    if init.is_file() {
        return Some(Origin::File { path: init, is_package: true });
    }
    let file = folder.join(format!("{tail}.py"));
    if file.is_file() {
        return Some(Origin::File { path: file, is_package: false });
    }
    None
}

/// A module of the standard library written in Python, top-level or not: from the folder of
/// `FERRYTHON_LIB` when set, else from the copy embedded in the binary.
fn find_stdlib(name: &str) -> Option<Origin> {
    if let Some(folder) = std::env::var_os("FERRYTHON_LIB").filter(|v| !v.is_empty()) {
        let mut folder = PathBuf::from(folder);
        let mut parts: Vec<&str> = name.split('.').collect();
        let tail = parts.pop()?;
        folder.extend(parts);
        return find_in_folder(&folder, tail);
    }
    let (is_package, source) = ferrython_stdlib::find(name)?;
    Some(Origin::Embedded { is_package, source })
}
