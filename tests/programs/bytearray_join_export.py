array = bytearray(b',')
def iterator():
    array.clear()
    yield b'A'
    yield b'B'
try:
    print(array.join(iterator()))
except BufferError as e:
    print("BufferError", e)
print(array)
array = bytearray(b',')
def it2():
    yield b'A'
    array.append(1)
    yield b'B'
try:
    print(array.join(it2()))
except BufferError as e:
    print("BufferError", e)
print(bytearray(b',').join(iter([b'A', bytearray(b'B'), memoryview(b'C')])))
