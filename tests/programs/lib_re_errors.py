import re
pats = ['(', '(a', ')', 'a)', '*', 'a**', 'a*+', 'a++', '[a', '[z-a]', '[a-\\d]', '\\q', '\\', '(?<x)', '(?Px)', '(?z)', '(?iz)', '(?i', '(?i-', '(?-a:x)', '(?a-i:x)', '(?au)', '(?L)', 'a(?i)b', '(?i)(?m)a', '|(?i)', '((?i))', '(?<=a*)', '(?<=a|bc)', '(?P<1>a)', '(?P<a b>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P<a>(?P=a))', '\\1', '(a)\\2', '(a\\1)', '\\x1', '\\u12', '\\U00110000', '\\N{foo}', '\\N', '\\N{', '\\777', '(?#abc', '{1,2}', 'a{2,1}', 'a{99999999999}', 'a{,}', 'a{', 'a{1', 'x{}', '(?(1)a|b)', '(?(0)a|b)', '(?(a)a|b)', '(a)(?(1)a|b|c)', '(?(1', '(?(x y)a)', '\\b*', '^*', '(?=a)*', '()*', '(?', '(?P', '(?>a', '(?<', '\\8', '[\\8]', '[\\A]', '(?x)a *', '(?x)a # c\n b', '[]', '[^]', 'a{1,2}{3}', '(?i-i:a)', '(?-:a)', '(?i-:a)', '(?u)', '\\Z*', 'a|*', '(?P<a>a)(?(a)b)', '(?P>a)', '(?L:a)','\\d\\8', '\\08', '\\118', '(a)\\11', '[\\1-\\3]', '(?(-1)a)', '(?(1a)b)', '(?(a)b)(?P<a>x)']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups)
    except re.error as e:
        print(repr(p), 'ERR', e, '|', e.msg, e.pos)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\u1234', b'(?u)', b'(?L)a', b'\\N{x}']:
    try:
        r = re.compile(p); print(p, 'OK')
    except re.error as e:
        print(repr(p), 'ERR', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p, f in [('a', re.L), ('a', re.A|re.U), (b'a', re.U), (b'a', re.A|re.L)]:
    try:
        re.compile(p, f); print('OK')
    except Exception as e:
        print(repr(p), type(e).__name__, e)
