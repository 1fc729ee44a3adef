# The end of input inside brackets: the tokenizer's "'(' was never closed" wins over errors the
# parser would report had it not read to the end (an unparenthesized generator argument),
# after a line continuation too.
for src in ['"\\\n"(1 for c in I,\\\n\\', 'f(1 for c in I,\\\n\\', 'f(1 for c in I,\n', 'f(1 for c in I, 2', 'f(a,\\\n\\', 'f(1 for c in I,', '(1 for c in I,\\\n\\']:
    try: compile(src, 's', 'exec')
    except SyntaxError as e: print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ['f(a,\\', 'f(a,\\\n', 'x = 1 + \\', 'x = 1 + \\\n', 'f(a,\\\n\\', '[1,\\\n', '(\\\n\\\n', 'x = (1,\n\\']:
    try: compile(src, 's', 'exec')
    except SyntaxError as e: print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
