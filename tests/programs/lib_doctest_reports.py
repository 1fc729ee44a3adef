# doctest's reports under every option flag and directive, for random runs of examples
# (failures, diffs, skips, fail-fast, only-first-failure, verbose traces, summaries).
import doctest, random, sys, io
random.seed(12345)
examples = [('1 + 1', '2'), ('1 + 1', '3'), ("print('a\\n\\nb')", 'a\n<BLANKLINE>\nb'), ("print('a  b')", 'a b'),
            ('list(range(12))', '[0, 1, ..., 11]'), ('x = 5', ''), ('x', '5'), ('x', '6'), ("print('')", ''),
            ("raise ValueError('v')", 'Traceback (most recent call last):\n  ...\nValueError: v'),
            ("raise KeyError('k')", "Traceback (most recent call last):\nKeyError: 'k'"),
            ('True', '1'), ("print('x\\ny\\nz\\nw')", 'x\ny\nQ\nw'), ("'é'", "'\\xe9'"), ('None', ''),
            ("print(' ')", '<BLANKLINE>')]
flagsets = [0, doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.REPORT_ONLY_FIRST_FAILURE,
            doctest.FAIL_FAST, doctest.IGNORE_EXCEPTION_DETAIL, doctest.REPORT_UDIFF, doctest.REPORT_NDIFF,
            doctest.DONT_ACCEPT_BLANKLINE, doctest.REPORT_CDIFF | doctest.ELLIPSIS]
directives = ['', '  # doctest: +ELLIPSIS', '  # doctest: +SKIP', '  # doctest: +NORMALIZE_WHITESPACE', '  # doctest: -ELLIPSIS']
for case in range(60):
    lines = []
    for _ in range(random.randint(1, 5)):
        src, want = random.choice(examples)
        lines.append('>>> ' + src + random.choice(directives))
        if want:
            lines.extend(want.split('\n'))
        lines.append('')
    text = '\n'.join(lines)
    flags = random.choice(flagsets)
    verbose = random.random() < 0.3
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    test = doctest.DocTestParser().get_doctest(text, {'x': 5}, 'case%d' % case, random.choice([None, 'f.py']), random.choice([None, 0, 7]))
    sink = io.StringIO()
    print('=== case', case, flags, verbose)
    print(runner.run(test, out=sink.write))
    print(sink.getvalue(), end='')
    runner.summarize(verbose=verbose)
