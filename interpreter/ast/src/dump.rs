//! `ast.dump`, with CPython 3.12's layout rules.
//!
//! The rules: a node goes on one line when it has at most three printed fields and all of them are
//! "simple" (a literal, an empty list, or a node with nothing to print); otherwise each field goes
//! on its own line, indented, and so does each item of a non-empty list. Optional fields that are
//! `None` are left out. Since simplicity depends only on the shape of the tree, the text is written
//! straight into one buffer.

use crate::view::{Field, Node, View};

/// Options of `ast.dump` (`annotate_fields` is always on, as `python -m ast` uses it).
#[derive(Clone, Copy, Debug, Default)]
pub struct DumpOptions {
    pub include_attributes: bool,
    /// `None` prints everything on one line; `Some(n)` indents nested nodes by `n` spaces.
    pub indent: Option<usize>,
}

/// CPython's `ast.dump` is recursive Python code; past this depth it raises RecursionError.
const MAX_DEPTH: usize = 990;

/// The tree is nested too deeply for `ast.dump`, which CPython reports as a RecursionError.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep;

/// Dumps any node exactly as `ast.dump(node, include_attributes=..., indent=...)` would.
pub fn dump(node: &impl View, options: DumpOptions) -> Result<String, TooDeep> {
    let mut out = String::new();
    Dumper { options }.write(&mut out, &node.view(), 0)?;
    Ok(out)
}

struct Dumper {
    options: DumpOptions,
}

/// The location attributes, in CPython's order.
const ATTRIBUTES: [&str; 4] = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

impl Dumper {
    /// How many `name=value` arguments a node prints.
    fn printed_args(&self, node: &Node) -> usize {
        let fields = node.fields.iter().filter(|(_, value)| !matches!(value, Field::None)).count();
        let attributes = if self.options.include_attributes && node.loc.is_some() { ATTRIBUTES.len() } else { 0 };
        fields + attributes
    }

    fn is_simple(&self, field: &Field) -> bool {
        match field {
            Field::Str(_) | Field::Int(_) | Field::Constant(_) | Field::None => true,
            Field::List(items) => items.is_empty(),
            Field::Node(node) => self.printed_args(node) == 0,
        }
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(indent) = self.options.indent {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent * level));
        }
    }

    fn separator(&self, out: &mut String, level: usize) {
        out.push(',');
        match self.options.indent {
            Some(_) => self.newline(out, level),
            None => out.push(' '),
        }
    }

    fn write(&self, out: &mut String, field: &Field, level: usize) -> Result<(), TooDeep> {
        if level > MAX_DEPTH {
            return Err(TooDeep);
        }
        crate::view::grow_stack(|| self.write_unguarded(out, field, level))
    }

    fn write_unguarded(&self, out: &mut String, field: &Field, level: usize) -> Result<(), TooDeep> {
        let level = level + 1;
        match field {
            Field::Node(node) => self.write_node(out, node, level),
            Field::List(items) if items.is_empty() => {
                out.push_str("[]");
                Ok(())
            }
            Field::List(items) => {
                out.push('[');
                self.newline(out, level);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.separator(out, level);
                    }
                    self.write(out, item, level)?;
                }
                out.push(']');
                Ok(())
            }
            Field::Str(text) => {
                out.push_str(&crate::repr::str_repr(text.chars().map(|c| c as u32)));
                Ok(())
            }
            Field::Int(value) => {
                out.push_str(&value.to_string());
                Ok(())
            }
            Field::Constant(value) => {
                out.push_str(&value.repr());
                Ok(())
            }
            Field::None => {
                out.push_str("None");
                Ok(())
            }
        }
    }

    fn write_node(&self, out: &mut String, node: &Node, level: usize) -> Result<(), TooDeep> {
        let fields = node.fields.iter().filter(|(_, value)| !matches!(value, Field::None));
        let one_line = self.printed_args(node) <= 3 && fields.clone().all(|(_, value)| self.is_simple(value));
        out.push_str(node.class);
        out.push('(');
        if !one_line {
            self.newline(out, level);
        }
        let mut first = true;
        let mut begin = |out: &mut String, name: &str| {
            if !first {
                if one_line {
                    out.push_str(", ");
                } else {
                    self.separator(out, level);
                }
            }
            first = false;
            out.push_str(name);
            out.push('=');
        };
        for (name, value) in fields {
            begin(out, name);
            self.write(out, value, level)?;
        }
        if let (true, Some(loc)) = (self.options.include_attributes, node.loc) {
            let values = [loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset];
            for (name, value) in ATTRIBUTES.iter().zip(values) {
                begin(out, name);
                out.push_str(&value.to_string());
            }
        }
        out.push(')');
        Ok(())
    }
}
