//! The code object as the compiler produces it: plain data, with no VM values in it. The VM turns
//! it into its runtime code object (constants as Python objects, names interned, caches beside the
//! instructions).

use ferrython_ast::{Int, PyStr};

use crate::opcode::{Instruction, Opcode};

/// `co_flags`, with CPython's bit values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A constant of `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    /// A frozenset folded from `x in {1, 2}`.
    FrozenSet(Vec<ConstValue>),
    Code(Box<CodeObject>),
}

impl ConstValue {
    /// The constant as `repr()` shows it (code objects as `<code object QUALNAME>`), for
    /// listings.
    pub fn repr(&self) -> String {
        use ferrython_ast::Constant;
        let items = |items: &[ConstValue]| items.iter().map(ConstValue::repr).collect::<Vec<_>>();
        match self {
            ConstValue::None => "None".into(),
            ConstValue::Bool(b) => Constant::Bool(*b).repr(),
            ConstValue::Ellipsis => "Ellipsis".into(),
            ConstValue::Int(i) => Constant::Int(i.clone()).repr(),
            ConstValue::Float(f) => Constant::Float(*f).repr(),
            ConstValue::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag }.repr(),
            ConstValue::Str(s) => Constant::Str(s.clone()).repr(),
            ConstValue::Bytes(b) => Constant::Bytes(b.clone()).repr(),
            ConstValue::Tuple(t) if t.len() == 1 => format!("({},)", items(t)[0]),
            ConstValue::Tuple(t) => format!("({})", items(t).join(", ")),
            ConstValue::FrozenSet(t) => format!("frozenset({{{}}})", items(t).join(", ")),
            ConstValue::Code(code) => format!("<code object {}>", code.qualname.to_string_lossy()),
        }
    }
}

/// The source span of one instruction, as `co_positions()` gives it: 1-based lines, 0-based
/// columns in UTF-8 bytes. `None` fields are the `None`s of `co_positions()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub col_offset: Option<u32>,
    pub end_col_offset: Option<u32>,
}

/// One row of the exception table: an exception raised by an instruction in `start..end` unwinds
/// the value stack to `depth` items, pushes the index of the raising instruction when `push_lasti`,
/// pushes the exception, and jumps to `target`. Rows do not overlap; an instruction covered by no
/// row lets the exception leave the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled function body, class body, module or expression.
///
/// A frame's variables live in three tables: `varnames` (fast locals, the arguments first, in
/// the order positional, keyword-only, `*args`, `**kwargs`), and the deref slots: `cellvars`
/// then `freevars`. A cell variable that is also an argument appears in both `varnames` and
/// `cellvars`, as in CPython; the code copies the argument into its cell at the start.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: PyStr,
    pub qualname: PyStr,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub varnames: Vec<PyStr>,
    pub cellvars: Vec<PyStr>,
    pub freevars: Vec<PyStr>,
    /// Names used by the *_NAME, *_GLOBAL, *_ATTR and IMPORT_* instructions.
    pub names: Vec<PyStr>,
    pub consts: Vec<ConstValue>,
    pub instructions: Vec<Instruction>,
    /// One per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The deepest the value stack gets.
    pub max_stack: u32,
}

/// Dropping a code object drops the code objects among its constants, recursively: nesting as
/// deep as the parser allows (a thousand nested lambdas) takes a fresh stack segment when the
/// stack runs low, as the AST's nodes do.
impl Drop for CodeObject {
    fn drop(&mut self) {
        if self.consts.iter().any(|c| matches!(c, ConstValue::Code(_))) {
            let consts = std::mem::take(&mut self.consts);
            stacker::maybe_grow(64 * 1024, 1024 * 1024, move || drop(consts));
        }
    }
}

/// The sizes of the tables a code object's instructions index, and of its operand stack.
#[derive(Clone, Copy, Debug)]
pub struct TableSizes {
    pub varnames: usize,
    /// Cell and free variables.
    pub derefs: usize,
    pub consts: usize,
    pub names: usize,
    pub max_stack: u32,
}

/// Checks an instruction stream (the compiler's, or the VM's with its superinstructions) against
/// the sizes of the tables its instructions index: see `CodeObject::verify`.
pub fn verify_instructions(
    instructions: &[Instruction],
    exception_table: &[ExceptionEntry],
    sizes: &TableSizes,
) -> Result<(), String> {
    let TableSizes { varnames, derefs, consts, names, max_stack } = *sizes;
    let len = instructions.len();
    match instructions.last() {
        Some(last) if last.opcode().is_terminator() => {}
        _ => return Err("the code does not end with a return, raise or jump".into()),
    }
    for (at, instruction) in instructions.iter().enumerate() {
        let (op, arg) = (instruction.opcode(), instruction.arg() as usize);
        // A superinstruction takes its second argument from the next word (which exists: the
        // last instruction is a terminator, and superinstructions are not).
        let second = || instructions.get(at + 1).map_or(usize::MAX, |next| next.arg() as usize);
        let in_range = match op {
            // Only the traced stream, which the VM makes, holds TRACE.
            Opcode::TRACE => false,
            Opcode::LOAD_FAST_LOAD_FAST | Opcode::STORE_FAST_LOAD_FAST => arg < varnames && second() < varnames,
            Opcode::LOAD_FAST_LOAD_CONST => arg < varnames && second() < consts,
            Opcode::COMPARE_OP_POP_JUMP_IF_FALSE | Opcode::COMPARE_OP_POP_JUMP_IF_TRUE => second() < len,
            _ if op.is_jump() => arg < len,
            Opcode::LOAD_FAST
            | Opcode::LOAD_FAST_CHECK
            | Opcode::LOAD_FAST_AND_CLEAR
            | Opcode::STORE_FAST
            | Opcode::DELETE_FAST => arg < varnames,
            Opcode::LOAD_CONST | Opcode::RETURN_CONST => arg < consts,
            Opcode::MAKE_CELL
            | Opcode::LOAD_CLOSURE
            | Opcode::STORE_CLOSURE
            | Opcode::LOAD_DEREF
            | Opcode::STORE_DEREF
            | Opcode::DELETE_DEREF
            | Opcode::LOAD_FROM_DICT_OR_DEREF => arg < derefs,
            Opcode::LOAD_GLOBAL | Opcode::LOAD_ATTR => arg >> 1 < names,
            Opcode::STORE_ATTR
            | Opcode::DELETE_ATTR
            | Opcode::LOAD_NAME
            | Opcode::STORE_NAME
            | Opcode::DELETE_NAME
            | Opcode::STORE_GLOBAL
            | Opcode::DELETE_GLOBAL
            | Opcode::LOAD_FROM_DICT_OR_GLOBALS
            | Opcode::IMPORT_NAME
            | Opcode::IMPORT_FROM => arg < names,
            // COPY n and SWAP n reach n values down (the depth check covers the n): 0 would
            // reach past the top.
            Opcode::COPY | Opcode::SWAP => arg >= 1,
            _ => true,
        };
        if !in_range {
            return Err(format!("instruction {at} ({}) has an argument out of range", op.name()));
        }
    }
    if let Some(entry) = exception_table.iter().find(|e| e.target as usize >= len) {
        return Err(format!("an exception handler at {} is past the end", entry.target));
    }
    verify_stack_depths(instructions, exception_table, max_stack)
}

/// Follows every path through the code (jumps, fall-throughs and exception handlers) with the
/// operand stack's depth, and checks that no instruction pops more than is on the stack or
/// pushes past `max_stack`, and that paths meet at the same depth: the eval loop pushes and
/// pops without checks on the strength of this.
fn verify_stack_depths(
    instructions: &[Instruction],
    exception_table: &[ExceptionEntry],
    max_stack: u32,
) -> Result<(), String> {
    let max = i64::from(max_stack);
    let mut depths: Vec<Option<i64>> = vec![None; instructions.len()];
    depths[0] = Some(0);
    let mut pending = vec![(0usize, 0i64)];
    let mut reach = |at: usize, depth: i64, pending: &mut Vec<(usize, i64)>| -> Result<(), String> {
        if depth > max {
            return Err(format!("the stack outgrows its size ({depth} > {max}) at instruction {at}"));
        }
        match depths[at] {
            Some(known) if known == depth => Ok(()),
            Some(known) => Err(format!("instruction {at} is reached with stack depths {known} and {depth}")),
            None => {
                depths[at] = Some(depth);
                pending.push((at, depth));
                Ok(())
            }
        }
    };
    while let Some((at, depth)) = pending.pop() {
        let instruction = instructions[at];
        let (op, arg) = (instruction.opcode(), instruction.arg());
        if depth < i64::from(op.stack_inputs(arg)) {
            return Err(format!("instruction {at} ({}) pops more than the stack holds", op.name()));
        }
        if let Some(entry) = exception_table.iter().find(|e| e.start as usize <= at && at < e.end as usize) {
            if i64::from(entry.depth) > depth {
                return Err(format!(
                    "a handler row unwinds to depth {} at instruction {at}, where it is {depth}",
                    entry.depth
                ));
            }
            let handler_depth = i64::from(entry.depth) + i64::from(entry.push_lasti) + 1;
            reach(entry.target as usize, handler_depth, &mut pending)?;
        }
        // A superinstruction's own effect is its first instruction's; its second word follows.
        let fused = op.base() != op;
        if op.is_jump() && !fused {
            reach(arg as usize, depth + i64::from(op.stack_effect(arg, true)), &mut pending)?;
        }
        if !op.is_terminator() {
            reach(at + 1, depth + i64::from(op.stack_effect(arg, false)), &mut pending)?;
        }
    }
    Ok(())
}

/// Why a code object cannot be run safely (see `CodeObject::verify`).
#[derive(Debug, PartialEq, Eq)]
pub struct Unverifiable(pub String);

impl CodeObject {
    /// Checks what the VM relies on to index without bounds checks: the code ends with an
    /// instruction that never falls through, every jump and exception handler lands inside
    /// it, and every fast local and constant an instruction names exists. The compiler's
    /// output always passes; a damaged or forged bytecode cache may not. (Code objects among
    /// the constants are checked on their own.)
    pub fn verify(&self) -> Result<(), Unverifiable> {
        verify_instructions(&self.instructions, &self.exception_table, &self.table_sizes())
            .map_err(|what| Unverifiable(format!("{}: {what}", self.qualname.to_string_lossy())))
    }

    pub fn table_sizes(&self) -> TableSizes {
        TableSizes {
            varnames: self.varnames.len(),
            derefs: self.cellvars.len() + self.freevars.len(),
            consts: self.consts.len(),
            names: self.names.len(),
            max_stack: self.max_stack,
        }
    }

    /// The handler for an exception raised at instruction `index`, if one covers it.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|entry| entry.start <= index && index < entry.end)
    }

    /// A `dis`-like listing of this code and the code objects among its constants, for tests and
    /// debugging.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }

    fn disassemble_into(&self, out: &mut String) {
        use std::fmt::Write as _;
        let _ = writeln!(out, "Disassembly of <code object {}>:", self.qualname.to_string_lossy());
        let targets: Vec<u32> = self
            .instructions
            .iter()
            .filter(|i| i.opcode().is_jump())
            .map(|i| i.arg())
            .chain(self.exception_table.iter().map(|e| e.target))
            .collect();
        let mut last_line = None;
        for (index, instruction) in self.instructions.iter().enumerate() {
            let line = self.positions.get(index).and_then(|p| p.lineno);
            let line_column = if line != last_line && line.is_some() {
                last_line = line;
                format!("{:>4}", line.unwrap_or(0))
            } else {
                "    ".to_string()
            };
            let marker = if targets.contains(&(index as u32)) { ">>" } else { "  " };
            let op = instruction.opcode();
            let _ = write!(out, "{line_column} {marker}{index:>5} {:<24} {:>4}", op.name(), instruction.arg());
            if let Some(note) = self.describe_arg(*instruction) {
                let _ = write!(out, " ({note})");
            }
            out.push('\n');
        }
        if !self.exception_table.is_empty() {
            out.push_str("ExceptionTable:\n");
            for e in &self.exception_table {
                let lasti = if e.push_lasti { " lasti" } else { "" };
                let _ = writeln!(out, "  {} to {} -> {} [{}]{lasti}", e.start, e.end, e.target, e.depth);
            }
        }
        for constant in &self.consts {
            if let ConstValue::Code(code) = constant {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }

    fn describe_arg(&self, instruction: Instruction) -> Option<String> {
        use crate::opcode::Opcode::*;
        let arg = instruction.arg() as usize;
        let name = |table: &[PyStr], i: usize| table.get(i).map(|s| s.to_string_lossy());
        let deref = |i: usize| {
            if i < self.cellvars.len() {
                name(&self.cellvars, i)
            } else {
                name(&self.freevars, i - self.cellvars.len())
            }
        };
        match instruction.opcode() {
            LOAD_CONST | RETURN_CONST => self.consts.get(arg).map(ConstValue::repr),
            LOAD_FAST | LOAD_FAST_CHECK | LOAD_FAST_AND_CLEAR | STORE_FAST | DELETE_FAST => name(&self.varnames, arg),
            MAKE_CELL
            | LOAD_CLOSURE
            | STORE_CLOSURE
            | LOAD_DEREF
            | STORE_DEREF
            | DELETE_DEREF
            | LOAD_FROM_DICT_OR_DEREF => deref(arg),
            LOAD_NAME
            | STORE_NAME
            | DELETE_NAME
            | STORE_GLOBAL
            | DELETE_GLOBAL
            | STORE_ATTR
            | DELETE_ATTR
            | IMPORT_NAME
            | IMPORT_FROM
            | LOAD_FROM_DICT_OR_GLOBALS => name(&self.names, arg),
            LOAD_GLOBAL | LOAD_ATTR => name(&self.names, arg >> 1),
            BINARY_OP => crate::opcode::BinaryOp::from_arg(arg as u32).map(|op| op.symbol().to_string()),
            COMPARE_OP => crate::opcode::CompareOp::from_arg(arg as u32).map(|op| op.symbol().to_string()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(instructions: &[(Opcode, u32)], handlers: &[u32]) -> Result<(), String> {
        let instructions: Vec<Instruction> = instructions.iter().map(|&(op, arg)| Instruction::new(op, arg)).collect();
        let table: Vec<ExceptionEntry> = handlers
            .iter()
            .map(|&target| ExceptionEntry { start: 0, end: 1, target, depth: 0, push_lasti: false })
            .collect();
        let sizes = TableSizes { varnames: 2, derefs: 1, consts: 3, names: 2, max_stack: 4 };
        verify_instructions(&instructions, &table, &sizes)
    }

    #[test]
    fn verified_code_stays_inside_its_tables() {
        use Opcode::*;
        assert_eq!(check(&[(LOAD_FAST, 1), (POP_JUMP_IF_TRUE, 0), (RETURN_CONST, 2), (RERAISE, 0)], &[3]), Ok(()));
        assert!(check(&[(LOAD_FAST, 2), (RETURN_VALUE, 0)], &[]).is_err(), "a local past the end");
        assert!(check(&[(LOAD_CONST, 3), (RETURN_VALUE, 0)], &[]).is_err(), "a constant past the end");
        assert!(check(&[(JUMP_FORWARD, 5)], &[]).is_err(), "a jump past the end");
        assert!(check(&[(LOAD_CONST, 0)], &[]).is_err(), "running off the end");
        assert!(check(&[], &[]).is_err(), "no instructions");
        assert!(check(&[(RETURN_CONST, 0)], &[1]).is_err(), "a handler past the end");
        assert!(check(&[(TRACE, 0), (RETURN_CONST, 0)], &[]).is_err(), "TRACE is the VM's");
        assert!(check(&[(LOAD_DEREF, 1), (RETURN_VALUE, 0)], &[]).is_err(), "a cell past the end");
        assert!(check(&[(LOAD_GLOBAL, 4), (RETURN_VALUE, 0)], &[]).is_err(), "a name past the end");
        assert_eq!(check(&[(LOAD_GLOBAL, 3), (POP_TOP, 0), (POP_TOP, 0), (RETURN_CONST, 0)], &[]), Ok(()));
        // A superinstruction's second argument is the next word's.
        assert_eq!(check(&[(LOAD_FAST_LOAD_CONST, 0), (LOAD_CONST, 2), (RETURN_VALUE, 0)], &[]), Ok(()));
        assert!(check(&[(LOAD_FAST_LOAD_FAST, 0), (RETURN_VALUE, 9)], &[]).is_err());
        assert!(check(&[(COMPARE_OP_POP_JUMP_IF_TRUE, 0), (RETURN_CONST, 7)], &[]).is_err());
    }

    #[test]
    fn verified_code_keeps_its_stack_within_bounds() {
        use Opcode::*;
        assert!(check(&[(POP_TOP, 0), (RETURN_CONST, 0)], &[]).is_err(), "a pop from an empty stack");
        assert!(check(&[(LOAD_CONST, 0), (BINARY_OP, 0), (RETURN_VALUE, 0)], &[]).is_err(), "one operand for two");
        let five_pushes = [(LOAD_CONST, 0); 5];
        assert!(check(&[&five_pushes[..], &[(RETURN_CONST, 0)]].concat(), &[]).is_err(), "past max_stack");
        // A loop that leaves a value behind on each pass.
        assert!(check(&[(LOAD_CONST, 0), (JUMP_BACKWARD, 0)], &[]).is_err(), "paths that disagree");
        // The handler gets the exception on an empty stack: it cannot pop two.
        assert!(check(&[(RETURN_CONST, 0), (POP_TOP, 0), (RERAISE, 0)], &[1]).is_err(), "a handler underflow");
        assert_eq!(check(&[(RETURN_CONST, 0), (RERAISE, 0)], &[1]), Ok(()));
        // COPY and SWAP reach their argument's depth, and 0 would be past the top.
        let two = [(LOAD_CONST, 0), (LOAD_CONST, 1)];
        assert_eq!(
            check(&[&two[..], &[(SWAP, 2), (POP_TOP, 0), (POP_TOP, 0), (RETURN_CONST, 0)]].concat(), &[]),
            Ok(())
        );
        assert!(check(&[&two[..], &[(SWAP, 3), (POP_TOP, 0), (POP_TOP, 0), (RETURN_CONST, 0)]].concat(), &[]).is_err());
        assert!(check(&[&two[..], &[(SWAP, 0), (POP_TOP, 0), (POP_TOP, 0), (RETURN_CONST, 0)]].concat(), &[]).is_err());
        assert!(check(
            &[&two[..], &[(COPY, 0), (POP_TOP, 0), (POP_TOP, 0), (POP_TOP, 0), (RETURN_CONST, 0)]].concat(),
            &[]
        )
        .is_err());
    }
}
