"""More pdb commands: jump (with the VM's checks), display of changing
values, until, whatis, ';;' chains, pp, list continuation and ranges,
source, commands lists (silent, resuming commands), conditions and
temporary breakpoints."""
import io, os, re, sys, pdb, bdb, warnings

def clean(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    return re.sub(r'\S*bdb\.py\(\d+\)(\w+)\(\)\n-> .*', r'<bdb>\1()', text)

class K:
    def meth(self, v):
        w = v + 1
        return w

def loop():
    acc = []
    for i in range(4):
        acc.append(i)
    k = K()
    r = k.meth(len(acc))
    acc.append(r)
    return acc

def session(cmds, func, *args):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(cmds), stdout=out, nosigint=True, readrc=False)
    r = p.runcall(func, *args)
    print(clean(out.getvalue()))
    print('result', r)
    bdb.Breakpoint.clearBreakpoints()

caught = warnings.catch_warnings(record=True)
log = caught.__enter__()
warnings.simplefilter('always')
session("""n
n
j 20
p acc
j 17
n
display len(acc)
n
n
n
display
unt 21
whatis k.meth
whatis K
whatis 3
whatis loop
s
retval
p v ;; p w
p v;;n
pp {'key%d' % i: list(range(i)) for i in range(8)}
l .
l
l
l 100
l 9, 2
l x
source K.meth
source 3
source nonexist
undisplay nothing
undisplay
display x y
retval
b K.meth
b loop
b
commands 1
p v
c
commands 9
commands x
q
""", loop)
caught.__exit__(None, None, None)
print([(w.category.__name__, str(w.message)) for w in log])
session("""b 19
b 20
commands 1
silent
p i
c
end
commands 2
p 'at 16'
end
c
c
c
""", loop)
session("""tbreak 19, i == 2
condition 1 i ==
condition 1 i == 3
c
p i
b
""", loop)
