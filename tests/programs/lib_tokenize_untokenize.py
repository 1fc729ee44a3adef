# untokenize: full 5-tuples give the source back exactly; (type, string) pairs give
# source that tokenizes to the same pairs; bytes with an ENCODING token, else str.
import io
import tokenize

SOURCES = [
    'x = 1\n',
    'x = 1 + \\\n    2\n',
    "'a''b' f'{x}'f'y'\n",
    'if x:\n\tpass\n  # c\nfor y in z:\n  f\'{{a}}{b:{c}}\'\n',
    "def f(a, *, b=2) -> int:\n    return a  # done\n\n\nclass C:\n    x: int = 3\n",
    "f'a{{b}}c{d!r:>{e}}\\N{DASH}'\n",
    "s = '''one\ntwo''' + f'''{x\n}'''\n",
    'x = [\n  1,\n  2,\n]\n',
    'if a:\n    if b:\n        c\n    d\ne\n',
    "f'{x:{{y}}}' f'{1:{2:{3}}}' rf'\\N{x}'\n",
]

for source in SOURCES:
    print('---', repr(source))
    full = list(tokenize.generate_tokens(io.StringIO(source).readline))
    back = tokenize.untokenize(full)
    print('full:', repr(back), back == source)
    pairs = [tok[:2] for tok in full]
    text = tokenize.untokenize(pairs)
    print('pairs:', repr(text))
    again = [tok[:2] for tok in tokenize.generate_tokens(io.StringIO(text).readline)]
    print('same pairs:', again == pairs)
    encoded = list(tokenize.tokenize(io.BytesIO(source.encode()).readline))
    print('bytes:', tokenize.untokenize(encoded) == source.encode(),
          type(tokenize.untokenize(encoded)).__name__)
    print('bytes pairs:', repr(tokenize.untokenize([t[:2] for t in encoded])))

print(repr(tokenize.untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.NUMBER, '1')])))
print(repr(tokenize.untokenize([(tokenize.ENCODING, 'latin-1'), (tokenize.STRING, "'é'")])))
print(repr(tokenize.untokenize(iter([(tokenize.NAME, 'a', (1, 0), (1, 1), ''),
                                     (tokenize.NAME, 'b', (1, 4), (1, 5), '')]))))
try:
    tokenize.untokenize([(1, 'x', (2, 0), (2, 1), ''), (1, 'y', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
u = tokenize.Untokenizer()
print(u.escape_brackets('a{b}c'), u.escape_brackets('\\N{DASH}{x}'), u.escape_brackets('\\\\N{x}'))
u.add_whitespace((3, 4))
print(u.tokens)
