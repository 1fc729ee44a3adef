"""Looking inside pickles: the table of opcodes (name, code, argument, protocol) and genops(),
which walks a pickle opcode by opcode. (CPython's module also has dis() and optimize(); this
one does not yet.)"""

import io
import pickle
from struct import unpack

__all__ = ["genops", "opcodes", "OpcodeInfo", "ArgumentDescriptor"]


class ArgumentDescriptor:
    """How an opcode's argument is written: `n` bytes (or one of the variable-size markers
    below), read by `reader(file)`."""

    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc=""):
        self.name, self.n, self.reader, self.doc = name, n, reader, doc

    def __repr__(self):
        return "ArgumentDescriptor(%s)" % self.name


UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


def _exact(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in an opcode argument, but only %d remain" % (n, len(data)))
    return data


def _line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read " + what)
    return data[:-1]


def _sized(size_reader, convert):
    def read(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("negative byte count")
        return convert(_exact(f, n))
    return read


def read_uint1(f):
    return _exact(f, 1)[0]


def read_uint2(f):
    return unpack("<H", _exact(f, 2))[0]


def read_int4(f):
    return unpack("<i", _exact(f, 4))[0]


def read_uint4(f):
    return unpack("<I", _exact(f, 4))[0]


def read_uint8(f):
    return unpack("<Q", _exact(f, 8))[0]


def read_float8(f):
    return unpack(">d", _exact(f, 8))[0]


def read_stringnl(f):
    data = _line(f, "stringnl")
    if len(data) < 2 or data[:1] not in (b"'", b'"') or data[-1:] != data[:1]:
        raise ValueError("string quote %r not found at both ends of %r" % (data[:1], data))
    return pickle._unescape_bytes(data[1:-1]).decode("latin-1")


def read_stringnl_noescape(f):
    return _line(f, "stringnl_noescape").decode("utf-8")


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def read_decimalnl_short(f):
    text = _line(f, "decimalnl_short")
    if text == b"00":
        return False
    if text == b"01":
        return True
    return int(text)


def read_decimalnl_long(f):
    text = _line(f, "decimalnl_long")
    return int(text[:-1] if text.endswith(b"L") else text)


def read_floatnl(f):
    return float(_line(f, "floatnl"))


def read_unicodestringnl(f):
    return pickle._raw_unicode_unescape(_line(f, "unicodestringnl"))


def _utf8(data):
    return str(data, "utf-8", "surrogatepass")


read_long1 = _sized(read_uint1, pickle.decode_long)
read_long4 = _sized(read_int4, pickle.decode_long)
read_string1 = _sized(read_uint1, lambda b: b.decode("latin-1"))
read_string4 = _sized(read_int4, lambda b: b.decode("latin-1"))
read_bytes1 = _sized(read_uint1, bytes)
read_bytes4 = _sized(read_uint4, bytes)
read_bytes8 = _sized(read_uint8, bytes)
read_bytearray8 = _sized(read_uint8, bytearray)
read_unicodestring1 = _sized(read_uint1, _utf8)
read_unicodestring4 = _sized(read_uint4, _utf8)
read_unicodestring8 = _sized(read_uint8, _utf8)

# name, size, reader of each kind of argument.
_ARGUMENTS = [
    ("uint1", 1, read_uint1), ("uint2", 2, read_uint2), ("int4", 4, read_int4),
    ("uint4", 4, read_uint4), ("uint8", 8, read_uint8), ("float8", 8, read_float8),
    ("stringnl", UP_TO_NEWLINE, read_stringnl),
    ("stringnl_noescape", UP_TO_NEWLINE, read_stringnl_noescape),
    ("stringnl_noescape_pair", UP_TO_NEWLINE, read_stringnl_noescape_pair),
    ("decimalnl_short", UP_TO_NEWLINE, read_decimalnl_short),
    ("decimalnl_long", UP_TO_NEWLINE, read_decimalnl_long),
    ("floatnl", UP_TO_NEWLINE, read_floatnl),
    ("unicodestringnl", UP_TO_NEWLINE, read_unicodestringnl),
    ("long1", TAKEN_FROM_ARGUMENT1, read_long1), ("long4", TAKEN_FROM_ARGUMENT4, read_long4),
    ("string1", TAKEN_FROM_ARGUMENT1, read_string1), ("string4", TAKEN_FROM_ARGUMENT4, read_string4),
    ("bytes1", TAKEN_FROM_ARGUMENT1, read_bytes1), ("bytes4", TAKEN_FROM_ARGUMENT4U, read_bytes4),
    ("bytes8", TAKEN_FROM_ARGUMENT8U, read_bytes8),
    ("bytearray8", TAKEN_FROM_ARGUMENT8U, read_bytearray8),
    ("unicodestring1", TAKEN_FROM_ARGUMENT1, read_unicodestring1),
    ("unicodestring4", TAKEN_FROM_ARGUMENT4U, read_unicodestring4),
    ("unicodestring8", TAKEN_FROM_ARGUMENT8U, read_unicodestring8),
]
_ARGUMENT_BY_NAME = {name: ArgumentDescriptor(name, n, reader) for name, n, reader in _ARGUMENTS}


class OpcodeInfo:
    """One opcode: its name, its one-character code, its argument (None if it has none) and
    the protocol that brought it."""

    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=""):
        self.name, self.code, self.arg = name, code, arg
        self.stack_before, self.stack_after = stack_before, stack_after
        self.proto, self.doc = proto, doc

    def __repr__(self):
        return "<OpcodeInfo %s %r>" % (self.name, self.code)


# NAME protocol argument-kind (or -): the opcodes of pickle's protocols.
_TABLE = """
INT 0 decimalnl_short
BININT 1 int4
BININT1 1 uint1
BININT2 1 uint2
LONG 0 decimalnl_long
LONG1 2 long1
LONG4 2 long4
STRING 0 stringnl
BINSTRING 1 string4
SHORT_BINSTRING 1 string1
BINBYTES 3 bytes4
SHORT_BINBYTES 3 bytes1
BINBYTES8 4 bytes8
BYTEARRAY8 5 bytearray8
NEXT_BUFFER 5 -
READONLY_BUFFER 5 -
NONE 0 -
NEWTRUE 2 -
NEWFALSE 2 -
UNICODE 0 unicodestringnl
SHORT_BINUNICODE 4 unicodestring1
BINUNICODE 1 unicodestring4
BINUNICODE8 4 unicodestring8
FLOAT 0 floatnl
BINFLOAT 1 float8
EMPTY_LIST 1 -
APPEND 0 -
APPENDS 1 -
LIST 0 -
EMPTY_TUPLE 1 -
TUPLE 0 -
TUPLE1 2 -
TUPLE2 2 -
TUPLE3 2 -
EMPTY_DICT 1 -
DICT 0 -
SETITEM 0 -
SETITEMS 1 -
EMPTY_SET 4 -
ADDITEMS 4 -
FROZENSET 4 -
POP 0 -
DUP 0 -
MARK 0 -
POP_MARK 1 -
GET 0 decimalnl_short
BINGET 1 uint1
LONG_BINGET 1 uint4
PUT 0 decimalnl_short
BINPUT 1 uint1
LONG_BINPUT 1 uint4
MEMOIZE 4 -
EXT1 2 uint1
EXT2 2 uint2
EXT4 2 int4
GLOBAL 0 stringnl_noescape_pair
STACK_GLOBAL 4 -
REDUCE 0 -
BUILD 0 -
INST 0 stringnl_noescape_pair
OBJ 1 -
NEWOBJ 2 -
NEWOBJ_EX 4 -
PROTO 2 uint1
STOP 0 -
FRAME 4 uint8
PERSID 0 stringnl_noescape
BINPERSID 1 -
"""

opcodes = []
for _line_text in _TABLE.split("\n"):
    if not _line_text:
        continue
    _name, _proto, _kind = _line_text.split()
    _code = getattr(pickle, _name).decode("latin-1")
    _arg = None if _kind == "-" else _ARGUMENT_BY_NAME[_kind]
    opcodes.append(OpcodeInfo(_name, _code[0], _arg, [], [], int(_proto)))
del _line_text, _name, _proto, _kind, _code, _arg

code2op = {op.code: op for op in opcodes}


def genops(pickle_data):
    """Yields (opcode, argument, position) for each opcode of a pickle (bytes or a binary
    file), up to its STOP."""
    if isinstance(pickle_data, (bytes, bytearray)):
        pickle_data = io.BytesIO(pickle_data)
    tell = getattr(pickle_data, "tell", None)
    while True:
        position = tell() if tell is not None else None
        code = pickle_data.read(1)
        op = code2op.get(code.decode("latin-1"))
        if op is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if position is None else position, code))
        arg = None if op.arg is None else op.arg.reader(pickle_data)
        yield op, arg, position
        if code == b".":
            return
