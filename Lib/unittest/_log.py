"""assertLogs() and assertNoLogs(): what a logger emits inside a with block."""

from collections import namedtuple
from logging import (INFO, Formatter, Handler, Logger, _nameToLevel, getLevelName,
                     getLogger)

from .case import _BaseTestCaseContext

__unittest = True

# What assertLogs() gives the with block: the LogRecords and their formatted lines.
_LoggingWatcher = namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(Handler):
    """A handler that only keeps what it is given."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        """Nothing is buffered."""

    def emit(self, record):
        records, lines = self.watcher
        records.append(record)
        lines.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        # A level may be given by name ('DEBUG') or number; INFO by default.
        self.level = _nameToLevel.get(level, level) if level else INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        target = self.logger_name
        self.logger = target if isinstance(target, Logger) else getLogger(target)
        catcher = _CapturingHandler()
        catcher.setLevel(self.level)
        catcher.setFormatter(Formatter(self.LOGGING_FORMAT))
        self.watcher = catcher.watcher
        # Until the block ends, the logger writes only to the catcher.
        self._saved = (list(self.logger.handlers), self.logger.level, self.logger.propagate)
        self.logger.handlers = [catcher]
        self.logger.setLevel(self.level)
        self.logger.propagate = False
        return None if self.no_logs else catcher.watcher

    def __exit__(self, kind, value, tb):
        self.logger.handlers, level, self.logger.propagate = self._saved
        self.logger.setLevel(level)
        if kind is not None:
            return False
        captured = self.watcher.records
        if self.no_logs and captured:
            self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        if not self.no_logs and not captured:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                getLevelName(self.level), self.logger.name))
        return None
