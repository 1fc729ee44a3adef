# Exceptions: args when __init__ or __new__ is overridden, __reduce__ and __setstate__, and the
# bases of more builtin classes.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
class NoSuper(Exception):
    def __init__(self, a, b): pass
class WithNew(Exception):
    def __new__(cls, *a): return super().__new__(cls, 'fixed')
cases = """
NoSuper(1, 2).args
str(NoSuper(1, 2))
repr(NoSuper(1, 2))
WithNew(1).args
Exception(1).__reduce__()
ValueError('a', 'b').__reduce__()
KeyError('k').__reduce__()
Exception.__new__(ValueError, 1).args
BaseException.__init__(ValueError(), 5)
SystemExit(None).code
SystemExit(0).code
str(SystemExit('bye'))
KeyboardInterrupt().args
GeneratorExit.__mro__
str(AssertionError())
ZeroDivisionError('x').__class__.__bases__
StopAsyncIteration.__mro__
RecursionError.__mro__
NotImplementedError.__bases__
ModuleNotFoundError.__bases__
ImportWarning.__bases__
BytesWarning.__mro__
ResourceWarning.__bases__
Warning.__subclasses__() == Warning.__subclasses__()
issubclass(FloatingPointError, ArithmeticError)
issubclass(IndentationError, SyntaxError)
issubclass(TabError, IndentationError)
issubclass(UnboundLocalError, NameError)
issubclass(EOFError, Exception)
ExceptionGroup.__bases__
BaseExceptionGroup.__bases__
Exception.__setstate__
e.__setstate__({'x': 1}) or e.x
"""
e = ValueError()
for c in cases.strip().split('\n'):
    show(c)
