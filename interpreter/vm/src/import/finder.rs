//! The native searches behind the finders of `machinery`: a module in a folder (FileFinder), and
//! a module of the standard library written in Python (`Lib/`: embedded in the binary, or read
//! from the folder named by `FERRYTHON_LIB` during development).

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
    /// A compiled file with no source beside it: `path` is the `.pyc` file (`__init__.pyc`
    /// for a package), loaded by SourcelessFileLoader.
    Sourceless { path: PathBuf, is_package: bool },
    /// A module of the embedded `Lib/`.
    Embedded { is_package: bool, source: &'static str },
    /// A namespace package (PEP 420): the folders of that name without `__init__.py` found
    /// along the search path.
    Namespace { portions: Vec<String> },
}

impl Origin {
    pub fn is_package(&self) -> bool {
        match self {
            Origin::Native => false,
            Origin::Namespace { .. } => true,
            Origin::File { is_package, .. }
            | Origin::Sourceless { is_package, .. }
            | Origin::Embedded { is_package, .. } => *is_package,
        }
    }

    /// `__file__` (and the spec's origin) of a module loaded from source.
    pub fn filename(&self, name: &str) -> String {
        match self {
            Origin::File { path, .. } | Origin::Sourceless { path, .. } => path.display().to_string(),
            Origin::Embedded { is_package: true, .. } => {
                format!("{EMBEDDED_PREFIX}/{}/__init__.py", name.replace('.', "/"))
            }
            _ => format!("{EMBEDDED_PREFIX}/{}.py", name.replace('.', "/")),
        }
    }

    /// A package's `__path__`: the folder that holds its `__init__.py`, or a namespace package's
    /// folders.
    pub fn package_path(&self, name: &str) -> Vec<String> {
        match self {
            Origin::File { path, .. } | Origin::Sourceless { path, .. } => {
                vec![path.parent().map(|p| p.display().to_string()).unwrap_or_default()]
            }
            Origin::Namespace { portions } => portions.clone(),
            _ => vec![format!("{EMBEDDED_PREFIX}/{}", name.replace('.', "/"))],
        }
    }
}

/// What a folder holds under a name.
pub enum Found {
    Module(Origin),
    /// A folder without `__init__.py`: a portion of a namespace package.
    Portion(PathBuf),
}

/// `folder/tail/__init__.py` (a package), `folder/tail.py`, or the folder `folder/tail`, each
/// with `.pyc` (no source) as the second choice, in CPython's order. An empty folder is the
/// current one; a relative folder is made absolute, as CPython's finder does.
pub fn find_in_folder(folder: &Path, tail: &str) -> Option<Found> {
    let folder =
        if folder.as_os_str().is_empty() { std::env::current_dir().ok()? } else { std::path::absolute(folder).ok()? };
    let package = folder.join(tail);
    if package.is_dir() {
        if let Some(origin) = source_or_bytecode(&package, "__init__", true) {
            return Some(Found::Module(origin));
        }
    }
    if let Some(origin) = source_or_bytecode(&folder, tail, false) {
        return Some(Found::Module(origin));
    }
    package.is_dir().then_some(Found::Portion(package))
}

/// `folder/stem.py`, else `folder/stem.pyc`.
fn source_or_bytecode(folder: &Path, stem: &str, is_package: bool) -> Option<Origin> {
    let source = folder.join(format!("{stem}.py"));
    if source.is_file() {
        return Some(Origin::File { path: source, is_package });
    }
    let compiled = folder.join(format!("{stem}.pyc"));
    compiled.is_file().then_some(Origin::Sourceless { path: compiled, is_package })
}

/// A module of the standard library written in Python, top-level or not: from the folder of
/// `FERRYTHON_LIB` when set, else from the copy embedded in the binary.
pub fn find_stdlib(name: &str) -> Option<Origin> {
    if let Some(folder) = std::env::var_os("FERRYTHON_LIB").filter(|v| !v.is_empty()) {
        let mut folder = PathBuf::from(folder);
        let mut parts: Vec<&str> = name.split('.').collect();
        let tail = parts.pop()?;
        folder.extend(parts);
        return match find_in_folder(&folder, tail)? {
            Found::Module(found) => Some(found),
            Found::Portion(_) => None,
        };
    }
    let (is_package, source) = ferrython_stdlib::find(name)?;
    Some(Origin::Embedded { is_package, source })
}
