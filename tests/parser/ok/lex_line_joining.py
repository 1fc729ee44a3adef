# Explicit (backslash) and implicit (bracket) line joining.
x = 1 + \
    2
y = \
3
if a and \
        b:
    pass
    \
z = [
    1,   # comments inside brackets
  2,
        3
]
w = (1
+ 2
     - 3)
v = {'a':
     1,
  'b': 2}
def f(a,
      b):
    return (a
            , b)
with open(x) as f, \
     open(y) as g:
    pass
assert x, \
    "message"
u = x[1:
      2]
t = f(
)
s = x if \
    y else \
    z
\
r = 2
q = 1 + \
 \
 2
