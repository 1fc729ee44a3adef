print(type(complex.__dict__['real']), type(complex.__dict__['imag']))
print(complex.real, complex.imag.__get__(3+4j))
print(complex.real.__name__, complex.real.__qualname__, complex.real.__objclass__, complex.real.__doc__)
print(complex.imag.__doc__)
try:
    (1+2j).real = 5
except AttributeError as e:
    print(e)
import io
for d in (float.real, int.real, complex.real, io.StringIO.closed, float.imag):
    print(type(d).__name__, repr(d)[:40], getattr(d, '__name__', '-'), getattr(d, '__qualname__', '-'), getattr(d, '__objclass__', '-'), getattr(d, '__doc__', '-'))
print(float.real.__get__(2.5), complex.imag.__get__(1j, complex))
try: float.real.__set__(1.0, 2)
except AttributeError as e: print(e)
try: complex.real.__set__(1j, 2)
except AttributeError as e: print(e)
try: complex.real.__get__("x")
except TypeError as e: print(e)
try: float.real.__get__("x")
except TypeError as e: print(e)
print(complex.real.__get__(None, complex) is complex.real)
import _io
print(_io.FileIO.closed.__doc__, repr(_io.FileIO.closed))
print(int.numerator.__doc__, int.denominator.__get__(7))
