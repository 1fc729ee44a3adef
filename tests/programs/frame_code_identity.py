# f_code of a frame is the very code object of the function it runs, however it was called:
# directly, as a bound method held in a variable, or from a builtin (map, sorted's key, a class
# body), and also when the call fails.
import sys


def code_here():
    return sys._getframe().f_code


class A:
    def method(self):
        return sys._getframe().f_code

    def failing(self, x):
        raise ValueError(sys._getframe().f_code)


bound = A().method
print("direct", code_here() is code_here.__code__)
print("bound method", bound() is A.method.__code__)
print("map", next(map(lambda _: sys._getframe().f_code, [0])).co_name)
print("map named", all(code is code_here.__code__ for code in map(lambda _: code_here(), [0, 1])))


def key(x):
    assert sys._getframe().f_code is key.__code__
    return -x


print("sorted key", sorted([1, 3, 2], key=key))
try:
    list(map(A().failing, [1]))
except ValueError as err:
    print("raised", err.args[0] is A.failing.__code__)


class Body:
    seen = sys._getframe().f_code.co_name


print("class body", Body.seen)
# The stack stays balanced across many calls from builtins, failing or not.
for _ in range(3):
    try:
        sorted([1, 2], key=lambda x: 1 / 0)
    except ZeroDivisionError:
        pass
print("after", sum(map(lambda x: x * 2, range(1000))))
