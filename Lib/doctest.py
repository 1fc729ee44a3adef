"""Run the interactive examples found in docstrings and text files, and check that they
print what the text says they print.

A docstring holding the line `>>> square(3)` followed by the line `9` is checked by
calling square(3) and comparing what the session would print with '9'; a module
checks all of its docstrings with:

    if __name__ == '__main__':
        import doctest
        doctest.testmod()

The pieces, each replaceable:

    DocTestParser   text -> Example objects (source, expected output, options)
    DocTestFinder   module/class/function -> DocTest objects (one per docstring)
    DocTestRunner   runs a DocTest's examples in its globals and reports failures
    OutputChecker   decides whether actual output matches the expected one

testmod(), testfile() and run_docstring_examples() drive them; DocTestSuite() and
DocFileSuite() wrap them as unittest test cases."""

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from io import StringIO
import collections

TestResults = collections.namedtuple('TestResults', ['failed', 'attempted'])


# ---------------------------------------------------------------------------------------
# Option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit of option `name`, allocating a new one for a new name."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# How output is compared (the order fixes the bit values).
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
 IGNORE_EXCEPTION_DETAIL) = map(register_optionflag, (
    'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
    'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL'))

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

# How failures are reported.
REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST = map(
    register_optionflag, ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
                          'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'))

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER, ELLIPSIS_MARKER = '<BLANKLINE>', '...'


# ---------------------------------------------------------------------------------------
# Small helpers

def _lines_of(text):
    """`text` cut after each '\n' (only: other line breaks stay inside lines)."""
    pieces = text.split('\n')
    cut = [piece + '\n' for piece in pieces[:-1]]
    if pieces[-1]:
        cut.append(pieces[-1])
    return cut


def _indent(text, indent=4):
    """Indent every non-empty line of `text`."""
    pad = ' ' * indent
    return ''.join(pad + line if line != '\n' else line for line in _lines_of(text))


def _traceback_text(exc_info):
    """The traceback of exc_info as text, as the interpreter would print it."""
    sink = StringIO()
    kind, value, tb = exc_info
    try:
        traceback.print_exception(kind, value, tb, file=sink)
    except Exception:
        # A damaged traceback chain: report the exception line alone.
        return 'Traceback (most recent call last):\n' + ''.join(
            traceback.format_exception_only(kind, value))
    return sink.getvalue()


def _future_flags_of(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = globs.get(feature_name, None)
        if feature is getattr(__future__, feature_name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a module name, or None (the caller's module)."""
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            caller = sys._getframe(depth).f_globals['__name__']
        except (AttributeError, ValueError, KeyError):
            caller = '__main__'
        return sys.modules[caller]
    if not inspect.ismodule(module):
        raise TypeError("Expected a module, string, or None")
    return module


def _unix_newlines(data):
    # Only '\r\n' and '\r' (other line breaks, such as U+0085, are text).
    return re.sub('\r\n?', '\n', data)


def _module_relative_path(module, test_path):
    """`test_path` ('/'-separated) relative to the folder of `module`."""
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    local = os.path.join(*test_path.split('/'))
    where = getattr(module, '__file__', None)
    if where is not None:
        return os.path.join(os.path.dirname(where), local)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        return os.path.join(os.path.dirname(script) or os.curdir, local)
    for folder in getattr(module, '__path__', ()):
        candidate = os.path.join(folder, local)
        if os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module %r (it has no "
                     "__file__)" % module.__name__)


def _read_text_file(path, package, module_relative, encoding):
    """(content, path) of a doctest text file; a module-relative one is read through
    its package's loader when that can (a zipped package)."""
    if not module_relative:
        with open(path, encoding=encoding) as stream:
            return stream.read(), path
    home = _normalize_module(package, 3)
    path = _module_relative_path(home, path)
    loader = getattr(home, '__loader__', None) or getattr(
        getattr(home, '__spec__', None), 'loader', None)
    reader = getattr(loader, 'get_data', None)
    if reader is not None:
        try:
            return _unix_newlines(reader(path).decode(encoding)), path
        except OSError:
            pass
    with open(path, encoding=encoding) as stream:
        return stream.read(), path


def _bare_exception_name(msg):
    """Keep only the bare exception name of an exception line: 'pkg.mod.Error: text'
    -> 'Error'. Used by IGNORE_EXCEPTION_DETAIL."""
    first_line = msg.split('\n', 1)[0]
    name = first_line.split(':', 1)[0]
    return name.rsplit('.', 1)[-1]


def _matches_with_ellipsis(want, got):
    """Whether `got` matches `want`, where '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail, middle = pieces[0], pieces[-1], pieces[1:-1]
    if not got.startswith(head):
        return False
    low, high = len(head), len(got)
    if tail:
        if not got.endswith(tail):
            return False
        high -= len(tail)
    if low > high:
        return False
    for piece in middle:
        at = got.find(piece, low, high)
        if at < 0:
            return False
        low = at + len(piece)
    return True


def _as_comment(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


class _CapturedOutput(StringIO):
    """Collects what an example prints; the text always ends with a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size or 0)
        StringIO.truncate(self)


# ---------------------------------------------------------------------------------------
# Examples and tests

class Example:
    """One interactive example: `source` (one statement, ending with a newline), the
    output it should print (`want`), the exception line it should raise (`exc_msg`, or
    None), its line number in the docstring (0-based), its indentation, and the option
    flags set or cleared for it ({flag: True/False})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        def terminated(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = terminated(source)
        self.want = terminated(want) if want else want
        self.exc_msg = None if exc_msg is None else terminated(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options,
                self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they come
    from (`name`, `filename`, the 0-based `lineno` of the docstring, `docstring`)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples, self.docstring = examples, docstring
        self.name, self.filename, self.lineno = name, filename, lineno
        self.globs = dict(globs)

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = f'{count} examples'
        return (f'<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} '
                f'({described})>')

    def _key(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = (self.name, self.filename, -1 if self.lineno is None else self.lineno,
                id(self))
        theirs = (other.name, other.filename,
                  -1 if other.lineno is None else other.lineno, id(other))
        return mine < theirs


# ---------------------------------------------------------------------------------------
# Parsing

_PS1 = re.compile(r'( *)>>>')
_PS2 = re.compile(r' *\.\.\.')
_BLANK = re.compile(r' *$')
_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$')
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):'
                               r'[ \t]*$')
_EXCEPTION_LINE = re.compile(r'\w')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


class DocTestParser:
    """Splits text into its examples and the prose between them."""

    def parse(self, string, name='<string>'):
        """A list alternating prose (str) and Example objects."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        lines = _lines_of(string)
        output = []
        prose_start = 0          # char offset where the current prose began
        offset = 0               # char offset of lines[index]
        index = 0
        while index < len(lines):
            line = lines[index]
            opener = _PS1.match(line)
            if opener is None:
                offset += len(line)
                index += 1
                continue
            output.append(string[prose_start:offset])
            example, used = self._read_example(lines, index, len(opener.group(1)), name)
            if example is not None:
                # Its indentation in the text as given, margin included.
                example.indent += margin
                output.append(example)
            for consumed in lines[index:index + used]:
                offset += len(consumed)
            index += used
            prose_start = offset
        output.append(string[prose_start:])
        return output

    def _read_example(self, lines, start, indent, name):
        """Read the example whose '>>>' line is lines[start]; returns (Example or None
        when its source is blank or a comment, number of lines it spans)."""
        source_lines = [lines[start].rstrip('\n')]
        end = start + 1
        while end < len(lines) and _PS2.match(lines[end]):
            source_lines.append(lines[end].rstrip('\n'))
            end += 1
        want_lines = []
        while end < len(lines):
            text = lines[end].rstrip('\n')
            if _BLANK.match(text) or _PS1.match(text):
                break
            want_lines.append(text)
            end += 1
        self._check_prompt_blank(source_lines, indent, name, start)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, start)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, start + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        if want_lines and end <= len(lines) and lines[end - 1].endswith('\n'):
            want += '\n'
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, start)
        if _BLANK_OR_COMMENT.match(source):
            return None, end - start
        return Example(source, want, exc_msg, lineno=start, indent=indent,
                       options=options), end - start

    @staticmethod
    def _exception_message(want):
        """The exception line(s) of an expected traceback, or None."""
        lines = _lines_of(want)
        if not lines or not _TRACEBACK_HEADER.match(lines[0].rstrip('\n')):
            return None
        for number in range(1, len(lines)):
            if _EXCEPTION_LINE.match(lines[number]):
                return ''.join(lines[number:])
        return None

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno,
                       string)

    def get_examples(self, string, name='<string>'):
        """The Example objects of `string`, without the prose."""
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _find_options(self, source, name, lineno):
        options = {}
        for found in _DIRECTIVE.finditer(source):
            for word in found.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[:1] not in ('+', '-') or flag is None:
                    raise ValueError('line %r of the doctest for %s has an invalid '
                                     'option: %r' % (lineno + 1, name, word))
                options[flag] = word[0] == '+'
        if options and _BLANK_OR_COMMENT.match(source):
            raise ValueError('line %r of the doctest for %s has an option directive on '
                             'a line with no example: %r' % (lineno, name, source))
        return options

    @staticmethod
    def _min_indent(text):
        """The fewest spaces before the first non-whitespace character of a line, over
        the lines that have one right after their spaces."""
        widths = []
        for line in text.split('\n'):
            rest = line.lstrip(' ')
            if rest and not rest[0].isspace():
                widths.append(len(line) - len(rest))
        return min(widths) if widths else 0

    @staticmethod
    def _check_prompt_blank(lines, indent, name, lineno):
        for number, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after '
                                 '%s: %r' % (lineno + number + 1, name,
                                             line[indent:indent + 3], line))

    @staticmethod
    def _check_prefix(lines, prefix, name, lineno):
        for number, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + number + 1, name,
                                                             line))


# ---------------------------------------------------------------------------------------
# Finding the docstrings

class DocTestFinder:
    """Collects the DocTests of an object: its docstring, and (with `recurse`) those of
    the functions, classes, methods and `__test__` entries it contains that belong to its
    module."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._reader, self._verbose = parser, verbose
        self._descend, self._skip_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and what it contains, sorted by name. The examples run
        in a copy of `globs` (by default the module's globals) updated with
        `extraglobs`."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    @staticmethod
    def _source_lines(obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            try:
                path = inspect.getfile(obj)
            except TypeError:
                return None
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            found = linecache.getlines(path, module.__dict__)
        else:
            found = linecache.getlines(path)
        return found or None

    def _from_module(self, module, obj):
        """Whether `obj` was defined in `module` (always true without a module)."""
        if module is None or isinstance(obj, property):
            # (A property has no module of its own; checked first because Ferrython's
            # property objects wrongly answer __module__ == 'builtins'.)
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return module is home
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or getattr(inspect, 'ismethodwrapper',
                                                      lambda o: False)(obj):
            owner = getattr(obj, '__objclass__', None)
            owner_module = getattr(owner, '__module__', None) if owner is not None \
                else getattr(obj, '__module__', None)
            return module.__name__ == owner_module
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    @staticmethod
    def _is_routine(obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._descend:
            return
        if inspect.ismodule(obj):
            for key, value in list(obj.__dict__.items()):
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs,
                               seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be "
                                     "strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be "
                                     "strings, functions, methods, classes, or "
                                     "modules: %r" % (type(value),))
                self._find(tests, value, f'{name}.__test__.{key}', module, source_lines,
                           globs, seen)
        if inspect.isclass(obj):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value)
                     or isinstance(value, property))
                        and self._from_module(module, value)):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs,
                               seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._skip_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._reader.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in `source_lines`, or None."""
        start = None
        documented = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and documented:
            start = 0
        if inspect.isclass(obj) and documented:
            if source_lines is None:
                return None
            pattern = re.compile(r'^\s*class\s*%s\b'
                                 % re.escape(getattr(obj, '__name__', '-')))
            for number, line in enumerate(source_lines):
                if pattern.match(line):
                    start = number
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = inspect.unwrap(obj).__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # The docstring's line: the first from there that opens a string.
        opener = re.compile(r'(^|.*:)\s*\w*("|\')')
        for number in range(start, len(source_lines)):
            if opener.match(source_lines[number]):
                return number
        return None


# ---------------------------------------------------------------------------------------
# Comparing output

def _ndiff_lines(old, new):
    return difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(old, new)


# (flag, description, lines of the diff without its file header), in order of precedence.
_DIFF_STYLES = (
    (REPORT_UDIFF, 'unified diff with -expected +actual',
     lambda old, new: list(difflib.unified_diff(old, new, n=2))[2:]),
    (REPORT_CDIFF, 'context diff with expected followed by actual',
     lambda old, new: list(difflib.context_diff(old, new, n=2))[2:]),
    (REPORT_NDIFF, 'ndiff with -expected +actual', _ndiff_lines),
)


class OutputChecker:
    """Decides whether the output of an example matches what its text expects, and
    describes the difference when it does not."""

    @staticmethod
    def _escaped(text):
        """Non-ASCII characters as escapes, so that 'f\\xf6' in the text matches a
        printed 'f\xf6'."""
        return text.encode('ascii', 'backslashreplace').decode('ascii')

    def check_output(self, want, got, optionflags):
        """Whether `got` is acceptable for `want` under the comparison flags."""
        want, got = self._escaped(want), self._escaped(got)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # '<BLANKLINE>' stands for an empty line; whitespace-only lines are empty.
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _matches_with_ellipsis(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report's description of how `got` differs from `example.want`."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            old, new = want.splitlines(keepends=True), got.splitlines(keepends=True)
            for flag, kind, make in _DIFF_STYLES:
                if optionflags & flag:
                    return f'Differences ({kind}):\n' + _indent(''.join(make(old, new)))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


# ---------------------------------------------------------------------------------------
# Running

_DOCTEST_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs the examples of DocTests and keeps the tally per test name.

    Output goes through `out` (sys.stdout.write by default); `verbose` (by default,
    whether '-v' is in sys.argv) also reports the examples that pass."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._comparer = OutputChecker() if checker is None else checker
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        self._tally = {}           # test name -> (failed, tried)
        self._capture = _CapturedOutput()
        self.test = None

    # -- reports (subclasses may override) ------------------------------------------------

    def report_start(self, out, test, example):
        if self._verbose:
            text = 'Trying:\n' + _indent(example.source)
            if example.want:
                text += 'Expecting:\n' + _indent(example.want)
            else:
                text += 'Expecting nothing\n'
            out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._comparer.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_traceback_text(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running --------------------------------------------------------------------------

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._comparer.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, enabled in example.options.items():
                flags = flags | flag if enabled else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                # (Split as it is, since tracebacks quoting this line are compared.)
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
                raised = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            got = self._capture.getvalue()
            self._capture.truncate(0)
            verdict = self._judge(example, got, raised, flags, check)
            if raised is not None and not quiet:
                got += _traceback_text(raised)
            if verdict == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif verdict == 'fail':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, raised)
                failures += 1
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._count_outcome(test, failures, tries)
        return TestResults(failures, tries)

    @staticmethod
    def _judge(example, got, raised, flags, check):
        """'ok', 'fail', or 'boom' (an exception the example did not expect)."""
        if raised is None:
            return 'ok' if check(example.want, got, flags) else 'fail'
        if example.exc_msg is None:
            return 'boom'
        kind, value = raised[:2]
        lines = traceback.format_exception_only(kind, value)
        if issubclass(kind, SyntaxError):
            # Compare from the 'SyntaxError: ...' line, not the quoted source above it.
            names = (f"{kind.__qualname__}:", f"{kind.__module__}.{kind.__qualname__}:")
            for index, line in enumerate(lines):
                if line.startswith(names):
                    lines = lines[index:]
                    break
        exc_msg = ''.join(lines)
        if check(example.exc_msg, exc_msg, flags):
            return 'ok'
        if flags & IGNORE_EXCEPTION_DETAIL:
            if check(_bare_exception_name(example.exc_msg),
                     _bare_exception_name(exc_msg), flags):
                return 'ok'
        return 'fail'

    def _count_outcome(self, test, failed, tried):
        old_failed, old_tried = self._tally.get(test.name, (0, 0))
        self._tally[test.name] = (failed + old_failed, tried + old_tried)
        self.failures += failed
        self.tries += tried

    def _example_getlines(self, filename, module_globals=None):
        found = _DOCTEST_FILENAME.match(filename)
        if found and self.test is not None and found.group('name') == self.test.name:
            example = self.test.examples[int(found.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self._real_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of `test`, reporting through `out`; returns
        TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _future_flags_of(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            encoding = getattr(saved_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = saved_stdout.write
            else:
                def out(text):
                    text = str(text.encode(encoding, 'backslashreplace'), encoding)
                    saved_stdout.write(text)
        saved_displayhook = sys.displayhook
        self._real_getlines = linecache.getlines
        sys.stdout = self._capture
        linecache.getlines = self._example_getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            linecache.getlines = self._real_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the tally of every test this runner ran; returns TestResults(failed,
        attempted) of them all."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_tried = total_failed = 0
        for name, (failed, tried) in self._tally.items():
            total_tried += tried
            total_failed += failed
            if tried == 0:
                empty.append(name)
            elif failed == 0:
                clean.append((name, tried))
            else:
                broken.append((name, (failed, tried)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if clean:
                print(len(clean), "items passed all tests:")
                for name, tried in sorted(clean):
                    print(" %3d tests in %s" % (tried, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (failed, tried) in sorted(broken):
                print(" %3d of %3d in %s" % (failed, tried, name))
        if verbose:
            print(total_tried, "tests in", len(self._tally), "items.")
            print(total_tried - total_failed, "passed and", total_failed, "failed.")
        if total_failed:
            print("***Test Failed***", total_failed, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failed, total_tried)

    def merge(self, other):
        """Add the tally of another runner to this one."""
        tally = self._tally
        for name, (failed, tried) in other._tally.items():
            if name in tally:
                old_failed, old_tried = tally[name]
                failed += old_failed
                tried += old_tried
            tally[name] = (failed, tried)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises an exception it did not expect."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem, raising DocTestFailure or
    UnexpectedException (the globals stay as the example left them)."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------------------
# Entry points

master = None    # the runner that holds the tally of every testmod()/testfile() call


def _globals_for(base, extraglobs):
    scope = dict(base)
    if extraglobs is not None:
        scope.update(extraglobs)
    scope.setdefault('__name__', '__main__')
    return scope


def _drive(tests, verbose, optionflags, raise_on_error, report):
    """Run `tests` with a fresh runner, print its summary when `report`, and add its
    tally to `master`."""
    global master
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for one in tests:
        runner.run(one)
    if report:
        runner.summarize()
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module `m` (by default __main__) and of
    what it defines; print a summary when `report`. Returns TestResults(failed,
    attempted)."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs,
        extraglobs=extraglobs)
    return _drive(found, verbose, optionflags, raise_on_error, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file (relative to the calling module's folder unless
    `module_relative` is false). Returns TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    content, path = _read_text_file(filename, package, module_relative,
                                    encoding or "utf-8")
    title = os.path.basename(path) if name is None else name
    scope = _globals_for({} if globs is None else globs, extraglobs)
    found = [parser.get_doctest(content, scope, title, path, 0)]
    return _drive(found, verbose, optionflags, raise_on_error, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in the docstring of `f` alone (not what it contains)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for one in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(one, compileflags=compileflags)


# ---------------------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses when its own flags have none; returns
    the previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test = test
        self._dt_flags, self._dt_judge = optionflags, checker
        self._dt_before, self._dt_after = setUp, tearDown

    def setUp(self):
        test = self._dt_test
        self._dt_saved_globs = test.globs.copy()
        if self._dt_before is not None:
            self._dt_before(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_after is not None:
            self._dt_after(test)
        # Each run starts from the globals the test was made with.
        test.globs.clear()
        test.globs.update(self._dt_saved_globs)

    def runTest(self):
        test = self._dt_test
        saved_stdout = sys.stdout
        report = StringIO()
        flags = self._dt_flags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_judge,
                               verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failed, _ = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved_stdout
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else test.lineno
        return (f'Failed doctest test for {test.name}\n'
                f'  File "{test.filename}", line {where}, in {test.name.rsplit(".", 1)[-1]}'
                f'\n\n{err}')

    def debug(self):
        """Run the test without catching problems: DocTestFailure or
        UnexpectedException propagate."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_flags, checker=self._dt_judge,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def _identity(self):
        return (self._dt_flags, self._dt_before, self._dt_after, self._dt_judge)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._dt_test == other._dt_test and self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity())

    def __repr__(self):
        owner, _, short = self._dt_test.name.rpartition('.')
        return f"{short} ({owner})"

    __str__ = object.__str__

    def shortDescription(self):
        return f"Doctest: {self._dt_test.name}"


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings were stripped (python -OO)."""

    def __init__(self, module):
        super().__init__(None)
        self.module = module

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return f"Skipping tests from {self.module.__name__}"

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite of the DocTests of `module` (an object, a name, or None for the
    calling module); `options` go to each DocTestCase (setUp, tearDown, optionflags,
    checker)."""
    module = _normalize_module(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    found = sorted(finder.find(module, globs=globs, extraglobs=extraglobs))
    suite = _DocTestSuite()
    if not found and sys.flags.optimize >= 2:
        # The docstrings were stripped: say so rather than pass silently.
        suite.addTest(SkipDocTestCase(module))
        return suite
    for one in found:
        if one.examples:
            if not one.filename:
                source = module.__file__
                one.filename = source[:-1] if source.endswith('.pyc') else source
            suite.addTest(DocTestCase(one, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        test = self._dt_test
        return (f'Failed doctest test for {test.name}\n'
                f'  File "{test.filename}", line 0\n\n{err}')


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    """A DocFileCase for the examples of one text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    scope = {} if globs is None else dict(globs)
    content, path = _read_text_file(path, package, module_relative, encoding or "utf-8")
    scope.setdefault("__file__", path)
    made = parser.get_doctest(content, scope, os.path.basename(path), path, 0)
    return DocFileCase(made, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the examples in text files (relative to the calling module
    unless module_relative=False)."""
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    suite = _DocTestSuite()
    suite.addTests([DocFileTest(one, **kw) for one in paths])
    return suite


# ---------------------------------------------------------------------------------------
# Turning examples into scripts, and debugging them

def script_from_examples(s):
    """A Python script of the examples in `s`: the sources as code, expected output as
    '## ' comments, the prose as '# ' comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_as_comment(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring called `name` in `module`."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug the examples in the text `src` under pdb."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Debug a script under pdb (post-mortem on an exception when `pm`)."""
    import pdb
    globs = {} if globs is None else globs.copy()
    if pm:
        try:
            exec(src, globs, globs)
        except BaseException:
            print(sys.exc_info()[1])
            pdb.post_mortem(sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def debug(module, name, pm=False):
    """Debug the examples of docstring `name` of `module` under pdb."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------------------------------
# python -m doctest

_CLI_USAGE = "usage: python -m doctest [-h] [-v] [-o OPTION] [-f] file [file ...]"


def _cli_error(message):
    print(_CLI_USAGE, file=sys.stderr)
    print(f"doctest: error: {message}", file=sys.stderr)
    return 2


def _test():
    """python -m doctest [-v] [-o FLAG] [-f] file...: test modules (.py) and text
    files."""
    args = sys.argv[1:]
    verbose = False
    flags = 0
    files = []
    while args:
        word = args.pop(0)
        if word in ('-v', '--verbose'):
            verbose = True
        elif word in ('-o', '--option') or word.startswith('--option='):
            value = word.split('=', 1)[1] if '=' in word else (args.pop(0) if args else '')
            if value not in OPTIONFLAGS_BY_NAME:
                choices = ', '.join(repr(name) for name in OPTIONFLAGS_BY_NAME)
                return _cli_error(f"argument -o/--option: invalid choice: {value!r} "
                                  f"(choose from {choices})")
            flags |= OPTIONFLAGS_BY_NAME[value]
        elif word in ('-f', '--fail-fast'):
            flags |= FAIL_FAST
        elif word in ('-h', '--help'):
            print(_CLI_USAGE)
            return 0
        elif word.startswith('-') and len(word) > 1:
            return _cli_error(f"unrecognized arguments: {word}")
        else:
            files.append(word)
    if not files:
        return _cli_error("the following arguments are required: file")
    for filename in files:
        if filename.endswith(".py"):
            folder, base = os.path.split(filename)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failed, _ = testmod(module, verbose=verbose, optionflags=flags)
        else:
            failed, _ = testfile(filename, module_relative=False, verbose=verbose,
                                 optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
