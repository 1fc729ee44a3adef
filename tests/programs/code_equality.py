# Code objects compare by what they hold (name, signature, flags, instructions, constants,
# names, positions), not by identity nor file name; equal ones hash alike.
first = compile("a = 1", "<input>", "single")
second = compile("a = 1", "<input>", "single")
print(first == second, first != second, hash(first) == hash(second), {first: "found"}[second])
print("other file:", compile("a = 1", "one", "exec") == compile("a = 1", "two", "exec"))
print("int vs float constant:", compile("a = 1", "x", "exec") == compile("a = 1.0", "x", "exec"))
print("0.0 vs -0.0:", compile("a = 0.0", "x", "exec") == compile("a = -0.0", "x", "exec"))
print("other line:", compile("a = 1", "x", "exec") == compile("\na = 1", "x", "exec"))
print("nested:", compile("def f(): return (1, 'x')", "x", "exec") == compile("def f(): return (1, 'x')", "x", "exec"))


def f():
    return 1


def g():
    return 1


print("other name:", f.__code__ == g.__code__, f.__code__ == f.__code__)
print("replace name:", f.__code__.replace(co_name="g") == g.__code__.replace(co_firstlineno=f.__code__.co_firstlineno))
print("not code:", f.__code__ == 1, f.__code__.__eq__(1))
