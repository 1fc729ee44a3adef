# OSError(errno, strerror, filename, winerror, filename2): the subclass chosen by a Linux errno,
# the members, str() and args. The expected output was recorded with a native CPython (the
# WebAssembly oracle has other errno numbers).
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999, -1]:
    e = OSError(n, 'msg')
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e))
print(type(OSError(2)).__name__, type(OSError('2', 'x')).__name__, type(OSError(True, 'x')).__name__)
print(type(FileExistsError(2, 'x')).__name__, type(IOError(2, 'x')).__name__)
e = OSError(2, 'No such file', 'a.txt'); print(str(e), e.args, e.filename, e.filename2)
e = OSError(2, 'No such file', 'a.txt', None, 'b.txt'); print(str(e), e.args, e.filename2)
e = OSError(2, 'No such file', None, None, 'b.txt'); print(str(e), e.args, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6); print(str(e), e.args, e.errno)
print(str(OSError(None, None)), str(OSError('only')), repr(OSError()))
e = OSError(1, 'm'); e.filename = 'f'; print(str(e))
e = OSError(); e.errno = 3; e.strerror = 'x'; print(str(e))
e = OSError('a'); e.filename = 'f'; print(str(e))
class My(OSError):
    def __init__(self, a): super().__init__(13, 'no')
m = My(1); print(type(m).__name__, m.errno, m.args, str(m))
class My2(OSError): pass
m = My2(2, 'x', 'f'); print(type(m).__name__, m.errno, m.args, str(m))
b = BlockingIOError(11, 'x', 5); print(b.characters_written, b.args, b.filename, str(b))
try:
    OSError(1, 'x', foo=1)
except TypeError as err: print(err)
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
