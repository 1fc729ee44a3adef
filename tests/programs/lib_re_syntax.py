# Matching semantics of the pattern syntax: each case prints the groups of the first match
# (or None) and every match found by findall.
import re

CASES = [
    (r'abc', 'xxabcxx'), (r'a.c', 'a\nc abc'), (r'(?s)a.c', 'a\nc'), (r'[a-c]+', 'xxabcabd'),
    (r'[^a-c]+', 'abcxyzabc'), (r'[\d\s]+', 'a 12 3b'), (r'\w+', 'héllo wörld_1 2'),
    (r'\W+', 'a, b; c'), (r'\S+', ' ab  cd '), (r'\D+', '12ab34'), (r'[\w-]+', 'a-b c_d'),
    (r'^\w+', 'ab\ncd'), (r'(?m)^\w+', 'ab\ncd'), (r'\w+$', 'ab\ncd\n'), (r'(?m)\w+$', 'ab\ncd\n'),
    (r'\Aab', 'abab'), (r'ab\Z', 'abab\n'), (r'ab$', 'abab\n'), (r'\bab\b', 'ab xab ab'),
    (r'\Bb', 'ab b'), (r'(a)(b)?(c)', 'ac abc'), (r'(a|b)*c', 'ababc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'a*?b', 'aaab'), (r'a+?', 'aaa'), (r'a??b', 'ab'), (r'a{2}', 'aaaaa'), (r'a{2,}', 'aaaaa'),
    (r'a{,2}', 'aaaaa'), (r'a{2,3}', 'aaaaa'), (r'a{2,3}?', 'aaaaa'), (r'x{', 'x{'), (r'x{1', 'x{1'),
    (r'(ab)+', 'ababab'), (r'(ab){2}', 'ababab'), (r'(?:ab)+c', 'ababc'), (r'(a*)*', 'b'),
    (r'(a*)+', 'b'), (r'(a|)*b', 'aab'), (r'(?P<x>a)(?P=x)', 'aa ab'), (r'(a)\1', 'aa ab'),
    (r'(?i)(a)\1', 'aA'), (r'(?=a)\w+', 'ba ab'), (r'\w+(?=!)', 'ab! cd'), (r'\w+(?!!)', 'ab! cd'),
    (r'(?<=a)b', 'ab cb'), (r'(?<!a)b', 'ab cb'), (r'(?<=ab|cd)x', 'abx cdx efx'),
    (r'(?<=(a))b', 'ab'), (r'(a)?(?(1)b|c)', 'ab c'), (r'(?P<q>")?\w+(?(q)")', '"ab" cd "ef'),
    (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aab'), (r'(?:ab)++', 'ababx'),
    (r'a?+a', 'a'), (r'a{1,2}+a', 'aaa'), (r'(?#comment)ab', 'ab'), (r'(?x) a b  # c', 'ab'),
    (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'(?i)straße', 'STRAßE'), (r'(?i)[a-z]+', 'ABC'),
    (r'(?i)ſ', 'S s'), (r'(?i)K', 'k K'), (r'(?i:a)b', 'Ab AB'), (r'a(?i:b)c', 'aBc abC'),
    (r'(?i)a(?-i:b)', 'Ab AB'), (r'(?a)\w+', 'héllo'), (r'(?a:\w)+', 'éa'), (r'\x41\u0042\U00000043', 'ABC'),
    (r'\N{LATIN SMALL LETTER E WITH ACUTE}', 'é'), (r'\101\0', 'A\0'), (r'[\x00-\x1f]', 'a\tb'),
    (r'\t\n\r\f\v\a', '\t\n\r\f\v\a'), (r'[\b]', '\b'), (r'\.\*\+', '.*+'), (r'[.*+?]+', 'a.*+?'),
    (r'[]a]+', ']a]'), (r'[a-]+', 'a-a'), (r'[-a]+', '-a'), (r'[^]a]+', 'bc]'), (r'a|b|c', 'xcba'),
    (r'|a', 'a'), (r'a|', 'ba'), (r'', 'ab'), (r'()', 'ab'), (r'(?:)', 'a'), (r'\d+(?:\.\d+)?', '3.14 42'),
    (r'[éèê]', 'fête'), (r'(?i)[éÈ]', 'É è'), (r'\s+', 'a\u2003b\x1cc'), (r'\d', '٣ 3'),
    (r'(a)|(b)', 'b'), (r'((a)|b)+', 'ab'), (r'(a(b)?)+', 'aba'), (r'(?:(a)|b)*', 'ab'),
    (r'(?s:.)+', 'a\nb'), (r'.+', 'a\nb'), (r'(?m)$', 'a\nb'), (r'$', 'a\n'), (r'^', 'a\nb'),
    (r'(?m)^', 'a\nb\n'), (r'\b', 'ab cd'), (r'\B', 'ab cd'), (r'\B', ''), (r'x*', 'axxb'),
]

for pattern, text in CASES:
    compiled = re.compile(pattern)
    found = compiled.search(text)
    summary = None if found is None else (found.span(), found.group(), found.groups(), found.lastindex)
    print(repr(pattern), summary, compiled.findall(text))

# A long text matched without deep recursion.
long_text = 'ab' * 200000
print(len(re.match(r'(?:ab)*', long_text).group()), len(re.match(r'(a|b)*', long_text).group()))
print(len(re.findall(r'ab', long_text)), re.search(r'x', long_text))
print(len(re.match(r'(?:a|b)*?$', long_text).group()))
