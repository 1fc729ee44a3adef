# Dicts and sets across the size where a table starts keeping an index: inserts, deletes and
# re-inserts keep insertion order and membership, checked against a list at every step.
d = {}
ref = []
x = 7
for i in range(20000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 37
    op = x % 5
    if op < 3:
        d[k] = i
        for j, (kk, vv) in enumerate(ref):
            if kk == k:
                ref[j] = (k, i)
                break
        else:
            ref.append((k, i))
    elif k in d:
        del d[k]
        ref = [(kk, vv) for kk, vv in ref if kk != k]
    assert list(d.items()) == ref, i
s = set()
for i in range(3000):
    s.add(i % 13); s.discard((i * 7) % 11)
print(sorted(s), len(d), list(d.items())[:5])
