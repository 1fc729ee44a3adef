# Source bytes that are not UTF-8 inside a string literal: CPython's "(unicode error)" and its place.
cases = [b'x = "\xff"', b'x = "ab\xff"', b'xy = "abcd\xff" + 1', b'\nx = "\xff"\ny=1', b'x = 1\ny = "\xff" + 2\n', b'x = "\xff" "\xfe"', b'# \xff\nx=1', b'x = 1 # \xff', b'x = "\\\xff"']
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in [b'x = "a\\n\xff"', b'x = "\xffabc\\x41\xfe"', b'x = "a\\tb\xc3\xff"', b'x = r"a\xff"', b'x = R"\\a\xff"']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(e.msg))
