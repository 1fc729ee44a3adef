# urllib.parse: urlsplit/urlparse and their results, urlunsplit/urlunparse, urljoin, urldefrag.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes)


def show(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


urls = ['http://User:Pw@WWW.Example.com:8080/a/b;p?q=1#frag', 'https://[::1]:443/x',
        'HTTP://h/p', 'mailto:someone@example.com', 'file:///tmp/x.txt', '//host/only',
        'path/only?x#y', 'tel:+1-816-555-1212;phone-context=x', ' \x00http://h/\tp\na ',
        'http://[fe80::1%25eth0]/', 'x+y.z-1:opaque', '1a:b', 'http://h:/p', 'http://a#b#c']
for url in urls:
    show('split', urlsplit, url)
    show('parse', urlparse, url)
    s = urlsplit(url)
    show('  parts', lambda: (s.username, s.password, s.hostname, s.port))
    show('  geturl', s.geturl)
    show('  unparse', urlunparse, urlparse(url))

show('no fragments', urlsplit, 'http://h/p?q#f', '', False)
show('default scheme', urlparse, '//h/p', 'ftp')
show('bytes', urlsplit, b'http://u@H:1/p?q#f')
b = urlsplit(b'http://u:p@H:1/p')
show('bytes parts', lambda: (b.username, b.password, b.hostname, b.port, b.decode()))
show('encode', lambda: urlparse('http://h/p').encode('ascii'))
show('mix', urlsplit, 'http://h', b'http')
show('mix2', urljoin, b'http://a/', 'b')
show('empty other kind', urlsplit, b'http://h', '')

for netloc in ['h:x', 'h:99999', 'h:-1', 'h:+1', 'h:\uff11', '[::1]:0', 'h:65535']:
    show('port ' + netloc, lambda: urlsplit('http://' + netloc + '/').port)
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[v1.x]/', 'http://[vz]/',
            'http://[zz]/', 'http://\u2100/', 'http://a\uff03b/']:
    show('netloc ' + repr(bad), urlsplit, bad)

for parts in [('http', 'h', 'p', 'q', 'f'), ('http', '', 'a', '', ''), ('', '', '//a', '', ''),
              ('http', '', '', '', ''), ('file', '', '/tmp', '', ''), ('mailto', '', 'x@y', '', ''),
              (b'http', b'h', b'/p', b'', b'')]:
    show('unsplit', urlunsplit, parts)
show('unparse params', urlunparse, ('http', 'h', '/p', 'a=1', 'q', ''))

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '',
            '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
            'http:g', 'https:g', 'a//b', '//', '../../../../../g']:
    show('join ' + ref, urljoin, base, ref)
show('join empty base', urljoin, '', 'x')
show('join relative base', urljoin, 'a', 'b')
show('join bytes', urljoin, b'http://a/b/c', b'../d')
show('join mailto', urljoin, 'mailto:a', 'b')
show('join no frag', urljoin, 'http://a/b#c', '#d', False)

for url in ['http://a/b#c', 'http://a/b#', 'a#b#c', 'http://a/b;p?q#f', 'nofrag', b'http://x#y']:
    d = urldefrag(url)
    show('defrag', lambda: (d, d.geturl()))
show('types', lambda: [type(r).__name__ for r in (urlsplit('x'), urlparse('x'), urldefrag('x'))])
show('generic', lambda: (SplitResult[str], ParseResult[bytes], DefragResult[str]))
show('fields', lambda: (SplitResult._fields, ParseResult._fields, DefragResult._fields))
show('bytes class', lambda: SplitResultBytes(b'a', b'b', b'c', b'd', b'e').geturl())
