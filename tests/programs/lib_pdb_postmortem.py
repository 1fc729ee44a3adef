"""pdb post-mortem and entry points: post_mortem(tb), post_mortem() without
an exception, pm() with sys.last_exc, set_trace(header=...), convenience
variables ($_frame, $_retval, $_exception), and the interact command."""
import io, os, re, sys, pdb, bdb

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

def inner(d):
    key = 'missing'
    return d[key]

def outer():
    data = {'a': 1}
    return inner(data)

def make_pdb(cmds):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(cmds), stdout=out, nosigint=True, readrc=False)
    return p, out

# post_mortem with an explicit traceback, through a patched Pdb class
saved_stdin, saved_stdout = sys.stdin, sys.stdout
try:
    outer()
except KeyError as exc:
    tb = exc.__traceback__
sys.stdin = io.StringIO("w\np key\nup\np data\nl\nll\ndown\ndown\nup 9\nq\n")
buf = io.StringIO()
sys.stdout = buf
try:
    pdb.post_mortem(tb)
finally:
    sys.stdin, sys.stdout = saved_stdin, saved_stdout
print(clean(buf.getvalue()))

# pm() uses sys.last_exc
sys.last_exc = KeyError('x')
try:
    outer()
except KeyError as exc:
    sys.last_exc = exc
sys.stdin = io.StringIO("p d\np $_frame.f_code.co_name\nexit\n")
buf = io.StringIO()
sys.stdout = buf
try:
    pdb.pm()
finally:
    sys.stdin, sys.stdout = saved_stdin, saved_stdout
print(clean(buf.getvalue()))

try:
    pdb.post_mortem()
except ValueError as e:
    print('ValueError', e)

# set_trace with a header, inside a function
def traced():
    a = 10
    sys.stdin = io.StringIO("p a\nn\nn\nn\np $_retval\nc\n")
    sys.stdout = buf
    pdb.set_trace(header='--- header ---')
    b = a + 1
    return b
buf = io.StringIO()
try:
    r = traced()
finally:
    sys.stdin, sys.stdout = saved_stdin, saved_stdout
print(clean(buf.getvalue()))
print('traced ->', r)

# exceptions while stepping, $_exception
def thrower():
    try:
        int('x')
    except ValueError:
        pass
    return 1
p, out = make_pdb("n\nn\np $_exception\nn\nn\nn\nn\nc\n")
p.runcall(thrower)
print(clean(out.getvalue()))

# interact reads the process's stdin with input(), like code.interact
def inter():
    v = 41
    return v
p, out = make_pdb("n\ninteract\nc\n")
sys.stdin = io.StringIO("v + 1\nw = 5\nfor i in range(2):\n    print(i)\n\nundefined_name\nx(\n")
saved_stderr = sys.stderr
sys.stderr = err = io.StringIO()
try:
    p.runcall(inter)
finally:
    sys.stdin, sys.stderr = saved_stdin, saved_stderr
print(clean(out.getvalue()))
print(clean(err.getvalue()))
