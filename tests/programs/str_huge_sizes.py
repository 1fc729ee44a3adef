# Widths, counts and precisions too large to honour: OverflowError or ValueError as CPython
# raises them, never a crash; and very long float precisions, which only add zeros. (Sizes
# between 2**31 and 2**63 are left out: the oracle is a 32-bit build.)


def show(label, f):
    try:
        r = f()
        print(label, len(r), r[:12], r[-12:])
    except Exception as e:
        print(label, type(e).__name__, e)


show("ljust", lambda: "a".ljust(10**20))
show("rjust", lambda: "a".rjust(-(10**20)))
show("expandtabs", lambda: "a\tb".expandtabs(2**62))
show("expandtabs neg", lambda: "a\tb".expandtabs(-(2**40)))
show("format width digits", lambda: format("a", "9999999999999999999"))
show("percent precision", lambda: "%.999999999999d" % 1)
show("long f", lambda: f"{1.5:.70000f}")
show("long e", lambda: format(1.5, ".70000e"))
show("long g", lambda: format(0.1, "#.2000g"))
show("long f digits", lambda: format(0.1, ".1200f")[1050:1090])
show("long e digits", lambda: format(2**-1074, ".800e")[740:])
show("replace grows", lambda: ("ab" * 1000).replace("a", "x" * 1000))
show("wide ok", lambda: format(7, "0100000,"))
