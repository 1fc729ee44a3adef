# trace.CoverageResults: update, the .cover files write_results writes (counts column,
# '>>>>>>' for missed lines, docstrings and '#pragma NO COVER' left unmarked), the
# summary table, the counts file written to outfile and read back from infile.
import contextlib
import io
import os
import pickle
import sys
import tempfile
import trace

SOURCE = '''\
"""Module docstring."""
import sys

def f(n):
    """Function docstring,
    on two lines."""
    if n > 5:
        return 'big'
    total = 0
    for i in range(n):
        total += i\t# tab
    return total

def never():  #pragma NO COVER
    return 1  #pragma NO COVER

def never2():
    x = (1,
         2)
    return x

class K:
    "class doc"
    def m(self):
        return f(2)

print(K().m(), f(9))
'''


def run(tmp, name, source):
    path = os.path.join(tmp, name + '.py')
    with open(path, 'w') as fh:
        fh.write(source)
    tracer = trace.Trace(count=1, trace=0)
    code = compile(source, path, 'exec')
    ns = {'__file__': path, '__name__': name}
    with contextlib.redirect_stdout(io.StringIO()):
        tracer.runctx(code, ns, ns)
    return tracer.results()


def show(tmp, text):
    print(text.replace(tmp, '<tmp>'), end='')


with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    # With coverdir, .cover files are named by the module's dotted name on sys.path.
    sys.path.insert(0, tmp)
    res = run(tmp, 'covmod', SOURCE)
    print(sorted(line for (p, line) in res.counts))

    for missing in (True, False):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            res.write_results(show_missing=missing, summary=True,
                              coverdir=os.path.join(tmp, 'cov'))
        show(tmp, out.getvalue())
        print(sorted(os.listdir(os.path.join(tmp, 'cov'))))
        with open(os.path.join(tmp, 'cov', 'covmod.cover')) as fh:
            print(fh.read(), end='')

    # Without coverdir the .cover file goes beside the source, named by base name.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        res.write_results(show_missing=False, summary=False)
    print(repr(out.getvalue()), sorted(n for n in os.listdir(tmp) if n.endswith('.cover')))

    # Files without a name on disk are skipped; .pyc names become .py.
    res2 = trace.CoverageResults({('<string>', 1): 3, (os.path.join(tmp, 'covmod.pyc'), 4): 2})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        res2.write_results(summary=True, coverdir=os.path.join(tmp, 'cov2'))
    show(tmp, out.getvalue())
    print(os.listdir(os.path.join(tmp, 'cov2')))
    print(res2.is_ignored_filename('<stdin>'), res2.is_ignored_filename('a.py'))

    # Encoding declarations are kept in the .cover file.
    latin = '# -*- coding: latin-1 -*-\ns = "caf\xe9"\nif s:\n    pass\n'
    path = os.path.join(tmp, 'lat.py')
    with open(path, 'w', encoding='latin-1') as fh:
        fh.write(latin)
    res3 = trace.CoverageResults({(path, 2): 1, (path, 3): 1})
    res3.write_results(show_missing=True, coverdir=os.path.join(tmp, 'cov3'))
    with open(os.path.join(tmp, 'cov3', 'lat.cover'), 'rb') as fh:
        print(fh.read())

    # update adds counts and merges the function sets.
    a = trace.CoverageResults({('a.py', 1): 2}, {('a.py', 'a', 'f'): 1}, callers={'x': 1})
    b = trace.CoverageResults({('a.py', 1): 3, ('a.py', 2): 1}, {('a.py', 'a', 'g'): 1},
                              callers={'y': 1})
    a.update(b)
    print(sorted(a.counts.items()), sorted(a.calledfuncs), sorted(a.callers))

    # outfile saves (counts, calledfuncs, callers); infile merges them back in.
    counts = os.path.join(tmp, 'counts.pkl')
    c = trace.CoverageResults({('<a>', 1): 2}, {('a.py', 'a', 'f'): 1}, outfile=counts)
    with contextlib.redirect_stdout(io.StringIO()) as out:
        c.write_results(coverdir=os.path.join(tmp, 'cov4'))
    print(repr(out.getvalue()))
    with open(counts, 'rb') as fh:
        print(pickle.load(fh))
    d = trace.CoverageResults({('<a>', 1): 5}, infile=counts)
    print(sorted(d.counts.items()), d.calledfuncs, d.callers)
    print(trace.CoverageResults({}, {}, counts, {}).counts)

    # A missing or damaged counts file is skipped with a message.
    for content in (None, b'', b'not a pickle'):
        bad = os.path.join(tmp, 'bad.pkl')
        if content is not None:
            with open(bad, 'wb') as fh:
                fh.write(content)
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                r = trace.CoverageResults(infile=bad)
            print('loaded', r.counts)
        except Exception as e:
            print(type(e).__name__, e)
        show(tmp, err.getvalue().replace('[Errno 44]', '[Errno 2]'))

    # The called functions and calling relationships are printed first.
    e = trace.CoverageResults(
        calledfuncs={('b.py', 'b', 'g'): 1, ('a.py', 'a', 'K.f'): 1},
        callers={(('a.py', 'a', 'f'), ('b.py', 'b', 'g')): 1,
                 (('a.py', 'a', 'f'), ('a.py', 'a', 'h')): 1,
                 (('a.py', 'a', 'h'), ('b.py', 'b', 'g')): 1,
                 (('b.py', 'b', 'g'), ('c.py', 'c', 'i')): 1})
    e.write_results()
