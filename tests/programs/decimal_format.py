# Decimal.__format__ and str/repr: the format-spec mini-language.
from decimal import Decimal as D, localcontext

values = ['0', '-0', '1', '-1.5', '12345.6789', '0.000012345', '1.500', '1E+3', '-1.2E-8',
          '123456789', '9.99', '0.5', '2.5', '1e100', '0E-10', 'inf', '-inf', 'nan']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '.2', '%', '.1%',
         ',', ',.2f', '>12', '<12', '^12', '=+12', '012.3f', '+', ' ', '*^15,.1f',
         'z.1f', '015,.2f', '.10g', '10.4', 'n']
for v in values:
    print(v, str(D(v)), repr(D(v)))
    print('  ', [format(D(v), s) for s in specs])
for bad in ['x', '.f1', '+-f', ',n', '10.2d']:
    try:
        format(D('1.5'), bad)
    except Exception as e:
        print('bad', repr(bad), type(e).__name__, e)
with localcontext(capitals=0):
    print(str(D('1e10')), format(D('1e10'), ''), format(D('1e-10'), '.3'))
print('%s %r %.3f' % (D('1.23456'), D('1.5'), 1.5))
print(f"{D('3.14159'):.3f} {D('1234567.891'):,.2f} {D('0.25'):%}")
