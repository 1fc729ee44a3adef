# shlex.split, quote and join: POSIX and non-POSIX splitting, comments, escapes, quotes and
# the errors of unbalanced input.
import shlex

cases = [
    'a b c',
    '  leading and trailing  ',
    'x "y z" w',
    "x 'y z' w",
    'a"b c"d',
    "it's",
    'e\\ f g',
    'a\\\\b',
    '"a\\"b" c',
    "'a\\'b",
    '"a\\b\\\\c\\$d"',
    "'a\\b'",
    'x # a comment',
    'x#y z',
    '""',
    "'' ''",
    'a "" b',
    'foo\\\nbar',
    'ßàá ÿ',
    'a;b|c&&d',
    '\t\ttabs\tand\nnewlines\r\n',
    '',
    'one',
]
for text in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                result = shlex.split(text, comments=comments, posix=posix)
            except ValueError as e:
                result = 'ValueError: %s' % e
            print(repr(text), posix, comments, result)

for bad in ['"abc', "'abc", 'abc\\', '"abc\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, type(e).__name__, e)

try:
    shlex.split(None)
except ValueError as e:
    print(type(e).__name__, e)

for s in ['', 'plain', 'with space', "it's", 'a"b', '$HOME', 'a@b%c+d=e:f,g./h-i', 'tab\there',
          'é', '*', 'new\nline', '~user', '!', '`x`', "''"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
try:
    shlex.quote(b'a b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    shlex.quote(5)
except TypeError as e:
    print(type(e).__name__)

for parts in [[], ['a'], ['a b', 'c'], ["don't", '"x"'], ['', 'y'], ('t', 'u')]:
    joined = shlex.join(parts)
    print(parts, repr(joined), shlex.split(joined) == list(parts))
print(shlex.join(iter(['it', 'er'])))
print(shlex.__all__)
