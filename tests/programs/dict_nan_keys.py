# NaN keys are found by identity (a NaN is unequal to itself), also the negative NaNs,
# which Ferrython packs in a box inside a dict's entries.
import math

for name, k in [("nan", float("nan")), ("-nan", -float("nan")), ("-math.nan", -math.nan),
                ("copysign", math.copysign(math.nan, -1.0))]:
    d = {k: 1}
    s = {k}
    fs = frozenset([k, 1.5])
    print(name, d[k], k in d, d.get(k), k in s, k in fs, [k].count(k), [k].index(k), (k,) == (k,))
    d[k] = 2
    print(" ", len(d), d[k], d.setdefault(k, 3), d.pop(k), len(d))
    s.add(k)
    print(" ", len(s), s.discard(k), len(s))
    # Many keys: the indexed table.
    big = {i: i for i in range(20)}
    big[k] = "nan"
    print(" ", big[k], k in big, big.pop(k), k in big)
    bs = set(range(20))
    bs.add(k)
    print(" ", k in bs, len(bs))
    bs.remove(k)
    print(" ", k in bs, len(bs))
    print(" ", {k: 1} == {k: 1}, {k} == {k}, {k} <= {k, 2})
