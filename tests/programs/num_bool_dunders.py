x = True
print(~x)
print(~x)
def f(b):
    return ~b
print(f(False))
print((True).__invert__())
print(~int(True), -True, +True)
def t(label, g):
    try:
        print(label, repr(g()))
    except Exception as e:
        print(label, type(e).__name__, e)
t('fmt int spec', lambda: format(5, 5))
t('int.__format__ None', lambda: (5).__format__(None))
t('float.__format__', lambda: (2.5).__format__('.1f'))
t('float.__round__ None', lambda: ((2.5).__round__(None), (2.5).__round__()))
t('int.__round__ None', lambda: ((25).__round__(None), (25).__round__(-1)))
t('int.__round__ float', lambda: (25).__round__(1.0))
t('float.__trunc__ huge', lambda: (1e300).__trunc__() == 10**300)
t('float.__trunc__ inf', lambda: float('inf').__trunc__())
t('complex attrs', lambda: ((1+2j).__complex__(), (1+2j).__getnewargs__()))
t('int.from_bytes no order', lambda: int.from_bytes(b'\x00\x10'))
t('int.to_bytes signed kw', lambda: (-5).to_bytes(2, signed=True))
t('int is_integer', lambda: (5).is_integer())
t('hash -1', lambda: (hash(-1), hash(-1.0), hash(complex(-1, 0))))
t('int(True)', lambda: (int(True), type(int(True)), float(True), complex(True)))
t('bool(int)', lambda: (bool(5), bool(-0.0), bool(0j)))
t('true div bool', lambda: (True / 2, False / True))
t('bool zero div', lambda: True / False)
t('bool mod zero', lambda: True % False)
