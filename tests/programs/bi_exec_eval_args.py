# exec/eval/compile/__import__/dir/input argument handling with CPython's messages: exec's
# closure=, eval's checks of its namespaces (locals first), bytes-like sources, compile's flags
# and path-like filenames, dict subclasses as globals and builtins, and dir() of mapping locals.
import sys


def t(label, f):
    try:
        r = f()
        if type(r).__name__ == 'code':
            r = 'code ' + r.co_filename
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)


def make():
    a = 2
    b = 3

    def f():
        nonlocal a
        return a * b

    return f


f = make()
Cell = type(f.__closure__[0])
t('exec kw globals', lambda: exec('1', globals={}))
t('exec kw foo', lambda: exec('1', foo={}))
t('eval kw globals', lambda: eval('1', globals={}))
t('exec 4', lambda: exec('1', {}, {}, {}))
t('exec 0', lambda: exec())
t('eval 0', lambda: eval())
t('exec closure on closureless', lambda: exec((lambda: 1).__code__, closure=5))
t('exec closure missing', lambda: exec(f.__code__, {}))
t('exec closure list', lambda: exec(f.__code__, {}, closure=list(f.__closure__)))
t('exec closure short', lambda: exec(f.__code__, {}, closure=f.__closure__[:1]))
t('exec closure not cells', lambda: exec(f.__code__, {}, closure=(1, 2)))
t('exec closure ok', lambda: exec(f.__code__, {}, closure=f.__closure__))
t('exec closure str', lambda: exec('1', {}, closure=(1,)))
t('exec closure None', lambda: exec('1', {}, closure=None))
t('eval free vars', lambda: eval(f.__code__))
t('exec locals bad', lambda: exec('1', {}, 5))
t('exec globals bad', lambda: exec('1', 5, 5))
t('exec globals list', lambda: exec('1', []))
t('eval locals checked first', lambda: eval('1', 5, 5))
t('eval globals mapping', lambda: eval('1', []))
t('eval nonstr', lambda: eval(5))
t('exec nonstr', lambda: exec(5))
t('exec nonstr bad globals', lambda: exec(5, 5))
t('eval bytearray', lambda: eval(bytearray(b'1+1')))
t('eval memoryview', lambda: eval(memoryview(b'2*3')))
t('eval leading blanks', lambda: eval(' \t1'))
t('eval nul', lambda: eval('1\x00'))
t('compile bytearray', lambda: compile(bytearray(b'1'), 'f', 'eval'))
t('compile memoryview', lambda: compile(memoryview(b'1'), 'mv', 'eval'))
t('compile filename bytes', lambda: compile('1', b'fb', 'eval'))


class PathLike:
    def __fspath__(self):
        return 'from_fspath'


t('compile filename pathlike', lambda: compile('1', PathLike(), 'eval'))
t('compile filename int', lambda: compile('1', 1, 'eval'))
t('compile mode bytes', lambda: compile('1', 'f', b'eval'))
t('compile flags unknown', lambda: compile('1', 's', 'single', 0xff))
t('compile flags negative', lambda: compile('1', 's', 'exec', -1))
t('compile flags huge', lambda: compile('1', 's', 'exec', 1 << 64))
t('compile flags future', lambda: compile('1', 'f', 'eval', 0x1000000))
t('compile dup', lambda: compile('pass', '?', 'exec', mode='eval', source='0', filename='tmp'))
t('compile 8', lambda: compile('1', 'f', 'eval', 0, 0, 0, 0, 0))
t('compile badkw', lambda: compile('1', 'f', 'eval', bad=1))
t('compile missing', lambda: compile('1', 'f'))
t('compile nul', lambda: compile(chr(0), 'f', 'exec'))
try:
    compile('\0', 'f', 'exec')
except SyntaxError as e:
    print('nul details', e.args, e.filename, e.lineno, e.offset, e.text)
t('import kw dup', lambda: __import__('sys', name='sys'))
t('import 4', lambda: __import__(1, 2, 3, 4))
t('import 6', lambda: __import__('sys', None, None, None, 0, 1))
t('import empty', lambda: __import__(''))
t('import nul', lambda: __import__('string\x00'))
t('import quote', lambda: __import__("no'such"))
t('import badkw', lambda: __import__('sys', foo=1))
t('import level kw', lambda: __import__(name='sys', level=0).__name__)


class Frozen(dict):
    def __setitem__(self, key, value):
        raise RuntimeError('read-only ' + key)


class GetRaises(dict):
    def __getitem__(self, key):
        raise LookupError('get ' + key)


class Answers(dict):
    def __getitem__(self, key):
        return 'answer for ' + key


t('globals subclass get', lambda: exec('print(globalname)', GetRaises({'globalname': 1})))
t('builtins subclass get', lambda: exec('superglobal', {'__builtins__': GetRaises({'superglobal': 1})}))
t('builtins answering', lambda: eval('anything', {'__builtins__': Answers()}))
t('no build_class', lambda: exec('class A: pass', {'__builtins__': {}}))
t('no build_class subclass', lambda: exec('class A: pass', {'__builtins__': Frozen()}))
t('frozen globals', lambda: exec('x = 1', Frozen()))
ns = {'__builtins__': {'__build_class__': __build_class__}}
t('build_class given', lambda: exec('class A: pass\nprint(A.__name__)', ns))
t('no print', lambda: exec('print(1)', {'__builtins__': {}}))


class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError(key)

    def keys(self):
        return list('zyx')


class D(dict):
    def keys(self):
        return ['q', 'p']


class BadKeys:
    def __getitem__(self, key):
        raise KeyError(key)

    def keys(self):
        return 1


t('eval mapping', lambda: eval('a', {}, M()))
t('eval mapping missing', lambda: eval('b', {}, M()))
t('eval dir mapping', lambda: eval('dir()', {}, M()))
t('eval dir dict subclass', lambda: eval('dir()', {}, D(a=1)))
t('eval dir bad keys', lambda: eval('dir()', {}, BadKeys()))
t('eval locals mapping', lambda: type(eval('locals()', {}, M())).__name__)


class BadModule(type(sys)):
    __dict__ = 8


t('dir module bad __dict__', lambda: dir(BadModule('m')))


class NoClass:
    __slots__ = ['__class__', '__dict__']

    def __init__(self):
        self.bar = 1


t('dir unset __class__ slot', lambda: dir(NoClass()))
try:
    raise IndexError
except IndexError as e:
    print('dir traceback', dir(e.__traceback__))
t('cell()', lambda: Cell().__class__.__name__)
t('cell(5)', lambda: Cell(5).cell_contents)
t('cell(1, 2)', lambda: Cell(1, 2))
t('cell(x=1)', lambda: Cell(x=1))
try:
    Cell().cell_contents
except ValueError as e:
    print('empty cell', e)
ns = {}
exec(f.__code__, ns, closure=(Cell(35), Cell(72)))
print('closure with new cells', [c.cell_contents for c in f.__closure__])


class Sink:
    def write(self, text):
        pass

    def flush(self):
        pass


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


saved = sys.stdin, sys.stdout
try:
    sys.stdout = Sink()
    sys.stdin = Lines('first\n', 'no newline', 42)
    got = [input('prompt'), input()]
    try:
        input()
    except TypeError as e:
        got.append(str(e))
    try:
        input()
    except EOFError as e:
        got.append(str(e))
    del sys.stdout
    try:
        input('prompt')
    except RuntimeError as e:
        got.append(str(e))
    sys.stdout = Sink()
    del sys.stdin
    try:
        input('prompt')
    except RuntimeError as e:
        got.append(str(e))
finally:
    sys.stdin, sys.stdout = saved
print('input', got)
