"""pdb breakpoint management and errors: file:line (relative and absolute)
breakpoints, unknown names, ignore/disable/enable/condition with bad
arguments, clear by location and number, clear all (answered through
input()), frame moves with bad counts, until errors; then a session under
runeval-like eval() in '<string>' code and convenience variables."""
import io, os, re, sys, pdb, bdb, json

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    text = text.replace(os.path.dirname(os.path.abspath(__file__)), '.')
    text = re.sub(r'(at |Breakpoint \d+ at )\S*/(\w+\.py):\d+', r'\1\2:N', text)
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

def f(n):
    out = []
    for i in range(n):
        out.append(json.dumps(i))
    return out

def session(cmds, func, *args, stdin=''):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(cmds), stdout=out, nosigint=True, readrc=False)
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        r = p.runcall(func, *args)
    finally:
        sys.stdin = saved
    print(clean(out.getvalue()))
    print('result', r)
    bdb.Breakpoint.clearBreakpoints()

session("""b lib_pdb_manage.py:18
b %s:19
b os.path.nothing
b json
b f
b 17, i
ignore 1 2
ignore 2 x
ignore 2 1
disable 1 2 x 99
enable
condition
condition x
condition 6 i >= 1
b
cl lib_pdb_manage.py:18
cl lib_pdb_manage.py:x
cl lib_pdb_manage.py:99
cl nowhere.py:1
cl 2 3
cl
b
cl
b
up x
up -1
down -5
up 2
unt x
unt 3
w
q
""" % os.path.abspath(__file__), f, 3, stdin='n\ny\n')
session("""l
ll
w
s
s
s
p $_frame.f_code.co_name
p $nope
p "$_frame"
q
""", eval, "f(1)", globals())
