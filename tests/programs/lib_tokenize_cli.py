# python -m tokenize [-e] [filename]: the token table, exact type names with -e, and the
# errors it reports (on stderr) with their exit codes. Reads this folder's files.
import io
import os
import sys
import tokenize

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
target = 'lib_token_constants.py'


def run(*argv, stdin=None):
    print('== tokenize', ' '.join(argv), flush=True)
    sys.argv = ['tokenize'] + list(argv)
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        tokenize.main()
    except SystemExit as e:
        print('exit', e.code, flush=True)
    sys.stdout.flush()
    sys.stderr.flush()


run(target)
run('-e', target)
run(stdin='x = f"{a!r:>{w}}" + 1\n')
run('-e', stdin='a **= [b]\n')
run(stdin='if x:\n    y\n  z\n')
run(stdin='x = (1,\n')
run(stdin="s = 'abc\n")
run('--exact', stdin='@\n')
run('-x')
