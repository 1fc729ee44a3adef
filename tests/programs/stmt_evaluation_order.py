# Evaluation order: assignments (value before targets, targets left to right), calls, displays.
log = []


def v(tag, value=None):
    log.append(tag)
    return value if value is not None else tag


class Target:
    def __setattr__(self, name, value):
        log.append("set " + name)
        object.__setattr__(self, name, value)


def show(label):
    print(label, log)
    log.clear()


t = Target()
v("obj1", t).a = v("obj2", t).b = v("value", 1)
show("chained:")
d = {}
v("container", d)[v("key")] = v("value")
show("subscript:")
v("f", lambda *a, **k: None)(v("arg1"), v("arg2"), kw=v("kw"))
show("call:")
{v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
[v("a"), *[v("star")], v("b")]
show("list display:")
v("left", 1) + v("right", 2) * v("third", 3)
show("binary:")
v("x", 1) < v("y", 2) < v("z", 3)
show("chained compare:")
v("cond", True) and v("then", 0) or v("else")
show("bool ops:")
a, b = v("first"), v("second")
show("tuple assignment:")
x = [0, 0]
i = 0
i, x[i] = 1, 2
print("x after i, x[i] = 1, 2:", x)
q = [1, 2, 3]
q[v("idx", 0)], q[v("idx2", 1)] = q[1], q[0]
show("swap:")
print(q)
f"{v('f1')}{v('f2')}"
show("f-string:")
v("subject", [1, 2])[v("start", 0):v("stop", 1)]
show("slice:")
v("base", {"k": 1})[v("k1", "k")] += v("inc", 5)
show("augmented subscript:")
