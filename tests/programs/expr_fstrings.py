# f-strings: format specs, conversions, nesting, self-documenting expressions, escapes.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{-n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:c}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {1234567:_}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{name:*^11} {name:>{n // 6}} {pi:.{2}f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}}]")
print(f"{n=} {pi=:.2f} {name = !r} {n * 2 = }")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n:03d}'}")
print(f"""{
    n
    + 1
}""")
print(f"{[1, 2][0]} {dict(a=1)['a']} {(lambda: 'lam')()}")
print(f"{'quote'} {"same quotes allowed in 3.12"}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{3.0:g} {0.0001:g} {1e20:g} {float('inf'):f} {-0.0:+}")
print(f"{True} {None} {b'x'}")
print(f"{n!r:>6}")


class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"

    def __repr__(self):
        return "Fmt-repr"

    def __str__(self):
        return "Fmt-str"


o = Fmt()
print(f"{o} {o:abc} {o!r} {o!s} {o!r:>10}")
print(f"{o:{'x' * 3}}")
x = 7
print(f"{x:{'>' if x > 5 else '<'}5}|")
print(rf"\n{x}\t", fr"{x}\d")
print(f"{'\n'.join(['multi', 'line'])}")
print(f"{x!r}" f"{x}" "plain")

for bad in ("{n:q}", "{name:d}", "{pi:x}"):
    try:
        print(eval("f'" + bad + "'"))
    except ValueError as e:
        print(type(e).__name__, e)
