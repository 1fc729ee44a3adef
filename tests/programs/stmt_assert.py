# assert with and without a message; the message is evaluated only on failure.
def check(v):
    try:
        assert v, "value was %r" % (v,)
        print("ok", v)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)


check(1)
check(0)
check([])
check("x")

try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)

calls = []


def msg():
    calls.append("msg")
    return "computed"


assert True, msg()
print(calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e, calls)

try:
    assert None, ValueError("an exception as message")
except AssertionError as e:
    print(type(e.args[0]).__name__, e.args[0])

try:
    assert (), ["list", 1]
except AssertionError as e:
    print(e.args)

# A tuple is always true (the SyntaxWarning case is avoided with a variable).
pair = (False, "msg")
assert pair
print("tuple assert passed")
