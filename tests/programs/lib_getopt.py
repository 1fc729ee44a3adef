# getopt: getopt and gnu_getopt with short, grouped and long options, prefixes, '--' and
# '-', POSIXLY_CORRECT and '+', the helper functions and every GetoptError.
import getopt
import os


def show(func, *call):
    try:
        print(func.__name__, func(*call))
    except getopt.GetoptError as e:
        print(func.__name__, type(e).__name__, repr(e.msg), repr(e.opt), str(e), e.args)


os.environ.pop('POSIXLY_CORRECT', None)
cmd = ['-a', '1', '-b', '--alpha=2', '--beta', '-a', '3', '-a', '', '--beta', 'x', 'y']
for func in (getopt.getopt, getopt.gnu_getopt):
    show(func, cmd, 'a:b', ['alpha=', 'beta'])
    show(func, cmd, 'a:b', ['alpha', 'beta'])
    show(func, ['-abcfoo', '-c', 'bar', '-d'], 'abc:d')
    show(func, ['-ab', 'x', '-b', '--', '-a', 'z'], 'ab')
    show(func, ['-', '-a'], 'a')
    show(func, ['x', '-a', '--lon', 'y', '--long=v', 'z'], 'a', ['long='])
    show(func, ['--lon=v'], '', 'long=')
    show(func, ['--lo'], '', ('long', 'lone'))
    show(func, ['--long'], '', ['long', 'longer'])
    show(func, ['--long'], '', ['long=', 'longer'])
    show(func, ['--lon'], '', ['longer='])
    show(func, ['--lon'], '', ['longer'])
    show(func, ['--help='], '', ['help='])
    show(func, ['--help=x=y'], '', ['help='])
    show(func, ['--help='], '', ['help'])
    show(func, ['--help'], '', ['help='])
    show(func, ['--nope'], '', ['help'])
    show(func, ['-z'], 'ab')
    show(func, ['-a'], 'a:')
    show(func, ['-:'], 'a:')
    show(func, ['-a', ''], 'a:')
    show(func, [], 'a')
    show(func, ['', '-a'], 'a')
    show(func, ['--'], 'a')
    show(func, ('-a', 'rest', '-b'), 'ab')
    show(func, ['-+'], '+a')
    show(func, ['--=x'], '', [''])

show(getopt.gnu_getopt, ['a', '-b', 'c'], '+b')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['a', '-b', 'c'], 'b')
show(getopt.gnu_getopt, ['-b', 'a', '-b'], 'b')
os.environ['POSIXLY_CORRECT'] = ''
show(getopt.gnu_getopt, ['a', '-b', 'c'], 'b')
del os.environ['POSIXLY_CORRECT']

show(getopt.short_has_arg, 'a', 'a:')
show(getopt.short_has_arg, 'a', 'a')
show(getopt.short_has_arg, 'b', 'a:b')
show(getopt.short_has_arg, 'b', 'a')
show(getopt.short_has_arg, ':', 'a:')
show(getopt.long_has_args, 'abc', ['abc='])
show(getopt.long_has_args, 'abc', ['abc'])
show(getopt.long_has_args, 'abc', ['abcd'])
show(getopt.long_has_args, 'abc', ['abcd='])
show(getopt.long_has_args, 'abc', ['def'])
show(getopt.long_has_args, 'abc', [])
show(getopt.long_has_args, 'abc', ['abcd', 'abcde'])
show(getopt.long_has_args, 'abc', ['abc', 'abc='])
opts = [('-x', '')]
result = getopt.do_shorts(opts, 'ab', 'ab:', ['1', '2'])
print(result, result[0] is opts)
show(getopt.do_shorts, [], 'a', 'a', [])
show(getopt.do_shorts, [], 'a1', 'a:', [])
show(getopt.do_shorts, [], 'a', 'a:', ['1'])
show(getopt.do_shorts, [], 'a', 'a:', ['1', '2'])
show(getopt.do_shorts, [], 'a1', 'a', [])
show(getopt.do_shorts, [], 'a', 'a:', [])
show(getopt.do_longs, [], 'abc', ['abc'], [])
show(getopt.do_longs, [], 'abc=1', ['abc='], [])
show(getopt.do_longs, [], 'abc=1', ['abcd='], [])
show(getopt.do_longs, [], 'abc', ['ab', 'abc', 'abcd'], [])
show(getopt.do_longs, [], 'foo=42', ['foo-bar', 'foo='], [])
show(getopt.do_longs, [], 'abc=1', ['abc'], [])
show(getopt.do_longs, [], 'abc', ['abc='], [])
show(getopt.do_longs, [], 'abc', ['abc='], ['v', 'w'])

e = getopt.GetoptError('message')
print(repr(e), e.args, repr(e.opt), str(e), getopt.GetoptError.msg == '', getopt.GetoptError.opt == '')
e = getopt.GetoptError('m2', 'q')
print(repr(e), e.args, issubclass(getopt.GetoptError, Exception), getopt.error is getopt.GetoptError)
print(getopt.__all__)
