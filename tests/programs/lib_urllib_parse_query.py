# urllib.parse: urlencode, parse_qs, parse_qsl, and the deprecated split helpers.
import urllib.parse as p
import warnings


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


show('dict', p.urlencode, {'a': 1, 'b c': 'd&e', 'f': '\u00e9'})
show('pairs', p.urlencode, [('a', 1), ('a', 2)])
show('doseq', p.urlencode, {'a': [1, b'x', '\u00e9 '], 'b': 3, 'c': (1, 2)}, doseq=True)
show('no doseq', p.urlencode, {'a': [1, 2]})
show('bytes keys', p.urlencode, {b'a b': b'c d', 2: None}, doseq=True)
show('safe', p.urlencode, {'a': '/x y'}, safe='/')
show('encoding', p.urlencode, {'a': '\u00e9'}, encoding='latin-1')
show('quote_via', p.urlencode, {'a': 'b c/'}, quote_via=p.quote)
show('string', p.urlencode, 'abc')
show('bad seq', p.urlencode, [1])
show('int', p.urlencode, 5)
show('empty', p.urlencode, [])
show('lists', p.urlencode, [['a', 1]])
show('triple', p.urlencode, [('a', 1, 2)])

for qs in ['a=1&b=2&a=3', 'a=1;b=2', 'a', 'a=', '=a', '=', '&&', 'a+b=c+d&e=%41%zz', 'a=b=c',
           '\u00e9=%E9', '']:
    show('qsl ' + repr(qs), p.parse_qsl, qs)
    show('  blank', p.parse_qsl, qs, keep_blank_values=True)
    show('  strict', p.parse_qsl, qs, strict_parsing=True)
    show('  qs', p.parse_qs, qs, True)
show('latin-1', p.parse_qsl, 'a=%E9', encoding='latin-1')
show('errors', p.parse_qsl, 'a=%E9', errors='strict')
show('max ok', p.parse_qsl, 'a=1&b=2', max_num_fields=2)
show('max over', p.parse_qsl, 'a=1&b=2', max_num_fields=1)
show('max empty', p.parse_qsl, '', max_num_fields=0)
show('sep', p.parse_qsl, 'a=1;b=2&c=3', separator=';')
show('sep long', p.parse_qsl, 'a=1&=b=2', separator='&=')
show('sep bytes', p.parse_qsl, 'a=1;b=2', separator=b';')
for sep in ['', None, 5, ['&'], bytearray(b'&')]:
    show('bad sep', p.parse_qsl, 'a=1', separator=sep)
show('bytes', p.parse_qsl, b'a=%FF&b=%C3%A9&c+d=e+f', keep_blank_values=True)
show('bytes sep', p.parse_qs, b'a=1;a=2', separator=';')
show('bytearray', p.parse_qsl, bytearray(b'a=1'))
show('bytes strict', p.parse_qsl, b'b', strict_parsing=True)
show('None', p.parse_qs, None)
show('int', p.parse_qsl, 5)

helpers = [('splittype', ('type:opaque',)), ('splithost', ('//h:80/p',)),
           ('splituser', ('u:p@h',)), ('splitpasswd', ('u:p',)), ('splitport', ('h:80',)),
           ('splitnport', ('h:x', 5)), ('splitquery', ('/p?q',)), ('splittag', ('/p#t',)),
           ('splitattr', ('/p;a=1;b',)), ('splitvalue', ('a=b',)), ('to_bytes', ('abc',))]
for name, args in helpers:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        show(name, getattr(p, name), *args)
        print('  ', [str(w.message) for w in caught])
show('_splitport', lambda: [p._splitport(h) for h in ['parrot:88', 'parrot', 'parrot:', '[::1]:88', ':88', 'a:b']])
show('_splitnport', lambda: [p._splitnport(h) for h in ['parrot:88', 'parrot', 'parrot:', 'p:c', 'p: +1_0 ']])
show('_splithost', lambda: [p._splithost(h) for h in ['//127.0.0.1#@host.com', '///file', '/x', '//h/f;']])
show('_to_bytes', p._to_bytes, 'm\u00e9dieval')
show('unwrap', lambda: [p.unwrap(u) for u in ['<URL:s://h/p>', '<s://h/p>', 'URL:s://h/p', ' s://h ']])
