"""The exceptions asyncio raises (module `asyncio.exceptions`, as tracebacks name them)."""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError",
           "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError")

# asyncio.TimeoutError is the builtin one since Python 3.11.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised into a task (and by the result of a future) that was cancelled.

    A BaseException, so that `except Exception` blocks do not swallow cancellations.
    """


class InvalidStateError(Exception):
    """An operation that the state of a Future or Task does not allow (a second set_result...)."""


class SendfileNotAvailableError(RuntimeError):
    """The loop cannot use the operating system's sendfile for this transport."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks were waiting at it."""


class IncompleteReadError(EOFError):
    """End of stream before the number of bytes expected; `partial` holds what was read."""

    def __init__(self, partial, expected):
        total = "undefined" if expected is None else repr(expected)
        EOFError.__init__(self, f"{len(partial)} bytes read on a total of {total} expected bytes")
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return (IncompleteReadError if type(self) is IncompleteReadError else type(self),
                (self.partial, self.expected))


class LimitOverrunError(Exception):
    """No separator within the stream's buffer limit; `consumed` bytes are to be skipped."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        message, = self.args
        return (type(self), (message, self.consumed))
