# print() hands a Python stream the str objects themselves: lone surrogates reach write()
# unchanged, and sep and end too (subclasses of str included).
import io


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append((type(text).__name__, text))


class Sep(str):
    pass


f = io.StringIO()
print("a\udcc4", "\ud800b", file=f)
print(ascii(f.getvalue()))
r = Recorder()
print(1, "x\udfff", sep=Sep("-"), end="!\n", file=r)
print([(kind, ascii(text)) for kind, text in r.parts])
for bad in (1, b"x"):
    try:
        print("x", sep=bad, file=r)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("x", end=bad, file=r)
    except TypeError as e:
        print("TypeError:", e)
