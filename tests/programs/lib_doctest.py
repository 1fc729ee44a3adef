# doctest: parsing, finding, running, option flags, failure reports, summaries, the
# unittest wrappers, and the parser's errors. The tested module is written to a
# temporary folder and imported, so that its docstrings have a file and line numbers.
import doctest
import importlib
import io
import os
import shutil
import sys
import tempfile
import unittest

SOURCE = '''
"""Module docstring.

>>> 1 + 1
2
"""


def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    5
    >>> [square(i) for i in range(3)]
    [0, 1, 4]
    >>> print('a\\\\n\\\\nb')
    a
    <BLANKLINE>
    b
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('y')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: other text
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> True
    1
    >>> x = 5  # doctest: +SKIP
    >>> print('nothing expected')
    """
    return x * x


class Thing:
    """A thing.

    >>> Thing().value()
    42
    """
    def value(self):
        """>>> Thing().value() + 1
        43
        """
        return 42

    @staticmethod
    def stat():
        """
        >>> Thing.stat()
        'static'
        """
        return 'static'

    @property
    def prop(self):
        """
        >>> Thing().prop
        'p'
        """
        return 'p'


def empty():
    pass


__test__ = {'extra': """
>>> 2 + 2
4
>>> 'abc'.upper()
'ABD'
"""}
'''

work = tempfile.mkdtemp()
try:
    with open(os.path.join(work, 'dt_sample.py'), 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, work)
    sample = importlib.import_module('dt_sample')
    sample.__file__ = 'dt_sample.py'

    print(doctest.testmod(sample))
    print(doctest.testmod(sample, verbose=True, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(sample, report=False))

    tests = doctest.DocTestFinder().find(sample)
    for test in tests:
        print(test.name, test.lineno, len(test.examples), test.filename)
    print(repr(tests[0]))
    everything = doctest.DocTestFinder(exclude_empty=False).find(sample)
    print([t.name for t in everything if not t.examples])
    shallow = doctest.DocTestFinder(recurse=False).find(sample)
    print([t.name for t in shallow])

    suite = doctest.DocTestSuite(sample)
    print(suite.countTestCases(), sorted(case.id() for case in suite))
    print(repr(list(suite)[0]), list(suite)[0].shortDescription())
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors))
    message = dict((case.id(), text) for case, text in result.failures)['dt_sample.square']
    print(message[message.index('AssertionError'):].splitlines()[:12])

    with open(os.path.join(work, 'notes.txt'), 'w') as f:
        f.write('Some notes.\n\n    >>> n = 3\n    >>> n * 2\n    6\n    >>> n\n    4\n')
    here = os.getcwd()
    os.chdir(work)
    print(doctest.testfile('notes.txt', module_relative=False))
    file_suite = doctest.DocFileSuite('notes.txt', module_relative=False)
    os.chdir(here)
    file_result = unittest.TextTestRunner(stream=io.StringIO()).run(file_suite)
    print(file_result.testsRun, len(file_result.failures))
finally:
    sys.path.remove(work)
    shutil.rmtree(work)

# Running parsed text directly, with the diff report flags.
text = '''
>>> print('\\n'.join('abcdef'))
a
b
x
d
e
f
'''
parser = doctest.DocTestParser()
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF, 0):
    runner = doctest.DocTestRunner(verbose=False, optionflags=flag)
    print(runner.run(parser.get_doctest(text, {}, 'diffs', 'diffs.txt', 10)))
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(parser.get_doctest('>>> print(1)\n2\n', {}, 'noname', None, None)))
print(runner.run(parser.get_doctest('>>> x = 1\n>>> x\n1\n', {}, 'ok', None, None)))
print(runner.summarize(verbose=True))

# The parser's pieces and errors.
pieces = parser.parse('text\n  >>> 1 + 1\n  2\n\nmore\n>>> 3 # doctest: +ELLIPSIS\n3\n')
print(pieces[0], pieces[2], pieces[4])
for example in pieces[1::2]:
    print(repr(example.source), repr(example.want), example.lineno, example.indent,
          example.options, example.exc_msg)
err = parser.get_examples('>>> raise KeyError(1)\nTraceback (most recent call last):\n'
                          '  File "x", line 1\nKeyError: 1\n')[0]
print(repr(err.exc_msg), repr(err.want))
for bad in ['>>>x', '  >>> a\n ... b', '>>> 1  # doctest: +BOGUS',
            '>>> # doctest: +ELLIPSIS', '  >>> 1\n  1\n 2']:
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)

print(doctest.script_from_examples('Intro\n>>> x = 1\n>>> x\n1\nend\n'))
checker = doctest.OutputChecker()
for want, got, flags in [('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ('a...z\n', 'abcz\n', doctest.ELLIPSIS), ('a...z\n', 'abc\n', doctest.ELLIPSIS),
                         ('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE),
                         ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE)]:
    print(repr(want), repr(got), checker.check_output(want, got, flags))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args)


def documented():
    """
    >>> documented()
    'yes'
    >>> documented() + '!'
    'yes!'
    """
    return 'yes'


doctest.run_docstring_examples(documented, {'documented': documented}, name='documented')
doctest.run_docstring_examples(documented, {'documented': documented}, verbose=True)
try:
    doctest.DebugRunner(verbose=False).run(parser.get_doctest('>>> 1\n2\n', {}, 'dbg', None, 0))
except doctest.DocTestFailure as failure:
    print('DocTestFailure', failure.example.source, repr(failure.got))
try:
    doctest.DebugRunner(verbose=False).run(parser.get_doctest('>>> 1/0\n', {}, 'dbg2', None, 0))
except doctest.UnexpectedException as failure:
    print('UnexpectedException', failure.exc_info[0].__name__)
