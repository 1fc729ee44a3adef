# Huge sizes and indices: OverflowError, MemoryError or the right answer, never a hang or crash.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r)[:80])
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
cases = """
list(range(10**30))
tuple(range(2**63))
len(range(2**63))
range(2**63)[2**62]
range(-2**63, 2**63)[-1]
list(range(2**63 - 2, 2**63 + 1))
list(range(-2**63 + 1, -2**63 - 2, -1))
[1, 2, 3][2**63:]
[1, 2, 3][-2**63:2**63:2**62]
[1, 2, 3][::-2**63]
(1, 2)[::2**64]
'abc'[::-(2**70)]
b'abc'[10**20:]
bytearray(b'abc')[::10**20]
'a' * (2**63)
bytes(2**70)
list(enumerate([1], 2**63 - 1))
list(enumerate([1, 2], 2**63 - 1))
list(zip(range(3), range(2**65, 2**65 + 3)))
sum(range(2**62, 2**62 + 3))
sorted(range(5), key=lambda x: -x)
max(range(2**62, 2**62 + 3))
[].insert(2**70, 1)
divmod(2**70, 0)
pow(2, 2**70, 7)
chr(2**31)
'x'.center(2**70)
'{:>{}}'.format('a', 2**70)
slice(1, 2**70).indices(2**80)
hash(slice(1, 2**70)) == hash(slice(1, 2**70))
list(reversed(range(2**63 - 3, 2**63)))
list(reversed(range(-2**64, -2**64 + 9, 4)))
range(0, 2**64, 2**62).index(2**63)
range(0, 2**64, 2**62).count(2**63 + 1)
2**64 in range(2**65)
dict.fromkeys(range(3), []) 
{}.fromkeys(range(2)).popitem()
iter([1, 2, 3]).__length_hint__()
bytearray(2**62 + 2**61) if False else 'skip'
"""
for c in cases.strip().split('\n'):
    show(c)
