# shelve.Shelf over in-memory stores: the pickled bytes it stores per protocol, key
# encodings, writeback and its cache, sync and close, the closed shelf's ValueError,
# the mapping methods, BsdDbShelf's cursor methods, and errors from bad keys.
import pickle
import shelve


class Store(dict):
    """A bytes-to-bytes store that logs sync() and close()."""

    def sync(self):
        print('  store.sync()', len(self))

    def close(self):
        print('  store.close()')


class Cursor(dict):
    """A store with Berkeley DB style cursor methods."""

    def _at(self, i):
        key = sorted(self)[i]
        return key, self[key]

    def first(self):
        return self._at(0)

    def last(self):
        return self._at(-1)

    def set_location(self, key):
        # BsdDbShelf passes the key on as given, not encoded.
        print('  set_location got', repr(key))
        return key.encode(), self[key.encode()]

    def previous(self):
        return self._at(-2)

    def __next__(self):
        return self._at(1)


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


print(shelve.__all__)
d = {}
s = shelve.Shelf(d)
print(s._protocol == pickle.DEFAULT_PROTOCOL, s.writeback, s.keyencoding, s.cache)
s['list'] = [1, 2]
s['t\xfcple'] = (1, 'a')
print(sorted(d))
print(d[b'list'])
print(sorted(s), len(s), 'list' in s, 'nope' in s, s.get('nope'), s.get('nope', 0))
print(s['list'], s['t\xfcple'], s.get('list'))
s['list'].append(3)
print('no writeback', s['list'])
print(sorted(s.items()), sorted(s.keys()), sorted(map(str, s.values())))
del s['list']
attempt('del missing', s.__delitem__, 'list')
attempt('get missing', s.__getitem__, 'list')
attempt('int key', s.__setitem__, 1, 'v')
attempt('bytes key', s.__setitem__, b'k', 'v')
attempt('int lookup', s.__getitem__, 1)
attempt('int contains', s.__contains__, 1)
try:
    s['f'] = lambda: 0
except pickle.PicklingError as e:
    print('unpicklable', type(e).__name__)
print('after failed pickle', sorted(d))
print(s.pop('t\xfcple'), s.setdefault('new', {'a': 1}), s.setdefault('new', None))
s.update(x=1, y=2)
print(sorted(s.items()))
s.clear()
print(len(s), d)

# Each protocol stores different bytes.
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = {}
    shelve.Shelf(d, protocol=proto)['k'] = ('a', 1)
    print(proto, d[b'k'])

# Key encodings.
d = {}
shelve.Shelf(d)['P\xf6p'] = 1
shelve.Shelf(d, keyencoding='latin-1')['P\xf6p'] = 2
print(sorted(d))
print(sorted(shelve.Shelf(d, keyencoding='latin-1')))
attempt('ascii', shelve.Shelf(d, keyencoding='ascii').__setitem__, 'P\xf6p', 3)

# writeback: objects read are cached and stored again by sync/close.
d = Store()
s = shelve.Shelf(d, writeback=True)
s['k'] = [1]
print('stored at once', pickle.loads(d[b'k']), sorted(s.cache))
s['k'].append(2)
print('store behind', pickle.loads(d[b'k']), s['k'] is s['k'])
s.sync()
print('after sync', pickle.loads(d[b'k']), s.cache)
s['k'].append(3)
print('cached again', sorted(s.cache))
del s['k']
print('deleted', s.cache, dict(d))
s['m'] = {'a': []}
s['m']['a'].append(1)
s.close()
print('after close', pickle.loads(d[b'm']), repr(s.dict))

# A closed shelf refuses everything but close and sync.
for name, call in [('getitem', lambda: s['m']), ('setitem', lambda: s.__setitem__('m', 1)),
                   ('len', lambda: len(s)), ('iter', lambda: list(s)), ('contains', lambda: 'm' in s),
                   ('get', lambda: s.get('m')), ('keys', lambda: list(s.keys())),
                   ('sync', s.sync), ('close', s.close)]:
    attempt('closed ' + name, call)
print(type(s.dict).__name__)

# The context manager closes.
d = Store()
with shelve.Shelf(d, protocol=2) as s:
    s['a'] = 1
    print('inside', s['a'])
attempt('after with', len, s)

# BsdDbShelf decodes keys and unpickles values of the cursor methods.
d = Cursor()
b = shelve.BsdDbShelf(d)
for k in 'abc':
    b[k] = k.upper() * 2
print(b.first(), b.last(), b.set_location('b'), b.previous(), b.next())
attempt('missing location', b.set_location, 'zz')
attempt('dict cursor', shelve.BsdDbShelf({}).first)
attempt('dict next', shelve.BsdDbShelf({}).next)
