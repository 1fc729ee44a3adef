"""Thread objects and synchronisation primitives over the `_thread` module.

Ferrython has no GIL: threads run Python code truly in parallel, so every piece of state shared
between threads here (the table of threads, a Condition's waiters, a Barrier's counters) is read
and changed only under a `_thread` lock. Waiting is done by blocking on locks (with their own
timeouts), so importing this module needs only `_thread` and `sys`; `time` is imported only by the
few waits that must measure how much of a timeout is left.
"""

import sys as _sys
import _thread

from _threading_local import local, _forget_thread

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace",
    "local", "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace",
    "setprofile_all_threads", "settrace_all_threads",
]

_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again; it must release it as
    many times as it acquired it."""
    return _thread.RLock(*args, **kwargs)


def _monotonic():
    import time

    return time.monotonic()


# ---------------------------------------------------------------------------------------------
# Trace and profile functions: stored for threads started later (Ferrython does not trace yet).

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Sets the trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    if hasattr(_sys, "settrace"):
        _sys.settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    """Sets the profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    if hasattr(_sys, "setprofile"):
        _sys.setprofile(func)


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------------------------
# Condition


class Condition:
    """A condition variable: threads wait on it until another thread notifies them.

    Each waiter blocks on a lock of its own, taken before the wait; notifying releases the
    oldest waiters' locks. The list of waiters is only touched while holding the condition's lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner (RLock) save and restore their whole state across a wait.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            if hasattr(lock, name):
                setattr(self, name, getattr(lock, name))
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: held at all counts as held by us.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, blocks until notified or until `timeout` seconds pass, and takes
        the lock back. Returns False when the timeout ran out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Timed out (or interrupted): leave the queue unless a notifier already took us.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Waits until `predicate()` is true or `timeout` seconds pass; returns the last result."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _monotonic() + remaining
                else:
                    remaining = deadline - _monotonic()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up at most `n` of the threads waiting on this condition, oldest first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        """Wakes up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("Condition.notifyAll", "notify_all")
        self.notify_all()


def _deprecated(old, new):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(f"{old}() is deprecated, use {new}() instead", DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------------------------
# Semaphores


class Semaphore:
    """A counter that `acquire` decrements, blocking while it is zero, and `release` increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Decrements the counter, waiting (at most `timeout` seconds) while it is zero.
        Returns whether it was decremented."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if self._value == 0:
                    return False
            elif not self._cond.wait_for(lambda: self._value > 0, timeout):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increments the counter by `n`, waking up as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (
            f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
            f"value={self._value}/{self._initial_value}>"
        )

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------------------------
# Event


class Event:
    """A flag that threads can wait for: `set` wakes them all up, `clear` resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        state = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated("Event.isSet", "is_set")
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Blocks until the flag is set or `timeout` seconds pass; returns the flag."""
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


# ---------------------------------------------------------------------------------------------
# Barrier


class BrokenBarrierError(RuntimeError):
    pass


# A barrier fills up with waiting threads, then drains as they leave; reset and abort break it.
_FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"


class Barrier:
    """Lets `parties` threads wait for each other: each `wait` blocks until all have called it."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (
            f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
            f"waiters={self.n_waiting}/{self.parties}>"
        )

    def wait(self, timeout=None):
        """Waits until all parties have called wait; returns this thread's arrival index
        (0 to parties-1). Raises BrokenBarrierError if the barrier breaks meanwhile."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous cycle are still leaving: wait for them.
            self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last arrival runs the action, then lets everybody go.
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def reset(self):
        """Returns the barrier to its empty state; threads waiting on it get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waits raise BrokenBarrierError until reset."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------------------------
# The table of threads

_active_limbo_lock = _allocate_lock()  # guards the tables below and _name_counter (CPython's name)
_active = {}  # ident -> Thread, for running threads
_limbo = {}  # Thread -> Thread, started but not yet running
_name_counter = 0
_shutting_down = False


def _new_name(template):
    global _name_counter
    with _active_limbo_lock:
        _name_counter += 1
        number = _name_counter
    return template % number


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started here)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated("currentThread", "current_thread")
    return current_thread()


def main_thread():
    """The Thread object of the thread the interpreter started in."""
    return _main_thread


def enumerate():
    """The Thread objects of all threads alive now (started and not yet finished)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    """How many threads are alive now."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated("activeCount", "active_count")
    return active_count()


# ---------------------------------------------------------------------------------------------
# Exceptions raised by threads


class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback and thread."""

    __module__ = "_thread"
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"_thread._ExceptHookArgs({fields})"


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Reports an exception that ended a thread: "Exception in thread NAME:" and the traceback,
    on stderr. SystemExit ends a thread silently."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = getattr(args.thread, "_stderr", None)
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    _print_exception(stderr, args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


def _print_exception(stream, exc_type, exc_value, exc_traceback):
    # sys.__excepthook__ prints the traceback to sys.stderr: point that at `stream` meanwhile.
    saved = _sys.stderr
    _sys.stderr = stream
    try:
        _sys.__excepthook__(exc_type, exc_value, exc_traceback)
    finally:
        _sys.stderr = saved


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Hands the exception being handled to threading.excepthook (looked up now, so it can be
    replaced); an exception in the hook itself goes to sys.excepthook."""
    exc_type, exc_value, exc_traceback = _sys.exc_info()
    args = ExceptHookArgs([exc_type, exc_value, exc_traceback, thread])
    try:
        hook = excepthook
        hook(args)
    except Exception as failure:
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        _sys.excepthook(type(failure), failure, failure.__traceback__)
    finally:
        del args, exc_value, exc_traceback


# ---------------------------------------------------------------------------------------------
# Thread


class Thread:
    """A thread of control: override `run`, or pass a callable as `target`."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        # Held from start() until the thread has finished: join() waits by acquiring it.
        self._running_lock = None
        self._stderr = _sys.stderr
        self._initialized = True

    def _check_initialized(self):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Starts the thread's activity: `run` is called in a new thread. At most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._running_lock is not None:
            raise RuntimeError("threads can only be started once")
        running = _allocate_lock()
        running.acquire()
        with _active_limbo_lock:
            if self._running_lock is not None:
                raise RuntimeError("threads can only be started once")
            self._running_lock = running
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target with the arguments given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread no longer needs them: don't keep them (and what they refer to) alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        ident = get_ident()
        self._ident = ident
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[ident] = self
            del _limbo[self]
        self._started.set()
        try:
            try:
                self.run()
            except BaseException:
                _invoke_excepthook(self)
        finally:
            self._stop(ident)

    def _stop(self, ident):
        _forget_thread(ident)
        with _active_limbo_lock:
            _active.pop(ident, None)
        self._is_stopped = True
        self._running_lock.release()

    def join(self, timeout=None):
        """Waits until the thread ends, or at most `timeout` seconds (then check is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            finished = self._running_lock.acquire()
        else:
            finished = self._running_lock.acquire(True, max(timeout, 0))
        if finished:
            self._running_lock.release()

    @property
    def name(self):
        """The thread's name, for identification only; several threads may share one."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identity (see get_ident), or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread has started and not yet finished."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether the thread is a daemon: the program does not wait for daemon threads at exit."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("Thread.isDaemon", "Thread.daemon")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("Thread.setDaemon", "Thread.daemon")
        self.daemon = daemonic

    def getName(self):
        _deprecated("Thread.getName", "Thread.name")
        return self.name

    def setName(self, name):
        _deprecated("Thread.setName", "Thread.name")
        self.name = name


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it is still waiting."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._running_lock = _allocate_lock()
        self._running_lock.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that was not started by this module (it is never joined)."""

    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


_main_thread = _MainThread()


# ---------------------------------------------------------------------------------------------
# Interpreter exit

_atexit_calls = []


def _register_atexit(func, *args, **kwargs):
    """Registers `func(*args, **kwargs)` to run when the program exits, before non-daemon
    threads are joined (for thread pools that must stop handing out work first)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, args, kwargs))


def _shutdown():
    """Runs at interpreter exit: calls the _register_atexit functions (last registered first),
    then waits for every non-daemon thread, including those started meanwhile."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for func, args, kwargs in reversed(_atexit_calls):
        func(*args, **kwargs)
    _main_thread._stop(_main_thread._ident)
    me = current_thread()
    while True:
        with _active_limbo_lock:
            pending = [
                thread
                for thread in list(_active.values()) + list(_limbo.values())
                if not thread._daemonic and thread is not me and not thread._is_stopped
            ]
        if not pending:
            return
        for thread in pending:
            thread._started.wait()
            thread.join()
