# if/elif/else chains, truthiness of many values, nested conditions.
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"


for v in (-5, 0, 3, 42):
    print(v, classify(v))

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\0", 0j, 1j]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 1:
    if x > 3:
        if x > 4:
            print("deep")
if not x:
    print("no")
elif not not x:
    print("double not")

# Conditions are evaluated once each, in order.
calls = []


def cond(name, result):
    calls.append(name)
    return result


if cond("a", False):
    pass
elif cond("b", 0):
    pass
elif cond("c", "yes"):
    pass
elif cond("d", True):
    pass
print(calls)
