//! The contract between Ferrython's compiler and its VM: the instruction set (`opcode`) and the
//! code object the compiler produces (`code`).
//!
//! The instruction set follows CPython 3.12's (as the `dis` module documents it), so that the
//! compiler can mirror CPython's code generation and the VM CPython's semantics. Where it differs,
//! `opcode.rs` says so on the instruction; the main differences are a 32-bit instruction word with a
//! 24-bit argument (no EXTENDED_ARG, no inline CACHE words: the VM keeps its caches beside the
//! code), absolute jump targets, CPython 3.13's call layout (`callable, self_or_null, args...`),
//! and 3.10's single `YIELD_FROM` for `yield from` and `await`.

pub mod code;
pub mod linetable;
pub mod marshal;
pub mod opcode;

pub use code::{CodeFlags, CodeObject, ConstValue, ExceptionEntry, Position, Unverifiable};
pub use opcode::{BinaryOp, CompareOp, Instruction, Intrinsic1, Intrinsic2, Opcode};
