"""TestResult: what a test run found (failures, errors, skips, ...)."""

import io
import sys
import traceback
from functools import wraps

from .util import strclass

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorate a result method so that, in failfast mode, it also stops the run."""
    @wraps(method)
    def stopping_first(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping_first


def _in_unittest(tb):
    # Frames of unittest's own modules (they define __unittest) are not shown.
    return '__unittest' in tb.tb_frame.f_globals


def _strip_unittest_frames(tb, assertion_failed):
    """The traceback without the runner's frames before the test and, for a failed
    assertion, without the assert* frames after it."""
    while tb is not None and _in_unittest(tb):
        tb = tb.tb_next
    if assertion_failed:
        last_own = None
        cursor = tb
        while cursor is not None and not _in_unittest(cursor):
            last_own, cursor = cursor, cursor.tb_next
        if last_own is not None:
            last_own.tb_next = None
    return tb


def _captured_text(stream, template):
    text = stream.getvalue()
    if not text:
        return ''
    if not text.endswith('\n'):
        text += '\n'
    return template % text


class TestResult:
    """The record of a run. failures and errors are lists of (test, traceback text):
    a failure is an assertion that did not hold, an error any other exception.
    skipped holds (test, reason) pairs, expectedFailures (test, traceback text)
    pairs and unexpectedSuccesses tests."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for record in ('failures', 'errors', 'skipped', 'expectedFailures',
                       'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, record, [])
        self.testsRun = 0
        # Options, set by the runner.
        self.failfast = self.buffer = self.tb_locals = False
        self.shouldStop = False
        # The streams a buffered run replaces, and the buffers replacing them.
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        # Whether the current test's captured output is to be shown (it failed).
        self._mirrorOutput = False

    def printErrors(self):
        """Called by a runner once the tests are done."""

    def startTestRun(self):
        """Called once before the first test."""

    def stopTestRun(self):
        """Called once after the last test."""

    def startTest(self, test):
        """A test is about to run."""
        self.testsRun, self._mirrorOutput = self.testsRun + 1, False
        self._setupStdout()

    def stopTest(self, test):
        """A test has run."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            self._original_stdout.write(_captured_text(sys.stdout, STDOUT_LINE))
            self._original_stderr.write(_captured_text(sys.stderr, STDERR_LINE))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for buffer in (self._stdout_buffer, self._stderr_buffer):
            buffer.seek(0)
            buffer.truncate()

    def _keep(self, records, test, err):
        records.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        """An exception other than a failed assertion; err is an exc_info triple."""
        self._keep(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """An assertion of the test failed; err is an exc_info triple."""
        self._keep(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """A subtest of test ended, with err None if it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.shouldStop = True
        failed = issubclass(err[0], test.failureException)
        self._keep(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        """The test passed."""

    def addSkip(self, test, reason):
        """The test was skipped, for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """A test marked expectedFailure passed."""
        self.unexpectedSuccesses += [test]

    def addDuration(self, test, elapsed):
        """The test took elapsed seconds, its cleanups included."""
        durations = getattr(self, "collectedDurations", None)
        if durations is not None:
            durations.append((str(test), elapsed))

    def wasSuccessful(self):
        """True when nothing failed, erred or passed unexpectedly."""
        if self.failures or self.errors:
            return False
        return len(getattr(self, 'unexpectedSuccesses', ())) == 0

    def stop(self):
        """Have the run stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exc_info triple: its traceback (unittest's own frames left
        out), then the test's captured output when buffering."""
        kind, value, tb = err
        tb = self._clean_tracebacks(kind, value, tb, test)
        report = traceback.TracebackException(kind, value, tb,
                                              capture_locals=self.tb_locals, compact=True)
        text = ''.join(report.format())
        if self.buffer:
            text += _captured_text(sys.stdout, STDOUT_LINE)
            text += _captured_text(sys.stderr, STDERR_LINE)
        return text

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Clean this exception's traceback and those of the exceptions chained to it
        # (their __traceback__ is replaced); the first one is returned.
        first = _strip_unittest_frames(tb, exctype is test.failureException)
        seen = {id(value)}
        pending = [value] if value is not None else []
        while pending:
            current = pending.pop()
            for linked in (current.__cause__, current.__context__):
                if linked is None or id(linked) in seen:
                    continue
                seen.add(id(linked))
                linked.__traceback__ = _strip_unittest_frames(
                    linked.__traceback__, type(linked) is test.failureException)
                pending.append(linked)
        return first

    def __repr__(self):
        return (f"<{strclass(self.__class__)} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")
