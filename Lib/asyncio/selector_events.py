"""The event loop that waits for file descriptors with a selector (select or poll).

The selector holds, for each watched descriptor, a pair (reader handle, writer handle). A
pipe is always watched: writing a byte to it wakes the loop from its wait (that is how
call_soon_threadsafe and signal handlers get the loop's attention).
"""

__all__ = ("BaseSelectorEventLoop",)

import os
import selectors
import signal
import threading

from . import base_events
from . import events
from .log import logger

_READ = selectors.EVENT_READ
_WRITE = selectors.EVENT_WRITE


class BaseSelectorEventLoop(base_events.BaseEventLoop):

    def __init__(self, selector=None):
        base_events.BaseEventLoop.__init__(self)
        self._selector = selectors.DefaultSelector() if selector is None else selector
        logger.debug("Using selector: %s", type(self._selector).__name__)
        self._wakeup_fds = os.pipe()
        for fd in self._wakeup_fds:
            os.set_blocking(fd, False)
        self._watch(self._wakeup_fds[0], _READ, self._drain_wakeup_pipe, ())

    def _drain_wakeup_pipe(self):
        try:
            while os.read(self._wakeup_fds[0], 4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _write_to_self(self):
        fds = self._wakeup_fds
        if fds is not None:
            try:
                os.write(fds[1], b"\x00")
            except OSError:
                pass    # full (a wake-up is pending anyway) or closing

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        reading_end, writing_end = self._wakeup_fds
        self._unwatch(reading_end, _READ)
        self._wakeup_fds = None
        os.close(reading_end)
        os.close(writing_end)
        base_events.BaseEventLoop.close(self)
        sel, self._selector = self._selector, None
        if sel is not None:
            sel.close()

    def _wait_for_events(self, timeout):
        return self._selector.select(timeout)

    def _process_events(self, event_list):
        for key, mask in event_list:
            pair = key.data
            for flag, handle in ((_READ, pair[0]), (_WRITE, pair[1])):
                if handle is None or not mask & flag:
                    continue
                if handle._cancelled:
                    self._unwatch(key.fileobj, flag)
                else:
                    self._runnable.append(handle)

    def _watch(self, fd, flag, callback, args):
        """Has callback(*args) run whenever fd is ready for `flag`; replaces a previous one."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        side = 0 if flag == _READ else 1
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[side] = handle
            self._selector.register(fd, flag, tuple(pair))
            return handle
        pair = list(key.data)
        previous, pair[side] = pair[side], handle
        self._selector.modify(fd, key.events | flag, tuple(pair))
        if previous is not None:
            previous.cancel()
        return handle

    def _unwatch(self, fd, flag):
        """Stops watching fd for `flag`; whether a callback was registered."""
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        side = 0 if flag == _READ else 1
        pair = list(key.data)
        previous, pair[side] = pair[side], None
        remaining = key.events & ~flag
        if remaining:
            self._selector.modify(fd, remaining, tuple(pair))
        else:
            self._selector.unregister(fd)
        if previous is None:
            return False
        previous.cancel()
        return True

    # The names under which subclasses (and the pipe transports) reach the selector.
    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, _READ, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, _READ)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, _WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, _WRITE)

    def add_reader(self, fd, callback, *args):
        """Calls callback(*args) each time fd is readable."""
        self._watch(fd, _READ, callback, args)

    def remove_reader(self, fd):
        """Stops watching fd for reading; returns whether it was watched."""
        return self._unwatch(fd, _READ)

    def add_writer(self, fd, callback, *args):
        """Calls callback(*args) each time fd is writable."""
        self._watch(fd, _WRITE, callback, args)

    def remove_writer(self, fd):
        """Stops watching fd for writing; returns whether it was watched."""
        return self._unwatch(fd, _WRITE)


# ---- Unix: signals, and the default loop and policy (re-exported by unix_events) ----


def _valid_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    valid = getattr(signal, "valid_signals", None)
    # (This VM's signal module has no valid_signals() yet: 1 to NSIG-1 stand for it.)
    if sig not in (valid() if valid is not None else range(1, signal.NSIG)):
        raise ValueError(f"invalid signal number {sig}")


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The event loop asyncio makes on Unix."""

    def __init__(self, selector=None):
        BaseSelectorEventLoop.__init__(self, selector)
        self._signal_callbacks = {}

    def add_signal_handler(self, sig, callback, *args):
        """Has the loop call callback(*args) when the process gets signal `sig`."""
        self._check_callback(callback, "add_signal_handler")
        _valid_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")
        self._signal_callbacks[sig] = events.Handle(callback, args, self, None)
        try:
            # The Python-level handler runs in the main thread between bytecodes; it queues
            # the callback and wakes the loop from its wait.
            signal.signal(sig, self._signal_arrived)
        except OSError as exc:
            self._signal_callbacks.pop(sig, None)
            raise RuntimeError(f"sig {sig} cannot be caught") from exc

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Reads the pipe (a file object) into a protocol; returns (transport, protocol)."""
        from .unix_pipes import _PipeReader
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _PipeReader(self, pipe, protocol, waiter)
        await waiter
        return transport, protocol

    async def connect_write_pipe(self, protocol_factory, pipe):
        """A transport writing to the pipe (a file object); returns (transport, protocol)."""
        from .unix_pipes import _PipeWriter
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _PipeWriter(self, pipe, protocol, waiter)
        await waiter
        return transport, protocol

    async def _start_child(self, protocol_factory, args, shell, stdin, stdout, stderr,
                           universal_newlines, bufsize, encoding, errors, text, kwargs):
        if universal_newlines:
            raise ValueError("universal_newlines must be False")
        if bufsize != 0:
            raise ValueError("bufsize must be 0")
        if text:
            raise ValueError("text must be False")
        if encoding is not None:
            raise ValueError("encoding must be None")
        if errors is not None:
            raise ValueError("errors must be None")
        from .unix_pipes import _ChildTransport
        protocol = protocol_factory()
        transport = _ChildTransport(self, protocol, args, shell, stdin, stdout, stderr,
                                    bufsize, None, **kwargs)
        ready = self.create_future()
        # After the pipes' connection_made callbacks (already scheduled), the child's.
        self.call_soon(protocol.connection_made, transport)
        self.call_soon(_settle_waiter, ready)
        try:
            await ready
        except BaseException:
            transport.close()
            await transport._wait()
            raise
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
                              stderr=-1, universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        """Starts program with args; returns (SubprocessTransport, protocol)."""
        if shell:
            raise ValueError("shell must be False")
        return await self._start_child(protocol_factory, (program,) + args, False, stdin,
                                       stdout, stderr, universal_newlines, bufsize,
                                       encoding, errors, text, kwargs)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1,
                               stderr=-1, universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        """Runs cmd (a str or bytes) through the shell; returns (transport, protocol)."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError("cmd must be a string")
        if not shell:
            raise ValueError("shell must be True")
        return await self._start_child(protocol_factory, cmd, True, stdin, stdout, stderr,
                                       universal_newlines, bufsize, encoding, errors, text,
                                       kwargs)

    def _signal_arrived(self, sig, frame):
        handle = self._signal_callbacks.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
            return
        with self._runnable_guard:
            self._runnable.append(handle)
        self._write_to_self()

    def remove_signal_handler(self, sig):
        """Gives `sig` its default handling back; returns whether a handler was set."""
        _valid_signal(sig)
        if self._signal_callbacks.pop(sig, None) is None:
            return False
        default = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, default)
        except OSError as exc:
            raise RuntimeError(f"sig {sig} cannot be caught") from exc
        return True

    def close(self):
        BaseSelectorEventLoop.close(self)
        for sig in list(self._signal_callbacks):
            self.remove_signal_handler(sig)


def _settle_waiter(waiter):
    if not waiter.done():
        waiter.set_result(None)


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The policy of Unix: each thread's loop is a selector loop."""

    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
