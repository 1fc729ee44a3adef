import builtins
print(repr(credits))
print(repr(license))
print(repr(help))
print(type(help).__name__, type(license).__name__, type(copyright).__name__)
print(license._Printer__data.split()[1])
print(repr(copyright) == __import__("sys").copyright)
credits()
def f(x, y=2, *a, k, **kw):
    """Add things.

    More text."""
help(f)
def g(): pass
help(g)
help(lambda q: q)
help("no_such_module_here_xyz")
class Long(builtins._Printer if hasattr(builtins, "_Printer") else type(license)):
    pass
p = Long("long", "\n".join(str(i) for i in range(30)))
print(repr(p))
