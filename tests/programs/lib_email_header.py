# email.header: Header (append, str, encode with folding), decode_header, make_header.
from email.header import Header, decode_header, make_header
from email.charset import Charset


def show(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for value in ['plain text', '=?utf-8?q?caf=C3=A9?=', '=?iso-8859-1?q?p=F6stal?= code',
              'a =?utf-8?b?w6k=?= =?utf-8?b?w6k=?= b', '=?UTF-8?B?w6k?=',
              '=?utf-8?q?a?=  =?iso-8859-1?q?b?=', 'x =?us-ascii?q?y?= z',
              '=?utf-8?b?!!!?=', 'line1\n =?utf-8?q?two?=', '=?utf-8?q?under_score?=',
              '  leading =?utf-8?q?x?=', '=?utf-8?x?bad?=', '=?utf-8?q??=']:
    show('decode_header', decode_header, value)

h = Header('Hello', 'us-ascii')
h.append(' wörld', 'utf-8')
h.append(b'caf\xe9', 'iso-8859-1')
h.append('plain')
print('str', repr(str(h)))
print('encode', repr(h.encode()))
print('decode Header', decode_header(h))
print('eq', h == str(h), Header('a') == 'a', Header('a') == Header('a'))

long_ascii = ', '.join('recipient%d@example.com' % n for n in range(12))
for maxlen in (None, 40, 0, 20):
    show('ascii fold %s' % maxlen, Header(long_ascii, header_name='To').encode, maxlinelen=maxlen)
show('semicolons', Header('a=1; b=2; c=3; ' * 8, header_name='X-Params').encode)
show('splitchars', Header('a-b-c-d ' * 15).encode, splitchars='-')
show('crlf', Header(long_ascii).encode, linesep='\r\n')
show('continuation', Header(long_ascii, continuation_ws='\t').encode)
show('long word', Header('x' * 100, header_name='Subject').encode)
show('long word noname', Header('y' * 100).encode)
long_utf8 = 'Ça va très bien, merci beaucoup, et vous? ' * 4
for cs in ['utf-8', 'iso-8859-1', 'iso-8859-15']:
    show('encoded fold ' + cs, Header(long_utf8, cs, header_name='Subject').encode)
show('encoded short', Header('é', 'utf-8').encode)
show('encoded maxlen', Header(long_utf8, 'utf-8').encode, maxlinelen=30)
show('multiline', Header('first line\nsecond line\n  third').encode)
show('multiline enc', Header('prémier\nsecond', 'utf-8').encode)
show('embedded', Header('value\nX-Injected: yes').encode)
show('ascii non-ascii', lambda: Header('héllo').encode())
hh = Header('héllo', 'us-ascii') if False else Header()
hh.append('héllo')
print('upgraded', hh._chunks[0][1], repr(hh.encode()))
show('bad latin', Header, 'ĀĒ', 'iso-8859-1')
show('bytes', lambda: str(Header(b'caf\xc3\xa9', 'utf-8')))
show('unknown8bit', lambda: str(Header(b'caf\xe9', 'unknown-8bit')))
show('unknown8bit enc', lambda: Header(b'caf\xe9', 'unknown-8bit').encode())
show('bad charset', Header, 'x', 'bogus\xff')

pieces = decode_header('=?utf-8?q?Caf=C3=A9?= au lait =?iso-8859-1?q?cr=E8me?=')
print('pieces', pieces)
mh = make_header(pieces, header_name='Subject')
print('make_header', repr(str(mh)), repr(mh.encode()))
print('make_header chunks', [(t, str(c)) for t, c in mh._chunks])
mixed = Header()
mixed.append('(comment)')
mixed.append('é', 'utf-8')
mixed.append(' after')
mixed.append('ü', 'utf-8')
print('spacing', repr(str(mixed)), repr(mixed.encode()))
print('empty', repr(str(Header())), repr(Header().encode()))
print('empty piece', repr(Header('', 'utf-8').encode()))
