//! The standard-library modules that Ferrython writes in Python, from the repository's `Lib/`
//! folder, embedded at build time by `build.rs` so that the binary needs no files beside it.

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// An embedded module: whether it is a package (`name/__init__.py`) and its source text.
pub fn find(name: &str) -> Option<(bool, &'static str)> {
    // `build.rs` writes the table sorted by name.
    let index = MODULES.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok()?;
    let (_, is_package, source) = MODULES[index];
    Some((is_package, source))
}
