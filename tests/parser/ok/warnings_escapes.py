# Valid code that makes the parser print SyntaxWarnings (kept in the .stderr file).
a = "\d"
b = b"\d \u0041"
c = "\400"
d = b"\777"
e = f"\w{a}"
f = """
\q"""
g = 1if a else 2
h = 0x1for x in y
i = [0o7and 1, 0b1or 2]
j = "\ " '\z'
k = f"\{6 + 7}" f"{x:\d}"
