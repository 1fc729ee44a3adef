# fnmatch (fnmatch, fnmatchcase, filter, translate's regex text, bytes patterns) and glob
# (wildcards per part, hidden names, recursive **, root_dir, dir_fd, trailing separators,
# escape, has_magic) over a folder tree made under /tmp and removed at the end (symbolic links
# are tested against the machine's python3 in launcher/tests/os_scripts/pathlib_links.py).
import fnmatch
import glob
import os

names = ['a.py', 'b.txt', '.hidden.py', 'abc', 'ABC.PY', 'x[1].py', 'x1.py', 'dir-a', 'a-b', '',
         'z!', 'caret^', 'back\\slash', 'new\nline', 'amp&x']
patterns = ['*', '*.py', '?', '??c', 'a*', '*a*', '*.*', '[ab]*', '[!ab]*', '[a-c]*', '[z-a]*',
            '[!]', '[!]*', '[]', '[]]', '[]x]*', '[!]x]*', 'x[[]1].py', 'x[1].py', '*[', '[',
            '[a-]*', '[-a]*', '[!-a]*', '[a-c-e]*', '[^a]*', '[\\]*', '[&~|]*', 'a**b*', '*?*',
            '*-*', '[b-ac]*', '[!b-a]', '**', '', 'new?line', '*e', 'a[', '[!!]*', '[a-a]*']
for pattern in patterns:
    print(repr(pattern), fnmatch.filter(names, pattern), fnmatch.translate(pattern))
print(fnmatch.fnmatch('ABC', 'abc'), fnmatch.fnmatchcase('ABC', 'abc'), fnmatch.fnmatchcase('abc', 'a?c'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'),
      fnmatch.fnmatchcase(b'\xff', b'[\xf0-\xff]'))
for name, pattern in [(b'a', 'a'), ('a', b'a'), (1, '*')]:
    try:
        fnmatch.fnmatchcase(name, pattern)
    except TypeError as e:
        print('TypeError', e)
long_name = 'a' * 40 + 'b'
print(fnmatch.fnmatchcase(long_name, '*a*a*a*a*a*a*a*c'), fnmatch.fnmatchcase(long_name, '*a*a*b'))
print(fnmatch.translate('*a*b*c'), fnmatch.translate('a*b?[c]d*'), fnmatch.translate('\u00e9*.[!0-9]'))

base = '/tmp/ferrython_lib_fnmatch_glob'


def remove_tree(top):
    if not os.path.lexists(top):
        return
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def touch(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write('x')


remove_tree(base)
for path in ['a/one.py', 'a/two.txt', 'a/.secret.py', 'a/b/three.py', 'a/b/c/four.py', 'a/.dot/five.py',
             'top.py', '.top_hidden', 'x[1]/lit.txt', 'sp ace/s.txt']:
    touch(os.path.join(base, path))
os.mkdir(os.path.join(base, 'a/empty'))
start = os.getcwd()
os.chdir(base)


def show(pattern, **kwargs):
    print(repr(pattern), kwargs, sorted(glob.glob(pattern, **kwargs)))


for pattern in ['*', '*.py', 'a/*', 'a/*.py', 'a/.*', '*/*.py', '*/', 'a/*/', '*/*/', 'a', 'a/', 'nope',
                'nope/*', 'a/one.py', 'a/one.py/', '**', '**/*.py', 'a/**', '.*', 'x[1]/*',
                glob.escape('x[1]') + '/*', 'sp ace/*', '[at]*', '', '?/b/?/*.py']:
    show(pattern)
for pattern in ['**', '**/', '**/*.py', 'a/**', 'a/**/*.py', '**/b/**', 'a/**/', '**/*', 'a**']:
    show(pattern, recursive=True)
show('**/*.py', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('a/*', include_hidden=True)
show('*.py', root_dir='a')
show('**/*.py', root_dir='a', recursive=True)
show('b/**', root_dir=base + '/a', recursive=True)
show('', root_dir='a')
print(sorted(glob.glob(b'a/*.py')), sorted(glob.glob(b'**', recursive=True))[:3])
fd = os.open('a', os.O_RDONLY)
try:
    show('*.py', dir_fd=fd)
    show('**', dir_fd=fd, recursive=True)
    show('b/*', dir_fd=fd)
    show('one.py', dir_fd=fd)
    show('b/', dir_fd=fd)
finally:
    os.close(fd)
iterator = glob.iglob('a/*.py')
print(type(iterator).__name__ in ('generator', 'list_iterator'), sorted(iterator))
print(sorted(glob.glob(base + '/a/*.py')) == sorted(base + '/a/' + n for n in ['one.py']))
print(glob.escape('a*b?c[d]e'), glob.escape(b'x*'), glob.escape('//?/c:/Q*'), glob.escape('plain'))
print(glob.has_magic('abc'), glob.has_magic('a[b'), glob.has_magic(b'a?'), glob.has_magic(b'ab'))
print(glob.glob0('a', 'one.py'), glob.glob0('a', 'zzz'), sorted(glob.glob1('a', '*.py')))
print(sorted(glob.__all__))
os.chdir(start)
remove_tree(base)
print(os.path.exists(base))
