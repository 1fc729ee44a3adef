# http.client without sockets: exceptions, responses, parse_headers, HTTPResponse over canned bytes.
import io
from http import client


class FakeSocket:
    """Serves canned bytes through makefile(), like a connected socket."""
    def __init__(self, data, buffered=False):
        self.data = data if isinstance(data, bytes) else data.encode('latin-1')
        self.buffered = buffered
    def makefile(self, mode):
        if self.buffered:  # has peek()
            return io.BufferedReader(io.BytesIO(self.data))
        return io.BytesIO(self.data)


def response(text, method=None, buffered=False):
    r = client.HTTPResponse(FakeSocket(text, buffered), method=method, url='http://x/')
    r.begin()
    return r


def show(r):
    print(r.status, repr(r.reason), r.version, r.length, r.chunked, r.will_close, r.getheaders())


print(client.__all__[0], client.HTTP_PORT, client.HTTPS_PORT, client.OK, repr(client.NOT_FOUND))
print(len(client.responses), client.responses[404], client.responses[418], client._MAXLINE, client._MAXHEADERS)
for exc in [client.IncompleteRead(b'abc'), client.IncompleteRead(b'abc', 5), client.BadStatusLine(''),
            client.BadStatusLine('xx'), client.LineTooLong('header line'), client.UnknownProtocol('HTTP/2'),
            client.UnknownTransferEncoding(), client.InvalidURL('u'), client.ResponseNotReady('Idle'),
            client.CannotSendRequest(), client.CannotSendHeader(), client.NotConnected(),
            client.RemoteDisconnected('gone')]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args, [c.__name__ for c in type(exc).__mro__[1:-2]])
print(client.error is client.HTTPException, client.BadStatusLine('').line, client.UnknownProtocol('v').version,
      client.IncompleteRead(b'x', 2).partial, client.IncompleteRead(b'x', 2).expected)

msg = client.parse_headers(io.BytesIO(b'Host: a\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Long: one\r\n two\r\n\r\nbody'))
print(type(msg).__name__, msg.items(), msg.get_all('set-cookie'), msg['x-long'], msg.getallmatchingheaders('host'))

r = response('HTTP/1.1 200 OK\r\nContent-Length: 11\r\nContent-Type: text/plain\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nhello worldEXTRA')
show(r)
print(r.getheader('set-cookie'), r.getheader('missing'), r.getheader('missing', 'dflt'), r.getheader('missing', ['a', 'b']))
print(r.read(5), r.length, r.isclosed(), r.read(100), r.isclosed(), r.read(), r.getcode(), hasattr(r, 'url'), r.info()['content-type'])

r = response('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n')
show(r)
print(r.read(3), r.read(4), r.read(), r.isclosed())
r = response('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab\ncd\r\n3\r\nef\n\r\n0\r\n\r\n', buffered=True)
print([r.readline(), r.readline(), r.readline(), r.readline()], r.isclosed())
r = response('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n', buffered=True)
print(r.peek(2)[:4], r.read1(2), r.read1(), r.read1(), r.read1(), r.isclosed())
r = response('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel')
try:
    r.read()
except client.IncompleteRead as e:
    print('IncompleteRead', repr(e), e.partial)
r = response('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')
try:
    r.read()
except client.IncompleteRead as e:
    print('IncompleteRead', repr(e))

r = response('HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>')
show(r)
print(r.read(), r.isclosed())
r = response('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok')
show(r)
buf = bytearray(5)
print(r.readinto(buf), buf, r.isclosed())
r = response('HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n')
show(r)
print(r.read())
r = response('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabcde', method='HEAD')
show(r)
print(r.read(), r.isclosed())
r = response('HTTP/1.1 301 Moved\r\nLocation: /new\r\nContent-Length: 10\r\n\r\nshort')
try:
    r.read()
except client.IncompleteRead as e:
    print('IncompleteRead', repr(e), e.partial, r.isclosed())
r = response('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nline1\nl2\n')
print(r.readline(), r.readline(3), r.readline(), r.readline(), r.isclosed())
r = response('HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nabc')
show(r)
r = response('HTTP/1.1 200   Spaced   Reason  \r\nContent-Length: x\r\n\r\nabc')
show(r)
print(r.read(2), r.read())
r = response('HTTP/1.1 200\r\n\r\n')
show(r)

for bad in ['', 'garbage\r\n', 'HTTP/1.1 abc OK\r\n\r\n', 'HTTP/1.1 99 Low\r\n\r\n', 'HTTP/1.1 1000 High\r\n\r\n',
            'HTTP/2.0 200 OK\r\n\r\n', 'HTTP/1.1\r\n\r\n', 'HTTP/1.1 200 OK\r\n' + 'X: y\r\n' * 101 + '\r\n',
            'HTTP/1.1 200 OK\r\nX: ' + 'y' * 70000 + '\r\n\r\n', 'HTTP/1.1 ' + '2' * 70000]:
    try:
        response(bad)
        print('no error')
    except (client.HTTPException, ConnectionError) as e:
        print(type(e).__name__, repr(e)[:80])
r = client.HTTPResponse(FakeSocket(b''))
for call in [lambda: r.getheader('x'), r.getheaders]:
    try:
        call()
    except client.ResponseNotReady as e:
        print('ResponseNotReady', repr(e))
print(r.status, r.version, r.reason, r.chunked, r.length, r.will_close, r.isclosed())
r.close()
print(r.isclosed(), r.closed, r.read())
