def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0.1, 1e16, 1e15, 123456789012345678.0, 1e-05, 0.0001, 1e-4, 1.5e300, 5e-324, -0.0, 0.0, 1e22, 1e23, 2.5, 100.0, 1/3, 2/3, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.3, 1.1 + 2.2]:
    t('repr', lambda: (repr(v), str(v)))
for s in ['1.5', ' 1.5 ', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '1e1_0', 'inf', '-Infinity', '+nan', '-nan', 'iNf', 'infinit', 'nan(1)', '', ' ', 'x', '1e', '.5', '5.', '.', 'e5', '1.5j', '0x10', '1e500', '-1e500', '1e-500', '١.٥', '\t1\n', '1 .5', '+-1', '--1', '1e+5', '1E-5', '0001.5', 'in f']:
    t('float %r' % s, lambda: float(s))
t('float bytes', lambda: float(b'1.5'))
t('float bytes bad', lambda: float(b'x'))
t('float None', lambda: float(None))
t('float big int', lambda: float(10**400))
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 1
class Ix:
    def __index__(self): return 3
t('__float__', lambda: float(F()))
t('bad __float__', lambda: float(BadF()))
t('__index__', lambda: float(Ix()))
class MyFloat(float): pass
t('sub', lambda: (MyFloat(1.5), type(MyFloat('2.5'))))
t('float kw', lambda: float(x=1))
for v in [1.0, 0.5, -0.1, 1e300, 5e-324, 0.0, -0.0, float('inf'), float('nan'), 3.0, 1e16]:
    t('hex %r' % v, lambda: v.hex())
    t('ratio %r' % v, lambda: v.as_integer_ratio())
    t('isint %r' % v, lambda: v.is_integer())
for s in ['0x1.8p1', '0X1P-1', '1.8p1', '-0x1p-1074', '0x1p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023', '0x1p1024', 'inf', '-infinity', 'nan', ' 0x1p0 ', '0x', '0x.p1', '0x1p', 'x', '0x1.2.3', '0x1 p1', '0x1p+1', '1', '.8', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x0.0000000000001p-1022', '0x1_0p0']:
    t('fromhex %r' % s, lambda: float.fromhex(s))
t('fromhex sub', lambda: type(MyFloat.fromhex('0x1p0')))
for v, n in [(2.675, 2), (0.5, None), (1.5, None), (2.5, None), (-0.5, None), (-2.5, None), (0.125, 2), (0.375, 2), (1234.5, -1), (1250.0, -2), (1350.0, -2), (1.0, 400), (1e300, -300), (5e-324, 400), (-1.5, 0), (12345.6789, -2), (-0.4, 0), (float('inf'), None), (float('nan'), None), (float('inf'), 2), (float('nan'), 1), (1e300, -400), (0.1, 20), (1.2345e-10, 12), (2.5, 0), (7.5e22, -22)]:
    t('round %r %r' % (v, n), lambda: round(v, n))
t('round float nd', lambda: round(1.5, 1.5))
t('round huge', lambda: round(1e300))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (7.0, 0.0), (0.0, 0.0), (-0.0, 1.0), (0.0, -1.0), (1e300, 1e-300), (5.0, float('inf')), (-5.0, float('inf')), (float('inf'), 2.0), (float('nan'), 2.0), (1.0, 0.1), (-1.0, 0.1)]:
    t('dm %r %r' % (a, b), lambda: (a // b, a % b, divmod(a, b)))
t('f/0', lambda: 1.0 / 0)
t('f//0', lambda: 1.0 // 0)
t('f%0', lambda: 1.0 % 0)
t('divmod f 0', lambda: divmod(1.0, 0.0))
t('i/0.0', lambda: 1 / 0.0)
t('i%0.0', lambda: 1 % 0.0)
for a, b in [(-8.0, 1/3), (-1.0, 0.5), (0.0, -1), (0.0, -1.5), (0.0, 0), (-0.0, -1), (2.0, -1080), (float('inf'), -1), (1.0, float('nan')), (float('nan'), 0), (-2.0, 3), (-2.0, 3.0), (4.0, 0.5), (-1.0, float('inf')), (0.5, float('-inf')), (2, 0.5), (-4, 0.5), (10, -400.0)]:
    t('pow %r %r' % (a, b), lambda: a ** b)
t('pow3 f', lambda: pow(2.0, 2, None))
t('cmp', lambda: (2**53 + 1 == float(2**53 + 1), float(2**53) < 2**53 + 1, 1e308 < 10**309, float('inf') > 10**1000, float('nan') == float('nan'), 0.0 == -0.0, 0.1 + 0.2 == 0.3, 2**1024 > 1.7976931348623157e308, -2**1024 < -1.7976931348623157e308, 0.5 < 1, 1.5 > 1, 2**63 < 9.223372036854775807e18, 2**63 - 1 < 9.223372036854775807e18))
t('hash', lambda: (hash(1.0) == hash(1), hash(-0.0), hash(float('inf')), hash(-1.0), hash(1.5) == hash(1.5)))
t('trunc/floor/ceil', lambda: ((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__floor__(), (2.5).__ceil__()))
t('floor inf', lambda: float('inf').__floor__())
t('ceil nan', lambda: float('nan').__ceil__())
t('int(1e300)', lambda: int(1e300))
t('int(-1e20)', lambda: int(-1e20))
t('getformat', lambda: (float.__getformat__('double'), float.__getformat__('float')))
t('getformat bad', lambda: float.__getformat__('x'))
t('real/imag', lambda: ((2.5).real, (2.5).imag, (2.5).conjugate(), type((2.5).imag)))
t('attrs', lambda: ((2.5).__neg__(), (2.5).__pos__(), (2.5).__abs__(), (2.5).__bool__(), (0.0).__bool__(), (2.5).__int__(), (2.5).__float__(), (2.5).__round__(), (2.5).__round__(1)))
t('dunders', lambda: ((2.5).__add__(1), (2.5).__radd__(1), (2.5).__sub__(1), (2.5).__rsub__(1), (2.5).__mul__(2), (2.5).__truediv__(2), (2.5).__rtruediv__(2), (2.5).__floordiv__(2), (2.5).__mod__(2), (2.5).__divmod__(2), (2.5).__pow__(2), (2.5).__rpow__(2), (2.5).__rmod__(2), (2.5).__rfloordiv__(2), (2.5).__rdivmod__(2)))
t('dunder ni', lambda: ((2.5).__add__('x'), (2.5).__eq__('x'), (2.5).__lt__(3)))
t('getnewargs', lambda: (2.5).__getnewargs__())
t('overflow mul', lambda: 1e308 * 10)
t('overflow int div', lambda: 2**2000 / 1)
t('int true div', lambda: (1 / 3, 2**60 / 3, 10**30 / 10**10, (2**53 + 1) / 1, 1 / 2**1100, 2**1100 / 2**1099, -7 / 2**70))
t('float big add', lambda: 1e308 + 10**308)
t('float + huge int', lambda: 1.0 + 10**400)
t('float mod huge', lambda: 5.0 % 10**400)
t('float str', lambda: (str(1e16), str(1.0), str(-1e-7), f'{1e16}', '%s' % 0.1, '%r' % 1e100))
t('float from bool', lambda: (float(True), float(False)))
t('float neg zero', lambda: (-0.0, 0.0 * -1, -(0.0), abs(-0.0), 0.0 + -0.0, -0.0 + -0.0, -0.0 - 0.0))
t('float nan', lambda: (float('nan') is float('nan'), str(-float('nan')), float('-nan')))
t('mixed', lambda: (3 * 0.1, 1 - 0.9, True + 0.5, 7 // 2.0, -7 % 2.5))
t('desc', lambda: float.hex(1))
t('fromhex int', lambda: float.fromhex(1))
