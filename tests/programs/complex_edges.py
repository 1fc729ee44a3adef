def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for s in ['1e500j', '-1e500', '1e-500+0j', 'infj', '-nanj', 'NaN+InFj', '1+1e500j', '(inf)', '1.j', '1.e5j', '-.5-.5j', '+0-0j', '0j', '-0j', '-0-0j', '1e5', '٣+٤j', '3\u00a0+4j', '\u00a03+4j\u00a0']:
    t('c %r' % s, lambda: complex(s))
t('abs big', lambda: abs(complex(1e308, 1e308)))
t('abs inf nan', lambda: (abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), float('-inf')))))
t('complex float ops', lambda: (complex(1, 2) + 0.5, 0.5 - complex(1, 2), complex(1, 2) * 0.5, 0.5 / complex(1, 2), complex(1, 2) == 1, complex(1, 0) == 1.0, complex(1, 0) != True))
t('complex from floats', lambda: (complex(1.5), complex(-0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(float('inf'), -0.0)))
t('complex(0, complex)', lambda: complex(1, 1j))
t('complex(complex, complex)', lambda: complex(1j, 1j))
t('complex(1j, 0)', lambda: complex(1j, 0))
t('complex(1j, -0.0)', lambda: complex(1j, -0.0))
t('complex big int', lambda: complex(10**400))
t('complex(int big, 0)', lambda: complex(1, 10**400))
class C2:
    def __complex__(self): return 5
t('bad __complex__ int', lambda: complex(C2()))
class C3(complex):
    def __complex__(self): return 7j
t('sub __complex__', lambda: complex(C3(1)))
class Fl:
    def __float__(self): return 1.5
    def __complex__(self): return 2j
t('both', lambda: complex(Fl()))
class FlOnly:
    def __float__(self): return 'x'
t('bad float', lambda: complex(FlOnly()))
t('complex pow edge', lambda: ((1+1j) ** 2, (1+1j) ** -2, (2+0j) ** 0.5, 1j ** 2, (-1+0j) ** 0.5, (0+0j) ** (2+0j), 2 ** (1+1j), (1e200+1e200j) ** 2 if False else 0))
t('complex pow inf', lambda: (1e200+1e200j) ** 2)
t('complex pow 101', lambda: (1.0001+0j) ** 101)
t('complex mul nan', lambda: (complex(float('nan'), 0) * 2, complex(0, float('inf')) * 0))
