# Subscript and attribute expressions: chaining, on literals, on calls, negative indices, errors.
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][-1], data["users"][-1]["name"].upper(), len(data["users"][1]["tags"]))
print("abc"[1], [10, 20][-1], (1, 2, 3)[1:][0], {"k": "v"}["k"], range(10)[3], b"xy"[0])
print("a-b".split("-")[1], "  x ".strip().upper(), (1).bit_length(), 1.5.is_integer(), (2).__add__(3))
print([1, 2, 3][::-1][0], "hello"[1:4][::-1], [[1, 2], [3, 4]][1][0])


class Obj:
    def __init__(self):
        self.child = None
        self.items = [1, 2]

    def me(self):
        return self


o = Obj()
o.child = Obj()
o.child.child = "leaf"
print(o.me().me().child.child, o.items[o.items[0]], o.child.items[-2])
o.me().items[0] = 100
print(o.items)
print(getattr(o.child, "child"), o.__class__.__name__, o.me.__name__, o.me.__self__ is o)
try:
    o.child.child.child
except AttributeError as e:
    print(type(e).__name__, e)
try:
    data["users"][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    data["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    pair = (1, 2)
    pair["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}[["list"]]
except TypeError as e:
    print(type(e).__name__, e)
