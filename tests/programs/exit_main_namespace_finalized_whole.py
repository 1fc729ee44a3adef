# At the interpreter's end, the objects __main__'s globals kept are finalized while those
# globals are still whole (CPython drops the module, then the collector finalizes the cycles
# its namespace was in): a __del__ sees the module's other globals, whatever their order, and
# thread-local data (bpo-19466), and current_thread() is still the main thread (bpo-31516).
import threading

main_thread = threading.current_thread()


class Reporter:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it

    def __del__(self):
        print("globals made after it:", later.value, sorted(table))
        print("thread-local data:", local_data.x)
        print("main thread:", threading.current_thread() is main_thread, threading.main_thread() is main_thread)
        print("other threads:", threading.enumerate() == [main_thread])


reporter = Reporter()


class Later:
    value = "still there"


later = Later()
table = {"a": 1, "b": 2}
local_data = threading.local()
local_data.x = "kept"
print("end of the module")
