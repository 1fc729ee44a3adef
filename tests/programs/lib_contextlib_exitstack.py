# contextlib: ExitStack (LIFO unwinding, suppression, exception context chains as nested `with`
# statements give them, pop_all, callback, push) and the async side (asynccontextmanager,
# aclosing, AsyncExitStack, AsyncContextDecorator), driven by hand with send(None).
import contextlib
import sys


def chain(exc):
    names = []
    while exc is not None:
        names.append('%s(%s)' % (type(exc).__name__, exc))
        exc = exc.__context__
    return ' <- '.join(names)


class Named:
    def __init__(self, name, suppress=False, raise_on_exit=None):
        self.name, self.suppress, self.raise_on_exit = name, suppress, raise_on_exit

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print('exit', self.name, typ.__name__ if typ else None, value)
        if self.raise_on_exit:
            raise self.raise_on_exit
        return self.suppress


with contextlib.ExitStack() as stack:
    print([stack.enter_context(Named(n)) for n in 'abc'])
    stack.callback(print, 'callback', 1, end='!\n')
    print('body')

with contextlib.ExitStack() as stack:
    stack.enter_context(Named('outer'))
    stack.enter_context(Named('suppressor', suppress=True))
    stack.enter_context(Named('inner'))
    raise KeyError('swallowed')
print('after suppression')


def nested_with():
    try:
        with Named('n1', raise_on_exit=ValueError('first')):
            with Named('n2', raise_on_exit=TypeError('second')):
                raise KeyError('body')
    except Exception as e:
        return chain(e)


def stacked():
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(Named('n1', raise_on_exit=ValueError('first')))
            stack.enter_context(Named('n2', raise_on_exit=TypeError('second')))
            raise KeyError('body')
    except Exception as e:
        return chain(e)


print(nested_with())
print(stacked())
print(nested_with() == stacked())


def inside_handler():
    try:
        raise OSError('outer handled')
    except OSError:
        try:
            with contextlib.ExitStack() as stack:
                stack.callback(lambda: 1 / 0)
                raise IndexError('body')
        except Exception as e:
            return chain(e)


print(inside_handler())

try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: (_ for _ in ()).throw(RuntimeError('from callback')))
except RuntimeError as e:
    print('callback raised', e, e.__context__)

with contextlib.ExitStack() as stack:
    stack.enter_context(Named('kept'))
    moved = stack.pop_all()
    print(type(moved).__name__)
print('stack left, moved still open')
moved.close()
moved.close()


def exit_function(typ, value, tb):
    print('pushed function', typ.__name__ if typ else None)
    return True


with contextlib.ExitStack() as stack:
    print(stack.push(exit_function) is exit_function)
    pushed = Named('pushed-manager')
    print(stack.push(pushed) is pushed)
    raise ValueError('handled by exit_function')


def decorated_callback():
    with contextlib.ExitStack() as stack:
        @stack.callback
        def cleanup():
            print('cleanup ran')
        print(cleanup.__name__)


decorated_callback()
with contextlib.ExitStack() as stack:
    wrapper_target = stack.callback(len, 'abc')
    print(wrapper_target is len)

try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print(e, e.__suppress_context__)


class NotManager:
    pass


try:
    contextlib.ExitStack().enter_context(NotManager())
except TypeError as e:
    print(e)


# Async: coroutines are driven by hand, nothing ever suspends.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended')


@contextlib.asynccontextmanager
async def atag(name):
    print('aenter', name)
    try:
        yield name * 2
    except ValueError as e:
        print('caught', e)
    finally:
        print('aexit', name)


async def use_atag():
    async with atag('x') as v:
        print('value', v)
    async with atag('y'):
        raise ValueError('inside')
    try:
        async with atag('z'):
            raise KeyError('escapes')
    except KeyError as e:
        print('escaped', e)
    return 'done'


print(run(use_atag()))


@contextlib.asynccontextmanager
async def never_yields():
    if False:
        yield


@contextlib.asynccontextmanager
async def yields_twice():
    yield
    yield


async def bad_generators():
    for factory in (never_yields, yields_twice):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print(factory.__name__, e)
    try:
        async with atag('stop'):
            raise StopAsyncIteration('sai')
    except StopAsyncIteration as e:
        print('StopAsyncIteration kept', e)


run(bad_generators())


class AsyncThing:
    async def aclose(self):
        print('aclosed')


async def use_aclosing():
    async with contextlib.aclosing(AsyncThing()) as thing:
        print(type(thing).__name__)
    async with contextlib.nullcontext('n') as value:
        print(value)


run(use_aclosing())


class AsyncNamed:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('aenter', self.name)
        return self.name

    async def __aexit__(self, typ, value, tb):
        print('aexit', self.name, typ.__name__ if typ else None)
        return False


async def use_async_stack():
    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncNamed('a1')))
        print(stack.enter_context(Named('sync')))

        async def cb(x):
            print('async callback', x)
        stack.push_async_callback(cb, 5)

        async def aexit(typ, value, tb):
            print('push_async_exit', typ.__name__ if typ else None)
            return True
        stack.push_async_exit(aexit)
        stack.push_async_exit(AsyncNamed('pushed'))
        raise LookupError('suppressed by aexit')
    try:
        await stack.enter_async_context(Named('sync-only'))
    except TypeError as e:
        print(e)
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(AsyncNamed('closed-by-aclose'))
    await stack.aclose()
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncNamed('a2'))
            stack.callback(lambda: 1 / 0)
            raise KeyError('body')
    except ZeroDivisionError as e:
        print(chain(e))


run(use_async_stack())


class AsyncTracked(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        print('tracked aenter')

    async def __aexit__(self, *exc):
        print('tracked aexit')


@AsyncTracked()
async def decorated(x):
    return x + 1


print(run(decorated(1)), decorated.__name__)


@atag('deco')
async def decorated_by_generator():
    return 'ran'


print(run(decorated_by_generator()))
print(run(decorated_by_generator()))
print(issubclass(contextlib.AsyncExitStack, contextlib.AbstractAsyncContextManager),
      issubclass(AsyncNamed, contextlib.AbstractAsyncContextManager),
      issubclass(Named, contextlib.AbstractAsyncContextManager))


# More unwinding corners: callbacks pushed while unwinding, __exit__'s result called by hand,
# a half manager, and the async error paths.
with contextlib.ExitStack() as stack:
    def first():
        print('first callback, pushing another')
        stack.callback(print, 'pushed during unwinding')
    stack.callback(print, 'last')
    stack.callback(first)

stack = contextlib.ExitStack()
stack.push(lambda *exc: True)
print(stack.__exit__(ValueError, ValueError('x'), None))
stack.push(lambda *exc: True)
print(stack.__exit__(None, None, None))
stack.callback(print, 'callback result ignored')
print(stack.__exit__(KeyError, KeyError('k'), None))


class EnterOnly:
    def __enter__(self):
        print('must not be entered')


try:
    contextlib.ExitStack().enter_context(EnterOnly())
except TypeError as e:
    print(e)


@contextlib.asynccontextmanager
async def keeps_yielding():
    try:
        yield
    except ValueError:
        yield


async def async_corners():
    try:
        async with keeps_yielding():
            raise ValueError('again')
    except RuntimeError as e:
        print(e, type(e.__context__).__name__)
    try:
        async with atag('through'):
            raise StopIteration('plain stop')
    except StopIteration as e:
        print('StopIteration kept', e)
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(e)
    try:
        async with contextlib.AsyncExitStack() as stack:
            async def failing(*exc):
                print('async exit got', exc[0].__name__)
                raise ValueError('async exit failed')
            stack.push_async_exit(failing)
            stack.enter_context(Named('s', raise_on_exit=TypeError('sync exit failed')))
            raise KeyError('body')
    except ValueError as e:
        print('raised', e)
    async with contextlib.AsyncExitStack() as stack:
        stack.enter_context(Named('kept'))
        moved = stack.pop_all()
    print(type(moved).__name__)
    await moved.aclose()
    return 'corners done'


print(run(async_corners()))
