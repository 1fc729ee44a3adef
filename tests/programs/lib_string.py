import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
T = string.Template
t = T("$who likes ${what} for $$5 $x")
print(t.substitute(who="tim", what="kung pao", x=1))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["abc $", "line1\nab $3 x", "${ab"]:
    try:
        T(bad).substitute({})
    except ValueError as e:
        print("ValueError", e)
    print(T(bad).safe_substitute({}), T(bad).is_valid())
print(T("$a $b").substitute({"a": 1, "b": 2}, b=3))
class D(T):
    delimiter = '%'
    idpattern = '[a-z]+'
print(D("%abc %% %{x}").safe_substitute(abc=5, x=6))
class P(T):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print(P("@aa @@ @{bb}").substitute(aa=1, bb=2))
print(T.pattern.pattern == T("").pattern.pattern, T.delimiter, T.idpattern)
f = string.Formatter()
print(f.format("{0} {1!r} {x:>5} {y[0]} {z.real} {{}} {0:{w}}", "a", "b", x="c", y=[9], z=3, w=4))
print(f.format("{} {}", 1, 2))
print(list(f.parse("a{0!r:>{w}}b{{c}}d{}")))
print(list(f.parse("")), list(f.parse("x")))
for bad in ["{0} {}", "{} {0}", "{", "}", "{0!x}", "{0!}"]:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
print(F().format("{a} {b}", a=1))
print(f.get_field("a.digits", (), {"a": string})[1])
print(f.convert_field(1, "a"), f.format_field(3.14159, ".2f"))
for s in ['{0!}', '{0!}}', '{0!r', '{0', '{0:{', 'a{0!rx}', '{0[}', '{0[a]x}', '{!r}', '{a.}', '{a[]}', '{a.b[c]d}','{0:}','{0!r:}', '{a{b}', '{0!', '{0:a{b}c}d', '{0:}}', '{a[}]}', '{a[]', '{0:{1:{2}}}', 'a}}b{{', '{0!r}}', '}}}', '{{{0}}}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
