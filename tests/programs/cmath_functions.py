# The cmath module: every function over a grid of arguments (12 significant digits), constants,
# argument conversion and its errors.
import cmath, math
vals = [0, 1, -1, 2.5, -0.5, 1j, -1j, 1+1j, -2+3j, 0.3-0.7j, 3-4j, -1e-300+1e-300j, 1e300+1e300j, 0.999+0.001j, -0.0-0.0j, 1e-8, 10j, -5-5j]
fs = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
def fmt(z):
    return '(%.12g, %.12g)' % (z.real, z.imag)
for f in fs:
    out = []
    for v in vals:
        try:
            out.append(fmt(getattr(cmath, f)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(f, ' '.join(out))
print(cmath.phase(-1), cmath.phase(-1-0j), cmath.polar(3+4j), cmath.rect(2, math.pi/2).real < 1e-15, cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 2), cmath.isnan(complex(0, float('nan'))), cmath.isinf(cmath.infj), cmath.isfinite(1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.log(1, 1), lambda: cmath.sqrt(), lambda: cmath.cosh(1000), lambda: cmath.rect(1, math.inf), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Cx:
    def __complex__(self): return 2j
print(cmath.sqrt(Cx()), cmath.exp(True))
