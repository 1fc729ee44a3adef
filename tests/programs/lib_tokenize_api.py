# tokenize.tokenize on bytes (the ENCODING token), TokenInfo, detect_encoding with its
# BOM and cookie rules and errors, readline that raises StopIteration, the regexes.
import io
import re
import tokenize


def lines_of(*lines):
    it = iter(lines)
    return lambda: next(it)


tok = tokenize.TokenInfo(tokenize.NAME, 'x', (1, 0), (1, 1), 'x = 1\n')
print(repr(tok))
print(tok.type, tok.string, tok.start, tok.end, repr(tok.line), tok.exact_type)
print(tokenize.TokenInfo._fields, isinstance(tok, tuple), tok[1])
op = tok._replace(type=tokenize.OP, string='**=')
print(repr(op), tokenize.tok_name[op.exact_type])
print(tokenize.TokenInfo(tokenize.OP, '$', (1, 0), (1, 1), '').exact_type)
print(tokenize.TokenInfo(tokenize.NAME, '(', (1, 0), (1, 1), '').exact_type)
print(issubclass(tokenize.TokenError, Exception), issubclass(tokenize.StopTokenizing, Exception))

for tok in tokenize.tokenize(io.BytesIO('x = "é"\n'.encode()).readline):
    print(repr(tok))
source = b'# -*- coding: latin-1 -*-\ns = "\xe9"\n'
for tok in tokenize.tokenize(io.BytesIO(source).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start)
print([t.string for t in tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfx\n').readline)])
print([t.string for t in tokenize.tokenize(lines_of(b'a\n', b'b\n'))])
print([t.string for t in tokenize.generate_tokens(lines_of('a\n', 'b'))])
print([t.string for t in tokenize.generate_tokens(io.StringIO('a\nb\n').readline)])
for bad in (lambda: b'x\n',):
    try:
        list(tokenize.generate_tokens(bad))
    except Exception as e:
        print(type(e).__name__, e)

cases = [
    [b'x = 1\n'],
    [b'\xef\xbb\xbfx\n'],
    [b'# coding: latin-1\n', b'x\n'],
    [b'#!/usr/bin/python\n', b'# -*- coding: iso-8859-15 -*-\n', b'x\n'],
    [b'\n', b'# vim: set fileencoding=utf-8 :\n', b'x'],
    [b'x\n', b'# coding: latin-1\n'],
    [b'#coding:utf8\n'],
    [b'# coding=latin_1\n'],
    [b'# coding: UTF-8-UNIX\n'],
    [b'# coding: Latin-1-foo\n'],
    [b'# -*- coding: UTF-8 -*-\n'],
    [b'# coding: euc_jp\n'],
    [b'\xef\xbb\xbf# coding: utf-8\n'],
    [],
    [b'\xef\xbb\xbf'],
    [b'\xef\xbb\xbf# coding: latin-1\n'],
    [b'# coding: foo\n'],
    [b'\n', b'# coding: bar\n'],
    [b'\xff\n'],
    [b'#\xff coding: latin-1\n'],
    [b'x = "\xff"\n'],
]
for lines in cases:
    try:
        print(lines, tokenize.detect_encoding(lines_of(*lines)))
    except SyntaxError as e:
        print(lines, 'SyntaxError', e)


class Named(io.BytesIO):
    name = 'some_file.py'


for data in (b'# coding: foo\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\n'):
    try:
        tokenize.detect_encoding(Named(data).readline)
    except SyntaxError as e:
        print('SyntaxError', e)

print(tokenize._get_normal_name('UTF_8'), tokenize._get_normal_name('latin-1'),
      tokenize._get_normal_name('ISO-LATIN-1-x'), tokenize._get_normal_name('cp1252'))
print(tokenize.cookie_re.match('# -*- coding: utf-8 -*-').group(1))
print(bool(tokenize.blank_re.match(b'   # x')), bool(tokenize.blank_re.match(b'x')))

for name in ('Whitespace', 'Comment', 'Ignore', 'Name', 'Hexnumber', 'Binnumber', 'Octnumber',
             'Decnumber', 'Intnumber', 'Exponent', 'Pointfloat', 'Expfloat', 'Floatnumber',
             'Imagnumber', 'Number', 'Single', 'Double', 'Single3', 'Double3', 'Special', 'Funny'):
    print(name, getattr(tokenize, name))
for text in ('0x_1f', '1_000.5e-3j', '.5', '07', '1__0', 'abc', '# c'):
    print(repr(text), [bool(re.fullmatch(getattr(tokenize, n), text))
                       for n in ('Number', 'Name', 'Comment', 'Intnumber', 'Floatnumber')])
for text in ("'abc'", 'b"x\\"y"', "rb'''z'''", "f'{x}'", 'x'):
    print(repr(text), bool(re.fullmatch(tokenize.String, text)),
          bool(re.match(tokenize.PseudoToken, text)), re.match(tokenize.PseudoToken, text).end())
print(sorted(re.fullmatch(tokenize.StringPrefix, p) is not None
             for p in ('', 'rb', 'Rb', 'F', 'fR', 'ub', 'bu', 'U')))
print(len(tokenize.endpats), tokenize.endpats["rb'''"] == tokenize.Single3,
      tokenize.endpats['F"'] == tokenize.Double)
print(len(tokenize.single_quoted), len(tokenize.triple_quoted), "Rb'" in tokenize.single_quoted,
      'f"""' in tokenize.triple_quoted, tokenize.tabsize)
print(tokenize.group('a', 'b'), tokenize.any('a'), tokenize.maybe('a', 'b'))
print(sorted(tokenize.__all__) == sorted(set(tokenize.__all__)), tokenize.__all__[-5:])
