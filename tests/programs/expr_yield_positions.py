# yield as an expression in various positions: assignments, arguments, conditions, f-strings.
def positions():
    a = yield "first"
    print("  a =", a)
    b = (yield "second") + 1
    print("  b =", b)
    print("  arg:", (yield "third"))
    if (yield "fourth"):
        print("  condition true")
    lst = [(yield "fifth"), (yield "sixth")]
    print("  list:", lst)
    s = f"{(yield 'seventh')}!"
    print("  f-string:", s)
    x = yield
    print("  bare yield got", x)
    return "done"


g = positions()
print(next(g))
for value in [10, 20, "arg", True, "l1", "l2", "fs", "bare"]:
    try:
        print(g.send(value))
    except StopIteration as e:
        print("StopIteration:", e.value)


def yield_in_lambda_body():
    f = lambda: (yield 1)
    return list(f())


print(yield_in_lambda_body())


def yield_tuple():
    x = yield 1, 2
    y = yield (x, x)
    yield y


g = yield_tuple()
print(next(g), g.send("s"), g.send(None))


def yield_from_value():
    result = yield from (i for i in "ab")
    print("  genexpr returns", result)
    yield "end"


print(list(yield_from_value()))
