# tokenize.generate_tokens: positions, NL and NEWLINE, comments, indentation,
# the implicit NEWLINE at the end, operators with exact_type, numbers, strings.
import io
import tokenize


def show(source):
    print('---', repr(source))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            name = tokenize.tok_name[tok.exact_type]
            print('  %-14s %-16r %s %s %r' % (name, tok.string, tok.start, tok.end, tok.line))
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e.args))


show('')
show('\n')
show('x = 1')
show('x = 1\n')
show('# only a comment')
show('# c\n\n  # indented\n')
show('if x:\n    y = 2  # note\n\n    z\nw\n')
show('if a:\n    if b:\n        c\n    d\ne\n')
show('if a:\n    b')
show('def f(a,\n      b):\n    return (a +\n            b)\n')
show('x = [\n  1,  # one\n\n  2,\n]\n')
show('x = 1 + \\\n    2\n')
show('x\r\ny = 3\r\n')
show('\tif x:\n\t\tpass\n')
show('\x0cx = 1\n')
show('a = b = c\n   \n')
show('0x1f 0o17 0b101 1_000 1.5 .5 5. 1e10 1E-5 2j 1.5J 0 00 09 1if 2\n')
show('1e 0xFFj 1abc 1..2 x.1\n')
show('x @= y ** 2 // 3 -> 4 ... := != <> <<= >>= **= //=\n')
show('a $ b ? c ! d `e`\n')
show("s = 'a' + \"b\" + b'c' + rb'\\d' + u'e' + R'f' + Br'g'\n")
show("s = '''one\ntwo''' + '''three'''\n")
show("s = 'a\\\nb'\n")
show('bu"x" ub"y" rr"z"\n')
show('é = ñ + 你好 + x€\n')
show('async def f():\n    await g()\n')
show('match p:\n    case [x, *_] if x: pass\n')
show('type X = list[int]\n')
show('class C: pass\n@dec\ndef g(): ...\n')
# Backslashes in the indentation: the first one past column 0 sets the block's level.
show("def fib(n):\n    \\\n'''Doc.'''\n    \\\na, b = 0, 1\n")
show('if x:\n  \\\n    \\\n  y\n')
show('\\\n  x\n')
show('x = 1\n  \\\n\n')
