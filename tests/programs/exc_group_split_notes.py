# ExceptionGroup: split, subgroup, derive (and what the parts keep), except*, the constructor's
# errors, add_note, and the name/obj members of AttributeError and NameError.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
cases = """
eg.split(ValueError)
eg.split(lambda e: isinstance(e, KeyError))
eg.split((ValueError, KeyError))
eg.subgroup(TypeError)
eg.subgroup(OSError)
eg.subgroup(lambda e: True) is eg
eg.split(1)
eg.subgroup()
eg.derive([KeyError()])
eg.derive([KeyboardInterrupt()])
type(eg.derive([KeyboardInterrupt()]))
BaseExceptionGroup('b', [KeyboardInterrupt()]).derive([ValueError()])
type(BaseExceptionGroup('b', [KeyboardInterrupt()]).derive([ValueError()]))
ExceptionGroup('m', [ValueError()]).__class_getitem__(int)
ExceptionGroup[int]
BaseExceptionGroup.__mro__
ExceptionGroup.__mro__
ExceptionGroup('m', [ValueError()]).args
ExceptionGroup('m', [ValueError()], foo=1)
ExceptionGroup('m', exceptions=[ValueError()])
BaseExceptionGroup('m', [BaseExceptionGroup('n', [ValueError()])])
type(BaseExceptionGroup('m', [BaseExceptionGroup('n', [ValueError()])]))
ExceptionGroup('m', [ValueError])
ExceptionGroup('m', None)
ExceptionGroup('m', 'ab')
BaseExceptionGroup()
"""
for c in cases.strip().split('\n'):
    show(c)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m = MyEG('my', [ValueError(1), TypeError(2)])
m.add_note('note!')
m.__cause__ = KeyError('c')
m.__context__ = KeyError('x')
a, b = m.split(ValueError)
print(repr(a), repr(b), type(a).__name__, a.__notes__, repr(a.__cause__), repr(a.__context__), a.__traceback__)
class NoDerive(ExceptionGroup): pass
a, b = NoDerive('nd', [ValueError(1), TypeError(2)]).split(ValueError)
print(type(a).__name__, repr(a))
def f():
    try:
        raise ExceptionGroup('g', [ValueError('v'), TypeError('t'), OSError('o')])
    except* ValueError as e:
        print('caught V', repr(e))
    except* (TypeError, KeyError) as e:
        print('caught T', repr(e))
try:
    f()
except ExceptionGroup as e:
    print('rest', repr(e))
try:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked wrapped', repr(e), repr(e.exceptions[0]))
except Exception as e:
    print('!', e)
try:
    try:
        raise ExceptionGroup('g', [ValueError('v')])
    except* ValueError:
        raise KeyError('in handler')
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0].__context__) if hasattr(e, 'exceptions') else '')
try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise
except BaseException as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise TypeError('plain')
    except* ValueError:
        pass
except TypeError as e:
    print('plain passes', repr(e))
try:
    exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass")
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup('g', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
e = ValueError('x')
try: e.add_note()
except TypeError as err: print(err)
try: e.add_note('a', 'b')
except TypeError as err: print(err)
e.add_note('n1')
del e.__notes__
print(hasattr(e, '__notes__'))
class N(Exception):
    __notes__ = 5
try: N().add_note('x')
except TypeError as err: print(err)
ae = None
class Obj:
    __slots__ = ('a',)
try:
    Obj().b
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
try:
    Obj().a
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
try:
    (1).foo
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
try:
    undefined_name_xyz
except NameError as err:
    print(err, err.name)
def g():
    try:
        loc
    except NameError as err:
        print(type(err).__name__, err, err.name)
    loc = 1
g()
import sys
try:
    sys.nonexist
except AttributeError as err:
    print(err, err.name, err.obj is sys)
try:
    getattr(1, 'zz')
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
try:
    object.__getattribute__(5, 'qq')
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
class G:
    def __getattr__(self, n): raise AttributeError(n)
try:
    G().www
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)
