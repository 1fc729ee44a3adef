# os: environ as a mapping over str, fspath (PEP 519), fsencode/fsdecode, PathLike, constants.
import os

os.environ['FERRY_A'] = 'one'
print(os.environ['FERRY_A'], os.getenv('FERRY_A'), os.getenv('FERRY_NOPE'), os.getenv('FERRY_NOPE', 'dflt'))
print('FERRY_A' in os.environ, 'FERRY_NOPE' in os.environ, os.environ.get('FERRY_NOPE', 3))
print(os.environ.setdefault('FERRY_B', 'two'), os.environ.setdefault('FERRY_B', 'other'))
print(os.environ.pop('FERRY_B'), os.environ.pop('FERRY_B', 'gone'))
os.environ.update({'FERRY_C': 'c'}, FERRY_D='d')
print(os.environ['FERRY_C'], os.environ['FERRY_D'], os.environb[b'FERRY_C'])
del os.environ['FERRY_C']
for action in [lambda: os.environ['FERRY_C'], lambda: os.environ.__delitem__('FERRY_C'),
               lambda: os.environ.__setitem__('FERRY_E', 1), lambda: os.environ.__setitem__(2, 'x'),
               lambda: os.environ.pop('FERRY_NOPE'), lambda: os.environb.__setitem__('s', b'v'),
               lambda: os.environ.__setitem__('FERRY=X', 'v')]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(type(os.environ.copy()).__name__, os.environ.copy()['FERRY_A'], len(os.environ) == len(dict(os.environ)))
print(sorted(k for k in os.environ if k.startswith('FERRY_')), (os.environ | {'x': 'y'})['x'])

class P:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value

print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('p')), os.fspath(P(b'q')))
for bad in [1, None, P(3), bytearray(b'x')]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(P('x'), os.PathLike), issubclass(P, os.PathLike), isinstance('x', os.PathLike), issubclass(int, os.PathLike))
print(os.fsencode('a\udcff\u00e9'), os.fsdecode(b'a\xff\xc3\xa9') == 'a\udcff\u00e9', os.fsencode(P('x')), os.fsdecode(P(b'y')))
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.linesep == '\n', os.defpath, os.devnull, os.curdir, os.pardir)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
print(os.path.join is os.path.join, os.error is OSError, os.get_exec_path({'PATH': '/x:/y'}), os.get_exec_path({}))
for key in ['FERRY_A', 'FERRY_D']:
    del os.environ[key]
for bad in [lambda: os.stat('a\0b'), lambda: os.stat(1.5), lambda: os.listdir(1.5), lambda: os.mkdir(1.5),
            lambda: os.stat(), lambda: os.rename('a'), lambda: os.stat('.', None), lambda: os.stat('.', foo=1),
            lambda: os.scandir(2.5), lambda: os.chdir(None), lambda: os.urandom(-1), lambda: os.putenv('a=b', 'c'),
            lambda: os.utime('.', (1,)), lambda: os.utime('.', ns=1), lambda: os.read(1),
            lambda: os.stat(bytearray(b'.'))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
