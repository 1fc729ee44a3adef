# secrets: properties of the random results (never their values), and the errors.
import secrets, random, string

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(secrets.SystemRandom is random.SystemRandom, isinstance(secrets.SystemRandom(), random.Random))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"))

for n in [None, 0, 1, 5, 16, 33]:
    b = secrets.token_bytes(n) if n is not None else secrets.token_bytes()
    h = secrets.token_hex(n) if n is not None else secrets.token_hex()
    u = secrets.token_urlsafe(n) if n is not None else secrets.token_urlsafe()
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in string.hexdigits.lower() for c in h),
          type(u).__name__, len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u))

# Tokens differ from each other (a repeat of 32 random bytes is practically impossible).
print(len({secrets.token_hex() for _ in range(20)}))

values = [secrets.randbelow(10) for _ in range(300)]
print(min(values) >= 0, max(values) <= 9, len(set(values)) > 5, type(values[0]).__name__)
print(secrets.randbelow(1), {secrets.randbelow(2) for _ in range(100)} == {0, 1})
bits = [secrets.randbits(8) for _ in range(300)]
print(all(0 <= b < 256 for b in bits), secrets.randbits(0), secrets.randbits(200) < 2**200)
print(secrets.choice("x"), secrets.choice(["a", "b", "c"]) in "abc", secrets.choice(range(5, 6)))
big = 10**30
print(all(0 <= secrets.randbelow(big) < big for _ in range(50)))
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, sorted(sr.sample(range(5), 5)), 1 <= sr.randint(1, 2) <= 2)

for label, fn in [("randbelow 0", lambda: secrets.randbelow(0)), ("randbelow -1", lambda: secrets.randbelow(-1)),
                  ("randbelow float", lambda: secrets.randbelow(2.5)), ("randbelow str", lambda: secrets.randbelow("3")),
                  ("randbits -1", lambda: secrets.randbits(-1)), ("choice empty", lambda: secrets.choice([])),
                  ("token_bytes -1", lambda: secrets.token_bytes(-1)), ("token_hex str", lambda: secrets.token_hex("3")),
                  ("compare", lambda: secrets.compare_digest("a", b"a")), ("seed state", lambda: sr.getstate())]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
