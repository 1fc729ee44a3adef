//! The control-flow graph code generation emits into, and the passes CPython's `flowgraph.c`
//! runs on it before assembly: stack depths, exception targets, constant conditions, jump
//! threading, dead code, redundant NOPs, line numbers, and which `LOAD_FAST`s need a check.
//!
//! Code generation appends instructions to the current block; a label is a block that is placed
//! (`use_label`) where the code after it starts. Blocks are laid out in the order they were
//! placed, and a block falls through to the next one in layout unless it ends with an
//! unconditional jump, a return or a raise. The exception blocks of the `try` statements are
//! CPython's pseudo-instructions `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH` (push a handler)
//! and `POP_BLOCK` (pop it); `label_exception_targets` turns them into a handler per instruction,
//! from which assembly builds the exception table.

use ferrython_ast::Loc;
use ferrython_bytecode::{ConstValue, Opcode};

pub(crate) type BlockId = usize;

/// A source span, CPython's `location`: `lineno` -1 is "no location" (an artificial instruction
/// that takes the location of what precedes it), columns -1 are unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SrcLoc {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
}

impl SrcLoc {
    pub const NONE: SrcLoc = SrcLoc { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

    pub fn is_none(self) -> bool {
        self.lineno < 0
    }
}

impl From<Loc> for SrcLoc {
    fn from(loc: Loc) -> SrcLoc {
        SrcLoc {
            lineno: loc.lineno as i32,
            end_lineno: loc.end_lineno as i32,
            col: loc.col_offset as i32,
            end_col: loc.end_col_offset as i32,
        }
    }
}

/// An instruction or one of CPython's pseudo-instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Real(Opcode),
    /// Pushes a handler that receives the exception.
    SetupFinally,
    /// Pushes a handler that receives lasti and the exception.
    SetupCleanup,
    /// Like SetupCleanup, with the context manager's `__enter__` result popped first.
    SetupWith,
    PopBlock,
    /// JUMP_FORWARD or JUMP_BACKWARD, decided at assembly.
    Jump,
    /// STORE_FAST of a value that may be NULL (restoring an inlined comprehension's variable).
    StoreFastMaybeNull,
}

impl Op {
    pub fn is_jump(self) -> bool {
        match self {
            Op::Real(op) => op.is_jump(),
            Op::Jump | Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => true,
            Op::PopBlock | Op::StoreFastMaybeNull => false,
        }
    }

    fn is_setup(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// Control never reaches the next instruction.
    pub fn is_terminator(self) -> bool {
        match self {
            Op::Real(op) => op.is_terminator(),
            Op::Jump => true,
            _ => false,
        }
    }

    fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        match self {
            Op::Real(op) => op.stack_effect(arg, jump),
            Op::SetupFinally | Op::SetupWith => i32::from(jump),
            Op::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Op::PopBlock | Op::Jump => 0,
            Op::StoreFastMaybeNull => -1,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<BlockId>,
    pub loc: SrcLoc,
    /// The handler block an exception raised here goes to.
    pub handler: Option<BlockId>,
}

impl Instr {
    pub fn is(&self, op: Opcode) -> bool {
        self.op == Op::Real(op)
    }

    fn nop(loc: SrcLoc) -> Instr {
        Instr { op: Op::Real(Opcode::NOP), arg: 0, target: None, loc, handler: None }
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    /// The stack depth on entry, once known.
    pub start_depth: Option<i32>,
    /// An exception handler that receives lasti below the exception.
    pub preserve_lasti: bool,
    placed: bool,
}

impl Block {
    fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }

    fn falls_through(&self) -> bool {
        self.last().is_none_or(|i| !i.op.is_terminator())
    }
}

/// A unit's code while it is being generated and optimized.
#[derive(Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    /// Placed blocks in layout order.
    pub layout: Vec<BlockId>,
    current: BlockId,
}

impl Default for Cfg {
    fn default() -> Self {
        Cfg::new()
    }
}

impl Cfg {
    pub fn new() -> Cfg {
        let mut cfg = Cfg { blocks: Vec::new(), layout: Vec::new(), current: 0 };
        let entry = cfg.new_label();
        cfg.use_label(entry);
        cfg
    }

    pub fn new_label(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Places `label` here: the code emitted next starts it.
    pub fn use_label(&mut self, label: BlockId) {
        debug_assert!(!self.blocks[label].placed, "a label is placed once");
        self.blocks[label].placed = true;
        self.layout.push(label);
        self.current = label;
    }

    pub fn emit(&mut self, instr: Instr) {
        let ends = self.blocks[self.current].last().is_some_and(|i| i.op.is_jump() || i.op.is_terminator());
        if ends {
            let block = self.new_label();
            self.use_label(block);
        }
        self.blocks[self.current].instrs.push(instr);
    }

    /// The last instruction emitted in the current block, to patch it.
    pub fn last_mut(&mut self) -> Option<&mut Instr> {
        self.blocks[self.current].instrs.last_mut()
    }

    fn next_in_layout(&self) -> Vec<Option<BlockId>> {
        let mut next = vec![None; self.blocks.len()];
        for pair in self.layout.windows(2) {
            next[pair[0]] = Some(pair[1]);
        }
        next
    }

    /// Jumps to an empty block go to the first non-empty block after it; empty blocks leave
    /// the layout.
    fn remove_empty_blocks(&mut self) {
        let next = self.next_in_layout();
        let resolve = |mut b: BlockId, blocks: &[Block]| {
            let mut guard = 0;
            while blocks[b].instrs.is_empty() && guard <= blocks.len() {
                match next[b] {
                    Some(n) => b = n,
                    None => break,
                }
                guard += 1;
            }
            b
        };
        let resolved: Vec<BlockId> = (0..self.blocks.len()).map(|b| resolve(b, &self.blocks)).collect();
        for block in &mut self.blocks {
            for instr in &mut block.instrs {
                if let Some(t) = instr.target.as_mut() {
                    *t = resolved[*t];
                }
                if let Some(h) = instr.handler.as_mut() {
                    *h = resolved[*h];
                }
            }
        }
        // A handler keeps its depth and lasti when its first block was empty.
        for (b, &r) in resolved.iter().enumerate() {
            if r != b && self.blocks[b].instrs.is_empty() && self.blocks[b].start_depth.is_some() {
                if self.blocks[r].start_depth.is_none() {
                    self.blocks[r].start_depth = self.blocks[b].start_depth;
                }
                self.blocks[r].preserve_lasti |= self.blocks[b].preserve_lasti;
            }
        }
        let blocks = &self.blocks;
        self.layout.retain(|&b| !blocks[b].instrs.is_empty());
    }

    /// CPython's `stackdepth`: the depth at the start of every block reachable from the entry
    /// (handlers through their SETUP instruction), and the maximum.
    fn stack_depth(&mut self) -> i32 {
        let next = self.next_in_layout();
        let Some(&entry) = self.layout.first() else { return 0 };
        let mut max = 0;
        let mut work = vec![entry];
        self.blocks[entry].start_depth = Some(0);
        while let Some(b) = work.pop() {
            let mut depth = self.blocks[b].start_depth.unwrap_or(0);
            let mut falls = true;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if let Some(target) = instr.target {
                    let target_depth = depth + instr.op.stack_effect(instr.arg, true);
                    max = max.max(target_depth);
                    if self.blocks[target].start_depth.is_none() {
                        self.blocks[target].start_depth = Some(target_depth);
                        work.push(target);
                    }
                }
                depth += instr.op.stack_effect(instr.arg, false);
                max = max.max(depth);
                if instr.op.is_terminator() {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(n) = next[b] {
                    if self.blocks[n].start_depth.is_none() {
                        self.blocks[n].start_depth = Some(depth);
                        work.push(n);
                    }
                }
            }
        }
        max
    }

    /// Gives every instruction the handler of the innermost SETUP in force (CPython's
    /// `label_exception_targets`). The SETUPs stay until the end of the passes: a handler is
    /// reachable through its SETUP even when no instruction is left in its `try` body.
    fn label_exception_targets(&mut self) {
        let next = self.next_in_layout();
        let Some(&entry) = self.layout.first() else { return };
        let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; self.blocks.len()];
        stacks[entry] = Some(Vec::new());
        let mut work = vec![entry];
        while let Some(b) = work.pop() {
            let mut stack = stacks[b].clone().unwrap_or_default();
            let mut falls = true;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_setup() {
                    let target = instr.target.expect("a SETUP has a target");
                    if instr.op != Op::SetupFinally {
                        self.blocks[target].preserve_lasti = true;
                    }
                    // The handler runs with the stack outside this SETUP.
                    if stacks[target].is_none() {
                        stacks[target] = Some(stack.clone());
                        work.push(target);
                    }
                    stack.push(target);
                } else if instr.op == Op::PopBlock {
                    stack.pop();
                } else {
                    self.blocks[b].instrs[i].handler = stack.last().copied();
                    if let Some(target) = instr.target {
                        if stacks[target].is_none() {
                            stacks[target] = Some(stack.clone());
                            work.push(target);
                        }
                    }
                }
                if instr.op.is_terminator() {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(n) = next[b] {
                    if stacks[n].is_none() {
                        stacks[n] = Some(stack);
                        work.push(n);
                    }
                }
            }
        }
    }

    /// The pseudo-instructions become NOPs once the passes that need them are done.
    fn convert_pseudo_ops(&mut self) {
        for block in &mut self.blocks {
            for instr in &mut block.instrs {
                if instr.op.is_setup() || instr.op == Op::PopBlock {
                    *instr = Instr::nop(instr.loc);
                }
            }
        }
    }

    /// `LOAD_CONST c; POP_JUMP_IF_FALSE/TRUE` with a constant whose truth is known becomes a
    /// jump or nothing.
    fn fold_constant_conditions(&mut self, consts: &[ConstValue]) {
        for block in &mut self.blocks {
            for i in 1..block.instrs.len() {
                let (load, jump) = (block.instrs[i - 1], block.instrs[i]);
                if !load.is(Opcode::LOAD_CONST) {
                    continue;
                }
                let (jump_if, keeps) = match jump.op {
                    Op::Real(Opcode::POP_JUMP_IF_FALSE) => (false, false),
                    Op::Real(Opcode::POP_JUMP_IF_TRUE) => (true, false),
                    Op::Real(Opcode::JUMP_IF_FALSE_OR_POP) => (false, true),
                    Op::Real(Opcode::JUMP_IF_TRUE_OR_POP) => (true, true),
                    _ => continue,
                };
                let Some(truth) = consts.get(load.arg as usize).and_then(const_truth) else { continue };
                if keeps {
                    // `c or x` / `c and x`: either c is the value (a jump keeping it), or it is
                    // dropped and x follows.
                    if truth == jump_if {
                        block.instrs[i] = Instr { op: Op::Jump, arg: 0, ..jump };
                    } else {
                        block.instrs[i - 1] = Instr::nop(load.loc);
                        block.instrs[i] = Instr::nop(jump.loc);
                    }
                    continue;
                }
                block.instrs[i - 1] = Instr::nop(load.loc);
                block.instrs[i] =
                    if truth == jump_if { Instr { op: Op::Jump, arg: 0, ..jump } } else { Instr::nop(jump.loc) };
            }
            // Code after an unconditional jump in the same block is dead.
            if let Some(end) = block.instrs.iter().position(|i| i.op.is_terminator()) {
                block.instrs.truncate(end + 1);
            }
        }
    }

    /// `BUILD_TUPLE n; UNPACK_SEQUENCE n` (as in `a, b = b, a`) becomes nothing or a SWAP;
    /// `BUILD_TUPLE n` of n constants just loaded becomes one constant (CPython's
    /// `fold_tuple_on_constants`).
    fn fold_tuples(&mut self, consts: &mut Vec<ConstValue>) {
        for block in &mut self.blocks {
            for i in 0..block.instrs.len() {
                let build = block.instrs[i];
                if !build.is(Opcode::BUILD_TUPLE) {
                    continue;
                }
                let unpack = block.instrs.get(i + 1).copied();
                if unpack.is_some_and(|u| u.is(Opcode::UNPACK_SEQUENCE) && u.arg == build.arg) {
                    continue;
                }
                let n = build.arg as usize;
                if n > i || !block.instrs[i - n..i].iter().all(|l| l.is(Opcode::LOAD_CONST)) {
                    continue;
                }
                let items: Vec<ConstValue> =
                    block.instrs[i - n..i].iter().map(|l| consts[l.arg as usize].clone()).collect();
                let tuple = ConstValue::Tuple(items);
                let key = crate::codegen::const_key(&tuple);
                let index = match consts.iter().position(|c| key.is_some() && crate::codegen::const_key(c) == key) {
                    Some(index) => index,
                    None => {
                        consts.push(tuple);
                        consts.len() - 1
                    }
                };
                for load in &mut block.instrs[i - n..i] {
                    *load = Instr::nop(load.loc);
                }
                block.instrs[i].op = Op::Real(Opcode::LOAD_CONST);
                block.instrs[i].arg = index as u32;
            }
        }
    }

    /// Each run of SWAPs becomes the shortest run with the same effect, and a SWAP followed by
    /// the stores or pops that consume the swapped items becomes those consumers reordered
    /// (CPython's `swaptimize` and `apply_static_swaps`).
    fn optimize_swaps(&mut self) {
        for block in &mut self.blocks {
            let mut i = 0;
            while i < block.instrs.len() {
                if !block.instrs[i].is(Opcode::SWAP) {
                    i += 1;
                    continue;
                }
                if block.instrs[i].arg == 1 {
                    block.instrs[i] = Instr::nop(block.instrs[i].loc);
                    i += 1;
                    continue;
                }
                let run = block.instrs[i..].iter().take_while(|x| x.is(Opcode::SWAP) || x.is(Opcode::NOP)).count();
                minimize_swaps(&mut block.instrs[i..i + run]);
                let last = i + run - 1;
                apply_static_swaps(&mut block.instrs, last);
                i += run;
            }
        }
    }

    /// `BUILD_TUPLE n; UNPACK_SEQUENCE n` (as in `a, b = b, a`) becomes nothing or a SWAP.
    fn fold_tuple_unpack(&mut self) {
        for block in &mut self.blocks {
            for i in 1..block.instrs.len() {
                let (build, unpack) = (block.instrs[i - 1], block.instrs[i]);
                if !build.is(Opcode::BUILD_TUPLE) || !unpack.is(Opcode::UNPACK_SEQUENCE) || build.arg != unpack.arg {
                    continue;
                }
                match build.arg {
                    1 => {
                        block.instrs[i - 1] = Instr::nop(build.loc);
                        block.instrs[i] = Instr::nop(unpack.loc);
                    }
                    2 | 3 => {
                        block.instrs[i - 1] = Instr::nop(build.loc);
                        block.instrs[i].op = Op::Real(Opcode::SWAP);
                    }
                    _ => {}
                }
            }
        }
    }

    /// `x is None` / `x is not None` before a conditional jump becomes POP_JUMP_IF_NONE or
    /// POP_JUMP_IF_NOT_NONE, and a value pushed only to be popped (`LOAD_CONST; POP_TOP`,
    /// `COPY 1; POP_TOP`) disappears, as in CPython's `optimize_basic_block` and
    /// `remove_redundant_nops_and_pairs`.
    fn fold_none_tests_and_pairs(&mut self, consts: &[ConstValue]) {
        for block in &mut self.blocks {
            for i in 0..block.instrs.len() {
                let first = block.instrs[i];
                let Some(&second) = block.instrs.get(i + 1) else { break };
                if second.is(Opcode::POP_TOP)
                    && (first.is(Opcode::LOAD_CONST) || (first.is(Opcode::COPY) && first.arg == 1))
                {
                    block.instrs[i] = Instr::nop(first.loc);
                    block.instrs[i + 1] = Instr::nop(second.loc);
                    continue;
                }
                let Some(&third) = block.instrs.get(i + 2) else { continue };
                let is_none =
                    first.is(Opcode::LOAD_CONST) && matches!(consts.get(first.arg as usize), Some(ConstValue::None));
                if !is_none || !second.is(Opcode::IS_OP) {
                    continue;
                }
                let jump_if_true = match third.op {
                    Op::Real(Opcode::POP_JUMP_IF_TRUE) => true,
                    Op::Real(Opcode::POP_JUMP_IF_FALSE) => false,
                    _ => continue,
                };
                // `is` and jump-if-true, or `is not` and jump-if-false, jump when None.
                let when_none = (second.arg == 0) == jump_if_true;
                let op = if when_none { Opcode::POP_JUMP_IF_NONE } else { Opcode::POP_JUMP_IF_NOT_NONE };
                block.instrs[i] = Instr::nop(first.loc);
                block.instrs[i + 1] = Instr::nop(second.loc);
                block.instrs[i + 2].op = Op::Real(op);
            }
        }
    }

    /// `a is b` / `a in b` followed by `not` becomes `a is not b` / `a not in b`.
    fn fold_negated_tests(&mut self) {
        for block in &mut self.blocks {
            for i in 1..block.instrs.len() {
                let test = block.instrs[i - 1];
                if (test.is(Opcode::IS_OP) || test.is(Opcode::CONTAINS_OP)) && block.instrs[i].is(Opcode::UNARY_NOT) {
                    block.instrs[i - 1].arg ^= 1;
                    block.instrs[i] = Instr::nop(block.instrs[i].loc);
                }
            }
        }
    }

    /// Moves the blocks only exception handlers reach after all the others, keeping their
    /// order; a moved block that fell through into a kept one gets a jump (CPython's
    /// `push_cold_blocks_to_end`).
    fn push_cold_blocks_to_end(&mut self) {
        let next = self.next_in_layout();
        let Some(&entry) = self.layout.first() else { return };
        let mut warm = vec![false; self.blocks.len()];
        let mut work = vec![entry];
        warm[entry] = true;
        while let Some(b) = work.pop() {
            let block = &self.blocks[b];
            let mut successors: Vec<BlockId> =
                block.instrs.iter().filter(|i| !i.op.is_setup()).filter_map(|i| i.target).collect();
            if block.falls_through() {
                successors.extend(next[b]);
            }
            for s in successors {
                if !warm[s] {
                    warm[s] = true;
                    work.push(s);
                }
            }
        }
        if self.layout.iter().all(|&b| warm[b]) {
            return;
        }
        let layout = std::mem::take(&mut self.layout);
        let mut cold = Vec::new();
        for (i, &b) in layout.iter().enumerate() {
            if warm[b] {
                self.layout.push(b);
                continue;
            }
            cold.push(b);
            let following = layout.get(i + 1).copied();
            if let Some(n) = following.filter(|&n| warm[n] && self.blocks[b].falls_through()) {
                let jump = self.new_label();
                self.blocks[jump].placed = true;
                self.blocks[jump].instrs.push(Instr {
                    op: Op::Jump,
                    arg: 0,
                    target: Some(n),
                    loc: SrcLoc::NONE,
                    handler: None,
                });
                cold.push(jump);
            }
        }
        self.layout.extend(cold);
    }

    /// A jump to a block of at most four instructions that leaves the function (a return or
    /// a raise) becomes a copy of that block (CPython's `inline_small_exit_blocks`).
    fn inline_small_exit_blocks(&mut self) {
        for &b in &self.layout.clone() {
            let mut guard = 0;
            while guard < 8 {
                guard += 1;
                let Some(last) = self.blocks[b].last().copied() else { break };
                if last.op != Op::Jump {
                    break;
                }
                let target = last.target.unwrap_or(b);
                let exits = self.blocks[target].last().is_some_and(|i| {
                    matches!(
                        i.op,
                        Op::Real(Opcode::RETURN_VALUE | Opcode::RETURN_CONST | Opcode::RAISE_VARARGS | Opcode::RERAISE)
                    )
                });
                if target == b || !exits || self.blocks[target].instrs.len() > 4 {
                    break;
                }
                let copy = self.blocks[target].instrs.clone();
                let block = &mut self.blocks[b];
                if let Some(jump) = block.instrs.last_mut() {
                    *jump = Instr::nop(jump.loc);
                }
                block.instrs.extend(copy);
            }
        }
    }

    /// A jump to an unconditional jump goes straight to its target.
    fn thread_jumps(&mut self) {
        for b in 0..self.blocks.len() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_setup() || instr.target.is_none() {
                    continue;
                }
                let mut target = instr.target.unwrap_or(0);
                let mut hops = 0;
                while hops < 32 {
                    let first = self.blocks[target].instrs.iter().find(|i| !i.is(Opcode::NOP) || !i.loc.is_none());
                    match first {
                        Some(j) if j.op == Op::Jump && self.blocks[target].instrs[0].op == Op::Jump => {
                            let t = j.target.unwrap_or(target);
                            if t == target {
                                break;
                            }
                            target = t;
                        }
                        _ => break,
                    }
                    hops += 1;
                }
                self.blocks[b].instrs[i].target = Some(target);
            }
        }
    }

    /// Drops the blocks no path from the entry reaches (handlers count as reached through the
    /// instructions they cover).
    fn remove_unreachable(&mut self) {
        let next = self.next_in_layout();
        let Some(&entry) = self.layout.first() else { return };
        let mut reached = vec![false; self.blocks.len()];
        let mut work = vec![entry];
        reached[entry] = true;
        while let Some(b) = work.pop() {
            let block = &self.blocks[b];
            let mut successors: Vec<BlockId> = Vec::new();
            for instr in &block.instrs {
                successors.extend(instr.target);
                successors.extend(instr.handler);
            }
            if block.falls_through() {
                successors.extend(next[b]);
            }
            for s in successors {
                if !reached[s] {
                    reached[s] = true;
                    work.push(s);
                }
            }
        }
        self.layout.retain(|&b| reached[b]);
    }

    /// Jumps to the block that follows anyway become NOPs.
    fn remove_jumps_to_next(&mut self) {
        let next = self.next_in_layout();
        for &b in &self.layout {
            let block = &mut self.blocks[b];
            if let Some(last) = block.instrs.last_mut() {
                if last.op == Op::Jump && last.target.is_some() && last.target == next[b] {
                    *last = Instr::nop(last.loc);
                }
            }
        }
    }

    fn fuse_return_const(&mut self) {
        for block in &mut self.blocks {
            for i in 1..block.instrs.len() {
                if block.instrs[i - 1].is(Opcode::LOAD_CONST)
                    && block.instrs[i].is(Opcode::RETURN_VALUE)
                    && block.instrs[i - 1].handler == block.instrs[i].handler
                {
                    let arg = block.instrs[i - 1].arg;
                    block.instrs[i - 1] = Instr::nop(SrcLoc::NONE);
                    block.instrs[i].op = Op::Real(Opcode::RETURN_CONST);
                    block.instrs[i].arg = arg;
                }
            }
        }
    }

    /// Drops NOPs, except one that alone marks a line (so that tracing sees the line); a NOP
    /// before an artificial instruction gives it its location instead (CPython's
    /// `remove_redundant_nops`).
    fn remove_redundant_nops(&mut self) {
        let next = self.next_in_layout();
        let firsts: Vec<Option<i32>> = self.blocks.iter().map(|b| b.instrs.first().map(|i| i.loc.lineno)).collect();
        for &b in &self.layout {
            let follow = next[b].and_then(|n| firsts[n]);
            let mut instrs = std::mem::take(&mut self.blocks[b].instrs);
            let mut kept: Vec<Instr> = Vec::with_capacity(instrs.len());
            let mut prev_line = -1;
            for i in 0..instrs.len() {
                let instr = instrs[i];
                let line = instr.loc.lineno;
                if instr.is(Opcode::NOP) {
                    if line < 0 || prev_line == line {
                        continue;
                    }
                    if i + 1 < instrs.len() {
                        let next_line = instrs[i + 1].loc.lineno;
                        if next_line == line {
                            continue;
                        }
                        if next_line < 0 {
                            instrs[i + 1].loc = instr.loc;
                            continue;
                        }
                    } else if follow == Some(line) {
                        continue;
                    }
                }
                kept.push(instr);
                prev_line = line;
            }
            self.blocks[b].instrs = kept;
        }
    }

    /// An exit block (a return or raise) without a location that several jumps reach is
    /// copied for each jump, and the copy starts at the jump's location, so that each exit
    /// reports the line it was reached from (CPython's `duplicate_exits_without_lineno`).
    fn duplicate_exits_without_lineno(&mut self) {
        let exits_without_line = |block: &Block| {
            block.last().is_some_and(|i| {
                matches!(
                    i.op,
                    Op::Real(Opcode::RETURN_VALUE | Opcode::RETURN_CONST | Opcode::RAISE_VARARGS | Opcode::RERAISE)
                )
            }) && block.instrs.iter().all(|i| i.loc.is_none())
        };
        let next = self.next_in_layout();
        let mut predecessors = vec![0u32; self.blocks.len()];
        for &b in &self.layout {
            let block = &self.blocks[b];
            for t in block.instrs.iter().filter_map(|i| i.target) {
                predecessors[t] += 1;
            }
            if block.falls_through() {
                if let Some(n) = next[b] {
                    predecessors[n] += 1;
                }
            }
        }
        for b in self.layout.clone() {
            let Some(last) = self.blocks[b].last().copied() else { continue };
            let Some(target) = last.target.filter(|_| last.op.is_jump() && !last.op.is_setup()) else { continue };
            if !exits_without_line(&self.blocks[target]) || predecessors[target] <= 1 {
                continue;
            }
            let mut copy = self.blocks[target].clone();
            copy.instrs[0].loc = last.loc;
            self.blocks.push(copy);
            let id = self.blocks.len() - 1;
            if let Some(jump) = self.blocks[b].instrs.last_mut() {
                jump.target = Some(id);
            }
            predecessors[target] -= 1;
            predecessors.push(1);
            let at = self.layout.iter().position(|&x| x == target).unwrap_or(self.layout.len() - 1);
            self.layout.insert(at + 1, id);
        }
        let next = self.next_in_layout();
        for &b in &self.layout {
            let block = &self.blocks[b];
            let (Some(last), Some(n)) = (block.last().copied(), next[b]) else { continue };
            if block.falls_through() && exits_without_line(&self.blocks[n]) {
                self.blocks[n].instrs[0].loc = last.loc;
            }
        }
    }

    /// Artificial instructions take the location of the instruction before them, also across
    /// a fall-through or a jump into a block with that one predecessor (CPython's
    /// `propagate_line_numbers`); exits still without one get the last line seen.
    fn propagate_line_numbers(&mut self, firstlineno: i32) {
        let next = self.next_in_layout();
        let mut predecessors = vec![0u32; self.blocks.len()];
        if let Some(&entry) = self.layout.first() {
            predecessors[entry] = 1;
        }
        for &b in &self.layout {
            let block = &self.blocks[b];
            // An exception handler is not entered from the instruction that sets it up: it
            // keeps no location of its own (as CPython's PUSH_EXC_INFO).
            for instr in block.instrs.iter().filter(|i| !i.op.is_setup()) {
                if let Some(t) = instr.target {
                    predecessors[t] += 1;
                }
            }
            if block.falls_through() {
                if let Some(n) = next[b] {
                    predecessors[n] += 1;
                }
            }
        }
        for &b in &self.layout {
            let mut prev = SrcLoc::NONE;
            for instr in &mut self.blocks[b].instrs {
                if instr.loc.is_none() {
                    instr.loc = prev;
                } else {
                    prev = instr.loc;
                }
            }
            let falls = self.blocks[b].falls_through();
            let last = self.blocks[b].last().copied();
            if falls {
                if let Some(n) = next[b] {
                    if predecessors[n] == 1 && self.blocks[n].instrs.first().is_some_and(|i| i.loc.is_none()) {
                        self.blocks[n].instrs[0].loc = prev;
                    }
                }
            }
            if let Some(last) = last {
                if let Some(t) = last.target.filter(|_| last.op.is_jump() && !last.op.is_setup()) {
                    if predecessors[t] == 1 && self.blocks[t].instrs.first().is_some_and(|i| i.loc.is_none()) {
                        self.blocks[t].instrs[0].loc = prev;
                    }
                }
            }
        }
        let mut lineno = firstlineno;
        for &b in &self.layout {
            let block = &mut self.blocks[b];
            let Some(last) = block.last() else { continue };
            if last.loc.is_none() {
                if matches!(last.op, Op::Real(Opcode::RETURN_VALUE) | Op::Real(Opcode::RETURN_CONST)) {
                    for instr in &mut block.instrs {
                        if instr.loc.is_none() {
                            instr.loc = SrcLoc { lineno, end_lineno: lineno, col: -1, end_col: -1 };
                        }
                    }
                }
            } else {
                lineno = last.loc.lineno;
            }
        }
    }

    /// Turns each `LOAD_FAST` of a local that may be unbound on some path into
    /// `LOAD_FAST_CHECK` (CPython's `add_checks_for_loads_of_uninitialized_variables`).
    /// Parameters start bound; handlers see every state of the instructions they cover.
    fn add_checks_for_unbound_loads(&mut self, nlocals: usize, nparams: usize) {
        let next = self.next_in_layout();
        let Some(&entry) = self.layout.first() else { return };
        // `maybe_unbound[b]`: the locals that may be unbound where block b starts.
        let mut maybe_unbound: Vec<Option<Locals>> = vec![None; self.blocks.len()];
        let mut start = Locals::new(nlocals);
        (nparams..nlocals).for_each(|local| start.set(local, true));
        maybe_unbound[entry] = Some(start);
        let mut work = vec![entry];
        let flow = |to: BlockId, state: &Locals, maybe_unbound: &mut Vec<Option<Locals>>, work: &mut Vec<BlockId>| {
            let changed = match &mut maybe_unbound[to] {
                None => {
                    maybe_unbound[to] = Some(state.clone());
                    true
                }
                Some(existing) => existing.union_with(state),
            };
            if changed {
                work.push(to);
            }
        };
        while let Some(b) = work.pop() {
            let mut state = maybe_unbound[b].clone().unwrap_or_else(|| Locals::new(nlocals));
            for instr in &self.blocks[b].instrs {
                if let Some(h) = instr.handler {
                    flow(h, &state, &mut maybe_unbound, &mut work);
                }
                if let Some(bound) = binds(instr) {
                    state.set(instr.arg as usize, !bound);
                }
                if let Some(t) = instr.target {
                    flow(t, &state, &mut maybe_unbound, &mut work);
                }
            }
            if self.blocks[b].falls_through() {
                if let Some(n) = next[b] {
                    flow(n, &state, &mut maybe_unbound, &mut work);
                }
            }
        }
        for &b in &self.layout {
            // A block the analysis never reached is assumed to know nothing.
            let mut state = maybe_unbound[b].clone().unwrap_or_else(|| Locals::all(nlocals));
            for instr in &mut self.blocks[b].instrs {
                let local = instr.arg as usize;
                if instr.is(Opcode::LOAD_FAST) && state.get(local) {
                    instr.op = Op::Real(Opcode::LOAD_FAST_CHECK);
                }
                if let Some(bound) = binds(instr) {
                    state.set(local, !bound);
                }
            }
        }
    }

    /// Runs the passes in CPython's order (each peephole once, as CPython's single
    /// `optimize_basic_block` pass). Returns the maximum stack depth, measured before the passes
    /// (they never deepen the stack).
    /// A listing of the graph, for debugging.
    #[allow(dead_code)]
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for &b in &self.layout {
            out.push_str(&format!("block {b} (depth {:?}):\n", self.blocks[b].start_depth));
            for i in &self.blocks[b].instrs {
                out.push_str(&format!(
                    "    {:?} {} -> {:?} h={:?} line {}\n",
                    i.op, i.arg, i.target, i.handler, i.loc.lineno
                ));
            }
        }
        out
    }

    pub fn optimize(&mut self, consts: &mut Vec<ConstValue>, firstlineno: u32, nlocals: usize, nparams: usize) -> i32 {
        self.remove_empty_blocks();
        let max_depth = self.stack_depth();
        self.label_exception_targets();
        self.inline_small_exit_blocks();
        self.fold_constant_conditions(consts);
        self.fold_tuples(consts);
        self.fold_tuple_unpack();
        self.optimize_swaps();
        self.fold_negated_tests();
        self.fold_none_tests_and_pairs(consts);
        self.fuse_return_const();
        self.remove_redundant_nops();
        self.remove_empty_blocks();
        self.inline_small_exit_blocks();
        self.thread_jumps();
        self.remove_unreachable();
        self.remove_jumps_to_next();
        self.remove_redundant_nops();
        self.remove_empty_blocks();
        self.remove_unreachable();
        self.remove_jumps_to_next();
        self.remove_redundant_nops();
        self.remove_empty_blocks();
        self.push_cold_blocks_to_end();
        self.remove_jumps_to_next();
        self.remove_empty_blocks();
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers(firstlineno as i32);
        self.add_checks_for_unbound_loads(nlocals, nparams);
        self.convert_pseudo_ops();
        self.remove_redundant_nops();
        self.remove_empty_blocks();
        max_depth
    }
}

/// What an instruction does to the local it names: binds it (`Some(true)`: a store, or a load
/// that succeeded), unbinds it (`Some(false)`), or nothing.
fn binds(instr: &Instr) -> Option<bool> {
    match instr.op {
        Op::Real(Opcode::STORE_FAST | Opcode::LOAD_FAST | Opcode::LOAD_FAST_CHECK) => Some(true),
        Op::Real(Opcode::LOAD_FAST_AND_CLEAR | Opcode::DELETE_FAST) => Some(false),
        _ => None,
    }
}

/// A set of locals, one bit each.
#[derive(Clone, Debug)]
struct Locals {
    words: Vec<u64>,
    len: usize,
}

impl Locals {
    fn new(len: usize) -> Locals {
        Locals { words: vec![0; len.div_ceil(64)], len }
    }

    fn all(len: usize) -> Locals {
        let mut set = Locals::new(len);
        (0..len).for_each(|i| set.set(i, true));
        set
    }

    fn get(&self, i: usize) -> bool {
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    fn set(&mut self, i: usize, on: bool) {
        if i >= self.len {
            return;
        }
        if on {
            self.words[i / 64] |= 1 << (i % 64);
        } else {
            self.words[i / 64] &= !(1 << (i % 64));
        }
    }

    /// Adds `other`'s members; returns whether that changed anything.
    fn union_with(&mut self, other: &Locals) -> bool {
        let mut changed = false;
        for (mine, theirs) in self.words.iter_mut().zip(&other.words) {
            changed |= *mine | theirs != *mine;
            *mine |= theirs;
        }
        changed
    }
}

/// Rewrites a run of SWAPs (and NOPs) as the fewest SWAPs with the same effect, at the end of
/// the run. The run's effect is a permutation of the top items; sorting it back with swaps
/// through the top gives the swaps that make it, in reverse order.
fn minimize_swaps(run: &mut [Instr]) {
    let depth = run.iter().filter(|x| x.is(Opcode::SWAP)).map(|x| x.arg as usize).max().unwrap_or(0);
    if run.iter().filter(|x| x.is(Opcode::SWAP)).count() < 2 || depth < 2 {
        return;
    }
    // arrangement[p]: the item (by original position, 0 = top) now at position p.
    let mut arrangement: Vec<usize> = (0..depth).collect();
    for swap in run.iter().filter(|x| x.is(Opcode::SWAP)) {
        arrangement.swap(0, swap.arg as usize - 1);
    }
    let mut sorting = Vec::new();
    loop {
        let k = if arrangement[0] != 0 {
            arrangement[0]
        } else if let Some(p) = (1..depth).find(|&p| arrangement[p] != p) {
            p
        } else {
            break;
        };
        arrangement.swap(0, k);
        sorting.push(k);
    }
    let (loc, len) = (run[0].loc, run.len());
    let start = len - sorting.len();
    for (slot, instr) in run.iter_mut().enumerate() {
        *instr = if slot < start {
            Instr::nop(instr.loc)
        } else {
            let arg = sorting[len - 1 - slot] as u32 + 1;
            Instr { op: Op::Real(Opcode::SWAP), arg, target: None, loc, handler: instr.handler }
        };
    }
}

/// Whether an instruction only pops the top item (which a SWAP can be traded for).
fn swappable(instr: &Instr) -> bool {
    matches!(instr.op, Op::Real(Opcode::STORE_FAST) | Op::Real(Opcode::POP_TOP) | Op::StoreFastMaybeNull)
}

fn stores_to(instr: &Instr) -> Option<u32> {
    matches!(instr.op, Op::Real(Opcode::STORE_FAST) | Op::StoreFastMaybeNull).then_some(instr.arg)
}

/// The next instruction after `i` that only pops, skipping NOPs; none if another kind comes
/// first or (`line`) the line changes, which tracing could observe.
fn next_swappable(instrs: &[Instr], mut i: usize, line: Option<i32>) -> Option<usize> {
    loop {
        i += 1;
        let instr = instrs.get(i)?;
        if line.is_some_and(|l| instr.loc.lineno != l) {
            return None;
        }
        if instr.is(Opcode::NOP) {
            continue;
        }
        return swappable(instr).then_some(i);
    }
}

/// Trades the SWAPs ending at `last` for reordered stores and pops after them, right to left.
fn apply_static_swaps(instrs: &mut [Instr], last: usize) {
    for i in (0..=last).rev() {
        let swap = instrs[i];
        if !swap.is(Opcode::SWAP) {
            if swap.is(Opcode::NOP) || swappable(&swap) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, i, None) else { return };
        let line = instrs[j].loc.lineno;
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(line)) {
                Some(next) => k = next,
                None => return,
            }
        }
        let (store_j, store_k) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            let clash = instrs[j + 1..k].iter().filter_map(stores_to).any(|s| Some(s) == store_j || Some(s) == store_k);
            if clash {
                return;
            }
        }
        instrs[i] = Instr::nop(swap.loc);
        instrs.swap(j, k);
    }
}

/// The truth value of a constant, where it is known without running code.
fn const_truth(value: &ConstValue) -> Option<bool> {
    Some(match value {
        ConstValue::None => false,
        ConstValue::Bool(b) => *b,
        ConstValue::Ellipsis => true,
        ConstValue::Int(ferrython_ast::Int::Small(i)) => *i != 0,
        ConstValue::Int(ferrython_ast::Int::Big(_)) => true,
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Tuple(items) => !items.is_empty(),
        ConstValue::FrozenSet(items) => !items.is_empty(),
        ConstValue::Code(_) => true,
    })
}
