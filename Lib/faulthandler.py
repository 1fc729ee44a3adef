"""Dumping the Python tracebacks of every thread: on demand (dump_traceback), after a delay
(dump_traceback_later, a watchdog for hung programs) or on a signal (register).

This module is written in Python on Ferrython. Its dumps read the threads' frames through
`sys._current_frames()`. enable() records the request and the file, but a fatal error
(a crash of the interpreter itself) is reported by the interpreter, not by this module.
"""

import os as _os
import sys as _sys
import _thread

__all__ = ['cancel_dump_traceback_later', 'disable', 'dump_traceback', 'dump_traceback_later',
           'enable', 'is_enabled', 'register', 'unregister']

# At most this many frames of one thread are written (CPython's limit too).
_MAX_FRAMES = 100


def _target(file):
    """The stream or file descriptor to write to: `file` itself, or sys.stderr when None."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    if not hasattr(file, 'write'):
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(file).__name__)
    try:
        file.flush()
    except Exception:
        pass
    return file


def _emit(file, text):
    if isinstance(file, int):
        _os.write(file, text.encode('utf-8', 'backslashreplace'))
    else:
        file.write(text)
        try:
            file.flush()
        except Exception:
            pass


def _frame_lines(frame):
    # The frames of this module itself (the dump being written) are not shown.
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    lines = []
    while frame is not None and len(lines) < _MAX_FRAMES:
        code = frame.f_code
        lineno = frame.f_lineno
        lines.append('  File "%s", line %s in %s\n'
                     % (code.co_filename, '???' if lineno is None else lineno, code.co_name))
        frame = frame.f_back
    if frame is not None:
        lines.append('  ...\n')
    return lines


def _dump(file, all_threads, current, skip=None):
    """Write the dump: with all_threads, one block per thread (the `current` one labelled so),
    else the calling thread's stack alone. The thread `skip` (a watchdog) is left out."""
    frames = _sys._current_frames()
    if not all_threads:
        frame = frames.get(_thread.get_ident())
        if frame is None:
            frame = _sys._getframe()
        _emit(file, ''.join(['Stack (most recent call first):\n', *_frame_lines(frame)]))
        return
    blocks = []
    # The newest threads first and the thread that asks last, as CPython lists them.
    for ident in sorted(frames, key=lambda i: (i == current, -i)):
        if ident == skip:
            continue
        label = 'Current thread' if ident == current else 'Thread'
        blocks.append(''.join(['%s 0x%016x (most recent call first):\n' % (label, ident),
                               *_frame_lines(frames[ident])]))
    _emit(file, '\n'.join(blocks))


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of every thread (or of the calling one only, when not
    `all_threads`) to `file`, a stream or a file descriptor (default: sys.stderr)."""
    _dump(_target(file), all_threads, _thread.get_ident())


# ---- enable / disable ----

_enabled = None     # (file, all_threads) while enabled


def enable(file=None, all_threads=True):
    """Ask for the tracebacks of fatal errors to be written to `file`."""
    global _enabled
    _enabled = (_target(file), all_threads)


def disable():
    """Undo enable(); return whether it was enabled."""
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    """Whether enable() is in effect."""
    return _enabled is not None


# ---- The watchdog ----

_watchdog = None    # the running _Watchdog, if any
_watchdog_guard = _thread.allocate_lock()


def _format_timeout(seconds):
    whole = int(seconds)
    micro = int(round((seconds - whole) * 1e6))
    if micro >= 1000000:
        whole, micro = whole + 1, micro - 1000000
    minutes, secs = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%d:%02d:%02d' % (hours, minutes, secs)
    if micro:
        text += '.%06d' % micro
    return text


class _Watchdog:
    """A daemon thread that dumps all the tracebacks after `timeout` seconds (again every
    `timeout` seconds with `repeat`), and then ends the process with `exit`."""

    def __init__(self, timeout, repeat, file, exit):
        self.timeout, self.repeat, self.file, self.exit = timeout, repeat, file, exit
        # Held until cancelled: the thread waits on it with the timeout.
        self.cancelled = _thread.allocate_lock()
        self.cancelled.acquire()
        self.done = _thread.allocate_lock()
        self.done.acquire()
        self.ident = None

    def start(self):
        self.ident = _thread.start_new_thread(self._run, ())

    def _run(self):
        try:
            header = 'Timeout (%s)!\n' % _format_timeout(self.timeout)
            while not self.cancelled.acquire(True, self.timeout):
                _emit(self.file, header)
                _dump(self.file, True, None, skip=_thread.get_ident())
                if self.exit:
                    _os._exit(1)
                if not self.repeat:
                    break
        finally:
            self.done.release()

    def cancel(self):
        self.cancelled.release()
        self.done.acquire()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the tracebacks of all threads after `timeout` seconds (and every `timeout`
    seconds after that with `repeat`); with `exit`, end the process (status 1) after the
    dump. A later call replaces the earlier one."""
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 > _thread.TIMEOUT_MAX * 1e6:
        raise OverflowError("timeout value is too large")
    global _watchdog
    target = _target(file)
    with _watchdog_guard:
        if _watchdog is not None:
            _watchdog.cancel()
        _watchdog = _Watchdog(timeout, repeat, target, exit)
        _watchdog.start()


def cancel_dump_traceback_later():
    """Cancel the last dump_traceback_later() call, if its dump has not started yet."""
    global _watchdog
    with _watchdog_guard:
        if _watchdog is not None:
            _watchdog.cancel()
            _watchdog = None


# ---- On a signal ----

_registered = {}    # signum -> (previous handler, file, all_threads, chain)


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the tracebacks when the process receives signal `signum` (then, with `chain`,
    call the handler that was there before)."""
    import signal
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS,
                  signal.SIGILL, signal.SIGKILL, signal.SIGSTOP):
        raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)
    target = _target(file)
    previous = _registered[signum][0] if signum in _registered else signal.getsignal(signum)

    def handler(number, frame):
        _dump(target, all_threads, _thread.get_ident())
        if chain and callable(previous):
            previous(number, frame)

    signal.signal(signum, handler)
    _registered[signum] = (previous, target, all_threads, chain)


def unregister(signum):
    """Put back the handler that signal `signum` had before register(); return whether
    one had been registered."""
    import signal
    if signum not in _registered:
        return False
    previous = _registered.pop(signum)[0]
    signal.signal(signum, signal.SIG_DFL if previous is None else previous)
    return True
