# bytes % args (keys with parentheses, * widths, %b/%s/%c/%r/%a), __rmod__, and bytes details:
# __bytes__ first in bytes(), `in` with large ints, ord() of a bytearray, repetition by one,
# item assignment order, __sizeof__ growth, reduce with slots and mutating lists.


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


class WithBytes:
    def __init__(self, value):
        self.value = value

    def __bytes__(self):
        return self.value


class BytesSubclass(bytes):
    pass


class Blocked(bytes):
    __bytes__ = None


class StrWithBytes(str):
    def __bytes__(self):
        return b"from str"


class Boom:
    def __index__(self):
        target.clear()
        return 0


CASES = [
    r"b'...%(f(o)o)b...' % {b'f(o)o': b'abc', b'foo': b'bar'}",
    r"b'%(f(o)s' % {b'f(o': b'x'}",
    r"b'%*b|' % (5, b'abc')",
    r"b'%*b|' % (-5, b'abc')",
    r"b'%*.*b' % (5, 2, b'abc')",
    r"b'%i %*.*b' % (10, 5, 3, b'abc')",
    r"b'%c' % b'a'",
    r"b'%c' % 256",
    r"b'%c' % 'a'",
    r"b'%c' % bytearray(b'a')",
    r"b'%5c|%-5c|' % (65, 66)",
    r"b'%s' % 'x'",
    r"b'%s' % WithBytes(b'BB')",
    r"b'%s' % WithBytes('x')",
    r"b'%b' % memoryview(b'mv')",
    r"b'%r %a' % ('\xe9', b'x')",
    r"b'%.2s' % b'abcdef'",
    r"b'%d %x %o %e %5.1f %%' % (1, 255, 8, 1.5, 2.25)",
    r"b'%y' % 1",
    r"b'%s %s' % (b'a',)",
    r"b'%s' % (b'a', b'b')",
    r"b'%s' % [1]",
    r"b'a' % b'x'",
    r"b'no format' % bytearray(b'1')",
    r"b'no format' % memoryview(b'1')",
    r"'no format' % b'1'",
    r"b'%(a)s' % {b'a': 1}",
    r"b'%(a)s' % {'a': b'1'}",
    r"bytearray(b'%s!') % b'x'",
    r"'abc'.__rmod__('%r')",
    r"'abc'.__rmod__(1)",
    r"b'abc'.__rmod__(b'%r')",
    r"b'abc'.__rmod__('%r')",
    r"bytearray(b'abc').__rmod__(1)",
    r"object() % b'abc'",
    r"b'%*d' % ('x', 1)",
    r"'a' % b'x'",
    r"bytes(WithBytes(b'abc'))",
    r"type(bytes(WithBytes(BytesSubclass(b'abc'))))",
    r"type(BytesSubclass(WithBytes(b'abc')))",
    r"bytes(WithBytes('abc'))",
    r"bytes(Blocked(b'ab'))",
    r"bytes(StrWithBytes('x'))",
    r"bytes(StrWithBytes('\u20ac'), 'iso8859-15')",
    r"bytearray(WithBytes(b'x'))",
    r"2**70 in b'abc'",
    r"-1 in b'abc'",
    r"97 in bytearray(b'abc')",
    r"ord(bytearray(b'a'))",
    r"ord(bytearray(b'ab'))",
    r"ord(b'')",
    r"bytes.__doc__.startswith('bytes(')",
    r"bytearray.__doc__.startswith('bytearray(')",
    r"bytearray(b'abc').__reduce_ex__(4)",
    r"bytearray(b'abc').__reduce__()",
]
for case in CASES:
    attempt(case)

a = b"123abc1@"
print(a * 1 is a, 1 * a is a, a * 2 is a, BytesSubclass(a) * 1 is a)

target = bytearray(b"Now you see me")
attempt("target.__setitem__(0, Boom())")
target = bytearray(b"python")
attempt("target.__setitem__('a', 1)")
attempt("target.__setitem__(10, 1)")
target[-1] = 33
print(target)


class X:
    def __index__(self):
        items.clear()
        return 42


class Y:
    def __index__(self):
        if len(items) < 10:
            items.append(self)
        return 42


items = [X(), X()]
print(bytes(items))
items = [Y()]
print(bytearray(items))

b = bytearray(10)
size = b.__sizeof__()
del b[:1]
print(b.__sizeof__() <= size, b"".__sizeof__() < b"abc".__sizeof__(), object().__sizeof__() > 0)


class WithDict(bytearray):
    pass


w = WithDict(b"ab")
w.z = 2
print(w.__reduce_ex__(4)[1:], w.__reduce__()[1:])
