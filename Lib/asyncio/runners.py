"""asyncio.run() and Runner: a loop made for running coroutines, shut down cleanly after.

Shutting down cancels the tasks still pending (and waits for them), closes the
asynchronous generators still open and the default executor, then closes the loop.
"""

__all__ = ("Runner", "run")

import contextvars
import signal
import threading

from . import coroutines, events, exceptions, tasks

# The life of a Runner.
_FRESH, _READY, _DONE = "created", "initialized", "closed"


class Runner:
    """Owns a loop (made on first use by loop_factory, else a new default loop that also
    becomes the current one) and runs coroutines in it, each as the main task."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _FRESH
        self._debug_setting = debug
        self._make_loop = loop_factory
        self._owned_loop = None
        self._base_context = None
        self._made_current = False
        self._interrupts = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        """The loop (made now if needed)."""
        self._lazy_init()
        return self._owned_loop

    def _lazy_init(self):
        if self._phase == _READY:
            return
        if self._phase == _DONE:
            raise RuntimeError("Runner is closed")
        if self._make_loop is not None:
            self._owned_loop = self._make_loop()
        else:
            self._owned_loop = events.new_event_loop()
            if not self._made_current:
                events.set_event_loop(self._owned_loop)
                self._made_current = True
        if self._debug_setting is not None:
            self._owned_loop.set_debug(self._debug_setting)
        self._base_context = contextvars.copy_context()
        self._phase = _READY

    def run(self, coro, *, context=None):
        """Runs the coroutine to its end in the loop; returns its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        main = self._owned_loop.create_task(coro, context=self._base_context if context is None
                                      else context)
        installed = self._install_sigint(main)
        self._interrupts = 0
        try:
            return self._owned_loop.run_until_complete(main)
        except exceptions.CancelledError:
            if self._interrupts and getattr(main, "uncancel", lambda: 1)() == 0:
                # Cancelled by our Ctrl-C handler: report it as the interrupt it was.
                raise KeyboardInterrupt()
            raise
        finally:
            if installed is not None and signal.getsignal(signal.SIGINT) is installed:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _install_sigint(self, main):
        """In the main thread, with Python's default Ctrl-C handling in place, the first
        Ctrl-C cancels the main task instead (the second one interrupts at once)."""
        if threading.current_thread() is not threading.main_thread():
            return None
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return None

        def on_sigint(signum, frame):
            self._interrupts += 1
            if self._interrupts == 1 and not main.done():
                main.cancel()
                self._owned_loop.call_soon_threadsafe(lambda: None)
                return
            raise KeyboardInterrupt()

        try:
            signal.signal(signal.SIGINT, on_sigint)
        except ValueError:
            return None
        return on_sigint

    def close(self):
        """Shuts the loop down and closes it (once)."""
        if self._phase != _READY:
            return
        loop = self._owned_loop
        try:
            _cancel_all_tasks(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            if self._made_current:
                events.set_event_loop(None)
            loop.close()
            self._owned_loop = None
            self._phase = _DONE


def run(main, *, debug=None, loop_factory=None):
    """Runs the coroutine `main` in a new loop (made by loop_factory, if given) and returns
    its result; the loop is shut down and closed after. It cannot be called from a running
    loop."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    runner = Runner(debug=debug, loop_factory=loop_factory)
    try:
        return runner.run(main)
    finally:
        runner.close()


def _cancel_all_tasks(loop):
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })
