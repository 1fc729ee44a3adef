def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
# repr edge cases
for v in [1e-7, 1.5e-7, 123e-20, 1e21, 1e22, 9.999999999999999e22, 1e-310, 2.2250738585072014e-308, 4.9406564584124654e-324, 0.1 * 3, 1e+300 * 1e8, 12345678901234567890.0, 0.000001, 0.0000001, 100000000000000000.0, 1234567890123456.7, 2**52 + 0.5]:
    t('r', lambda: (repr(v), str(v), '%r' % v, f'{v}', format(v), format(v, '')))
# str(float) vs repr equal in py3
t('neg', lambda: (repr(-1e-7), repr(-0.0), repr(-float('inf')), -float('nan')))
# float() of strings with exponents, long digit strings, big exponent
for s in ['1' * 400, '0.' + '0' * 400 + '1', '1e400', '1e-400', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '0e0', '-0', '+0.0e-5', '1E5', '1e0005', '0x1p3', '1.5e', '1.5e+', 'e', '1e1.5', '. 5', '5 .', '1_2.3_4e5_6', '1_2.3_4e-5_6', '1.2e_3', '\u20071.5', '\x1c1.5\x1c', '1.5\x00', 'infinityy', 'in', '-iNfInItY', 'NaN', '+nAn', 'nan0', '٣٫٥', '１．５']:
    t('float %r' % s, lambda: float(s))
# int() whitespace unicode
for s in ['\u2003 42\u2003', '\x1c42\x1d', '\x8542', '4\u06602', '１２', '𝟏𝟐']:
    t('int %r' % s, lambda: int(s))
# round misc
for v, n in [(0.5, 0), (1.5, 0), (-0.5, 0), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (2.5e-5, 5), (1.0000000000000002, 15), (5e-324, 323), (5e-324, 324), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (-1.7976931348623157e308, -308), (123.456, -1), (-123.456, -2), (-0.0, 1), (0.0, -1), (-1e-20, 5)]:
    t('round %r %r' % (v, n), lambda: round(v, n))
t('round ndigit big', lambda: round(1.5, 2**100))
t('round ndigit -big', lambda: round(1.5, -2**100))
t('round big ints', lambda: (round(10**30 + 5 * 10**9, -10), round(-(10**30) - 5*10**9, -10), round(15 * 10**40, -41), round(25 * 10**40, -41)))
t('round types', lambda: (type(round(2.5)), type(round(2.5, 0)), type(round(2, 0)), type(round(2.5, None))))
class R:
    def __round__(self, n=None): return ('r', n)
t('round dunder', lambda: (round(R()), round(R(), 3)))
t('round str', lambda: round('1'))
t('round kw', lambda: round(number=2.567, ndigits=2))
# as_integer_ratio
for v in [0.1, -2.5, 1e300, 5e-324, 2.0**-1074 * 3, 1.0]:
    t('air %r' % v, lambda: v.as_integer_ratio())
# int.from_bytes extras
t('fb mv', lambda: int.from_bytes(memoryview(b'\x01\x02'), 'little'))
t('fb iter', lambda: int.from_bytes(iter([1, 2]), 'big'))
t('fb bad item', lambda: int.from_bytes([256], 'big'))
t('fb int', lambda: int.from_bytes(5, 'big'))
t('fb order', lambda: int.from_bytes(b'\x01', byteorder='middle'))
t('fb kw', lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little', signed=True))
t('tb big', lambda: (2**100).to_bytes(13, 'big'))
t('tb 2**64-1', lambda: (2**64 - 1).to_bytes(8, 'little', signed=False))
t('tb signed -2**63', lambda: (-(2**63)).to_bytes(8, 'big', signed=True))
t('tb len huge', lambda: (1).to_bytes(2**70, 'big'))
t('tb extra', lambda: (1).to_bytes(1, 'big', True))
t('bit_count big', lambda: ((2**1000 - 1).bit_count(), (-(2**1000 - 1)).bit_count()))
t('as_integer_ratio sub', lambda: type(True.as_integer_ratio()[0]))
# float/int interplay fast paths
t('float-int ops', lambda: (1.5 + 2, 2 + 1.5, 2 - 0.5, 3 * 0.5, 3 / 1.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2.0 ** 2, 10 ** -2))
t('iadd', lambda: [(x := 5), (x := x + 2.5), (x := x * 2)])
t('aug', lambda: eval('a', {}, {'a': 0}))
x = 10
x //= 3; x **= 2; x %= 5; x <<= 3; x >>= 1; x |= 1; x ^= 3; x &= 6
print('aug ops', x)
f = 7.5
f //= 2; f %= 2.5; f **= 2; f /= 3
print('aug float', f)
z = 1 + 1j
z *= 2; z -= 1; z /= 1j; z **= 2
print('aug complex', z)
