"""asyncio for Ferrython: an event loop, coroutines driven as tasks, and the tools to wait
for, combine and synchronize them.

Written from the documented behaviour of CPython 3.12. Without a socket module there are
no streams, transports, servers or subprocesses; the loop watches file descriptors with
`selectors` (add_reader/add_writer), runs blocking calls in a thread pool and handles
signals.
"""

from . import (base_events, coroutines, events, exceptions, futures, locks, protocols, queues,
               runners, streams, subprocess, taskgroups, tasks, threads, timeouts, transports,
               unix_events)

_submodules = (base_events, coroutines, events, exceptions, futures, locks, protocols, queues,
               runners, streams, subprocess, taskgroups, tasks, threads, timeouts, transports,
               unix_events)

__all__ = ()
for _module in _submodules:
    globals().update((_name, getattr(_module, _name)) for _name in _module.__all__)
    __all__ += tuple(_module.__all__)
del _module, _submodules
