# dbm: whichdb on dumb databases, unknown files and GNU/Berkeley magic numbers,
# open() on existing dumb databases with each flag, the error tuple and open()'s
# errors.  The oracle's Pyodide build has no dbm package, so the expected output
# comes from the machine's CPython 3.11 (whose dbm front end matches 3.12's).
import os
import pathlib
import struct
import tempfile
import dbm
import dbm.dumb


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


print([c.__name__ for c in dbm.error], dbm.error[1] is OSError)
print(dbm._names, dbm.__all__)

with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, 'db')
    print('none yet', dbm.whichdb(base))
    with dbm.dumb.open(base, 'c'):
        pass
    for path in (base, os.fsencode(base), pathlib.Path(base)):
        print('dumb', dbm.whichdb(path))
    with dbm.dumb.open(base, 'w') as d:
        d[b'k'] = b'v'
    print('dumb with data', dbm.whichdb(base))

    # open() dispatches an existing dumb database to dbm.dumb.
    with dbm.open(base, 'r') as d:
        print(type(d).__module__, d[b'k'])
        attempt('read only', d.__setitem__, b'x', b'y')
    with dbm.open(base, 'w') as d:
        d['s'] = 'str'
    with dbm.open(base) as d:
        print(sorted(d.keys()))
    with dbm.open(base, 'c') as d:
        print(sorted(d.items()))
    try:
        dbm.open(base, 'r')[b'x'] = b'y'
    except dbm.error as e:
        print('caught by dbm.error:', type(e).__name__, e)

    # A .dir whose first byte is not a quote is not a dumb index.
    with open(base + '.dir', 'wb') as fh:
        fh.write(b'xyz')
    print('not dumb', dbm.whichdb(base))

    # Single files: unknown, too short, GNU dbm magic numbers (Berkeley DB's are not known).
    samples = {
        'empty': b'',
        'short': b'abc',
        'text': b'some text file\n',
        'gnu': struct.pack('=l', 0x13579ace) + b'\0' * 12,
        'gnu2': struct.pack('=l', 0x13579acf),
        'bsd': b'\0' * 12 + struct.pack('=l', 0x00061561),
        'bsd_swapped': b'\1' * 12 + struct.pack('=l', 0x61150600),
        'bsd_short': b'\0\0\0\0\0' + struct.pack('=l', 0x00061561),
    }
    for name, data in samples.items():
        with open(os.path.join(tmp, name), 'wb') as fh:
            fh.write(data)
        print(name, repr(dbm.whichdb(os.path.join(tmp, name))))

    # open()'s errors.
    attempt('missing r', dbm.open, os.path.join(tmp, 'nothing'))
    attempt('missing w', dbm.open, os.path.join(tmp, 'nothing'), 'w')
    attempt('unknown', dbm.open, os.path.join(tmp, 'text'))
    attempt('unknown w', dbm.open, os.path.join(tmp, 'text'), 'w')
    attempt('bsd', dbm.open, os.path.join(tmp, 'bsd'))
    try:
        dbm.open(os.path.join(tmp, 'text'))
    except dbm.error as e:
        print('caught by dbm.error:', type(e).__name__, type(e).__module__)
