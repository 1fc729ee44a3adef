# complex: construction, arithmetic, attributes, repr and formatting.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 1j, z / 2, z ** 2)
print(complex(1, 2), complex("1+2j"), complex(" -3j "), complex(5), complex(), complex(1.5, -0.0))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 2 ** 1j if False else (1j) ** 2)
print(repr(complex(0, 1)), repr(complex(-0.0, -0.0)), repr(1e20j), repr(complex(float("inf"), float("nan"))))
print(f"{z:.2f}", format(1.5 + 2.25j, ">20"), f"{z!r}", str(1 - 1j))
print(z == complex(3, 4), z != 3, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(z).__name__, isinstance(z, complex), (2j).imag.__class__.__name__)
