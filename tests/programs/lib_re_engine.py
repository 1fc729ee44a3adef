# The matcher on harder inputs: long texts (no deep recursion), nested repeats, look-arounds
# with groups, back-references in look-behinds, atomic groups, and bytes.
import re

text = 'a' * 100000 + 'b'
print(len(re.match(r'(a|b)*', text).group()), re.match(r'(?:a+)+b', text).end())
print(re.search(r'a{3}b', text).span(), len(re.findall(r'a{1000}', text)))
print(len(re.sub(r'(a)', r'\1', text)), len(re.split('a', 'a' * 5000)))
print(re.match(r'(?:(a)|b)*', 'ab' * 50000).span(), re.match(r'(a*?)*?b', 'aab').groups())
print(re.match(r'(?=(\w+))\w', 'abc').groups(), re.match(r'(?!(x))\w', 'abc').groups())
print(re.search(r'(a)(?<=\1)', 'xa'), re.search(r'(?<=(a)(b))c', 'abc').groups())
print(re.search(r'(?<!\d)\d{2}(?!\d)', '123 45 6789').group(), re.findall(r'(?<=\$)\d+', '$12 $3 4'))
print(re.match(r'(?>(a+))ab', 'aaab'), re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'))
print(re.match(r'(a)?(?(1)b|c)d', 'abd').groups(), re.match(r'(a)?(?(1)b|c)d', 'cd').groups())
print(re.fullmatch(r'(\d+)-(?P<x>\d+)(?:-(\d+))?', '12-34').groups(), re.fullmatch('a*', 'aab'))
print(re.match(r'((a)|(b))+', 'ab').groups(), re.match(r'((a)|(b))+', 'ab').lastindex)
print(re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)|b', 'b').lastgroup)
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\xffcd\xfe'), re.match(rb'(?i)\xe9', b'\xc9'), re.findall(rb'\s', b'\x1c \t'))
print(re.search(r'\d+', '٣٤5').group(), re.search(r'(?a)\d+', '٣٤5').group(), re.findall(r'[^\W\d]+', 'ab12c_d'))
print(re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)').sub(r'\g<m>/\g<y>', 'on 2024-05 and 1999-12'))
print(re.match(r'(?x) ( \d+ ) \s* \# [ ] x', '12 # x').groups(), re.match(r'[\s\S]+', 'a\nb').group())
print(re.match(r'(?i)(?P<w>ab)(?P=w)', 'abAB').group(), re.match(r'(a)\1{2,}', 'aaaa').group())
print(re.match(r'^(\w+)\s(?:(?!\1)\w+\s)*\1$', 'x y z x').group(), re.search(r'\bfoo\b', 'a foo.'))
