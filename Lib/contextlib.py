"""Utilities for the `with` and `async with` statements.

What lives here:

* the protocol bases AbstractContextManager and AbstractAsyncContextManager (any class with
  the two methods is treated as a subclass);
* contextmanager / asynccontextmanager, which make a manager out of a generator function
  that yields exactly once;
* ContextDecorator / AsyncContextDecorator, mixins letting a manager wrap a function;
* small managers: closing, aclosing, suppress, redirect_stdout, redirect_stderr,
  nullcontext and chdir;
* ExitStack / AsyncExitStack, which collect managers and callbacks while a block runs and
  unwind them afterwards in reverse order, exactly like the equivalent nested statements.
"""

import os
import sys
from abc import ABC, abstractmethod
from functools import wraps
from types import GenericAlias, MethodType
from _collections_abc import _check_methods

__all__ = [
    'AbstractAsyncContextManager', 'AbstractContextManager',
    'AsyncExitStack', 'ContextDecorator', 'ExitStack', 'aclosing', 'asynccontextmanager',
    'chdir', 'closing', 'contextmanager', 'nullcontext', 'redirect_stderr',
    'redirect_stdout', 'suppress',
]


# ---------------------------------------------------------------------------------------
# Protocol bases

class AbstractContextManager(ABC):
    """Base class of context managers; entering gives back the manager."""

    __slots__ = ()

    def __enter__(self):
        """Entering yields the manager itself."""
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Called on leaving the block; return true to swallow its exception."""
        return None

    @classmethod
    def __subclasshook__(cls, candidate):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _check_methods(candidate, '__enter__', '__exit__')


class AbstractAsyncContextManager(ABC):
    """Base class of asynchronous context managers; entering gives back the manager."""

    __slots__ = ()

    async def __aenter__(self):
        """Entering yields the manager itself."""
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Awaited on leaving the block; return true to swallow its exception."""
        return None

    @classmethod
    def __subclasshook__(cls, candidate):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _check_methods(candidate, '__aenter__', '__aexit__')


# Both bases can be subscripted in annotations (AbstractContextManager[int]).
for _base in (AbstractContextManager, AbstractAsyncContextManager):
    _base.__class_getitem__ = classmethod(GenericAlias)
del _base


# ---------------------------------------------------------------------------------------
# Managers usable as decorators

class ContextDecorator:
    """Mixin for managers that may also decorate a function: each call of the decorated
    function then happens inside the manager."""

    def _manager_for_call(self):
        # Managers that can be entered only once hand out a fresh one per call.
        return self

    def __call__(self, func):
        @wraps(func)
        def call_within(*pos, **named):
            with self._manager_for_call():
                return func(*pos, **named)
        return call_within


class AsyncContextDecorator:
    """Mixin for asynchronous managers that may also decorate a coroutine function."""

    def _manager_for_call(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def call_within(*pos, **named):
            async with self._manager_for_call():
                return await func(*pos, **named)
        return call_within


# ---------------------------------------------------------------------------------------
# Generator-based managers
#
# The part of the generator before its `yield` is the set-up, the part after it the
# clean-up; an exception from the block is thrown in at the `yield`.

def _settle_throw(outcome, sent, tb, finished, unwrapped):
    """Decide what to do after throwing `sent` into the generator made it raise `outcome`.

    Returns True (the generator handled it and ended: swallow it), False (the very exception
    came back, possibly wrapped by PEP 479 into a RuntimeError: let it go on, with its
    original traceback) or None (a different exception: the caller re-raises `outcome`).
    `finished` is the exception type meaning the generator ended, `unwrapped` the types the
    generator turns into RuntimeError when they escape it."""
    if isinstance(outcome, finished):
        return outcome is not sent
    if outcome is not sent:
        converted = (isinstance(outcome, RuntimeError) and isinstance(sent, unwrapped)
                     and outcome.__cause__ is sent)
        if not converted:
            return None
    sent.__traceback__ = tb
    return False


class _GeneratorContextManagerBase:
    """State shared by the plain and the asynchronous generator managers."""

    def __init__(self, factory, pos, named):
        self._iterator = factory(*pos, **named)
        # CPython's public-ish attribute names, which some callers (and tests) read.
        self.gen = self._iterator
        self.func, self.args, self.kwds = factory, pos, named
        # Kept only until entered, so a decorator use can build another manager.
        self._blueprint = (factory, pos, named)
        # help() on the manager shows the decorated function's docstring, if it has one.
        own_doc = getattr(factory, '__doc__', None)
        if own_doc is None:
            own_doc = type(self).__doc__
        self.__doc__ = own_doc

    def _manager_for_call(self):
        factory, pos, named = self._blueprint
        return type(self)(factory, pos, named)

    def _forget_blueprint(self):
        # A manager can be entered once only; entering it again fails here. The arguments
        # are dropped too, so the generator alone decides how long they live.
        del self._blueprint
        del self.func, self.args, self.kwds


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_blueprint()
        try:
            return next(self._iterator)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, kind, exc, tb):
        it = self._iterator
        if kind is not None:
            if exc is None:
                # Only the type was given (e.g. `stack.push(cm)` callers): make one.
                exc = kind()
            try:
                it.throw(exc)
            except BaseException as outcome:
                verdict = _settle_throw(outcome, exc, tb, StopIteration, StopIteration)
                if verdict is None:
                    raise
                return verdict
            complaint = "generator didn't stop after throw()"
        else:
            try:
                next(it)
            except StopIteration:
                return False
            complaint = "generator didn't stop"
        try:
            raise RuntimeError(complaint)
        finally:
            it.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                            AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_blueprint()
        try:
            return await anext(self._iterator)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, kind, exc, tb):
        it = self._iterator
        if kind is not None:
            if exc is None:
                exc = kind()
            try:
                await it.athrow(exc)
            except BaseException as outcome:
                verdict = _settle_throw(outcome, exc, tb, StopAsyncIteration,
                                        (StopIteration, StopAsyncIteration))
                if verdict is None:
                    raise
                return verdict
            complaint = "generator didn't stop after athrow()"
        else:
            try:
                await anext(it)
            except StopAsyncIteration:
                return False
            complaint = "generator didn't stop"
        try:
            raise RuntimeError(complaint)
        finally:
            await it.aclose()


def contextmanager(func):
    """Decorator turning a generator function that yields once into a factory of context
    managers. The yielded value is what `as` binds; an exception raised in the block is
    raised inside the generator at its `yield`.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def build(*pos, **named):
        return _GeneratorContextManager(func, pos, named)
    return build


def asynccontextmanager(func):
    """Decorator turning an async generator function that yields once into a factory of
    asynchronous context managers (for `async with`)."""
    @wraps(func)
    def build(*pos, **named):
        return _AsyncGeneratorContextManager(func, pos, named)
    return build


# ---------------------------------------------------------------------------------------
# Ready-made managers

class closing(AbstractContextManager):
    """Binds `thing` with `as` and calls its `close()` method when the block ends:

        with closing(urlopen(url)) as page:
            ...
    """

    def __init__(self, thing):
        self._closeable = thing

    def __enter__(self):
        return self._closeable

    def __exit__(self, *ignored):
        self._closeable.close()


class aclosing(AbstractAsyncContextManager):
    """Binds `thing` with `as` and awaits its `aclose()` method when the `async with`
    block ends (useful for async generators)."""

    def __init__(self, thing):
        self._closeable = thing

    async def __aenter__(self):
        return self._closeable

    async def __aexit__(self, *ignored):
        await self._closeable.aclose()


class suppress(AbstractContextManager):
    """Swallows the given exception types when raised in the block; the rest of the code
    after the statement then runs. Matching members of an exception group are dropped and
    the remainder, if any, is raised."""

    def __init__(self, *exceptions):
        self._silenced = exceptions

    def __enter__(self):
        pass

    def __exit__(self, kind, exc, tb):
        if kind is None:
            return None
        if issubclass(kind, self._silenced):
            return True
        if not issubclass(kind, BaseExceptionGroup):
            return False
        leftover = exc.split(self._silenced)[1]
        if leftover is not None:
            raise leftover
        return True


class _SysStreamSwap(AbstractContextManager):
    """Points one of the `sys` streams (named by `_attr`) at another file for the block.
    The same object may be entered again while active: each entry remembers what it
    replaced."""

    _attr = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []

    def __enter__(self):
        name = self._attr
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, *ignored):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_SysStreamSwap):
    """Sends what is written to `sys.stdout` to `new_target` for the block:

        with redirect_stdout(io.StringIO()) as buffer:
            help(pow)
    """

    _attr = 'stdout'


class redirect_stderr(_SysStreamSwap):
    """Sends what is written to `sys.stderr` to `new_target` for the block."""

    _attr = 'stderr'


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing, standing in where a real manager is optional:

        cm = real_manager() if wanted else nullcontext()

    `as` binds `enter_result`; works with `with` and `async with` alike."""

    def __init__(self, enter_result=None):
        self._value = enter_result

    def __enter__(self):
        return self._value

    def __exit__(self, *ignored):
        pass

    async def __aenter__(self):
        return self._value

    async def __aexit__(self, *ignored):
        pass


class chdir(AbstractContextManager):
    """Makes `path` the working directory during the block, then returns to the previous
    one. The working directory is shared by the whole process, so this is not safe where
    other threads depend on it."""

    def __init__(self, path):
        self._destination = path
        self._origins = []

    def __enter__(self):
        self._origins.append(os.getcwd())
        os.chdir(self._destination)

    def __exit__(self, *ignored):
        os.chdir(self._origins.pop())


# ---------------------------------------------------------------------------------------
# Exit stacks
#
# Each stack keeps a list of (needs_await, function) pairs; a function receives the
# exception triple like __exit__ and may return true to swallow the exception.

_ABSENT = object()


def _protocol_methods(cm, enter_name, exit_name, protocol):
    """The unbound enter and exit methods of `cm`'s type, or the TypeError that
    `with` itself would raise."""
    kind = type(cm)
    try:
        return getattr(kind, enter_name), getattr(kind, exit_name)
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                        f"the {protocol} protocol") from None


def _graft_context(raised, below, handled):
    """Give `raised` (from an exit function) the context a nested `with` would: Python
    chained it to `handled`, the exception already being handled when the stack began
    unwinding; the link to `handled` in its chain is redirected to `below`, the exception
    the exit function was called with."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is below:
            return
        if ctx is handled:
            node.__context__ = below
            return
        node = ctx


class _CallbackStack:
    """What ExitStack and AsyncExitStack have in common: registering exit functions."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Hand every registered exit function over to a new stack of the same type, which
        is returned; this stack is left empty."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, heir._exit_callbacks
        return heir

    def push(self, exit):
        """Register an exit function: the `__exit__` method of `exit` when its type has
        one, else `exit` itself, called with the exception triple. Returns `exit`, so this
        can decorate a function."""
        method = getattr(type(exit), '__exit__', _ABSENT)
        bound = exit if method is _ABSENT else MethodType(method, exit)
        self._exit_callbacks.append((False, bound))
        return exit

    def enter_context(self, cm):
        """Enter `cm`, register its `__exit__`, and return what its `__enter__` returned."""
        enter, leave = _protocol_methods(cm, '__enter__', '__exit__', 'context manager')
        entered = enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to run when the stack unwinds; its result is
        ignored, so it never swallows an exception. Returns `callback` (usable as a
        decorator)."""
        def run_callback(*exc_triple):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, run_callback))
        return callback


class ExitStack(_CallbackStack, AbstractContextManager):
    """Collects context managers and cleanup functions and runs them, newest first, when
    the `with` block ends or `close()` is called. Exceptions flow through them as through
    nested `with` statements: any of them may swallow the current exception, and one that
    raises replaces it, with the same `__context__` chain.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __exit__(self, *details):
        arrived_with_error = details[0] is not None
        handled = sys.exc_info()[1]
        swallowed = False
        failure = None
        triple = details
        while self._exit_callbacks:
            func = self._exit_callbacks.pop()[1]
            try:
                if not func(*triple):
                    continue
            except:
                failure = sys.exc_info()[1]
                _graft_context(failure, triple[1], handled)
                triple = (type(failure), failure, failure.__traceback__)
                continue
            swallowed = True
            failure = None
            triple = (None, None, None)
        if failure is not None:
            # Raising here links `failure` to the exception being handled; undo that.
            chain = failure.__context__
            try:
                raise failure
            finally:
                failure.__context__ = chain
        return arrived_with_error and swallowed

    def close(self):
        """Run every registered exit function now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_CallbackStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes asynchronous managers and coroutine
    functions, awaited in their turn."""

    async def enter_async_context(self, cm):
        """Enter the asynchronous manager `cm`, register its `__aexit__`, and return what
        its `__aenter__` returned."""
        enter, leave = _protocol_methods(cm, '__aenter__', '__aexit__',
                                         'asynchronous context manager')
        entered = await enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return entered

    def push_async_exit(self, exit):
        """Register an asynchronous exit function: the `__aexit__` of `exit` when its
        type has one, else the coroutine function `exit` itself. Returns `exit`."""
        method = getattr(type(exit), '__aexit__', _ABSENT)
        self._exit_callbacks.append((True, exit if method is _ABSENT else MethodType(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call `callback(*args, **kwds)`, awaited when
        the stack unwinds; it never swallows an exception. Returns `callback`."""
        async def run_callback(*exc_triple):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, run_callback))
        return callback

    async def aclose(self):
        """Run and await every registered exit function now."""
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *details):
        arrived_with_error = details[0] is not None
        handled = sys.exc_info()[1]
        swallowed = False
        failure = None
        triple = details
        while self._exit_callbacks:
            needs_await, func = self._exit_callbacks.pop()
            try:
                verdict = func(*triple)
                if needs_await:
                    verdict = await verdict
                if not verdict:
                    continue
            except:
                failure = sys.exc_info()[1]
                _graft_context(failure, triple[1], handled)
                triple = (type(failure), failure, failure.__traceback__)
                continue
            swallowed = True
            failure = None
            triple = (None, None, None)
        if failure is not None:
            chain = failure.__context__
            try:
                raise failure
            finally:
                failure.__context__ = chain
        return arrived_with_error and swallowed
