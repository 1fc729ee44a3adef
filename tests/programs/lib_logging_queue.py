# logging.handlers: QueueHandler.prepare, QueueListener without a thread (handle and
# respect_handler_level), BufferingHandler, MemoryHandler, and the network handlers'
# attributes and formatting (no network is used).
import logging
import logging.handlers as H
import queue


class Collect(logging.Handler):
    def __init__(self, label, level=logging.NOTSET):
        super().__init__(level)
        self.label = label

    def emit(self, record):
        print(self.label, record.levelname, self.format(record))


print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT,
      H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT)

q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
info = (ValueError, ValueError('bad'), None)
r = logging.makeLogRecord({'msg': 'x %s', 'args': (1,), 'stack_info': 'st', 'levelname': 'INFO',
                           'levelno': 20, 'exc_info': info})
p = qh.prepare(r)
print(repr(p.msg), repr(p.message), p.args, p.exc_info, p.exc_text, p.stack_info, qh.listener,
      p is r, r.args, r.msg)
qh.handle(logging.makeLogRecord({'msg': 'queued', 'levelno': 10, 'levelname': 'DEBUG'}))
print(q.qsize(), q.get_nowait().msg)

listener = H.QueueListener(q, Collect('a'), Collect('b', logging.WARNING))
for level in (10, 30):
    listener.handle(logging.makeLogRecord({'msg': 'plain', 'levelno': level,
                                           'levelname': logging.getLevelName(level)}))
listener.respect_handler_level = True
for level in (10, 30):
    listener.handle(logging.makeLogRecord({'msg': 'respect', 'levelno': level,
                                           'levelname': logging.getLevelName(level)}))
try:
    listener.stop()
except AttributeError as e:
    print('stop before start:', e)
listener.enqueue_sentinel()
print(q.get_nowait(), H.QueueListener._sentinel)

m = H.MemoryHandler(3, flushLevel=logging.ERROR, target=Collect('mem'))
for level, msg in [(20, 'a'), (20, 'b'), (40, 'c'), (20, 'd'), (20, 'e'), (20, 'f'), (20, 'g')]:
    m.handle(logging.makeLogRecord({'msg': msg, 'levelno': level,
                                    'levelname': logging.getLevelName(level)}))
print(len(m.buffer))
m.close()
print(m.target, len(m.buffer))
keep = H.MemoryHandler(5, target=Collect('keep'), flushOnClose=False)
keep.handle(logging.makeLogRecord({'msg': 'kept', 'levelno': 20}))
keep.close()
print(len(keep.buffer), keep.target)
none = H.MemoryHandler(1)
none.handle(logging.makeLogRecord({'msg': 'no target', 'levelno': 20}))
print(len(none.buffer))
none.setTarget(Collect('late'))
none.flush()
b = H.BufferingHandler(2)
b.handle(logging.makeLogRecord({'msg': 'x', 'levelno': 20}))
print(len(b.buffer), b.shouldFlush(None))
b.handle(logging.makeLogRecord({'msg': 'y', 'levelno': 20}))
print(len(b.buffer))

s = H.SysLogHandler.__new__(H.SysLogHandler)
print(sorted(H.SysLogHandler.priority_names.items()))
print(sorted(H.SysLogHandler.facility_names.items()))
print(H.SysLogHandler.priority_map, H.SysLogHandler.ident, H.SysLogHandler.append_nul)
print(s.encodePriority('local3', 'err'), s.encodePriority(H.SysLogHandler.LOG_MAIL, 7),
      s.mapPriority('FOO'), s.mapPriority('ERROR'))
for host, port in [('h', 5), ('/p', None)]:
    sh = H.SocketHandler(host, port)
    print(sh.address, sh.sock, sh.closeOnError, sh.retryTime, sh.retryStart, sh.retryMax,
          sh.retryFactor)
    data = sh.makePickle(logging.makeLogRecord({'msg': 'p %d', 'args': (3,)}))
    import pickle
    import struct
    size = struct.unpack('>L', data[:4])[0]
    d = pickle.loads(data[4:])
    print(size == len(data) - 4, d['msg'], d['args'], d['exc_info'], 'message' in d)
print(H.DatagramHandler('h', 9).closeOnError)
try:
    H.HTTPHandler('h', '/u', method='PUT')
except ValueError as e:
    print(e)
try:
    H.HTTPHandler('h', '/u', context=1)
except ValueError as e:
    print(e)
hh = H.HTTPHandler('h:80', '/u', method='post', credentials=('u', 'p'))
print(hh.host, hh.url, hh.method, hh.secure, hh.credentials, hh.context)
print(sorted(hh.mapLogRecord(logging.makeLogRecord({'msg': 'm'})))[:4])
sm = H.SMTPHandler(('h', 25), 'f', 't', 'subj', ('u', 'p'))
print(sm.mailhost, sm.mailport, sm.toaddrs, sm.username, sm.password, sm.timeout, sm.secure)
sm = H.SMTPHandler('h', 'f', ['a', 'b'], 'subj')
print(sm.mailhost, sm.mailport, sm.toaddrs, sm.username, sm.getSubject(None))
n = H.NTEventLogHandler('app')
print(n._welu, n.getMessageID(None), n.getEventCategory(None))
n.close()
