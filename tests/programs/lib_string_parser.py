# _string.formatter_parser and formatter_field_name_split, and string.Formatter over them.
import _string
import string


def show_parse(text):
    pieces = []
    try:
        for piece in _string.formatter_parser(text):
            pieces.append(piece)
    except ValueError as e:
        pieces.append(f'ValueError: {e}')
    print(repr(text), pieces)


for text in ['', 'plain', 'a{{b}}c', '{0!r:>{w}}', 'x{}y', '{a.b[0]}', '{!}', '{:}',
             '}}', '{{', 'a{', 'ab}', '{0!', '{0!r', '{0!rx}', '{0:{1}', '{[}', '{a[}b]}',
             '{a{}', '{0!:}', '{0:}}', '{ }', 'x{0}y}', '{0:{1:{2}}}', '{:{{}}}',
             'ab{{c{', 'tail {name!s:^10} end']:
    show_parse(text)


def show_split(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
    except ValueError as e:
        print(repr(name), 'eager ValueError:', e)
        return
    steps = []
    try:
        for step in rest:
            steps.append(step)
    except ValueError as e:
        steps.append(f'ValueError: {e}')
    print(repr(name), repr(first), steps)


for name in ['a.b[0]', '0', '0.x[1][y]', '', 'a.', 'a[', 'a[]', 'a]', 'a[0]x', '1a',
             'a..b', 'a.0', 'a[-1]', '[0]', '.a', 'a.b.c[00]', ' 1', '\u0663',
             '9' * 30, 'a[' + '9' * 30 + ']', 'a[0]]']:
    show_split(name)

for bad in (1, b'x', None):
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)

it = _string.formatter_parser('a{b}c')
print(iter(it) is it, next(it), list(it), list(it))


class Point:
    x = 3
    y = [10, 20]


class Loud(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


f = string.Formatter()
print(f.format('{0.x}-{0.y[1]}-{k[z]}', Point(), k={'z': 'zed'}))
print(f.format('{:>{}}|{}', 'ab', 5, 'c'))
print(f.format('{!r:^9}', 'hi'))
print(list(f.parse('a{0}b{{')))
print(Loud().format('{} and {name}', 'one', name='two'))
for template in ['{0}{}', '{}{0}', '{', '{0[}', '{!x}', '{0!r:{1}'][:6]:
    try:
        print(f.format(template, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
