# The logging module: levels, the logger tree and propagation, handlers and their levels,
# filters, the three format styles, LoggerAdapter, exceptions in records, basicConfig,
# FileHandler, lastResort, logging.disable and the level-name tables.
import io
import logging
import os
import sys
import tempfile
import time

# ---- Levels and their names ----
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
print(logging.getLevelName(logging.INFO), logging.getLevelName('ERROR'),
      logging.getLevelName(25))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items())[:3])

# ---- basicConfig on stdout ----
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s|%(name)s|%(message)s')
logging.debug('not shown')
logging.info('info %s %d', 'text', 3)
logging.warning('a mapping: %(x)s and %(y)s', {'x': 1, 'y': 2})
logging.log(25, 'custom level')
logging.basicConfig(level=logging.DEBUG)      # ignored: root has a handler already
print(logging.root.level == logging.INFO, len(logging.root.handlers))
print(logging.root, logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)

# ---- The tree ----
child = logging.getLogger('app.db.query')
print(child.parent is logging.root, child)
middle = logging.getLogger('app.db')
print(child.parent is middle, middle.parent is logging.root)
top = logging.getLogger('app')
print(middle.parent is top, top.parent is logging.root, child.getEffectiveLevel())
print(top.getChild('db') is middle, logging.getLogger('app.db.query') is child)
top.setLevel('WARNING')
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO),
      child.isEnabledFor(logging.ERROR))
child.info('dropped by the level of app')
child.error('shown through the root handler')

# ---- Handlers of their own, propagation, handler levels ----
buffer = io.StringIO()
own = logging.StreamHandler(buffer)
own.setFormatter(logging.Formatter('[%(name)s:%(levelno)d] %(message)s'))
own.setLevel(logging.ERROR)
middle.addHandler(own)
middle.warning('root only (below the handler level)')
middle.error('both')
middle.propagate = False
middle.critical('own handler only')
print(repr(buffer.getvalue()))
print(middle.hasHandlers(), logging.getLogger('other').hasHandlers())
middle.removeHandler(own)
middle.propagate = True

# ---- Filters ----
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

top.setLevel(logging.DEBUG)
flt = OnlyEven()
top.addFilter(flt)
for n in range(4):
    top.info('number %d', n)
top.removeFilter(flt)
top.addFilter(lambda record: 'secret' not in record.getMessage())
top.warning('public')
top.warning('secret stuff')
top.filters.clear()
name_filter = logging.Filter('app.db')
for name in ('app.db', 'app.db.query', 'app.dbx', 'app'):
    print(name, bool(name_filter.filter(logging.makeLogRecord({'name': name}))))

# ---- Format styles, defaults, extra ----
record = logging.makeLogRecord({'name': 'fmt', 'levelno': 30, 'levelname': 'WARNING',
                                'msg': 'hello %s', 'args': ('world',), 'lineno': 7,
                                'created': 0.0, 'msecs': 0.0})
print(logging.Formatter('%(levelname)-8s|%(message)s|%(lineno)03d').format(record))
print(logging.Formatter('{levelname:>9}/{message}', style='{').format(record))
print(logging.Formatter('$levelname ${message}!', style='$').format(record))
print(logging.Formatter('%(message)s %(tag)s', defaults={'tag': '<none>'}).format(record))
dated = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y-%m-%d %H:%M:%S')
dated.converter = time.gmtime
print(dated.format(record))
plain = logging.Formatter('%(asctime)s|%(message)s')
plain.converter = time.gmtime
print(plain.format(record))
for bad, style in (('no fields here', '%'), ('{}', '{'), ('$', '$'), ('x', '#')):
    try:
        logging.Formatter(bad, style=style)
    except ValueError as exc:
        print('ValueError:', exc)

sink = io.StringIO()
handler = logging.StreamHandler(sink)
handler.setFormatter(logging.Formatter('%(user)s:%(message)s'))
extra_logger = logging.getLogger('extra')
extra_logger.propagate = False
extra_logger.addHandler(handler)
extra_logger.warning('with extra', extra={'user': 'ann'})
try:
    extra_logger.warning('bad extra', extra={'msg': 'clash'})
except KeyError as exc:
    print('KeyError:', exc)

# ---- LoggerAdapter ----
class Prefixing(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs

adapter = logging.LoggerAdapter(extra_logger, {'user': 'bob'})
adapter.error('adapted %d', 1)
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG))
handler.setFormatter(logging.Formatter('%(message)s'))
Prefixing(extra_logger, {'id': 42}).warning('prefixed')
print(sink.getvalue(), end='')

# ---- Exceptions in records ----
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
sink.seek(0)
sink.truncate()
try:
    {}['missing']
except KeyError:
    extra_logger.exception('lookup failed')
    extra_logger.error('no traceback')
error = ValueError('given directly')
extra_logger.warning('from an instance', exc_info=error)
text = sink.getvalue()
print(text.replace(os.path.abspath(__file__), 'THIS_FILE'), end='')

# ---- LogRecord ----
made = logging.makeLogRecord({'msg': 'a %s b', 'args': ('X',), 'custom': 1})
print(made.getMessage(), made.custom, made.levelname, made.name)
real = extra_logger.makeRecord('n', logging.ERROR, '/some/path/mod.py', 12, 'm %d', (5,),
                               None, 'func')
print(real.getMessage(), real.filename, real.module, real.funcName, real.lineno,
      real.levelname, real.threadName, real.processName)

# ---- FileHandler ----
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'out.log')
file_logger = logging.getLogger('file')
file_logger.propagate = False
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
fh.setFormatter(logging.Formatter('%(name)s %(message)s'))
file_logger.addHandler(fh)
file_logger.warning('first line')
file_logger.error('second line: %s', 'é')
fh.close()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
print(fh.baseFilename == os.path.abspath(path), repr(fh).startswith('<FileHandler '))
delayed = logging.FileHandler(os.path.join(folder, 'late.log'), delay=True)
print(delayed.stream, os.path.exists(os.path.join(folder, 'late.log')))
delayed.close()
os.remove(path)
os.rmdir(folder)

# ---- disable, lastResort, NullHandler ----
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('still shown')
logging.disable(logging.NOTSET)
lonely = logging.getLogger('lonely')
lonely.propagate = False
sys.stdout.flush()
lonely.warning('through lastResort on stderr')
lonely.info('too low for lastResort')
quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.addHandler(logging.NullHandler())
quiet.error('swallowed')
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))

# ---- basicConfig errors and force ----
for kwargs in ({'stream': sys.stdout, 'filename': 'x'},
               {'handlers': [], 'stream': sys.stdout},
               {'force': True, 'bogus': 1}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as exc:
        print('ValueError:', exc)
logging.basicConfig(force=True, stream=sys.stdout, format='{levelname}:{message}', style='{')
logging.warning('after force')
