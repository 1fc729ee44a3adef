# A read-only memoryview keeps its hash after release; memoryviews can be weakly referenced.
import weakref
m = memoryview(b"abcdef")
h = hash(m); m.release(); print(hash(m) == h == hash(b"abcdef"))
m2 = memoryview(b"xyz"); m2.release()
try: hash(m2)
except ValueError as e: print(e)
m3 = memoryview(b"q"); r = weakref.ref(m3); print(r() is m3)
