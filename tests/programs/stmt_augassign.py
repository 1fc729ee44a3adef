# Augmented assignment on names, attributes, subscripts and slices; evaluation counts.
class Counter:
    def __init__(self):
        self.val = 10

    def __repr__(self):
        return "Counter(%d)" % self.val


def get(obj, log, tag):
    log.append(tag)
    return obj


log = []
c = Counter()
get(c, log, "obj").val += 5
print(c, log)

d = {"a": [1]}
log = []
get(d, log, "dict")[get("a", log, "key")] += [2]
print(d, log)

n = 7
n -= 2
n *= 3
n //= 4
n **= 2
n %= 7
n <<= 3
n >>= 1
n |= 1
n &= 0xF
n ^= 0b101
print(n)

f = 7.0
f /= 2
print(f)

# += on a list mutates in place; on a tuple it rebinds.
a = [1]
alias = a
a += [2]
print(alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)

# Slices
s = [0, 1, 2, 3, 4]
s[1:3] += ["x"]
print(s)

# The famous tuple-item case: the list is extended, then the store fails.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# String and bytes
w = "ab"
w *= 3
print(w)
bb = b"x"
bb += b"yz"
print(bb)

# Augmented assignment on a global from a function and on a missing name.
g = 1


def bump():
    global g
    g += 10


bump()
print(g)


def broken():
    h += 1  # noqa


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    c.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d["zz"] += 1
except KeyError as e:
    print(type(e).__name__, e)
