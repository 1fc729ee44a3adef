# memoryview: indexing, slicing (strided, reversed), cast to other formats and shapes, tolist,
# tobytes, hex, assignment through a bytearray's view, release and the context manager.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r) if not isinstance(r, memoryview) else ('mv', r.tolist()))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
m = memoryview(b'abcdef')
ba = bytearray(b'abcdef')
mb = memoryview(ba)
cases = """
m[0]
m[-1]
m[10]
m[1:3].tobytes()
m[::2].tobytes()
m[::-1].tobytes()
m.readonly
mb.readonly
m.nbytes
m.itemsize
m.format
m.shape
m.strides
m.ndim
m.c_contiguous
m.contiguous
m.tolist()
m.hex()
m.hex(':')
m == b'abcdef'
m == memoryview(b'abcdef')
m == 'abcdef'
m.obj
len(m)
bytes(m[2:4])
m.cast('B').tolist()
memoryview(b'\\x01\\x00\\x02\\x00').cast('H').tolist()
memoryview(b'\\x01\\x00\\x00\\x00').cast('i').tolist()
memoryview(b'\\x01\\x00\\x02\\x00').cast('h')[1]
memoryview(b'abc').cast('H')
memoryview(b'abcd').cast('x')
memoryview(b'\\x01\\x02').cast('b').tolist()
memoryview(b'\\x01\\x02').cast('c').tolist()
memoryview(b'\\x00\\x00\\x80\\x3f').cast('f').tolist()
memoryview(b'\\x01\\x00\\x02\\x00').cast('H').nbytes
memoryview(b'\\x01\\x00\\x02\\x00').cast('H').itemsize
memoryview(b'\\x01\\x00\\x02\\x00').cast('H').format
len(memoryview(b'\\x01\\x00\\x02\\x00').cast('H'))
memoryview(b'abcdef').cast('B', (2, 3)).tolist()
memoryview(b'abcdef').cast('B', (2, 3)).shape
memoryview(1)
memoryview('abc')
memoryview()
memoryview(object=b'x').tobytes()
m.toreadonly().readonly
mb.toreadonly().readonly
m.tobytes('A')
hash(memoryview(b'ab')) == hash(b'ab')
hash(memoryview(b'ab').cast('c')) == hash(b'ab')
memoryview(b'\\x01\\x00').cast('H') == memoryview(b'\\x01').cast('B')
memoryview(b'ab') == memoryview(b'ab')
memoryview(b'ab').__eq__(1)
memoryview(b'abcd')[::2][1]
memoryview(b'abcd')[::2].cast('B')
memoryview(b'abcd')[1:].c_contiguous
memoryview(b'abcd')[::2].contiguous
memoryview(b'abcd')[::2].strides
hash(memoryview(bytearray(b'ab')))
"""
for c in cases.strip().split('\n'):
    show(c)
try:
    m[0] = 1
except TypeError as e: print(e)
mb[0] = 65; print(ba)
mb[1:3] = b'XY'; print(ba)
try: mb[0] = 256
except ValueError as e: print(e)
try: mb[0:2] = b'abc'
except ValueError as e: print(e)
try: mb[0] = b'x'
except TypeError as e: print(e)
v = memoryview(b'xyz')
v.release()
try: v[0]
except ValueError as e: print(e)
try: len(v)
except ValueError as e: print(e)
print(repr(v)[:20])
with memoryview(b'ctx') as w:
    print(w.tobytes())
try: w.tobytes()
except ValueError as e: print(e)
b2 = bytearray(b'grow')
mv2 = memoryview(b2)
b2[0] = 71; print(mv2.tobytes(), mv2[0])
mv2.release(); b2.append(33); print(b2)
print(list(memoryview(b'ab')), [x for x in memoryview(b'\x01\x00').cast('H')])
print(memoryview(b'abc')[1:].obj, bytes(memoryview(b'abc')[1:]))
