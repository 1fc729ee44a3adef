# RecursionError through __repr__, __eq__ and __getattr__, started close to the recursion
# limit so that the depth through builtins stays small.
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


class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"


class SelfEq:
    def __eq__(self, other):
        return self == other

    __hash__ = object.__hash__


class Chain:
    def __getattr__(self, name):
        return getattr(self, name + "x")


class StrLoop:
    def __str__(self):
        return "%s" % self


HEADROOM = 40
limit = max_depth()
print(limit > 2 * HEADROOM)
print(at_depth(limit - HEADROOM, attempt(lambda: repr(SelfRepr()))))
print(at_depth(limit - HEADROOM, attempt(lambda: SelfEq() == SelfEq())))
print(at_depth(limit - HEADROOM, attempt(lambda: Chain().start)))
print(at_depth(limit - HEADROOM, attempt(lambda: str(StrLoop()))))
print(at_depth(limit - HEADROOM, attempt(lambda: [SelfEq()].count(SelfEq()))))
print("stack is usable again:", at_depth(10, lambda: "yes"))
