//! The backtracking matcher. Choice points, undo records and look-around barriers live on one
//! explicit stack, so a long text never deepens the Rust stack.

use super::chars::{CaseFold, Category};
use super::program::{Inst, Program, Single};
use super::syntax::{Assertion, RepeatMode};

/// A text to match: bytes (a bytes object, or an ASCII str) or code points.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    /// The first index from `from` holding `c`.
    fn find(&self, c: u32, from: usize) -> Option<usize>;
}

impl Text for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        u32::from(self[i])
    }
    fn find(&self, c: u32, from: usize) -> Option<usize> {
        let byte = u8::try_from(c).ok()?;
        memchr::memchr(byte, self.get(from..)?).map(|i| i + from)
    }
}

impl Text for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn find(&self, c: u32, from: usize) -> Option<usize> {
        self.get(from..)?.iter().position(|&x| x == c).map(|i| i + from)
    }
}

/// How a match must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Only at the start position (`match`).
    Anchored,
    /// Anywhere from the start position (`search`).
    Search,
    /// From the start position to the end (`fullmatch`).
    Full,
}

/// A successful match: the group slots (`usize::MAX` when unset; 0 and 1 are the whole match)
/// and the last group closed (0 for none).
#[derive(Debug)]
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

const UNSET: usize = usize::MAX;

/// How many steps between interrupt checks.
const CHECK_EVERY: u32 = 1 << 20;

#[derive(Debug, Clone, Copy)]
enum Frame {
    /// Resume at `pc` and `pos`.
    Retry { pc: usize, pos: usize },
    /// Undo a slot write.
    Slot { slot: usize, old: usize, old_last: usize },
    /// Undo a repeat counter change.
    Counter { reg: usize, count: u32, last: usize },
    /// A greedy one-character repeat that can give back characters down to `min_pos`.
    GiveBack { pc: usize, min_pos: usize, pos: usize },
    /// A lazy one-character repeat (at `pc`) that can take one more character.
    TakeMore { pc: usize, pos: usize, count: u32 },
    /// A lazy general repeat (its loop at `pc`) that can run its body once more.
    EnterBody { pc: usize, pos: usize },
    /// The start of a look-around or atomic group; `pos` is where a look-around began,
    /// `resume` where a negative look-around goes on when its body fails.
    Barrier { kind: BarrierKind, pos: usize, resume: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BarrierKind {
    Atomic,
    Look,
    NegativeLook,
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::Counter { .. })
    }
}

pub struct Matcher<'a, T: Text + ?Sized> {
    program: &'a Program,
    /// The text up to the end position.
    text: &'a T,
    slots: Vec<usize>,
    counters: Vec<(u32, usize)>,
    lastindex: usize,
    stack: Vec<Frame>,
    steps: u32,
}

/// Runs `program` over `text` (already cut at the end position) from `start`. With
/// `must_advance`, an empty match at `start` does not count (the rule for the match after an
/// empty one). `check` is called now and then; its error stops the match.
pub fn run<T: Text + ?Sized, E>(
    program: &Program,
    text: &T,
    start: usize,
    mode: Mode,
    must_advance: bool,
    check: &mut dyn FnMut() -> Result<(), E>,
) -> Result<Option<Found>, E> {
    let mut matcher = Matcher {
        program,
        text,
        slots: vec![UNSET; 2 * (program.groups + 1)],
        counters: vec![(0, UNSET); program.repeats],
        lastindex: 0,
        stack: Vec::new(),
        steps: 0,
    };
    let end = text.len();
    if start > end {
        return Ok(None);
    }
    if mode != Mode::Search {
        return matcher.attempt(start, mode, must_advance, check);
    }
    let first = match program.insts.first() {
        Some(Inst::One(Single::Char(c))) => Some(*c),
        _ => None,
    };
    let mut at = start;
    loop {
        if program.anchored && at > 0 {
            return Ok(None);
        }
        if let Some(c) = first {
            match text.find(c, at) {
                Some(found) => at = found,
                None => return Ok(None),
            }
        }
        if let Some(found) = matcher.attempt(at, mode, must_advance && at == start, check)? {
            return Ok(Some(found));
        }
        if at >= end {
            return Ok(None);
        }
        at += 1;
    }
}

impl<T: Text + ?Sized> Matcher<'_, T> {
    fn attempt<E>(
        &mut self,
        start: usize,
        mode: Mode,
        must_advance: bool,
        check: &mut dyn FnMut() -> Result<(), E>,
    ) -> Result<Option<Found>, E> {
        self.slots.fill(UNSET);
        self.counters.fill((0, UNSET));
        self.lastindex = 0;
        self.stack.clear();
        let end = self.text.len();
        let mut pc = 0;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps >= CHECK_EVERY {
                self.steps = 0;
                check()?;
            }
            let ok = match &self.program.insts[pc] {
                Inst::One(single) => {
                    let hit = pos < end && single.matches(&self.program.sets, self.text.at(pos));
                    if hit {
                        pos += 1;
                        pc += 1;
                    }
                    hit
                }
                Inst::RepeatOne { single, min, max, mode } => {
                    self.repeat_one(&mut pc, &mut pos, *single, *min, *max, *mode)
                }
                Inst::Assert(assertion) => {
                    let hit = self.assertion(*assertion, pos);
                    pc += 1;
                    hit
                }
                Inst::Split { alt } => {
                    self.stack.push(Frame::Retry { pc: *alt, pos });
                    pc += 1;
                    true
                }
                Inst::Jump(target) => {
                    pc = *target;
                    true
                }
                Inst::Save(slot) => {
                    let slot = *slot;
                    self.stack.push(Frame::Slot { slot, old: self.slots[slot], old_last: self.lastindex });
                    self.slots[slot] = pos;
                    if slot % 2 == 1 {
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Backref { group, fold } => match self.backref(*group, *fold, pos) {
                    Some(after) => {
                        pos = after;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::RepeatStart { reg } => {
                    let reg = *reg;
                    let (count, last) = self.counters[reg];
                    self.stack.push(Frame::Counter { reg, count, last });
                    self.counters[reg] = (0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepeatLoop { reg, min, max, greedy, exit } => {
                    let (count, last) = self.counters[*reg];
                    if count >= *min && count > 0 && last == pos {
                        // An iteration that matched nothing would repeat forever: stop here.
                        pc = *exit;
                    } else if count < *min {
                        self.enter_body(*reg, pos);
                        pc += 1;
                    } else if count >= *max {
                        pc = *exit;
                    } else if *greedy {
                        self.stack.push(Frame::Retry { pc: *exit, pos });
                        self.enter_body(*reg, pos);
                        pc += 1;
                    } else {
                        self.stack.push(Frame::EnterBody { pc, pos });
                        pc = *exit;
                    }
                    true
                }
                Inst::LookStart { behind, negate, end: after } => {
                    let kind = if *negate { BarrierKind::NegativeLook } else { BarrierKind::Look };
                    match behind {
                        Some(width) if pos < *width => {
                            // Not enough text behind: the body cannot match.
                            pc = *after;
                            *negate
                        }
                        _ => {
                            self.stack.push(Frame::Barrier { kind, pos, resume: *after });
                            pos -= behind.unwrap_or(0);
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => match self.close_barrier() {
                    Some((BarrierKind::NegativeLook, _)) => false,
                    Some((_, start_pos)) => {
                        pos = start_pos;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::AtomicStart => {
                    self.stack.push(Frame::Barrier { kind: BarrierKind::Atomic, pos, resume: 0 });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.close_barrier();
                    pc += 1;
                    true
                }
                Inst::GroupExists { group, no } => {
                    pc = if self.group_set(*group) { pc + 1 } else { *no };
                    true
                }
                Inst::Match => {
                    let rejected = (mode == Mode::Full && pos != end) || (must_advance && pos == start);
                    if !rejected {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        return Ok(Some(Found { slots: self.slots.clone(), lastindex: self.lastindex }));
                    }
                    false
                }
            };
            if !ok && !self.backtrack(&mut pc, &mut pos) {
                return Ok(None);
            }
        }
    }

    fn enter_body(&mut self, reg: usize, pos: usize) {
        let (count, last) = self.counters[reg];
        self.stack.push(Frame::Counter { reg, count, last });
        self.counters[reg] = (count + 1, pos);
    }

    fn group_set(&self, group: usize) -> bool {
        self.slots.get(2 * group).is_some_and(|&s| s != UNSET)
            && self.slots.get(2 * group + 1).is_some_and(|&e| e != UNSET)
    }

    /// Runs a one-character repeat at `pos`; pushes what backtracking needs.
    fn repeat_one(
        &mut self,
        pc: &mut usize,
        pos: &mut usize,
        single: Single,
        min: u32,
        max: u32,
        mode: RepeatMode,
    ) -> bool {
        let end = self.text.len();
        let sets = &self.program.sets;
        let limit = |n: u32| (*pos).saturating_add(n as usize).min(end);
        let min_pos = (*pos).saturating_add(min as usize);
        if min_pos > end {
            return false;
        }
        let matching =
            |from: usize, to: usize| (from..to).find(|&i| !single.matches(sets, self.text.at(i))).unwrap_or(to);
        if matching(*pos, min_pos) != min_pos {
            return false;
        }
        match mode {
            RepeatMode::Lazy => {
                if min < max {
                    self.stack.push(Frame::TakeMore { pc: *pc, pos: min_pos, count: min });
                }
                *pos = min_pos;
            }
            RepeatMode::Greedy | RepeatMode::Possessive => {
                let stop = matching(min_pos, limit(max));
                if mode == RepeatMode::Greedy && stop > min_pos {
                    self.stack.push(Frame::GiveBack { pc: *pc + 1, min_pos, pos: stop });
                }
                *pos = stop;
            }
        }
        *pc += 1;
        true
    }

    /// Pops the stack to the last choice point and resumes there; false when none is left.
    fn backtrack(&mut self, pc: &mut usize, pos: &mut usize) -> bool {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Retry { pc: to, pos: at } => {
                    *pc = to;
                    *pos = at;
                    return true;
                }
                Frame::Slot { slot, old, old_last } => {
                    self.slots[slot] = old;
                    self.lastindex = old_last;
                }
                Frame::Counter { reg, count, last } => self.counters[reg] = (count, last),
                Frame::GiveBack { pc: to, min_pos, pos: at } => {
                    if let Some(at) = self.give_back_to(to, min_pos, at) {
                        if at > min_pos {
                            self.stack.push(Frame::GiveBack { pc: to, min_pos, pos: at });
                        }
                        *pc = to;
                        *pos = at;
                        return true;
                    }
                }
                Frame::TakeMore { pc: at_pc, pos: at, count } => {
                    let Inst::RepeatOne { single, max, .. } = self.program.insts[at_pc] else { continue };
                    if at < self.text.len() && single.matches(&self.program.sets, self.text.at(at)) {
                        if count + 1 < max {
                            self.stack.push(Frame::TakeMore { pc: at_pc, pos: at + 1, count: count + 1 });
                        }
                        *pc = at_pc + 1;
                        *pos = at + 1;
                        return true;
                    }
                }
                Frame::EnterBody { pc: loop_pc, pos: at } => {
                    let Inst::RepeatLoop { reg, .. } = self.program.insts[loop_pc] else { continue };
                    self.enter_body(reg, at);
                    *pc = loop_pc + 1;
                    *pos = at;
                    return true;
                }
                Frame::Barrier { kind: BarrierKind::NegativeLook, pos: at, resume } => {
                    // The body of a negative look-around failed: the assertion holds.
                    *pc = resume;
                    *pos = at;
                    return true;
                }
                Frame::Barrier { .. } => {}
            }
        }
        false
    }

    /// The next position below `at` (and not below `min_pos`) worth resuming a greedy repeat
    /// at: when a literal follows, only where that literal is.
    fn give_back_to(&self, next_pc: usize, min_pos: usize, at: usize) -> Option<usize> {
        if at <= min_pos {
            return None;
        }
        let mut at = at - 1;
        if let Some(Inst::One(Single::Char(c))) = self.program.insts.get(next_pc) {
            while self.text.len() <= at || self.text.at(at) != *c {
                if at <= min_pos {
                    return None;
                }
                at -= 1;
            }
        }
        Some(at)
    }

    /// Ends the innermost look-around or atomic group whose body matched: its choice points
    /// go (its undo records stay). A negative look-around is undone entirely instead. Gives
    /// the barrier's kind and position.
    fn close_barrier(&mut self) -> Option<(BarrierKind, usize)> {
        let index = self.stack.iter().rposition(|f| matches!(f, Frame::Barrier { .. }))?;
        let Frame::Barrier { kind, pos, .. } = self.stack[index] else { return None };
        if kind == BarrierKind::NegativeLook {
            while self.stack.len() > index {
                match self.stack.pop() {
                    Some(Frame::Slot { slot, old, old_last }) => {
                        self.slots[slot] = old;
                        self.lastindex = old_last;
                    }
                    Some(Frame::Counter { reg, count, last }) => self.counters[reg] = (count, last),
                    _ => {}
                }
            }
        } else {
            let kept: Vec<Frame> = self.stack.drain(index + 1..).filter(Frame::is_undo).collect();
            self.stack.pop();
            self.stack.extend(kept);
        }
        Some((kind, pos))
    }

    /// Where a back-reference to `group` at `pos` ends, if it matches.
    fn backref(&self, group: usize, fold: CaseFold, pos: usize) -> Option<usize> {
        if !self.group_set(group) {
            return None;
        }
        let (start, stop) = (self.slots[2 * group], self.slots[2 * group + 1]);
        let len = stop.saturating_sub(start);
        if pos + len > self.text.len() {
            return None;
        }
        let same = (0..len).all(|i| fold.fold(self.text.at(start + i)) == fold.fold(self.text.at(pos + i)));
        same.then_some(pos + len)
    }

    fn is_word(&self, i: usize, ascii: bool) -> bool {
        Category::Word.contains(self.text.at(i), ascii)
    }

    fn assertion(&self, assertion: Assertion, pos: usize) -> bool {
        let end = self.text.len();
        let newline = '\n' as u32;
        match assertion {
            Assertion::TextStart => pos == 0,
            Assertion::TextEnd => pos == end,
            Assertion::EndOrFinalNewline => pos == end || (pos + 1 == end && self.text.at(pos) == newline),
            Assertion::LineStart => pos == 0 || self.text.at(pos - 1) == newline,
            Assertion::LineEnd => pos == end || self.text.at(pos) == newline,
            Assertion::WordBoundary { ascii } => {
                end > 0 && (pos > 0 && self.is_word(pos - 1, ascii)) != (pos < end && self.is_word(pos, ascii))
            }
            Assertion::NotWordBoundary { ascii } => {
                end > 0 && (pos > 0 && self.is_word(pos - 1, ascii)) == (pos < end && self.is_word(pos, ascii))
            }
        }
    }
}
