# Conditional expressions, nesting, laziness.
def side(tag, value):
    print("  eval", tag)
    return value


for x in (0, 1, 2):
    print(x, "zero" if x == 0 else "one" if x == 1 else "many")

r = side("a", "A") if side("cond", True) else side("b", "B")
print(r)
r = side("a", "A") if side("cond", []) else side("b", "B")
print(r)

f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print((1 if True else 2) + (10 if False else 20))
print([i if i % 2 else -i for i in range(6) if i != 3])
nested = (("a" if True else "b") if False else ("c" if False else "d"))
print(nested)
print("lazy", 1 if True else 1 / 0)
