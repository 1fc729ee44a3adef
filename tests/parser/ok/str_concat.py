# Implicit concatenation of adjacent literals, mixing str and f-strings.
a = "x" 'y' """z""" '''w'''
b = "one" \
    "two"
c = ("three"
     "four"
     # a comment between the parts
     'five')
d = u"first has u" "then plain"
e = "plain" u"then u"
f = f"{a}" "text"
g = "text" f"{a}"
h = "a" f"b{c}d" "e" f"{f}" 'g'
i = f"" "" f""
j = f"{a}" f"{b}"
k = r"\raw" f"{a}\n" rf"\{b}"
l = b"bytes" b'more' rb"\raw"
m = ("x"
     f"{y:>{width}}"
     "z")
n = "" ""
o = u"" f"{a}"
p = "\N{EURO SIGN}" "\x41"
q = """tri""" "ple" f'''{a}'''
call("adjacent" "args", "separate")
