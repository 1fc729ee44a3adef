# trace.main(), the `python -m trace` command line: option errors, --count with
# --missing/--summary/--coverdir, --listfuncs, --trackcalls, --file and --report,
# --ignore-module, a missing program, and the program's own SystemExit.
import contextlib
import io
import os
import sys
import tempfile
import trace

PROGRAM = '''\
import sys
def f(x):
    return x * 2
if len(sys.argv) > 1:
    print('args', sys.argv[1:])
for i in range(3):
    f(i)
if __name__ != '__main__':
    print('unreachable')
'''


def main(tmp, *args):
    saved = sys.argv[:], sys.path[:]
    sys.argv[:] = ['trace.py', *args]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            trace.main()
        status = 'ok'
    except SystemExit as e:
        status = 'exit %r' % (e.code,)
    finally:
        sys.argv[:], sys.path[:] = saved
    print('$ trace', ' '.join(args).replace(tmp, '<tmp>'), '->',
          status.replace('[Errno 44]', '[Errno 2]'))
    for label, text in (('out', out.getvalue()), ('err', err.getvalue())):
        text = text.replace(trace.__file__, '<trace>').replace(tmp, '<tmp>').replace('[Errno 44]', '[Errno 2]')
        for line in text.splitlines():
            print('  %s| %s' % (label, line))


def scenarios(tmp):
    with open('prog.py', 'w') as fh:
        fh.write(PROGRAM)
    with open('quits.py', 'w') as fh:
        fh.write('import sys\nprint("before")\nsys.exit(3)\nprint("after")\n')

    for args in (['-l', '-T'], ['-lc'], ['-rR'], ['-g'], ['-r'], ['-sT'], ['-y'],
                 [], ['-c'], ['--version']):
        main(tmp, *args)

    main(tmp, '--count', '--missing', '--summary', 'prog.py', 'one', '-x')
    with open('prog.cover') as fh:
        print(fh.read(), end='')
    main(tmp, '-c', '-C', 'covdir', '--no-report', 'prog.py')
    print(os.path.exists('covdir'))
    main(tmp, '-c', '-C', 'covdir', 'prog.py')
    print(sorted(os.listdir('covdir')))

    main(tmp, '--listfuncs', 'prog.py')
    main(tmp, '--trackcalls', 'prog.py')
    main(tmp, '--trace', 'quits.py')

    # Counts accumulate in --file (saved only with a report) and --report writes them.
    main(tmp, '-c', '-f', 'counts', '-R', 'prog.py')
    print(os.path.exists('counts'))
    main(tmp, '-c', '-f', 'counts', '-C', 'first', 'prog.py')
    main(tmp, '-c', '-f', 'counts', '-C', 'first', 'prog.py', 'again')
    main(tmp, '-r', '-f', 'counts', '-s', '-C', 'rep')
    with open(os.path.join('rep', 'prog.cover')) as fh:
        print(fh.read(), end='')

    main(tmp, '-c', '--ignore-module', 'prog,other', 'prog.py')
    main(tmp, '-t', '--ignore-dir', tmp, 'prog.py')
    main(tmp, '-c', 'missing.py')


home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    os.chdir(tmp)
    try:
        scenarios(tmp)
    finally:
        os.chdir(home)
