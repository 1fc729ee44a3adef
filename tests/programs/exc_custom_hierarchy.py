# User exception hierarchies, catching by base class, add_note and __notes__.
class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid, KeyError):
    pass


print([c.__name__ for c in Leaf.__mro__])

try:
    raise Leaf("leaf")
except KeyError as e:
    print("caught as KeyError:", repr(e), str(e))

try:
    raise Leaf("leaf")
except Base as e:
    print("caught as Base:", type(e).__name__)

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)


class WithAttrs(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


try:
    raise WithAttrs("m", extra={"k": 1})
except WithAttrs as w:
    print(w.args, w.extra)

# Exception classes are classes: attributes, class-level defaults.
class Coded(Exception):
    code = 100


class Coded2(Coded):
    code = 200


for cls in (Coded, Coded2):
    try:
        raise cls()
    except Coded as c:
        print(type(c).__name__, c.code)

print(issubclass(Leaf, LookupError), issubclass(Leaf, Exception), issubclass(Base, KeyError))
