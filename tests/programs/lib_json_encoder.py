# json.encoder: JSONEncoder options, iterencode pieces, dump writes, number and key conversions.
import enum
import io
import json
import json.encoder as enc

def show(label, f, *a, **k):
    try:
        print(label, ascii(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

class F(float):
    def __repr__(self):
        return 'F-repr'
class I(int):
    def __repr__(self):
        return 'I-repr'
    def __str__(self):
        return 'I-str'
class S(str):
    def __repr__(self):
        return 'S-repr'
class Color(enum.IntEnum):
    RED = 1
class Big(enum.IntEnum):
    HUGE = 1 << 70
class Flag(enum.IntFlag):
    A = 1
    B = 2
class Weird(float, enum.Enum):
    INF = float('inf')
    NAN = float('nan')
    HALF = 0.5
class Name(str, enum.Enum):
    X = 'ex'
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass

print(json.dumps([F(1.25), I(7), S('s'), Color.RED, Big.HUGE, Flag.A | Flag.B, Weird.HALF,
                  Weird.INF, Weird.NAN, Name.X, L([1]), D(a=1), T((2, 3))]))
print(json.dumps({F(2.5): 1, I(3): 2, Color.RED: 3, Weird.HALF: 4, S('k'): 5, Name.X: 6,
                  True: 7, False: 8, None: 9, 10: 10, 1.5e300: 11, -0.0: 12}))
show('float subclass nan:', json.dumps, F('nan'), allow_nan=False)
show('enum inf:', json.dumps, Weird.INF, allow_nan=False)
print(json.dumps([0.1, 1e16, 1e-5, 123456789.0, 1e22, 2.0 ** 60, -1.5, 5e-324, 1.7976931348623157e308]))
print(json.dumps([10 ** 30, -(10 ** 25), 0, -1, True, False, None]))

data = {'b': [1, 2, {'c': 'd', 'a': []}], 'a': {}, 'z': [[], [[]]], 'n': None}
for kw in [{}, {'indent': 0}, {'indent': 2}, {'indent': -3}, {'indent': '\t'}, {'indent': '--'},
           {'indent': ''}, {'separators': (',', ':')}, {'separators': (' ;', ' = '), 'indent': 1},
           {'sort_keys': True}, {'sort_keys': True, 'indent': 3}, {'indent': 2, 'separators': None}]:
    print(kw)
    print(json.dumps(data, **kw))

e = json.JSONEncoder(indent=2)
print(e.indent, ascii(e.item_separator), ascii(e.key_separator), e.skipkeys, e.ensure_ascii,
      e.check_circular, e.allow_nan, e.sort_keys)
e = json.JSONEncoder(separators=('|', '#'), indent=4)
print(ascii(e.item_separator), ascii(e.key_separator))
print(ascii(json.JSONEncoder.item_separator), ascii(json.JSONEncoder.key_separator))

# iterencode pieces (the Python encoder's), with and without indent
doc = [1, 'a', {'b': [2, None], 'c': {}}, 1.5, True, [], [[3]], {'k': 'v'}]
print(list(json.JSONEncoder().iterencode(doc)))
print(list(json.JSONEncoder(indent=1).iterencode(doc)))
print(list(json.JSONEncoder(sort_keys=True).iterencode({'y': 1, 'x': [2], 'z': 's'})))
print(list(json.JSONEncoder().iterencode('top')), list(json.JSONEncoder().iterencode(3.5)),
      list(json.JSONEncoder().iterencode(None)), list(json.JSONEncoder().iterencode([])))
print(''.join(json.JSONEncoder().iterencode(doc, _one_shot=True)))

# dump writes the same pieces to the file
class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
r = Recorder()
json.dump({'a': [1, 2], 'b': 'x'}, r)
print(r.parts)
r = Recorder()
json.dump([1, {'a': 'b'}], r, indent=2, sort_keys=True)
print(r.parts)
buf = io.StringIO()
json.dump({'z': 'é', 'a': [float('inf')]}, buf, ensure_ascii=False, sort_keys=True)
print(ascii(buf.getvalue()))

# default, subclassing, cls and extra keywords
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
show('subclass fallback:', json.dumps, [object], cls=PointEncoder)
print(json.dumps(Point(3, 4), default=lambda o: [o.x, o.y]))
print(json.dumps(Point(3, 4), default=vars, sort_keys=True))
calls = []
def record_default(o):
    calls.append(type(o).__name__)
    return None
print(json.dumps([Point(0, 0), Point(1, 1)], default=record_default), calls)
class Options(json.JSONEncoder):
    def __init__(self, *, extra=None, **kw):
        super().__init__(**kw)
        self.extra = extra
    def encode(self, o):
        return 'extra=%s %s' % (self.extra, super().encode(o))
print(json.dumps([1], cls=Options, extra='yes'), json.dumps([1], cls=Options, indent=1))
mutated = [object()] * 6
def shrink(o):
    del mutated[-1]
print(json.dumps(mutated, default=shrink))
print(json.dumps({1: 'a', 'b': 2}, check_circular=False))
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))

# The string quoting functions
for s in ['plain', 'quote " backslash \\ slash /', 'ctl \x00\x01\x1f\x7f', '\b\f\n\r\t',
          'caf\u00e9 \u20ac \U0001d11e \ud800 \udfff', '', S('sub')]:
    print(ascii(enc.encode_basestring(s)), enc.encode_basestring_ascii(s),
          enc.py_encode_basestring_ascii(s) == enc.encode_basestring_ascii(s),
          enc.py_encode_basestring(s) == enc.encode_basestring(s))
for bad in [b'x', 1, None]:
    show('encode_basestring:', enc.encode_basestring, bad)
    show('encode_basestring_ascii:', enc.encode_basestring_ascii, bad)
print(json.dumps('\u2028\u2029\x7f'), ascii(json.dumps('\u2028\x7f', ensure_ascii=False)))
print(len(enc.ESCAPE_DCT), sorted(enc.ESCAPE_DCT.items())[:3], enc.ESCAPE_DCT['"'], enc.ESCAPE_DCT['\n'])
print(enc.INFINITY, bool(enc.ESCAPE.search('a"')), bool(enc.ESCAPE_ASCII.search('\u00e9')),
      bool(enc.ESCAPE_ASCII.search('plain')), bool(enc.HAS_UTF8.search(b'\xc3')))
