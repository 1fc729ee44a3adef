seed = 987654321
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def big():
    n = nxt() % 5
    v = 0
    for _ in range(n + 1):
        v = (v << 64) | nxt()
    v >>= nxt() % 64
    return -v if nxt() % 2 else v
for i in range(100):
    a, b = big(), big()
    if i % 4 == 0:
        b = (nxt() % 1000) - 500
    r = [a // b if b else 'z', a % b if b else 'z', a * b, a - b, a & b, a | b, a ^ b, a >> (nxt() % 100), (a << (nxt() % 70)) % 10**12]
    r += [hex(a)[:20], format(a, ',')[-12:], a.bit_length(), a.bit_count(), a.to_bytes((a.bit_length() + 8) // 8, 'little', signed=True)[:4]]
    r += [pow(a, 3, b) if b else 'z', '-', a < float(b) if abs(b) < 2**1000 else '-', float(a) == a, round(a, -5) % 10**9, a / b if b else 'z']
    print(' '.join(map(str, r)))
