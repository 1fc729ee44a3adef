import re
for t in [r'\q', r'\x41', r'\-', r'\n\t\\', r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<x>', r'\g<5>', r'\5', r'\0', r'\08', r'\101', r'\1\2', r'\g<0>', r'\g<a>', r'\g<-1>', r'\g<01>', '\\', r'\N{DIGIT ONE}', r'\u0041', r'\b', r'\a', r'\777', r'\19']:
    try: print(repr(t), repr(re.sub('(?P<a>x)(y)', t, 'xy')))
    except Exception as e: print(repr(t), type(e).__name__, e, getattr(e, 'pos', None))
try: re.sub(b'x', b'\\q', b'x')
except Exception as e: print(type(e).__name__, e)
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'), re.findall('x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.findall('|a', 'a'), re.findall(r'(a)(b)?', 'aab'), re.findall(b'a', b'aa'))
print(re.split('(:)|,', 'a:b,c'), re.split(':', 'a:b:c', 1), re.split(':', 'a:b:c', maxsplit=-1))
print(re.subn('a', lambda m: m.group().upper(), 'aba', count=1))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(x)?', 'Jane Doe')
print(m, m[0], m['first'], m.group(1, 2), m.groups(), m.groups('z'), m.groupdict(), m.groupdict(1), m.span(2), m.start('last'), m.end(3), m.regs, m.lastindex, m.lastgroup, m.expand(r'\2, \g<first>'), m.pos, m.endpos, m.string, m.re)
for bad in [lambda: m.group(5), lambda: m.group('zz'), lambda: m[5], lambda: m.group(-1), lambda: m.start(9), lambda: m.group(1.0), lambda: re.compile('a').match(1), lambda: re.compile('a').match(b'a'), lambda: re.compile(b'a').match('a'), lambda: re.compile(re.compile('a'), re.I), lambda: re.compile(1), lambda: re.sub('a', 1, 'a'), lambda: m.group(True)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), hash(re.compile('a')) == hash(re.compile('a')))
print(list(re.finditer(r'\d', 'a1b22')), re.fullmatch('a|ab', 'ab'), re.search('^b', 'ab\nb', re.M))
print(re.sub('a', r'\g<0>\g<0>', 'bab'), re.sub(b'a', b'[\\g<0>]', b'bab'), re.sub('(b)?a', r'[\1]', 'a'))
print(re.compile(r'\w+').findall('héllo wörld'), re.findall(r'(?i)straße', 'STRASSE Straße'), re.findall('(?i)[a-z]+', 'ſK'), re.findall(r'(?a)\w+', 'héllo'))
print(bool(m))
import copy
print(copy.copy(m) is m, copy.deepcopy(re.compile('a')) )
