# Building functions at run time: function type from a code object, closures via exec,
# default arguments and globals of created functions.
def template(a, b=2):
    return a * b + OFFSET


FunctionType = type(template)
OFFSET = 100
g = {"OFFSET": 1}
clone = FunctionType(template.__code__, g, "clone", (10,))
print(clone(3), clone(3, 3), template(3), clone.__name__, clone.__defaults__)
print(clone.__globals__ is g, template.__globals__ is globals())

ns = {}
exec("def outer(n):\n    def inner(m):\n        return n + m\n    return inner\n", ns)
adder = ns["outer"](5)
print(adder(1), adder.__code__.co_freevars, adder.__closure__[0].cell_contents)

source = "\n".join([
    "def power(base, exp=2):",
    "    result = 1",
    "    for _ in range(exp):",
    "        result *= base",
    "    return result",
])
space = {}
exec(compile(source, "<generated>", "exec"), space)
power = space["power"]
print(power(3), power(2, 10), power.__code__.co_filename, power.__code__.co_firstlineno)

lam = eval("lambda x, *, y=1: x + y")
print(lam(1), lam(1, y=5), lam.__code__.co_kwonlyargcount, lam.__kwdefaults__)


def make_counter_fn():
    count = [0]

    def counter():
        count[0] += 1
        return count[0]
    return counter


c1, c2 = make_counter_fn(), make_counter_fn()
print(c1(), c1(), c2(), c1.__code__ is c2.__code__, c1.__closure__ is c2.__closure__)
