# f-string text escapes, quotes inside fields (PEP 701), backslashes in fields, braces via \N.
a = f"\n\t\\ {x} \x41 \101 \u0041 \U00000041"
b = f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}"
c = f'{"\'"}'
d = f"{'\\'}"
e = f"{"\""}"
f = f"{'\N{EURO SIGN}'}"
g = fr"\n{x}\t"
h = rf"\N{x}\t"
i = f"{{}}"
j = f"{{{x}}}"
k = fr"\{{x}}"
l = f"a\
b{x}c\
d"
m = f'''a'b"c{x}'''
n = f"""a"b'c{x}"""
o = f"{x}\""
p = f'\'{x}\''
q = f"{"a" if x else "b"}"
r = f"{x["key"]}"
s = f"{x['key']}"
t = f"{ {"a": 1}["a"] }"
u = f"{'''a'''}" f'{"""b"""}'
v = f"\{x}"
w = f"\\{x}"
y = f"{x:\n}"
z = f"{'\t'.join(y)}"
