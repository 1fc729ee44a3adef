# json: every decoding error message and position, JSONDecodeError, and the TypeErrors/ValueErrors.
import json
import pickle

def show(label, f, *a, **k):
    try:
        print(label, ascii(f(*a, **k)))
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError:', e)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

for doc in ['', ' ', '[', '[42', '[42,', '["', '["spam', '["spam"', '["spam",', '{', '{"',
            '{"spam', '{"spam"', '{"spam":', '{"spam":42', '{"spam":42,', '"', '"spam',
            '[,', '{"spam":[}', '[42:', '[42 "spam"', '[42,]', '{"spam":[42}', '["]', '["spam":',
            '["spam",]', '{:', '{,', '{42', '[{]', '{"spam",', '{"spam"}', '[{"spam"]',
            '{"spam":}', '[{"spam":]', '{"spam":42 "ham"', '[{"spam":42]', '{"spam":42,}',
            '[]]', '{}}', '[],[]', '{},{}', '42,"spam"', '"spam",42', '[1, 2, 3]5',
            '\n\n  [1,\n   2,\n   x]', '{"a":\n\n  tru}', "{'a': 1}", '[1,\n2,,]', 'nan', '+1',
            '.5', '1.e5', '0x10', '[01]', '"\\u00"', '["a\\qb"]', '["\ta"]', '\ufeff[]', ' \ufeff[]',
            '[1]\x00', '[1] \n\t\r ']:
    show(ascii(doc), json.loads, doc)

show('strict=False', json.loads, '["a\tb\n"]', strict=False)
show('non-str', json.loads, 12)
show('non-str', json.loads, None)
show('non-str', json.loads, [1])
show('load bad kw', json.loads, '1', bogus=1)
show('positional', json.loads, '1', None)
show('dumps positional', json.dumps, 1, 2)
show('dumps bad kw', json.dumps, 1, bogus=1)
show('decoder positional', json.JSONDecoder, None)
show('encoder positional', json.JSONEncoder, True)

# JSONDecodeError: attributes, str, args, pickling
e = json.JSONDecodeError('Something', 'ab\ncd\nef', 5)
print(str(e), e.args, e.msg, ascii(e.doc), e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, str(e2), e2.msg, e2.pos, e2.lineno, e2.colno)
for pos in (0, 2, 3, 8):
    e = json.JSONDecodeError('m', 'ab\ncd\nef', pos)
    print(pos, e.lineno, e.colno)
try:
    json.loads('[1,\n  2,\n  ]')
except json.JSONDecodeError as err:
    print('caught:', err.msg, err.lineno, err.colno, err.pos, err.doc == '[1,\n  2,\n  ]')

# Encoding errors
class Thing:
    pass
l = []
l.append(l)
d = {}
d['self'] = d
d2 = {'a': [1, {'b': []}]}
d2['a'][1]['b'].append(d2)
for label, obj, kw in [
        ('object', Thing(), {}), ('nested object', [1, {'a': Thing()}], {}),
        ('bytes', b'x', {}), ('set', {1}, {}), ('complex', 1j, {}),
        ('tuple key', {(1, 2): 3}, {}), ('bytes key', {b'k': 1}, {}),
        ('object key', {Thing(): 1}, {}), ('frozenset key', {frozenset(): 1}, {}),
        ('circular list', l, {}), ('circular dict', d, {}), ('circular deep', d2, {}),
        ('nan', float('nan'), {'allow_nan': False}), ('inf', [float('inf')], {'allow_nan': False}),
        ('-inf key', {float('-inf'): 1}, {'allow_nan': False}),
        ('unsortable', {'a': 1, 1: 2}, {'sort_keys': True}),
        ('default loop', Thing(), {'default': lambda o: o}),
        ('default raises', Thing(), {'default': lambda o: 1 / 0})]:
    show('dumps ' + label + ':', json.dumps, obj, **kw)
print('skipkeys:', json.dumps({(1, 2): 3, 'a': 1, b'b': 2, 4: 5}, skipkeys=True))
print('skipkeys indent:', ascii(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
show('bad separators:', json.dumps, [1], separators=(',',))
show('bad indent:', json.dumps, [1], indent=[1])
show('cls not encoder:', json.dumps, [1], cls=dict)
