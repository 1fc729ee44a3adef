# html: escape and unescape (HTML5 rules), and the tables of html.entities.
import html
import html.entities as entities

for s in ['', 'plain', '<a href="x">T&C\'s</a>', '&amp;', '"\'<>&', 'é ü — \u2603']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
try:
    html.escape(b'<b>')
except Exception as e:
    print(type(e).__name__, e)
try:
    html.unescape(None)
except Exception as e:
    print(type(e).__name__, e)

cases = [
    'no references', '&', '&&', '& amp;', '&amp;', '&amp', '&ampx', '&amp;x', '&AMP;', '&AMP',
    '&lt;&gt;&quot;&apos;&apos', '&notit;', '&notin;', '&notin', '&not', '&noti', '&nbsp;x',
    '&copy2020', '&copy;', '&COPY', '&Aacute', '&aacutex', '&unknown;', '&unknown', '&;',
    '&#', '&#;', '&#x;', '&#65', '&#65;', '&#065;', '&#x41', '&#x41;', '&#X41;', '&#x0041;x',
    '&#0;', '&#x0;', '&#13;', '&#x0d;', '&#128;', '&#x80;', '&#x81;', '&#x8d;', '&#x9f;',
    '&#1;', '&#x0b;', '&#x7f;', '&#xd800;', '&#xdfff;', '&#xfffe;', '&#xffff;', '&#x10ffff;',
    '&#x110000;', '&#99999999999999999999;', '&#xFDD0;', '&#9;', '&#10;', '&#32;', '&#x1F600;',
    '&acE;', '&NotEqualTilde;', '&bne;', '&fjlig;', 'a&lt;b&gt;c', '&lt&gt', '&ltx', '&gtlt',
    '&' + 'a' * 40 + ';', '&' + 'a' * 31 + ';', '&amp\t;', '&am p;', '&\n', '&#x41&#x42;',
    '&#65&#66;', '&frac12;&frac12&frac1', '&ThickSpace;', '&nGt;', '&NewLine;', '&Tab;',
]
for s in cases:
    print(repr(s), '->', repr(html.unescape(s)))

# Numeric references over the code points where the rules change.
ranges = [range(0, 0x200), range(0xd7f0, 0xe010), range(0xfdc0, 0xfe00),
          range(0x10fff0, 0x110010)]
ranges += [range(plane * 0x10000 + 0xfff0, plane * 0x10000 + 0x10010) for plane in range(17)]
for r in ranges:
    line = []
    for point in r:
        got = html.unescape('&#%d;' % point)
        hexed = html.unescape('&#x%x' % point)
        assert got == hexed, point
        if got != (chr(point) if point <= 0x10ffff else None):
            line.append('%x:%s' % (point, ','.join('%x' % ord(c) for c in got) or '-'))
    print(r, ' '.join(line))

# Every HTML5 reference, alone and followed by text.
wrong = [name for name, text in entities.html5.items()
         if html.unescape('&' + name) != text or html.unescape('&' + name + 'zz') != text + 'zz'
         and name.endswith(';')]
print('html5 mismatches', wrong)
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name),
      len(entities.entitydefs))
print(list(entities.html5)[:12], list(entities.html5)[-3:])
print(list(entities.name2codepoint.items())[:5], list(entities.codepoint2name.items())[-3:])
print(list(entities.entitydefs.items())[100:104])
print(sum(map(ord, ''.join(entities.html5.values()))), sum(len(k) for k in entities.html5))
print(sum(entities.name2codepoint.values()), sum(map(len, entities.name2codepoint)))
print(sorted(n for n in entities.html5 if not n.endswith(';'))[:20])
print(entities.__all__, html.__all__)
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'')
