"""Serializing Python objects to bytes and back: the pickle protocols 0 to 5.

dumps()/dump() write an object with a Pickler, loads()/load() read it back with an Unpickler. A
pickle is a program for a small stack machine: each opcode pushes, builds or memoizes objects;
the object left on the stack at STOP is the result. The opcodes are listed below with the
protocol that brought them.
"""

import _codecs
import codecs
import io
import sys
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from itertools import islice
from functools import partial
from struct import pack, unpack
from types import (BuiltinFunctionType, FunctionType, MethodDescriptorType, MethodType,
                   MethodWrapperType, WrapperDescriptorType)
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES",
           "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL",
           "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2",
           "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
           "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL",
           "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """The base of the pickling errors."""


class PicklingError(PickleError):
    """An object that cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle that cannot be read (other errors, such as EOFError, may also be raised)."""


class _StackError(UnpicklingError, IndexError):
    """A pickle that pops more than it pushed, or misplaces its marks: an UnpicklingError, as
    CPython's C unpickler raises, and an IndexError, as its Python one does."""


_StackError.__name__ = _StackError.__qualname__ = "UnpicklingError"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes ---------------------------------------------------------------------------------

# Protocol 0 (text) and 1 (binary).
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
# Protocol 2.
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
# Protocol 3.
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
# Protocol 4.
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
# Protocol 5.
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_SMALL_TUPLES = {1: TUPLE1, 2: TUPLE2, 3: TUPLE3}

# Frames (protocol 4) hold about this much; smaller ones than _FRAME_MIN are not worth a header.
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
# Items per APPENDS/SETITEMS/ADDITEMS.
_BATCH = 1000


class PickleBuffer:
    """A buffer given to pickle protocol 5 out of band (see buffer_callback and buffers)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        if self._view is not None:
            self._view.release()
            self._view = None

    def __buffer__(self, flags):
        return self.raw()


# ---- integers ------------------------------------------------------------------------------

def encode_long(x):
    """The shortest little-endian two's complement bytes of x (b'' for 0)."""
    if x == 0:
        return b""
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, "little", signed=True)
    # One byte too many for negative numbers whose top bit lands at a byte boundary.
    if x < 0 and size > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


# ---- protocol 0 text: latin-1, with \uXXXX and \UXXXXXXXX escapes for the other code points

def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        point = ord(ch)
        if point < 0x100:
            out.append(point)
        elif point < 0x10000:
            out += b"\\u%04x" % point
        else:
            out += b"\\U%08x" % point
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte == 0x5C:  # a backslash: an escape when an odd run of them precedes u or U
            run = 1
            while i + run < n and data[i + run] == 0x5C:
                run += 1
            follower = data[i + run:i + run + 1]
            if run % 2 and follower in (b"u", b"U"):
                out.append("\\" * (run - 1))
                width = 4 if follower == b"u" else 8
                digits = data[i + run + 1:i + run + 1 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError("rawunicodeescape", data, i, n, "truncated \\uXXXX escape")
                out.append(chr(int(digits, 16)))
                i += run + 1 + width
                continue
            out.append("\\" * run)
            i += run
            continue
        out.append(chr(byte))
        i += 1
    return "".join(out)


# ---- finding globals -----------------------------------------------------------------------

def _getattribute(obj, name):
    """Follows a dotted qualified name from obj: (the object, its parent)."""
    parent = None
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj can be imported from."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _module_holding(obj, name):
    for module_name, module in sys.modules.copy().items():
        if module is not None and getattr(module, name, None) is obj:
            return module_name
    return None


# ---- writing -------------------------------------------------------------------------------

class _FrameWriter:
    """Collects the output of protocol 4 and up into frames: FRAME, an 8-byte length, then the
    opcodes; large bytes and str payloads go straight to the file between frames."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.chunks = None
        self.size = 0

    def start(self):
        self.chunks, self.size = [], 0

    def end(self):
        if self.chunks:
            self.flush(force=True)
        self.chunks = None

    def flush(self, force=False):
        if self.chunks is None or not (force or self.size >= _FRAME_TARGET):
            return
        data = b"".join(self.chunks)
        if len(data) >= _FRAME_MIN:
            self.file_write(FRAME + pack("<Q", len(data)))
        if data:
            self.file_write(data)
        self.chunks, self.size = [], 0

    def write(self, data):
        if self.chunks is None:
            return self.file_write(data)
        self.chunks.append(bytes(data))
        self.size += len(data)

    def write_large(self, header, payload):
        if self.chunks is not None:
            self.flush(force=True)
        self.file_write(header)
        self.file_write(payload)


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


class Pickler:
    """Writes pickles of objects to a binary file."""

    # type -> method saving its instances.
    dispatch = {}

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._frames = _FrameWriter(file_write)
        self.write = self._frames.write
        self.memo = {}
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = fix_imports and self.proto < 3

    def clear_memo(self):
        """Forgets the objects already written (their later occurrences are written again)."""
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickle of obj."""
        if not hasattr(self, "_frames"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frames.start()
        self.save(obj)
        self.write(STOP)
        self._frames.end()

    # The memo: each object written once; later occurrences fetch it back.

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([index]) if index < 256 else LONG_BINPUT + pack("<I", index)
        return PUT + repr(index).encode("ascii") + b"\n"

    def get(self, index):
        if self.bin:
            return BINGET + bytes([index]) if index < 256 else LONG_BINGET + pack("<I", index)
        return GET + repr(index).encode("ascii") + b"\n"

    def persistent_id(self, obj):
        """Override to write some objects as references resolved by persistent_load()."""
        return None

    def save(self, obj, save_persistent_id=True):
        self._frames.flush()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_persistent_id(pid)
            return
        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(self.get(seen[0]))
            return
        override = getattr(self, "reducer_override", None)
        reduced = NotImplemented
        if override is not None:
            self._reducer_name = override
            reduced = override(obj)
        if reduced is NotImplemented:
            cls = type(obj)
            saver = self.dispatch.get(cls)
            if saver is not None:
                saver(self, obj)
                return
            if issubclass(cls, type):
                self.save_global(obj)
                return
            reduced = self._reduce(obj, cls)
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("%s must return a string or tuple" % self._reducer_name)
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % self._reducer_name)
        self.save_reduce(*reduced, obj=obj)

    def _reduce(self, obj, cls):
        table = getattr(self, "dispatch_table", dispatch_table)
        reducer = table.get(cls)
        if reducer is not None:
            self._reducer_name = reducer
            return reducer(obj)
        reducer = getattr(obj, "__reduce_ex__", None)
        if reducer is not None:
            self._reducer_name = reducer
            return reducer(self.proto)
        reducer = getattr(obj, "__reduce__", None)
        if reducer is not None:
            self._reducer_name = reducer
            return reducer()
        raise PicklingError("Can't pickle %r object: %r" % (cls.__name__, obj))

    def _save_persistent_id(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            self.write(PERSID + str(pid).encode("ascii") + b"\n")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        """Writes a reduction: func(*args), then its items and state."""
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, new_args, kwargs = args
            self._check_new_class(cls, obj, "__newobj_ex__")
            if self.proto >= 4:
                self.save(cls)
                self.save(new_args)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                self.save(partial(cls.__new__, cls, *new_args, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            cls = args[0]
            self._check_new_class(cls, obj, "__newobj__")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            # The arguments may have held the object itself: then it is in the memo already.
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2 + REDUCE + POP)

    @staticmethod
    def _check_new_class(cls, obj, what):
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from %s args has no __new__" % what)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from %s args has the wrong class" % what)

    # Savers of the builtin types.

    def save_none(self, obj):
        self.write(NONE)

    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj < 0x100:
                self.write(BININT1 + bytes([obj]))
                return
            if 0 <= obj < 0x10000:
                self.write(BININT2 + pack("<H", obj))
                return
            if -0x80000000 <= obj < 0x80000000:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes([len(data)]) + data)
            else:
                self.write(LONG4 + pack("<i", len(data)) + data)
        elif -0x80000000 <= obj < 0x80000000:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    dispatch[float] = save_float

    def _write_sized(self, short_op, op4, op8, data):
        size = len(data)
        if short_op is not None and size < 256:
            header = short_op + bytes([size])
        elif op8 is not None and size > 0xFFFFFFFF:
            header = op8 + pack("<Q", size)
        else:
            header = op4 + pack("<I", size)
        if self.proto >= 4 and size >= _FRAME_TARGET:
            self._frames.write_large(header, data)
        else:
            self.write(header + data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._write_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8 if self.proto >= 4 else None, obj)
        self.memoize(obj)

    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_bytearray8(bytes(obj))
        self.memoize(obj)

    def _write_bytearray8(self, data):
        header = BYTEARRAY8 + pack("<Q", len(data))
        if len(data) >= _FRAME_TARGET:
            self._frames.write_large(header, data)
        else:
            self.write(header + data)

    dispatch[bytearray] = save_bytearray

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        view = obj.raw()
        if not view.contiguous:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._write_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, view.tobytes())
            else:
                self._write_bytearray8(view.tobytes())
            return
        self.write(NEXT_BUFFER)
        if view.readonly:
            self.write(READONLY_BUFFER)

    dispatch[PickleBuffer] = save_picklebuffer

    def save_str(self, obj):
        if not self.bin:
            text = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                    .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(text) + b"\n")
        else:
            data = obj.encode("utf-8", "surrogatepass")
            short = SHORT_BINUNICODE if self.proto >= 4 else None
            self._write_sized(short, BINUNICODE, BINUNICODE8 if self.proto >= 4 else None, data)
        self.memoize(obj)

    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        small = len(obj) <= 3 and self.proto >= 2
        if not small:
            self.write(MARK)
        for item in obj:
            self.save(item)
        # A tuple inside its own items was written (and memoized) while they were: drop the
        # items and fetch that one.
        if id(obj) in self.memo:
            fetch = self.get(self.memo[id(obj)][0])
            if small:
                self.write(POP * len(obj) + fetch)
            elif self.bin:
                self.write(POP_MARK + fetch)
            else:
                self.write(POP * (len(obj) + 1) + fetch)
            return
        self.write(_SMALL_TUPLES[len(obj)] if small else TUPLE)
        self.memoize(obj)

    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    dispatch[list] = save_list

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        items = iter(items)
        while True:
            batch = list(islice(items, _BATCH))
            if len(batch) > 1:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(APPENDS)
            elif batch:
                self.save(batch[0])
                self.write(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            return
        items = iter(items)
        while True:
            batch = list(islice(items, _BATCH))
            if len(batch) > 1:
                self.write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self.write(SETITEMS)
            elif batch:
                key, value = batch[0]
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = iter(obj)
        while True:
            batch = list(islice(items, _BATCH))
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCH:
                return

    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None, module_name=None):
        """Writes a reference to obj by its module and qualified name."""
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        if module_name is None:
            module_name = _KNOWN_MODULES.get(id(obj)) or whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            found, parent = _getattribute(sys.modules[module_name], name)
        except (ImportError, KeyError, AttributeError):
            found = parent = None
        if found is not obj and isinstance(obj, BuiltinFunctionType):
            # This interpreter's native functions all claim builtins: look for the real home.
            home = _module_holding(obj, name)
            if home is not None:
                module_name, (found, parent) = home, _getattribute(sys.modules[home], name)
        if found is None and parent is None:
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self.write(EXT1 + bytes([code]))
                elif code <= 0xFFFF:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return
        last = name.rpartition(".")[2]
        if parent is sys.modules[module_name]:
            name = last
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not sys.modules[module_name]:
            self.save_reduce(getattr, (parent, last))
        elif self.proto >= 3:
            self.write(GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")
        else:
            if self.fix_imports:
                module_name, name = _compat_pickle.REVERSE_NAME_MAPPING.get(
                    (module_name, name), (module_name, name))
                module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            try:
                self.write(GLOBAL + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def _save_singleton_type(self, obj):
        # type(None) and friends are not reachable by name: rebuilt by calling type().
        self.save_reduce(type, (_SINGLETONS[obj],), obj=obj)

    dispatch[FunctionType] = save_global

    def save_builtin_function(self, obj):
        owner = getattr(obj, "__self__", None)
        if owner is None or type(owner).__name__ == "module":
            self.save_global(obj)
        else:
            # A bound builtin method ([].append): fetched again from its object.
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    dispatch[BuiltinFunctionType] = save_builtin_function

    # Methods are fetched again from their object, descriptors from their class.

    def save_method(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    dispatch[MethodType] = save_method

    def save_method_descriptor(self, obj):
        self.save_reduce(getattr, (obj.__objclass__, obj.__name__), obj=obj)

    dispatch[MethodDescriptorType] = save_method_descriptor
    dispatch[WrapperDescriptorType] = save_method_descriptor

    def save_method_wrapper(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__name__), obj=obj)

    dispatch[MethodWrapperType] = save_method_wrapper

    def save_named_singleton(self, obj):
        # NotImplemented and Ellipsis reduce to their names in builtins.
        self.save_global(obj, "NotImplemented" if obj is NotImplemented else "Ellipsis", "builtins")

    dispatch[type(NotImplemented)] = save_named_singleton
    dispatch[type(...)] = save_named_singleton


# Objects whose __module__ is not where CPython's pickles name them.
_KNOWN_MODULES = {id(_codecs.encode): "_codecs"}

_SINGLETONS = {type(None): None, type(NotImplemented): NotImplemented, type(...): ...}


def _save_type(self, obj):
    if obj in _SINGLETONS:
        return self._save_singleton_type(obj)
    return self.save_global(obj)


Pickler.dispatch[type] = _save_type


# ---- reading -------------------------------------------------------------------------------

class _FrameReader:
    """Reads a pickle's bytes, serving them from the current frame while there is one."""

    def __init__(self, file_read, file_readline, file_readinto=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.frame = None

    def read(self, n):
        if self.frame is not None:
            data = self.frame.read(n)
            if not data and n != 0:
                self.frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.frame is not None:
            data = self.frame.readline()
            if not data:
                self.frame = None
                return self.file_readline()
            if data[-1] != b"\n"[0]:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, size):
        if self.frame is not None and self.frame.read() != b"":
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle exhausted before end of frame")
        self.frame = io.BytesIO(data)


class Unpickler:
    """Reads pickled objects from a binary file."""

    # opcode byte -> method.
    dispatch = {}

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Reads one pickle and returns the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._frames = _FrameReader(self._file_read, self._file_readline)
        self.read = self._frames.read
        self.readline = self._frames.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %s." % _shown_key(key[0]))
                handler(self)
        except _Stop as stop:
            return stop.value

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The object a GLOBAL or STACK_GLOBAL names."""
        sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # The stack and its marks.

    def pop_mark(self):
        if not self.metastack:
            raise _StackError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            if self.metastack:
                raise _StackError("unexpected MARK found")
            raise _StackError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise _StackError("unpickling stack underflow")
        return self.stack[-1]

    def _decode_string(self, data):
        # Protocol 0-2 str of Python 2: bytes, or text in the given encoding.
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_line(self):
        line = self.readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]


_SIMPLE_ESCAPES = {ord(k): v for k, v in zip("\\'\"abfnrtv", b"\\'\"\a\b\f\n\r\t\v")}


def _unescape_bytes(data):
    """The bytes a protocol 0 STRING argument stands for: a bytes literal's escapes undone."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        i += 1
        if byte != 0x5C or i == n:
            out.append(byte)
            continue
        code = data[i]
        i += 1
        if code in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[code])
        elif code == 0x0A:
            pass  # an escaped line end
        elif code == ord("x"):
            digits = data[i:i + 2]
            if len(digits) != 2:
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        elif ord("0") <= code <= ord("7"):
            end = i
            while end < n and end < i + 2 and ord("0") <= data[end] <= ord("7"):
                end += 1
            out.append(int(bytes([code]) + data[i:end], 8) & 0xFF)
            i = end
        else:
            out += bytes([0x5C, code])
    return bytes(out)


def _shown_key(byte):
    return repr(chr(byte)) if 0x20 <= byte < 0x7F else "'\\x%02x'" % byte


def _opcode(code):
    def register(function):
        Unpickler.dispatch[code[0]] = function
        return function
    return register


@_opcode(PROTO)
def _load_proto(self):
    proto = self._read_exact(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


@_opcode(FRAME)
def _load_frame(self):
    size, = unpack("<Q", self._read_exact(8))
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    self._frames.load_frame(size)


@_opcode(PERSID)
def _load_persid(self):
    try:
        pid = self._read_line().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    self.append(self.persistent_load(pid))


@_opcode(BINPERSID)
def _load_binpersid(self):
    self.append(self.persistent_load(self._pop()))


@_opcode(NONE)
def _load_none(self):
    self.append(None)


@_opcode(NEWFALSE)
def _load_false(self):
    self.append(False)


@_opcode(NEWTRUE)
def _load_true(self):
    self.append(True)


@_opcode(INT)
def _load_int(self):
    text = self._read_line()
    if text == b"00":
        self.append(False)
    elif text == b"01":
        self.append(True)
    else:
        self.append(int(text, 0))


@_opcode(BININT)
def _load_binint(self):
    self.append(unpack("<i", self._read_exact(4))[0])


@_opcode(BININT1)
def _load_binint1(self):
    self.append(self._read_exact(1)[0])


@_opcode(BININT2)
def _load_binint2(self):
    self.append(unpack("<H", self._read_exact(2))[0])


@_opcode(LONG)
def _load_long(self):
    text = self._read_line()
    if text.endswith(b"L"):
        text = text[:-1]
    self.append(int(text, 0))


@_opcode(LONG1)
def _load_long1(self):
    size = self._read_exact(1)[0]
    self.append(decode_long(self._read_exact(size)))


@_opcode(LONG4)
def _load_long4(self):
    size, = unpack("<i", self._read_exact(4))
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self.append(decode_long(self._read_exact(size)))


@_opcode(FLOAT)
def _load_float(self):
    self.append(float(self._read_line()))


@_opcode(BINFLOAT)
def _load_binfloat(self):
    self.append(unpack(">d", self._read_exact(8))[0])


@_opcode(STRING)
def _load_string(self):
    data = self._read_line()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    self.append(self._decode_string(_unescape_bytes(data)))


@_opcode(BINSTRING)
def _load_binstring(self):
    size, = unpack("<i", self._read_exact(4))
    if size < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    self.append(self._decode_string(self._read_exact(size)))


@_opcode(SHORT_BINSTRING)
def _load_short_binstring(self):
    size = self._read_exact(1)[0]
    self.append(self._decode_string(self._read_exact(size)))


def _sized_reader(size_format, what, make):
    width = {"<B": 1, "<I": 4, "<Q": 8}[size_format]

    def load(self):
        size, = unpack(size_format, self._read_exact(width))
        if size > sys.maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes" % (what, sys.maxsize))
        self.append(make(self._read_exact(size)))
    return load


def _utf8(data):
    return str(data, "utf-8", "surrogatepass")


_opcode(SHORT_BINBYTES)(_sized_reader("<B", "SHORT_BINBYTES", bytes))
_opcode(BINBYTES)(_sized_reader("<I", "BINBYTES", bytes))
_opcode(BINBYTES8)(_sized_reader("<Q", "BINBYTES8", bytes))
_opcode(BYTEARRAY8)(_sized_reader("<Q", "BYTEARRAY8", bytearray))
_opcode(SHORT_BINUNICODE)(_sized_reader("<B", "SHORT_BINUNICODE", _utf8))
_opcode(BINUNICODE)(_sized_reader("<I", "BINUNICODE", _utf8))
_opcode(BINUNICODE8)(_sized_reader("<Q", "BINUNICODE8", _utf8))


@_opcode(NEXT_BUFFER)
def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        self.append(next(self._buffers))
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None


@_opcode(READONLY_BUFFER)
def _load_readonly_buffer(self):
    view = memoryview(self._top())
    if not view.readonly:
        self.stack[-1] = view.toreadonly()


@_opcode(UNICODE)
def _load_unicode(self):
    self.append(_raw_unicode_unescape(self._read_line()))


@_opcode(TUPLE)
def _load_tuple(self):
    items = self.pop_mark()
    self.append(tuple(items))


@_opcode(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.append(())


def _small_tuple(n):
    def load(self):
        if len(self.stack) < n:
            raise _StackError("unpickling stack underflow")
        items = tuple(self.stack[-n:])
        del self.stack[-n:]
        self.append(items)
    return load


for _n, _code in _SMALL_TUPLES.items():
    _opcode(_code)(_small_tuple(_n))


@_opcode(EMPTY_LIST)
def _load_empty_list(self):
    self.append([])


@_opcode(EMPTY_DICT)
def _load_empty_dict(self):
    self.append({})


@_opcode(EMPTY_SET)
def _load_empty_set(self):
    self.append(set())


@_opcode(FROZENSET)
def _load_frozenset(self):
    items = self.pop_mark()
    self.append(frozenset(items))


@_opcode(LIST)
def _load_list(self):
    items = self.pop_mark()
    self.append(items)


@_opcode(DICT)
def _load_dict(self):
    items = self.pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(self, cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
        try:
            value = cls(*args)
        except TypeError as exc:
            raise TypeError("in constructor for %s: %s" % (cls.__name__, exc), exc.__traceback__)
    else:
        value = cls.__new__(cls)
    self.append(value)


@_opcode(INST)
def _load_inst(self):
    module = self._read_line().decode("ascii")
    name = self._read_line().decode("ascii")
    cls = self.find_class(module, name)
    _instantiate(self, cls, self.pop_mark())


@_opcode(OBJ)
def _load_obj(self):
    args = self.pop_mark()
    if not args:
        raise _StackError("unpickling stack underflow")
    _instantiate(self, args[0], args[1:])


@_opcode(NEWOBJ)
def _load_newobj(self):
    args = self._pop()
    cls = self._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    self.append(cls.__new__(cls, *args))


@_opcode(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self._pop()
    args = self._pop()
    cls = self._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
    self.append(cls.__new__(cls, *args, **kwargs))


@_opcode(GLOBAL)
def _load_global(self):
    module = self._read_line().decode("utf-8")
    name = self._read_line().decode("utf-8")
    self.append(self.find_class(module, name))


@_opcode(STACK_GLOBAL)
def _load_stack_global(self):
    name = self._pop()
    module = self._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self.append(self.find_class(module, name))


def _extension(self, code):
    found = _extension_cache.get(code, _extension)
    if found is not _extension:
        self.append(found)
        return
    key = _inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = self.find_class(*key)
    _extension_cache[code] = obj
    self.append(obj)


@_opcode(EXT1)
def _load_ext1(self):
    _extension(self, self._read_exact(1)[0])


@_opcode(EXT2)
def _load_ext2(self):
    _extension(self, unpack("<H", self._read_exact(2))[0])


@_opcode(EXT4)
def _load_ext4(self):
    _extension(self, unpack("<i", self._read_exact(4))[0])


@_opcode(REDUCE)
def _load_reduce(self):
    args = self._pop()
    func = self._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE args must be a tuple")
    self.append(func(*args))


@_opcode(POP)
def _load_pop(self):
    if self.stack:
        del self.stack[-1]
    elif self.metastack:
        self.pop_mark()
    else:
        raise _StackError("unpickling stack underflow")


@_opcode(POP_MARK)
def _load_pop_mark(self):
    self.pop_mark()


@_opcode(DUP)
def _load_dup(self):
    self.append(self._top())


def _fetch(self, index):
    try:
        self.append(self.memo[index])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % index) from None


@_opcode(GET)
def _load_get(self):
    _fetch(self, int(self._read_line()))


@_opcode(BINGET)
def _load_binget(self):
    _fetch(self, self._read_exact(1)[0])


@_opcode(LONG_BINGET)
def _load_long_binget(self):
    _fetch(self, unpack("<I", self._read_exact(4))[0])


def _store(self, index, opname):
    if index < 0:
        raise ValueError("negative %s argument" % opname)
    self.memo[index] = self._top()


@_opcode(PUT)
def _load_put(self):
    _store(self, int(self._read_line()), "PUT")


@_opcode(BINPUT)
def _load_binput(self):
    _store(self, self._read_exact(1)[0], "BINPUT")


@_opcode(LONG_BINPUT)
def _load_long_binput(self):
    index, = unpack("<I", self._read_exact(4))
    if index > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    _store(self, index, "LONG_BINPUT")


@_opcode(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self._top()


@_opcode(APPEND)
def _load_append(self):
    value = self._pop()
    self._top().append(value)


@_opcode(APPENDS)
def _load_appends(self):
    items = self.pop_mark()
    target = self._top()
    extend = getattr(target, "extend", None)
    if extend is not None and isinstance(target, list):
        extend(items)
        return
    if extend is not None:
        extend(items)
        return
    for item in items:
        target.append(item)


@_opcode(SETITEM)
def _load_setitem(self):
    value = self._pop()
    key = self._pop()
    self._top()[key] = value


@_opcode(SETITEMS)
def _load_setitems(self):
    items = self.pop_mark()
    target = self._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_opcode(ADDITEMS)
def _load_additems(self):
    items = self.pop_mark()
    target = self._top()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


@_opcode(BUILD)
def _load_build(self):
    state = self._pop()
    obj = self._top()
    setstate = getattr(obj, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        namespace = obj.__dict__
        for key, value in state.items():
            if type(key) is str:
                key = sys.intern(key)
            namespace[key] = value
    if slot_state:
        if not isinstance(slot_state, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slot_state.items():
            setattr(obj, key, value)


@_opcode(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []
    self.append = self.stack.append


@_opcode(STOP)
def _load_stop(self):
    raise _Stop(self._pop())


# ---- the module's functions ----------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes a pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """A pickle of obj, as bytes."""
    out = io.BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


# The pure-Python implementations under the names CPython gives them (there is no other).
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
