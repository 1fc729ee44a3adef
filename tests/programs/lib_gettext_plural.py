# gettext.c2py: plural-form expressions translated and evaluated, their errors, and non-int n.
import gettext, warnings

EXPRESSIONS = [
    "n != 1", "n>1", "0", "n", "n == 1 ? 0 : 1", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2",
    "n==1 ? 0 : n==2 ? 1 : 2",
    "n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2",
    "n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2",
    "n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
    "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
    "n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3",
    "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
    "!n == 1", "!n + 1", "!!n", "n && 3", "n || 0", "0 || n", "n ? 1 : 2 ? 3 : 4", "1 < 2 < 3",
    "n == 1 == 0", "n == 1 < 2", "n < 2 == 1", "n / 3", "n % 7 * 2", "n - 1 - 2", "n * 2 / 3",
    "3 > n > 1", "(n)", "((n + 1)) * 2", "  n\t!= 1 ", "007", "n >= 2 && n <= 4 || n == 11",
    "n ? n ? 1 : 2 : 3", "n == 1 ? 5 : n == 2 ? (n + 4) : 9 - n", "!(n%3)", "n <= 1 != 0",
]
NUMBERS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 102, 111, 1000]
for expr in EXPRESSIONS:
    f = gettext.c2py(expr)
    print(repr(expr), [f(n) for n in NUMBERS])

ERRORS = ["", "(n", "n)", "n ++ 1", "x", "n 1", "-1", "n ? : 1", "n = 1", "1 ? 2", "n - - 1",
          "n & 1", "n | 1", "~n", "n1", "12abc", "n ? 1", "n ? 1 : ", "()", "n == 1 ?", "(n))",
          "((" + "n" + "))" * 1, "(" * 22 + "n" + ")" * 22, "n+" * 600 + "n", "n\n", "n ** 2",
          "n << 1", "n ? 1 : 2 : 3", "n == == 1", "n >> 1", "1.5", "n, 1", "$", "n; 1", "é"]
for expr in ERRORS:
    try:
        f = gettext.c2py(expr)
        print(repr(expr)[:40], "ok", [f(n) for n in (0, 1, 2)])
    except ValueError as e:
        print(repr(expr)[:40], type(e).__name__, e)

# Expressions that only Python's precedence of `not` makes invalid.
for expr in ["n == !1", "n + !n"]:
    try:
        gettext.c2py(expr)
        print(expr, "compiled")
    except SyntaxError as e:
        print(expr, type(e).__name__)

f = gettext.c2py("n/0")
try:
    f(1)
except ZeroDivisionError as e:
    print("ZeroDivisionError")

f = gettext.c2py("n != 1")
print(f.__name__, f(True), f(False), f(2**100))
for v in [1.0, 1.5, 2.0, "1", None, [1], 1j]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(repr(v), f(v))
        except Exception as e:
            print(repr(v), type(e).__name__, e)
        for x in w:
            print("  warning", x.category.__name__, x.message, x.filename.rsplit("/")[-1])
