# logging.config.dictConfig: formatters (factories, styles, validate), filters, handlers with
# "." properties and cfg:// and ext:// references, loggers, root, incremental, the
# disabling of existing loggers, QueueHandler with listener, and the errors.
import logging, logging.config, logging.handlers, io, sys, tempfile, os
out = io.StringIO()
class MyFilter(logging.Filter):
    def __init__(self, name='', extra=None):
        super().__init__(name); self.extra = extra
    def filter(self, r):
        r.extra = self.extra; return True
cfg = {
  'version': 1,
  'formatters': {'f1': {'format': '%(levelname)s|%(name)s|%(message)s'},
                 'f2': {'()': logging.Formatter, 'fmt': '{message}!{extra}', 'style': '{', '.': {'note': 5}},
                 'f3': {'format': '$message', 'style': '$', 'validate': False}},
  'filters': {'x': {'()': MyFilter, 'extra': 'EX'}, 'n': {'name': 'a'}},
  'handlers': {'h1': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f1', 'level': 'INFO'},
               'h2': {'class': 'logging.StreamHandler', 'stream': out, 'formatter': 'f2', 'filters': ['x'], '.': {'terminator': ';\n'}},
               'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'h1'}},
  'loggers': {'a': {'level': 'DEBUG', 'handlers': ['h1', 'h2'], 'propagate': False},
              'b': {'handlers': ['mem'], 'level': 10}},
  'root': {'level': 'WARNING', 'handlers': ['h1']},
  'cfgref': {'lst': [1, {'k': 'v'}]},
}
existing = logging.getLogger('old')
existing_child = logging.getLogger('a.child')
logging.config.dictConfig(cfg)
print(existing.disabled, existing_child.disabled, existing_child.level)
logging.getLogger('a').debug('dbg')
logging.getLogger('a').info('inf')
logging.getLogger('b').info('b1')
logging.getLogger('b').info('b2')
logging.getLogger('a.child').warning('child')
print(out.getvalue())
h = logging.getHandlerByName('h2'); print(h.formatter.note, h.terminator, sorted(logging.getHandlerNames()))
c = logging.config.BaseConfigurator({'a': {'b': [10, {'c': 'deep'}], '7': 'seven'}, 'e': 'ext://os.sep'})
for ref in ['cfg://a.b[1].c', 'cfg://a.b[0]', 'cfg://a[7]', 'cfg://a[b][1][c]', 'ext://logging.handlers.MemoryHandler', 'cfg://!', 'cfg://a.b!x', 'ext://nosuch.mod']:
    try: print(ref, c.convert(ref))
    except Exception as e: print(ref, type(e).__name__, e)
def bad(d):
    try: logging.config.dictConfig(d)
    except Exception as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__, e.__cause__)
bad({})
bad({'version': 2})
bad({'version': 1, 'handlers': {'x': {'class': 'logging.Nope'}}})
bad({'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'formatter': 'zz'}}})
bad({'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'level': 'BOGUS'}}})
bad({'version': 1, 'formatters': {'f': {'format': '%(message)', 'style': '%'}}})
bad({'version': 1, 'formatters': {'f': {'format': 'x', 'style': '?'}}})
bad({'version': 1, 'filters': {'f': {'()': 'nosuch.thing'}}})
bad({'version': 1, 'loggers': {'q': {'handlers': ['nope']}}})
bad({'version': 1, 'loggers': {'q': {'filters': ['nope']}}})
bad({'version': 1, 'root': {'level': 'NOPE'}})
bad({'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'DEBUG'}}})
bad({'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1, 'target': 'nope'}}})
bad({'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'b-d': 1}}})
bad({'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'bogus': 1}}})
logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}}, 'root': {'handlers': ['h'], 'level': 'INFO'}})
logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'h': {'level': 'ERROR'}}, 'root': {'level': 'DEBUG'}})
print(logging.getHandlerByName('h').level, logging.root.level)
logging.config.dictConfig({'version': 1, 'handlers': {
  'q': {'class': 'logging.handlers.QueueHandler', 'handlers': ['s'], 'respect_handler_level': True},
  's': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'level': 'ERROR'}}, 'root': {'handlers': ['q'], 'level': 'DEBUG'}})
q = logging.getHandlerByName('q'); print(type(q.listener).__name__, q.listener.respect_handler_level, [type(x).__name__ for x in q.listener.handlers], type(q.queue).__name__)
lst = logging.config.ConvertingList([1, 'ext://os.sep'])
lst.configurator = c
print(lst[1], lst.pop(), logging.config.valid_ident('abc'))
try: logging.config.valid_ident('1a')
except ValueError as e: print(e)
# handlers referring to handlers configured after them (sorted by name): postponed, then made
logging.config.dictConfig({'version': 1, 'formatters': {'f': {'format': '<%(message)s>'}}, 'handlers': {
  'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 5, 'target': 'z_out', 'formatter': 'f', 'level': 'DEBUG'},
  'b_queue': {'class': 'logging.handlers.QueueHandler', 'handlers': ['z_out'], 'queue': 'queue.SimpleQueue'.replace('Simple', '')},
  'z_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'}},
  'loggers': {'ooo': {'handlers': ['a_mem'], 'level': 'DEBUG'}}})
mem = logging.getHandlerByName('a_mem')
print(mem.target is logging.getHandlerByName('z_out'), mem.level, mem.capacity)
print([h.name for h in logging.getHandlerByName('b_queue').listener.handlers])
logging.getLogger('ooo').error('flushed through the target')
bad({'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler', 'listener': 5}}})
bad({'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler', 'handlers': ['missing']}}})
