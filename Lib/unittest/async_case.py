"""IsolatedAsyncioTestCase: a TestCase whose set-up, tests, tear-down and cleanups may be
coroutine functions.

Each test gets its own asyncio.Runner (in debug mode, as CPython's does). setUp, asyncSetUp,
the test, asyncTearDown, tearDown and the cleanups all run in one context, so context
variables set in the set-up are seen by the test.
"""

import contextvars
import warnings
from inspect import iscoroutinefunction

from .case import TestCase

__all__ = ["IsolatedAsyncioTestCase"]


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._test_runner = None
        self._test_context = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup, for a coroutine function: it is awaited in the test's loop."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm; its __aexit__ becomes a cleanup."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            "the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # The hooks of TestCase.run, each step in the shared context and loop.

    def _in_loop(self, coro):
        return self._test_runner.run(coro, context=self._test_context)

    def _call_either(self, func, *args, **kwargs):
        if iscoroutinefunction(func):
            return self._in_loop(func(*args, **kwargs))
        return self._test_context.run(func, *args, **kwargs)

    def _call_set_up(self):
        # The loop exists (and is the current one) during setUp already.
        self._test_runner.get_loop()
        self._test_context.run(self.setUp)
        self._in_loop(self.asyncSetUp())

    def _call_test_method(self, method):
        if self._call_either(method) is not None:
            warnings.warn(f"It is deprecated to return a value that is not None from a test "
                          f"case ({method})", DeprecationWarning, stacklevel=4)

    def _call_tear_down(self):
        self._in_loop(self.asyncTearDown())
        self._test_context.run(self.tearDown)

    def _call_cleanup(self, function, *args, **kwargs):
        self._call_either(function, *args, **kwargs)

    def _start_runner(self):
        import asyncio
        self._test_runner = asyncio.Runner(debug=True)

    def _stop_runner(self):
        runner, self._test_runner = self._test_runner, None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._start_runner()
        try:
            return TestCase.run(self, result)
        finally:
            self._stop_runner()

    def debug(self):
        self._start_runner()
        try:
            TestCase.debug(self)
        finally:
            self._stop_runner()

    def __del__(self):
        # A test object dropped while its loop is open (debug() interrupted): close it.
        self._stop_runner()
