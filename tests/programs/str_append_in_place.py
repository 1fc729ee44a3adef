# `s += t` and `s = s + t` grow s in place only when nothing else refers to it: other names
# keep the old text, hashes and dict keys stay right, empty operands give the other one itself,
# lone surrogates and long texts survive, and a failed concatenation leaves s alone.
def f():
    s = "ab"
    t = s
    s += "cd"
    print(s, t, s is t)
    u = "x" * 50
    v = u
    u += "y"
    print(len(u), len(v))
    w = "start"
    for i in range(5):
        w += str(i)
    print(w, hash(w) == hash("start01234"))
    d = {w: 1}
    w2 = w
    w += "!"
    print(d.get("start01234"), w2, w)
    e = ""
    q = "abc"
    e += q
    print(e is q)
    z = "é"
    z += "\ud800"
    z += "x"
    print(len(z), ascii(z))
    a = "aa"
    a = a + "bb"
    print(a)
    try:
        s2 = "k"
        s2 += 5
    except TypeError as ex:
        print(ex, s2)
    big = "0123456789" * 5
    for i in range(3):
        big += big
    print(len(big), big[-3:])
f()
s = "mod"
s += "ule"
print(s)
