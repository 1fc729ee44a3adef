# shelve.open on dbm.dumb databases: the flags, protocol and writeback, values that
# survive close and reopen, the files written, and the errors of read-only and missing
# databases.  The oracle's Pyodide build has no dbm package, so the expected output
# comes from the machine's CPython 3.11 (whose shelve and dbm.dumb match 3.12's).
# Each database is first made with dbm.dumb, so that dbm.open picks dbm.dumb for it.
import os
import pickle
import tempfile
import dbm
import dbm.dumb
import shelve


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, 'shelf')
    dbm.dumb.open(base, 'n').close()

    with shelve.open(base) as s:
        print(type(s).__name__, type(s.dict).__module__, len(s))
        s['numbers'] = [1, 2, 3]
        s['text'] = 'caf\xe9'
        s['nested'] = {'a': (1, 2), 'b': None}
    print(sorted(os.listdir(tmp)))

    with shelve.open(base, 'r') as s:
        print(sorted(s.items()))
        attempt('read only set', s.__setitem__, 'x', 1)
        attempt('read only del', s.__delitem__, 'text')

    with shelve.open(base, 'w', protocol=0) as s:
        s['numbers'].append(4)
        print('without writeback', s['numbers'])
        s['p0'] = ('proto', 0)
    raw = dbm.dumb.open(base, 'r')
    print(raw[b'p0'], pickle.loads(raw[b'numbers']))
    raw.close()

    with shelve.open(base, writeback=True) as s:
        s['numbers'].append(4)
        s['nested']['b'] = 'set'
        print('cached', sorted(s.cache))
    with shelve.open(base, 'r') as s:
        print(s['numbers'], s['nested'])

    with shelve.DbfilenameShelf(base, 'w') as s:
        del s['text']
        print(sorted(s))

    with shelve.open(base, 'n') as s:
        print('new', len(s))

    attempt('missing', shelve.open, os.path.join(tmp, 'nothere'), 'r')
    attempt('missing w', shelve.open, os.path.join(tmp, 'nothere'), 'w')
    try:
        shelve.open(os.path.join(tmp, 'nothere'), 'r')
    except dbm.error as e:
        print('caught by dbm.error:', type(e).__name__)
