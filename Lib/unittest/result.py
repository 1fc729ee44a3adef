"""TestResult: the record of a test run (failures, errors, skips, ...)."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Make a result method stop the run when the result is in failfast mode."""
    @functools.wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


class TestResult:
    """What a run found. failures and errors hold (test, formatted traceback) pairs;
    a failure is an assertion that did not hold, an error any other exception."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # With buffer on, a test's output is captured and shown only if it fails.
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            captured_out = sys.stdout.getvalue()
            captured_err = sys.stderr.getvalue()
            if captured_out:
                if not captured_out.endswith('\n'):
                    captured_out += '\n'
                self._original_stdout.write(STDOUT_LINE % captured_out)
            if captured_err:
                if not captured_err.endswith('\n'):
                    captured_err += '\n'
                self._original_stderr.write(STDERR_LINE % captured_err)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stopTestRun(self):
        """Called once after all tests ran."""

    @failfast
    def addError(self, test, err):
        """err is a sys.exc_info() triple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended; err is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        kind = self.failures if issubclass(err[0], test.failureException) else self.errors
        kind.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """How long the test took (with its cleanups), in seconds."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """No failures, errors or unexpected successes."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of an exc_info triple, without unittest's own frames."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        report = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        pieces = list(report.format())
        if self.buffer:
            captured_out = sys.stdout.getvalue()
            captured_err = sys.stderr.getvalue()
            if captured_out:
                if not captured_out.endswith('\n'):
                    captured_out += '\n'
                pieces.append(STDOUT_LINE % captured_out)
            if captured_err:
                if not captured_err.endswith('\n'):
                    captured_err += '\n'
                pieces.append(STDERR_LINE % captured_err)
        return ''.join(pieces)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Drop the runner's frames before the test, and for failures the assert* frames
        # after it, in this exception and the ones chained to it.
        cleaned = None
        todo = [(exctype, value, tb)]
        seen = {id(value)}
        first = True
        while todo:
            exctype, value, tb = todo.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                cleaned = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        todo.append((type(linked), linked, linked.__traceback__))
                        seen.add(id(linked))
        return cleaned

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        """Cut the traceback at the first unittest frame after the test's own."""
        last_kept = None
        while tb and not self._is_relevant_tb_level(tb):
            last_kept = tb
            tb = tb.tb_next
        if last_kept is not None:
            last_kept.tb_next = None

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
