# posixpath's string functions: exact results for str and bytes, and CPython's errors.
import os
import posixpath as pp

def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

for args in [('a', 'b'), ('/a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('a', 'b', '/c', 'd'),
             (b'a', b'b'), (b'/', b'x'), ('a',), ('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), ('a', None)]:
    show('join', pp.join, *args)
for p in ['', '/', '//', '///', 'a', 'a/', '/a/b', '/a/b/', 'a//b', '//a', '///a/b', b'/x/y', b'y']:
    show('split', pp.split, p)
    show('basename', pp.basename, p)
    show('dirname', pp.dirname, p)
    show('isabs', pp.isabs, p)
    show('splitroot', pp.splitroot, p)
    show('splitdrive', pp.splitdrive, p)
    show('normcase', pp.normcase, p)
for p in ['a.txt', '.bashrc', '..x', 'a/b.c/d', 'a.b.c', 'a.', '/x/.y.z', '...', 'a/...b', b'f.tar.gz', b'.x', '']:
    show('splitext', pp.splitext, p)
for p in ['', '.', '..', '/', '//', '///', '//a/../b', 'a/./b/../c', '../a/..', 'a/../..', '/../a', './', 'a//b///c/',
          '/a/b/../../..', b'a/../b', b'', b'//x']:
    show('normpath', pp.normpath, p)
for a, b in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/x/y', '/a/b'), (b'/a/b', b'/a'),
             ('', '/a'), ('/a', b'/b'), (b'/a', '/b')]:
    show('relpath', pp.relpath, a, b)
for paths in [['/a/b/c', '/a/b/d'], ['a/b', 'a/c'], ['/a', 'a'], [], ['/a/./b', '/a/b/c'], [b'/x/y', b'/x/z'],
              ['/a', b'/a'], ['//a', '/a'], ['a'], [''], ['/usr/lib', '/usr/lib2']]:
    show('commonpath', pp.commonpath, paths)
for m in [[], ['abc', 'abd'], ['/usr/lib', '/usr/lib2'], [['a', 'b'], ['a', 'c']], ['x'], [b'ab', b'ac']]:
    show('commonprefix', pp.commonprefix, m)
os.environ['FERRY_V'] = 'val'
os.environ.pop('FERRY_MISSING', None)
for p in ['$FERRY_V', '${FERRY_V}/x', '$FERRY_MISSING', 'a$', '$$FERRY_V', '${FERRY_V', '${}', '$FERRY_V$FERRY_V',
          'x${FERRY_V}y$FERRY_V.z', '$-', b'$FERRY_V/b', b'${FERRY_MISSING}', 'no dollars']:
    show('expandvars', pp.expandvars, p)
os.environ['HOME'] = '/home/someone/'
for p in ['~', '~/x', 'x/~', '~nosuchuser_ferry/x', b'~/y', '']:
    show('expanduser', pp.expanduser, p)
show('abs', pp.isabs, 3)
show('split', pp.split, None)
print(pp.sep, pp.altsep, pp.curdir, pp.pardir, pp.extsep, pp.pathsep, pp.defpath, pp.devnull)
