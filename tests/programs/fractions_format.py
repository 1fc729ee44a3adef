# Fraction.__format__: the float presentation types computed exactly.
from fractions import Fraction as F
x = F(1, 3)
for spec in ['', '.3f', '10.2f', '<10.2f', '^+12.4e', 'g', '.2%', '_.2f', ',.3f', 'e', 'E', '.0f', '#.0f', 'z.1f', '08.3f', '>10', 'G', '.3g', '10']:
    try: print(repr(spec), repr(format(x, spec)), repr(format(F(-1234567, 3), spec)), repr(format(F(5,2), spec)))
    except Exception as e: print(repr(spec), type(e).__name__, e)
print(format(F(0), 'e'), format(F(10**20), 'g'), format(F(1, 10**6), 'g'), format(F(-0), 'z.2f'), format(F(-1, 1000), 'z.1f'), format(F(-1,1000), '.1f'))
print(format(F(123456), '.3e'), format(F(1,7), '.20g'), format(F(12345), '.2g'), format(F(25, 10), '.0f'), format(F(35,10), '.0f'))
