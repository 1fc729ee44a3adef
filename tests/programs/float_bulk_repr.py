seed = 12345
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(400):
    bits = nxt()
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    sign = '-' if bits >> 63 else ''
    if exp == 0x7ff:
        continue
    x = float.fromhex('%s0x%d.%013xp%d' % (sign, 1 if exp else 0, frac, (exp or 1) - 1023))
    if i % 3 == 0:
        x = (nxt() % 10**8) / 10 ** (nxt() % 12)
    if x != x:
        continue
    r = [repr(x), '%.17g' % x, format(x, '.3e'), format(x, 'g'), format(x, '.12g')]
    if abs(x) < 1e30:
        r += [format(x, '.5f'), repr(round(x, 3)), repr(round(x, -2)), repr(x.as_integer_ratio()[1] % 1000)]
    if abs(x) < 1e300:
        r += [repr(float(repr(x)) == x), x.hex(), repr(float.fromhex(x.hex()) == x), repr(int(x) % 10**6)]
    out.append(' '.join(r))
print(len(out))
for line in out:
    print(line)
