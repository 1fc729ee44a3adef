//! Walks the repository's `Lib/` folder and writes `modules.rs` into OUT_DIR: a table of every
//! `.py` file as (dotted module name, is_package, source text via `include_str!`). Cargo reruns
//! this script when anything under `Lib/` changes, and `include_str!` makes the crate rebuild when
//! a file's text changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let lib = manifest.join("../../Lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut entries = Vec::new();
    if lib.is_dir() {
        collect(&lib, &[], &mut entries);
    }
    entries.sort();
    let mut out = String::from("/// Every module of Lib/: (dotted name, is package, source).\n");
    out.push_str("pub static MODULES: &[(&str, bool, &str)] = &[\n");
    for (name, is_package, path) in &entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(out, "    ({name:?}, {is_package}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("modules.rs"), out).expect("write modules.rs");
}

/// Adds the modules under `dir` (whose package path is `prefix`) to `entries`.
fn collect(dir: &Path, prefix: &[String], entries: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() && is_identifier(&file_name) {
                let mut inner = prefix.to_vec();
                inner.push(file_name);
                entries.push((inner.join("."), true, init));
                collect(&path, &inner, entries);
            }
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            if stem != "__init__" && is_identifier(stem) {
                let mut name = prefix.to_vec();
                name.push(stem.to_string());
                entries.push((name.join("."), false, path));
            }
        }
    }
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
