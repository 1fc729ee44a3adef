# The json package: dumps, dump, JSONEncoder and their errors.
import json
import io
from collections import OrderedDict

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(json.dumps, [1, 2.5, -0.0, 1e300, 1e-7, 10**20, True, False, None, "x"])
show(json.dumps, {"a": (1, 2), "b": {"c": []}, "d": {}})
show(json.dumps, "caf\u00e9 \U0001f600 \x00\x1f\x7f \"q\" \\ \n\r\t\b\f /")
show(json.dumps, "caf\u00e9 \U0001f600 \x00\x7f \ud800", ensure_ascii=False)
show(json.dumps, [float('nan'), float('inf'), float('-inf')])
show(json.dumps, float('nan'), allow_nan=False)
show(json.dumps, [float('-inf')], allow_nan=False)
show(json.dumps, {1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e', 'f': 1})
show(json.dumps, {float('inf'): 1})
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, 'ok': 1}, skipkeys=True)
show(json.dumps, {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
show(json.dumps, {'b': 1, 1: 2}, sort_keys=True)
show(json.dumps, {'a': [1, [2, {}], []], 'b': {'c': None}}, indent=2)
show(json.dumps, [1, {'x': 2}], indent='\t')
show(json.dumps, [1, {'x': 2}], indent=0)
show(json.dumps, [1, {'x': 2}], indent='')
show(json.dumps, [1, {'x': 2}], separators=(',', ':'))
show(json.dumps, [1, {'x': 2}], indent=1, separators=(' ,', ' = '))
show(json.dumps, OrderedDict([('z', 1), ('a', 2)]))
show(json.dumps, {1, 2})
show(json.dumps, object)
show(json.dumps, {1, 2}, default=sorted)
show(json.dumps, complex(1, 2), default=lambda o: [o.real, o.imag])

a = [1]
a.append(a)
show(json.dumps, a)
d = {}
d['self'] = d
show(json.dumps, d)
show(json.dumps, [[], []])
shared = [1]
show(json.dumps, [shared, shared])

class Loop:
    pass
show(json.dumps, Loop(), default=lambda o: o)

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
show(json.dumps, [MyInt(7), MyFloat(1.25), MyStr('s'), {MyInt(3): MyFloat(2.0)}])

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
show(json.dumps, {'s': {3, 1, 2}}, cls=SetEncoder)
show(json.dumps, {'s': b'x'}, cls=SetEncoder)
show(SetEncoder(indent=3).encode, [{3}])
show(json.JSONEncoder().encode, 'plain \u20ac')
show(lambda: ''.join(json.JSONEncoder(sort_keys=True).iterencode({'b': [1], 'a': 2})))
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator))

buf = io.StringIO()
json.dump({'k': [1, 2, 'three']}, buf, indent=1)
print(repr(buf.getvalue()))
buf = io.StringIO()
json.dump([1, 'é'], buf, ensure_ascii=False)
print(repr(buf.getvalue()))
print(json.encoder.encode_basestring('a"\u00e9\n'))
print(json.encoder.encode_basestring_ascii('a"\u00e9\n\U00010000'))
show(json.dumps, [0.1, 1/3, 1e16, 123456789.0, -1.5e-10, 5e-324])
