//! The docstrings and text signatures of the builtins (`len.__doc__`,
//! `list.append.__text_signature__`), as CPython 3.12 has them: recorded from it into
//! `docs.txt` by `tests/tools/gen_builtin_docs.py`, and read from there on first use.
//!
//! Keys are a builtin function's name (`len`), a type's name (`int`), a type's attribute
//! (`int.__add__`) or a native module's function (`math.sqrt`).

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("docs.txt");

/// A builtin's text signature (`($self, object, /)`), if it has one, and docstring.
#[derive(Clone, Copy)]
pub struct Entry {
    /// As recorded: a signature of several lines continues in `sig+ ` lines.
    signature: Option<&'static str>,
    pub doc: &'static str,
}

impl Entry {
    /// The `__text_signature__`.
    pub fn signature(&self) -> Option<String> {
        Some(self.signature?.replace("\nsig+ ", "\n"))
    }
}

fn table() -> &'static HashMap<&'static str, Entry> {
    static PARSED: OnceLock<HashMap<&'static str, Entry>> = OnceLock::new();
    PARSED.get_or_init(|| {
        let mut entries = HashMap::new();
        // Records are `== KEY`, then `sig: ...` (and `sig+ ...`) if any, then the docstring up
        // to the next record.
        for record in TABLE.split("\n== ").skip(1) {
            let (key, mut rest) = record.split_once('\n').unwrap_or((record, ""));
            let mut signature = None;
            if let Some(after) = rest.strip_prefix("sig: ") {
                let mut end = after.find('\n').unwrap_or(after.len());
                while after[end..].starts_with("\nsig+ ") {
                    end += 1 + after[end + 1..].find('\n').unwrap_or(after.len() - end - 1);
                }
                signature = Some(&after[..end]);
                rest = after[end..].strip_prefix('\n').unwrap_or("");
            }
            // Each docstring is followed by one newline of the format (the last by the file's).
            let doc = rest.strip_suffix('\n').unwrap_or(rest);
            entries.insert(key, Entry { signature, doc });
        }
        entries
    })
}

/// The entry recorded for `key`.
pub fn entry(key: &str) -> Option<Entry> {
    table().get(key).copied()
}

/// The docstring recorded for `key`; None where CPython's is None or there is no entry.
pub fn doc(key: &str) -> Option<&'static str> {
    entry(key).map(|e| e.doc).filter(|doc| !doc.is_empty())
}

/// The text signature recorded for `key`.
pub fn text_signature(key: &str) -> Option<String> {
    entry(key)?.signature()
}

#[cfg(test)]
mod tests {
    #[test]
    fn records_parse() {
        let append = super::entry("list.append").expect("list.append is recorded");
        assert_eq!(append.signature().as_deref(), Some("($self, object, /)"));
        let open = super::text_signature("open").expect("open has a signature");
        assert!(open.contains("encoding=None,\n     errors=None"), "{open}");
        let maketrans = super::doc("str.maketrans").expect("str.maketrans has a docstring");
        assert!(maketrans.starts_with("Return a translation table usable for str.translate().\n\nIf there"));
        assert_eq!(append.doc, "Append object to the end of the list.");
        assert!(super::doc("len").is_some_and(|d| d.starts_with("Return the number of items")));
        assert!(super::entry("no.such.builtin").is_none());
    }
}
