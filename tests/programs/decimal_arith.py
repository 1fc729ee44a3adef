# Decimal arithmetic: construction, the operators, rounding, the
# transcendental functions and the errors they raise.
import decimal
from decimal import Decimal as D, localcontext, getcontext


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


getcontext().prec = 28
for s in ['1', '-0', '1.10', '1e3', '1E-7', '-12.345e+2', '  7  ', '1_000.5',
          'inf', '-Infinity', 'nan', 'sNaN12', '-nan7', '.5', '5.', '0E-1000',
          'abc', '1e', '', '1__0', '١٢٣']:
    show('D(%r)' % s, lambda s=s: D(s))
for v in [0, -17, 10**30, 1.1, -0.0, 2.5e-300, float('inf'), (0, (1, 2, 3), -2),
          (1, (0,), 5), (0, (), 'F'), [1, (4, 5), 'n'], (2, (1,), 0), (0, (1, 10), 0),
          None, '1', b'1']:
    show('D(%r)' % (v,), lambda v=v: D(v))
show('from_float', lambda: D.from_float(0.1))
show('from_float int', lambda: D.from_float(3))

a, b = D('12.345'), D('-0.678')
for name, fn in [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('a*b', lambda: a * b),
                 ('a/b', lambda: a / b), ('a//b', lambda: a // b), ('a%b', lambda: a % b),
                 ('divmod', lambda: divmod(a, b)), ('-a', lambda: -a), ('+b', lambda: +b),
                 ('abs(b)', lambda: abs(b)), ('a**2', lambda: a ** 2), ('a**-2', lambda: a ** -2),
                 ('a**0.5', lambda: a ** D('0.5')), ('2**100', lambda: D(2) ** 100),
                 ('pow3', lambda: pow(D(3), 100, 7)), ('a+1', lambda: a + 1), ('1-a', lambda: 1 - a),
                 ('7//-2', lambda: D(7) // D(-2)), ('-7%2', lambda: D(-7) % 2),
                 ('1/3', lambda: D(1) / 3), ('2/3', lambda: D(2) / D(3)), ('1/0', lambda: D(1) / 0),
                 ('0/0', lambda: D(0) / 0), ('1%0', lambda: D(1) % 0), 
                 ('inf-inf', lambda: D('inf') - D('inf')), ('inf*0', lambda: D('inf') * 0),
                 ('nan+1', lambda: D('nan') + 1), ('snan+1', lambda: D('snan') + 1),
                 ('big', lambda: D('9.99e999999') * 10), ('tiny', lambda: D('1e-999999') / 10**30),
                 ('0.1*3', lambda: D('0.1') * 3), ('1.30+1.20', lambda: D('1.30') + D('1.20')),
                 ('1.0/8', lambda: D('1.0') / 8), ('100/4.0', lambda: D(100) / D('4.0')),
                 ('1e10//3', lambda: D('1e10') // 3), ('1e40//3', lambda: D('1e40') // 3)]:
    show(name, fn)

for name in ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus',
             'to_integral_value', 'to_integral_exact', 'number_class', 'adjusted', 'as_tuple',
             'as_integer_ratio', 'is_normal', 'is_subnormal', 'is_zero', 'is_signed', 'copy_negate',
             'copy_abs', 'logical_invert']:
    for s in ['2', '0.25', '100', '-3', '0', '1E-20', 'inf', 'nan', '1.5E+3', '1010']:
        show('%s(%s)' % (name, s), lambda s=s, name=name: getattr(D(s), name)())

for x, q in [('1.2345', '0.01'), ('1.235', '0.01'), ('-1.225', '1e-2'), ('123', '1e1'),
             ('1e30', '1'), ('nan', '1'), ('1', 'inf'), ('2.5', '1')]:
    show('quantize(%s,%s)' % (x, q), lambda x=x, q=q: D(x).quantize(D(q)))
show('quantize down', lambda: D('1.239').quantize(D('0.01'), rounding=decimal.ROUND_DOWN))
for s in ['2.5', '3.5', '-2.5', '1.23456', '-0.5', 'inf', 'nan']:
    show('round(%s)' % s, lambda s=s: round(D(s)))
    show('round(%s,2)' % s, lambda s=s: round(D(s), 2))
    show('int(%s)' % s, lambda s=s: int(D(s)))
    show('float(%s)' % s, lambda s=s: float(D(s)))
    show('floor/ceil(%s)' % s, lambda s=s: (__import__('math').floor(D(s)), __import__('math').ceil(D(s))))
show('complex', lambda: complex(D('1.5')))
show('fma', lambda: D(2).fma(3, 4))
show('compare', lambda: (D(1).compare(2), D(2).compare(D('2.0')), D('nan').compare(1)))
show('compare_total', lambda: (D('2.0').compare_total(D(2)), D('-nan').compare_total(D(1))))
show('max/min', lambda: (D(1).max(D('nan')), D('-0').min(D(0)), D(2).max_mag(D(-3))))
show('copy_sign', lambda: D(5).copy_sign(D(-1)))
show('scaleb/shift/rotate', lambda: (D(12).scaleb(3), D(12345).shift(2), D(12345).rotate(-2)))
show('logical', lambda: (D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010))))
show('same_quantum', lambda: (D('1.0').same_quantum(D('2.0')), D(1).same_quantum(D('1.0'))))
show('remainder_near', lambda: (D(10).remainder_near(3), D(11).remainder_near(3)))
show('next_toward', lambda: D(1).next_toward(2))
show('eng', lambda: [D(s).to_eng_string() for s in ['1e5', '1.2e-7', '0e4', '123e10', '-0.00001']])

# comparisons with other numbers, hashing
from fractions import Fraction as F
for other in [1, 1.5, F(3, 2), D('1.50'), 2, 1.25, F(1, 3), complex(1.5, 0)]:
    x = D('1.5')
    show('1.5 vs %r' % (other,), lambda other=other, x=x: (x == other, x != other))
for other in [1, 1.5, F(3, 2), 2]:
    show('1.5 < %r' % (other,), lambda other=other: (D('1.5') < other, D('1.5') >= other))
show('hash', lambda: (hash(D(5)) == hash(5), hash(D('1.5')) == hash(1.5), hash(D('0.1')) == hash(F(1, 10)),
                      hash(D('-1')) == hash(-1), hash(D('1e100')) == hash(10**100), hash(D('inf')) == hash(float('inf'))))
show('hash snan', lambda: hash(D('snan')))
show('nan < 1', lambda: D('nan') < 1)
show('nan == nan', lambda: D('nan') == D('nan'))
show('sorted', lambda: sorted([D('2.5'), 1, D('-1'), D('1.0'), 0.5]))
show('sum', lambda: sum([D('0.1')] * 10))
show('Fraction(D)', lambda: (F(D('1.5')), F.from_decimal(D('-0.125')), F(D('1e3'))))
try:
    a + 1.5
except TypeError:
    print('a+1.5 -> TypeError')
show('bool', lambda: (bool(D(0)), bool(D('0.0')), bool(D('nan')), bool(D('1e-9'))))
