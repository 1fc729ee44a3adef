# pathlib pure paths: parsing (POSIX and Windows drives, roots, shares), str and repr, parts,
# name/suffix/stem, parents, joining, with_*, relative_to (walk_up), match, comparisons,
# hashing, as_uri, is_reserved, and the errors with their messages.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, PureWindowsPath


def attempt(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def describe(path):
    print(repr(path), str(path), path.parts, repr(path.drive), repr(path.root), repr(path.anchor),
          repr(path.name), repr(path.suffix), path.suffixes, repr(path.stem), path.is_absolute())


for raw in ['', '.', 'a', 'a/b', '/a/b/', '//a', '///a', '////a/b', 'a//b/./c', './a', 'a/..', '/..',
            '~/x', 'a.tar.gz', '.bashrc', 'a.', '..', 'a..b', '.a.b', 'x/.', 'c:a', 'a\\b']:
    describe(PurePosixPath(raw))
for raw in ['', 'c:', 'c:/', 'C:\\a\\b', 'c:a/b', '/a', '\\\\server\\share', '//server/share/x',
            '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\sh\\y', '//?/unc/srv/sh', '\\\\.\\device\\x', '\\\\server',
            'a/b\\c', './c:d', 'c:/a/../b', 'd:.', '\\\\a\\b\\', '//x', 'C:\\dir\\file.TXT']:
    describe(PureWindowsPath(raw))
describe(PurePosixPath('a', 'b', '/c', 'd'))
describe(PureWindowsPath('c:/a', 'd:b'))
describe(PureWindowsPath('c:/a', 'C:b'))
describe(PureWindowsPath('c:/a', '/b'))
describe(PureWindowsPath('c:a', 'b'))
describe(PureWindowsPath('//srv/sh', 'x'))
describe(PureWindowsPath('a', 'c:'))
describe(PurePosixPath(PureWindowsPath('a\\b'), 'c'))
describe(PureWindowsPath(PurePosixPath('a/b'), 'c'))
describe(PurePosixPath())
print(type(PurePath('x')).__name__, PurePath('x') == PurePosixPath('x'), PurePath is pathlib.PurePath)
print(PurePath.__module__, PurePosixPath.__name__, repr(PurePosixPath), PurePosixPath.__qualname__)

# Arguments must be str or os.PathLike giving str.
class Fs:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


describe(PurePosixPath(Fs('from/fspath'), 'x'))
for bad in [1, b'bytes', None, Fs(b'bytes'), ['a']]:
    attempt('bad %s' % type(bad).__name__, PurePosixPath, bad)
attempt('bad second', PurePosixPath, 'a', 2)

p = PurePosixPath('/usr/local/lib/python3.12/site.tar.gz')
print(p.parent, p.parent.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[-2])
print(p.parents[1:3], p.parents[::-1], p.parents[::2], repr(p.parents))
attempt('parents[7]', lambda: p.parents[7])
attempt('parents[-8]', lambda: p.parents[-8])
attempt('parents["a"]', lambda: p.parents['a'])
print(list(PurePosixPath('a/b/c').parents), list(PurePosixPath('/').parents), PurePosixPath('/').parent,
      PurePosixPath('.').parent, PurePosixPath('a').parent)
print(list(PureWindowsPath('c:/a/b').parents), list(PureWindowsPath('//s/h/a').parents),
      PureWindowsPath('c:x').parent)
print(PurePosixPath('/a') in p.parents, p.parents.index(PurePosixPath('/usr')), p.parents.count(PurePosixPath('/')))

print(p / 'x', 'x' / PurePosixPath('y'), p / '/abs', PurePosixPath('a') / PurePosixPath('b') / 'c')
print(p.joinpath('a', 'b'), p.joinpath(), PureWindowsPath('c:/x') / 'd:/y', PureWindowsPath('c:/x') / '/y')
attempt('div int', lambda: p / 1)
attempt('rdiv int', lambda: 1 / p)
attempt('div bytes', lambda: p / b'x')

q = PurePosixPath('dir/file.tar.gz')
for method, arg in [('with_name', 'other.txt'), ('with_name', ''), ('with_name', 'a/b'), ('with_name', '.'),
                    ('with_name', '..'), ('with_name', 'x.'), ('with_stem', 'new'), ('with_stem', ''),
                    ('with_suffix', '.bz2'), ('with_suffix', ''), ('with_suffix', 'bz2'), ('with_suffix', '.'),
                    ('with_suffix', './x'), ('with_suffix', '.a.b'), ('with_suffix', '.a/')]:
    attempt('%s(%r)' % (method, arg), getattr(q, method), arg)
for path in [PurePosixPath(''), PurePosixPath('/'), PurePosixPath('a.'), PurePosixPath('.hidden'),
             PureWindowsPath('c:/'), PureWindowsPath('c:/a')]:
    attempt('%r.with_suffix' % path, path.with_suffix, '.x')
    attempt('%r.with_name' % path, path.with_name, 'n')
    attempt('%r.with_stem' % path, path.with_stem, 's')
attempt('win with_name', PureWindowsPath('c:/a/b').with_name, 'd:e')
attempt('win with_name slash', PureWindowsPath('c:/a/b').with_name, 'x/y')
attempt('win with_suffix', PureWindowsPath('c:/a/b').with_suffix, '.x\\y')

for target, base, walk_up in [('/a/b/c', '/a', False), ('/a/b', '/a/b', False), ('/a/b', '/c', False),
                              ('/a/b', '/a/c', True), ('/a/b', '/c/d', True), ('a/b', 'a', False),
                              ('a/b', '/a', False), ('a/b', '/a', True), ('/a/b', 'a', True),
                              ('a/b', 'c/../d', True), ('a', '', False), ('a', '.', True),
                              ('/a/b/c', '/a/b/c/d', True)]:
    attempt('relative_to(%r, %r, %s)' % (target, base, walk_up),
            PurePosixPath(target).relative_to, base, walk_up=walk_up)
print(PureWindowsPath('C:/Foo/Bar').relative_to('c:/foo'), PureWindowsPath('c:/a').is_relative_to('C:/'))
attempt('win relative_to', PureWindowsPath('c:/a').relative_to, 'd:/a')
attempt('win relative_to2', PureWindowsPath('c:/a').relative_to, 'c:a')
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/b'),
      PurePosixPath('a').is_relative_to(''), PurePosixPath('/a').is_relative_to(PurePosixPath('/a')))

for path, pattern in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                      ('/a/b/c.py', '/*.py'), ('/a.py', '/*.py'), ('a/b.py', '*/*.py'), ('a/b.py', '**/*.py'),
                      ('b.py', '*/*.py'), ('a/b', '*'), ('/', '*'), ('', '*'), ('a', 'A'), ('a/b', ''),
                      ('a/b', 'a/b/'), ('/a/b', '//a/b'), ('a/b', '[ab]/?'), ('a', '.'),
                      ('/a', '/*'), ('/a', '*')]:
    attempt('match(%r, %r)' % (path, pattern), PurePosixPath(path).match, pattern)
print(PurePosixPath('A.PY').match('*.py', case_sensitive=False), PureWindowsPath('C:/A/B.PY').match('c:/a/*.py'),
      PureWindowsPath('c:/a/b.py').match('*.PY', case_sensitive=True), PureWindowsPath('b.py').match('c:*.py'),
      PureWindowsPath('//srv/share/x.py').match('//SRV/share/*'), PurePosixPath('a/b').match(PurePosixPath('b')))

# Equality, hashing and ordering: case folded on Windows, never across syntaxes.
print(PurePosixPath('a/b') == PurePosixPath('a//b/.'), PurePosixPath('a') == PurePosixPath('A'),
      PureWindowsPath('C:/A') == PureWindowsPath('c:\\a'), PurePosixPath('a') == PureWindowsPath('a'),
      PurePosixPath('a') == 'a', PurePosixPath('a') != 'a')
print(hash(PureWindowsPath('C:/A')) == hash(PureWindowsPath('c:/a')),
      hash(PurePosixPath('a/b')) == hash(PurePosixPath('a/b/')), len({PurePosixPath('x'), PurePosixPath('x/')}))
print(sorted([PurePosixPath(s) for s in ['b', 'a/c', 'a', 'a b', '/z', 'a/b/c', 'A']]))
print(sorted([PureWindowsPath(s) for s in ['b', 'A/c', 'a', 'C:/x', 'c:/W', 'B/a']]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') <= PurePosixPath('a/b'),
      PurePosixPath('b') > PurePosixPath('a/z'), PurePosixPath('a') >= PurePosixPath('a/a'))
for op in ['<', '<=', '>', '>=']:
    attempt('posix %s windows' % op, eval, 'PurePosixPath("a") %s PureWindowsPath("a")' % op)
attempt('posix < str', lambda: PurePosixPath('a') < 'b')

print(str(PurePosixPath('/a b/%/é')), PurePosixPath('/a b/%/é').as_uri(), PurePosixPath('/').as_uri(),
      PurePosixPath('//host/x').as_uri())
print(PureWindowsPath('c:/a b/é').as_uri(), PureWindowsPath('//host/share/a b').as_uri(),
      PureWindowsPath('c:\\').as_uri())
attempt('as_uri relative', PurePosixPath('a').as_uri)
attempt('as_uri win relative', PureWindowsPath('/a').as_uri)
print(PureWindowsPath('c:\\a\\b').as_posix(), bytes(PurePosixPath('/a/é')), os.fspath(PurePosixPath('a/b')),
      os.fspath(PureWindowsPath('a/b')))

for raw in ['nul', 'NUL.txt', 'c:/x/con', 'aux:stream', 'com1 ', 'com\xb9', 'LPT9.x.y', 'conin$', 'a/b',
            '//srv/sh/nul', 'foo', 'c:/', 'COM0', 'lpt1.']:
    print(raw, PureWindowsPath(raw).is_reserved(), PurePosixPath(raw).is_reserved())

print(PurePosixPath('a', 'b').__reduce__(), PureWindowsPath('c:/x').__reduce__())
try:
    PurePosixPath('a').attribute = 1
except AttributeError as e:
    print('AttributeError', type(e).__name__)


class Tagged(PurePosixPath):
    def __init__(self, *segments, tag='none'):
        super().__init__(*segments)
        self.tag = tag

    def with_segments(self, *segments):
        return type(self)(*segments, tag=self.tag)


t = Tagged('a/b/c.txt', tag='mine')
for derived in [t.parent, t / 'd', t.with_suffix('.md'), t.parents[1], 'x' / t, t.relative_to('a')]:
    print(type(derived).__name__, derived, derived.tag)
print(sorted(pathlib.__all__))
