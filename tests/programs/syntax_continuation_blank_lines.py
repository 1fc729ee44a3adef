# A line of indentation and line continuations that reach an empty or comment line is blank (no
# indentation is measured for it), as in CPython.
for src in ['\\\npass\n        \\\n\npass\n', "\\\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n", '    \\\n\npass\n', '\\\n\\\npass\n', 'pass\n    \\\n\nx=1\n', 'if 1:\n    x = 1\n    \\\n\n    y = 2\n', 'if 1:\n  x = 1\n      \\\n  # c\n  y = 2\n', '  \\\n  \\\n\nz = 3\n']:
    try:
        compile(src, '<string>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e: print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
