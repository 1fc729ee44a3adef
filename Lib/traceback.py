"""Extracting, formatting and printing stack traces and exceptions.

The text produced here is the same text the interpreter prints for an uncaught exception:
frame lines with their source, PEP 657 carets under the failing expression, chained causes
and contexts, notes, and the boxed layout of exception groups.
"""

import collections.abc
import linecache
import sys

__all__ = sorted(['FrameSummary', 'StackSummary', 'TracebackException', 'clear_frames',
                  'extract_stack', 'extract_tb', 'format_exc', 'format_exception',
                  'format_exception_only', 'format_list', 'format_stack', 'format_tb',
                  'print_exc', 'print_exception', 'print_last', 'print_list',
                  'print_stack', 'print_tb', 'walk_stack', 'walk_tb'])

# More identical frames in a row than this are summarised as "[Previous line repeated ...]".
_REPEAT_LIMIT = 3

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")

_MISSING = object()


def _text_of(value, what, func=str):
    """func(value), or a placeholder when that call itself raises."""
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _exception_and_tb(exc, value, tb):
    # The 3.10+ calling style passes only the exception; the old one passes all three.
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


# ---------------------------------------------------------------------------
# Module-level convenience functions: each print_X writes what format_X returns.

def _write_lines(lines, file):
    out = sys.stderr if file is None else file
    for text in lines:
        print(text, file=out, end="")


def _caller_frame(f, depth=2):
    # The frame of whoever called the public function, when no frame was given.
    return sys._getframe(depth) if f is None else f


def format_list(extracted_list):
    """The lines of extract_tb()/extract_stack() output (or such tuples), ready to print."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write_lines(format_list(extracted_list), file)


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback, outermost frame first."""
    return StackSummary._from_positioned(_tb_entries(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write_lines(format_tb(tb, limit=limit), file)


def _report(exc, value, tb, limit):
    value, tb = _exception_and_tb(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines the interpreter prints for an uncaught exception."""
    return list(_report(exc, value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                    file=None, chain=True):
    _report(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    """The last lines of the report: the exception's type and message (and notes)."""
    shown = exc if value is _MISSING else value
    report = TracebackException(type(shown), shown, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc) of an interactive session."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")


def extract_stack(f=None, limit=None):
    """The StackSummary of the stack above frame f (default: the caller's frame),
    outermost first."""
    summary = StackSummary.extract(walk_stack(_caller_frame(f)), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_caller_frame(f), limit=limit))


def print_stack(f=None, limit=None, file=None):
    _write_lines(format_stack(_caller_frame(f), limit=limit), file)


def clear_frames(tb):
    """Clear the locals of every frame of a traceback (running frames are left alone)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except (RuntimeError, AttributeError):
            pass


def walk_stack(f):
    """Yield (frame, lineno) from f outwards; f=None starts at the caller."""
    frame = sys._getframe(2) if f is None else f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


def _tb_entries(tb):
    # Like walk_tb, but with the full (lineno, end_lineno, col, end_col) of the instruction.
    while tb is not None:
        pos = _instruction_position(tb.tb_frame.f_code, tb.tb_lasti)
        if pos[0] is None:
            pos = (tb.tb_lineno,) + tuple(pos[1:])
        yield tb.tb_frame, pos
        tb = tb.tb_next


def _instruction_position(code, lasti):
    if lasti < 0:
        return (None, None, None, None)
    try:
        positions = code.co_positions()
        index = lasti // 2
        for i, pos in enumerate(positions):
            if i == index:
                return pos
    except Exception:
        pass
    return (None, None, None, None)


# ---------------------------------------------------------------------------
# Frame summaries

class FrameSummary:
    """What a traceback shows of one frame: file, line, function name, source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _text_of(val, 'local', func=repr)
                           for key, val in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its indentation, for lining up the carets.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    """The first `limit` entries, or the last -limit ones when limit is negative."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(entries)
    if limit >= 0:
        kept = []
        if limit == 0:
            return kept
        for entry in entries:
            kept.append(entry)
            if len(kept) >= limit:
                break
        return kept
    everything = list(entries)
    return everything[limit:] if -limit < len(everything) else everything


def _column_to_char(text, byte_offset):
    # Code positions count UTF-8 bytes; the line is text.
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _caret_anchors(segment):
    """(start, end) of the highlighted part inside segment (an operator or a subscript's
    brackets), or None."""
    import ast
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value
    chars_of = lambda col: _column_to_char(segment, col)
    if isinstance(expr, ast.BinOp):
        op_from = chars_of(expr.left.end_col_offset)
        op_to = chars_of(expr.right.col_offset)
        between = segment[op_from:op_to]
        skip = len(between) - len(between.lstrip())
        left = op_from + skip
        right = left + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return left, right
    if isinstance(expr, ast.Subscript):
        left = chars_of(expr.value.end_col_offset)
        right = chars_of(expr.slice.end_col_offset) + 1
        while left < len(segment) and segment[left] != '[':
            left += 1
        while right < len(segment) and segment[right] != ']':
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


class StackSummary(list):
    """A list of FrameSummary objects, formatted as a traceback prints them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarise (frame, lineno) pairs as walk_stack() and walk_tb() produce them."""
        def positioned():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._from_positioned(positioned(), limit=limit,
                                      lookup_lines=lookup_lines,
                                      capture_locals=capture_locals)

    @classmethod
    def _from_positioned(klass, frame_gen, *, limit=None, lookup_lines=True,
                         capture_locals=False):
        summary = klass()
        filenames = set()
        for frame, (lineno, end_lineno, colno, end_colno) in _limited(frame_gen, limit):
            code = frame.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, frame.f_globals)
            frame_locals = frame.f_locals if capture_locals else None
            summary.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=frame_locals, end_lineno=end_lineno,
                colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """Build a summary from FrameSummary objects or (file, line, name, text) tuples."""
        summary = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line and maybe carets."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            parts.append('    {}\n'.format(stripped))
            carets = self._caret_line(frame_summary, stripped)
            if carets is not None:
                parts.append('    ' + carets + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    @staticmethod
    def _caret_line(fs, stripped):
        if fs.colno is None or fs.end_colno is None:
            return None
        line = fs._original_line
        if line is None:
            return None
        indent = len(line) - len(line.lstrip())
        start = _column_to_char(line, fs.colno)
        end = _column_to_char(line, fs.end_colno)
        anchors = None
        if fs.lineno == fs.end_lineno:
            try:
                anchors = _caret_anchors(line[start:end])
            except Exception:
                anchors = None
        else:
            end = len(line.rstrip())
        if end <= start:
            return None
        anchored = anchors is not None and anchors[1] > anchors[0]
        if end - start >= len(stripped) and not anchored:
            return None
        width = end - start
        if anchored:
            left, right = anchors
            marks = '~' * left + '^' * (right - left) + '~' * (width - right)
        else:
            marks = '^' * width
        return ' ' * (start - indent) + marks

    def format(self):
        """The entries as printable strings, with long runs of one repeated frame cut short."""
        lines = []
        previous = None
        repeats = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if previous is None or key != previous or None in key:
                if repeats > _REPEAT_LIMIT:
                    lines.append(_repeat_note(repeats - _REPEAT_LIMIT))
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _REPEAT_LIMIT:
                lines.append(text)
        if repeats > _REPEAT_LIMIT:
            lines.append(_repeat_note(repeats - _REPEAT_LIMIT))
        return lines


def _repeat_note(count):
    plural = 's' if count > 1 else ''
    return f'  [Previous line repeated {count} more time{plural}]\n'


# ---------------------------------------------------------------------------
# Exceptions

class _GroupLayout:
    """How deep inside exception groups the text being written is, and its margin."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin='|'):
        prefix = self.indent()
        if self.depth:
            prefix += margin + ' '
        chunks = [text] if isinstance(text, str) else text
        for chunk in chunks:
            for line in chunk.splitlines(keepends=True):
                yield prefix + line


class TracebackException:
    """An exception captured for later formatting, with its traceback, notes, and the
    exceptions chained to it (cause, context, group members), captured likewise."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_positioned(
            _tb_entries(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif exc_type is not None and exc_value is not None:
            self._str += _suggestion_text(exc_type, exc_value, exc_traceback)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        # Chains can be long: capture them with a work list rather than by recursion.
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        pending = [(self, exc_value)]
        while pending:
            te, value = pending.pop()
            if value is None:
                continue
            cause = value.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException._shallow(cause, _seen, options)
                pending.append((te.__cause__, cause))
            context = value.__context__
            follow_context = not (compact and (cause is not None or
                                               value.__suppress_context__))
            if (follow_context and context is not None and
                    id(context) not in _seen):
                te.__context__ = TracebackException._shallow(context, _seen, options)
                pending.append((te.__context__, context))
            if isinstance(value, BaseExceptionGroup):
                te.exceptions = []
                for member in value.exceptions:
                    if id(member) in _seen:
                        continue
                    sub = TracebackException._shallow(member, _seen, options)
                    te.exceptions.append(sub)
                    pending.append((sub, member))

    @classmethod
    def _shallow(cls, value, seen, options):
        # One exception without following its own links (the caller's work list does that).
        te = cls.__new__(cls)
        seen.add(id(value))
        te.max_group_width = options['max_group_width']
        te.max_group_depth = options['max_group_depth']
        te.stack = StackSummary._from_positioned(
            _tb_entries(value.__traceback__), limit=options['limit'],
            lookup_lines=options['lookup_lines'],
            capture_locals=options['capture_locals'])
        te.exc_type = type(value)
        te._str = _text_of(value, 'exception')
        te.__notes__ = getattr(value, '__notes__', None)
        if isinstance(value, SyntaxError):
            te.filename = value.filename
            te.lineno = str(value.lineno) if value.lineno is not None else None
            te.end_lineno = (str(value.end_lineno)
                             if value.end_lineno is not None else None)
            te.text = value.text
            te.offset = value.offset
            te.end_offset = value.end_offset
            te.msg = value.msg
        else:
            te._str += _suggestion_text(type(value), value, value.__traceback__)
        te.__suppress_context__ = value.__suppress_context__
        te.__cause__ = te.__context__ = None
        te.exceptions = None
        return te

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines of the report: 'Type: message', SyntaxError's source and caret,
        and the notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        type_name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            type_name = module + '.' + type_name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(type_name)
        else:
            yield _final_line(type_name, self._str)
        notes = self.__notes__
        if (isinstance(notes, collections.abc.Sequence)
                and not isinstance(notes, (str, bytes))):
            for note in notes:
                note = _text_of(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield "{}\n".format(_text_of(notes, '__notes__', func=repr))

    def _syntax_error_lines(self, type_name):
        where = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            where = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            # Strip the newline and leading blanks; the caret keeps tabs for alignment.
            whole = text.rstrip('\n')
            shown = whole.lstrip(' \n\f')
            removed = len(whole) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if start == end or end == -1:
                    end = start + 1
                first = start - 1 - removed
                last = end - 1 - removed
                if first >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:first])
                    yield '    {}{}\n'.format(pad, '^' * (last - first))
        message = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(type_name, message, where)

    def format(self, *, chain=True, _ctx=None):
        """The whole report as strings, each ending in a newline."""
        if _ctx is None:
            _ctx = _GroupLayout()
        # Oldest exception first: walk to the end of the chain, then print back.
        chain_list = []
        current = self
        while current is not None:
            if not chain:
                chain_list.append((None, current))
                break
            if current.__cause__ is not None:
                header, following = _CAUSE_HEADER, current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                header, following = _CONTEXT_HEADER, current.__context__
            else:
                header, following = None, None
            chain_list.append((header, current))
            current = following
        for header, te in reversed(chain_list):
            if header is not None:
                yield from _ctx.emit(header)
            if te.exceptions is None:
                if te.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(te.stack.format())
                yield from _ctx.emit(te.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from te._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, width):
        outermost = _ctx.depth == 0
        if outermost:
            _ctx.depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin='+' if outermost else '|')
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        shown = total if width is None or total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            cut = width is not None and i >= width
            title = '...' if cut else f'{i + 1}'
            lead = '+-' if i == 0 else '  '
            yield _ctx.indent() + lead + f'+---------------- {title} ----------------\n'
            _ctx.depth += 1
            if cut:
                more = total - width
                yield from _ctx.emit(
                    f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.depth -= 1
        if outermost:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report (to sys.stderr by default)."""
        _write_lines(self.format(chain=chain), file)


def _final_line(type_name, text):
    if text is None or not text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, text)


# ---------------------------------------------------------------------------
# "Did you mean" suggestions for NameError, AttributeError and ImportError

_SUGGEST_MAX_CANDIDATES = 750
_SUGGEST_MAX_NAME = 40
_EDIT_COST = 2
_CASE_COST = 1


def _suggestion_text(exc_type, exc_value, tb):
    try:
        if issubclass(exc_type, (NameError, AttributeError)):
            name = getattr(exc_value, "name", None)
            if name is None:
                return ''
            found = _suggest(exc_value, tb, name)
            text = f". Did you mean: '{found}'?" if found else ''
            if issubclass(exc_type, NameError) and name in sys.stdlib_module_names:
                lead = " Or did" if found else ". Did"
                text += f"{lead} you forget to import '{name}'"
            return text
        if issubclass(exc_type, ImportError):
            wanted = getattr(exc_value, "name_from", None)
            if wanted is None:
                return ''
            found = _suggest(exc_value, tb, wanted)
            return f". Did you mean: '{found}'?" if found else ''
    except Exception:
        pass
    return ''


def _suggest(exc_value, tb, name):
    if not isinstance(name, str):
        return None
    if isinstance(exc_value, AttributeError):
        try:
            candidates = dir(exc_value.obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        module = sys.modules.get(exc_value.name)
        if module is None:
            return None
        try:
            candidates = dir(module)
        except Exception:
            return None
    else:
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        this = frame.f_locals.get('self')
        if this is not None:
            try:
                if hasattr(this, name):
                    return 'self.' + name
            except Exception:
                pass
        candidates = (list(frame.f_locals) + list(frame.f_globals) +
                      list(frame.f_builtins))
    return _closest(name, candidates)


def _closest(name, candidates):
    if len(candidates) > _SUGGEST_MAX_CANDIDATES or len(name) > _SUGGEST_MAX_NAME:
        return None
    best = None
    best_cost = len(name)
    for candidate in candidates:
        if not isinstance(candidate, str) or candidate == name:
            continue
        budget = min((len(name) + len(candidate) + 3) * _EDIT_COST // 6,
                     best_cost - 1)
        cost = _edit_cost(name, candidate, budget)
        if cost <= budget and (best is None or cost < best_cost):
            best, best_cost = candidate, cost
    return best


def _letter_cost(a, b):
    if a == b:
        return 0
    if a.lower() == b.lower():
        return _CASE_COST
    return _EDIT_COST


def _edit_cost(a, b, budget):
    # Weighted Levenshtein distance on the parts that differ, giving up past the budget.
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < len(a) and tail < len(b) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail:
        a, b = a[:-tail], b[:-tail]
    if not a or not b:
        return (len(a) + len(b)) * _EDIT_COST
    if len(a) > _SUGGEST_MAX_NAME or len(b) > _SUGGEST_MAX_NAME:
        return budget + 1
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if (len(long_) - len(short)) * _EDIT_COST > budget:
        return budget + 1
    row = [(i + 1) * _EDIT_COST for i in range(len(short))]
    result = 0
    for j, c in enumerate(long_):
        diagonal = j * _EDIT_COST
        smallest = None
        for i, s in enumerate(short):
            substitute = diagonal + _letter_cost(c, s)
            diagonal = row[i]
            left = (j + 1) * _EDIT_COST if i == 0 else result
            result = min(substitute, left + _EDIT_COST, row[i] + _EDIT_COST)
            row[i] = result
            if smallest is None or result < smallest:
                smallest = result
        if smallest > budget:
            return budget + 1
    return result
