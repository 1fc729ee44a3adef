//! The `Node` tree to a `Program`.

use super::chars::{CaseFold, ClassSet};
use super::program::{Inst, Program, Single};
use super::syntax::{Assertion, Node, RepeatMode, Width};

/// Compiles a parsed pattern; `group_widths` has one entry per capturing group.
pub fn compile(root: &Node, group_widths: &[Width]) -> Program {
    let mut compiler = Compiler { insts: Vec::new(), sets: Vec::new(), repeats: 0, group_widths };
    compiler.node(root);
    compiler.insts.push(Inst::Match);
    let anchored = starts_at_text_start(root);
    Program {
        insts: compiler.insts,
        sets: compiler.sets,
        groups: group_widths.len(),
        repeats: compiler.repeats,
        anchored,
    }
}

/// Whether every match must begin with `\A` (or `^` without MULTILINE).
fn starts_at_text_start(node: &Node) -> bool {
    match node {
        Node::Assert(Assertion::TextStart) => true,
        Node::Concat(items) => items.first().is_some_and(starts_at_text_start),
        Node::Group { body, .. } | Node::Atomic(body) => starts_at_text_start(body),
        _ => false,
    }
}

struct Compiler<'w> {
    insts: Vec<Inst>,
    sets: Vec<ClassSet>,
    repeats: usize,
    group_widths: &'w [Width],
}

impl Compiler<'_> {
    fn here(&self) -> usize {
        self.insts.len()
    }

    /// The one-character test a node is, if it is one.
    fn single(&mut self, node: &Node) -> Option<Single> {
        Some(match node {
            Node::Char { code, fold: CaseFold::Exact } => Single::Char(*code),
            Node::Char { code, fold } => Single::FoldedChar(fold.fold(*code), *fold),
            Node::Any { dotall: true } => Single::Any,
            Node::Any { dotall: false } => Single::AnyButNewline,
            Node::Set(set) => {
                self.sets.push((**set).clone());
                Single::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    /// Points the jump-like instruction at `at` to `target`.
    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Split { alt } => *alt = target,
            Inst::Jump(to) => *to = target,
            Inst::RepeatLoop { exit, .. } => *exit = target,
            Inst::LookStart { end, .. } => *end = target,
            Inst::GroupExists { no, .. } => *no = target,
            _ => {}
        }
    }

    fn node(&mut self, node: &Node) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.node_inner(node));
    }

    fn node_inner(&mut self, node: &Node) {
        if let Some(single) = self.single(node) {
            self.insts.push(Inst::One(single));
            return;
        }
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {}
            Node::Assert(assertion) => self.insts.push(Inst::Assert(*assertion)),
            Node::Group { index, body } => {
                self.insts.push(Inst::Save(2 * index));
                self.node(body);
                self.insts.push(Inst::Save(2 * index + 1));
            }
            Node::Concat(items) => items.iter().for_each(|item| self.node(item)),
            Node::Alternate(branches) => {
                let mut jumps_to_end = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    let last = i + 1 == branches.len();
                    let split = self.here();
                    if !last {
                        self.insts.push(Inst::Split { alt: 0 });
                    }
                    self.node(branch);
                    if !last {
                        jumps_to_end.push(self.here());
                        self.insts.push(Inst::Jump(0));
                        let next = self.here();
                        self.patch(split, next);
                    }
                }
                let end = self.here();
                jumps_to_end.into_iter().for_each(|at| self.patch(at, end));
            }
            Node::Repeat { body, min, max, mode } => self.repeat(body, *min, *max, *mode),
            Node::Backref { group, fold } => self.insts.push(Inst::Backref { group: *group, fold: *fold }),
            Node::Look { behind, negate, body } => {
                let behind = behind.then(|| body.width(self.group_widths).0);
                let start = self.here();
                self.insts.push(Inst::LookStart { behind, negate: *negate, end: 0 });
                self.node(body);
                self.insts.push(Inst::LookEnd);
                let end = self.here();
                self.patch(start, end);
            }
            Node::Atomic(body) => {
                self.insts.push(Inst::AtomicStart);
                self.node(body);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Conditional { group, yes, no } => {
                let test = self.here();
                self.insts.push(Inst::GroupExists { group: *group, no: 0 });
                self.node(yes);
                let jump = self.here();
                self.insts.push(Inst::Jump(0));
                let no_start = self.here();
                self.patch(test, no_start);
                self.node(no);
                let end = self.here();
                self.patch(jump, end);
            }
        }
    }

    fn repeat(&mut self, body: &Node, min: u32, max: u32, mode: RepeatMode) {
        if max == 0 {
            return;
        }
        if let Some(single) = self.single(body) {
            self.insts.push(Inst::RepeatOne { single, min, max, mode });
            return;
        }
        if mode == RepeatMode::Possessive {
            self.insts.push(Inst::AtomicStart);
            self.repeat(body, min, max, RepeatMode::Greedy);
            self.insts.push(Inst::AtomicEnd);
            return;
        }
        let reg = self.repeats;
        self.repeats += 1;
        self.insts.push(Inst::RepeatStart { reg });
        let head = self.here();
        self.insts.push(Inst::RepeatLoop { reg, min, max, greedy: mode == RepeatMode::Greedy, exit: 0 });
        self.node(body);
        self.insts.push(Inst::Jump(head));
        let exit = self.here();
        self.patch(head, exit);
    }
}
