# The native half of json (_json): scanstring, the scanner and the encoder, called directly as
# json.decoder, json.scanner and json.encoder call them, with their errors.
import _json, json
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'pos', ''))
class Ctx:
    strict = True; object_hook = None; object_pairs_hook = None; parse_float = float; parse_int = int
    parse_constant = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}.__getitem__
sc = _json.make_scanner(Ctx())
for s in ['[', '{', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\ud83d\\ude00"', '"\\ud83d x"', '"a\tb"', '-', '-x', '1.', '1e', '1.5e+', '01', '-Infinity', '-Inf', 'NaN', '{"a":{"b":[1,{"c":null}]}}', '"\\u00e9\u00e9"', '[1,2', '{"a":1', '{"a":', '{"a"', '{1:2}', '[]', '{}', '[ ]', '{ }', '"\x7f"', '[ ', '[1,', '{"a":1, ', '"\\ud83d\\u12"', '"\\ud83d\\ude0', '"\\ud83d\\ude00', '"\\u1234', '"\\', '"\\ud83d\\x"', '"\\ud83d\\"', '"\\ud83d\\udbff"', '"x\\u0000y"', '-0', '-0.0', '1E400', '-1e-400', '[1.0e5, 2E+3, 3e-2]', 'tru', '- 1', '12345678901234567890123', 'é [1, "é"]']:
    print(repr(s), end=' -> '); t(sc, s, 0)
t(sc, '1', -1); t(sc, '1', 5); t(sc, 'é [1]', 2); t(sc, 'é "é" x', 2)
t(_json.scanstring, '"abc"', 1); t(_json.scanstring, 'abc"', 0); t(_json.scanstring, '"a', 10); t(_json.scanstring, '"a', -1)
t(_json.scanstring, '"a\tb"', 1, False); t(_json.scanstring, '"a\tb"', 1, strict=False)
t(_json.scanstring, b'"abc"', 1)
t(_json.encode_basestring_ascii, 'a\u00e9\U0001f600"\\\n\x00\ud800'); t(_json.encode_basestring, 'a\u00e9"\x1f\x7f'); t(_json.encode_basestring_ascii, 5)
E = _json.make_encoder
enc = E(None, lambda o: repr(o), _json.encode_basestring_ascii, None, ':', ',', True, True, False)
t(enc, {'b': 1, 'a': [float('1.5'), True, None], (1,): 2, 2.5: 3, None: 4, True: 5}, 0)
t(enc, float('inf'), 0)
enc2 = E({}, lambda o: [o], _json.encode_basestring_ascii, None, ':', ',', False, False, True)
t(enc2, object, 0)
t(E, {}, str, json.encoder.encode_basestring, None, 1, ',', False, False, True)
enc4 = E({}, str, str, None, ': ', ', ', False, False, True)
t(enc4, {'a': 'b'}, 0)
enc5 = E(None, str, _json.encode_basestring_ascii, None, ':', ',', True, False, True)
t(enc5, {1: 2, 'a': 3}, 0)
t(enc5, {1: 2}, 'x')
enc6 = E({}, str, _json.encode_basestring, None, ': ', ', ', False, False, True)
t(enc6, {'x': [1, 2.5, {'é': None}], 3: (True, False), 1.5: -0.0, None: 10**30}, 0)
print(sc.strict, sc.parse_float, sc.parse_int, sc.object_pairs_hook)
print(enc.markers, enc.encoder, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys)
print(type(sc).__module__, type(sc).__qualname__, repr(type(enc)))
import enum
class C(enum.IntEnum): A = 1
class F(float): pass
t(enc, [C.A, F(2.5), 10**30, -0.0, 1e300], 0)
