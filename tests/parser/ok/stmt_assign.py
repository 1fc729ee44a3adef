# Assignments: chained, augmented (every operator), annotated, unpacking, every target kind.
a = 1
a = b = c = 1
a, b = 1, 2
(a, b) = [c, d] = e
[a, (b, [c, d])] = e
a.b = 1
a.b.c = 1
a[0] = 1
a[1:2] = 1
a().b = 1
a[0].b[1] = 1
(a) = 1
((a)) = 1
(a.b) = 1
a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a //= 1
a %= 1
a **= 1
a >>= 1
a <<= 1
a &= 1
a ^= 1
a |= 1
a.b += 1
a[0] **= 2
x: int
x: int = 1
(x): int = 1
x.y: int
x.y: List[int] = []
x[0]: str = "s"
x: tuple = 1, 2
x: "forward" = None
x: int = yield_
x: list[int,] = []
x = yield_ = 1
a = b = yield_
a, = b,
a = *b, c
a = (yield)
