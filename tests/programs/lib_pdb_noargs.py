"""pdb commands given no or odd arguments (p, pp, whatis, source, display,
undisplay, j, commands, tbreak, '!', alias, unalias), args of a function
with *args/keyword-only/**kwargs, long reprs, listing past the end, EOF."""
import io, os, re, sys, pdb, bdb

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

def f(*args, key=1, **kw):
    local = 'x' * 50
    return local

out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO("""p
pp
whatis
source
display
undisplay x
args
j
commands
tbreak
!
!pass
alias
alias x
unalias
up
down
p local
n
n
w
ll
l 200
EOF
"""), stdout=out, nosigint=True, readrc=False)
print(p.runcall(f, 1, 2, key=3, extra=4))
print(clean(out.getvalue()))
bdb.Breakpoint.clearBreakpoints()
