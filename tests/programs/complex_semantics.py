def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
inf = float('inf'); nan = float('nan')
for v in [1+2j, 1-2j, -0j, 0j, -1j, 1j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(nan, inf), complex(inf, nan), 1e16j, 1e15j, 1.5+1e-5j, complex(1e300, 1e-300), complex(2, 0), 3+0j, complex(-1, 0), 0.1+0.2j, complex(-nan, -inf)]:
    t('repr', lambda: (repr(v), str(v), v.real, v.imag))
for s in ['1+2j', '(1-2j)', ' ( 1+2j ) ', '1', 'j', '-j', '+j', '2j', '1e5j', '1e-5+2J', 'inf', 'infj', '-infj', 'nan+nanj', 'inf-infj', '1+', '1+2', '(1+2j', '1+2j)', '', ' ', '()', '1 + 2j', '1_0+2_0j', '1__0j', 'x', '1+2jj', '1e+5-2e-5j', '.5j', '5.j', '+1.5-j', '( 3 )', '\t1j\n', '1+infinityj', 'nanj', '1+_2j']:
    t('complex %r' % s, lambda: complex(s))
t('c str 2', lambda: complex('1', 2))
t('c 2 str', lambda: complex(1, '2'))
t('c None', lambda: complex(None))
t('c 2args', lambda: complex(1, 2))
t('c cc', lambda: complex(1+2j, 3+4j))
t('c kw', lambda: complex(real=1, imag=2))
t('c kw imag', lambda: complex(imag=2))
t('c bad kw', lambda: complex(foo=2))
t('c bytes', lambda: complex(b'1'))
t('c list', lambda: complex([]))
t('c 2nd list', lambda: complex(1, []))
class C:
    def __complex__(self): return 1+1j
class BadC:
    def __complex__(self): return 1.0
class Fl:
    def __float__(self): return 2.0
class Ix:
    def __index__(self): return 3
t('__complex__', lambda: complex(C()))
t('bad __complex__', lambda: complex(BadC()))
t('__float__', lambda: complex(Fl()))
t('__index__', lambda: complex(Ix()))
class MyC(complex): pass
t('sub', lambda: (MyC(1, 2), type(MyC(1, 2)), type(MyC('1+2j'))))
z = 3+4j
t('abs', lambda: (abs(z), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(-0j)))
t('abs overflow', lambda: abs(complex(1e308, 1e308)))
t('conj', lambda: (z.conjugate(), (1-0j).conjugate()))
t('arith', lambda: (z + 1, 1 + z, z - 1j, z * z, z * 2, 2.5 * z, z / 2, z / (1+1j), 1 / z, -z, +z, z + True))
t('div zero', lambda: z / 0)
t('div zero c', lambda: z / 0j)
t('div zero f', lambda: 1.0 / 0j)
t('div zero i', lambda: 1 / complex(0, 0))
t('floordiv', lambda: z // 2)
t('mod', lambda: z % 2)
t('divmod', lambda: divmod(z, 2))
for a, b in [(z, 2), (z, -1), (z, 0), (0j, 0), (0j, -1), (0j, 1j), (1j, 2), (1j, 1j), (z, 0.5), (2, 1j), (-1, 0.5), ((-8) ** (1/3), 1), (z, 100), (z, 10000), (1+1j, 1e10), (1j, 3), (2+0j, 1000), (z, 1+1j)]:
    t('pow %r %r' % (a, b), lambda: a ** b)
t('pow3', lambda: pow(z, 2, 3))
t('cmp eq', lambda: (z == 3+4j, z != 3, (3+0j) == 3, (3+0j) == 3.0, 1j == 1, (2**53+1+0j) == 2**53+1))
t('cmp lt', lambda: z < 1)
t('cmp gt', lambda: z > z)
t('cmp le', lambda: 1 <= z)
t('hash', lambda: (hash(3+0j) == hash(3), hash(1.5+0j) == hash(1.5), hash(0j), hash(complex(1, 1)) == hash(complex(1, 1))))
t('bool', lambda: (bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0))))
t('attrs', lambda: (z.real, z.imag, type(z.real), (1j).__neg__(), (1j).__pos__(), (1j).__abs__(), (1j).__bool__()))
t('dunders', lambda: (z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(2), z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(2), z.__pow__(2), z.__rpow__(2), z.__eq__(z), z.__ne__(z)))
t('dunders ni', lambda: (z.__add__('x'), z.__lt__(z), z.__eq__('x')))
t('getnewargs', lambda: z.__getnewargs__())
t('int(z)', lambda: int(z))
t('float(z)', lambda: float(z))
t('round', lambda: round(z))
t('complex(complex)', lambda: complex(z) is z)
t('neg zero arith', lambda: (-(0j), 0j * -1, complex(-0.0, 0) + 0, -1j * 0))
t('mul inf', lambda: (complex(inf, 0) * 1j, complex(inf, inf) * 2))
t('format', lambda: (format(z), format(z, ''), format(z, '.2f'), format(z, '10'), format(z, '<20'), format(z, '^20.3'), format(1j, ''), format(1j, 'g'), format(-0j, ''), format(z, 'e'), format(z, '+'), format(z, '#'), format(z, '*^30.2e'), format(1.5+2.5j, '.0f'), format(complex(nan, inf), 'f'), format(z, 'G'), format(z, '_'), format(1e10+1e10j, ','), format(complex(1, 0), ''), format(complex(1,0),'g'), format(z, 'r') if False else ''))
t('format bad', lambda: format(z, 'd'))
t('format zero pad', lambda: format(z, '020'))
t('format eq align', lambda: format(z, '=20'))
t('format %', lambda: format(z, '%'))
t('str f', lambda: (f'{z}', f'{z!r:>12}', '%s' % z, '%r' % (z,)))
