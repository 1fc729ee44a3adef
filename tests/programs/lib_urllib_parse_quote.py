# urllib.parse: quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes.
import urllib.parse as p
import warnings


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['abc def', 'a/b?c=d&e', '~-._', '\u00e9\u4e2d', '', 'a+b', '100%', '\x00\x7f']:
    show('quote', p.quote, text)
    show('quote safe=""', p.quote, text, safe='')
    show('quote_plus', p.quote_plus, text)
    show('quote_plus safe', p.quote_plus, text, safe='/+')
show('latin-1', p.quote, '\u00e9', encoding='latin-1')
show('errors', p.quote, '\u00e9', encoding='ascii', errors='xmlcharrefreplace')
show('bad encode', p.quote, '\u00e9', encoding='ascii')
show('bytes', p.quote, b'a b\xff')
show('bytes enc', p.quote, b'a', encoding='utf-8')
show('bytes err', p.quote, b'a', errors='strict')
show('safe bytes', p.quote, 'a:b c', safe=b': ')
show('safe ints', p.quote, 'a:b', safe=[58])
show('safe non-ascii', p.quote, '\u00e9/', safe='\u00e9')
show('quote None', p.quote, None)
show('plus bytes', p.quote_plus, b'a b+')
show('plus bytearray', p.quote_plus, bytearray(b'a b'))
show('from_bytes', p.quote_from_bytes, b'abc def?')
show('from_bytes bytearray', p.quote_from_bytes, bytearray(b'\x80/'))
show('from_bytes safe', p.quote_from_bytes, b'a\xe9 ', safe=b'\xe9 ')
show('from_bytes str', p.quote_from_bytes, 'x')
show('from_bytes empty', p.quote_from_bytes, b'', safe=5)
show('long', lambda: len(p.quote('\u00e9' * 300000)))

for text in ['abc%20def', '%7e/abc+def', '%E9', '%C3%A9', '%zz%', '%4', 'a%2', '\u00e9%41',
             '%C3\u00e9%A9', '', 'plain']:
    show('unquote', p.unquote, text)
    show('unquote latin-1', p.unquote, text, encoding='latin-1')
    show('unquote_plus', p.unquote_plus, text)
    show('to_bytes', p.unquote_to_bytes, text)
show('unquote strict', p.unquote, '%E9', errors='strict')
show('unquote None enc', p.unquote, '%41', encoding=None, errors=None)
show('unquote bytes', p.unquote, b'a%20b')
show('unquote None', p.unquote, None)
show('unquote_plus bytes', p.unquote_plus, b'a+b')
show('to_bytes bytes', p.unquote_to_bytes, b'%41%4g%')
show('to_bytes None', p.unquote_to_bytes, None)
show('to_bytes empty', p.unquote_to_bytes, '')

q = p._Quoter(b'/')
show('quoter', lambda: (q[47], q[32], sorted(q.items()), repr(q)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show('Quoter', lambda: p.Quoter is p._Quoter)
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
show('missing', getattr, p, 'nothing_here')
p.clear_cache()
print('uses', p.uses_relative, p.uses_netloc, p.uses_params, p.non_hierarchical, p.uses_query,
      p.uses_fragment, p.scheme_chars, sep='\n')
