# codecs: incremental encoders and decoders, iterencode/iterdecode, stream readers and writers,
# codecs.open, and the encodings package.
import codecs
import io

dec = codecs.getincrementaldecoder("utf-8")()
data = "añ€𝄞z".encode("utf-8")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(dec.decode(b"a\xe2\x82")), repr(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-8")()
try:
    dec.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

dec = codecs.getincrementaldecoder("utf-16")()
out = [dec.decode(bytes([b])) for b in "hi€".encode("utf-16")]
print(out)
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", True))
enc.reset()
print(enc.encode("c"))
enc = codecs.getincrementalencoder("utf-8-sig")()
print(enc.encode("x"), enc.encode("y"))

print(list(codecs.iterencode(["a", "€", "", "b"], "utf-8")))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac", b"!"], "utf-8")))
print("".join(codecs.iterdecode([b"\xff\xfe", b"a\x00", b"b", b"\x00"], "utf-16")))

class Upper(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode("ascii").upper(), n
u = Upper()
print(repr(u.decode(b"abc")), u.getstate(), repr(u.decode(b"d")), repr(u.decode(b"e", True)))

raw = io.BytesIO()
writer = codecs.getwriter("utf-8")(raw)
writer.write("héllo ")
writer.writelines(["wörld", "\n"])
print(raw.getvalue())
reader = codecs.getreader("utf-8")(io.BytesIO("line one\nligne deux é\nlast".encode("utf-8")))
print(repr(reader.readline()), repr(reader.readline()), repr(reader.read()))
reader = codecs.getreader("latin-1")(io.BytesIO(b"a\xe9\nb\n"))
print(list(reader))
reader = codecs.getreader("utf-8")(io.BytesIO("€€€".encode()))
print(repr(reader.read(2)), repr(reader.read()))

import os
path = "/tmp/codecs_program_%d.txt" % os.getpid()
with codecs.open(path, "w", encoding="utf-16") as f:
    print(type(f).__name__, f.encoding)
    f.write("hé\n")
    f.write("€\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, "r") as f:
    print(type(f).__name__)
os.remove(path)

import encodings
import encodings.utf_8
import encodings.latin_1
print(encodings.normalize_encoding("  UTF--8 ") , encodings.normalize_encoding("latin 1"))
print(encodings.utf_8.encode("é"), encodings.utf_8.decode(b"\xc3\xa9"), encodings.latin_1.getregentry().name)
print(encodings.utf_8.IncrementalDecoder().decode(b"\xc3\xa9"), issubclass(encodings.utf_8.StreamWriter, codecs.StreamWriter))
print(encodings.search_function("utf8").name, encodings.search_function("nope"))
