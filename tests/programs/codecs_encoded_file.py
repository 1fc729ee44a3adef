# codecs.EncodedFile and StreamRecoder: bytes in one encoding over a file in another; codec
# streams refuse to be pickled.
import codecs, io
f = io.BytesIO('héllo\nwörld\n'.encode('utf-8'))
r = codecs.EncodedFile(f, 'latin-1', 'utf-8')
print(r.data_encoding, r.file_encoding, r.readline(), r.read())
out = io.BytesIO()
w = codecs.EncodedFile(out, 'latin-1', 'utf-16-le')
w.write(b'caf\xe9\n'); w.writelines([b'a', b'b'])
print(out.getvalue())
r = codecs.EncodedFile(io.BytesIO(b'a\nb\nc'), 'utf-8')
print(r.readlines(), list(codecs.EncodedFile(io.BytesIO(b'x\ny'), 'ascii')))
import pickle
for obj in [codecs.StreamReaderWriter(io.BytesIO(), codecs.getreader('utf-8'), codecs.getwriter('utf-8')), r]:
    try: pickle.dumps(obj)
    except TypeError as e: print(e)
with codecs.EncodedFile(io.BytesIO(b'\xc3\xa9'), 'latin-1', 'utf-8') as e: print(e.read())
