"""asyncio.subprocess: child processes whose pipes are streams.

create_subprocess_exec() and create_subprocess_shell() start a child and return a Process:
stdin is a StreamWriter, stdout and stderr are StreamReaders (for PIPE), and wait() and
communicate() are coroutines.
"""

__all__ = ("create_subprocess_exec", "create_subprocess_shell")

import subprocess as _subprocess

from . import events, protocols, streams, tasks
from .log import logger

# The special values of stdin/stdout/stderr, as in the subprocess module.
PIPE, STDOUT, DEVNULL = _subprocess.PIPE, _subprocess.STDOUT, _subprocess.DEVNULL


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Turns a child's pipes into streams."""

    def __init__(self, limit, loop):
        streams.FlowControlMixin.__init__(self, loop=loop)
        self._owner_loop = self._loop
        self._stream_limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._child = None
        self._exited = False
        self._readable_fds = []
        self._stdin_gone = self._owner_loop.create_future()

    def __repr__(self):
        shown = [f"{name}={stream!r}" for name, stream in
                 (("stdin", self.stdin), ("stdout", self.stdout), ("stderr", self.stderr))
                 if stream is not None]
        return f"<{type(self).__name__} {' '.join(shown)}>"

    def connection_made(self, transport):
        self._child = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = streams.StreamReader(limit=self._stream_limit, loop=self._owner_loop)
            reader.set_transport(pipe)
            setattr(self, "stdout" if fd == 1 else "stderr", reader)
            self._readable_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, protocol=self, reader=None, loop=self._owner_loop)

    def pipe_data_received(self, fd, data):
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_gone.set_result(None)
            else:
                self._stdin_gone.set_exception(exc)
                self._stdin_gone.exception()
            return
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._readable_fds:
            self._readable_fds.remove(fd)
        self._close_when_done()

    def process_exited(self):
        self._exited = True
        self._close_when_done()

    def _close_when_done(self):
        if self._exited and not self._readable_fds and self._child is not None:
            transport, self._child = self._child, None
            transport.close()

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_gone


class Process:
    """A child process started by create_subprocess_exec() or create_subprocess_shell()."""

    def __init__(self, transport, protocol, loop):
        self._child = transport
        self._child_protocol = protocol
        self._owner_loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f"<{type(self).__name__} {self.pid}>"

    @property
    def returncode(self):
        return self._child.get_returncode()

    async def wait(self):
        """Waits for the child to end; returns its exit status."""
        return await self._child._wait()

    def send_signal(self, signal):
        self._child.send_signal(signal)

    def terminate(self):
        self._child.terminate()

    def kill(self):
        self._child.kill()

    async def _send_input(self, data):
        if data is not None:
            self.stdin.write(data)
            if self._owner_loop.get_debug():
                logger.debug("%r communicate: feed stdin (%s bytes)", self, len(data))
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass   # the child did not read it all: that is its business
        self.stdin.close()

    async def _nothing(self):
        return None

    async def _collect(self, fd):
        stream = self.stdout if fd == 1 else self.stderr
        data = await stream.read()
        self._child.get_pipe_transport(fd).close()
        return data

    async def communicate(self, input=None):
        """Sends input to stdin (then closes it), reads stdout and stderr to their end,
        waits for the child; returns (stdout_data, stderr_data)."""
        feeding = self._send_input(input) if self.stdin is not None else self._nothing()
        out = self._collect(1) if self.stdout is not None else self._nothing()
        err = self._collect(2) if self.stderr is not None else self._nothing()
        _, out, err = await tasks.gather(feeding, out, err)
        await self.wait()
        return (out, err)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs cmd through the shell; returns its Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), cmd, stdin=stdin,
        stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs program with args (no shell); returns its Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
