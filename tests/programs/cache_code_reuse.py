# Code objects made and freed one after another (eval in a loop) may land at the same address;
# the attribute and global caches must not confuse one with the next.
names = ["upper", "lower", "title", "swapcase", "capitalize", "casefold", "strip", "isalpha"]
for name in names:
    print(name, eval(f'"aBc dE".{name}()'))
for name in ["real", "imag", "numerator", "denominator"]:
    print(name, eval(f"(7).{name}"))
g = {"a": 1, "b": 2, "c": 3}
for name in "abc":
    print(name, eval(name, g))


class P:
    x = 1
    y = 2

    def m(self):
        return "m"

    def n(self):
        return "n"


p = P()
for attr in ["x", "y", "m", "n"]:
    value = eval(f"p.{attr}")
    print(attr, value() if callable(value) else value)
for attr, value in [("x", 10), ("y", 20)]:
    exec(f"p.{attr} = {value}")
print(p.x, p.y)
