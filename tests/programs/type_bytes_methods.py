# bytes and bytearray: every method, hex/fromhex, %-formatting, operators and their errors.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
cases = """
b'abc'.hex()
b'abc'.hex(':')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(':', -2)
b'abcdef'.hex('::')
b'abc'.hex(1)
bytes.fromhex('61 62')
bytes.fromhex('6')
bytes.fromhex('zz')
bytes.fromhex(' 61\\n62 ')
bytearray.fromhex('6162')
bytes.fromhex(b'61')
b'a,b,,c'.split(b',')
b'a b  c'.split()
b'a,b,c'.split(b',', 1)
b'a,b,c'.rsplit(b',', 1)
b'a'.split(b'')
b'a'.split('a')
b'abc'.replace(b'b', b'x')
b'abc'.replace(b'', b'-')
b'abc'.find(b'c')
b'abc'.find(99)
b'abc'.find(256)
b'abc'.index(b'z')
b'abc'.rindex(b'z')
b'abc'.count(b'')
b'abc'.startswith((b'a', b'z'))
b'abc'.startswith('a')
b'abc'.endswith(b'bc', 0, 2)
b'  ab  '.strip()
b'xxabxx'.strip(b'x')
b'ab'.strip('a')
b'abc'.center(7, b'*')
b'abc'.center(7, '*')
b'abc'.ljust(5)
b'abc'.rjust(5, b'ab')
b'abc'.zfill(6)
b'-5'.zfill(4)
b'ab\\tc'.expandtabs()
b'hello world'.title()
b'Hello'.swapcase()
b'hello'.capitalize()
b'ABC'.lower()
b'abc'.upper()
b'abc'.isalpha()
b''.isalpha()
b'123'.isdigit()
b'a1'.isalnum()
b' '.isspace()
b'Ab Cd'.istitle()
b'abc'.islower()
b'abc'.isascii()
b'\\x80'.isascii()
b'-'.join([b'a', b'b'])
b'-'.join([b'a', 'b'])
b'-'.join([b'a', 1])
b'-'.join([bytearray(b'x'), memoryview(b'y')])
b'a\\nb\\r\\nc'.splitlines()
b'a\\nb\\r\\nc'.splitlines(True)
b'abc'.partition(b'b')
b'abc'.rpartition(b'z')
b'abc'.partition(b'')
b'abc'.translate(None, b'b')
b'abc'.translate(bytes.maketrans(b'a', b'z'))
bytes.maketrans(b'ab', b'c')
b'abc'.removeprefix(b'a')
b'abc'.removesuffix(b'c')
b'%s %d %r %a %x %c' % (b'x', 5, 'é', 'é', 255, 65)
b'%s' % 'str'
b'%d' % 'x'
b'%c' % 256
b'%c' % b'ab'
b'%(a)s' % {b'a': b'v'}
b'%5.2f|%-4d|%04x' % (3.14159, 7, 255)
b'%' % ()
b'%s %s' % (b'a',)
b'%s' % (b'a', b'b')
b'abc'[1]
b'abc'[-4]
b'abc'[::-1]
b'abc' + 'a'
b'abc' + bytearray(b'd')
bytearray(b'abc') + b'd'
b'ab' * 3
3 * b'ab'
b'ab' * -1
b'a' < b'b'
b'a' < 'b'
b'a' == 'a'
b'a' in b'abc'
97 in b'abc'
300 in b'abc'
'a' in b'abc'
bytes(3)
bytes([1, 2])
bytes('abc', 'ascii')
bytes('é', 'ascii')
bytes('é', 'ascii', 'ignore')
bytes(b'x', 'ascii')
bytes(x=1)
bytes(memoryview(b'ab'))
bytes(bytearray(b'ab'))
bytes([-1])
bytes(['a'])
bytes(1.5)
b'abc'.decode()
b'\\xff'.decode('utf-8', 'replace')
b'abc'.decode(encoding='ascii', errors='strict')
b'x'.decode('nope')
bytearray(b'abc').pop()
bytearray().pop()
bytearray(b'abc').pop(5)
bytearray(b'abc').remove(98)
bytearray(b'abc').remove(120)
bytearray(b'abc').insert(0, 300)
bytearray(b'abc').append(-1)
bytearray(b'abc').extend([1, 2])
bytearray(b'abc').extend(1)
bytearray(b'abc').extend('ab')
bytearray(b'abc').copy()
bytearray(b'abc').reverse()
bytearray(b'abc').clear()
len(bytearray(10))
bytearray(b'abc') * 2
repr(bytearray(b"a'b"))
repr(b"a'b")
repr(b'a"b\\'')
str(b'abc')
hash(b'abc') == hash(b'abc')
hash(bytearray())
b'abc'.isupper()
b'a b'.split(maxsplit=1)
b'a b'.split(sep=None, maxsplit=0)
b'abc'.ljust(5, b'xy')
"""
for c in cases.strip().split('\n'):
    show(c)
ba = bytearray(b'hello')
ba[0] = 72; print(ba)
ba[1:3] = b'EY'; print(ba)
ba[1:3] = [1, 2, 3]; print(ba)
try: ba[0] = 256
except ValueError as e: print(e)
try: ba[0] = b'x'
except TypeError as e: print(e)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba += b'!'; print(ba)
ba *= 2; print(ba)
try: ba[10]
except IndexError as e: print(e)
try: b'abc'[10]
except IndexError as e: print(e)
class B(bytes): pass
print(repr(B(b'x')), type(B(b'x') + b'y'), type(B(b'xy')[:1]))
class BA(bytearray): pass
print(repr(BA(b'x')))
print(bytes(B(b'q')), type(bytes(B(b'q'))))
class WithBytes:
    def __bytes__(self): return b'custom'
print(bytes(WithBytes()))
