# RegexFlag, flag combinations, inline flags and the Pattern object's attributes.
import re

print(repr(re.I), str(re.M), f"{re.S}", repr(re.I | re.M), repr(re.A | re.I), repr(re.NOFLAG))
print(repr(~re.I), repr(re.RegexFlag(512)), repr(re.I | 512), repr(re.I | 1), type(re.I + 1).__name__)
print(re.I.name, (re.I | re.M).name, re.X.value, int(re.U), re.DEBUG == 128, list(re.RegexFlag))
print(isinstance(re.I, int), re.I == 2, re.IGNORECASE is re.I, re.T, re.TEMPLATE)
for flags in [0, re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M | re.S]:
    p = re.compile('a', flags)
    print(repr(p), p.flags, p.groups, dict(p.groupindex))
for source in ['(?i)a', '(?m)a', '(?s)a', '(?x)a', '(?a)a', '(?u)a', '(?imsx)a', '(?i)(?m)a']:
    print(repr(re.compile(source)), re.compile(source).flags)
print(re.compile(b'a').flags, re.compile(b'(?L)a').flags, re.compile(b'a', re.L).flags, re.compile(b'(?i)a').flags)
p = re.compile(r'(?P<first>a)(b)(?P<third>c)')
print(p.pattern, p.groups, p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(p == re.compile(r'(?P<first>a)(b)(?P<third>c)'), p != re.compile('a'), hash(p) == hash(re.compile(p.pattern)))
print(re.compile('a', re.I) == re.compile('a'), re.compile(b'a') == re.compile('a'))
print(re.compile('x' * 300))
print(re.compile(p) is p, re.compile('(?i)A').match('a'), re.match('A', 'a', re.I), re.match('A', 'a', flags=re.IGNORECASE))
print(re.findall('(?i)[k]', 'kK\u212a'), re.findall('(?ia)[k]', 'kK\u212a'), re.findall('(?i)σ', 'Σσς'))
print(re.findall(b'(?i)[a-z]', b'aZ\xc9'), re.findall(rb'\w', b'a\xe9_1'), re.findall(r'(?u)\w', 'é'))
print(re.findall('(?x) a  # comment\n b', 'ab a b'), re.findall('(?x)[# ]', 'a# b'))
print(re.findall('(?s).', 'a\nb'), re.findall('.', 'a\nb'), re.findall('(?m)^.', 'a\nb'))
for flags in [re.L, re.A | re.U]:
    try:
        re.compile('a', flags)
    except ValueError as e:
        print('ValueError', e)
for flags in [re.U, re.A | re.L]:
    try:
        re.compile(b'a', flags)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.Pattern[str], re.Match[bytes])
print(re.escape('a.b-c d_é\n[x]{1}'), re.escape(b'a.b \xff'), re.purge())
print(re.error('oops', 'ab\ncd', 4), re.error('oops').pos, re.error('x', b'a\nb', 2).colno)
