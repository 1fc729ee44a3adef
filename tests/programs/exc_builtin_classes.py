# The builtin exception classes: every class's __mro__, constructors, members, str and repr.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    c = getattr(builtins, n)
    print(n, [k.__name__ for k in c.__mro__], c.__module__)
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
cases = """
OSError()
OSError(1000)
OSError(1000, 2)
OSError(1000, 'msg')
OSError(1000, 'msg', 'file')
OSError(1000, 'msg', 'file', None, 'file2')
OSError(1000, 'msg', 'file', 5, 'file2', 6)
str(OSError(1000, 'msg'))
str(OSError(1000, 'msg', 'f'))
str(OSError(1000, 'msg', 'f', None, 'g'))
str(OSError('a', 'b', 'c', 'd'))
OSError(1000, 'msg', 'f').args
OSError(1000, 'msg', 'f').filename
OSError(1000, 'msg').filename
OSError(1000).errno
OSError(1000, 'msg', 'f', None, 'g').filename2
OSError(1000, 'm').strerror
IOError is OSError
EnvironmentError
KeyError('a')
str(KeyError('a'))
str(KeyError('a', 'b'))
str(KeyError())
str(KeyError(1))
UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad')
str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad'))
str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'bad'))
str(UnicodeEncodeError('ascii', 'é', 0, 1, 'bad'))
str(UnicodeTranslateError('é', 0, 1, 'bad'))
UnicodeDecodeError('a')
UnicodeDecodeError('utf-8', b'x', 0, 1, 'r').object
StopIteration(1, 2).value
StopIteration().value
SystemExit(1, 2).code
SystemExit().code
ImportError('m', name='n', path='p').name
ImportError('m', name='n', path='p').path
ImportError('m', foo=1)
str(ImportError('m', name='n'))
ModuleNotFoundError('x').name
SyntaxError('msg', ('f', 1, 2, 'text', 1, 3)).lineno
SyntaxError('msg', ('f', 1, 2, 'text', 1, 3)).end_offset
str(SyntaxError('msg', ('f', 1, 2, 'text')))
str(SyntaxError('msg'))
SyntaxError('msg', 1)
NameError('x', name='y').name
AttributeError('x', name='y', obj=1).obj
AttributeError('x').name
AttributeError('x', foo=1)
BaseException(foo=1)
Exception(1, 2).args
repr(Exception(1, 2))
repr(Exception())
repr(Exception('a'))
str(Exception(1, 2))
BaseException.__new__(Exception).args
Exception.with_traceback(Exception(), 1)
Exception().__traceback__
Exception().__context__
Exception().__cause__
Exception().__suppress_context__
Exception().add_note(1)
Exception().__notes__
StopAsyncIteration().args
BaseExceptionGroup('m', [ValueError()])
type(BaseExceptionGroup('m', [ValueError()]))
type(BaseExceptionGroup('m', [KeyboardInterrupt()]))
ExceptionGroup('m', [KeyboardInterrupt()])
ExceptionGroup('m', [])
ExceptionGroup('m', 1)
ExceptionGroup(1, [ValueError()])
ExceptionGroup('m', [1])
ExceptionGroup('m')
ExceptionGroup('m', [ValueError()], 1)
str(ExceptionGroup('m', [ValueError(), TypeError()]))
repr(ExceptionGroup('m', [ValueError(1), TypeError()]))
str(ExceptionGroup('m', [ValueError()]))
ExceptionGroup('m', (ValueError(),)).exceptions
ExceptionGroup('m', [ValueError()]).message
EncodingWarning.__mro__
"""
for c in cases.strip().split('\n'):
    show(c)
e = Exception('x')
e.add_note('note1'); e.add_note('note2'); print(e.__notes__)
e.__notes__ = 'bad'
try: e.add_note('x')
except TypeError as err: print(err)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2); print(repr(m), str(m), m.args)
class E2(Exception):
    def __str__(self): return 'custom'
print(repr(E2('a')), str(E2()))
try:
    raise ValueError from KeyError('k')
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__)
x = ValueError(); x.__cause__ = 1 if False else None
try:
    x.__cause__ = 5
except TypeError as err: print(err)
try:
    x.__context__ = 5
except TypeError as err: print(err)
try:
    x.__traceback__ = 5
except TypeError as err: print(err)
try: x.args = 5; print(x.args)
except TypeError as err: print(err)
