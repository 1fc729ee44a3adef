# exec and eval inside functions: locals() snapshots, writes not visible as locals, explicit dicts.
def exec_reads_locals():
    x = 10
    return eval("x * 2")


print(exec_reads_locals())


def exec_writes():
    y = 1
    exec("y = 2")
    return y


print(exec_writes())


def exec_with_dict():
    scope = {"y": 1}
    exec("y = y + 41\nz = 'new'", {}, scope)
    return scope


print(exec_with_dict())


def exec_defines_function():
    ns = {}
    exec("def helper(a):\n    return a * 3", ns)
    return ns["helper"](14)


print(exec_defines_function())


def eval_closure():
    captured = "closure value"

    def unreferenced():
        return eval("captured")

    def referenced():
        captured
        return eval("captured")
    try:
        first = unreferenced()
    except NameError as e:
        first = "%s: %s" % (type(e).__name__, e)
    return first, referenced()


print(eval_closure())


def eval_comprehension():
    base = 3
    try:
        return eval("[base * i for i in range(3)]")
    except NameError as e:
        return "%s: %s" % (type(e).__name__, e)


print(eval_comprehension())
counter = {"n": 0}
code = compile("n += 1", "<inc>", "exec")
for _ in range(3):
    exec(code, counter)
print(counter["n"])
