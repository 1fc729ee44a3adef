//! `code`: the runtime code object, made from the compiler's `CodeObject` with its constants
//! turned into Python values and its names interned.

use std::sync::Arc;

use ferrython_ast::Int;
use ferrython_bytecode::{CodeFlags, CodeObject, ConstValue, ExceptionEntry, Instruction, Position};

use crate::objects::int::int_from_big;
use crate::objects::str::{intern_wtf8, str_object, PyString};
use crate::objects::typeobj::types;
use crate::objects::{dict::Dict, OwnedPayload, Payload};
use crate::value::{ObjRef, Value};

pub struct Code {
    /// Unique for the life of the process (never reused, unlike the code's address once it is
    /// freed): the per-thread caches key call sites by it.
    pub id: usize,
    pub instructions: Box<[Instruction]>,
    pub consts: Box<[Value]>,
    /// Interned names of the *_NAME, *_GLOBAL, *_ATTR and IMPORT_* instructions.
    pub names: Box<[ObjRef]>,
    pub varnames: Box<[ObjRef]>,
    pub cellvars: Box<[ObjRef]>,
    pub freevars: Box<[ObjRef]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub positions: Box<[Position]>,
    pub exception_table: Box<[ExceptionEntry]>,
    pub max_stack: usize,
    /// The stream frames run while a trace function is set: a TRACE at every index (made on
    /// first use).
    pub(crate) traced: std::sync::OnceLock<Box<[Instruction]>>,
    /// LOAD_ATTR's cache words, one per instruction (see `site_cache`).
    pub(crate) sites: crate::site_cache::SiteCache,
}

/// The instructions as the eval loop runs them: pairs that have a superinstruction start with it
/// (see `Opcode::fused_with`); the second word stays, for jumps that land on it.
fn quicken(instructions: &[Instruction]) -> Box<[Instruction]> {
    let mut quick = instructions.to_vec();
    for (i, pair) in instructions.windows(2).enumerate() {
        if let Some(fused) = pair[0].opcode().fused_with(pair[1].opcode()) {
            quick[i] = Instruction::new(fused, pair[0].arg());
        }
    }
    quick.into_boxed_slice()
}

/// The instruction a TRACE at `index` stands for, with a superinstruction split back into its
/// first half (a traced frame reports each instruction, so pairs cannot run as one).
pub fn traced_instruction(code: &Code, index: usize) -> Instruction {
    let instruction = code.instructions[index];
    Instruction::new(instruction.opcode().base(), instruction.arg())
}

/// A fresh `Code::id`.
pub fn new_code_id() -> usize {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Code {
    /// Converts the compiler's code object (and the code objects among its constants).
    pub fn from_compiled(code: &CodeObject) -> Arc<Code> {
        let names = |list: &[ferrython_ast::PyStr]| list.iter().map(|n| intern_wtf8(n.as_wtf8())).collect();
        let instructions = quicken(&code.instructions);
        // The eval loop indexes instructions, fast locals, cells, constants and names, and
        // pushes and pops its operand stack, without bounds checks on the strength of this: the
        // compiler's output passes, and bytecode read from a cache was verified as it was read
        // (`marshal`), so a failure here is a compiler bug.
        if let Err(what) =
            ferrython_bytecode::code::verify_instructions(&instructions, &code.exception_table, &code.table_sizes())
        {
            panic!("the compiler made unverifiable code for {}: {what}", code.qualname.to_string_lossy());
        }
        Arc::new(Code {
            id: new_code_id(),
            instructions,
            consts: code.consts.iter().map(const_value).collect(),
            names: names(&code.names),
            varnames: names(&code.varnames),
            cellvars: names(&code.cellvars),
            freevars: names(&code.freevars),
            name: intern_wtf8(code.name.as_wtf8()),
            qualname: intern_wtf8(code.qualname.as_wtf8()),
            filename: intern_wtf8(code.filename.as_bytes()),
            firstlineno: code.firstlineno,
            argcount: code.argcount,
            posonlyargcount: code.posonlyargcount,
            kwonlyargcount: code.kwonlyargcount,
            flags: code.flags,
            positions: code.positions.clone().into_boxed_slice(),
            exception_table: code.exception_table.clone().into_boxed_slice(),
            max_stack: code.max_stack as usize,
            traced: std::sync::OnceLock::new(),
            sites: crate::site_cache::SiteCache::new(code.instructions.len()),
        })
    }

    /// The instruction stream of a traced frame (see `Opcode::TRACE`).
    pub fn traced_instructions(&self) -> &[Instruction] {
        self.traced.get_or_init(|| {
            vec![Instruction::new(ferrython_bytecode::Opcode::TRACE, 0); self.instructions.len()].into()
        })
    }

    /// Fast locals plus deref slots: the size of the frame below its value stack.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The arguments the code takes, `*args` and `**kwargs` included.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags.has(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.has(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags.0 & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
    }

    /// The line of the instruction at `index` (CPython's `co_lines` view), or None.
    pub fn line_at(&self, index: usize) -> Option<u32> {
        self.positions.get(index).and_then(|p| p.lineno)
    }

    pub fn name_str(&self) -> String {
        text(&self.name)
    }

    pub fn qualname_str(&self) -> String {
        text(&self.qualname)
    }

    pub fn filename_str(&self) -> String {
        text(&self.filename)
    }
}

fn text(obj: &ObjRef) -> String {
    match obj.payload() {
        Payload::Str(s) => s.as_str().into_owned(),
        _ => String::new(),
    }
}

/// A constant as a Python value.
pub fn const_value(constant: &ConstValue) -> Value {
    let t = types();
    match constant {
        ConstValue::None => Value::None,
        ConstValue::Bool(b) => Value::Bool(*b),
        ConstValue::Ellipsis => crate::builtins::ellipsis(),
        ConstValue::Int(Int::Small(i)) => Value::Int(*i),
        ConstValue::Int(Int::Big(big)) => int_from_big(big.clone()),
        ConstValue::Float(f) => Value::Float(*f),
        ConstValue::Complex { real, imag } => {
            Value::Obj(ObjRef::new(t.complex.clone(), None, OwnedPayload::Complex((*real, *imag))))
        }
        // Short strings that look like names are interned, as CPython does for constants.
        ConstValue::Str(s) if s.as_wtf8().len() <= 40 => Value::Obj(intern_wtf8(s.as_wtf8())),
        ConstValue::Str(s) => str_object(PyString::from_wtf8(s.as_wtf8())),
        ConstValue::Bytes(b) => Value::Obj(ObjRef::new(t.bytes.clone(), None, OwnedPayload::Bytes(b.clone().into()))),
        ConstValue::Tuple(items) => crate::objects::tuple(items.iter().map(const_value).collect()),
        ConstValue::FrozenSet(items) => {
            let table = Dict::new();
            for item in items {
                let key = const_value(item);
                if let Some(hash) = crate::protocols::native_hash(&key) {
                    let _ = table.insert_native(key, hash, Value::None);
                }
            }
            Value::Obj(ObjRef::new(t.frozenset.clone(), None, OwnedPayload::FrozenSet(table)))
        }
        ConstValue::Code(code) => {
            Value::Obj(ObjRef::new(t.code.clone(), None, OwnedPayload::Code(Code::from_compiled(code))))
        }
    }
}
