"""Streams: StreamReader (a buffer that coroutines read from, fed by a protocol) and
StreamWriter (a transport with drain() for flow control).

Without a socket module, streams come from pipes and child processes (asyncio.subprocess);
open_connection() and start_server() are not available.
"""

__all__ = ("StreamReader", "StreamWriter", "StreamReaderProtocol")

import collections

from . import events, exceptions, protocols, tasks

_DEFAULT_LIMIT = 2 ** 16


class FlowControlMixin(protocols.Protocol):
    """The writing half of a stream protocol: pause_writing/resume_writing from the
    transport become the waits of StreamWriter.drain()."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._held = False
        self._drainers = collections.deque()
        self._gone = False

    def pause_writing(self):
        self._held = True

    def resume_writing(self):
        self._held = False
        for waiter in self._drainers:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._gone = True
        if not self._held:
            return
        for waiter in self._drainers:
            if waiter.done():
                continue
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._gone:
            raise ConnectionResetError("Connection lost")
        if not self._held:
            return
        waiter = self._loop.create_future()
        self._drainers.append(waiter)
        try:
            await waiter
        finally:
            self._drainers.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds what a transport receives into a StreamReader."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop=loop)
        self._target = stream_reader
        self._on_connect = client_connected_cb
        self._channel = None
        self._closing_done = self._loop.create_future()

    def connection_made(self, transport):
        self._channel = transport
        self._target.set_transport(transport)
        if self._on_connect is not None:
            writer = StreamWriter(transport, self, self._target, self._loop)
            outcome = self._on_connect(self._target, writer)
            if tasks.coroutines.iscoroutine(outcome):
                self._loop.create_task(outcome)

    def connection_lost(self, exc):
        reader = self._target
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closing_done.done():
            if exc is None:
                self._closing_done.set_result(None)
            else:
                self._closing_done.set_exception(exc)
                self._closing_done.exception()
        FlowControlMixin.connection_lost(self, exc)
        self._target = None
        self._channel = None

    def data_received(self, data):
        if self._target is not None:
            self._target.feed_data(data)

    def eof_received(self):
        if self._target is not None:
            self._target.feed_eof()
        return False

    def _get_close_waiter(self, stream):
        return self._closing_done


class StreamWriter:
    """Writes to a transport; `await drain()` waits while its buffer is too full."""

    def __init__(self, transport, protocol, reader, loop):
        self._channel = transport
        self._proto = protocol
        self._paired_reader = reader
        self._loop = loop

    def __repr__(self):
        parts = [type(self).__name__, f"transport={self._channel!r}"]
        if self._paired_reader is not None:
            parts.append(f"reader={self._paired_reader!r}")
        return "<" + " ".join(parts) + ">"

    @property
    def transport(self):
        return self._channel

    def write(self, data):
        self._channel.write(data)

    def writelines(self, data):
        self._channel.writelines(data)

    def write_eof(self):
        return self._channel.write_eof()

    def can_write_eof(self):
        return self._channel.can_write_eof()

    def close(self):
        return self._channel.close()

    def is_closing(self):
        return self._channel.is_closing()

    async def wait_closed(self):
        await self._proto._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._channel.get_extra_info(name, default)

    async def drain(self):
        """Waits until the transport can take more data (raises the reader's error)."""
        if self._paired_reader is not None:
            failure = self._paired_reader.exception()
            if failure is not None:
                raise failure
        if self._channel.is_closing():
            # Let connection_lost run first, so that the error comes from _drain_helper.
            await tasks.sleep(0)
        await self._proto._drain_helper()


class StreamReader:
    """Bytes received, waiting to be read by coroutines (one reader at a time).

    `limit` bounds what readline()/readuntil() look through for their separator; the
    transport is paused while more than twice the limit is buffered.
    """

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._cap = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._data = bytearray()
        self._ended = False
        self._reader_waiting = None
        self._failure = None
        self._channel = None
        self._held = False

    def __repr__(self):
        parts = ["StreamReader"]
        if self._data:
            parts.append(f"{len(self._data)} bytes")
        if self._ended:
            parts.append("eof")
        if self._cap != _DEFAULT_LIMIT:
            parts.append(f"limit={self._cap}")
        if self._reader_waiting is not None:
            parts.append(f"waiter={self._reader_waiting!r}")
        if self._failure is not None:
            parts.append(f"exception={self._failure!r}")
        if self._channel is not None:
            parts.append(f"transport={self._channel!r}")
        if self._held:
            parts.append("paused")
        return "<" + " ".join(parts) + ">"

    def exception(self):
        return self._failure

    def set_exception(self, exc):
        self._failure = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter, self._reader_waiting = self._reader_waiting, None
        if waiter is not None and not waiter.cancelled():
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    def set_transport(self, transport):
        if self._channel is not None:
            raise AssertionError("Transport already set")
        self._channel = transport

    def _resume_if_drained(self):
        if self._held and len(self._data) <= self._cap:
            self._held = False
            self._channel.resume_reading()

    def feed_eof(self):
        self._ended = True
        self._wake()

    def at_eof(self):
        """Whether the stream ended and everything was read."""
        return self._ended and not self._data

    def feed_data(self, data):
        if not data:
            return
        self._data.extend(data)
        self._wake()
        if (self._channel is not None and not self._held
                and len(self._data) > 2 * self._cap):
            try:
                self._channel.pause_reading()
            except NotImplementedError:
                self._channel = None
            else:
                self._held = True

    async def _wait_for_data(self, func_name):
        if self._reader_waiting is not None:
            raise RuntimeError(f"{func_name}() called while another coroutine is already "
                               "waiting for incoming data")
        if self._held:
            self._held = False
            self._channel.resume_reading()
        self._reader_waiting = self._loop.create_future()
        try:
            await self._reader_waiting
        finally:
            self._reader_waiting = None

    async def readline(self):
        """A line ending in b'\\n' (or what is left at the end of the stream)."""
        try:
            return await self.readuntil(b"\n")
        except exceptions.IncompleteReadError as short:
            return short.partial
        except exceptions.LimitOverrunError as too_long:
            if self._data.startswith(b"\n", too_long.consumed):
                del self._data[:too_long.consumed + 1]
            else:
                self._data.clear()
            self._resume_if_drained()
            raise ValueError(too_long.args[0])

    async def readuntil(self, separator=b"\n"):
        """The data up to and including separator. At the end of the stream without it:
        IncompleteReadError; past the limit: LimitOverrunError."""
        width = len(separator)
        if width == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._failure is not None:
            raise self._failure
        start = 0
        while True:
            if len(self._data) - start >= width:
                found = self._data.find(separator, start)
                if found != -1:
                    break
                start = len(self._data) + 1 - width
                if start > self._cap:
                    raise exceptions.LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", start)
            if self._ended:
                partial = bytes(self._data)
                self._data.clear()
                raise exceptions.IncompleteReadError(partial, None)
            await self._wait_for_data("readuntil")
        if found > self._cap:
            raise exceptions.LimitOverrunError(
                "Separator is found, but chunk is longer than limit", found)
        end = found + width
        chunk = bytes(self._data[:end])
        del self._data[:end]
        self._resume_if_drained()
        return chunk

    async def read(self, n=-1):
        """Up to n bytes (n < 0: everything until the end of the stream); b'' at the end."""
        if self._failure is not None:
            raise self._failure
        if n == 0:
            return b""
        if n < 0:
            pieces = []
            while True:
                piece = await self.read(self._cap)
                if not piece:
                    return b"".join(pieces)
                pieces.append(piece)
        if not self._data and not self._ended:
            await self._wait_for_data("read")
        chunk = bytes(self._data[:n])
        del self._data[:n]
        self._resume_if_drained()
        return chunk

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError if the stream ends before."""
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._failure is not None:
            raise self._failure
        if n == 0:
            return b""
        while len(self._data) < n:
            if self._ended:
                partial = bytes(self._data)
                self._data.clear()
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_data("readexactly")
        chunk = bytes(self._data[:n])
        del self._data[:n]
        self._resume_if_drained()
        return chunk

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b"":
            raise StopAsyncIteration
        return line
