# Default values are evaluated once, at definition time: the mutable default pitfall.
def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def make(label, ident=next_id()):
    return label, ident


print(make("a"), make("b"), counter)

x = 10


def captured(value=x):
    return value


x = 20
print(captured())


def kw_defaults(*, flag=[], opts={}):
    flag.append(len(flag))
    opts[len(opts)] = True
    return flag, opts


kw_defaults()
print(kw_defaults())
print(kw_defaults.__kwdefaults__)

# Defaults can be replaced at runtime.
def greet(name="world"):
    return "hello " + name


greet.__defaults__ = ("python",)
print(greet())
greet.__defaults__ = None
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)


# Defaults referring to earlier parameters is not possible; they see the enclosing scope.
def outer():
    base = 5

    def inner(n=base * 2):
        return n
    return inner


print(outer()())
