"""The transport interfaces: the channel a protocol writes to and that feeds it.

The classes only name the operations (each raises NotImplementedError); the loop's
concrete transports implement them.
"""

__all__ = ("BaseTransport", "ReadTransport", "WriteTransport", "Transport",
           "DatagramTransport", "SubprocessTransport")


def _operations(cls, names):
    for name in names.split():
        def operation(self, *args, **kwargs):
            raise NotImplementedError
        operation.__name__ = name
        operation.__qualname__ = f"{cls.__name__}.{name}"
        setattr(cls, name, operation)
    return cls


class BaseTransport:
    """Extra information, closing, and the protocol fed by the transport."""

    __slots__ = ("_extra",)

    def __init__(self, extra=None):
        self._extra = extra if extra is not None else {}

    def get_extra_info(self, name, default=None):
        """Optional information: 'pipe', 'subprocess', 'peername', ..."""
        return self._extra.get(name, default)


_operations(BaseTransport, "is_closing close set_protocol get_protocol")


class ReadTransport(BaseTransport):
    """A transport that receives data (which pause_reading() holds back)."""
    __slots__ = ()


_operations(ReadTransport, "is_reading pause_reading resume_reading")


class WriteTransport(BaseTransport):
    """A transport that sends data, buffering what cannot be written at once."""

    __slots__ = ()

    def writelines(self, list_of_data):
        """Writes the bytes-like objects of the iterable, joined."""
        self.write(b"".join(list_of_data))


_operations(WriteTransport, "set_write_buffer_limits get_write_buffer_size "
                            "get_write_buffer_limits write write_eof can_write_eof abort")


class Transport(ReadTransport, WriteTransport):
    """A two-way stream transport."""
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A transport of datagrams."""
    __slots__ = ()


_operations(DatagramTransport, "sendto abort")


class SubprocessTransport(BaseTransport):
    """The transport of a child process."""
    __slots__ = ()


_operations(SubprocessTransport, "get_pid get_returncode get_pipe_transport send_signal "
                                 "terminate kill")
