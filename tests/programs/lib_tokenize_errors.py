# The errors of tokenizing: TokenError for unterminated strings, EOF inside brackets or
# after a backslash, bad numbers and f-strings; IndentationError and TabError for
# indentation. The tokens before the error come out first.
import io
import tokenize


def show(source):
    print('---', repr(source))
    count = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            count += 1
            last = tok
        print('  ok', count, 'tokens')
    except (tokenize.TokenError, SyntaxError) as e:
        print('  after %d tokens: %s %r' % (count, type(e).__name__, e.args))
        print('  isinstance Exception:', isinstance(e, Exception))


show("'abc\n")
show("x = 'abc\ny\n")
show("x = b'abc")
show("x = 'abc\\\ny")
show("x = '''abc\ny\n")
show('  x = """abc\ny\nz')
show('(1,\n 2')
show('x = (1,\n\n\n')
show('(')
show('x = 1 \\\n')
show('x = 1 \\')
show('\\\n')
show('  x\\\n')
show('é = 1 \\\n')
show("x = '''a\nb''' \\\n")
show('x = \\ y\n')
show('if x:\n    y\n  z\n')
show('if x:\n  # c\n    y\n   z\n')
show('if x:\n\ty\n        z\n')
show('if x:\n        y\n\tz\n')
show("f'abc")
show("f'abc\n")
show("f'''abc\n")
show("f'{x")
show("f'{x\n")
show("x = f'{a'\n")
show("f'}'\n")
show("f'{x)}'\n")
show("f'{1:{2:{3:{4}}}}'\n")
show("f'{x:abc'\n")
show('1_\n')
show('1__0\n')
show('0x\n')
show('0x_g\n')
show('0b2\n')
show('0b12\n')
show('0o8\n')
show('0o18\n')
show('1e+\n')
show('x = 1\0\n')
show(')\n(]\n')
