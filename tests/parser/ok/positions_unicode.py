# Column offsets are UTF-8 byte offsets: non-ASCII text before nodes shifts them.
é = 1
aé + bé
"€€€" + x
"😀" + y
f("日本語", z)
(ü, ö) = [ä, ß]
x = {"ключ": значение}
if é: ä = "é" + 'ü'
λ = lambda α, β=("γ"): α + β
s = "a\u00e9b" + "aéb"
t = "\N{GREEK SMALL LETTER ALPHA}" + α
u = """ä
ö""" + ü
v = f"ä{ö}ü{ß!r}€"
w = b"\xc3\xa9" + "é".encode()
