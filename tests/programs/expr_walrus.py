# Assignment expressions: in conditions, comprehensions (binding in the enclosing scope), lambdas.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)

print([y for x in data if (y := x * 2) > 10])
print(y)  # the last value bound in the comprehension

total = 0
sums = [total := total + x for x in data]
print(sums, total)


def f():
    [(last := v) for v in "abc"]
    return last


print(f())


def g():
    found = None
    if any((found := x) > 10 for x in data):
        return found
    return None


print(g())

print((z := 5), z + 1)
values = {"a": 1}
if (v := values.get("b")) is None:
    print("missing, v =", v)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]

lam = lambda: (w := 3) + w
print(lam())
print([(i, j) for i in range(3) if (j := i * i) % 2 == 0])


# Walrus in a nested comprehension binds in the function.
def nested():
    [[(inner := a * b) for b in range(3)] for a in range(3)]
    return inner


print(nested())
print(f"{(q := 10)} then {q * 2}")
