"""pdb driven by a scripted stdin: breakpoint commands, errors, help, jump, generators, run/runeval.

The captured output has the script's path cut to its basename and the
stack entries of bdb's own frames reduced to <bdb>name(), so it is the same
on every machine.
"""
import io, os, re, sys, pdb, bdb

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

def gen():
    yield 1
    yield 2

def raiser(n):
    if n == 0:
        raise ValueError('boom')
    return raiser(n - 1)

def h(n):
    total = 0
    for v in gen():
        total += v
    try:
        raiser(1)
    except ValueError:
        total += 100
    return total

def session(cmds, func, *args):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(cmds), stdout=out, nosigint=True, readrc=False)
    r = p.runcall(func, *args)
    print(clean(out.getvalue()))
    print('result', r)
    bdb.Breakpoint.clearBreakpoints()

session("""b raiser
commands
silent
p n
end
commands 1
p n
bt
end
c
c
retval
r
n
s
j 1
j x
j 28
help
help nothing
p 1/0
p (
whatis raiser
source gen
condition 9 x
ignore
enable x
disable 9
b 6
b nowhere
b nofile.py:3
b raiser, (
tbreak 29
c
exit
""", h, 0)
session("""n
n
n
n
n
n
n
n
u
d
u 5
d 5
c
""", h, 0)
session("""s
s
s
s
s
s
s
s
unt 29
p total
interact
""", h, 0)
out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO("s\nn\np 7\nc\n"), stdout=out, nosigint=True, readrc=False)
p.run("x = 1\ny = x + 2\n", {})
print(clean(out.getvalue()))
out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO("s\nc\n"), stdout=out, nosigint=True, readrc=False)
print(p.runeval("raiser(2)", globals()) if False else p.runeval("1 + 2", {}))
print(clean(out.getvalue()))
