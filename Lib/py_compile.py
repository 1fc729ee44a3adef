"""Compiling source files into bytecode files ahead of time.

The bytecode is Ferrython's own format (the one of `__pycache__/NAME.ferrython-312.pyc`), stamped
with the source's modification time and size. Such a file loads in place of its source
(SourcelessFileLoader) when it stands where the source would be.
"""

import os
import sys
import _imp
from importlib.util import cache_from_source

__all__ = ['compile', 'main', 'PyCompileError']


class PyCompileError(Exception):
    """A source file that does not compile: `exc_type_name`, `exc_value`, `file` and `msg`
    say what went wrong where."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        self.exc_type_name = exc_type.__name__
        self.exc_value = exc_value
        self.file = file
        if not msg:
            if isinstance(exc_value, SyntaxError):
                msg = _describe_syntax_error(exc_value, file)
            else:
                msg = f'Sorry: {self.exc_type_name}: {exc_value}'
        self.msg = msg
        Exception.__init__(self, msg or self.exc_type_name, self.exc_type_name, exc_value, file)

    def __str__(self):
        return self.msg


def _describe_syntax_error(error, file):
    lines = [f'  File "{file}", line {error.lineno}']
    if error.text:
        text = error.text.rstrip('\n')
        stripped = text.lstrip()
        lines.append('    ' + stripped)
        if error.offset:
            lines.append('    ' + ' ' * (error.offset - 1 - (len(text) - len(stripped))) + '^')
    lines.append(f'{type(error).__name__}: {error.msg}')
    return '\n'.join(lines)


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None,
            quiet=0):
    """Compile the source file `file` into `cfile` (by default its place in __pycache__) and
    return that path, or None when the source has an error and `doraise` is false (the error is
    then written to stderr unless `quiet` is 2). `dfile` is the name tracebacks show."""
    file = os.fspath(file)
    if cfile is None:
        cfile = cache_from_source(file, optimization='' if optimize < 1 else optimize)
    cfile = os.fspath(cfile)
    if os.path.islink(cfile):
        raise FileExistsError(f'{cfile} is a symlink and will be changed into a regular file if '
                              'import writes a byte-compiled file to it')
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(f'{cfile} is a non-regular file and will be changed into a regular '
                              'one if import writes a byte-compiled file to it')
    shown = os.fspath(dfile) if dfile is not None else file
    try:
        _imp.compile_to(file, cfile, shown)
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        failure = PyCompileError(type(error), error, shown)
        if quiet < 2:
            if doraise:
                raise failure
            sys.stderr.write(failure.msg + '\n')
        return None
    return cfile


def main():
    """Compile the files named on the command line (or, with '-', on stdin's lines); the exit
    status is 1 when one of them fails."""
    names = sys.argv[1:]
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin]
    status = 0
    for name in names:
        try:
            compile(name, doraise=True)
        except PyCompileError as error:
            status = 1
            sys.stderr.write(error.msg + '\n')
        except OSError as error:
            status = 1
            sys.stderr.write(f'{error}\n')
    return status


if __name__ == '__main__':
    sys.exit(main())
