# json.decoder and json.scanner: scanstring, the scanner callable, JSONObject/JSONArray, memo.
import json
import json.decoder as dec
import json.scanner as scan

def show(label, f, *a, **k):
    try:
        print(label, ascii(f(*a, **k)))
    except StopIteration as e:
        print(label, 'StopIteration', e.value, e.args)
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, type(e).__name__, e)

# scanstring: the body starts after the opening quote
for doc, end in [('"abc"', 1), ('x"abc" tail', 2), ('"a\\"b"', 1), ('"\\u00e9\\u20AC"', 1),
                 ('"\\ud834\\udd1e"', 1), ('"\\ud834x"', 1), ('"\\udd1e\\ud834"', 1),
                 ('"\\ud800\\u0041"', 1), ('"\\ud800\\n"', 1), ('"\\/\\b\\f\\n\\r\\t"', 1),
                 ('""', 1), ('"abc', 1), ('"ab\\', 1), ('"\\"', 1), ('"\\x"', 1), ('"\\u12"', 1),
                 ('"\\u1234', 1), ('"\\u12345', 1), ('"\\u0x12"', 1), ('"\\u 123"', 1),
                 ('"\\uz012"', 1), ('"\\ud834\\u"', 1), ('"\\ud834\\udd2z"', 1),
                 ('"\\ud834\\udd20', 1), ('"a\x01b"', 1), ('"a\x1f"', 1), ('"ab\x01', 1),
                 ('"\\x\x01', 1), ('"\x7f\u2028\u00a0"', 1), ('abc', 3), ('abc', 4), ('abc', -1)]:
    show('scanstring %s %d:' % (ascii(doc), end), dec.scanstring, doc, end)
    show('  non-strict:', dec.scanstring, doc, end, False)
show('bytes:', dec.scanstring, b'"x"', 1)

# The scanner of a decoder: scan_once(string, idx) -> (value, end)
d = json.JSONDecoder()
for doc, idx in [('[1, 2]', 0), ('  1', 0), ('  1', 2), ('', 0), ('x', 0), ('1', 1), ('1', 5),
                 ('-', 0), ('-Infinity', 0), ('-Inf', 0), ('NaN', 0), ('Infinity1', 0),
                 ('nul', 0), ('null', 0), ('truex', 0), ('false', 0), ('01', 0), ('1.', 0),
                 ('1.5e', 0), ('1e5', 0), ('-0.0', 0), ('12.5E-3,', 0), ('"s" ', 0),
                 ('{"a": [1, {"b": null}]}', 0), ('1', -1)]:
    show('scan %s %d:' % (ascii(doc), idx), d.scan_once, doc, idx)
    show('  raw_decode:', d.raw_decode, doc, idx)
show('scan bytes:', d.scan_once, b'1', 0)

# Object keys are shared within one document, and the memo is emptied after it
a, b = d.decode('[{"key": 1, "other": 2}, {"key": 3, "other": 4}]')
ka, kb = sorted(a), sorted(b)
print('keys shared:', ka[0] is kb[0], ka[1] is kb[1], 'memo after:', d.memo)

# A scanner made from any context with the decoder's attributes
class Context:
    strict = True
    object_hook = None
    object_pairs_hook = list
    parse_float = staticmethod(lambda text: ('float', text))
    parse_int = staticmethod(lambda text: ('int', text))
    parse_constant = staticmethod(lambda name: ('const', name))
    parse_object = staticmethod(dec.JSONObject)
    parse_array = staticmethod(dec.JSONArray)
    parse_string = staticmethod(dec.scanstring)
    memo = {}
scanner = scan.make_scanner(Context())
show('context:', scanner, '{"x": [1, 2.5, NaN, -Infinity, "s"], "y": {}}', 0)
print('py scanner:', scan.py_make_scanner(json.JSONDecoder())('[1, {"a": "b"}]', 0))

# JSONObject and JSONArray called directly: (document, index after the bracket)
show('JSONArray:', dec.JSONArray, ('[1, [2], "x"] tail', 1), d.scan_once)
show('JSONArray empty:', dec.JSONArray, ('[ ]', 1), d.scan_once)
show('JSONArray bad:', dec.JSONArray, ('[1 2]', 1), d.scan_once)
show('JSONObject:', dec.JSONObject, ('{"a": 1, "b": [true]}', 1), True, d.scan_once, None, None)
show('JSONObject hook:', dec.JSONObject, ('{"a": 1}', 1), True, d.scan_once, lambda o: ('hooked', o), None)
show('JSONObject pairs:', dec.JSONObject, ('{"a": 1, "a": 2}', 1), True, d.scan_once, None, list, {})
show('JSONObject bad:', dec.JSONObject, ('{"a" 1}', 1), True, d.scan_once, None, None)

print('module names:', dec.__all__, scan.__all__, dec.FLAGS == (16 | 8 | 64))
print('constants:', dec.NaN != dec.NaN, dec.PosInf, dec.NegInf)
print('NUMBER_RE:', scan.NUMBER_RE.match('-12.5e+3x').groups(), scan.NUMBER_RE.match('1.x').groups())
print('public are usable:', dec.scanstring('"q"', 1), callable(scan.make_scanner))
