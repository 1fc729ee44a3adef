# An error raised in __init__ while constructing an object inside a list comprehension.
class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)


rows = [("1", "2"), ("3", "4"), ("5", "six")]
points = [Point(x, y) for x, y in rows[:2]]
print(len(points))
points = [Point(x, y) for x, y in rows]
