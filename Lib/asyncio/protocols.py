"""The protocol interfaces: what a transport calls on the object that consumes its data.

Every method does nothing by default; each class lists its callbacks with what they mean.
"""

__all__ = ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol",
           "BufferedProtocol")


def _callbacks(cls, table):
    """Gives cls a do-nothing method for each (name, parameters, meaning) of the table."""
    for name, params, meaning in table:
        namespace = {}
        exec(f"def {name}(self{', ' if params else ''}{params}):\n    pass", namespace)
        method = namespace[name]
        method.__doc__ = meaning
        method.__qualname__ = f"{cls.__name__}.{name}"
        method.__module__ = __name__
        setattr(cls, name, method)
    return cls


class BaseProtocol:
    """Connection events and flow control, common to every protocol."""
    __slots__ = ()


_callbacks(BaseProtocol, [
    ("connection_made", "transport", "The connection is up; `transport` is how to talk back."),
    ("connection_lost", "exc", "The connection is gone (exc is None after an end of file "
                               "or a close)."),
    ("pause_writing", "", "The transport's buffer is above its high-water mark: stop "
                          "writing for now."),
    ("resume_writing", "", "The buffer drained below the low-water mark: go on writing."),
])


class Protocol(BaseProtocol):
    """A stream protocol: bytes arrive through data_received(), then maybe eof_received()
    (whose true result keeps the transport open)."""
    __slots__ = ()


_callbacks(Protocol, [
    ("data_received", "data", "Some bytes arrived."),
    ("eof_received", "", "The other end will send nothing more."),
])


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer to fill."""
    __slots__ = ()


_callbacks(BufferedProtocol, [
    ("get_buffer", "sizehint", "A writable buffer of at least one byte for the next data."),
    ("buffer_updated", "nbytes", "That many bytes were written into the buffer."),
    ("eof_received", "", "The other end will send nothing more."),
])


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""
    __slots__ = ()


_callbacks(DatagramProtocol, [
    ("datagram_received", "data, addr", "A datagram arrived from addr."),
    ("error_received", "exc", "A send or receive failed with the OSError exc."),
])


class SubprocessProtocol(BaseProtocol):
    """The protocol of a child process and its pipes."""
    __slots__ = ()


_callbacks(SubprocessProtocol, [
    ("pipe_data_received", "fd, data", "The child wrote data on its stdout (1) or stderr (2)."),
    ("pipe_connection_lost", "fd, exc", "One of the child's pipes was closed."),
    ("process_exited", "", "The child process ended."),
])
