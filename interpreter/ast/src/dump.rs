//! `ast.dump`, with CPython 3.12's layout rules.

use crate::view::{Field, Node, View};

/// Options of `ast.dump` (`annotate_fields` is always on, as `python -m ast` uses it).
#[derive(Clone, Copy, Debug, Default)]
pub struct DumpOptions {
    pub include_attributes: bool,
    /// `None` prints everything on one line; `Some(n)` indents nested nodes by `n` spaces.
    pub indent: Option<usize>,
}

/// Dumps any node exactly as `ast.dump(node, include_attributes=..., indent=...)` would.
pub fn dump(node: &impl View, options: DumpOptions) -> String {
    let dumper = Dumper { options };
    dumper.format(&node.view(), 0).0
}

struct Dumper {
    options: DumpOptions,
}

impl Dumper {
    /// Returns the text and whether it counts as "simple" for the one-line layout.
    fn format(&self, field: &Field, level: usize) -> (String, bool) {
        let level = level + 1;
        let (prefix, sep) = match self.options.indent {
            Some(n) => {
                let pad = " ".repeat(n * level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_string()),
        };
        match field {
            Field::Node(node) => self.format_node(node, level, &prefix, &sep),
            Field::List(items) if items.is_empty() => ("[]".into(), true),
            Field::List(items) => {
                let parts: Vec<String> = items.iter().map(|item| self.format(item, level).0).collect();
                (format!("[{prefix}{}]", parts.join(&sep)), false)
            }
            Field::Repr(text) => (text.clone(), true),
            Field::None => ("None".into(), true),
        }
    }

    fn format_node(&self, node: &Node, level: usize, prefix: &str, sep: &str) -> (String, bool) {
        let mut args = Vec::with_capacity(node.fields.len() + 4);
        let mut all_simple = true;
        let mut push = |name: &str, value: &Field| {
            if matches!(value, Field::None) {
                return; // optional fields default to None and are left out
            }
            let (text, simple) = self.format(value, level);
            all_simple &= simple;
            args.push(format!("{name}={text}"));
        };
        for (name, value) in &node.fields {
            push(name, value);
        }
        if let (true, Some(loc)) = (self.options.include_attributes, node.loc) {
            for (name, value) in [
                ("lineno", loc.lineno),
                ("col_offset", loc.col_offset),
                ("end_lineno", loc.end_lineno),
                ("end_col_offset", loc.end_col_offset),
            ] {
                push(name, &Field::Repr(value.to_string()));
            }
        }
        if all_simple && args.len() <= 3 {
            return (format!("{}({})", node.class, args.join(", ")), args.is_empty());
        }
        (format!("{}({prefix}{})", node.class, args.join(sep)), false)
    }
}
