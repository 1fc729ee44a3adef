# while loops: counting, nested, with complex conditions, and walrus.
i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(total)

# Collatz steps
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(k) for k in range(1, 12)])

data = [3, 1, 4, 1, 5, 9, 2, 6]
while (item := data.pop()) != 1:
    print("popped", item)
print("left", data)

# Nested while with break/continue and else
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner == 2:
            continue
        if inner > 3:
            break
        print(outer, inner)
    outer += 1
else:
    print("outer else", outer)

# while with a falsy-then-truthy object
class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        return self.n >= 0


cd = Countdown(3)
ticks = 0
while cd:
    ticks += 1
print("ticks", ticks)

# while 1 / while True with return
def first_square_above(limit):
    k = 0
    while 1:
        if k * k > limit:
            return k
        k += 1


print(first_square_above(50))
