//! Assembly: a unit's optimized control-flow graph becomes a `CodeObject`: blocks laid out,
//! jumps resolved to absolute indices (JUMP_FORWARD or JUMP_BACKWARD by direction), the prefix
//! that makes the cells, deref slots renumbered to the final `co_cellvars` order, the exception
//! table built from each instruction's handler, and positions as `co_positions()` gives them.

use ferrython_ast::PyStr;
use ferrython_bytecode::{CodeFlags, CodeObject, ExceptionEntry, Instruction, Opcode, Position};

use crate::codegen::Unit;
use crate::flowgraph::{Op, SrcLoc};
use crate::{CompileError, Result};

fn position(at: SrcLoc) -> Position {
    if at.is_none() {
        return Position::default();
    }
    let column = |c: i32| u32::try_from(c).ok();
    Position {
        lineno: Some(at.lineno as u32),
        end_lineno: u32::try_from(at.end_lineno).ok(),
        col_offset: column(at.col),
        end_col_offset: column(at.end_col),
    }
}

fn too_big(what: &str) -> CompileError {
    CompileError {
        msg: format!("too many {what} in one code object"),
        lineno: -1,
        offset: 0,
        end_lineno: -1,
        end_offset: Some(0),
    }
}

/// Drops the constants no instruction loads any more (code objects of dead code among them),
/// keeping the first, which may be the docstring (CPython's `remove_unused_consts`).
fn remove_unused_consts(unit: &mut Unit) {
    let mut used = vec![false; unit.consts.len()];
    if let Some(first) = used.first_mut() {
        *first = true;
    }
    let loads = |instr: &crate::flowgraph::Instr| {
        matches!(instr.op, Op::Real(Opcode::LOAD_CONST) | Op::Real(Opcode::RETURN_CONST))
    };
    for &b in &unit.cfg.layout {
        for instr in unit.cfg.blocks[b].instrs.iter().filter(|i| loads(i)) {
            used[instr.arg as usize] = true;
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut renumber = vec![0u32; used.len()];
    let mut kept = Vec::new();
    for (i, constant) in std::mem::take(&mut unit.consts).into_iter().enumerate() {
        if used[i] {
            renumber[i] = kept.len() as u32;
            kept.push(constant);
        }
    }
    unit.consts = kept;
    for &b in &unit.cfg.layout {
        for instr in unit.cfg.blocks[b].instrs.iter_mut().filter(|i| loads(i)) {
            instr.arg = renumber[instr.arg as usize];
        }
    }
}

fn word(op: Opcode, arg: u32) -> Result<Instruction> {
    if arg > Instruction::MAX_ARG {
        return Err(too_big("items for an instruction argument"));
    }
    Ok(Instruction::new(op, arg))
}

pub(crate) fn assemble(mut unit: Unit, flags: CodeFlags, filename: &str, nparams: usize) -> Result<CodeObject> {
    let max_depth = unit.cfg.optimize(&mut unit.consts, unit.firstlineno, unit.varnames.len(), nparams);
    remove_unused_consts(&mut unit);
    for table in [unit.names.len(), unit.varnames.len(), unit.consts.len(), unit.cellvars.len() + unit.freevars.len()] {
        if table > Instruction::MAX_ARG as usize {
            return Err(too_big("names or constants"));
        }
    }

    // co_cellvars lists the cells that are also locals first, in co_varnames order.
    let ncells = unit.cellvars.len();
    let mut cell_order: Vec<usize> =
        (0..ncells).filter(|&i| unit.varnames.get(&unit.cellvars.names[i]).is_some()).collect();
    cell_order.sort_by_key(|&i| unit.varnames.get(&unit.cellvars.names[i]));
    cell_order.extend((0..ncells).filter(|&i| unit.varnames.get(&unit.cellvars.names[i]).is_none()));
    let mut renumber = vec![0u32; ncells];
    for (new, &old) in cell_order.iter().enumerate() {
        renumber[old] = new as u32;
    }
    let deref = |arg: u32| if (arg as usize) < ncells { renumber[arg as usize] } else { arg };

    let mut instructions = Vec::new();
    let mut positions = Vec::new();
    let mut needs_copy_depth = false;
    for (new, &old) in cell_order.iter().enumerate() {
        instructions.push(word(Opcode::MAKE_CELL, new as u32)?);
        positions.push(Position::default());
        if let Some(v) = unit.varnames.get(&unit.cellvars.names[old]).filter(|&v| (v as usize) < nparams) {
            instructions.push(word(Opcode::LOAD_FAST, v)?);
            instructions.push(word(Opcode::STORE_DEREF, new as u32)?);
            positions.extend([Position::default(); 2]);
            needs_copy_depth = true;
        }
    }

    let cfg = &unit.cfg;
    let mut starts = vec![0u32; cfg.blocks.len()];
    let mut index = instructions.len() as u32;
    for &b in &cfg.layout {
        starts[b] = index;
        index += cfg.blocks[b].instrs.len() as u32;
    }
    if index > Instruction::MAX_ARG {
        return Err(too_big("instructions"));
    }
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for &b in &cfg.layout {
        for instr in &cfg.blocks[b].instrs {
            let here = instructions.len() as u32;
            let (op, arg) = match instr.op {
                Op::Real(op) => {
                    let arg = match (instr.target, op) {
                        (Some(t), _) => starts[t],
                        (None, Opcode::MAKE_CELL)
                        | (None, Opcode::LOAD_CLOSURE)
                        | (None, Opcode::STORE_CLOSURE)
                        | (None, Opcode::LOAD_DEREF)
                        | (None, Opcode::STORE_DEREF)
                        | (None, Opcode::DELETE_DEREF)
                        | (None, Opcode::LOAD_FROM_DICT_OR_DEREF) => deref(instr.arg),
                        (None, _) => instr.arg,
                    };
                    (op, arg)
                }
                Op::Jump => {
                    let target = starts[instr.target.expect("a jump has a target")];
                    let op = if target > here { Opcode::JUMP_FORWARD } else { Opcode::JUMP_BACKWARD };
                    (op, target)
                }
                Op::StoreFastMaybeNull => (Opcode::STORE_FAST, instr.arg),
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith | Op::PopBlock => (Opcode::NOP, 0),
            };
            instructions.push(word(op, arg)?);
            positions.push(position(instr.loc));
            if let Some(h) = instr.handler {
                let handler = &cfg.blocks[h];
                let lasti = handler.preserve_lasti;
                let depth = handler.start_depth.unwrap_or(0) - 1 - i32::from(lasti);
                let entry = ExceptionEntry {
                    start: here,
                    end: here + 1,
                    target: starts[h],
                    depth: depth.max(0) as u32,
                    push_lasti: lasti,
                };
                match table.last_mut() {
                    Some(last)
                        if last.end == here
                            && last.target == entry.target
                            && last.depth == entry.depth
                            && last.push_lasti == lasti =>
                    {
                        last.end += 1
                    }
                    _ => table.push(entry),
                }
            }
        }
    }

    let pystrs = |names: &[String]| names.iter().map(|n| PyStr::from_text(n)).collect::<Vec<_>>();
    let cellvars: Vec<String> = cell_order.iter().map(|&i| unit.cellvars.names[i].clone()).collect();
    let max_stack = max_depth.max(i32::from(needs_copy_depth)).max(0) as u32;
    Ok(CodeObject {
        name: PyStr::from_text(&unit.name),
        qualname: PyStr::from_text(&unit.qualname),
        filename: filename.to_string(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        varnames: pystrs(&unit.varnames.names),
        cellvars: pystrs(&cellvars),
        freevars: pystrs(&unit.freevars.names),
        names: pystrs(&unit.names.names),
        consts: std::mem::take(&mut unit.consts),
        instructions,
        positions,
        exception_table: table,
        max_stack,
    })
}
