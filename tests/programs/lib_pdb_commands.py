"""pdb driven by a scripted stdin: stepping, stack moves, listing, printing, breakpoints, aliases.

The captured output has the script's path cut to its basename and the
stack entries of bdb's own frames reduced to <bdb>name(), so it is the same
on every machine.
"""
import io, os, re, sys, pdb

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

def g(a, b=2, *args, **kw):
    c = a + b
    return c * 2

def f(x):
    y = x + 1
    z = g(y)
    for i in range(2):
        y += i
    return z + y

class Filt(io.StringIO):
    pass

def session(cmds, func, *args):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(cmds), stdout=out, nosigint=True, readrc=False)
    p.use_rawinput = False
    r = p.runcall(func, *args)
    print(clean(out.getvalue()))
    print('result', r)
    pdb.bdb.Breakpoint.clearBreakpoints()

session("""where
args
p x
n
p y
s
a
w
up
p x
down
r
rv
ll
n
n
l
l 1, 3
pp [1,2]
whatis f
whatis x
whatis Filt
!q = 5
p q
display y
n
n
undisplay y
display
c
""", f, 1)
session("""b g
b 21, y > 3
b
tbreak 22
c
c
c
disable 2
enable 2
ignore 2 1
condition 2
cl 1
b
c
""", f, 3)
session("""unt 20
unt
j 18
p y
alias pp_x p x
pp_x
alias
unalias pp_x
foo
x = 99
p x
p $_frame.f_lineno
q
""", f, 3)
