# for/else and while/else with break and continue.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("loop done, i =", i)

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)

n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("never")
print("after break, n =", n)

# Nested loops: break only leaves the inner one.
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print("pair", a, b)
    else:
        print("inner else", a)

# continue in while
k = 0
out = []
while k < 10:
    k += 1
    if k % 3:
        continue
    out.append(k)
print(out)

# Loop variable keeps its last value; an empty loop leaves it unbound.
for last in "abc":
    pass
print(last)


def empty_loop():
    for item in []:
        pass
    return item


try:
    empty_loop()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# Modifying the list while iterating: the iterator sees the appended items.
data = [1, 2]
for x in data:
    if x < 4:
        data.append(x + 2)
print(data)

# for over a dict, a string, a range with steps
print([k for k in {"b": 1, "a": 2}])
print(list(range(10, 0, -3)))
for ch in "hé":
    print(ch, ord(ch))

# else after a loop whose body raises and catches
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print("caught", e)
else:
    print("else after caught exceptions")
