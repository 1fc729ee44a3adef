# pathlib and glob with symbolic and hard links (which CPython's WebAssembly oracle cannot
# make): symlink_to, readlink, is_symlink, lstat, resolve (and its loop error), hardlink_to,
# samefile, and globbing through links. Runs in a fresh scratch folder, as python3 3.11 does.
import glob
import os
from pathlib import Path

here = Path('.')
(here / 'real/sub').mkdir(parents=True)
(here / 'real/file.txt').write_text('contents')
(here / 'real/sub/deep.py').write_text('deep')
(here / 'link_dir').symlink_to('real', target_is_directory=True)
(here / 'link_file').symlink_to(Path('real/file.txt'))
(here / 'dangling').symlink_to('nowhere')
(here / 'loop_a').symlink_to('loop_b')
(here / 'loop_b').symlink_to('loop_a')

for name in ['real', 'link_dir', 'link_file', 'dangling', 'loop_a', 'missing']:
    path = here / name
    print(name, path.exists(), path.is_symlink(), path.is_dir(), path.is_file())
print(Path('link_file').readlink(), type(Path('link_file').readlink()).__name__, Path('dangling').readlink())
try:
    Path('real').readlink()
except OSError as e:
    print(type(e).__name__, e.filename)
print(Path('link_file').read_text(), Path('link_file').lstat().st_size != Path('link_file').stat().st_size)
print(Path('link_dir/sub/../file.txt').resolve() == Path('real/file.txt').resolve(),
      Path('link_file').resolve() == Path.cwd() / 'real/file.txt', Path('dangling').resolve() == Path.cwd() / 'nowhere')
for strict in (False, True):
    try:
        Path('loop_a').resolve(strict=strict)
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(os.getcwd(), '<cwd>'))
    except OSError as e:
        print(type(e).__name__)
try:
    Path('dangling').resolve(strict=True)
except OSError as e:
    print(type(e).__name__)
print(Path('link_file').samefile('real/file.txt'), Path('link_dir').samefile(Path('real')))
try:
    Path('link_file').symlink_to('elsewhere')
except FileExistsError as e:
    print('FileExistsError', e.filename, e.filename2)

Path('hard').hardlink_to('real/file.txt')
print(Path('hard').read_text(), Path('hard').samefile('real/file.txt'), Path('hard').stat().st_nlink,
      Path('hard').is_symlink())
try:
    Path('hard').hardlink_to('real/file.txt')
except FileExistsError as e:
    print('FileExistsError', e.filename, e.filename2)

print(sorted(str(p) for p in here.glob('*')))
print(sorted(str(p) for p in here.glob('link_dir/*')))
print(sorted(str(p) for p in here.glob('**/*.py')))
print(sorted(str(p) for p in here.rglob('*.txt')))
print(sorted(str(p) for p in here.glob('*/')))
print(sorted(glob.glob('*')), sorted(glob.glob('link_dir/*')), sorted(glob.glob('**/*.py', recursive=True)))
print(sorted(glob.glob('*/')), sorted(glob.glob('dangling')), sorted(glob.glob('dangl*')))
Path('link_file').unlink()
print(Path('link_file').exists(), Path('real/file.txt').exists())
Path('link_dir').unlink()
print(Path('real').is_dir())
os.chmod('real/file.txt', 0o640)
print(oct(Path('real/file.txt').stat().st_mode & 0o777))
