# int() of text: plain decimal text (the fast path), and everything around its edges: signs, 18/19/20 digits, spaces, underscores, non-ASCII digits, other bases' prefixes, a str subclass with __int__.
for s in ["12345", "-7", "+42", "0", "007", "-0", "123456789012345678", "1234567890123456789", "99999999999999999999", " 5 ", "1_000", "٣", "5\n", "", "-", "+", "1e3", "0x10", "12a"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
class S(str):
    def __int__(self): return 99
print(int(S("5")))
