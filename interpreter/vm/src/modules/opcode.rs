//! The `_opcode` module: what `Lib/opcode.py` reads of Ferrython's instruction set. Its names
//! are CPython 3.12's, its numbering and encoding are Ferrython's own (one 32-bit word per
//! instruction, a 24-bit argument), so `opcode` describes the bytecode this interpreter runs.

use ferrython_bytecode::Opcode;

use crate::builtins::native_function;
use crate::modules::arguments::{parse, Signature};
use crate::objects::exception::value_error;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::{new_dict, new_module, tuple};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_opcode` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: [(&'static str, crate::objects::function::NativeFn); 2] =
        [("stack_effect", stack_effect), ("get_specialization_stats", get_specialization_stats)];
    for (name, func) in functions {
        ns.set_str(&intern(name), native_function(name, func, BuiltinKind::Function, None));
    }
    // The instruction names in number order, and the numbers of those whose argument is a jump
    // target (an instruction index: Ferrython's jumps are absolute).
    let names = Opcode::ALL.iter().map(|op| new_str(op.name())).collect();
    ns.set_str(&intern("_opnames"), tuple(names));
    let jumps = Opcode::ALL.iter().filter(|op| op.is_jump()).map(|op| Value::Int(*op as i64)).collect();
    ns.set_str(&intern("_absolute_jumps"), tuple(jumps));
    Ok(new_module("_opcode", dict))
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`: the change in stack depth the
/// instruction makes when it branches (`jump` true), falls through (false), or the larger of
/// the two (None).
fn stack_effect(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig =
        Signature { name: "stack_effect", params: &["opcode", "oparg", "jump"], posonly: 2, maxpos: 2, required: 1 };
    let values = parse(&sig, &args)?;
    let number = protocols::number::index_of(thread, values[0].as_ref().unwrap_or(&Value::None))?;
    let opcode =
        u8::try_from(number).ok().and_then(Opcode::from_u8).ok_or_else(|| value_error("invalid opcode or oparg"))?;
    let oparg = match values[1].as_ref().filter(|v| !v.is_none()) {
        Some(value) => protocols::number::index_of(thread, value)?,
        None => 0,
    };
    let oparg = u32::try_from(oparg)
        .ok()
        .filter(|&arg| arg <= ferrython_bytecode::Instruction::MAX_ARG)
        .ok_or_else(|| value_error("invalid opcode or oparg"))?;
    let effect = match values[2].as_ref().filter(|v| !v.is_none()) {
        Some(jump) => opcode.stack_effect(oparg, protocols::truthy(thread, jump)?),
        None => opcode.stack_effect(oparg, false).max(opcode.stack_effect(oparg, true)),
    };
    Ok(Value::Int(i64::from(effect)))
}

/// `get_specialization_stats()`: None, as in a CPython built without statistics.
fn get_specialization_stats(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::modules::arguments::no_arguments(&args, "get_specialization_stats")?;
    Ok(Value::None)
}
