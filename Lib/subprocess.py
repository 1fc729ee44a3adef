"""Running child processes, connecting to their standard streams and getting their exit codes.

Popen starts a child through the native `_posixsubprocess.fork_exec`; run(), call(),
check_call() and check_output() are the usual ways to use it. POSIX only.
"""

import builtins
import io
import os
import signal
import sys
import time
import _thread

import _posixsubprocess
import select
import selectors

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output",
           "getstatusoutput", "getoutput", "run", "CompletedProcess", "SubprocessError",
           "CalledProcessError", "TimeoutExpired", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False
# Chunks written to a child's stdin while also reading its output: at most what a pipe
# takes at once without blocking.
_PIPE_BUF = getattr(select, "PIPE_BUF", 512)
_READ_CHUNK = 32768
# The selector communicate() waits with (tests replace it).
_PopenSelector = selectors.PollSelector

# Children whose Popen object went away before they ended: reaped by _cleanup() when the next
# Popen starts, so that they do not stay zombies.
_active = []


def _cleanup():
    for process in _active[:]:
        if process._reap_quietly():
            try:
                _active.remove(process)
            except ValueError:
                pass


class SubprocessError(Exception):
    pass


def _describe_status(cmd, returncode):
    if returncode is not None and returncode < 0:
        try:
            return "Command '%s' died with %r." % (cmd, signal.Signals(-returncode))
        except (ValueError, AttributeError):
            return "Command '%s' died with unknown signal %d." % (cmd, -returncode)
    return "Command '%s' returned non-zero exit status %d." % (cmd, returncode)


class CalledProcessError(SubprocessError):
    """A process that check_call(), check_output() or run(check=True) ran failed."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return _describe_status(self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A wait for a child took longer than its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() gives back: the arguments, the exit code and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command, waits for it and returns its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """As call(), but a non-zero exit code raises CalledProcessError."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its standard output; a non-zero exit code raises."""
    for name in ("stdout", "check"):
        if name in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % name)
    if "input" in kwargs and kwargs["input"] is None:
        # An explicit None input means "no input", not "inherit stdin".
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
            or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            # The partial output stays on the exception; what is left is read and dropped.
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        returncode = process.poll()
        if check and returncode:
            raise CalledProcessError(returncode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, returncode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, its stderr merged and one final newline cut."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as exc:
        data = exc.output
        status = exc.returncode
    if data.endswith("\n"):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (see getstatusoutput)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line for Windows' argument parser: arguments with spaces or tabs are quoted,
    quotes escaped with backslashes, and backslashes doubled only where a quote follows."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        piece = []
        backslashes = 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
                continue
            if ch == '"':
                piece.append("\\" * (backslashes * 2 + 1) + '"')
            else:
                piece.append("\\" * backslashes + ch)
            backslashes = 0
        if quote:
            piece.append("\\" * (backslashes * 2) + '"')
            out.append('"' + "".join(piece))
        else:
            piece.append("\\" * backslashes)
            out.append("".join(piece))
    return " ".join(out)


def _args_from_interpreter_flags():
    """Command-line options that give a child interpreter this one's settings."""
    args = []
    flags = getattr(sys, "flags", None)
    for flag, option in (("dont_write_bytecode", "B"), ("no_user_site", "s"), ("no_site", "S"),
                         ("ignore_environment", "E"), ("verbose", "v"), ("bytes_warning", "b"),
                         ("quiet", "q"), ("optimize", "O")):
        count = getattr(flags, flag, 0) if flags is not None else 0
        if count:
            args.append("-" + option * count)
    for option in sys.warnoptions:
        args.extend(("-W", option))
    for key, value in getattr(sys, "_xoptions", {}).items():
        args.extend(("-X", key if value is True else "%s=%s" % (key, value)))
    return args


def _optim_args_from_interpreter_flags():
    flags = getattr(sys, "flags", None)
    level = getattr(flags, "optimize", 0) if flags is not None else 0
    return ["-" + "O" * level] if level else []


def _decode_output(data, encoding, errors):
    # Text mode reads with universal newlines, as TextIOWrapper does.
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """A child process. stdin, stdout and stderr are file objects when PIPE was asked for."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._waitpid_lock = _thread.allocate_lock()
        self._child_created = False
        self._input = None
        self._comm = None
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied "
                                  "but different. Pass one or the other.")
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and bufsize == 1:
            line_buffering = True
        else:
            line_buffering = False
            if bufsize == 1:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)
        pass_fds = tuple(sorted(int(fd) for fd in pass_fds))
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if process_group is not None and process_group < 0:
            raise ValueError("process_group must be a non-negative integer")
        gid = self._id_of(group, "group", "gr_gid", "getgrnam")
        uid = self._id_of(user, "user", "pw_uid", "getpwnam")
        if extra_groups is not None:
            raise NotImplementedError("extra_groups is not supported")

        ours = []  # the descriptors made here for the child, closed in the parent after the fork
        try:
            p2cwrite, p2cread = self._stdio_end(stdin, True, ours)
            c2pread, c2pwrite = self._stdio_end(stdout, False, ours)
            if stderr == STDOUT:
                errread = -1
                errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
            else:
                errread, errwrite = self._stdio_end(stderr, False, ours)
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, "wb", bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, "rb", bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, "rb", bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
                        (p2cread, c2pwrite, errwrite), restore_signals, start_new_session,
                        process_group, gid, uid, umask)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            for fd in ours:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in ours:
            os.close(fd)

    @property
    def universal_newlines(self):
        # The old name of text_mode.
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    @staticmethod
    def _id_of(name, what, field, lookup):
        if name is None:
            return -1
        if isinstance(name, int):
            if name < 0:
                raise ValueError("%s must be a non-negative integer" % what)
            return name
        module = __import__("grp" if what == "group" else "pwd")
        return getattr(getattr(module, lookup)(name), field)

    def _stdio_end(self, spec, is_input, ours):
        """(parent's end, child's end) for one standard stream: -1 where there is none. The
        child's ends made here are added to `ours`."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            read_end, write_end = os.pipe()
            if is_input:
                ours.append(read_end)
                return write_end, read_end
            ours.append(write_end)
            return read_end, write_end
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDONLY if is_input else os.O_WRONLY)
            ours.append(fd)
            return -1, fd
        if spec == STDOUT:
            raise ValueError("STDOUT can only be used for stderr")
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError("bad file descriptor: %d" % spec)
            return -1, spec
        return -1, spec.fileno()

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell, stdio,
               restore_signals, start_new_session, process_group, gid, uid, umask):
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = "/system/bin/sh" if hasattr(sys, "getandroidapilevel") else "/bin/sh"
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        args = [os.fsencode(a) if hasattr(a, "__fspath__") else a for a in args]
        if not args:
            raise IndexError("list index out of range")
        for arg in args:
            if not isinstance(arg, (str, bytes)):
                raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(arg).__name__)
        shown_executable = executable
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            candidates = [executable]
        else:
            candidates = [os.path.join(os.fsencode(d), executable) for d in os.get_exec_path(env)]
        if env is not None:
            env_list = []
            for key, value in env.items():
                key = os.fsencode(key)
                if b"=" in key:
                    raise ValueError("illegal environment variable name")
                env_list.append(key + b"=" + os.fsencode(value))
        else:
            env_list = None
        if cwd is not None:
            cwd = os.fsencode(cwd)
        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    args=args, executables=candidates, cwd=cwd, env=env_list, stdio=stdio,
                    close_fds=close_fds, pass_fds=pass_fds, errpipe_write=errpipe_write,
                    restore_signals=restore_signals, start_new_session=start_new_session,
                    process_group=-1 if process_group is None else process_group,
                    umask=umask, gid=gid, uid=uid, preexec_fn=preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            report = bytearray()
            while True:
                chunk = os.read(errpipe_read, 64)
                if not chunk:
                    break
                report += chunk
        finally:
            os.close(errpipe_read)
        if report:
            self._reap_failed_child()
            self._raise_child_failure(bytes(report), shown_executable, cwd)

    def _reap_failed_child(self):
        try:
            _, status = os.waitpid(self.pid, 0)
            self._set_status(status)
        except ChildProcessError:
            pass

    def _raise_child_failure(self, report, executable, cwd):
        stage, _, code = report.decode("ascii", "replace").partition(":")
        try:
            errno = int(code, 16)
        except ValueError:
            raise SubprocessError("Bad exception data from child: %r" % (report,)) from None
        if stage == "preexec":
            raise SubprocessError("Exception occurred in preexec_fn.")
        message = os.strerror(errno)
        if stage == "exec":
            raise OSError(errno, message, executable)
        if stage == "chdir":
            raise OSError(errno, message, os.fsdecode(cwd))
        raise OSError(errno, message)

    # Waiting

    def _set_status(self, status):
        if os.WIFSTOPPED(status):
            self.returncode = -os.WSTOPSIG(status)
        else:
            self.returncode = os.waitstatus_to_exitcode(status)

    def _try_wait(self, options):
        try:
            pid, status = os.waitpid(self.pid, options)
        except ChildProcessError:
            # Someone else reaped it (or SIGCHLD is ignored): its status is lost.
            self.returncode = 0
            return True
        if pid == self.pid:
            self._set_status(status)
            return True
        return False

    def poll(self):
        """The exit code if the child has ended, else None; never waits."""
        if self.returncode is None and self._waitpid_lock.acquire(False):
            try:
                if self.returncode is None:
                    self._try_wait(os.WNOHANG)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child to end and returns its exit code; TimeoutExpired after
        `timeout` seconds."""
        try:
            return self._wait(timeout)
        except KeyboardInterrupt:
            # The interrupt went to the child too, most likely: let it end, briefly.
            grace = 0.25 if timeout is None else min(timeout, 0.25)
            try:
                self._wait(grace)
            except TimeoutExpired:
                pass
            raise

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            with self._waitpid_lock:
                if self.returncode is None:
                    self._try_wait(0)
            return self.returncode
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while True:
            if self._waitpid_lock.acquire(False):
                try:
                    if self.returncode is not None or self._try_wait(os.WNOHANG):
                        return self.returncode
                finally:
                    self._waitpid_lock.release()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            pause = min(pause * 2, left, 0.05)
            time.sleep(pause)

    # Signals

    def send_signal(self, sig):
        """Sends `sig` to the child, unless it has already been waited for."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # Talking to the child

    def communicate(self, input=None, timeout=None):
        """Sends `input` to the child's stdin, reads its stdout and stderr to the end and waits
        for it: (stdout, stderr), None for a stream that is not a pipe. After TimeoutExpired,
        calling again goes on where the first call stopped."""
        if self._comm is not None and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f is not None]
        if timeout is None and self._comm is None and len(pipes) <= 1:
            return self._communicate_simply(input)
        deadline = None if timeout is None else time.monotonic() + timeout
        out, err = self._communicate(input, deadline, timeout)
        left = None if deadline is None else max(deadline - time.monotonic(), 0)
        try:
            self.wait(timeout=left)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout, out, err) from None
        return out, err

    def _communicate_simply(self, input):
        out = err = None
        if self.stdin is not None:
            self._feed_stdin(input)
        elif self.stdout is not None:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr is not None:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err

    def _feed_stdin(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _communicate(self, input, deadline, timeout):
        if self._comm is None:
            # First call: flush and set up; the state survives a TimeoutExpired.
            if self.stdin is not None and not self.stdin.closed:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if input is not None and self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                self._input = memoryview(input or b"")
                if not input:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
            self._comm = {f: [] for f in (self.stdout, self.stderr) if f is not None}
        with _PopenSelector() as selector:
            if self.stdin is not None and not self.stdin.closed and self._input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            for f in self._comm:
                if not f.closed:
                    selector.register(f, selectors.EVENT_READ)
            while selector.get_map():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    out, err = self._partial_output()
                    raise TimeoutExpired(self.args, timeout, out or None, err or None)
                for key, _ in selector.select(left):
                    if key.fileobj is self.stdin:
                        self._write_some(selector)
                    else:
                        data = os.read(key.fd, _READ_CHUNK)
                        if data:
                            self._comm[key.fileobj].append(data)
                        else:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
        return self._partial_output()

    def _write_some(self, selector):
        chunk = self._input[:_PIPE_BUF]
        try:
            written = os.write(self.stdin.fileno(), chunk)
        except BrokenPipeError:
            written = len(self._input)
        self._input = self._input[written:]
        if not self._input:
            selector.unregister(self.stdin)
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass

    def _partial_output(self):
        results = []
        for f in (self.stdout, self.stderr):
            if f is None:
                results.append(None)
                continue
            data = b"".join(self._comm[f])
            if self.text_mode:
                results.append(_decode_output(data, self.encoding, self.errors))
            else:
                results.append(data)
        return results

    # Context manager and the rest

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type is KeyboardInterrupt:
                # The child got the same interrupt: give it a moment, not forever.
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def _reap_quietly(self):
        """Whether the child has ended (and is reaped), without raising."""
        try:
            return self.poll() is not None
        except OSError:
            return True

    def __del__(self):
        if not getattr(self, "_child_created", False) or self.returncode is not None:
            return
        if not self._reap_quietly():
            import warnings
            warnings.warn("subprocess %s is still running" % self.pid, ResourceWarning, source=self)
            _active.append(self)

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
