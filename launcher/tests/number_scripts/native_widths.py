import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for v in [2**31 - 1, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, -(10**30), sys.maxsize, -sys.maxsize - 1, 2**63]:
    t('hash int %d' % v, lambda: hash(v))
for v in [0.5, 1.5, -2.25, 1e300, 1e-300, 2.0**61, 2.0**64, 1/3, 5e-324, 1.7976931348623157e308]:
    t('hash float %r' % v, lambda: hash(v))
for v in [1+1j, 0.5j, complex(1e300, -1e300), complex(2**61, 0)]:
    t('hash complex %r' % v, lambda: hash(v))
t('hash eq', lambda: [hash(float(x)) == hash(x) for x in [2**61, 2**62 + 2**40, -(2**70)]])
t('hash frac', lambda: hash(2.0**-30) == hash(pow(2**30, -1, 2**61 - 1)))
for a, b in [(2.0, 1024), (10.0, 400), (-10.0, 401), (1e308, 2), (-1e308, 3), (10, 400.0)]:
    t('pow %r %r' % (a, b), lambda: a ** b)
t('overflow mul', lambda: 1e308 * 10)
t('maxsize', lambda: (sys.maxsize, sys.maxsize + 1, (sys.maxsize).bit_length()))
t('to_bytes maxsize', lambda: sys.maxsize.to_bytes(8, 'little'))
t('repeat huge', lambda: 'a' * (2**63))
t('int info', lambda: (sys.int_info.bits_per_digit, sys.int_info.sizeof_digit))
t('hash info', lambda: (sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag))
t('sizeof', lambda: [(x).__sizeof__() for x in [1, 2**30, 2**60, 2**90]])
