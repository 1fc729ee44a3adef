# json: bytes input (detect_encoding, BOMs, UTF-16/32), load() from files, the module's names.
import codecs
import io
import json

def show(label, f, *a, **k):
    try:
        print(label, ascii(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

text = '{"k\u00e9y": ["v\u20ac", 1, "\U0001d11e"]}'
for codec in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = text.encode(codec)
    print(codec, json.detect_encoding(data), ascii(json.loads(data)), ascii(json.loads(bytearray(data))))
for data in [b'', b'1', b'12', b'\x00\x00', b'1\x00', b'\x001', b'\x00\x00\x001', b'1\x00\x00\x00',
             b'1\x00\x00', b'1\x002\x00', b'\x00\x00\x00', b'\xef\xbb\xbf', b'\xff\xfe', b'\xfe\xff',
             b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff', b'"\xc3\xa9"', b'  []']:
    print(data, json.detect_encoding(data))
    show('  loads:', json.loads, data)
show('bad utf-8:', json.loads, b'["\xff"]')
show('lone surrogate bytes:', lambda: json.loads(b'"\xed\xa0\x80"') == '\ud800')
show('utf-16 odd:', json.loads, b'\x00[\x00')
show('memoryview:', json.loads, memoryview(b'[]'))
show('detect on bytearray:', json.detect_encoding, bytearray(b'\x00\x00\x00['))

# load() reads the whole stream, str or bytes
show('load str:', json.load, io.StringIO('[1, {"a": null}] '))
show('load bytes:', json.load, io.BytesIO('["\u00e9"]'.encode('utf-16')))
show('load hook:', json.load, io.StringIO('{"b": 1, "a": 2}'), object_pairs_hook=lambda p: p)
show('load bom str:', json.load, io.StringIO('\ufeff[]'))
show('load bad:', json.load, io.StringIO('[1,]'))
show('loads cls:', json.loads, '{"a": 1.5}', cls=json.JSONDecoder, parse_float=str)

class Hooked(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault('object_hook', lambda d: sorted(d))
        super().__init__(**kw)
show('decoder subclass:', json.loads, '{"b": 1, "a": 2}', cls=Hooked)
show('decoder subclass strict:', json.loads, '["\t"]', cls=Hooked, strict=False)

import json.decoder, json.encoder, json.scanner
print(json.__all__)
print(json.__version__, json.JSONDecoder is json.decoder.JSONDecoder,
      json.JSONEncoder is json.encoder.JSONEncoder,
      json.JSONDecodeError is json.decoder.JSONDecodeError)
print(json.JSONDecoder.__module__, json.JSONEncoder.__module__, json.JSONDecodeError.__module__)
print(sorted(n for n in dir(json) if not n.startswith('_')))
for name in ['scanstring', 'py_scanstring', 'c_scanstring', 'JSONObject', 'JSONArray', 'FLAGS',
             'NaN', 'PosInf', 'NegInf', 'WHITESPACE', 'WHITESPACE_STR', 'BACKSLASH']:
    print('decoder.' + name, hasattr(json.decoder, name))
for name in ['encode_basestring', 'encode_basestring_ascii', 'py_encode_basestring',
             'py_encode_basestring_ascii', 'c_encode_basestring', 'c_encode_basestring_ascii',
             'c_make_encoder', '_make_iterencode', 'ESCAPE', 'ESCAPE_ASCII', 'ESCAPE_DCT',
             'HAS_UTF8', 'INFINITY']:
    print('encoder.' + name, hasattr(json.encoder, name))
for name in ['make_scanner', 'py_make_scanner', 'c_make_scanner', 'NUMBER_RE']:
    print('scanner.' + name, hasattr(json.scanner, name))
d = json.JSONDecoder(parse_int=float, strict=False)
print(d.parse_int is float, d.parse_float is float, d.strict, d.object_hook, d.object_pairs_hook,
      d.parse_constant('NaN'), d.parse_constant('-Infinity'), d.memo)
show('parse_constant unknown:', d.parse_constant, 'nan')
