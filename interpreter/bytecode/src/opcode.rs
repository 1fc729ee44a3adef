//! The instruction set: one line per opcode with its argument and its effect on the value stack.
//!
//! An instruction is one 32-bit word: the opcode in the low 8 bits and its argument in the high 24.
//! Stack pictures read bottom to top; `arg` is the instruction's argument. Jump targets are
//! absolute instruction indices. Names, semantics and argument encodings are CPython 3.12's unless
//! the line says otherwise.
//!
//! Calls use CPython 3.13's layout: the callable is pushed first, then either `NULL` (`PUSH_NULL`)
//! or the `self` that `LOAD_ATTR` found for a method, then the arguments.

use std::fmt;

macro_rules! opcodes {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every instruction of Ferrython's bytecode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $($(#[doc = $doc])* $name,)*
        }

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The name `dis` would show.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }
        }
    };
}

opcodes! {
    // ---- stack manipulation -------------------------------------------------------------------
    /// Does nothing (a placeholder that keeps a line number).
    NOP,
    /// `x ->`
    POP_TOP,
    /// `-> NULL`: the empty "self" slot of a call.
    PUSH_NULL,
    /// `... x(arg) ... -> ... x(arg) ... x`: pushes a copy of the arg-th item from the top (1 = top).
    COPY,
    /// Swaps the top with the arg-th item from the top (arg >= 2).
    SWAP,

    // ---- constants and variables --------------------------------------------------------------
    /// `-> consts[arg]`
    LOAD_CONST,
    /// `-> varnames[arg]`; the compiler proved it bound.
    LOAD_FAST,
    /// `-> varnames[arg]`; raises UnboundLocalError when it is unbound.
    LOAD_FAST_CHECK,
    /// `-> varnames[arg] or NULL`, leaving the local unbound (PEP 709 inlined comprehensions).
    LOAD_FAST_AND_CLEAR,
    /// `x ->`: varnames[arg] = x. A NULL (from LOAD_FAST_AND_CLEAR) unbinds it.
    STORE_FAST,
    /// Unbinds varnames[arg]; UnboundLocalError when it was unbound.
    DELETE_FAST,
    /// Puts a new empty cell in deref slot arg (deref slots are co_cellvars then co_freevars).
    /// CPython indexes "localsplus" instead; the free variables' cells are copied from the
    /// function's closure when the frame is made, so there is no COPY_FREE_VARS.
    MAKE_CELL,
    /// `-> cell`: the cell object in deref slot arg (to build a closure tuple).
    LOAD_CLOSURE,
    /// `-> value of the cell in deref slot arg`; NameError/UnboundLocalError when empty.
    LOAD_DEREF,
    /// `x ->`: stores into the cell in deref slot arg.
    STORE_DEREF,
    /// Empties the cell in deref slot arg.
    DELETE_DEREF,
    /// `mapping -> value`: mapping[name of deref slot arg], else the cell's value (class bodies).
    LOAD_FROM_DICT_OR_DEREF,
    /// `mapping -> value`: mapping[names[arg]], else globals, else builtins (annotation scopes).
    LOAD_FROM_DICT_OR_GLOBALS,
    /// `-> value`: names[arg] from the frame's locals mapping, then globals, then builtins.
    LOAD_NAME,
    /// `x ->`: locals[names[arg]] = x.
    STORE_NAME,
    /// del locals[names[arg]].
    DELETE_NAME,
    /// `-> value` or `-> value NULL` when arg & 1: names[arg >> 1] from globals, then builtins.
    /// (CPython 3.12 pushes the NULL before the value; 3.13 and Ferrython after.)
    LOAD_GLOBAL,
    /// `x ->`: globals[names[arg]] = x.
    STORE_GLOBAL,
    /// del globals[names[arg]].
    DELETE_GLOBAL,
    /// `-> mapping`: the frame's locals mapping (class bodies, for annotation scopes).
    LOAD_LOCALS,

    // ---- attributes and subscripts ------------------------------------------------------------
    /// `obj -> obj.name` where name is names[arg >> 1]. When arg & 1 (a method call follows):
    /// `obj -> method obj` if the attribute is a plain function found on the type (no bound
    /// method is made), else `obj -> attr NULL`.
    LOAD_ATTR,
    /// `value obj ->`: obj.names[arg] = value.
    STORE_ATTR,
    /// `obj ->`: del obj.names[arg].
    DELETE_ATTR,
    /// `container key -> container[key]`
    BINARY_SUBSCR,
    /// `value container key ->`: container[key] = value.
    STORE_SUBSCR,
    /// `container key ->`: del container[key].
    DELETE_SUBSCR,
    /// `container start end -> container[start:end]`
    BINARY_SLICE,
    /// `value container start end ->`: container[start:end] = value.
    STORE_SLICE,
    /// `start stop -> slice` (arg 2) or `start stop step -> slice` (arg 3).
    BUILD_SLICE,

    // ---- operators ----------------------------------------------------------------------------
    /// `x -> -x`
    UNARY_NEGATIVE,
    /// `x -> +x` (an intrinsic in CPython 3.12)
    UNARY_POSITIVE,
    /// `x -> not x`
    UNARY_NOT,
    /// `x -> ~x`
    UNARY_INVERT,
    /// `a b -> a op b`, op = BinaryOp(arg), in-place forms included.
    BINARY_OP,
    /// `a b -> a op b`, op = CompareOp(arg). (CPython 3.12 shifts the operator left by 4.)
    COMPARE_OP,
    /// `a b -> a is b` (arg 0) or `a is not b` (arg 1).
    IS_OP,
    /// `a b -> a in b` (arg 0) or `a not in b` (arg 1).
    CONTAINS_OP,

    // ---- jumps --------------------------------------------------------------------------------
    /// Jumps forward to instruction arg.
    JUMP_FORWARD,
    /// Jumps backward to instruction arg (the VM checks for signals and other threads here).
    JUMP_BACKWARD,
    /// `x ->`: jumps to arg if x is false.
    POP_JUMP_IF_FALSE,
    /// `x ->`: jumps to arg if x is true.
    POP_JUMP_IF_TRUE,
    /// `x ->`: jumps to arg if x is None.
    POP_JUMP_IF_NONE,
    /// `x ->`: jumps to arg if x is not None.
    POP_JUMP_IF_NOT_NONE,
    /// `x -> x` and jumps to arg if x is false, else `x ->` (CPython 3.11's; for `and`).
    JUMP_IF_FALSE_OR_POP,
    /// `x -> x` and jumps to arg if x is true, else `x ->` (CPython 3.11's; for `or`).
    JUMP_IF_TRUE_OR_POP,

    // ---- iteration ----------------------------------------------------------------------------
    /// `x -> iter(x)`
    GET_ITER,
    /// `it -> it next(it)`; when `it` is exhausted, `it ->` and jumps to arg (CPython 3.11's
    /// semantics: there is no END_FOR).
    FOR_ITER,
    /// `x -> iter`: x itself for a generator or (in a coroutine) a coroutine, else iter(x).
    GET_YIELD_FROM_ITER,
    /// `x -> awaitable iterator`: x.__await__() or x itself for a coroutine; arg as in CPython
    /// (1: after `__aenter__`, 2: after `__aexit__`) only shapes the error message.
    GET_AWAITABLE,
    /// `x -> x.__aiter__()`
    GET_AITER,
    /// `aiter -> aiter awaitable(aiter.__anext__())`
    GET_ANEXT,
    /// `aiter exc ->`: ends an `async for` when exc is StopAsyncIteration, else re-raises it.
    END_ASYNC_FOR,
    /// `iter value -> result`: sends value into iter (next() when value is None and iter is not a
    /// generator or coroutine). If it yields, the frame yields that value and, when resumed with
    /// v, executes YIELD_FROM again with `iter v`. When it returns, pushes its return value.
    /// gen.throw() and gen.close() are passed on to iter while the frame waits here.
    /// (CPython 3.10's instruction; 3.12 spells this as a SEND loop.)
    YIELD_FROM,
    /// `x -> sent`: suspends the frame yielding x; resumes with the value sent in.
    YIELD_VALUE,

    // ---- exceptions ---------------------------------------------------------------------------
    /// `exc -> prev_exc exc`: makes exc the exception being handled, saving the previous one.
    PUSH_EXC_INFO,
    /// `prev_exc ->`: restores the exception being handled.
    POP_EXCEPT,
    /// `exc ->` re-raises exc; with arg 1, `lasti exc ->`, also restoring the frame's lasti.
    RERAISE,
    /// `exc type -> exc bool`: isinstance(exc, type), with the TypeError for a bad type.
    CHECK_EXC_MATCH,
    /// `eg type -> rest match`: the split for `except*` (match is None when nothing matched).
    CHECK_EG_MATCH,
    /// Raises: arg 0 re-raises the exception being handled; `exc ->` (arg 1);
    /// `exc cause ->` (arg 2).
    RAISE_VARARGS,
    /// `-> AssertionError`
    LOAD_ASSERTION_ERROR,
    /// `mgr -> exit mgr.__enter__()`: looks up `__enter__` and `__exit__` on the type, calls
    /// `__enter__`; exit is the bound `__exit__`.
    BEFORE_WITH,
    /// `mgr -> exit awaitable(mgr.__aenter__())`
    BEFORE_ASYNC_WITH,
    /// `exit lasti prev_exc exc -> exit lasti prev_exc exc res`: res = exit(type, exc, tb).
    WITH_EXCEPT_START,

    // ---- calls and functions ------------------------------------------------------------------
    /// `callable self_or_null arg1 ... argN -> result` with N = arg.
    CALL,
    /// `callable self_or_null arg1 ... argN kwnames -> result`: N = arg counts the keyword
    /// arguments too; kwnames is a tuple of str naming the last len(kwnames) arguments.
    /// (CPython 3.13's; 3.12 uses KW_NAMES before CALL.)
    CALL_KW,
    /// `callable self_or_null args_tuple -> result` (arg 0) or
    /// `callable self_or_null args_tuple kwargs_dict -> result` (arg 1).
    CALL_FUNCTION_EX,
    /// `x -> f(x)` with f = Intrinsic1(arg).
    CALL_INTRINSIC_1,
    /// `x y -> f(x, y)` with f = Intrinsic2(arg).
    CALL_INTRINSIC_2,
    /// `[defaults] [kwdefaults] [annotations] [closure] code -> function`: the flags in arg say
    /// which are present (0x01 defaults tuple, 0x02 kwdefaults dict, 0x04 annotations tuple of
    /// name/value pairs, 0x08 closure tuple of cells), pushed in that order.
    MAKE_FUNCTION,
    /// `value -> (returns value)`
    RETURN_VALUE,
    /// Returns consts[arg].
    RETURN_CONST,
    /// `-> builtins.__build_class__`
    LOAD_BUILD_CLASS,
    /// Creates `__annotations__` in the locals mapping if it is missing.
    SETUP_ANNOTATIONS,

    // ---- building values ----------------------------------------------------------------------
    /// `x1 ... xN -> (x1, ..., xN)`, N = arg.
    BUILD_TUPLE,
    /// `x1 ... xN -> [x1, ..., xN]`
    BUILD_LIST,
    /// `x1 ... xN -> {x1, ..., xN}`
    BUILD_SET,
    /// `k1 v1 ... kN vN -> {k1: v1, ...}`
    BUILD_MAP,
    /// `v1 ... vN keys_tuple -> {keys[0]: v1, ...}`
    BUILD_CONST_KEY_MAP,
    /// `s1 ... sN -> s1 + ... + sN` (strs; for f-strings)
    BUILD_STRING,
    /// `list ... x -> list ...`: appends x to the list arg items below (after popping x).
    LIST_APPEND,
    /// `set ... x -> set ...`
    SET_ADD,
    /// `dict ... k v -> dict ...`
    MAP_ADD,
    /// `list ... iterable -> list ...`: list.extend(iterable).
    LIST_EXTEND,
    /// `set ... iterable -> set ...`: set.update(iterable).
    SET_UPDATE,
    /// `dict ... mapping -> dict ...`: dict.update(mapping).
    DICT_UPDATE,
    /// Like DICT_UPDATE, but a repeated key is the TypeError of a call's `**` unpacking.
    DICT_MERGE,
    /// `seq -> xN ... x1`: unpacks exactly arg items, the first on top.
    UNPACK_SEQUENCE,
    /// `seq -> ...`: unpacking with a starred target: arg & 0xFF items before it, arg >> 8 after.
    UNPACK_EX,
    /// `value [spec] -> str`: format(conversion(value), spec): arg & 3 is the conversion (0 none,
    /// 1 str, 2 repr, 3 ascii), arg & 4 says a spec is on the stack.
    FORMAT_VALUE,

    // ---- pattern matching ---------------------------------------------------------------------
    /// `x -> x len(x)`
    GET_LEN,
    /// `x -> x bool`: x is a mapping (for a mapping pattern).
    MATCH_MAPPING,
    /// `x -> x bool`: x is a sequence (for a sequence pattern).
    MATCH_SEQUENCE,
    /// `x keys -> x keys values_tuple_or_None`
    MATCH_KEYS,
    /// `x cls kwnames -> attrs_tuple_or_None`: arg positional sub-patterns.
    MATCH_CLASS,

    // ---- imports ------------------------------------------------------------------------------
    /// `level fromlist -> module`: __import__(names[arg], globals, locals, fromlist, level).
    IMPORT_NAME,
    /// `module -> module attr`: from module import names[arg].
    IMPORT_FROM,

    // ---- added after the first version ----------------------------------------------------------
    /// `cell ->`: puts a cell object (from LOAD_CLOSURE) back into deref slot arg. An inlined
    /// comprehension (PEP 709) whose variable is a cell saves the enclosing code's cell with
    /// LOAD_CLOSURE, makes a fresh one with MAKE_CELL, and restores the saved one with this
    /// afterwards. (CPython keeps cells in the fast-locals slots and uses LOAD_FAST_AND_CLEAR and
    /// STORE_FAST; Ferrython's deref slots are separate from `varnames`.)
    STORE_CLOSURE,

    // ---- superinstructions: made by the VM when it loads code, never by the compiler ----------
    // Each replaces the first of a pair of instructions, keeps that instruction's argument, and
    // reads the second word (left in place, so jumps to it still work) for the rest. `base()`
    // gives back the first instruction.
    /// LOAD_FAST arg, then the LOAD_FAST that follows.
    LOAD_FAST_LOAD_FAST,
    /// LOAD_FAST arg, then the LOAD_CONST that follows.
    LOAD_FAST_LOAD_CONST,
    /// STORE_FAST arg, then the LOAD_FAST that follows.
    STORE_FAST_LOAD_FAST,
    /// COMPARE_OP arg, then the POP_JUMP_IF_FALSE that follows, without pushing the bool when
    /// both operands are machine ints.
    COMPARE_OP_POP_JUMP_IF_FALSE,
    /// COMPARE_OP arg, then the POP_JUMP_IF_TRUE that follows, as above.
    COMPARE_OP_POP_JUMP_IF_TRUE,

    // ---- tracing (never compiled: the eval loop's stream for frames `sys.settrace` traces) ----
    /// Reports the instruction at this index to the trace function, then runs it.
    TRACE,
}

impl Opcode {
    /// The opcode with number `byte`, if there is one.
    #[inline]
    pub fn from_u8(byte: u8) -> Option<Opcode> {
        if usize::from(byte) < Opcode::ALL.len() {
            // SAFETY: `Opcode` is `repr(u8)` with variants numbered 0..ALL.len() in order.
            #[allow(unsafe_code)]
            Some(unsafe { std::mem::transmute::<u8, Opcode>(byte) })
        } else {
            None
        }
    }

    /// Whether the argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            JUMP_FORWARD
                | JUMP_BACKWARD
                | POP_JUMP_IF_FALSE
                | POP_JUMP_IF_TRUE
                | POP_JUMP_IF_NONE
                | POP_JUMP_IF_NOT_NONE
                | JUMP_IF_FALSE_OR_POP
                | JUMP_IF_TRUE_OR_POP
                | FOR_ITER
        )
    }

    /// The compiler's instruction a superinstruction stands for (itself for the others).
    pub fn base(self) -> Opcode {
        use Opcode::*;
        match self {
            LOAD_FAST_LOAD_FAST | LOAD_FAST_LOAD_CONST => LOAD_FAST,
            STORE_FAST_LOAD_FAST => STORE_FAST,
            COMPARE_OP_POP_JUMP_IF_FALSE | COMPARE_OP_POP_JUMP_IF_TRUE => COMPARE_OP,
            other => other,
        }
    }

    /// The superinstruction that runs `self` and then `next`, if there is one.
    pub fn fused_with(self, next: Opcode) -> Option<Opcode> {
        use Opcode::*;
        Some(match (self, next) {
            (LOAD_FAST, LOAD_FAST) => LOAD_FAST_LOAD_FAST,
            (LOAD_FAST, LOAD_CONST) => LOAD_FAST_LOAD_CONST,
            (STORE_FAST, LOAD_FAST) => STORE_FAST_LOAD_FAST,
            (COMPARE_OP, POP_JUMP_IF_FALSE) => COMPARE_OP_POP_JUMP_IF_FALSE,
            (COMPARE_OP, POP_JUMP_IF_TRUE) => COMPARE_OP_POP_JUMP_IF_TRUE,
            _ => return None,
        })
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        use Opcode::*;
        matches!(self, JUMP_FORWARD | JUMP_BACKWARD | RETURN_VALUE | RETURN_CONST | RERAISE | RAISE_VARARGS)
    }

    /// How many values the instruction needs on the stack: those it pops, or reads below the
    /// top. With `stack_effect`, this lets `code::verify_instructions` prove that no
    /// instruction pops below its frame's operand stack.
    pub fn stack_inputs(self, arg: u32) -> u32 {
        use Opcode::*;
        let n = arg;
        match self {
            LOAD_FAST_LOAD_FAST
            | LOAD_FAST_LOAD_CONST
            | STORE_FAST_LOAD_FAST
            | COMPARE_OP_POP_JUMP_IF_FALSE
            | COMPARE_OP_POP_JUMP_IF_TRUE => self.base().stack_inputs(arg),
            NOP | TRACE | JUMP_FORWARD | JUMP_BACKWARD | PUSH_NULL | LOAD_CONST | LOAD_FAST | LOAD_FAST_CHECK
            | LOAD_FAST_AND_CLEAR | DELETE_FAST | MAKE_CELL | LOAD_CLOSURE | LOAD_DEREF | DELETE_DEREF | LOAD_NAME
            | DELETE_NAME | LOAD_GLOBAL | DELETE_GLOBAL | LOAD_LOCALS | LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS
            | SETUP_ANNOTATIONS | RETURN_CONST => 0,
            POP_TOP
            | STORE_FAST
            | STORE_DEREF
            | STORE_NAME
            | STORE_GLOBAL
            | STORE_CLOSURE
            | LOAD_FROM_DICT_OR_DEREF
            | LOAD_FROM_DICT_OR_GLOBALS
            | LOAD_ATTR
            | DELETE_ATTR
            | UNARY_NEGATIVE
            | UNARY_POSITIVE
            | UNARY_NOT
            | UNARY_INVERT
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP
            | GET_ITER
            | FOR_ITER
            | GET_YIELD_FROM_ITER
            | GET_AWAITABLE
            | GET_AITER
            | GET_ANEXT
            | YIELD_VALUE
            | RETURN_VALUE
            | PUSH_EXC_INFO
            | POP_EXCEPT
            | BEFORE_WITH
            | BEFORE_ASYNC_WITH
            | CALL_INTRINSIC_1
            | UNPACK_SEQUENCE
            | UNPACK_EX
            | GET_LEN
            | MATCH_MAPPING
            | MATCH_SEQUENCE
            | IMPORT_FROM => 1,
            STORE_ATTR | BINARY_SUBSCR | DELETE_SUBSCR | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP
            | END_ASYNC_FOR | YIELD_FROM | CHECK_EXC_MATCH | CHECK_EG_MATCH | CALL_INTRINSIC_2 | MATCH_KEYS
            | IMPORT_NAME => 2,
            STORE_SUBSCR | BINARY_SLICE | MATCH_CLASS => 3,
            STORE_SLICE | WITH_EXCEPT_START => 4,
            COPY | SWAP | BUILD_SLICE | BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING | RAISE_VARARGS => n,
            BUILD_MAP => 2 * n,
            BUILD_CONST_KEY_MAP | LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => n + 1,
            MAP_ADD => n + 2,
            RERAISE => n + 1,
            CALL => n + 2,
            CALL_KW => n + 3,
            CALL_FUNCTION_EX => 3 + (n & 1),
            MAKE_FUNCTION => 1 + (n & 0xF).count_ones(),
            FORMAT_VALUE => 1 + ((n >> 2) & 1),
        }
    }

    /// The net change in stack depth when the instruction falls through to the next one, or
    /// (`jump`) when it branches. The compiler sizes frames with it; the VM's verifier
    /// (`code::verify_instructions`) checks code against it.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Opcode::*;
        let n = arg as i32;
        match self {
            // As the first instruction of the pair: the second keeps its own word.
            LOAD_FAST_LOAD_FAST
            | LOAD_FAST_LOAD_CONST
            | STORE_FAST_LOAD_FAST
            | COMPARE_OP_POP_JUMP_IF_FALSE
            | COMPARE_OP_POP_JUMP_IF_TRUE => self.base().stack_effect(arg, jump),
            NOP
            | TRACE
            | JUMP_FORWARD
            | JUMP_BACKWARD
            | UNARY_NEGATIVE
            | UNARY_POSITIVE
            | UNARY_NOT
            | UNARY_INVERT
            | GET_ITER
            | GET_YIELD_FROM_ITER
            | GET_AWAITABLE
            | GET_AITER
            | YIELD_VALUE
            | MAKE_CELL
            | DELETE_FAST
            | DELETE_DEREF
            | DELETE_NAME
            | DELETE_GLOBAL
            | SETUP_ANNOTATIONS
            | CALL_INTRINSIC_1
            | LOAD_FROM_DICT_OR_DEREF
            | LOAD_FROM_DICT_OR_GLOBALS
            | SWAP => 0,
            POP_TOP | STORE_FAST | STORE_DEREF | STORE_NAME | STORE_GLOBAL | DELETE_ATTR | POP_EXCEPT
            | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | BINARY_OP
            | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | RETURN_VALUE | LIST_APPEND | SET_ADD | LIST_EXTEND
            | SET_UPDATE | DICT_UPDATE | DICT_MERGE | YIELD_FROM | CALL_INTRINSIC_2 | IMPORT_NAME | STORE_CLOSURE => -1,
            PUSH_NULL | COPY | LOAD_CONST | LOAD_FAST | LOAD_FAST_CHECK | LOAD_FAST_AND_CLEAR | LOAD_CLOSURE
            | LOAD_DEREF | LOAD_NAME | LOAD_LOCALS | LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS | PUSH_EXC_INFO
            | GET_ANEXT | GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS | IMPORT_FROM | BEFORE_WITH
            | BEFORE_ASYNC_WITH | WITH_EXCEPT_START => 1,
            LOAD_GLOBAL => 1 + (n & 1),
            LOAD_ATTR => n & 1,
            STORE_ATTR | DELETE_SUBSCR | MAP_ADD | END_ASYNC_FOR | BINARY_SLICE => -2,
            STORE_SUBSCR => -3,
            STORE_SLICE => -4,
            BUILD_SLICE => 1 - n,
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            FOR_ITER => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            RERAISE => -1 - n,
            CHECK_EXC_MATCH | CHECK_EG_MATCH => 0,
            RAISE_VARARGS => -n,
            CALL => -1 - n,
            CALL_KW => -2 - n,
            CALL_FUNCTION_EX => -2 - (n & 1),
            MAKE_FUNCTION => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
            RETURN_CONST => 0,
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
            BUILD_MAP => 1 - 2 * n,
            BUILD_CONST_KEY_MAP => -n,
            UNPACK_SEQUENCE => n - 1,
            UNPACK_EX => (n & 0xFF) + (n >> 8),
            FORMAT_VALUE => -((n >> 2) & 1),
            MATCH_CLASS => -2,
        }
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One instruction word: the opcode in the low 8 bits, the argument in the high 24.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Instruction(u32);

impl Instruction {
    /// The largest argument an instruction can hold.
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    /// An instruction; `arg` must be at most `MAX_ARG` (the compiler checks its tables' sizes).
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        debug_assert!(arg <= Self::MAX_ARG);
        Instruction(op as u32 | (arg << 8))
    }

    /// The opcode. Words are only made by `new`, from an `Opcode`, so the low byte is always
    /// a valid opcode number and decoding is free (the eval loop decodes every word).
    #[inline]
    pub fn opcode(self) -> Opcode {
        // SAFETY: `Opcode` is `repr(u8)` and the low byte came from an `Opcode` in `new`.
        #[allow(unsafe_code)]
        unsafe {
            std::mem::transmute::<u8, Opcode>((self.0 & 0xFF) as u8)
        }
    }

    /// The 32-bit word (for `co_code`).
    pub fn word(self) -> u32 {
        self.0
    }

    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

impl fmt::Debug for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.opcode(), self.arg())
    }
}

/// The operators of BINARY_OP, numbered as CPython 3.12 numbers them (`NB_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add,
    And,
    FloorDivide,
    LShift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
    InplaceAdd,
    InplaceAnd,
    InplaceFloorDivide,
    InplaceLShift,
    InplaceMatrixMultiply,
    InplaceMultiply,
    InplaceRemainder,
    InplaceOr,
    InplacePower,
    InplaceRShift,
    InplaceSubtract,
    InplaceTrueDivide,
    InplaceXor,
}

impl BinaryOp {
    const ALL: [BinaryOp; 26] = {
        use BinaryOp::*;
        [
            Add,
            And,
            FloorDivide,
            LShift,
            MatrixMultiply,
            Multiply,
            Remainder,
            Or,
            Power,
            RShift,
            Subtract,
            TrueDivide,
            Xor,
            InplaceAdd,
            InplaceAnd,
            InplaceFloorDivide,
            InplaceLShift,
            InplaceMatrixMultiply,
            InplaceMultiply,
            InplaceRemainder,
            InplaceOr,
            InplacePower,
            InplaceRShift,
            InplaceSubtract,
            InplaceTrueDivide,
            InplaceXor,
        ]
    };

    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        Self::ALL.get(arg as usize).copied()
    }

    /// The binary operator an in-place one falls back to (itself when it is not in-place).
    pub fn base(self) -> BinaryOp {
        let n = self as usize;
        if n >= 13 {
            Self::ALL[n - 13]
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as usize >= 13
    }

    /// The operator as Python spells it: `+`, `+=`, `@`, ...
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            LShift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            RShift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLShift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRShift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }
}

/// The operators of COMPARE_OP, numbered as CPython's `Py_LT` ... `Py_GE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        use CompareOp::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(arg as usize).copied()
    }

    /// The comparison with its operands swapped: `a < b` is `b > a`.
    pub fn swapped(self) -> CompareOp {
        use CompareOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        use CompareOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

/// The one-argument intrinsics of CALL_INTRINSIC_1, numbered as in CPython 3.12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Intrinsic1 {
    Invalid,
    /// Prints a value the way the interactive prompt does (mode 'single').
    Print,
    /// `from module import *` into the locals mapping; pushes None.
    ImportStar,
    /// Turns a StopIteration raised in a generator into RuntimeError (PEP 479).
    StopIterationError,
    /// Wraps a value yielded by an async generator.
    AsyncGenWrap,
    UnaryPositive,
    /// list -> tuple
    ListToTuple,
    TypeVar,
    ParamSpec,
    TypeVarTuple,
    /// `Generic[*params]` for PEP 695 classes.
    SubscriptGeneric,
    TypeAlias,
}

impl Intrinsic1 {
    pub fn from_arg(arg: u32) -> Option<Intrinsic1> {
        use Intrinsic1::*;
        [
            Invalid,
            Print,
            ImportStar,
            StopIterationError,
            AsyncGenWrap,
            UnaryPositive,
            ListToTuple,
            TypeVar,
            ParamSpec,
            TypeVarTuple,
            SubscriptGeneric,
            TypeAlias,
        ]
        .get(arg as usize)
        .copied()
    }
}

/// The two-argument intrinsics of CALL_INTRINSIC_2, numbered as in CPython 3.12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Intrinsic2 {
    Invalid,
    /// Combines the exceptions raised and re-raised in `except*` handlers.
    PrepReraiseStar,
    TypeVarWithBound,
    TypeVarWithConstraints,
    /// Sets `__type_params__` of a function.
    SetFunctionTypeParams,
}

impl Intrinsic2 {
    pub fn from_arg(arg: u32) -> Option<Intrinsic2> {
        use Intrinsic2::*;
        [Invalid, PrepReraiseStar, TypeVarWithBound, TypeVarWithConstraints, SetFunctionTypeParams]
            .get(arg as usize)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for &op in Opcode::ALL {
            let word = Instruction::new(op, Instruction::MAX_ARG);
            assert_eq!(word.opcode(), op);
            assert_eq!(word.arg(), Instruction::MAX_ARG);
        }
        assert!(Opcode::ALL.len() <= 256);
    }

    #[test]
    fn inplace_operators_fall_back_to_their_base() {
        assert_eq!(BinaryOp::InplaceXor.base(), BinaryOp::Xor);
        assert_eq!(BinaryOp::Add.base(), BinaryOp::Add);
        assert_eq!(BinaryOp::from_arg(25), Some(BinaryOp::InplaceXor));
        assert_eq!(BinaryOp::from_arg(26), None);
    }
}
