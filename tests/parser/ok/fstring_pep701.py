# PEP 701 f-strings (Python 3.12): reused quotes, nesting, backslashes, comments, line breaks.
a = f"{"nested same quotes"}"
b = f"{f"{f"{f"{x}"}"}"}"
c = f'{'single'}' f"{'mixed'}"
d = f"{'\n'.join(lines)}"
e = f"{"\N{EURO SIGN}"}"
f = f"{
    x
}"
g = f"{x  # a comment inside the field
}"
h = f"""{
    x +
    y   # comment
    :>{width}}"""
i = f"{(lambda v: v * 2)(3)}"
j = f"{(y := 10)} {y}"
k = f"{x:{(lambda: 5)()}}"
l = f"{ {'a': 1}['a'] }"
m = f"{[f"{v}" for v in range(3)]}"
n = f"{x!r:{f"{w}"}}"
o = f"{x
:>10}"
p = f'''{f"""{f'{x}'}"""}'''
q = f"{x if y else z}"
r = f"{a}{b}" f"{c}" "{not a field}"
s = f"{'''triple''' + "double"}"
t = f"{x:{y:{z}}}" if False else None
u = f"{await x}" if False else None
v = f"{yield}" if False else None
w = f"{*a, *b}"
z = f"{x:{y}.{z}{'f'}}"
aa = f"{"a" "b"}"
bb = rf"{x}\{y}\n{'\n'}"
cc = f"{ f'{ f"{x}" }' }"
