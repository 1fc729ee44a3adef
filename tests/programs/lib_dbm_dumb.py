# dbm.dumb: the bytes of the .dat/.dir/.bak files it writes, values rewritten in place
# or moved to new blocks, str and bytes keys, the mapping methods, the flags, and the
# errors of read-only, closed and missing databases.  The oracle's Pyodide build has no
# dbm package, so the expected output comes from the machine's CPython 3.11 (whose
# dbm.dumb writes the same files as 3.12's).
import contextlib
import os
import tempfile
import dbm.dumb as dumb


def files(tmp):
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name), 'rb') as fh:
            data = fh.read()
        shown = data if len(data) < 120 else data[:40] + b'...' + data[-20:]
        print('  %s %d %r' % (name, len(data), shown))


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except OSError as e:
        if e.filename is None:
            print(label, type(e).__name__, e)
        else:
            print(label, type(e).__name__, e.strerror, os.path.basename(e.filename))
    except Exception as e:
        print(label, type(e).__name__, e)


with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, 'db')
    db = dumb.open(base, 'c')
    print(type(db).__name__, len(db), db.keys())
    files(tmp)
    db[b'alpha'] = b'first'
    db['b\xe9ta'] = 'caf\xe9'
    db[b'k\x00\xff'] = bytearray(b'x' * 700)
    attempt('bytearray key', db.__setitem__, bytearray(b'ba'), b'v')
    db[b'empty'] = b''
    files(tmp)
    # Shorter or same-block values are written in place; bigger ones move to the end.
    db[b'alpha'] = b'1st'
    db[b'k\x00\xff'] = b'y' * 1000
    db[b'alpha'] = b'z' * 513
    print(sorted(db.keys()), len(db))
    print(db[b'alpha'][:3], db['b\xe9ta'], db[b'b\xc3\xa9ta'], len(db[b'k\x00\xff']), db[b'empty'])
    print(b'alpha' in db, 'alpha' in db, b'zzz' in db, 'b\xe9ta' in db)
    print(sorted(db.items())[1:3])
    print(sorted(v[:2] for v in db.values()))
    print(db.get(b'zzz'), db.get(b'zzz', 'dflt'), db.get('empty'))
    print(db.setdefault(b'new', b'made'), db.setdefault(b'new', b'other'))
    print(sorted(iter(db)) == sorted(db.iterkeys()) == sorted(db.keys()))
    del db[b'new']
    del db['b\xe9ta']
    attempt('del missing', db.__delitem__, b'nope')
    attempt('get missing', db.__getitem__, b'nope')
    attempt('int key', db.__setitem__, 1, b'v')
    attempt('int value', db.__setitem__, b'k', 1)
    attempt('none value', db.__setitem__, b'k', None)
    attempt('int lookup', db.__getitem__, 1)
    attempt('int contains', db.__contains__, 1)
    db.sync()
    files(tmp)
    db.close()
    db.close()
    files(tmp)

    # A closed database raises dbm.dumb.error (OSError).
    for name, call in [('getitem', lambda: db[b'alpha']), ('setitem', lambda: db.__setitem__(b'a', b'b')),
                       ('delitem', lambda: db.__delitem__(b'alpha')), ('contains', lambda: b'a' in db),
                       ('keys', db.keys), ('items', db.items), ('len', lambda: len(db)),
                       ('iter', lambda: iter(db)), ('iterkeys', db.iterkeys)]:
        attempt('closed ' + name, call)

    # Read only.
    with dumb.open(base, 'r') as ro:
        print(sorted(ro.keys()), ro[b'empty'])
        attempt('ro set', ro.__setitem__, b'x', b'y')
        attempt('ro del', ro.__delitem__, b'alpha')
        attempt('ro set str', ro.__setitem__, 'x', 'y')
    print(dumb.error is OSError)

    # 'w' keeps the data, 'n' starts over.
    with dumb.open(base, 'w') as rw:
        rw[b'more'] = b'data'
        del rw[b'empty']
        print(sorted(rw.keys()))
    files(tmp)
    with dumb.open(base, 'n') as fresh:
        print(fresh.keys())
    files(tmp)

    # Missing files, bad flags.
    for flag in ('r', 'w'):
        attempt('missing ' + flag, dumb.open, os.path.join(tmp, 'nothere'), flag)
    print(sorted(os.listdir(tmp)))
    for flag in ('x', 'rw', None, ''):
        attempt('flag %r' % (flag,), dumb.open, base, flag)
    os.remove(base + '.dir')
    attempt('no index', dumb.open, base, 'r')
    with dumb.open(base, 'c') as db2:
        print('recreated', db2.keys())

    # Files written by hand in the same format are read back, whatever the line ends.
    with open(base + '.dat', 'wb') as fh:
        fh.write(b'hello' + b'\0' * 507 + b'world')
    with open(base + '.dir', 'wb') as fh:
        fh.write(b"'h', (0, 5)\r\n'\xe9\\x00', (512, 5)\n\"q'q\", (2, 2)\n")
    with dumb.open(base, 'r') as db3:
        print(sorted(db3.items()))

    # A damaged index is refused with a ValueError, and nothing runs.
    with open(base + '.dir', 'w') as fh:
        fh.write("str(print('ran')), 0\n")
    try:
        with dumb.open(base) as db4:
            print('opened')
    except ValueError as e:
        print('damaged index', type(e).__name__)

    # The permission bits of new files follow mode and the umask.
    old = os.umask(0o022)
    try:
        with dumb.open(os.path.join(tmp, 'modes'), 'c', 0o640) as db5:
            db5[b'a'] = b'b'
    finally:
        os.umask(old)
    print(oct(os.stat(os.path.join(tmp, 'modes.dat')).st_mode & 0o777),
          oct(os.stat(os.path.join(tmp, 'modes.dir')).st_mode & 0o777))

    # Paths may be bytes or path-like.
    import pathlib
    with contextlib.closing(dumb.open(pathlib.Path(tmp, 'p'), 'c')) as d:
        d[b'k'] = b'v'
    with dumb.open(os.fsencode(os.path.join(tmp, 'p')), 'r') as d:
        print(d[b'k'], type(d._dirfile).__name__)
