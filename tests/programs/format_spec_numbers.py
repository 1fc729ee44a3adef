# The format-spec mini-language for int and float: fill and alignment, sign, '#', '0',
# width, grouping, precision and every presentation type, with CPython's error messages.


def show(value, spec):
    try:
        print(repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


int_specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "+", "-", " ", "+5", "05", "+05", "-05", "#x", "#o",
             "#b", "#X", "x", "X", "o", "b", "c", "n", ",", "_", ",d", "_d", "_x", "_b", "_o", "#_x", ",x", ",b",
             "010,", "012_", "08_x", "#010x", "#010b", "e", "E", "f", "F", "g", "G", "%", ".2f", ".3e", ".1%",
             ".2", "s", "r", "!", "z", "zd", ".0f", "0=8", "x<8", "é^9", ",_", "_,", "5.", ".", "+#x", " #o",
             "=", "0", "00", "#", "#c", "+c", "10c", "<010", "^010", "1000000000000000000000", ".99999999999999999999f"]
for v in [0, 42, -42, 255, -255, 1234567, 10**20, -(10**20), True]:
    print("value", repr(v))
    for spec in int_specs:
        show(v, spec)

float_specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "#.3g", "G", "%", ".1%", "n",
               ",", ",.2f", "_.3f", ">12,.2f", "012,.2f", "08.3f", "+.1f", " .1f", "-.1f", "=+10.2f", "*<10.1f",
               "^10", "z.1f", "z", ".3", ".0", ".1", "10", "010", "d", "x", "c", "s", "b", "#", ",e", "_g", ".2n",
               ".15g", ".17g", ".0e", ".0g", "#.0e", "F", "G", ".2%", "_", "z.0f"]
for v in [0.0, -0.0, 1.5, -1.5, 2.5, 1234.5678, -1234.5678, 1e-7, 1e16, 123456789.125, 0.1, 1e300,
          float("inf"), float("-inf"), float("nan"), 5e-324, 1 / 3, 100.0, 0.000123456]:
    print("value", repr(v))
    for spec in float_specs:
        show(v, spec)

# Two grouping characters: the same one twice, or both kinds.
for spec in [",,", "__", ",_", "_,", "10,,d", ",,.2f", "10,,", "__d", "_,d", ",_.2", "10_,"]:
    show(1234, spec)
    show(1234.5, spec)
