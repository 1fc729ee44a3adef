def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t('int(1e300)', lambda: int(1e300))
t('int(-1.5e300)', lambda: int(-1.5e300))
t('int(5e-324)', lambda: int(5e-324))
t('int(2**53+0.)', lambda: int(float(2**53 + 1)))
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyComplex(complex):
    pass
a, b, c = MyInt(7), MyFloat(2.5), MyComplex(1, 2)
t('sub reprs', lambda: (repr(a), repr(b), repr(c), str(a), str(b), str(c), format(a), format(b, '.2f'), format(c, '.1f')))
t('sub arith types', lambda: [type(x).__name__ for x in (a + 1, a * a, -a, abs(a), a // 2, a ** 2, b + 1, -b, abs(b), b * 2, c + 1, -c, c * c, a + b, b + c, a & 3, ~a, a << 1)])
t('sub hash', lambda: (hash(a) == hash(7), hash(b) == hash(2.5), hash(c) == hash(1+2j)))
t('sub eq', lambda: (a == 7, b == 2.5, c == 1+2j, a < b, b < a, a == 7.0))
t('sub methods', lambda: (a.bit_length(), a.to_bytes(1, 'big'), b.is_integer(), b.hex(), c.conjugate(), type(c.conjugate()), a.conjugate(), type(a.conjugate()), type(a.real), type(b.real), type(c.real)))
t('sub int()', lambda: (int(a), type(int(a)), float(a), int(b), float(b), type(float(b)), complex(a), complex(b), complex(c), type(complex(c))))
t('sub round', lambda: (round(a), type(round(a)), round(b), round(b, 1), type(round(b, 1)), round(a, -1), type(round(a, -1))))
t('sub index', lambda: ([1, 2, 3, 4, 5, 6, 7, 8][a], 'x' * MyInt(3), range(MyInt(3))))
t('sub new', lambda: (MyInt(), MyInt('ff', 16), MyInt(2.9), MyFloat(), MyFloat('1e3'), MyComplex(), MyComplex('1j'), MyInt(base=10, x='5') if False else 0))
t('sub attrs', lambda: (setattr(a, 'x', 1), a.x, vars(b)))
class Slotted(int):
    __slots__ = ()
t('slotted', lambda: (Slotted(5), hasattr(Slotted(5), '__dict__')))
t('bool sub', lambda: type('B', (bool,), {}))
t('int new with obj', lambda: int.__new__(MyInt, 5))
t('int new bad', lambda: int.__new__(str, 5))
t('float new', lambda: (float.__new__(MyFloat, 2), type(float.__new__(MyFloat, '2'))))
t('complex new', lambda: type(complex.__new__(MyComplex, 1)))
t('float.hex desc', lambda: float.hex(2))
t('complex conj desc', lambda: complex.conjugate(1))
t('bool ops', lambda: (bool(0.0), bool(-0.0), bool(float('nan')), bool(0j), bool(2**100), bool(MyInt(0))))
t('int of str subclass', lambda: int(type('S', (str,), {})('42')))
t('float of str subclass', lambda: float(type('S', (str,), {})('4.2')))
class Idx:
    def __index__(self): return 5
t('index uses', lambda: (bin(Idx()), hex(Idx()), oct(Idx()), [0] * Idx() == [0] * 5, (10).to_bytes(Idx(), 'big'), round(1.23456, Idx()), pow(2, Idx(), 7)))
t('bin etc', lambda: (bin(-5), hex(-255), oct(-8), bin(0), hex(2**70), oct(-(2**70)), bin(True)))
t('bin float', lambda: bin(1.5))
t('hex float', lambda: hex(1.5))
t('int pow float mod', lambda: pow(2, 3, 5.0))
t('pow 3 neg none', lambda: (pow(2, -1, None), pow(2.0, 3, None), pow(-8, 1/3, None) if False else 0))
t('pow 0 0 0', lambda: (pow(0, 0, 1), pow(0, 0, 7), pow(5, 0, -7), pow(-5, 3, 7), pow(5, 3, -7)))
t('pow huge mod', lambda: pow(3, 10**20, 10**9 + 7))
t('pow neg exp big', lambda: pow(3, -(10**20), 10**9 + 7))
t('divmod types', lambda: (divmod(7, 2.0), divmod(True, 2), divmod(-7.0, 2), divmod(7, -2.0)))
t('divmod str', lambda: divmod('a', 1))
t('divmod 0.0', lambda: divmod(1, 0.0))
t('int % 0.0', lambda: 5 % 0.0)
t('int // 0.0', lambda: 5 // 0.0)
t('float % 0', lambda: 5.0 % 0)
t('comparisons chain', lambda: (1 < 2.0 < 3 < 3.5 <= 3.5, 1 == 1.0 == True, float('nan') != float('nan')))
t('max/min mixed', lambda: (max(1, 2.0, True), min(3, 2.5, 2**100), sorted([3, 1.5, True, 2**70, -0.5])))
t('sum mixed', lambda: (sum([1, 2.5, 3]), sum([0.1] * 10), sum([1j, 2, 3.5]), sum([2**64, 1.0])))
