"""Reading a password without echoing it, and finding the user's login name.

getpass() turns the terminal's echo off while the password is typed (with termios on Unix,
msvcrt on Windows). Where neither is available, as on Ferrython today, it is fallback_getpass,
which warns with GetPassWarning and reads the password from stdin, visibly.
"""

import io
import os
import sys
from contextlib import ExitStack
from warnings import warn

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    """The password may be echoed: the terminal's echo could not be turned off."""


def unix_getpass(prompt='Password: ', stream=None):
    """Prompts on the controlling terminal (else stdin/stderr) and reads a password with echo
    off. Falls back to fallback_getpass when echo cannot be controlled."""
    import termios
    password = None
    with ExitStack() as cleanup:
        try:
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            terminal = io.FileIO(fd, 'w+')
            cleanup.enter_context(terminal)
            source = io.TextIOWrapper(terminal)
            cleanup.enter_context(source)
            stream = stream or source
        except OSError:
            # No controlling terminal: use stdin, if it is a real file.
            cleanup.close()
            source = sys.stdin
            try:
                fd = source.fileno()
            except (AttributeError, ValueError):
                fd = None
                password = fallback_getpass(prompt, stream)
            stream = stream or sys.stderr
        if fd is not None:
            try:
                saved = termios.tcgetattr(fd)
                quiet = saved[:]
                quiet[3] &= ~termios.ECHO
                when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
                try:
                    termios.tcsetattr(fd, when, quiet)
                    password = _raw_input(prompt, stream, input=source)
                finally:
                    termios.tcsetattr(fd, when, saved)
                    stream.flush()
            except termios.error:
                if password is not None:
                    # Read fine, but echo could not be restored: the caller must know.
                    raise
                if stream is not source:
                    cleanup.close()
                password = fallback_getpass(prompt, stream)
        # The user's Enter was not echoed: end the prompt's line.
        stream.write('\n')
        return password


def win_getpass(prompt='Password: ', stream=None):
    """Reads a password on the Windows console, character by character, without echo."""
    if sys.stdin is not sys.__stdin__:
        return fallback_getpass(prompt, stream)
    import msvcrt
    for char in prompt:
        msvcrt.putwch(char)
    typed = []
    while True:
        char = msvcrt.getwch()
        if char in '\r\n':
            break
        if char == '\003':
            raise KeyboardInterrupt
        if char == '\b':
            del typed[-1:]
        else:
            typed.append(char)
    for char in '\r\n':
        msvcrt.putwch(char)
    return ''.join(typed)


def fallback_getpass(prompt='Password: ', stream=None):
    """Warns that the password will be visible, then reads it from stdin."""
    warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt='', stream=None, input=None):
    # Like input(), but prompting on `stream` and reading from `input`.
    stream = stream or sys.stderr
    input = input or sys.stdin
    text = str(prompt)
    if text:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            # Show what the stream's encoding can show rather than fail.
            encoding = stream.encoding
            stream.write(text.encode(encoding, 'replace').decode(encoding))
        stream.flush()
    answer = input.readline()
    if answer == '':
        raise EOFError
    return answer[:-1] if answer.endswith('\n') else answer


def getuser():
    """The user's login name.

    The first non-empty of the environment variables LOGNAME, USER, LNAME and USERNAME, else
    the name the password database gives the process's user id (which needs the pwd module).
    """
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(variable)
        if name:
            return name
    import pwd
    # The entry's first field is the name.
    return pwd.getpwuid(os.getuid())[0]


def _choose_getpass():
    # termios with its attribute functions, else msvcrt, else nothing.
    try:
        import termios
    except ImportError:
        pass
    else:
        if hasattr(termios, 'tcgetattr') and hasattr(termios, 'tcsetattr'):
            return unix_getpass
    try:
        import msvcrt  # noqa: F401 (only its presence matters)
        return win_getpass
    except ImportError:
        return fallback_getpass


getpass = _choose_getpass()
