"""Helpers for the `with` and `async with` statements.

The abstract bases (AbstractContextManager, AbstractAsyncContextManager), the decorators that
turn generators into context managers (contextmanager, asynccontextmanager), small ready-made
managers (closing, aclosing, suppress, redirect_stdout, redirect_stderr, nullcontext, chdir),
the stacks that unwind any number of managers and callbacks (ExitStack, AsyncExitStack), and
the mixins that let a manager decorate a function (ContextDecorator, AsyncContextDecorator).
"""

import abc
import os
import sys
import _collections_abc
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


# The abstract bases: anything with the two methods counts as a subclass.

class AbstractContextManager(abc.ABC):
    """A base for context managers: `__enter__` gives the manager itself."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        """Return `self` when entering the block."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the block; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(other, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """A base for asynchronous context managers: `__aenter__` gives the manager itself."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        """Return `self` when entering the block."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the block; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(other, '__aenter__', '__aexit__')
        return NotImplemented


# Managers used as decorators: each call of the function runs inside a fresh `with`.

class ContextDecorator(object):
    """A mixin: the manager can decorate a function, whose every call runs inside it."""

    def _recreate_cm(self):
        # Managers that can only be entered once return a fresh copy here.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator(object):
    """A mixin: the async manager can decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


# Generator-based managers: the code before `yield` is __enter__, the rest is __exit__.

class _GeneratorManagerBase:
    """What the sync and async generator managers share: the generator made from the
    decorated function, and a way to make another one for ContextDecorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Show the decorated function's docstring on the manager (help() reads it).
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A generator runs once, so each decorated call needs a new manager.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        # The arguments are only kept for _recreate_cm; a manager in use drops them.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # The exception may come as a type alone (e.g. from ExitStack.push callers).
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stopped:
            # The generator caught the exception and finished: suppress it, unless the
            # exception was that very StopIteration.
            return stopped is not value
        except RuntimeError as error:
            if error is value:
                error.__traceback__ = traceback
                return False
            # PEP 479 turned a StopIteration raised in the block into RuntimeError.
            if isinstance(value, StopIteration) and error.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            if error is not value:
                raise
            # The same exception coming back out is not suppressed; keep its traceback.
            error.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except RuntimeError as error:
            if error is value:
                error.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and error.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            if error is not value:
                raise
            error.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator: a generator function yielding once becomes a context manager factory.
    The value yielded is bound by `as`; an exception of the block is raised at the yield."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """Decorator: an async generator function yielding once becomes an async context
    manager factory."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# Small ready-made managers.

class closing(AbstractContextManager):
    """Calls `thing.close()` at the end of the block; `as` binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits `thing.aclose()` at the end of the `async with` block; `as` binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """Silences the listed exception types raised in the block (and takes them out of
    exception groups, re-raising what is left)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            _, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class _StreamSwap(AbstractContextManager):
    """Replaces the `sys` attribute named by `_stream` for the block; nestable and
    reentrant, since each entry keeps the stream it replaced."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._stream, self._replaced.pop())


class redirect_stdout(_StreamSwap):
    """Sends `sys.stdout` to another file object for the block."""

    _stream = 'stdout'


class redirect_stderr(_StreamSwap):
    """Sends `sys.stderr` to another file object for the block."""

    _stream = 'stderr'


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing, for code where a manager is optional; `as` binds
    `enter_result`. Usable with both `with` and `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block and goes back afterwards (not safe with
    threads: the working directory belongs to the process)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        os.chdir(self._previous.pop())


# Exit stacks: callbacks run last-in first-out, as nested `with` statements would unwind.

def _relink_context(raised, pending, outer):
    """Make the exception a callback `raised` look as if it came from a nested `with`: the
    end of its context chain (which is `outer`, the exception being handled around the
    stack, when Python set it) becomes `pending`, the exception the callback was given."""
    while True:
        context = raised.__context__
        if context is None or context is pending:
            return
        if context is outer:
            break
        raised = context
    raised.__context__ = pending


class _ExitStackBase:
    """The callback list shared by ExitStack and AsyncExitStack; each entry is
    (is_sync, callback) with callback taking (exc_type, exc, traceback)."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def push(self, exit):
        """Add a manager's `__exit__` (when `exit` has one) or `exit` itself as an exit
        callback, called with the exception details; returns `exit`."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter the manager `cm`, push its `__exit__`, and return what `__enter__` gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Call `callback(*args, **kwds)` when unwinding (it cannot suppress exceptions);
        returns `callback`, so this works as a decorator."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._exit_callbacks.append((True, call_ignoring_exception))
        return callback


class ExitStack(_ExitStackBase, AbstractContextManager):
    """Unwinds any number of managers and callbacks at the end of a `with` block (or at
    `close()`), last pushed first, with exceptions chained and suppressed exactly as the
    same managers written as nested `with` statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        raising = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            assert is_sync
            try:
                if callback(*exc_details):
                    suppressed = True
                    raising = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                raising = True
                exc_details = raised
        if raising:
            # `raise` here would make the exception being handled its context; the chain
            # built while unwinding must survive.
            context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return had_exception and suppressed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes async managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async manager `cm`, push its `__aexit__`, and return what
        `__aenter__` gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return result

    def push_async_exit(self, exit):
        """Add an async manager's `__aexit__` (when `exit` has one) or the coroutine
        function `exit` itself; returns `exit`."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Await `callback(*args, **kwds)` when unwinding; returns `callback`."""
        async def call_ignoring_exception(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._exit_callbacks.append((False, call_ignoring_exception))
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        raising = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = callback(*exc_details)
                else:
                    result = await callback(*exc_details)
                if result:
                    suppressed = True
                    raising = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                raising = True
                exc_details = raised
        if raising:
            # `raise` here would make the exception being handled its context; the chain
            # built while unwinding must survive.
            context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return had_exception and suppressed
