"""TestCase, its assertion methods, the skipping decorators and subtests."""

import difflib
import operator
import pprint
import re
import sys
import time
import warnings
from collections import ChainMap, Counter
from contextlib import contextmanager
from functools import wraps
from types import FunctionType, GenericAlias

from . import result as _result_module
from .util import safe_repr, strclass
from .util import _common_shorten_repr
from .util import _count_diff_all_purpose, _count_diff_hashable

# Frames of modules with this global are left out of failure tracebacks.
__unittest = True

# subTest() without a message.
_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raised to skip the running test; its argument is the reason shown."""


class _ShouldStop(Exception):
    """Ends a test early after a subtest outcome that makes the rest pointless."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure when a result cannot record an unexpected success."""


# ---------------------------------------------------------------------------
# Running the parts of a test

def _addSkip(result, test_case, reason):
    record = getattr(result, 'addSkip', None)
    if record is not None:
        record(test_case, reason)
        return
    warnings.warn("TestResult has no addSkip method, skips not reported",
                  RuntimeWarning, 2)
    result.addSuccess(test_case)


def _addError(result, test, exc_info):
    # An exception of the test's failureException class is a failure, others errors.
    if result is None or exc_info is None:
        return
    kind = exc_info[0]
    if issubclass(kind, test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Part:
    """Context manager around one part of a test (setUp, the method, a cleanup, a
    subtest body): what it raises is recorded in the outcome, not propagated."""

    def __init__(self, outcome, test_case, is_subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.is_subtest = is_subtest

    def __enter__(self):
        self.earlier = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, kind, value, tb):
        outcome = self.outcome
        try:
            if kind is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            if issubclass(kind, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test_case, str(value))
            elif issubclass(kind, _ShouldStop):
                pass
            elif outcome.failure_expected:
                outcome.expected_exc = (kind, value, tb)
            else:
                outcome.success = False
                info = (kind, value, tb)
                if self.is_subtest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, info)
                else:
                    _addError(outcome.result, self.test_case, info)
            return True
        finally:
            outcome.success = outcome.success and self.earlier


class _Outcome:
    """What happened while one test ran: did every part succeed, and the exception of
    an expected failure."""

    def __init__(self, result=None):
        self.result = result
        self.reports_subtests = hasattr(result, "addSubTest")
        self.failure_expected = False
        self.expected_exc = None
        self.success = True

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


# ---------------------------------------------------------------------------
# Cleanups and context managers

def _enter_context(cm, register):
    """Enter cm now and register its __exit__ as a cleanup (looked up on the type, as
    the with statement does)."""
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Have function(*args, **kwargs) called after the module's tests."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm and exit it with the module cleanups."""
    return _enter_context(cm, addModuleCleanup)


def _unwind(stack, call=None):
    """Pop and call the (function, args, kwargs) entries of stack, newest first;
    return the sys.exc_info() of each that raised an Exception."""
    problems = []
    while stack:
        entry = stack.pop()
        try:
            if call is None:
                entry[0](*entry[1], **entry[2])
            else:
                call(entry[0], *entry[1], **entry[2])
        except Exception:
            problems.append(sys.exc_info())
    return problems


def doModuleCleanups():
    """Call the module cleanups, newest first; the first error is raised at the end."""
    problems = _unwind(_module_cleanups)
    if problems:
        raise problems[0][1]


# ---------------------------------------------------------------------------
# Decorators

def _mark_skipped(item, reason):
    if not isinstance(item, type):
        # A skipped function raises SkipTest in place of running.
        original = item

        @wraps(original)
        def item(*args, **kwargs):
            raise SkipTest(reason)
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Decorator: always skip the test or class, giving reason."""
    if isinstance(reason, FunctionType):
        # @skip without a reason.
        return _mark_skipped(reason, '')
    return lambda item: _mark_skipped(item, reason)


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Decorator: skip the test if condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; passing is reported as unexpected."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------
# assertRaises / assertWarns context managers

def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


def _name_of(thing):
    try:
        return thing.__name__
    except AttributeError:
        return str(thing)


class _BaseTestCaseContext:
    """A helper bound to a test case, failing with its failureException."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """Shared by assertRaises* and assertWarns*: usable as a context manager, or
    called with a function and its arguments."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        self._caller_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not _all_subclasses_of(self.expected, self._kind):
            raise TypeError('%s() arg 1 must be %s' % (name, self._kind_text))
        if args:
            function, *rest = args
            self._caller_name = _name_of(function)
            with self:
                function(*rest, **kwargs)
            return None
        # Context manager form: only msg= may be given.
        self.msg = kwargs.pop('msg', None)
        if kwargs:
            unexpected = next(iter(kwargs))
            raise TypeError('%r is an invalid keyword argument for '
                            'this function' % (unexpected,))
        return self

    def _not_seen(self, verb):
        where = f" by {self._caller_name}" if self._caller_name else ""
        self._raiseFailure(f"{_name_of(self.expected)} not {verb}{where}")


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager returned by assertRaises and assertRaisesRegex."""

    _kind = BaseException
    _kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self._not_seen("raised")
        if not issubclass(kind, self.expected):
            # Some other exception: let it propagate.
            return False
        # Kept for the caller (cm.exception), without the frames of the traceback.
        self.exception = value.with_traceback(None)
        regex = self.expected_regex
        if regex is not None and not regex.search(str(value)):
            self._raiseFailure('"{}" does not match "{}"'.format(regex.pattern,
                                                                 str(value)))
        return True

    __class_getitem__ = classmethod(GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager returned by assertWarns and assertWarnsRegex."""

    _kind = Warning
    _kind_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Warnings shown once already are remembered in registries: forget them all.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._catcher.__exit__(kind, value, tb)
        if kind is not None:
            return None
        regex = self.expected_regex
        wrong_text = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if regex is not None and not regex.search(str(message)):
                if wrong_text is None:
                    wrong_text = message
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if wrong_text is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(regex.pattern,
                                                                 str(wrong_text)))
        self._not_seen("triggered")
        return None


class _OrderedChainMap(ChainMap):
    # Keys in the order the nested subTest() calls gave them, outermost first.
    def __iter__(self):
        given = {}
        for layer in self.maps:
            for key in layer:
                given.setdefault(key, None)
        return iter(given)


# ---------------------------------------------------------------------------
# Simple assertions, built from a table: each fails with a message made of the
# safe reprs of its arguments.

def _failing(self, msg, standard):
    raise self.failureException(self._formatMessage(msg, standard))


def _two_argument_check(name, names, holds, template):
    first, second = names

    def check(self, *args, **kwargs):
        values, msg = _bind(name, (first, second), args, kwargs)
        if not holds(*values):
            _failing(self, msg, template % tuple(safe_repr(v) for v in values))
    check.__name__ = check.__qualname__ = name
    check.__text_signature__ = f'($self, {first}, {second}, /, msg=None)'
    return check


def _bind(name, names, args, kwargs):
    # (values of the named parameters, msg) from a call's arguments.
    values = list(args[:len(names)])
    msg = args[len(names)] if len(args) > len(names) else kwargs.pop('msg', None)
    if len(args) > len(names) + 1:
        raise TypeError(f'{name}() takes from {len(names) + 1} to {len(names) + 2} '
                        f'positional arguments but {len(args) + 1} were given')
    for parameter in names[len(values):]:
        if parameter not in kwargs:
            raise TypeError(f"{name}() missing required argument: '{parameter}'")
        values.append(kwargs.pop(parameter))
    if kwargs:
        raise TypeError(f"{name}() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    return values, msg


def _not_in(member, container):
    return member not in container


_TWO_ARGUMENT_CHECKS = [
    # name, parameter names, what must hold, message when it does not
    ('assertLess', ('a', 'b'), operator.lt, '%s not less than %s'),
    ('assertLessEqual', ('a', 'b'), operator.le, '%s not less than or equal to %s'),
    ('assertGreater', ('a', 'b'), operator.gt, '%s not greater than %s'),
    ('assertGreaterEqual', ('a', 'b'), operator.ge, '%s not greater than or equal to %s'),
    ('assertIs', ('expr1', 'expr2'), operator.is_, '%s is not %s'),
    ('assertIn', ('member', 'container'), lambda m, c: m in c, '%s not found in %s'),
    ('assertNotIn', ('member', 'container'), _not_in, '%s unexpectedly found in %s'),
]


class TestCase:
    """A test: one test method of a subclass, run between setUp() and tearDown().

    Assertions raise failureException; with longMessage a custom msg is added to the
    standard message rather than replacing it; maxDiff bounds the length of the diffs
    shown in failure messages (None: no limit)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Longer strings are compared without a diff, which would take too long.
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        # Each test class has its own class-fixture state.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest = None
        method = getattr(self, methodName, None)
        if method is None and methodName != 'runTest':
            # (A TestCase made only to use its assertions needs no runTest.)
            raise ValueError("no such test method in %s: %s" %
                             (self.__class__, methodName))
        self._testMethodDoc = 'No test' if method is None else method.__doc__
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual of two objects of exactly type typeobj will call
        function(first, second, msg=None)."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) once the test is over (also after a failed
        setUp); the last added runs first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm, and exit it as a cleanup."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, after the class's tests (and tearDownClass)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Run before each test method."

    def tearDown(self):
        "Run after each test method whose setUp succeeded."

    @classmethod
    def setUpClass(cls):
        "Run once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Run once after the tests of the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_module.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        text = self._testMethodDoc
        return text.strip().split("\n")[0].strip() if text else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A block whose failure is reported separately, labelled by msg and params;
        the test goes on after it."""
        outcome = self._outcome
        if outcome is None or not outcome.reports_subtests:
            yield
            return
        enclosing = self._subtest
        labels = (_OrderedChainMap(params) if enclosing is None
                  else enclosing.params.new_child(params))
        self._subtest = _SubTest(self, msg, labels)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if outcome.success:
                if outcome.expected_exc:
                    # The failure that was expected has happened: stop the test here.
                    raise _ShouldStop
            elif outcome.result is not None and outcome.result.failfast:
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    # -- reporting to results that may lack some methods ---------------------

    def _record(self, result, method_name, *details):
        """Call result.<method_name>(self, *details); results of older designs lack
        some methods, and get the nearest report they understand."""
        record = getattr(result, method_name, None)
        if record is not None:
            record(self, *details)
        elif method_name == 'addExpectedFailure':
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        elif method_name == 'addUnexpectedSuccess':
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            try:
                # A failure needs exception info: make some.
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            warnings.warn(f"TestResult has no {method_name} method", RuntimeWarning)

    # -- running ---------------------------------------------------------------

    def _call_set_up(self):
        self.setUp()

    def _call_test_method(self, method):
        returned = method()
        if returned is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _call_tear_down(self):
        self.tearDown()

    def _call_cleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _why_skipped(self, method):
        """The reason when the class or the method is decorated with a skip, else None."""
        marked = (getattr(self.__class__, "__unittest_skip__", False) or
                  getattr(method, "__unittest_skip__", False))
        if not marked:
            return None
        return (getattr(self.__class__, '__unittest_skip_why__', '') or
                getattr(method, '__unittest_skip_why__', ''))

    def _expects_failure(self, method):
        return bool(getattr(self, "__unittest_expecting_failure__", False) or
                    getattr(method, "__unittest_expecting_failure__", False))

    def _run_parts(self, outcome, method, failure_expected):
        # setUp, then (if it passed) the method and tearDown, then the cleanups.
        with outcome.testPartExecutor(self):
            self._call_set_up()
        if outcome.success:
            outcome.failure_expected = failure_expected
            with outcome.testPartExecutor(self):
                self._call_test_method(method)
            outcome.failure_expected = False
            with outcome.testPartExecutor(self):
                self._call_tear_down()
        self.doCleanups()

    def _report(self, result, outcome, failure_expected):
        if not outcome.success:
            return
        if not failure_expected:
            result.addSuccess(self)
        elif outcome.expected_exc:
            self._record(result, 'addExpectedFailure', outcome.expected_exc)
        else:
            self._record(result, 'addUnexpectedSuccess')

    def run(self, result=None):
        """Run the test, recording what happens in result (a new TestResult, with its
        startTestRun/stopTestRun called, when none is given)."""
        standalone = result is None
        if standalone:
            result = self.defaultTestResult()
            _call_hook(result, 'startTestRun')
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._why_skipped(method)
            if reason is not None:
                _addSkip(result, self, reason)
                return result
            failure_expected = self._expects_failure(method)
            outcome = self._outcome = _Outcome(result)
            began = time.perf_counter()
            try:
                self._run_parts(outcome, method, failure_expected)
                self._record(result, 'addDuration', time.perf_counter() - began)
                self._report(result, outcome, failure_expected)
                return result
            finally:
                # Break the cycle outcome -> traceback -> frame -> outcome.
                outcome.expected_exc = None
                outcome = self._outcome = None
        finally:
            result.stopTest(self)
            if standalone:
                _call_hook(result, 'stopTestRun')

    def doCleanups(self):
        """Call the cleanups registered with addCleanup; False if any raised."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            entry = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._call_cleanup(entry[0], *entry[1], **entry[2])
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Call the class cleanups; what they raise is kept in cls.tearDown_exceptions."""
        cls.tearDown_exceptions = _unwind(cls._class_cleanups)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result: its exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        reason = self._why_skipped(method)
        if reason is not None:
            raise SkipTest(reason)
        self._call_set_up()
        self._call_test_method(method)
        self._call_tear_down()
        # Here the first error propagates, leaving the other cleanups uncalled.
        while self._cleanups:
            entry = self._cleanups.pop()
            self._call_cleanup(entry[0], *entry[1], **entry[2])

    def skipTest(self, reason):
        """Skip the running test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail now, with msg."""
        raise self.failureException(msg)

    # -- assertions ------------------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        """The message of a failure: the standard text, or msg alone (longMessage
        false), or both as 'standard : msg'."""
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg or standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            _failing(self, msg, f"{safe_repr(expr)} is not true")

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            _failing(self, msg, f"{safe_repr(expr)} is not false")

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            _failing(self, msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            _failing(self, msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            _failing(self, msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            _failing(self, msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            _failing(self, msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless expected_exception is raised: by args[0](*args[1:], **kwargs),
        or, with no args, in the with block of the context manager returned."""
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises that also wants expected_regex to match str(exception)."""
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless expected_warning is issued (same two forms as assertRaises)."""
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fail unless the logger logs at level (INFO) or above inside the block."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Fail if the logger logs at level (INFO) or above inside the block."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        # Type-specific comparisons apply only to two objects of exactly the same type.
        if type(first) != type(second):
            return self._baseAssertEqual
        special = self._type_equality_funcs.get(type(first))
        if special is None:
            return self._baseAssertEqual
        return getattr(self, special) if isinstance(special, str) else special

    def _baseAssertEqual(self, first, second, msg=None):
        if first == second:
            return
        _failing(self, msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a detailed diff for some types)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if first != second:
            return
        _failing(self, msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are equal, differ by at most delta, or differ
        by an amount that rounds to zero at `places` decimal places (default 7)."""
        if first == second:
            return
        close, detail = _closeness(first, second, places, delta)
        if close:
            return
        _failing(self, msg, '%s != %s within %s' % (safe_repr(first), safe_repr(second),
                                                     detail))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual (equal values always fail)."""
        close, detail = _closeness(first, second, places, delta)
        if not close and first != second:
            return
        if delta is None:
            # (The difference is not shown here when places are used.)
            detail = detail.split(' (')[0]
        _failing(self, msg, '%s == %s within %s' % (safe_repr(first), safe_repr(second),
                                                     detail))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Compare two sequences item by item. The failure names the first differing
        index and shows an ndiff of the pretty-printed sequences."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{ordinal} sequence is not a {kind}: {safe_repr(seq)}')
        text = _describe_sequence_difference(seq1, seq2, kind, seq_type)
        if text is None:
            return
        diff = '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                       pprint.pformat(seq2).splitlines()))
        text = self._truncateMessage(text, '\n' + diff)
        self.fail(self._formatMessage(msg, text))

    def _truncateMessage(self, message, diff):
        """message + diff, or a note on the diff's length when it exceeds maxDiff."""
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Compare two sets (anything with difference()), listing the items only one
        of them has."""
        extra = []
        for ordinal, this, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                extra.append(this.difference(other))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail(f'{ordinal} argument does not support set difference: {e}')
        only_first, only_second = extra
        if not only_first and not only_second:
            return
        lines = []
        for items, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(map(repr, items))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        diff = '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                       pprint.pformat(d2).splitlines()))
        text = self._truncateMessage('%s != %s' % _common_shorten_repr(d1, d2), '\n' + diff)
        self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements the same number of times, in any order."""
        left, right = list(first), list(second)
        try:
            same = Counter(left) == Counter(right)
        except TypeError:
            # Unhashable elements: count them by equality.
            mismatches = _count_diff_all_purpose(left, right)
        else:
            if same:
                return
            mismatches = _count_diff_hashable(left, right)
        if not mismatches:
            return
        detail = '\n'.join('First has %d, Second has %d:  %r' % tuple(m)
                           for m in mismatches)
        text = self._truncateMessage('Element counts were not equal:\n', detail)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Compare two strings, showing an ndiff of their lines on failure."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        left, right = _with_final_newlines(first, second)
        diff = ''.join(difflib.ndiff(left.splitlines(keepends=True),
                                     right.splitlines(keepends=True)))
        text = self._truncateMessage('%s != %s' % _common_shorten_repr(first, second),
                                     '\n' + diff)
        self.fail(self._formatMessage(msg, text))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if expected_regex.search(text):
            return
        _failing(self, msg, "Regex didn't match: %r not found in %r"
                 % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found is None:
            return
        _failing(self, msg, 'Regex matched: %r matches %r in %r'
                 % (found.group(0), unexpected_regex.pattern, text))


for _name, _names, _holds, _template in _TWO_ARGUMENT_CHECKS:
    setattr(TestCase, _name, _two_argument_check(_name, _names, _holds, _template))
del _name, _names, _holds, _template


def _call_hook(result, name):
    hook = getattr(result, name, None)
    if hook is not None:
        hook()


def _closeness(first, second, places, delta):
    """(whether first and second are close enough, how that was judged, as text)."""
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    gap = abs(first - second)
    if delta is not None:
        return gap <= delta, '%s delta (%s difference)' % (safe_repr(delta), safe_repr(gap))
    if places is None:
        places = 7
    return round(gap, places) == 0, '%r places (%s difference)' % (places, safe_repr(gap))


def _with_final_newlines(first, second):
    # When either string lacks a final newline, give one to both (an empty string stays
    # empty), so that the diff shows the difference at the end.
    if first and second:
        if not (first.endswith('\n') and second.endswith('\n')):
            return first + '\n', second + '\n'
        return first, second
    if second and not second.endswith('\n'):
        return first, second + '\n'
    if first and not first.endswith('\n'):
        return first + '\n', second
    return first, second


def _describe_sequence_difference(seq1, seq2, kind, seq_type):
    """The text explaining how two sequences differ; None when they are equal."""
    lengths = []
    for ordinal, seq in (('First', seq1), ('Second', seq2)):
        try:
            lengths.append(len(seq))
        except (TypeError, NotImplementedError):
            return f'{ordinal} {kind} has no length.    Non-sequence?'
    len1, len2 = lengths
    if seq1 == seq2:
        return None
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) +
                                      _common_shorten_repr(seq1, seq2))
    index = 0
    while index < min(len1, len2):
        items = []
        for ordinal, seq in (('first', seq1), ('second', seq2)):
            try:
                items.append(seq[index])
            except (TypeError, IndexError, NotImplementedError):
                text += f'\nUnable to index element {index} of {ordinal} {kind}\n'
                break
        if len(items) < 2:
            break
        if items[0] != items[1]:
            text += ('\nFirst differing element %d:\n%s\n%s\n' %
                     ((index,) + _common_shorten_repr(*items)))
            break
        index += 1
    else:
        if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            # Equal items in sequences of different types count as equal.
            return None
    if len1 != len2:
        # Show the first item of the longer sequence that the shorter one lacks.
        if len1 > len2:
            longer, ordinal, common = seq1, 'First', len2
        else:
            longer, ordinal, common = seq2, 'Second', len1
        text += '\n%s %s contains %d additional elements.\n' % (
            ordinal, kind, abs(len1 - len2))
        try:
            text += 'First extra element %d:\n%s\n' % (common, safe_repr(longer[common]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of %s %s\n' % (
                common, ordinal.lower(), kind)
    return text


class FunctionTestCase(TestCase):
    """Wraps a plain test function (with optional set-up and tear-down functions) as
    a TestCase."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._function = testFunc
        self._before, self._after = setUp, tearDown
        self._text = description

    def setUp(self):
        if self._before is not None:
            self._before()

    def tearDown(self):
        if self._after is not None:
            self._after()

    def runTest(self):
        self._function()

    def id(self):
        return self._function.__name__

    def _identity(self):
        return (self._before, self._after, self._function, self._text)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._identity())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._function.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._function}>"

    def shortDescription(self):
        if self._text is not None:
            return self._text
        doc = self._function.__doc__
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """What a result records for one subTest() block of a test."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self._label = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        pieces = []
        if self._label is not _subtest_msg_sentinel:
            pieces.append(f"[{self._label}]")
        if self.params:
            shown = ', '.join(f"{key}={value!r}" for key, value in self.params.items())
            pieces.append(f"({shown})")
        return " ".join(pieces) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        """The description of the test the subtest belongs to."""
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
