# http.client.HTTPConnection over a stand-in socket: request lines, headers, bodies, errors, getresponse.
import http.client as hc
class S:
    """A socket stand-in recording what is sent."""
    def __init__(self): self.out = []
    def sendall(self, d): self.out.append(bytes(d))
    def close(self): pass
for host in ['[fe80::%2]', '[::1]:8080', 'example.com', 'example.com:81', 'bücher.de']:
    c = hc.HTTPConnection(host); c.sock = S()
    c.request('GET', '/x'); print(c.sock.out)
c = hc.HTTPConnection('h'); c.sock = S()
c.request('POST', 'http://other:90/p?q', body='data', headers={'X-A': 'b', 'X-N': 5})
c2 = hc.HTTPConnection('h'); c2.sock = S()
c2.request('PUT', '/', body=iter([b'ab', b'', b'cde']))
c3 = hc.HTTPConnection('h'); c3.sock = S()
c3.request('POST', '/', headers={'Content-Length': '3'}, body=[b'abc'])
print(c.sock.out, c2.sock.out, c3.sock.out)
c4 = hc.HTTPConnection('h'); c4.sock = S()
c4.putrequest('GET', '', skip_accept_encoding=True); c4.putheader('X-Multi', 'a', 'b', 3)
for bad in [lambda: c4.putheader('Bad:Name', 'x'), lambda: c4.putheader('X', 'a\nb'), lambda: c4.putrequest('GET', '/'),
            lambda: c4.getresponse(), lambda: hc.HTTPConnection('h').request('G\x01T', '/'),
            lambda: hc.HTTPConnection('h').request('GET', '/a b'), lambda: hc.HTTPConnection('h').request('GET', '/', body='\u20ac')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
c4.endheaders(b'body'); print(c4.sock.out)
try: c4.putheader('X', 'y')
except hc.CannotSendHeader as e: print('CannotSendHeader', repr(e))
import io
class RS(S):
    def __init__(self, reply):
        super().__init__()
        self.reply = reply
    def makefile(self, mode):
        return io.BytesIO(self.reply)
c5 = hc.HTTPConnection('h')
c5.sock = RS(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
c5.request('GET', '/')
r = c5.getresponse()
print(r.status, r.reason, r.read(), r.isclosed(), c5.sock is not None)
try:
    c5.getresponse()
except hc.ResponseNotReady as e:
    print('ResponseNotReady', repr(e))
c6 = hc.HTTPConnection('h')
c6.sock = RS(b'HTTP/1.0 200 OK\r\n\r\nall of it')
c6.request('HEAD', '/')
r = c6.getresponse()
print(r.status, r.will_close, c6.sock, r.read())
c7 = hc.HTTPConnection('h')
c7.sock = RS(b'')
c7.request('GET', '/')
try:
    c7.getresponse()
except hc.RemoteDisconnected as e:
    print('RemoteDisconnected', e, c7.sock)
c8 = hc.HTTPConnection('h')
c8.auto_open = 0
try:
    c8.request('GET', '/')
except hc.NotConnected as e:
    print('NotConnected', repr(e))
