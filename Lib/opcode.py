"""The instruction set of the bytecode this interpreter runs, for `dis` and other tools.

Instruction names and what their arguments mean are CPython 3.12's. The numbering and the
encoding are Ferrython's: every instruction is one 32-bit word, the opcode in its low byte and
an argument of up to 24 bits above it, so there is no EXTENDED_ARG and no inline cache. Jump
arguments are absolute instruction indices (listed in `hasjabs`), not relative offsets.
"""

import _opcode
from _opcode import stack_effect

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

# Ferrython shows instructions as they are; it specializes them out of sight.
ENABLE_SPECIALIZATION = False

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opname = [f'<{number}>' for number in range(256)]
opmap = {}
for _number, _name in enumerate(_opcode._opnames):
    opname[_number] = _name
    opmap[_name] = _number
del _number, _name

# Every instruction word has an argument field; `hasarg` lists those whose argument means
# something. No number is EXTENDED_ARG (arguments are 24 bits wide); 255 is never used.
HAVE_ARGUMENT = 0
EXTENDED_ARG = 255

_WITHOUT_ARGUMENT = {
    'NOP', 'POP_TOP', 'PUSH_NULL', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR',
    'BINARY_SLICE', 'STORE_SLICE', 'UNARY_NEGATIVE', 'UNARY_POSITIVE', 'UNARY_NOT',
    'UNARY_INVERT', 'GET_ITER', 'GET_YIELD_FROM_ITER', 'GET_AITER', 'GET_ANEXT',
    'END_ASYNC_FOR', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH',
    'LOAD_ASSERTION_ERROR', 'BEFORE_WITH', 'BEFORE_ASYNC_WITH', 'WITH_EXCEPT_START',
    'RETURN_VALUE', 'LOAD_BUILD_CLASS', 'SETUP_ANNOTATIONS', 'LOAD_LOCALS', 'GET_LEN',
    'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'TRACE',
}


def _numbers(*names):
    """The numbers of the instructions named that this instruction set has."""
    return [opmap[name] for name in names if name in opmap]


hasarg = [number for name, number in opmap.items() if name not in _WITHOUT_ARGUMENT]
hasconst = _numbers('LOAD_CONST', 'RETURN_CONST')
hasname = _numbers('LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
                   'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'IMPORT_NAME',
                   'IMPORT_FROM', 'LOAD_FROM_DICT_OR_GLOBALS')
hasjrel = []
hasjabs = sorted(_opcode._absolute_jumps)
haslocal = _numbers('LOAD_FAST', 'LOAD_FAST_CHECK', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST',
                    'DELETE_FAST', 'LOAD_FAST_LOAD_FAST', 'LOAD_FAST_LOAD_CONST',
                    'STORE_FAST_LOAD_FAST')
hascompare = _numbers('COMPARE_OP', 'COMPARE_OP_POP_JUMP_IF_FALSE', 'COMPARE_OP_POP_JUMP_IF_TRUE')
hasfree = _numbers('MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
                   'LOAD_FROM_DICT_OR_DEREF', 'STORE_CLOSURE')
hasexc = []
hasnargs = []

# BINARY_OP's argument: the operator, in-place forms after the others.
_nb_ops = [
    (f'NB_{prefix}{name}', symbol + suffix)
    for prefix, suffix in (('', ''), ('INPLACE_', '='))
    for name, symbol in (
        ('ADD', '+'), ('AND', '&'), ('FLOOR_DIVIDE', '//'), ('LSHIFT', '<<'),
        ('MATRIX_MULTIPLY', '@'), ('MULTIPLY', '*'), ('REMAINDER', '%'), ('OR', '|'),
        ('POWER', '**'), ('RSHIFT', '>>'), ('SUBTRACT', '-'), ('TRUE_DIVIDE', '/'),
        ('XOR', '^'),
    )
]

# CALL_INTRINSIC_1's and CALL_INTRINSIC_2's arguments.
_intrinsic1_descs = [
    'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR',
    'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE',
    'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC',
    'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
]
_intrinsic2_descs = [
    'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
    'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
]

# No instruction is followed by inline cache entries, and none is specialized in place.
_specializations = {}
_specialized_instructions = []
_cache_format = {}
_inline_cache_entries = [0] * 256
