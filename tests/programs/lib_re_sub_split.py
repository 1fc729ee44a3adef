# sub, subn, split, findall and finditer: empty matches, counts, templates and callables.
import re

print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('x+', '-', 'axxbx'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'))
print(re.subn('a', 'b', 'aaa', count=2), re.subn('a', 'b', 'aaa', 0), re.subn('a', 'b', 'aaa', -1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<1>|\g<0>>', 'ab cd'))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'abc'), re.sub('a', r'\n\t\\\-', 'a'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub('a', lambda m: None, 'bab'), re.sub('(a)', r'\101\0\08', 'a'))
print(re.split(r'\s+', ' a  b c '), re.split(r'(\s+)', 'a  b'), re.split(r'(a)|b', 'xaybz'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'), re.split('', 'abc'), re.split('(?=b)', 'abab'))
print(re.split(',', 'a,b,c,d', 2), re.split(',', 'a,b', maxsplit=-1), re.split(',', ''), re.split('(,)', ','))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c'), re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'ab'), re.findall('a*', 'baaac'), re.findall('|a', 'a'), re.findall('a|', 'aa'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')], [m.group() for m in re.finditer('(?=a)|a', 'aa')])
p = re.compile(r'\d')
print(p.findall('1a2b3c', 2), p.findall('1a2b3c', 1, 4), [m.span() for m in p.finditer('123', 1)])
print(p.search('a1b2', 2), p.match('a1b2', 1), p.fullmatch('a1b', 1, 2), p.search('123', 5), p.match('1', -3))
m = p.search('a1b2', 2, 100)
print(m.pos, m.endpos, m.string, repr(m))
print(re.sub(b'a+', b'-', b'baab'), re.split(b'(a)', b'bab'), re.findall(rb'\w+', b'ab cd\xe9'))
print(re.sub(b'(a)', b'[\\1]', bytearray(b'bab')), re.findall(b'a', memoryview(b'aba')))
print(re.compile('(a)(b)').sub(r'\2\1', 'abab', 1), re.compile('a').subn('', 'banana'))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'), re.sub('$', '!', 'a\n'), re.sub('(?m)$', '!', 'a\nb\n'))
scanner = re.Scanner([(r'\d+', lambda s, t: ('num', int(t))), (r'[a-z]+', lambda s, t: ('word', t)), (r'\s+', None)])
print(scanner.scan('abc 12 de 3 !x'))
m = re.match(r'(?P<a>\w)(?P<b>\w)?', 'x')
print(m.expand(r'\g<a>[\g<b>]\1'), m.groupdict('-'), m.groups(0), m.span('b'), m.lastgroup, m.regs)
for template in [r'\q', r'\g<9>', r'\g', r'\g<x y>', r'\3', '\\']:
    try:
        re.sub('(a)(b)', template, 'ab')
    except re.error as e:
        print(repr(template), e.msg, e.pos, e.pattern)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError', e)
