# open(): the checks of its arguments and the OSError subclasses of failed opens.
path = '/tmp/ferrython_open_mode_errors.txt'
with open(path, 'w') as f:
    f.write('x')
for mode in ['rw', 'rr', 'tb', 'q', 'U', 'rU', 'r+b', 'br', 'rt', '+', 'b', 'x', 'wa', 'ab+', 'r++']:
    try:
        open(path, mode).close()
        print(mode, 'ok')
    except (ValueError, OSError) as e:
        print(mode, type(e).__name__, e if isinstance(e, ValueError) else '')
for kwargs in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='strict'), dict(mode='rb', newline=''),
               dict(buffering=0), dict(newline='x'), dict(encoding='nope'), dict(mode=3), dict(encoding=3),
               dict(buffering=1.5), dict(closefd=False), dict(bogus=1)]:
    try:
        open(path, **kwargs).close()
        print(kwargs, 'ok')
    except (ValueError, TypeError, LookupError) as e:
        print(kwargs, type(e).__name__, e)
for bad in [3.5, [path], None]:
    try:
        open(bad)
    except TypeError as e:
        print('TypeError', e)
for target, mode in [('/tmp/ferrython_no_such_dir/x', 'r'), ('/tmp', 'r'), ('/tmp', 'w'), (path, 'x')]:
    try:
        open(target, mode)
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)


class P:
    def __fspath__(self):
        return path


with open(P()) as f:
    print(f.name, f.read())
with open(path, 'rb') as f:
    print(f.name, f.mode, f.raw.name)
    fd = f.fileno()
    print(fd > 2)
print(open is __import__('io').open)
