"""TextTestRunner and TextTestResult: running tests and reporting them as text."""

import sys
import time
import warnings

from .case import _SubTest
from .result import TestResult
from .signals import registerResult

__unittest = True


class _WritelnDecorator:
    """Wraps a stream, adding writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # (Not for pickling or copying the wrapper itself.)
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        self.write(f"{arg}\n" if arg else '\n')


# How each outcome is shown: (word at verbosity 2, character at verbosity 1).
_MARKS = {
    'success': ("ok", '.'),
    'error': ("ERROR", 'E'),
    'failure': ("FAIL", 'F'),
    'expected failure': ("expected failure", 'x'),
    'unexpected success': ("unexpected success", 'u'),
}


class TextTestResult(TestResult):
    """A result that reports each test as it ends: a character per test at verbosity
    1, a line per test ('name ... ok') at verbosity 2 and above, nothing at 0."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        # Verbosity 2 and above: a line per test; 1: a character per test.
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        # Whether the stream is at the start of a line.
        self._newline = True

    def _put(self, text):
        # Progress output is flushed at once, so that it shows as the tests run.
        self.stream.write(text)
        self.stream.flush()

    def getDescription(self, test):
        """str(test), and the first docstring line below it when descriptions are on."""
        doc_line = test.shortDescription()
        if doc_line and self.descriptions:
            return f"{test}\n{doc_line}"
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._put(self.getDescription(test) + " ... ")
            self._newline = False

    def _write_status(self, test, status):
        # A subtest, or a test whose line was interrupted, gets a (new) line of its own.
        subtest = isinstance(test, _SubTest)
        prefix = ""
        if subtest or self._newline:
            prefix = "" if self._newline else "\n"
            prefix += ("  " if subtest else "") + self.getDescription(test) + " ... "
        self._put(f"{prefix}{status}\n")
        self._newline = True

    def _show(self, test, outcome, status=None):
        word, char = _MARKS[outcome] if status is None else (status, 's')
        if self.showAll and outcome in ('expected failure', 'unexpected success'):
            # These complete the test's line as it is.
            self._put(word + "\n")
        elif self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self._put(char)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._show(subtest, 'failure' if failed else 'error')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'success')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'error')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'failure')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skip', status=f"skipped {reason!r}")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'expected failure')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'unexpected success')

    def printErrors(self):
        """The tracebacks of the errors and failures, after the progress output."""
        if self.showAll or self.dots:
            # End the line of progress output.
            self._put('\n')
        for flavour, records in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, records)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            lines = [self.separator1]
            lines += [f"UNEXPECTED SUCCESS: {self.getDescription(t)}" for t in unexpected]
            self._put(''.join(line + '\n' for line in lines))

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            block = (self.separator1, f"{flavour}: {self.getDescription(test)}",
                     self.separator2, str(text))
            self._put(''.join(f"{line}\n" for line in block))


class TextTestRunner:
    """Runs a test or suite with a TextTestResult writing to stream (sys.stderr by
    default), then prints the failures and a summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.durations = durations
        if resultclass is not None:
            # (Otherwise the class attribute, which a subclass may override.)
            self.resultclass = resultclass
        # DeprecationWarnings are shown during tests, unless -W or `warnings` decide.
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings

    def _makeResult(self):
        arguments = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*arguments, durations=self.durations)
        except TypeError:
            # A result class from before durations existed.
            return self.resultclass(*arguments)

    def _printDurations(self, result):
        timings = sorted(result.collectedDurations, key=lambda entry: -entry[1])
        if not timings:
            return
        if self.durations > 0:
            timings = timings[:self.durations]
        # Below verbosity 2, very short durations are left out.
        shown = [(name, seconds) for name, seconds in timings
                 if seconds >= 0.001 or self.verbosity >= 2]
        lines = ["Slowest test durations"]
        if hasattr(result, 'separator2'):
            lines.append(result.separator2)
        lines.extend("%-10s %s" % ("%.3fs" % seconds, name) for name, seconds in shown)
        if len(shown) < len(timings):
            lines.append("\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            lines.append("")
        for line in lines:
            self.stream.writeln(line)

    def _run_with_warnings(self, test, result):
        """Run the test under the runner's warnings filter; return the time taken."""
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # The deprecated assert aliases warn once per module, not per call.
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            began = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            return time.perf_counter() - began

    def run(self, test):
        """Run the test (or suite), print the report and return the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        for option in ('failfast', 'buffer', 'tb_locals'):
            setattr(outcome, option, getattr(self, option))
        elapsed = self._run_with_warnings(test, outcome)
        outcome.printErrors()
        if self.durations is not None:
            # --durations N: the N slowest tests.
            self._printDurations(outcome)
        closing = []
        if hasattr(outcome, 'separator2'):
            closing.append(outcome.separator2)
        count = outcome.testsRun
        closing.append(f"Ran {count} test{'' if count == 1 else 's'} in {elapsed:.3f}s")
        closing += ["", _summary(outcome, count)]
        self.stream.write(''.join(line + "\n" for line in closing))
        self.stream.flush()
        return outcome


def _summary(result, count):
    """'OK', 'FAILED (failures=1, errors=2)', 'NO TESTS RAN', with the counts."""
    try:
        skipped = len(result.skipped)
        expected = len(result.expectedFailures)
        unexpected = len(result.unexpectedSuccesses)
    except AttributeError:
        skipped = expected = unexpected = 0
    counts = []
    if not result.wasSuccessful():
        verdict = "FAILED"
        counts += [f"failures={len(result.failures)}"] if result.failures else []
        counts += [f"errors={len(result.errors)}"] if result.errors else []
    elif count == 0 and not skipped:
        verdict = "NO TESTS RAN"
    else:
        verdict = "OK"
    for label, number in (("skipped", skipped), ("expected failures", expected),
                          ("unexpected successes", unexpected)):
        if number:
            counts.append(f"{label}={number}")
    if counts:
        return f"{verdict} ({', '.join(counts)})"
    return verdict
