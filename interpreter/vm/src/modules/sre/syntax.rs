//! The tree a pattern parses to. Scoped flags are already applied: each node carries the case
//! folding, line and word rules in force where it was written.

use super::chars::{CaseFold, ClassSet};

/// Python's `MAXREPEAT`: a repeat with this maximum has no upper bound.
pub const UNBOUNDED: u32 = u32::MAX;

/// The least and most characters a node matches; `None` when there is no bound.
pub type Width = (usize, Option<usize>);

#[derive(Debug, Clone)]
pub enum Node {
    Empty,
    /// One code point (or byte), compared after folding with `fold`.
    Char {
        code: u32,
        fold: CaseFold,
    },
    /// `.`: any character, or any but `\n` without DOTALL.
    Any {
        dotall: bool,
    },
    Set(Box<ClassSet>),
    Assert(Assertion),
    /// A capturing group.
    Group {
        index: usize,
        body: Box<Node>,
    },
    Concat(Vec<Node>),
    Alternate(Vec<Node>),
    Repeat {
        body: Box<Node>,
        min: u32,
        max: u32,
        mode: RepeatMode,
    },
    Backref {
        group: usize,
        fold: CaseFold,
    },
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatMode {
    Greedy,
    Lazy,
    Possessive,
}

/// The zero-width tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assertion {
    /// `\A`, or `^` without MULTILINE.
    TextStart,
    /// `\Z`.
    TextEnd,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndOrFinalNewline,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\b`; `ascii` when word characters are ASCII only.
    WordBoundary { ascii: bool },
    /// `\B`.
    NotWordBoundary { ascii: bool },
}

impl Node {
    /// The least and most characters the node can match (`None`: no bound), for look-behind;
    /// a back-reference is as wide as its group (`groups[i]` for group i + 1, when closed).
    pub fn width(&self, groups: &[Width]) -> Width {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, Some(1)),
            Node::Group { body, .. } | Node::Atomic(body) => body.width(groups),
            Node::Concat(items) => items.iter().fold((0, Some(0)), |(lo, hi), item| {
                let (a, b) = item.width(groups);
                (lo.saturating_add(a), hi.zip(b).map(|(x, y)| x.saturating_add(y)))
            }),
            Node::Alternate(items) => either_width(items.iter(), groups),
            Node::Repeat { body, min, max, .. } => {
                let (lo, hi) = body.width(groups);
                let upper = match *max {
                    UNBOUNDED => hi.filter(|&h| h == 0),
                    max => hi.map(|h| h.saturating_mul(max as usize)),
                };
                (lo.saturating_mul(*min as usize), upper)
            }
            Node::Backref { group, .. } => {
                group.checked_sub(1).and_then(|i| groups.get(i)).copied().unwrap_or((0, None))
            }
            Node::Conditional { yes, no, .. } => either_width([&**yes, &**no].into_iter(), groups),
        }
    }
}

/// The width of one of several branches.
fn either_width<'a>(branches: impl Iterator<Item = &'a Node>, groups: &[Width]) -> Width {
    let widths: Vec<_> = branches.map(|branch| branch.width(groups)).collect();
    let lo = widths.iter().map(|w| w.0).min().unwrap_or(0);
    let hi = widths.iter().try_fold(0, |acc: usize, w| w.1.map(|h| acc.max(h)));
    (lo, hi)
}
