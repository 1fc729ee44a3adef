# abs() of a complex: OverflowError when only the parts are finite; a subclass's __abs__ is called.
try: abs(complex(1.4e308, 1.4e308))
except OverflowError as e: print(e)
print(abs(complex(float('inf'), 1)), abs(3+4j), abs(complex(float('nan'), 1)))
class C(complex):
    def __abs__(self): return 42
print(abs(C(3, 4)), C(3, 4).__abs__(), complex.__abs__(C(3, 4)))
