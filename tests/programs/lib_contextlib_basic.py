# contextlib: contextmanager (values, exceptions thrown in, StopIteration, the RuntimeErrors),
# closing, suppress (with exception groups), redirect_stdout/stderr, nullcontext, chdir,
# ContextDecorator and the abstract bases.
import contextlib
import io
import os
import sys


@contextlib.contextmanager
def tag(name, log):
    """Wraps output in a tag."""
    log.append('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught %r' % (e,))
    finally:
        log.append('</%s>' % name)


log = []
with tag('b', log) as value:
    log.append(value)
print(log)
log = []
with tag('i', log):
    raise KeyError('k')
print(log)
log = []
try:
    with tag('u', log):
        raise ValueError('v')
except ValueError as e:
    print('passed through', repr(e), log)
print(tag.__name__, tag.__doc__, tag('x', []).__doc__)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


for factory in (no_yield, two_yields):
    try:
        with factory():
            pass
    except RuntimeError as e:
        print(factory.__name__, type(e).__name__, e, e.__cause__, e.__suppress_context__)
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('keeps_going', e, type(e.__context__).__name__)


@contextlib.contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration kept', e)


@contextlib.contextmanager
def translate():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


try:
    with translate():
        raise ValueError('original')
except TypeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)

# A manager made by @contextmanager decorates functions; each call gets a new generator.
calls = []


@contextlib.contextmanager
def around():
    calls.append('enter')
    yield
    calls.append('exit')


@around()
def work(x):
    calls.append(x)
    return x * 2


print(work(1), work(2), calls)
cm = around()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print('reuse', type(e).__name__)


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


with contextlib.closing(Resource()) as r:
    print('open', r.closed)
print('closed', r.closed)

with contextlib.suppress(KeyError, IndexError):
    {}['missing']
print('suppressed')
try:
    with contextlib.suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print(e)
with contextlib.suppress():
    pass
with contextlib.suppress(ValueError):
    raise ExceptionGroup('all', [ValueError(1), ValueError(2)])
print('group suppressed')
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('mixed', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(repr(e))

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer) as target:
    print('into the buffer')
print(target is buffer, repr(buffer.getvalue()))
errors = io.StringIO()
with contextlib.redirect_stderr(errors):
    print('to stderr', file=sys.stderr)
print(repr(errors.getvalue()))
nested_buffer = io.StringIO()
redirect = contextlib.redirect_stdout(nested_buffer)
with redirect:
    with redirect:
        print('nested')
    print('outer level')
print(repr(nested_buffer.getvalue()), sys.stdout is sys.__stdout__)

with contextlib.nullcontext(42) as value:
    print(value)
with contextlib.nullcontext() as value:
    print(value)

start = os.getcwd()
with contextlib.chdir('/') as result:
    print(os.getcwd(), result)
print(os.getcwd() == start)


class Tracked(contextlib.ContextDecorator):
    def __enter__(self):
        print('tracked enter')
        return self

    def __exit__(self, *exc):
        print('tracked exit', exc[0].__name__ if exc[0] else None)
        return False


@Tracked()
def decorated(a, b=2):
    """Adds."""
    return a + b


print(decorated(1), decorated.__name__, decorated.__doc__)


class Minimal:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Half:
    def __enter__(self):
        return self


print(issubclass(Minimal, contextlib.AbstractContextManager),
      issubclass(Half, contextlib.AbstractContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager),
      isinstance(io.StringIO(), contextlib.AbstractContextManager))


class Implemented(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Implemented() as same:
    print(type(same).__name__)
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print(type(e).__name__)
print(contextlib.AbstractContextManager[int])
print(sorted(contextlib.__all__))


# More generator-manager corners: a type alone passed to __exit__, the generator swallowing a
# StopIteration, the same exception re-raised, a clean __exit__'s result, the traceback kept.
@contextlib.contextmanager
def reporting():
    try:
        yield 'r'
    except Exception as e:
        print('generator got', type(e).__name__, repr(e))
        raise


manager = reporting()
manager.__enter__()
try:
    manager.__exit__(KeyError, None, None)
except KeyError as e:
    print('type alone ->', repr(e))
manager = plain()
manager.__enter__()
print('clean exit gives', manager.__exit__(None, None, None))


@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print('swallowed StopIteration')


with swallow_stop():
    raise StopIteration('in block')
print('after swallow_stop')


def raiser():
    raise ValueError('deep')


try:
    with reporting():
        raiser()
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('traceback frames', names)


@contextlib.contextmanager
def replaced_on_close():
    try:
        yield
        yield
    finally:
        raise OSError('from close')


try:
    with replaced_on_close():
        pass
except Exception as e:
    print(type(e).__name__, e, '<-', type(e.__context__).__name__, e.__context__)

with contextlib.suppress(Exception) as nothing:
    print('suppress enter gives', nothing)
print(contextlib.suppress(KeyError).__exit__(None, None, None),
      contextlib.closing(Resource()).__exit__(None, None, None))
try:
    with contextlib.suppress(ValueError):
        raise BaseExceptionGroup('base', [ValueError('v'), KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(repr(e), type(e).__name__)
try:
    with contextlib.suppress(TypeError):
        raise ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('t')]),
                                       KeyError('k')])
except ExceptionGroup as e:
    print(repr(e))
with contextlib.suppress(ExceptionGroup):
    raise ExceptionGroup('whole', [ValueError()])
print('whole group suppressed')

errors = io.StringIO()
swap = contextlib.redirect_stderr(errors)
with swap as got:
    with swap:
        print('inner', file=sys.stderr)
    print('outer', got is errors, file=sys.stderr)
print(repr(errors.getvalue()), sys.stderr is sys.__stderr__)

start = os.getcwd()
back = contextlib.chdir('/tmp')
with back:
    with contextlib.chdir('/'):
        print('innermost', os.getcwd())
    print('middle', os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
print('restored', os.getcwd() == start)
print(isinstance(contextlib.closing(None), contextlib.AbstractContextManager),
      contextlib.AbstractAsyncContextManager[str],
      issubclass(contextlib.ExitStack, contextlib.AbstractContextManager))
