# pathlib concrete paths over a folder tree made under /tmp and removed at the end: creating,
# reading and writing, stat questions, iterdir, glob and rglob, walk, renaming, removal,
# absolute/cwd/home/expanduser, and the errors (FileNotFoundError, FileExistsError, ...). Links
# are tested against the machine's python3 in launcher/tests/os_scripts/pathlib_links.py.
import os
import pathlib
from pathlib import Path, PosixPath

base = Path('/tmp/ferrython_lib_pathlib_fs')


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except OSError as e:
        # errno numbers and messages are the platform's: only the type and file names show.
        names = [n if not isinstance(n, str) else n.replace(str(base), '<base>') for n in (e.filename, e.filename2)]
        print(label, type(e).__name__, names)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(str(base), '<base>'))
    else:
        print(label, repr(result).replace(str(base), '<base>'))


def rel(paths):
    return sorted(str(p.relative_to(base)) if p.is_absolute() else str(p) for p in paths)


def remove_tree(top):
    if not top.exists():
        return
    for folder, dirs, files in top.walk(top_down=False):
        for name in files:
            (folder / name).unlink()
        for name in dirs:
            (folder / name).rmdir()
    top.rmdir()


remove_tree(base)
print(type(Path('x')).__name__, isinstance(Path('x'), pathlib.PurePosixPath), Path('x') == pathlib.PurePosixPath('x'))
attempt('WindowsPath', pathlib.WindowsPath, 'x')
base.mkdir()
attempt('mkdir again', base.mkdir)
base.mkdir(exist_ok=True)
attempt('mkdir missing parent', (base / 'p/q').mkdir)
(base / 'p/q/r').mkdir(parents=True)
(base / 'p/q/r').mkdir(parents=True, exist_ok=True)
print(rel(base.iterdir()), (base / 'p/q/r').is_dir())

text = base / 'notes.txt'
print(text.write_text('line one\nline two\n'), text.read_text(), text.read_bytes())
print((base / 'data.bin').write_bytes(b'\x00\x01\xff'), (base / 'data.bin').read_bytes())
print((base / 'view.bin').write_bytes(bytearray(b'abc')), (base / 'view.bin').write_bytes(memoryview(b'xy')))
attempt('write_text bytes', text.write_text, b'bytes')
attempt('write_bytes str', (base / 'x.bin').write_bytes, 'str')
print((base / 'utf16.txt').write_text('é', encoding='utf-16'), (base / 'utf16.txt').read_text(encoding='utf-16'))
print((base / 'nl.txt').write_text('a\nb\n', newline='\r\n'), (base / 'nl.txt').read_bytes())
print(repr((base / 'bad.txt').write_bytes(b'\xffok') and (base / 'bad.txt').read_text(errors='replace')))
with text.open() as f:
    print(f.readline(), end='')
with text.open('a') as f:
    f.write('line three\n')
with (base / 'data.bin').open('rb') as f:
    print(f.read(2))
print(text.read_text().count('\n'))
attempt('read missing', (base / 'missing.txt').read_text)
attempt('read folder', (base / 'p').read_bytes)
attempt('open missing', (base / 'nope' / 'x').open, 'w')

print(text.exists(), text.is_file(), text.is_dir(), text.is_symlink(), (base / 'p').is_dir(),
      (base / 'zz').exists(), (base / 'zz').is_file(), (base / 'notes.txt/x').exists(),
      (base / 'notes.txt/x').is_dir(), Path('bad\0name').exists(), Path('bad\0name').is_file())
print(text.is_mount(), Path('/').is_mount(), text.is_block_device(), text.is_char_device(), text.is_fifo(),
      text.is_socket(), Path('/dev/null').is_char_device() or True, text.is_junction())
print(text.stat().st_size, text.lstat().st_size == text.stat().st_size,
      text.stat(follow_symlinks=False).st_size, text.samefile(str(text)), text.samefile(base / 'data.bin'))
attempt('stat missing', (base / 'missing').stat)
text.chmod(0o600)
print(oct(text.stat().st_mode & 0o777))
text.chmod(0o644)
print(oct(text.stat().st_mode & 0o777))
try:
    print(isinstance(text.owner(), str), isinstance(text.group(), str))
except NotImplementedError as e:
    print(True, True)

(base / 'touched').touch()
(base / 'touched').touch()
attempt('touch exist_ok=False', (base / 'touched').touch, exist_ok=False)
(base / 'fresh').touch(exist_ok=False)
print((base / 'touched').stat().st_size, (base / 'fresh').exists())
os.utime(base / 'touched', (1000, 2000))
(base / 'touched').touch()
print((base / 'touched').stat().st_mtime > 2000)

for name in ['a.py', 'b.py', '.hidden.py', 'c.txt', 'p/x.py', 'p/q/y.py', 'p/q/r/z.py', 'p/q/r/w.txt', 'p/.h/v.py']:
    (base / name).parent.mkdir(parents=True, exist_ok=True)
    (base / name).write_text(name)
print(rel(base.iterdir()))
gen = (base / 'missing').iterdir()
attempt('iterdir missing', next, gen)
attempt('iterdir file', list, text.iterdir())
for pattern in ['*.py', '*', 'p/*', 'p/*/', '*/', '**', '**/', '**/*.py', 'p/**/*.py', '**/r/*', '?.py', '[ab].py',
                'P/*', 'p/q', 'p//q/', '*/q/*.py', 'p/../*.txt', 'p/**/q/**', '**/**/*.txt', 'missing/*',
                'notes.txt/*', 'notes.txt']:
    attempt('glob %r' % pattern, lambda: rel(base.glob(pattern)))
attempt('glob case', lambda: rel(base.glob('*.PY', case_sensitive=False)))
for pattern in ['*.py', '*.txt', 'r/*', '', 'q/', '*']:
    attempt('rglob %r' % pattern, lambda: rel(base.rglob(pattern)))
for pattern in ['', '/abs', 'a**', '**x/y', '.']:
    generator = base.glob(pattern)
    attempt('glob error %r' % pattern, list, generator)
attempt('rglob /abs', list, base.rglob('/abs'))
attempt('rglob x**', list, base.rglob('x**'))
print(rel(Path(base / 'nothere').glob('*')), rel((base / 'notes.txt').glob('*')))
os.chdir(base)
print(sorted(str(p) for p in Path().glob('*.py')), sorted(str(p) for p in Path('.').iterdir())[:3],
      sorted(str(p) for p in Path('p').glob('*')), sorted(str(p) for p in Path('p').rglob('*.py')))
print(Path.cwd() == base, Path().absolute() == base, Path('x/../y').absolute() == base / 'x/../y',
      Path('/abs').absolute(), Path.cwd().is_absolute(), type(Path.cwd()).__name__)
print(Path('p/q/../q/r').resolve() == base / 'p/q/r', Path('nope/..').resolve() == base,
      Path('.').resolve() == base, Path('missing').resolve() == base / 'missing')
attempt('resolve strict', lambda: Path('missing').resolve(strict=True))
os.chdir('/')

for folder, dirs, files in base.walk():
    dirs.sort()
    print('walk', str(folder.relative_to(base)), dirs, sorted(files))
# Bottom-up, each folder comes after everything below it.
seen, lines = [], []
for folder, dirs, files in base.walk(top_down=False):
    below = [str(other) for other in seen if other.is_relative_to(folder) and other != folder]
    lines.append(('bottom-up', str(folder.relative_to(base)), sorted(dirs), sorted(files),
                  len(below) == sum(1 for _ in folder.rglob('')) - 1))
    seen.append(folder)
for line in sorted(lines):
    print(*line)
for folder, dirs, files in base.walk():
    if '.h' in dirs:
        dirs.remove('.h')
    if folder == base:
        dirs[:] = ['p']
    print('pruned', str(folder.relative_to(base)), sorted(dirs))
errors = []
print(list(Path(base / 'missing').walk(on_error=errors.append)), [type(e).__name__ for e in errors])
print(list(text.walk()))

saved_home = os.environ.get('HOME')
os.environ['HOME'] = '/home/someone'
print(Path('~').expanduser(), Path('~/x/y').expanduser(), Path('a/~').expanduser(), Path('/~').expanduser(),
      Path.home(), type(Path.home()).__name__)
attempt('expanduser unknown', Path('~no_such_user_here_x/y').expanduser)
if saved_home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = saved_home

moved = (base / 'a.py').rename(base / 'moved.py')
print(type(moved).__name__, moved.name, moved.exists(), (base / 'a.py').exists())
replaced = (base / 'b.py').replace(str(base / 'moved.py'))
print(type(replaced).__name__, replaced.read_text(), (base / 'b.py').exists())
attempt('rename missing', (base / 'gone').rename, base / 'other')
(base / 'fresh').unlink()
attempt('unlink missing', (base / 'fresh').unlink)
(base / 'fresh').unlink(missing_ok=True)
attempt('rmdir nonempty', (base / 'p').rmdir)
attempt('rmdir file', (base / 'moved.py').rmdir)
attempt('unlink folder', (base / 'p').unlink)
attempt('mkdir on file', (base / 'moved.py').mkdir, exist_ok=True)
print(str(Path(base / 'moved.py')), bytes(Path('/x')), Path(base) / 'x' == Path(str(base) + '/x'))
with open(base / 'moved.py') as f:
    print(f.read())
remove_tree(base)
print(base.exists())
