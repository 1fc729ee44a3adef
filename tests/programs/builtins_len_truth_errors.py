# len() of __len__ results (negative, huge, not ints), NotImplemented in a boolean context
# (a DeprecationWarning), bytearray.translate checking its table first, bytearray.extend
# letting errors of the iteration through.
import warnings


class InvalidLen:
    def __len__(self):
        return None


class FloatLen:
    def __len__(self):
        return 4.5


class NegativeLen:
    def __len__(self):
        return -10


class HugeNegLen:
    def __len__(self):
        return -2**70


class BoolLen:
    def __len__(self):
        return True


class BadIter:
    def __iter__(self):
        raise KeyError("inside")


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


CASES = [
    "len(InvalidLen())", "len(FloatLen())", "len(NegativeLen())", "len(HugeNegLen())", "len(BoolLen())",
    "bytearray(b'abc').translate(b'1', 1)", "bytearray(b'abc').translate(b'1' * 256, 1)",
    "bytearray().extend(map(int, 'X'))", "bytearray().extend(5)", "bytearray().extend([1, 'a'])",
    "bytearray().extend(BadIter())", "bytearray().extend(iter([1, 2]))",
]
for case in CASES:
    attempt(case)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print("true")
    print([(w.category.__name__, str(w.message)) for w in caught])
