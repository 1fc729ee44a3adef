# Leaving nested loops: flags, for-else chains, return from a function, and exceptions.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def find_with_return(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None


print(find_with_return(6), find_with_return(10))

found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v * v > 20:
            found = (r, c, v)
            break
    else:
        continue
    break
print("for-else chain:", found)

done = False
count = 0
for row in grid:
    for v in row:
        count += 1
        if v == 5:
            done = True
            break
    if done:
        break
print("flag:", count)


class Stop(Exception):
    pass


visited = []
try:
    for row in grid:
        for v in row:
            visited.append(v)
            if v % 4 == 0:
                raise Stop(v)
except Stop as s:
    print("exception exit at", s.args[0], visited)

i = 0
while i < 3:
    j = 0
    while True:
        if j == i:
            break
        j += 1
    else:
        print("never: while True has no else path")
    print("i", i, "j", j)
    i += 1

results = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        results.append((a, b))
print(results)
