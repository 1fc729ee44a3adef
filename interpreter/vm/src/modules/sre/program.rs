//! The instructions a pattern compiles to, run by `matcher`.

use super::chars::{CaseFold, ClassSet};
use super::syntax::{Assertion, RepeatMode};

/// A test of one character.
#[derive(Debug, Clone, Copy)]
pub enum Single {
    Char(u32),
    /// The character's fold (under the given folding) must be this one.
    FoldedChar(u32, CaseFold),
    Any,
    AnyButNewline,
    /// An index in `Program::sets`.
    Set(usize),
}

#[derive(Debug, Clone)]
pub enum Inst {
    One(Single),
    /// A repeat of a one-character test: counted in place, given back one at a time.
    RepeatOne {
        single: Single,
        min: u32,
        max: u32,
        mode: RepeatMode,
    },
    Assert(Assertion),
    /// Go on at the next instruction; on failure, come back and go to `alt`.
    Split {
        alt: usize,
    },
    Jump(usize),
    /// Record the position in a group slot (2g: start of group g, 2g + 1: its end).
    Save(usize),
    Backref {
        group: usize,
        fold: CaseFold,
    },
    /// Starts a general repeat: its counter `reg` is reset.
    RepeatStart {
        reg: usize,
    },
    /// The head of a repeat's loop: the body follows, ending with a jump back here.
    RepeatLoop {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// Starts a look-ahead, or a look-behind of `behind` characters; `end` is just past its
    /// `LookEnd`.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    /// Goes on when the group has matched, else to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<ClassSet>,
    /// How many capturing groups (group 0 not counted).
    pub groups: usize,
    /// How many general repeats (their counters).
    pub repeats: usize,
    /// Matches can only start at the very beginning of the text (a leading `\A` or `^`).
    pub anchored: bool,
}

impl Single {
    #[inline]
    pub fn matches(self, sets: &[ClassSet], c: u32) -> bool {
        match self {
            Single::Char(code) => c == code,
            Single::FoldedChar(code, fold) => fold.fold(c) == code,
            Single::Any => true,
            Single::AnyButNewline => c != '\n' as u32,
            Single::Set(index) => sets.get(index).is_some_and(|set| set.matches(c)),
        }
    }
}
