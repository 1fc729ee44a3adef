# RecursionError through a property getter, __init__, __call__ and __setattr__, started close to
# the recursion limit so that few frames go through builtins.
def max_depth():
    def probe(n):
        try:
            return probe(n + 1)
        except RecursionError:
            return n
    return probe(0)


def at_depth(n, fn):
    if n <= 0:
        return fn()
    return at_depth(n - 1, fn)


def attempt(fn):
    def run():
        try:
            return fn()
        except RecursionError as e:
            return "%s: %s" % (type(e).__name__, e)
    return run


class Prop:
    @property
    def value(self):
        return self.value


class Init:
    def __init__(self):
        self.child = Init()


class Call:
    def __call__(self):
        return self()


class SetAttr:
    def __setattr__(self, name, value):
        setattr(self, name, value)


HEADROOM = 40
limit = max_depth()
print(limit > 2 * HEADROOM)
print(at_depth(limit - HEADROOM, attempt(lambda: Prop().value)))
print(at_depth(limit - HEADROOM, attempt(Init)))
print(at_depth(limit - HEADROOM, attempt(Call())))
print(at_depth(limit - HEADROOM, attempt(lambda: setattr(SetAttr(), "x", 1))))
print(max_depth() == limit)
