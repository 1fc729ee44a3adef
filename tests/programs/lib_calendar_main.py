# `python -m calendar`: calendar.main() with text and HTML output, its options, and the
# usage errors (to stderr, exit code 2).
import calendar
import sys


def run(*args):
    print('== main', args)
    sys.stdout.flush()
    try:
        calendar.main(['calendar.py', *args])
    except SystemExit as e:
        print('SystemExit', e.code)
    except Exception as e:
        print(type(e).__name__, e)
    sys.stdout.flush()
    print()


run('2024')
run('2024', '2')
run('-w', '3', '-l', '2', '2024', '2')
run('--width', '1', '--spacing', '8', '--months', '4', '1999')
run('-m', '1', '-s', '1', '2000')
run('-t', 'text', '2024', '12')
run('--encoding', 'ascii', '2024', '6')
run('-e', 'utf-8-sig', '2024', '1')
run('-t', 'html', '2024')
run('-t', 'html', '--css', 'my.css', '-e', 'ascii', '2004')
run('-t', 'html', '2024', '1')
run('-L', 'C')
run('-L', 'C', '-e', 'utf-8', '2024', '3')
run('-z')
run('spam')
run('2024', 'spam')
run('-t', 'spam')
run('-w')
run('2024', '13')
try:
    calendar.main()
except TypeError as e:
    print(type(e).__name__, e)
