"""Transports over pipes and child processes, for the selector loop of Unix.

_PipeReader and _PipeWriter watch a pipe's descriptor with the loop's selector.
_ChildTransport starts a subprocess.Popen, wraps its pipes, and learns of the child's end
from a thread blocked in Popen.wait() (like CPython 3.12's default ThreadedChildWatcher).
"""

import errno
import os
import subprocess
import threading
import warnings

from . import protocols
from . import transports
from .log import logger

_READ_SIZE = 256 * 1024
_HIGH_WATER = 64 * 1024


def _descriptor(pipe):
    return pipe if isinstance(pipe, int) else pipe.fileno()


class _PipeBase:
    def __init__(self, loop, pipe, protocol, extra):
        self._loop = loop
        self._pipe = pipe
        self._fd = _descriptor(pipe)
        self._protocol = protocol
        self._closing = False
        self._extra = dict(extra or {})
        self._extra.setdefault("pipe", pipe)
        os.set_blocking(self._fd, False)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def __repr__(self):
        state = "closing" if self._closing else "open"
        return f"<{type(self).__name__} fd={self._fd} {state}>"

    def _lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            if isinstance(self._pipe, int):
                try:
                    os.close(self._pipe)
                except OSError:
                    pass
            else:
                self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None

    def _fail(self, exc, message):
        if not isinstance(exc, OSError) or exc.errno not in (errno.EPIPE, errno.ECONNRESET):
            self._loop.call_exception_handler({"message": message, "exception": exc,
                                               "transport": self,
                                               "protocol": self._protocol})
        self._shut(exc)


class _PipeReader(_PipeBase, transports.ReadTransport):
    """Reads a pipe as data arrives, for a Protocol."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        _PipeBase.__init__(self, loop, pipe, protocol, extra)
        self._reading = True
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop._add_reader, self._fd, self._readable)
        if waiter is not None:
            loop.call_soon(_settle, waiter)

    def _readable(self):
        try:
            data = os.read(self._fd, _READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fail(exc, "Fatal read error on pipe transport")
            return
        if data:
            self._protocol.data_received(data)
            return
        # End of file: the writer closed its end.
        self._closing = True
        self._loop._remove_reader(self._fd)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._lost, None)

    def is_reading(self):
        return self._reading and not self._closing

    def pause_reading(self):
        if self._closing or not self._reading:
            return
        self._reading = False
        self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or self._reading:
            return
        self._reading = True
        self._loop._add_reader(self._fd, self._readable)

    def close(self):
        if not self._closing:
            self._shut(None)

    def _shut(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fd)
        self._loop.call_soon(self._lost, exc)


class _PipeWriter(_PipeBase, transports.WriteTransport):
    """Writes to a pipe, buffering what it does not take at once (with flow control)."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        _PipeBase.__init__(self, loop, pipe, protocol, extra)
        self._pending = bytearray()
        self._protocol_paused = False
        self._high, self._low = _HIGH_WATER, _HIGH_WATER // 4
        loop.call_soon(protocol.connection_made, self)
        if waiter is not None:
            loop.call_soon(_settle, waiter)

    def get_write_buffer_size(self):
        return len(self._pending)

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = _HIGH_WATER if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
        self._high, self._low = high, low
        self._check_pressure()

    def _check_pressure(self):
        size = len(self._pending)
        if not self._protocol_paused and size > self._high:
            self._protocol_paused = True
            self._protocol.pause_writing()
        elif self._protocol_paused and size <= self._low:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def write(self, data):
        if not data or self._closing:
            return
        data = bytes(data)
        if not self._pending:
            try:
                written = os.write(self._fd, data)
            except (BlockingIOError, InterruptedError):
                written = 0
            except OSError as exc:
                self._fail(exc, "Fatal write error on pipe transport")
                return
            data = data[written:]
            if not data:
                return
            self._loop._add_writer(self._fd, self._writable)
        self._pending += data
        self._check_pressure()

    def _writable(self):
        try:
            written = os.write(self._fd, self._pending)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._pending.clear()
            self._loop._remove_writer(self._fd)
            self._fail(exc, "Fatal write error on pipe transport")
            return
        del self._pending[:written]
        self._check_pressure()
        if not self._pending:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._loop.call_soon(self._lost, None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending:
            self._loop.call_soon(self._lost, None)

    def close(self):
        if not self._closing:
            self.write_eof()

    def abort(self):
        self._shut(None)

    def _shut(self, exc):
        self._closing = True
        self._pending.clear()
        self._loop._remove_writer(self._fd)
        self._loop.call_soon(self._lost, exc)


def _settle(waiter):
    if not waiter.done():
        waiter.set_result(None)


class _Relay(protocols.Protocol):
    """The protocol of one of a child's pipes: passes events on to the child's transport."""

    def __init__(self, child, fd):
        self._child, self._fd = child, fd

    def data_received(self, data):
        self._child._pipe_data(self._fd, data)

    def connection_lost(self, exc):
        self._child._pipe_closed(self._fd, exc)

    def pause_writing(self):
        self._child._protocol.pause_writing()

    def resume_writing(self):
        self._child._protocol.resume_writing()


class _ChildTransport(transports.SubprocessTransport):
    """A child process with its pipes (what loop.subprocess_exec/shell give)."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, extra,
                 **popen_kwargs):
        transports.SubprocessTransport.__init__(self, extra)
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._returncode = None
        self._exit_waiters = []
        self._pipes = {}
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, bufsize=bufsize, **popen_kwargs)
        self._extra["subprocess"] = self._proc
        if self._proc.stdin is not None:
            self._pipes[0] = _PipeWriter(loop, self._proc.stdin, _Relay(self, 0))
        if self._proc.stdout is not None:
            self._pipes[1] = _PipeReader(loop, self._proc.stdout, _Relay(self, 1))
        if self._proc.stderr is not None:
            self._pipes[2] = _PipeReader(loop, self._proc.stderr, _Relay(self, 2))
        self._open_pipes = set(self._pipes)
        watcher = threading.Thread(target=self._watch, name=f"waitpid-{self._proc.pid}",
                                   daemon=True)
        watcher.start()

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append("closed")
        parts.append(f"pid={self.get_pid()}")
        if self._returncode is not None:
            parts.append(f"returncode={self._returncode}")
        elif self._proc is not None:
            parts.append("running")
        else:
            parts.append("not started")
        return "<" + " ".join(parts) + ">"

    def _watch(self):
        code = self._proc.wait()
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._exited, code)
            except RuntimeError:
                pass

    def _exited(self, code):
        self._returncode = code
        self._loop.call_soon(self._protocol.process_exited)
        waiters, self._exit_waiters = self._exit_waiters, []
        for waiter in waiters:
            if not waiter.cancelled():
                waiter.set_result(code)
        self._maybe_finished()

    def _pipe_data(self, fd, data):
        self._loop.call_soon(self._protocol.pipe_data_received, fd, data)

    def _pipe_closed(self, fd, exc):
        self._open_pipes.discard(fd)
        self._loop.call_soon(self._protocol.pipe_connection_lost, fd, exc)
        self._maybe_finished()

    def _maybe_finished(self):
        if self._returncode is None or self._open_pipes:
            return
        self._loop.call_soon(self._connection_lost)

    def _connection_lost(self):
        protocol, self._protocol = self._protocol, None
        if protocol is not None:
            protocol.connection_lost(None)

    async def _wait(self):
        """The child's exit status, once it has ended."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def get_pid(self):
        return self._proc.pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    def is_closing(self):
        return self._closed

    def _running(self):
        if self._proc is None or self._returncode is not None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._running()
        self._proc.send_signal(signal)

    def terminate(self):
        self._running()
        self._proc.terminate()

    def kill(self):
        self._running()
        self._proc.kill()

    def close(self):
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            if not pipe.is_closing():
                pipe.close()
        if self._returncode is None and self._proc.poll() is None:
            if self._loop.get_debug():
                logger.warning("Close running child process: kill %r", self)
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def __del__(self, _warn=warnings.warn):
        if not self._closed and getattr(self, "_proc", None) is not None:
            _warn(f"unclosed transport {self!r}", ResourceWarning, source=self)
