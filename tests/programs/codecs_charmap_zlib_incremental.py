# The generic charmap codec's coders with their mappings, and zlib's incremental coders.
import codecs, io
e = codecs.getincrementalencoder('charmap')(mapping={ord('a'): 1, ord('b'): b'BB'})
print(e.encode('ab'), e.encode('ba', True))
d = codecs.getincrementaldecoder('charmap')(mapping='xyz')
print(d.decode(b'\x00\x02'), d.decode(b'\x01', True))
d2 = codecs.getincrementaldecoder('charmap')()
print(d2.decode(b'\xe9'))
w = codecs.getwriter('charmap')(io.BytesIO(), mapping={ord('q'): 7}); w.write('qq'); print(w.getvalue())
r = codecs.getreader('charmap')(io.BytesIO(b'\x00\x01'), mapping='ab'); print(r.read())
ez = codecs.getincrementalencoder('zlib')(); dz = codecs.getincrementaldecoder('zlib')()
data = ez.encode(b'hello ' * 50) + ez.encode(b'world', True)
print(len(data) < 100, dz.decode(data[:10]) + dz.decode(data[10:], True) == b'hello ' * 50 + b'world')
ez.reset(); print(codecs.decode(ez.encode(b'x', True), 'zlib'))
