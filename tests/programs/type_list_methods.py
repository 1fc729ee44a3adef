# list: construction, methods, sorting stability and keys, mutation during operations, errors.
lst = [3, 1, 2]
lst.append(4)
lst.extend((5, 6))
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(2)
print(lst, lst.index(4), lst.count(1), 3 in lst)
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))  # stable
c = lst.copy()
c.append("new")
print(lst, c)
c.clear()
print(c, [] == [], [1, 2] == [1, 2], [1, 2] < [1, 3], [[]] * 3)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list())
x = [1, 2, 3, 4, 5, 6]
x[1:3] = []
x[0:0] = ["start"]
x[len(x):] = ["end"]
print(x)
del x[::2]
print(x, x * 2, x + ["more"], 2 * x)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), len([None] * 5))
nested = [1, [2, [3]]]
print(nested[1][1][0], nested.index([2, [3]]))
print([1, 2, 3].index(3, 1), [0, 1, 0].index(0, 1))
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], [i for i in reversed(range(3))])
