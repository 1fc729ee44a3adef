# trace.Trace: line counts, called functions and callers collected by runfunc/runctx,
# the line-by-line trace output, and the helpers _Ignore, _modname and _fullmodname.
import contextlib
import io
import os
import sys
import trace

HERE = os.path.basename(__file__)


def relative(counts, func):
    first = func.__code__.co_firstlineno
    return sorted((line - first, n) for (path, line), n in counts.items()
                  if os.path.basename(path) == HERE)


def add(a, b):
    total = a
    total += b
    return total


def loop(n):
    acc = 0
    for i in range(n):
        acc += add(i, 1)
    return acc


def gen(n):
    yield from range(n)


def use_gen():
    return sum(x for x in gen(4))


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return add(self.v, self.v)

    @staticmethod
    def helper():
        return 7


def raiser():
    x = 1
    raise ValueError('boom %d' % x)


# Line counts through runfunc.
t = trace.Trace(count=1, trace=0)
print('loop ->', t.runfunc(loop, 3))
print('loop counts', relative(t.results().counts, loop))
print('add counts', relative(t.results().counts, add))
t = trace.Trace(count=1, trace=0)
t.runfunc(use_gen)
print('gen counts', relative(t.results().counts, gen))

# An exception still leaves the counts, and the tracer is removed.
t = trace.Trace(count=1, trace=0)
try:
    t.runfunc(raiser)
except ValueError as e:
    print(type(e).__name__, e)
print('raiser counts', relative(t.results().counts, raiser), sys.gettrace())

# runfunc passes any keyword, even func and self.
t = trace.Trace(count=0, trace=0)
print(t.runfunc(lambda *a, **k: (a, k), 1, func=2, self=3))
for bad in ((), ):
    try:
        t.runfunc(*bad)
    except TypeError as e:
        print('TypeError', 'runfunc' in str(e))

# runctx with explicit namespaces.
t = trace.Trace(count=1, trace=0)
code = compile('r = loop(2)', __file__, 'exec')
ns = {'loop': loop}
t.runctx(code, ns, ns)
print('runctx result', ns['r'], relative(t.results().counts, loop))

# Called functions and calling relationships.
def names(keys):
    return sorted(k[1:] for k in keys if os.path.basename(k[0]) == HERE)

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(Box(5).double)
t.runfunc(Box.helper)
print('calledfuncs', names(t.results().calledfuncs))
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(loop, 2)
# Sorted by base names: the library's own files lie elsewhere in each interpreter.
def by_base_name(pair):
    return [(os.path.basename(place[0]),) + tuple(place[1:]) for place in pair]


for caller, callee in sorted(t.results().callers, key=by_base_name):
    print('caller', os.path.basename(caller[0]), caller[1:], '->',
          os.path.basename(callee[0]), callee[1:])

# The trace output.
out = io.StringIO()
t = trace.Trace(count=1, trace=1)
with contextlib.redirect_stdout(out):
    t.runfunc(loop, 2)
print(out.getvalue(), end='')
print('counted too', relative(t.results().counts, add))

# Nothing to do: no tracer is installed.
t = trace.Trace(count=0, trace=0)
print('donothing', t.donothing, t.runfunc(sys.gettrace))

# Ignored modules and directories.
ig = trace._Ignore(['x', 'pkg'], [os.path.join('foo', 'bar')])
for filename, mod in [('x.py', 'x'), ('xy.py', 'xy'), ('pkg/sub.py', 'pkg.sub'),
                      ('pkgx.py', 'pkgx'), (os.path.join('foo', 'bar', 'm.py'), 'm'),
                      (os.path.join('q', 'm.py'), 'm'), (None, 'nofile'),
                      ('s.py', '<string>')]:
    print('ignore', filename, mod, ig.names(filename, mod))

print(trace._modname('/a/b/c.py'), trace._modname('plain'), trace._modname('d.tar.gz'))
saved = sys.path[:]
sys.path[:] = ['/root', '/root/lib', '/other']
for path in ['/root/lib/pkg/mod.py', '/root/x.py', '/elsewhere/y.py', '/root/library/z.py',
             '/root/lib/.hidden.py']:
    print('fullmodname', path, trace._fullmodname(path))
sys.path[:] = saved
print(trace.__all__)
