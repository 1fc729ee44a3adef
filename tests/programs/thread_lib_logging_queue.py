# logging.handlers.QueueHandler with a started QueueListener: records logged on the main
# thread reach the listener's handlers, in order, by the time stop() returns.
import logging
import logging.handlers
import queue


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))


q = queue.Queue()
everything, errors_only = Collect(), Collect(logging.ERROR)
listener = logging.handlers.QueueListener(q, everything, errors_only, respect_handler_level=True)
handler = logging.handlers.QueueHandler(q)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('threaded')
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)
listener.start()
for i in range(5):
    log.log(logging.ERROR if i % 2 else logging.INFO, 'record %d', i)
listener.stop()
print(everything.seen)
print(errors_only.seen)
print(q.empty(), listener._thread)
q.join()
print('all done')
