"""Higher-level threading on top of the `_thread` module: Thread objects, conditions,
semaphores, events, barriers and timers.

Ferrython runs threads in parallel (there is no global lock), so every piece of state this
module shares between threads lives behind a `_thread` lock: the thread registry has one, and
every Condition, Semaphore, Event and Barrier has the lock of its Condition. All blocking is
done by acquiring `_thread` locks with their own timeouts, so the module needs only `_thread`
and `sys` at import; `time` is imported on demand by the waits that must track a deadline.
"""

import sys as _sys
import _thread

from _threading_local import local, _forget_thread
from _weakrefset import WeakSet

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace",
    "local", "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace",
    "setprofile_all_threads", "settrace_all_threads",
]

# Re-exported from _thread unchanged.
get_ident, get_native_id, stack_size = _thread.get_ident, _thread.get_native_id, _thread.stack_size
ThreadError, TIMEOUT_MAX = _thread.error, _thread.TIMEOUT_MAX
Lock = _new_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    """Make a reentrant lock: its owner may acquire it again, and must release it once per
    acquisition before other threads can have it."""
    return _thread.RLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python over a plain lock (the native one is
    `_thread.RLock`, which RLock() makes); kept for code and tests that want this one."""

    def __init__(self):
        self._block = _new_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _registry.find(owner) if owner is not None else None
        if thread is not None:
            owner = thread.name
        state = "locked" if self._block.locked() else "unlocked"
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={owner!r} count={self._count} at {hex(id(self))}>")

    def _at_fork_reinit(self):
        self._block = _new_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; the thread owning it already just counts one more level.
        Returns whether it was acquired (False only when not blocking or timed out)."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1            # (CPython's own answer here: 1, not True)
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release one level; the lock is free again when the last level goes."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, kind, value, traceback):
        self.release()

    def locked(self):
        return self._block.locked()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock
_CRLock = _thread.RLock


def _now():
    from time import monotonic
    return monotonic()


def _time_slices(timeout):
    """The successive timeouts for a wait loop bounded by `timeout` seconds in all: `timeout`
    itself, then whatever remains before the deadline, ending once nothing remains. Without a
    timeout it yields None forever."""
    if timeout is None:
        while True:
            yield None
    deadline = _now() + timeout
    yield timeout
    while True:
        left = deadline - _now()
        if left <= 0:
            return
        yield left


def _warn_renamed(old, advice):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(f"{old}() is deprecated, {advice}", DeprecationWarning, stacklevel=3)


def _describe(obj, detail):
    """The repr shape shared by the synchronisation objects: <module.Class at 0xADDR: detail>."""
    kind = type(obj)
    return f"<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}: {detail}>"


# ---- Trace and profile hooks ----
# Remembered here and installed by each thread started later, before its run().

_hooks = {"trace": None, "profile": None}


def settrace(func):
    """Remember `func` as the trace function of threads started from now on."""
    _hooks["trace"] = func


def gettrace():
    """The trace function set by settrace(), or None."""
    return _hooks["trace"]


def settrace_all_threads(func):
    """settrace(func), and on every thread already running, this one included."""
    settrace(func)
    _sys._settraceallthreads(func)


def setprofile(func):
    """Remember `func` as the profile function of threads started from now on."""
    _hooks["profile"] = func


def getprofile():
    """The profile function set by setprofile(), or None."""
    return _hooks["profile"]


def setprofile_all_threads(func):
    """setprofile(func), and on every thread already running, this one included."""
    setprofile(func)
    _sys._setprofileallthreads(func)


# ---- Condition variables ----

def _through_gate(gate, timeout):
    """Block on `gate` (a held lock that a notifier releases) for at most `timeout` seconds;
    True when it opened."""
    if timeout is None:
        return gate.acquire()
    if timeout <= 0:
        return gate.acquire(False)
    return gate.acquire(True, timeout)


class Condition:
    """A condition variable bound to a lock (an RLock unless one is given).

    Every waiting thread parks on a private "gate": a lock acquired before it is queued, which
    notify() releases. The queue of gates is only touched with the condition's lock held.
    """

    def __init__(self, lock=None):
        lock = RLock() if lock is None else lock
        self._lock = lock
        self._gates = []
        self.acquire, self.release = lock.acquire, lock.release
        # An RLock can report its owner and hand over its whole recursion state around a wait;
        # a plain lock falls back on the approximations defined below.
        for hook in ("_is_owned", "_release_save", "_acquire_restore"):
            provided = getattr(lock, hook, None)
            if provided is not None:
                setattr(self, hook, provided)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._gates))

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        del self._gates[:]

    def _is_owned(self):
        # A plain lock has no owner to ask: if it is held at all, take it that we hold it.
        probe = self._lock
        if not probe.acquire(False):
            return True
        probe.release()
        return False

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, sleep until notified (or until `timeout` seconds have passed),
        then take the lock back. False means the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _new_lock()
        gate.acquire()
        self._gates.append(gate)
        state = self._release_save()
        opened = False
        try:
            opened = _through_gate(gate, timeout)
        finally:
            self._acquire_restore(state)
            # Not notified (timeout or interruption): leave the queue if a notifier did not
            # already take the gate out of it.
            if not opened and gate in self._gates:
                self._gates.remove(gate)
        return opened

    def wait_for(self, predicate, timeout=None):
        """Wait until `predicate()` is true, for at most `timeout` seconds altogether; return
        the predicate's last value."""
        outcome = predicate()
        if not outcome:
            for slice_ in _time_slices(timeout):
                self.wait(slice_)
                outcome = predicate()
                if outcome:
                    break
        return outcome

    def notify(self, n=1):
        """Wake at most `n` waiting threads, longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        released = self._gates[:n]
        self._gates = self._gates[n:]
        for gate in released:
            gate.release()

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._gates))

    def notifyAll(self):
        _warn_renamed("notifyAll", "use notify_all() instead")
        self.notify_all()


# ---- Semaphores ----

class Semaphore:
    """A counter of permits: acquire() takes one, waiting while none is left; release() gives
    permits back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._permits = value

    def __repr__(self):
        return _describe(self, f"value={self._permits}")

    def _have_permit(self):
        return self._permits > 0

    def acquire(self, blocking=True, timeout=None):
        """Take a permit, waiting for one at most `timeout` seconds when `blocking`; return
        whether a permit was taken."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                granted = self._cond.wait_for(self._have_permit, timeout)
            else:
                granted = self._have_permit()
            if not granted:
                return False
            self._permits -= 1
            return True

    def release(self, n=1):
        """Give back `n` permits, waking as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._give_back(n)

    def _give_back(self, n):
        self._permits += n
        self._cond.notify(n)

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def __repr__(self):
        return _describe(self, f"value={self._permits}/{self._ceiling}")

    def _give_back(self, n):
        if self._permits + n > self._ceiling:
            raise ValueError("Semaphore released too many times")
        Semaphore._give_back(self, n)


# ---- Events ----

class Event:
    """A boolean flag threads can wait on: set() raises it and wakes every waiter, clear()
    lowers it again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._raised = False

    def __repr__(self):
        return _describe(self, "set" if self._raised else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Whether the flag is up."""
        return self._raised

    def isSet(self):
        _warn_renamed("isSet", "use is_set() instead")
        return self.is_set()

    def set(self):
        """Raise the flag and wake all the waiting threads."""
        with self._cond:
            self._raised = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cond:
            self._raised = False

    def wait(self, timeout=None):
        """Block until the flag goes up or `timeout` seconds pass; True unless the wait timed
        out."""
        with self._cond:
            return self._raised or self._cond.wait(timeout)


# ---- Barriers ----

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One use of a Barrier: how many threads have arrived, and how the round ended (None
    while it fills up, then "passed" or "broken")."""
    __slots__ = ("arrived", "outcome")

    def __init__(self):
        self.arrived = 0
        self.outcome = None


class Barrier:
    """A meeting point for a fixed number of threads: each wait() blocks until `parties`
    threads are waiting, then all proceed together (after one of them ran `action`)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._size = parties
        self._on_trip = action
        self._default_timeout = timeout
        self._round = _Round()
        self._is_broken = False

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, f"waiters={self.n_waiting}/{self.parties}")

    def _close_round(self, outcome):
        # Called with the lock held: settle the current round and open a fresh one.
        self._round.outcome = outcome
        self._round = _Round()
        self._cond.notify_all()

    def _smash(self):
        self._is_broken = True
        self._close_round("broken")

    def wait(self, timeout=None):
        """Block until every party has arrived; return this thread's arrival number (0 to
        parties-1). BrokenBarrierError when the barrier is or becomes broken, or is reset
        meanwhile."""
        if timeout is None:
            timeout = self._default_timeout
        with self._cond:
            if self._is_broken:
                raise BrokenBarrierError
            current = self._round
            position = current.arrived
            current.arrived = position + 1
            if current.arrived < self._size:
                ended = self._cond.wait_for(lambda: current.outcome is not None, timeout)
                if not ended:
                    self._smash()
                if current.outcome != "passed":
                    raise BrokenBarrierError
                return position
            # The last party to arrive runs the action, then releases the others.
            try:
                if self._on_trip is not None:
                    self._on_trip()
            except BaseException:
                self._smash()
                raise
            self._close_round("passed")
            return position

    def reset(self):
        """Empty the barrier and mend it if broken; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            self._is_broken = False
            self._close_round("broken")

    def abort(self):
        """Break the barrier: waiting threads, and all later waits until reset(), get
        BrokenBarrierError."""
        with self._cond:
            self._smash()

    @property
    def parties(self):
        """How many threads must arrive to trip the barrier."""
        return self._size

    @property
    def n_waiting(self):
        """How many threads are waiting now."""
        return 0 if self._is_broken else self._round.arrived

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._is_broken


# ---- The registry of live threads ----

class _Registry:
    """The threads alive in this process: those running (by ident) and those started but not
    yet running. `guard` protects both tables and the name counter."""

    def __init__(self):
        # Reentrant: a trace function that runs while a method below holds it may call
        # current_thread(), which may register a _DummyThread.
        self.guard = _thread.RLock()
        self.running = {}
        self.launching = {}
        self.serial = 0

    def fresh_name(self, pattern):
        with self.guard:
            self.serial += 1
            number = self.serial
        return pattern % number

    def launching_add(self, thread):
        with self.guard:
            self.launching[thread] = thread

    def launching_drop(self, thread):
        with self.guard:
            self.launching.pop(thread, None)

    def now_running(self, thread, ident):
        with self.guard:
            self.launching.pop(thread, None)
            self.running[ident] = thread

    def gone(self, ident):
        with self.guard:
            self.running.pop(ident, None)

    def find(self, ident):
        return self.running.get(ident)

    def everyone(self):
        with self.guard:
            return [*self.running.values(), *self.launching.values()]

    def size(self):
        with self.guard:
            return len(self.running) + len(self.launching)


_registry = _Registry()
# The names CPython's threading gives these tables, which tests and tools read: the running
# threads by ident, and the threads started but not running yet (keyed by themselves).
_active = _registry.running
_limbo = _registry.launching
# The _tstate_lock of every non-daemon thread running (CPython keeps them for its shutdown).
_shutdown_locks = set()
# Every Thread object made and still referenced somewhere (test support counts them).
_dangling = WeakSet()
# What Thread.start() calls to make the new thread (tests replace it to make start() fail).
_start_new_thread = _thread.start_new_thread


def current_thread():
    """The Thread object of the calling thread; a thread this module did not start gets a
    _DummyThread standing for it."""
    found = _registry.find(get_ident())
    return _DummyThread() if found is None else found


def currentThread():
    _warn_renamed("currentThread", "use current_thread() instead")
    return current_thread()


def main_thread():
    """The Thread object of the thread the interpreter started with."""
    return _main_thread


def enumerate():
    """A list of the Thread objects alive now (started and not yet finished)."""
    return _registry.everyone()


def active_count():
    """The number of threads alive now: len(enumerate())."""
    return _registry.size()


def activeCount():
    _warn_renamed("activeCount", "use active_count() instead")
    return active_count()


# ---- Reporting exceptions that end a thread ----

_HOOK_FIELDS = ("exc_type", "exc_value", "exc_traceback", "thread")


class _ExceptHookArgs(tuple):
    """The single argument of threading.excepthook, a 4-field structure sequence."""

    __module__ = "_thread"
    n_fields = n_sequence_fields = len(_HOOK_FIELDS)
    n_unnamed_fields = 0
    _fields = _HOOK_FIELDS

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != len(_HOOK_FIELDS):
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)")
        return super().__new__(cls, items)

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(_HOOK_FIELDS, self))
        return "_thread._ExceptHookArgs(%s)" % shown


# One read-only property per field (the module's enumerate() is not the builtin one).
for _position, _field in zip(range(len(_HOOK_FIELDS)), _HOOK_FIELDS):
    setattr(_ExceptHookArgs, _field, property(lambda self, i=_position: self[i]))
del _position, _field

ExceptHookArgs = _ExceptHookArgs


def _traceback_to(stream, exc_type, exc_value, exc_traceback):
    # sys.__excepthook__ writes on sys.stderr: swap `stream` in for the duration.
    previous, _sys.stderr = _sys.stderr, stream
    try:
        _sys.__excepthook__(exc_type, exc_value, exc_traceback)
    finally:
        _sys.stderr = previous


def excepthook(args, /):
    """Report an exception that ended a thread: "Exception in thread NAME:" then the
    traceback, on sys.stderr (or on the stderr the thread was created with). A SystemExit
    ends a thread quietly."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    stream = _sys.stderr
    if stream is None and thread is not None:
        stream = getattr(thread, "_creation_stderr", None)
    if stream is None:
        return
    who = get_ident() if thread is None else thread.name
    stream.write(f"Exception in thread {who}:\n")
    _traceback_to(stream, args.exc_type, args.exc_value, args.exc_traceback)
    stream.flush()


__excepthook__ = excepthook


def _report_thread_failure(thread):
    """Pass the exception being handled to threading.excepthook (read from the module at this
    moment, so replacing it works); when the hook itself fails, sys.excepthook reports that."""
    failure = _ExceptHookArgs((*_sys.exc_info(), thread))
    try:
        excepthook(failure)
    except Exception as hook_error:
        hook_error.__suppress_context__ = True
        stream = _sys.stderr if _sys.stderr is not None else thread._creation_stderr
        if stream is not None:
            stream.write("Exception in threading.excepthook:\n")
            stream.flush()
        _sys.excepthook(type(hook_error), hook_error, hook_error.__traceback__)
    finally:
        failure = None


# ---- Threads ----

_NOT_INITIALISED = "Thread.__init__() not called"


class Thread:
    """A thread of control. Either pass a callable as `target` (called with `args` and
    `kwargs`), or subclass and override run()."""

    # Stays False on the class, so a subclass that skips Thread.__init__ is caught.
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        # _target, _args and _kwargs keep their customary names: run() overrides use them.
        self._target, self._args = target, args
        self._kwargs = {} if kwargs is None else kwargs
        self._label = str(name) if name else self._default_name(target)
        self._is_daemon = current_thread().daemon if daemon is None else daemon
        self._tid = self._os_tid = None
        self._began = Event()
        self._ended = Event()
        # Held by the running thread and released once it has run its last Python code (see
        # join); None before the start and once the end has been seen (CPython's name).
        self._tstate_lock = None
        self._launch_requested = False
        self._creation_stderr = _sys.stderr
        self._initialized = True
        _dangling.add(self)

    @staticmethod
    def _default_name(target):
        label = _registry.fresh_name("Thread-%d")
        func_name = getattr(target, "__name__", None) if target is not None else None
        return label if func_name is None else f"{label} ({func_name})"

    def _require_init(self, message=_NOT_INITIALISED):
        if not self._initialized:
            raise RuntimeError(message)

    def _status_words(self):
        words = ["initial"]
        if self._began.is_set():
            words[0] = "started"
        if self._ended.is_set():
            words[0] = "stopped"
        if self._is_daemon:
            words.append("daemon")
        if self._tid is not None:
            words.append(str(self._tid))
        return " ".join(words)

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        return f"<{type(self).__name__}({self._label}, {self._status_words()})>"

    def start(self):
        """Begin running run() in a new thread. A Thread can be started once only."""
        self._require_init("thread.__init__() not called")
        with _registry.guard:
            if self._launch_requested:
                raise RuntimeError("threads can only be started once")
            self._launch_requested = True
        _registry.launching_add(self)
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            _registry.launching_drop(self)
            raise
        self._began.wait()

    def run(self):
        """What the thread does; by default, call the target given to the constructor."""
        try:
            target = self._target
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # The finished thread object should not keep the callable and its arguments alive.
            for attr in ("_target", "_args", "_kwargs"):
                delattr(self, attr)

    def _bootstrap(self):
        # First code run by the new thread.
        self._tid = get_ident()
        self._os_tid = get_native_id()
        self._tstate_lock = _thread._set_sentinel()
        if not self._is_daemon:
            with _registry.guard:
                _shutdown_locks.add(self._tstate_lock)
        _registry.now_running(self, self._tid)
        self._began.set()
        if _hooks["trace"] is not None:
            _sys.settrace(_hooks["trace"])
        if _hooks["profile"] is not None:
            _sys.setprofile(_hooks["profile"])
        try:
            self.run()
        except BaseException:
            _report_thread_failure(self)
        finally:
            self._retire()

    def _retire(self):
        with _registry.guard:
            _shutdown_locks.discard(self._tstate_lock)
        ident = self._tid
        _forget_thread(ident)
        _registry.gone(ident)
        self._ended.set()

    def join(self, timeout=None):
        """Wait for the thread to end, at most `timeout` seconds when given (is_alive() then
        tells whether it ended)."""
        self._require_init()
        if not self._began.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        timeout = None if timeout is None else max(0, timeout)
        if self._ended.wait(timeout):
            # The thread may still be unwinding below run(): wait until it runs no Python.
            lock = self._tstate_lock
            if lock is not None and lock.acquire(True, -1 if timeout is None else timeout):
                lock.release()
                self._tstate_lock = None

    def is_alive(self):
        """True from the moment run() starts until the thread has finished."""
        assert self._initialized, _NOT_INITIALISED
        if not self._began.is_set():
            return False
        lock = self._tstate_lock
        if lock is None:
            # Not a thread this module started (the main one), or its end was seen already.
            return not self._ended.is_set()
        if not lock.acquire(False):
            return True
        lock.release()
        self._tstate_lock = None
        return False

    @property
    def name(self):
        """A label for the thread, with no meaning of its own; names need not be unique."""
        assert self._initialized, _NOT_INITIALISED
        return self._label

    @name.setter
    def name(self, name):
        assert self._initialized, _NOT_INITIALISED
        self._label = str(name)

    @property
    def ident(self):
        """The thread identifier (a get_ident() value), None until the thread starts."""
        assert self._initialized, _NOT_INITIALISED
        return self._tid

    @property
    def native_id(self):
        """The identifier the operating system gave the thread, None until it starts."""
        assert self._initialized, _NOT_INITIALISED
        return self._os_tid

    @property
    def daemon(self):
        """A daemon thread does not keep the program alive: at exit only the non-daemon
        threads are waited for."""
        assert self._initialized, _NOT_INITIALISED
        return self._is_daemon

    @daemon.setter
    def daemon(self, daemonic):
        self._require_init()
        if self._began.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._is_daemon = daemonic

    def isDaemon(self):
        _warn_renamed("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_renamed("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _warn_renamed("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _warn_renamed("setName", "set the name attribute instead")
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) once `interval` seconds have passed,
    unless cancel() is called before."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Call the function off, if the timer is still waiting."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt_calling_thread(thread):
    # For the Thread objects that stand for an already running thread.
    thread._began.set()
    thread._launch_requested = True
    thread._tid = get_ident()
    thread._os_tid = get_native_id()
    _registry.now_running(thread, thread._tid)


class _MainThread(Thread):
    """Represents the thread that started the interpreter."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        _adopt_calling_thread(self)


class _DummyThread(Thread):
    """Represents a thread started outside this module. It always counts as alive and as a
    daemon, and cannot be joined."""

    def __init__(self):
        super().__init__(name=_registry.fresh_name("Dummy-%d"), daemon=True)
        _adopt_calling_thread(self)

    def is_alive(self):
        return not self._ended.is_set()

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


_main_thread = _MainThread()


# ---- Interpreter exit ----

_exit_callbacks = []
_exiting = False


def _register_atexit(func, *args, **kwargs):
    """Have func(*args, **kwargs) called at exit, before the non-daemon threads are joined
    (thread pools use it to stop accepting work first)."""
    if _exiting:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_callbacks.append(lambda: func(*args, **kwargs))


def _threads_to_wait_for():
    me = current_thread()
    return [t for t in _registry.everyone()
            if t is not me and not t._is_daemon and not t._ended.is_set()]


def _shutdown():
    """Run by the interpreter as it exits: the _register_atexit callbacks (most recent
    first), then a join of every non-daemon thread, including any started meanwhile."""
    global _exiting
    if _main_thread._ended.is_set():
        return
    _exiting = True
    while _exit_callbacks:
        _exit_callbacks.pop()()
    # The main thread stays registered: current_thread() and enumerate() still see it in
    # the finalizers and trace functions that run from now on.
    _main_thread._ended.set()
    pending = _threads_to_wait_for()
    while pending:
        for thread in pending:
            thread._began.wait()
            thread.join()
        pending = _threads_to_wait_for()


# ---- After fork() ----

def _after_fork():
    """Run in the child of a fork(): only the thread that forked is left. It becomes the main
    thread, and every other Thread object is marked finished. The locks other threads may
    have held at the moment of the fork are replaced."""
    global _main_thread
    ident = get_ident()
    _registry.guard = _thread.RLock()
    current = _registry.running.get(ident)
    if current is None or isinstance(current, _DummyThread):
        current = None
    # Every Thread object, also those whose thread was ending at the moment of the fork (no
    # longer registered, but still holding its _tstate_lock, which nobody would release).
    others = {id(t): t for t in (*_registry.running.values(), *_registry.launching.values(),
                                 *list(_dangling))
              if t is not current and t._launch_requested}.values()
    for thread in others:
        thread._ended = Event()
        thread._ended.set()
        thread._tstate_lock = None
        if thread._tid is not None and thread._tid != ident:
            _forget_thread(thread._tid)
    _registry.running.clear()
    _registry.launching.clear()
    _shutdown_locks.clear()
    if current is None:
        current = _MainThread()
    else:
        current._ended = Event()
        _registry.running[ident] = current
    _main_thread = current


import os as _os
if hasattr(_os, 'register_at_fork'):
    _os.register_at_fork(after_in_child=_after_fork)
del _os
