# The json package: loads, load, JSONDecoder and JSONDecodeError messages.
import json
import io
from collections import OrderedDict

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
    except Exception as e:
        print(type(e).__name__, e)

show(json.loads, '{"a": [1, 2.5, -3, 1e3, -0.0, 1E-2, 0], "b": true, "c": false, "d": null}')
show(json.loads, ' \n\t\r [ ] ')
show(json.loads, '{}')
show(json.loads, '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud83d\\ude00"')
show(json.loads, '"\\ud800"')
show(json.loads, '"\\udc00\\ud800x"')
show(json.loads, '"\\ud800\\u0041"')
show(json.loads, '"\\ud800\\n"')
show(json.loads, '"\u00e9\U0001f600"')
show(json.loads, '[NaN, Infinity, -Infinity]')
show(json.loads, '12345678901234567890123')
show(json.loads, '{"a": 1, "a": 2}')
show(json.loads, '{"a": 1, "b": 2}', object_pairs_hook=list)
show(json.loads, '{"a": 1, "b": {"c": 2}}', object_pairs_hook=OrderedDict)
show(json.loads, '{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"a": 1}', object_hook=len, object_pairs_hook=tuple)
show(json.loads, '[1.5, 2, 1e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s)
show(json.loads, '[NaN, -Infinity]', parse_constant=lambda s: 'C' + s)
show(json.loads, '"a\tb"', strict=False)
show(json.loads, '"a\tb"')
show(json.loads, b'[1, "\xc3\xa9"]')
show(json.loads, bytearray(b'{"x": 2}'))
show(json.loads, '\ufeff[1]'.encode('utf-8'))
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    show(json.loads, '["\u00e9", 1]'.encode(enc))
show(json.loads, '7'.encode('utf-16-le'))
show(json.loads, 7)
show(json.loads, None)
show(json.loads, '\ufeff[]')

bad = ['', '   ', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,2', '{"a"', '{"a" 1}',
       '{"a":', '{"a":1', '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}",
       '1 2', '[] x', '-', '01', '1.', '1e', '.5', '+1', 'nul', 'True', 'nan',
       '"abc', '"abc\\"', '"\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u"',
       '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"a\x01b"', '"a\nb"', '["ok",\n  "x\x1f"]',
       '[1,\n2,\n\n  x]', '{"a":\n {"b": [1, 2,]}}', '\n\n  "a',
       '[1, 2]\n\n   [3]']
for doc in bad:
    show(json.loads, doc)

dec = json.JSONDecoder()
show(dec.decode, '[1] ')
show(dec.raw_decode, '[1] tail')
show(dec.raw_decode, 'xx"str" tail', 2)
show(dec.raw_decode, ' 1')
show(dec.raw_decode, '{"a": 1}{"b": 2}', 8)
show(json.load, io.StringIO('{"from": "file"}'))
show(json.load, io.BytesIO(b'[true]'))

class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())
show(json.loads, '"abc"', cls=Upper)
show(json.loads, '[1]', cls=json.JSONDecoder, parse_int=float)

e = json.JSONDecodeError('Oops', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, isinstance(e, ValueError), e.args)
print(json.JSONDecodeError.__mro__[1].__name__)
print(json.loads(json.dumps({'round': [1.1, 'trip', None, {'x': [True]}]})))
print(sorted(json.__all__))
