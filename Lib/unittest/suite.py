"""Test suites: collections of tests, and the class and module fixtures run around
them (setUpClass/tearDownClass, setUpModule/tearDownModule and their cleanups)."""

import sys
from contextlib import contextmanager

from . import case
from .util import strclass

__unittest = True


class BaseTestSuite:
    """Tests (cases or suites) run one after another, with no fixtures."""

    # A test that has run is dropped from the suite, so its resources can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        # How many test cases the dropped tests held, for countTestCases().
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for item in tests:
            self.addTest(item)

    def run(self, result):
        for position, item in enumerate(self):
            if result.shouldStop:
                break
            item(result)
            self._forget(position)
        return result

    def _forget(self, position):
        if self._cleanup:
            self._removeTestAtIndex(position)

    def _removeTestAtIndex(self, index):
        try:
            done = self._tests[index]
        except TypeError:
            # A subclass whose _tests cannot be indexed keeps its tests.
            return
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        for item in self:
            item.debug()


class TestSuite(BaseTestSuite):
    """A suite that runs class and module fixtures as the run moves from the tests of
    one class (or module) to the next. Fixture errors are reported as errors of
    stand-in tests named like 'setUpClass (module.Class)'."""

    def run(self, result, debug=False):
        # Only the outermost suite of a run tears down the last class and module.
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for position, item in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(item) and not self._enter_fixtures(item, result):
                continue
            if debug:
                item.debug()
            else:
                item(result)
            self._forget(position)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        """Leave the previous class and module and set up the test's own as needed;
        False when the test cannot run because a set-up failed."""
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        result._previousTestClass = test.__class__
        return not (getattr(test.__class__, '_classSetupFailed', False) or
                    getattr(result, '_moduleSetUpFailed', False))

    def _fixture(self, result, function, method_name, owner):
        """Call a fixture function, reporting what it raises; True if it raised."""
        try:
            function()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._report_fixture_error(result, exc, method_name, owner)
            return True
        return False

    def _report_fixture_error(self, result, exc, method_name, owner, info=None):
        holder = _ErrorHolder(f'{method_name} ({owner})')
        add_skip = getattr(result, 'addSkip', None)
        if isinstance(exc, case.SkipTest) and add_skip is not None:
            add_skip(holder, str(exc))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _class_cleanups(self, result, cls, method_name):
        # The class cleanups run after tearDownClass (or a failed setUpClass).
        run_cleanups = getattr(cls, 'doClassCleanups', None)
        if run_cleanups is None:
            return
        run_cleanups()
        for info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise info[1]
            self._report_fixture_error(result, info[1], method_name, strclass(cls), info)

    def _enter_class(self, test, result):
        cls = test.__class__
        previous = getattr(result, '_previousTestClass', None)
        if cls == previous or result._moduleSetUpFailed:
            return
        if getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # The "test" is a function or another object of a built-in type.
            pass
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        with _output_captured(result):
            if self._fixture(result, set_up, 'setUpClass', strclass(cls)):
                try:
                    cls._classSetupFailed = True
                except TypeError:
                    pass
                if getattr(cls, 'doClassCleanups', None) is not None:
                    # Cleanups added before the failure still run, reported under
                    # setUpClass; a debug run lets their errors pass.
                    cls.doClassCleanups()
                    for info in cls.tearDown_exceptions:
                        self._report_fixture_error(result, info[1], 'setUpClass',
                                                   strclass(cls), info)

    def _leave_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if (getattr(previous, '_classSetupFailed', False) or
                getattr(result, '_moduleSetUpFailed', False) or
                getattr(previous, "__unittest_skip__", False)):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        if tear_down is None and getattr(previous, 'doClassCleanups', None) is None:
            return
        with _output_captured(result):
            if tear_down is not None:
                self._fixture(result, tear_down, 'tearDownClass', strclass(previous))
            self._class_cleanups(result, previous, 'tearDownClass')

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None) if module is not None else None
        if set_up is None:
            return
        with _output_captured(result):
            if self._fixture(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                # The module cleanups registered so far still run.
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._report_fixture_error(result, exc, 'setUpModule', name)

    def _leave_module(self, result):
        name = self._previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _output_captured(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._fixture(result, tear_down, 'tearDownModule', name)
            self._fixture(result, case.doModuleCleanups, 'tearDownModule', name)


@contextmanager
def _output_captured(result):
    # With buffer on, fixtures' output is captured like the tests' own.
    begin = getattr(result, '_setupStdout', None)
    if begin is not None:
        begin()
    try:
        yield
    finally:
        end = getattr(result, '_restoreStdout', None)
        if end is not None:
            end()


class _ErrorHolder:
    """Stands in for a test in the results when a class or module fixture fails
    outside of any test."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.description

    def run(self, result):
        """There is nothing to run."""

    def __call__(self, result):
        self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    """Anything that cannot be iterated is a single test, not a suite."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult:
    """Stands in for a result during TestSuite.debug(): fixture errors propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
