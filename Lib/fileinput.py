"""Iterate over the lines of several files (or standard input) as one stream.

    import fileinput
    for line in fileinput.input():
        process(line)

input() reads the files named in sys.argv[1:], or standard input when
there are none; "-" stands for standard input too.  While reading, the
module functions filename(), lineno(), filelineno(), isfirstline(), ...
describe the current line, and nextfile() skips the rest of a file.

With inplace=True each file is renamed to a backup and standard output is
redirected to a new file of the original name, so that printing the
lines rewrites the file; the backup is removed at the end unless a backup
extension was given.  FileInput is the class that does the work; the
module functions use one shared instance.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None  # the FileInput of input(), shared by the module functions


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Create the FileInput the module functions work on, and return it.

    The arguments are those of FileInput.  RuntimeError if the previous
    one is still reading a file.
    """
    global _state
    if _state is not None and _state._file:
        raise RuntimeError("input() already active")
    options = dict(mode=mode, openhook=openhook, encoding=encoding,
                   errors=errors)
    _state = FileInput(files, inplace, backup, **options)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the sequence opened by input()."""
    global _state
    state, _state = _state, None
    if state:
        state.close()


def nextfile():
    """Stop reading the current file: the next line comes from the next one."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """The number of lines read so far, over all the files."""
    return _active().lineno()


def filelineno():
    """The number of lines read so far in the current file."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup="", *, mode="r",
    openhook=None, encoding=None, errors=None)

    An iterator over the lines of files (a name, a path-like object or a
    sequence of them; default sys.argv[1:], else standard input).  mode is
    "r" or "rb".  openhook(filename, mode) opens a file instead of open();
    encoding and errors are passed to open() (or to the hook).
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        # The reading state first: close() works even if the checks fail.
        self._current_name = None
        self._file = None
        self._from_stdin = False
        self._lines_before = 0   # lines read in the files before this one
        self._line_in_file = 0
        # In-place editing: the saved sys.stdout, the new file, the backup.
        self._saved_stdout = None
        self._rewritten = None
        self._backup_path = None

        self._files = _names(files)
        self._inplace, self._backup = inplace, backup
        self._encoding, self._errors = encoding, errors

        if (sys.flags.warn_default_encoding and "b" not in mode
                and encoding is None and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.",
                          EncodingWarning, 2)
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._read_mode = mode
        self._output_mode = mode.replace("r", "w")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in "
                                 "inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._opener = openhook

    def close(self):
        """Close the current file and forget the remaining ones."""
        try:
            self.nextfile()
        finally:
            self._files = ()

    __del__ = close

    def __iter__(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _empty(self):
        return b"" if "b" in self._read_mode else ""

    def readline(self):
        """The next line, going on to the next files as needed; an empty
        string (or bytes) at the very end."""
        while True:
            if self._file is None and not self._open_next():
                return self._empty()
            line = self._file.readline()
            if line:
                self._line_in_file += 1
                return line
            self.nextfile()

    def nextfile(self):
        """Close the current file (ending its in-place editing)."""
        stdout, self._saved_stdout = self._saved_stdout, None
        if stdout:
            sys.stdout = stdout
        output, self._rewritten = self._rewritten, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current and not self._from_stdin:
                    current.close()
            finally:
                backup, self._backup_path = self._backup_path, None
                # Without an explicit backup extension the backup goes.
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._from_stdin = False

    def _open_next(self):
        """Open the next file of the list; False when there is none."""
        if not self._files:
            return False
        self._current_name, self._files = self._files[0], self._files[1:]
        self._lines_before = self.lineno()
        self._line_in_file = 0
        self._from_stdin = False
        self._backup_path = None
        text_encoding = None if "b" in self._read_mode else (self._encoding or
                                                         "locale")
        if self._current_name == "-":
            self._current_name = "<stdin>"
            if "b" in self._read_mode:
                self._file = getattr(sys.stdin, "buffer", sys.stdin)
            else:
                self._file = sys.stdin
            self._from_stdin = True
        elif self._inplace:
            self._start_inplace(text_encoding)
        elif self._opener is None:
            self._file = open(self._current_name, self._read_mode,
                              encoding=text_encoding, errors=self._errors)
        elif self._encoding is None:
            # Hooks written before 3.10 take no encoding argument.
            self._file = self._opener(self._current_name, self._read_mode)
        else:
            self._file = self._opener(self._current_name, self._read_mode,
                                        encoding=self._encoding,
                                        errors=self._errors)
        return True

    def _start_inplace(self, text_encoding):
        """Read the file from its backup; print() writes the new version."""
        self._backup_path = os.fspath(self._current_name) + (self._backup
                                                            or ".bak")
        try:
            os.unlink(self._backup_path)
        except OSError:
            pass
        os.rename(self._current_name, self._backup_path)
        self._file = open(self._backup_path, self._read_mode,
                          encoding=text_encoding, errors=self._errors)
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._rewritten = open(self._current_name, self._output_mode,
                                encoding=text_encoding, errors=self._errors)
        else:
            # The new file keeps the permissions of the original.
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
            flags |= getattr(os, "O_BINARY", 0)
            descriptor = os.open(self._current_name, flags, permissions)
            self._rewritten = os.fdopen(descriptor, self._output_mode,
                                     encoding=text_encoding,
                                     errors=self._errors)
            try:
                os.chmod(self._current_name, permissions)
            except OSError:
                pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._rewritten

    __class_getitem__ = classmethod(GenericAlias)

    # What the module functions of the same names report.

    def lineno(self):
        """Lines read so far in all the files."""
        return self._lines_before + self._line_in_file

    def filelineno(self):
        """Lines read so far in the current file."""
        return self._line_in_file

    def isfirstline(self):
        """Whether the last line was the first of its file."""
        return self._line_in_file == 1

    def filename(self):
        """The current file's name ("<stdin>" for standard input)."""
        return self._current_name

    def isstdin(self):
        """Whether the current file is standard input."""
        return self._from_stdin

    def fileno(self):
        """The current file's descriptor, or -1."""
        try:
            return self._file.fileno() if self._file else -1
        except ValueError:
            return -1


def _names(files):
    """The tuple of files to read, from FileInput's files argument."""
    if isinstance(files, str):
        return (files,)
    if isinstance(files, os.PathLike):
        return (os.fspath(files),)
    if files is None:
        files = sys.argv[1:]
    # An empty list means standard input, as "-" does.
    return tuple(files) or ("-",)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files decompressed."""
    text = "b" not in mode
    if encoding is None and text:
        encoding = "locale"
    extension = os.path.splitext(filename)[1]
    if extension == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    # The decompressing files are binary: wrap them for text mode.
    if text:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding and errors."""
    def open_encoded(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return open_encoded


def _test():
    """python -m fileinput [-i] [-b ext] files: number the lines."""
    import getopt
    options, names = getopt.getopt(sys.argv[1:], "ib:")
    options = dict(options)
    lines = input(names, inplace="-i" in options,
                  backup=options.get("-b", False))
    for line in lines:
        marker = "*" if isfirstline() else ""
        text = line[:-1] if line.endswith("\n") else line
        text = text[:-1] if text.endswith("\r") else text
        print("%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   marker, text))
    print("%d: %s[%d]" % (lineno(), filename(), filelineno()))


if __name__ == "__main__":
    _test()
