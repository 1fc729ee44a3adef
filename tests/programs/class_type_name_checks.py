# A class name holds no NUL and encodes as UTF-8, given to type() or assigned to __name__;
# other names (empty, dotted, digits, non-ASCII) are kept as they are.


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


def renamed(name):
    A = type("C", (), {})
    try:
        A.__name__ = name
    finally:
        print("  still", repr(A.__name__), repr(A.__qualname__))
    return A.__name__


CASES = [
    "type('A\\x00B', (), {})", "type('A\\udcdcB', (), {})", "type(b'A', (), {})",
    "renamed('A\\x00B')", "renamed('A\\udcdcB')", "renamed(b'A')",
    "renamed('')", "renamed('B.A')", "renamed('42')", "renamed('\\xc4')", "renamed('\\U0001f40d')",
    "type('', (), {}).__name__", "type('B.A', (), {}).__qualname__", "type('\\U0001f40d', (), {}).__module__",
]
for case in CASES:
    attempt(case)
