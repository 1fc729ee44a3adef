# Formatter(style='{') checks each field's format spec as str.format reads it, and shutdown()
# swallows OSError and ValueError from a handler, its lock included, and skips the flush a
# handler asks not to get on close.
import logging

for spec in ["{asctime!s:#30,15f}", "{asctime:>30}", "{a:{b}}", "{x:z}", "{x:_<+#010,.2%}",
             "{x:.}", "{x:5{y}}", "{x:,_}", "{x:.5,}", "{x:c}", "{x:!<5}"]:
    try:
        logging.Formatter(spec, style="{")
        print(spec, "ok")
    except ValueError as e:
        print(spec, "ValueError:", e)


class Fussy(logging.Handler):
    def __init__(self, failure):
        super().__init__()
        self.failure = failure

    def acquire(self):
        if self.failure:
            raise self.failure
        super().acquire()

    def release(self):
        if not self.failure:
            super().release()

    def flush(self):
        print("flushed", type(self).__name__)


class Quiet(Fussy):
    flushOnClose = False


import weakref

handlers = [Fussy(OSError("lock")), Fussy(ValueError("lock")), Fussy(None), Quiet(None)]
logging.shutdown([weakref.ref(h) for h in handlers])
print("shut down")
handlers.clear()  # none left for the shutdown at exit (which the oracle does not run)
